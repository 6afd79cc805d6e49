// claimlight popup: opening it highlights the current tab (unless it already
// is) and shows what was found; its controls change what is painted. All
// work happens in the service worker and the page; this file only renders.
"use strict";

const $ = (id) => document.getElementById(id);
let tabId = null;
let current = null; // the last summary

function send(msg) {
  return chrome.runtime.sendMessage({ ...msg, tabId }).then((r) => {
    if (!r || !r.ok) throw new Error(r ? r.error : "no answer from the extension");
    return r.value;
  });
}

function label(kind) {
  return kind === "claim" ? "claim sentences" : kind.replace("_", " ");
}

function render(s) {
  if (s && !s.ms && current && current.ms) s.ms = current.ms; // repaints keep the first timing
  current = s;
  const status = $("status");
  if (!s) {
    status.textContent = "No highlights on this page.";
    $("controls").hidden = true;
    return;
  }
  const n = s.claims.length;
  const num = (x) => x.toLocaleString("en"); // "1,205", as the characters read below
  status.textContent = `${num(n)} check-worthy ${n === 1 ? "claim" : "claims"} in ${num(s.sentences)} ${s.sentences === 1 ? "sentence" : "sentences"}` + (s.source === "selection" ? " of the selection." : ".") +
    (s.notEnglish ? " This page does not read as English: claimlight knows English only, so its highlights here are unreliable." : "");
  $("version").textContent = "Engine " + s.version + (s.ms ? ` · ${num(s.ms.chars)} characters read in ${Math.round(s.ms.total)} ms` : "");
  $("controls").hidden = false;

  const off = new Set(s.settings.off || []);
  const legend = $("legend");
  legend.querySelectorAll(".kind").forEach((e) => e.remove());
  const kinds = ["claim", ...Object.keys(s.counts)];
  for (const k of kinds) {
    const count = k === "claim" ? n : s.counts[k];
    if (k !== "claim" && count === 0) continue;
    const row = document.createElement("label");
    row.className = "kind";
    const box = document.createElement("input");
    box.type = "checkbox";
    box.checked = !off.has(k);
    box.dataset.kind = k;
    box.addEventListener("change", () => {
      const next = new Set(current.settings.off || []);
      if (box.checked) next.delete(k); else next.add(k);
      apply({ off: [...next] });
    });
    const sw = document.createElement("span");
    sw.className = "swatch k-" + k;
    const name = document.createElement("span");
    name.className = "name";
    name.textContent = label(k);
    const c = document.createElement("span");
    c.className = "count";
    c.textContent = num(count);
    row.append(box, sw, name, c);
    legend.append(row);
  }

  $("threshold").value = String(s.threshold);
  $("threshold-value").textContent = s.threshold.toFixed(2) + (typeof s.settings.threshold === "number" ? "" : " (model)");
  $("threshold-reset").disabled = typeof s.settings.threshold !== "number";

  const ol = $("claims");
  ol.textContent = "";
  for (const c of s.claims) {
    const li = document.createElement("li");
    const b = document.createElement("button");
    b.type = "button";
    b.title = "Show it on the page";
    const score = document.createElement("span");
    score.className = "score band-" + c.band;
    score.textContent = c.score.toFixed(2);
    const text = document.createElement("span");
    text.className = "text";
    text.textContent = c.text;
    b.append(score, text);
    if (c.types.length || c.reasons.length) {
      // the types as labels, as on the page, then the reasons
      const ty = document.createElement("span");
      ty.className = "types";
      for (const t of c.types) {
        const chip = document.createElement("span");
        chip.className = "type";
        chip.textContent = t;
        ty.append(chip, " ");
      }
      ty.append(c.reasons.join(" · "));
      b.append(ty);
    }
    b.addEventListener("click", () => send({ op: "focus", index: c.i }).catch(fail));
    li.append(b);
    ol.append(li);
  }
}

function fail(e) {
  $("status").textContent = "claimlight cannot read this page: " + (e && e.message ? e.message : e);
  $("controls").hidden = true;
}

function apply(settings) {
  send({ op: "update", settings }).then(render, fail);
}

$("threshold").addEventListener("input", () => {
  $("threshold-value").textContent = Number($("threshold").value).toFixed(2);
});
$("threshold").addEventListener("change", () => apply({ threshold: Number($("threshold").value) }));
$("threshold-reset").addEventListener("click", () => apply({ threshold: null }));
$("clear").addEventListener("click", () => send({ op: "clear" }).then(() => render(null), fail));

(async () => {
  [{ id: tabId }] = await chrome.tabs.query({ active: true, currentWindow: true });
  send({ op: "ensure" }).then((s) => {
    render(s);
    // Opened again on a highlighted tab: Enter clears.
    if (s && !s.fresh) $("clear").focus();
  }, fail);
})();
