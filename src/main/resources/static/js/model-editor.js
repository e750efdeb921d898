// The in-app modeler (admins, /operations/models/{key}/{version}/editor): bpmn-js's modeler
// from its webjar with the flowable: namespace (flowable-moddle.js), a properties form for
// the Flowable attributes the product uses, and the server's checks: "Validate" runs the
// model rules every deployment passes and marks each problem on its element, "Changes"
// compares with the deployed version, "Deploy" deploys through the same validating path.
(function () {
	'use strict';
	var container = document.getElementById('editor-canvas');
	if (!container || typeof BpmnJS === 'undefined') {
		return;
	}
	var data = container.dataset;
	var modeler = new BpmnJS({ container: container, moddleExtensions: { flowable: window.FlowableModdle } });
	var canvas = modeler.get('canvas');
	var modeling = modeler.get('modeling');
	var registry = modeler.get('elementRegistry');
	var overlays = modeler.get('overlays');
	var status = document.getElementById('editor-status');
	var form = document.getElementById('properties');
	var baseVersion = data.version;
	var selected = null;
	var marked = [];

	function say(text, problem) {
		status.textContent = text;
		status.className = 'message ' + (problem ? 'problem' : 'notice');
		status.setAttribute('role', problem ? 'alert' : 'status');
	}

	function send(url, xml) {
		var headers = { 'Content-Type': 'application/xml', 'Accept': 'application/json' };
		headers[data.csrfHeader] = data.csrfToken;
		return fetch(url, { method: 'POST', credentials: 'same-origin', headers: headers, body: xml })
			.then(function (response) {
				if (response.redirected) {
					return { status: 401, body: { message: 'Your session expired: save the edited file, sign in again and open it' } };
				}
				return response.json().catch(function () {
					return { message: 'HTTP ' + response.status };
				}).then(function (body) {
					return { status: response.status, body: body };
				});
			});
	}

	function edited() {
		return modeler.saveXML({ format: true }).then(function (result) {
			return result.xml;
		});
	}

	function open(xml, origin) {
		return modeler.importXML(xml).then(function (result) {
			canvas.zoom('fit-viewport');
			clearMarks();
			showProblems(null);
			select(null);
			container.setAttribute('data-loaded', 'true');
			var dropped = result.warnings.length;
			say(origin + (dropped ? '; ' + dropped + ' part(s) were not understood and are left out' : '') + '.');
		}).catch(function (error) {
			say(origin + ' cannot be opened: ' + error.message, true);
		});
	}

	// --- properties form -------------------------------------------------------------

	function businessObject(element) {
		return (element || canvas.getRootElement()).businessObject;
	}

	function timerDefinition(bo) {
		return (bo.eventDefinitions || []).filter(function (definition) {
			return definition.$type === 'bpmn:TimerEventDefinition';
		})[0];
	}

	function applies(kind, bo) {
		switch (kind) {
			case 'all': return true;
			case 'form': return bo.$type === 'bpmn:UserTask' || bo.$type === 'bpmn:StartEvent';
			case 'userTask': return bo.$type === 'bpmn:UserTask';
			case 'serviceTask': return bo.$type === 'bpmn:ServiceTask' || bo.$type === 'bpmn:SendTask';
			case 'callActivity': return bo.$type === 'bpmn:CallActivity';
			case 'timer': return !!timerDefinition(bo);
			default: return false;
		}
	}

	function select(element) {
		selected = element;
		var bo = businessObject(element);
		if (!bo) {
			return; // while a diagram is cleared or imported there is no process yet
		}
		document.getElementById('prop-type').textContent = bo.$type.replace('bpmn:', '') + ' ' + (bo.id || '');
		Array.prototype.forEach.call(form.querySelectorAll('.field'), function (field) {
			field.hidden = !applies(field.getAttribute('data-applies'), bo);
		});
		Array.prototype.forEach.call(form.querySelectorAll('input[name]'), function (input) {
			if (input.name !== 'timerValue') {
				input.value = bo.get(input.name) || '';
			}
		});
		var timer = timerDefinition(bo);
		if (timer) {
			var type = ['timeDuration', 'timeDate', 'timeCycle'].filter(function (name) {
				return timer[name];
			})[0] || 'timeDuration';
			document.getElementById('prop-timerType').value = type;
			document.getElementById('prop-timerValue').value = timer[type] ? timer[type].body || '' : '';
		}
	}

	function target() {
		return selected || canvas.getRootElement();
	}

	function update(input) {
		var value = input.value.trim();
		var element = target();
		var bo = businessObject(element);
		if (input.name === 'timerType' || input.name === 'timerValue') {
			updateTimer(element, bo);
			return;
		}
		if ((bo.get(input.name) || '') === value) {
			return;
		}
		if (input.name === 'id' && (!value || (registry.get(value) && registry.get(value) !== element))) {
			say('Id: "' + value + '" is empty or taken by another element; the id stays "' + bo.id + '".', true);
			input.value = bo.id;
			return;
		}
		var properties = {};
		properties[input.name] = value || undefined;
		modeling.updateProperties(element, properties);
		select(selected);
	}

	function updateTimer(element, bo) {
		var timer = timerDefinition(bo);
		var type = document.getElementById('prop-timerType').value;
		var value = document.getElementById('prop-timerValue').value.trim();
		var properties = { timeDuration: undefined, timeDate: undefined, timeCycle: undefined };
		properties[type] = value ? modeler.get('moddle').create('bpmn:FormalExpression', { body: value }) : undefined;
		modeling.updateModdleProperties(element, timer, properties);
	}

	form.addEventListener('change', function (event) {
		update(event.target);
	});
	form.addEventListener('submit', function (event) {
		event.preventDefault();
		if (document.activeElement && document.activeElement.name) {
			update(document.activeElement);
		}
	});
	modeler.get('eventBus').on('selection.changed', function (event) {
		select(event.newSelection.length === 1 ? event.newSelection[0] : null);
	});
	modeler.get('eventBus').on('elements.changed', function () {
		if (selected && !registry.get(selected.id)) {
			select(null);
		}
		else if (!form.contains(document.activeElement)) {
			select(selected);
		}
	});

	// --- problems and changes on the diagram ----------------------------------------

	function clearMarks() {
		marked.forEach(function (mark) {
			if (registry.get(mark.id)) {
				canvas.removeMarker(mark.id, mark.marker);
			}
		});
		marked = [];
		overlays.remove({ type: 'model-problem' });
	}

	function mark(id, marker) {
		if (id && registry.get(id)) {
			canvas.addMarker(id, marker);
			marked.push({ id: id, marker: marker });
			return true;
		}
		return false;
	}

	function showProblems(problems) {
		var list = document.getElementById('problem-list');
		var none = document.getElementById('problems-none');
		list.textContent = '';
		if (problems === null) {
			none.textContent = 'Not validated yet.';
			return;
		}
		none.textContent = problems.length ? '' : 'None: the model keeps every rule.';
		var byElement = {};
		problems.forEach(function (problem) {
			var item = document.createElement('li');
			item.setAttribute('data-element-id', problem.elementId || '');
			var where = document.createElement('strong');
			where.textContent = problem.elementId || problem.resource;
			item.appendChild(where);
			item.appendChild(document.createTextNode(': ' + problem.message));
			if (problem.elementId && registry.get(problem.elementId)) {
				item.classList.add('selectable');
				item.addEventListener('click', function () {
					modeler.get('selection').select(registry.get(problem.elementId));
				});
				(byElement[problem.elementId] = byElement[problem.elementId] || []).push(problem.message);
			}
			list.appendChild(item);
		});
		Object.keys(byElement).forEach(function (id) {
			mark(id, 'model-problem');
			var badge = document.createElement('span');
			badge.className = 'problem-badge';
			badge.title = byElement[id].join('\n');
			badge.textContent = byElement[id].length;
			overlays.add(id, 'model-problem', { position: { top: -10, right: 10 }, html: badge });
		});
	}

	function showChanges(changes) {
		var table = document.getElementById('change-list');
		var body = table.querySelector('tbody');
		body.textContent = '';
		document.getElementById('changes-none').textContent = changes.length ? '' : 'No changes.';
		table.hidden = !changes.length;
		changes.forEach(function (change) {
			var row = document.createElement('tr');
			row.setAttribute('data-element-id', change.elementId);
			[change.kind.toLowerCase(), change.elementId, change.type, change.description].forEach(function (text) {
				var cell = document.createElement('td');
				cell.textContent = text;
				row.appendChild(cell);
			});
			body.appendChild(row);
			if (change.kind !== 'REMOVED') {
				mark(change.elementId, change.kind === 'ADDED' ? 'model-added' : 'model-changed');
			}
		});
	}

	function validate() {
		say('Validating…');
		return edited().then(function (xml) {
			return send(data.validationUrl, xml);
		}).then(function (answer) {
			clearMarks();
			if (answer.status !== 200) {
				say((answer.body.detail || answer.body.message) || 'Validation failed (HTTP ' + answer.status + ')', true);
				return;
			}
			showProblems(answer.body.problems);
			say(answer.body.problems.length ? answer.body.problems.length + ' problem(s): see the marked elements.'
				: 'The model keeps every rule.', answer.body.problems.length > 0);
		});
	}

	function changes() {
		say('Comparing…');
		return edited().then(function (xml) {
			return send(data.changesUrl + '?version=' + encodeURIComponent(baseVersion), xml);
		}).then(function (answer) {
			clearMarks();
			if (answer.status !== 200) {
				say((answer.body.detail || answer.body.message) || 'Comparing failed (HTTP ' + answer.status + ')', true);
				return;
			}
			showChanges(answer.body);
			say(answer.body.length + ' change(s) against version ' + baseVersion + '.');
		});
	}

	function deploy() {
		say('Deploying…');
		return edited().then(function (xml) {
			return send(data.deploymentUrl, xml);
		}).then(function (answer) {
			clearMarks();
			if (answer.status === 201) {
				baseVersion = String(answer.body.version);
				Array.prototype.forEach.call(document.querySelectorAll('#base-version, .base-version'), function (node) {
					node.textContent = baseVersion;
				});
				var download = document.getElementById('download-deployed');
				download.href = data.modelUrl.replace(/\/\d+\/model$/, '/' + baseVersion + '/model');
				download.textContent = 'Download version ' + baseVersion;
				showProblems([]);
				say('Deployed as version ' + baseVersion + ': new engagements start on it; running ones stay on theirs '
					+ 'until you move them. Put it back into Git (download).');
				return;
			}
			if (answer.body.problems) {
				showProblems(answer.body.problems);
				say('Not deployed: ' + answer.body.problems.length + ' problem(s), see the marked elements.', true);
				return;
			}
			say('Not deployed: ' + ((answer.body.detail || answer.body.message) || 'HTTP ' + answer.status), true);
		});
	}

	function handle(action) {
		return function () {
			action().catch(function (error) {
				say(error.message, true);
			});
		};
	}

	document.getElementById('validate-model').addEventListener('click', handle(validate));
	document.getElementById('show-changes').addEventListener('click', handle(changes));
	document.getElementById('deploy-model').addEventListener('click', handle(deploy));
	document.getElementById('save-edited').addEventListener('click', handle(function () {
		return edited().then(function (xml) {
			var link = document.createElement('a');
			link.href = URL.createObjectURL(new Blob([xml], { type: 'application/xml' }));
			link.download = data.processKey + '.bpmn20.xml';
			document.body.appendChild(link);
			link.click();
			link.remove();
			say('Saved the edited model as ' + link.download + '.');
		});
	}));
	document.getElementById('model-file').addEventListener('change', function (event) {
		var file = event.target.files[0];
		if (!file) {
			return;
		}
		file.text().then(function (xml) {
			return open(xml, 'Opened "' + file.name + '" (process id must be "' + data.processKey + '" to deploy)');
		});
		event.target.value = '';
	});

	fetch(data.modelUrl, { credentials: 'same-origin' }).then(function (response) {
		if (!response.ok) {
			throw new Error('HTTP ' + response.status);
		}
		return response.text();
	}).then(function (xml) {
		return open(xml, 'Opened version ' + baseVersion + ' of ' + data.processKey);
	}).catch(function (error) {
		say('The model cannot be loaded: ' + error.message, true);
	});
}());
