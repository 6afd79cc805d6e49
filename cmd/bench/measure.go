package main

import (
	"context"
	"fmt"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// measureStartups loads each engine in a fresh tab of the same browser, so
// each one's files come over the wire the first time.
func measureStartups(bctx context.Context, base string, eng *engineBuild, peers *peerScripts, rep *report) error {
	files := map[string][]string{
		"claimlight": {eng.Wasm, eng.WasmExec},
		"compromise": {peers.Compromise},
		"wink":       {peers.Wink},
	}
	shipped := map[string]string{
		"claimlight": "claimlight.wasm + wasm_exec.js",
		"compromise": "builds/compromise.js",
		"wink":       "wink-nlp + model, esbuild IIFE, minified",
	}
	for _, engine := range []string{"claimlight", "compromise", "wink"} {
		var size fileSize
		for _, f := range files[engine] {
			s, err := sizeOf(f)
			if err != nil {
				return err
			}
			size.Raw += s.Raw
			size.Gzip += s.Gzip
		}
		tab, cancel := chromedp.NewContext(bctx)
		var st struct{ LoadMs, InitMs float64 }
		err := chromedp.Run(tab, page.BringToFront(), chromedp.Navigate(base+"/"))
		if err == nil {
			err = eval(tab, time.Minute, fmt.Sprintf("bench.load(%s)", jsString(engine)), &st)
		}
		cancel()
		if err != nil {
			return err
		}
		logf("start-up %s: load %.1f ms, init %.1f ms", engine, st.LoadMs, st.InitMs)
		rep.Startups = append(rep.Startups, startup{Engine: engine, Files: shipped[engine], Size: size, LoadMs: st.LoadMs, InitMs: st.InitMs})
	}
	return nil
}

// runOpts mirrors the options of bench.run in page/bench.js.
type runOpts struct {
	WarmRuns int     `json:"warmRuns"`
	WarmMs   float64 `json:"warmMs"`
	WarmMax  float64 `json:"warmMaxMs"`
	SkipWarm bool    `json:"skipWarm"`
	MinRuns  int     `json:"minRuns"`
	MaxRuns  int     `json:"maxRuns"`
	BudgetMs float64 `json:"budgetMs"`
	SlowMs   float64 `json:"slowMs"`
}

// measureThroughput runs every task on every text, smallest text first so
// that the JITs are warm before the big texts. Each engine has its own tab,
// so one library's heap and garbage collections do not land in another's
// timings; the tabs take turns in front, text by text, so that all engines
// meet the same load on the machine.
func measureThroughput(bctx context.Context, base string, keys []string, texts map[string][]byte, quick bool, budget time.Duration, rep *report) error {
	tabs := map[string]context.Context{}
	for _, engine := range []string{"claimlight", "compromise", "wink"} {
		tab, cancel := chromedp.NewContext(bctx)
		defer cancel()
		if err := chromedp.Run(tab, page.BringToFront(), chromedp.Navigate(base+"/")); err != nil {
			return err
		}
		if err := eval(tab, time.Minute, fmt.Sprintf("bench.load(%s)", jsString(engine)), nil); err != nil {
			return err
		}
		tabs[engine] = tab
	}
	var hasSegment bool
	if err := eval(tabs["claimlight"], time.Minute, "bench.hasSegment()", &hasSegment); err != nil {
		return err
	}
	if !hasSegment {
		rep.Notes = append(rep.Notes, "claimlight tokenize+sentences not measured: the bridge has no segment-only entry point.")
	}
	prewarm := 2 * time.Second
	if quick {
		prewarm = time.Second
	}
	for engine, tab := range tabs {
		var n int
		err := chromedp.Run(tab, page.BringToFront())
		if err == nil {
			err = eval(tab, time.Minute, `bench.fetchText("warm")`, nil)
		}
		if err == nil {
			err = eval(tab, time.Minute, fmt.Sprintf(`bench.prewarm(%s, "warm", %d)`, jsString(engine), prewarm.Milliseconds()), &n)
		}
		if err != nil {
			return err
		}
		logf("pre-warm %s: %d rounds of its tasks on 10 KB", engine, n)
	}
	msPerByte := map[string]float64{} // by task, from the previous text
	for _, key := range keys {
		for _, tab := range tabs {
			if err := eval(tab, time.Minute, fmt.Sprintf("bench.fetchText(%s)", jsString(key)), nil); err != nil {
				return err
			}
		}
		for _, td := range taskDefs {
			tab := tabs[td.Engine]
			if err := chromedp.Run(tab, page.BringToFront()); err != nil {
				return err
			}
			if td.Name == "claimlight/segment" && !hasSegment {
				continue
			}
			o := runOpts{WarmRuns: 3, WarmMs: 1000, WarmMax: 2000, MinRuns: 3, MaxRuns: 7, BudgetMs: float64(budget.Milliseconds()), SlowMs: 3000}
			if quick {
				o.MaxRuns, o.WarmRuns, o.WarmMs, o.BudgetMs = 3, 2, 500, o.BudgetMs/2
			}
			if est := msPerByte[td.Name] * float64(len(texts[key])); est > 2000 {
				o.SkipWarm = true
				if est > 3000 {
					o.MinRuns = 1
				}
			}
			var res struct {
				Times     []float64
				Warm      int
				Sentences int
				Items     int
			}
			if err := eval(tab, 5*time.Minute, fmt.Sprintf("bench.run(%s, %s, %s)", jsString(td.Name), jsString(key), mustJSON(o)), &res); err != nil {
				return err
			}
			r := &taskResult{Engine: td.Engine, Task: td.Name, Label: td.Label, Kind: td.Kind, Text: key,
				Bytes: len(texts[key]), Words: countWords(texts[key]), Times: res.Times, Warm: res.Warm,
				Sentences: res.Sentences, Items: res.Items}
			rep.Results = append(rep.Results, r)
			msPerByte[td.Name] = median(r.Times) / float64(r.Bytes)
			logf("%-5s %-22s %3d samples, median %9.2f ms, %7.3f MB/s", key, td.Name, len(r.Times), median(r.Times), r.MBps())
		}
	}
	return nil
}
