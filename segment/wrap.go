package segment

import (
	"unicode"
	"unicode/utf8"

	"github.com/claimlight/claimlight/internal/le"
	"github.com/claimlight/claimlight/internal/wordset"
	"github.com/claimlight/claimlight/tokenize"
)

// Hard-wrapped text (wire copy, e-mail, text copied from a PDF) breaks its
// lines at a fixed width and marks paragraphs with blank lines or short
// last lines. Pasted web text keeps a paragraph a line. The functions here
// tell the two apart and find the line breaks that only wrap a sentence:
// those are read as spaces, so that a sentence may span several lines.

// textLine is a line of the source that is not blank.
type textLine struct {
	a, b   int32 // its tokens, trimmed of white space
	width  int32 // its length in runes, trimmed; any number above maxWrapWidth if longer
	indent int32 // the bytes of white space before its first token
	gap    bool  // a blank line, or the start of the text, comes before it
	join   bool  // its line break wraps: the next line goes on with it
	url    bool  // it holds a URL or an e-mail address, which a wrapper cannot break
	traits uint8 // what it is, see [splitter.traits]; 0 until known
}

// Traits of a line, see [splitter.traits].
const (
	trKnown     uint8 = 1 << iota // the traits below are set
	trFurniture                   // page furniture, see [splitter.furniture]
	trItem                        // a list item, see [splitter.listMarker]
	trOpener                      // starts with a dateline or a speaker's name: it starts a paragraph
	trNoText                      // only numbers or separators, see [splitter.junkLine]
	trLayout                      // holds decoration (a dot leader, a tag) or a wide gap (a table row)
	trQuoted                      // starts with ">", as a line quoted in an e-mail reply
)

// traits returns what the line sp.lines[i] is, finding it the first time.
func (sp *splitter) traits(i int) uint8 {
	l := &sp.lines[i]
	if l.traits&trKnown != 0 {
		return l.traits
	}
	a, b := int(l.a), int(l.b)
	t := trKnown
	if sp.furniture(a, b) {
		t |= trFurniture
	}
	if sp.listMarker(a, b) > 0 {
		t |= trItem
	}
	if sp.dateline(a, b) > 0 || sp.speaker(a, b) {
		t |= trOpener
	}
	if sp.junkLine(a, b) {
		t |= trNoText
	}
	if sp.layout(a, b) {
		t |= trLayout
	}
	if sp.src[sp.toks[a].Start] == '>' {
		t |= trQuoted
	}
	l.traits = t
	return t
}

// Wrap widths, in runes. A block of lines (a run between blank lines) may
// be hard-wrapped only when it has two or more lines and none is longer
// than maxWrapWidth; the wrap width of a text is its widest line in such
// blocks and must be at least minWrapWidth. A line shorter than
// minWrapWidth wraps only when the next word would not have fitted on it:
// short lines (a poem, an address, a list without markers) stay apart.
const (
	maxWrapWidth = 120
	minWrapWidth = 40
)

