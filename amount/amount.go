// Package amount reads the number a quantity, money or percent span states,
// so that "€35 billion", "35bn euros" and "35,000,000,000 euros" all come
// out as 3.5e10.
//
// It understands digits with thousands separators and decimals ("1,234.5",
// "17 842", "1.2"), a minus sign glued to them ("-5%"), scale words and suffixes ("million", "bn", "tn", "m", "k"),
// number words ("forty", "a third", "half", "fivefold") and the currency
// signs and percent words around them, which it skips; an amount in cents
// or pence is given in whole units ("3 cents" is 0.03). [Parse] gives the
// first number in the text, with the scale of a range ("3-4 million" gives
// 3e6), and [ParseRange] both ends of a range; a tally or odds ("7-2", "10
// to 1") states no one amount, and gives none.
package amount

import (
	"bytes"

	"github.com/claimlight/claimlight/internal/strs"
	"github.com/claimlight/claimlight/tokenize"
)

// Parse returns the value stated by text, the text of a span, and whether
// it found one. Percentages are returned as written: "5%" is 5, not 0.05.
// Parse never panics and allocates nothing.
func Parse(text []byte) (float64, bool) {
	v, _, ok := ParseRange(text)
	return v, ok
}

// ParseRange returns the two ends of a range the text states, "$3.10 to
// $3.25" (3.1, 3.25), "3-4 million" (3e6, 4e6), "between 10 and 12", with
// a scale written once applied to both; for a single amount both are its
// value, and for a share, "1 in 4" or "one-in-four", the fraction (0.25). ok is false when there is no number, or when a second number is
// smaller than the first ("7-2", "10 to 1", "two to one": a tally, odds or
// a ratio, not an amount), for a vote, "7 votes to 2",
// and for a cricket score, runs for wickets ("245 for 7", "312/6").
// Cricket's overs count balls of six after the point: "43.2 overs" is
// 43 and a third.
//
// A glued "m" with no currency and nothing after it is metres: "15m" is
// 15, "£15m" and "15m people" are 1.5e7.
//
// Values are the floats nearest to the decimals written: "$4.1bn" is
// 4.1e9, read as 41 times 10^8. A minus sign glued to a number makes it
// negative: "-5%", "−5%", "-¥3.1 billion", "¥–3.1 billion". Digits may be
// grouped in thousands by commas, or by thin, narrow no-break or no-break
// spaces ("17 842"); by plain spaces too, when the first group has one to
// three digits and no digits come before it ("12 500 people").
func ParseRange(text []byte) (lo, hi float64, ok bool) {
	if bytes.HasSuffix(text, []byte(" digits")) && (strs.Contains(text, "single") || strs.Contains(text, "double")) {
		return 0, 0, false // "high double digits": a band, no one amount
	}
	return parseRange(text, metres(text))
}

// metres reports whether text ends in a number with a glued "m" and names
// no currency: "15m", "between 9m and 11m" are lengths. The annotator
// keeps the noun a number of millions counts in its span ("15m people")
// and ends a length's span at the "m" ("a 15m wall"). A glued "s" at the
// end makes the "m" minutes, no scale either: "1m 38.2s", a race time.
func metres(text []byte) bool {
	n := len(text)
	return n >= 2 && (text[n-1] == 'm' || text[n-1] == 's') && '0' <= text[n-2] && text[n-2] <= '9' && Currency(text) == ""
}

