package segment

import (
	"unicode/utf8"

	"github.com/claimlight/claimlight/tokenize"
)

// pair is a quotation or bracket that opens at token open and closes at
// token close on the same line.
type pair struct{ open, close int }

// Longest quotation and bracket, in bytes, within which stops do not end a
// sentence. Longer ones are split as running text, so that a paragraph
// that is one long quotation still yields sentences.
const (
	maxQuote   = 300
	maxBracket = 300
)

// maxDepth is how far down the stack of open quotations and brackets a
// closing mark looks for its opener, which keeps hostile input linear.
const maxDepth = 16

// quote families: marks of one family close each other.
const (
	famDouble byte = 'd' // " “ ” „ `` ''
	famSingle byte = 's' // ' ‘ ’ ‚ `
	famGuil   byte = 'g' // « »
	famGuil1  byte = 'h' // ‹ ›
	famCorner byte = 'c' // 「 」
	famWhite  byte = 'w' // 『 』
)

// quoteInfo returns the family of the quote token k and whether it opens
// (+1), closes (-1), may only open (2), or must be decided by what is open (0). Straight marks
// are decided by the white space around them; curly ones by their glyph.
func (sp *splitter) quoteInfo(k, a, b int) (byte, int8) {
	t := sp.toks[k]
	w := sp.src[t.Start:t.End]
	var fam byte
	c := w[0]
	if c == '&' {
		// a character reference: "&quot;" is a straight mark, "&#8220;" a
		// curly one
		if r, n := tokenize.CharRef(w, 0); n > 0 {
			if r < 0x80 {
				c = byte(r)
			} else {
				var buf [4]byte
				w = utf8.AppendRune(buf[:0], r)
			}
		}
	}
	switch c {
	case '"':
		fam = famDouble
	case '`', '\'':
		fam = famSingle
		if len(w) == 2 {
			fam = famDouble
		}
	default:
		r, _ := utf8.DecodeRune(w)
		switch r {
		case '“', '„', '‟':
			return famDouble, 1
		case '”':
			return famDouble, -1
		case '‘', '‚', '‛':
			return famSingle, 1
		case '’':
			return famSingle, -1
		case '«':
			return famGuil, 1
		case '»':
			return famGuil, -1
		case '‹':
			return famGuil1, 1
		case '›':
			return famGuil1, -1
		case '「':
			return famCorner, 1
		case '」':
			return famCorner, -1
		case '『':
			return famWhite, 1
		case '』':
			return famWhite, -1
		}
		if t.Kind == tokenize.OpenQuote {
			return famDouble, 1
		}
		return famDouble, -1
	}
	before := k == a || sp.toks[k-1].Kind.IsSpace() || sp.isOpenBracket(k-1) ||
		sp.toks[k-1].Kind == tokenize.Dash && (k-1 == a || sp.toks[k-2].Kind.IsSpace())
	after := k+1 >= b || sp.toks[k+1].Kind.IsSpace() || sp.toks[k+1].Kind == tokenize.CloseQuote ||
		sp.toks[k+1].Kind == tokenize.Punct && !sp.isOpenBracket(k+1)
	switch {
	case before && !after:
		return fam, 1
	case after && !before:
		return fam, -1
	case before && after:
		// A straight mark between spaces after a stop or comma, before a
		// lower-case word, closes: "eh, boy? ' he said".
		if sp.attribution(k, a, b) {
			return fam, -1
		}
		// When no straight mark of its family on the line touches a word
		// (text tokenized with spaced quotes, "she wrote . '' Why ?"),
		// white space tells nothing. A mark before closing punctuation or
		// a lower-case word closes ("'' Chaos '' ,", "Wizards '' is");
		// the others pair in order.
		if sp.spacedOnly(fam) {
			if sp.beforeClosing(k, b) {
				return fam, -1
			}
			return fam, 0
		}
		// Otherwise it may open a quotation that a later glued mark
		// closes, but never closes one itself.
		return fam, 2
	}
	return fam, 0
}

// attribution reports whether the straight quote k, between spaces, follows
// a stop or comma and comes before a lower-case word, as a quotation's
// close before its attribution does: "eh, boy? ' he said".
func (sp *splitter) attribution(k, a, b int) bool {
	if k-2 < a || k+2 >= b || sp.toks[k-2].Kind != tokenize.Punct || sp.toks[k+2].Kind != tokenize.Word {
		return false
	}
	switch sp.src[sp.toks[k-2].Start] {
	case '.', ',', '!', '?':
	default:
		return false
	}
	c := sp.src[sp.toks[k+2].Start]
	return 'a' <= c && c <= 'z'
}

