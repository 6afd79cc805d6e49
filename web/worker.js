// claimlight's Web Worker: runs the Go engine (compiled to WebAssembly) off
// the page's main thread.
//
// Protocol (messages from the page):
//   {id, text}   analyze text; answers {id, result, ms} or {id, error}
//   {id, text, first}  the same, but for a text over four times first bytes
//                answers first {id, partial: true, result, ms} for its
//                opening paragraphs of at least first bytes, which the page
//                paints while the rest is analyzed
//   {warm, runs} analyze the text warm runs times in the background; no answer
//   {id, crash}  test hook: throws inside the worker, as a crash would
//   {id, hang}   test hook: loops forever, as a hung engine would
// Messages to the page:
//   {ready: {version, kinds, types, roles, threshold, ms}} once the engine is loaded
//   {fatal: message} when the engine cannot load
//
// Both builds prepend wasm_exec.js, the Go runtime's JavaScript half, so
// that the worker needs no second script before it can fetch the engine.
// The site build rewrites the quoted file name below to its content-hashed
// name; the single-file build sets self.CLAIMLIGHT_WASM_B64 to the module
// in base64 instead.
'use strict';

const WASM_URL = 'claimlight.wasm';

function wasmBytesFromBase64(b64) {
	if (Uint8Array.fromBase64) return Uint8Array.fromBase64(b64);
	const bin = atob(b64);
	const out = new Uint8Array(bin.length);
	for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
	return out;
}

async function load() {
	const t0 = performance.now();
	const go = new Go();
	let inst;
	if (self.CLAIMLIGHT_WASM_B64) {
		inst = (await WebAssembly.instantiate(wasmBytesFromBase64(self.CLAIMLIGHT_WASM_B64), go.importObject)).instance;
		self.CLAIMLIGHT_WASM_B64 = null;
	} else {
		const resp = fetch(WASM_URL);
		if (WebAssembly.instantiateStreaming) {
			inst = (await WebAssembly.instantiateStreaming(resp, go.importObject)).instance;
		} else {
			const buf = await (await resp).arrayBuffer();
			inst = (await WebAssembly.instantiate(buf, go.importObject)).instance;
		}
	}
	go.run(inst); // installs globalThis.claimlight synchronously, then waits
	const api = self.claimlight;
	if (!api) throw new Error('the engine did not start');
	// The first analysis builds the engine's tables; do it before "ready".
	await api.analyze(new TextEncoder().encode('“Prices rose 5% to €1 billion on Monday,” the minister said.'));
	return {api, ms: performance.now() - t0};
}

const encoder = new TextEncoder();
const engine = load();

engine.then(({api, ms}) => {
	self.postMessage({ready: {version: api.version, kinds: api.kinds, types: api.types, roles: api.roles, threshold: api.threshold, ms}});
}, (err) => {
	self.postMessage({fatal: String(err && err.message || err)});
});

self.onmessage = (e) => {
	const msg = e.data || {};
	// Thrown outside any promise, so the page sees an error event, as it
	// would for a real crash.
	if (msg.crash) throw new Error('claimlight: worker crash requested by the test hook');
	if (msg.hang) for (;;); // test hook: a worker that never answers
	if (msg.warm) { warm(msg.warm, msg.runs); return; }
	analyze(msg);
};

// warm analyzes text runs times, one run per task so that requests go
// first. The browser compiles the engine's code quickly but unoptimized,
// and optimizes a function only once it has run a while: without this, the
// first articles pasted are analyzed several times more slowly.
let warmTimer = 0;
function warm(text, runs) {
	const bytes = encoder.encode(String(text));
	clearTimeout(warmTimer);
	const step = async () => {
		if (runs-- <= 0) return;
		const {api} = await engine;
		await api.analyze(bytes);
		warmTimer = setTimeout(step, 0);
	};
	warmTimer = setTimeout(step, 0);
}

async function analyze(msg) {
	const id = msg.id;
	try {
		const {api} = await engine;
		let t0 = performance.now();
		const text = String(msg.text == null ? '' : msg.text);
		const bytes = encoder.encode(text);
		if (msg.first > 0 && bytes.length > 4 * msg.first) {
			const r = await api.analyze(bytes, {prefix: msg.first});
			const now = performance.now();
			if (r.length < text.length) reply({id, partial: true, ms: now - t0, result: r});
			t0 = now;
		}
		const r = await api.analyze(bytes);
		reply({id, ms: performance.now() - t0, result: r});
	} catch (err) {
		const message = String(err && err.message || err);
		self.postMessage({id, error: message, exited: /exited/.test(message)});
	}
}

// reply posts an answer, handing the result's typed arrays over rather than copying them.
function reply(m) {
	const r = m.result;
	self.postMessage(m, [r.sentences.buffer, r.scores.buffer, r.speakers.buffer, r.spans.buffer, r.values.buffer, r.valuesTo.buffer]);
}
