package claim

import (
	"bytes"
	"math"
	"math/bits"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/claimlight/claimlight/amount"
	"github.com/claimlight/claimlight/internal/le"
	"github.com/claimlight/claimlight/internal/strs"
	"github.com/claimlight/claimlight/internal/wordset"
	"github.com/claimlight/claimlight/segment"
	"github.com/claimlight/claimlight/tokenize"
)

// FeatureConfig says which hashed features the model uses. It is stored in
// the model file, so that scoring extracts exactly the features the model
// was trained on.
type FeatureConfig struct {
	// Bits is the base-2 logarithm of the number of hash buckets.
	Bits uint8
	// CharMin and CharMax bound the length, in runes, of the character
	// n-grams taken from each word (with "<" and ">" marking its ends).
	// CharMax 0 turns character n-grams off.
	CharMin, CharMax uint8
	// Trigrams adds word trigrams to the word unigrams and bigrams.
	Trigrams bool
	// SkipBigrams adds pairs of words with one word between them.
	SkipBigrams bool
	// Conjunctions adds every pair of the sentence's indicator features
	// (shape flags, length bucket, span kinds present).
	Conjunctions bool
	// CharWeight is the value of a character n-gram feature relative to
	// the other features, in percent; 0 means 100.
	CharWeight uint8
}

// charFlag marks character n-gram features in a feature list; the bucket is
// the feature with the flag cleared.
const charFlag = 1 << 31

// charValue returns the relative value of a character n-gram feature.
func (c FeatureConfig) charValue() float64 {
	if c.CharWeight == 0 {
		return 1
	}
	return float64(c.CharWeight) / 100
}

// featureNorm returns 1 over the Euclidean norm of a feature list in which
// character n-grams have value cv and other features value 1, so that every
// sentence's feature vector has length 1.
func featureNorm(feats []uint32, cv float64) float64 {
	nc := 0
	for _, f := range feats {
		if f&charFlag != 0 {
			nc++
		}
	}
	nw := len(feats) - nc
	sq := float64(nw) + float64(nc)*cv*cv
	if sq == 0 {
		return 0
	}
	return 1 / math.Sqrt(sq)
}

// Feature namespaces: the first byte hashed for every feature, so that the
// same string in two roles lands in different buckets.
const (
	nsUnigram = 'u'
	nsBigram  = 'b'
	nsTrigram = 't'
	nsChar    = 'c'
	nsShape   = 's'
	nsSpan    = 'k'
	nsSkip    = 'g'
	nsConj    = 'x'
)

// FNV-1a, 32 bits: fhByte, fhBytes and fhString continue a hash h with
// more bytes; fhMix combines two hashes under a namespace.
const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

func fhByte(h uint32, b byte) uint32 { return (h ^ uint32(b)) * fnvPrime }

func fhBytes(h uint32, p []byte) uint32 {
	for _, b := range p {
		h = (h ^ uint32(b)) * fnvPrime
	}
	return h
}

func fhString(h uint32, s string) uint32 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * fnvPrime
	}
	return h
}

// fword is a normalized word of a sentence: buf[start:end] in the
// featurizer's buffer, and where it came from in the source.
type fword struct {
	start, end int32 // in featurizer.buf
	srcStart   int32 // byte offsets in the source
	srcEnd     int32
	class      fwordClass
	bp         uint8    // id of the word in boilerplate phrases, 0 if none
	info       wordInfo // flags of an fwAlpha word, from wordInfos
	wh, uh     uint32   // hashes of the text, plain and as a unigram
	wide       bool     // the text has a byte that is not ASCII
	fixed      uint8    // the fixedWord addWord put in place of the text, plus one; 0 for others
	// sums is set when sumC and nc hold what charGramsOf would add
	// for the word, taken from the memo (see charSums).
	sums     bool
	sumC, nc int32
	// wu and wb are the weights of the word's unigram and of its bigram
	// with the word before, which extract sets when it scores.
	wu, wb int8
}

type fwordClass uint8

const (
	fwAlpha fwordClass = iota // letters, maybe with digits, apostrophes, hyphens
	fwNumber
	fwSymbol // one punctuation or symbol character kept as a word: ? ! " % $
)

// featurizer turns one sentence into hashed feature indexes. Its buffers are
// reused from sentence to sentence; it is not safe for concurrent use.
type featurizer struct {
	cfg FeatureConfig
	// w, when set, are the weights of the model scoring the features:
	// features other than char n-grams are then not added to feats but
	// their weights summed into sumW and counted in nw, and so are char
	// n-grams of ASCII words, into sumC and nc (see Model.score).
	w        []int8
	sumW, nw int32
	sumC, nc int32
	memo     *wordMemo // of Word tokens, the spare when splitWords began; see wordMemo
	mask     uint32
	buf      []byte
	tmp      []byte
	words    []fword
	feats    []uint32
	// counted is set when counts holds the counts of words; splitWords
	// clears it and extract, which counts as it goes, sets it.
	counted bool
	// odd is set when the tokens splitWords was given last may have one
	// that unreadable counts: an Invalid token or a control character.
	odd bool
	// tagStart and tagEnd are the source range of the text inside the
	// first wiki maintenance tag ("citation needed") splitWords met and
	// left out, or equal.
	tagStart, tagEnd int32
	counts           wordCounts
	// sentStart and sentEnd are the source range splitWords was given
	// last, and pence whether it speaks of money (see penceContext): 0
	// not asked yet, 1 yes, -1 no.
	sentStart, sentEnd int32
	pence              int8
}

// wordCounts is what the rules of Model.ruleFactor ask of a sentence's
// words.
type wordCounts struct {
	alpha   int      // fwAlpha words
	numbers bool     // whether there is an fwNumber word
	infos   wordInfo // the infos of the words, or-ed together
}

// wordCounts returns the counts of the words f holds: those extract
// left, or counted now.
func (f *featurizer) wordCounts() wordCounts {
	if f.counted {
		return f.counts
	}
	var c wordCounts
	for i := range f.words {
		w := &f.words[i]
		c.infos |= w.info
		switch w.class {
		case fwAlpha:
			c.alpha++
		case fwNumber:
			c.numbers = true
		}
	}
	return c
}

// featurizerMem is a featurizer as the heap holds it, as annotatorMem is
// an annotator: no type descriptor lists featurizer's methods.
type featurizerMem featurizer

func newFeaturizer(cfg FeatureConfig) *featurizer {
	return (*featurizer)(&featurizerMem{
		cfg:   cfg,
		mask:  uint32(1)<<cfg.Bits - 1,
		buf:   make([]byte, 0, 512),
		words: make([]fword, 0, 64),
		feats: make([]uint32, 0, 1024),
	})
}

