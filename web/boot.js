// claimlight's first script, run from the page's <head>: it starts the
// engine's Web Worker before the body is parsed, so that the engine loads
// while the page is still being built rather than after it. app.js adopts
// the worker and whatever it said meanwhile (self.claimlightBoot); where
// this script did not run, as in the single-file page, app.js starts the
// worker itself. The site build rewrites the quoted file name below to its
// content-hashed name, as it does in app.js.
'use strict';
self.claimlightBoot = (() => {
	const boot = {started: performance.now(), worker: null, early: []};
	try {
		boot.worker = new Worker('web/worker.js');
	} catch {
		return boot; // app.js starts one and reports what goes wrong
	}
	// A message that arrives with no listener is lost: keep them all.
	const keep = (e) => {
		if (e.type === 'error') e.preventDefault();
		boot.early.push(e);
	};
	boot.worker.onmessage = keep;
	boot.worker.onerror = keep;
	boot.worker.onmessageerror = keep;
	return boot;
})();
