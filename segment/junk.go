package segment

import "github.com/claimlight/claimlight/tokenize"

// junkLine reports whether the line [a, b) holds no text: only numbers (a
// page number), or only punctuation and symbols (a separator such as
// "* * *" or "-----").
func (sp *splitter) junkLine(a, b int) bool {
	numbers, other := 0, 0
	for k := a; k < b; k++ {
		switch sp.toks[k].Kind {
		case tokenize.Space:
		case tokenize.Number:
			numbers++
		case tokenize.Punct, tokenize.Symbol, tokenize.Dash, tokenize.Invalid:
			if sp.isStop(k) {
				return false // "?", "...", ". . ." are someone's text
			}
			other++
		default:
			return false
		}
	}
	if numbers > 0 {
		return numbers <= 2 && sp.toks[b-1].End-sp.toks[a].Start <= 12
	}
	return other > 0
}

// junkAt returns the end of a run of non-text that starts at token k of
// the line ending at b, or 0: HTML tags ("<p>", "</div>"), a run of four or
// more of the same punctuation or symbol ("////", "===="), a dot leader
// with its page number at the end of a line ("Chapter 2 ........ 6"), or
// page furniture in brackets that ends the line after a stop.
func (sp *splitter) junkAt(k, b int) int {
	t := sp.toks[k]
	switch t.Kind {
	case tokenize.Symbol:
		if sp.src[t.Start] == '&' {
			return sp.escapedTag(k, b) // "&lt;b&gt;": a reference is one token, of the kind of its character
		}
		if sp.isByte(k, '<') {
			e := sp.tag(k, b)
			if e == 0 {
				return 0
			}
			for {
				n := sp.skipSpace(e, b)
				f := 0
				if n < b && sp.isByte(n, '<') {
					f = sp.tag(n, b)
				}
				if f == 0 {
					return e
				}
				e = f
			}
		}
	case tokenize.Punct:
		// Most punctuation is one byte, and no run of dots.
		if t.End-t.Start == 1 {
			switch sp.src[t.Start] {
			case '\\':
				return sp.escapes(k, b)
			case '(':
				// furniture in brackets after a sentence: a photo credit, "... on
				// Monday. (Jane Doe/Reuters)", or a wire note, "(Reporting by ...)"
				if k >= 2 && sp.toks[k-1].Kind == tokenize.Space && sp.isByte(k-2, '.') && sp.isByte(b-1, ')') && sp.furniture(k, b) {
					return b
				}
				return sp.stageAt(k, b)
			case '[':
				return sp.stageAt(k, b)
			}
		}
		if t.End-t.Start >= 4 && sp.src[t.Start] == '.' && sp.isStop(k) {
			n := sp.skipSpace(k+1, b)
			for n < b && sp.toks[n].Kind == tokenize.Number {
				n = sp.skipSpace(n+1, b)
			}
			if n == b {
				return b
			}
			return 0
		}
	case tokenize.Dash:
		if t.End-t.Start >= 4 && sp.src[t.Start] != '&' { // a run of dashes, not "&mdash;"
			return k + 1
		}
		return 0
	default:
		return 0
	}
	if t.End-t.Start != 1 {
		return 0
	}
	c := sp.src[t.Start]
	e := k + 1
	for e < b && sp.isByte(e, c) {
		e++
	}
	if e-k >= 4 {
		return e
	}
	return 0
}

// stageAt returns the end of a speech's stage direction in brackets that
// starts at token k of the line ending at b, or 0: "(Applause)", "[Laughter]"
// at the line's start or after a sentence's stop or closing quote. It is
// split from the sentence after it: "… North West. (Applause) We will …".
func (sp *splitter) stageAt(k, b int) int {
	p := k - 1
	for p >= 0 && sp.toks[p].Kind == tokenize.Space {
		p--
	}
	if p >= 0 && sp.toks[p].Kind != tokenize.LineBreak && !sp.isStop(p) && sp.toks[p].Kind != tokenize.CloseQuote {
		return 0
	}
	for e := k + 1; e < b && e < k+8; e++ {
		if sp.isByte(e, ')') || sp.isByte(e, ']') {
			n := sp.skipSpace(e+1, b)
			if n < b && (sp.toks[n].Kind == tokenize.CloseQuote || sp.toks[n].Kind == tokenize.Punct) {
				return 0 // "… Social Security... (CROSSTALK)"": the quote goes on
			}
			if n < b && sp.startsLower(n) {
				return 0 // "[inaudible] it was extraordinary.": the sentence goes on
			}
			if stageDirection(sp.src[sp.toks[k].Start:sp.toks[e].End]) {
				return e + 1
			}
			return 0
		}
	}
	return 0
}

// tag returns the end of an HTML tag starting with "<" at token k, or 0: a
// letter, "/" or "!" right after "<", and ">" later on the line, with no
// "<" in between.
func (sp *splitter) tag(k, b int) int {
	if k+1 >= b {
		return 0
	}
	name := k + 1
	if sp.isByte(name, '/') && name+1 < b {
		name++
	}
	if !sp.isByte(k+1, '!') && !tagName(sp.text(name)) {
		return 0
	}
	for j := k + 1; j < b && j < k+80; j++ {
		if sp.isByte(j, '>') {
			return j + 1
		}
		if sp.isByte(j, '<') {
			return 0
		}
	}
	return 0
}

// tagName reports whether w can be an HTML tag name: ASCII letters and
// digits starting with a letter, all lower case or all upper case ("p",
// "h2", "DIV"), unlike the title in "<War and Peace>".
func tagName(w []byte) bool {
	if len(w) == 0 || !isLetter(w[0]) {
		return false
	}
	lower, upper := false, false
	for _, c := range w {
		switch {
		case 'a' <= c && c <= 'z':
			lower = true
		case 'A' <= c && c <= 'Z':
			upper = true
		case '0' <= c && c <= '9' || c == '-':
		default:
			return false
		}
	}
	return !(lower && upper)
}

// escapes returns the end of a run of line-break escapes written out as
// text, such as the "\\r\\n" of text copied from JSON, starting at the
// backslash k, or 0.
func (sp *splitter) escapes(k, b int) int {
	e := 0
	for k+1 < b && sp.isByte(k, '\\') && sp.toks[k+1].Kind == tokenize.Word {
		switch string(sp.text(k + 1)) {
		case "r", "n", "t":
		default:
			return e
		}
		e = k + 2
		k = sp.skipSpace(e, b)
	}
	return e
}

// escapedTag returns the end of an HTML tag written with entities, such as
// "&lt;b&gt;" or "&lt;/b&gt;", starting at the "&" k, or 0.
func (sp *splitter) escapedTag(k, b int) int {
	if !sp.entity(k, b, "lt") {
		return 0
	}
	name := k + 1
	if name < b && sp.isByte(name, '/') {
		name++
	}
	if name >= b || !tagName(sp.text(name)) {
		return 0
	}
	for j := name + 1; j < b && j < k+80; j++ {
		if sp.entity(j, b, "gt") {
			return j + 1
		}
	}
	return 0
}

// entity reports whether token k is the HTML entity "&name;" (the
// tokenizer makes a character reference one token).
func (sp *splitter) entity(k, b int, name string) bool {
	w := sp.text(k)
	return k < b && len(w) == len(name)+2 && w[0] == '&' && string(w[1:len(w)-1]) == name && w[len(w)-1] == ';'
}