// splitWords fills f.words with the normalized words of src[start:end],
// scanning the bytes of the sentence's tokens. Words are runs of letters and
// digits, joined across inner apostrophes, hyphens, dots and commas ("it's",
// "war-torn", "u.s", "1,234.5"); they are lower-cased, and numbers are
// replaced by a shape ("<num>", "<year>"). Currency signs, "%", "?", "!",
// quotation marks and colons are kept as one-character words; other
// punctuation is dropped. Abbreviation tokens are kept whole.
func (f *featurizer) splitWords(src []byte, toks []tokenize.Token, start, end int32) {
	f.buf = f.buf[:0]
	f.words = f.words[:0]
	// A sentence has at most about one word a token, and its words' text
	// is at most about its own: room for them at once, as append would
	// copy the words of a sentence of megabytes, which a pasted text with
	// no full stop is, about five times over.
	if n := len(toks); n > cap(f.words) {
		f.words = make([]fword, 0, max(n, 2*cap(f.words)))
	}
	if n := int(end-start) + maxMemoWord; n > cap(f.buf) && end > start {
		f.buf = make([]byte, 0, max(n, 2*cap(f.buf)))
	}
	f.counted = false
	f.tagStart, f.tagEnd = 0, 0
	f.sentStart, f.sentEnd, f.pence = start, end, 0
	if f.memo == nil {
		if f.memo = (*wordMemo)(atomic.SwapPointer(&spareWordMemo, nil)); f.memo == nil {
			f.memo = new(wordMemo)
		}
	}
	f.memo.useWeights(f.w)
	f.odd = len(toks) == 0
	if len(toks) == 0 {
		f.scan(src, start, end)
	} else {
		f.splitTokens(src, toks, start, end)
	}
}

// splitTokens is splitWords's loop over the tokens toks, all or the rest
// of the sentence's, which appends their words to f.words.
func (f *featurizer) splitTokens(src []byte, toks []tokenize.Token, start, end int32) {
	for ti := range toks {
		t := &toks[ti]
		// A Word, the commonest token with the spaces, skips the switch.
		if t.Kind != tokenize.Word {
			switch t.Kind {
			case tokenize.Space, tokenize.LineBreak, tokenize.URL, tokenize.Email, tokenize.Invalid:
				// "\v", "\f" and other control characters but tab and line
				// breaks are no text
				if int(t.Start) >= len(src) {
					f.odd = true
				} else if c := src[t.Start]; c-0x20 >= 0x80-0x20 {
					// below 0x20 or not ASCII, which an Invalid token is:
					// seldom
					f.odd = f.odd || t.Kind == tokenize.Invalid || c < 0x20 && c != '\n' && c != '\r' && c != '\t'
				}
				continue
			}
		}
		s, e := t.Start, t.End
		if s < start || e > end { // seldom: a token across the sentence's bounds
			if e <= start || s >= end {
				f.odd = true // not looked at
				continue
			}
			s, e = max(s, start), min(e, end)
		}
		if t.Kind != tokenize.Word {
			if t.Kind == tokenize.Mention || t.Kind == tokenize.Hashtag {
				f.addWord(fxTag, s, e, fwSymbol)
				continue
			}
			if t.Kind == tokenize.Currency && (src[s]|0x20)-'a' < 26 {
				// a sign written with letters, "zł", "Kč": the word "$"
				// is, so that a sum scores the same in any currency
				// (symbolWord maps the signs that are no letters)
				f.addWord(fxCur, s, e, fwSymbol)
				continue
			}
		} else {
			// A code is in capitals but for "Rs": a word of two or three
			// bytes with no second capital is looked up only when it
			// is "Rs".
			if uint32(e-s-2) <= 1 && src[s]-'A' < 26 && (src[s+1]-'A' < 26 || src[s+1] == 's') && currencyCode(src, toks, ti) {
				f.addWord(fxCur, s, e, fwSymbol) // "PLN 1.4 bln", "1.4 bln CHF"
				continue
			}
			// A Word token of up to maxMemoWord bytes, but in the last
			// 15 bytes of src, is looked up in f.memo, written out here
			// with no call so that the compiler keeps its values in
			// registers. A token met before that scan took whole as one
			// word of ASCII letters (and maybe joiners), the commonest
			// case, is written from there; a token not met before is
			// split by scan, and what scan made of it remembered (see
			// learnWord); others are left to scan.
			// (s and n taken unsigned, and the key's 16 bytes as an
			// array, leave the compiler no bounds to check.)
			if n, u := uint(e-s), uint(uint32(s)); n-1 < maxMemoWord && u+16 <= uint(len(src)) {
				p := (*[16]byte)(src[u : u+16])
				km := &keyMasks[n] // the key, see keyMasks
				k0, k1 := le.Uint64(p[:8])&km[0], le.Uint64(p[8:])&km[1]
				m := f.memo
				slot := memoSlotOf(k0, k1)
				me := &m.slots[slot]
				if me.k0 != k0 || me.k1 != k1 || me.n != uint8(n) {
					me = &m.slots[slot^1]
					if me.k0 != k0 || me.k1 != k1 || me.n != uint8(n) {
						// The word of the first slot moves to the second.
						*me = m.slots[slot]
						f.learnWord(src, s, e, &m.slots[slot], k0, k1)
						continue
					}
				}
				// scan grows the buffers when they are full, which is
				// seldom.
				if b, i := len(f.buf), len(f.words); me.plain && cap(f.buf)-b >= maxMemoWord && i < cap(f.words) {
					// The text's words are written whole, and the buffer
					// cut after it.
					text := (*[16]byte)(f.buf[b : b+16])
					le.PutUint64(text[:8], me.t0)
					le.PutUint64(text[8:], me.t1)
					tn := int(me.tn)
					f.buf = f.buf[:b+tn]
					words := f.words[:i+1] // of a length the compiler knows: no bounds check below
					f.words = words
					nw := &words[i]
					*nw = me.word
					nw.start, nw.end, nw.srcStart, nw.srcEnd = int32(b), int32(b+tn), s, e
					if me.gen != m.gen || f.w == nil {
						nw.sums = false
						f.charSums(me, nw)
					}
					continue
				}
			}
		}
		if c := src[s]; e-s == 1 && c < utf8.RuneSelf && asciiWordClass[c] == 0 && c != '&' {
			// One byte of ASCII punctuation, most of the tokens that are
			// no word, as scan would take it: a word if it stands for
			// one, else nothing; or a control character.
			if w := asciiSymbols[c]; w != 0 && w != openBracket {
				f.addWord(w-1, s, e, fwSymbol)
			} else if w == openBracket && ti > 0 && !toks[ti-1].Kind.IsSpace() {
				if k := wikiTag(src, toks, ti); k > 0 {
					// the tag is the page's note on the text, not its
					// words; a heading's "[edit]" link flags nothing
					if f.tagStart == f.tagEnd && string(toks[ti+1].Text(src)) != "edit" {
						f.tagStart, f.tagEnd = toks[ti+1].Start, toks[k-2].End
					}
					f.splitTokens(src, toks[k:], start, end)
					return
				}
			}
			f.odd = f.odd || c < 0x20
			continue
		}
		if d := src[s:e]; allDigits(d) {
			// A number of digits alone, as scan would take it: a year
			// ("1990", "2024") or a number.
			shape, class := fxNum, fwNumber
			if len(d) == 4 && (d[0] == '1' && d[1] >= '7' || d[0] == '2' && d[1] == '0') {
				shape = fxYear
			} else if n := len(f.words); n > 0 && f.labelWord(src, &f.words[n-1]) {
				// "Year 9 pupils", "a band 5 nurse", "stage 4 cancer" (see
				// labelWords): the number names a class or a grade, and is
				// no number to the model.
				shape, class = fxLabel, fwSymbol
			}
			f.addWord(shape, s, e, class)
			continue
		}
		if e-s == 3 && src[s] == 0xe2 && src[s+1] == 0x80 && src[s+2]&0xc0 == 0x80 {
			// A rune from U+2000 to U+203F, General Punctuation ("—",
			// "“", "’"), which has no letter, as scan would take it.
			f.symbolWord(0x2000+rune(src[s+2]&0x3f), s, 3)
			continue
		}
		f.scan(src, s, e)
	}
}

