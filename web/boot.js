// claimlight's first script, run from the page's <head>: it starts the
// engine's Web Worker before the body is parsed, so that the engine loads
// while the page is still being built rather than after it. A worker takes
// a while to start, so this script fetches the engine meanwhile (its
// download already begun by the preload in the head) and hands the worker
// the bytes (see WASM_NAME in worker.js). It leaves the compiling to the
// worker: compiling here would hold up the page's own thread. app.js adopts
// the worker and whatever it said meanwhile (self.claimlightBoot); where
// this script did not run, as in the single-file page, app.js starts the
// worker itself, and the worker fetches the engine. The site build rewrites
// the quoted file names below to their content-hashed names.
'use strict';
self.claimlightBoot = (() => {
	const boot = {started: performance.now(), worker: null, early: []};
	try {
		boot.worker = new Worker('web/worker.js', {name: 'claimlight-wasm'});
	} catch {
		return boot; // app.js starts one and reports what goes wrong
	}
	// On a failure the worker fetches the engine itself and reports what fails.
	fetch('claimlight.wasm')
		.then((resp) => resp.ok ? resp.arrayBuffer() : null)
		.catch(() => null)
		.then((wasm) => boot.worker.postMessage({wasm}, wasm ? [wasm] : []));
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
