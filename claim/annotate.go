package claim

import (
	"math"
	"math/bits"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/claimlight/claimlight/amount"
	"github.com/claimlight/claimlight/internal/le"
	"github.com/claimlight/claimlight/internal/strs"
	"github.com/claimlight/claimlight/segment"
	"github.com/claimlight/claimlight/tokenize"
)

// Annotate returns the spans of src, given its tokens and sentences, sorted
// by Start, longer spans first when two start together, then by Kind.
//
// Every span starts at the Start of a token and ends at the End of a token.
// Spans of different kinds may overlap (a money amount inside a quote);
// spans of one kind do not repeat. A Quote's Link is the index of its
// Speaker span, and a Speaker's Link the index of its Cue span; every other
// Link is -1. Annotate never fails and never panics; tokens or sentences
// that do not fit src are ignored.
//
// The annotators are rules over word lists (see lexicon.go). They prefer
// missing a span to marking a wrong one. Annotate is safe for concurrent
// use; it allocates about 2.3 bytes per byte of news text, a third of it
// the returned spans, and keeps the working arrays of a text of up to
// about 300 KB for the next call to reuse, and a memo of the words it met
// (320 KB; see spellMemo).
func Annotate(src []byte, toks []tokenize.Token, sents []segment.Sentence) []Span {
	a := newAnnotator(src, toks, sents)
	defer a.release()
	if a.n == 0 {
		return nil
	}
	a.entities()
	a.numbers()
	a.lexical()
	labels := a.quotes()
	a.transcriptLines(labels)
	a.postHeaders()
	a.speechIntros()
	a.letters()
	return a.finish()
}

// spareAnnotator holds an annotator whose arrays the next document may
// reuse, as spareWordMemo holds a memo: a document takes it if it is there
// (a second document analysed at the same time makes its own) and leaves
// its own when done. The sync.Pools that held annotators, featurizers and
// splitters cost the wasm build about 7 KB (gzip): no other code of it
// uses sync.Pool. The spares are unsafe.Pointers that only
// atomic.SwapPointer and StorePointer touch, each holding one type: as
// atomic.Pointer[T]s, the six types with their method lists and
// dictionaries cost the wasm build 1.1 KB (gzip).
var spareAnnotator unsafe.Pointer // *annotatorMem

// maxPooled bounds the positions of an annotator kept as the spare, so
// that a long document's arrays are not held for the next short one.
const maxPooled = 1 << 16

// release leaves a as the spare annotator, without the document it held.
func (a *annotator) release() {
	if a.memo != nil {
		atomic.StorePointer(&spareSpellMemo, unsafe.Pointer(a.memo))
	}
	if cap(a.pos) > maxPooled {
		return
	}
	m := (*annotatorMem)(a) // not annotator: see annotatorMem
	*m = annotatorMem{wBase: a.wBase, pos: a.pos, claimed: a.claimed, tbits: a.tbits, anchors: a.anchors, lexes: a.lexes, runs: a.runs, runSent: a.runSent,
		paraStarts: a.paraStarts, lineStarts: a.lineStarts, cueWords: a.cueWords, quoteMarks: a.quoteMarks, ents: a.ents, lowerSeen: a.lowerSeen, scratch: a.scratch, keys: a.keys}
	atomic.StorePointer(&spareAnnotator, unsafe.Pointer(m))
}

// reuse returns s emptied when it can hold n elements, else a new slice.
// It is not inlined: newAnnotator's seven calls would each hold a copy.
//
//go:noinline
func reuse[T any](s []T, n int) []T {
	if cap(s) >= n {
		return s[:0]
	}
	return make([]T, 0, n)
}

// shape bits describe the spelling of a significant token.
type shape uint8

const (
	shUpper     shape = 1 << iota // starts with an upper-case letter
	shAllCaps                     // two or more letters, all upper case
	shLower                       // starts with a lower-case letter
	shPoss                        // ends in "'s" or "’s"
	shLineStart                   // first significant token on its line
	shSentStart                   // first significant token of its sentence
	shGlued                       // no space between this token and the previous one
	shLetters                     // letters (and inner hyphens/apostrophes) only
)

// annotatorMem is an annotator as the heap holds it: the same fields, no
// methods. Annotators are allocated, kept as the spare and reset as
// annotatorMems (newAnnotator, release), so that the program needs no type
// descriptor for annotator itself: Go writes the name of every method of
// a type that has one into the binary, which cost the WebAssembly
// download 3.1 KB (gzip) for the annotator's 300-odd methods.
type annotatorMem annotator

// annotator holds one document while it is being annotated. Positions
// (int) index the significant tokens w, which are the tokens that are not
// white space; line breaks inside a sentence count as spaces.
type annotator struct {
	src  []byte
	toks []tokenize.Token

	sents []segment.Sentence

	// The significant tokens, positions 0 to n-1. Each array holds one
	// small entry per position; a document of news text costs about seven
	// bytes per position here (see tokIdx, sentOf, fl).
	n int
	// approx holds the last approxPrefix found, from at to end, which
	// date and amount both ask for at one position: at is -1 for none.
	approx struct{ at, end int }
	wBase  []int32 // token index of the first position of each block of 32, see tokIdx
	wShift uint    // 5; 0 (one position per block) once an offset outgrows a byte, see compact
	// tokOf holds the token index in the caller's tokens of each position
	// once compact has replaced them with its own, nil before (see compact).
	tokOf []int32
	pos   []posInfo // what the annotators ask of each position

	claimed []uint64 // bit i set when position i is taken by a number, money, percent or date span
	tbits   []tbit   // what the text of each position is like, for the rules that would otherwise fetch it
	// anchors marks the positions nextAnchor looks at, bit i%64 of
	// word i/64: a position not marked is no anchor (see anchorAt).
	anchors []uint64
	// lexes marks the positions lexical looks at, as anchors does (see
	// lexAt).
	lexes []uint64

	// Sentence numbers come in runs: positions in a row with one number.
	// runs says where runs start (see runBlock), runSent holds the
	// sentence number of each run (-1: none).
	runs    []runBlock
	runSent []int32

	paraStarts []int32 // first position of each paragraph
	lineStarts []int32 // first position of each line, the positions with shLineStart
	blank      bool    // paragraphs are separated by blank lines

	spans    []Span  // in creation order; Link is a creation index
	ents     []ent   // entities found, in order
	entHint  int     // where the last searchEnts ended, at most len(ents)
	surnames hashSet // stem hashes of the last words of people's full names
	orgHeads hashSet // hashes of the first words of organisations' names ("Helix" of "Helix Semiconductor")
	nested   bool    // subjectAt is looking for the head of a longer phrase
	// What companyName and knownOrgWord ask of the entities, kept as
	// addEntity adds them and found once in the text, so that a text of
	// many speakers is not scanned whole for each: companies holds the
	// hashes (annHash, case kept) of the first words of two-word company
	// names ("Pixelon" of "Pixelon Inc."); orgFirsts, for the hash
	// (hashAt) of the first word after any "the" of each organisation of
	// two or more words, the lowest position one starts at; shareNames
	// the stem hashes of the names whose shares the text speaks of, found
	// when sharesFound is set, as is companyAt, the position of the last
	// "the company" or "the firm" in the text, or 0.
	companies   hashSet
	orgFirsts   hashLows
	shareNames  hashSet
	sharesFound bool
	companyAt   int32

	lowerSeen hashSet    // words seen in lower case
	memo      *spellMemo // of the words met, in this document and before; see spellMemo
	opens     int        // opening quotation marks, at most one quote run each
	// quoteMarks are the positions of the opening and closing quotation
	// marks, where findQuotes looks outside a quote.
	quoteMarks []int32
	// cueWords are the positions of "according", "words" (of "in the
	// words of"), the reporting cues and the verbs of belief ("Police
	// believe"), where attributions look.
	cueWords []int32
	scratch  []byte
	keys     []uint64 // twice as many as the spans, for sortByKeys
	buf      [maxWordLen]byte
}

