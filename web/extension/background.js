// claimlight extension service worker (Chrome) or background script
// (Firefox). It owns the engine: the Go program compiled to WebAssembly runs
// here, never in the page, so pages whose Content-Security-Policy forbids
// WebAssembly work the same as any other, and the page cannot reach the
// extension's files. It injects content.js on demand (activeTab + scripting)
// and moves text in and results out. Nothing leaves the machine: there is no
// network code and no host permission.
"use strict";

// Chrome's service worker loads the Go runtime shim here; Firefox lists it in
// background.scripts before this file.
if (typeof importScripts === "function" && typeof Go === "undefined") {
  importScripts("wasm_exec.js");
}

const STRIDE_SENTENCE = 5; // start, end, paragraph, flags, type bits
const STRIDE_SPAN = 4; // start, end, kind, link
const FLAG_ROLE = 0xff;
const FLAG_CHECK_WORTHY = 1 << 8;
const SEP_SENTENCE = "\x1e";
const SEP_REASON = "\x1f";

let enginePromise = null;

// engine starts the Go program once per worker lifetime and resolves to
// globalThis.claimlight.
function engine() {
  if (!enginePromise) {
    enginePromise = (async () => {
      const go = new Go();
      const url = chrome.runtime.getURL("claimlight.wasm");
      let instance;
      try {
        ({ instance } = await WebAssembly.instantiateStreaming(fetch(url), go.importObject));
      } catch (e) {
        const bytes = await (await fetch(url)).arrayBuffer();
        ({ instance } = await WebAssembly.instantiate(bytes, go.importObject));
      }
      go.run(instance); // runs until main blocks, having set globalThis.claimlight
      if (!globalThis.claimlight) throw new Error("claimlight: the engine did not start");
      return globalThis.claimlight;
    })();
    enginePromise.catch(() => { enginePromise = null; });
  }
  return enginePromise;
}

// analyze runs the engine on text and decodes its flat arrays into the
// plain objects the content script paints (a few hundred per article).
async function analyze(text) {
  const api = await engine();
  const r = await api.analyze(new TextEncoder().encode(text));
  const reasons = r.reasons.split(SEP_SENTENCE);
  const sentences = [];
  for (let i = 0; i * STRIDE_SENTENCE < r.sentences.length; i++) {
    const o = i * STRIDE_SENTENCE;
    const flags = r.sentences[o + 3], bits = r.sentences[o + 4];
    const types = [];
    api.types.forEach((name, b) => { if (bits & (1 << b)) types.push(name); });
    sentences.push({
      start: r.sentences[o],
      end: r.sentences[o + 1],
      role: api.roles[flags & FLAG_ROLE] || "unknown",
      worthy: (flags & FLAG_CHECK_WORTHY) !== 0,
      score: r.scores[i],
      types,
      reasons: reasons[i] ? reasons[i].split(SEP_REASON) : [],
    });
  }
  const spans = [];
  for (let o = 0; o < r.spans.length; o += STRIDE_SPAN) {
    spans.push({ start: r.spans[o], end: r.spans[o + 1], kind: api.kinds[r.spans[o + 2]] || "unknown", link: r.spans[o + 3] });
  }
  const threshold = typeof api.threshold === "number" ? api.threshold : null;
  return { version: r.version, length: r.length, kinds: [...api.kinds], threshold, sentences, spans, notEnglish: !!r.notEnglish };
}

// css returns the highlight stylesheets the build made from the page's
// palette: one for light pages, one for dark ones.
let highlightCSS = null;
async function css() {
  if (highlightCSS === null) {
    const get = async (name) => (await fetch(chrome.runtime.getURL(name))).text();
    highlightCSS = { light: await get("highlight.css"), dark: await get("highlight-dark.css") };
  }
  return highlightCSS;
}

async function settings() {
  // Names are context, not claims: off until the person turns them on, as
  // in the page's legend.
  const s = await chrome.storage.local.get({ threshold: null, off: ["person", "org", "place"] });
  return { threshold: typeof s.threshold === "number" ? s.threshold : null, off: Array.isArray(s.off) ? s.off : [] };
}

// call runs fn(...args) in the tab's content script world, after making sure
// content.js is there, and returns its result.
async function call(tabId, fn, ...args) {
  const [probe] = await chrome.scripting.executeScript({ target: { tabId }, func: () => !!globalThis.__claimlight });
  if (!probe || !probe.result) {
    await chrome.scripting.executeScript({ target: { tabId }, files: ["content.js"] });
  }
  const [res] = await chrome.scripting.executeScript({ target: { tabId }, func: fn, args });
  if (!res) throw new Error("claimlight: no result from the page");
  return res.result;
}

