package tokenize

import (
	"math"
	"unicode/utf8"

	"github.com/claimlight/claimlight/internal/strs"
	"github.com/claimlight/claimlight/internal/wordset"
)

// Append appends the tokens of src to dst and returns the extended slice.
//
// The tokens cover src exactly, in order. It allocates nothing per token:
// the only allocations are the growth of dst. Text longer than
// math.MaxInt32 bytes (the largest int32 offset) is tokenized up to that
// length only.
//
// Conventions, where a choice had to be made:
//   - An apostrophe (' or ’), hyphen (-, U+2010, U+2011) or underscore
//     between two letters or digits is part of the word: "It’s", "don't",
//     "war-torn", "Secretary-General", "COVID-19", "OPEN_PUNCT". A trailing
//     apostrophe ("parents'") is a closing quote.
//   - A Number starts with a digit, or with a sign ("-", "+", "−") at the start
//     of a word position; it runs over digits with inner ",", ".", ":", "/"
//     and "-" between digits ("1,234.5", "10:30", "9/11", "2024-25"), then
//     over letters glued to it and hyphenated parts: "3rd", "1990s", "35bn",
//     "10-year-old". "’90s" is a Number too. Thousands grouped by thin,
//     narrow no-break or no-break spaces make one Number ("17 842"), and
//     by plain spaces when tightly so (see [ThousandsSpace]): "12 500 people",
//     but "in 2019 500 people" is two. [NumericPrefix] finds where the
//     digits end. Currency signs and "%" are tokens of their own.
//   - An Abbrev includes its dot(s): letters with inner dots ("U.S.",
//     "a.m.", "e.g.", "Ph.D."), a single capital letter ("J."), and known
//     abbreviations ("Mr.", "Sen.", "Inc.", "Sept."); "No.", "Vol.", "p." and
//     kin only before a number. [ClassifyAbbrev] tells them apart.
//   - A straight quote (", ' or `) opens when it follows the start of the text,
//     white space, an opening bracket, a dash or another opening quote, and
//     closes otherwise. Curly quotes are decided by their glyph: “ ‘ „ « open,
//     ” ’ » close.
//   - A run of "." is one Punct token ("..."), as is a run of "!" and "?"
//     ("?!", "!!!") and a run of "…"; a run of
//     two or more hyphens ("--") is one Dash, as is a hyphen standing alone.
//   - An emoji with its modifiers, variation selectors and zero-width-joined
//     parts is one Symbol token; so is a pair of regional indicators (a flag).
//   - Each byte that is not valid UTF-8 is an Invalid token of its own.
func Append(dst []Token, src []byte) []Token {
	if len(src) > math.MaxInt32 {
		src = src[:math.MaxInt32]
	}
	base := len(dst)
	if need := len(src)/4 + 1; cap(dst)-len(dst) < need {
		grown := make([]Token, len(dst), len(dst)+need)
		copy(grown, dst)
		dst = grown
	}
	n := len(src)
	for i := 0; i < n; {
		// Fast paths for the commonest tokens: a run of plain spaces, an
		// ASCII word that ends at a byte that cannot extend it, a line
		// feed, and one-byte punctuation.
		switch c := src[i]; {
		case c == ' ':
			j := i + 1
			for j < n && src[j] == ' ' {
				j++
			}
			if j == n || notSpace[src[j]] {
				dst = append(dst, Token{Start: int32(i), End: int32(j), Kind: Space})
				i = j
				continue
			}
		case ascii[c] == cLetter:
			// "R18.92", "N1,642", "US64.2c": a digit or "S" after the
			// capital, which no lower-case word has, gates the call
			if i+1 < n && src[i+1] <= 'S' && (c == 'R' || c == 'N' || c == 'U') {
				if e := moneyLetters(src, i); e > i {
					dst = append(dst, Token{Start: int32(i), End: int32(e), Kind: Currency})
					i = e
					continue
				}
			}
			j := i + 1
			for j < n && alnum[src[j]] {
				j++
			}
			if j == n || plainEnd[src[j]] {
				dst = append(dst, Token{Start: int32(i), End: int32(j), Kind: Word})
				// The commonest token after a word, one space before a
				// byte that is not white space, is lexed here too.
				if j+1 < n && src[j] == ' ' && notSpace[src[j+1]] {
					dst = append(dst, Token{Start: int32(j), End: int32(j + 1), Kind: Space})
					j++
				}
				i = j
				continue
			}
			// The word goes on past its letters and digits, or is an
			// abbreviation, a URL...: lexWord takes it from there, as
			// next would from i.
			k, end := lexWordFrom(src, i, j)
			dst = append(dst, Token{Start: int32(i), End: int32(end), Kind: k})
			i = end
			continue
		case c == '\n':
			// A line feed is a line break of its own, as next has it.
			dst = append(dst, Token{Start: int32(i), End: int32(i + 1), Kind: LineBreak})
			i++
			continue
		case ascii[c] == cPunct || ascii[c] == cStop && (i+1 == n || src[i+1] < 0x80 && ascii[src[i+1]] != cStop):
			// A comma, colon, closing bracket..., or a full stop, "!"
			// or "?" alone: one byte, as next would have it, and, like
			// a word, the one space after it.
			dst = append(dst, Token{Start: int32(i), End: int32(i + 1), Kind: Punct})
			i++
			if i+1 < n && src[i] == ' ' && notSpace[src[i+1]] {
				dst = append(dst, Token{Start: int32(i), End: int32(i + 1), Kind: Space})
				i++
			}
			continue
		}
		k, end := next(src, i, dst[base:])
		dst = append(dst, Token{Start: int32(i), End: int32(end), Kind: k})
		i = end
	}
	return dst
}

