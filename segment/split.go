package segment

import (
	"bytes"
	"unicode"
	"unicode/utf8"

	"github.com/claimlight/claimlight/tokenize"
)

// Append appends the segments of src, given its tokens from
// [tokenize.Append], to dst and returns the extended slice.
//
// Every line break ends a segment, and each line that is not blank is a
// paragraph of its own: Para counts the non-blank lines before the segment's
// line. Within a line, a sentence ends after ".", "!", "?" or "…" (with any
// closing quotes, brackets and footnote marks such as "[1]" that follow)
// when white space and then the start of a new sentence follow: a capital
// letter, a digit, an opening quote or bracket. An abbreviation's dot ends a
// sentence only when the abbreviation can end one ("U.S.", "Inc.", not
// "Mr." or "No.") and the next word starts sentences ("The", "He", ...); see
// [tokenize.ClassifyAbbrev].
//
// A dateline at the start of a paragraph ("THE HAGUE —", "WASHINGTON
// (Reuters) -", "Kyiv (CNN) —") is a segment of its own with Role
// [Dateline], so that it does not become part of the first claim. A line that
// is page furniture ("Advertisement", "Follow", "Read more: ...", a byline
// "By Jane Doe") is one [Furniture] segment; a line that starts with a list
// marker ("- ", "* ", "• ", "1. ", "1)", "(a)") gives [ListItem] segments; a
// short line without a final stop that is followed by more text is a
// [Heading].
//
// Segments are in order and do not overlap; together they hold every token
// that is not white space. toks must be the tokens of src; otherwise the
// result is meaningless but Append still does not panic.
func Append(dst []Sentence, src []byte, toks []tokenize.Token) []Sentence {
	if !consistent(src, toks) {
		return dst
	}
	sp := splitter{src: src, toks: toks}
	para := int32(0)
	for i := 0; i < len(toks); {
		j := i
		for j < len(toks) && toks[j].Kind != tokenize.LineBreak {
			j++
		}
		a, b := sp.trim(i, j)
		if a < b {
			last := !sp.moreText(j)
			dst = sp.line(dst, a, b, para, last)
			para++
		}
		i = j + 1
	}
	return dst
}

// consistent reports whether toks cover src in order, so that indexing src
// with their offsets is safe.
func consistent(src []byte, toks []tokenize.Token) bool {
	pos := int32(0)
	for _, t := range toks {
		if t.Start != pos || t.End < t.Start || int(t.End) > len(src) {
			return false
		}
		pos = t.End
	}
	return true
}

type splitter struct {
	src  []byte
	toks []tokenize.Token
}

// trim narrows the token range [a, b) to leave out white space at both ends.
func (sp *splitter) trim(a, b int) (int, int) {
	for a < b && sp.toks[a].Kind.IsSpace() {
		a++
	}
	for b > a && sp.toks[b-1].Kind.IsSpace() {
		b--
	}
	return a, b
}

// moreText reports whether any token from j on is not white space.
func (sp *splitter) moreText(j int) bool {
	for ; j < len(sp.toks); j++ {
		if !sp.toks[j].Kind.IsSpace() {
			return true
		}
	}
	return false
}

func (sp *splitter) text(k int) []byte { return sp.toks[k].Text(sp.src) }

// emit appends the segment of tokens [a, b), trimmed, if it is not empty.
func (sp *splitter) emit(dst []Sentence, a, b int, para int32, role Role) []Sentence {
	a, b = sp.trim(a, b)
	if a >= b {
		return dst
	}
	return append(dst, Sentence{
		Start: sp.toks[a].Start, End: sp.toks[b-1].End,
		Tok: int32(a), TokEnd: int32(b), Para: para, Role: role,
	})
}

