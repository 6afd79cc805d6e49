package main

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// taskResult is one (task, text) measurement from the browser.
type taskResult struct {
	Engine    string    // "claimlight", "compromise", "wink"
	Task      string    // "claimlight/full", ...
	Label     string    // what the task does, for the table
	Kind      string    // "segment" or "full": which claimlight task it compares with
	Text      string    // text key: "10k", "100k", "1m"
	Bytes     int       // UTF-8 bytes of the text
	Words     int       // words of the text (runs of non-space bytes)
	Times     []float64 // milliseconds per run, one per sample
	Warm      int       // warm-up runs on this text before sampling
	Sentences int       // sentences the engine found, as a sanity check
	Items     int       // spans or entities found, when the task has any
}

// median returns the median of xs (the mean of the two middle values for an
// even count), or 0 for none. xs is not modified.
func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

// MBps is the throughput in megabytes (10^6 bytes) per second at the median.
func (r *taskResult) MBps() float64 {
	m := median(r.Times)
	if m <= 0 {
		return 0
	}
	return float64(r.Bytes) / 1e6 / (m / 1e3)
}

// TokensPerSec is words per second at the median.
func (r *taskResult) TokensPerSec() float64 {
	m := median(r.Times)
	if m <= 0 {
		return 0
	}
	return float64(r.Words) / (m / 1e3)
}

// ratio is how many times claimlight's matching task (same Kind, same
// text) is faster than r; 0 when there is none.
func ratio(results []*taskResult, r *taskResult) float64 {
	for _, c := range results {
		if c.Engine == "claimlight" && c.Kind == r.Kind && c.Text == r.Text && r.MBps() > 0 {
			return c.MBps() / r.MBps()
		}
	}
	return 0
}

// startup is one engine's start-up measurement and shipped size.
type startup struct {
	Engine string
	Files  string // what is shipped
	Size   fileSize
	LoadMs float64 // fetch and compile or parse
	InitMs float64 // runtime start, model init, first short call
}

// pageLatency is paste-to-painted in the real page for one text.
type pageLatency struct {
	Words       int
	Bytes       int
	Times       []float64 // ms per run, as the page measures it
	Ext         []float64 // ms per run, as the harness sees it
	Engine      []float64 // ms per run in the worker: encode + analyze
	Request     []float64 // ms per run from posting the text to the worker to painted
	Insert      []float64 // ms per run in the synchronous paste call (inserting the text)
	Reply       []float64 // ms per run from posting the text to the answer's arrival, minus Engine
	Frame       []float64 // ms per run from setting the highlights to the task after the next frame
	All         []float64 // ms per run from the paste to the whole text's answer painted (the first frame of it)
	FirstPart   []float64 // ms per run in the worker for the text's opening paragraphs, 0 when not analyzed apart
	Highlights  int       // ranges painted at the end of the last run
	First       float64   // ms of the untimed warm-up paste, the first of this text in the tab
	FirstEngine float64   // the engine's ms in that paste
}

// report is everything one run measured.
type report struct {
	Date, Machine, Browser, Go string
	Build                      string
	Command                    string
	Results                    []*taskResult
	Startups                   []startup
	Pages                      []pageLatency
	PageNote                   string
	PageReadyMs                float64 // worker start to engine ready, in the page
	PageReadyAt                float64 // navigation start to engine ready, in the page
	Notes                      []string
	ProfileText                string         // text the profile ran on
	ProfileMsPerRun            float64        // wall time per full analysis while profiling
	ProfileFuncs, ProfilePkgs  []profileEntry // self time in the browser, claimlight full analysis
	ProfileStages              []profileEntry // inclusive time of the pipeline's stages
}

// target is a throughput goal: claimlight's full analysis at least Times
// faster than Peer's task of the same kind.
type target struct {
	Peer  string
	Times float64
}

var targets = []target{{"wink", 5}, {"compromise", 100}}

func fmtFloat(x float64) string {
	switch {
	case x == 0:
		return "–"
	case x >= 100:
		return fmt.Sprintf("%.0f", x)
	case x >= 10:
		return fmt.Sprintf("%.1f", x)
	case x >= 1:
		return fmt.Sprintf("%.2f", x)
	default:
		return fmt.Sprintf("%.3f", x)
	}
}

// fmtCount prints n with a k or M suffix past a thousand.
func fmtCount(x float64) string {
	switch {
	case x >= 1e6:
		return fmtFloat(x/1e6) + " M"
	case x >= 1e3:
		return fmtFloat(x/1e3) + " k"
	}
	return fmtFloat(x)
}

func fmtBytes(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.2f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.0f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}