// scanLines fills sp.lines with the lines of the text that are not blank,
// and marks in sp.hotBits the tokens rules look at (see hotLen).
// It reports whether the tokens cover the source in order, so that
// indexing the source with their offsets is safe; if not, sp.lines is
// empty.
func (sp *splitter) scanLines() bool {
	sp.lines = sp.lines[:0]
	toks := sp.toks
	if n := (len(toks) + 63) / 64; cap(sp.hotBits) < n {
		sp.hotBits = make([]uint64, n)
	} else {
		sp.hotBits = sp.hotBits[:n]
		clear(sp.hotBits)
	}
	hot := sp.hotBits
	gap := true
	pos := int32(0)
	for i := 0; i < len(toks); {
		j := i
		url := false
		for ; j < len(toks); j++ {
			t := toks[j]
			if t.Start != pos || t.End < pos {
				sp.lines = sp.lines[:0]
				return false
			}
			pos = t.End
			if t.End-t.Start <= hotLen[t.Kind] {
				hot[uint(j)/64] |= 1 << (uint(j) % 64) // unsigned: a shift, no sign to fix
			}
			// A line break ends the line, a URL or an e-mail address
			// marks it; one look at a table, for most tokens neither.
			if f := lineKinds[t.Kind]; f != 0 {
				if f == lineEnd {
					break
				}
				url = true
			}
		}
		if int(pos) > len(sp.src) {
			// The ends only grow: one look per line is enough.
			sp.lines = sp.lines[:0]
			return false
		}
		a, b := sp.trim(i, j)
		if a < b {
			s, e := toks[a].Start, toks[b-1].End
			w := runes(sp.src[s:e], maxWrapWidth)
			sp.lines = append(sp.lines, textLine{
				a: int32(a), b: int32(b), width: w, indent: s - toks[i].Start, gap: gap, url: url,
			})
			gap = false
		} else {
			gap = true
		}
		i = j + 1
	}
	return true
}

// lineKinds marks the token kinds scanLines looks for: lineEnd for
// LineBreak, lineURL for URL and Email.
var lineKinds = func() (t [256]uint8) {
	t[tokenize.LineBreak] = lineEnd
	t[tokenize.URL], t[tokenize.Email] = lineURL, lineURL
	return t
}()

const (
	lineEnd = 1 + iota
	lineURL
)

// runes returns the number of runes in p, counting each byte that does not
// continue a UTF-8 sequence, or a number above limit as soon as the count
// passes it; ASCII bytes are counted 32 or 8 at once. Unlike utf8.RuneCount
// it never allocates.
func runes(p []byte, limit int32) int32 {
	n := int32(0)
	// 32 bytes of ASCII at a time, most of a line of news text; from the
	// first that are not, 8 at a time.
	for len(p) >= 32 && n <= limit {
		if (le.Uint64(p)|le.Uint64(p[8:])|le.Uint64(p[16:])|le.Uint64(p[24:]))&0x8080808080808080 != 0 {
			break
		}
		n += 32
		p = p[32:]
	}
	for len(p) >= 8 && n <= limit {
		if le.Uint64(p)&0x8080808080808080 == 0 {
			n += 8
		} else {
			for _, c := range p[:8] {
				if c&0xC0 != 0x80 {
					n++
				}
			}
		}
		p = p[8:]
	}
	if n > limit {
		return n
	}
	for _, c := range p {
		if c&0xC0 != 0x80 {
			n++
		}
	}
	return n
}

// findWraps sets textLine.join on the lines of sp.lines whose line break
// only wraps text. A text is read as hard-wrapped when it has blocks of two
// or more lines no wider than maxWrapWidth and, in them, at least two line
// breaks that fall mid-sentence after a line filled to the wrap width (or
// one before a lower-case word); otherwise no line break wraps.
func (sp *splitter) findWraps() {
	lines := sp.lines
	width := int32(0)
	for s := 0; s < len(lines); {
		e, w := sp.block(s)
		if e-s >= 2 && w <= maxWrapWidth {
			width = max(width, w)
		}
		s = e
	}
	if width < minWrapWidth {
		sp.danglingWraps()
		return
	}
	evidence := 0
	for s := 0; s < len(lines); {
		e, w := sp.block(s)
		if e-s >= 2 && w <= maxWrapWidth {
			open := int8(-1) // unknown until a line break needs it
			for i := s; i < e-1; i++ {
				start := i == s || !lines[i-1].join
				join, mid := sp.wraps(i, width, start, s, e, &open)
				lines[i].join = join
				if mid {
					evidence++
					if sp.startsLower(int(lines[i+1].a)) {
						evidence++
					}
				}
			}
		}
		s = e
	}
	if evidence < 2 {
		for i := range lines {
			lines[i].join = false
		}
	}
	sp.danglingWraps()
}