// beforeClosing reports whether the token after token k and one space is
// the end of the line, a lower-case word or one of , ; : ) ] . ! ? (an
// ellipsis may open a quotation: "saying ' ... what").
func (sp *splitter) beforeClosing(k, b int) bool {
	n := k + 1
	if n < b && sp.toks[n].Kind == tokenize.Space {
		n++
	}
	if n >= b {
		return true
	}
	t := sp.toks[n]
	c := sp.src[t.Start]
	switch t.Kind {
	case tokenize.Word:
		return 'a' <= c && c <= 'z'
	case tokenize.Punct:
		if t.End-t.Start != 1 {
			return false
		}
		switch c {
		case ',', ';', ':', ')', ']', '.', '!', '?':
			return true
		}
	}
	return false
}

// spacedOnly reports whether no straight quote of the family fam on the
// line being paired touches a word or a stop on either side; see
// [splitter.markSpaced].
func (sp *splitter) spacedOnly(fam byte) bool {
	i := fam2index(fam)
	return i >= 0 && !sp.gluedQuote[i]
}

// fam2index maps the single and double quote families to 0 and 1, and
// other families to -1.
func fam2index(fam byte) int {
	switch fam {
	case famSingle:
		return 0
	case famDouble:
		return 1
	}
	return -1
}

// markSpaced records, for [splitter.spacedOnly], whether any straight
// single or double quote of the line [a, b) is glued to what is next to it,
// and the first of each.
func (sp *splitter) markSpaced(a, b int) {
	sp.gluedQuote = [2]bool{}
	sp.firstQuote = [2]int{-1, -1}
	for _, h := range sp.hotIn(a, b) {
		k := int(h)
		if !sp.toks[k].Kind.IsQuote() {
			continue
		}
		t := sp.toks[k]
		i := 0
		switch c := sp.src[t.Start]; {
		case c == '"' || t.End-t.Start == 2 && (c == '\'' || c == '`'):
			i = 1
		case c == '\'' || c == '`':
		default:
			continue
		}
		if sp.firstQuote[i] < 0 {
			sp.firstQuote[i] = k
		}
		if k > a && !sp.toks[k-1].Kind.IsSpace() || k+1 < b && !sp.toks[k+1].Kind.IsSpace() {
			sp.gluedQuote[i] = true
		}
	}
}

// isOpenBracket reports whether token k is "(", "[", "{" or a full-width one.
func (sp *splitter) isOpenBracket(k int) bool {
	_, fam := sp.bracket(k)
	return fam != 0 && sp.src[sp.toks[k].Start] != ')' && sp.src[sp.toks[k].Start] != ']' &&
		sp.src[sp.toks[k].Start] != '}' && !sp.isRune(k, '）')
}

// bracket returns whether token k opens (+1) or closes (-1) a bracket, and
// its family, or family 0 if it is no bracket.
func (sp *splitter) bracket(k int) (int8, byte) {
	t := sp.toks[k]
	if t.Kind != tokenize.Punct {
		return 0, 0
	}
	switch c := sp.src[t.Start]; {
	case c == '(':
		return 1, '('
	case c == ')':
		return -1, '('
	case c == '[':
		return 1, '['
	case c == ']':
		return -1, '['
	case c == '{':
		return 1, '{'
	case c == '}':
		return -1, '{'
	case c < 0x80:
		return 0, 0 // other ASCII punctuation, most of it
	}
	if sp.isRune(k, '（') {
		return 1, '('
	}
	if sp.isRune(k, '）') {
		return -1, '('
	}
	return 0, 0
}

// isRune reports whether token k is exactly the rune r.
func (sp *splitter) isRune(k int, r rune) bool {
	t := sp.toks[k]
	if sp.src[t.Start] < 0x80 {
		return false
	}
	got, size := utf8.DecodeRune(sp.src[t.Start:t.End])
	return got == r && size == int(t.End-t.Start)
}

