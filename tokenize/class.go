package tokenize

import (
	"unicode"
	"unicode/utf8"
)

// class is the lexer's view of one rune.
type class uint8

const (
	cSymbol   class = iota // emoji, math and other symbols; also control characters
	cSpace                 // horizontal white space
	cLF                    // "\n"
	cCR                    // "\r"
	cBreak                 // a one-rune line break other than "\n" and "\r": U+0085, U+2028, U+2029
	cLetter                // a letter of any script
	cMark                  // a combining mark, soft hyphen, zero-width (non-)joiner: continues a word
	cDigit                 // a decimal digit of any script
	cApos                  // "'" and U+2019: apostrophe or single quote, decided by context
	cStraight              // '"': open or close, decided by context
	cOpenQ                 // a mark that always opens a quotation: “ ‘ „ « ‹ `
	cCloseQ                // a mark that always closes a quotation: ” » ›
	cHyphen                // "-", U+2010, U+2011, U+2212: joins words or stands alone as a dash
	cDash                  // em dash, en dash and their kin
	cStop                  // ".", "!", "?", "…" and other sentence-final marks
	cPunct                 // other punctuation
	cOpenB                 // "(", "[", "{"
	cCurrency              // a currency sign
	cPercent               // "%", "‰", "‱"
	cAt                    // "@"
	cHash                  // "#"
	cAmp                   // "&": may start a character reference, "&#8217;"
	cHigh                  // a byte >= 0x80: decode the rune and ask runeClass
)

// ascii holds the class of every byte; bytes >= 0x80 are cHigh.
var ascii [256]class

func init() {
	for b := 0; b < 256; b++ {
		var c class
		switch {
		case b >= 0x80:
			c = cHigh
		case b == '\n':
			c = cLF
		case b == '\r':
			c = cCR
		case b == ' ' || b == '\t' || b == '\v' || b == '\f':
			c = cSpace
		case 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z':
			c = cLetter
		case '0' <= b && b <= '9':
			c = cDigit
		case b == '\'':
			c = cApos
		case b == '"':
			c = cStraight
		case b == '`':
			c = cStraight
		case b == '-':
			c = cHyphen
		case b == '.' || b == '!' || b == '?':
			c = cStop
		case b == '(' || b == '[' || b == '{':
			c = cOpenB
		case b == '$':
			c = cCurrency
		case b == '%':
			c = cPercent
		case b == '@':
			c = cAt
		case b == '#':
			c = cHash
		case b == '&':
			c = cAmp
		case unicode.IsPunct(rune(b)):
			c = cPunct
		default:
			c = cSymbol
		}
		ascii[b] = c
	}
}

// runeClass classifies a rune at or above U+0080.
func runeClass(r rune) class {
	switch r {
	case 0x85, 0x2028, 0x2029:
		return cBreak
	case 0xA0, 0x1680, 0x180E, 0x200B, 0x202F, 0x205F, 0x3000, 0xFEFF:
		return cSpace
	case 0xAD, 0x200C, 0x200D:
		return cMark
	case 0x2019:
		return cApos
	case 0x2018, 0x201A, 0x201B, 0x201C, 0x201E, 0x201F, 0xAB, 0x2039, 0x300C, 0x300E:
		return cOpenQ
	case 0x201D, 0xBB, 0x203A, 0x300D, 0x300F:
		return cCloseQ
	case 0x2010, 0x2011, 0x2212:
		return cHyphen
	case 0x2012, 0x2013, 0x2014, 0x2015, 0x2E3A, 0x2E3B, 0xFE58:
		return cDash
	case 0x2026, 0x203C, 0x2047, 0x2048, 0x2049, 0x3002, 0xFF01, 0xFF0E, 0xFF1F:
		return cStop
	case 0x2030, 0x2031, 0x066A, 0xFF05:
		return cPercent
	}
	if r >= 0x2000 && r <= 0x200A {
		return cSpace
	}
	switch {
	case unicode.IsLetter(r):
		return cLetter
	case unicode.IsMark(r):
		return cMark
	case unicode.IsDigit(r), unicode.Is(unicode.No, r):
		return cDigit // also "½", "²": vulgar fractions and superscripts
	case unicode.Is(unicode.Sc, r):
		return cCurrency
	case unicode.Is(unicode.Ps, r):
		return cOpenB
	case unicode.IsPunct(r):
		return cPunct
	}
	return cSymbol
}

// at returns the class and byte length of the rune at src[i]. An invalid
// byte is reported as cSymbol with size 0, so callers can tell it apart.
func at(src []byte, i int) (c class, size int) {
	if c = ascii[src[i]]; c == cHigh {
		c, size = atHigh(src, i)
		return
	}
	return c, 1
}

// atHigh is the part of [at] for bytes at or above 0x80.
func atHigh(src []byte, i int) (class, int) {
	r, size := utf8.DecodeRune(src[i:])
	if r == utf8.RuneError && size == 1 {
		return cSymbol, 0
	}
	return classOf(r), size
}

// The classes of the runes news text has most of above ASCII, worked out
// by runeClass once: Latin letters with accents, and the curly quotes,
// dashes, ellipsis and currency signs of General Punctuation and Currency
// Symbols. runeClass tells most of them apart only after a search of its
// cases and of Unicode's tables.
const (
	latinEnd  = 0x250  // runes from 0x80 up to here are in latinClass
	punctLow  = 0x2000 // and from here
	punctHigh = 0x20D0 // up to here in punctClass
)

var latinClass, punctClass = func() (l [latinEnd - 0x80]class, p [punctHigh - punctLow]class) {
	for i := range l {
		l[i] = runeClass(rune(0x80 + i))
	}
	for i := range p {
		p[i] = runeClass(rune(punctLow + i))
	}
	return l, p
}()

// classOf returns runeClass(r), from a table for the runes that have one.
func classOf(r rune) class {
	switch {
	case 0x80 <= r && r < latinEnd:
		return latinClass[r-0x80]
	case punctLow <= r && r < punctHigh:
		return punctClass[r-punctLow]
	}
	return runeClass(r)
}

// alnum marks the ASCII letters and digits, the bytes that most words are
// made of.
var alnum [256]bool

// notSpace marks the ASCII bytes other than a space, a tab, "\v" and "\f"
// (line breaks included): the bytes that end a run of spaces. A space
// before a byte above ASCII, which may be a no-break space, is left to
// next.
var notSpace [256]bool

func init() {
	for b := 0; b < 128; b++ {
		alnum[b] = ascii[b] == cLetter || ascii[b] == cDigit
		notSpace[b] = ascii[b] != cSpace
	}
}

// before returns the class of the rune ending at src[i] (i > 0), with
// ok false at the start of the text or after an invalid byte.
func before(src []byte, i int) (class, bool) {
	if i <= 0 {
		return cSpace, false
	}
	c := ascii[src[i-1]]
	if c != cHigh {
		return c, true
	}
	r, size := utf8.DecodeLastRune(src[:i])
	if r == utf8.RuneError && size == 1 {
		return cSymbol, false
	}
	return classOf(r), true
}

// wordish reports whether the class continues a word.
func wordish(c class) bool { return c == cLetter || c == cDigit || c == cMark }