// line appends the segments of the line of tokens [a, b), which starts and
// ends with a token that is not white space. last says whether it is the
// last line with text.
func (sp *splitter) line(dst []Sentence, a, b int, para int32, last bool) []Sentence {
	if sp.furniture(a, b) {
		return sp.emit(dst, a, b, para, Furniture)
	}
	start := a
	if e := sp.dateline(a, b); e > 0 {
		dst = sp.emit(dst, a, e, para, Dateline)
		start = e
	}
	role := Body
	body := start
	if e := sp.listMarker(start, b); e > 0 {
		role = ListItem
		body = e
	}
	first := len(dst)
	seg := start
	for k := body; k < b; k++ {
		end, ok := sp.boundary(k, seg, body, b)
		if !ok {
			continue
		}
		dst = sp.emit(dst, seg, end, para, role)
		seg = end
		k = end - 1
	}
	dst = sp.emit(dst, seg, b, para, role)
	if role == Body && len(dst) == first+1 && !last && start == a && sp.heading(a, b) {
		dst[first].Role = Heading
	}
	return dst
}

// isStop reports whether token k is a run of sentence-final marks.
func (sp *splitter) isStop(k int) bool {
	t := sp.toks[k]
	if t.Kind != tokenize.Punct {
		return false
	}
	switch c := sp.src[t.Start]; c {
	case '.', '!', '?':
		return true
	case ',', ';', ':', '(', ')', '[', ']', '"', '\'', '-', '/', '&', '*':
		return false
	}
	r, _ := utf8.DecodeRune(sp.src[t.Start:])
	switch r {
	case '…', '‼', '⁇', '⁈', '⁉', '。', '！', '？', '．':
		return true
	}
	return false
}

// closer reports whether token k may follow a stop within its sentence:
// a closing quote or bracket, or another stop.
func (sp *splitter) closer(k int) bool {
	t := sp.toks[k]
	switch t.Kind {
	case tokenize.CloseQuote:
		return true
	case tokenize.Punct:
		if t.End-t.Start == 1 {
			switch sp.src[t.Start] {
			case ')', ']', '}':
				return true
			}
		}
		if r, _ := utf8.DecodeRune(sp.src[t.Start:]); r == '）' || r == '」' || r == '』' {
			return true
		}
		return sp.isStop(k)
	}
	return false
}

// footnote returns the end of a footnote mark "[12]" starting at token k of
// a line ending at b, or 0.
func (sp *splitter) footnote(k, b int) int {
	if k+2 < b && sp.toks[k].Kind == tokenize.Punct && sp.src[sp.toks[k].Start] == '[' &&
		sp.toks[k+1].Kind == tokenize.Number && sp.toks[k+2].Kind == tokenize.Punct &&
		sp.src[sp.toks[k+2].Start] == ']' {
		return k + 3
	}
	return 0
}

// boundary decides whether a sentence ends at token k of the line [.., b),
// whose current segment starts at token seg (body after any list marker).
// If so it returns the index of the first token after the sentence.
func (sp *splitter) boundary(k, seg, body, b int) (int, bool) {
	t := sp.toks[k]
	var abbr tokenize.AbbrevClass
	switch {
	case t.Kind == tokenize.Abbrev:
		abbr = tokenize.ClassifyAbbrev(sp.text(k))
	case sp.isStop(k):
	default:
		return 0, false
	}
	e := k + 1
	for e < b {
		if sp.closer(e) {
			e++
		} else if f := sp.footnote(e, b); f > 0 {
			e = f
		} else {
			break
		}
	}
	if e >= b {
		return e, true
	}
	if !sp.toks[e].Kind.IsSpace() {
		return 0, false // "end.The", "5.a.m": no space, no split
	}
	n := e
	for n < b && sp.toks[n].Kind.IsSpace() {
		n++
	}
	if t.Kind == tokenize.Punct && sp.src[t.Start] == '.' && t.End-t.Start == 1 && k == body+1 && sp.enumerator(body) {
		return 0, false // "1. above", a numbered reference at the start
	}
	next := sp.toks[n]
	starts := sp.startsSentence(n)
	if t.Kind != tokenize.Abbrev {
		return e, starts
	}
	if !starts {
		return 0, false
	}
	switch abbr {
	case tokenize.AbbrevTitle, tokenize.AbbrevNumber:
		return 0, false
	case tokenize.AbbrevMonth:
		if next.Kind == tokenize.Number {
			return 0, false
		}
	}
	if sp.starter(n) || next.Kind == tokenize.OpenQuote {
		return e, true
	}
	if abbr == tokenize.AbbrevOther && !weakAbbrev[string(sp.text(k))] && next.Kind == tokenize.Word {
		return e, true
	}
	return 0, false
}