// plainEnd marks the ASCII bytes after which a run of letters and digits is
// a finished Word: no apostrophe, hyphen, dot, "@", "_", ":" or other byte
// that could make it an abbreviation, URL, e-mail or longer word.
var plainEnd = func() (t [256]bool) {
	for _, c := range []byte(" \t\n\r,;)]}!?\"") {
		t[c] = true
	}
	return t
}()

// next lexes the token that starts at src[i] and returns its kind and end.
// prev holds the tokens already lexed from src.
func next(src []byte, i int, prev []Token) (Kind, int) {
	n := len(src)
	c, size := at(src, i)
	if size == 0 {
		return Invalid, i + 1
	}
	j := i + size
	switch c {
	case cSpace:
		for j < n && src[j] == ' ' {
			j++
		}
		for j < n {
			c2, s2 := at(src, j)
			if c2 != cSpace || s2 == 0 {
				break
			}
			j += s2
		}
		return Space, j
	case cLF, cBreak:
		return LineBreak, j
	case cCR:
		if j < n && src[j] == '\n' {
			j++
		}
		return LineBreak, j
	case cLetter:
		if e := moneyLetters(src, i); e > i {
			return Currency, e // "R18.92", as Append's fast path has it
		}
		return lexWord(src, i)
	case cDigit:
		return Number, lexNumber(src, i)
	case cMark:
		return Symbol, skipModifiers(src, j)
	case cApos:
		if e := decade(src, j); e > 0 {
			return Number, e
		}
		if src[i] != '\'' {
			return CloseQuote, j
		}
		if j < n && src[j] == '\'' {
			j++ // PTB-style "''"
		}
		return quoteKind(src, prev), j
	case cStraight:
		if src[i] == '`' && j < n && src[j] == '`' {
			j++ // PTB-style "``"
		}
		return quoteKind(src, prev), j
	case cOpenQ:
		return OpenQuote, j
	case cCloseQ:
		return CloseQuote, j
	case cHyphen:
		if src[i] == '-' && j < n && src[j] == '-' {
			for j < n && src[j] == '-' {
				j++
			}
			return Dash, j
		}
		if j < n && digitAt(src, j) && signAllowed(src, prev) {
			return Number, lexNumber(src, j)
		}
		return Dash, j
	case cDash:
		for j < n {
			c2, s2 := at(src, j)
			if c2 != cDash || s2 == 0 {
				break
			}
			j += s2
		}
		return Dash, j
	case cStop:
		// Dots run with dots ("..."), "!" and "?" with each other ("?!"),
		// so that "Score?....." is a question mark and a dot leader.
		dot := src[i] == '.'
		for j < n {
			c2, s2 := at(src, j)
			if c2 != cStop || s2 == 0 || src[i] < 0x80 && (src[j] == '.') != dot {
				break
			}
			j += s2
		}
		return Punct, j
	case cAmp:
		if r, s := CharRef(src, i); s > 0 {
			return lexCharRef(src, i, r, s, prev)
		}
		return Punct, j
	case cPunct, cOpenB:
		return Punct, j
	case cCurrency:
		return Currency, j
	case cPercent:
		return Percent, j
	case cAt:
		e := j
		for e < n && (isASCIIAlnum(src[e]) || src[e] == '_') {
			e++
		}
		if e > j {
			return Mention, e
		}
		return Punct, j
	case cHash:
		if j < n {
			if c2, s2 := at(src, j); s2 > 0 && (c2 == cLetter || src[j] == '_') {
				e := j + s2
				for e < n {
					c3, s3 := at(src, e)
					if s3 == 0 || !(wordish(c3) || src[e] == '_') {
						break
					}
					e += s3
				}
				return Hashtag, e
			}
		}
		return Punct, j
	}
	// cSymbol
	// A sign glued to digits starts a number: "+3", and a margin, "±3",
	// "+/-3" or "+/- 3".
	k := j
	if src[i] == '+' && j+2 < n && src[j] == '/' && src[j+1] == '-' {
		k += 2
		if src[k] == ' ' {
			k++
		}
	}
	if (src[i] == '+' || src[i] == 0xc2 && src[i+1] == 0xb1) && k < n && digitAt(src, k) && signAllowed(src, prev) {
		return Number, lexNumber(src, k)
	}
	if r, _ := utf8.DecodeRune(src[i:]); isRegional(r) && j < n {
		if r2, s2 := utf8.DecodeRune(src[j:]); isRegional(r2) {
			j += s2
		}
	}
	return Symbol, skipModifiers(src, j)
}