async function badge(tabId, summary) {
  const text = summary ? String(summary.claims.length) : "";
  await chrome.action.setBadgeText({ tabId, text });
  if (summary) await chrome.action.setBadgeBackgroundColor({ tabId, color: "#8a5a00" });
}

// highlightTab analyzes the tab's article (or its selection) and paints the
// claims. It is what the popup, the context menu and the keyboard shortcut
// call. It resolves to the page's summary.
async function highlightTab(tabId, opts = {}) {
  const t0 = performance.now();
  const collected = await call(tabId, (o) => globalThis.__claimlight.collect(o), { selection: !!opts.selection });
  const t1 = performance.now();
  const cold = !enginePromise;
  await engine();
  const t2 = performance.now();
  const result = await analyze(collected.text);
  const t3 = performance.now();
  result.source = collected.source;
  const summary = await call(tabId, (r, s, c) => globalThis.__claimlight.paint(r, s, c), result, await settings(), await css());
  await badge(tabId, summary);
  // Milliseconds spent, for the popup's footer and the tests' log.
  summary.ms = {
    collect: t1 - t0, engineStart: cold ? t2 - t1 : 0, analyze: t3 - t2,
    paint: performance.now() - t3, total: performance.now() - t0, chars: collected.text.length,
  };
  lastTimings.set(tabId, summary.ms);
  return summary;
}

const lastTimings = new Map(); // tab id -> the ms of its last highlightTab

async function clearTab(tabId) {
  const cleared = await call(tabId, () => globalThis.__claimlight.clear());
  await badge(tabId, null);
  return cleared;
}

// toggleTab highlights a tab that has no highlights and clears one that has:
// a second activation clears everything.
async function toggleTab(tabId) {
  const active = await call(tabId, () => globalThis.__claimlight.active());
  if (active) {
    await clearTab(tabId);
    return null;
  }
  return highlightTab(tabId);
}

// ensureTab highlights a tab unless it already is, and returns its summary.
// fresh is true when this call did the highlighting.
async function ensureTab(tabId) {
  const s = await call(tabId, () => globalThis.__claimlight.summary());
  if (s) return { ...s, ms: lastTimings.get(tabId) || null, fresh: false };
  return { ...(await highlightTab(tabId)), fresh: true };
}

async function updateTab(tabId, newSettings) {
  await chrome.storage.local.set(newSettings);
  const s = await call(tabId, (st) => globalThis.__claimlight.update(st), await settings());
  await badge(tabId, s);
  return s;
}

function report(tabId, err) {
  console.warn("claimlight:", err && err.message ? err.message : err);
  if (tabId !== undefined) {
    chrome.action.setBadgeText({ tabId, text: "!" }).catch(() => {});
    chrome.action.setTitle({ tabId, title: "claimlight cannot read this page: " + (err && err.message ? err.message : err) }).catch(() => {});
  }
}

chrome.runtime.onInstalled.addListener(() => {
  chrome.contextMenus.removeAll(() => {
    chrome.contextMenus.create({ id: "claimlight-page", title: "Highlight claims on this page", contexts: ["page"] });
    chrome.contextMenus.create({ id: "claimlight-selection", title: "Highlight claims in the selection", contexts: ["selection"] });
  });
});

chrome.contextMenus.onClicked.addListener((info, tab) => {
  if (!tab || tab.id === undefined) return;
  const job = info.menuItemId === "claimlight-selection" ? highlightTab(tab.id, { selection: true }) : toggleTab(tab.id);
  job.catch((e) => report(tab.id, e));
});

chrome.commands.onCommand.addListener((command, tab) => {
  if (command !== "toggle-highlights" || !tab || tab.id === undefined) return;
  toggleTab(tab.id).catch((e) => report(tab.id, e));
});

// The popup talks to the worker so the engine lives in one place.
chrome.runtime.onMessage.addListener((msg, sender, reply) => {
  if (sender.id !== chrome.runtime.id || !msg || typeof msg.op !== "string") return false;
  const ops = {
    ensure: () => ensureTab(msg.tabId),
    highlight: () => highlightTab(msg.tabId, { selection: !!msg.selection }),
    clear: () => clearTab(msg.tabId),
    update: () => updateTab(msg.tabId, msg.settings),
    focus: () => call(msg.tabId, (i) => globalThis.__claimlight.focus(i), msg.index),
  };
  const op = ops[msg.op];
  if (!op) return false;
  op().then((value) => reply({ ok: true, value }), (e) => reply({ ok: false, error: String(e && e.message ? e.message : e) }));
  return true; // reply comes later
});

// Exposed for the end-to-end tests, which call the same functions the
// triggers do from the worker's console.
Object.assign(globalThis, { highlightTab, clearTab, toggleTab, ensureTab, updateTab, analyze });
