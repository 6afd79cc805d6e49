package main

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/tracing"
	"github.com/chromedp/chromedp"
)

// pasteJS pastes a text into the built page through the hook web/app.js
// exposes for tests and benchmarks (claimlightPage.paste: the paste
// handler's own path) and waits for the page's completion signal: the
// data-painted counter on <html>, which app.js bumps in the first task after
// the frame that follows setting the highlights (a requestAnimationFrame
// callback, then a setTimeout 0: the frame's paint is done by then), before
// it fills the views. The time reported is the page's
// own stats.pasteToPaintMs (from the paste to that frame); ext is the same
// span seen from here, as a check. A paste the page holds back until its
// analysis is in (web/app.js, holdPaste: 1,000 words are) goes into the
// editor in the same task as its highlights: the span still starts at the
// paste and ends after the first frame that shows the highlights, which is
// also the first frame that shows the text. Before each paste the page is
// cleared and left to settle. The first paste comes wait milliseconds after the engine is
// ready, at the earliest.
const pasteJS = `(async (text, warm, runs, wait, ab) => {
  const html = document.documentElement;
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const until = async (what, f, ms) => {
    const t = performance.now();
    while (!f()) {
      if (performance.now() - t > ms) {
        const st = document.getElementById("status"), no = document.getElementById("notice");
        throw new Error("bench: page: timed out waiting for " + what + "; html data: " + JSON.stringify(html.dataset) +
          "; visibility: " + document.visibilityState + "; status: " + (st && st.textContent) + "; notice: " + (no && !no.hidden ? no.textContent : "none"));
      }
      await sleep(2);
    }
  };
  const painted = () => +html.dataset.painted || 0;
  // settle waits until nothing has been painted for 200 ms and the engine
  // is idle, then for the page's own frame callback: an answer already in
  // paints in the next frame, which a busy or idle browser can hold back
  // past the 200 ms, and its late bump of data-painted would end the next
  // paste's wait early.
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const settle = async () => {
    for (;;) {
      let last = painted(), since = performance.now();
      await until("the page to settle", () => {
        if (painted() !== last || html.dataset.busy === "1") { last = painted(); since = performance.now(); }
        return performance.now() - since > 200;
      }, 30000);
      await frame();
      if (painted() === last) return;
    }
  };
  await until("the engine (html[data-engine=ready])", () => html.dataset.engine === "ready" && globalThis.claimlightPage, 60000);
  const P = globalThis.claimlightPage;
  await sleep(wait);
  const out = [];
  let first = null;
  for (let i = 0; i < warm + runs; i++) {
    document.getElementById("clear").click();
    await settle();
    // With ab, odd pastes go in at once, even ones are held (web/app.js, holdFor).
    const held = !ab || i % 2 === 0;
    if (ab) P.holdFor(held ? 0 : -1);
    const before = painted();
    performance.mark("bench-paste");
    const t0 = performance.now();
    P.paste(text);
    const ins = performance.now() - t0;
    await until("data-painted after the paste", () => painted() > before, 30000);
    const ext = performance.now() - t0;
    performance.mark("bench-painted");
    const S = P.stats;
    if (i === 0) first = {page: S.pasteToPaintMs, engine: S.analysisMs};
    if (i >= warm) out.push({held, page: S.pasteToPaintMs, ext, ins, engine: S.analysisMs, request: S.requestToPaintMs, reply: S.sendToReplyMs - S.analysisMs - (S.firstMs || 0), frame: S.frameMs, paintJs: S.paintJsMs, all: S.pasteToAllMs, firstPart: S.firstMs || 0});
  }
  let ranges = 0;
  for (const [name, h] of CSS.highlights) if (name.startsWith("cl-")) ranges += h.size;
  if (ab) P.holdFor(0);
  return {runs: out, first, ranges, firstRanges: P.stats.firstRanges || 0, readyMs: P.stats.readyMs, readyAt: P.stats.readyAt};
})`