// parseRange is ParseRange; metric reads a glued "m" as metres, no scale.
func parseRange(text []byte, metric bool) (lo, hi float64, ok bool) {
	d, i, scaled, ok := first(text, metric)
	if !ok {
		return 0, 0, false
	}
	for i > 0 && i < len(text) && (isLetter(text[i]) && (isLetter(text[i-1]) || text[i-1] == '/' || '0' <= text[i-1] && text[i-1] <= '9') ||
		text[i] == '/' && (isLetter(text[i-1]) || '0' <= text[i-1] && text[i-1] <= '9') && i+1 < len(text) && isLetter(text[i+1])) {
		i++ // a unit glued to the digits: "120mm and 150mm", "2.5m to 3m", "112km/h", "£13/hour"
	}
	lo = d.value()
	if v, ok := degrees(text[i:], lo); ok {
		return v, v, true // "61°12′N", "89.9°S"
	}
	j := skipBlanks(text, i)
	if j > i && j+3 <= len(text) && text[j+1] == '/' && '1' <= text[j] && text[j] < text[j+2] && text[j+2] <= '9' && (j+3 == len(text) || text[j+3] == ' ') {
		lo += float64(text[j]-'0') / float64(text[j+2]-'0')
		return lo, lo, true // "1 1/2 cups": 1.5
	}
	if j < len(text) && text[j] == '%' {
		j = skipBlanks(text, j+1) // "5%–7%"
	}
	k := j
	if k < len(text) && text[k] == '-' {
		k++
	}
	if w, _ := word(text, k); equalFold(w, "under") {
		return -lo, -lo, true // "12-under", "12 under par": a golf score below par
	}
	split := false // "of" joins the two numbers of a share, as in "1-of-8" or "1 out of 8"
	if j+3 < len(text) && text[j] == '-' && (equalFold(text[j+1:j+3], "in") || equalFold(text[j+1:j+3], "of")) && text[j+3] == '-' {
		j++ // "one-in-three", as "one in three"; a shooting split, "11-of-19", as "11 of 19"
		split = true
	}
	switch {
	case j < len(text) && text[j] == '/':
		if m, _, _, ok := first(text[j+1:], metric); ok && m.value() > lo {
			return lo / m.value(), lo / m.value(), true // "3/4 cup": a fraction, 0.75
		}
		return 0, 0, false // "312/6": runs for wickets, a score
	case j < len(text) && text[j] == '-':
		j++
	case j+3 <= len(text) && string(text[j:j+3]) == "–": // en dash
		j += 3
	default:
		w, k := word(text, j)
		if u, n := word(text, skipBlanks(text, k)); equalFold(w, "out") && equalFold(u, "of") {
			w, k, split = u, n, true // "9.8 out of 10", as "9.8 of 10"
		}
		if equalFold(w, "in") || equalFold(w, "of") && (lo > 1 || split) && text[i-1]|0x20 != 's' {
			// "1 in 4", "one in five", "two of five districts": a share,
			// 0.25, 0.2 and 0.4 ("tens of thousands" is no share, nor
			// "one of 12 people")
			if k < len(text) && text[k] == '-' {
				k++ // "one-in-three"
			}
			if m, _, _, ok := first(text[k:], metric); ok && (lo < 100 || split) {
				if v := m.value(); v > lo {
					if d.exp < 0 {
						v *= pow10[-d.exp] // "9.8 out of 10" as 98 over 100: 0.98, not 0.9800000000000001
					}
					return d.mant / v, d.mant / v, true
				}
			}
			return lo, lo, true
		}
		if equalFold(w, "for") {
			return 0, 0, false // "245 for 7": runs for wickets, a score
		}
		if b := int(d.mant) % 10; (equalFold(w, "overs") || equalFold(w, "ov")) && d.exp == -1 && b <= 5 {
			lo = float64(int(d.mant)/10) + float64(b)/6 // "43.2 overs", "43.2 ov": 43 overs and 2 balls of six
			return lo, lo, true
		}
		if !equalFold(w, "to") && !equalFold(w, "and") && !equalFold(w, "or") {
			if n := skipBlanks(text, k); len(w) > 1 && (timeUnit(w) || timeUnit(w[:len(w)-1])) && n < len(text) && '0' <= text[n] && text[n] <= '9' {
				return 0, 0, false // "1 hour 15 minutes": two units, and with no units no one count
			}
			if t, _ := word(text, skipBlanks(text, k)); equalFold(w, "votes") && equalFold(t, "to") {
				return 0, 0, false // "7 votes to 2": a tally, as "7-2" is
			}
			return lo, lo, true
		}
		j = k
	}
	j = skipBlanks(text, j)
	// a currency sign or code before the second number: "to $3.25", "to US$4"
	for k := j; k < len(text) && k < j+4; k++ {
		if c := text[k]; c >= '0' && c <= '9' {
			j = k
			break
		}
	}
	w, k := word(text, j)
	if equalFold(w, "one") && lo > 1 && skipBlanks(text, k) == len(text) {
		return 0, 0, false // "two to one": odds or a ratio, not one amount
	}
	var e decimal
	if v, ok := numberWord(w); ok && v >= 1 {
		e.mant, k = compoundWords(text, k, v) // "two to three cups", "one or two"
	} else if j >= len(text) || text[j] < '0' || text[j] > '9' {
		return lo, lo, true
	} else {
		e, k = digits(text, j)
		if e.unsure {
			return 0, 0, false
		}
	}
	e2, _ := scale(text, k, e, metric)
	hi = e2.value()
	if !scaled && e2.exp != e.exp && lo <= e.value() {
		// "3-4 million": the scale belongs to both, but not in
		// "$780,000 to $2.9 million"
		d.exp += e2.exp - e.exp
		lo = d.value()
	}
	if hi < lo {
		// "7-2", "10 to 1": a tally or odds, not one amount
		return 0, 0, false
	}
	return lo, hi, true
}

