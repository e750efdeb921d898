// Shows a deployed model with bpmn-js's navigated viewer (zoom with the mouse wheel, drag to move).
// The page names the BPMN file to show in data-model-url; the viewer comes from the bpmn-js webjar.
(function () {
	'use strict';
	var canvas = document.getElementById('diagram');
	if (!canvas || typeof BpmnJS === 'undefined') {
		return;
	}
	var viewer = new BpmnJS({ container: canvas });
	fetch(canvas.getAttribute('data-model-url'), { credentials: 'same-origin' })
		.then(function (response) {
			if (!response.ok) {
				throw new Error('HTTP ' + response.status);
			}
			return response.text();
		})
		.then(function (xml) {
			return viewer.importXML(xml);
		})
		.then(function () {
			viewer.get('canvas').zoom('fit-viewport');
			canvas.setAttribute('data-loaded', 'true');
		})
		.catch(function (error) {
			canvas.textContent = 'The diagram cannot be shown: ' + error.message;
		});
}());
