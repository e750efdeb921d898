// The engagement page's diagram in bpmn-js's navigated viewer (from its webjar): where the
// process stands and the path it took, from its history (GET .../diagram.json), also for an
// ended engagement. A call activity that opened a stage opens that stage's diagram in place,
// with its own marks; "Back" returns to the process that called it.
(function () {
	'use strict';
	var container = document.getElementById('diagram');
	if (!container || typeof BpmnJS === 'undefined') {
		return;
	}
	var viewer = new BpmnJS({ container: container });
	var canvas = viewer.get('canvas');
	var registry = viewer.get('elementRegistry');
	var overlays = viewer.get('overlays');
	var tools = document.getElementById('diagram-tools');
	var back = document.getElementById('diagram-back');
	var shownName = document.getElementById('diagram-shown');
	var trail = [];
	var shown = null;

	function load(processInstanceId) {
		container.removeAttribute('data-loaded');
		var url = container.getAttribute('data-state-url') + '?process=' + encodeURIComponent(processInstanceId);
		return fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
			.then(function (response) {
				if (!response.ok) {
					throw new Error('HTTP ' + response.status);
				}
				return response.json();
			})
			.then(function (state) {
				return viewer.importXML(state.model).then(function () {
					show(state);
				});
			})
			.catch(function (error) {
				shownName.textContent = 'The diagram cannot be shown (' + error.message + '); see the picture below.';
			});
	}

	function mark(ids, marker) {
		ids.forEach(function (id) {
			if (registry.get(id)) {
				canvas.addMarker(id, marker);
			}
		});
	}

	function show(state) {
		shown = state;
		canvas.zoom('fit-viewport');
		mark(state.completed, 'path-taken');
		mark(state.flows, 'path-taken');
		mark(state.active, 'stands-here');
		Object.keys(state.stages).forEach(function (activityId) {
			if (!registry.get(activityId)) {
				return;
			}
			canvas.addMarker(activityId, 'opens-stage');
			var open = document.createElement('button');
			open.type = 'button';
			open.className = 'secondary small open-stage';
			open.setAttribute('data-stage', state.stages[activityId]);
			open.textContent = 'Open ▸';
			open.addEventListener('click', function () {
				openStage(activityId);
			});
			overlays.add(activityId, 'open-stage', { position: { bottom: 10, right: 10 }, html: open });
		});
		tools.hidden = false;
		back.hidden = trail.length === 0;
		if (trail.length) {
			document.getElementById('diagram-back-name').textContent = trail[trail.length - 1].name;
		}
		shownName.textContent = 'Showing ' + state.name + (state.ended ? ' (ended)' : ' (running)');
		container.setAttribute('data-process', state.processInstanceId);
		container.setAttribute('data-loaded', 'true');
	}

	function openStage(activityId) {
		var stage = shown && shown.stages[activityId];
		if (stage) {
			trail.push(shown);
			load(stage);
		}
	}

	viewer.get('eventBus').on('element.click', function (event) {
		openStage(event.element.id);
	});
	back.addEventListener('click', function () {
		var previous = trail.pop();
		if (previous) {
			load(previous.processInstanceId);
		}
	});
	document.getElementById('diagram-zoom-in').addEventListener('click', function () {
		canvas.zoom(canvas.zoom() * 1.25);
	});
	document.getElementById('diagram-zoom-out').addEventListener('click', function () {
		canvas.zoom(canvas.zoom() / 1.25);
	});
	document.getElementById('diagram-fit').addEventListener('click', function () {
		canvas.zoom('fit-viewport');
	});
	load(container.getAttribute('data-process'));
}());