// enumerator reports whether token k is a short list number or letter:
// "1", "12", "a", "iv".
func (sp *splitter) enumerator(k int) bool {
	t := sp.toks[k]
	n := t.End - t.Start
	switch t.Kind {
	case tokenize.Number:
		return n <= 3 && tokenize.NumericPrefix(sp.text(k)) == int(n)
	case tokenize.Word:
		return n == 1 || n <= 4 && roman(sp.text(k))
	}
	return false
}

func roman(w []byte) bool {
	for _, c := range w {
		switch c {
		case 'i', 'v', 'x', 'I', 'V', 'X':
		default:
			return false
		}
	}
	return true
}

// startsSentence reports whether token n can begin a sentence: a word that
// does not start with a lower-case letter, a number, an opening quote or
// bracket, or a symbol.
func (sp *splitter) startsSentence(n int) bool {
	t := sp.toks[n]
	switch t.Kind {
	case tokenize.Word, tokenize.Abbrev, tokenize.Hashtag, tokenize.Mention, tokenize.URL, tokenize.Email:
		r, _ := utf8.DecodeRune(sp.src[t.Start:])
		if t.Kind == tokenize.Hashtag || t.Kind == tokenize.Mention {
			r, _ = utf8.DecodeRune(sp.src[t.Start+1:])
		}
		return !unicode.IsLower(r)
	case tokenize.Number, tokenize.OpenQuote, tokenize.Currency, tokenize.Symbol, tokenize.Invalid:
		return true
	case tokenize.Punct:
		c := sp.src[t.Start]
		return c == '(' || c == '[' || c == '¿' || c == '¡'
	}
	return false
}

// starter reports whether token n is a capitalised word that commonly
// begins a sentence, which tips the balance after an abbreviation.
func (sp *splitter) starter(n int) bool {
	t := sp.toks[n]
	return t.Kind == tokenize.Word && starters[string(sp.text(n))]
}

// starters are capitalised words that often begin a sentence and rarely
// follow an abbreviation within one.
var starters = setOf(
	"The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These",
	"Those", "There", "Then", "But", "And", "Or", "So", "Yet", "In", "On", "At", "For", "If",
	"When", "While", "After", "Before", "As", "His", "Her", "Their", "Its", "Our", "My", "Your",
	"However", "Meanwhile", "Still", "Some", "Many", "Most", "All", "Both", "Each", "No", "Not",
	"One", "Two", "Three", "What", "Why", "How", "Who", "Where", "Since", "Although", "Though",
	"Because", "During", "Under", "Among", "According", "Last", "Next", "Earlier", "Later",
	"Now", "Today", "Yesterday", "Also", "Such", "Despite", "Officials", "Analysts", "Critics",
	"Experts", "Other", "Others", "More", "Few", "Several", "Thus", "Instead", "Even", "With",
	"By", "From", "To", "Of", "Is", "Was", "Are", "Were", "Do", "Does", "Did", "Can", "Could",
	"Will", "Would", "Should", "May", "Might", "Must", "Here", "Every", "Any", "Nor", "Only",
)

