package claim

import (
	"sync/atomic"
	"unsafe"

	"github.com/claimlight/claimlight/internal/le"
	"github.com/claimlight/claimlight/tokenize"
)

// News text repeats most of its words: in a long article a few thousand
// distinct words make up tens of thousands. The annotator and the
// featurizer each work a word out the first time they meet it (the
// annotator its shape, word classes, id and hash; the featurizer its lower
// case, two FNV hashes, word list flags and the weights of its character
// n-grams) and remember the result, keyed by the word's bytes, so that the
// next time costs a probe or two. The memos serve document after document:
// what they hold depends on the word's bytes alone (and, for the sums, on
// the weights, which the featurizer's memo checks).
//
// Between documents a memo waits as a spare (see spareWordMemo), as the
// annotator and the featurizer do (see spareAnnotator), rather than in a
// sync.Pool, which the garbage collector empties: a long document collects
// several times while it is analysed, and would otherwise find no memo and
// make new ones.

// The spare memos, one of each kind, for the next document. A document
// takes the spare if there is one (a second document analysed at the same
// time makes its own) and leaves its memo as the spare when done.
var (
	spareWordMemo  unsafe.Pointer // *wordMemo, as spareAnnotator
	spareSpellMemo unsafe.Pointer // *spellMemo
)

// releaseMemo leaves f's memo as the spare, for the next featurizer.
func (f *featurizer) releaseMemo() {
	if f.memo != nil {
		atomic.StorePointer(&spareWordMemo, unsafe.Pointer(f.memo))
		f.memo = nil
	}
}

// maxMemoWord is the length in bytes of the longest word the memos hold:
// two 64-bit words of key. Longer words are rare and are worked out each
// time.
const maxMemoWord = 16

// memoBits is the base-2 logarithm of the number of slots of a memo:
// 8192, for a long text has a few thousand distinct tokens (a debate
// transcript of 100 KB some 5,000). A word memo is 768 KB, a spell memo
// 320 KB; 16384 slots would spare another 1% of the work on the
// transcripts for twice that.
const memoBits = 13

// memoSlotOf returns the first slot of the pair of a memo of 1<<memoBits
// slots where the key k0, k1 goes: a multiplicative hash, whose top bits
// depend on every key byte, made even.
func memoSlotOf(k0, k1 uint64) uint64 {
	return ((k0^k1*0xff51afd7ed558ccd)*0x9e3779b97f4a7c15 ^ k1) >> (64 - memoBits) &^ 1
}

// wordMemo holds what splitWords found for the Word tokens of up to
// maxMemoWord bytes it met. It is a cache of pairs of slots: a word's hash
// picks a pair, and the word may be in either slot; a new word goes in the
// first, and the word that was there moves to the second. So a word costs
// at most two probes, two words of a text that fall in one pair do not
// drive each other out, and the memo never grows or needs emptying.
type wordMemo struct {
	// w are the weights the entries' sums were taken under, in
	// generation gen: an entry's sums hold when its gen is the memo's.
	// Weights are a model's own, so they stand for its features too, as
	// they did for the charMemo this replaces.
	w     []int8
	gen   uint32
	slots [1 << memoBits]memoEntry
}

// useWeights makes the sums of m's entries hold for the weights w: when
// they are not those of the sums held, all the sums are dropped.
func (m *wordMemo) useWeights(w []int8) {
	if sameWeights(m.w, w) {
		return
	}
	m.w = w
	if m.gen++; m.gen == 0 {
		// Entries of 2^32 generations ago would pass for new.
		clear(m.slots[:])
		m.gen = 1
	}
}

// memoEntry is a slot of wordMemo; n 0 marks an empty one.
type memoEntry struct {
	_      [0]func() // not comparable: no equality code for the memo types
	k0, k1 uint64    // the key of the token's bytes, see keyMasks
	n      uint8     // its length in bytes
	// plain is set when scan makes the token one fwAlpha word, over all
	// of it, of at most maxMemoWord bytes: "ukraine" for "Ukraine", and
	// "ukraine's" for "Ukraine’s" too; else scan splits it each time.
	plain bool
	// t0 and t1 hold the text of a plain word as splitWords writes it,
	// little-endian, its first tn bytes.
	t0, t1 uint64
	tn     uint8
	// word is the token's word as splitWords appends it, but for its
	// offsets. Its sums hold for the weights of generation gen of the
	// memo; gen 0: not known.
	word fword
	gen  uint32
}

// keyMasks holds, for n from 0 to 16, the masks that keep the first n
// bytes of two little-endian words. The key of a token of n bytes, 0 < n
// <= maxMemoWord, at the start of p, which holds at least 16, is
//
//	km := &keyMasks[n]
//	k0, k1 := le.Uint64(p)&km[0], le.Uint64(p[8:16])&km[1]
//
// its bytes, zero past its end: with n, it tells any two texts of up to
// 16 bytes apart. splitWords and annotator.positions write it out, so that they make
// no call on a hit.
var keyMasks = func() (t [maxMemoWord + 1][2]uint64) {
	for n := range t {
		t[n][0] = ^uint64(0) >> uint(64-8*min(n, 8))
		t[n][1] = ^uint64(0) >> uint(64-8*max(n-8, 0))
	}
	return t
}()