// lexWord lexes a word starting with a letter at src[i]; the result may turn
// out to be an abbreviation, a URL or an e-mail address.
func lexWord(src []byte, i int) (Kind, int) { return lexWordFrom(src, i, i) }

// lexWordFrom is lexWord for a word whose bytes from i up to j are ASCII
// letters and digits, which it does not look at again. A currency sign
// written with letters, "zł", is a Currency token (see letterSign).
func lexWordFrom(src []byte, i, j int) (Kind, int) {
	n := len(src)
	if j == i+1 && j < n && src[j] >= 0x80 {
		if e := letterSign(src, i); e > i {
			return Currency, e // "zł1.4 bln"
		}
	}
	joined := false
	for j < n {
		if alnum[src[j]] {
			j++
			continue
		}
		c, s := at(src, j)
		if s == 0 {
			break
		}
		if wordish(c) {
			j += s
			continue
		}
		if c == cAmp {
			// A character reference for a letter, "caf&#233;", or for an
			// apostrophe before a letter, "we&#8217;d", is part of the word.
			r, rs := CharRef(src, j)
			if rs == 0 {
				break
			}
			if c = refClass(r); c == cLetter || c == cMark {
				j += rs
				continue
			}
			s = rs
		}
		if (c == cApos || c == cHyphen || src[j] == '_') && j+s < n {
			if c2, s2 := at(src, j+s); s2 > 0 && (c2 == cLetter || c2 == cDigit) {
				j += s + s2
				joined = true
				continue
			}
		}
		break
	}
	if j >= n {
		return Word, j
	}
	// A dot before the end, a space or other punctuation ends the word:
	// no e-mail or web address goes on from it.
	endDot := src[j] == '.' && (j+1 >= n || !isLocal(src[j+1]) && src[j+1] != '@')
	switch src[j] {
	case '.', '@', '_', '+', '-':
		if endDot {
			break
		}
		if e := email(src, i); e > 0 {
			return Email, e
		}
	case ':':
		if e := schemeURL(src, i, j); e > 0 {
			return URL, e
		}
		if e := doi(src, i, j); e > 0 {
			return URL, e
		}
	}
	if src[j] != '.' || joined {
		return Word, j
	}
	if e := dotted(src, i, j); e > 0 {
		return Abbrev, e
	}
	w := src[i:j]
	if !endDot {
		if string(w) == "www" || string(w) == "WWW" {
			if e := host(src, i, false); e > 0 {
				if e < n && (src[e] == '/' || src[e] == '?' || src[e] == '#') {
					e = urlBody(src, e)
				}
				return URL, e
			}
		}
		if e := domain(src, i); e > 0 {
			return URL, e
		}
	}
	c, ok := abbrevs.Get(w)
	cls := AbbrevClass(c)
	if !ok && (len(w) == 1 && 'A' <= w[0] && w[0] <= 'Z' && !afterDegree(src, i) || isUpperInitial(w)) {
		cls, ok = AbbrevInitial, true
	}
	if !ok {
		return Word, j
	}
	if cls == AbbrevNumber && !numberFollows(src, j+1) && !circaMoney(w, src, j+1) {
		return Word, j
	}
	return Abbrev, j + 1
}

