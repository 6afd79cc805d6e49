package tokenize

// charRefNames lists the named character references that [CharRef] knows,
// the ones common in text pasted from web pages, each as "name rune".
var charRefNames = [...]struct {
	name string
	r    rune
}{
	{"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''},
	{"nbsp", 0xA0}, {"pound", '£'}, {"euro", '€'}, {"yen", '¥'}, {"cent", '¢'},
	{"mdash", '—'}, {"ndash", '–'}, {"lsquo", '‘'}, {"rsquo", '’'},
	{"ldquo", '“'}, {"rdquo", '”'}, {"hellip", '…'},
}

// CharRef returns the character that an HTML character reference starting
// at src[i] stands for and the reference's length in bytes, or 0, 0 when
// no reference starts there. It knows numeric references, "&#8217;" and
// "&#x2019;", and a few common names: "&amp;", "&quot;", "&nbsp;",
// "&pound;", "&rsquo;" and the rest of charRefNames. The closing ";" is
// required, so "AT&T" and "R&D" are not references.
func CharRef(src []byte, i int) (rune, int) {
	n := len(src)
	if i+3 >= n || src[i] != '&' {
		return 0, 0
	}
	j := i + 1
	if src[j] == '#' {
		j++
		var r rune
		if src[j] == 'x' || src[j] == 'X' {
			j++
			s := j
			for j < n && j-s < 6 {
				c := src[j]
				switch {
				case '0' <= c && c <= '9':
					r = r<<4 | rune(c-'0')
				case 'a' <= c|0x20 && c|0x20 <= 'f':
					r = r<<4 | rune(c|0x20-'a'+10)
				default:
					goto hexEnd
				}
				j++
			}
		hexEnd:
			if j == s {
				return 0, 0
			}
		} else {
			s := j
			for j < n && j-s < 7 && isASCIIDigit(src[j]) {
				r = r*10 + rune(src[j]-'0')
				j++
			}
			if j == s {
				return 0, 0
			}
		}
		if j >= n || src[j] != ';' || r <= 0 || r > 0x10FFFF || 0xD800 <= r && r < 0xE000 {
			return 0, 0
		}
		return r, j + 1 - i
	}
	for j < n && j-i <= 7 && isASCIILetter(src[j]) {
		j++
	}
	if j >= n || src[j] != ';' {
		return 0, 0
	}
	name := src[i+1 : j]
	for _, e := range charRefNames {
		if string(name) == e.name {
			return e.r, j + 1 - i
		}
	}
	return 0, 0
}

// refClass returns the class of the character a reference stands for.
func refClass(r rune) class {
	if r < 0x80 {
		return ascii[r]
	}
	return runeClass(r)
}

// lexCharRef lexes a character reference at src[i] as the character it
// stands for, r, of length size: "&pound;" is a Currency, "&rsquo;" and
// "&#8217;" close a quotation (inside a word they join it, see
// [lexWord]), "&quot;" opens or closes one as a straight quote does,
// "&nbsp;" is a Space and "&#8211;" a Dash. A reference to a digit is a
// Symbol: it never starts a Number. prev holds the tokens already lexed.
func lexCharRef(src []byte, i int, r rune, size int, prev []Token) (Kind, int) {
	j := i + size
	switch refClass(r) {
	case cLetter, cMark:
		return lexWord(src, i)
	case cSpace, cLF, cCR, cBreak:
		return Space, j
	case cApos:
		if r == '\'' {
			return quoteKind(src, prev), j
		}
		return CloseQuote, j
	case cStraight:
		return quoteKind(src, prev), j
	case cOpenQ:
		return OpenQuote, j
	case cCloseQ:
		return CloseQuote, j
	case cHyphen, cDash:
		return Dash, j
	case cStop, cPunct, cOpenB, cAt, cHash, cAmp:
		return Punct, j
	case cCurrency:
		return Currency, j
	case cPercent:
		return Percent, j
	}
	return Symbol, j
}
