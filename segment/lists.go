package segment

import (
	"unicode/utf8"

	"github.com/claimlight/claimlight/internal/strs"
	"github.com/claimlight/claimlight/tokenize"
)

// chains finds inline lists in the line [a, b) — "a) one b) two c) three",
// "1. here 2. there" — and records in sp.marks the tokens where their items
// start, in order. A chain needs two or more markers in sequence, the first
// at the start of the line or after a sentence's stop.
func (sp *splitter) chains(a, b int) {
	sp.marks = sp.marks[:0]
	prevVal, prevStyle, chainStart := 0, byte(0), -1
	var chain [64]int
	n := 0
	flush := func() {
		if n >= 2 && chainStart >= 0 {
			for _, m := range chain[:n] {
				if m != a {
					sp.marks = append(sp.marks, int32(m))
				}
			}
		}
		n = 0
	}
	for _, h := range sp.hotIn(a, b) {
		k := int(h)
		switch t := sp.toks[k]; {
		case t.Kind == tokenize.Word && t.End-t.Start == 1,
			t.Kind == tokenize.Number && t.End-t.Start <= 2,
			t.Kind == tokenize.Abbrev && t.End-t.Start == 2:
		default:
			continue // only these can be list enumerators
		}
		start, val, style := sp.enumMarker(k, a, b)
		if style == 0 {
			continue
		}
		if n > 0 && style == prevStyle && val == prevVal+1 && n < len(chain) {
			chain[n] = start
			n++
		} else {
			flush()
			chainStart = -1
			if start == a || sp.afterStop(start, a) {
				chainStart = start
			}
			chain[0] = start
			n = 1
		}
		prevVal, prevStyle = val, style
	}
	flush()
}

// afterStop reports whether the last token before k that is not white
// space, on the line starting at a, is a stop.
func (sp *splitter) afterStop(k, a int) bool {
	for j := k - 1; j >= a; j-- {
		if !sp.toks[j].Kind.IsSpace() {
			return sp.isStop(j) || sp.toks[j].Kind == tokenize.Abbrev
		}
	}
	return false
}

// enumMarker reports whether an inline list marker has its enumerator at
// token k: it returns the marker's first token, the enumerator's value
// (1 for "a" or "1") and its style (')', '.', '>' for ".)", '(' for "(a)").
func (sp *splitter) enumMarker(k, a, b int) (int, int, byte) {
	t := sp.toks[k]
	val := 0
	switch {
	case t.Kind == tokenize.Number && t.End-t.Start <= 2 && tokenize.NumericPrefix(sp.text(k)) == int(t.End-t.Start):
		for _, c := range sp.text(k) {
			val = val*10 + int(c-'0')
		}
	case t.Kind == tokenize.Word && t.End-t.Start == 1:
		c := sp.src[t.Start] | 0x20
		if c < 'a' || c > 'z' {
			return 0, 0, 0
		}
		val = int(c-'a') + 1
	case t.Kind == tokenize.Abbrev && t.End-t.Start == 2 && 'a' <= sp.src[t.Start] && sp.src[t.Start] <= 'z':
		// "c." lexed as an abbreviation: the dot is inside the token. Capitals
		// ("J. K. Rowling") are initials, not list markers.
		val = int(sp.src[t.Start]|0x20-'a') + 1
		style, end := byte('.'), k+1
		if k+1 < b && sp.isByte(k+1, ')') {
			style, end = '>', k+2
		}
		if k > a && !sp.toks[k-1].Kind.IsSpace() || end >= b || !sp.toks[end].Kind.IsSpace() {
			return 0, 0, 0
		}
		return k, val, style
	default:
		return 0, 0, 0
	}
	if k+2 >= b {
		return 0, 0, 0
	}
	start := k
	var style byte
	var end int
	switch {
	case k-1 >= a && sp.isByte(k-1, '(') && sp.isByte(k+1, ')'):
		start, style, end = k-1, '(', k+2
	case sp.isByte(k+1, ')'):
		style, end = ')', k+2
	case sp.isByte(k+1, '.') && k+3 < b && sp.isByte(k+2, ')'):
		style, end = '>', k+3
	case sp.isByte(k+1, '.'):
		style, end = '.', k+2
	default:
		return 0, 0, 0
	}
	if start > a && !sp.toks[start-1].Kind.IsSpace() || end >= b || !sp.toks[end].Kind.IsSpace() {
		return 0, 0, 0
	}
	return start, val, style
}

// isMark reports whether token k starts an inline list item found by
// [splitter.chains].
func (sp *splitter) isMark(k int) bool {
	_, found := strs.Search(sp.marks, int32(k))
	return found
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