// letterSign returns the end of a currency sign written with letters that
// starts at src[i], "zł" (the Polish złoty, "zł1.4 bln", "320 zł") or "Kč"
// (the Czech koruna), when no letter follows it; else i.
func letterSign(src []byte, i int) int {
	if src[i] != 'z' && src[i] != 'K' || i+3 > len(src) {
		return i
	}
	if s := string(src[i : i+3]); s != "zł" && s != "Kč" {
		return i
	}
	if i+3 < len(src) {
		if c, n := at(src, i+3); n > 0 && (c == cLetter || c == cMark) {
			return i
		}
	}
	return i + 3
}

// moneyLetters returns the end of the letters of a currency glued before
// a number that starts at src[i], or i: "R" for the South African rand
// ("R18.92", "R6.5 billion", "R6.5bn"), "N" for the naira ("N1,642") and
// "US" before US cents ("US64.2c"). "R" and "N" are money before a price
// with cents, thousands or a scale, and before another number when the
// 300 bytes either side name the currency (" rand", "naira") or its
// country ("South Africa", "Nigeria"), unless "the " comes before; not
// "R2-D2", "R&B" or "R0.9", nor a road ("the R21") or "N1" or "N95"
// with no such words near, nor a whole number before a plural noun ("N95
// masks" in a story about Nigeria, though "R50 notes" goes too).
func moneyLetters(src []byte, i int) int {
	c := src[i]
	k := i + 1
	if c == 'U' && k < len(src) && src[k] == 'S' {
		k++
	} else if c != 'R' && c != 'N' {
		return i
	}
	if k >= len(src) || !isASCIIDigit(src[k]) {
		return i
	}
	e := lexNumber(src, k)
	d := k
	for d < e && (isASCIIDigit(src[d]) || src[d] == '.' || src[d] == ',') {
		d++
	}
	num, suf := src[k:d], src[d:e]
	if c == 'U' {
		if string(suf) == "c" {
			return k // "US64.2c"
		}
		return i
	}
	if src[k] == '0' || len(suf) > 0 && !moneyScale(suf) {
		return i
	}
	if len(suf) > 0 || len(num) > 3 && (num[len(num)-3] == '.' || num[len(num)-4] == ',') {
		return k // "R6.5bn", "R18.92", "N1,642"
	}
	j := e
	for j < len(src) && src[j] == ' ' {
		j++
	}
	w := j
	for j < len(src) && isASCIILetter(src[j]) {
		j++
	}
	if moneyScale(src[w:j]) {
		return k // "R2 billion"
	}
	// "the R21", "The N1": a road; "N95 masks": a model before the
	// things it names, in the plural (not "less")
	if i >= 4 && src[i-4]|0x20 == 't' && string(src[i-3:i]) == "he " || j-w >= 4 && src[w] >= 'a' && src[j-1] == 's' && string(src[w:j]) != "less" {
		return i
	}
	near := src[max(0, i-300):min(len(src), e+300)]
	if c == 'R' && (strs.Contains(near, " rand") || strs.Contains(near, "South Africa")) ||
		c == 'N' && (strs.Contains(near, "naira") || strs.Contains(near, "Nigeria")) {
		return k
	}
	return i
}

// moneyScale reports whether w is a scale after which "R" or "N" before
// a number is money: "million", "billion", "trillion", "m", "bn", "mn",
// "tn", "trn".
func moneyScale(w []byte) bool {
	s := string(w)
	return s == "m" || s == "bn" || s == "mn" || s == "tn" || s == "trn" || len(s) > 6 && s[len(s)-6:] == "illion"
}