// learnWord splits the token src[s:e], not in the memo, with scan, and
// puts what scan made of it in the memo's slot me, under the key k0, k1
// (see keyMasks). It reports true: the token's words are appended.
func (f *featurizer) learnWord(src []byte, s, e int32, me *memoEntry, k0, k1 uint64) bool {
	*me = memoEntry{k0: k0, k1: k1, n: uint8(e - s)}
	nb, nw0 := len(f.buf), len(f.words)
	f.scan(src, s, e)
	if len(f.words) != nw0+1 {
		return true // scan split it otherwise
	}
	w := &f.words[nw0]
	if w.class != fwAlpha || w.start != int32(nb) || w.end != int32(len(f.buf)) || w.end-w.start > maxMemoWord || w.srcStart != s || w.srcEnd != e {
		return true
	}
	var text [maxMemoWord]byte
	copy(text[:], f.buf[nb:])
	me.plain, me.word = true, *w
	me.t0, me.t1, me.tn = le.Uint64(text[:8]), le.Uint64(text[8:]), uint8(w.end-w.start)
	return f.charSums(me, w)
}

// charSums sets the sums of the character n-grams of the plain word nw,
// the word of the memo entry me, when f scores with weights: from me when
// it holds them for these weights, else worked out and kept in me. They
// are what charGramsOf would add to f.sumC and f.nc for the word, or, for
// a word that is not ASCII, the sum and number of the weights of the
// n-grams it would append to f.feats, which scoreSums would sum. It
// returns true.
func (f *featurizer) charSums(me *memoEntry, nw *fword) bool {
	lo, hi := int(f.cfg.CharMin), int(f.cfg.CharMax)
	if f.w == nil || hi == 0 || lo == 0 || hi > 32 {
		return true
	}
	if me.gen != f.memo.gen {
		sum, nc := f.sumC, f.nc
		f.sumC, f.nc = 0, 0
		if nw.wide {
			// charGramsOf appends the n-grams of a word that is not
			// ASCII, for scoreSums to sum: they are summed here.
			at := len(f.feats)
			f.charGramsOf(f.text(*nw), false)
			for _, h := range f.feats[at:] {
				f.sumC += int32(f.w[h&uint32(len(f.w)-1)])
				f.nc++
			}
			f.feats = f.feats[:at]
		} else {
			f.charGramsASCII(f.text(*nw), lo, hi)
		}
		me.word.sumC, me.word.nc, me.word.sums, me.gen = f.sumC, f.nc, true, f.memo.gen
		f.sumC, f.nc = sum, nc
	}
	nw.sumC, nw.nc, nw.sums = me.word.sumC, me.word.nc, true
	return true
}

// spellMemo holds what spellNew found for the words and abbreviations of
// up to maxMemoWord bytes that the annotator met, in pairs of slots as
// wordMemo does.
type spellMemo struct {
	doc   uint32 // the number of the document being annotated, from 1
	slots [1 << memoBits]spellEntry
}

// nextDoc numbers the next document annotated with m.
func (m *spellMemo) nextDoc() {
	if m.doc++; m.doc == 0 {
		// Entries of 2^32 documents ago would pass for seen.
		clear(m.slots[:])
		m.doc = 1
	}
}

// spellEntry is a slot of spellMemo; nk 0 marks an empty one.
type spellEntry struct {
	_      [0]func() // not comparable, as memoEntry
	k0, k1 uint64    // the key of the token's bytes, see keyMasks
	h      uint64    // the hash of its lower-case text
	id     wordID
	nk     uint16 // its length in bytes, and its tokenize.Kind times 256: one compare for both
	sh     shape  // the bits of spell
	c      uint8  // its word classes, as an index into flagSets
	tb     tbit
	cue    bool   // positions lists the word among the cue words (see cueWord)
	anchor bool   // positions marks it in anchors (see anchorAt)
	lex    bool   // positions marks it in lexes (see lexAt)
	seen   uint32 // the last document (see spellMemo.doc) where it was met
}

// spellNew works out, for text, a token of kind k, a Word or an Abbrev of
// at most maxWordLen bytes, its shape bits that depend on the text alone
// (see spell), its word classes and wordID (see lookup), and its text bits
// (see textBits); it adds the hash of a Word in lower case to a.lowerSeen.
// When me is not nil it keeps them there, under the key k0, k1 (see
// keyMasks), for positions to find the next time the token comes.
func (a *annotator) spellNew(k tokenize.Kind, text []byte, me *spellEntry, k0, k1 uint64) (shape, uint8, wordID, tbit) {
	c, h, id := a.lookup(text)
	sh := spell(text)
	tb := textBits(k, sh, c, id, text, containsByte(text, '-'))
	if sh&shLower != 0 && k == tokenize.Word {
		a.lowerSeen.add(h)
	}
	if me != nil {
		*me = spellEntry{k0: k0, k1: k1, h: h, id: id, nk: uint16(len(text)) | uint16(k)<<8, sh: sh, c: c, tb: tb, cue: cueWord(c, id), anchor: anchorAt(c, tb), lex: lexAt(c, id, tb), seen: a.memo.doc}
	}
	return sh, c, id, tb
}