// degrees returns the value of a latitude or longitude whose degrees, v,
// t follows from its "°" on: with its minutes and seconds ("61°12′N" is
// 61.2), negative to the south and west ("89.9°S" is -89.9); ok is false
// when t is no compass point's coordinate ("°C").
func degrees(t []byte, v float64) (float64, bool) {
	if len(t) < 3 || t[0] != 0xC2 || t[1] != 0xB0 {
		return v, false
	}
	div := 1.0
	for k := 2; k < len(t); k++ {
		switch c := t[k]; {
		case c >= '0' && c <= '9':
			// minutes, then seconds, each with its mark: "′" or "'", "″" or '"'
			n := 0.0
			for ; k < len(t) && t[k] >= '0' && t[k] <= '9'; k++ {
				n = n*10 + float64(t[k]-'0')
			}
			div *= 60
			v += n / div
			if k+2 < len(t) && t[k] == 0xE2 {
				k += 2
			}
		case k == len(t)-1 || k == len(t)-2 && t[k+1] == '.':
			switch c {
			case 'N', 'E':
				return v, true
			case 'S', 'W':
				return -v, true
			}
			return v, false
		}
	}
	return v, false
}

// decimal is a number as written: the whole number mant times ten to the
// power exp. "4.1bn" is 41 and 8, so that its value is the float nearest
// to 4.1e9, not 4099999999.9999995. A number word may make mant a fraction
// ("a third").
type decimal struct {
	mant float64
	exp  int
	// unsure marks digits whose comma may be a decimal comma or may
	// separate two numbers ("3,5 and 7"): they state no value.
	unsure bool
}

// pow10 holds the powers of ten that are exact in a float64.
var pow10 = [...]float64{1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
	1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22}

// value returns d as a float: one multiplication or division of exact
// values, so the float nearest to it while mant is exact. The exponents
// of what digits and scale read stay within ±22.
//
// Not inlined, for the size of the wasm build.
//
//go:noinline
func (d decimal) value() float64 {
	if d.exp >= 0 {
		return d.mant * pow10[min(d.exp, len(pow10)-1)]
	}
	return d.mant / pow10[min(-d.exp, len(pow10)-1)]
}

