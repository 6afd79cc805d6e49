package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestAlignAndMap(t *testing.T) {
	tests := []struct {
		name, text string
		ref        []string
		want       string // reference tokens after mapping, joined by " | "
	}{
		{"contraction", "I can't go.", []string{"I", "ca", "n't", "go", "."}, "I | can't | go | ."},
		{"possessive", "Robin's", []string{"Robin", "'s"}, "Robin's"},
		{"no apostrophe", "theyre", []string{"they", "re"}, "theyre"},
		{"hyphen", "well-known", []string{"well", "-", "known"}, "well-known"},
		{"number suffix", "10km", []string{"10", "km"}, "10km"},
		{"stops", "What?!", []string{"What", "?", "!"}, "What | ?!"},
		{"PTB quotes", `"Hi," he said`, []string{"``", "Hi", ",", "''", "he", "said"}, `" | Hi | , | " | he | said`},
		{"spaced tokens stay apart", "a - b", []string{"a", "-", "b"}, "a | - | b"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			spans, ok := align(tt.text, tt.ref)
			if !ok {
				t.Fatalf("align(%q, %q) failed", tt.text, tt.ref)
			}
			got := showSpans(tt.text, mapConventions(tt.text, spans, map[string]int{}))
			if got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
	if _, ok := align("abc", []string{"x"}); ok {
		t.Error("align found a token that is not in the text")
	}
}

func TestEvalSegmentation(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "segmentation"), 0o755); err != nil {
		t.Fatal(err)
	}
	cases := `[
 {"source": "mine", "name": "one", "text": "It rained. Then it stopped.", "sentences": ["It rained.", "Then it stopped."]},
 {"source": "mine", "name": "two", "text": "Mr. Smith left.", "sentences": ["Mr.", "Smith left."]},
 {"source": "sentencex tests/en.txt", "name": "sentencex #228", "text": "Forecasters expect several in. of snow.", "sentences": ["Forecasters expect several in.", "of snow."]}
]`
	if err := os.WriteFile(filepath.Join(dir, "segmentation", "cases_en.json"), []byte(cases), 0o644); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := evalSegmentation(dir, &out, true); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"| mine | 2 | 1 | 50.0% | 1 | 50.0% |", "### mine: two\n", `- got  "Mr. Smith left."`,
		"### sentencex tests/en.txt: sentencex #228 (kept on purpose: ", "1 of the 2 cases missed"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	if err := evalSegmentation(t.TempDir(), &out, false); err == nil {
		t.Error("no error for a missing data folder")
	}
}
