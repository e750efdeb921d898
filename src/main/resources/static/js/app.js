// Shows every <time datetime="…"> in the reader's own time zone; the server wrote UTC as a fallback.
// Moves the focus to a form's error summary, whose links then focus the field they name.
// Asks before a form or an outcome button marked data-confirm (a destructive action) is sent.
(function () {
	'use strict';
	var format = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
	function localise() {
		document.querySelectorAll('time[datetime]').forEach(function (element) {
			var moment = new Date(element.getAttribute('datetime'));
			if (!isNaN(moment.getTime())) {
				element.title = element.textContent.trim();
				element.textContent = format.format(moment);
			}
		});
	}
	function focusErrors() {
		var summary = document.getElementById('error-summary');
		if (!summary) {
			return;
		}
		summary.querySelectorAll('a[href^="#"]').forEach(function (link) {
			link.addEventListener('click', function (event) {
				var field = document.getElementById(link.getAttribute('href').substring(1));
				if (field) {
					event.preventDefault();
					field.focus();
					field.scrollIntoView({ block: 'center' });
				}
			});
		});
		summary.focus();
	}
	function confirmDestructive() {
		document.querySelectorAll('form[data-confirm]').forEach(function (form) {
			form.addEventListener('submit', function (event) {
				if (!window.confirm(form.getAttribute('data-confirm'))) {
					event.preventDefault();
				}
			});
		});
		// a destructive outcome of a task form (its "confirm" in the form file)
		document.querySelectorAll('button[data-confirm]').forEach(function (button) {
			button.addEventListener('click', function (event) {
				if (!window.confirm(button.getAttribute('data-confirm'))) {
					event.preventDefault();
				}
			});
		});
	}
	function start() {
		localise();
		focusErrors();
		confirmDestructive();
	}
	if (document.readyState === 'loading') {
		document.addEventListener('DOMContentLoaded', start);
	} else {
		start();
	}
})();

// The Content-Security-Policy allows no style attributes in the pages: sizes that come from
// data (chart bars, stage nesting) are written as data attributes and applied here.
(function () {
	'use strict';
	function size() {
		document.querySelectorAll('[data-percent]').forEach(function (element) {
			element.style.width = element.getAttribute('data-percent') + '%';
		});
		document.querySelectorAll('[data-depth]').forEach(function (element) {
			element.style.setProperty('--depth', element.getAttribute('data-depth'));
		});
	}
	if (document.readyState === 'loading') {
		document.addEventListener('DOMContentLoaded', size);
	} else {
		size();
	}
})();
