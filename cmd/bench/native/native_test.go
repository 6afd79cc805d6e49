package native

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/claimlight/claimlight"
)

// text100k cycles the paragraphs of ../testdata/*.txt up to 100,000 bytes,
// as cmd/bench builds its "100k" text.
func text100k(b *testing.B) []byte { return textOf(b, 100_000) }

// textOf cycles the paragraphs of ../testdata/*.txt up to limit bytes.
func textOf(b *testing.B, limit int) []byte {
	names, err := filepath.Glob("../testdata/*.txt")
	if err != nil || len(names) == 0 {
		b.Fatalf("no texts in ../testdata: %v", err)
	}
	var paras [][]byte
	for _, name := range names { // Glob returns names sorted
		src, err := os.ReadFile(name)
		if err != nil {
			b.Fatal(err)
		}
		for _, p := range bytes.Split(bytes.ReplaceAll(src, []byte("\r\n"), []byte("\n")), []byte("\n\n")) {
			if p = bytes.TrimSpace(p); len(p) > 0 {
				paras = append(paras, p)
			}
		}
	}
	var buf bytes.Buffer
	for i := 0; ; i++ {
		p := paras[i%len(paras)]
		if buf.Len() > 0 && buf.Len()+2+len(p) > limit {
			return buf.Bytes()
		}
		if buf.Len() > 0 {
			buf.WriteString("\n\n")
		}
		buf.Write(p)
	}
}

func BenchmarkSegment100k(b *testing.B) {
	src := text100k(b)
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		claimlight.Segment(src)
	}
}

func BenchmarkAnalyze100k(b *testing.B) {
	src := text100k(b)
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		claimlight.Analyze(src)
	}
}

// BenchmarkAnalyze6k is a text the size of a 1,000-word article (the page's
// paste-to-painted case): a per-call cost shows here as lower MB/s than
// BenchmarkAnalyze100k's.
func BenchmarkAnalyze6k(b *testing.B) {
	src := textOf(b, 6_000)
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		claimlight.Analyze(src)
	}
}