// afterDegree reports whether src[i] follows a degree sign, "°" or "º",
// a minute or second mark, "′" or "″", or a slash: the letter is a unit,
// of temperature, "40.2°C", a compass point, "9°48′E", or of a ratio,
// "5.4 mmol/L", and its dot is a stop, not the dot of an initial.
func afterDegree(src []byte, i int) bool {
	return i >= 1 && src[i-1] == '/' || i >= 2 && src[i-2] == 0xC2 && (src[i-1] == 0xB0 || src[i-1] == 0xBA) ||
		i >= 3 && src[i-3] == 0xE2 && src[i-2] == 0x80 && (src[i-1] == 0xB2 || src[i-1] == 0xB3)
}

// lexNumber returns the end of the number whose digits start at src[i].
func lexNumber(src []byte, i int) int {
	n := len(src)
	j := i
	// group is -1 before any separator, 0 after ",", "." and the like
	// (no space groups thousands after them), 1 after a group of
	// thousands set off by a space, -2 after one set off by an apostrophe
	// (see swissGroup)
	group := -1
	for {
		for j < n {
			c, s := at(src, j)
			if c != cDigit || s == 0 {
				break
			}
			j += s
		}
		if j+1 < n && isASCIIDigit(src[j+1]) {
			if src[j] == '.' && yearRangeNote(src, i, j) {
				break
			}
			switch src[j] {
			case ',', '.', ':', '/', '-':
				j++
				group = 0 // no spaces after these: "1.5 100"
				continue
			}
		}
		if j < n && (src[j] == '\'' || src[j] == 0xe2) && group < 0 {
			if s := swissGroup(src, i, j); s > 0 {
				j += s     // "1'250", "CHF 1’250’000": an apostrophe groups thousands
				group = -2 // no spaces after these either
				continue
			}
		}
		if j < n && (src[j] == ' ' || src[j] == 0xc2 || src[j] == 0xe2) && (group > 0 || group < 0 && j-i <= 3) {
			if s := ThousandsSpace(src, i, j); s > 0 {
				j += s
				group = 1
				continue
			}
		}
		break
	}
	for j < n {
		c, s := at(src, j)
		if s == 0 {
			break
		}
		if c == cLetter || c == cDigit || c == cMark {
			j += s
			continue
		}
		if c == cHyphen && j+s < n {
			if c2, s2 := at(src, j+s); s2 > 0 && (c2 == cLetter || c2 == cDigit) {
				j += s + s2
				continue
			}
		}
		break
	}
	return j
}

// swissGroup returns the length of an apostrophe, "'" or "’", at src[j]
// that groups thousands in the number whose digits start at src[i], as
// Swiss usage has it ("CHF 1'250"), with the three digits after it; or 0.
// The first group has one to three digits, and no digit follows the three:
// "5'10" (feet and inches) is no number.
func swissGroup(src []byte, i, j int) int {
	a := 0
	switch {
	case j < len(src) && src[j] == '\'':
		a = 1
	case j+2 < len(src) && src[j] == 0xe2 && src[j+1] == 0x80 && src[j+2] == 0x99:
		a = 3
	default:
		return 0
	}
	if j+a+3 > len(src) || !isASCIIDigit(src[j+a]) || !isASCIIDigit(src[j+a+1]) || !isASCIIDigit(src[j+a+2]) ||
		j+a+3 < len(src) && isASCIIDigit(src[j+a+3]) {
		return 0
	}
	if k := j - 1; k < i || !isASCIIDigit(src[k]) || j-i > 3 && (src[j-4] != '\'' && src[j-4] != 0x99) {
		return 0
	}
	return a + 3
}

// yearRangeNote reports whether the "." at src[j] ends a range of years
// src[i:j] ("2025-2050") and a footnote mark follows it: one to three
// digits, then white space and a capital letter, as in "over the period
// 2025-2050.16 Without it". No decimal ends a range of years.
func yearRangeNote(src []byte, i, j int) bool {
	if j-i != 9 || src[i+4] != '-' || !year(src[i:i+4]) || !year(src[i+5:j]) {
		return false
	}
	k := j + 1
	for k < len(src) && k <= j+3 && isASCIIDigit(src[k]) {
		k++
	}
	if k >= len(src) || isASCIIDigit(src[k]) || src[k] != ' ' && src[k] != '\n' && src[k] != '\r' {
		return false
	}
	for k < len(src) && (src[k] == ' ' || src[k] == '\n' || src[k] == '\r') {
		k++
	}
	return k < len(src) && 'A' <= src[k] && src[k] <= 'Z'
}

