package main

import (
	"context"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/profiler"
	"github.com/chromedp/chromedp"
)

// profileEntry is the self time of one function, or of one group of
// functions, in a V8 CPU profile.
type profileEntry struct {
	Name  string
	Share float64 // of all samples, 0..1
}

// profileWasm records a V8 CPU profile while claimlight's full analysis runs
// on text key for about d, in a tab of its own, with the engine built with
// function names, and returns the functions
// and the Go packages with the most self time.
func profileWasm(bctx context.Context, base, key string, d time.Duration) (funcs, pkgs, stages []profileEntry, msPerRun float64, err error) {
	tab, cancel := chromedp.NewContext(bctx)
	defer cancel()
	var prof *profiler.Profile
	err = chromedp.Run(tab, page.BringToFront(), chromedp.Navigate(base+"/"))
	if err == nil {
		err = eval(tab, time.Minute, `bench.load("claimlight", "/engine/claimlight-named.wasm")`, nil)
	}
	if err == nil {
		err = eval(tab, time.Minute, fmt.Sprintf("bench.fetchText(%s)", jsString(key)), nil)
	}
	if err == nil { // warm, so the profile shows optimized code
		err = eval(tab, time.Minute, fmt.Sprintf(`bench.runFor("claimlight/full", %s, 2000)`, jsString(key)), nil)
	}
	if err == nil {
		err = chromedp.Run(tab, profiler.Enable(), profiler.SetSamplingInterval(200), profiler.Start())
	}
	if err == nil {
		var runs int
		start := time.Now()
		err = eval(tab, time.Minute, fmt.Sprintf(`bench.runFor("claimlight/full", %s, %d)`, jsString(key), d.Milliseconds()), &runs)
		msPerRun = float64(time.Since(start).Milliseconds()) / float64(max(runs, 1))
	}
	if err == nil {
		err = chromedp.Run(tab, chromedp.ActionFunc(func(ctx context.Context) error {
			var err error
			prof, err = profiler.Stop().Do(ctx)
			return err
		}))
	}
	if err != nil {
		return nil, nil, nil, 0, err
	}
	byFunc, byPkg := map[string]int64{}, map[string]int64{}
	var total int64
	for _, n := range prof.Nodes {
		if n.HitCount == 0 {
			continue
		}
		name := n.CallFrame.FunctionName
		switch {
		case name == "(idle)":
			continue // waiting: nothing to run
		case name == "":
			name = "(anonymous JS)"
		}
		name = demangle(name)
		total += n.HitCount
		byFunc[name] += n.HitCount
		byPkg[goPackage(name, n.CallFrame.URL)] += n.HitCount
	}
	return topEntries(byFunc, total, 20), topEntries(byPkg, total, 10), stageShares(prof, total), msPerRun, nil
}

// stageNames are the pipeline's stages as they appear in the profile, in
// order: their inclusive time (callees included) is reported.
var stageNames = []string{
	"claimlight.Analyze", "tokenize.Append", "segment.Append", "claim.Annotate", "claim.Judge", "main.encode", "main.(*result).toJS",
}

// stageShares returns the inclusive share of each stage of stageNames
// found in prof: the samples whose call stack passes through it.
func stageShares(prof *profiler.Profile, total int64) []profileEntry {
	parent := map[int64]int64{}
	byID := map[int64]*profiler.ProfileNode{}
	for _, n := range prof.Nodes {
		byID[int64(n.ID)] = n
		for _, c := range n.Children {
			parent[int64(c)] = int64(n.ID)
		}
	}
	hits := map[string]int64{}
	for _, n := range prof.Nodes {
		if n.HitCount == 0 || n.CallFrame.FunctionName == "(idle)" {
			continue
		}
		seen := map[string]bool{}
		for id, ok := int64(n.ID), true; ok; id, ok = parent[id] {
			name := demangle(byID[id].CallFrame.FunctionName)
			if !seen[name] {
				seen[name] = true
				hits[name] += n.HitCount
			}
		}
	}
	var out []profileEntry
	for _, name := range stageNames {
		if h := hits[name]; h > 0 {
			out = append(out, profileEntry{name, float64(h) / float64(max(total, 1))})
		}
	}
	return out
}

// goPackage names the group a profiled function belongs to: its Go package
// path, trimmed of the module prefix, or "JavaScript" and "(garbage
// collector)" for V8's own.
func goPackage(fn, url string) string {
	if fn == "(garbage collector)" || fn == "(program)" {
		return fn // V8's own collector; the browser's native code
	}
	if !strings.Contains(url, "wasm") && !strings.Contains(fn, ".") {
		return "JavaScript (glue, TextEncoder, wasm_exec.js)"
	}
	// A Go symbol is path/pkg.Func or path/pkg.(*T).Method: the package ends
	// at the first dot after the last slash.
	slash := strings.LastIndex(fn, "/")
	if dot := strings.Index(fn[slash+1:], "."); dot >= 0 {
		return fn[:slash+1+dot]
	}
	return fn
}

var receiver = regexp.MustCompile(`\.__([A-Za-z0-9]+)_\.`)

// demangle turns a Go function name as V8 shows it from the wasm name
// section ("github.com_claimlight_claimlight_claim.__featurizer_.scan") back
// into Go's form, without the module path ("claim.(*featurizer).scan").
func demangle(fn string) string {
	if rest, ok := strings.CutPrefix(fn, "github.com_claimlight_claimlight."); ok {
		return "claimlight." + rest // the root package
	}
	fn = strings.TrimPrefix(fn, "github.com_claimlight_claimlight_")
	if dot := strings.Index(fn, "."); dot > 0 {
		fn = strings.ReplaceAll(fn[:dot], "_", "/") + fn[dot:]
	}
	return receiver.ReplaceAllString(fn, ".(*$1).")
}

func topEntries(m map[string]int64, total int64, n int) []profileEntry {
	var out []profileEntry
	for k, v := range m {
		out = append(out, profileEntry{k, float64(v) / float64(max(total, 1))})
	}
	sort.Slice(out, func(i, j int) bool {
		return out[i].Share > out[j].Share || out[i].Share == out[j].Share && out[i].Name < out[j].Name
	})
	if len(out) > n {
		out = out[:n]
	}
	return out
}