// danglingWraps sets textLine.join on the lines that end in a word no
// sentence ends on, an article, a preposition or a conjunction ("fell to
// 612 Ml/d in"), when the next line of their block starts in lower case
// ("the year, a reduction of 9.4 per cent."): in any text such a line
// break only wraps, unless the line is wider than maxWrapWidth, as lines
// of pasted web text are that no wrapper made. Neither line may be a list
// item, a dateline, page furniture, junk or a table row.
func (sp *splitter) danglingWraps() {
	lines := sp.lines
	for i := 0; i+1 < len(lines); i++ {
		l, n := &lines[i], &lines[i+1]
		if l.join || n.gap || l.width > maxWrapWidth || sp.toks[n.a].Kind != tokenize.Word || !sp.startsLower(int(n.a)) || !sp.dangling(int(l.b)-1) {
			continue
		}
		if sp.traits(i)&(trNoText|trLayout|trFurniture) != 0 || sp.traits(i+1)&(trItem|trOpener|trFurniture|trNoText|trLayout) != 0 ||
			sp.traits(i)&trQuoted != sp.traits(i+1)&trQuoted {
			continue
		}
		l.join = true
	}
}

// dangling reports whether token k is a word no sentence ends on: an
// article, a preposition or a conjunction, in lower case.
func (sp *splitter) dangling(k int) bool {
	return sp.toks[k].Kind == tokenize.Word && danglingWords.Has(sp.text(k))
}

// danglingWords are the words of [splitter.dangling].
var danglingWords wordset.Table // danglingWordsList, filled by init from wordSets

const danglingWordsList = "a|an|the|of|in|to|by|for|with|from|at|on|into|onto|than|per|via|between|across|" +
	"through|and|or|nor|whose"

// openEnded reports whether the block of sp.lines[s:e] does not end a
// sentence: its last line that is not a list item, page furniture or junk
// ends without a stop. Such a block may be a list without markers
// ("Inflation rose in all regions" / "Wages grew more slowly"), so only
// line breaks before a lower-case word wrap in it.
func (sp *splitter) openEnded(s, e int) bool {
	for i := e - 1; i >= s; i-- {
		if sp.traits(i)&(trItem|trFurniture|trNoText) != 0 {
			continue
		}
		return sp.lineEnd(int(sp.lines[i].a), int(sp.lines[i].b)) != endStop
	}
	return false
}

// block returns the end of the block of lines that starts at sp.lines[s]
// and the width of its widest line, leaving out lines with a URL or an
// e-mail address, which may pass the wrap width.
func (sp *splitter) block(s int) (int, int32) {
	w := int32(0)
	e := s
	for e < len(sp.lines) && (e == s || !sp.lines[e].gap) {
		if !sp.lines[e].url {
			w = max(w, sp.lines[e].width)
		}
		e++
	}
	return e, w
}

// Ends of a line, see [splitter.lineEnd].
const (
	endMid   = iota // a word, a comma, a dash: the sentence goes on
	endColon        // a colon
	endStop         // a stop or an abbreviation, perhaps with closing quotes
)