// year reports whether the four bytes of p are a year from 1000 to 2999.
func year(p []byte) bool {
	return (p[0] == '1' || p[0] == '2') && isASCIIDigit(p[1]) && isASCIIDigit(p[2]) && isASCIIDigit(p[3])
}

// ThousandsSpace returns the length in bytes of the space at src[j] that
// groups the thousands of the number whose digits start at src[i], or 0:
// a thin space (U+2009), a narrow no-break space (U+202F) or a no-break
// space followed by three ASCII digits and no more ("17 842"), or a plain
// space the same way when no digits come before the number ("in 2019 500
// people" is not 2,019,500), and no letter nor a number's inner separator
// and digit comes after the three ("3 100m", "4 103-115"). The caller
// checks what comes before the space: [Append] takes it when the digits
// before are a first group of one to three or a group of three after
// another such space.
func ThousandsSpace(src []byte, i, j int) int {
	n := len(src)
	s := groupSpace(src, j)
	e := j + s + 3
	if s == 0 {
		return 0
	}
	if e > n || !isASCIIDigit(src[j+s]) || !isASCIIDigit(src[j+s+1]) || !isASCIIDigit(src[j+s+2]) || e < n && isASCIIDigit(src[e]) {
		return 0
	}
	if s == 1 {
		if e < n && isASCIILetter(src[e]) || e+1 < n && isASCIIDigit(src[e+1]) && (src[e] == '-' || src[e] == ':' || src[e] == '/' || src[e] == '.' || src[e] == ',') {
			return 0 // "3 100m", "4 103-115"
		}
		if k := i; k >= 2 && (src[k-1] == ' ' || src[k-1] == '-') && isASCIIDigit(src[k-2]) {
			return 0
		}
	}
	return s
}

// NumericPrefix returns the length in bytes of the numeric part at the start
// of a Number token's text: the sign, digits and inner separators, without a
// glued suffix. NumericPrefix("35bn") is 2, NumericPrefix("1,234.5") is 7,
// NumericPrefix("10-year-old") is 2, NumericPrefix("’90s") is 5.
func NumericPrefix(text []byte) int {
	j := 0
	if len(text) > 0 {
		if c, s := at(text, 0); s > 0 && (c == cHyphen || c == cApos || text[0] == '+') {
			j = s
		}
	}
	n := len(text)
	for {
		for j < n {
			c, s := at(text, j)
			if c != cDigit || s == 0 {
				break
			}
			j += s
		}
		if j+1 < n && isASCIIDigit(text[j+1]) {
			switch text[j] {
			case ',', '.', ':', '/', '-':
				j++
				continue
			}
		}
		if s := groupSpace(text, j); s > 0 && j+s < n && isASCIIDigit(text[j+s]) {
			j += s // "17 842": in a Number, a space is followed by digits only when it groups them
			continue
		}
		return j
	}
}

// groupSpace returns the length of a space at text[j] that may group
// thousands (see [ThousandsSpace]), or 0.
func groupSpace(text []byte, j int) int {
	switch n := len(text); {
	case j >= n:
	case text[j] == ' ':
		return 1
	case text[j] == 0xc2 && j+1 < n && text[j+1] == 0xa0:
		return 2
	case text[j] == 0xe2 && j+2 < n && text[j+1] == 0x80 && (text[j+2] == 0x89 || text[j+2] == 0xaf):
		return 3
	}
	return 0
}

// decade returns the end of a decade such as "’90s" or "'80s" whose
// apostrophe ends at src[j], or 0.
func decade(src []byte, j int) int {
	if j+2 > len(src) || !isASCIIDigit(src[j]) || !isASCIIDigit(src[j+1]) {
		return 0
	}
	e := j + 2
	if e < len(src) && src[e] == 's' {
		e++
	}
	if e < len(src) {
		if c, s := at(src, e); s > 0 && wordish(c) {
			return 0
		}
	}
	return e
}

// quoteKind decides whether a straight quote opens or closes, from the
// token before it.
func quoteKind(src []byte, prev []Token) Kind {
	if len(prev) == 0 {
		return OpenQuote
	}
	p := prev[len(prev)-1]
	switch p.Kind {
	case Space, LineBreak, OpenQuote, Dash:
		return OpenQuote
	case Punct:
		if c, _ := at(src, int(p.Start)); c == cOpenB {
			return OpenQuote
		}
	}
	return CloseQuote
}