// weakAbbrev lists abbreviations with inner dots that are usually followed by
// a name within the same sentence ("U.S. Senate", "6 a.m. Mr. Smith"), so
// that only a sentence-starting word after them ends the sentence.
var weakAbbrev = setOf(
	"U.S.", "U.K.", "U.N.", "E.U.", "U.A.E.", "D.C.", "N.Y.", "L.A.", "a.m.", "p.m.", "A.M.", "P.M.",
	"e.g.", "i.e.", "Inc.", "Corp.", "Co.", "Ltd.", "Jr.", "Sr.", "Bros.", "vs.", "v.", "cf.",
)

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// dateline returns the end of a wire dateline at the start of the line [a, b)
// — place names in capitals or followed by an agency in brackets, perhaps a
// date, then a dash and white space — or 0.
func (sp *splitter) dateline(a, b int) int {
	words := 0
	firstCaps := false
	paren := false  // inside "(...)"
	agency := false // the last thing before the dash was "(...)"
	for k := a; k < b && k < a+30; k++ {
		t := sp.toks[k]
		switch t.Kind {
		case tokenize.Space:
			continue
		case tokenize.Word, tokenize.Abbrev:
			w := sp.text(k)
			if words == 0 {
				if !startsUpper(w) {
					return 0
				}
				firstCaps = allCaps(w)
			} else if !paren && !startsUpper(w) {
				return 0
			}
			words++
			agency = false
		case tokenize.Number:
			if words == 0 {
				return 0
			}
			agency = false
		case tokenize.Punct:
			switch sp.src[t.Start] {
			case ',', '/':
				if words == 0 || paren {
					return 0
				}
				agency = false
			case '(':
				if words == 0 || paren {
					return 0
				}
				paren = true
			case ')':
				if !paren {
					return 0
				}
				paren = false
				agency = true
			default:
				return 0
			}
		case tokenize.Dash:
			if paren || words == 0 || words > 8 || !(firstCaps || agency) {
				return 0
			}
			if k+1 < b && !sp.toks[k+1].Kind.IsSpace() {
				return 0
			}
			return k + 1
		default:
			return 0
		}
	}
	return 0
}

// listMarker returns the index of the first token after a list marker at
// the start of the line [a, b) ("- ", "* ", "• ", "1. ", "1)", "1.)", "(a)"),
// or 0.
func (sp *splitter) listMarker(a, b int) int {
	k := a
	t := sp.toks[k]
	switch t.Kind {
	case tokenize.Dash:
		k++
	case tokenize.Punct:
		switch r, _ := utf8.DecodeRune(sp.src[t.Start:]); r {
		case '*', '•', '·', '‣', '◦', '▪', '■', '●', '○', '►', '▸':
			k++
		case '(':
			if k+2 < b && sp.enumerator(k+1) && sp.isByte(k+2, ')') {
				k += 3
			}
		}
	case tokenize.Number, tokenize.Word:
		if !sp.enumerator(k) || k+1 >= b {
			return 0
		}
		switch {
		case sp.isByte(k+1, ')'):
			k += 2
		case sp.isByte(k+1, '.') && k+2 < b && sp.isByte(k+2, ')'):
			k += 3
		case sp.isByte(k+1, '.') && (t.Kind == tokenize.Number || sp.toks[k].End-sp.toks[k].Start == 1):
			k += 2
		}
	}
	if k == a || k >= b || !sp.toks[k].Kind.IsSpace() {
		return 0
	}
	for k < b && sp.toks[k].Kind.IsSpace() {
		k++
	}
	return k
}

// isByte reports whether token k is exactly the one byte c.
func (sp *splitter) isByte(k int, c byte) bool {
	t := sp.toks[k]
	return t.End-t.Start == 1 && sp.src[t.Start] == c
}