// measurePage drives the built page: for each text, paste it and wait until
// its highlights are painted. pg.only says the browser has run nothing before
// (-page), so the engine starts cold; pg.wait delays the first paste of the
// first text after the engine is ready.
func measurePage(bctx context.Context, site string, words []int, texts map[string][]byte, quick bool, pg pageOptions, rep *report) error {
	fresh, nruns, traceFile := pg.only, pg.runs, pg.trace
	srv := httptest.NewServer(http.FileServer(http.Dir(site)))
	defer srv.Close()
	tab, cancel := chromedp.NewContext(bctx)
	defer cancel()
	if err := chromedp.Run(tab, chromedp.Navigate(srv.URL+"/"), page.BringToFront()); err != nil {
		return err
	}
	warm, runs := 1, 5
	if quick {
		runs = 3
	}
	if nruns > 0 {
		runs = nruns
	}
	wait := pg.wait
	for _, n := range words {
		text := texts[fmt.Sprintf("w%d", n)]
		var res struct {
			Runs []struct {
				Held                                                   bool
				Page, Ext, Ins, Engine, Request, Reply, Frame, PaintJs float64
				All, FirstPart                                         float64
			}
			First       struct{ Page, Engine float64 }
			Ranges      int
			FirstRanges int
			ReadyMs     float64
			ReadyAt     float64
		}
		expr := fmt.Sprintf("%s(%s, %d, %d, %d, %v)", pasteJS, jsString(string(text)), warm, runs, wait.Milliseconds(), pg.holdAB)
		wait = 0
		stop := func() error { return nil }
		if traceFile != "" {
			var err error
			if stop, err = startTrace(tab, fmt.Sprintf("%s.%dw.json", strings.TrimSuffix(traceFile, ".json"), n)); err != nil {
				return err
			}
		}
		if err := eval(tab, 5*time.Minute, expr, &res); err != nil {
			return err
		}
		if err := stop(); err != nil {
			return err
		}
		pl := pageLatency{Words: countWords(text), Bytes: len(text), Highlights: res.Ranges, First: res.First.Page, FirstEngine: res.First.Engine}
		for _, r := range res.Runs {
			pl.Times = append(pl.Times, r.Page)
			pl.Ext = append(pl.Ext, r.Ext)
			pl.Engine = append(pl.Engine, r.Engine)
			pl.Insert = append(pl.Insert, r.Ins)
			pl.Request = append(pl.Request, r.Request)
			pl.Reply = append(pl.Reply, r.Reply)
			pl.Frame = append(pl.Frame, r.Frame)
			pl.All = append(pl.All, r.All)
			pl.FirstPart = append(pl.FirstPart, r.FirstPart)
		}
		var pj []float64
		for _, r := range res.Runs {
			pj = append(pj, r.PaintJs)
		}
		if pg.holdAB {
			var on, off, onEngine, offEngine []float64
			for _, r := range res.Runs {
				if r.Held {
					on, onEngine = append(on, r.Page), append(onEngine, r.Engine)
				} else {
					off, offEngine = append(off, r.Page), append(offEngine, r.Engine)
				}
			}
			logf("page %d words, holding off: %d pastes, median %.1f ms paste to painted (%.1f-%.1f), engine %.1f", countWords(text), len(off), median(off), slices.Min(off), slices.Max(off), median(offEngine))
			logf("page %d words, holding on: %d pastes, median %.1f ms paste to painted (%.1f-%.1f), engine %.1f", countWords(text), len(on), median(on), slices.Min(on), slices.Max(on), median(onEngine))
		}
		logf("page %d words: setting the highlights (paint's own script), median %.2f ms", pl.Words, median(pj))
		logf("page %d words, each paste: paste to painted %s ms; to all painted %s ms; engine %s ms (first part %s)", pl.Words, fmtList(pl.Times), fmtList(pl.All), fmtList(pl.Engine), fmtList(pl.FirstPart))
		rep.Pages = append(rep.Pages, pl)
		rep.PageReadyMs = res.ReadyMs
		rep.PageReadyAt = res.ReadyAt
		logf("page %d words: median %.1f ms paste to painted (%.1f ms seen from outside), %d ranges (%d in the first frame)",
			pl.Words, median(pl.Times), median(pl.Ext), pl.Highlights, res.FirstRanges)
	}
	browserState := "in a browser just launched with an empty profile: every function of the engine is compiled on its first call"
	if !fresh {
		browserState = "in a browser that had already run the same engine in the bench page, whose compiled code it reuses"
	}
	rep.PageNote = fmt.Sprintf("Built site served from 127.0.0.1, engine in its Web Worker; %d warm-up paste, then %d timed, each after Clear. "+
		"Time (\"paste → painted\"): the page's own claimlightPage.stats.pasteToPaintMs, from the paste (claimlightPage.paste, the paste handler's path) to the first task after the frame that follows setting the first highlights; "+
		"a text over four times what the editor shows (web/app.js, firstChars: about 2,300 characters in the bench's 800×600 window, where the editor shows about 1,100) has its opening paragraphs analyzed first (\"engine: first part\"), and the view is painted from them while the rest is analyzed; "+
		"\"paste → all painted\" (stats.pasteToAllMs) ends after the frame that shows the whole text's answer, when html[data-painted] bumps and the views fill; \"outside\" is that span timed by the harness around the call; "+
		"\"engine: whole\" is the worker's time for encode + analyze of the whole text (stats.analysisMs); \"request → all painted\" starts when the page posts the text to the worker "+
		"(stats.requestToPaintMs) (\"paste call\": the synchronous claimlightPage.paste call alone); a paste past 2,000 characters that leaves at most 20,000 in the editor is held back until its (first) analysis is in (at most 50 ms) and goes into the editor with its highlights, in the same frame, so for 1,000 words the paste call only reads the editor and posts the text, and inserting and laying it out fall inside the measured span; a longer one goes in at once, during the paste call; \"messaging\" is posting the text to the whole answer's arrival minus the engine's times (mostly the page's main thread still busy, for a longer paste with drawing the pasted text); "+
		"\"highlights set → frame\" is from setting the whole answer's highlights to the end point (waiting for the next frame and drawing it). \"first paste\" is the untimed warm-up paste, the first of that text in the tab (for 1,000 words, the first paste after the page loaded and the engine's background warm-up started). Engine ready in the page: %.0f ms after the worker started, %.0f ms after the page started loading, %s.",
		warm, runs, rep.PageReadyMs, rep.PageReadyAt, browserState)
	if pg.wait > 0 {
		rep.PageNote += fmt.Sprintf(" The first paste came %s after the engine was ready (-page-wait), time for the browser to optimize the engine's code as it does for a visitor who pastes later.", pg.wait)
	}
	return nil
}

