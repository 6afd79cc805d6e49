package claim

import (
	"fmt"
	"math/rand"
	"runtime"
	"slices"
	"sync"
	"testing"

	"github.com/claimlight/claimlight/internal/le"
	"github.com/claimlight/claimlight/segment"
	"github.com/claimlight/claimlight/tokenize"
)

// memoText returns random text of words that repeat, in mixed case, with
// apostrophes, hyphens, digits and letters that are not ASCII, of up to
// 20 bytes, so that the memos meet tokens both new and known, short and
// too long to hold, and tokens that fall in one slot.
func memoText(r *rand.Rand, words int) []byte {
	parts := []string{"a", "B", "z", "Q", "'", "-", "7", "é", "’", "s", "t", "."}
	vocab := make([]string, 300)
	for i := range vocab {
		w := ""
		for range 1 + r.Intn(20) {
			w += parts[r.Intn(len(parts))]
		}
		vocab[i] = w
	}
	var b []byte
	for range words {
		b = append(b, vocab[r.Intn(len(vocab))]...)
		b = append(b, " ,\n"[r.Intn(3)])
	}
	return b
}

// scanAll is the featurizer's split of src[start:end] with every token
// given to scan, as there was before the memo.
func scanAll(f *featurizer, src []byte, toks []tokenize.Token) {
	f.buf, f.words = f.buf[:0], f.words[:0]
	for _, t := range toks {
		switch t.Kind {
		case tokenize.Space, tokenize.LineBreak, tokenize.URL, tokenize.Email, tokenize.Invalid:
			continue
		case tokenize.Mention, tokenize.Hashtag:
			f.addWord(fxTag, t.Start, t.End, fwSymbol)
			continue
		}
		f.scan(src, t.Start, t.End)
	}
}

// TestWordMemo checks that splitWords gives the words scan gives, whether
// the memo knows them or not, and that the char n-gram sums it takes from
// the memo are those of the weights in use, as weights change.
func TestWordMemo(t *testing.T) {
	m, err := DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewSource(2))
	w2 := make([]int8, len(m.w))
	for i := range w2 {
		w2[i] = int8(r.Intn(256) - 128)
	}
	ref := newFeaturizer(m.Features)
	f := newFeaturizer(m.Features)
	for it := range 200 {
		src := memoText(r, 1+r.Intn(60))
		toks := tokenize.Append(nil, src)
		scanAll(ref, src, toks)
		want := slices.Clone(ref.words)
		for i := range want {
			want[i].sums, want[i].sumC, want[i].nc = false, 0, 0
		}
		for _, w := range [][]int8{nil, m.w, w2, m.w} {
			f.w = w
			f.splitWords(src, toks, 0, int32(len(src)))
			if string(f.buf) != string(ref.buf) || len(f.words) != len(want) {
				t.Fatalf("%d %q: words %q, want %q", it, src, f.buf, ref.buf)
			}
			for i, got := range f.words {
				wd := got
				wd.sums, wd.sumC, wd.nc = false, 0, 0
				if wd != want[i] {
					t.Fatalf("%d %q: word %d %+v, want %+v", it, src, i, got, want[i])
				}
				if !got.sums {
					continue
				}
				if w == nil {
					t.Fatalf("%d %q: word %d has sums without weights", it, src, i)
				}
				c := newFeaturizer(m.Features)
				c.w = w
				c.charGrams(f.text(got))
				// A word that is not ASCII has its n-grams appended,
				// for scoreSums to sum.
				for _, h := range c.feats {
					c.sumC += int32(w[h&uint32(len(w)-1)])
					c.nc++
				}
				if got.sumC != c.sumC || got.nc != c.nc {
					t.Fatalf("%d %q: word %q sums %d of %d, want %d of %d", it, src, f.text(got), got.sumC, got.nc, c.sumC, c.nc)
				}
			}
		}
	}
}

// TestSpellMemo checks that newAnnotator gives each word and
// abbreviation what lookup, spell and textBits give, whether the memo knows
// the token or not, and adds to lowerSeen the Words in lower case of each
// document.
func TestSpellMemo(t *testing.T) {
	r := rand.New(rand.NewSource(3))
	ref := &annotator{}
	const textShape = shUpper | shAllCaps | shLower | shPoss | shLetters
	for it := range 200 {
		// Each text a new document, analysed twice: the second time the
		// memo knows its words.
		src := memoText(r, 1+r.Intn(60))
		toks := tokenize.Append(nil, src)
		for range 2 {
			a := newAnnotator(src, toks, nil)
			lowers := map[uint64]bool{} // hashes of the Words in lower case
			var all []uint64            // hashes of the words and abbreviations
			for i := range a.n {
				tk := a.tok(i)
				if tk.Kind != tokenize.Word && tk.Kind != tokenize.Abbrev || tk.End-tk.Start > maxWordLen {
					continue
				}
				text := src[tk.Start:tk.End]
				c, h, id := ref.lookup(text)
				sh := spell(text)
				tb := textBits(tk.Kind, sh, c, id, text, containsByte(text, '-'))
				p := a.pos[i]
				if p.sh&textShape != sh || p.cls != c || p.wid != id || a.tbits[i] != tb {
					t.Fatalf("%d %q: %v %v %v %v, want %v %v %v %v", it, text, p.sh&textShape, p.cls, p.wid, a.tbits[i], sh, c, id, tb)
				}
				if sh&shLower != 0 && tk.Kind == tokenize.Word {
					lowers[h] = true
				}
				all = append(all, h)
			}
			for _, h := range all {
				if a.lowerSeen.has(h) != lowers[h] {
					t.Fatalf("%d: hash %x in lowerSeen %v, want %v", it, h, !lowers[h], lowers[h])
				}
			}
			a.release()
		}
	}
}

