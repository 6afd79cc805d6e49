// Command bench measures claimlight in a real browser against the in-browser
// NLP libraries people use today, compromise and wink-nlp, on the same texts
// in one headless Chromium run, and prints a Markdown report.
//
//	go run ./cmd/bench [-out BENCH.md] [-sizes 10k,100k,1m] [-quick]
//
// It builds the page with `go run ./cmd/build`, installs the pinned peer
// libraries with npm into a git-ignored cache (.bin/bench-npm), serves
// everything from 127.0.0.1 and drives Chromium with chromedp. Throughput is
// the median of several timed runs after warm-up runs on the same text.
// This is a measuring command, not a test: it asserts nothing about speed.
package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"
)

// textSizes are the benchmark texts: key and size limit in bytes.
var textSizes = []struct {
	Key   string
	Limit int
}{{"10k", 10_000}, {"100k", 100_000}, {"1m", 1_000_000}}

// taskDef is a benchmarked task; Name is the key of a task in page/bench.js.
type taskDef struct {
	Engine, Name, Label, Kind string
}

var taskDefs = []taskDef{
	{"claimlight", "claimlight/segment", "claimlight wasm: tokenize + sentences", "segment"},
	{"claimlight", "claimlight/full", "claimlight wasm: full analysis (what the page runs)", "full"},
	{"compromise", "compromise/sentences", "compromise: nlp(text).sentences()", "segment"},
	{"compromise", "compromise/full", "compromise: nlp + .sentences .numbers .money .percentages .quotations .people", "full"},
	{"wink", "wink/sentences", "wink-nlp: readDoc, sbd-only pipe, .sentences()", "segment"},
	{"wink", "wink/full", "wink-nlp: readDoc, default pipe, .sentences() + .entities()", "full"},
}