// signAllowed reports whether a sign may start a number here: at the start
// of the text or after white space, an opening bracket or quote.
func signAllowed(src []byte, prev []Token) bool {
	if len(prev) == 0 {
		return true
	}
	p := prev[len(prev)-1]
	switch p.Kind {
	case Space, LineBreak, OpenQuote:
		return true
	case Punct:
		c, _ := at(src, int(p.Start))
		return c == cOpenB
	}
	return false
}

// dotted returns the end of an abbreviation with inner dots such as "U.S.",
// "a.m." or "Ph.D.", whose first letters are src[i:j] and src[j] is '.', or 0.
func dotted(src []byte, i, j int) int {
	if j-i > 2 || !isASCIILetter(src[i]) || !isASCIILetter(src[j-1]) {
		return 0
	}
	n := len(src)
	k := j // a dot
	count := 0
	for k+1 < n && isASCIILetter(src[k+1]) {
		m := k + 1
		for m < n && m-k <= 2 && isASCIILetter(src[m]) {
			m++
		}
		if m >= n || src[m] != '.' {
			break
		}
		k = m
		count++
	}
	if count == 0 {
		return 0
	}
	return k + 1
}

// numberFollows reports whether a number follows src[j:], after at most a
// few spaces: digits or a Roman numeral.
func numberFollows(src []byte, j int) bool {
	for k := 0; k < 3 && j < len(src) && (src[j] == ' ' || src[j] == '\t'); k++ {
		j++
	}
	if j < len(src) && digitAt(src, j) {
		return true
	}
	// A Roman numeral: "Vol. II", "Art. IV".
	e := j
	for e < len(src) && (src[e] == 'I' || src[e] == 'V' || src[e] == 'X') {
		e++
	}
	return e > j && (e == len(src) || !isASCIIAlnum(src[e]))
}

// doi returns the end of a paper's DOI whose label "doi" or "DOI" is
// src[i:j], before a colon: "doi:10.1093/aom/kxa219", "DOI:
// 10.1016/S0140-6736(24)01234-5". It is one reference, like a web
// address, and its digits are no figures. It returns 0 for no DOI.
func doi(src []byte, i, j int) int {
	if j-i != 3 || src[i]|0x20 != 'd' || src[i+1]|0x20 != 'o' || src[i+2]|0x20 != 'i' {
		return 0
	}
	k := j + 1
	if k < len(src) && src[k] == ' ' {
		k++
	}
	if k+4 >= len(src) || string(src[k:k+3]) != "10." || !isASCIIDigit(src[k+3]) {
		return 0
	}
	e := urlBody(src, k)
	for m := k + 4; m < e; m++ {
		if src[m] == '/' {
			return e
		}
	}
	return 0
}

// circaMoney reports whether w is "c" or "ca" (circa) and a currency sign
// follows its dot at src[j]: "c. £40m" is about forty million pounds.
func circaMoney(w, src []byte, j int) bool {
	if string(w) != "c" && string(w) != "ca" {
		return false
	}
	for j < len(src) && src[j] == ' ' {
		j++
	}
	if j >= len(src) {
		return false // "c." ends the text
	}
	c, s := at(src, j)
	return c == cCurrency && s > 0
}

// email returns the end of an e-mail address starting at src[i], or 0.
func email(src []byte, i int) int {
	n := len(src)
	j := i
	for j < n && isLocal(src[j]) {
		j++
	}
	if j == i || j >= n || src[j] != '@' || src[j-1] == '.' {
		return 0
	}
	return host(src, j+1, false)
}

// host returns the end of a host name of two or more labels starting at
// src[i], or 0. With knownTLD, the last label must be a common top-level
// domain in lower case and the first label is taken as scanned by the
// caller.
func host(src []byte, i int, knownTLD bool) int {
	n := len(src)
	j := i
	labels := 0
	end := 0
	for {
		s := j
		for j < n && (isASCIIAlnum(src[j]) || src[j] == '-') {
			j++
		}
		if j == s {
			break
		}
		labels++
		if labels >= 2 {
			if knownTLD {
				if tlds.Has(src[s:j]) {
					end = j
				}
			} else if j-s >= 2 && isASCIILetter(src[s]) {
				end = j
			}
		}
		if j+1 < n && src[j] == '.' && isASCIIAlnum(src[j+1]) {
			j++
			continue
		}
		break
	}
	if end == 0 || end < n && (src[end] >= 0x80 || isASCIIAlnum(src[end]) || src[end] == '@') {
		return 0
	}
	return end
}

