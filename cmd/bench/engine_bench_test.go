package main

import (
	"testing"

	"github.com/claimlight/claimlight"
)

// The native engine on the same 100 KB text the browser run uses, for
// profiling where the time goes:
//
//	go test -run '^$' -bench . -cpuprofile cpu.prof ./cmd/bench
//	go tool pprof -top cpu.prof
func benchText(b *testing.B) []byte {
	paras, err := loadParagraphs()
	if err != nil {
		b.Fatal(err)
	}
	return bySize(paras, 100_000)
}

func BenchmarkSegment100k(b *testing.B) {
	src := benchText(b)
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		claimlight.Segment(src)
	}
}

func BenchmarkAnalyze100k(b *testing.B) {
	src := benchText(b)
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		claimlight.Analyze(src)
	}
}
