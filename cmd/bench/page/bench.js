// bench.js drives the engines inside a blank page for cmd/bench. The Go side
// calls bench.load(engine), bench.fetchText(key) and bench.run(task, key, opt)
// through the DevTools protocol and reads back plain JSON. All times are
// milliseconds from performance.now().
"use strict";
(() => {
  const B = (globalThis.bench = { texts: {} });
  const enc = new TextEncoder();
  const wait = () => new Promise((r) => setTimeout(r, 0));

  function loadScript(src) {
    return new Promise((resolve, reject) => {
      const s = document.createElement("script");
      s.src = src;
      s.onload = resolve;
      s.onerror = () => reject(new Error("bench: cannot load " + src));
      document.head.appendChild(s);
    });
  }

  // load starts one engine (claimlight from wasmURL when given) and says how long it took: load is fetching and
  // compiling the script or wasm; init is starting the runtime, building the
  // model, and a first call on one short sentence, i.e. until the engine has
  // answered once.
  B.load = async (engine, wasmURL) => {
    const t0 = performance.now();
    let t1;
    switch (engine) {
      case "claimlight": {
        await loadScript("/engine/wasm_exec.js");
        const go = new Go();
        const { instance } = await WebAssembly.instantiateStreaming(fetch(wasmURL || "/engine/claimlight.wasm"), go.importObject);
        t1 = performance.now();
        go.run(instance);
        while (!globalThis.claimlight) await wait();
        await claimlight.analyze(enc.encode("Prices rose 3% in May."));
        break;
      }
      case "compromise":
        await loadScript("/peers/compromise.js");
        t1 = performance.now();
        nlp("Prices rose 3% in May.").numbers().length;
        break;
      case "wink":
        await loadScript("/peers/wink.js");
        t1 = performance.now();
        B.wink = winkNLP(winkModel);
        B.wink.readDoc("Prices rose 3% in May.").entities().length();
        break;
      default:
        throw new Error("bench: unknown engine " + engine);
    }
    const t2 = performance.now();
    if (engine === "wink") B.winkSbd = winkNLP(winkModel, ["sbd"]); // not part of start-up
    return { loadMs: t1 - t0, initMs: t2 - t1 };
  };

  B.fetchText = async (key) => {
    const r = await fetch("/text/" + key);
    if (!r.ok) throw new Error("bench: text " + key + ": " + r.status);
    B.texts[key] = await r.text();
    return B.texts[key].length;
  };

  // claimlightSegment runs tokenize+sentences only. It uses the bridge's
  // segment-only entry point (see wasm/), whichever form it has.
  async function claimlightSegment(u8) {
    if (typeof claimlight.segment === "function") return claimlight.segment(u8);
    return claimlight.analyze(u8, { segmentOnly: true });
  }

  // hasSegment says whether the bridge can run tokenize+sentences alone: the
  // call must succeed and return no spans for a text that has some.
  B.hasSegment = async () => {
    try {
      const r = await claimlightSegment(enc.encode("Prices rose 3% in May. They fell."));
      B.segmentOK = !!r && !!r.sentences && r.sentences.length > 0 && (!r.spans || r.spans.length === 0);
      return B.segmentOK;
    } catch (e) {
      return false;
    }
  };

  // Each task returns the number of sentences it found (a sanity check that
  // the work was done) and the number of other items (spans, entities).
  // claimlight's tasks include encoding the string to UTF-8, as the page does.
  const tasks = {
    "claimlight/segment": async (t) => {
      const r = await claimlightSegment(enc.encode(t));
      return [r.sentences.length / (claimlight.sentenceStride || 5), 0];
    },
    "claimlight/full": async (t) => {
      const r = await claimlight.analyze(enc.encode(t));
      return [r.sentences.length / (claimlight.sentenceStride || 5), r.spans.length / (claimlight.spanStride || 4)];
    },
    "compromise/sentences": (t) => [nlp(t).sentences().length, 0],
    "compromise/full": (t) => {
      const d = nlp(t);
      const n = d.numbers().length + d.money().length + d.percentages().length + d.quotations().length + d.people().length;
      return [d.sentences().length, n];
    },
    "wink/sentences": (t) => [B.winkSbd.readDoc(t).sentences().length(), 0],
    "wink/full": (t) => {
      const d = B.wink.readDoc(t);
      return [d.sentences().length(), d.entities().length()];
    },
  };

  // prewarm runs every task of engine on text key for about ms
  // milliseconds, so that the JITs (for wasm: Liftoff code tiering up to
  // TurboFan) are warm before anything is timed. Nothing is recorded.
  B.prewarm = async (engine, key, ms) => {
    const t = B.texts[key];
    const names = Object.keys(tasks).filter((n) => n.startsWith(engine + "/") && (n !== "claimlight/segment" || B.segmentOK));
    const start = performance.now();
    let n = 0;
    while (performance.now() - start < ms) {
      for (const name of names) await tasks[name](t);
      n++;
      await wait();
    }
    return n;
  };

  // runFor runs task on text key for about ms milliseconds, untimed (for
  // profiles); it returns the number of runs.
  B.runFor = async (task, key, ms) => {
    const f = tasks[task];
    const t = B.texts[key];
    const start = performance.now();
    let n = 0;
    while (performance.now() - start < ms) {
      await f(t);
      n++;
    }
    return n;
  };

  // run times task on text key. Warm-up, unless opt.skipWarm: runs until
  // both opt.warmRuns runs and opt.warmMs have passed, but stops after
  // opt.warmMaxMs. Then samples until opt.maxRuns samples or opt.budgetMs,
  // but at least opt.minRuns (1 when a warm-up run took over opt.slowMs).
  // When one run is shorter than 20 ms a sample repeats it enough times to
  // last about 20 ms and reports the time per run, so timer granularity
  // does not matter.
  B.run = async (task, key, opt) => {
    const f = tasks[task];
    const t = B.texts[key];
    if (!f) throw new Error("bench: unknown task " + task);
    if (t === undefined) throw new Error("bench: text not fetched: " + key);
    let warm = 0;
    let probe = Infinity;
    let start = performance.now();
    if (!opt.skipWarm) {
      let el = 0;
      do {
        const a = performance.now();
        await f(t);
        probe = Math.min(probe, performance.now() - a);
        warm++;
        el = performance.now() - start;
      } while ((warm < opt.warmRuns || el < opt.warmMs) && el < opt.warmMaxMs);
    }
    const minRuns = probe > opt.slowMs ? 1 : opt.minRuns; // one warm-up run said a run is slow
    const reps = probe < 20 ? Math.max(1, Math.ceil(20 / Math.max(probe, 0.05))) : 1;
    const times = [];
    let out;
    start = performance.now();
    do {
      await wait(); // let the page breathe between samples
      const a = performance.now();
      for (let i = 0; i < reps; i++) out = await f(t);
      times.push((performance.now() - a) / reps);
    } while (times.length < opt.maxRuns && (times.length < minRuns || performance.now() - start < opt.budgetMs));
    return { times, warm, reps, sentences: out[0], items: out[1] };
  };
})();