// wraps reports whether the line break after sp.lines[i] wraps text in a
// text wrapped at width, and whether it falls mid-sentence. start says
// whether the line starts a paragraph (no wrapped line before it); the
// line is in the block sp.lines[s:e], and open caches whether that block
// is open-ended: -1 until known, then 0 or 1.
//
// The line must be filled: with the next line's first word it would pass
// the wrap width, less a fifth for proportional fonts and wrappers that
// balance lines; or, when it is at least minWrapWidth long, the next line
// starts with a lower-case letter. A line shorter than minWrapWidth (and
// at least half the wrap width) must pass the full wrap width with that
// word, as "court. But this dam is No. 1 among our" does before
// "priorities." at width 50.
//
// The next line must not start with a list marker, a dateline or a
// speaker's name ("SMITH:"), nor be page furniture; a line quoted in an
// e-mail reply ("> ...") goes on only into another; neither line may be
// only numbers or separators, hold decoration, or be a table row (a tab
// or a wide gap between words). A filled furniture line, such as a long
// "Reporting by ..." credit, may go on: the joined line is still furniture.
//
// After a colon the next line must start with a quote or a lower-case
// letter, or be filled itself (not a list of short lines). After a stop
// the next line must not be indented further (a new paragraph) nor be a
// short heading that is not itself filled. Before a mid-sentence break to
// a capitalised word, a paragraph's first line must not be a title in
// capitals ("Court Halts Dam Construction On The River"), and in an
// open-ended block (see [splitter.openEnded]) the line must be furniture.
func (sp *splitter) wraps(i int, width int32, start bool, s, e int, open *int8) (join, mid bool) {
	l, n := &sp.lines[i], &sp.lines[i+1]
	if l.width < width/2 {
		return false, false
	}
	la, lb, na, nb := int(l.a), int(l.b), int(n.a), int(n.b)
	slack := width / 5
	if l.width < minWrapWidth {
		slack = 0 // a short line must be exactly filled
	}
	// a web or e-mail address in lower case ("www.example.org/report")
	// is no lower-case word that goes on with a sentence
	lower := sp.startsLower(na) && sp.toks[na].Kind != tokenize.URL && sp.toks[na].Kind != tokenize.Email
	// a line that ends in an article, a preposition or a conjunction
	// ("bans in roughly one summer in") is read as filled
	if !(lower && l.width >= minWrapWidth) && l.width+1+sp.firstWordWidth(na, nb) <= width-slack && !sp.dangling(lb-1) {
		return false, false
	}
	lt, nt := sp.traits(i), sp.traits(i+1)
	if lt&(trNoText|trLayout) != 0 || nt&(trItem|trOpener|trFurniture|trNoText|trLayout) != 0 ||
		lt&trQuoted != nt&trQuoted {
		return false, false
	}
	switch sp.lineEnd(la, lb) {
	case endColon:
		return lower || sp.toks[na].Kind == tokenize.OpenQuote || n.width >= width-slack, false
	case endStop:
		if n.indent > l.indent || n.width < width-slack && !sp.filled(i+1, e, width) && sp.heading(na, nb) {
			return false, false
		}
		return true, false
	}
	if lower {
		return true, true
	}
	if start && sp.titleLike(la, lb) {
		return false, false
	}
	if *open < 0 {
		*open = 0
		if sp.openEnded(s, e) {
			*open = 1
		}
	}
	if *open == 1 && lt&trFurniture == 0 {
		return false, false
	}
	return true, true
}

// filled reports whether the line sp.lines[i] of the block ending at e is
// filled to the wrap width: the next line's first word would not fit on it.
func (sp *splitter) filled(i, e int, width int32) bool {
	if i+1 >= e {
		return false
	}
	n := &sp.lines[i+1]
	return sp.lines[i].width+1+sp.firstWordWidth(int(n.a), int(n.b)) > width-width/5
}

// layout reports whether the line [a, b) holds page decoration that
// [splitter.junkAt] finds, such as the dot leader of a table of contents
// ("Chapter 2 ........ 6") or an HTML tag, or a tab or a run of four or
// more spaces between its words, as a row of a table laid out in columns.
func (sp *splitter) layout(a, b int) bool {
	for k := a; k < b; k++ {
		t := sp.toks[k]
		switch t.Kind {
		case tokenize.Space:
			if t.End-t.Start >= 4 {
				return true
			}
			for _, c := range sp.src[t.Start:t.End] {
				if c == '\t' {
					return true
				}
			}
		case tokenize.Punct, tokenize.Symbol, tokenize.Dash:
			if sp.junkAt(k, b) > 0 {
				return true
			}
		}
	}
	return false
}