// pair finds the quotations and brackets of the line [a, b) that open and
// close on it, for [splitter.inside] and [splitter.closer].
func (sp *splitter) pair(a, b int) {
	sp.base = a
	sp.pairs = sp.pairs[:0]
	sp.flat = true
	sp.markSpaced(a, b)
	stack := sp.stack[:0]
	for _, h := range sp.hotIn(a, b) {
		k := int(h)
		if kind := sp.toks[k].Kind; kind != tokenize.Punct && !kind.IsQuote() {
			continue
		}
		var fam byte
		var role int8
		limit := int32(maxBracket)
		if sp.toks[k].Kind.IsQuote() {
			fam, role = sp.quoteInfo(k, a, b)
			limit = maxQuote
		} else if role, fam = sp.bracket(k); fam == 0 {
			continue
		}
		if sp.flat {
			sp.initLinks(b - a)
		}
		top := -1
		for s := len(stack) - 1; s >= 0 && s >= len(stack)-maxDepth; s-- {
			if stack[s].fam == fam {
				top = s
				break
			}
		}
		if role == 0 {
			role = 1
			if top >= 0 {
				role = -1
			}
		}
		if role == 2 {
			role = 1
		}
		if role > 0 {
			stack = append(stack, opening{k, fam})
			continue
		}
		if top < 0 {
			continue
		}
		o := stack[top].k
		stack = stack[:top]
		sp.closes[k-a] = true
		sp.opener[k-a] = o
		sp.paired[k-a] = true
		sp.paired[o-a] = true
		if sp.toks[k].End-sp.toks[o].Start <= limit && !sp.introduced(o, a) {
			sp.pairs = append(sp.pairs, pair{o, k})
		}
	}
	sp.stack = stack
	if len(sp.pairs) == 0 {
		return
	}
	// reach[i]: the furthest close of a kept pair that opens before token a+i.
	n := b - a
	if cap(sp.reach) < n {
		sp.reach = make([]int, n, 2*n)
	}
	reach := sp.reach[:n]
	sp.reach = reach
	for i := range reach {
		reach[i] = -1
	}
	for _, p := range sp.pairs {
		if i := p.open - a + 1; i < n {
			reach[i] = max(reach[i], p.close)
		}
	}
	// The furthest so far, in a register.
	far := -1
	for i, r := range reach {
		far = max(far, r)
		reach[i] = far
	}
}

// introduced reports whether the quotation that opens at token o, on a
// line that starts at token a, follows a colon: "DI Carl Mbeki said:
// “This was callous. The victims were vulnerable.”". Its attribution comes
// before it, so its sentences are split as running text and each keeps
// the speaker; a quotation with its attribution after it ("“We won. We
// will win again,” she said.") stays one sentence.
func (sp *splitter) introduced(o, a int) bool {
	if !sp.toks[o].Kind.IsQuote() {
		return false
	}
	p := o - 1
	if p >= a && sp.toks[p].Kind.IsSpace() {
		p--
	}
	return p > a && sp.isByte(p, ':')
}

// initLinks makes the per-token link tables ready for a line of n tokens;
// lines without quotes or brackets never pay for them.
func (sp *splitter) initLinks(n int) {
	sp.flat = false
	if cap(sp.closes) < n {
		sp.closes = make([]bool, n, 2*n)
		sp.paired = make([]bool, n, 2*n)
		sp.opener = make([]int, n, 2*n)
	}
	sp.closes = sp.closes[:n]
	sp.paired = sp.paired[:n]
	sp.opener = sp.opener[:n]
	clear(sp.closes)
	clear(sp.paired)
}

// closesPair reports whether token k closes a quotation or bracket of the
// line, and returns the index of its opener.
func (sp *splitter) closesPair(k int) (bool, int) {
	if sp.flat || !sp.closes[k-sp.base] {
		return false, -1
	}
	return true, sp.opener[k-sp.base]
}

// inPair reports whether token k opens or closes a quotation or bracket.
func (sp *splitter) inPair(k int) bool {
	return !sp.flat && sp.paired[k-sp.base]
}

// inside reports whether a stop at token k, with its closing material
// ending at e, lies inside a quotation or bracket of the line that closes
// later: pragmatic_segmenter's rule, since a quoted passage is one unit with
// its attribution ("“... . ...,” she said.").
func (sp *splitter) inside(k, e int) bool {
	return len(sp.pairs) > 0 && sp.reach[k-sp.base] >= e
}

// opening is an open quotation or bracket waiting for its close.
type opening struct {
	k   int
	fam byte
}

func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
