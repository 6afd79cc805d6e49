package claim

import (
	"bytes"
	"fmt"
	"math"
	"math/rand"
	"os"
	"path/filepath"
	"slices"
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
	if err != nil || len(files) != 20 {
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

// refCharGrams is charGrams as it was first written: every n-gram hashed
// from its first byte.
func refCharGrams(f *featurizer, t []byte) {
	f.tmp = append(f.tmp[:0], '<')
	var starts [33]int32
	n := 0
	starts[n] = 0
	n++
	for i := range string(t) {
		if n > 30 {
			t = t[:i]
			break
		}
		starts[n] = int32(i) + 1
		n++
	}
	f.tmp = append(f.tmp, t...)
	starts[n] = int32(len(f.tmp))
	n++
	f.tmp = append(f.tmp, '>')
	starts[n] = int32(len(f.tmp))
	for g := int(f.cfg.CharMin); g <= int(f.cfg.CharMax); g++ {
		for j := 0; j+g <= n; j++ {
			if g == 1 && (j == 0 || j == n-1) {
				continue
			}
			h := fhBytes(fhByte(fnvOffset, nsChar), f.tmp[starts[j]:starts[j+g]])
			f.feats = append(f.feats, h&f.mask|charFlag)
		}
	}
}

// TestCharGramsReference checks that charGrams lists the n-grams of
// refCharGrams in the same order, and that with a model's weights it sums
// them to what scoring the list would (twice, as the featurizer is used
// again).
func TestCharGramsReference(t *testing.T) {
	m, err := DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	letters := []rune("abcxyz'é€ü漢")
	r := rand.New(rand.NewSource(1))
	cfgs := []FeatureConfig{m.Features, {Bits: 10, CharMin: 1, CharMax: 1}, {Bits: 10, CharMin: 1, CharMax: 5},
		{Bits: 12, CharMin: 2, CharMax: 30}, {Bits: 12, CharMin: 0, CharMax: 3}, {Bits: 12, CharMin: 3, CharMax: 40},
		{Bits: 12, CharMin: 31, CharMax: 32}, {Bits: 12, CharMin: 1, CharMax: 33}, {Bits: 12, CharMin: 5, CharMax: 3}}
	for _, cfg := range cfgs {
		w := make([]int8, 1<<cfg.Bits)
		for i := range w {
			w[i] = int8(r.Intn(256) - 128)
		}
		summed := newFeaturizer(cfg)
		summed.w = w
		for it := range 3000 {
			var word []rune
			for range r.Intn(40) {
				if it%2 == 0 {
					word = append(word, letters[r.Intn(7)]) // ASCII
				} else {
					word = append(word, letters[r.Intn(len(letters))])
				}
			}
			a, b := newFeaturizer(cfg), newFeaturizer(cfg)
			a.feats = append(a.feats, 7)
			b.feats = append(b.feats, 7)
			refCharGrams(a, []byte(string(word)))
			b.charGrams([]byte(string(word)))
			if !slices.Equal(a.feats, b.feats) {
				t.Fatalf("%+v %q: %v, want %v", cfg, string(word), b.feats, a.feats)
			}
			var wantSum, wantN int32
			for _, f := range a.feats[1:] {
				wantSum += int32(w[f&^charFlag])
				wantN++
			}
			for range 2 {
				summed.feats, summed.sumC, summed.nc = summed.feats[:0], 0, 0
				summed.charGrams([]byte(string(word)))
				var sum, n int32
				for _, f := range summed.feats {
					sum += int32(w[f&^charFlag])
					n++
				}
				if sum+summed.sumC != wantSum || n+summed.nc != wantN {
					t.Fatalf("%+v %q: summed %d of %d, want %d of %d", cfg, string(word), sum+summed.sumC, n+summed.nc, wantSum, wantN)
				}
			}
		}
	}
}

// TestWordInfoTable checks wordInfoTable against a map built from the
// word lists.
func TestWordInfoTable(t *testing.T) {
	want := map[string]wordInfoEntry{}
	set := func(words []string, fl wordInfo) {
		for _, w := range words {
			e := want[w]
			e.info |= fl
			want[w] = e
		}
	}
	for _, l := range featWordLists {
		set(strings.Fields(l.words), wordInfo(l.flag))
	}
	set(strings.Fields(reasonStopwords), infoStop)
	set(strings.Fields(judgeExhortations), infoExhort)
	set(strings.Fields(judgeExperienceVerbs), infoExperience)
	set(strings.Fields(judgePersonalNouns), infoPersonalNoun)
	set(strings.Fields(sweepWords), infoSweep)
	set(personalOpeners, infoPersonal)
	set([]string{"percent"}, infoPercent)
	for _, p := range boilerplate {
		set(p[:1], infoOpener)
	}
	n := 0
	for _, p := range boilerplate {
		for _, w := range p {
			if w == "$" || w == "?" {
				continue // the phrase ends there, or a question word stands there: no word
			}
			if want[w].bp == 0 {
				n++
				e := want[w]
				e.bp = uint8(n)
				want[w] = e
			}
		}
	}
	if n+1 != len(boilerplateVocab) {
		t.Errorf("boilerplateVocab has %d words, want %d", len(boilerplateVocab)-1, n)
	}
	for w, e := range want {
		if got := wordInfoTable.lookup([]byte(w)); got != e {
			t.Errorf("%q: %v, want %v", w, got, e)
		}
		for _, x := range []string{w + "s", w[1:], "x" + w} {
			if got := wordInfoTable.lookup([]byte(x)); got != want[x] {
				t.Errorf("%q: %v, want %v", x, got, want[x])
			}
		}
	}
}