// first reads the first number in text and the scale after it (metric as
// for scale). It returns
// the number, where it and its scale end, and whether a scale followed.
func first(text []byte, metric bool) (d decimal, end int, scaled bool, ok bool) {
	i := 0
	n := len(text)
	for i < n {
		c := text[i]
		switch {
		case c >= '0' && c <= '9':
			if i > 0 && text[i-1] == '.' && (i == 1 || text[i-2] == ' ' || text[i-2] == '=' || text[i-2] == '<' || text[i-2] == '>' || text[i-2] >= 0x80) {
				i-- // ".02" in "P = .02", "P<.001": decimals with no zero before them
			}
			d, j := digits(text, i)
			if d.unsure {
				return decimal{}, 0, false, false
			}
			s, end := scale(text, j, d, metric)
			if end == j+1 && text[j] == 'K' && d.exp == 0 && d.mant >= 1000 && currencyEnding(text, i) == 0 {
				s, end = d, j // "6500K": kelvin, a colour temperature, not thousands
			}
			if end == j && currencyEnding(text, i) > 0 {
				// after a sign, a detached "m" is the scale: "£418 m"
				if w, k := word(text, skipBlanks(text, j)); equalFold(w, "m") {
					s.exp += 6
					end = k
				}
			}
			return s, end, end > j, true
		case isLetter(c):
			w, j := word(text, i)
			if equalFold(w, "a") || equalFold(w, "an") {
				// "a billion" is 1e9, "a billion and a half" 1.5e9, "a mile
				// and a half" 1.5, "a mile and two furlongs" 1, the miles
				u, k := word(text, skipBlanks(text, j))
				e, scaled := scaleWord(u, false)
				h := halfAfter(text, k)
				if scaled || len(u) > 0 && h > k || equalFold(u, "mile") {
					if h > k {
						return decimal{mant: 15, exp: e - 1}, h, scaled, true
					}
					d := decimal{mant: 1, exp: e}
					if !scaled {
						return d, len(text), false, true // "a mile and two furlongs": no range to the furlongs
					}
					if v, ok := numberWord(u); scaled && !ok {
						// "a million four hundred thousand": a smaller amount added on
						w, j := word(text, skipBlanks(text, k))
						if v, ok = numberWord(w); ok && v >= 1 {
							v, j = compoundWords(text, j, v)
							if s, end := scale(text, j, decimal{mant: v}, false); s.value() < d.value() {
								return decimal{mant: d.value() + s.value()}, end, true, true
							}
						}
					}
					return d, k, scaled, true
				}
				if timeUnit(u) {
					// "more than a month", "almost an hour", "only a
					// fortnight": a length of time, and with no units a
					// fortnight is no count
					return decimal{}, 0, false, false
				}
			}
			if u, _ := word(text, skipBlanks(text, j)); i == 0 && len(u) > 0 && !equalFold(u, "of") {
				if n := ordinal(w); n > 0 {
					return decimal{mant: n}, j, false, true // "ninth league goal": the ninth, 9
				}
			}
			if v, ok := numberWord(w); ok {
				if v < 0 {
					return decimal{}, 0, false, false // "a few hundred": no one amount
				}
				v, j = compoundWords(text, j, v)
				d, end := scale(text, j, decimal{mant: v}, false)
				return d, end, end > j, true
			}
			i = j
		default:
			i++
		}
	}
	return decimal{}, 0, false, false
}

// Ordinals are the ordinal words from "second" to "twelfth", in lower
// case and in order, separated by spaces. Package claim finds ordinals
// with them.
const Ordinals = "second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth"

// ordinal returns the number the ordinal word w states, 2 for "second"
// to 12 for "twelfth", or 0.
func ordinal(w []byte) float64 {
	n := 1.0
	for list := Ordinals; list != ""; {
		var u string
		u, list = strs.Cut(list, ' ')
		n++
		if equalFold(w, u) {
			return n
		}
	}
	return 0
}

// TimeUnits are the units of time in the singular, in lower case,
// separated by spaces. Package claim reads its lengths of time with them.
const TimeUnits = "second minute hour day week fortnight month year decade century"

// timeUnit reports whether w, in any case, is one of TimeUnits: "a" or
// "an" before one states no amount.
func timeUnit(w []byte) bool {
	for list := TimeUnits; list != ""; {
		var u string
		u, list = strs.Cut(list, ' ')
		if equalFold(w, u) {
			return true
		}
	}
	return false
}

// halfAfter returns the end of an " and a half" that starts at text[i],
// or i.
func halfAfter(text []byte, i int) int {
	k := i
	for _, s := range [...]string{"and", "a", "half"} {
		w, e := word(text, skipBlanks(text, k))
		if !equalFold(w, s) {
			return i
		}
		k = e
	}
	return k
}

// negative reports whether a minus sign is glued to the number whose first
// digit is text[i], directly or across a currency sign, and opens a word:
// "-5%", "−5%", "$-5", "-¥3.1 billion", "¥–3.1 billion" (an en dash
// serves as a minus after a currency sign only), but not "5-7" or "–5".
func negative(text []byte, i int) bool {
	c := currencyEnding(text, i)
	if m := minusEnding(text, i-c, false); m > 0 && opensWord(text, i-c-m) {
		return true // "-5%", "−5%", "-¥3.1 billion"
	}
	m := minusEnding(text, i, true)
	if m == 0 {
		return false
	}
	c = currencyEnding(text, i-m)
	return c > 0 && opensWord(text, i-m-c) // "$-5", "¥–3.1 billion"
}

