// claimlight's page script. It moves the article's text to the engine in a
// Web Worker and paints what comes back; every judgement about language is
// made in Go. Nothing here sends the text anywhere but to that worker.
'use strict';
(() => {
	const WORKER_URL = 'web/worker.js';
	const STORE_KEY = 'claimlight.text';
	const TYPE_DELAY = 150; // ms of quiet typing before re-analysis
	const LIVE_RANGE_LIMIT = 5000; // above this many ranges, StaticRange keeps typing fast
	const LIST_LIMIT = 300; // rows shown in the claims and numbers views
	const LONG_TEXT = 20000; // characters; past this the editor's blocks skip layout off screen (fillEditor)
	const CHUNK = 2000; // characters per block when the page sets the text (fillEditor)
	const WINDOW_MARGIN = 20000; // characters around the view that a long text's highlights cover (paintHighlights)
	const NEAR_MARGIN = 100; // the same for a new result's first frame (paint): the lines at the view's edges, as each range costs paint time
	const WARM_RUNS = 60; // analyses of the sample the worker runs to warm the engine up
	const HOLD_MS = 50; // how long a long paste's text may wait for its highlights (holdPaste)

	// What each kind of highlight means, for the tooltip and the legend.
	const KIND_HELP = {
		quantity: 'A number with what it counts.',
		money: 'A sum of money.',
		percent: 'A percentage or rate.',
		date: 'A date, time or period: did it happen then?',
		quote: 'Direct quotation: check the words against the source.',
		scare_quote: 'Words in quotation marks that are not reported speech.',
		speaker: 'Who is quoted.',
		cue: 'The words that attribute a statement to a source.',
		person: 'A named person.',
		org: 'A named organization.',
		place: 'A named place.',
		comparison: 'A comparison or superlative: check both sides of it.',
		prediction: 'A prediction: check what it rests on.',
		causal: 'A causal link: did one thing really lead to the other?',
		hedge: 'A hedge that softens or qualifies the claim.',
		rule: 'A law, rule or ban.',
	};
	const VALUE_KINDS = new Set(['quantity', 'money', 'percent']);

	const $ = (id) => document.getElementById(id);
	const editor = $('editor');
	const ui = {
		status: $('status'), progress: $('progress'), notice: $('notice'), marked: $('marked'),
		threshold: $('threshold'), thresholdOut: $('threshold-out'), legend: $('legend'),
		claims: $('claims'), countClaims: $('count-claims'), speakers: $('speakers'),
		numbers: $('numbers').tBodies[0], tip: $('tip'), version: $('version'), exportMsg: $('export-msg'), back: $('back'),
	};
	const HL = typeof CSS !== 'undefined' && CSS.highlights && typeof Highlight === 'function';
	const html = document.documentElement;

	const state = {
		engine: null, // {version, kinds, types, roles, threshold} once the worker is ready
		doc: null, // the last analysis painted: {text, segs, sentences, spans, words, ms, ...}
		hidden: new Set(['person', 'org', 'place']), // kinds switched off in the legend: names are context, not claims
		forgotten: false, // the saved text was just forgotten: the status line says so while the editor is empty
		threshold: 0.5,
		thresholdSet: false, // the reader moved the slider
		version: 0, // bumped by every edit
		painted: 0, // count of analyses painted
		stats: {workerFrom: '', readyMs: NaN, readyAt: NaN, analysisMs: NaN, firstMs: NaN, pasteToPaintMs: NaN, pasteToAllMs: NaN, requestToPaintMs: NaN, frames: 0},
		pasteAt: 0,
		first: 0, // characters the editor shows, for the next request (firstChars), or 0
		unsaved: false, // the last save of the text to localStorage failed
		legendKind: '', // the legend's button that Tab reaches
	};

	// ---- Text in the editor, and DOM positions for UTF-16 offsets ----

	// readEditor returns the editor's text and the pieces it was read from:
	// text nodes, and <br>s or block starts standing for "\n".
	function readEditor() {
		const parts = [];
		const segs = [];
		let pos = 0;
		let lastNL = true;
		const visit = (el) => {
			for (let n = el.firstChild; n; n = n.nextSibling) {
				if (n.nodeType === 3) {
					if (!n.data) continue;
					segs.push({node: n, start: pos, len: n.data.length, text: true});
					parts.push(n.data);
					pos += n.data.length;
					lastNL = n.data.endsWith('\n');
				} else if (n.nodeName === 'BR') {
					segs.push({node: n, start: pos, len: 1, text: false});
					parts.push('\n');
					pos++;
					lastNL = true;
				} else if (n.nodeType === 1) {
					const block = /^(DIV|P|LI|H[1-6]|BLOCKQUOTE)$/.test(n.nodeName);
					if (block && !lastNL && !joined.has(n)) {
						segs.push({node: n, start: pos, len: 1, text: false});
						parts.push('\n');
						pos++;
						lastNL = true;
					}
					visit(n);
				}
			}
		};
		visit(editor);
		segs.byNode = new Map(segs.map((sg) => [sg.node, sg]));
		return {text: parts.join(''), segs};
	}

	function segIndex(segs, off) {
		let lo = 0, hi = segs.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (segs[mid].start <= off) lo = mid; else hi = mid - 1;
		}
		return lo;
	}

	// boundary returns [node, offset] for a UTF-16 offset into the text.
	function boundary(segs, off) {
		if (!segs.length) return [editor, 0];
		const s = segs[segIndex(segs, off)];
		if (s.text) return [s.node, Math.max(0, Math.min(off - s.start, s.len))];
		const parent = s.node.parentNode;
		const idx = Array.prototype.indexOf.call(parent.childNodes, s.node);
		return off <= s.start ? [parent, idx] : [parent, idx + 1];
	}

	function makeRange(segs, start, end, live) {
		const [sc, so] = boundary(segs, start);
		const [ec, eo] = boundary(segs, end);
		if (!live) return new StaticRange({startContainer: sc, startOffset: so, endContainer: ec, endOffset: eo});
		const r = document.createRange();
		r.setStart(sc, so);
		r.setEnd(ec, eo);
		return r;
	}

	// positionOf returns the text offset of a DOM position inside the
	// editor: inside a text node, or between nodes (the offset of the first
	// piece of text at or after it). -1 when the position is outside.
	function positionOf(segs, node, off) {
		const s = segs.byNode.get(node);
		if (s && s.text) return s.start + Math.min(off, s.len);
		if (node !== editor && !editor.contains(node)) return -1;
		const r = document.createRange();
		r.setStart(node, off);
		let lo = 0, hi = segs.length;
		try {
			while (lo < hi) {
				const mid = (lo + hi) >> 1;
				if (r.comparePoint(segs[mid].node, 0) < 0) lo = mid + 1; else hi = mid;
			}
		} catch {
			return -1; // segs are of a text since replaced
		}
		if (lo < segs.length) return segs[lo].start;
		const last = segs[segs.length - 1];
		return last ? last.start + last.len : 0;
	}

	// fillEditor replaces the editor's content with text, in blocks of
	// about CHUNK characters cut at line breaks: a <div> per block, whose
	// text node holds its lines, and the line break between two blocks
	// stands for itself (readEditor reads the text back unchanged). A block
	// never ends with a line break, so no blank line is lost to the block's
	// end. A line much longer than CHUNK is cut too, after a sentence or a
	// word: the blocks that continue it are in joined, and readEditor reads
	// no line break before them (the browser's copies of them, as when a
	// line break is typed inside one, are not). Typing lays out its own
	// block, not the whole article as one text node would; in a long text
	// (the class "long") blocks off screen also skip layout and paint
	// (content-visibility), which a short one does not need and would pay
	// for with a second layout in its first frame.
	const joined = new WeakSet();
	function fillEditor(text) {
		const frag = document.createDocumentFragment();
		let from = 0, join = false;
		while (from < text.length) {
			let to = from + CHUNK;
			for (;;) {
				to = text.indexOf('\n', to);
				if (to < 0 || to >= text.length - 1) { to = text.length; break; }
				if (text[to - 1] !== '\n') break;
				to++;
			}
			let next = to + 1;
			if (to - from > 3 * CHUNK) next = to = cutLine(text, from + CHUNK);
			const div = document.createElement('div');
			div.textContent = text.slice(from, to);
			if (join) joined.add(div);
			frag.append(div);
			join = next === to;
			from = next;
		}
		editor.classList.toggle('long', text.length > LONG_TEXT);
		editor.replaceChildren(frag);
	}

	// cutLine returns where to cut a long line at or after at: after the
	// end of a sentence if one comes within CHUNK characters, else after a
	// space, else at at (but not inside a surrogate pair).
	function cutLine(text, at) {
		const part = text.slice(at, at + CHUNK);
		const m = /[.!?]['"\u2019\u201d)]*[ \t]+/.exec(part) || /[ \t]+/.exec(part);
		if (m) return at + m.index + m[0].length;
		return /[\ud800-\udbff]/.test(text[at - 1]) ? at + 1 : at;
	}

	// placeCaret puts a collapsed selection at text offset off (in segs,
	// the pieces of the editor's text, when the caller has them). The
	// tooltip does not follow a caret the page placed (selectionchange):
	// after a paste, that would lay the text out again before its first
	// frame, for a tip the reader did not ask for.
	let placed = null; // [node, offset] of the caret placeCaret put
	function placeCaret(off, segs) {
		const sent = inflight && inflight.version === state.version && inflight.segs; // the text was just read
		const [node, o] = boundary(segs || sent || readEditor().segs, off);
		const sel = getSelection();
		const r = document.createRange();
		r.setStart(node, o);
		r.collapse(true);
		sel.removeAllRanges();
		sel.addRange(r);
		placed = [node, o];
	}

	// The page's own undo step for the changes it makes without the
	// browser's editing commands (long pastes, the sample, Clear): the
	// text before and after. It applies while the text is still as that
	// change left it; any other edit ends it, and the browser's own undo
	// takes over, until it has taken those edits back (undoOwn).
	let undoStep = null; // {before, after, caretBefore, caretAfter, undone, version}
	let undidBack = false; // the last edit in the editor was the browser's undo

	// replaceText sets the whole text to after, with the caret at caret,
	// as one undoable step, and sends it to the engine.
	function replaceText(after, caret) {
		showHeld();
		const before = readEditor().text;
		fillEditor(after);
		onEdit(0); // before the caret: placing it needs a layout, which can run while the worker analyzes
		undoStep = {before, after, caretBefore: before.length, caretAfter: caret, undone: false, version: state.version};
		placeCaret(caret);
		return undoStep;
	}

	// undoOwn undoes (or with redo, redoes) the page's own last step, and
	// reports whether there was one to undo.
	function undoOwn(redo) {
		const u = undoStep;
		if (!u || u.undone !== redo) return false;
		// An edit after the step ends it, unless the browser's undo has
		// taken the edits back: then Ctrl+Z goes on to the step.
		if (u.version !== state.version && (redo || !undidBack || readEditor().text !== u.after)) return false;
		state.pasteAt = performance.now();
		fillEditor(redo ? u.after : u.before);
		onEdit(0);
		u.undone = !redo;
		u.version = state.version;
		placeCaret(redo ? u.caretAfter : u.caretBefore);
		return true;
	}

	// undoOrSkip undoes or redoes the page's own step, and reports whether
	// the browser's undo must not run: also when the text is still as the
	// page last set it, since the browser's history is of nodes the page
	// has replaced (undoing there would only move the caret).
	function undoOrSkip(redo) {
		return undoOwn(redo) || (undoStep !== null && undoStep.version === state.version);
	}

	// A long paste, held back until its analysis is in (holdPaste):
	// {before, after, caretBefore, caretAfter, timer}.
	let held = null;

	// holdPaste sends the text a long paste makes to the worker before the
	// editor shows it, so that the text and its highlights are drawn in the
	// same frame: drawn at once, the text takes a frame of its own and the
	// highlights wait for the next. The text goes in when the answer comes
	// (onWorkerMessage) or after HOLD_MS, whichever is first, and before
	// anything else touches the editor (showHeld). It holds only where that
	// can pay: highlights in place, a tab in view, the worker idle, and a
	// text short enough to be analyzed within HOLD_MS.
	function holdPaste(before, after, caretBefore, caretAfter) {
		if (test.holdMs < 0 || !HL || document.hidden || !worker || !state.engine || inflight || after.length > LONG_TEXT) return false;
		held = {before, after, caretBefore, caretAfter, timer: setTimeout(showHeld, test.holdMs || HOLD_MS)};
		post(after, null, held);
		return true;
	}

	// showHeld puts a held paste's text into the editor, as one undoable
	// step, with the caret after the pasted part. The analysis on its way
	// is of this text: it is kept, and painted when it comes. With noCaret
	// the caller places the caret (onWorkerMessage: after the status line,
	// so that one layout covers both).
	function showHeld(noCaret) {
		const h = held;
		if (!h) return -1;
		held = null;
		clearTimeout(h.timer);
		fillEditor(h.after);
		if (inflight && inflight.held === h) {
			state.version++;
			inflight.version = state.version;
			inflight.segs = readEditor().segs;
			saveSoon();
		} else {
			onEdit(0); // the worker was restarted meanwhile: analyze it again
		}
		undoStep = {before: h.before, after: h.after, caretBefore: h.caretBefore, caretAfter: h.caretAfter, undone: false, version: state.version};
		if (noCaret) return h.caretAfter;
		placeCaret(h.caretAfter);
		return -1;
	}

	let pasting = false;
	function insertPlain(text) {
		showHeld();
		text = text.replace(/\r\n?/g, '\n');
		state.pasteAt = performance.now();
		if (text.length <= 2000) {
			// Through the editing machinery, so the browser's undo covers it.
			pasting = true;
			const ok = document.execCommand('insertText', false, text);
			pasting = false;
			if (ok) return;
		}
		// Longer pastes skip it (it makes an element per line, a tenth of a
		// second per thousand words): the page rebuilds the text around the
		// pasted part and keeps its own undo step.
		const {text: old, segs} = readEditor();
		const sel = getSelection();
		let a = old.length, b = old.length;
		if (sel.rangeCount && editor.contains(sel.getRangeAt(0).commonAncestorContainer)) {
			const r = sel.getRangeAt(0);
			a = positionOf(segs, r.startContainer, r.startOffset);
			b = positionOf(segs, r.endContainer, r.endOffset);
			if (a < 0 || b < 0) a = b = old.length;
		}
		const after = old.slice(0, a) + text + old.slice(b);
		if (a < CHUNK) state.first = firstChars(); // the view will show the text's start
		if (holdPaste(old, after, b, a + text.length)) return;
		const u = replaceText(after, a + text.length);
		u.caretBefore = b;
	}

	function setText(text) {
		replaceText(text, 0);
	}

	// Whatever the reader does in the editor comes after a held paste.
	for (const type of ['mousedown', 'drop']) editor.addEventListener(type, showHeld);
	editor.addEventListener('keydown', (e) => {
		showHeld();
		if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
		const k = e.key.toLowerCase();
		const redo = k === 'y' || (k === 'z' && e.shiftKey);
		if ((k === 'z' || redo) && undoOrSkip(redo)) e.preventDefault();
	});
	editor.addEventListener('beforeinput', (e) => {
		showHeld();
		// Undo and redo from a menu rather than the keyboard.
		const redo = e.inputType === 'historyRedo';
		if ((redo || e.inputType === 'historyUndo') && e.cancelable && undoOrSkip(redo)) e.preventDefault();
	});

	// droppedText is the plain text of a paste or a drop: its text/plain,
	// or, when an application offers only HTML, the text of that HTML, read
	// in an inert document (DOMParser: no script runs, nothing loads), with
	// a line break after each block and two between paragraphs, and a tab
	// between a table's cells.
	function droppedText(dt) {
		if (!dt) return '';
		const plain = dt.getData('text/plain');
		const html = plain ? '' : dt.getData('text/html');
		if (!html) return plain;
		const body = new DOMParser().parseFromString(html, 'text/html').body;
		if (!body) return '';
		for (const n of body.querySelectorAll('script, style, noscript, template, head')) n.remove();
		const walk = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
		while (walk.nextNode()) {
			const n = walk.currentNode;
			if (!n.parentElement.closest('pre')) n.data = n.data.replace(/\s+/g, ' '); // white space as a browser shows it
		}
		for (const n of body.querySelectorAll('br')) n.replaceWith('\n');
		for (const n of body.querySelectorAll('td, th')) if (n.nextElementSibling) n.append('\t'); // cells apart, as a browser copies them
		for (const n of body.querySelectorAll('button')) n.append(' '); // a share bar's buttons words apart
		for (const n of body.querySelectorAll('li, tr, dt, dd, figcaption, caption')) n.append('\n');
		// a block stands apart from the text on either side ("Site<nav>News…"),
		// but in a table's cell (<td><p>£3.1m</p>) by a space: the row stays one line
		for (const n of body.querySelectorAll('p, div, h1, h2, h3, h4, h5, h6, blockquote, pre, ul, ol, dl, table, section, article, header, footer, figure, nav, aside, main, address, form, details')) {
			if (n.closest('td, th')) n.append(' ');
			else n.prepend('\n\n'), n.append('\n\n');
		}
		return body.textContent.replace(/ *([\n\t]) */g, '$1').replace(/\n{3,}/g, '\n\n').trim();
	}

	editor.addEventListener('paste', (e) => {
		e.preventDefault();
		insertPlain(droppedText(e.clipboardData));
	});
	// Copy and cut give the text as the page reads it: no line break where
	// fillEditor cut a long line into blocks.
	for (const type of ['copy', 'cut']) editor.addEventListener(type, (e) => {
		showHeld();
		const sel = getSelection();
		if (!sel.rangeCount || !e.clipboardData) return;
		const r = sel.getRangeAt(0);
		const {text, segs} = readEditor();
		const a = positionOf(segs, r.startContainer, r.startOffset), b = positionOf(segs, r.endContainer, r.endOffset);
		if (a < 0 || b <= a) return;
		e.preventDefault();
		e.clipboardData.setData('text/plain', text.slice(a, b));
		if (type === 'cut') document.execCommand('delete');
	});
	editor.addEventListener('drop', (e) => {
		const dt = e.dataTransfer;
		if (dt && dt.types.includes('text/plain')) return; // the browser drops it as text
		e.preventDefault();
		if (!dt || !dt.types.includes('text/html')) return;
		const at = document.caretRangeFromPoint && document.caretRangeFromPoint(e.clientX, e.clientY);
		if (at && editor.contains(at.startContainer)) {
			getSelection().removeAllRanges();
			getSelection().addRange(at);
		}
		insertPlain(droppedText(dt));
	});
	editor.addEventListener('input', (e) => {
		undidBack = e.inputType === 'historyUndo';
		onEdit(pasting ? 0 : TYPE_DELAY);
	});

	// ---- The worker ----

	let worker = null;
	let workerStarted = 0;
	let nextId = 1;
	let inflight = null; // {id, version, text, segs, held, timer, t0}
	let wanted = false; // an edit is waiting for the worker
	let debounce = 0;
	let crashes = [];
	const test = {timeoutMs: 0, hangNext: false, holdMs: 0}; // set by the test hooks only

	function workerURL() {
		const srcEl = $('cl-worker-src');
		if (!srcEl) return WORKER_URL;
		// The single-file page: the worker's source and the engine are inline.
		const b64 = $('cl-wasm').textContent.trim();
		const blob = new Blob(['self.CLAIMLIGHT_WASM_B64="', b64, '";\n', srcEl.textContent], {type: 'text/javascript'});
		return URL.createObjectURL(blob);
	}

	// startWorker starts the engine's worker, or the first time adopts the
	// one boot.js started from the page's <head>, with what it has said so far.
	function startWorker() {
		const boot = self.claimlightBoot;
		self.claimlightBoot = null;
		state.engine = null;
		html.dataset.engine = 'loading';
		if (boot && boot.worker) {
			workerStarted = boot.started;
			worker = boot.worker;
			state.stats.workerFrom = 'head';
		} else {
			workerStarted = performance.now();
			state.stats.workerFrom = 'page';
			const url = workerURL();
			worker = new Worker(url);
			if (url.startsWith('blob:')) setTimeout(() => URL.revokeObjectURL(url), 10000);
		}
		const w = worker;
		worker.onmessage = onWorkerMessage;
		worker.onerror = (e) => {
			e.preventDefault();
			restartWorker('The analyzer stopped unexpectedly and was restarted. Your text is safe.');
		};
		worker.onmessageerror = () => restartWorker('The analyzer sent a message the page could not read; it was restarted.');
		for (const e of boot && boot.worker ? boot.early : []) {
			if (worker !== w) break; // an early message restarted it
			worker['on' + e.type](e);
		}
	}

	function restartWorker(message) {
		const now = performance.now();
		crashes = crashes.filter((t) => now - t < 15000);
		crashes.push(now);
		if (inflight) clearTimeout(inflight.timer);
		inflight = null;
		if (worker) worker.terminate();
		worker = null;
		showHeld(); // the text goes in, to be analyzed by the next worker
		if (crashes.length > 3) {
			showNotice('The analyzer keeps failing on this text, so it was stopped. Your text and the last highlights are kept; edit the text or reload to try again.');
			html.dataset.engine = 'failed';
			busy(false);
			return;
		}
		showNotice(message);
		html.dataset.restarts = String((+html.dataset.restarts || 0) + 1);
		wanted = true;
		startWorker();
	}

	function onWorkerMessage(e) {
		const m = e.data;
		if (m.ready) {
			state.engine = m.ready;
			state.stats.readyAt = performance.now(); // since the page started loading
			state.stats.readyMs = state.stats.readyAt - workerStarted;
			html.dataset.engine = 'ready';
			ui.version.textContent = m.ready.version;
			if (!state.thresholdSet && Number.isFinite(m.ready.threshold)) setThreshold(m.ready.threshold, false);
			buildLegend();
			if (!state.doc) status();
			if (wanted || editor.textContent) send();
			const sample = $('cl-sample');
			if (sample) worker.postMessage({warm: sample.textContent, runs: WARM_RUNS});
			return;
		}
		if (m.fatal) {
			html.dataset.engine = 'failed';
			showNotice('The analyzer could not start in this browser: ' + m.fatal);
			return;
		}
		if (!inflight || m.id !== inflight.id) return; // a reply from before a restart
		const req = inflight;
		if (m.partial) {
			paintFirst(req, m);
			return;
		}
		state.stats.sendToReplyMs = performance.now() - req.t0;
		// The paste's text goes in with its highlights; its caret once the status line is set (paint).
		let caret = req.held && req.held === held ? showHeld(true) : -1;
		clearTimeout(req.timer);
		inflight = null;
		if (m.error) {
			if (m.exited) {
				restartWorker('The analyzer stopped and was restarted. Your text is safe.');
				return;
			}
			showNotice('This text could not be analyzed: ' + m.error);
		} else if (req.version === state.version) {
			crashes = [];
			state.stats.analysisMs = m.ms;
			state.doc = unpack(m.result, req.text, req.segs, m.ms);
			state.doc.version0 = req.version; // the edit the result belongs to
			if (state.doc.notEnglish) {
				showNotice('This text does not read as English. claimlight knows English only, so its highlights here are unreliable.');
			} else {
				hideNotice();
			}
			paint(req, caret);
			caret = -1;
		}
		if (caret >= 0) placeCaret(caret);
		// Every edit sets wanted; one still being typed waits for its pause.
		if (wanted && !debounce) send();
		else busy(false);
	}

	// paintFirst paints a long text's opening paragraphs from their own
	// analysis (m), the answer for the whole text still on its way: the
	// view's highlights show at once, the views fill when the rest comes.
	function paintFirst(req, m) {
		const caret = req.held && req.held === held ? showHeld(true) : -1;
		if (req.version !== state.version) {
			if (caret >= 0) placeCaret(caret);
			return;
		}
		state.stats.firstMs = m.ms;
		state.doc = unpack(m.result, req.text, req.segs, m.ms);
		state.doc.version0 = req.version;
		state.doc.partial = true;
		paint(req, caret);
	}

	function onEdit(delay) {
		state.version++;
		wanted = true;
		clearTimeout(debounce);
		debounce = 0;
		saveSoon();
		if (delay) debounce = setTimeout(send, delay);
		else send();
	}

	// send gives the worker the editor's text, unless it is busy: then the
	// newest text goes as soon as the current answer is in, and stale
	// answers are dropped.
	function send() {
		clearTimeout(debounce);
		debounce = 0;
		if (!worker && html.dataset.engine === 'failed') {
			// Stopped after repeated crashes: an edit gives it another try.
			crashes = [];
			startWorker();
		}
		if (!worker || !state.engine || inflight) {
			wanted = true;
			// the status tells of the text in the editor (a long paste taken
			// back), not of the one whose analysis is being finished
			if (inflight) {
				busy.chars = readEditor().text.length;
				if (!ui.progress.hidden) analyzing();
			}
			return;
		}
		wanted = false;
		const {text, segs} = readEditor();
		post(text, segs, null);
	}

	// post sends text to the worker; segs are the editor's pieces it was
	// read from, or null for a held paste's text, not in the editor yet.
	function post(text, segs, held) {
		const id = nextId++;
		const first = HL ? state.first : 0; // the <mark> fallback paints once, from the whole answer
		state.first = 0;
		state.stats.firstMs = NaN;
		const hang = test.hangNext;
		test.hangNext = false;
		const timeout = hang ? test.timeoutMs : 30000 + text.length / 10; // a hang, not a slow text: 2 MB gets 4 minutes
		inflight = {
			id, version: state.version, text, segs, held, t0: performance.now(), pasteAt: state.pasteAt,
			timer: setTimeout(() => restartWorker('The analyzer took too long and was restarted. Your text is safe.'), timeout),
		};
		busy(true, text.length);
		worker.postMessage(hang ? {id, hang} : {id, text, first});
	}

	// firstChars estimates how many characters fill the editor's view, and
	// half as many again. For a long text the worker analyzes that much
	// first (its opening paragraphs, to the next one's start), and the page
	// paints the view from it while the rest is analyzed. The estimate
	// needs no layout of the text: the editor grows to 80% of the window's
	// height (style.css), and a character takes about 8 by 30 pixels (the
	// editor's font and line height).
	function firstChars() {
		const r = editor.getBoundingClientRect();
		return Math.max(2000, Math.round(Math.min(r.width, innerWidth) * 0.8 * innerHeight / 160));
	}

	let progressTimer = 0;
	function busy(on, n) {
		html.dataset.busy = on ? '1' : '0';
		clearTimeout(progressTimer);
		if (on) {
			busy.chars = n;
			progressTimer = setTimeout(() => {
				ui.progress.hidden = false;
				analyzing();
			}, n > 200000 ? 0 : 200);
		} else {
			ui.progress.hidden = true;
		}
	}

	// analyzing says the page is busy with the text of busy.chars characters.
	function analyzing() { ui.status.textContent = 'Analyzing ' + formatSize(busy.chars) + '…'; }
	function formatSize(n) {
		return n > 1e6 ? (n / 1e6).toFixed(1) + ' million characters' : formatNumber(n) + ' characters';
	}

	// formatNumber writes n with thousands separators and at most maxFrac
	// decimals, as toLocaleString('en') would, but without Intl: its first
	// use in a page costs about 25 ms, which would land in the first paint.
	function formatNumber(n, maxFrac = 0) {
		if (!Number.isFinite(n) || Math.abs(n) >= 1e21) return String(n);
		let t = n.toFixed(maxFrac);
		if (maxFrac) t = t.replace(/\.?0+$/, '');
		const sign = t[0] === '-' ? '-' : '', dot = t.indexOf('.');
		const whole = t.slice(sign.length, dot < 0 ? t.length : dot), frac = dot < 0 ? '' : t.slice(dot);
		return sign + whole.replace(/\B(?=(\d{3})+$)/g, ',') + frac;
	}

	// ---- Results ----

	function unpack(r, text, segs, ms) {
		const e = state.engine;
		const S = r.sentences, n = S.length / 5;
		const reasons = r.reasons.split('\x1e');
		const sentences = new Array(n);
		for (let i = 0; i < n; i++) {
			const flags = S[5 * i + 3], bits = S[5 * i + 4];
			const types = [];
			for (let b = 0; b < e.types.length; b++) if (bits & (1 << b)) types.push(e.types[b]);
			sentences[i] = {
				index: i, start: S[5 * i], end: S[5 * i + 1], para: S[5 * i + 2],
				role: e.roles[flags & 0xff] || 'body', checkWorthy: (flags & 0x100) !== 0,
				types, score: r.scores[i], reasons: (reasons[i] || '').split('\x1f').filter(Boolean),
				speaker: r.speakers ? r.speakers[i] : -1, // the speaker span whose words it gives, or -1
				quoted: (flags & 0x200) !== 0, // mostly a direct quotation of that speaker
			};
		}
		const P = r.spans, m = P.length / 4;
		const names = (r.names || '').split('\x1f');
		const spans = new Array(m);
		for (let i = 0; i < m; i++) {
			const v = r.values[i], to = r.valuesTo[i];
			spans[i] = {index: i, start: P[4 * i], end: P[4 * i + 1], kind: e.kinds[P[4 * i + 2]] || 'unknown', link: P[4 * i + 3],
				value: Number.isNaN(v) ? null : v, valueTo: Number.isNaN(to) ? null : to, name: null, currency: null, unit: null};
			// names holds who a speaker stands for, a money span's currency
			// and a quantity's or percentage's unit ("points", "°C", "11/4 odds")
			if (names[i]) spans[i][{money: 'currency', speaker: 'name'}[spans[i].kind] || 'unit'] = names[i];
		}
		return {text, segs, sentences, spans, words: r.words, ms, version: r.version, notEnglish: !!r.notEnglish};
	}

	// sentenceAt returns the sentence containing offset off, or null.
	function sentenceAt(off) {
		const ss = state.doc.sentences;
		let lo = 0, hi = ss.length - 1, found = null;
		while (lo <= hi) {
			const mid = (lo + hi) >> 1;
			if (ss[mid].start <= off) { found = ss[mid]; lo = mid + 1; } else hi = mid - 1;
		}
		return found && off <= found.end ? found : null;
	}

	// spanAt returns the innermost visible span containing offset off.
	function spanAt(off) {
		const sp = state.doc.spans;
		let lo = 0, hi = sp.length - 1, last = -1;
		while (lo <= hi) {
			const mid = (lo + hi) >> 1;
			if (sp[mid].start <= off) { last = mid; lo = mid + 1; } else hi = mid - 1;
		}
		let best = null;
		for (let i = last; i >= 0 && i > last - 64; i--) {
			const s = sp[i];
			if (off < s.end && !state.hidden.has(s.kind) && (!best || s.end - s.start < best.end - best.start)) best = s;
		}
		return best;
	}

	const sliceOf = (x) => state.doc.text.slice(x.start, x.end);
	// claimText is a sentence as the claims panel and the checklist show it:
	// a list item without its bullet ("- ", "• ", "3. ").
	const claimText = (s) => s.role === 'list_item' ? sliceOf(s).replace(/^(?:[-–—•*·▪●◦]|\d{1,2}[.)])\s+/, '') : sliceOf(s);

	// band shades a sentence at or above the threshold as a claim, and one
	// at or above strongFrom as a strong one. From the middle of the scale
	// above the threshold (0.625 at 0.25), two thirds of the claims of the
	// test articles, 19 of the central-bank story's 22, were strong; from
	// 0.9, a third (12 of 22). The cut does not depend on the rest of the
	// text, so a long paste's first frame shades as the whole answer does.
	const strongFrom = () => Math.max(0.9, state.threshold + (1 - state.threshold) / 2);
	function band(score) {
		return score >= strongFrom() ? 'strong' : score >= state.threshold ? 'claim' : '';
	}

	function isClaim(s) { return s.score >= state.threshold; }

	// paint sets the highlights and fills every view from state.doc.
	// caret, unless below 0, is where a held paste's caret goes.
	function paint(req, caret) {
		const t0 = performance.now();
		const d = state.doc;
		if (d.text.trim()) state.forgotten = false; // there is text again
		status(); // first: the layout that placing the caret and finding the view need (paintHighlights) then covers the status line too
		if (caret >= 0) placeCaret(caret, d.segs);
		if (HL) {
			d.windowed = d.spans.length + d.sentences.length > LIVE_RANGE_LIMIT;
			// The first frame paints only what the editor shows: the rest
			// follows right after it (below), so that a paste's highlights
			// show as soon as the part in view is drawn. A long text's
			// blocks off screen are not painted anyway (fillEditor), and
			// there it measured no faster.
			paintHighlights(d.text.length > LONG_TEXT ? 0 : NEAR_MARGIN);
			state.stats.firstRanges = state.stats.ranges;
			CSS.highlights.delete('cl-focus');
		} else {
			paintMarked();
		}
		state.stats.paintJsMs = performance.now() - t0;
		// The highlights show in the next frame; the panels follow it, so
		// that their layout does not hold the highlights back.
		const pasteAt = state.pasteAt, painted = performance.now();
		state.pasteAt = 0; // the first highlights painted after the paste end its time
		// A hidden tab runs no animation frames: there the rest comes at
		// once, so that the panels agree with the status line.
		(document.hidden ? f => f() : requestAnimationFrame)(() => setTimeout(() => {
			const now = performance.now();
			state.stats.frameMs = now - painted;
			if (pasteAt) state.stats.pasteToPaintMs = now - pasteAt;
			if (d.partial) return; // the rest comes with the whole text's answer
			if (req.pasteAt) state.stats.pasteToAllMs = now - req.pasteAt;
			state.stats.requestToPaintMs = now - req.t0;
			if (state.doc !== d) return; // a newer result is on its way to the screen
			// The rest of the highlights, unless the text changed since: its
			// ranges would be built on stale offsets, and the analysis of the
			// new text, on its way, paints them all.
			if (HL && d.near && state.version === d.version0) paintHighlights();
			renderPanels();
			state.painted++;
			state.stats.frames = state.painted;
			html.dataset.painted = String(state.painted);
		}, 0));
	}

	function renderPanels() {
		buildLegend();
		renderClaims();
		$('count-speakers').textContent = formatNumber(speakerGroups(state.doc).size);
		$('count-numbers').textContent = formatNumber(state.doc.spans.filter((s) => VALUE_KINDS.has(s.kind)).length);
		renderView();
	}

	// renderView fills the speakers or numbers view when it is the one shown.
	function renderView() {
		if (!state.doc) return;
		if (!$('view-speakers').hidden) renderSpeakers();
		if (!$('view-numbers').hidden) renderNumbers();
	}

	// paintHighlights sets one Highlight per kind and per band. Long texts
	// get highlights only around what the editor shows (and again as it
	// scrolls): painting tens of thousands of ranges would freeze the page.
	// With near (a margin in characters), only the text in view and that
	// margin around it get theirs: paint() does that for a new result's
	// first frame, and sets the rest after it.
	function paintHighlights(near) {
		const d = state.doc;
		if (!d || !HL) return;
		let lo = 0, hi = Infinity;
		const w = near || d.windowed ? visibleWindow(d, near || WINDOW_MARGIN) : null;
		if (w) [lo, hi] = w;
		else if (d.windowed) [lo, hi] = [0, 4 * WINDOW_MARGIN];
		d.near = !!(near && w) && (lo > 0 || hi < d.text.length); // the rest is still to set
		d.window = [lo, hi];
		const live = !d.windowed;
		const kinds = new Map();
		for (const k of state.engine.kinds) if (!state.hidden.has(k)) kinds.set(k, new Highlight());
		for (let i = firstFrom(d.spans, lo - 2000); i < d.spans.length && d.spans[i].start <= hi; i++) {
			const s = d.spans[i];
			const h = kinds.get(s.kind);
			if (h && s.end >= lo) h.add(makeRange(d.segs, s.start, s.end, live));
		}
		for (const [k, h] of kinds) {
			h.priority = 1;
			// An empty highlight is left out: one name fewer for the browser to paint.
			if (h.size) CSS.highlights.set('cl-' + k, h); else CSS.highlights.delete('cl-' + k);
		}
		for (const k of state.hidden) CSS.highlights.delete('cl-' + k);
		const claim = new Highlight(), strong = new Highlight();
		for (let i = firstFrom(d.sentences, lo - 20000); i < d.sentences.length && d.sentences[i].start <= hi; i++) {
			const s = d.sentences[i];
			const b = s.end >= lo ? band(s.score) : '';
			if (b) (b === 'strong' ? strong : claim).add(makeRange(d.segs, s.start, s.end, live));
		}
		for (const [k, h] of [['cl-band-claim', claim], ['cl-band-strong', strong]]) {
			if (h.size) CSS.highlights.set(k, h); else CSS.highlights.delete(k);
		}
		let n = claim.size + strong.size;
		for (const h of kinds.values()) n += h.size;
		state.stats.ranges = n;
	}

	// firstFrom returns the index of the first item of list (sorted by
	// start) that starts at or after off.
	function firstFrom(list, off) {
		let lo = 0, hi = list.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (list[mid].start < off) lo = mid + 1; else hi = mid;
		}
		return lo;
	}

	// visibleWindow returns the text offsets shown in the editor, widened
	// by a margin so that scrolling a little needs no repaint.
	// null when it cannot tell.
	function visibleWindow(d, margin) {
		const r = editor.getBoundingClientRect();
		const top = Math.max(r.top, 0) + 2, bottom = Math.min(r.bottom, innerHeight) - 2;
		if (bottom <= top) return null;
		const a = caretAt(r.left + 4, top), b = caretAt(r.right - 4, bottom);
		const from = a ? positionOf(d.segs, a[0], a[1]) : -1;
		const to = b ? positionOf(d.segs, b[0], b[1]) : -1;
		if (from < 0 || to < 0) return null;
		return [Math.max(0, Math.min(from, to) - margin), Math.max(from, to) + margin];
	}

	let scrollFrame = 0;
	function onScroll() {
		const d = state.doc;
		if (!d || !d.windowed || scrollFrame) return;
		scrollFrame = requestAnimationFrame(() => {
			scrollFrame = 0;
			const w = visibleWindow(d, WINDOW_MARGIN);
			if (!w) return;
			const [lo, hi] = w;
			// Repaint only when the view nears the edge of what is painted.
			if (lo < d.window[0] + 5000 && d.window[0] > 0 || hi > d.window[1] - 5000) paintHighlights();
		});
	}
	// A tooltip left up as the text scrolls would stand beside another line.
	for (const el of [editor, self]) el.addEventListener('scroll', () => {
		hideTip();
		onScroll();
		if (!ui.back.hidden && back.row && inView(back.row)) ui.back.hidden = true; // scrolled back by hand
	}, {passive: true});
	addEventListener('resize', onScroll, {passive: true});

	function paintKinds() { paintHighlights(); }
	function paintBands() {
		if (HL) paintHighlights(); else if (state.doc) paintMarked();
	}

	// paintMarked is the fallback where the CSS Custom Highlight API is
	// missing: a read-only copy of the text with <mark> elements.
	function paintMarked() {
		const d = state.doc;
		ui.marked.hidden = false;
		if (d.text.length > 300000) {
			ui.marked.textContent = 'This browser cannot highlight the article in place, and it is too long for a highlighted copy: see the claims panel.';
			return;
		}
		const text = d.text;
		const cuts = new Set([0, text.length]);
		for (const s of d.spans) if (!state.hidden.has(s.kind)) { cuts.add(s.start); cuts.add(s.end); }
		for (const s of d.sentences) { cuts.add(s.start); cuts.add(s.end); }
		const points = [...cuts].sort((a, b) => a - b);
		const frag = document.createDocumentFragment();
		for (let i = 0; i + 1 < points.length; i++) {
			const a = points[i], b = points[i + 1];
			if (a === b) continue;
			const piece = text.slice(a, b);
			const sp = spanAt(a);
			const se = sentenceAt(a);
			const bd = se && a < se.end ? band(se.score) : '';
			if (!sp && !bd) { frag.append(piece); continue; }
			const m = document.createElement('mark');
			if (sp && a < sp.end) m.classList.add('k-' + sp.kind);
			if (bd) m.classList.add('band-' + bd);
			m.textContent = piece;
			frag.append(m);
		}
		ui.marked.replaceChildren(frag);
	}

	// ---- Legend ----

	function buildLegend() {
		const e = state.engine;
		if (!e) return;
		const counts = new Map(e.kinds.map((k) => [k, 0]));
		if (state.doc) for (const s of state.doc.spans) counts.set(s.kind, (counts.get(s.kind) || 0) + 1);
		const items = e.kinds.map((k) => {
			const li = document.createElement('li');
			const b = document.createElement('button');
			b.type = 'button';
			b.dataset.kind = k;
			b.setAttribute('aria-pressed', state.hidden.has(k) ? 'false' : 'true');
			b.tabIndex = k === (state.legendKind || e.kinds[0]) ? 0 : -1;
			b.title = KIND_HELP[k] || k;
			const sw = document.createElement('span');
			sw.className = 'sw sw-' + k;
			sw.textContent = k.replace('_', ' ');
			const n = document.createElement('span');
			n.className = 'n';
			n.textContent = formatNumber(counts.get(k)); // "1,500", as the status line has it
			b.append(sw, n);
			b.setAttribute('aria-label', k.replace('_', ' ') + ': ' + counts.get(k) + (state.hidden.has(k) ? ', hidden' : ', shown'));
			li.append(b);
			return li;
		});
		ui.legend.replaceChildren(...items);
	}

	// The legend is one Tab stop (the button last used): arrow keys, Home
	// and End move between its buttons.
	ui.legend.addEventListener('keydown', (e) => {
		const bs = [...ui.legend.querySelectorAll('button')];
		const i = bs.indexOf(e.target);
		const j = {ArrowRight: i + 1, ArrowDown: i + 1, ArrowLeft: i - 1, ArrowUp: i - 1, Home: 0, End: bs.length - 1}[e.key];
		if (i < 0 || j === undefined) return;
		e.preventDefault();
		const b = bs[(j + bs.length) % bs.length];
		for (const x of bs) x.tabIndex = x === b ? 0 : -1;
		state.legendKind = b.dataset.kind;
		b.focus();
	});
	ui.legend.addEventListener('click', (e) => {
		const b = e.target.closest('button[data-kind]');
		if (!b) return;
		const k = state.legendKind = b.dataset.kind;
		if (state.hidden.has(k)) state.hidden.delete(k); else state.hidden.add(k);
		buildLegend();
		if (HL) paintKinds(); else if (state.doc) paintMarked();
		const again = ui.legend.querySelector('button[data-kind="' + k + '"]');
		if (again) again.focus();
	});

	function setThreshold(v, byUser) {
		state.threshold = Math.round(v * 100) / 100;
		ui.threshold.value = String(state.threshold);
		ui.thresholdOut.textContent = state.threshold.toFixed(2);
		$('strong-from').textContent = strongFrom().toFixed(2);
		if (byUser) state.thresholdSet = true;
	}

	ui.threshold.addEventListener('input', () => {
		setThreshold(+ui.threshold.value, true);
		if (!state.doc) return;
		paintBands();
		renderClaims();
		status();
	});

	// ---- Views ----

	function claimList() {
		return state.doc.sentences.filter(isClaim).sort((a, b) => b.score - a.score || a.start - b.start);
	}

	function renderClaims() {
		const list = claimList();
		ui.countClaims.textContent = formatNumber(list.length);
		if (!list.length) {
			ui.claims.replaceChildren(note('li', state.doc.text.trim() ? 'No sentence reaches the threshold.' : 'Nothing to check yet.'));
			return;
		}
		const items = list.slice(0, LIST_LIMIT).map((s, i) => {
			const li = document.createElement('li');
			li.tabIndex = i === 0 ? 0 : -1;
			li.setAttribute('role', 'button');
			li.dataset.start = s.start;
			li.dataset.end = s.end;
			li.dataset.index = s.index;
			const head = document.createElement('span');
			head.className = 'score';
			head.textContent = s.score.toFixed(2);
			const types = document.createElement('span');
			types.className = 'types';
			for (const t of s.types) {
				const c = document.createElement('span');
				c.className = 'type';
				c.textContent = t;
				types.append(c);
			}
			const text = document.createElement('span');
			text.className = 'text';
			text.textContent = clip(claimText(s), 280);
			li.append(head, types, text);
			if (s.reasons.length) {
				const ul = document.createElement('ul');
				ul.className = 'reasons';
				ul.id = 'why-' + i;
				li.setAttribute('aria-describedby', ul.id); // the label replaces the content: the reasons come as its description
				for (const r of s.reasons) {
					const ri = document.createElement('li');
					ri.textContent = r;
					ul.append(ri);
				}
				li.append(ul);
			}
			li.setAttribute('aria-label', 'Score ' + s.score.toFixed(2) + (s.types.length ? ', ' + s.types.join(', ') : '') + ': ' + clip(claimText(s), 280));
			return li;
		});
		if (list.length > LIST_LIMIT) items.push(note('li', moreRows(list.length - LIST_LIMIT)));
		ui.claims.replaceChildren(...items);
	}

	// note makes an element of the given tag that tells of a view's empty
	// state or of the rows it leaves out.
	function note(tag, text) {
		const e = document.createElement(tag);
		e.className = 'empty';
		e.textContent = text;
		return e;
	}

	// moreRows says what a view of LIST_LIMIT rows leaves out.
	function moreRows(n) { return 'and ' + formatNumber(n) + ' more; export to see them all.'; }

	function clip(s, n) {
		s = s.replace(/\s+/g, ' ').trim();
		return s.length > n ? s.slice(0, n - 1) + '…' : s;
	}

	// jumpTo scrolls the editor to [start, end) and marks it.
	function jumpTo(start, end) {
		const d = state.doc;
		if (!d) return;
		const r = makeRange(d.segs, start, end, true);
		if (HL) CSS.highlights.set('cl-focus', Object.assign(new Highlight(r), {priority: 0}));
		// In a long text, blocks far from view have only an estimated height
		// until shown (fillEditor): bring the target's block in first, so
		// that its position is measured, not estimated.
		const block = r.startContainer.nodeType === 3 ? r.startContainer.parentNode : r.startContainer;
		if (editor.classList.contains('long') && block !== editor && editor.contains(block)) block.scrollIntoView({block: 'center'});
		const ed = editor.getBoundingClientRect();
		editor.scrollTop += r.getBoundingClientRect().top - ed.top - ed.height / 3;
		// the page too, when the target is out of the window (a phone, where the editor does not scroll)
		const box = r.getBoundingClientRect();
		if (box.top < 0 || box.bottom > innerHeight) scrollBy(0, box.top - innerHeight / 3);
	}

	function activate(li) {
		if (!li || li.dataset.start === undefined) return;
		// the row last used, clicked or moved to, is its view's one Tab
		// stop (the speakers view holds a list per speaker)
		for (const it of li.closest('.view').querySelectorAll('[data-start]')) it.tabIndex = -1;
		li.tabIndex = 0;
		const seen = inView(li);
		jumpTo(+li.dataset.start, +li.dataset.end);
		// In one column (a phone) the jump scrolls the list away: a button
		// brings the reader back to the row.
		back.row = li;
		if (seen && !inView(li)) {
			// pointing the way to the row: down on a phone, whose list is below the article
			ui.back.textContent = (li.getBoundingClientRect().top > 0 ? '↓' : '↑') + ' Back to ' + li.closest('.view').id.slice(5);
			ui.back.hidden = false;
		}
	}
	const back = {row: null};
	const inView = (el) => { const r = el.getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight; };
	ui.back.addEventListener('click', () => {
		const li = back.row;
		ui.back.hidden = true;
		if (!li || !li.isConnected) return $('tab-claims').scrollIntoView();
		li.scrollIntoView({block: 'center'});
		li.focus({preventScroll: true}); // the view's Tab stop since activate
	});

	// Each view is one Tab stop, its row last used: the arrow keys move
	// between its rows (moveIn).
	for (const list of [ui.claims, ui.speakers, ui.numbers]) {
		list.addEventListener('click', (e) => activate(e.target.closest('[data-start]')));
		list.addEventListener('keydown', (e) => {
			if (e.key === 'Enter' || e.key === ' ') {
				const li = e.target.closest('[data-start]');
				if (li) { e.preventDefault(); activate(li); }
			}
			const step = e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : 0;
			if (step) { e.preventDefault(); moveIn(list, step); }
		});
	}

	// moveIn moves the focus by step among the rows of a view, and shows
	// the row's text in the article (activate makes it the Tab stop).
	function moveIn(list, step) {
		const items = [...list.querySelectorAll('[data-start]')];
		if (!items.length) return;
		let i = items.indexOf(document.activeElement);
		i = i < 0 ? (step > 0 ? 0 : items.length - 1) : Math.max(0, Math.min(items.length - 1, i + step));
		items[i].focus();
		activate(items[i]);
	}

	// moveClaim moves the focus by step among the claims (j/k).
	function moveClaim(step) {
		if (!ui.claims.querySelector('[data-start]')) return;
		showTab('claims');
		moveIn(ui.claims, step);
	}

	document.addEventListener('keydown', (e) => {
		if (e.key === 'Escape') hideTip();
		if (e.ctrlKey || e.metaKey || e.altKey) return;
		const t = e.target;
		if (t === editor || editor.contains(t) || /^(INPUT|TEXTAREA|SELECT)$/.test(t.nodeName) || t.isContentEditable) return;
		if (e.key === 'j') { e.preventDefault(); moveClaim(1); }
		if (e.key === 'k') { e.preventDefault(); moveClaim(-1); }
	});

	// speakerGroups gathers, per speaker, the direct quotes and then the
	// statements: the other sentences the engine attributes to them. A
	// sentence the engine marks as mostly one of the speaker's quotes
	// ("“…,” she said") is that quote again, and is not listed twice.
	// whoIs names a speaker span; one the engine cannot name ("he", "a
	// spokesperson") keeps its words.
	function whoIs(sp) { return clip(sp.name || '“' + sliceOf(sp) + '”, not named', 80); }
	function speakerGroups(d) {
		if (d.groups) return d.groups;
		const groups = d.groups = new Map();
		const group = (k) => {
			const who = k >= 0 ? whoIs(d.spans[k]) : 'Unattributed';
			const key = who.toLowerCase(); // "She said" and "she said" are one group
			if (!groups.has(key)) groups.set(key, {who, quotes: [], statements: []});
			return groups.get(key);
		};
		let last = null;
		for (const s of d.spans) {
			if (s.kind !== 'quote') continue;
			// a quotation of several sentences comes as one span a sentence: one row
			if (last && last.link === s.link && !d.text.slice(last.end, s.start).trim()) {
				last.end = s.end;
				continue;
			}
			last = {start: s.start, end: s.end, link: s.link};
			group(s.link).quotes.push(last);
		}
		for (const s of d.sentences) {
			if (s.speaker < 0) continue;
			const g = group(s.speaker);
			if (!s.quoted) g.statements.push(s);
		}
		// a quote inside one of the speaker's statements is listed there
		// (both in text order: one pass)
		for (const g of groups.values()) {
			let i = 0;
			const st = g.statements;
			g.quotes = g.quotes.filter((q) => {
				while (i < st.length && st[i].end < q.end) i++;
				return !(st[i] && st[i].start <= q.start);
			});
		}
		return groups;
	}

	function renderSpeakers() {
		const groups = speakerGroups(state.doc);
		// every group has a quote or a statement: a sentence that is mostly a
		// quote finds its speaker's group holding that quote
		const size = (g) => g.quotes.length + g.statements.length;
		if (!groups.size) {
			ui.speakers.replaceChildren(note('p', 'No quotes or attributed statements found.'));
			return;
		}
		const out = [];
		for (const g of [...groups.values()].sort((a, b) => size(b) - size(a))) {
			const sec = document.createElement('section');
			sec.className = 'speaker';
			const h = document.createElement('h3');
			h.textContent = g.who + ' (' + size(g) + ')';
			const ul = document.createElement('ul');
			const items = [...g.quotes.map((q) => ['quote', q]), ...g.statements.map((s) => ['statement', s])];
			for (const [kind, x] of items.slice(0, LIST_LIMIT)) {
				const li = document.createElement('li');
				li.className = kind;
				li.tabIndex = out.length || ul.childElementCount ? -1 : 0;
				li.dataset.start = x.start;
				li.dataset.end = x.end;
				// a transcript's turn without the label the heading gives ("GUEST: …",
				// "Matthias Brunner, Chief Executive: …"): up to the engine's ":" cue
				const sp = state.doc.spans[x.speaker], t = sliceOf(x);
				const cue = sp && sp.start === x.start && state.doc.spans[sp.link];
				li.textContent = clip(cue && cue.end < x.end && sliceOf(cue) === ':' ? t.slice(cue.end - x.start) : t, 240);
				ul.append(li);
			}
			if (items.length > LIST_LIMIT) ul.append(note('li', moreRows(items.length - LIST_LIMIT)));
			sec.append(h, ul);
			out.push(sec);
		}
		ui.speakers.replaceChildren(...out);
	}

	// formatValue writes a span's value: "€35,000,000,000", "$3.10",
	// "$1.0812", "2,400,000,000 SEK", "5%", "11.2 points", "47.3 °C";
	// a unit that starts with a digit is the reading itself ("11/4 odds",
	// "1 in 500").
	function formatValue(s) {
		if (s.value === null) return '—';
		const c = s.currency || '', u = s.unit;
		if (/^\d/.test(u)) return u;
		const num = (v) => {
			const a = Math.abs(v);
			// four significant digits under 1: "0.0412", "0.3333" for a third;
			// money to four decimals, as an exchange rate or "3.2p" (£0.032) has them
			const t = formatNumber(a, a < 1 && a > 0 && s.kind !== 'money' ? Math.min(6, 3 - Math.floor(Math.log10(a))) : s.kind === 'money' ? 4 : 2);
			return s.kind === 'money' && /\.\d$/.test(t) ? t + '0' : t; // cents: "3.10"
		};
		// a range writes its unit once, at its end: "10 to 14 days"
		const f = (v, bare) => /^[A-Za-z]+$/.test(c) ? (v < 0 ? '−' : '') + num(v) + ' ' + c :
			(v < 0 ? '−' : '') + c + num(v) + (u ? bare ? '' : ' ' + u : s.kind === 'percent' ? '%' : '');
		// Money whose currency the engine cannot tell (cents beside dollars
		// and euros) says so, rather than pass for a plain number.
		return (s.valueTo === null ? f(s.value) : f(s.value, 1) + ' to ' + f(s.valueTo)) + (s.kind === 'money' && !c ? ' (currency unclear)' : '');
	}

	function renderNumbers() {
		const rows = [];
		let more = 0;
		for (const s of state.doc.spans) {
			if (!VALUE_KINDS.has(s.kind)) continue;
			if (rows.length >= LIST_LIMIT) { more++; continue; }
			const tr = document.createElement('tr');
			tr.tabIndex = rows.length ? -1 : 0;
			tr.dataset.start = s.start;
			tr.dataset.end = s.end;
			for (const v of [clip(sliceOf(s), 60), s.kind, formatValue(s)]) {
				const td = document.createElement('td');
				td.textContent = v;
				tr.append(td);
			}
			// A figure of one word ("112", "-4", "£18.6m") says nothing
			// of what it counts: a few words around it, from its sentence,
			// go beside it (drawn by the style sheet, so that the cell's
			// text stays the figure).
			const se = !/\s/.test(sliceOf(s)) && sentenceAt(s.start);
			if (se) {
				const t = state.doc.text;
				let a = t.slice(Math.max(se.start, s.start - 24), s.start), z = t.slice(s.end, Math.min(se.end, s.end + 24));
				if (s.start - 24 > se.start) a = '…' + a.replace(/^\S*\s+/, '');
				if (s.end + 24 < se.end) z = z.replace(/\s+\S*$/, '') + '…';
				tr.cells[0].dataset.before = a.replace(/\s+/g, ' ').trimStart();
				tr.cells[0].dataset.after = z.replace(/\s+/g, ' ').trimEnd();
			}
			rows.push(tr);
		}
		if (!rows.length || more) {
			const tr = document.createElement('tr');
			const td = note('td', more ? moreRows(more) : 'No numbers found.');
			td.colSpan = 3;
			tr.append(td);
			rows.push(tr);
		}
		ui.numbers.replaceChildren(...rows);
	}

	// Tabs: arrow keys move between them, as the ARIA pattern has it.
	const tabs = [...document.querySelectorAll('[role="tab"]')];
	function showTab(name) {
		for (const t of tabs) {
			const on = t.id === 'tab-' + name;
			t.setAttribute('aria-selected', on ? 'true' : 'false');
			t.tabIndex = on ? 0 : -1;
			$(t.getAttribute('aria-controls')).hidden = !on;
		}
		ui.back.hidden = true; // its row's list may be hidden now
		renderView();
	}
	for (const t of tabs) {
		t.addEventListener('click', () => showTab(t.id.slice(4)));
		t.addEventListener('keydown', (e) => {
			const i = tabs.indexOf(t);
			const j = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : -2;
			if (j === -2) return;
			const next = tabs[(j + tabs.length) % tabs.length];
			showTab(next.id.slice(4));
			next.focus();
		});
	}

	function status() {
		const d = state.doc;
		if (!state.engine) return;
		if (!d || !d.text.trim()) {
			ui.status.textContent = state.forgotten ? 'Saved text forgotten. Nothing of it is kept in this browser.' : 'Ready. Paste an article or load the sample.';
			return;
		}
		if (d.partial) {
			analyzing();
			return;
		}
		const count = (n, what) => formatNumber(n) + ' ' + what + (n === 1 ? '' : 's');
		ui.status.textContent = count(d.words, 'word') + ' · ' + count(d.sentences.length, 'sentence') + ' · ' +
			count(d.sentences.filter(isClaim).length, 'claim') + ' · analyzed in ' + d.ms.toFixed(1) + ' ms' +
			(state.unsaved ? ' · too long to keep in this browser: a reload will not bring it back' : '');
	}

	function showNotice(msg) {
		ui.notice.textContent = msg;
		ui.notice.hidden = false;
	}
	function hideNotice() { ui.notice.hidden = true; }

	// ---- Tooltip: hover or caret on a highlight says why ----

	function showTipFor(off, x, y) {
		const d = state.doc;
		if (!d || off < 0 || state.version !== d.version0) { hideTip(); return; }
		const s = spanAt(off);
		if (!s) { hideTip(); return; }
		const se = sentenceAt(s.start);
		const b = document.createElement('b');
		b.textContent = s.kind[0].toUpperCase() + s.kind.slice(1).replace('_', ' '); // "Scare quote", as the legend has it
		const q = document.createElement('q');
		q.textContent = clip(sliceOf(s), 120);
		const help = document.createElement('p');
		help.textContent = KIND_HELP[s.kind] || '';
		const parts = [b, ' ', q, help];
		if (VALUE_KINDS.has(s.kind) && s.value !== null) {
			const v = document.createElement('p');
			v.textContent = 'Value: ' + formatValue(s);
			parts.push(v);
		}
		// Whose words: a speaker's, or those of the speaker a cue introduces
		// (the speaker's Link is its cue), "she → Rhiannon Gale" if resolved
		// (a label "GUEST" names Guest, "Mr Kieran Doyle" Kieran Doyle: no arrow).
		const sp = s.kind === 'speaker' ? s : s.kind === 'cue' && d.spans.slice(Math.max(0, s.index - 64), s.index + 64).find((x) => x.link === s.index && x.kind === 'speaker');
		if (sp) {
			const l = document.createElement('p');
			l.textContent = 'Speaker: ' + (sp.name && !sliceOf(sp).toLowerCase().endsWith(sp.name.toLowerCase()) ? clip(sliceOf(sp), 40) + ' → ' : '') + whoIs(sp);
			parts.push(l);
		}
		if (s.kind === 'quote' && d.spans[s.link]) {
			const to = d.spans[s.link];
			const l = document.createElement('p');
			l.textContent = 'Said by: ' + clip(to.name || sliceOf(to), 80);
			parts.push(l);
		}
		if (se) {
			const p = document.createElement('p');
			p.textContent = 'Sentence score ' + se.score.toFixed(2) + (isClaim(se) ? ', worth checking' : ', below the threshold') +
				(se.reasons.length ? ': ' + se.reasons.join('; ') : '.');
			parts.push(p);
		}
		ui.tip.replaceChildren(...parts);
		ui.tip.hidden = false;
		const w = ui.tip.offsetWidth, h = ui.tip.offsetHeight;
		ui.tip.style.left = Math.max(4, Math.min(innerWidth - w - 4, x + 12)) + 'px';
		ui.tip.style.top = (y + 18 + h > innerHeight ? y - h - 12 : y + 18) + 'px';
	}
	function hideTip() { if (!ui.tip.hidden) ui.tip.hidden = true; } // set again, though unchanged, it would ask for a style recalculation

	function caretAt(x, y) {
		if (document.caretPositionFromPoint) {
			const p = document.caretPositionFromPoint(x, y);
			return p && [p.offsetNode, p.offset];
		}
		const r = document.caretRangeFromPoint && document.caretRangeFromPoint(x, y);
		return r && [r.startContainer, r.startOffset];
	}

	let hoverFrame = 0;
	editor.addEventListener('mousemove', (e) => {
		if (hoverFrame) return;
		hoverFrame = requestAnimationFrame(() => {
			hoverFrame = 0;
			const d = state.doc;
			if (!d) return;
			if (state.version !== d.version0) { hideTip(); return; } // the highlights are of an older text
			const c = caretAt(e.clientX, e.clientY);
			if (!c) { hideTip(); return; }
			// Only over the text itself: the character's box must hold the pointer.
			let off = positionOf(d.segs, c[0], c[1]);
			if (off >= 0 && c[0].nodeType === 3) {
				const r = document.createRange();
				const o = Math.min(c[1], c[0].data.length - 1);
				if (o >= 0) {
					r.setStart(c[0], o);
					r.setEnd(c[0], o + 1);
					const box = r.getBoundingClientRect();
					if (e.clientX < box.left - 2 || e.clientX > box.right + 2 || e.clientY < box.top - 2 || e.clientY > box.bottom + 2) {
						const r2 = document.createRange();
						if (o > 0) {
							r2.setStart(c[0], o - 1);
							r2.setEnd(c[0], o);
							const b2 = r2.getBoundingClientRect();
							if (e.clientX >= b2.left - 2 && e.clientX <= b2.right + 2 && e.clientY >= b2.top - 2 && e.clientY <= b2.bottom + 2) off -= 1;
							else off = -1;
						} else off = -1;
					}
				}
			}
			showTipFor(off, e.clientX, e.clientY);
		});
	});
	editor.addEventListener('mouseleave', hideTip);
	editor.addEventListener('blur', hideTip);
	document.addEventListener('selectionchange', () => {
		const d = state.doc;
		if (!d || document.activeElement !== editor) return;
		if (state.version !== d.version0) { hideTip(); return; } // no layout while the text is new
		const sel = getSelection();
		// The caret the page placed, tested before isCollapsed, which lays the text out.
		if (!sel.rangeCount || placed && sel.anchorNode === placed[0] && sel.anchorOffset === placed[1] || !sel.isCollapsed) { hideTip(); return; }
		placed = null;
		const off = positionOf(d.segs, sel.anchorNode, sel.anchorOffset);
		const rect = sel.getRangeAt(0).getBoundingClientRect();
		showTipFor(off, rect.left, rect.top || rect.bottom);
	});

	// ---- Export ----

	function exportDoc() {
		const d = state.doc;
		return {
			tool: 'claimlight', version: state.engine.version, offsets: 'utf-16', threshold: state.threshold,
			words: d.words, ...(d.notEnglish && {notEnglish: true}),
			sentences: d.sentences.map((s) => ({
				index: s.index, start: s.start, end: s.end, text: sliceOf(s), score: +s.score.toFixed(4),
				checkWorthy: isClaim(s), modelCheckWorthy: s.checkWorthy, role: s.role, paragraph: s.para, types: s.types, reasons: s.reasons,
				speaker: s.speaker, // the index in spans of the speaker whose words it gives, or -1
			})),
			spans: d.spans.map((s) => ({start: s.start, end: s.end, kind: s.kind, text: sliceOf(s), link: s.link, value: s.value, ...(s.valueTo !== null && {valueTo: s.valueTo}), ...(s.name && {name: s.name}), ...(s.currency && {currency: s.currency}), ...(s.unit && {unit: s.unit})})),
		};
	}

	function toMarkdown() {
		const lines = ['# Claims to check', ''];
		for (const s of claimList()) {
			lines.push('- [ ] ' + clip(claimText(s), 100000).replace(/([\\`*_[\]])/g, '\\$1') + ' — score ' + s.score.toFixed(2) + (s.types.length ? ' (' + s.types.join(', ') + ')' : ''));
			for (const r of s.reasons) lines.push('  - ' + r.replace(/([\\`*_[\]])/g, '\\$1'));
		}
		if (lines.length === 2) lines.push('_No sentence reaches the threshold._');
		return lines.join('\n') + '\n';
	}

	function csvCell(v) {
		let s = String(v);
		// never a formula in a spreadsheet; a number is none, and stays one ("-4")
		if (typeof v !== 'number' && /^[=+\-@\t\r]/.test(s)) s = "'" + s;
		return /[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
	}

	function toCSV() {
		const d = state.doc;
		const rows = [['index', 'start', 'end', 'score', 'check_worthy', 'types', 'role', 'speaker', 'text', 'reasons']];
		for (const s of d.sentences) {
			// who the sentence's words are attributed to: the name the engine resolved, else the speaker's own words ("a spokesperson")
			const sp = s.speaker >= 0 ? d.spans[s.speaker] : null;
			rows.push([s.index, s.start, s.end, s.score.toFixed(4), isClaim(s) ? 'yes' : 'no', s.types.join(' '), s.role, sp ? sp.name || sliceOf(sp) : '', sliceOf(s), s.reasons.join('; ')]);
		}
		return csvOf(rows);
	}

	// numbersCSV is the numbers view as a spreadsheet: every quantity, sum
	// and percentage, its value, currency and unit, and its sentence.
	function numbersCSV() {
		const rows = [['start', 'end', 'kind', 'text', 'value', 'value_to', 'currency', 'unit', 'sentence', 'sentence_text']];
		for (const s of state.doc.spans) {
			if (!VALUE_KINDS.has(s.kind)) continue;
			const st = sentenceAt(s.start);
			rows.push([s.start, s.end, s.kind, sliceOf(s), s.value ?? '', s.valueTo ?? '', s.currency || '', s.unit || '', st ? st.index : '', st ? sliceOf(st) : '']);
		}
		return csvOf(rows);
	}

	const csvOf = (rows) => rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';

	function download(name, type, body) {
		const url = URL.createObjectURL(new Blob([body], {type}));
		const a = document.createElement('a');
		a.href = url;
		a.download = name;
		document.body.append(a);
		a.click();
		a.remove();
		setTimeout(() => URL.revokeObjectURL(url), 60000);
	}

	function exportMsg(m) {
		ui.exportMsg.textContent = m;
		setTimeout(() => { if (ui.exportMsg.textContent === m) ui.exportMsg.textContent = ''; }, 4000);
	}

	function needDoc() {
		if (state.doc && state.engine && !state.doc.partial) return true;
		exportMsg(state.doc ? 'Still analyzing: try again in a moment.' : 'Nothing analyzed yet.');
		return false;
	}

	$('copy-md').addEventListener('click', async () => {
		if (!needDoc()) return;
		const md = toMarkdown();
		try {
			await navigator.clipboard.writeText(md);
			exportMsg('Checklist copied.');
		} catch {
			const ta = document.createElement('textarea');
			ta.value = md;
			document.body.append(ta);
			ta.select();
			const ok = document.execCommand('copy');
			ta.remove();
			exportMsg(ok ? 'Checklist copied.' : 'Copy failed: your browser blocked it.');
		}
	});
	$('dl-json').addEventListener('click', () => {
		if (needDoc()) download('claimlight.json', 'application/json', JSON.stringify(exportDoc(), null, 2));
	});
	// A CSV starts with the byte order mark, without which Excel reads it
	// as Windows-1252 ("Â£5,724").
	const downloadCSV = (name, csv) => download(name, 'text/csv;charset=utf-8', '\ufeff' + csv);
	$('dl-csv').addEventListener('click', () => {
		if (needDoc()) downloadCSV('claimlight.csv', toCSV());
	});
	$('dl-numbers').addEventListener('click', () => {
		if (needDoc()) downloadCSV('claimlight-numbers.csv', numbersCSV());
	});

	// ---- Saved text ----

	let saveTimer = 0;
	function saveSoon() {
		clearTimeout(saveTimer);
		saveTimer = setTimeout(() => {
			let kept = true;
			try {
				const text = editor.textContent ? readEditor().text : '';
				if (text) localStorage.setItem(STORE_KEY, text); else localStorage.removeItem(STORE_KEY);
			} catch {
				// Too long for this browser's storage, or storage is off. An
				// older copy must not come back on reload as if it were this text.
				kept = false;
				try { localStorage.removeItem(STORE_KEY); } catch { /* storage off */ }
			}
			if (state.unsaved !== !kept) {
				state.unsaved = !kept;
				status();
			}
		}, 400);
	}

	$('forget').addEventListener('click', () => {
		clearTimeout(saveTimer);
		try { localStorage.removeItem(STORE_KEY); } catch { /* storage off */ }
		if (held) clearTimeout(held.timer);
		held = null; // a paste not shown yet is forgotten too
		editor.textContent = '';
		undoStep = null; // forgotten means no copy kept, not even for undo
		clearResults();
		state.forgotten = true; // said by status until there is text again
		onEdit(0);
		clearTimeout(saveTimer);
		status();
	});
	$('clear').addEventListener('click', () => {
		editor.focus();
		replaceText('', 0);
		clearResults();
	});
	$('sample').addEventListener('click', () => {
		state.pasteAt = performance.now();
		state.first = firstChars();
		setText($('cl-sample').textContent.replace(/^\s+/, ''));
	});

	function clearResults() {
		if (HL) for (const k of [...CSS.highlights.keys()]) if (k.startsWith('cl-')) CSS.highlights.delete(k);
		hideTip();
	}

	// ---- Start ----

	// Test and benchmark hooks: harmless, they only reach this page's own worker.
	globalThis.claimlightPage = {
		stats: state.stats,
		crashWorker() { if (worker) worker.postMessage({crash: true}); },
		// hangWorker makes the next analysis never answer, with a timeout of ms.
		hangWorker(ms) { test.hangNext = true; test.timeoutMs = ms; },
		paste(text) { editor.focus(); insertPlain(text); },
		// holdFor sets how long a long paste's text may wait for its
		// analysis (HOLD_MS when 0); below 0 the text goes in at once.
		holdFor(ms) { test.holdMs = ms; },
	};

	let restored = '';
	try { restored = localStorage.getItem(STORE_KEY) || ''; } catch { /* storage off */ }
	if (restored) {
		state.first = firstChars();
		fillEditor(restored);
	}
	startWorker();
})();