// heading reports whether the line [a, b) reads as a heading: at most 12
// words, starting with a capital, with no final stop, comma or colon.
func (sp *splitter) heading(a, b int) bool {
	last := sp.toks[b-1]
	if last.Kind == tokenize.Punct || last.Kind == tokenize.CloseQuote || last.Kind == tokenize.Abbrev {
		return false
	}
	words := 0
	for k := a; k < b; k++ {
		if sp.toks[k].Kind.IsWordLike() {
			words++
		}
	}
	if words == 0 || words > 12 {
		return false
	}
	r, _ := utf8.DecodeRune(sp.src[sp.toks[a].Start:])
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

func startsUpper(w []byte) bool {
	r, _ := utf8.DecodeRune(w)
	return unicode.IsUpper(r)
}

// allCaps reports whether w has at least two letters and no lower-case one.
func allCaps(w []byte) bool {
	letters := 0
	for _, r := range string(w) {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// furnitureLines are whole lines, lower-cased and without final ":" or ".",
// that are page furniture rather than text.
var furnitureLines = setOf(
	"follow", "following", "advertisement", "advertisment", "ad", "ads", "share", "share this",
	"share this article", "share this story", "share this page", "share on facebook",
	"share on twitter", "share on x", "share via email", "tweet", "email", "print", "copy link",
	"copy link to clipboard", "link copied", "read more", "sign up", "subscribe", "subscribe now",
	"related", "related articles", "related stories", "related topics", "related content",
	"image caption", "image source", "media caption", "getty images", "listen",
	"listen to this article", "comments", "comment", "skip to content", "skip advertisement",
	"continue reading", "continue reading the main story", "story continues below advertisement",
	"story continues below", "article continues below", "scroll to continue", "scroll to continue with content",
	"most read", "most popular", "more on this story", "top stories", "save", "save article",
	"gift this article", "loading", "loading...", "play video", "video", "watch", "close",
	"menu", "newsletter", "sign up for our newsletter", "follow us", "recommended",
	"you may also like", "trending", "see also", "also read", "back to top", "sponsored",
	"sponsored content", "paid content", "promoted", "add topic", "click here", "more",
	"open image in gallery", "enlarge this image", "toggle caption", "hide caption",
	"about sharing", "view comments", "reuse this content", "article saved",
)

// furniturePrefixes start lines that are page furniture, when the line is
// short.
var furniturePrefixes = []string{
	"read more:", "read more ", "related:", "image caption", "image source", "media caption",
	"photo:", "photograph:", "caption:", "credit:", "see also:", "also read:", "sign up for",
	"sign up to", "subscribe to", "follow us", "click here", "getty images", "copyright ©",
	"© ", "all rights reserved", "last updated", "watch:", "listen:",
	"more:", "editing by", "reporting by", "additional reporting by", "writing by",
}

// furniture reports whether the line [a, b) is page furniture: a known
// whole line, a short line with a known prefix, or a byline "By A Name".
func (sp *splitter) furniture(a, b int) bool {
	line := sp.src[sp.toks[a].Start:sp.toks[b-1].End]
	if len(line) > 120 {
		return false
	}
	var buf [120]byte
	low := buf[:0]
	for _, c := range line {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		low = append(low, c)
	}
	trimmed := bytes.TrimRight(low, ":. ")
	if furnitureLines[string(trimmed)] {
		return true
	}
	for _, p := range furniturePrefixes {
		if bytes.HasPrefix(low, []byte(p)) {
			return true
		}
	}
	return sp.byline(a, b)
}

// byline reports whether the line [a, b) is "By" and a few capitalised
// names, with no final stop: "By Jane Doe and John Roe, Reuters".
func (sp *splitter) byline(a, b int) bool {
	if !bytes.Equal(sp.text(a), []byte("By")) && !bytes.Equal(sp.text(a), []byte("BY")) {
		return false
	}
	words := 0
	for k := a + 1; k < b; k++ {
		t := sp.toks[k]
		switch t.Kind {
		case tokenize.Space:
		case tokenize.Word, tokenize.Abbrev:
			w := sp.text(k)
			if !startsUpper(w) && string(w) != "and" {
				return false
			}
			words++
		case tokenize.Punct:
			if c := sp.src[t.Start]; c != ',' && c != '|' {
				return false
			}
		default:
			return false
		}
	}
	return words >= 1 && words <= 10
}