// tbit is a bit set of what the text of a word or abbreviation is like
// (see textBits); other positions have none.
type tbit uint8

const (
	tbName   tbit = 1 << iota // may be part of a name (see nameText and nameToken)
	tbOdd                     // "Q" or "H" and one byte more, "EF" and one, a short weekday, or holds a "-": may be "Q3", "H1", "EF4", "FL350", "FY26", "Q2FY26", "Mon", "mid-March", "mid-2024"
	tbTail                    // may start one of pattern's spans with no word class: "-er than", "most", "record", "consecutive", "have"...
	tbEntity                  // may start a built-in entity name (see firstOfEntity)
	// The four bits above are the Kind of the word alone as a built-in
	// entity name, 0 if it is none (see wordEntity).
)

// textBits returns the tbits of a word or abbreviation of kind k, shape
// sh, word classes flagSets[c], wordID id and text t, which holds a "-"
// if hyphen.
func textBits(k tokenize.Kind, sh shape, c uint8, id wordID, t []byte, hyphen bool) tbit {
	var b tbit
	if (sh&shUpper != 0 || hyphen) && nameText(k, sh, c, t, hyphen) { // most words are neither
		b |= tbName
	}
	if (len(t) == 2 || len(t) > 5 && t[2] == 'F') && (t[0] == 'Q' || t[0] == 'H') || len(t) == 3 && t[0] == 'E' && t[1] == 'F' || len(t) >= 4 && len(t) <= 6 && t[0] == 'F' && (t[1] == 'L' || t[1] == 'Y') || hyphen || len(t) == 3 && wordIn(shortDays, t) {
		b |= tbOdd
	}
	// Of the words of four bytes or more ending in "r", "d", "t" or "s",
	// in lower case, the ones pattern goes on with when they have none of
	// its word classes; and "have" ("we'd have won"), a superlative
	// compound ("fastest-growing") and a word of a run ("consecutive").
	if n := len(t); n >= 5 && t[n-2] == 'e' && t[n-1] == 'r' ||
		n >= 4 && (t[n-1] == 'd' || t[n-1] == 't' || t[n-1] == 's') &&
			(id == wdTimes || id == wdMost || id == wdLeast || id == wdLess || id == wdRecord) ||
		id == wdHave || hyphen && superlativeCompound(t) || wordIn("consecutive straight", t) {
		b |= tbTail
	}
	if firstOfEntity(t) {
		e := wordEntity(k, sh, t)
		b |= tbEntity | tbit(e)<<4
		if e != 0 && camelCase(t) {
			b |= tbName // a listed brand in lower case: "easyJet"
		}
	}
	return b
}

// superlativeCompound reports whether t is a superlative joined by a
// hyphen to a participle: "fastest-growing", "best-selling",
// "highest-paid", "most-watched"; an ordinal joined to a superlative,
// "eighth-busiest"; or "club-record", "all-time" or
// "record-breaking". A tenure's label ("longest-serving",
// "longest-running") names a group and compares nothing.
func superlativeCompound(t []byte) bool {
	var lbuf [maxWordLen]byte
	if len(t) > len(lbuf) {
		return false
	}
	l := lowerInto(lbuf[:0], t)
	h := 0
	for h < len(l) && l[h] != '-' {
		h++
	}
	n := len(l)
	if h < n && wordIn(amount.Ordinals, l[:h]) {
		return lexFlags(l[h+1:])&wSuperlative != 0 // a rank: "eighth-busiest", "second-richest"
	}
	if h < 4 || n-h < 5 || !(string(l[n-3:]) == "ing" || string(l[n-2:]) == "ed" || string(l[h:]) == "-paid") {
		return wordIn("club-record all-time record-breaking", l)
	}
	return (lexFlags(l[:h])&wSuperlative != 0 || string(l[:h]) == "most") && !wordIn("-serving -running -standing", l[h:])
}

// posInfo describes one position, in six bytes.
type posInfo struct {
	off  uint8         // token index minus wBase of its block
	kind tokenize.Kind // token kind
	cls  uint8         // word classes of its lower-case text, as an index into flagSets
	sh   shape
	wid  wordID // id of its text among wordTexts, 0 if none (see word)
}

// spanLink is a link from one span to another, Links ignored.
type spanLink struct{ from, to spanKey }

// spanKey is a span without its Link.
type spanKey struct {
	Start, End int32
	Kind       Kind
}

// compareSpans orders spans by Start, longer first, then by Kind; it
// ignores Link.
func compareSpans(x, y Span) int {
	switch {
	case x.Start != y.Start:
		return int(x.Start) - int(y.Start)
	case x.End != y.End:
		return int(y.End) - int(x.End)
	}
	return int(x.Kind) - int(y.Kind)
}

// spanBefore reports whether x comes before y in the order of
// compareSpans.
func spanBefore(x, y Span) bool {
	if x.Start != y.Start {
		return x.Start < y.Start
	}
	if x.End != y.End {
		return x.End > y.End
	}
	return x.Kind < y.Kind
}

// searchSpans returns the index of the first span of sp, sorted by
// compareSpans, that does not come before the key k.
func searchSpans(sp []Span, k spanKey) int {
	return searchSpansIn(sp, Span{Start: k.Start, End: k.End, Kind: k.Kind}, 0, len(sp))
}