// minusEnding returns the length of a minus sign ("-" or "−", and "–" with
// enDash) that ends at text[i], or 0.
//
// Not inlined, for the size of the wasm build.
//
//go:noinline
func minusEnding(text []byte, i int, enDash bool) int {
	switch {
	case i >= 1 && text[i-1] == '-':
		return 1
	case i >= 3 && text[i-3] == 0xe2 && text[i-2] == 0x88 && text[i-1] == 0x92: // "−"
		return 3
	case enDash && i >= 3 && text[i-3] == 0xe2 && text[i-2] == 0x80 && text[i-1] == 0x93: // "–"
		return 3
	case i >= 3 && (string(text[i-3:i]) == "▼" || string(text[i-3:i]) == "↓"):
		return 3 // a ticker's fall: "▼0.8%"
	case i >= 4 && string(text[i-4:i]) == "🔻":
		return 4
	}
	return 0
}

// currencyEnding returns the length of a currency sign that ends at
// text[i], "$", "£", "¥", "€", "₹" and the other signs U+20A0 to U+20BF,
// or 0.
//
// Not inlined, for the size of the wasm build.
//
//go:noinline
func currencyEnding(text []byte, i int) int {
	switch {
	case i >= 1 && text[i-1] == '$':
		return 1
	case i >= 2 && text[i-2] == 0xc2 && (text[i-1] == 0xa3 || text[i-1] == 0xa5): // "£", "¥"
		return 2
	case i >= 3 && text[i-3] == 0xe2 && text[i-2] == 0x82 && text[i-1] >= 0xa0:
		return 3
	}
	return 0
}

// opensWord reports whether text[i] starts the text or follows white
// space or an opening bracket.
func opensWord(text []byte, i int) bool {
	if i <= 0 {
		return true
	}
	switch text[i-1] {
	case ' ', '\t', '\n', '(', '[', 0xa0:
		return true
	}
	return false
}

// skipBlanks skips spaces and no-break spaces from i.
func skipBlanks(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == 0xc2 && i+1 < len(b) && b[i+1] == 0xa0) {
		if b[i] == 0xc2 {
			i++
		}
		i++
	}
	return i
}

