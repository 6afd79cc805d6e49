// claimlight content script: injected on demand (chrome.scripting, activeTab)
// into the top frame of the tab the person asked about. It never changes the
// page's DOM: it reads text nodes, paints with the CSS Custom Highlight API
// and an adopted stylesheet, and shows a tooltip only while the pointer rests
// on a highlighted claim. The engine itself runs in the extension's service
// worker (background.js); this file holds no language logic, only the
// mapping between one flat string and the page's text nodes.
//
// The service worker drives it through globalThis.__claimlight:
//   collect({selection})    -> {text, source} | {error}
//   paint(result, settings, css) -> summary
//   update(settings)        -> summary
//   summary()               -> summary | null when nothing is painted
//   focus(i)                scrolls to claim i and flashes it
//   clear()                 removes every trace
(() => {
  "use strict";
  if (globalThis.__claimlight) return;

  const PREFIX = "cl-";
  // Elements whose text is never part of an article.
  const SKIP_TAGS = new Set([
    "SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "NAV", "ASIDE", "FOOTER", "FORM",
    "BUTTON", "SELECT", "TEXTAREA", "INPUT", "OPTION", "LABEL", "IFRAME", "FRAME",
    "SVG", "CANVAS", "VIDEO", "AUDIO", "OBJECT", "EMBED", "MATH", "DIALOG", "HEAD",
    "MENU", "SEARCH",
  ]);
  const SKIP_ROLES = new Set([
    "navigation", "complementary", "contentinfo", "banner", "search", "form",
    "dialog", "alertdialog", "menu", "menubar", "toolbar", "tablist", "button",
  ]);
  // Words in ids and class names. Strong ones (comment sections, ads) always
  // leave an element out; weak ones (page furniture) only when it holds
  // less than half the article's text, so a story wrapped in
  // class="story share-tools" is still read. Tokens that state a flag
  // ("has-comments", "with-sidebar", "no-ads") say nothing.
  const STRONG_NOISE = /^(?:.*[-_])?(?:comments?|comment[-_]?(?:list|section|thread)s?|disqus|discussion|replies|responses|ads?|advert\w*|advertisement|sponsor(?:ed)?|outbrain|taboola|cookie\w*)(?:[-_].*)?$/i;
  const WEAK_NOISE = /^(?:.*[-_])?(?:related|social|share|sharing|sidebar|subscribe|newsletter|promo\w*|paywall|recirc\w*|more[-_]stories)(?:[-_].*)?$/i;
  const FLAG_TOKEN = /^(?:has|with|no|is|show|hide|enable|enabled|can)[-_]/i;
  // Candidates for the article, best first.
  const ARTICLE_SELECTORS = ["[itemprop=articleBody]", "article", "main", "[role=main]"];

  let state = null; // what is painted now

  // noise returns 2 for an element whose id or class names a strong noise
  // word, 1 for a weak one, else 0.
  function noise(el) {
    const cls = typeof el.className === "string" ? el.className : (el.getAttribute("class") || "");
    let level = 0;
    for (const tok of [el.id || "", ...cls.split(/\s+/)]) {
      if (!tok || FLAG_TOKEN.test(tok)) continue;
      if (STRONG_NOISE.test(tok)) return 2;
      if (WEAK_NOISE.test(tok)) level = 1;
    }
    return level;
  }

  // skipped reports whether el and everything in it stays out of the text.
  // rootLen is the length of the article's text; without it (when looking
  // at the ancestors of a candidate) weak noise words are ignored. With
  // keepNoise (a selection the person made) no noise word counts.
  function skipped(el, rootLen, keepNoise) {
    if (SKIP_TAGS.has(el.tagName.toUpperCase())) return true;
    if (el.hidden || el.getAttribute("aria-hidden") === "true" || el.inert) return true;
    const role = el.getAttribute("role");
    if (role && SKIP_ROLES.has(role)) return true;
    // A header inside the article (headline, standfirst) is kept; a site
    // header with navigation is not.
    if (el.tagName === "HEADER" && (el.querySelector("nav") || !el.closest("article,main,[role=main]"))) return true;
    const n = keepNoise ? 0 : noise(el);
    if (n === 2 || (n === 1 && rootLen && textLength(el) < rootLen / 2)) return true;
    const cs = getComputedStyle(el);
    if (cs.display === "none" || cs.visibility === "hidden" || cs.visibility === "collapse") return true;
    if (cs.display !== "contents" && typeof el.checkVisibility === "function" && !el.checkVisibility()) return true;
    return false;
  }

  // breakOf is the break an element puts around its text, as the browser's
  // own copy does: a tab between a table's cells, a line between its rows
  // and between a list's items, a blank line around other blocks, but a
  // space around a block inside a table's cell (<td><p>£1.4m</p>, as word
  // processors write them), so that the row stays one line (BREAKS[n]);
  // 0 for inline elements.
  const BREAKS = ["", " ", "\t", "\n", "\n\n"];
  function breakOf(el) {
    const d = getComputedStyle(el).display;
    if (d === "table-cell") return 2;
    if (d === "list-item" || (d.startsWith("table-") && !d.startsWith("table-column"))) return 3; // rows, their groups, the caption
    if (d.startsWith("inline") || d === "contents" || d === "ruby" || d.startsWith("ruby-")) return 0;
    return el.parentElement && el.parentElement.closest("td, th") ? 1 : 4;
  }

  function textLength(el) {
    return (el.innerText || "").replace(/\s+/g, " ").trim().length;
  }

  // findArticle picks the element that holds the article: a semantic
  // container when the page has one with enough text, else the element whose
  // paragraphs hold the most text (text density), else the body.
  function findArticle() {
    for (const sel of ARTICLE_SELECTORS) {
      let best = null, bestLen = 0;
      for (const el of document.querySelectorAll(sel)) {
        if (hiddenOrNoisy(el)) continue;
        const n = textLength(el);
        if (n > bestLen) { best = el; bestLen = n; }
      }
      if (best && bestLen >= 200) return { root: best, source: sel };
    }
    // Text density: credit each block's parent with the text of its
    // paragraphs, and take the parent with the most.
    const score = new Map();
    for (const p of document.body.querySelectorAll("p, pre, blockquote, li, h2, h3")) {
      if (hiddenOrNoisy(p)) continue;
      const n = textLength(p);
      if (n < 25) continue;
      const parent = p.parentElement;
      if (!parent) continue;
      score.set(parent, (score.get(parent) || 0) + n);
      const grand = parent.parentElement;
      if (grand) score.set(grand, (score.get(grand) || 0) + n / 2);
    }
    let best = null, bestScore = 0;
    for (const [el, s] of score) {
      if (s > bestScore) { best = el; bestScore = s; }
    }
    // Widen to the parent while the parent adds little beyond it (a
    // headline above the paragraphs, say), but not a second column.
    while (best && best.parentElement && best.parentElement !== document.documentElement &&
      !hiddenOrNoisy(best.parentElement) && textLength(best.parentElement) <= 1.25 * textLength(best)) {
      best = best.parentElement;
    }
    if (best) return { root: best, source: "density" };
    return { root: document.body, source: "body" };
  }

  // hiddenOrNoisy reports whether el or one of its ancestors is left out.
  function hiddenOrNoisy(el) {
    for (let e = el; e && e !== document.documentElement; e = e.parentElement) {
      if (skipped(e, 0)) return true;
    }
    return false;
  }

  // Builder collects text nodes into one string. Each text node contributes
  // its characters one for one (tabs and newlines become spaces, so offsets
  // inside a node map without a table); blocks are separated by "\n\n",
  // a table's rows and <br> by "\n" and its cells by "\t", which belong to
  // no node. A segment whose text does not
  // follow the previous one directly in the page (a break, or skipped
  // content such as an ad between them) is marked gapBefore, and ranges are
  // split there so they never paint what was skipped.
  class Builder {
    constructor(range) {
      this.parts = [];
      this.segs = []; // {node, nodeStart, textStart, len, gapBefore}
      this.len = 0;
      this.pending = 0; // break owed before the next text: an index of BREAKS
      this.gap = true;
      this.range = range || null; // clip to this Range (selection mode)
      this.rootLen = 0; // the root's text length, for weak noise words
      this.keepNoise = !!range; // a selection is read as it is
    }
    brk(n) { if (n > this.pending) this.pending = n; if (n > 2) this.gap = true; } // a row's cells paint as one range
    text(node) {
      let s = node.data, from = 0, to = s.length;
      if (this.range) {
        if (!this.range.intersectsNode(node)) return;
        if (node === this.range.startContainer) from = this.range.startOffset;
        if (node === this.range.endContainer) to = this.range.endOffset;
        s = s.slice(from, to);
      }
      if (!/\S/.test(s) && (this.pending > 0 || this.len === 0)) return;
      if (this.pending > 0 && this.len > 0) {
        const b = BREAKS[this.pending];
        this.parts.push(b);
        this.len += b.length;
      }
      this.pending = 0;
      this.segs.push({ node, nodeStart: from, textStart: this.len, len: s.length, gapBefore: this.gap });
      this.gap = false;
      this.parts.push(s.replace(/[\t\n\r\f\v]/g, " "));
      this.len += s.length;
    }
    walk(el) {
      for (let n = el.firstChild; n; n = n.nextSibling) {
        if (n.nodeType === Node.TEXT_NODE) {
          this.text(n);
        } else if (n.nodeType === Node.ELEMENT_NODE) {
          if (n.tagName === "BR") { this.brk(3); continue; }
          if (skipped(n, this.rootLen, this.keepNoise)) {
            this.brk(breakOf(n));
            this.gap = true;
            continue;
          }
          const br = breakOf(n);
          this.brk(br);
          this.walk(n);
          this.brk(br);
        }
      }
    }
    string() { return this.parts.join(""); }
  }

  // locate turns a UTF-16 offset into the built string into the index of a
  // segment and an offset in its node. A start that falls in a break moves
  // forward to the next text; an end moves back to the previous text.
  function locate(segs, off, isEnd) {
    let lo = 0, hi = segs.length - 1, k;
    if (hi < 0) return null;
    if (isEnd) {
      k = 0; // last seg with textStart < off
      while (lo <= hi) {
        const m = (lo + hi) >> 1;
        if (segs[m].textStart < off) { k = m; lo = m + 1; } else hi = m - 1;
      }
    } else {
      k = segs.length - 1; // first seg whose end is past off
      while (lo <= hi) {
        const m = (lo + hi) >> 1;
        if (segs[m].textStart + segs[m].len > off) { k = m; hi = m - 1; } else lo = m + 1;
      }
    }
    const s = segs[k];
    return { k, offset: s.nodeStart + Math.min(Math.max(off - s.textStart, 0), s.len) };
  }

  // makeRanges returns the DOM Ranges that cover [start, end) of the built
  // string: one, or several where the text has gaps.
  function makeRanges(segs, start, end) {
    const a = locate(segs, start, false), b = locate(segs, end, true);
    if (!a || !b || b.k < a.k) return [];
    const out = [];
    let from = a.k, fromOff = a.offset;
    for (let k = a.k + 1; k <= b.k + 1; k++) {
      if (k <= b.k && !segs[k].gapBefore) continue;
      const last = segs[k - 1];
      const toOff = k - 1 === b.k ? b.offset : last.nodeStart + last.len;
      const r = document.createRange();
      try {
        r.setStart(segs[from].node, fromOff);
        r.setEnd(last.node, toOff);
      } catch (e) {
        return out; // the page changed under us
      }
      if (!r.collapsed && /\S/.test(r.toString())) out.push(r);
      if (k <= b.k) { from = k; fromOff = segs[k].nodeStart; }
    }
    return out;
  }

  let pendingCollect = null; // Builder between collect and paint

  function collect(opts) {
    let b, source;
    const sel = opts && opts.selection ? window.getSelection() : null;
    if (sel && sel.rangeCount > 0 && !sel.isCollapsed) {
      const range = sel.getRangeAt(0);
      let root = range.commonAncestorContainer;
      if (root.nodeType !== Node.ELEMENT_NODE) root = root.parentNode;
      b = new Builder(range);
      b.rootLen = textLength(root);
      if (range.commonAncestorContainer.nodeType === Node.TEXT_NODE) b.text(range.commonAncestorContainer);
      else b.walk(root);
      source = "selection";
    } else {
      const found = findArticle();
      b = new Builder(null);
      b.rootLen = textLength(found.root);
      b.walk(found.root);
      source = found.source;
    }
    pendingCollect = b;
    return { text: b.string(), source };
  }

  // threshold is the score from which a sentence counts as a claim: the
  // person's choice from the popup, else the model's own.
  function threshold() {
    const t = state.settings.threshold;
    return typeof t === "number" ? t : state.modelThreshold;
  }

  // band names the shading of a sentence, as the page does: "strong" from
  // 0.9 (or the middle of the scale above the threshold, when higher),
  // "claim" from the threshold, else "".
  function band(score) {
    const t = threshold();
    if (score >= Math.max(0.9, t + (1 - t) / 2)) return "strong";
    if (score >= t) return "claim";
    return "";
  }

  // darkPage reports whether the page paints light text on a dark ground,
  // judged from the computed colours of the article's first text.
  function darkPage(segs) {
    const el = (segs.length && segs[0].node.parentElement) || document.body;
    const m = getComputedStyle(el).color.match(/[\d.]+/g);
    if (!m) return false;
    const [r, g, b] = m.map(Number);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b > 140;
  }

  function paint(result, settings, css) {
    const b = pendingCollect;
    pendingCollect = null;
    if (!b) throw new Error("claimlight: paint without collect");
    clear();
    const sentences = result.sentences.map((s, i) => ({ ...s, i, ranges: makeRanges(b.segs, s.start, s.end) }));
    const spans = result.spans.map((s) => ({ ...s, ranges: makeRanges(b.segs, s.start, s.end) }));
    // Which sentence holds each span (both are sorted by start).
    let k = 0;
    for (const sp of spans) {
      while (k < sentences.length && sentences[k].end <= sp.start) k++;
      sp.sentence = k < sentences.length && sentences[k].start <= sp.start ? k : -1;
    }
    const worthy = sentences.filter((s) => s.worthy);
    const modelThreshold = typeof result.threshold === "number" ? result.threshold
      : worthy.length ? Math.min(...worthy.map((s) => s.score)) : 0.5;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync((css && (darkPage(b.segs) ? css.dark : css.light)) || "");
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    state = {
      text: b.string(), source: result.source, version: result.version, kinds: result.kinds, notEnglish: !!result.notEnglish,
      sentences, spans, sheet, settings: settings || {}, modelThreshold, names: new Set(), tip: null,
    };
    document.addEventListener("mousemove", onMove, { passive: true, capture: true });
    window.addEventListener("scroll", hideTip, { passive: true, capture: true });
    register();
    return summary();
  }

  // register (re)builds the page's highlights from state and settings:
  // sentence bands at the lowest priority, then one highlight per kind.
  function register() {
    for (const n of state.names) CSS.highlights.delete(n);
    state.names.clear();
    const off = new Set(state.settings.off || []);
    const groups = new Map();
    const add = (name, ranges, priority) => {
      if (!ranges.length) return;
      let h = groups.get(name);
      if (!h) { h = new Highlight(); h.priority = priority; groups.set(name, h); }
      for (const r of ranges) h.add(r);
    };
    for (const s of state.sentences) {
      s.band = band(s.score);
      if (s.band && !off.has("claim")) add(PREFIX + "band-" + s.band, s.ranges, 0);
    }
    for (const sp of state.spans) {
      if (!off.has(sp.kind)) add(PREFIX + sp.kind, sp.ranges, 1);
    }
    for (const [name, h] of groups) {
      CSS.highlights.set(name, h);
      state.names.add(name);
    }
  }

  function update(settings) {
    if (!state) return null;
    state.settings = settings || {};
    register();
    hideTip();
    return summary();
  }

  function clip(s, n) {
    s = s.replace(/\s+/g, " ").trim();
    return s.length > n ? s.slice(0, n - 1) + "…" : s;
  }

  function summary() {
    if (!state) return null;
    const counts = {};
    for (const k of state.kinds) counts[k] = 0;
    for (const sp of state.spans) counts[sp.kind] = (counts[sp.kind] || 0) + 1;
    const claims = state.sentences
      .filter((s) => s.band)
      .sort((a, b) => b.score - a.score)
      .map((s) => ({ i: s.i, score: s.score, band: s.band, types: s.types, reasons: s.reasons, text: clip(state.text.slice(s.start, s.end), 180) }));
    return {
      source: state.source,
      version: state.version,
      notEnglish: state.notEnglish,
      sentences: state.sentences.length,
      claims,
      counts,
      settings: state.settings,
      threshold: threshold(),
      modelThreshold: state.modelThreshold,
    };
  }

  function focus(i) {
    if (!state) return false;
    const s = state.sentences[i];
    if (!s || !s.ranges.length) return false;
    const el = s.ranges[0].startContainer.parentElement;
    if (el) el.scrollIntoView({ block: "center", behavior: "smooth" });
    const h = new Highlight(...s.ranges);
    h.priority = 2;
    CSS.highlights.set(PREFIX + "focus", h);
    state.names.add(PREFIX + "focus");
    setTimeout(() => {
      if (state && CSS.highlights.get(PREFIX + "focus") === h) {
        CSS.highlights.delete(PREFIX + "focus");
        state.names.delete(PREFIX + "focus");
      }
    }, 1600);
    return true;
  }

  // --- the tooltip, shown only while the pointer is on a highlight --------

  let moveQueued = false, lastEvent = null;
  function onMove(e) {
    lastEvent = e;
    if (moveQueued) return;
    moveQueued = true;
    requestAnimationFrame(() => {
      moveQueued = false;
      if (state && lastEvent) hover(lastEvent.clientX, lastEvent.clientY);
    });
  }

  function caretAt(x, y) {
    if (document.caretPositionFromPoint) {
      const p = document.caretPositionFromPoint(x, y);
      return p && { node: p.offsetNode, offset: p.offset };
    }
    const r = document.caretRangeFromPoint && document.caretRangeFromPoint(x, y);
    return r && { node: r.startContainer, offset: r.startOffset };
  }

  // under reports whether the pointer at (x, y), whose caret is c, is on
  // one of ranges.
  function under(ranges, c, x, y) {
    for (const range of ranges) {
      try {
        if (!range.isPointInRange(c.node, c.offset)) continue;
      } catch (e) {
        continue; // a node from another document
      }
      for (const r of range.getClientRects()) {
        if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return true;
      }
    }
    return false;
  }

  function hover(x, y) {
    const c = caretAt(x, y);
    let hit = null;
    if (c && c.node && c.node.nodeType === Node.TEXT_NODE) {
      const off = new Set(state.settings.off || []);
      // A shaded sentence answers anywhere on it; any other only on its
      // underlined spans.
      for (const s of state.sentences) {
        if (s.band && !off.has("claim") && under(s.ranges, c, x, y)) { hit = s; break; }
      }
      if (!hit) {
        for (const sp of state.spans) {
          if (!off.has(sp.kind) && sp.sentence >= 0 && under(sp.ranges, c, x, y)) { hit = state.sentences[sp.sentence]; break; }
        }
      }
    }
    if (!hit) { hideTip(); return; }
    showTip(hit, x, y);
  }

  const TIP_CSS = `
    :host { all: initial; }
    .tip { position: fixed; margin: 0; inset: auto; max-width: 22rem; padding: .55rem .7rem;
      border: 1px solid #8886; border-radius: .45rem; background: #fffdf6; color: #1d1d1f;
      font: 13px/1.4 system-ui, sans-serif; box-shadow: 0 4px 18px #0003; pointer-events: none; }
    .score { font-weight: 600; }
    .types { color: #555; }
    ul { margin: .3rem 0 0; padding-left: 1.1rem; }
    li { margin: .1rem 0; }
    .kind { font-size: 11px; padding: 0 .3em; border-radius: .25em; background: #eee; }
    @media (prefers-color-scheme: dark) { .tip { background: #222326; color: #eee; } .types { color: #bbb; } .kind { background: #444; } }
  `;

  function showTip(s, x, y) {
    if (!state.tip) {
      const host = document.createElement("div");
      host.setAttribute("style", "all: initial !important; position: fixed !important; top: 0 !important; left: 0 !important; z-index: 2147483647 !important;");
      const root = host.attachShadow({ mode: "closed" });
      const style = document.createElement("style");
      style.textContent = TIP_CSS;
      const box = document.createElement("div");
      box.className = "tip";
      box.setAttribute("role", "tooltip");
      root.append(style, box);
      document.documentElement.append(host);
      if (box.showPopover) {
        box.popover = "manual";
        try { box.showPopover(); } catch (e) { /* not connected yet */ }
      }
      state.tip = { host, box, sentence: -1 };
    }
    const tip = state.tip;
    if (tip.sentence !== s.i) {
      tip.sentence = s.i;
      const box = tip.box;
      box.textContent = "";
      const head = document.createElement("div");
      const score = document.createElement("span");
      score.className = "score";
      score.textContent = (s.band ? "Worth checking" : "Below the threshold") + " · score " + s.score.toFixed(2);
      head.append(score);
      if (s.types.length) {
        const types = document.createElement("span");
        types.className = "types";
        types.textContent = " · " + s.types.join(", ");
        head.append(types);
      }
      box.append(head);
      const ul = document.createElement("ul");
      for (const r of s.reasons) {
        const li = document.createElement("li");
        li.textContent = r;
        ul.append(li);
      }
      for (const sp of state.spans) {
        if (sp.sentence !== s.i || (state.settings.off || []).includes(sp.kind)) continue;
        const text = state.text.slice(sp.start, sp.end);
        if (s.reasons.some((r) => r.includes(text))) continue; // a reason already names it
        const li = document.createElement("li");
        const k = document.createElement("span");
        k.className = "kind";
        k.textContent = sp.kind.replace("_", " ");
        li.append(k, " " + clip(text, 60));
        ul.append(li);
      }
      if (ul.childElementCount) box.append(ul);
    }
    const w = tip.box.offsetWidth, h = tip.box.offsetHeight;
    const left = Math.max(4, Math.min(x + 14, innerWidth - w - 4));
    const top = y + 18 + h > innerHeight ? Math.max(4, y - h - 12) : y + 18;
    tip.box.style.left = left + "px";
    tip.box.style.top = top + "px";
  }

  function hideTip() {
    if (state && state.tip) {
      state.tip.host.remove();
      state.tip = null;
    }
  }

  function clear() {
    if (!state) return false;
    hideTip();
    document.removeEventListener("mousemove", onMove, { capture: true });
    window.removeEventListener("scroll", hideTip, { capture: true });
    for (const n of state.names) CSS.highlights.delete(n);
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== state.sheet);
    state = null;
    return true;
  }

  globalThis.__claimlight = {
    collect,
    paint,
    update,
    summary,
    focus,
    clear,
    active: () => state !== null,
    // Test and debugging aid: the text that was analyzed.
    text: () => (state ? state.text : null),
  };
})();
