package claim

import (
	"bytes"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimlight/claimlight/segment"
	"github.com/claimlight/claimlight/tokenize"
)

// TestJudgeGuard pins Judge's output (score bits, check-worthiness, types
// and reasons of every sentence) on the test articles and web/sample.txt,
// with and without spans, so that speed-ups cannot change what it says.
// Run `go test ./claim -run JudgeGuard -update` to rewrite the golden file.
func TestJudgeGuard(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "articles", "*.txt"))
	if err != nil || len(files) != 5 {
		t.Fatalf("articles: %v, %v", files, err)
	}
	files = append(files, filepath.Join("..", "web", "sample.txt"))
	var out bytes.Buffer
	for _, name := range files {
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		toks := tokenize.Append(nil, src)
		sents := segment.Append(nil, src, toks)
		spans := Annotate(src, toks, sents)
		for _, mode := range []string{"spans", "nospans"} {
			sp := spans
			if mode == "nospans" {
				sp = nil
			}
			js := Judge(src, toks, sents, sp)
			fmt.Fprintf(&out, "== %s %s %d\n", filepath.Base(name), mode, len(js))
			for i, j := range js {
				fmt.Fprintf(&out, "%d %08x %v %v %q\n", i, math.Float32bits(j.Score), j.CheckWorthy, j.Types.Names(), j.Reasons)
			}
		}
	}
	golden := filepath.Join("testdata", "judge_guard.txt")
	if *update {
		if err := os.WriteFile(golden, out.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update)", err)
	}
	if !bytes.Equal(out.Bytes(), want) {
		g, w := strings.Split(out.String(), "\n"), strings.Split(string(want), "\n")
		for i := 0; i < len(g) && i < len(w); i++ {
			if g[i] != w[i] {
				t.Fatalf("line %d:\n got %s\nwant %s", i+1, g[i], w[i])
			}
		}
		t.Fatalf("got %d lines, want %d", len(g), len(w))
	}
}