// digits reads a number such as "1,234.5" starting at i: a comma
// followed by exactly three digits groups thousands, as does a space where
// the tokenizer keeps the number one token ([tokenize.ThousandsSpace]), and
// a dot starts decimals, as does a comma followed by one or two digits
// ("4,5%"), though that number is unsure unless a sign, "%" or a scale
// word shows it to be one (see surelyDecimal); a minus sign before it makes
// it negative (see negative).
func digits(b []byte, i int) (decimal, int) {
	var d decimal
	start := i
	group := start // where the last group of digits starts
	commas := false
loop:
	for i < len(b) {
		c := b[i]
		switch {
		case c >= '0' && c <= '9':
			d.mant = d.mant*10 + float64(c-'0')
			i++
			continue
		case c == ',' && threeDigits(b, i+1):
			commas = true
			i++
			continue
		case c == '.' && dotThousands(b, start) > i:
			i++ // "1.234.567": dots group thousands
			continue
		case c == '\'' && threeDigits(b, i+1) && i > start:
			commas = true // "1'250": Swiss thousands
			i++
			continue
		case c == 0xe2 && i+3 < len(b) && b[i+1] == 0x80 && b[i+2] == 0x99 && threeDigits(b, i+3) && i > start:
			commas = true // "1’250"
			i += 3
			continue
		case c == ',' && !commas && group == start:
			if n := decimalComma(b, i); n > 0 {
				// "4,5%", "€1,2 billion": a decimal comma, read as the
				// dot is below; where nothing around it says so, no value
				d.unsure = !surelyDecimal(b, start, i+1+n)
				for _, c := range b[i+1 : i+1+n] {
					d.mant = d.mant*10 + float64(c-'0')
					d.exp--
				}
				i += 1 + n
				break loop
			}
		}
		// "17 842": a first group of one to three digits, then groups of
		// three after spaces
		if s := tokenize.ThousandsSpace(b, start, i); s > 0 && !commas && (group > start || i-start <= 3) {
			i += s
			group = i
			continue
		}
		break
	}
	// a race or lap time in seconds: minutes and seconds with decimals,
	// "3:58.21" (238.21), or hours, minutes and seconds, "2:04:31"
	// (7471), or minutes past any hour of a clock, "62:05" (3725), but not
	// a ratio, "45:55"; a clock time, "10:30", stays its hour
	for n := 0; n < 2 && i-start < 6 && d.exp == 0 && i+2 < len(b) && b[i] == ':' && '0' <= b[i+1] && b[i+1] <= '5' && '0' <= b[i+2] && b[i+2] <= '9' &&
		(n == 1 || i+3 < len(b) && (b[i+3] == ':' || b[i+3] == '.') || i-start == 2 && d.mant > 23 && d.mant+float64(b[i+1]-'0')*10+float64(b[i+2]-'0') != 100 && (i+3 == len(b) || b[i+3] < '0' || b[i+3] > '9')); n++ {
		d.mant = d.mant*60 + float64(b[i+1]-'0')*10 + float64(b[i+2]-'0')
		i += 3
	}
	if i+1 < len(b) && b[i] == '.' && b[i+1] >= '0' && b[i+1] <= '9' {
		// the decimals as part of a whole number scaled by a power of
		// ten, so that "0.6" reads as 6 over 10: 0.6, not
		// 0.6000000000000001
		i++
		for i < len(b) && b[i] >= '0' && b[i] <= '9' {
			if d.mant < 1e15 {
				d.mant = d.mant*10 + float64(b[i]-'0')
				d.exp--
			}
			i++
		}
	}
	if i+1 < len(b) && b[i] == 0xc2 && b[i+1] >= 0xbc && b[i+1] <= 0xbe && d.exp == 0 {
		// "12½" is 12.5, "3¼" 3.25, "3¾" 3.75
		d.mant += float64(b[i+1]-0xbb) / 4
		i += 2
	}
	if negative(b, start) {
		d.mant = -d.mant
	}
	return d, i
}

// decimalComma returns how many digits follow the comma at b[i] when they
// are one or two, followed by no further digit, comma or dot: "4,5%",
// "1,25 billion". It returns 0 otherwise: "1,250" groups thousands.
func decimalComma(b []byte, i int) int {
	n := 0
	for i+1+n < len(b) && b[i+1+n] >= '0' && b[i+1+n] <= '9' {
		n++
	}
	if n == 0 || n > 2 {
		return 0
	}
	if e := i + 1 + n; e < len(b) && (b[e] == ',' || b[e] == '.') && e+1 < len(b) && b[e+1] >= '0' && b[e+1] <= '9' {
		return 0 // "1,2,3", "1,25.5": no decimal comma
	}
	return n
}

// surelyDecimal reports whether the number with a decimal comma that
// starts at b[start] and ends at b[end] is surely one number: a currency
// sign stands before it or a percent sign or a scale word after it. A
// list, "pages 3,5 and 7", has neither.
func surelyDecimal(b []byte, start, end int) bool {
	if currencyEnding(b, start) > 0 || Currency(b[:start]) != "" {
		return true
	}
	j := skipBlanks(b, end)
	if j < len(b) && b[j] == '%' {
		return true
	}
	w, _ := word(b, j)
	if equalFold(w, "per") || equalFold(w, "percent") {
		return true
	}
	_, ok := scaleWord(w, j == end)
	return ok && !equalFold(w, "p") && !equalFold(w, "c")
}

// dotThousands returns the end of a number that starts at b[i] and groups
// its thousands with dots, as much of Europe writes them: one to three
// digits, then two or more groups of three digits, each after a dot,
// "1.234.567". It returns i for any other number: one dot is a decimal
// point ("1.234") and "18.3.2" a version.
func dotThousands(b []byte, i int) int {
	j := i
	for j < len(b) && b[j] >= '0' && b[j] <= '9' {
		j++
	}
	if j == i || j-i > 3 {
		return i
	}
	n := 0
	for j < len(b) && b[j] == '.' && threeDigits(b, j+1) {
		j += 4
		n++
	}
	if n < 2 || j+1 < len(b) && (b[j] == '.' || b[j] == ',') && b[j+1] >= '0' && b[j+1] <= '9' {
		return i
	}
	return j
}