func main() {
	out := flag.String("out", "", "also write the Markdown report to this `file`")
	sizes := flag.String("sizes", "10k,100k,1m", "comma-separated text sizes to run (10k, 100k, 1m)")
	quick := flag.Bool("quick", false, "fewer samples (3 at most) and shorter budgets")
	chrome := flag.String("chrome", "", "Chromium `binary` (default: /usr/lib/chromium/chromium or chromium on PATH)")
	npmDir := flag.String("npm-dir", "", "`dir` for the npm peers (default: .bin/bench-npm in the repository)")
	budget := flag.Duration("budget", 3*time.Second, "time budget for the timed samples of one task on one text")
	prof := flag.Bool("profile", true, "record a V8 CPU profile of claimlight's full analysis and report where the time goes")
	profText := flag.String("profile-text", "100k", "text `size` the profile runs on (10k, 100k, 1m)")
	rev := flag.String("rev", "", "build the engine and page from this git `revision` (a clean `git archive` copy) instead of the working tree")
	pageOnly := flag.Bool("page", false, "measure only paste to painted in the built page (no peers, throughput, start-up or profile)")
	pageRuns := flag.Int("page-runs", 0, "timed pastes per text in the page (default 5, 3 with -quick)")
	pageTrace := flag.String("page-trace", "", "record a Chrome trace of the pastes in the page into `file`.1000w.json and file.10000w.json (open in DevTools' Performance panel)")
	pageHold := flag.Bool("page-hold-ab", false, "in the page, alternate pastes with the page's holding of long pastes off and on (claimlightPage.holdFor) and log the medians of each: a comparison in one tab, paste by paste, that a busy machine disturbs less than runs minutes apart")
	pageWait := flag.Duration("page-wait", 0, "in the page, wait this `long` after the engine is ready before the first paste, so that the browser has optimized the engine's code (a visitor who pastes later, or comes back)")
	flag.Parse()
	pg := pageOptions{only: *pageOnly, runs: *pageRuns, trace: *pageTrace, wait: *pageWait, holdAB: *pageHold}
	if err := mainErr(*out, *sizes, *quick, *prof, *profText, *chrome, *npmDir, *rev, *budget, pg); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func logf(format string, a ...any) {
	fmt.Fprintf(os.Stderr, "bench: "+format+"\n", a...)
}

// pageOptions says how the page is measured: alone (-page), how many
// timed pastes per text (-page-runs; 0 for the default), where to write a
// trace (-page-trace), and how long to wait after the engine is ready
// before the first paste (-page-wait), and whether to alternate holding
// long pastes off and on (-page-hold-ab).
type pageOptions struct {
	only   bool
	runs   int
	trace  string
	wait   time.Duration
	holdAB bool
}

func mainErr(outPath, sizeList string, quick, prof bool, profText, chromePath, npmDir, rev string, budget time.Duration, pg pageOptions) error {
	start := time.Now()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	root, err := repoRoot()
	if err != nil {
		return err
	}
	execPath, err := findChrome(chromePath)
	if err != nil {
		return err
	}
	if npmDir == "" {
		npmDir = filepath.Join(root, ".bin", "bench-npm")
	}

	paras, err := loadParagraphs()
	if err != nil {
		return err
	}
	texts := map[string][]byte{}
	var keys []string
	for _, s := range textSizes {
		if strings.Contains(","+sizeList+",", ","+s.Key+",") {
			texts[s.Key] = bySize(paras, s.Limit)
			keys = append(keys, s.Key)
		}
	}
	if len(keys) == 0 {
		return fmt.Errorf("bench: -sizes %q names none of 10k, 100k, 1m", sizeList)
	}
	texts["warm"] = bySize(paras, 10_000)
	for _, s := range textSizes {
		if _, ok := texts[s.Key]; !ok && s.Key == profText {
			texts[s.Key] = bySize(paras, s.Limit) // for the profile
		}
	}
	pageWords := []int{1000, 10000}
	for _, n := range pageWords {
		texts[fmt.Sprintf("w%d", n)] = byWords(paras, n)
	}

	peers := &peerScripts{}
	if pg.only {
		prof = false
	} else if peers, err = installPeers(ctx, npmDir, logf); err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "claimlight-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	src := root
	if rev != "" {
		src = filepath.Join(tmp, "src")
		if err := exportRevision(ctx, root, rev, src); err != nil {
			return err
		}
	}
	eng, err := buildEngine(ctx, src, filepath.Join(tmp, "out"), logf)
	if err != nil {
		return err
	}
	if rev != "" {
		eng.How += " at " + rev
	}
	if prof {
		if eng.Named, err = buildNamed(ctx, src, tmp); err != nil {
			return err
		}
	}

	rep := &report{
		Date:    time.Now().UTC().Format("2006-01-02 15:04 MST"),
		Machine: fmt.Sprintf("%s, nproc %d, %s/%s", cpuModel(), runtime.NumCPU(), runtime.GOOS, runtime.GOARCH),
		Go:      runtime.Version(),
		Build:   eng.How,
		Command: "go run ./cmd/bench " + strings.Join(os.Args[1:], " "),
	}
	srv := benchServer(eng, peers, texts)
	defer srv.Close()

	bctx, closeBrowser := newBrowser(ctx, execPath)
	defer closeBrowser()
	if rep.Browser, err = browserVersion(bctx); err != nil {
		return fmt.Errorf("bench: starting %s: %w", execPath, err)
	}
	logf("%s, serving on %s", rep.Browser, srv.URL)

	if !pg.only {
		if err := measureStartups(bctx, srv.URL, eng, peers, rep); err != nil {
			return err
		}
		if err := measureThroughput(bctx, srv.URL, keys, texts, quick, budget, rep); err != nil {
			return err
		}
	}
	if prof {
		rep.ProfileText = profText
		var err error
		rep.ProfileFuncs, rep.ProfilePkgs, rep.ProfileStages, rep.ProfileMsPerRun, err = profileWasm(bctx, srv.URL, rep.ProfileText, 3*time.Second)
		if err != nil {
			logf("profile: %v", err)
		}
	}
	if eng.Site == "" {
		rep.PageNote = "no built site (cmd/build missing), so no page to drive."
	} else if err := measurePage(bctx, eng.Site, pageWords, texts, quick, pg, rep); err != nil {
		rep.PageNote = "failed: " + err.Error()
		logf("page: %v", err)
	}
	closeBrowser()

	rep.Notes = append(rep.Notes,
		"MB = 10^6 bytes of UTF-8 text. tokens = words, runs of non-space characters, the same count for every engine, so tokens/s is MB/s times a constant.",
		"claimlight's times include TextEncoder.encode of the string, as the page does; its result carries UTF-16 offsets of sentences and spans. The peers are only asked for counts (no offsets), which favours them.",
		"Texts: the articles in cmd/bench/testdata/ (written for this project), paragraphs cycled until the size; the 100k and 1m texts repeat them.",
		"Warm-up: first each engine runs all its tasks on a 10 KB text for 2 s (-quick: 1 s), untimed; then before each measurement, runs on the same text until 3 runs and 1 s have passed (at most 2 s), skipped when one run is estimated above 2 s; then samples until 7 (-quick: 3) or the time budget, at least 3 (1 when a run is estimated above 3 s). A sample repeats a run shorter than 20 ms and reports the time per run.",
		fmt.Sprintf("Peers: compromise %s (builds/compromise.js), wink-nlp %s + wink-eng-lite-web-model %s bundled as one IIFE by esbuild %s; all run on the page's main thread, as does claimlight here (the page runs it in a Web Worker).",
			compromiseVersion, winkNLPVersion, winkModelVersion, esbuildVersion),
		fmt.Sprintf("Whole run: %s.", time.Since(start).Round(time.Second)),
	)
	var sb strings.Builder
	rep.writeMarkdown(&sb)
	fmt.Print(sb.String())
	if outPath != "" {
		return os.WriteFile(outPath, []byte(sb.String()), 0o644)
	}
	return nil
}

// cpuModel reads the CPU model name from /proc/cpuinfo, or "unknown CPU".
func cpuModel() string {
	f, err := os.Open("/proc/cpuinfo")
	if err != nil {
		return "unknown CPU"
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if k, v, ok := strings.Cut(sc.Text(), ":"); ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return "unknown CPU"
}