// searchSpansIn returns the index of the first span of sp[lo:hi] that does
// not come before x, where those before lo come before it and those from
// hi do not.
func searchSpansIn(sp []Span, x Span, lo, hi int) int {
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if spanBefore(sp[m], x) {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// searchSpansNear is searchSpans that looks first near hint, steps
// doubling from there: finish looks up links one after the other, made
// mostly in the order of the text, each near the one before.
func searchSpansNear(sp []Span, k spanKey, hint int) int {
	x := Span{Start: k.Start, End: k.End, Kind: k.Kind}
	// The spans before lo come before x, those from hi do not.
	lo, hi := 0, len(sp)
	if h := min(max(hint, 0), len(sp)-1); h < 0 {
		return 0
	} else if spanBefore(sp[h], x) {
		lo = h + 1
		for step := 1; lo+step-1 < len(sp); step *= 2 {
			if m := lo + step - 1; !spanBefore(sp[m], x) {
				hi = m
				break
			} else {
				lo = m + 1
			}
		}
	} else {
		hi = h
		for step := 1; hi-step >= 0; step *= 2 {
			if m := hi - step; spanBefore(sp[m], x) {
				lo = m + 1
				break
			} else {
				hi = m
			}
		}
	}
	return searchSpansIn(sp, x, lo, hi)
}

// sortSpans sorts sp by compareSpans, Links aside: a quicksort, with
// insertion sort for short runs and heapsort when it goes too deep. It is
// slices.SortFunc with the comparison written in.
func sortSpans(sp []Span) {
	sortSpansDepth(sp, 2*bits.Len(uint(len(sp))))
}

func sortSpansDepth(sp []Span, depth int) {
	for len(sp) > 12 {
		if depth == 0 {
			heapSortSpans(sp)
			return
		}
		depth--
		// Median of three to sp[0], then partition sp[1:] around it.
		m := len(sp) / 2
		a, b, c := 0, m, len(sp)-1
		if spanBefore(sp[b], sp[a]) {
			a, b = b, a
		}
		if spanBefore(sp[c], sp[b]) {
			b = c
			if spanBefore(sp[b], sp[a]) {
				b = a
			}
		}
		sp[0], sp[b] = sp[b], sp[0]
		p := sp[0]
		i, j := 1, len(sp)-1
		for {
			for i <= j && spanBefore(sp[i], p) {
				i++
			}
			for i <= j && spanBefore(p, sp[j]) {
				j--
			}
			if i >= j {
				break
			}
			sp[i], sp[j] = sp[j], sp[i]
			i++
			j--
		}
		sp[0], sp[j] = sp[j], sp[0]
		// Recurse into the shorter side, loop on the longer.
		if j < len(sp)-j {
			sortSpansDepth(sp[:j], depth)
			sp = sp[j+1:]
		} else {
			sortSpansDepth(sp[j+1:], depth)
			sp = sp[:j]
		}
	}
	for i := 1; i < len(sp); i++ {
		for k := i; k > 0 && spanBefore(sp[k], sp[k-1]); k-- {
			sp[k], sp[k-1] = sp[k-1], sp[k]
		}
	}
}

func heapSortSpans(sp []Span) {
	down := func(i, n int) {
		for {
			c := 2*i + 1
			if c >= n {
				return
			}
			if c+1 < n && spanBefore(sp[c], sp[c+1]) {
				c++
			}
			if !spanBefore(sp[i], sp[c]) {
				return
			}
			sp[i], sp[c] = sp[c], sp[i]
			i = c
		}
	}
	for i := len(sp)/2 - 1; i >= 0; i-- {
		down(i, len(sp))
	}
	for n := len(sp) - 1; n > 0; n-- {
		sp[0], sp[n] = sp[n], sp[0]
		down(0, n)
	}
}

// sortLinked sorts sp, not empty, its Links creation indexes, by
// compareSpans, drops repeats and sets each Link to the index, in the
// result, of the span it links, as sortSearched does: it sorts keys that
// carry each span's creation index, by the high bits of their starts
// into 2048 buckets in one counting pass, then in an insertion sort,
// which moves each key past a few, and finds the spans the links join
// by those indexes. It returns the number of spans left, at the start of
// sp; false, leaving sp as it was, when a key has no room for a span or
// its index, or when the spans crowd a few buckets and the insertion sort
// would move too much. For a few thousand spans it costs a fifth of the comparisons
// and searches it replaces.
func (a *annotator) sortLinked(sp []Span) (int, bool) {
	n := len(sp)
	if n > 1<<16 {
		return 0, false
	}
	if cap(a.keys) < 2*n {
		a.keys = make([]uint64, 2*n)
	}
	keys, tmp := a.keys[:n], a.keys[n:2*n]
	// A key: from the top, the start in 24 bits, the length's complement
	// in 20, the kind in 4 and the creation index in 16, which orders as
	// compareSpans does, repeats in the order made.
	const lenMask = 1<<20 - 1
	const buckets = 1 << 11
	shift := 40 + max(0, bits.Len(uint(len(a.src)))-11) // the bucket: the top 11 bits of a start in src
	var count [buckets]int32
	for i, s := range sp {
		l := s.End - s.Start
		if uint32(s.Start) >= 1<<24 || uint32(l) > lenMask || s.Kind >= 16 {
			return 0, false
		}
		k := uint64(s.Start)<<40 | uint64(lenMask-l)<<20 | uint64(s.Kind)<<16 | uint64(i)
		keys[i] = k
		count[k>>shift&(buckets-1)]++
	}
	sum := int32(0)
	for d, c := range count {
		count[d] = sum
		sum += c
	}
	// keys holds each span's link once its key is placed, and later,
	// above it, the index of the span in the result.
	for i, k := range keys {
		d := k >> shift & (buckets - 1)
		tmp[count[d]] = k
		count[d]++
		keys[i] = uint64(uint32(sp[i].Link))
	}
	moves, most := 0, 16*n
	for i := 1; i < n; i++ {
		k, j := tmp[i], i
		for ; j > 0 && tmp[j-1] > k; j-- {
			tmp[j] = tmp[j-1]
		}
		tmp[j] = k
		if moves += i - j; moves > most {
			return 0, false // sp is as it was
		}
	}
	m, last := 0, ^uint64(0)
	for _, k := range tmp {
		if span := k >> 16; span != last {
			start := int32(k >> 40)
			sp[m] = Span{Start: start, End: start + lenMask - int32(k>>20)&lenMask, Kind: Kind(k >> 16 & 15), Link: -1}
			m, last = m+1, span
		}
		keys[k&(1<<16-1)] |= uint64(m-1) << 32
	}
	// Of repeats, the first made with a link gives its link.
	for _, v := range keys {
		if l := int32(v); l >= 0 && int(l) < n {
			if r := v >> 32; sp[r].Link < 0 {
				sp[r].Link = int32(keys[l] >> 32)
			}
		}
	}
	return m, true
}

// ent is an entity found by entities: positions [a, b) and its kind.
type ent struct {
	a, b int32
	kind Kind
}

func newAnnotator(src []byte, toks []tokenize.Token, sents []segment.Sentence) *annotator {
	// The spare annotator holds only the arrays release kept.
	a := (*annotator)(atomic.SwapPointer(&spareAnnotator, nil))
	if a == nil {
		a = (*annotator)(new(annotatorMem))
	}
	a.src, a.toks, a.sents = src, toks, sents
	// The tokens of each kind, counted with no branch.
	var kinds [256]int
	i := 0
	for ; i+4 <= len(toks); i += 4 {
		// four at a time: a fourth of the loop's own work
		t := toks[i : i+4 : i+4]
		kinds[t[0].Kind]++
		kinds[t[1].Kind]++
		kinds[t[2].Kind]++
		kinds[t[3].Kind]++
	}
	for ; i < len(toks); i++ {
		kinds[toks[i].Kind]++
	}
	breaks := kinds[tokenize.LineBreak]
	n := len(toks) - kinds[tokenize.Space] - breaks
	// Paragraphs are separated by blank lines when the text has any, else
	// by line breaks (see paragraphs).
	blank := blankLines(toks)
	a.blank = blank
	// Lines, like paragraphs there, are mostly separated by blank lines;
	// positions appends more if need be, and cue words past one position
	// in twenty (in news text one in twenty-five or so).
	if blank {
		a.paraStarts = reuse(a.paraStarts, breaks/2+1)
		a.lineStarts = reuse(a.lineStarts, breaks/2+1)
	} else {
		a.paraStarts = reuse(a.paraStarts, breaks+1)
		a.lineStarts = reuse(a.lineStarts, breaks+1)
	}
	a.cueWords = reuse(a.cueWords, n/20+1)
	a.quoteMarks = reuse(a.quoteMarks, n/32+1)
	a.wBase = reuse(a.wBase, n/32+1)
	a.wShift = 5
	a.approx.at = -1
	a.pos = reuse(a.pos, n)
	a.runs = reuse(a.runs, n/64+1)
	a.runSent = reuse(a.runSent, len(sents)+len(sents)/8+8)
	a.claimed = reuse(a.claimed, n/64+1)[:n/64+1]
	clear(a.claimed)
	a.tbits = reuse(a.tbits, n)
	a.anchors = reuse(a.anchors, n/64+1)[:n/64+1]
	clear(a.anchors)
	a.lexes = reuse(a.lexes, n/64+1)[:n/64+1]
	clear(a.lexes)
	a.lowerSeen.reset()
	a.scratch = a.scratch[:0]
	if n > 0 {
		if a.memo = (*spellMemo)(atomic.SwapPointer(&spareSpellMemo, nil)); a.memo == nil {
			a.memo = new(spellMemo)
		}
		a.memo.nextDoc()
	}

	a.positions(src, toks, blank)
	if a.wShift == 0 && compactWide {
		a.compact()
	}
	a.sentenceRuns(blank)
	// News has a span for every four to ten words and signs (the
	// project's articles: 0.10-0.26 a position, the sample 0.20), and
	// growing the slice for a long text would copy it all: room for one
	// in four, which TestMemory… holds to.
	a.spans = make([]Span, 0, a.n/4+4)
	a.ents = reuse(a.ents, a.n/16+4)
	return a
}

// positions fills the positions of a, the significant tokens of toks,
// which has room for them all: their token offsets, kinds, word classes,
// shapes but shSentStart, wordIDs and text bits; the paragraph and line
// starts; the quotation marks, and the count of opening ones; and the cue
// words.
func (a *annotator) positions(src []byte, toks []tokenize.Token, blank bool) {
	// Both of one length, so that a position in one is in the other
	// with no second bounds check.
	m := min(cap(a.pos), cap(a.tbits))
	pos, tbits := a.pos[:m], a.tbits[:m]
	memo := a.memo
	// The first position starts a paragraph and a line; taken back if
	// there is none.
	a.paraStarts = append(a.paraStarts, 0)
	a.lineStarts = append(a.lineStarts, 0)
	// The line and glue bits of the next position, and above them the
	// line breaks since the position before.
	const aBreak = 1 << 8
	pend := int(shLineStart)
	p := 0
	mask, base := 1<<a.wShift-1, int32(0)           // see wBase
	for ti := 0; uint(ti) < uint(len(toks)); ti++ { // unsigned: toks[ti] needs no bounds check
		t := &toks[ti]
		k := t.Kind
		// Out of order or out of src: Start < 0 and End < 0 are large
		// as unsigned.
		if k == tokenize.Space || uint32(t.Start) >= uint32(t.End) || uint32(t.End) > uint32(len(src)) {
			pend &^= int(shGlued)
			continue
		}
		if k == tokenize.LineBreak {
			pend = pend&^0xff + aBreak | int(shLineStart)
			continue
		}
		if pend >= aBreak && p > 0 {
			a.breakBefore(p, blank, pend >= 2*aBreak)
		}
		if p&mask == 0 {
			base = int32(ti)
			a.wBase = append(a.wBase, base)
		}
		d := int32(ti) - base
		if d > 255 {
			a.pos = pos[:p]
			a.widen(p, int32(ti))
			mask, base, d = 0, int32(ti), 0 // widen made ti the base of p's block
		}
		// The position is written as its parts are found, field by
		// field (a composite literal is built on the stack first), so
		// that fewer values stay live across the loop's calls.
		pp, tb := &pos[p], &tbits[p]
		pp.off, pp.kind, pp.sh = uint8(d), k, shape(pend)
		pend = int(shGlued)
		cue := false // see cueWord
		if k == tokenize.Word || k == tokenize.Abbrev {
			s, e := t.Start, t.End
			// (e > s, and both are in src, as the test at the top
			// made sure: n and u are taken unsigned, which tells the
			// compiler as much, so that it checks no bounds below.)
			if n, u := uint(e-s), uint(uint32(s)); n <= maxMemoWord && u+16 <= uint(len(src)) {
				// A word met before is read here, with no call (see
				// spellAt). q has the 16 bytes of the key, and no
				// more, so that reading them needs no bounds check.
				q := (*[16]byte)(src[u : u+16])
				km := &keyMasks[n]
				k0, k1 := le.Uint64(q[:8])&km[0], le.Uint64(q[8:])&km[1]
				nk := uint16(n) | uint16(k)<<8 // see spellEntry
				i := memoSlotOf(k0, k1)
				me := &memo.slots[i]
				if me.k0 != k0 || me.k1 != k1 || me.nk != nk {
					me = &memo.slots[i^1]
					if me.k0 != k0 || me.k1 != k1 || me.nk != nk {
						me = a.spellAt(k, src, s, e)
					}
				}
				if me.seen != memo.doc {
					a.firstSeen(me)
				}
				pp.sh |= me.sh
				pp.cls, pp.wid, *tb, cue = me.c, me.id, me.tb, me.cue
				if me.anchor {
					a.anchors[p>>6] |= 1 << (p & 63)
				}
				if me.lex {
					a.lexes[p>>6] |= 1 << (p & 63)
				}
			} else if e-s <= maxWordLen {
				wsh, c, id, wtb := a.spellNew(k, src[s:e], nil, 0, 0)
				pp.sh |= wsh
				pp.cls, pp.wid, *tb, cue = c, id, wtb, cueWord(c, id)
				if anchorAt(c, wtb) {
					a.anchors[p>>6] |= 1 << (p & 63)
				}
				if lexAt(c, id, wtb) {
					a.lexes[p>>6] |= 1 << (p & 63)
				}
			} else {
				text := src[s:e]
				pp.sh |= spell(text)
				pp.cls, pp.wid, *tb = 0, 0, textBits(k, pp.sh, 0, 0, text, containsByte(text, '-'))
				if anchorAt(0, *tb) {
					a.anchors[p>>6] |= 1 << (p & 63)
				}
				if lexAt(0, 0, *tb) {
					a.lexes[p>>6] |= 1 << (p & 63)
				}
			}
		} else {
			pp.cls, pp.wid, *tb = 0, 0, 0
			if k == tokenize.Number || k == tokenize.Currency {
				a.anchors[p>>6] |= 1 << (p & 63)
			}
			if t.End-t.Start <= maxWordLen && asciiLetter(src[t.Start]) {
				pp.wid = a.foldID(src[t.Start:t.End])
				cue = cueWord(0, pp.wid)
				if lexAt(0, pp.wid, 0) {
					a.lexes[p>>6] |= 1 << (p & 63)
				}
			}
			if k == tokenize.Currency && pp.sh&shGlued != 0 && p > 0 && pos[p-1].kind == tokenize.Word && pos[p-1].sh&shUpper != 0 {
				// A capitalized word glued to a currency sign after it is
				// not a name ("US$5 million"): see nameToken.
				tbits[p-1] &^= tbName
			}
		}
		p++
		// The opening quotation marks are counted and the cue words
		// listed here, where the kind and classes are at hand, rather
		// than in a pass of their own: quotes sizes its arrays by them.
		if k-tokenize.OpenQuote <= 1 { // CloseQuote follows OpenQuote
			a.quoteMarks = append(a.quoteMarks, int32(p-1))
		} else if cue {
			a.cueWords = append(a.cueWords, int32(p-1))
		}
		// A space after the token, the commonest case, is passed over
		// here, as the test at the top would: the next token is not
		// glued to this one.
		if ti+1 < len(toks) && toks[ti+1].Kind == tokenize.Space {
			ti++
			pend = 0
		}
	}
	if p == 0 {
		a.paraStarts, a.lineStarts = a.paraStarts[:0], a.lineStarts[:0]
	}
	a.n, a.pos, a.tbits = p, pos[:p], tbits[:p]
	// The opening marks among the quotation marks, counted here, off
	// the loop's path.
	a.opens = 0
	for _, q := range a.quoteMarks {
		if pos[q].kind == tokenize.OpenQuote {
			a.opens++
		}
	}
}

// breakBefore notes that position p starts a line, after one or more
// line breaks, and a paragraph too when blank is false (see paragraphs)
// or blankLine says a blank line came before it: positions' work off its
// loop's path.
func (a *annotator) breakBefore(p int, blank, blankLine bool) {
	a.lineStarts = append(a.lineStarts, int32(p))
	if !blank || blankLine {
		a.paraStarts = append(a.paraStarts, int32(p))
	}
}

// anchorClasses are the word classes of the words nextAnchor stops at.
const anchorClasses = wNumWord | wMonth | wWeekday | wTimeUnit | wTimeWord | wVague | wMultiplier | wFraction | wScale | wMargin

// anchorAt reports whether a word or abbreviation of word classes
// flagSets[c] and text bits tb may be an anchor, which positions marks
// in anchors for nextAnchor: a word of anchorClasses, or one with tbOdd
// (see oddAnchor). Numbers and currency signs are anchors too.
func anchorAt(c uint8, tb tbit) bool {
	return flagSets[c]&anchorClasses != 0 || tb&tbOdd != 0
}

// lexAt reports whether lexical looks at a position of word classes
// flagSets[c], wordID id and text bits tb, which positions marks in
// lexes: one that may start a pattern or a phrase, or "Act".
func lexAt(c uint8, id wordID, tb tbit) bool {
	return flagSets[c]&(wSuperlative|wMultiplier|wPhrase) != 0 || tb&tbTail != 0 || id == wdUnder || id == wdAct
}

// cueWord reports whether a word of word classes flagSets[c] and wordID id
// is one of the cue words positions lists: a verb of speech or of a count
// ("recorded"), "according", "words", "polled", "surveyed" or a verb of
// belief.
func cueWord(c uint8, id wordID) bool {
	return flagSets[c]&(wCue|wBareCue) != 0 || id == wdAccording || id == wdWords || id == wdPolled || id == wdSurveyed || beliefWord(id)
}

// spellAt returns the memo entry of the token src[s:e] of kind k, a Word
// or an Abbrev, worked out with spellNew and kept if the memo did not hold
// it, the first time in the document marked seen (see firstSeen); nil when
// the token is too long for the memo or too near the end of src.
func (a *annotator) spellAt(k tokenize.Kind, src []byte, s, e int32) *spellEntry {
	n := int(e - s)
	if n > maxMemoWord || int(s)+16 > len(src) {
		return nil
	}
	q := src[s:]
	km := &keyMasks[n] // the key, see keyMasks
	k0, k1 := le.Uint64(q)&km[0], le.Uint64(q[8:16])&km[1]
	nk := uint16(n) | uint16(k)<<8 // see spellEntry
	i := memoSlotOf(k0, k1)
	m := a.memo
	me := &m.slots[i]
	if me.k0 != k0 || me.k1 != k1 || me.nk != nk {
		me = &m.slots[i^1]
		if me.k0 != k0 || me.k1 != k1 || me.nk != nk {
			// The word of the first slot moves to the second.
			*me = m.slots[i]
			me = &m.slots[i]
			a.spellNew(k, src[s:e], me, k0, k1)
			return me
		}
	}
	if me.seen != m.doc {
		a.firstSeen(me)
	}
	return me
}

// firstSeen marks the memo entry me seen in this document, and adds the
// hash of its text to a.lowerSeen when it is a word in lower case: what
// spellNew does for a word the document meets first.
func (a *annotator) firstSeen(me *spellEntry) {
	me.seen = a.memo.doc
	if me.sh&shLower != 0 && me.nk>>8 == uint16(tokenize.Word) {
		a.lowerSeen.add(me.h)
	}
}

// sentenceRuns gives each position of a its sentence: it sets shSentStart
// on the first position of each sentence and on each position outside
// one, and fills runs and runSent. Where paragraphs are separated by blank
// lines it joins the sentences of wrapped lines (see joinWrappedLines).
func (a *annotator) sentenceRuns(blank bool) {
	sents := a.sents
	// A position's token index in toks, which sentences count: as
	// tokIdx has it, or from tokOf after compact.
	pos, wBase, shift, offs := a.pos, a.wBase, a.wShift&63, int32(0xff)
	if compactWide {
		shift = 5 // a constant, see compact
	}
	if a.tokOf != nil {
		wBase, shift, offs = a.tokOf, 0, 0
	}
	n := len(pos)
	runs, runSent := a.runs[:(n+63)/64], a.runSent
	clear(runs)
	si := 0
	sTok, sEnd := -1, -1 // sents[si].Tok and TokEnd, read again when si moves
	prevSent := int32(-2)
	// Joining wrapped lines: the joined and the original sentence numbers
	// of the position before.
	cur, prevOrig := int32(-1), int32(-1)
	lastSent := int32(0)
	for p := 0; p < n; {
		pi := &pos[p]
		ti := int(wBase[p>>shift] + int32(pi.off)&offs)
		if ti >= sEnd {
			for si < len(sents) && int(sents[si].TokEnd) <= ti {
				si++
			}
			sTok, sEnd = math.MaxInt, math.MaxInt
			if si < len(sents) {
				sTok, sEnd = int(sents[si].Tok), int(sents[si].TokEnd)
			}
		}
		s := int32(-1)
		if sTok <= ti {
			s = int32(si)
		} else if len(sents) == 0 {
			s = 0
		}
		if s != prevSent || s < 0 {
			pi.sh |= shSentStart
		}
		prevSent = s
		v := s
		if blank {
			switch {
			case s < 0:
				cur = -1
			case s == prevOrig && cur >= 0:
				v = cur
			case cur >= 0 && pi.sh&shLineStart != 0 && a.softEnd(p-1) && !a.paraStart(p) &&
				a.roleOfSent(lastSent) != segment.Heading && a.roleOfSent(lastSent) != segment.Furniture && a.roleOfSent(s) != segment.Furniture &&
				a.roleOfSent(s) != segment.ListItem && !(a.roleOfSent(s) == segment.Heading && a.roleOfSent(lastSent) == segment.ListItem):
				// the segmenter's next sentence goes on from a wrapped line
				// (a list item or a table row goes on from none, and a
				// short line after an item, "Shots on target 6-2" after
				// "Shots: 17-9", is a row of its own)
				pi.sh &^= shSentStart
				v = cur
			default:
				cur = s
			}
			prevOrig = s
		}
		if p == 0 || v != lastSent {
			runs[uint(p)/64].start |= 1 << (uint(p) % 64)
			runSent = append(runSent, v)
		}
		if v < 0 {
			runs[uint(p)/64].none |= 1 << (uint(p) % 64)
		}
		lastSent = v
		first := p
		p++
		if s < 0 {
			continue
		}
		// The positions after p in the same sentence add nothing: the
		// sentence number and the joined one stay as they are. Their
		// tokens grow with them, one at least a position, so the first
		// past the sentence, no further than its tokens after ti, is
		// found in steps that halve.
		lo, hi := p, min(n, first+(sEnd-ti)) // first <= ti: no overflow
		for lo < hi {
			m := int(uint(lo+hi) >> 1)
			if int(wBase[m>>shift]+int32(pos[m].off)&offs) < sEnd {
				lo = m + 1
			} else {
				hi = m
			}
		}
		p = lo
		if a.roleOfSent(v) == segment.Furniture { // seldom
			for q := first; q < p; q++ {
				runs[q/64].furn |= 1 << (q % 64)
			}
		}
	}
	base := len(a.runSent) - 1
	for b := range runs {
		runs[b].base = base
		base += bits.OnesCount64(runs[b].start)
	}
	a.runs, a.runSent = runs, runSent
}

// widen switches the token offsets to one block per position, for p
// positions so far, when token ti is too far from its block's first.
// Hundreds of line breaks among a few words do that; compact then gives
// the annotator tokens of its own.
func (a *annotator) widen(p int, ti int32) {
	full := make([]int32, p, cap(a.pos))
	for i := range p {
		full[i] = a.tokIdx(i)
		a.pos[i].off = 0
	}
	a.wBase, a.wShift = append(full, ti), 0
}

// compact gives the annotator tokens of its own, one a position, when
// positions has had to give each position a block of its own (see widen):
// then the token of position i is its tokens' i, in blocks of 32 as
// tokIdx reads them, and tokOf has the caller's token index of each.
// Hundreds of line breaks among a few words do that, seldom; natively
// (see compactWide), tokIdx and text, called at hundreds of places, then
// shift by a constant.
func (a *annotator) compact() {
	toks := make([]tokenize.Token, len(a.pos))
	for i, ti := range a.wBase[:len(a.pos)] {
		toks[i] = a.toks[ti]
		a.pos[i].off = uint8(i % 32)
	}
	a.tokOf, a.toks = a.wBase, toks
	a.wBase = make([]int32, len(a.pos)/32+1)
	for b := range a.wBase {
		a.wBase[b] = int32(b * 32)
	}
	a.wShift = 5
}

// runBlock describes the sentence runs of 64 positions: bit k of start is
// set when position 64b+k starts a run, and base+1 is the number of runs
// that start before the block; bit k of none is set when that position's
// run has no sentence.
type runBlock struct {
	start uint64
	none  uint64 // bit k set when position 64b+k is in no sentence
	furn  uint64 // bit k set when the sentence of position 64b+k is page furniture
	base  int
}

// furniture reports whether position i, in range, is in a sentence of
// page furniture: whether roleOf(i) is segment.Furniture.
func (a *annotator) furniture(i int) bool {
	return a.runs[uint(i)/64].furn&(1<<(uint(i)%64)) != 0
}

// runOf returns the index in runSent of the run of position i, in range.
func (a *annotator) runOf(i int) int {
	b := a.runs[uint(i)/64]
	return b.base + bits.OnesCount64(b.start<<(^uint(i)&63))
}

// sentOf returns the sentence number of position i, in range: the index
// of its sentence in sents, -1 if none. Joined wrapped lines share the
// number of their first part.
func (a *annotator) sentOf(i int) int32 { return a.runSent[a.runOf(i)] }

// maxWordLen is the length in bytes beyond which a word is not looked up:
// longer than any word list entry, and rare.
const maxWordLen = 40

// hashSet is a set of word hashes (see annHash), an open-addressing table
// that grows as words come: a text repeats most of its words, so it stays
// far smaller than the text.
type hashSet struct {
	slots []uint64 // 0: empty; a length that is a power of two
	n     int      // hashes held, not counting zero
	zero  bool     // the set holds 0
}

// reset empties s, keeping its table.
func (s *hashSet) reset() {
	clear(s.slots)
	s.n, s.zero = 0, false
}

func (s *hashSet) add(h uint64) {
	if h == 0 {
		s.zero = true
		return
	}
	if 2*(s.n+1) > len(s.slots) {
		s.grow()
	}
	if s.insert(h) {
		s.n++
	}
}

// insert puts h in the table, which has room, and reports whether it was new.
func (s *hashSet) insert(h uint64) bool {
	m := uint64(len(s.slots) - 1)
	for i := (h ^ h>>32) & m; ; i = (i + 1) & m {
		switch s.slots[i] {
		case h:
			return false
		case 0:
			s.slots[i] = h
			return true
		}
	}
}

func (s *hashSet) grow() {
	old := s.slots
	s.slots = make([]uint64, max(64, 2*len(old)))
	for _, h := range old {
		if h != 0 {
			s.insert(h)
		}
	}
}

// empty reports whether s holds no hash.
func (s *hashSet) empty() bool { return s.n == 0 && !s.zero }

// has reports whether s holds h.
func (s *hashSet) has(h uint64) bool {
	if h == 0 {
		return s.zero
	}
	if len(s.slots) == 0 {
		return false
	}
	m := uint64(len(s.slots) - 1)
	for i := (h ^ h>>32) & m; ; i = (i + 1) & m {
		switch s.slots[i] {
		case h:
			return true
		case 0:
			return false
		}
	}
}

// hashLows maps hashes to the lowest of the positions noted with each,
// as a table like hashSet's (a Go map's code would add to the wasm
// build).
type hashLows struct {
	keys []uint64 // 0: empty; a length that is a power of two
	lows []int32  // the lowest position of keys[i]
	n    int      // hashes held, not counting zero
	zero bool     // the table holds 0, at low0
	low0 int32
}

// note notes position p for hash h.
func (t *hashLows) note(h uint64, p int32) {
	if h == 0 {
		if !t.zero || p < t.low0 {
			t.zero, t.low0 = true, p
		}
		return
	}
	if 2*(t.n+1) > len(t.keys) {
		keys, lows := t.keys, t.lows
		t.keys, t.lows = make([]uint64, max(16, 2*len(keys))), make([]int32, max(16, 2*len(keys)))
		for i, k := range keys {
			if k != 0 {
				t.put(k, lows[i])
			}
		}
	}
	if t.put(h, p) {
		t.n++
	}
}

// put notes p for h in the table, which has room, and reports whether h
// was new.
func (t *hashLows) put(h uint64, p int32) bool {
	m := uint64(len(t.keys) - 1)
	for i := (h ^ h>>32) & m; ; i = (i + 1) & m {
		switch t.keys[i] {
		case h:
			t.lows[i] = min(t.lows[i], p)
			return false
		case 0:
			t.keys[i], t.lows[i] = h, p
			return true
		}
	}
}

// below reports whether a position below p was noted for h.
func (t *hashLows) below(h uint64, p int32) bool {
	if h == 0 {
		return t.zero && t.low0 < p
	}
	if len(t.keys) == 0 {
		return false
	}
	m := uint64(len(t.keys) - 1)
	for i := (h ^ h>>32) & m; ; i = (i + 1) & m {
		switch t.keys[i] {
		case h:
			return t.lows[i] < p
		case 0:
			return false
		}
	}
}

// spell returns the shape bits that depend only on the text.
func spell(text []byte) shape {
	var sh shape
	upper, lower, other := 0, 0, 0
	ascii := true
	for _, c := range text {
		switch {
		case 'a' <= c && c <= 'z':
			lower++
		case 'A' <= c && c <= 'Z':
			upper++
		case c == '-' || c == '\'' || c == '.':
		case c >= utf8.RuneSelf:
			ascii = false
		default:
			other++
		}
	}
	if ascii {
		if len(text) > 0 {
			switch c := text[0]; {
			case 'A' <= c && c <= 'Z':
				sh |= shUpper
			case 'a' <= c && c <= 'z':
				sh |= shLower
			}
		}
		if upper >= 2 && lower == 0 {
			sh |= shAllCaps
		}
		if other == 0 && upper+lower > 0 {
			sh |= shLetters
		}
		if n := len(text); n >= 3 && (text[n-1] == 's' || text[n-1] == 'S') && text[n-2] == '\'' {
			sh |= shPoss
		}
		return sh
	}
	r, _ := utf8.DecodeRune(text)
	switch {
	case unicode.IsUpper(r):
		sh |= shUpper
	case unicode.IsLower(r):
		sh |= shLower
	}
	upper, lower, other = 0, 0, 0
	for _, r := range string(text) {
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLower(r):
			lower++
		case r == '-' || r == '\'' || r == '’' || r == '.':
		default:
			other++
		}
	}
	if upper >= 2 && lower == 0 {
		sh |= shAllCaps
	}
	if other == 0 && upper+lower > 0 {
		sh |= shLetters
	}
	if n := len(text); n >= 3 && (text[n-1] == 's' || text[n-1] == 'S') {
		if text[n-2] == '\'' || (n >= 5 && string(text[n-4:n-1]) == "’") {
			sh |= shPoss
		}
	}
	return sh
}

// lower appends the lower-case form of text to dst, with curly apostrophes
// turned into straight ones and character references into the characters
// they stand for ("we&#8217;d" is "we'd").
func lowerInto(dst, text []byte) []byte {
	i := 0
	if n := len(dst); cap(dst)-n >= len(text) {
		// The ASCII bytes up to the first '&' or byte beyond ASCII, most
		// often the whole text, written in place with no append.
		out := dst[n : n+len(text)]
		for i < len(text) && text[i] < utf8.RuneSelf && text[i] != '&' {
			out[i] = asciiLowerOf[text[i]]
			i++
		}
		dst = dst[:n+i]
	}
	for i < len(text) {
		c := text[i]
		r, size := rune(c), 1
		if c == '&' {
			// a character reference inside a word, "we&#8217;d": the
			// character it stands for
			if r, size = tokenize.CharRef(text, i); size == 0 {
				r, size = '&', 1
			}
		} else if c < utf8.RuneSelf {
			dst = append(dst, asciiLowerOf[c])
			i++
			continue
		} else {
			r, size = utf8.DecodeRune(text[i:])
		}
		switch {
		case r == '’' || r == '‘':
			dst = append(dst, '\'')
		case r == utf8.RuneError && size == 1:
			dst = append(dst, c)
		default:
			dst = utf8.AppendRune(dst, unicode.ToLower(r))
		}
		i += size
	}
	return dst
}

// lowerSmall returns b in ASCII lower case, written into buf; text longer
// than buf comes back empty. It lets short suffixes be compared without
// allocating.
func lowerSmall(buf *[16]byte, b []byte) []byte {
	if len(b) > len(buf) {
		return nil
	}
	return strs.AppendLower(buf[:0], b)
}

// FNV-1a constants.
const (
	annFNVOffset = 14695981039346656037
	annFNVPrime  = 1099511628211
)

// annHash is FNV-1a over b.
func annHash(b []byte) uint64 {
	h := uint64(annFNVOffset)
	for _, c := range b {
		h ^= uint64(c)
		h *= annFNVPrime
	}
	return h
}

// asciiLowerOf maps ASCII upper-case letters to lower case and every other
// byte to itself.
var asciiLowerOf = func() (t [256]byte) {
	for c := range 256 {
		t[c] = byte(c)
		if 'A' <= c && c <= 'Z' {
			t[c] += 'a' - 'A'
		}
	}
	return t
}()

// lookup returns the word classes (as an index into flagSets) and the hash
// of text's lower-case form, and text's wordID (see word). A possessive
// ("NATO's") that is not itself listed gets the classes of its stem.
func (a *annotator) lookup(text []byte) (uint8, uint64, wordID) {
	if len(text) <= len(a.buf) {
		n := 0
		h := uint64(annFNVOffset)
		for _, c := range text {
			if c >= utf8.RuneSelf || c < ' ' {
				n = -1 // see foldID
				break
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			a.buf[n] = c
			n++
			h ^= uint64(c)
			h *= annFNVPrime
		}
		if n >= 0 {
			e := lexEntry(h)
			f, id := e.c, e.id
			if f == 0 && n > 2 && a.buf[n-1] == 's' && a.buf[n-2] == '\'' {
				f = possClass[lexByHash(annHash(a.buf[:n-2]))]
			}
			// Printable ASCII in lower case is the same text word folds
			// to, as foldID says.
			if id != 0 && wordTexts[id] != string(a.buf[:n]) {
				id = 0
			}
			return f, h, id
		}
	}
	a.scratch = lowerInto(a.scratch[:0], text)
	h := annHash(a.scratch)
	f := lexByHash(h)
	if f == 0 {
		if stem := stripPoss(a.scratch); len(stem) < len(a.scratch) {
			f = possClass[lexByHash(annHash(stem))]
		}
	}
	return f, h, a.foldID(text)
}

// foldID returns the wordID of the word that text is in any case, as word
// compares: every byte with bit 0x20 set equals the word's byte. Words hold
// only ASCII lower-case letters, digits, "-", "'" and ".", so text with a
// byte of 0x80 or more is none; for printable ASCII this is the lower case
// of text, for a control byte it is not ("\x0e" folds to ".").
func (a *annotator) foldID(text []byte) wordID {
	if len(text) > len(a.buf) {
		return 0
	}
	b := a.buf[:len(text)]
	for k, c := range text {
		if c >= utf8.RuneSelf {
			return 0
		}
		b[k] = c | 0x20
	}
	id := lexEntry(annHash(b)).id
	if id != 0 && wordTexts[id] != string(b) {
		return 0
	}
	return id
}

// asciiLetter reports whether c is an ASCII letter.
func asciiLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// stripPoss returns b without a final "'s" (b is lower case, straight quotes).
func stripPoss(b []byte) []byte {
	if n := len(b); n > 2 && b[n-1] == 's' && b[n-2] == '\'' {
		return b[:n-2]
	}
	return b
}

// hashAt returns the hash of position i's lower-case text (see annHash).
func (a *annotator) hashAt(i int) uint64 {
	t := a.text(i)
	if h, ok := lowerHash(t); ok {
		return h
	}
	a.scratch = lowerInto(a.scratch[:0], t)
	return annHash(a.scratch)
}

// lowerHash returns, when t is ASCII, the hash (see annHash) of the text
// lowerInto writes for t, taken as the bytes are lowered with nothing
// written, and true; else false.
func lowerHash(t []byte) (uint64, bool) {
	h := uint64(annFNVOffset)
	for _, c := range t {
		if c >= utf8.RuneSelf {
			return 0, false
		}
		h ^= uint64(asciiLowerOf[c])
		h *= annFNVPrime
	}
	return h, true
}

// joinWrappedLines (done by sentenceRuns) undoes sentence breaks
// at line breaks inside a paragraph of hard-wrapped text (paragraphs
// separated by blank lines, lines wrapped at a fixed width): a sentence
// that ends a line without ending punctuation goes on in the next line.
// Only the annotator's sentence numbers change; a joined sentence keeps the
// number, and so the role, of its first part.

// softEnd reports whether the token at position p cannot end a sentence:
// a word, a number, a comma, a dash, or a quotation mark after a comma.
func (a *annotator) softEnd(p int) bool {
	switch a.kind(p) {
	case tokenize.Word, tokenize.Number, tokenize.Dash, tokenize.Currency, tokenize.OpenQuote:
		return true
	case tokenize.Punct:
		t := a.text(p)
		return t[0] == ',' || t[0] == ';' || t[0] == '('
	case tokenize.CloseQuote:
		return a.isPunct(p-1, ',')
	}
	return false
}

// paraOf returns the paragraph number of position i, from 0.
func (a *annotator) paraOf(i int) int32 {
	k, found := strs.Search(a.paraStarts, int32(i))
	if !found {
		k--
	}
	return int32(max(k, 0))
}

// blankLines reports whether toks hold a blank line: two line breaks with
// only spaces between them.
func blankLines(toks []tokenize.Token) bool {
	breaks := 0
	for _, t := range toks {
		switch t.Kind {
		case tokenize.LineBreak:
			if breaks++; breaks >= 2 {
				return true
			}
		case tokenize.Space:
		default:
			breaks = 0
		}
	}
	return false
}

// roleOf returns the role of the sentence of position i.
func (a *annotator) roleOf(i int) segment.Role { return a.roleOfSent(a.sentOf(i)) }

// roleOfSent returns the role of sentence number s (-1: none).
func (a *annotator) roleOfSent(s int32) segment.Role {
	if s >= 0 && int(s) < len(a.sents) {
		return a.sents[s].Role
	}
	return segment.Body
}

// tok returns the token at position i.
func (a *annotator) tok(i int) tokenize.Token { return a.toks[a.tokIdx(i)] }

// annWordHash is the hash lookup uses for a lower-case word.
func annWordHash(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// isWord reports whether position i is a Word token.
func (a *annotator) isWord(i int) bool { return a.kind(i) == tokenize.Word }

// isLowerWord reports whether position i is a word starting in lower case.
func (a *annotator) isLowerWord(i int) bool {
	return uint(i) < uint(len(a.pos)) && a.pos[i].kind == tokenize.Word && a.pos[i].sh&shLower != 0
}

// lowerWord reports whether position i is the word w starting in lower
// case: a.word(i, w) && a.isLowerWord(i), in one call for the size of the
// wasm build.
func (a *annotator) lowerWord(i int, w wordID) bool {
	return uint(i) < uint(len(a.pos)) && a.pos[i].wid == w && a.pos[i].kind == tokenize.Word && a.pos[i].sh&shLower != 0
}

// lowerIs reports whether position i is a word starting in lower case
// with any of the classes f: a.is(i, f) && a.isLowerWord(i), in one call
// for the size of the wasm build.
func (a *annotator) lowerIs(i int, f wflag) bool {
	return uint(i) < uint(len(a.pos)) && flagSets[a.pos[i].cls]&f != 0 && a.pos[i].kind == tokenize.Word && a.pos[i].sh&shLower != 0
}

// sameKind reports whether position j has the token kind k and is in
// the sentence of position i: a.kind(j) == k && a.same(i, j), in one call
// for the size of the wasm build.
func (a *annotator) sameKind(i, j int, k tokenize.Kind) bool {
	return a.kind(j) == k && a.same(i, j)
}

// sameLower reports whether position j is a word starting in lower case
// and in the sentence of position i: a.isLowerWord(j) && a.same(i, j), in
// one call for the size of the wasm build.
func (a *annotator) sameLower(i, j int) bool {
	return a.isLowerWord(j) && a.same(i, j)
}

// wordPair reports whether positions i and i+1 are the words w and v:
// a.word(i, w) && a.word(i+1, v), in one call for the size of the wasm
// build.
func (a *annotator) wordPair(i int, w, v wordID) bool {
	return a.word(i, w) && a.word(i+1, v)
}

// sameWord reports whether position j is the word w and in the sentence
// of position i: a.word(j, w) && a.same(i, j), in one call for the size of
// the wasm build.
func (a *annotator) sameWord(i, j int, w wordID) bool {
	return a.word(j, w) && a.same(i, j)
}

// sameAmong reports whether position j is one of the words ws and in the
// sentence of position i: a.wordAmong(j, ws...) && a.same(i, j), in one
// call for the size of the wasm build.
func (a *annotator) sameAmong(i, j int, ws ...wordID) bool {
	return a.wordAmong(j, ws...) && a.same(i, j)
}

// sameIs reports whether position j has any of the classes f and is in
// the sentence of position i: a.is(j, f) && a.same(i, j), in one call for
// the size of the wasm build.
func (a *annotator) sameIs(i, j int, f wflag) bool {
	return a.is(j, f) && a.same(i, j)
}

// sameLowerIs reports whether position j is a word starting in lower case
// with any of the classes f and in the sentence of position i:
// a.lowerIs(j, f) && a.same(i, j), in one call for the size of the wasm
// build.
func (a *annotator) sameLowerIs(i, j int, f wflag) bool {
	return a.lowerIs(j, f) && a.same(i, j)
}

// sameTextIn reports whether position j is in the sentence of position i
// and its text is one of the words of list: a.same(i, j) &&
// a.textIn(j, list), in one call for the size of the wasm build.
func (a *annotator) sameTextIn(i, j int, list string) bool {
	return a.same(i, j) && a.textIn(j, list)
}

// isPunct reports whether position i is punctuation whose text is the one
// byte c.
func (a *annotator) isPunct(i int, c byte) bool {
	return uint(i) < uint(len(a.pos)) && a.pos[i].kind == tokenize.Punct && a.punctText(i, c)
}

// punctText reports whether the text of position i, in range, is the one
// byte c: isPunct's test of the text, out of line so that the test of
// the kind, which most positions fail, is made where isPunct is called.
func (a *annotator) punctText(i int, c byte) bool {
	if uint(i) >= uint(len(a.pos)) {
		return false
	}
	// the token's length and byte, with no slice of its text
	t := &a.toks[a.tokIdx(i)]
	return t.End-t.Start == 1 && a.src[t.Start] == c
}

// add records a span over positions [i, j) and returns its creation index.
func (a *annotator) add(k Kind, i, j int, link int) int {
	if i < 0 || j > a.n || i >= j {
		return -1
	}
	end := a.tok(j - 1).End
	if k == Quantity && a.kind(j-1) == tokenize.Abbrev {
		end-- // "3,400 ft.": the unit, not its stop
	}
	a.spans = append(a.spans, Span{
		Start: a.tok(i).Start, End: end, Kind: k, Link: int32(link),
	})
	return len(a.spans) - 1
}

// claim marks positions [i, j) as taken by a numeric span.
func (a *annotator) claim(i, j int) {
	for ; i < j; i++ {
		a.claimed[uint(i)/64] |= 1 << (uint(i) % 64)
	}
}

// taken reports whether position i is in range and taken by a numeric
// span.
func (a *annotator) taken(i int) bool {
	return uint(i) < uint(a.n) && a.claimed[uint(i)/64]&(1<<(uint(i)%64)) != 0
}

// free reports whether no position in [i, j) is taken by a numeric span.
func (a *annotator) free(i, j int) bool {
	if i < 0 || j > a.n {
		return false
	}
	for ; i < j; i++ {
		if a.claimed[uint(i)/64]&(1<<(uint(i)%64)) != 0 {
			return false
		}
	}
	return true
}

// finish sorts the spans, removes repeats and turns creation-index links
// into indexes of the returned slice. It sorts a.spans in place and
// returns them.
func (a *annotator) finish() []Span {
	sp := a.spans
	a.spans = nil
	// The keys' arrays are kept for the next document, unless a is too
	// long to be kept.
	var out []Span
	if len(sp) >= 256 && cap(a.pos) <= maxPooled {
		if m, ok := a.sortLinked(sp); ok {
			out = sp[:m]
		}
	}
	if out == nil {
		out = sortSearched(sp)
	}
	// A link must point to the kind it promises.
	for i := range out {
		l := out[i].Link
		if l < 0 {
			continue
		}
		switch out[i].Kind {
		case Quote:
			if out[l].Kind != Speaker {
				out[i].Link = -1
			}
		case Speaker:
			if out[l].Kind != Cue {
				out[i].Link = -1
			}
		default:
			out[i].Link = -1
		}
	}
	return out
}

// sortSearched sorts sp, its Links creation indexes, by compareSpans,
// drops repeats and sets each Link to the index, in the result, of the
// span it links (of repeats, the first made with a link gives its link),
// and returns the result, which starts sp.
func sortSearched(sp []Span) []Span {
	n := len(sp)
	// Sorting loses the creation indexes links hold: note each link as
	// the two spans it joins, which stay unique once repeats are gone.
	nl := 0
	for _, s := range sp {
		if s.Link >= 0 && int(s.Link) < n {
			nl++
		}
	}
	links := make([]spanLink, 0, nl)
	for i := range sp {
		if l := sp[i].Link; l >= 0 && int(l) < n {
			links = append(links, spanLink{spanKey{sp[i].Start, sp[i].End, sp[i].Kind}, spanKey{sp[l].Start, sp[l].End, sp[l].Kind}})
		}
		sp[i].Link = -1
	}
	// Repeats are alike now that links are set aside.
	sortSpans(sp)
	out := sp[:0]
	for _, s := range sp {
		if m := len(out); m > 0 && compareSpans(out[m-1], s) == 0 {
			continue
		}
		out = append(out, s)
	}
	i := 0
	for _, l := range links {
		i = searchSpansNear(out, l.from, i)
		if out[i].Link < 0 {
			out[i].Link = int32(searchSpansNear(out, l.to, i))
		}
	}
	return out
}

// wordAmong reports whether position i is in range and its text is one of
// the words ws, in any case, as [annotator.word] tests one.
func (a *annotator) wordAmong(i int, ws ...wordID) bool {
	if uint(i) >= uint(len(a.pos)) {
		return false
	}
	id := a.pos[i].wid // read once: the loop would read it for each word
	if id == wdNone {
		return false // a word of no wordID, as most are, is none of ws
	}
	for _, w := range ws {
		if id == w {
			return true
		}
	}
	return false
}

// textIn reports whether the text of position i is one of the words of
// list, as [wordIn] tests it: false out of range.
func (a *annotator) textIn(i int, list string) bool {
	return wordIn(list, a.text(i))
}

// kindIn reports whether the token kind of position i (Invalid out of
// range) is one of ks: a.kind(i) == ks[0] || a.kind(i) == ks[1]..., in one call for
// the size of the wasm build.
func (a *annotator) kindIn(i int, ks ...tokenize.Kind) bool {
	k := a.kind(i)
	for _, x := range ks {
		if k == x {
			return true
		}
	}
	return false
}

// lowerIn reports whether the text of position i, in ASCII lower case, is
// one of the words of list: wordIn(list, lowerSmall(&small, a.text(i))),
// in one call for the size of the wasm build. A text longer than 16 bytes
// is in no list, as lowerSmall gives it back empty.
func (a *annotator) lowerIn(i int, list string) bool {
	var small [16]byte
	return wordIn(list, lowerSmall(&small, a.text(i)))
}

// plural reports whether the text of position i ends in "s" and is longer
// than two bytes (isPlural), in one call for the size of the wasm build.
func (a *annotator) plural(i int) bool {
	return isPlural(a.text(i))
}

// textIs reports whether the text of position i is s, byte for byte:
// false out of range unless s is empty.
func (a *annotator) textIs(i int, s string) bool {
	return string(a.text(i)) == s
}
