package claimlight

// PrefixEnd returns where a first part of src, at least n bytes long, can
// end so that analysing src[:end] gives for that part what analysing all of
// src gives, as nearly as the engine's look-ahead allows: after the first
// blank line at or after byte n, or failing that after the first line at or
// after byte n that ends a sentence (in ".", "!", "?", ":" or a closing
// quotation mark or parenthesis). It returns len(src) when there is no such
// place. The page uses it to paint the highlights of what is in view
// before the whole of a long text is analysed.
//
// A paragraph's spans and scores depend on what comes after it only in
// rare cases (a transcript's first "Operator:" line, a name whose kind a
// later mention settles); a cut inside a paragraph, or right after a
// page's first lines, would change far more.
func PrefixEnd(src []byte, n int) int {
	if n < 0 {
		n = 0
	}
	for i := n; i < len(src); i++ {
		if src[i] != '\n' {
			continue
		}
		j := skipBlanks(src, i+1)
		if j < len(src) && src[j] == '\n' {
			for j < len(src) && (src[j] == '\n' || isBlank(src[j])) {
				j++
			}
			return j
		}
	}
	for i := n; i < len(src); i++ {
		if src[i] == '\n' && endsSentence(src[:i]) {
			return i + 1
		}
	}
	return len(src)
}

func isBlank(c byte) bool { return c == ' ' || c == '\t' || c == '\r' }

func skipBlanks(src []byte, i int) int {
	for i < len(src) && isBlank(src[i]) {
		i++
	}
	return i
}

// endsSentence reports whether line, trailing blanks aside, ends in
// sentence-final punctuation or a closing quotation mark or parenthesis.
func endsSentence(line []byte) bool {
	k := len(line)
	for k > 0 && isBlank(line[k-1]) {
		k--
	}
	if k == 0 {
		return false
	}
	switch line[k-1] {
	case '.', '!', '?', ':', '"', ')':
		return true
	}
	// ” and ’ are E2 80 9D and E2 80 99 in UTF-8.
	return k >= 3 && line[k-3] == 0xe2 && line[k-2] == 0x80 && (line[k-1] == 0x9d || line[k-1] == 0x99)
}
