// Package amount reads the number a quantity, money or percent span states,
// so that "€35 billion", "35bn euros" and "35,000,000,000 euros" all come
// out as 3.5e10.
//
// It understands digits with thousands separators and decimals ("1,234.5",
// "1.2"), scale words and suffixes ("million", "bn", "tn", "m", "k"),
// number words ("forty", "a third", "half", "fivefold") and the currency
// signs and percent words around them, which it skips; an amount in cents
// or pence is given in whole units ("3 cents" is 0.03). [Parse] gives the
// first number in the text, with the scale of a range ("3-4 million" gives
// 3e6), and [ParseRange] both ends of a range; a tally or odds ("7-2", "10
// to 1") states no one amount, and gives none.
package amount

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
// value, and for a share, "1 in 4", the fraction (0.25). ok is false when there is no number, or when a second number is
// smaller than the first ("7-2", "10 to 1": a tally or odds, not an amount).
func ParseRange(text []byte) (lo, hi float64, ok bool) {
	lo, i, unscaled, ok := first(text)
	if !ok {
		return 0, 0, false
	}
	j := skipBlanks(text, i)
	if j < len(text) && text[j] == '%' {
		j = skipBlanks(text, j+1) // "5%–7%"
	}
	switch {
	case j < len(text) && text[j] == '-':
		j++
	case j+3 <= len(text) && string(text[j:j+3]) == "–": // en dash
		j += 3
	default:
		w, k := word(text, j)
		if equalFold(w, "in") {
			// "1 in 4", "one in five": a share, 0.25 and 0.2
			if d, _, _, ok := first(text[k:]); ok && d > lo && lo < 100 {
				return lo / d, lo / d, true
			}
			return lo, lo, true
		}
		if !equalFold(w, "to") && !equalFold(w, "and") {
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
	if j >= len(text) || text[j] < '0' || text[j] > '9' {
		return lo, lo, true
	}
	raw, k := digits(text, j)
	hi, end := scaled(text, k, raw)
	if unscaled > 0 && end > k && raw != 0 {
		lo *= hi / raw // "3-4 million": the scale belongs to both
	}
	if hi < lo {
		// "7-2", "10 to 1": a tally or odds, not one amount
		return 0, 0, false
	}
	return lo, hi, true
}

// first reads the first number in text and the scale after it. It returns
// the value, where the number and its scale end, and, when no scale
// followed, the number's own value (else 0).
func first(text []byte) (v float64, end int, unscaled float64, ok bool) {
	i := 0
	n := len(text)
	for i < n {
		c := text[i]
		switch {
		case c >= '0' && c <= '9':
			raw, j := digits(text, i)
			v, end = scaled(text, j, raw)
			if end == j {
				unscaled = raw
			}
			return v, end, unscaled, true
		case isLetter(c):
			w, j := word(text, i)
			if v, ok := numberWord(w); ok {
				v, j = compoundWords(text, j, v)
				v, end = scaled(text, j, v)
				return v, end, 0, true
			}
			i = j
		default:
			i++
		}
	}
	return 0, 0, 0, false
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

// digits reads a number such as "1,234.5" starting at i: a comma followed
// by exactly three digits groups thousands, a dot starts decimals.
func digits(b []byte, i int) (float64, int) {
	var v float64
	for i < len(b) {
		c := b[i]
		switch {
		case c >= '0' && c <= '9':
			v = v*10 + float64(c-'0')
			i++
		case c == ',' && threeDigits(b, i+1):
			i++
		default:
			goto frac
		}
	}
	return v, i
frac:
	if i+1 < len(b) && b[i] == '.' && b[i+1] >= '0' && b[i+1] <= '9' {
		// the decimals as a whole number over a power of ten, so that
		// "0.6" reads as 0.6, not 0.6000000000000001
		i++
		frac, div := 0.0, 1.0
		for i < len(b) && b[i] >= '0' && b[i] <= '9' {
			if div < 1e15 {
				frac = frac*10 + float64(b[i]-'0')
				div *= 10
			}
			i++
		}
		if w := v*div + frac; w < 1<<53 {
			v = w / div // "1.14" as 114/100: exactly the nearest float
		} else {
			v += frac / div
		}
	}
	return v, i
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

// scaled applies a scale word or suffix that follows the number at i,
// skipping spaces and hyphens: "35 billion", "1.2tn", "400m", "3-million".
func scaled(b []byte, i int, v float64) (float64, int) {
	j := i
	for j < len(b) && (b[j] == ' ' || b[j] == '-' || b[j] == 0xc2 && j+1 < len(b) && b[j+1] == 0xa0) {
		if b[j] == 0xc2 {
			j++
		}
		j++
	}
	if j >= len(b) || !isLetter(b[j]) {
		return v, i
	}
	w, k := word(b, j)
	if m, ok := scaleWord(w, j == i); ok {
		return v * m, k
	}
	return v, i
}

// compoundWords reads on after a number word: "forty-two", "twenty five",
// "one hundred".
func compoundWords(b []byte, i int, v float64) (float64, int) {
	for {
		j := i
		for j < len(b) && (b[j] == ' ' || b[j] == '-') {
			j++
		}
		if j == i || j >= len(b) || !isLetter(b[j]) {
			return v, i
		}
		w, k := word(b, j)
		if equalFold(w, "hundred") {
			v *= 100
			i = k
			continue
		}
		u, ok := numberWord(w)
		if ok && u < 1 && v >= 1 && v < 10 {
			return v * u, k // "two thirds", "three quarters"
		}
		if !ok || u >= 10 || v < 20 {
			return v, i
		}
		v += u
		i = k
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

var scales = []struct {
	word     string
	factor   float64
	attached bool // only directly after digits: "400m", "5k"
}{
	{"thousand", 1e3, false}, {"million", 1e6, false}, {"billion", 1e9, false},
	{"trillion", 1e12, false}, {"mn", 1e6, false}, {"mln", 1e6, false},
	{"bn", 1e9, false}, {"bln", 1e9, false}, {"tn", 1e12, false}, {"trn", 1e12, false},
	{"m", 1e6, true}, {"b", 1e9, true}, {"k", 1e3, true},
	{"millions", 1e6, false}, {"billions", 1e9, false}, {"thousands", 1e3, false},
	// South Asian scales: "500 crore" is 5 billion, "1.5 lakh" 150,000.
	{"crore", 1e7, false}, {"crores", 1e7, false}, {"lakh", 1e5, false}, {"lakhs", 1e5, false},
	// Hundredths of a currency: "3 cents" is 0.03 of a dollar.
	{"cent", 0.01, false}, {"cents", 0.01, false}, {"pence", 0.01, false},
	{"penny", 0.01, false}, {"kopecks", 0.01, false},
}

func scaleWord(w []byte, attached bool) (float64, bool) {
	for _, s := range scales {
		if s.attached && !attached {
			continue
		}
		if equalFold(w, s.word) {
			return s.factor, true
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
	{"hundred", 100}, {"thousand", 1e3}, {"dozen", 12}, {"dozens", 24},
	{"half", 0.5}, {"third", 1.0 / 3}, {"quarter", 0.25}, {"fifth", 0.2},
	{"sixth", 1.0 / 6}, {"seventh", 1.0 / 7}, {"eighth", 0.125}, {"ninth", 1.0 / 9}, {"tenth", 0.1},
	{"twofold", 2}, {"threefold", 3}, {"fourfold", 4}, {"fivefold", 5},
	{"tenfold", 10}, {"double", 2}, {"doubled", 2}, {"triple", 3},
	{"tripled", 3}, {"quadrupled", 4}, {"twice", 2}, {"thrice", 3},
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