// tlds lists the top-level domains a bare host name such as "example.org"
// may end with to count as a URL without "http://" or "www.".
var tlds = wordset.Of("com|org|net|gov|edu|int|mil|io|co|uk|us|eu|de|fr|ca|au|info|news|ly|tv|ai|app|dev|nz|ie|ch|nl|es|it|jp|ru|cn|br|za|ng|ke")

// domain returns the end of a bare web address such as "example.org" or
// "bbc.co.uk/news" starting at src[i], or 0.
func domain(src []byte, i int) int {
	e := host(src, i, true)
	if e == 0 {
		return 0
	}
	if e < len(src) && (src[e] == '/' || src[e] == '?' || src[e] == '#') {
		return urlBody(src, e)
	}
	return e
}

// schemeURL returns the end of a URL such as "https://example.org/a" or
// "mailto:desk@example.org" whose scheme is src[i:j] and src[j] is ':', or 0. "www." addresses are found by
// [domain].
func schemeURL(src []byte, i, j int) int {
	s := string(src[i:j])
	if s == "mailto" {
		e := email(src, j+1)
		if e > 0 && e < len(src) && src[e] == '?' {
			e = urlBody(src, e)
		}
		return e
	}
	if s != "http" && s != "https" && s != "ftp" && s != "HTTP" && s != "HTTPS" {
		return 0
	}
	if j+3 >= len(src) || src[j+1] != '/' || src[j+2] != '/' {
		return 0
	}
	e := urlBody(src, j+3)
	if e <= j+3 {
		return 0
	}
	return e
}

// urlBody returns the end of the URL characters starting at src[i],
// leaving out trailing punctuation that more likely belongs to the sentence.
func urlBody(src []byte, i int) int {
	n := len(src)
	j := i
	open := 0
	for j < n {
		b := src[j]
		if b < 0x80 {
			if b <= ' ' || b == '"' || b == '<' || b == '>' || b == '`' || b == 0x7f {
				break
			}
			if b == '(' {
				open++
			} else if b == ')' {
				if open == 0 {
					break
				}
				open--
			}
			j++
			continue
		}
		c, s := at(src, j)
		if s == 0 || !wordish(c) {
			break
		}
		j += s
	}
	for j > i {
		switch src[j-1] {
		case '.', ',', ';', ':', '!', '?', '\'', '*':
			j--
			continue
		}
		break
	}
	return j
}

// skipModifiers returns the end of the emoji modifiers, variation
// selectors, combining marks and zero-width-joined symbols from src[j].
func skipModifiers(src []byte, j int) int {
	n := len(src)
	for j < n && src[j] >= 0x80 {
		r, s := utf8.DecodeRune(src[j:])
		if r == utf8.RuneError && s == 1 {
			break
		}
		switch {
		case r == 0x200D:
			if j+s < n {
				r2, s2 := utf8.DecodeRune(src[j+s:])
				if (r2 != utf8.RuneError || s2 > 1) && r2 >= 0x80 && runeClass(r2) == cSymbol {
					j += s + s2
					continue
				}
			}
			return j
		case r >= 0x1F3FB && r <= 0x1F3FF, r >= 0xE0020 && r <= 0xE007F, r == 0xFE0F, r == 0xFE0E:
			j += s
			continue
		case runeClass(r) == cMark && r != 0xAD && r != 0x200C:
			j += s
			continue
		}
		break
	}
	return j
}

func isRegional(r rune) bool { return r >= 0x1F1E6 && r <= 0x1F1FF }

func isASCIIDigit(b byte) bool  { return '0' <= b && b <= '9' }
func isASCIILetter(b byte) bool { return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' }
func isASCIIAlnum(b byte) bool  { return isASCIIDigit(b) || isASCIILetter(b) }
func isLocal(b byte) bool {
	return isASCIIAlnum(b) || b == '.' || b == '_' || b == '%' || b == '+' || b == '-'
}

// digitAt reports whether a digit of any script starts at src[j].
func digitAt(src []byte, j int) bool {
	c, s := at(src, j)
	return c == cDigit && s > 0
}