// labelWord reports whether the word w of src, before a number, makes
// the number a label that names a grade or a group rather than a count:
// one of labelWords or looseLabelWords, or "Year" with its capital
// (schoolYear).
func (f *featurizer) labelWord(src []byte, w *fword) bool {
	p := f.textOf(w)
	if uint(len(p)-3) > 2 {
		return false // none is shorter than three letters or longer than five
	}
	return wordIn(labelWords+" "+looseLabelWords, p) || schoolYear(src[w.srcStart:w.srcEnd]) // one list, joined as the program is compiled
}

// currencyCodes are the ISO 4217 codes that currencyCode takes for a
// currency, and the rupee's "Rs", in a table: those of the money
// annotator's currency words (see lexicon_src.go) that are no common word
// in capitals ("TRY", "PHP" and "SAR" are left out).
var currencyCodes = wordset.Of("Rs|USD|EUR|GBP|JPY|CNY|CHF|CAD|AUD|INR|RUB|UAH|SEK|NOK|DKK|PLN|CZK|HUF|ZAR|BRL|MXN|KRW|SGD|NZD|HKD|AED|ILS|EGP|NGN|KES|PKR|IDR|MYR|THB|VND|RMB")

// currencyCode reports whether the Word token toks[k] of src, two or
// three bytes that start with a capital, is one of currencyCodes next to a
// number, before or after it: "PLN 1.4 bln", "1.4 bln CHF". The
// featurizer takes it for the word "$" is.
func currencyCode(src []byte, toks []tokenize.Token, k int) bool {
	t := toks[k].Text(src)
	if !currencyCodes.Has(t) {
		return false
	}
	// the number before may have a scale word after it: "1.4 bln CHF"
	for j, seen := k-1, 0; j >= 0 && seen < 2; j-- {
		switch toks[j].Kind {
		case tokenize.Space:
			continue
		case tokenize.Number:
			return true
		}
		seen++
		if toks[j].Kind != tokenize.Word || !wordIn("bn bln mn mln m billion million trillion thousand", toks[j].Text(src)) {
			break
		}
	}
	for j := k + 1; j < len(toks); j++ {
		if toks[j].Kind != tokenize.Space {
			return toks[j].Kind == tokenize.Number
		}
	}
	return false
}

// wikiTag returns the index of the token after a wiki maintenance tag
// that opens with the "[" at toks[k] ("[citation needed]", "[who?]",
// "[dubious – discuss]", "[according to whom?]"), or 0: a note in
// brackets as [segment.WikiTag] reads it, whose first word is one of
// wikiTagWords and whose words all start with a letter from a to z. The
// splitter keeps any note ("[a]") with its sentence; only a known tag is
// the page's note on the text, not its words.
func wikiTag(src []byte, toks []tokenize.Token, k int) int {
	if k+2 >= len(toks) || toks[k+1].Kind != tokenize.Word || !wikiTagWords.Has(toks[k+1].Text(src)) {
		return 0
	}
	e := segment.WikiTag(src, toks, k, len(toks))
	for j := k + 1; j < e; j++ {
		if c := src[toks[j].Start]; toks[j].Kind == tokenize.Word && (c < 'a' || c > 'z') {
			return 0
		}
	}
	return e
}

// wikiTagWords are the first words of wiki maintenance tags, see wikiTag.
var wikiTagWords = wordset.Of("citation|who|whom|when|where|which|why|what|how|according|by|dubious|clarification|" +
	"failed|verification|better|unreliable|disputed|specify|vague|weasel|original|page|year|full|dead|not|edit|" +
	"needs|neutrality|contradictory|opinion|inconsistent|attribution|quantify|examples|sic")

