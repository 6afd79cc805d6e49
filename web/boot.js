// claimlight's first script, run from the page's <head>: it starts the
// engine's Web Worker before the body is parsed, so that the engine loads
// while the page is still being built rather than after it. The page's
// thread has nothing to do until the body arrives, so it fetches and
// compiles the engine meanwhile and hands the worker the module (see
// MODULE_NAME in worker.js), while the worker itself starts. app.js adopts
// the worker and whatever it said meanwhile (self.claimlightBoot); where
// this script did not run, as in the single-file page, app.js starts the
// worker itself, and the worker fetches the engine. The site build rewrites
// the quoted file names below to their content-hashed names.
'use strict';
self.claimlightBoot = (() => {
	const boot = {started: performance.now(), worker: null, early: []};
	const compile = self.WebAssembly && WebAssembly.compileStreaming;
	try {
		boot.worker = new Worker('web/worker.js', compile ? {name: 'claimlight-module'} : {});
	} catch {
		return boot; // app.js starts one and reports what goes wrong
	}
	if (compile) {
		// On failure the worker fetches the engine itself and reports what fails.
		const send = (module) => {
			try {
				boot.worker.postMessage({module});
			} catch {
				boot.worker.postMessage({module: null}); // a module this browser cannot send
			}
		};
		WebAssembly.compileStreaming(fetch('claimlight.wasm')).then(send, () => send(null));
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
