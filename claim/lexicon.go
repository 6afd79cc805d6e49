package claim

import (
	"bytes"
	"strings"
	"unsafe"

	"github.com/claimlight/claimlight/internal/strs"
	"github.com/claimlight/claimlight/internal/wordset"
)

// This file holds the lexicon's lookup tables: the classes of words, the
// phrase table and the names of places and organisations. The word lists
// are in lexicon_src.go; what the engine needs of them is generated into
// lexicon_gen.go (see TestLexiconGenerated), and loadLexicon builds the
// tables below from that at start-up.

//go:generate go test -run ^TestLexiconGenerated$ -update

// wflag is a bit set of the word classes a lower-case word belongs to.
type wflag uint64

const (
	wNumWord     wflag = 1 << iota // a cardinal number word: "two", "forty-five"
	wScale                         // a scale word or suffix: "million", "bn"
	wCurrency                      // a currency named in words: "euros", "dollars"
	wMonth                         // a month name or abbreviation: "march", "sept."
	wWeekday                       // a weekday: "tuesday"
	wTimeUnit                      // a unit of time: "year", "decades"
	wRelMod                        // a relative time modifier: "last", "next", "this"
	wTimeWord                      // a deictic time word: "yesterday", "today"
	wApprox                        // an approximator before a number: "nearly", "about"
	wCue                           // a reporting verb form: "said", "told"
	wPronoun                       // a third-person subject pronoun: "he", "she", "they"
	wDet                           // a determiner or possessive: "the", "a", "his"
	wSpeakerNoun                   // a noun that can head a speaker description: "officials"
	wPersonRole                    // a noun for a person's role: "chief", "minister"
	wTitle                         // a title before a name: "president", "sen."
	wTitleMod                      // a word that can precede a title: "prime", "deputy"
	wOrgKey                        // a word that makes a name an organisation: "ministry"
	wConnector                     // a particle inside names: "of", "de", "van"
	wStop                          // a function word or verb, never a counted noun
	wCommon                        // a word often capitalized only because it starts a sentence
	wNonName                       // a capitalized word that is not part of a person's name
	wVague                         // a vague quantity: "dozens", "hundreds"
	wMultiplier                    // "fivefold", "doubled", "twice"
	wFraction                      // a fraction noun: "third", "thirds", "half"
	wSuperlative                   // "largest", "worst"
	wAdverb                        // an adverb that may sit between a speaker and a cue
	wNaming                        // a naming verb before a scare quote: "called", "dubbed"
	wCopula                        // "is", "was", "are", "been"
	wPhrase                        // starts an entry of the phrase table
	wPercentWord                   // "percent", "pct"
	wCountNoun                     // a noun counted in a quantity even after a year-like number
	wPrep                          // a preposition that can lead a date: "in", "on", "since"
	wDateStart                     // a word a date can start with (see dateCore)
	wAmountStart                   // a word an amount can start with (see amountCore)
	wBoundStart                    // a word a bound or approximation can start with (see approxPrefix)
	wBareCue                       // a reporting verb that may drop "that" before a clause: "confirmed", "reports"
	wFinite                        // a finite auxiliary that shows a clause's verb: "had", "would", "was"
	wMargin                        // a winning margin in a race: "neck", "nose", "head", "length"
)

// lexSlot is an entry of lexTable.
type lexSlot struct {
	hash uint64 // annHash of the word; 0 for an empty slot
	c    uint8  // the word's classes, as an index into flagSets
	id   wordID // the word's id, 0 if it is not in wordTexts
}

// lexTable holds the words of the lexicon and wordTexts as an
// open-addressing table keyed by the words' hashes, so that a lookup
// compares integers, not strings. It has at least four slots a word.
var lexTable [1 << lexTableBits]lexSlot

// wordTexts holds the text of each wordID: the constants of wordConsts,
// then the words of the phrase table that are not among them. It is
// loaded from lexWordTexts, one string: wordConsts, an array of strings,
// cost the wasm build 1.3 KB (gzip) more, and only tests and the
// generator read it.
var wordTexts []string

// flagSets (in lexicon_gen.go) holds every set of classes a word can have,
// so that the annotator keeps one byte per word, not a wflag: the sets of
// the lexicon's words, and the same sets less possMask for possessives.
// flagSets[0] is empty, and so are the entries past the sets there are.
//
// possClass (in lexicon_gen.go) maps the index in flagSets of a word's
// classes to that of its possessive's classes ("NATO's" when only "nato"
// is listed).

// possMask holds the classes a possessive does not take from its stem.
const possMask = wCue | wStop | wCommon | wPhrase

// lexByHash returns the classes, as an index into flagSets, of the word
// whose annHash is h.
func lexByHash(h uint64) uint8 { return lexEntry(h).c }

// lexFlags returns the classes of the lower-case word w.
func lexFlags(w []byte) wflag { return flagSets[lexByHash(annHash(w))] }