func threeDigits(b []byte, i int) bool {
	if i+3 > len(b) {
		return false
	}
	for k := i; k < i+3; k++ {
		if b[k] < '0' || b[k] > '9' {
			return false
		}
	}
	return i+3 == len(b) || b[i+3] < '0' || b[i+3] > '9'
}

// scale applies the scale words or suffix that follow the number d at i,
// skipping spaces and hyphens: "35 billion", "1.2tn", "400m", "3-million",
// "12.4 lakh crore" (1e5 times 1e7). It returns the scaled number and
// where its scale ends, i if there is none. With metric, a glued "m" is
// metres and no scale.
func scale(b []byte, i int, d decimal, metric bool) (decimal, int) {
	prev := 0 // the scale read, 0 if none
	for {
		j := i
		for j < len(b) && (b[j] == ' ' || b[j] == '-' || b[j] == 0xc2 && j+1 < len(b) && b[j+1] == 0xa0) {
			if b[j] == 0xc2 {
				j++
			}
			j++
		}
		if j+1 < len(b) && b[j] == 0xc2 && b[j+1] == 0xa2 {
			d.exp -= 2 // "94¢", cents, as "94 cents" is
			return d, j + 2
		}
		if j >= len(b) || !isLetter(b[j]) {
			return d, i
		}
		w, k := word(b, j)
		if string(w) == "US" {
			j = skipBlanks(b, k) // "64 US cents"
			w, k = word(b, j)
		}
		e, ok := scaleWord(w, j == i)
		if string(w) == "T" && j == i {
			e, ok = 12, true // "1.5T-parameter"; a small "t" is tonnes
		}
		if j == i && len(w) > 1 && w[1] == 't' && (w[0] == 'M' || w[0] == 'G') {
			// "13.9Mt", "3.2GtCO2e": millions or billions of tonnes, as
			// "12.6 million tonnes" is
			e, ok, k = 6, true, j+1
			if w[0] == 'G' {
				e = 9
			}
		}
		if metric && j == i && equalFold(w, "m") {
			return d, i // "15m": metres
		}
		if string(w) == "C" {
			return d, i // "30C": degrees, not cents
		}
		if !ok || prev != 0 && (e != 7 || prev != 3 && prev != 5) {
			return d, i // a second scale only in "lakh crore", "thousand crore"
		}
		d.exp += e
		i = k
		prev = e
	}
}

// compoundWords reads on after a number word: "forty-two", "twenty five",
// "one hundred", "two and a half", and over the "a" or "of a" between a
// fraction and its scale: "half a million" is 500,000.
func compoundWords(b []byte, i int, v float64) (float64, int) {
	and := false
	p := i // where to read on from: past an "and" or "a" that i stays before
	for {
		j := p
		for j < len(b) && (b[j] == ' ' || b[j] == '-') {
			j++
		}
		if j == p || j >= len(b) || !isLetter(b[j]) {
			return v, i
		}
		w, k := word(b, j)
		// "half a million", "a quarter of a million", "one and a half"
		if equalFold(w, "a") || equalFold(w, "of") && v < 1 || equalFold(w, "and") && v >= 1 {
			and = and || len(w) == 3 // "and", the only one of three letters
			p = k
			if v < 1 {
				i = k // the scale after a fraction's "a" is read by scale
			}
			continue
		}
		if equalFold(w, "hundred") {
			v *= 100
			i, p = k, k
			continue
		}
		u, ok := numberWord(w)
		if ok && u < 1 && and {
			return v + u, k // "two and a half"
		}
		if ok && u < 1 && v >= 1 && v < 10 && (k == len(b) || b[k] != '-') {
			if v*u >= 1 {
				// "four quarters", "two halves": as many parts as make a
				// whole or more are periods counted, not a share
				return v, k
			}
			return v * u, k // "two thirds", "three quarters", not "two half-empty buildings"
		}
		if !ok || u >= 10 && !(and && v >= 100 && u < 100) || v < 20 {
			return v, i // but "six hundred and seventy"
		}
		v += u
		i, p = k, k
	}
}

