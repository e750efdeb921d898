// Shows every <time datetime="…"> in the reader's own time zone; the server wrote UTC as a fallback.
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
	if (document.readyState === 'loading') {
		document.addEventListener('DOMContentLoaded', localise);
	} else {
		localise();
	}
})();