// lineEnd classifies the end of the line of tokens [a, b): endStop for a
// stop or an abbreviation ("U.S."), perhaps followed by closing quotes and
// brackets or a footnote marker ("in full.17"); endColon for a colon;
// endMid otherwise.
func (sp *splitter) lineEnd(a, b int) int {
	k := b - 1
	if k >= a+2 && sp.toks[k].Kind == tokenize.Number && sp.isByte(k-1, '.') && sp.shortNumber(k) {
		switch p := sp.toks[k-2].Kind; {
		case p == tokenize.Word, p == tokenize.Percent, p == tokenize.CloseQuote, sp.isByte(k-2, ')'),
			p == tokenize.Number && sp.yearRange(k-2):
			return endStop
		}
	}
	for k > a && (sp.toks[k].Kind.IsQuote() || sp.isByte(k, ')') || sp.isByte(k, ']')) {
		k--
	}
	switch {
	case sp.isStop(k) || sp.toks[k].Kind == tokenize.Abbrev:
		return endStop
	case sp.isByte(k, ':') && k == b-1:
		return endColon
	}
	return endMid
}

// startsLower reports whether token k starts with a lower-case letter.
func (sp *splitter) startsLower(k int) bool {
	r, _ := utf8.DecodeRune(sp.src[sp.toks[k].Start:])
	return unicode.IsLower(r)
}

// firstWordWidth returns the length in runes of the first run of tokens
// without white space in [a, b): the word a wrapper could not fit on the
// line before.
func (sp *splitter) firstWordWidth(a, b int) int32 {
	e := a
	for e < b && !sp.toks[e].Kind.IsSpace() {
		e++
	}
	return runes(sp.src[sp.toks[a].Start:sp.toks[e-1].End], maxWrapWidth)
}

// speaker reports whether the line [a, b) starts with a speaker's name in
// a transcript: one to three words, the first in capitals or a single
// capital ("SMITH:", "Q:", "SEN. JONES:"), and a colon.
func (sp *splitter) speaker(a, b int) bool {
	words := 0
	for k := a; k < b && k < a+8; k++ {
		t := sp.toks[k]
		switch t.Kind {
		case tokenize.Space:
		case tokenize.Word, tokenize.Abbrev:
			w := sp.text(k)
			if words == 0 && !allCaps(w) && !(len(w) == 1 && 'A' <= w[0] && w[0] <= 'Z') {
				return false
			}
			if !startsUpper(w) {
				return false
			}
			words++
		case tokenize.Punct:
			return words > 0 && words <= 3 && sp.isByte(k, ':') && !sp.toks[k-1].Kind.IsSpace()
		default:
			return false
		}
	}
	return false
}

// titleLike reports whether the line [a, b) reads as a title in capitals:
// no dateline, three or more capitalised words of four letters
// or more, every word capitalised but for a few short ones that titles
// keep in lower case ("of", "the", "with"), no comma, and a capitalised
// last word. A wrapped line of prose full of names ("Prime Minister Edi
// Vasko and President Ilir Dako of") has a lower-case word or ends on one.
func (sp *splitter) titleLike(a, b int) bool {
	if sp.dateline(a, b) > 0 {
		return false
	}
	caps, last := 0, false
	for k := a; k < b; k++ {
		switch sp.toks[k].Kind {
		case tokenize.Word:
		case tokenize.Punct:
			if sp.isByte(k, ',') || sp.isStop(k) {
				return false
			}
			continue
		default:
			continue
		}
		w := sp.text(k)
		last = startsUpper(w)
		switch {
		case last:
			if runes(w, 4) >= 4 {
				caps++
			}
		case !titleSmallWords.Has(w):
			return false
		}
	}
	return caps >= 3 && last
}

// titleSmallWords are words that a title in capitals may keep in lower
// case.
var titleSmallWords wordset.Table // titleSmallWordsList, filled by init from wordSets

const titleSmallWordsList = "a|an|the|and|or|nor|but|of|to|in|on|at|for|by|as|with|from|into|over|after|than|upon|amid|" +
	"onto|near|vs"