// startTrace starts recording a Chrome trace (the DevTools timeline
// categories, with JavaScript samples) in tab; the function it returns ends
// it and writes the events to file as a JSON array, the format
// chrome://tracing and the DevTools Performance panel open.
func startTrace(tab context.Context, file string) (func() error, error) {
	var events [][]byte
	done := make(chan struct{})
	lctx, cancel := context.WithCancel(tab)
	chromedp.ListenTarget(lctx, func(ev any) {
		switch e := ev.(type) {
		case *tracing.EventDataCollected:
			for _, v := range e.Value {
				events = append(events, append([]byte(nil), v...))
			}
		case *tracing.EventTracingComplete:
			close(done)
		}
	})
	cfg := &tracing.TraceConfig{IncludedCategories: []string{
		"devtools.timeline", "disabled-by-default-devtools.timeline", "disabled-by-default-devtools.timeline.frame",
		"blink.user_timing", "toplevel", "v8.execute", "disabled-by-default-v8.cpu_profiler", "blink", "cc", "gpu", "viz",
	}}
	start := tracing.Start().WithTraceConfig(cfg).WithTransferMode(tracing.TransferModeReportEvents)
	if err := chromedp.Run(tab, start); err != nil {
		cancel()
		return nil, fmt.Errorf("bench: starting a trace: %w", err)
	}
	return func() error {
		defer cancel()
		if err := chromedp.Run(tab, tracing.End()); err != nil {
			return fmt.Errorf("bench: ending the trace: %w", err)
		}
		select {
		case <-done:
		case <-time.After(30 * time.Second):
			return fmt.Errorf("bench: the trace did not complete")
		}
		logf("trace: %d events in %s", len(events), file)
		return os.WriteFile(file, append(append([]byte("["), bytes.Join(events, []byte(",\n"))...), ']'), 0o644)
	}, nil
}

// fmtList writes times in milliseconds to one decimal, comma-separated.
func fmtList(ms []float64) string {
	var b strings.Builder
	for i, v := range ms {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%.1f", v)
	}
	return b.String()
}
