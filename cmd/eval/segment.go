package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/claimlight/claimlight/segment"
	"github.com/claimlight/claimlight/tokenize"
)

// segCase is one case of data/segmentation/cases_en.json.
type segCase struct {
	Source    string   `json:"source"`
	Name      string   `json:"name"`
	Text      string   `json:"text"`
	Sentences []string `json:"sentences"`
}

// splitSentences runs the engine's tokenizer and splitter and returns the
// trimmed text of each segment, and of each segment that is not page
// furniture.
func splitSentences(text string) (all, sentences []string) {
	src := []byte(text)
	toks := tokenize.Append(nil, src)
	for _, s := range segment.Append(nil, src, toks) {
		t := strings.TrimSpace(string(s.Text(src)))
		all = append(all, t)
		if s.Role != segment.Furniture {
			sentences = append(sentences, t)
		}
	}
	return all, sentences
}

// evalSegmentation measures exact-match accuracy of sentence splitting on
// data/segmentation/cases_en.json: a case counts as right when the list of
// trimmed sentences equals the expected list exactly. It prints one row per
// source and an overall row, twice: counting the segments that are not page
// furniture (what the splitter offers as text; the expected lists leave out
// HTML tags, page numbers and separators, which it reports as Furniture),
// and counting every segment. With verbose, every failing case follows.
func evalSegmentation(dir string, w io.Writer, verbose bool) error {
	raw, err := os.ReadFile(filepath.Join(dir, "segmentation", "cases_en.json"))
	if err != nil {
		return err
	}
	var cases []segCase
	if err := json.Unmarshal(raw, &cases); err != nil {
		return fmt.Errorf("segmentation cases: %w", err)
	}
	type tally struct{ right, rightAll, total int }
	bySource := map[string]*tally{}
	var all tally
	var failures bytes.Buffer
	for _, c := range cases {
		gotAll, got := splitSentences(c.Text)
		want := make([]string, len(c.Sentences))
		for i, s := range c.Sentences {
			want[i] = strings.TrimSpace(s)
		}
		t := bySource[c.Source]
		if t == nil {
			t = &tally{}
			bySource[c.Source] = t
		}
		t.total++
		all.total++
		if equalStrings(gotAll, want) {
			t.rightAll++
			all.rightAll++
		}
		if equalStrings(got, want) {
			t.right++
			all.right++
			continue
		}
		if verbose {
			fmt.Fprintf(&failures, "\n### %s: %s\n\ntext: %q\n\n", c.Source, c.Name, c.Text)
			for _, s := range want {
				fmt.Fprintf(&failures, "- want %q\n", s)
			}
			for _, s := range gotAll {
				fmt.Fprintf(&failures, "- got  %q\n", s)
			}
		}
	}
	sources := make([]string, 0, len(bySource))
	for s := range bySource {
		sources = append(sources, s)
	}
	sort.Strings(sources)
	fmt.Fprintf(w, "## Sentence splitting: exact match per case (%s)\n\n", "segmentation/cases_en.json")
	fmt.Fprintln(w, "| source | cases | right (text segments) | accuracy | right (all segments) | accuracy |")
	fmt.Fprintln(w, "|---|---:|---:|---:|---:|---:|")
	for _, s := range sources {
		t := bySource[s]
		fmt.Fprintf(w, "| %s | %d | %d | %.1f%% | %d | %.1f%% |\n", s, t.total,
			t.right, pct(t.right, t.total), t.rightAll, pct(t.rightAll, t.total))
	}
	fmt.Fprintf(w, "| **all** | %d | %d | **%.1f%%** | %d | %.1f%% |\n", all.total,
		all.right, pct(all.right, all.total), all.rightAll, pct(all.rightAll, all.total))
	if verbose && failures.Len() > 0 {
		fmt.Fprintf(w, "\n## Failures\n")
		_, err = w.Write(failures.Bytes())
	}
	return err
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func pct(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return 100 * float64(n) / float64(d)
}