// allDigits reports whether b, which is not empty, is ASCII digits alone.
func allDigits(b []byte) bool {
	for _, c := range b {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// newWord appends a zero fword to f.words and returns it, for its fields
// to be set in place: an fword built whole is written field by field to
// the stack and copied in 16-byte loads, which stall on those stores.
func (f *featurizer) newWord() *fword {
	f.words = append(f.words, fword{})
	return &f.words[len(f.words)-1]
}

// addWord appends the word fixedWords[w] with its hashes.
func (f *featurizer) addWord(w fixedWord, s, e int32, c fwordClass) {
	b := int32(len(f.buf))
	f.buf = append(f.buf, fixedWords[w]...)
	h := fixedHashes[w]
	nw := f.newWord()
	nw.start, nw.end, nw.srcStart, nw.srcEnd = b, int32(len(f.buf)), s, e
	nw.class, nw.wh, nw.uh, nw.fixed = c, h[0], h[1], uint8(w)+1
}

// fixedWord is a word splitWords puts in place of a number, a symbol or a
// tag: an index into fixedWords.
type fixedWord uint8

const (
	fxNum fixedWord = iota
	fxYear
	fxNumW
	fxDecade
	fxOrd
	fxNumX
	fxCur
	fxPercent
	fxQuestion
	fxExclamation
	fxColon
	fxQuote
	fxTag
	fxLabel
)

// fixedWords holds the text of each fixedWord, and fixedHashes its hashes
// (fword.wh and fword.uh).
var (
	fixedWords  = [...]string{"<num>", "<year>", "<numw>", "<decade>", "<ord>", "<numx>", "<cur>", "%", "?", "!", ":", "\"", "<tag>", "<label>"}
	fixedHashes = func() (hs [len(fixedWords)][2]uint32) {
		for i, w := range fixedWords {
			hs[i] = [2]uint32{fhString(fnvOffset, w), fhString(unigramOffset, w)}
		}
		return hs
	}()
)

func fIsWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	if 0x2000 <= r && r <= 0x206F {
		// General Punctuation (dashes, curly quotes, ellipsis) has no
		// letter or digit; it is most of the text's other runes.
		return false
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// asciiWordClass classes the ASCII word runes of fIsWordRune; other bytes
// are 0.
var asciiWordClass = func() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = asciiLower
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = asciiUpper
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = asciiDigit
	}
	return t
}()

const (
	asciiLower = 1 + iota
	asciiUpper
	asciiDigit
)

func fIsJoiner(r rune) bool {
	switch r {
	case '\'', '’', '-', '.', ',', '‐', '‑':
		return true
	}
	return false
}

// penceIn reports whether the source range splitWords was given last,
// in src, speaks of money (see penceContext), asking once per range.
func (f *featurizer) penceIn(src []byte) bool {
	if f.pence == 0 {
		f.pence = -1
		if penceContext(src[f.sentStart:f.sentEnd]) {
			f.pence = 1
		}
	}
	return f.pence > 0
}

// scan splits src[s:e] into words and appends them.
func (f *featurizer) scan(src []byte, s, e int32) {
	i := s
	for i < e {
		c := src[i]
		if asciiWordClass[c] == 0 {
			if c == '&' {
				if n := f.charRef(src[i:e], i); n > 0 {
					i += int32(n)
					continue
				}
			}
			if c < utf8.RuneSelf {
				if w := asciiSymbols[c]; w != 0 && w != openBracket {
					f.addWord(w-1, i, i+1, fwSymbol)
				}
				i++
				continue
			}
			if n := f.wideSymbol(src[i:e], i); n > 0 {
				i += int32(n)
				continue
			}
		}
		// A word: runs of word runes joined by single inner joiners. Its
		// hashes (see fword) are taken as its bytes are written.
		ws := i
		buf := f.buf
		b := len(buf)
		digits, letters := 0, 0
		wide := false
		wh, uh := uint32(fnvOffset), unigramOffset
		for i < e {
			// A run of ASCII letters and digits, by table, written in place.
			if n := int(e-i) - (cap(buf) - len(buf)); n > 0 {
				buf = append(buf[:cap(buf)], make([]byte, n)...)[:len(buf)] // slices.Grow, whose generic code costs the download more
			}
			m := len(buf)
			j, d := 0, 0
			j, d, wh, uh = asciiRun(buf[m:cap(buf)], src[i:e], wh, uh)
			digits += d
			letters += j - d
			buf = buf[:m+j]
			i += int32(j)
			if i >= e {
				break
			}
			m = len(buf)
			var n, dn, ln int
			buf, n, dn, ln = wordRune(buf, src[i:e])
			if n == 0 {
				break
			}
			digits += dn
			letters += ln
			for _, c := range buf[m:] {
				wh = (wh ^ uint32(c)) * fnvPrime
				uh = (uh ^ uint32(c)) * fnvPrime
				wide = wide || c >= utf8.RuneSelf
			}
			i += int32(n)
		}
		f.buf = buf
		if digits > 0 {
			w := buf[b:]
			f.buf = buf[:b]
			shape := fxNum
			if letters == 0 && len(w) == 4 && (w[0] == '1' && w[1] >= '7' || w[0] == '2' && w[1] == '0') {
				shape = fxYear
			} else if letters == 1 && len(w) > 1 && w[len(w)-1] == 'p' && f.penceIn(src) {
				// "3p", "50p": pence, a sum as "£3" is, which the model
				// knows as a currency sign and a number (a "<numw>" is
				// no sum: "3rd", "covid-19", "1080p video")
				f.addWord(fxCur, i-1, i, fwSymbol)
				f.addWord(fxNum, ws, i-1, fwNumber)
				continue
			} else if letters > 0 {
				// "1990s", "3rd", "5bn", "covid-19": keep the letters' shape.
				shape = fxNumW
				if fHasSuffix(w, "s") && len(w) == 5 {
					shape = fxDecade
				} else if fHasSuffix(w, "st") || fHasSuffix(w, "nd") || fHasSuffix(w, "rd") || fHasSuffix(w, "th") {
					shape = fxOrd
				} else if fHasSuffix(w, "m") || fHasSuffix(w, "bn") || fHasSuffix(w, "tn") || fHasSuffix(w, "k") {
					shape = fxNumX
				}
			}
			f.addWord(shape, ws, i, fwNumber)
			continue
		}
		// A rank, an ordinal joined to a superlative, is the superlative
		// to the model: "second-busiest" as "busiest", whatever the
		// ordinal.
		wh, uh = f.rankWord(b, wh, uh)
		buf = f.buf
		// Most Word tokens reach scan once, when the memo first meets
		// them (see splitWords): a lookup per word is cheap next to a
		// filter that would spare some.
		wi := wordInfoTable.lookupHashed(buf[b:], wh)
		nw := f.newWord()
		nw.start, nw.end, nw.srcStart, nw.srcEnd = int32(b), int32(len(buf)), ws, i
		nw.class, nw.bp, nw.info, nw.wh, nw.uh, nw.wide = fwAlpha, wi.bp, wi.info, wh, uh, wide
	}
}

// rankWord drops the ordinal and its hyphen from the word that starts at
// b in f.buf, which ends it and whose hashes are wh and uh, when it is an
// ordinal joined to a superlative ("second-busiest"), and returns the
// word's hashes.
func (f *featurizer) rankWord(b int, wh, uh uint32) (uint32, uint32) {
	w := f.buf[b:]
	if !fHasSuffix(w, "est") {
		return wh, uh // most words: no superlative, no hyphen looked for
	}
	h := bytes.IndexByte(w, '-')
	if h < 5 || h > 8 || !wordIn(amount.Ordinals, w[:h]) {
		return wh, uh
	}
	n, _, wh, uh := asciiRun(w, w[h+1:], fnvOffset, unigramOffset)
	f.buf = f.buf[:b+n]
	return wh, uh
}

// asciiSymbols holds, for each ASCII byte that is kept as a word, the
// fixedWord it becomes plus one.
var asciiSymbols = [utf8.RuneSelf]fixedWord{
	'$': fxCur + 1, '%': fxPercent + 1, '?': fxQuestion + 1, '!': fxExclamation + 1,
	':': fxColon + 1, '"': fxQuote + 1, '[': openBracket,
}

// openBracket marks "[" in asciiSymbols: no word, but it may open a wiki
// maintenance tag (see wikiTag), which splitWords looks for only there.
const openBracket fixedWord = 255

// wideSymbol handles the rune that starts s, at offset i in the source,
// when it is not ASCII and not a word rune: it adds the word a currency
// sign or quotation mark stands for, and returns the rune's length. It
// returns 0 for a word rune.
func (f *featurizer) wideSymbol(s []byte, i int32) int {
	r, n := utf8.DecodeRune(s)
	if fIsWordRune(r) {
		return 0
	}
	f.symbolWord(r, i, n)
	return n
}

// symbolWord adds the word the symbol r, n bytes at offset i in the
// source, stands for, if any: a currency sign or a quotation mark.
func (f *featurizer) symbolWord(r rune, i int32, n int) {
	switch r {
	case '$', '€', '£', '¥', '₹':
		f.addWord(fxCur, i, i+int32(n), fwSymbol)
	case '"', '“', '”', '«', '»':
		f.addWord(fxQuote, i, i+int32(n), fwSymbol)
	}
}

// charRef handles a character reference that starts s, at offset i in
// the source, as [featurizer.wideSymbol] handles the character it stands
// for: "&pound;" is a currency sign, "&quot;" a quotation mark, and
// "&#8217;" is no number. It returns the reference's length, or 0 for no
// reference or one that stands for a letter, which starts a word.
func (f *featurizer) charRef(s []byte, i int32) int {
	r, n := tokenize.CharRef(s, 0)
	if n == 0 || fIsWordRune(r) {
		return 0
	}
	f.symbolWord(r, i, n)
	return n
}

// wordRune appends to buf the rune that starts s, which is not an ASCII
// letter or digit, when it goes on a word: a letter or digit in lower case,
// or a joiner (see fIsJoiner) before one, as "'" or "-". It returns buf,
// the rune's length (0 when it ends the word), and whether it is a digit
// or a letter, as 0 or 1.
func wordRune(buf, s []byte) (_ []byte, n, digit, letter int) {
	r, n := rune(s[0]), 1
	if s[0] >= utf8.RuneSelf {
		r, n = utf8.DecodeRune(s)
	} else if s[0] == '&' {
		// a character reference: "they&#8217;d" is "they'd"
		if r, n = tokenize.CharRef(s, 0); n == 0 {
			return buf, 0, 0, 0
		}
	}
	if fIsWordRune(r) {
		if unicode.IsDigit(r) {
			digit = 1
		} else {
			letter = 1
		}
		return utf8.AppendRune(buf, unicode.ToLower(r)), n, digit, letter
	}
	if fIsJoiner(r) && n < len(s) {
		if r2, _ := utf8.DecodeRune(s[n:]); fIsWordRune(r2) {
			if r == '’' {
				r = '\''
			}
			if r == '‐' || r == '‑' {
				r = '-'
			}
			return utf8.AppendRune(buf, r), n, 0, 0
		}
	}
	return buf, 0, 0, 0
}

// asciiRun writes to dst, in lower case, the ASCII letters and digits that
// src starts with, as many as fit, and returns how many there are, how many
// of them are digits, and the hashes wh and uh continued with them.
func asciiRun(dst, src []byte, wh, uh uint32) (n, digits int, _, _ uint32) {
	src = src[:min(len(src), len(dst))]
	for _, c := range src {
		k := asciiWordClass[c]
		if k == 0 {
			break
		}
		if k == asciiDigit {
			digits++
		}
		c |= 0x20 // lower case; digits have the bit
		dst[n] = c
		wh = (wh ^ uint32(c)) * fnvPrime
		uh = (uh ^ uint32(c)) * fnvPrime
		n++
	}
	return n, digits, wh, uh
}

func fHasSuffix(w []byte, s string) bool {
	return len(w) >= len(s) && string(w[len(w)-len(s):]) == s
}

func (f *featurizer) text(w fword) []byte { return f.buf[w.start:w.end] }

// textOf is text for extract, which asks for it in four places, none of
// them common.
func (f *featurizer) textOf(w *fword) []byte { return f.buf[w.start:w.end] }

// appendFeature appends h to f.feats. It is not inlined: extract, which
// calls it only when it does not score, would otherwise hold a copy for
// each of its features.
//
//go:noinline
func (f *featurizer) appendFeature(h uint32) { f.feats = append(f.feats, h) }

// add adds the feature h, of value 1, to f.feats, or when f.w is set its
// weight to f.sumW.
func (f *featurizer) add(h uint32) {
	if w := f.w; w != nil {
		f.sumW += int32(w[h&f.mask&uint32(len(w)-1)])
		f.nw++
		return
	}
	f.feats = append(f.feats, h&f.mask)
}

// Flags of featWordFlags.
const (
	flagMagnitude = 1 << iota
	flagFirstSingular
	flagFirstPlural
	flagSecond
	flagModal
	flagGrade   // a warning's grade, "severe red amber yellow", and "survived suspended": gates of recordOrRuleStart, no feature
	flagCalled  // "called": no feature
	flagFeeling // a feeling, or "down" of "let down"; see feelingOnly: no feature
)

// featWordLists are the shape features' word lists, separated by spaces,
// with their flags. Modals after data/lexicons/modals.txt (shared data
// folder).
var featWordLists = [...]struct {
	flag  uint8
	words string
}{
	{flagFirstSingular, "i me my mine myself i'm i've i'd i'll"},
	{flagFirstPlural, "we us our ours ourselves we're we've we'll we'd"},
	{flagSecond, "you your yours yourself you're you've you'll you'd"},
	{flagModal, "might could can would may should ought shall will must won't can't couldn't wouldn't shouldn't 'll"},
	{flagGrade, "severe red amber yellow survived suspended"},
	{flagCalled, "called"},
	{flagFeeling, "disappointed angry devastated delighted saddened thrilled frustrated heartbroken relieved shocked upset proud grateful worried concerned furious dismayed appalled outraged gutted down"},
	{flagMagnitude, "hundred thousand million billion trillion millions billions trillions thousands hundreds percent bn tn bln mln mn trn"},
}

// wordInfo holds, for a word, the flags of featWordLists in its low bits
// and whether it is in the other word lists that scoring consults.
type wordInfo uint16

const (
	infoStop         wordInfo = 1 << (8 + iota) // in reasonStopwords
	infoExhort                                  // in judgeExhortations
	infoPersonal                                // may open a phrase of personalAt
	infoExperience                              // in judgeExperienceVerbs
	infoPersonalNoun                            // in judgePersonalNouns
	infoPercent                                 // the word "percent"
	infoOpener                                  // may open a boilerplate phrase
	infoSweep                                   // in sweepWords
)

type wordInfoEntry struct {
	info wordInfo
	bp   uint8 // the word's number in boilerplateVocab, 0 if none
}

// wordInfoTable maps each word of featWordLists, reasonStopwords,
// judgeExhortations, judgeExperienceVerbs, judgePersonalNouns, sweepWords
// and personalOpeners to its flags ("percent" and the first words of the
// boilerplate phrases too), and each word of the boilerplate phrases to
// its number in boilerplateVocab, so that splitting a sentence looks a word
// up once. It is an open-addressing table by FNV hash, built at start-up
// from the lists without a map.
var wordInfoTable = func() (t infoTable) {
	lists := [...]struct {
		info  wordInfo
		words string
	}{
		{infoStop, reasonStopwords},
		{infoExhort, judgeExhortations},
		{infoExperience, judgeExperienceVerbs},
		{infoPersonalNoun, judgePersonalNouns},
		{infoSweep, sweepWords},
	}
	n := len(personalOpeners) + len(boilerplateVocab)
	for _, l := range featWordLists {
		n += strs.CountByte([]byte(l.words), ' ') + 1
	}
	for _, l := range lists {
		n += strs.CountByte([]byte(l.words), ' ') + 1
	}
	t.words = wordset.New(2 * n) // at least four slots a word
	t.vals = make([]wordInfoEntry, t.words.Slots())
	// The lists' words are separated by spaces; TestWordInfoTable finds
	// any other white space between them.
	for _, l := range featWordLists {
		for rest := l.words; rest != ""; {
			var w string
			if w, rest = strs.Cut(rest, ' '); w != "" {
				t.slot(w).info |= wordInfo(l.flag)
			}
		}
	}
	for _, l := range lists {
		for rest := l.words; rest != ""; {
			var w string
			if w, rest = strs.Cut(rest, ' '); w != "" {
				t.slot(w).info |= l.info
			}
		}
	}
	for _, w := range personalOpeners {
		t.slot(w).info |= infoPersonal
	}
	for id, w := range boilerplateVocab[1:] {
		t.slot(w).bp = uint8(id + 1)
	}
	t.slot("percent").info |= infoPercent
	for _, p := range boilerplateIDs {
		t.slot(boilerplateVocab[p[0]]).info |= infoOpener
	}
	return t
}()

// infoTable is a wordset.Table whose words have a wordInfoEntry each.
type infoTable struct {
	words wordset.Table
	vals  []wordInfoEntry // by slot of words
}

// slot returns the entry of the word w, which must not be empty, adding it
// if it is not in the table; the table must have room.
func (t *infoTable) slot(w string) *wordInfoEntry { return &t.vals[t.words.Add(w)] }

// lookup returns the entry of the word w, zero if it is not in the table.
func (t *infoTable) lookup(w []byte) wordInfoEntry { return t.lookupHashed(w, fhBytes(fnvOffset, w)) }

// lookupHashed is lookup given h, the hash of w, fhBytes(fnvOffset, w)
// (wordset.Hash(w)).
func (t *infoTable) lookupHashed(w []byte, h uint32) wordInfoEntry {
	if i := t.words.Find(w, h); i >= 0 {
		return t.vals[i]
	}
	return wordInfoEntry{}
}

var lengthBuckets = [...]string{"len:1-3", "len:4-6", "len:7-10", "len:11-15", "len:16-25", "len:26-40", "len:41+"}

func lengthBucket(n int) string { return lengthBuckets[lengthBucketIndex(n)] }

func lengthBucketIndex(n int) byte {
	switch {
	case n <= 3:
		return 0
	case n <= 6:
		return 1
	case n <= 10:
		return 2
	case n <= 15:
		return 3
	case n <= 25:
		return 4
	case n <= 40:
		return 5
	}
	return 6
}

// shapeHash returns the hash of the shape feature name, before masking.
func shapeHash(name string) uint32 { return fhString(fhByte(fnvOffset, nsShape), name) }

// Hashes of the shape features, before masking, and of the unigram
// namespace byte.
var (
	shapeBias        = shapeHash("bias")
	shapeQuestion    = shapeHash("ends-question")
	shapeExclamation = shapeHash("ends-exclamation")
	lengthShapes     [len(lengthBuckets)]uint32
	// flagShapes are in the order of the indicator ids extract gives them.
	flagShapes = [...]uint32{
		shapeHash("num"), shapeHash("year"), shapeHash("percent"), shapeHash("currency"),
		shapeHash("magnitude"), shapeHash("first-singular"), shapeHash("first-plural"),
		shapeHash("second"), shapeHash("modal"), shapeHash("quote"), shapeHash("num+unit"),
	}
	unigramOffset = fhByte(fnvOffset, nsUnigram)
)

// The bits of extract's indicators, in the order of flagShapes. The word
// flags (flagMagnitude to flagModal) shifted up by hasFlagShift are
// hasMag to hasModal.
const (
	hasNum = 1 << iota
	hasYear
	hasPct
	hasCur
	hasMag
	has1s
	has1p
	has2
	hasModal
	hasQuote
	hasNumUnit

	hasFlagShift = 4
)

// fixedHas holds the indicators of each fixed word, indexed by
// fword.fixed.
var fixedHas = [16]uint16{
	fxNum + 1: hasNum, fxYear + 1: hasNum | hasYear, fxNumW + 1: hasNum,
	fxDecade + 1: hasNum | hasYear, fxOrd + 1: hasNum, fxNumX + 1: hasNum,
	fxCur + 1: hasCur, fxPercent + 1: hasPct, fxQuote + 1: hasQuote,
}

func init() {
	for i, b := range lengthBuckets {
		lengthShapes[i] = shapeHash(b)
	}
}

// extract fills f.feats with the hashed feature indexes of the sentence
// [start, end) of the source whose words, as splitWords finds them, are
// words (some of f.words, in order), given the spans inside it (spans
// outside the sentence are ignored). When f.w is set, features other than
// char n-grams of words the memo does not hold are summed instead (see
// featurizer). Features may repeat. Character n-grams carry charFlag and
// have value cfg.CharWeight/100, the others 1; the vector is then scaled
// to length 1 (see featureNorm).
func (f *featurizer) extract(words []fword, start, end int32, spans []Span) {
	f.feats = f.feats[:0]
	f.sumC, f.nc = 0, 0
	cfg := f.cfg
	// add adds a feature of value 1, as f.add does, with the sums kept in
	// local variables until the end.
	w, mask := f.w, f.mask&uint32(len(f.w)-1)
	if w == nil {
		mask = f.mask
	}
	var ws wordSums
	add := func(h uint32) {
		if w != nil {
			ws.sumW += int32(w[h&mask])
			ws.nw++
			return
		}
		f.appendFeature(h & mask)
	}
	add(shapeBias)
	for i := 0; i < len(words); {
		if w != nil {
			// ws.run scores the words up to one whose char n-grams are
			// still to add.
			var more bool
			if i, more = ws.run(words, i, w, mask, cfg); more {
				f.charGramsOf(f.textOf(&words[i-1]), !words[i-1].wide)
			}
			continue
		}
		wd := &words[i]
		wh := wd.wh
		f.appendFeature(wd.uh & mask)
		// Bigrams and trigrams hash the word hashes, with 0 standing for
		// the start of the sentence.
		f.appendFeature(fhMix(nsBigram, ws.prev, wh) & mask)
		if cfg.Trigrams && i > 0 {
			f.appendFeature((fhMix(nsTrigram, ws.prev2, ws.prev) ^ wh*fnvPrime) & mask)
		}
		if cfg.SkipBigrams && i > 0 {
			f.appendFeature(fhMix(nsSkip, ws.prev2, wh) & mask)
		}
		ws.prev2, ws.prev = ws.prev, wh
		// Only numbers and symbols are fixed words.
		ws.has |= fixedHas[wd.fixed&15]
		ws.infos |= wd.info
		if wd.class == fwAlpha {
			ws.alpha++
			if wd.sums {
				ws.sumC += wd.sumC
				ws.nc += wd.nc
			} else if cfg.CharMax > 0 {
				f.charGramsOf(f.textOf(wd), !wd.wide)
			}
		}
		i++
	}
	has, infos, alpha, prev := ws.has, ws.infos, ws.alpha, ws.prev
	f.sumC += ws.sumC
	f.nc += ws.nc
	// The word flags, magnitude to modal, are the indicators from hasMag
	// on.
	has |= uint16(uint8(infos)&(flagModal<<1-1)) << hasFlagShift
	if infos&infoPercent != 0 {
		has |= hasPct
	}
	f.counts = wordCounts{alpha: alpha, numbers: has&hasNum != 0, infos: infos}
	f.counted = true
	add(fhMix(nsBigram, prev, 1)) // end of sentence
	add(lengthShapes[lengthBucketIndex(alpha)])
	var ind [40]byte // indicator ids, for conjunctions
	ni := 0
	ind[ni], ni = 100+lengthBucketIndex(alpha), ni+1
	if has&hasNum != 0 && has&(hasPct|hasCur|hasMag) != 0 {
		has |= hasNumUnit
	}
	for ; has != 0; has &= has - 1 {
		i := bits.TrailingZeros16(has)
		add(flagShapes[i])
		ind[ni], ni = byte(i), ni+1
	}
	if n := len(words); n > 0 {
		switch string(f.text(words[n-1])) {
		case "?":
			add(shapeQuestion)
			ind[ni], ni = 90, ni+1
		case "!":
			add(shapeExclamation)
			ind[ni], ni = 91, ni+1
		}
	}
	// Span counts.
	var counts [NumKinds]uint8
	var kinds uint16 // bit k for a span of kind k
	if looked != nil {
		*looked += len(spans)
	}
	for _, sp := range spans {
		if sp.Start >= start && sp.End <= end && sp.Kind < NumKinds && counts[sp.Kind] < 255 {
			counts[sp.Kind]++
			kinds |= 1 << sp.Kind
		}
	}
	for ; kinds != 0; kinds &= kinds - 1 {
		k := bits.TrailingZeros16(kinds)
		c := counts[k]
		h := fhByte(fhByte(fnvOffset, nsSpan), byte(k))
		add(h)
		if c >= 2 {
			add(fhByte(h, 2))
		}
		if ni < len(ind) {
			ind[ni], ni = 32+byte(k), ni+1
		}
	}
	if cfg.Conjunctions && w != nil {
		// The pairs' weights, summed as add would, in locals.
		sum := int32(0)
		for a := 0; a < ni; a++ {
			ha := fhByte(fhByte(fnvOffset, nsConj), ind[a])
			for _, b := range ind[a+1 : ni] {
				sum += int32(w[fhByte(ha, b)&mask])
			}
		}
		ws.sumW += sum
		ws.nw += int32(ni * (ni - 1) / 2)
	} else if cfg.Conjunctions {
		for a := 0; a < ni; a++ {
			ha := fhByte(fhByte(fnvOffset, nsConj), ind[a])
			for b := a + 1; b < ni; b++ {
				add(fhByte(ha, ind[b]))
			}
		}
	}
	f.sumW, f.nw = ws.sumW, ws.nw
}

// wordSums is what extract gathers from a sentence's words as it goes.
type wordSums struct {
	prev, prev2 uint32 // hashes of the previous two words' text
	sumW, nw    int32  // the sum of the weights of the features of value 1, and their number
	sumC, nc    int32  // of the words whose char n-gram sums the memo holds
	// has holds the sentence's indicators, bit i for flagShapes[i]; one
	// word keeps them in a register where ten booleans would not fit.
	has   uint16
	infos wordInfo // of all the words, or-ed: only fwAlpha words have any
	alpha int      // the number of fwAlpha words
}

// run scores words[i:] as extract does with the weights w, up to the
// first fwAlpha word whose char n-gram sums the memo does not hold, and
// returns the index after the last word it scored, and whether that
// word's char n-grams are still to add (by charGramsOf). It calls
// nothing, so that its values stay in registers.
func (s *wordSums) run(words []fword, i int, w []int8, mask uint32, cfg FeatureConfig) (int, bool) {
	// The indicators (high half) and the word infos (low half) are or-ed
	// together, and the features counted after the loop, for the fewer
	// values the fewer the registers.
	prev, prev2, sumW, sumC, nc, alpha := s.prev, s.prev2, s.sumW, s.sumC, s.nc, s.alpha
	bits := uint32(s.has)<<16 | uint32(s.infos)
	_ = w[mask] // so that w[h&mask] needs no bounds check
	i0 := i
	more := false
	for ; i < len(words); i++ {
		wd := &words[i]
		wh := wd.wh
		q, r := w[wd.uh&mask], w[fhMix(nsBigram, prev, wh)&mask]
		wd.wu, wd.wb = q, r
		sumW += int32(q) + int32(r)
		if cfg.Trigrams && i > 0 {
			sumW += int32(w[(fhMix(nsTrigram, prev2, prev)^wh*fnvPrime)&mask])
		}
		if cfg.SkipBigrams && i > 0 {
			sumW += int32(w[fhMix(nsSkip, prev2, wh)&mask])
		}
		prev2, prev = prev, wh
		bits |= uint32(fixedHas[wd.fixed&15])<<16 | uint32(wd.info)
		if wd.class == fwAlpha {
			alpha++
			if wd.sums {
				sumC += wd.sumC
				nc += wd.nc
			} else if cfg.CharMax > 0 {
				more = true
				i++
				break
			}
		}
	}
	// two features a word, and a trigram and a skip bigram a word but the
	// first of the sentence
	nw := 2 * (i - i0)
	if cfg.Trigrams {
		nw += max(0, i-max(i0, 1))
	}
	if cfg.SkipBigrams {
		nw += max(0, i-max(i0, 1))
	}
	*s = wordSums{prev, prev2, sumW, s.nw + int32(nw), sumC, nc, uint16(bits >> 16), wordInfo(bits), alpha}
	return i, more
}

func fhMix(ns byte, a, b uint32) uint32 {
	h := fhByte(fnvOffset, ns)
	h = (h ^ a) * fnvPrime
	h = (h ^ (a >> 16)) * fnvPrime
	h = (h ^ b) * fnvPrime
	h = (h ^ (b >> 16)) * fnvPrime
	return h
}

// charGrams adds the character n-grams of the lower-cased word t, framed by
// "<" and ">", for n in [CharMin, CharMax] runes. Words are cut at 30 runes.
// The n-grams are added by length, then by start, each hash continuing the
// hash of the (n-1)-gram at the same start.
func (f *featurizer) charGrams(t []byte) { f.charGramsOf(t, isASCII(t)) }

// charGramsOf is charGrams given whether t is ASCII.
func (f *featurizer) charGramsOf(t []byte, ascii bool) {
	if lo, hi := int(f.cfg.CharMin), int(f.cfg.CharMax); lo > 0 && hi <= 32 && len(t) <= 30 && ascii {
		// The word memo holds the sums of the commonest words.
		f.charGramsASCII(t, lo, hi)
		return
	}
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
	// n runes, rune j is f.tmp[starts[j]:starts[j+1]].
	lo, hi := int(f.cfg.CharMin), int(f.cfg.CharMax)
	h0 := fhByte(fnvOffset, nsChar)
	tmp := f.tmp
	if lo == 0 || hi >= len(starts) {
		// Configurations no model file holds: n-grams by length, then
		// by start, each continuing the hash of the shorter one.
		if lo == 0 {
			for j := 0; j <= n; j++ {
				f.feats = append(f.feats, h0&f.mask|charFlag)
			}
		}
		var cur [33]uint32 // cur[j]: hash of the g runes from j
		for j := 0; j < n; j++ {
			cur[j] = h0
		}
		for g := 1; g <= hi; g++ {
			for j := 0; j+g <= n; j++ {
				h := fhBytes(cur[j], tmp[starts[j+g-1]:starts[j+g]])
				cur[j] = h
				if g < lo || g == 1 && (j == 0 || j == n-1) {
					continue
				}
				f.feats = append(f.feats, h&f.mask|charFlag)
			}
		}
		return
	}
	if len(tmp) == n {
		f.appendGrams(tmp, nil, lo, hi) // every rune one byte
	} else {
		f.appendGrams(tmp, starts[:n+1], lo, hi)
	}
}

// appendGrams appends to f.feats the hashes of the character n-grams, lo
// to hi runes long, of the framed word tmp, in the order gramLayout gives
// them. Rune j of tmp is tmp[starts[j]:starts[j+1]], or tmp[j] when starts
// is nil (every rune one byte). 0 < lo <= hi <= 32.
func (f *featurizer) appendGrams(tmp []byte, starts []int32, lo, hi int) {
	n := len(tmp)
	if starts != nil {
		n = len(starts) - 1
	}
	base, total := gramLayout(n, lo, hi)
	k := len(f.feats)
	if n := total - (cap(f.feats) - k); n > 0 {
		f.feats = append(f.feats[:cap(f.feats)], make([]uint32, n)...) // slices.Grow
	}
	f.feats = f.feats[:k+total]
	out := f.feats[k:]
	mask := f.mask
	h0 := fhByte(fnvOffset, nsChar)
	for j := 0; j < n; j++ {
		h := h0
		for g := 1; g <= hi && j+g <= n; g++ {
			if starts == nil {
				h = (h ^ uint32(tmp[j+g-1])) * fnvPrime
			} else {
				h = fhBytes(h, tmp[starts[j+g-1]:starts[j+g]])
			}
			if g < lo {
				continue
			}
			i := j
			if g == 1 {
				if j == 0 || j == n-1 {
					continue
				}
				i = j - 1
			}
			out[base[g]+i] = h&mask | charFlag
		}
	}
}

// gramLayout places the character n-grams of a framed word of n runes, for
// 0 < lo <= hi <= 32: they go by length, then by start, and base[g] is
// where those of g runes begin; total is how many there are ("<" and ">"
// alone are not n-grams). Both paths hash them by start, each continuing
// the hash of the one a rune shorter, and write them to these places.
func gramLayout(n, lo, hi int) (base [33]int, total int) {
	for g := lo; g <= hi; g++ {
		base[g] = total
		c := n - g + 1
		if g == 1 {
			c -= 2
		}
		total += max(c, 0)
	}
	return base, total
}

func isASCII(t []byte) bool {
	for _, b := range t {
		if b >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// charGramsASCII is charGrams for a word of at most 30 ASCII bytes, one
// rune each, and 0 < lo <= hi <= 32: it adds the same hashes in the same
// order.
func (f *featurizer) charGramsASCII(t []byte, lo, hi int) {
	tmp := append(append(append(f.tmp[:0], '<'), t...), '>')
	f.tmp = tmp
	n := len(tmp)
	_, total := gramLayout(n, lo, hi)
	mask := f.mask
	h0 := fhByte(fnvOffset, nsChar)
	if w := f.w; w != nil {
		// Summed, so the order does not matter.
		sum := f.sumC
		w = w[:mask+1]
		if 2 <= lo && lo <= hi {
			// Starts from which no n-gram fits add nothing.
			for j := 0; j+lo <= n; j++ {
				p := tmp[j : j+min(hi, n-j)]
				h := h0
				for _, b := range p[:lo-1] {
					h = (h ^ uint32(b)) * fnvPrime
				}
				for _, b := range p[lo-1:] {
					h = (h ^ uint32(b)) * fnvPrime
					sum += int32(w[h&mask])
				}
			}
			f.sumC = sum
			f.nc += int32(total)
			return
		}
		for j := 0; j < n; j++ {
			p := tmp[j : j+min(hi, n-j)]
			h := h0
			for g := 1; g <= len(p); g++ {
				h = (h ^ uint32(p[g-1])) * fnvPrime
				if g < lo || g == 1 && (j == 0 || j == n-1) {
					continue
				}
				sum += int32(w[h&mask])
			}
		}
		f.sumC = sum
		f.nc += int32(total)
		return
	}
	f.appendGrams(tmp, nil, lo, hi)
}

// sentenceSpans returns the part of spans (sorted by Start) that may fall
// inside [start, end).
func sentenceSpans(spans []Span, start, end int32) []Span {
	lo, hi := 0, len(spans)
	for lo < hi {
		m := (lo + hi) / 2
		if spans[m].Start < start {
			lo = m + 1
		} else {
			hi = m
		}
	}
	j := lo
	for j < len(spans) && spans[j].Start < end {
		j++
	}
	return spans[lo:j]
}

// sentenceTokens returns the tokens of s, or all of toks when the sentence's
// token indexes do not fit them.
func sentenceTokens(toks []tokenize.Token, s segment.Sentence) []tokenize.Token {
	if s.Tok >= 0 && s.Tok <= s.TokEnd && int(s.TokEnd) <= len(toks) {
		return toks[s.Tok:s.TokEnd]
	}
	return toks
}