// writeMarkdown prints the report as Markdown tables.
func (rep *report) writeMarkdown(w io.Writer) {
	p := func(format string, a ...any) { fmt.Fprintf(w, format, a...) }
	p("## claimlight in the browser vs compromise and wink-nlp\n\n")
	p("- date: %s\n- machine: %s\n- browser: %s\n- Go: %s\n- engine build: `%s`\n- command: `%s`\n\n",
		rep.Date, rep.Machine, rep.Browser, rep.Go, rep.Build, rep.Command)

	if len(rep.Results) > 0 {
		p("### Throughput (same texts, same browser run; median of the samples)\n\n")
		p("| text | engine: task | samples | median ms | MB/s | tokens/s | claimlight ÷ this | sentences | items |\n")
		p("|---|---|--:|--:|--:|--:|--:|--:|--:|\n")
		for _, r := range rep.Results {
			rt := "1 (ref.)"
			if r.Engine != "claimlight" {
				rt = "–"
				if x := ratio(rep.Results, r); x > 0 {
					rt = fmtFloat(x) + "×"
				}
			}
			samples := fmt.Sprint(len(r.Times))
			if r.Warm == 0 {
				samples += " (no warm-up)"
			}
			items := "–"
			if r.Items > 0 {
				items = fmt.Sprint(r.Items)
			}
			p("| %s (%s) | %s | %s | %s | %s | %s | %s | %d | %s |\n",
				r.Text, fmtBytes(int64(r.Bytes)), r.Label, samples, fmtFloat(median(r.Times)),
				fmtFloat(r.MBps()), fmtCount(r.TokensPerSec()), rt, r.Sentences, items)
		}
		p("\n")
	}
	if lines := rep.targetLines(); len(lines) > 0 {
		p("### Targets (full analysis, claimlight ÷ peer)\n\n")
		for _, l := range lines {
			p("- %s\n", l)
		}
		p("\n")
	}

	if len(rep.Startups) > 0 {
		p("### Start-up and size (fresh tab, cold HTTP cache)\n\n")
		p("| engine | shipped | raw | gzip -9 | load ms | init ms | ready ms |\n")
		p("|---|---|--:|--:|--:|--:|--:|\n")
		for _, s := range rep.Startups {
			p("| %s | %s | %s | %s | %s | %s | %s |\n", s.Engine, s.Files,
				fmtBytes(s.Size.Raw), fmtBytes(s.Size.Gzip),
				fmtFloat(s.LoadMs), fmtFloat(s.InitMs), fmtFloat(s.LoadMs+s.InitMs))
		}
		p("\n")
	}

	p("### Paste to painted in the built page\n\n")
	if len(rep.Pages) == 0 {
		p("Not measured: %s\n\n", rep.PageNote)
	} else {
		p("| text | runs | paste → painted, median ms | min | max | paste → all painted | outside | paste call | request → all painted | engine (worker): first part | engine (worker): whole | messaging | highlights set → frame | highlighted ranges | first paste (engine) |\n|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n")
		for _, pg := range rep.Pages {
			mn, mx := minMax(pg.Times)
			part := "–"
			if m := median(pg.FirstPart); m > 0 {
				part = fmtFloat(m)
			}
			p("| %d words (%s) | %d | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %d | %s (%s) |\n", pg.Words, fmtBytes(int64(pg.Bytes)), len(pg.Times),
				fmtFloat(median(pg.Times)), fmtFloat(mn), fmtFloat(mx), fmtFloat(median(pg.All)), fmtFloat(median(pg.Ext)), fmtFloat(median(pg.Insert)),
				fmtFloat(median(pg.Request)), part, fmtFloat(median(pg.Engine)), fmtFloat(median(pg.Reply)), fmtFloat(median(pg.Frame)), pg.Highlights, fmtFloat(pg.First), fmtFloat(pg.FirstEngine))
		}
		p("\n%s\n\n", rep.PageNote)
	}

	if len(rep.ProfileFuncs) > 0 {
		p("### Where claimlight's time goes in the browser (V8 CPU profile, full analysis, %s text)\n\n", rep.ProfileText)
		p("%s ms per analysis while profiled (sampling every 200 µs); wasm built with its name section (-ldflags=-w), same code as shipped. "+
			"Go's own garbage collector and allocator show up as runtime.*; (program) is the browser's native code.\n\n", fmtFloat(rep.ProfileMsPerRun))
		if len(rep.ProfileStages) > 0 {
			p("| stage (inclusive) | share |\n|---|--:|\n")
			for _, e := range rep.ProfileStages {
				p("| %s | %.1f%% |\n", e.Name, 100*e.Share)
			}
			p("\n")
		}
		p("| package or group (self) | share |\n|---|--:|\n")
		for _, e := range rep.ProfilePkgs {
			p("| %s | %.1f%% |\n", e.Name, 100*e.Share)
		}
		p("\n| function (self) | share |\n|---|--:|\n")
		for _, e := range rep.ProfileFuncs {
			p("| %s | %.1f%% |\n", e.Name, 100*e.Share)
		}
		p("\n")
	}

	if len(rep.Notes) > 0 {
		p("### Notes\n\n")
		for _, n := range rep.Notes {
			p("- %s\n", n)
		}
	}
}

// targetLines states each throughput target at each text size, met or not.
func (rep *report) targetLines() []string {
	var out []string
	for _, t := range targets {
		var parts []string
		met := true
		for _, r := range rep.Results {
			if r.Engine != t.Peer || r.Kind != "full" {
				continue
			}
			x := ratio(rep.Results, r)
			parts = append(parts, fmt.Sprintf("%s: %s×", r.Text, fmtFloat(x)))
			if x < t.Times {
				met = false
			}
		}
		if len(parts) == 0 {
			continue
		}
		verdict := "met"
		if !met {
			verdict = "MISSED"
		}
		out = append(out, fmt.Sprintf("vs %s (target ≥ %g×): %s — %s", t.Peer, t.Times, strings.Join(parts, ", "), verdict))
	}
	return out
}

func minMax(xs []float64) (float64, float64) {
	if len(xs) == 0 {
		return 0, 0
	}
	mn, mx := xs[0], xs[0]
	for _, x := range xs {
		mn, mx = min(mn, x), max(mx, x)
	}
	return mn, mx
}