func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func word(b []byte, i int) ([]byte, int) {
	j := i
	for j < len(b) && isLetter(b[j]) {
		j++
	}
	return b[i:j], j
}

func equalFold(w []byte, s string) bool {
	if len(w) != len(s) {
		return false
	}
	for i := range w {
		if w[i]|0x20 != s[i] {
			return false
		}
	}
	return true
}

// scales are the scale words and suffixes, with the power of ten each
// stands for.
var scales = []struct {
	word     string
	exp      int8
	attached bool // only directly after digits: "400m", "5k"
}{
	{"thousand", 3, false}, {"million", 6, false}, {"billion", 9, false},
	{"trillion", 12, false}, {"mn", 6, false}, {"mln", 6, false},
	{"bn", 9, false}, {"bln", 9, false}, {"mio", 6, false}, {"mrd", 9, false}, {"tn", 12, false}, {"trn", 12, false},
	{"m", 6, true}, {"b", 9, true}, {"k", 3, true},
	// Pence written "412p": 4.12 pounds.
	{"p", -2, true}, {"c", -2, true}, // and cents written "99c"
	{"millions", 6, false}, {"billions", 9, false}, {"thousands", 3, false},
	// South Asian scales: "500 crore" is 5 billion, "1.5 lakh" 150,000,
	// "12.4 lakh crore" 1.24e12.
	{"crore", 7, false}, {"crores", 7, false}, {"lakh", 5, false}, {"lakhs", 5, false}, {"cr", 7, false},
	// Hundredths of a currency: "3 cents" is 0.03 of a dollar.
	{"cent", -2, false}, {"cents", -2, false}, {"pence", -2, false},
	{"penny", -2, false}, {"kopecks", -2, false}, {"paise", -2, false}, {"paisa", -2, false},
}

// scaleWord returns the power of ten the scale word w stands for.
func scaleWord(w []byte, attached bool) (int, bool) {
	for _, s := range scales {
		if s.attached && !attached {
			continue
		}
		if equalFold(w, s.word) {
			return int(s.exp), true
		}
	}
	return 0, false
}

var words = []struct {
	word  string
	value float64
}{
	{"zero", 0}, {"one", 1}, {"two", 2}, {"three", 3}, {"four", 4}, {"five", 5},
	{"six", 6}, {"seven", 7}, {"eight", 8}, {"nine", 9}, {"ten", 10},
	{"eleven", 11}, {"twelve", 12}, {"thirteen", 13}, {"fourteen", 14},
	{"fifteen", 15}, {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18},
	{"nineteen", 19}, {"twenty", 20}, {"thirty", 30}, {"forty", 40},
	{"fifty", 50}, {"sixty", 60}, {"seventy", 70}, {"eighty", 80}, {"ninety", 90},
	{"hundred", 100}, {"thousand", 1e3}, {"dozen", 12},
	{"half", 0.5}, {"third", 1.0 / 3}, {"quarter", 0.25}, {"fifth", 0.2},
	{"sixth", 1.0 / 6}, {"seventh", 1.0 / 7}, {"eighth", 0.125}, {"ninth", 1.0 / 9}, {"tenth", 0.1},
	{"twofold", 2}, {"threefold", 3}, {"fourfold", 4}, {"fivefold", 5},
	{"tenfold", 10}, {"double", 2}, {"doubled", 2}, {"triple", 3},
	{"tripled", 3}, {"quadrupled", 4}, {"once", 1}, {"twice", 2}, {"thrice", 3},
	// A vague number: "a few hundred", "several thousand" state no one
	// amount.
	{"few", -1}, {"several", -1},
}

func numberWord(w []byte) (float64, bool) {
	for _, e := range words {
		if equalFold(w, e.word) {
			return e.value, true
		}
	}
	if len(w) > 1 && (w[len(w)-1]|0x20) == 's' {
		// "thirds", "quarters", "fifths": a plural fraction.
		for _, e := range words {
			if e.value < 1 && equalFold(w[:len(w)-1], e.word) {
				return e.value, true
			}
		}
	}
	return 0, false
}