// TestWordKey checks that the key of keyMasks holds the token's bytes and
// nothing else.
func TestWordKey(t *testing.T) {
	r := rand.New(rand.NewSource(4))
	for range 2000 {
		p := make([]byte, 16+r.Intn(8))
		for i := range p {
			p[i] = byte(r.Intn(256))
		}
		n := 1 + r.Intn(maxMemoWord)
		km := &keyMasks[n]
		k0, k1 := le.Uint64(p)&km[0], le.Uint64(p[8:16])&km[1]
		var got []byte
		for i := range maxMemoWord {
			k := k0
			if i >= 8 {
				k = k1
			}
			got = append(got, byte(k>>(8*(i%8))))
		}
		want := append(slices.Clone(p[:n]), make([]byte, maxMemoWord-n)...)
		if string(got) != string(want) {
			t.Fatalf("key of %x, %d: % x, want % x", p, n, got, want)
		}
	}
}

// TestMemosConcurrent checks that documents analysed at the same time get
// the judgements they get one at a time: no two share a memo (run with
// -race to see it).
func TestMemosConcurrent(t *testing.T) {
	r := rand.New(rand.NewSource(5))
	type doc struct {
		src   []byte
		spans []Span
		judge []Judgement
	}
	analyse := func(src []byte) ([]Span, []Judgement) {
		toks := tokenize.Append(nil, src)
		sents := segment.Append(nil, src, toks)
		spans := Annotate(src, toks, sents)
		return spans, Judge(src, toks, sents, spans)
	}
	docs := make([]doc, 8)
	for i := range docs {
		docs[i].src = memoText(r, 400)
		docs[i].spans, docs[i].judge = analyse(docs[i].src)
	}
	var wg sync.WaitGroup
	errs := make(chan string, len(docs))
	for i := range docs {
		wg.Add(1)
		go func(d doc) {
			defer wg.Done()
			for range 5 {
				spans, judge := analyse(d.src)
				if !slices.Equal(spans, d.spans) || fmt.Sprint(judge) != fmt.Sprint(d.judge) {
					errs <- fmt.Sprintf("%.40q: not the same when analysed alongside others", d.src)
					return
				}
			}
		}(docs[i])
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// TestTextFeaturesKeepsItsMemo checks that TextFeatures, which training
// calls for every sentence, leaves its memo for the next call rather than
// making a new one (half a megabyte) each time.
func TestTextFeaturesKeepsItsMemo(t *testing.T) {
	m, err := DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	text := []byte("The minister said unemployment fell by 3% last year.")
	TextFeatures(nil, m.Features, text)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	const n = 20
	for range n {
		TextFeatures(nil, m.Features, text)
	}
	runtime.ReadMemStats(&after)
	if per := (after.TotalAlloc - before.TotalAlloc) / n; per > 64<<10 {
		t.Errorf("TextFeatures allocated %d bytes a call, want under 64 KB", per)
	}
}

// TestSplitWordsShortcuts checks that splitWords takes each token as scan
// does, byte for byte, where it does not call scan: numbers of digits
// alone, runes of General Punctuation, one byte of ASCII punctuation, and
// words from the memo.
func TestSplitWordsShortcuts(t *testing.T) {
	src := []byte("In 1990, 2024 and 1789 — “35” cats’ 1,234 9.8% 0 12345678901234567890 2ab x—y ‘quoted’ … " +
		"‐ ‑ ‒ – ― ‖ † ‰ ‹ › ‼ ⁄ €5 $3 ? ! : \" ( ) plain Words Ukraine’s well-known 20 1700 1699 2100 0020\n")
	toks := tokenize.Append(nil, src)
	m, err := DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	f, g := m.featurizer(), m.featurizer()
	defer m.release(f)
	for pass := 0; pass < 2; pass++ { // the second with the words in the memo
		for _, tk := range toks {
			f.splitWords(src, []tokenize.Token{tk}, tk.Start, tk.End)
			g.splitWords(src, nil, 0, 0)
			g.scan(src, tk.Start, tk.End)
			if len(f.words) != len(g.words) {
				t.Fatalf("%q: %d words, scan %d", tk.Text(src), len(f.words), len(g.words))
			}
			for i := range f.words {
				a, b := f.words[i], g.words[i]
				if string(f.text(a)) != string(g.text(b)) || a.class != b.class || a.wh != b.wh || a.uh != b.uh ||
					a.fixed != b.fixed || a.info != b.info || a.srcStart != b.srcStart || a.srcEnd != b.srcEnd {
					t.Errorf("%q: word %q %+v, scan %q %+v", tk.Text(src), f.text(a), a, g.text(b), b)
				}
			}
		}
	}
}