// lexEntry returns the entry of lexTable for the word whose annHash is h,
// an empty one if there is none. The id of a word found by its hash is
// checked against wordTexts by whoever uses it.
func lexEntry(h uint64) lexSlot {
	const m = uint64(len(lexTable) - 1)
	for i := h & m; ; i = (i + 1) & m {
		s := lexTable[i]
		if s.hash == h || s.hash == 0 {
			return s
		}
	}
}

// entityTable holds the built-in names of places and organisations, in
// lower case with words joined by one space, possessive removed, each with
// its kind. It has at least two slots a name.
var entityTable wordset.Table

// entityKind returns the kind, Org or Place, of the built-in name whose
// text is b, and whether there is one.
func entityKind(b []byte) (Kind, bool) {
	k, ok := entityTable.Get(b)
	return Kind(k), ok
}

// entityFirsts holds the hashes (see annWordHash) of the first words of
// the names in entityTable, for entityKind to pass over most runs without
// building their lower-case text.
var entityFirsts hashSet

// phrase is an entry of the phrase table: lower-case words to match in a
// row, the kind of span they make, and a condition on what follows.
type phrase struct {
	ids    []wordID // of each word after the first
	second wordID   // ids[0], 0 for a phrase of one word
	kind   Kind
	cond   phraseCond
}

// noSpan is the kind of a phrase that makes no span, such as "likely
// voters", which keeps "likely" from being read as a hedge.
const noSpan = NumKinds

// phraseCond restricts where a phrase counts.
type phraseCond uint8

const (
	condNone      phraseCond = iota
	condNumber               // only before a number or amount
	condVerb                 // only before a word that can be a verb (not a determiner, preposition or punctuation)
	condNotNumber            // only when no number follows
	condCopula               // include a copula before the phrase when there is one
	condSchedule             // only before what is scheduled: "is due to meet" (see annotator.dueSchedule)
	condWasNow               // only between two amounts, after "was": "was £49.99, now £29.99"
	condFrom                 // only before an amount: "rose from 9 to 42"
)

// phrasesByID holds, by the wordID of a word, the phrases it starts,
// longest first. Every first word of a phrase has an id.
var phrasesByID [][]phrase

// phraseSeconds holds, by the wordID of a word, a set of the second words
// of the phrases it starts: bit id%64 for a second word's id, and every
// bit when the word is a phrase of its own. A word whose bit for the word
// after it is clear starts no phrase there, and the phrases need no look.
var phraseSeconds []uint64

func init() { loadLexicon() }

// loadLexicon builds the tables above from the generated ones of
// lexicon_gen.go. It runs at start-up, in the browser too, where every
// millisecond before the engine is ready counts: it splits constant
// strings and hashes words, and builds no map.
func loadLexicon() {
	wordTexts = make([]string, 1, strs.CountByte([]byte(lexWordTexts), '|')+2)
	for list := lexWordTexts; list != ""; {
		var w string
		w, list = nextWord(list)
		wordTexts = append(wordTexts, w)
	}
	// lexicon_gen.go is stale when wordConsts gained or lost a word since
	// it was generated. Then the words are loaded as they were, so that
	// the package still starts and `go generate ./claim` (a test of this
	// package) can rewrite the file; TestLexiconGenerated fails until it
	// does.
	c := 0 // of lexClasses
	for id, w := range wordTexts[1:] {
		if c < len(lexClasses) {
			putLex(w, lexClasses[c], wordID(id+1))
		}
		c++
	}
	for list := unfront(lexOtherWords); list != "" && c < len(lexClasses); c++ {
		var w string
		w, list = nextWord(list)
		putLex(w, lexClasses[c], 0)
	}
	entityTable = wordset.New(1 << (entityTableBits - 1))
	entityFirsts.slots = make([]uint64, 1<<entityTableBits)
	for k, list := range [...]string{Org: orgNames, Place: placeNames} {
		for list := unfront(list); list != ""; {
			var name string
			name, list = nextWord(list)
			putEntity(name, Kind(k))
		}
	}
	loadPhrases()
}

// unfront expands a front-coded list of lexicon_gen.go (lexOtherWords,
// orgNames, placeNames) to its words separated by "|". Each entry of the
// list, separated by "|", starts with a byte '0'+n, n the number of bytes
// the word shares with the word before it (at most 60); the rest of the
// entry is the rest of the word. The lists are sorted, so the module is
// about 0.9 KB smaller compressed (zlib -9; 2026-11-29).
func unfront(list string) string {
	b := make([]byte, 0, 2*len(list))
	prev := 0 // where the previous word starts in b
	for list != "" {
		var e string
		e, list = nextWord(list)
		start := len(b)
		b = append(b, b[prev:prev+int(e[0]-'0')]...)
		b = append(b, e[1:]...)
		b = append(b, '|')
		prev = start
	}
	return string(b[:max(len(b)-1, 0)])
}

// nextWord returns the first entry of list, whose entries are separated
// by "|", and the rest of list.
func nextWord(list string) (w, rest string) { return strs.Cut(list, '|') }

func putLex(w string, c uint8, id wordID) {
	const m = uint64(len(lexTable) - 1)
	h := annWordHash(w)
	i := h & m
	for lexTable[i].hash != 0 {
		i = (i + 1) & m
	}
	lexTable[i] = lexSlot{h, c, id}
}

func putEntity(name string, k Kind) {
	entityTable.Put(name, uint8(k))
	first, _ := strs.Cut(name, ' ')
	entityFirsts.add(annWordHash(first))
}

// loadPhrases builds phrasesByID from lexPhrases.
func loadPhrases() {
	p := lexPhrases
	u16 := func() wordID {
		v := wordID(p[0]) | wordID(p[1])<<8
		p = p[2:]
		return v
	}
	all := make([]phrase, 0, lexNumPhrases)
	ids := make([]wordID, 0, lexNumPhraseIDs)
	phrasesByID = make([][]phrase, len(wordTexts))
	phraseSeconds = make([]uint64, len(wordTexts))
	for len(p) > 0 {
		first, n := u16(), int(p[0])
		p = p[1:]
		start := len(all)
		for range n {
			k, c, nw := Kind(p[0]), phraseCond(p[1]), int(p[2])
			p = p[3:]
			s := len(ids)
			for range nw {
				ids = append(ids, u16())
			}
			p := phrase{ids: ids[s:len(ids):len(ids)], kind: k, cond: c}
			if nw > 0 {
				p.second = p.ids[0]
				phraseSeconds[first] |= 1 << (p.second % 64)
			} else {
				phraseSeconds[first] = ^uint64(0)
			}
			all = append(all, p)
		}
		phrasesByID[first] = all[start:len(all):len(all)]
	}
}

// fields splits s at every byte in seps, trims spaces, tabs and carriage
// returns from each part and drops the empty ones. It spares the wasm build
// the code of strings.Split and strings.Fields.
func fields(s, seps string) []string {
	var sep [256]bool
	for i := 0; i < len(seps); i++ {
		sep[seps[i]] = true
	}
	var out []string
	for len(s) > 0 {
		i := 0
		for i < len(s) && !sep[s[i]] {
			i++
		}
		w := s[:i]
		for len(w) > 0 && (w[0] == ' ' || w[0] == '\t' || w[0] == '\r') {
			w = w[1:]
		}
		for len(w) > 0 && (w[len(w)-1] == ' ' || w[len(w)-1] == '\t' || w[len(w)-1] == '\r') {
			w = w[:len(w)-1]
		}
		if w != "" {
			out = append(out, w)
		}
		s = s[min(i+1, len(s)):]
	}
	return out
}

// wordIn reports whether t is one of the words of list, which are
// separated by single spaces. A short list kept as one string is data; a
// switch over the same strings compiles to code, which costs the wasm
// download several times more.
func wordIn(list string, t []byte) bool {
	n := len(t)
	if n == 0 || n > len(list) {
		return false // list has no empty word
	}
	if len(list) > longWordList {
		return wordInLong(list, t)
	}
	// Each place the first byte of t starts a word of list (a space or
	// the start of list before it), as strings.IndexByte finds it, is
	// compared with t; a word that equals t ends there, at a space or
	// the end of list ("tax" is in "the tax cut", not in "taxes" nor in
	// "syntax"). In a short list, looking for one byte, and comparing
	// without making a string of t, costs less than looking for t with
	// strings.Index. A t with a space may equal words and the spaces
	// between them: it is no word of list.
	c := t[0]
	last := len(list) - n // the last place a word of n bytes can start
	for off := 0; off <= last; {
		j := strings.IndexByte(list[off:last+1], c)
		if j < 0 {
			return false
		}
		i := off + j
		if (i == 0 || list[i-1] == ' ') && (i == last || list[i+n] == ' ') && list[i:i+n] == string(t) {
			return bytes.IndexByte(t, ' ') < 0
		}
		off = i + 1
	}
	return false
}

// longWordList is the length in bytes above which wordIn looks for the
// whole word with wordInLong: in a long list the first byte of a word is
// met too often.
const longWordList = 256

// wordInLong is wordIn for a long list: each place t appears in list, as
// bytes.Index finds it, is one of its words when spaces or the ends of
// list are on both sides. bytes.Index reads list's bytes in place (a
// []byte that shares them, which nothing writes to): the package calls it
// elsewhere, while strings.Index, which natively runs the same code, would
// bring its own into the wasm build (1.4 KB gzip).
func wordInLong(list string, t []byte) bool {
	l := unsafe.Slice(unsafe.StringData(list), len(list))
	n := len(t)
	for off := 0; off+n <= len(l); {
		j := bytes.Index(l[off:], t)
		if j < 0 {
			return false
		}
		i := off + j
		if (i == 0 || l[i-1] == ' ') && (i+n == len(l) || l[i+n] == ' ') {
			return bytes.IndexByte(t, ' ') < 0
		}
		off = i + 1
	}
	return false
}
