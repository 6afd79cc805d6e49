package claim

import (
	"bytes"
	"math/bits"

	"github.com/claimlight/claimlight/amount"
	"github.com/claimlight/claimlight/internal/wordset"
	"github.com/claimlight/claimlight/segment"
	"github.com/claimlight/claimlight/tokenize"
)

// This file finds quantities, money, percentages and dates.

// numbers scans the document for numeric spans. Each position belongs to
// at most one of them.
func (a *annotator) numbers() {
	// Only positions a few words before an anchor (a number, a currency
	// sign, a number word, a month, a time word...) can start a span.
	const reach = 4
	next := -1  // the first anchor at or after i, found as i grows
	coord := -1 // the end of the coordinates at next ("61°12′N"), or next
	for i := 0; i < a.n; {
		for next < i && next < a.n {
			next = a.nextAnchor(next + 1)
			if coord = next; a.kind(next+1) == tokenize.Symbol {
				coord = a.coordinate(next)
			}
		}
		// Most positions are far from an anchor: they are passed over
		// at once.
		if next >= a.n {
			break
		}
		if next-i > reach {
			i = next - reach
			continue
		}
		if coord > next {
			// A place's coordinates, a quantity in degrees: "89.9°S",
			// "61°12′N"
			a.add(Quantity, next, coord, -1)
			a.claim(next, coord)
			i = coord
			continue
		}
		if a.taken(i) || a.furniture(i) || numericFilter && !a.mayStartNumeric(i) {
			i++ // furniture such as "2 hours ago" is not a claim
			continue
		}
		if j := a.date(i); j > i {
			i = j
			continue
		}
		if j := a.amount(i); j > i {
			i = j
			continue
		}
		i++
	}
	a.wordLengths()
}

// callArgument reports whether the number at c, ending at j, is the
// argument of a call in code, "alert(1)", "print(3)": a word, and "(" glued
// to it and the number, then ")".
func (a *annotator) callArgument(c, j int) bool {
	return j == c+1 && a.isPunct(c-1, '(') && a.shapeOf(c-1)&shGlued != 0 && a.shapeOf(c)&shGlued != 0 &&
		a.kind(c-2) == tokenize.Word && a.isPunct(j, ')') && a.same(c-2, j)
}

// wordLengths marks a length of time written as one hyphenated word with
// a number word before a noun, "a five-year contract", "a ten-week
// course", as amount marks "a 5-year contract": a quantity, which a
// reason calls a duration.
func (a *annotator) wordLengths() {
	tbits := a.tbits // a.n of them, read from a local in the loop below
	for i := 0; i+1 < len(tbits); i++ {
		// tbOdd first: it marks the few words with a "-"; eight
		// positions with none are passed over at once
		for i+9 <= len(tbits) {
			b := tbits[i : i+8 : i+8] // read as one word natively
			if (uint64(b[0])|uint64(b[1])<<8|uint64(b[2])<<16|uint64(b[3])<<24|uint64(b[4])<<32|uint64(b[5])<<40|uint64(b[6])<<48|uint64(b[7])<<56)&
				(0x0101010101010101*uint64(tbOdd)) != 0 {
				break
			}
			i += 8
		}
		if tbits[i]&tbOdd == 0 {
			continue
		}
		if a.kind(i) != tokenize.Word || a.taken(i) || !a.same(i, i+1) || !a.isLowerWord(i+1) {
			continue
		}
		t := a.text(i)
		k := bytes.LastIndexByte(t, '-')
		n := k
		if n > 14 && t[n-1] == 'f' {
			n -= 11 // "a four-and-a-half-year deal": "four"
		}
		if k < 3 || !wordIn(amount.TimeUnits, t[k+1:]) || !durationCounts.Has(t[:n]) || a.textIn(i+1, "international internationals cricket format series match") {
			continue // and "a one-day international" or "series" names a kind of match
		}
		a.add(Quantity, i, i+1, -1)
		a.claim(i, i+1)
	}
}

// coordinate returns the end of a latitude or longitude that starts at
// position c ("61°12′N", "9°48′E", "61.2°N", "33°51′35″S"), or c: a number
// with "°", perhaps minutes and seconds with their marks, and a compass
// letter, all glued.
func (a *annotator) coordinate(c int) int {
	if a.kind(c) != tokenize.Number || a.kind(c+1) != tokenize.Symbol || !a.isPunctOrSymbol(c+1, "°") || a.shapeOf(c+1)&shGlued == 0 {
		return c
	}
	e := c + 2
	// minutes, then seconds, with their marks: "′" or "'", "″" or '"'
	for _, marks := range [...][2]string{{"′", "'"}, {"″", "\""}} {
		if a.kind(e) == tokenize.Number && a.shapeOf(e)&shGlued != 0 && a.shapeOf(e+1)&shGlued != 0 &&
			(a.isPunctOrSymbol(e+1, marks[0]) || a.isPunctOrSymbol(e+1, marks[1])) {
			e += 2
		}
	}
	if k := a.kind(e); k != tokenize.Word && k != tokenize.Abbrev || a.shapeOf(e)&shGlued == 0 {
		return c
	}
	if a.textIn(e, "N S E W N. S. E. W.") { // "S." ends a sentence
		return e + 1
	}
	return c
}

// isPunctOrSymbol reports whether position i is a punctuation or symbol
// token whose text is s.
func (a *annotator) isPunctOrSymbol(i int, s string) bool {
	k := a.kind(i)
	return (k == tokenize.Punct || k == tokenize.Symbol) && string(a.text(i)) == s
}

// numericFilter is false only in a test that checks, with every position
// tried, that mayStartNumeric passes over no span.
var numericFilter = true

// mayStartNumeric reports whether date or amount may find a span that
// starts at position i, in range. Most positions near an anchor are
// words that start neither ("said", "the" aside: "of", "company"): the
// tests below are the first ones date, dateCore, approxPrefix,
// digitsBand and amountCore make of a position that is no Number or
// Currency, and a position that passes none of them gets i back from
// both, with nothing added. Keep them in step with those functions.
func (a *annotator) mayStartNumeric(i int) bool {
	const starts = wPrep | wDateStart | wBoundStart | wAmountStart
	p := &a.pos[i]
	switch {
	case p.kind == tokenize.Number || p.kind == tokenize.Currency:
		return true
	case flagSets[p.cls]&starts != 0 || a.tbits[i]&tbOdd != 0:
		return true
	case p.sh&shUpper != 0 && a.kind(i+1) == tokenize.Currency:
		return true // "US$5 million", "R$ 3 bn" (see amountCore)
	case p.kind == tokenize.Abbrev && a.kind(i+1) == tokenize.Number:
		return a.textIs(i, "c.") || p.wid == wdRsDot // "c. 950 AD" (see dateCore), "Rs. 45,000" (see amountCore)
	}
	switch p.wid {
	case wdThe, wdAt, wdShortly, wdJust, wdSoon, wdWell, wdLong, wdEvery, // date
		wdLow, wdMid, wdHigh: // digitsBand
		return true
	}
	return false
}

// midYear reports whether position i is "mid-2025", "early-2024",
// "late-1990" or, of a decade, "mid-1990s".
func (a *annotator) midYear(i int) bool {
	var small [16]byte
	if !a.isWord(i) || a.tbits[i]&tbOdd == 0 {
		return false
	}
	t := a.text(i)
	decade := len(t) > 0 && t[len(t)-1] == 's'
	if decade {
		t = t[:len(t)-1]
	}
	if len(t) < 8 {
		return false
	}
	k := len(t) - 5
	if t[k] != '-' {
		return false
	}
	if v, ok := plainInt(t[k+1:]); !ok || v < 1800 || v > 2100 || decade && v%10 != 0 {
		return false
	}
	return wordIn("mid early late", lowerSmall(&small, t[:k]))
}

// nextAnchor returns the first anchor at or after position i, or a.n. An
// anchor can be the core of a numeric span: a number, a currency sign, a
// word of anchorClasses or, for oddAnchor, a word such as "Q3". Only the
// positions that positions marked in a.anchors are looked at.
func (a *annotator) nextAnchor(i int) int {
	pos, tbits, anchors := a.pos, a.tbits, a.anchors // a.n of each, and a bit for each
	if i < 0 || len(tbits) != len(pos) || (len(pos)+63)/64 > len(anchors) {
		return a.n
	}
	for ; i < len(pos); i++ {
		// the next marked position, as bits.TrailingZeros64 finds it
		b := anchors[i>>6] >> (i & 63)
		if b == 0 {
			i |= 63 // none in the rest of the block
			continue
		}
		if i += bits.TrailingZeros64(b); i >= len(pos) {
			break
		}
		switch p := &pos[i]; p.kind {
		case tokenize.Number, tokenize.Currency:
			return i
		case tokenize.Word, tokenize.Abbrev:
			// a part of the day anchors only "this morning", "last
			// night" (see relative): "night" alone is common
			if c := flagSets[p.cls] & anchorClasses; c != 0 && (c != wMargin || a.wordAmong(i-1, wdThis, wdLast) || !a.wordAmong(i, wdMorning, wdAfternoon, wdEvening, wdNight)) {
				return i
			}
			if tbits[i]&tbOdd != 0 && a.oddAnchor(i) {
				return i
			}
		}
	}
	return a.n
}

// fiscalYear reports whether t is a fiscal year written "FY" and the
// year it ends in, "FY26", "FY2026", or the two calendar years it spans:
// "FY2026-27"; also with its quarter or half glued before it, "Q2FY26".
func fiscalYear(t []byte) bool {
	if len(t) > 5 && quarterOrHalf(t[:2]) {
		t = t[2:]
	}
	if len(t) < 4 || t[0] != 'F' || t[1] != 'Y' {
		return false
	}
	if len(t) == 4 || len(t) == 6 {
		v, ok := plainInt(t[2:])
		return ok && (len(t) == 4 || v >= 1900 && v <= 2100)
	}
	if len(t) != 9 || t[6] != '-' {
		return false
	}
	v, ok := plainInt(t[2:6])
	w, ok2 := plainInt(t[7:])
	return ok && ok2 && v >= 1900 && v <= 2100 && w == (v+1)%100
}

// shortDays are the days of the week written short.
const shortDays = "Mon Tue Wed Thu Fri Sat Sun"

// oddAnchor reports whether a word or abbreviation of two bytes or with a
// hyphen is an anchor: "Q3", "H1", "mid-March", "mid-2024", "one-third";
// or may be one, a short weekday such as "Mon" or "Tue-Sun" (dateCore
// tells).
func (a *annotator) oddAnchor(i int) bool {
	t := a.text(i)
	return len(t) == 2 && (t[0] == 'Q' || t[0] == 'H') || a.efScale(i) || len(t) == 3 && t[1] > 'Z' || len(t) == 7 && t[3] == '-' && t[4] <= 'Z' || len(t) > 2 && t[0] == 'T' && t[1] == '-' || flightLevel(t) || fiscalYear(t) || len(t) >= 7 && containsByte(t, '-') && (a.midMonth(i) || a.midYear(i) || a.fraction(i) > i)
}

// efScale reports whether position i rates a tornado on the Enhanced
// Fujita scale, "EF4" or "EF-4" before "tornado": a measure with its
// scale, as "Category 4 hurricane" is.
func (a *annotator) efScale(i int) bool {
	t := a.text(i)
	n := len(t)
	return (n == 3 || n == 4 && t[2] == '-') && t[0] == 'E' && t[1] == 'F' && t[n-1] >= '0' && t[n-1] <= '5' &&
		a.sameTextIn(i, i+1, "tornado tornadoes twister Tornado")
}

// flightLevel reports whether t is a flight level, "FL" and two or three
// digits: "FL350", "FL80".
func flightLevel(t []byte) bool {
	_, ok := plainInt(t[min(2, len(t)):])
	return len(t) >= 4 && len(t) <= 5 && t[0] == 'F' && t[1] == 'L' && ok
}

func containsByte(t []byte, c byte) bool {
	for _, b := range t {
		if b == c {
			return true
		}
	}
	return false
}

// unitSuffix reports whether suf, glued to a number, is a unit of
// measure: "96mph", "30C", "5km", "1.2GW".
func unitSuffix(suf []byte) bool {
	var small [16]byte
	if wordIn("C F K", suf) {
		return true
	}
	if wordIn("G X IN In T", suf) {
		return false // "5G" networks, not grams; "g", "x", "in" and "t" (tonnes) only in lower case
	}
	return unitWords.Has(lowerSmall(&small, suf))
}

// unitWords are the units unitSuffix knows, in lower case, with the
// emissions literature's gigatonnes and megatonnes ("Gt", "GtCO2e",
// "MtCO2"). A table is data; a switch over the same strings compiles to
// code, which costs the wasm download more.
var unitWords = wordset.Of("mph|kph|kmh|km|kg|mg|mm|cm|ml|ft|lb|lbs|mw|gw|kw|kwh|mwh|gwh|twh|mbps|gbps|gb|tb|mb|hz|ghz|mhz|mi|sq|ha|oz|mt|bpd|g|mah|nm|w|mp|in|x|bp|bps|gt|gtco2|gtco2e|mtco2|mtco2e|tco2|tco2e|gtco₂|mtco₂|wh|tops|tflops|mmol|nmol|pmol|iu|mcg|t|kts|teu|feu|kn|lbf|bbl|boe|hpa|mbar")

// unitAfter returns the end of a unit of measure that starts at position j,
// right after a number: a degree sign glued to it with its scale ("°C",
// "°F"), or a unit ("GW", "km", "kWh"), with a glued "/h" or "/s" ("km/h");
// j if there is none.
func (a *annotator) unitAfter(j int) int {
	e := j
	if a.wordPair(j, wdParts, wdPer) && a.sameIs(j, j+2, wScale) {
		return j + 3 // "427 parts per million"
	}
	switch t := a.text(j); {
	case a.kind(j) == tokenize.Symbol && string(t) == "°" && a.shapeOf(j)&shGlued != 0:
		e = j + 1
		// not "F." at the end of a sentence, one token with its stop
		if u := a.text(e); a.shapeOf(e)&shGlued != 0 && len(u) == 1 && (u[0] == 'C' || u[0] == 'F') {
			e++
		}
		return e
	case a.kind(j) == tokenize.Symbol && string(t) == "°" && a.shapeOf(j+1)&shGlued != 0 && a.textIn(j+1, "C F C. F."):
		if a.kind(j+1) == tokenize.Word {
			return j + 2 // "40.2 °C"
		}
		return j + 1 // "reached 40.2 °C.": not the sentence's stop
	case a.kind(j) == tokenize.Word && wordIn("C F ºC ºF", t):
		return j + 1 // "41.6 C", "40 ºC" (an ordinal sign for a degree)
	case wordIn("x ×", t) && a.kind(j+1) == tokenize.Number && a.kind(j-1) == tokenize.Number && len(a.text(j-1)) > 2:
		return j + 2 // "3024 x 1964": a screen's width by height, no year
	case a.kind(j) == tokenize.Word && (len(t) > 1 || t[0] == 'W' && a.shapeOf(j+1)&shUpper == 0 && a.kind(j+1) != tokenize.Number) && unitSuffix(t) && !wordIn("mi sq mt in mp bp", t):
		// "65 W", but not the street of "350 W 42nd St"
		e = j + 1
	case a.kind(j) == tokenize.Abbrev && wordIn("ft. lb. lbs. oz.", t):
		e = j + 1 // "3,400 ft." at a sentence's end, whose stop add leaves out
	case a.wordAmong(j, wdUnder, wdOver) && a.sameWord(j, j+1, wdPar):
		return j + 2 // "12 under par", a golf score
	case a.kind(j) == tokenize.Word && string(t) == "sq" && a.sameTextIn(j, j+1, "mi km ft m yd miles metres meters feet"):
		return j + 2 // "18.8 sq mi"
	case a.kind(j) == tokenize.Word && len(t) == 1 && (t[0] == 'm' || t[0] == 'g' || t[0] == 'l' || (t[0] == 't' || t[0] == 'b') && a.isPunct(j+1, '/')) && !a.countedAfter(j+1):
		// "412 m (1,352 ft)", "a depth of 220 m in 2011": a metric unit
		// standing apart; "5 m people" counts millions
		e = j + 1
	default:
		return j
	}
	return a.perHour(e)
}

// perHour returns the end of the units glued at e to a unit after a "/",
// "/h", "/s", "/d" or "/yr" as in "km/h" or "Ml/d" (megalitres a day), or
// of a dose or a lab value, "mg/kg", "mg/kg/day", "mmol/L"; or e.
func (a *annotator) perHour(e int) int {
	for a.isPunct(e, '/') && a.shapeOf(e)&shGlued != 0 && a.shapeOf(e+1)&shGlued != 0 && a.textIn(e+1, "h hr s sec d yr kg L l dL dl day min ha H") {
		e += 2
	}
	return e
}

// digitsOf returns the leading digits part of a Number token's text and the
// glued suffix after it ("35bn" -> "35", "bn"; "17 842" is all digits,
// its space grouping thousands).
func digitsOf(text []byte) (num, suffix []byte) {
	j := 0
	switch {
	case len(text) > 3 && string(text[:3]) == "+/-":
		j = 3 // a margin, "+/-3", "+/- 3"
		if text[j] == ' ' {
			j++
		}
	case len(text) > 2 && string(text[:2]) == "±":
		j = 2 // "±3"
	case j < len(text) && (text[j] == '-' || text[j] == '+'):
		j++
	case len(text) > 3 && text[0] == 0xe2 && string(text[:3]) == "−":
		j += 3
	}
	for j < len(text) {
		c := text[j]
		if c >= '0' && c <= '9' {
			j++
			continue
		}
		if (c == ',' || c == '.' || c == '\'' && j > 0) && j+1 < len(text) && text[j+1] >= '0' && text[j+1] <= '9' {
			j++ // "1,250", "1.5", "1'250"
			continue
		}
		if c == 0xe2 && j > 0 && j+3 < len(text) && text[j+1] == 0x80 && text[j+2] == 0x99 && text[j+3] >= '0' && text[j+3] <= '9' {
			j += 3 // "1’250"
			continue
		}
		if s := tokenize.ThousandsSpace(text, 0, j); s > 0 {
			j += s // "17 842"
			continue
		}
		if c == 0xc2 && j > 0 && j+1 < len(text) && text[j+1] >= 0xbc && text[j+1] <= 0xbe {
			j += 2 // "12½", "3¾"
		}
		break
	}
	return text[:j], text[j:]
}

// plainInt returns the value of text if it is only ASCII digits (at most 9).
func plainInt(text []byte) (int, bool) {
	if len(text) == 0 || len(text) > 9 {
		return 0, false
	}
	v := 0
	for _, c := range text {
		if c < '0' || c > '9' {
			return 0, false
		}
		v = v*10 + int(c-'0')
	}
	return v, true
}

// isYear reports whether position i is a Number that reads as a year
// ("2024"), a financial year ("2022-23") or years from one to a later
// one ("1942-2026").
func (a *annotator) isYear(i int) bool {
	if a.kind(i) != tokenize.Number {
		return false
	}
	t := a.text(i)
	if (len(t) == 7 || len(t) == 9) && (t[4] == '-' || t[4] == '/') {
		// a financial year: "2022-23", "2026/27"; a period of years,
		// "2027-30", "1971-99" (but "2000-50 homes" is a count and "2001-95"
		// a code)
		v, ok := plainInt(t[:4])
		w, ok2 := plainInt(t[5:])
		return ok && ok2 && v >= 1800 && v <= 2100 && (w == (v+1)%100 || w > v && w <= 2100 || len(t) == 7 && w > v%100 && (w <= v%100+10 || v%100 != 0 && v < 2000))
	}
	v, ok := plainInt(t)
	return ok && len(t) == 4 && v >= 1800 && v <= 2100
}

// sameYear reports whether position j is a year and in the sentence of
// position i: a.isYear(j) && a.same(i, j), in one call for the size of the
// wasm build.
func (a *annotator) sameYear(i, j int) bool {
	return a.isYear(j) && a.same(i, j)
}

// isDecade reports whether position i is a decade: "1990s", "’90s".
func (a *annotator) isDecade(i int) bool {
	if a.kind(i) != tokenize.Number {
		return false
	}
	t := a.text(i)
	n := len(t)
	if n < 3 || t[n-1] != 's' || t[n-2] != '0' {
		return false
	}
	if v, ok := plainInt(t[:n-1]); ok && n == 5 && v >= 1000 && v <= 2100 {
		return true
	}
	return t[0] == '\'' || (n >= 6 && string(t[:3]) == "’")
}

// dayNum reports whether position i is a day of the month: "3", "21st".
func (a *annotator) dayNum(i int) bool {
	if a.kind(i) != tokenize.Number {
		return false
	}
	num, suf := digitsOf(a.text(i))
	v, ok := plainInt(num)
	if !ok || v < 1 || v > 31 || len(num) > 2 {
		return false
	}
	return len(suf) == 0 || wordIn("st nd rd th", suf)
}

// ordNum reports whether position i is a number written as an ordinal:
// "48th", "101st".
func (a *annotator) ordNum(i int) bool {
	var small [16]byte
	_, suf := digitsOf(a.text(i))
	return a.kind(i) == tokenize.Number && wordIn("st nd rd th", lowerSmall(&small, suf))
}

// hourWord reports whether the number word at c, with nothing counted
// after it, is an hour after a preposition of time: "shortly after nine",
// "until eleven".
func (a *annotator) hourWord(c int) bool {
	if !a.isLowerWord(c) || !a.isLowerWord(c-1) || !a.same(c-1, c) || !a.free(c-1, c) {
		return false
	}
	if !a.textIn(c-1, "after before until till past") ||
		!a.textIn(c, "one two three four five six seven eight nine ten eleven twelve") {
		return false
	}
	// not "after two years" nor "after nine of them"
	return !a.same(c, c+1) || a.kind(c+1) == tokenize.Punct && !a.isPunct(c+1, '%') || a.word(c+1, wdOClock)
}

// timing reports whether the Number at i, with a fraction, counts seconds
// or minutes: a measured time ("50.12 seconds", "3.5 minutes"), a quantity
// rather than a stretch of time.
func (a *annotator) timing(i int) bool {
	if !a.same(i, i+1) {
		return false
	}
	return containsByte(a.text(i), '.') && a.textIn(i+1, "seconds second minutes minute secs sec mins min") || a.is(i+1, wTimeUnit) && a.measuredSpan(i)
}

// measuredSpan reports whether the number at i, before a unit of time,
// is a length a trial measured, "Median overall survival was 14.2
// months against 10.9 months", "a median follow-up of 24 months": a
// quantity, not a date.
func (a *annotator) measuredSpan(i int) bool {
	if !a.textIn(i-1, "was were is of against versus vs and") {
		return false // "Median prices rose in the past 12 months": a date
	}
	for k := i - 2; k >= i-8 && a.same(k, i); k-- {
		if a.textIn(k, "median Median survival follow-up") {
			return true
		}
	}
	return false
}

// upParticle reports whether the word at i takes "up" as a particle, so
// that "up to" after it is a movement or a total, not a bound: "ticked up
// to 4.4%", "adds up to £196", but "killed up to 40 people".
func (a *annotator) upParticle(i int) bool {
	if !a.isLowerWord(i) || !a.same(i, i+1) {
		return false
	}
	return wordIn("ticked ticks tick edged edges inched inches crept creeps went goes go gone going rose rises risen rising climbed climbs climbing "+
		"jumped jumps shot moved moves revised ramped stepped add adds added adding", a.text(i))
}

// roundedUp reports whether the "up" at position i belongs to a verb
// "round" up to three words before it: "rounding it up to 30%" states a
// figure rounded, not a bound "up to 30%".
func (a *annotator) roundedUp(i int) bool {
	for k := i - 1; k >= i-3 && k >= 0 && a.same(k, i); k-- {
		if t := a.text(k); len(t) >= 5 && t[0]|0x20 == 'r' && wordIn("round rounds rounded rounding Round Rounding Rounded", t) {
			return true
		}
	}
	return false
}

// dayRange reports whether position i is a range of days written as one
// number: "27-28" in "Jan. 27-28".
func (a *annotator) dayRange(i int) bool {
	if a.kind(i) != tokenize.Number {
		return false
	}
	lo, hi, ok := shortPair(a.text(i))
	return ok && lo >= 1 && lo < hi && hi <= 31
}

// isMonth reports whether position i is a capitalized month name, or a
// "mid-March" style word.
func (a *annotator) isMonth(i int) bool {
	if i < 0 || i >= a.n || a.shapeOf(i)&shUpper == 0 && !a.midMonth(i) {
		return false
	}
	return a.fl(i)&wMonth != 0 || a.midMonth(i)
}

// midMonth reports whether position i is "mid-March", "early-May" or kin,
// or two months joined by a hyphen, a period: "January-March".
func (a *annotator) midMonth(i int) bool {
	var small [16]byte
	if !a.isWord(i) || a.tbits[i]&tbOdd == 0 {
		return false
	}
	t := a.text(i)
	if k := bytes.IndexByte(t, '-'); k > 2 && t[0] <= 'Z' && k+1 < len(t) && t[k+1] <= 'Z' {
		c, _, _ := a.lookup(t[:k])
		d, _, _ := a.lookup(t[k+1:])
		return flagSets[c]&flagSets[d]&wMonth != 0
	}
	if len(t) < 7 || t[3] != '-' && t[4] != '-' && t[5] != '-' {
		return false
	}
	for _, p := range []string{"mid-", "early-", "late-"} {
		if len(t) > len(p) && string(lowerSmall(&small, t[:len(p)])) == p {
			c, _, _ := a.lookup(t[len(p):])
			f := flagSets[c]
			return f&wMonth != 0
		}
	}
	return false
}

// labelWords are the words that make a number right after them a label
// rather than an amount, in lower case: "lap 41", "a band 5 nurse",
// "grade 2 listed", "tier 2". "Year" is one more, with its capital
// (schoolYear): "Year 9 pupils" is a class, while "in a year 9 people
// died" counts. The date annotator takes such a number, in any case and
// after "Year" unless it has four digits ("the Year 2000 problem"), for no
// quantity; the featurizer gives it as the word "<label>", and so a number
// after looseLabelWords.
const labelWords = "lap band grade tier"

// schoolYear reports whether the word w, as written, is "year" with its
// capital, "Year" or "YEAR", which before a number names a class at
// school (see labelWords).
func schoolYear(w []byte) bool {
	return len(w) == 4 && w[0] == 'Y' && w[1]|0x20 == 'e' && w[2]|0x20 == 'a' && w[3]|0x20 == 'r'
}

// looseLabelWords are two words more whose number is a label more often
// than not, "alert level 3", "stage 4 cancer", but at times an amount:
// "sea level 2 metres higher", "at this stage 40% of", "flight level 350".
// The featurizer, for which a wrong label costs one feature, takes them;
// the date annotator, which would lose a quantity, does not.
const looseLabelWords = "level stage"

// date tries a date at position i and returns the end position, or i.
func (a *annotator) date(i int) int {
	start := i
	// The word at i, tested against a dozen below: a.word(i, w) is id
	// == w, with one look at the position.
	id := wordID(0)
	if uint(i) < uint(len(a.pos)) {
		id = a.pos[i].wid
	}
	// "will last five days": "last" is the verb, and the period after it
	// a duration
	if id == wdLast && a.sameTextIn(i, i-1, "will would could may might can should must") {
		return i
	}
	if a.kind(i) == tokenize.Number {
		// mission time, "T+97 seconds", "T+97s": a moment of a flight
		if a.textIs(i-1, "+") && a.textIs(i-2, "T") && a.shapeOf(i)&a.shapeOf(i-1)&shGlued != 0 && a.free(i-2, i) {
			j := a.dateCore(i)
			if _, suf := digitsOf(a.text(i)); wordIn("s m h min sec", suf) {
				j = i + 1
			}
			if j > i {
				return a.emitDate(i-2, j)
			}
		}
		// "the Employment Rights Act 1996": a law named with its year,
		// after "the", is a rule ("under the Trade Union Act 2016" is
		// found with "under"; "of Crime Act 2002" is only part of a name)
		if a.wordAmong(i-1, wdAct, wdRegulations, wdRules) && a.shapeOf(i-1)&shUpper != 0 && a.same(i-1, i) && a.isYear(i) {
			p := i - 1
			for a.same(p-1, i) && a.shapeOf(p-1)&shUpper != 0 && a.isWord(p-1) {
				p--
			}
			if a.word(p-1, wdThe) {
				p--
			}
			if a.word(p, wdThe) && !a.word(p-1, wdUnder) && !(a.word(p-1, wdOf) && a.kindIn(p-2, tokenize.Number, tokenize.Punct)) {
				a.add(Rule, p, i+1, -1)
			}
		}
		// "paragraph 11(d) of the NPPF", "section 106 of the Town and
		// Country Planning Act 1990": a part of a law, named with the
		// law, is a rule ("under section 288 of …" and "contrary to
		// section 4 of …" are found with their phrase)
		if (a.wordAmong(i-1, wdSection, wdArticle, wdParagraph, wdRegulation, wdSchedule) || a.textIs(i-1, "s.")) && a.same(i-1, i) && !a.word(i-2, wdUnder) && !a.word(i-2, wdTo) {
			if e := a.lawOf(i + 1); e > 0 {
				a.add(Rule, i-1, e, -1)
			}
		}
		// "4 minute read", a page's reading time: no date, no quantity
		if a.sameWord(i, i+2, wdRead) && a.textIn(i+1, "minute minutes min mins") {
			a.claim(i, i+3)
			return i + 3
		}
		// "lap 41", "lap 18 of 71", "a band 5 nurse", "grade 2 listed":
		// the number labels a lap or a grade, and counts nothing nor
		// gives a share
		if a.same(i-1, i) && uint(len(a.text(i-1))-3) <= 2 && (a.lowerIn(i-1, labelWords) || schoolYear(a.text(i-1)) && len(a.text(i)) < 4) { // each has three to five letters
			j := i + 1
			if a.word(j, wdOf) && a.sameKind(i, j+1, tokenize.Number) {
				j += 2
			}
			a.claim(i, j)
			return j
		}
	}
	// "by the end of 2027", "at the start of next year", "by the end of
	// the year", "in the last quarter of 2025"
	k := i + 1
	if id == wdThe && (a.is(i-1, wPrep) || a.word(i-1, wdAt)) && a.same(i-1, i) && a.free(i-1, i) {
		start, k = i-1, i // "by" is further from "year" than an anchor's reach
	} else if id == wdThe && a.wordAmong(i+2, wdMonths, wdTo) {
		k = i // "cover the three months to September", "the year to March"
	}
	if (a.is(start, wPrep) || a.word(start, wdAt) || k == i) && a.word(k, wdThe) && a.same(i, k+3) {
		if a.isMonth(k+1) && a.word(k+2, wdQuarter) {
			j := k + 3 // "in the September quarter", "by the June quarter of 2027": the quarter that ends with the month
			if a.word(j, wdOf) && a.sameYear(i, j+1) {
				j += 2
			}
			return a.emitDate(start, j)
		}
		of := k + 2
		if a.wordAmong(k+1, wdLast, wdFinal, wdFirst, wdSecond, wdThird, wdFourth) &&
			a.wordAmong(k+2, wdQuarter, wdHalf, wdWeek, wdMonth) {
			of = k + 3 // "the last quarter of"
		} else if a.wordAmong(k+1, wdFirst, wdLast) && a.is(k+3, wTimeUnit) && (a.is(k+2, wNumWord) || a.kind(k+2) == tokenize.Number) {
			of = k + 4 // "the first three months of"
		} else if !a.word(k+2, wdOf) || !a.lowerIn(k+1, "end start beginning middle close turn") { // "of" first, the cheaper test
			of = -1
		}
		// "in the year to September", "in the 12 months to March": the
		// period that ends with the date, not the date alone
		to := k + 2
		if a.word(k+2, wdMonths) && (a.kind(k+1) == tokenize.Number || a.is(k+1, wNumWord)) {
			to++
		}
		if a.word(to, wdTo) && (to > k+2 || a.word(k+1, wdYear)) && a.same(i, to+1) {
			of = to
		}
		if of > 0 && a.wordAmong(of, wdOf, wdTo) && a.same(i, of+1) {
			e := of + 1
			if of == to && a.word(e, wdThe) && a.textIs(e+1, "end") && a.word(e+2, wdOf) {
				e += 3 // "the three months to the end of September"
			}
			if j := a.dateCore(e); j > e || of == to && a.textIs(e, "date") {
				return a.emitDate(start, max(j, e+1)) // "in the year to date"
			}
			if a.word(of+1, wdThe) && a.sameAmong(i, of+2, wdYear, wdMonth, wdWeek, wdDecade, wdQuarter) {
				return a.emitDate(start, of+3) // "by the end of the year"
			}
		}
	}
	// how near or far from it: "shortly after midnight", "just before
	// 9 a.m.", "long after 2020"
	if (id == wdShortly || id == wdJust || id == wdSoon || id == wdWell || id == wdLong) &&
		a.wordAmong(i+1, wdAfter, wdBefore) && a.same(i, i+2) {
		if j := a.dateCore(i + 2); j > i+2 {
			return a.emitDate(start, j)
		}
	}
	// a period that recurs: "every six weeks", "every Monday"
	if id == wdEvery && a.same(i, i+1) {
		if j := a.dateCore(i + 1); j > i+1 {
			return a.emitDate(start, j)
		}
	}
	if a.sameIs(i+1, i, wPrep) {
		b := i + 1
		if a.wordPair(b, wdAt, wdLeast) {
			b += 2 // "until at least 2pm"
		}
		if j := a.dateCore(b); j > b && a.prepFits(i, i+1) && !a.marginBy(i, j) {
			if id == wdFrom && a.word(j, wdTo) {
				if e := a.dateCore(j + 1); e > j+1 && a.same(i, e-1) {
					j = e // "from 3 November to 15 December": one period
				} else if a.is(j-1, wTimeUnit) && (a.is(j+1, wNumWord) || a.kind(j+1) == tokenize.Number && !a.isYear(j+1)) && a.same(i, j+1) && !a.countable(j+2) && !a.is(j+2, wScale|wPercentWord) {
					j += 2 // "cut the ban from four years to two": one range of years
				}
			}
			if id == wdBetween {
				e := 0
				if a.word(j, wdAnd) && a.same(i, j+1) {
					e = a.dateCore(j + 1)
				}
				if e > j+1 {
					j = e // "between July 2022 and September 2023": one period
				} else if start == i && !a.andWithin(i+1, j) {
					// "between 2021, the year he took office, and 2024":
					// the range's other end is out of reach, and half a
					// range is no "between 2021"
					return a.emitDate(i+1, j)
				}
			}
			if id == wdOn && a.kind(i-1) == tokenize.Percent && a.free(i, i+1) && !a.is(i+1, wWeekday) && !a.isMonth(i+1) && !a.dayNum(i+1) {
				a.claim(i, i+1)
				start = i + 1 // "up 6% on a year earlier", "up 55% on 2023/24": the base of a change, not a day
			}
			if id == wdOn && j == i+2 && a.isMonth(i+1) && a.textIn(i-1, "decide decided decides agree agreed vote voted") {
				start = i + 1 // "decide on August output": what is decided, no day "on" it
			}
			return a.emitDate(start, j)
		}
	}
	if j := a.dateCore(i); j > i {
		// a time word with "early", "late", "mid" before it
		return a.emitDate(start, j)
	}
	// named days: "Black Friday", "Cyber Monday", "Boxing Day", "Good Friday"
	if a.is(i, wWeekday|wTimeUnit) && (a.is(i, wWeekday) || a.textIs(i, "Day")) && a.same(i-1, i) && a.textIn(i-1, "Black Cyber Boxing Prime Good Easter") {
		return a.emitDate(i-1, i+1)
	}
	return i
}

// andWithin reports whether an "and" stands in the positions [i, j): a
// range the date core read itself, "2021 and 2024".
func (a *annotator) andWithin(i, j int) bool {
	for k := i; k < j; k++ {
		if a.word(k, wdAnd) {
			return true
		}
	}
	return false
}

// prepFits reports whether the preposition at i belongs to the date at j.
func (a *annotator) prepFits(i, j int) bool {
	switch {
	case a.wordAmong(i, wdFor, wdOver, wdWithin):
		// durations and periods: "for three years", "over the past decade"
		return a.is(j, wNumWord|wRelMod|wApprox) || a.kind(j) == tokenize.Number || a.wordAmong(j, wdThe, wdA, wdDecades, wdYears, wdMonths, wdCenturies)
	case a.word(i, wdIn):
		// "pencilled in last year": "last year" takes no "in", nor "this
		// evening" ("tuning in this evening"); nor does a
		// decade that qualifies the next word, "in 1950s Herefordshire"
		return !a.wordAmong(j, wdLast, wdThis) && !(a.isDecade(j) && a.sameKind(j, j+1, tokenize.Word))
	}
	// nor a year that names the noun after it, "after 2026 election"
	return !(a.wordAmong(i, wdAfter, wdBefore) && a.isYear(j) && a.sameCountable(j, j+1) && !a.plural(j+1) && !a.is(j+1, wNumWord))
}

// marginBy reports whether "by" at i measures the span of time up to j
// rather than setting a deadline: "won by 90 seconds", "delayed by two
// years", but "by 2027", "by next year".
func (a *annotator) marginBy(i, j int) bool {
	if !a.word(i, wdBy) || !a.is(j-1, wTimeUnit) {
		return false
	}
	return a.kind(i+1) == tokenize.Number && !a.isYear(i+1) || a.is(i+1, wNumWord|wApprox) || a.wordAmong(i+1, wdA, wdAn)
}

func (a *annotator) emitDate(i, j int) int {
	if !a.free(i, j) {
		return i
	}
	if a.earlyAs(i) && a.sameWord(i, i-3, wdAs) && a.free(i-3, i) {
		a.add(Date, i-3, j, -1) // "as early as 2028": a date, not an approximate duration
		a.claim(i-3, j)
		return j
	}
	a.claim(i, j)
	// an approximate or bounded duration is a quantity, with the number it
	// states, and not a date as well: "nearly two decades", "just 58
	// minutes", "up to 11 years" (not a time near another, "just before
	// 9 a.m.", nor a time counted from another, "about 40 minutes later");
	// a delay is one too: "opened two years late"
	if a.is(i, wApprox) && a.kind(i) == tokenize.Word && !a.wordAmong(i, wdOver, wdFor) && !a.wordAmong(j-1, wdAgo, wdLater, wdEarlier) && !a.wordAmong(i+1, wdAfter, wdBefore) && a.eraYear(j-2) != j && !a.isYear(j-1) || a.sameWord(i, j, wdLate) { // "circa 1020 AD", "circa 1900" are dates
		if a.negatedBound(i) {
			i-- // "no more than 5 years": at most five, the opposite of "more than"
			a.claim(i, i+1)
		}
		a.add(Quantity, i, j, -1)
		return j
	}
	if e := a.payWeeks(j); e > j && a.free(j, e) {
		a.add(Quantity, i, e, -1) // pay counted in weeks: no date
		a.claim(j, e)
		return e
	}
	a.add(Date, i, j, -1)
	return j
}

// payWeeks returns the end of what makes a length of time ending before j
// a sum of pay, "16 weeks’ pay", "two weeks per year of service", or j.
func (a *annotator) payWeeks(j int) int {
	e := j
	if !a.is(j-1, wTimeUnit) {
		return j
	}
	if a.textIn(j, "' ’") && a.shapeOf(j)&shGlued != 0 && a.textIn(j+1, "pay salary wages") && a.same(j, j+1) {
		e += 2
	}
	if a.word(e, wdPer) && a.word(e+1, wdYear) && a.word(e+2, wdOf) && a.textIs(e+3, "service") && a.same(j, e+3) {
		e += 4
	}
	return e
}

// negatedBound reports whether "no" or "not" comes right before "more",
// "less" or "fewer" at i and is free to join its span: "no more than
// £2,500" bounds an amount from above, as "more than" alone does not.
func (a *annotator) negatedBound(i int) bool {
	return a.wordAmong(i, wdMore, wdLess, wdFewer) && a.sameAmong(i, i-1, wdNo, wdNot) && a.free(i-1, i)
}

// earlyAs reports whether "early as", "late as", "soon as" or "recently
// as" comes right before position i, as in "as early as 2028".
func (a *annotator) earlyAs(i int) bool {
	return a.word(i-1, wdAs) && (a.wordAmong(i-2, wdEarly, wdLate, wdSoon) || a.textIs(i-2, "recently"))
}

// dateCore tries a date without a leading preposition at position i.
func (a *annotator) dateCore(i int) int {
	if i >= a.n {
		return i
	}
	switch a.kind(i) {
	case tokenize.Number:
		if j := a.minuteMark(i); j > i {
			return j
		}
		if j := a.numericDate(i); j > i {
			return j
		}
		if j := a.relative(i); j > i {
			return j
		}
		return a.duration(i)
	case tokenize.Word, tokenize.Abbrev:
	default:
		return i
	}
	id := a.pos[i].wid // i is in range: a.word(i, w) is id == w
	// "c." is an abbreviation: a word has no dot (see mayStartNumeric)
	if (id == wdCirca || id == wdCaDot || a.pos[i].kind == tokenize.Abbrev && a.textIs(i, "c.")) && a.same(i, i+1) {
		if j := a.eraYear(i + 1); j > i+1 {
			return j // "c. 950 AD", "circa 1020 AD"
		}
		if v, ok := plainInt(a.text(i + 1)); ok && v >= 1000 && v <= 2100 && !a.sameLower(i+1, i+2) {
			return i + 2 // a work's "(c. 1955)"; not "c. 1500 people"
		}
	}
	if a.kind(i+1) == tokenize.Number {
		if j := a.weekNumber(i); j > i {
			return j // "week 47", "weeks 45 to 47"
		}
	}
	if a.fl(i)&wDateStart == 0 && a.tbits[i]&tbOdd == 0 { // no "mid-March", no "Q3"
		return i
	}
	// "Q3", "Q3 2024", "H1"; tbOdd marks them, and the words with a "-"
	// that midMonth and midYear look for.
	odd := a.tbits[i]&tbOdd != 0
	if id == wdYear && (a.word(i+1, wdTo) && a.sameTextIn(i, i+2, "date") || a.word(i+1, wdOn) && a.sameWord(i, i+2, wdYear)) {
		return i + 3 // "Year to date, electric cars account for 20.4%", "up 112% year on year"
	}
	if odd {
		t := a.text(i)
		if wordIn("year-to-date Year-to-date", t) {
			return i + 1
		}
		// a countdown, "T-47 seconds", "T-97s", a length of time
		// ("T-minus 47 seconds" keeps "47 seconds")
		if len(t) > 2 && t[0] == 'T' && t[1] == '-' {
			if n, suf := digitsOf(t[2:]); len(n) > 0 && len(suf) == 0 && a.sameIs(i, i+1, wTimeUnit) {
				return i + 2
			} else if len(n) > 0 && wordIn("s m h min sec", suf) {
				return i + 1
			}
		}
		if fiscalYear(t) {
			return i + 1 // "FY26", "FY2026-27"
		}
		// days of the week written short, the days a place opens:
		// "Mon–Sat", "Tue-Sun", "Mon - Fri", and "Mon–Sat." at the end of
		// a sentence
		if len(t) == 7 && t[3] == '-' && wordIn(shortDays, t[:3]) && wordIn(shortDays, t[4:]) {
			return i + 1
		}
		if len(t) == 3 && wordIn(shortDays, t) && a.kind(i+1) == tokenize.Dash && a.same(i, i+2) && (wordIn(shortDays, a.text(i+2)) || a.is(i+2, wWeekday)) {
			return i + 3
		}
	}
	if odd && quarterOrHalf(a.text(i)) {
		j := i + 1
		if a.same(i, j) && (a.isYear(j) || a.tbits[j]&tbOdd != 0 && fiscalYear(a.text(j))) {
			j++ // "Q3 2024", "Q3 FY26"
		}
		return a.yearAgo(i, j) // "Q3 last year"
	}
	// "the 1990s", "the 19th century", "the early 2000s"
	if id == wdThe && a.same(i, i+1) {
		k := i + 1
		if a.wordAmong(k, wdEarly, wdLate, wdMid) && a.same(i, k+1) {
			k++
		}
		if a.isDecade(k) {
			return k + 1
		}
		if a.kind(k) == tokenize.Number && a.sameAmong(i, k+1, wdCentury, wdCenturies) {
			return k + 2
		}
		// "on the 12th" after a figure or a date in its sentence: a day
		// of that month (not "the 5th year", nor a fence's "at the 14th");
		// "the 20th of January"
		if a.dayNum(k) && len(a.text(k)) > 2 {
			if m := k + 2; a.word(k+1, wdOf) && a.same(i, m) && a.isMonth(m) && a.shapeOf(m)&shUpper != 0 {
				return max(a.monthDate(m), m+1)
			}
			for p := i - 1; a.same(p, i) && (!a.sameKind(k, k+1, tokenize.Word) || a.textIn(k+1, "to and")) && !a.word(i-1, wdAt); p-- {
				if a.taken(p) {
					return k + 1
				}
			}
		}
		// "the first quarter of 2024", "the second half"
		if a.wordAmong(k, wdFirst, wdSecond, wdThird, wdFourth, wdFinal) &&
			a.sameAmong(i, k+1, wdQuarter, wdHalf) && !a.quartersRun(k+1) { // not "for the second quarter in a row", a run
			k += 2
			if a.word(k, wdOf) && a.same(i, k+1) {
				y := k + 1
				if a.word(y, wdFiscal) && a.same(i, y+1) {
					y++ // "the first half of fiscal 2027"
				}
				if a.isYear(y) {
					return y + 1
				}
				if a.word(k+1, wdThe) && a.sameWord(i, k+2, wdYear) {
					return k + 3
				}
			}
			if a.word(k-1, wdQuarter) || a.isYear(k) {
				if a.sameYear(i, k) {
					return k + 1
				}
				return k
			}
		}
	}
	// weekdays, but not "Black Friday" or "Super Tuesday"
	if a.is(i, wWeekday) && a.shapeOf(i)&shUpper != 0 {
		if a.kind(i+1) == tokenize.Dash && a.same(i, i+2) && a.is(i+2, wWeekday) {
			return a.afterWeekday(i + 3) // "Tuesday–Sunday"
		}
		if p := i - 1; a.same(p, i) && a.shapeOf(p)&shUpper != 0 && a.isWord(p) && a.fl(p)&(wRelMod|wPrep|wDateStart|wWeekday|wMonth) == 0 {
			return i
		}
		return a.afterWeekday(i + 1)
	}
	// months (a word in lower case is a month only as "mid-March")
	if (odd || a.shapeOf(i)&shUpper != 0) && a.isMonth(i) {
		return a.monthDate(i)
	}
	// early/late/mid + month or year: "early 2024", "late March"
	if (id == wdEarly || id == wdLate || id == wdMid) && a.same(i, i+1) {
		if a.isMonth(i + 1) {
			if j := a.monthDate(i + 1); j > i+1 {
				return j
			}
		}
		if a.isYear(i + 1) {
			return i + 2
		}
	}
	if odd && a.midMonth(i) {
		return a.monthDate(i)
	}
	if odd && a.midYear(i) {
		return i + 1
	}
	// seasons with a year: "spring 2024", "summer of 2024", "fiscal 2024"
	if id == wdSpring || id == wdSummer || id == wdAutumn || id == wdFall || id == wdWinter || id == wdFiscal {
		if a.sameYear(i, i+1) {
			return a.yearDash(i + 1)
		}
		if a.word(i+1, wdOf) && a.sameYear(i, i+2) {
			return a.yearDash(i + 2) // "the winter of 1941–42"
		}
		if id != wdFiscal && a.word(i-1, wdThe) && a.word(i-2, wdIn) && a.same(i-2, i) && !a.sameLower(i, i+1) {
			return i + 1 // "publish guidance in the spring"
		}
	}
	// today, yesterday, tonight; "earlier today"
	if a.is(i, wTimeWord) {
		if a.shapeOf(i)&shUpper != 0 && (!a.initial(i) && a.programmeName(i) || (id == wdMidnight || id == wdNoon) && (a.shapeOf(i+1)&shUpper != 0 && a.sameKind(i, i+1, tokenize.Word) && a.fl(i+1)&(wWeekday|wMonth) == 0 || !a.initial(i) && (a.kind(i+1) == tokenize.CloseQuote || a.isPunct(i+1, '(')))) {
			return i // and "Midnight Tariff", a horse, "Swimming Pool at Noon” (1962)", a painting: a name
		}
		j := i + 1
		if k := a.hourDay(i); k > j {
			return k
		}
		if a.sameCountable(i, j) && a.textIs(i, "overnight") {
			return i // an adjective before its noun, "cut overnight shifts": no time
		}
		if a.sameAmong(i, j, wdMorning, wdAfternoon, wdEvening, wdNight) {
			j++
		} else if containsByte(a.text(i), '-') {
			if a.sameYear(i, j) {
				return j + 1 // "third-quarter 2024", "year-end 2025"
			}
			return a.yearAgo(i, j) // "third-quarter last year"
		}
		return j
	}
	if (id == wdEarlier || id == wdLater || id == wdEarly || id == wdLate) && a.same(i, i+1) {
		if a.is(i+1, wTimeWord) {
			return i + 2
		}
		if a.wordAmong(i+1, wdThis, wdLast, wdNext) {
			if j := a.relative(i + 1); j > i+1 {
				return j
			}
		}
		if a.word(i+1, wdIn) && a.same(i, i+2) {
			if j := a.dateCore(i + 2); j > i+2 {
				return j
			}
		}
	}
	// last year, this week, the past two decades, the year ahead
	if j := a.relative(i); j > i {
		return j
	}
	// durations: "two decades", "a decade", "decades"
	if j := a.duration(i); j > i {
		return j
	}
	// "noon", "midnight"
	if id == wdNoon || id == wdMidnight {
		return i + 1
	}
	return i
}

// weekNumber returns the end of a week of the year numbered at i, "week
// 47", "wk 47", or of several, "weeks 45 to 47", "week 51 or 52", or i:
// the number labels the week, as a surveillance report counts them, and
// is no quantity, nor the start of a range with a figure after it ("in
// week 47 to 9.4 per 100,000").
func (a *annotator) weekNumber(i int) int {
	if !a.word(i, wdWeek) && !a.textIn(i, "weeks wk Week") || !a.same(i, i+1) || !weekOfYear(a.text(i+1)) || a.is(i+2, wCountNoun) && !a.is(i-1, wPrep) {
		return i // but "each week 20 people arrive" counts people ("in week 47 admissions rose" has its week)
	}
	j := i + 2
	if (a.wordAmong(j, wdTo, wdAnd, wdOr) || a.kind(j) == tokenize.Dash) && a.same(i, j+1) && weekOfYear(a.text(j+1)) {
		j += 2
	}
	return j
}

// weekOfYear reports whether t is a week's number, 1 to 53.
func weekOfYear(t []byte) bool {
	v, ok := plainInt(t)
	return ok && v >= 1 && v <= 53
}

// hourDay reads an hour of the day named by a word at i, then its day:
// "midday Friday", "midnight on Saturday", "noon on Tuesday". It returns
// the end of the day, or i when no weekday follows.
func (a *annotator) hourDay(i int) int {
	if !a.wordAmong(i, wdNoon, wdMidnight) && !a.textIn(i, "midday") {
		return i
	}
	j := i + 1
	if a.word(j, wdOn) && a.same(i, j+1) {
		j++
	}
	if !a.same(i, j) || !a.is(j, wWeekday) || a.shapeOf(j)&shUpper == 0 {
		return i
	}
	return a.afterWeekday(j + 1)
}

// programmeName reports whether the capitalised time word at i, which
// does not start its sentence, names a programme or a page: after a
// possessive or "the" ("BBC Radio 4’s Today programme", "NBC's Today",
// "the Tonight show"), before a word such as "programme" ("Today
// programme"), or a possessive itself before a capitalised word ("Today's
// Paper").
func (a *annotator) programmeName(i int) bool {
	p := i - 1
	if a.isWord(p) && a.textIs(p, "s") && a.kind(p-1) == tokenize.CloseQuote && a.shapeOf(p)&shGlued != 0 {
		return true // "4’s Today": the tokenizer splits the "’s" of a number
	}
	if a.shapeOf(p)&shPoss != 0 || a.word(p, wdThe) {
		return true
	}
	n := i + 1
	if !a.same(i, n) || !a.isWord(n) {
		return false
	}
	if a.shapeOf(i)&shPoss != 0 && a.shapeOf(n)&shUpper != 0 {
		return true
	}
	return a.textIn(n, "programme programmes program show podcast paper newspaper edition Programme Program Show Podcast Paper Edition")
}

// quarterOrHalf reports whether t names a quarter or a half of a year:
// "Q1" to "Q4", "H1", "H2".
func quarterOrHalf(t []byte) bool {
	return len(t) == 2 && (t[0] == 'Q' && t[1] >= '1' && t[1] <= '4' || t[0] == 'H' && (t[1] == '1' || t[1] == '2'))
}

// afterWeekday extends a weekday date from j: "Tuesday morning",
// "Tuesday, March 3", "Tuesday's".
func (a *annotator) afterWeekday(j int) int {
	if a.sameAmong(j-1, j, wdMorning, wdAfternoon, wdEvening, wdNight) {
		return j + 1
	}
	// "Thursday at 11.": an hour, not a count
	if a.word(j, wdAt) && a.same(j-1, j+1) && (!a.same(j+1, j+2) || a.kind(j+2) == tokenize.Punct) {
		if v, ok := plainInt(a.text(j + 1)); ok && v >= 1 && v <= 12 {
			return j + 2
		}
	}
	if a.isPunct(j, ',') && a.same(j-1, j+1) && a.isMonth(j+1) {
		if k := a.monthDate(j + 1); k > j+1 {
			return k
		}
	}
	if a.same(j-1, j) && a.dayNum(j) && a.isMonth(j+1) && a.same(j, j+1) {
		return a.monthDate(j + 1)
	}
	return j
}

// monthDate reads a date that starts with the month at i: "March",
// "March 3", "March 3, 2024", "March 2024", "March 3rd". A bare "May"
// (also a verb and a surname) needs a day or a year.
func (a *annotator) monthDate(i int) int {
	j := i + 1
	day := false
	if a.same(i, j) && (a.dayNum(j) || a.dayRange(j)) && !a.isYear(j) {
		j++
		day = true
		// a range of days: "Jan. 27–28", "March 3 - 5"
		if a.kind(j) == tokenize.Dash && a.same(i, j+1) && a.dayNum(j+1) {
			j += 2
		}
	} else if a.word(j, wdThe) && a.dayNum(j+1) && len(a.text(j+1)) > 2 && a.same(i, j+1) {
		j += 2 // "June the 11th"
		day = true
	}
	if a.sameYear(i, j) {
		j++
	} else if day && a.isPunct(j, ',') && a.sameYear(i, j+1) {
		j += 2
	} else if !day && a.word(j, wdOf) && a.sameYear(i, j+1) {
		j += 2
	}
	if j == i+1 && a.isWord(i) && len(a.text(i)) <= 4 && !a.wordAmong(i, wdMay, wdJune, wdJuly) {
		return i // "Nov" or "Jan" needs a day or a year: "Jan" is also a name
	}
	if j == i+1 && a.word(i, wdMay) && !a.midMonth(i) {
		// only "in May", "last May", "early May", "the end of May" and the like
		if !(a.is(i-1, wPrep|wRelMod) || a.wordAmong(i-1, wdEarly, wdLate, wdMid) || a.word(i-1, wdOf) && a.lowerIn(i-2, "end start beginning middle close")) || !a.same(i-1, i) {
			return i
		}
	}
	// a period of months: "January–March", "from October to December"
	// (but "from 1 January to 31 March" and "from March 2019 to May 2020"
	// have two dated ends)
	if j == i+1 && (a.word(j, wdTo) || a.kind(j) == tokenize.Dash && !a.emDash(j)) && a.same(i, j+1) && a.shapeOf(j+1)&shUpper != 0 && a.isMonth(j+1) {
		return max(a.monthDate(j+1), j+2)
	}
	// a day before the month: "3 March"
	if j == i+1 || day && j == i+2 {
		return a.yearAgo(i, j) // "in June last year", "on 3 June last year"
	}
	return j
}

// yearAgo returns the end of "last year", "this year" or "next year" at j,
// which places the part of a year that ends at j in the same sentence as
// the part at i: "June last year", "Q3 last year". It returns j if there
// is none.
func (a *annotator) yearAgo(i, j int) int {
	if a.wordAmong(j, wdLast, wdThis, wdNext) && a.sameWord(i, j+1, wdYear) {
		return j + 2
	}
	return j
}

// numericDate reads a date or time that starts with a Number at i:
// "3 March 2024", "2024-03-03", "03/03/2024", "9 a.m.", "10:30", a year,
// a decade.
func (a *annotator) numericDate(i int) int {
	t := a.text(i)
	// days that share the month after the last of them: "7–11 April",
	// "7-11 April", "7 to 11 April", "3, 10 and 17 April"
	k, day := i, a.dayNum(i)
	for day && a.textIn(k+1, "– - to and ,") && a.dayNum(k+2) && a.same(i, k+2) {
		k += 2
	}
	if a.same(i, k+1) && a.isMonth(k+1) && (day || a.dayRange(i)) {
		j := k + 2
		if a.sameYear(i, j) {
			j++
		}
		return j
	}
	if isISODate(t) || isSlashDate(t) || isDotDate(t) {
		// ranges: "between 01/03/2025 and 14/02/2026", "2024-01-01 to 2024-06-30"
		if (a.word(i+1, wdTo) || a.word(i+1, wdAnd) && a.word(i-1, wdBetween)) && a.same(i, i+2) && (isISODate(a.text(i+2)) || isSlashDate(a.text(i+2))) {
			return i + 3
		}
		return i + 1
	}
	if j := a.clock(i); j > i {
		return j
	}
	if j := a.eraYear(i); j > i {
		return j
	}
	if a.isDecade(i) {
		return i + 1
	}
	// "§ 1983", "section 1983" number a part of a law; "tables 2023-24"
	// are a period's
	// a year before 1800 after "in", "since", "from", "until": "founded in
	// 1759 by", "since 1694" (not "1 in 1000", nor "in 1700 communities")
	v, _ := plainInt(t)
	if len(t) == 4 && v >= 1000 && v < 1800 && a.textIn(i-1, "in since from until") && a.kind(i-2) != tokenize.Number && (!a.sameLower(i, i+1) || a.is(i+1, wPrep) || a.word(i+1, wdAnd)) {
		return i + 1
	}
	if a.isYear(i) && !a.yearIsCount(i) && !a.lawYear(i) && !(len(a.text(i)) == 4 && a.provision(i)) {
		j := i + 1
		// ranges: "2019 to 2024", "2019-2024" (one token)
		if (a.wordAmong(j, wdTo, wdAnd) || a.kind(j) == tokenize.Dash) && a.sameYear(i, j+1) {
			j += 2
		} else {
			j = a.yearDash(i)
		}
		return j
	}
	return i
}

// eraYear returns the end of a year with its era after it, "950 AD", "43
// BC", "300 BCE", which may be of any number of digits; i if there is none.
func (a *annotator) eraYear(i int) int {
	if a.kind(i) != tokenize.Number || a.shapeOf(i+1)&shUpper == 0 || !a.same(i, i+1) {
		return i
	}
	if v, ok := plainInt(a.text(i)); !ok || v < 1 || v > 2100 {
		return i
	}
	if t := a.text(i + 1); len(t) >= 2 && len(t) <= 4 && (t[0] == 'A' || t[0] == 'B' || t[0] == 'C') && wordIn("AD BC BCE CE A.D. B.C.", t) {
		return i + 2
	}
	return i
}

// lawYear reports whether the year at i ends the name of a law: "the
// Fraud Act 2006", "the Care Act 2014", "the Building Safety Regulations
// 2023", or a case's citation: "[2025] UKSC 14". The year names the law
// or the case and claims no date. So does a product's version after its
// name: "Exchange Server 2019", "Visual Studio 2022", "Office 2016" (but
// not after a body's office: "the Home Office 2019 report").
func (a *annotator) lawYear(i int) bool {
	return a.same(i-2, i) && a.textIn(i-1, "Act Acts Order Regulations Bill Rules") && a.isWord(i-2) && a.shapeOf(i-2)&shUpper != 0 ||
		a.isPunct(i-1, '[') && a.isPunct(i+1, ']') ||
		a.same(i-1, i) && (a.textIn(i-1, "Server Studio") || a.textIs(i-1, "Office") && (!a.same(i-2, i) || a.shapeOf(i-2)&shUpper == 0 || a.textIs(i-2, "Microsoft")))
}

// yearDash returns the end of the year at i with the two last digits of a
// later year glued after a dash: "1941–42", "1939—45", "1999–00", a
// season or span written as "2023-24" is (one token, see isYear). It
// returns i+1 when no such digits follow.
func (a *annotator) yearDash(i int) int {
	k := i + 2
	if a.kind(i+1) != tokenize.Dash || a.shapeOf(i+1)&shGlued == 0 || a.shapeOf(k)&shGlued == 0 || a.kind(k) != tokenize.Number {
		return i + 1
	}
	t := a.text(k)
	v, ok := plainInt(a.text(i))
	w, ok2 := plainInt(t)
	if ok && ok2 && len(t) == 2 && (w > v%100 || w == (v+1)%100) {
		return k + 1
	}
	return i + 1
}

// yearIsCount reports whether a year-like number at i counts things
// instead: "2000 people", "$2024", "about 1900 troops", "2024%".
func (a *annotator) yearIsCount(i int) bool {
	if a.sameAmong(i, i+1, wdLevels, wdLevel) {
		return false // "below 2019 levels": the levels of a year
	}
	if a.kind(i-1) == tokenize.Currency || a.kind(i+1) == tokenize.Percent {
		return true
	}
	if a.same(i, i+1) && a.is(i+1, wCountNoun|wScale|wCurrency|wPercentWord) && !a.word(i+1, wdM) && !(a.word(i-1, wdThe) && a.shapeOf(i+1)&shUpper != 0) { // "the 2036 Games" names an event
		return true
	}
	if a.sameIs(i, i-1, wApprox) && !a.wordAmong(i-1, wdOver, wdUntil) && !a.earlyAs(i) && !(a.word(i-1, wdLeast) && a.lowerIn(i-3, "until since till")) { // "as early as 2028", "until at least 2027" are dates
		return true
	}
	return false
}

// minuteMark reads the minute of a match at i and returns its end, or i:
// "45+2'" and "90+4th minute", the minutes added for stoppages, and "12'"
// or "67' pen", a minute with a mark and nothing after it but punctuation
// or "pen" or "og" ("(Palmer 12', 67' pen; Jackson 81')"), which is not a
// length in feet ("a 7' fence") nor the end of a quotation ("'worth 12'").
func (a *annotator) minuteMark(i int) int {
	v, ok := plainInt(a.text(i))
	if !ok || v < 1 || v > 130 {
		return i
	}
	j := i + 1
	added := false
	if a.kind(j) == tokenize.Symbol && a.textIs(j, "+") && a.shapeOf(j)&shGlued != 0 && a.kind(j+1) == tokenize.Number && a.shapeOf(j+1)&shGlued != 0 {
		var small [16]byte
		num, suf := digitsOf(a.text(j + 1))
		switch sfx := lowerSmall(&small, suf); {
		case len(sfx) == 0:
			added = len(num) <= 2
			j += 2
		case wordIn("st nd rd th", sfx):
			if a.sameWord(i, j+2, wdMinute) {
				return j + 3 // "90+4th minute"
			}
			return i
		default:
			return i
		}
		if !added {
			return i
		}
	}
	if a.same(i, j) && (added || !a.same(i-1, i) && a.isPunct(j+1, ':')) && a.textIn(j, "min mins") {
		return j + 1 // "90+4 min", and a live text's stamp, "41 min: Caicedo is booked"
	}
	if !a.same(i, j) || a.kind(j) != tokenize.CloseQuote || a.shapeOf(j)&shGlued == 0 {
		return i
	}
	if !a.textIn(j, "' ’") {
		return i
	}
	k := j + 1
	if added {
		return k
	}
	// not the end of a quotation: "called it 'worth 12'."
	for b := i - 1; b >= 0 && b > i-40 && a.same(b, i); b-- {
		if a.kind(b) == tokenize.OpenQuote {
			return i
		}
	}
	if !a.same(j, k) || a.kind(k) == tokenize.Punct && a.shapeOf(k)&shGlued != 0 || a.textIn(k, "pen og") || !a.same(i-1, i) && a.shapeOf(k)&shUpper != 0 {
		return k // also a stamp that opens a live text's line: "23' GOAL!", "41' Yellow card:"
	}
	return i
}

// isISODate reports whether t looks like 2024-03-03.
func isISODate(t []byte) bool {
	if len(t) != 10 || t[4] != '-' || t[7] != '-' {
		return false
	}
	for k, c := range t {
		if k != 4 && k != 7 && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}

// isSlashDate reports whether t looks like 3/3/2024 or 03/03/24.
// isDotDate reports whether t is a date written day.month.year, as in
// much of Europe: "3.3.2025", "13.11.2024"; the day is 1 to 31, the month
// 1 to 12 and the year four digits from 1900 to 2099.
func isDotDate(t []byte) bool {
	if len(t) < 8 || len(t) > 10 || t[len(t)-5] != '.' {
		return false
	}
	y := t[len(t)-4:]
	if y[0] != '1' && y[0] != '2' || string(y[:2]) != "19" && string(y[:2]) != "20" {
		return false
	}
	if _, ok := plainInt(y); !ok {
		return false
	}
	// Day and month, split at the first full stop: bytes.Cut, written out
	// for the size of the wasm build.
	d := t[:len(t)-5]
	k := bytes.IndexByte(d, '.')
	if k < 0 || k > 2 || len(d)-k-1 > 2 {
		return false
	}
	d, rest := d[:k], d[k+1:]
	day, ok1 := plainInt(d)
	month, ok2 := plainInt(rest)
	return ok1 && ok2 && day >= 1 && day <= 31 && month >= 1 && month <= 12
}

// isSlashDate reports whether t is a date written with slashes,
// "01/03/2025", or a month and a year, "12/2026" of a label's "Best
// before: 12/2026".
func isSlashDate(t []byte) bool {
	if n := len(t) - 5; n > 0 && n < 3 && t[n] == '/' {
		m, ok1 := plainInt(t[:n])
		y, ok2 := plainInt(t[n+1:])
		return ok1 && ok2 && m >= 1 && m <= 12 && y >= 1900 && y < 2100
	}
	parts := 0
	n := 0
	for k := 0; k <= len(t); k++ {
		if k == len(t) || t[k] == '/' {
			if n == 0 || n > 4 {
				return false
			}
			parts++
			n = 0
			continue
		}
		if t[k] < '0' || t[k] > '9' {
			return false
		}
		n++
	}
	return parts == 3
}

// clock reads a time of day at the Number i: "9 a.m.", "9am", "10:30",
// "10:30 p.m.", "0900 GMT".
func (a *annotator) clock(i int) int {
	var small [16]byte
	t := a.text(i)
	num, suf := digitsOf(t)
	colon := false
	for _, c := range t {
		if c == ':' {
			colon = true
		}
	}
	if wordIn("am pm a.m. p.m. h gmt utc", lowerSmall(&small, suf)) && len(num) > 0 && len(num) <= 2 || meridiemTime(t, false, &small) { // "3.15pm", "3:15pm"
		return a.clockDay(a.timeZone(i + 1))
	}
	j := i + 1
	if a.sameAmong(i, j, wdAMDot, wdPMDot, wdAm, wdPm, wdOClock) {
		if v, ok := plainInt(t); (ok && v >= 1 && v <= 12) || colon || meridiemTime(t, true, &small) { // "3.48 a.m."
			return a.clockDay(a.timeZone(j + 1))
		}
	}
	if len(t) == 8 && t[5] == ':' && t[6] <= '5' && isClock(t[:5]) && '0' <= t[7] && t[7] <= '9' {
		return a.timeZone(i + 1) // "14:32:07 UTC", a clock with seconds (a race's hours are one digit, "2:04:31")
	}
	if colon && isClock(t) && !(len(t) == 4 && a.textIn(i-1, raceVerbs)) { // a race time, "under 2:24", "run 2:02" (see RaceTime)
		if a.textIn(j, "left remaining") || a.textIs(j+1, "play") {
			a.claim(i, j) // "with 1:12 left", "2:05 to play": a game's clock, no time of day nor a figure
			return i
		}
		day := a.clockDay(j)
		if (a.kind(day) == tokenize.Dash || day > j && a.word(day, wdTo)) && a.same(i, day+1) && isClock(a.text(day+1)) {
			j = a.clockDay(day + 2) // "20:00–01:30 GMT", a range of hours; "09:00 Sat – 18:00 Sun", "06:00 Saturday to 21:00 Sunday"
		} else {
			j = day
		}
		return a.timeZone(j)
	}
	if v, ok := plainInt(t); (ok && len(t) == 4 && v%100 < 60 && v/100 < 24 || isClock(t)) && a.same(i, j) && a.isZone(j) {
		return j + 1 // "0900 GMT", and "06.00 BST" (a UK time with a dot; "18.30" alone is a number)
	}
	return i
}

// clockDay returns the end of a time of day that ends at j: a second
// time after a dash, "10am–5pm", or the day after it, "09:00 Sat",
// "06:00 Saturday", "8 p.m. Wednesday"; or j.
func (a *annotator) clockDay(j int) int {
	if a.kind(j) == tokenize.Dash && !a.emDash(j) && a.same(j, j+1) {
		if k := a.clock(j + 1); k > j+1 {
			return k // "10am–5pm"
		}
	}
	if a.same(j-1, j) && (a.is(j, wWeekday) || a.textIn(j, "Mon Tue Wed Thu Fri Sat Sun")) {
		return j + 1
	}
	return j
}

// meridiemTime reports whether t is an hour and minutes glued to "am" or
// "pm": "3.15pm", "11:05am", "9.30a.m."; or, when apart, with nothing
// glued: "3.48" of "3.48 a.m.".
func meridiemTime(t []byte, apart bool, small *[16]byte) bool {
	i := 0
	for i < len(t) && i < 2 && '0' <= t[i] && t[i] <= '9' {
		i++
	}
	if i == 0 || i+3 > len(t) || t[i] != '.' && t[i] != ':' || t[i+1] < '0' || t[i+1] > '5' || t[i+2] < '0' || t[i+2] > '9' {
		return false
	}
	if h, _ := plainInt(t[:i]); h < 1 || h > 12 {
		return false
	}
	if apart {
		return len(t) == i+3
	}
	return wordIn("am pm a.m. p.m.", lowerSmall(small, t[i+3:]))
}

// isClock reports whether t is hh:mm or hh.mm, or two joined by a hyphen, a range
// of hours: "20:00-01:30".
func isClock(t []byte) bool {
	if k := bytes.IndexByte(t, '-'); k > 0 {
		return isClock(t[:k]) && isClock(t[k+1:])
	}
	if len(t) < 4 || len(t) > 5 {
		return false
	}
	c := len(t) - 3
	if t[c] != ':' && t[c] != '.' {
		return false // "10:30", and "06.00" of "06.00 BST" (see clock)
	}
	h, ok1 := plainInt(t[:c])
	m, ok2 := plainInt(t[c+1:])
	return ok1 && ok2 && h < 24 && m < 60
}

func (a *annotator) isZone(j int) bool {
	return zoneNames.Has(a.text(j))
}

// zoneNames are the time zones isZone knows (see unitWords).
var zoneNames = wordset.Of("GMT|UTC|BST|CET|CEST|EST|EDT|ET|PT|PST|PDT|CST|CDT|MSK|EET|EEST|SAST|WAT|EAT|CAT|IST|JST|KST|HKT|SGT|AEST|AEDT|AWST|NZST|NZDT")

func (a *annotator) timeZone(j int) int {
	if a.same(j-1, j) && a.isZone(j) {
		return j + 1
	}
	if (a.word(j, wdLocal) || a.textIn(j, "Pacific Eastern Central Mountain")) && a.sameWord(j-1, j+1, wdTime) { // "10am Pacific time"
		return j + 2
	}
	return j
}

// relative reads a relative time at i: "last year", "this week", "next
// month", "the past two decades", "the coming months", "the year ahead",
// "a year ago", "recent years", "last Tuesday", "this year's".
func (a *annotator) relative(i int) int {
	j := i
	the := false
	if a.word(j, wdThe) && a.same(i, j+1) {
		j++
		the = true
	}
	if a.is(j, wRelMod) && a.same(i, j+1) {
		k := j + 1
		if a.is(k, wWeekday) && a.shapeOf(k)&shUpper != 0 && !the {
			return a.afterWeekday(k + 1)
		}
		if !the && a.wordAmong(j, wdLast, wdThis, wdNext) && (a.isMonth(k) && !a.word(k, wdMay) || (a.word(j, wdThis) && a.wordAmong(k, wdMorning, wdAfternoon, wdEvening) || a.word(j, wdLast) && a.word(k, wdNight)) && !a.word(i-1, wdThe) && !a.word(k+1, wdOf)) {
			return k + 1 // "last October", "this morning", "last night"
		}
		if (a.is(k, wNumWord) || a.kind(k) == tokenize.Number && !a.isYear(k)) && a.sameIs(i, k+1, wTimeUnit) {
			k++ // "the past two decades"
		} else if a.wordAmong(k, wdFew, wdSeveral) {
			k++
		}
		if a.sameIs(i, k, wTimeUnit) {
			if a.wordAmong(j, wdThis, wdSame, wdCurrent, wdFollowing) && !a.timeNounFits(k) {
				return i
			}
			if a.word(j, wdFinal) {
				return i // "the final day" is an event, not a date
			}
			k++
			if a.sameAmong(i, k, wdAhead, wdAgo) {
				k++
			}
			return k
		}
		return i
	}
	// "the year ahead", "the week ahead"
	if the && a.is(j, wTimeUnit) && a.sameWord(i, j+1, wdAhead) {
		return j + 2
	}
	// "a year ago", "two years ago", "years ago", "a decade earlier"
	k := i
	if a.wordAmong(k, wdA, wdAn) || a.is(k, wNumWord) || a.kind(k) == tokenize.Number && !a.isYear(k) {
		k++
	}
	if a.is(k, wTimeUnit) && a.sameAmong(i, k+1, wdAgo, wdEarlier, wdLater) {
		return k + 2
	}
	// "recent years", "in recent months"
	if a.word(i, wdRecent) && a.sameIs(i, i+1, wTimeUnit) && a.plural(i+1) {
		return i + 2
	}
	return i
}

// timeNounFits reports whether the time unit at k reads as a period after
// "this" or "same": "this year", but not "this second" or "this minute".
func (a *annotator) timeNounFits(k int) bool {
	return !a.wordAmong(k, wdSecond, wdMinute)
}

func isPlural(t []byte) bool { return len(t) > 2 && (t[len(t)-1] == 's' || t[len(t)-1] == 'S') }

// duration reads a span of time at i: "two decades", "three years", "a
// decade", "several months", "nearly two decades", "decades".
func (a *annotator) duration(i int) int {
	j := a.approxPrefix(i)
	if j > i && a.word(i+1, wdThan) && (a.kindIn(i-1, tokenize.Number, tokenize.Percent) || a.taken(i-1)) && a.same(i-1, i) {
		return i // "8% fewer than a year earlier", "3,000 more than a year ago": the amount's comparison, then a date
	}
	if a.word(i-1, wdOn) {
		return i // "late on 96 days last year": a count of days
	}
	if j == i && a.word(i, wdA) && a.word(i+1, wdFurther) {
		j += 2 // "for a further two years", as "for another two years"
	}
	k := j
	switch {
	case a.kind(k) == tokenize.Number && !a.isYear(k):
		if _, suf := digitsOf(a.text(k)); len(suf) > 0 || a.timing(k) {
			return i
		}
		k++
	case a.is(k, wNumWord) && !a.word(k, wdOne) || a.word(k, wdOne) && (k > i || a.word(i-1, wdWithin)):
		for a.sameIs(j, k, wNumWord) {
			k++
		}
		if a.halfMore(k) {
			k += 3 // "two and a half years"
		}
	case a.wordAmong(k, wdA, wdAn, wdSeveral, wdFew, wdMany):
		if k == i && (!a.is(i-1, wPrep) && !a.textIn(i-1, "took takes lasted lasts") || a.word(i-1, wdIn) && !a.wordAmong(k+1, wdDecade, wdCentury) || a.wordAmong(i-1, wdOn, wdBy)) {
			return i // "a year" needs "for", "over", "nearly", "took"... ("doubled in a decade" is one)
		}
		k++
	case a.wordAmong(k, wdDecades, wdYears, wdCenturies, wdMonths) && a.sameIs(i, i-1, wPrep):
		return k + 1
	default:
		return i
	}
	if a.wordAmong(k, wdTo, wdOr) && (a.kind(j) == tokenize.Number || a.is(j, wNumWord)) && a.same(i, k+1) {
		// "three to five weeks", "two or three months", "3 to 4 days"
		if (a.kind(k+1) == tokenize.Number || a.is(k+1, wNumWord)) && a.sameIs(i, k+2, wTimeUnit) {
			k += 2
		}
	}
	if a.sameIs(i, k+1, wTimeUnit) && a.textIn(k, "Earth working business calendar") {
		k++ // "14 Earth days", told from a planet's own days; "10 working days"
	}
	if !a.same(i, k) || !a.is(k, wTimeUnit) || a.wordAmong(k, wdSecond, wdTerm) || a.textIs(k, "HR") {
		return i // "HR" after a number is home runs or human resources, not hours
	}
	// "two days of talks" is fine; "a year" after a money amount is a rate
	if a.wordAmong(k, wdQuarter, wdQuarters) && !a.quartersRun(k) {
		return i
	}
	k++
	if a.halfMore(k) && !a.word(k+3, wdOf) {
		k += 3 // "an hour and a half", not "and a half of us"
	}
	// "2 hours 4 minutes", "two years and six months", "2 hr 15 min"
	for steps := 0; steps < 3; steps++ {
		m := k
		if a.word(m, wdAnd) {
			m++
		}
		if !a.same(i, m+1) || !a.is(m+1, wTimeUnit) && (a.kind(m) != tokenize.Number || !a.textIn(m+1, "min min. sec")) || a.wordAmong(m+1, wdSecond, wdTerm, wdQuarter, wdQuarters) {
			break
		}
		if _, suf := digitsOf(a.text(m)); a.kind(m) == tokenize.Number && len(suf) == 0 && !a.isYear(m) || a.is(m, wNumWord) && a.free(m, m+1) {
			k = m + 2
			continue
		}
		break
	}
	if a.sameAmong(i, k, wdAgo, wdEarlier, wdLater) {
		k++
	}
	return k
}

// approxPrefix returns the start of the number after an approximation or
// bound that starts at i ("nearly", "more than", "at least", "up to",
// "an estimated", "as many as"), or i if there is none.
func (a *annotator) approxPrefix(i int) int {
	if !a.is(i, wBoundStart) {
		return i // no bound or approximation starts at most positions
	}
	if a.approx.at == i {
		return a.approx.end
	}
	j := a.approxPrefixOf(i)
	a.approx.at, a.approx.end = i, j
	return j
}

// approxPrefixOf is approxPrefix without the memory of the last.
func (a *annotator) approxPrefixOf(i int) int {
	j := i
	for steps := 0; steps < 4 && j < a.n && a.fl(j)&wBoundStart != 0 && a.same(i, j); steps++ {
		// One switch on the word's id: j is in range.
		if j == i && a.word(j+1, wdOf) && a.isLowerWord(j) && (a.textIs(j, "north") || a.textIs(j, "south")) {
			j += 2 // "north of 36,000", "south of $5": a bound, as "above" and "below" are
			continue
		}
		switch w := a.pos[j].wid; w {
		case wdMore, wdLess, wdFewer:
			if a.word(j+1, wdThan) {
				j += 2
				continue
			}
		case wdAt:
			if a.wordAmong(j+1, wdLeast, wdMost) {
				j += 2
				continue
			}
		case wdUp:
			if a.word(j+1, wdTo) && !(j == i && (a.upParticle(i-1) || a.roundedUp(i))) {
				j += 2
				continue
			}
		case wdClose:
			if a.word(j+1, wdTo) {
				j += 2
				continue
			}
		case wdUpwards:
			if a.word(j+1, wdOf) {
				j += 2
				continue
			}
		case wdIn:
			if a.wordPair(j+1, wdExcess, wdOf) {
				j += 3
				continue
			}
		case wdAs:
			if a.wordAmong(j+1, wdMany, wdMuch, wdFew, wdLittle) && a.word(j+2, wdAs) {
				j += 3
				continue
			}
		case wdPlus:
			if j == i && a.wordPair(j+1, wdOr, wdMinus) {
				j += 3 // "plus or minus three percentage points"
				continue
			}
		case wdBetween:
			if j == i {
				j++
				continue
			}
		case wdA:
			if a.wordPair(j+1, wdTotal, wdOf) {
				j += 3
				continue
			}
		case wdAn, wdSome:
			if a.word(j+1, wdEstimated) {
				j += 2
				continue
			}
			if w == wdSome {
				j++
				continue
			}
		case wdEstimated:
			if j == i && a.sameKind(j, j-1, tokenize.Word) && !a.is(j-1, wPrep) && !a.word(j-1, wdThe) {
				break // "a study estimated 12.7%": the verb, a cue of its own
			}
			j++
			continue
		case wdJust, wdWell, wdOnly, wdNearly, wdAlmost, wdAbout, wdAround, wdRoughly, wdApproximately,
			wdOver, wdUnder, wdBarely, wdBelow, wdAbove, wdExactly, wdPrecisely, wdAnother,
			wdCirca, wdCaDot, wdCDot, wdApproxDot, wdFurther, wdAdditional, wdExtra, wdMaximum, wdMinimum:
			j++
			continue
		}
		break
	}
	if j > i && !a.same(i, j) {
		return i
	}
	return j
}

// amount tries a quantity, money amount or percentage at i (bounds and
// approximations before it included) and returns its end, or i.
func (a *annotator) amount(i int) int {
	if a.tbits[i]&tbOdd != 0 && a.efScale(i) && a.free(i, i+2) {
		a.add(Quantity, i, i+2, -1) // "EF-4 tornado"
		a.claim(i, i+2)
		return i + 2
	}
	if a.tbits[i]&tbOdd != 0 && flightLevel(a.text(i)) && a.free(i, i+1) {
		a.add(Quantity, i, i+1, -1) // "FL350": a flight level, in hundreds of feet
		a.claim(i, i+1)
		return i + 1
	}
	c := a.approxPrefix(i)
	if c > i && !a.free(i, c) {
		c = i
	}
	if c == i+1 && a.word(i, wdAnother) {
		return i // "Another 3p a litre": the amount starts after it (a period keeps it: "for another four years")
	}
	if c > i && a.kind(c) == tokenize.Number {
		if j := a.clock(c); j > c && a.free(i, j) {
			a.add(Date, i, j, -1) // "almost 1 a.m.", "about 10:30": a time, not a quantity
			a.claim(i, j)
			return j
		}
	}
	k, j, ok := a.amountCore(c)
	if !ok {
		if c > i {
			// "over" was not a bound after all
			return i
		}
		return i
	}
	// ranges: "between 30 and 40", "10 to 12", "5% to 7%"; not from a
	// flight level, "from flight level 350 to 16,000 feet", which counts
	// hundreds of feet
	one := j
	level := i == c && a.kind(c) == tokenize.Number && a.textIs(c-1, "level") && a.sameTextIn(c, c-2, "flight Flight") && a.free(c-2, c)
	if level {
		i -= 2
	} else if j, k = a.amountRange(i, c, j, k); j == one && c == i+1 && a.word(i, wdBetween) {
		i = c // "between 5%, the low, and 7%": no range in reach, and no half of one
	}
	if j == c+1 && a.tiebreak(c) {
		j += 3 // a set won on a tiebreak, "7-6(5)", with its points
	}
	// "12 deaths for every 1,000 births": "every" is "per"
	if a.wordPair(j, wdFor, wdEvery) && a.sameKind(c, j+2, tokenize.Number) && k != Percent {
		j++
	}
	if per := a.word(j, wdPer) || a.word(j-1, wdFor) || a.isPunct(j, '/') && a.shapeOf(j+1)&shGlued != 0; k != Percent && a.same(c, j+1) && (per && (a.is(j+1, wTimeUnit) && !a.plural(j+1) || a.kind(j+1) == tokenize.Number || a.is(j+1, wScale)) ||
		a.wordAmong(j, wdA, wdAn) && a.is(j+1, wTimeUnit) && !a.wordAmong(j+1, wdSecond, wdQuarter) && !a.word(j-1, wdHalf) && !a.wordAmong(j+2, wdAgo, wdLater, wdEarlier) ||
		k == Money && (per || a.word(j, wdA)) && a.textIn(j+1, "kWh kwh MWh therm litre liter gallon barrel tonne ton t kg kilo kilogram gram ounce kilowatt unit") ||
		(per || a.wordAmong(j, wdA, wdAn)) && a.textIn(j+1, "hectare acre") ||
		k == Money && a.countable(j+1) && !a.plural(j+1) && (a.word(j, wdPer) || a.wordAmong(j, wdA, wdAn) && (a.kind(j+2) == tokenize.Punct || a.is(j+2, wStop|wPrep) || j+2 >= a.n))) {
		// a rate: "3,400 cubic metres per second", "$15 per hour", "50 miles
		// an hour", "£129 a year", and "38.6 cases per 100,000 people", "4
		// per million", not a count of people (not "half a century", nor
		// "$500 a week ago"); a unit price, "26.35p per kWh", "142.9p a
		// litre", "6.41p/kWh", or a price by weight or volume, "₹94,300 a
		// kg", "$80 per barrel", "£185/t"; or a yield or a price by area,
		// "7.8 tonnes per hectare", "£9,000 an acre"; or a price of one
		// thing, "£85 per visit", "20p a journey"
		j += 2
		if (a.kind(j-1) == tokenize.Number || a.is(j-1, wScale) || a.textIn(j-1, "kilowatt megawatt")) && (a.countable(j) || a.is(j, wTimeUnit)) && a.same(c, j) {
			j++
			if !a.plural(j-1) && a.plural(j) && a.countable(j) && a.same(c, j) {
				j++ // "$0.60 per million input tokens": the noun after its modifier
			}
		}
	}
	if k == Money && len(a.text(j))&^1 == 2 && a.sameTextIn(c, j, "pcm pw pa") {
		j++ // a rent's period: "£1,344 pcm", "£300 pw", "£30,000 pa"
	} else if k == Money && a.word(j-2, wdPer) && a.wordAmong(j, wdPer, wdA) && a.is(j+1, wTimeUnit) && !a.plural(j+1) && a.same(c, j+1) && !a.word(j+2, wdAgo) {
		j += 2 // "£4,000 per patient per year"
	}
	if k == Quantity && a.kind(j) == tokenize.Number && a.textIn(j-1, "min mins") && a.sameTextIn(c, j+1, "sec secs") {
		j += 2 // "4 min 12 sec": one measured time, as "3:58.21" is
	} else if k == Quantity && a.kind(j) == tokenize.Number && a.same(c, j) {
		if _, m := digitsOf(a.text(j - 1)); wordIn("min m", m) {
			if _, s := digitsOf(a.text(j)); wordIn("sec s", s) {
				j++ // "6min 38.4sec", "1m 38.2s": a race time
			}
		}
	} else if k == Quantity && a.word(j, wdAnd) && a.textIn(j-1, "mile miles") && a.textIn(j+1, "a one two three four five six seven") && a.sameTextIn(c, j+2, "furlong furlongs") {
		j += 3 // "two miles and a furlong": one distance
	} else if i == c && a.word(c-1, wdAnd) && a.word(c-3, wdA) && a.textIs(c-2, "mile") && a.textIn(j-1, "furlong furlongs") && a.same(c-3, c) && a.free(c-3, c) {
		i = c - 3 // "a mile and two furlongs"
	}
	if k == Quantity {
		j = a.openEnd(c, j)
	}
	// "Per 100,000 residents, …", "For every 1,000 births, …", "Every
	// 1,000 births, …" open a sentence with the base of the rate it
	// states: no figure of its own
	if i == c && a.isPunct(j, ',') {
		p := c - 1
		if a.word(p, wdEvery) && a.same(p-1, p) {
			p--
		}
		if !a.same(p-1, p) && (a.wordAmong(p, wdPer, wdEvery) || p < c-1 && a.word(p, wdFor)) {
			a.claim(c, j)
			return j
		}
	}
	if c == i+1 && a.word(i, wdOver) && a.overAbout(i, j, k) {
		i = c // "row over £5m": "over" is "about", no bound
	}
	if !a.free(i, j) || !a.sameSpan(i, j) {
		return i
	}
	if i == c && k == Quantity && a.isPunct(c-1, '.') && a.shapeOf(c)&shGlued != 0 && a.textIn(c-2, "< = ≤ >") && a.textIn(c-3, "P p") && a.same(c-3, c) && a.free(c-3, c) {
		i = c - 3 // "P = .02", "P<.001": a P-value written without its zero
	}
	if i == c && a.rankNo(c) && a.free(c-1, c) {
		i-- // "the world No 3", "a career-high No 6": a rank
	}
	if k == Quantity && (a.skipBare(i, c, j) && !a.stormCategory(c) || a.provision(c) || i == c && (a.sectionNumber(c) || a.callArgument(c, j))) || k == Percent && i == c && a.intervalLevel(j) {
		return i
	}
	if k == Quantity && i == c && j <= c+2 && a.hourWord(c) {
		// "shortly after nine", "until eleven o'clock": a time of day
		a.add(Date, c-1, j, -1)
		a.claim(c-1, j)
		return j
	}
	if i == c && k == Quantity && a.sameKind(c-1, c, tokenize.Number) && a.free(c-1, c) &&
		(a.textIn(c-1, "magnitude Magnitude Mach") || a.textIn(c-1, "Category category") && a.textIn(c+1, "hurricane hurricanes storm storms cyclone typhoon") || a.stormCategory(c)) {
		i-- // "magnitude 6.2", "Category 4 hurricane", "Mach 0.78": a measure with its scale
	}
	if i == c && (a.kind(c) == tokenize.Number || a.shapeOf(c)&shUpper != 0 && !a.initial(c)) && (a.nameToken(c-1) || a.textIn(c-1, "iOS iPadOS macOS watchOS tvOS")) && (!a.initial(c-1) && !a.itemStart(c-1) || !a.commonInitial(c-1)) && a.same(c-1, c) && a.shapeOf(c-1)&shPoss == 0 &&
		a.fl(c-1)&(wMonth|wCurrency|wWeekday) == 0 && k != Money && k != Percent && !(j == c+3 && a.word(c+1, wdFor)) && !(j == c+2 && a.isPunct(c+1, '*')) && !a.nameFigure(c-1, c) && !a.tabAfter(c-1) && !a.inColumn(c) &&
		!a.pledgeVerb(c-1) && !(j > c+1 && unitSuffix(a.text(j-1)) && a.textIn(c-1, "North South East West NE NW SE SW NNE ENE ESE SSE SSW WSW WNW NNW")) && !a.textIn(c-1, "AT OR") {
		return i // "Boeing 737 orders", "Apollo 11", "iOS 18", but not "beat Dale 4-1", a team's "Westbury 291 for 4" or "291/4", a batsman's "Marsh 143*" nor a pledge's "Build 40 new hubs", nor a wind's "North 15 to 25 mph", nor an advisory's "OR 340 DEGREES AT 12 MPH"
	}
	if i == c && k == Quantity && a.kind(c) == tokenize.Number && len(a.text(c)) <= 2 && a.sameKind(c, c-1, tokenize.Word) &&
		(a.textIn(c-1, "type stage grade phase category class tier Type Stage Grade Phase Category Class Tier") || j == c+1 && a.isPunct(c+1, ':') && a.shapeOf(c-1)&shUpper != 0 && (c == 1 || !a.same(c-2, c-1))) {
		return i // "type 2 diabetes", "stage 3 cancer", "a phase 3 trial", "category 1 hazards", and a list's "Myth 1:", "Step 2:": names and numbering, not counts
	}
	if c > i && a.negatedBound(i) {
		i-- // "no more than £2,500" bounds it from above, as "more than" alone does not
	}
	if i == c && k == Quantity && a.kind(c) == tokenize.Number && a.statName(c-2) && a.same(c-2, c) && a.free(c-2, c) {
		if a.textIn(c-1, "< = ≤ >") {
			i -= 2 // "p<0.05", "p = 0.53"
		}
	}
	if i == c && k == Quantity && a.sameKind(c-1, c, tokenize.Number) && a.free(c-1, c) && (a.textIn(c-1, "HR RR IRR aHR aOR aRR CI CrI") || a.textIs(c-1, "OR") && a.isPunct(c-2, '(')) {
		i-- // "HR 1.04", "CI 0.82-1.31", "(OR 1.42": the figure with what it measures
	}
	if i == c && a.shapeOf(c)&shGlued != 0 && (a.kind(c) == tokenize.Currency && (a.minus(c-1) || a.textIs(c-1, "+") && a.shapeOf(c-1)&shGlued == 0) || a.textIn(c-1, "▲ ▼ ↑ ↓ 🔺 🔻")) && a.free(c-1, c) {
		i-- // "-¥3.1 billion": a loss; "▼0.8%": a ticker's fall (and "+£252" a rise)
	}
	a.add(k, i, j, -1)
	a.claim(i, j)
	return j
}

// rankNo reports whether the Number at c, after "No" or "No.", is a
// rank: "the world No 3", "a career-high No 6", "stays at No 1"; not
// Downing Street's "at No 10".
func (a *annotator) rankNo(c int) bool {
	return a.shapeOf(c-1)&shUpper != 0 && a.textIn(c-1, "No No.") && a.same(c-2, c) && (a.textIn(c-2, "world career-high ranked") || a.textIn(c-2, "at to") && !a.textIs(c, "10"))
}

// stormCategory reports whether the Number at c, one digit after
// "Category" or "Cat" with no noun after it, rates a storm on its scale:
// "the storm was upgraded to Category 4 on Sunday", "Peak winds: 140 mph,
// Cat 4"; not an ambulance call's "Category 2 response times", "a Category
// 2 inmate" or "Cat 6 cable".
func (a *annotator) stormCategory(c int) bool {
	return a.sameKind(c-1, c, tokenize.Number) && len(a.text(c)) == 1 && a.textIn(c-1, "Category Cat") && (!a.isLowerWord(c+1) || a.is(c+1, wPrep) || a.word(c+1, wdTo))
}

// openEnd returns the end of an open upper bound after the number that
// ends at j, which starts at c: a glued "+", "75+", or "and over", "and
// older", "and above", "65 and over"; j if there is none. The bound is
// the number, as in "over 65".
func (a *annotator) openEnd(c, j int) int {
	if a.isPunctOrSymbol(j, "+") && a.shapeOf(j)&shGlued != 0 && a.kind(j+1) != tokenize.Number {
		return j + 1
	}
	if a.word(j, wdAnd) && a.sameTextIn(c, j+1, "over older above") && !a.wordAmong(j+2, wdThe, wdA, wdAn) && a.kind(j+2) != tokenize.Number {
		return j + 2
	}
	return j
}

// pledgeVerb reports whether position i is a verb in the imperative that
// opens a sentence or a list item, as a manifesto's or a plan's pledges
// do: "Build 40 new hubs", "- Recruit 8,000 more GPs". The number after it
// is a count, not a model number. So is a participle opening a sentence
// when a comma or a preposition follows the number: "Chasing 288,",
// "Needing 40 from 30 balls" (but "Boeing 737 orders").
func (a *annotator) pledgeVerb(i int) bool {
	if !a.itemStart(i) {
		return false
	}
	if t := a.text(i); len(t) > 5 && string(t[len(t)-3:]) == "ing" && (a.isPunct(i+2, ',') || a.lowerIs(i+2, wPrep)) && !a.listed(i, i+1) {
		return true
	}
	return a.textIn(i, "Build Recruit Hire Train Employ Cut Create Plant Invest Open Reopen Deliver Provide Fund Give Raise Double Halve Bring Add Spend Lift Freeze Save Reduce Increase Make Protect Restore Cap Take Introduce Fit Insulate Install Upgrade Repair Extend Expand Guarantee Offer Buy Sell Close Abolish Ban Grow Set Treble Triple Pay Launch Establish")
}

// itemStart reports whether position i opens its sentence, or a list item
// right after its marker: "- A 35-year mortgage", "• A", "1. A", "2) A".
// A capital there starts the item, as at a sentence's start; it is no
// name.
func (a *annotator) itemStart(i int) bool {
	m := i - 1
	if a.isPunct(m, '.') || a.isPunct(m, ')') {
		m-- // "1. A", "2) A": a numbered item
		if a.kind(m) != tokenize.Number || len(a.text(m)) > 2 {
			return a.shapeOf(i)&shSentStart != 0
		}
	} else if !a.textIn(m, "- – • * ·") {
		return a.shapeOf(i)&shSentStart != 0
	}
	return a.shapeOf(i)&shSentStart != 0 || a.shapeOf(m)&shSentStart != 0 && a.same(m, i)
}

// gluedUnit reports whether suf, glued after a number's digits, is a
// unit: "GB" in "12GB" (see unitSuffix), or a hyphen and a word, "-inch"
// in "6.7-inch", "-year-old". "B" in "221B" and "-1" in "3-1" are not.
func gluedUnit(suf []byte) bool {
	return unitSuffix(suf) || len(suf) > 2 && suf[0] == '-' && (suf[1] >= 'a' && suf[1] <= 'z')
}

// emDash reports whether position i is an em dash or a dash of two
// hyphens, which set off a phrase and never join the ends of a range.
func (a *annotator) emDash(i int) bool {
	t := a.text(i)
	return string(t) == "—" || len(t) > 1 && t[0] == '-'
}

// scoreLike reports whether t, the text of a Number, reads like a score
// or a tally: "4-1", "51-49".
func scoreLike(t []byte) bool {
	_, _, ok := shortPair(noTiebreak(t))
	return ok
}

// noTiebreak returns t without the points of a tiebreak that may end it,
// "(5)" of "7-6(5)", "(10)" of "7-6(10)".
func noTiebreak(t []byte) []byte {
	if k := bytes.LastIndexByte(t, '('); k > 0 && k >= len(t)-4 && t[len(t)-1] == ')' {
		return t[:k]
	}
	return t
}

// tiebreak reports whether the Number at c, a set's score, has the
// points of its tiebreak glued after it in brackets: "7-6(5)".
func (a *annotator) tiebreak(c int) bool {
	return a.shapeOf(c+1)&a.shapeOf(c+2)&a.shapeOf(c+3)&shGlued != 0 && a.isPunct(c+1, '(') && a.kind(c+2) == tokenize.Number && a.isPunct(c+3, ')') && scoreLike(a.text(c))
}

// shortPair reads t, the text of a Number, as two numbers of one or two
// digits joined by a hyphen ("4-1", "27-28"), or as a basketball score,
// a three-digit number under 200 and a smaller one ("112-104", "108-99";
// not "737-800", "737-8", "747-400"). (A dash between numbers is a token
// of its own.)
func shortPair(t []byte) (x, y int, ok bool) {
	i := bytes.IndexByte(t, '-')
	if i < 1 || i > 3 || len(t)-i-1 < 1 || len(t)-i-1 > 3 {
		return 0, 0, false
	}
	x, okx := plainInt(t[:i])
	y, oky := plainInt(t[i+1:])
	return x, y, okx && oky && (i < 3 && len(t) < i+4 || x > y && x < 200)
}

// under ends a golf score below par, "12-under", which a total of
// strokes may follow: "12-under 272" states two figures.
var under = []byte("-under")

// sameSpan reports whether positions [i, j) are all in one sentence.
func (a *annotator) sameSpan(i, j int) bool {
	return j > i && a.same(i, j-1)
}

// skipBare reports whether a bare number [c, j) (no unit) is better left
// unmarked: labels such as "Article 5", "No. 10", "Flight 17", ordinals,
// scores inside names.
func (a *annotator) skipBare(i, c, j int) bool {
	if j != c+1 || i != c || a.kind(c) != tokenize.Number {
		return false
	}
	t := a.text(c)
	num, suf := digitsOf(t)
	if a.ordNum(c) {
		// but a rank: "rose to 48th", "joint 101st" (not "May 1st to 3rd", "to 5th Avenue")
		return !a.textIn(c-1, "to ranked joint placed was") || !a.same(c-1, c) || a.ordNum(c-2) || a.shapeOf(c+1)&shUpper != 0 && a.same(c, c+1)
	}
	// a version, "18.3.2", "124.0.6367.60": two dots or more
	if bytes.IndexByte(num, '.') < bytes.LastIndexByte(num, '.') {
		return true
	}
	// phone numbers and codes: "+44 20 7946 0958", "020"; but a gap
	// in seconds, "+4.321s", is a race's margin
	if t[0] == '+' && string(suf) != "s" || len(t) > 1 && t[0] == '0' && t[1] != '.' && t[1] != ',' || phoneDigits(t) {
		return true
	}
	// a stock's ticker: "(6594.T)", "0700.HK"
	if len(t) >= 4 && a.isPunct(c+1, '.') && a.shapeOf(c+1)&shGlued != 0 && a.shapeOf(c+2)&(shGlued|shUpper|shLetters) == shGlued|shUpper|shLetters && len(a.text(c+2)) <= 2 {
		return true
	}
	// "(202) 555-0143"
	if len(t) == 3 && a.isPunct(c-1, '(') && a.isPunct(c+1, ')') && a.kind(c+2) == tokenize.Number && phoneDigits(a.text(c+2)) {
		return true
	}
	if a.shapeOf(c)&shLineStart != 0 && a.textIs(c+1, "|") && len(t) <= 3 {
		return true // a table's rank column: "1 | University of Oxford | UK | 98.5"
	}
	if a.inColumn(c) {
		return false // "Labour         1,406    38.2%", "Majority: 212   Turnout": a table's cell
	}
	if (a.sameKind(c, c+1, tokenize.Number) && !a.tabAfter(c) && !bytes.HasSuffix(t, under) || a.sameKind(c, c-1, tokenize.Number) && !a.tabAfter(c-1) && !bytes.HasSuffix(a.text(c-1), under)) && !scoreLike(t) {
		return true // but a table's row, "Total\t412.6\t+18%\t61.3", has a figure in each cell, a golf score, "12-under 272", two, and a results line's sets, "6-3 7-5", one each
	}
	// a footnote marker glued to a stop, "closer to 7%.15", "approved in
	// full.17", "676 Ml/d.12", and the end of a version or a section's
	// number glued to a word's stop, "v4.2.1", "s.213"
	if len(t) <= 3 && a.footnoteMark(c) {
		return true
	}
	// a journal's volume and pages, "2026;395:1123-34"
	if a.isPunct(c-1, ';') && a.isYear(c-2) && containsByte(t, ':') {
		return true
	}
	// a citation, "[3]", or a list's number at the start of a line:
	// "1. Smith (2024)", "2) Jones"
	if a.isPunct(c-1, '[') && a.isPunct(c+1, ']') || a.shapeOf(c)&shLineStart != 0 && (a.isPunct(c+1, '.') || a.isPunct(c+1, ')') ||
		a.isPunct(c+1, '/') && a.kind(c+2) != tokenize.Number) { // a thread's "2/ Cllr Haddad said …"
		return true
	}
	// street numbers: "123 Main Street", not "200 British firms" nor "12
	// Labour MPs", nor a number with its unit glued on before a name:
	// "12GB RAM", "6.7-inch OLED" ("221B Baker Street" has one letter)
	if a.sameName(c, c+1) && !((a.isLowerWord(c+2) || pluralAcronym(a.text(c+2))) && a.same(c, c+2)) && !gluedUnit(suf) {
		return true
	}
	// a person's age beside the name or the role: "Dion, 29, was
	// spotted", "Smith, 45, of Leeds", "The England midfielder, 26, has
	// signed": it tells who, not what happened
	if len(t) <= 3 && a.isPunct(c-1, ',') && a.isPunct(c+1, ',') && (a.nameToken(c-2) && a.shapeOf(c-2)&shAllCaps == 0 || a.is(c-2, wPersonRole) && a.isLowerWord(c-2)) && a.sameLower(c-2, c+2) {
		return true
	}
	// and "the 34-year-old", a name for someone already met
	if a.word(c-1, wdThe) && bytes.HasSuffix(t, []byte("-year-old")) && len(t) <= 12 {
		return true
	}
	p := c - 1
	// "Page 2 of 3"
	if a.word(p, wdOf) && a.sameKind(c, p-1, tokenize.Number) && a.skipBare(p-1, p-1, p) {
		return true
	}
	if a.same(p, c) {
		if (a.kind(p) == tokenize.Abbrev || a.shapeOf(p)&shUpper != 0 && !a.itemStart(p) && !a.pledgeVerb(p) && (a.shapeOf(p)&shPoss == 0 || !a.is(c+1, wStop) && a.kind(c+1) != tokenize.Punct)) && !a.nameFigure(p, c) {
			// (a possessive's count set beside another's, "52 winners to Valdes's 39 but …", is one)
			return true
		}
		switch {
		case a.word(p, wdOn) && (a.word(p-2, wdCall) || a.word(p-3, wdCall) || a.word(p-4, wdCall)): // "call Bramford Police on 101"
			return true
		case a.wordAmong(p, wdPage, wdArticle, wdSection, wdChapter, wdParagraph,
			wdResolution, wdFlight, wdRoute, wdRoom, wdNumber,
			wdNo, wdLine, wdPlatform, wdGate, wdPages, wdVersion,
			wdLevel, wdGrade, wdCategory, wdPhase, wdStage, wdStep,
			wdCall, wdDial, wdIncident, wdReference, wdLog): // "call 101, quoting incident 447", "log 1187"
			return true
		case a.textIn(p, "junction junctions lot") || a.word(p, wdAnd) && a.textIs(p-2, "junctions"): // "between junctions 22 and 23", an auction's "lot 14"
			return true
		}
	}
	return false
}

// inColumn reports whether the Number at c stands alone in a table's
// column: two spaces or a tab before it, or a label's colon, and two
// spaces, a tab or the line's end after it ("Hold        212",
// "Majority: 212   Turnout: 24.8%").
func (a *annotator) inColumn(c int) bool {
	s, e := int(a.tok(c).Start), int(a.tok(c).End)
	gap := func(k, step int) bool { // two blanks or a tab from k on, going by step
		if k < 0 || k >= len(a.src) {
			return false
		}
		if a.src[k] == '\t' {
			return true
		}
		k2 := k + step
		return a.src[k] == ' ' && k2 >= 0 && k2 < len(a.src) && (a.src[k2] == ' ' || a.src[k2] == '\t')
	}
	before := gap(s-1, -1) || s >= 2 && a.src[s-1] == ' ' && a.src[s-2] == ':'
	after := e == len(a.src) || a.src[e] == '\n' || a.src[e] == '\r' || gap(e, 1)
	return before && after
}

// listedCount reports whether the Number at c counts what the capitalised
// plural at p names, in a list of counts: "the Lib Dems 5, and
// independents 2", "the Conservatives 11,".
func (a *annotator) listedCount(p, c int) bool {
	if !a.plural(p) || !(a.isPunct(c+1, ',') || a.word(c+1, wdAnd) || a.isPunct(c+1, '.') || a.isPunct(c+1, ';')) {
		return false
	}
	return a.sameWord(c, p-1, wdThe) || a.shapeOf(p-1)&shUpper != 0 && a.sameWord(c, p-2, wdThe)
}

// footnoteMark reports whether the number at c is a footnote marker, or
// the end of a version or a citation: it is glued to a "." that is glued
// to a word, a "%", a ")", a closing quote or a range of years
// ("2025-2050.16", which the tokenizer splits only before such a mark).
func (a *annotator) footnoteMark(c int) bool {
	if a.shapeOf(c)&shGlued == 0 || !a.isPunct(c-1, '.') || a.shapeOf(c-1)&shGlued == 0 || !a.same(c-2, c) {
		return false
	}
	switch a.kind(c - 2) {
	case tokenize.Word, tokenize.Percent, tokenize.CloseQuote:
		return true
	case tokenize.Number:
		w := a.text(c - 2)
		return len(w) == 9 && w[4] == '-'
	}
	return a.isPunct(c-2, ')')
}

// overAbout reports whether "over" at i, before the amount [i+1, j) of
// kind k, means "about" rather than "more than": after a word for a
// quarrel or a worry ("row over £5m", "dispute over $2bn", "anger over 40
// closures"), or in a headline before money that describes the noun
// after it ("SC pulls up State over Rs 1,200 crore flood relief delay").
func (a *annotator) overAbout(i, j int, k Kind) bool {
	if a.sameKind(i, i-1, tokenize.Word) && a.lowerIn(i-1, quarrelWords) {
		return true
	}
	if k != Money {
		return false
	}
	// "State over Rs 1,200 crore flood relief delay": the money describes
	// a noun of quarrel or worry after it
	for e := j; e < j+3 && a.sameCountable(i, e); e++ {
		if a.textIn(e, quarrelWords) {
			return true
		}
	}
	return a.roleOf(i) == segment.Heading && a.sameCountable(i, j)
}

// quarrelWords are nouns of a quarrel or a worry, after which "over" means
// "about": "row over £5m".
const quarrelWords = "row rows dispute disputes delay delays fight fights probe probes rift rifts clash clashes " +
	"concern concerns anger fears fear worries worry battle battles talks spat standoff outrage furore controversy protest protests " +
	"lawsuit inquiry investigation questions criticism tension tensions wrangle feud"

// digitsBand returns the end of a band of growth rates or figures named by
// their digits at c, "low single digits", "the mid-single digits", "high
// double digits", or c.
func (a *annotator) digitsBand(c int) int {
	if a.kind(c) != tokenize.Word || a.tbits[c]&tbOdd == 0 && !a.wordAmong(c, wdLow, wdMid, wdHigh) {
		return c
	}
	j := c + 1
	if a.lowerIn(j, "single double") {
		j++ // "low single digits"
	} else if !a.lowerIn(c, "low-single mid-single high-single low-double mid-double high-double") {
		return c
	}
	if !a.same(c, j) || !a.lowerIn(j, "digits digit") {
		return c
	}
	return j + 1
}

// lawOf returns the end of "of the" and the name of a law or a policy
// at k, "of the Town and Country Planning Act 1990", "of the NPPF", "of
// the European Convention on Human Rights" (a name with a law's word in
// it), or 0; the lettered or numbered parts in brackets that may follow
// a provision's number come first: "11(d)", "3(1)(a)".
func (a *annotator) lawOf(k int) int {
	for a.isPunct(k, '(') && a.isPunct(k+2, ')') {
		k += 3
	}
	if !a.word(k, wdOf) || !a.word(k+1, wdThe) {
		return 0
	}
	m := k + 2
	if t := a.text(m); a.shapeOf(m)&shAllCaps != 0 && len(t) >= 3 && a.same(k, m) {
		return m + 1 // "the NPPF", "the GDPR"
	}
	for m < k+12 && a.same(k, m) && (a.shapeOf(m)&shUpper != 0 || a.isLowerWord(m) && a.textIn(m, "and of on for")) {
		m++
	}
	for q := m - 1; q > k+1; q-- {
		if a.textIn(q, "Act Regulations Rules Framework Code Convention Treaty Directive Order Constitution") {
			if a.isYear(m) && a.same(k, m) {
				m++
			}
			return m
		}
	}
	return 0
}

// partLabels are the words of a part of a document before its number
// (see provision), in a table: "table 2b", "Figure 3.1", "§ 1983".
var partLabels = wordset.Of("table|Table|tables|Tables|figure|Figure|fig|Fig|appendix|Appendix|title|§|§§|row|seat|para|paras|pp")

// provision reports whether the Number at c numbers a part of a law or a
// document, after "section", "article", "clause", "rule", "schedule" and
// the like: "a section 114 notice", "under clause 3", "rule 12", and a
// part of a document: "table 2b", "Figure 3.1", "page 7", "p. 112". It
// names the part and counts nothing, also with a noun after it.
func (a *annotator) provision(c int) bool {
	p := c - 1
	if a.kind(c) != tokenize.Number || !a.same(p, c) {
		return false
	}
	return a.wordAmong(p, wdSection, wdArticle, wdClause, wdParagraph, wdRule) ||
		a.wordAmong(p, wdSchedule, wdChapter, wdRegulation, wdSubsection, wdAnnex) ||
		a.word(p, wdPage) || partLabels.Has(a.text(p)) ||
		a.isPunct(p, '.') && a.sameTextIn(c, p-1, "p r reg s ss pp para") || a.textIn(p, "s. ss. r. reg. p. pp. para.") || // "table 2b", "Figure 3.1", "p. 112", "reg. 4", "(para 2.7)": labels, not "2 billion"
		a.isPunct(p, '(') && a.kind(p-1) == tokenize.Number && a.shapeOf(c)&a.shapeOf(p)&shGlued != 0 || a.textIs(c+1, "U.S.C.") // "s.3(1)", "42 U.S.C. § 1983"
}

// pluralAcronym reports whether t is an acronym in capitals with a plural
// "s": "MPs", "MEPs", "NGOs".
func pluralAcronym(t []byte) bool {
	n := len(t)
	if n < 3 || t[n-1] != 's' {
		return false
	}
	for _, b := range t[:n-1] {
		if b < 'A' || b > 'Z' {
			return false
		}
	}
	return true
}

// sectionNumber reports whether the Number at c numbers a section at the
// start of a line, "3.2 Leakage and demand": digits with one or two dots
// inside and a capitalised word after them, not a scale, a unit or a
// month ("3.2 Million", "1.5 GW" count).
func (a *annotator) sectionNumber(c int) bool {
	s := int(a.tok(c).Start)
	if s > 0 && a.src[s-1] != '\n' || !a.same(c, c+1) || a.kind(c+1) != tokenize.Word || a.shapeOf(c+1)&shUpper == 0 || a.fl(c+1)&(wScale|wMonth|wCurrency) != 0 {
		return false
	}
	t := a.text(c)
	dots := 0
	for k, b := range t {
		switch {
		case b == '.' && k > 0 && k < len(t)-1:
			dots++
		case b < '0' || b > '9':
			return false
		}
	}
	return dots == 1 || dots == 2
}

// intervalLevel reports whether the words at j, right after a percentage,
// name a confidence interval, so that the percentage is the interval's
// level: "95% CI 0.82-1.31", "95% confidence interval 0.57 to 0.81". The
// level is a convention of the method, not a finding, and is left
// unmarked; the interval's ends stay a quantity.
func (a *annotator) intervalLevel(j int) bool {
	return a.same(j-1, j) && (a.textIn(j, "CI CrI") ||
		a.sameTextIn(j+1, j, "confidence credible") && a.textIn(j+1, "interval intervals"))
}

// penceAt reports whether the sentence of position c (the whole text
// when it has no sentences) speaks of money, so that "3p" at c is a sum
// in pence (see penceContext).
func (a *annotator) penceAt(c int) bool {
	text := a.src
	if s := a.sentOf(c); s >= 0 && int(s) < len(a.sents) {
		text = text[a.sents[s].Start:a.sents[s].End]
	}
	return penceContext(text)
}

// statName reports whether position i is a statistic's abbreviation, which
// names the figure after it rather than a thing it labels: "HR 0.73", "95%
// CI 0.58 to 0.91", "p<0.05", "Mach 0.78" ("Boeing 737" is a name and its
// label).
func (a *annotator) statName(i int) bool {
	return a.kindIn(i, tokenize.Word, tokenize.Abbrev) && a.textIn(i, "HR OR RR CI CrI IRR aHR aOR SD SE IQR p Mach")
}

// tabAfter reports whether a tab follows the token at position i, as
// between the cells of a table's row.
func (a *annotator) tabAfter(i int) bool {
	e := a.tok(i).End
	return int(e) < len(a.src) && a.src[e] == '\t'
}

// phoneDigits reports whether t is written as a North American phone
// number, "555-0143" or "202-555-0143", and not as a range such as
// "100-1000".
func phoneDigits(t []byte) bool {
	var groups [4]int
	n := 0
	for _, c := range t {
		switch {
		case c >= '0' && c <= '9' && n < len(groups):
			groups[n]++
		case c == '-' && n < len(groups)-1:
			n++
		default:
			return false
		}
	}
	switch {
	case n == 2:
		return groups[0] == 3 && groups[1] == 3 && groups[2] == 4
	case n == 1 && groups[0] == 3 && groups[1] == 4:
		lo, _ := plainInt(t[:3])
		hi, _ := plainInt(t[4:])
		return t[4] == '0' || hi < lo
	}
	return false
}

// amountCore reads a number at c and what it measures; it returns the kind,
// the end and whether there was one.
func (a *annotator) amountCore(c int) (Kind, int, bool) {
	var small [16]byte
	if c >= a.n {
		return 0, c, false
	}
	if j := a.digitsBand(c); j > c {
		return Quantity, j, true // "low single digits": a band, with no one value
	}
	if (a.is(c, wFraction) || a.word(c, wdSecond)) && a.record(c) {
		for e := c + 1; e <= c+2 && a.sameCountable(c, e); e++ {
			if a.textIn(e, "goal goals win title try century wicket medal victory appearance") {
				return Quantity, e + 1, true // "his ninth league goal", "his fourth goal": the ninth of his goals
			}
		}
	}
	if a.word(c+1, wdTime) && a.kind(c) == tokenize.Word && a.wordAmong(c-1, wdThe, wdA) && a.ordinal(c) && a.same(c, c+1) {
		return Quantity, c + 2, true // "the fifth time", "for a third time": a record's count
	}
	if a.word(c, wdA) && (a.is(c+1, wMargin) || a.is(c+2, wMargin)) && a.margin(c) > c {
		return Quantity, a.margin(c), true
	}
	if k := a.kind(c); k == tokenize.Word && a.fl(c)&wAmountStart == 0 && !(a.shapeOf(c)&shUpper != 0 && a.kind(c+1) == tokenize.Currency) {
		if a.tbits[c]&tbOdd == 0 {
			return 0, c, false // no "-" (see tbOdd): not "two-thirds" either
		}
		if t := a.text(c); len(t) < 5 || !containsByte(t, '-') {
			return 0, c, false // not "two-thirds" either
		}
	} else if k != tokenize.Word && k != tokenize.Number && k != tokenize.Currency && !(k == tokenize.Abbrev && a.word(c, wdRsDot)) {
		return 0, c, false // but "Rs. 45,000" is rupees as "Rs 45,000" is
	} else if k == tokenize.Number && (capitalAfterHyphen(a.text(c)) || a.textIn(c, "401k 401K") || a.textIs(c+1, "(") && a.shapeOf(c+1)&shGlued != 0 && len(a.text(c+2)) == 1 && a.kind(c+2) == tokenize.Word && a.textIs(c+3, ")")) {
		return 0, c, false // a wire headline's "UPDATE 2-Rivermark shares slump"; a plan or section named by number, "401k", "401(k)", "403(b)"
	}
	if a.kind(c-1) == tokenize.Currency && a.kind(c) == tokenize.Word && a.is(c, wScale) || a.kind(c) == tokenize.Currency && a.kind(c+1) == tokenize.Word && a.is(c+1, wScale) {
		return 0, c, false // "(¥ billion, Oct–Dec)": a table's unit, no amount
	}
	// money with a sign first: "€35 billion", "US$5 million", "$1.2tn"
	cur := c
	if a.kind(c) == tokenize.Word && a.shapeOf(c)&shUpper != 0 && len(a.text(c)) <= 3 && a.kind(c+1) == tokenize.Currency && a.shapeOf(c+1)&shGlued != 0 {
		cur = c + 1
	}
	if a.kind(cur) == tokenize.Currency {
		n := cur + 1
		if a.kind(n) == tokenize.Dash && len(a.text(n)) <= 3 && a.shapeOf(n)&shGlued != 0 && a.kind(n+1) == tokenize.Number && a.shapeOf(n+1)&shGlued != 0 {
			n++ // "¥–3.1 billion", "$-5": a loss
		}
		if j, ok := a.number(n); ok && a.same(c, n) {
			if a.sameIs(c, j, wCurrency) && !a.wordAmong(j, wdWon, wdReal) {
				j++ // "$5 million dollars"
			}
			if a.wordPair(j, wdIn, wdEvery) && a.kind(j+2) == tokenize.Currency && a.sameKind(c, j+3, tokenize.Number) {
				return Quantity, j + 4, true // "£1 in every £5": a share, 0.2
			}
			return Money, j, true
		}
		return 0, c, false
	}
	// ISO codes first: "EUR 35 billion", "USD 5m", "Rs 500 crore"
	// (not "NZD/USD 0.5832": an exchange rate, no sum)
	if a.shapeOf(c)&shUpper != 0 && a.is(c, wCurrency) && (len(a.text(c)) == 3 && a.shapeOf(c)&shAllCaps != 0 && !a.isPunct(c-1, '/') || a.wordAmong(c, wdRs, wdRsDot, wdRp, wdKsh)) {
		if j, ok := a.number(c + 1); ok && a.same(c, c+1) {
			return Money, j, true
		}
	}
	// multipliers and fractions
	if j := a.multiplier(c); j > c {
		return Quantity, j, true
	}
	if j := a.fraction(c); j > c {
		if j == c+1 && a.tbits[c]&tbOdd != 0 && bytes.HasSuffix(a.text(c), []byte("point")) {
			return Percent, j, true // "a half-point cut", "a quarter-point reduction": the size of the move, not the noun
		}
		if a.word(j-1, wdQuarter) && a.word(j, wdPoint) {
			return Percent, j + 1, true // "by a quarter point"
		}
		if e := a.percentWords(j); e > j && a.word(j-1, wdQuarter) {
			return Percent, e, true // "a quarter percentage point"
		}
		if a.word(j, wdA) && a.same(c, j+1) {
			if a.textIs(j+1, "length") {
				return Quantity, j + 2, true // "three-quarters of a length", "half a length": a margin
			}
			if e := a.percentWords(j + 1); e > j+1 {
				return Percent, e, true // "half a percentage point", "a quarter of a percentage point"
			}
			if a.word(j+1, wdPoint) {
				return Quantity, j + 2, true // "half a point"
			}
		}
		if a.is(j-1, wScale) && a.sameLowerIs(c, j, wCurrency) {
			return Money, j + 1, true // "half a billion dollars"
		}
		if a.is(j-1, wScale) && a.sameCountable(c, j) && (a.plural(j) || a.is(j, wCountNoun)) {
			return Quantity, j + 1, true // "a quarter of a million people"
		}
		return Quantity, j, true
	}
	if j := a.vague(c); j > c {
		if a.sameIs(c, j, wCurrency) && a.shapeOf(j)&shLower != 0 {
			return Money, j + 1, true
		}
		return Quantity, j, true
	}
	if a.kind(c) == tokenize.Number && runsForWickets(a.text(c)) {
		return Quantity, c + 1, true // "312/6": a cricket score, one figure
	}
	if a.kind(c) == tokenize.Number && a.isPunct(c-1, ':') && a.lowerIn(c-2, "rating verdict score stars") && containsByte(a.text(c), '/') {
		return Quantity, c + 1, true // a rating, "Verdict: 4/5"
	}
	j, ok := a.number(c)
	if !ok {
		return 0, c, false
	}
	if j == c+1 && a.textIs(c, "hundred") && (a.shapeOf(c-1)&shUpper != 0 && a.nameToken(c-1) && a.same(c-1, c) || a.textIn(c-1, "maiden double record his")) {
		return 0, c, false // "Marsh's hundred lifts …", "a maiden hundred": a century, an innings, no count of what follows
	}
	if j == c+1 && a.forWickets(c) {
		return Quantity, c + 3, true // "245 for 7": a cricket score, one figure
	}
	if j == c+1 && a.isPunct(j, '*') && a.shapeOf(j)&shGlued != 0 && len(a.text(c)) <= 3 && a.kind(c) == tokenize.Number && (a.nameToken(c-1) || a.textIn(c-1, "made scored unbeaten on")) {
		return Quantity, j + 1, true // a batsman's "143*", not out
	}
	if a.kind(c) == tokenize.Number {
		_, suf := digitsOf(a.text(c))
		switch s := lowerSmall(&small, suf); {
		case string(suf) == "p" && (!a.penceAt(c) || wordIn("720p 1080p", a.text(c))):
			return 0, c, false // "1080p video": no sum with no money about it (see penceContext), nor a screen's lines
		case wordIn("p c", suf):
			return Money, c + 1, true // "412p", "99c"
		case string(suf) == "pc" || string(suf) == "-percentage-point":
			return Percent, c + 1, true // "2pc", as British papers write it; "a 0.5-percentage-point cut", not the noun
		case unitSuffix(suf):
			return Quantity, a.perHour(c + 1), true // "96mph", "30C", "1.2GW", "112km/h"
		case len(s) > 1 && s[0] == '-' && !('0' <= s[1] && s[1] <= '9' && (a.kind(c+1) == tokenize.Percent || a.percentWords(c+1) > c+1 || a.isYear(c))): // not "5-10%", "6.8-7.2 per cent", "2022-23"
			e := c + 2 // "adding 10-14 days"
			if !a.is(c+1, wTimeUnit) || a.textIs(c+2, "favourite") {
				e = a.unitAfter(c + 1) // not "the 7-1 second favourite"
			}
			if e > c+1 && s[1] <= '9' && a.same(c, c+1) {
				return Quantity, e, true // a range with its unit: "250-380 mm", "1-2°C"
			}
			return Quantity, c + 1, true // "1.2-gigawatt", "15-year", "10-year-old"
		}
	}
	if j == c+1 && a.metreMark(c) && !a.countedAfter(j) {
		return Quantity, j, true // "waves reached 15m", "a 15m wall": metres, not millions
	}
	if a.isYear(c) && j == c+1 && !a.yearIsCount(c) {
		return 0, c, false
	}
	if a.dayNum(c) && a.isMonth(c+1) {
		return 0, c, false
	}
	// what follows the number
	if e := a.unitAfter(j); e > j && a.same(c, j) {
		return Quantity, e, true // "44.5°C", "58.8 GW", "70 km/h"
	}
	if e := a.percentWords(j); e > j && a.same(c, e-1) {
		return Percent, e, true
	}
	switch {
	case a.sameKind(c, j, tokenize.Percent):
		return Percent, j + 1, true
	case a.sameIs(c, j, wCurrency) && !a.wordAmong(j, wdWon, wdReal) && !(a.shapeOf(j)&shAllCaps == 0 && a.shapeOf(j)&shUpper != 0):
		return Money, j + 1, true
	case a.kind(j) == tokenize.Currency && j > c && a.same(c, j) && !(a.kind(j+1) == tokenize.Number && a.shapeOf(j+1)&shGlued != 0):
		return Money, j + 1, true // a sign after the amount: "1.4 bln zł", "320 Kč", "320 €"
	case a.kind(j) == tokenize.Word && (a.shapeOf(j)&(shUpper|shAllCaps) == shUpper || a.textIs(j, "US")) && a.lowerIs(j+1, wCurrency) && (a.plural(j+1) || a.textIn(j+1, "kronor kroner krónur")) && a.same(c, j+1):
		return Money, j + 2, true // "2.4 billion Swedish crowns", "40 Australian dollars", "64 US cents", "4 million Swedish kronor"
	case a.sameIs(c, j, wTimeUnit) && !a.textIs(j, "HR"):
		if a.timing(c) || a.word(c-1, wdOn) && a.isLowerWord(j) {
			return Quantity, j + 1, true // "ran 50.12 seconds", "survival was 14.2 months": a measured time; "late on 96 days", a count
		}
		return 0, c, false // a duration: the date annotator's
	case a.sameWord(c, j, wdTimes) && (a.is(c, wNumWord) || a.kind(c) == tokenize.Number && j == c+1 && a.isLowerWord(j)):
		return Quantity, j + 1, true // "three times", "2.8 times", as "2.8x" is
	case j == c+1 && (a.word(j, wdIn) || a.word(j, wdOf) && !a.word(c, wdOne) && !a.textIs(c, "1") || a.textIs(j, "out") && a.word(j+1, wdOf) && !a.ordinal(c)):
		// "one in five", "two of five districts", "9.8 out of 10": a share;
		// but not "1,400 in 1911", and "one of 12 people who voted
		// against" is a member of a group, "49th out of 50" a rank
		o := j // "in" or "of"
		if a.textIs(j, "out") {
			o++
		}
		m := o + 1
		if a.word(m, wdEvery) {
			m++ // "one in every five"
		}
		// "11 in 14 this term" is a tally of goals in games: "in" makes
		// a share of a word number, "one in seven", of "1", or of a
		// number a counted noun follows, "3 in 10 adults"
		rate := a.word(o, wdOf) || a.is(c, wNumWord) || a.textIs(c, "1") || a.sameCountable(c, m+1)
		if rate && a.same(c, m) && (a.kind(m) == tokenize.Number && (!a.isYear(m) || a.countable(m+1)) || a.is(m, wNumWord)) && a.share(c, m) {
			// what the share counts, "two of five districts", not "two"
			// and "five districts"; "1 out of 6 people", "19 out of 20
			// computer chips", "10,000 out of 12,000 Humvees"
			for e := m + 1; e <= m+3 && a.word(o, wdOf) && a.sameCountable(c, e); e++ {
				if a.plural(e) || a.is(e, wCountNoun) {
					return Quantity, e + 1, true
				}
			}
			if a.capitalPlural(c, m+1) {
				m++
			}
			return Quantity, m + 1, true
		}
	}
	if a.word(j, wdOr) && a.same(c, j+1) {
		if a.textIn(j+1, "more over above older fewer less under below higher") {
			j += 2 // "3 or more cups", "aged 65 or over": a bound, kept with its number
		} else if (a.kind(j+1) == tokenize.Number || a.is(j+1, wNumWord)) && !a.is(j+2, wTimeUnit) {
			return Quantity, j, true // "one or two cups": a range (see amountRange)
		}
	}
	if a.textIs(j, "net") && a.same(c, j+1) && (a.countable(j+1) || a.wordAmong(j+1, wdExtra, wdAdditional, wdMore, wdNew)) {
		j++ // "198,000 net additional homes": the count goes on to its noun
	}
	// a counted noun: "40 people", "3,000 additional troops"
	if a.wordAmong(j, wdExtra, wdAdditional, wdMore, wdNew, wdFurther) {
		if a.capitalPlural(c, j+1) {
			return Quantity, j + 2, true // "8,000 more GPs"
		}
		if !a.countable(j+1) || !a.same(c, j+1) {
			if a.word(c, wdOne) && j == c+1 {
				return 0, c, false // "One more on the money"
			}
			return Quantity, j, true // "0.0412 new Korenbloem shares": not the noun
		}
		if !a.plural(j+1) && !a.is(j+1, wCountNoun) && (a.countable(j+2) || pluralAcronym(a.text(j+2)) || a.shapeOf(j+2)&shAllCaps != 0 && a.plural(j+3) && a.countable(j+3)) {
			// "1,140 new housing units", "40 new community health hubs":
			// the noun is the plural after the words that qualify it; with
			// no plural in reach the count stops before them
			for e := j + 2; e <= j+4 && a.same(c, e); e++ {
				if pluralAcronym(a.text(e)) || a.plural(e) && a.countable(e) {
					return Quantity, e + 1, true // also "six new crypto ETFs"
				}
				if !a.countable(e) && a.shapeOf(e)&shAllCaps == 0 {
					break // but "60,000 additional free TAFE places" runs on
				}
			}
			if a.word(c, wdOne) && j == c+1 {
				return 0, c, false // "One more time you've bought …"
			}
			return Quantity, j, true
		}
		return Quantity, j + 2, true
	}
	if a.capitalPlural(c, j) {
		if a.countable(j+1) && a.plural(j+1) && a.same(c, j+1) {
			j++ // "nine Fenris engines": a name that ends in "s"
		}
		return Quantity, j + 1, true // "23 million Americans", not "112 Champions League appearances"
	}
	if a.same(c, j+1) && a.kind(j) == tokenize.Word && a.shapeOf(j)&(shPoss|shUpper) == shUpper && (a.shapeOf(j)&shAllCaps == 0 || a.plural(j+1)) &&
		a.fl(j)&(wMonth|wWeekday|wCommon) == 0 {
		e := j + 1
		if !a.isLowerWord(e) {
			e++ // "34 Ligue 1 appearances", "40 Premier League starts"
		}
		if a.countable(e) && (a.plural(e) || a.record(c)) && a.same(c, e) || a.kind(j+1) == tokenize.Number && a.capitalPlural(c, e) {
			return Quantity, e + 1, true // "61 British companies", "two Democratic senators", "1.2 million Windows 10 PCs"
		}
	}
	if a.word(c, wdOne) && j == c+1 && !a.is(j, wCountNoun) && !(a.word(j, wdPoint) && a.isLowerWord(c-1) && a.textIn(c-1, changeVerbs)) {
		return 0, c, false // "the last one costs", "one day", but "rose one point"
	}
	e := j
	if a.kind(c) == tokenize.Number && a.shapeOf(j)&shAllCaps != 0 && len(a.text(j)) <= 3 {
		e++ // "246,300 UK 18-year-olds"
	}
	if _, suf := digitsOf(a.text(e)); a.kind(e) == tokenize.Number && a.same(c, e) && isPlural(suf) && gluedUnit(suf) && (a.is(c, wNumWord) || bytes.HasSuffix(suf, []byte("-olds"))) {
		return Quantity, e + 1, true // "six 3-pointers", "two 10-year-olds": six of them; "246,300 18-year-olds"
	}
	if a.sameCountable(c, j) {
		if a.textIs(j, "basis") && a.word(j+1, wdPoint) || a.textIs(j, "degrees") && a.sameTextIn(c, j+1, "Celsius Fahrenheit") {
			return Quantity, j + 2, true // "a 50 basis point cut", as "50 basis points"; "0.97 degrees Celsius"
		}
		if a.shapeOf(c-1)&shPoss != 0 && !a.plural(j) && a.sameName(c, j+1) {
			return Quantity, j, true // a headline's "Okafor's 38 lift Harbor City": a verb and its object, no unit
		}
		if a.sameLowerIs(c, j+1, wTimeUnit) && !a.is(j, wCountNoun) {
			return Quantity, j + 2, true // "31 consecutive days"
		}
		// two words when the second is the noun: "3,000 additional troops",
		// "three private carriers", "12 police officers"
		// (not "7.1 earthquake kills at least 62": a verb before its object)
		if (a.countable(j+1) || a.is(j+1, wCue) && a.plural(j+1) && (a.adjective(j) || a.textIn(j, "similar single")) && a.isLowerWord(j+1)) && (a.is(j+1, wCountNoun) || a.record(c) && !a.countable(j+2) || a.adjective(j) && !a.adjective(j+1) || a.plural(j+1) && (!a.plural(j) || a.textIn(j, "maths physics economics arts sports")) && !a.objectAfter(j+2)) &&
			!a.is(j, wCountNoun) && a.same(c, j+1) {
			return Quantity, j + 2, true
		}
		// "11,400 bulk text messages", "her 11th grand slam title": two
		// words before the noun
		if !a.plural(j) && a.countable(j+1) && !a.plural(j+1) && a.countable(j+2) && (a.plural(j+2) || a.ordinal(c)) && !a.is(j, wCountNoun) && a.same(c, j+2) && !a.objectAfter(j+3) {
			return Quantity, j + 3, true
		}
		if a.word(c-1, wdLevel) && !a.plural(j) && j == c+1 {
			return Quantity, c + 1, true // "level 2 qualification": a level's number
		}
		// "450 head office and distribution roles": the count is of the
		// plural after the nouns joined by "and", not of "head"
		for e, and := j+1, false; !a.plural(j) && e <= j+5 && a.same(c, e); e++ {
			if a.wordAmong(e, wdAnd, wdOr) {
				and = true
			} else if !a.countable(e) || a.plural(e) {
				if and && a.plural(e) && a.countable(e) {
					return Quantity, e + 1, true
				}
				break
			}
		}
		return Quantity, j + 1, true
	}
	// "1,722 confirmed bird strikes", "1,500 registered voters", "two
	// leading national news networks": a modifier, perhaps with more words
	// that qualify, before the plural noun; not a verb, "1,722 confirmed
	// that …", "4,210 developed kidney stones" (of the participles only
	// those that mostly qualify a noun)
	t := a.text(j)
	mod := a.adjective(j) && (t[len(t)-1] != 'd' || wordIn(countParticiples, t))
	for e := j + 1; mod && e <= j+3 && a.same(c, e); e++ {
		if a.plural(e) && a.countable(e) && !a.plural(e+1) {
			return Quantity, e + 1, true
		}
		if !a.countable(e) && !a.adjective(e) {
			break
		}
	}
	if a.word(c, wdOne) && j == c+1 {
		return 0, c, false // "one" alone is mostly not a count
	}
	return Quantity, j, true
}

// countParticiples are the participles that a count runs over to its
// noun, "1,722 confirmed bird strikes", separated by spaces (see
// [annotator.amountCore]); others are mostly verbs, "4,210 developed
// kidney stones".
const countParticiples = "confirmed reported registered recorded spoiled suspected estimated retired detailed respected distinguished prolonged unforced"

// record reports whether the ordinal at c follows an owner, "Saka's
// 60th", "his 14th": a record of that owner's, which counts the noun after
// it ("60th Premier League goal"), not a unit's number ("the 14th
// Brigade").
func (a *annotator) record(c int) bool {
	return a.ordinal(c) && (a.shapeOf(c-1)&shPoss != 0 || a.textIn(c-1, "his her their its His Her Their Its"))
}

// capitalPlural reports whether the word at j, after the figure at c, is a
// plural with a capital that the figure counts: "23 million Americans",
// "8,000 GPs"; not a product's name before its number, "1.2 million
// Windows 10 PCs".
func (a *annotator) capitalPlural(c, j int) bool {
	return a.sameKind(c, j, tokenize.Word) && a.shapeOf(j)&(shUpper|shAllCaps) == shUpper && a.plural(j) && a.shapeOf(j)&shPoss == 0 &&
		a.fl(j)&(wMonth|wWeekday|wCommon) == 0 && !a.listed(j, j+1) && a.kind(c) != tokenize.Currency && !a.nameToken(j+1) && !(a.sameKind(j, j+1, tokenize.Number)) &&
		(a.same(c-1, c) || !a.isPunct(j+1, '(')) // not a place in a results list, "2 Norris (McLaren) +3.2s"
}

// margin returns the end of a winning margin in a race that starts at c,
// at "a", then a margin noun (see wMargin), or c if there is none: "won by a
// neck", "beaten a short head", "a length and a half back", "3/4 length,
// a neck"; not "led by a head teacher".
func (a *annotator) margin(c int) int {
	e := c + 1
	if !a.same(c, e) {
		return c
	}
	if a.textIs(e, "short") {
		e++
	}
	if a.textIs(e, "length") && a.word(e+1, wdAnd) && a.wordPair(e+2, wdA, wdHalf) {
		e += 3
	}
	if (a.sameIs(c, e, wMargin) || a.word(e, wdHalf)) && (a.textIn(c-1, "by beaten") || a.textIs(e+1, "back") || a.isPunct(c-1, ',') && a.textIn(c-2, "length lengths")) && (a.kind(e+1) != tokenize.Word || a.textIn(e+1, "back behind in at and to from over on")) {
		return e + 1
	}
	return c
}

// metreMark reports whether the Number at c has a glued "m" and no currency
// sign before it: "15m" can be 15 metres or 15 million, which only what
// comes after it settles ("£15m" is money).
func (a *annotator) metreMark(c int) bool {
	if a.kind(c) != tokenize.Number || a.kind(c-1) == tokenize.Currency {
		return false
	}
	t := a.text(c)
	return len(t) > 1 && t[len(t)-1] == 'm' && '0' <= t[len(t)-2] && t[len(t)-2] <= '9'
}

// countedAfter reports whether position j, right after a number, opens
// what a number of millions counts: a plural noun or a currency, perhaps
// after one word that describes it ("15m people", "38.6m units", "2m
// more households", "15m British voters"). A singular word or none makes
// the "m" metres: "a 15m wall", "15m high", "reached 15m.".
func (a *annotator) countedAfter(j int) bool {
	counts := func(k int) bool {
		return a.sameKind(j-1, k, tokenize.Word) && (a.plural(k) || a.is(k, wCountNoun|wCurrency))
	}
	return counts(j) || a.textIn(j, "bpd bbl boe b") || a.sameKind(j-1, j, tokenize.Word) && !a.is(j, wPrep) && !a.wordAmong(j, wdTo, wdAnd, wdOr) && counts(j+1)
}

// share reports whether the number at c and the one after "in" state a
// share, "one in five", "1 in 4": the second is a whole number greater
// than the first, and no span of time or overs follows it ("took 7 in 50
// overs", "198 in 44.3 overs" are a count and when it was made). The
// second is at m.
func (a *annotator) share(c, m int) bool {
	if a.kind(m) == tokenize.Number {
		x, okx := plainInt(a.text(c))
		y, oky := plainInt(a.text(m))
		if containsByte(a.text(m), '.') || okx && oky && y <= x {
			return false
		}
	}
	return !(a.same(c, m+1) && (a.is(m+1, wTimeUnit) || a.textIn(m+1, "overs balls innings")))
}

// scorecardEntry reports whether the Number at c, after a name and
// between commas, semicolons or brackets, is a batsman's runs in a
// scorecard, "(Hughes 88, Patel 54; Dlamini 4-32)": a bowler's figures
// (wickets under ten, runs ten or more) or a not-out star near it in the
// sentence tell it is cricket.
func (a *annotator) scorecardEntry(c int) bool {
	if a.textIs(c-2, "b") && a.same(c-2, c) {
		return true // "c Brook b Archer 27 (22)": the runs after the bowler who took the wicket
	}
	if !(a.isPunct(c+1, ',') || a.isPunct(c+1, ';') || a.isPunct(c+1, ')')) || !(a.isPunct(c-2, '(') || a.isPunct(c-2, ',') || a.isPunct(c-2, ';')) {
		return false
	}
	for k := max(0, c-12); k < c+12 && k < a.n; k++ {
		if x, y, ok := shortPair(a.text(k)); a.kind(k) == tokenize.Number && ok && x < 10 && y >= 10 || a.isPunct(k, '*') && a.kind(k-1) == tokenize.Number {
			return a.same(c, k)
		}
	}
	return false
}

// nameFigure reports whether the number at c is a figure though a name
// or an abbreviation at p comes right before it, which mostly makes it a
// label ("Boeing 737", "Apollo 11"): a score, "Dale 4-1", a cricket total,
// "Westbury 291/4", or after a nation "England 287-6" (a maker's model,
// "Boeing 787-9", has that shape), a batter's runs (see scorecardEntry),
// a statistic (see statName), a listed count (see listedCount), a
// bowling analysis, "Rashid 5-0-23-2", or a tally with its thousands
// grouped, "Barton's 1,212", as no label is written, or a race's metres,
// "World Championships 200m".
func (a *annotator) nameFigure(p, c int) bool {
	t := a.text(c)
	x, y, ok := shortPair(t)
	_, suf := digitsOf(t)
	return ok || runsForWickets(t) || wordIn("m", suf) || gluedUnit(suf) || x > 99 && y <= 10 && (a.entityKind(p, p+1) == Place || a.entityKind(p-1, p+1) == Place) ||
		a.scorecardEntry(c) || a.statName(p) || a.listedCount(p, c) || containsByte(t, ',') && t[0] != '0' ||
		bowlingFigures(t)
}

// bowlingFigures reports whether t, the text of a Number, is a bowler's
// overs, maidens, runs and wickets: four numbers joined by three hyphens,
// "5-0-23-2", "9.3-1-37-2".
func bowlingFigures(t []byte) bool {
	n := 0
	for _, b := range t {
		if b == '-' {
			n++
		}
	}
	return n == 3
}

// runsForWickets reports whether t, the text of a Number, is a cricket
// score written with a slash, runs then wickets: "312/6", "45/4". The runs
// are more than 31, so that "12/6" and "31/3" stay dates, and the wickets
// ten at most; "24/7" is a phrase, and "211/2" or "121/4", a half or a
// quarter as old transcripts write them (21½, 12¼), are no score.
func runsForWickets(t []byte) bool {
	k := bytes.IndexByte(t, '/')
	if k < 2 || k > 3 || len(t)-k-1 < 1 || len(t)-k-1 > 2 || t[0] == '0' || string(t) == "24/7" {
		return false
	}
	if wordIn("1/2 1/4 3/4", t[k-1:]) {
		return false
	}
	runs, ok := plainInt(t[:k])
	wickets, ok2 := plainInt(t[k+1:])
	return ok && ok2 && runs > 31 && wickets <= 10
}

// forWickets reports whether the number at c and the words after it are a
// cricket score, runs "for" wickets: "245 for 7 in 50 overs", "45 for 4 at
// lunch", "198 for 9 wickets". Not "2 for 1" (fewer than ten runs) nor "40
// for 5 dollars", where the second number counts something of its own.
// Bowling figures, wickets for runs, are one too: "figures of 4 for 32",
// "took 4 for 32 in 10 overs".
func (a *annotator) forWickets(c int) bool {
	if !a.word(c+1, wdFor) || a.kind(c+2) != tokenize.Number || !a.same(c, c+2) {
		return false
	}
	if a.word(c-1, wdOf) && a.textIs(c-2, "figures") {
		return true
	}
	runs, ok := plainInt(a.text(c))
	wickets, ok2 := plainInt(a.text(c + 2))
	if a.textIn(c-1, "took takes taking with") {
		runs, wickets = wickets, runs // a bowler's "took 4 for 32", "finished with 5 for 37"
	}
	if !ok || !ok2 || runs < 10 || wickets > 10 {
		return false
	}
	k := c + 3
	if !a.same(c, k) || a.textIn(k, "wickets wkts") {
		return true
	}
	if a.kind(k) == tokenize.Percent || a.is(k, wTimeUnit|wCurrency|wScale) {
		return false
	}
	// After a team's name or "at", "were", "made", "reached" the score
	// stands whatever word follows, "Westbury 291 for 4 beat …", "At 198
	// for 2 you're …", unless a plural counts the second number: "Boeing
	// 737 for 10 airlines".
	if a.same(c-1, c) && (a.shapeOf(c-1)&shUpper != 0 || a.textIn(c-1, "at were was made reached")) {
		return !a.plural(k)
	}
	return !a.countable(k)
}

// percentWords returns the end of the words that make the number before
// position j a percentage, "percent", "per cent", "percentage points", or
// j.
func (a *annotator) percentWords(j int) int {
	switch {
	case a.is(j, wPercentWord):
		return j + 1
	case a.wordPair(j, wdPer, wdCent):
		return j + 2
	case a.word(j, wdPercentage) && a.wordAmong(j+1, wdPoints, wdPoint):
		return j + 2
	}
	return j
}

// minus reports whether position i is a dash that can be a minus sign
// before a currency sign, "-" or "−", with no word glued before it.
func (a *annotator) minus(i int) bool {
	if a.kind(i) != tokenize.Dash {
		return false
	}
	t := a.text(i)
	return wordIn("- −", t) && (a.shapeOf(i)&shGlued == 0 || a.isPunct(i-1, '('))
}

// objectAfter reports whether position k, in the same sentence as the word
// before it, opens an amount: a number, a number word or an approximator
// ("kills at least 62", "hits 3,000"), but not "as of".
func (a *annotator) objectAfter(k int) bool {
	return a.same(k-1, k) && (a.kindIn(k, tokenize.Number, tokenize.Currency) || a.is(k, wNumWord|wApprox) && !a.word(k+1, wdOf) || a.wordPair(k, wdAt, wdLeast))
}

// sameCountable reports whether position j is [annotator.countable] and
// in the sentence of position i: a.countable(j) && a.same(i, j), in one
// call for the size of the wasm build.
func (a *annotator) sameCountable(i, j int) bool {
	return a.countable(j) && a.same(i, j)
}

// countable reports whether position j can be the noun a number counts: a
// lower-case word that is not a function word, a verb we know, a time unit
// or a month.
func (a *annotator) countable(j int) bool {
	if !a.isLowerWord(j) {
		return false
	}
	if a.fl(j)&wCountNoun != 0 {
		return true
	}
	if a.hyphenBroken(j) {
		return false // "the six regional compa-\nnies": half a word
	}
	t := a.text(j)
	if len(t) > 3 && string(t[len(t)-2:]) == "ed" {
		return false // "56 kept", "40 died": a verb
	}
	// (the word classes first: a word of the list below has the answer
	// false here too, and "of", "per" and "the" skip it)
	if f := a.fl(j); f&(wStop|wCue|wTimeUnit|wMonth|wRelMod|wApprox|wPhrase|wCopula|wPrep|wSuperlative|wDet) != 0 {
		return f&wCue != 0 && a.textIs(j, "posts") && a.kind(j-1) == tokenize.Number && !a.isYear(j-1) // "85 posts would go": jobs, not the verb of a cue
	}
	// "the mark of 50.47 set in 2019": a participle; "27.9 v 26.1":
	// versus; "48,000 finish": a verb
	return !wordIn("set put hit made held paid sold built spent taken given seen won lost v vs respectively finish", t)
}

// hyphenBroken reports whether the word at j is the first part of a word
// hyphenated across a line break: a "-" glued to it ends its line, and the
// next line goes on in lower case ("compa-\nnies").
func (a *annotator) hyphenBroken(j int) bool {
	return a.kind(j+1) == tokenize.Dash && a.shapeOf(j+1)&shGlued != 0 && a.shapeOf(j+2)&(shLineStart|shGlued|shLower) == shLineStart|shLower
}

// number reads a number at c: digits with an optional glued or separate
// scale ("35bn", "1.2 trillion"), or number words ("twenty-five", "two
// million", "a hundred"). It returns the end.
func (a *annotator) number(c int) (int, bool) {
	var small [16]byte
	switch {
	case a.kind(c) == tokenize.Number:
		t := a.text(c)
		num, suf := digitsOf(t)
		if len(num) == 0 {
			return c, false
		}
		if len(suf) > 0 {
			s := suf
			params := bytes.HasSuffix(suf, []byte("-parameter")) || string(suf) == "T" && a.sameTextIn(c, c+1, "parameters") // "1.8T parameters"
			if k := bytes.IndexByte(suf, '-'); k > 0 && (a.kind(c-1) == tokenize.Currency || params) {
				s = suf[:k] // "£60m-rated", "€5m-a-year", "70B-parameter", "1.5T-parameter": the scale before the hyphen
			}
			sc, _, _ := a.lookup(s)
			f := flagSets[sc]
			if len(s) == 1 && (s[0] == 'B' || s[0] == 'M') && len(num) >= 4 && bytes.IndexByte(num, ',') < 0 && bytes.IndexByte(num, '.') < 0 && a.kind(c-1) != tokenize.Currency {
				return c, false // a batch or model code, "2418B" ("24B" is 24 billion)
			}
			if f&wScale == 0 && !params && !wordIn("st nd rd th s p c pc min sec", lowerSmall(&small, suf)) {
				if unitSuffix(suf) {
					return c + 1, true
				}
				if tk := a.tok(c); suf[0] != '-' && suf[0] != ':' && !(suf[0] == '/' && (a.kind(c-1) != tokenize.Number && a.sameTextIn(c, c+1, "tsp tbsp cup cups teaspoon teaspoons tablespoon tablespoons length lengths") || oddsAt(a.src, int(tk.Start), int(tk.End)) > 0)) {
					return c, false // "24/7", "9/11"; but "1/2 tsp", "3/4 cup", and odds, "the 11/4 favourite"
				}
			}
			return c + 1, true
		}
		if a.sameKind(c, c+1, tokenize.Number) && len(num) <= 2 {
			if f := a.text(c + 1); len(f) == 3 && f[1] == '/' && '1' <= f[0] && f[0] < f[2] && f[2] <= '9' {
				return c + 2, true // "1 1/2 cups": a whole number and a fraction
			}
		}
		j := c + 1
		// "m" on its own is the scale only after a currency sign: "£418 m"
		for a.sameIs(c, j, wScale) && a.kind(j) == tokenize.Word && (len(a.text(j)) > 2 || a.wordAmong(j, wdBn, wdMn, wdTn, wdCr) ||
			j == c+1 && a.word(j, wdM) && a.kind(c-1) == tokenize.Currency) {
			j++
		}
		return j, true
	case a.is(c, wNumWord):
		j := c
		for a.same(c, j) && (a.is(j, wNumWord) || a.word(j, wdAnd) && a.is(j+1, wNumWord) && a.is(j-1, wScale)) {
			j++
		}
		if a.halfMore(j) && a.is(j+3, wScale) {
			j += 4 // "two and a half billion", one amount
		} else if a.halfMore(j) && !a.is(j+3, wTimeUnit) && !a.is(j-1, wScale) {
			j += 3 // "one and a half miles" (but "two and a half years" is a duration)
		}
		return j, true
	case a.wordAmong(c, wdA, wdAn) && a.sameIs(c, c+1, wScale) && a.is(c+1, wNumWord):
		j := c + 1
		for a.sameIs(c, j, wNumWord) {
			j++
		}
		if a.halfMore(j) {
			j += 3 // "a billion and a half"
		}
		return j, true
	case a.wordAmong(c, wdA, wdAn) && a.halfMore(c+2) && a.sameTextIn(c, c+1, measureNouns):
		return c + 5, true // "a mile and a half", one and a half miles
	}
	return c, false
}

// multiplier reads "fivefold", "doubled", "twice", "5-fold", "double the".
func (a *annotator) multiplier(c int) int {
	var small [16]byte
	if a.kind(c) == tokenize.Number {
		_, suf := digitsOf(a.text(c))
		if string(lowerSmall(&small, suf)) == "-fold" {
			return c + 1
		}
		return c
	}
	if a.wordAmong(c+1, wdA, wdPer) && a.is(c+2, wTimeUnit) && a.textIn(c, "once Once") && !a.word(c+3, wdAgo) {
		return c + 1 // "once a day", a rate as "twice a day" is (see amount)
	}
	if !a.is(c, wMultiplier) || a.textIs(c, "halving") && !a.word(c+1, wdOf) && (a.is(c-1, wDet) || a.shapeOf(c-1)&shPoss != 0 || a.textIs(c-1, "next")) {
		return c // not an event's name, "Bitcoin's next halving"
	}
	if a.wordAmong(c, wdDouble, wdTriple) {
		if a.sameAmong(c, c+1, wdThe, wdThat, wdIts, wdTheir) || a.word(c-1, wdThan) {
			return c + 1
		}
		return c
	}
	return c + 1
}

// capitalAfterHyphen reports whether t has a hyphen followed by a capital
// letter: "2-Rivermark", not "10-year" or "2-for-1".
func capitalAfterHyphen(t []byte) bool {
	for i := 0; i+1 < len(t); i++ {
		if t[i] == '-' && 'A' <= t[i+1] && t[i+1] <= 'Z' {
			return true
		}
	}
	return false
}

// shareHalf reports whether "half" at position i is a share, not the
// part of a sequence that "first half" and "second half" name ("the
// second half of the course").
func (a *annotator) shareHalf(i int) bool {
	return a.word(i, wdHalf) && !a.textIn(i-1, "first second")
}

// fraction reads "a third", "two-thirds", "half of", "three quarters",
// "a quarter of", and a share written as one word, "one-in-three".
func (a *annotator) fraction(c int) int {
	if !a.isWord(c) || a.fl(c)&(wFraction|wNumWord) == 0 && !a.word(c, wdA) {
		if !a.isWord(c) || len(a.text(c)) < 7 || !containsByte(a.text(c), '-') {
			return c
		}
	}
	if a.isWord(c) && !a.is(c, wFraction) {
		// "two-thirds", "one-third"
		t := a.text(c)
		for k := 1; k < len(t)-1; k++ {
			if t[k] == '-' {
				c1, _, _ := a.lookup(t[:k])
				f1 := flagSets[c1]
				c2, _, _ := a.lookup(t[k+1:])
				f2 := flagSets[c2]
				if f1&wNumWord != 0 && f2&wFraction != 0 {
					return a.ofNoun(c + 1)
				}
				if f1&wFraction != 0 && wordIn("point percentage-point cent", t[k+1:]) {
					return c + 1 // "a half-point cut", "a quarter-point reduction": a share of a percentage point; "a quarter-cent sales tax", of a cent
				}
				if f1&wNumWord != 0 && len(t) > k+4 && string(t[k+1:k+4]) == "in-" {
					if v, _, ok := amount.ParseRange(t); ok && v < 1 {
						return c + 1 // "a one-in-three chance", "a one-in-100-year flood": a share, but not "one-in-one-out"
					}
				}
				break
			}
		}
	}
	if a.shareHalf(c) {
		if a.sameAmong(c, c+1, wdOf, wdThe, wdA, wdIts, wdTheir) {
			if a.word(c+1, wdA) && (a.is(c+2, wScale) || a.sameTextIn(c, c+2, measureNouns)) {
				return c + 3 // "half a million", "half a mile"
			}
			if a.word(c+1, wdOf) {
				return c + 2
			}
			return c + 1
		}
		// "cut by half", "fell by half in 2024", not "by half past six";
		// "More than half had had a stroke"
		if (a.changeBy(c-1) || a.word(c-1, wdThan)) && (c+1 >= a.n || a.kind(c+1) == tokenize.Punct || a.is(c+1, wStop|wPrep) && !a.textIs(c+1, "past") || a.textIs(c+1, "last")) {
			return c + 1
		}
		return c
	}
	if a.word(c-1, wdAnd) && (a.is(c-2, wTimeUnit) || a.word(c-3, wdA)) && a.word(c, wdA) {
		return c // "an hour and a half", "a mile and a half": a part of what is before it, not a half of something
	}
	if (a.wordAmong(c, wdA, wdOne) || a.is(c, wNumWord)) && a.sameIs(c, c+1, wFraction) && !a.wordAmong(c+1, wdSecond, wdFourth) {
		plural := a.plural(c + 1)
		if a.sameWord(c, c+2, wdOf) {
			if a.word(c+3, wdA) && a.sameIs(c, c+4, wScale) {
				return c + 5 // "a quarter of a million"
			}
			return c + 3
		}
		if !plural && a.sameTextIn(c, c+2, measureNouns) {
			return c + 3 // "a quarter mile": a distance
		}
		if plural && !a.word(c, wdA) && !a.quartersRun(c+1) {
			return c + 2
		}
		// "a fifth less likely", "a third more", not "a third party"
		if a.kind(c+2) == tokenize.Punct || c+2 >= a.n || !a.same(c, c+2) || a.wordAmong(c+2, wdLess, wdMore, wdFewer) || a.word(c+1, wdQuarter) && a.wordAmong(c+2, wdPoint, wdPercentage) {
			return c + 2
		}
		// "cut by a fifth would see", "up by a third in 2024", not "by a
		// third party"
		if (a.changeBy(c-1) || a.is(c-1, wApprox) && a.changeBy(c-2) || a.word(c-1, wdThan) && a.changeBy(c-3)) && a.is(c+2, wStop|wPrep) { // "by nearly a fifth in", "by more than a quarter in"
			return c + 2
		}
	}
	return c
}

// quartersRun reports whether the "quarters" at k are a run of a
// company's quarters, "three quarters running", "straight", "in a row",
// "the second quarter in a row", not a share, "three quarters of voters",
// nor one quarter, "the second quarter of 2025".
func (a *annotator) quartersRun(k int) bool {
	return a.wordAmong(k, wdQuarters, wdQuarter) && (a.textIn(k+1, "running straight") || a.word(k+1, wdIn) && a.word(k+2, wdA) && a.textIs(k+3, "row"))
}

// changeBy reports whether position k is the "by" of a change, or "down"
// or "up", which say the same before a fraction: "down almost a third
// since 2021".
func (a *annotator) changeBy(k int) bool {
	return a.wordAmong(k, wdBy, wdUp) || a.isLowerWord(k) && a.textIs(k, "down")
}

// halfMore reports whether "and a half" starts at k, as after the number
// words of "two and a half years".
func (a *annotator) halfMore(k int) bool {
	return a.wordPair(k, wdAnd, wdA) && a.word(k+2, wdHalf) && a.same(k, k+3)
}

// ofNoun extends a quantity ending at j over "of" when it follows.
func (a *annotator) ofNoun(j int) int {
	if a.sameWord(j-1, j, wdOf) {
		return j + 1
	}
	return j
}

// vague reads a vague quantity: "dozens of", "tens of thousands of",
// "most of", "the majority of", "hundreds".
func (a *annotator) vague(c int) int {
	j := c
	if a.wordAmong(j, wdThe, wdA) && a.wordAmong(j+1, wdMajority, wdMinority, wdHandful, wdBulk) {
		if a.sameWord(c, j+2, wdOf) && !a.objectAfter(j+3) {
			return j + 3
		}
		return c // and "a majority of three to two": the tally says it
	}
	if a.wordPair(j, wdA, wdFew) {
		j++
	}
	if a.wordAmong(j, wdFew, wdSeveral) && a.sameIs(c, j+1, wScale) {
		// "a few hundred yards", "several hundred thousand": vague, not 100
		for j++; a.sameIs(c, j, wScale); j++ {
		}
		if a.countable(j) && !a.is(j, wCurrency) && a.same(c, j) {
			j++
		}
		return j
	}
	if !a.is(j, wVague) || a.kind(j) != tokenize.Word {
		return c
	}
	if t := a.tok(j); a.textIn(j, "evens even-money even") {
		if oddsAt(a.src, int(t.Start), int(t.End)) > 0 {
			if a.textIs(j+1, "money") {
				return j + 2 // "won at even money"
			}
			return j + 1 // "won at evens", "the even-money favourite": odds of 1
		}
		return c
	}
	big := a.wordAmong(j, wdDozens, wdHundreds, wdThousands, wdMillions, wdBillions, wdTrillions, wdScores, wdTens)
	if a.sameWord(c, j+1, wdOf) {
		// "tens of thousands of"
		if a.sameAmong(c, j+2, wdThousands, wdMillions, wdBillions) {
			if a.sameWord(c, j+3, wdOf) {
				return j + 4
			}
			return j + 3
		}
		if a.wordAmong(j+2, wdYou, wdUs) {
			return c // "as many of you know", "most of us"
		}
		if a.wordAmong(j, wdMost, wdMany, wdSeveral) || a.shareHalf(j) || big { // "the second half of the course": a part, no share
			if big && a.sameCountable(c, j+2) {
				if !a.plural(j+2) && a.countable(j+3) && a.plural(j+3) && a.same(c, j+3) && !a.objectAfter(j+4) {
					return j + 4 // "millions of heart patients": the whole noun, not "millions of heart"
				}
				return j + 3 // "dozens of people"
			}
			return j + 2
		}
		return c
	}
	if big && !a.wordAmong(j, wdTens, wdScores) {
		if a.sameCountable(c, j+1) {
			return j + 2
		}
		return j + 1
	}
	return c
}

// descending reports whether the amount at [c, j) states more than the one
// at [j+1, e) after a dash or "to": "44% to 35%", "46%–42%".
func (a *annotator) descending(c, j, e int) bool {
	x, okx := amount.Parse(a.src[a.tok(c).Start:a.tok(j-1).End])
	y, oky := amount.Parse(a.src[a.tok(j+1).Start:a.tok(e-1).End])
	return okx && oky && y < x
}

// amountRange extends an amount of kind k ending at j over a second one:
// "between 30 and 40 people", "10 to 12", "5% to 7%", "$5-$7 billion".
func (a *annotator) amountRange(i, c, j int, k Kind) (int, Kind) {
	if !a.kindIn(c, tokenize.Number, tokenize.Currency) && !a.is(c, wNumWord) || a.is(c, wMultiplier|wVague) {
		return j, k
	}
	if !(a.word(j, wdTo) && !a.ordNum(j+1) || a.kind(j) == tokenize.Dash && !a.emDash(j) || a.word(j, wdAnd) && a.word(i, wdBetween) || a.word(j, wdOr) && j == c+1 && !a.word(j+2, wdOClock) && !a.skipBare(c, c, j)) || !a.same(c, j+1) {
		return j, k // not "17,842 — 36.9%", a count and its share
	}
	// a ratio: "favoured her by nearly two to one", "odds of 10 to 1"
	if k == Quantity && j == c+1 && a.word(j, wdTo) && (a.word(j+1, wdOne) || a.textIs(j+1, "1")) && a.wordAmong(i-1, wdBy, wdOf) &&
		!(a.same(c, j+2) && a.is(j+2, wNumWord|wScale)) { // not "by three to one hundred"
		return j + 2, k
	}
	if j == c+1 && a.word(i-1, wdFrom) && oddsAt(a.src, int(a.tok(c).Start), int(a.tok(c).End)) > 0 {
		return j, k // "backed from 4-1 to 11/4": two prices, each with its value
	}
	k2, e, ok := a.amountCore(j + 1)
	if _, suf := digitsOf(a.text(c)); !ok || k2 != k && !(k == Quantity && (k2 == Money || k2 == Percent) && (j == c+1 && !gluedUnit(suf) || j == c+2 && a.is(c+1, wScale))) && !(k == Money && k2 == Quantity && a.shapeOf(j+1)&shGlued != 0) {
		return j, k // but "€14–22" is money, as "£20-25" is; "70bps to 34.8%" are two
	}
	if k2 == Quantity {
		k2 = k
	}
	// "fell from £12m to £7.1m", "from 15% to 10%": a change between two
	// sums or percentages, each with its own value, not a range ("from 17
	// to 6 percent" shares its unit and stays one). "Anywhere from 9% to
	// 22%" and "ranging from" are ranges.
	// So is "fell from 14 units to six", whose first amount has a unit of
	// its own, and "dropped from 1,140 to 870" or "rose from 870 to 1,140"
	// or "has risen from 1,050 to 2,603 homes" or "up from 1,050 to 2,603"
	// (but "rose from 2 to 3 million" shares its scale).
	if (k != Quantity || k2 == Quantity && (j > c+1 && !a.is(j-1, wScale) || !a.is(j+2, wScale) && (a.descending(c, j, e) || a.textIn(i-2, "fell rose risen slipped climbed jumped dropped gained lost grew grown increased went up down")))) && a.word(j, wdTo) && a.word(i-1, wdFrom) && !a.wordAmong(i-2, wdAnywhere, wdRanging) && !a.oldRange(i, e) {
		return j, k
	}
	// "leads 44% to 35%", "(46%–42%)", "five or four miles": two figures
	// side by side, each with its value; a range runs from low to high
	if (k != Quantity || a.word(j, wdOr)) && !a.word(j, wdAnd) && a.descending(c, j, e) {
		return j, k
	}
	// "Shares fell 12.5p to 98.4p", "The index rose 2 points to 47": a
	// change, then the level it closed at (but "rose 2 to 3 points" and
	// "rose 2 million to 3 million" share a unit or a scale)
	if (k != Quantity || j > c+1 && !a.is(j-1, wScale)) && a.word(j, wdTo) && i == c && a.isLowerWord(i-1) && a.textIn(i-1, changeVerbs) {
		return j, k
	}
	// "Claims fell by 14,000 to 219,000", "rose by $2 billion to $40
	// billion", "fell 14,000 to 219,000": a change, then the new level,
	// which is many times the change; "raise taxes by $3,000 to $4,000",
	// "cut sleep by 30 to 60 minutes" and "rose by 2 to 30 million" are
	// ranges of the change (the second amount's unit or scale is the
	// first's too), but not when the first is written out in thousands,
	// "rose by 12,400 to 7.6 million", or in words, "fell by four to 461".
	if k2 == k && a.word(j, wdTo) && (a.word(i-1, wdBy) || i == c && a.isLowerWord(i-1) && a.textIn(i-1, changeVerbs)) && ((a.kind(j-1) == tokenize.Number) == (a.kind(e-1) == tokenize.Number) || bytes.IndexByte(a.text(j-1), ',') > 0 || a.is(j-1, wNumWord)) && a.newLevel(c, j, e) {
		return j, k
	}
	return e, k2
}

// oldRange reports whether "from X to Y", from i-1 to e, is a range a
// figure had before, not a change between two figures: "to 3.5% to 4%,
// from 3% to 4% previously", "$3.40 to $3.50, up from $3.25 to $3.35"
// (but "coffee, up from £5.25 to £6.10" is a change).
func (a *annotator) oldRange(i, e int) bool {
	return a.sameTextIn(i, e, "previously formerly") || a.sameTextIn(i, i-2, "up down") && a.kindIn(i-4, tokenize.Number, tokenize.Percent)
}

// changeVerbs are the verbs that say a figure went up or down: "fell",
// "rose"; and a vote's result, whose two shares are no range: "failed 48%
// to 52%", as "lost 48% to 52%".
const changeVerbs = "fell rose slipped climbed jumped dropped gained lost grew increased decreased declined narrowed widened shrank failed passed"

// newLevel reports whether the second amount of "by X to Y", from j+1 to
// e, is at least five times the first, from c to j: the level a change
// brought the figure to, not the top of a range of the change ("fell by
// 14,000 to 219,000", not "by 30 to 60 minutes").
func (a *annotator) newLevel(c, j, e int) bool {
	x, okx := amount.Parse(a.src[a.tok(c).Start:a.tok(j-1).End])
	y, oky := amount.Parse(a.src[a.tok(j+1).Start:a.tok(e-1).End])
	return okx && oky && x > 0 && y >= 5*x
}

// Tally reports whether the Quantity span spans[i] of src, two short
// numbers joined by a hyphen, is a score or a bowling figure rather than a
// range, so that it states no one amount: "4-6" in "won 4-6, 6-3, 7-6",
// "took 4-37 from ten overs", "a 1-3 defeat". (A pair whose second number
// is the smaller, "6-3", states none by its text alone.) It is one when
// another such pair stands beside it in a list, or when a word of winning,
// losing, leading or bowling comes just before it ("figures of", "level
// at", "series at" too) or a word for the result just after it, or a bowler's name in
// a scorecard's brackets. "3-5" in "It takes 3-5 weeks" stays a range.
func Tally(src []byte, spans []Span, i int) bool {
	if i < 0 || i >= len(spans) || spans[i].Kind != Quantity {
		return false
	}
	s := spans[i]
	if !validSpan(src, s) || !scoreLike(s.Text(src)) {
		return false
	}
	before, after := src[:s.Start], src[s.End:]
	// a list of scores: "4-6, 6-3", "6-4 4-6"
	if k := len(before) - 2; k >= 0 && (before[k] == ',' || before[k] == ';') && before[k+1] == ' ' && pairEnding(before[:k]) ||
		len(before) > 0 && before[len(before)-1] == ' ' && pairEnding(before[:len(before)-1]) {
		return true
	}
	if len(after) > 1 && (after[0] == ',' || after[0] == ';') && after[1] == ' ' && pairStarting(after[2:]) ||
		len(after) > 0 && after[0] == ' ' && pairStarting(after[1:]) {
		return true
	}
	prev := lastWord(before)
	next := firstWord(after)
	// a bowler's figures in a scorecard's brackets: "(Hughes 88; Dlamini 4-32)"
	if b := before[:max(0, len(before)-len(prev)-1)]; len(prev) > 0 && prev[0] <= 'Z' && len(b) > 1 && (b[len(b)-1] == '(' || b[len(b)-1] == ' ' && (b[len(b)-2] == ';' || b[len(b)-2] == ',')) &&
		(len(after) == 0 || after[0] == ')' || after[0] == ';' || after[0] == ',') {
		return true
	}
	pp := ""
	if len(before) > len(prev) {
		pp = string(lastWord(before[:len(before)-len(prev)-1]))
	}
	x, y, _ := shortPair(s.Text(src))
	if wordIn("won lost beat beats drew drawn took takes taking claimed leads led trails trailed defeated finished ended series until", prev) ||
		string(prev) == "of" && pp == "figures" || string(prev) == "at" && (pp == "level" || pp == "series") || // "level at 1-1": a series' score
		string(prev) == "with" && x < 10 && y >= 10 { // a bowler's "finishing with 4-32", "with 2-47"
		// but not "took 2-3 weeks": the pair counts what follows
		return len(next) == 0 || wordIn("from off in against at on and with after", next)
	}
	return wordIn("win defeat victory loss draw lead scoreline down", next) // "from 2-5 down"
}

// raceVerbs are the words before hours and minutes, "2:24", that make
// them a race time, not a time of day.
const raceVerbs = "under run ran runs clocked"

// RaceTime returns the seconds that the Quantity span s of src states when
// it is a race time of hours and minutes: "2:24" in "go under 2:24" is
// 8640, as "2:24:00" would be.
func RaceTime(src []byte, s Span) (float64, bool) {
	if !validSpan(src, s) {
		return 0, false
	}
	t, before := src[s.Start:s.End], src[:s.Start]
	if k := bytes.LastIndexByte(t, ' '); k >= 0 {
		before, t = t[:k+1], t[k+1:] // "under 2:24"
	}
	if len(t) != 4 || t[1] != ':' || !isClock(t) || !wordIn(raceVerbs, lastWord(before)) {
		return 0, false
	}
	return float64(t[0]-'0')*3600 + float64(t[2]-'0')*600 + float64(t[3]-'0')*60, true
}

// Odds returns the price that the Quantity span s of src states when it is
// betting odds, written as a fraction: "11/4" in "the 11/4 favourite" is
// 2.75 (a win pays 11 for 4 staked), "100-1" in "won at 100-1" is 100,
// "evens" 1. The words around the span tell odds from a score or a date:
// a "favourite", "shot", "chance", "outsider" or "odds" after it; "won
// at", "returned at", "odds of", "backed from" before it, "at" with "for"
// after it ("at 10-1 for the Gold Cup"), or "to" after a price ("from 4-1
// to 11/4"). "won 3-1" and "voted 7-2" are no odds (see Tally).
func Odds(src []byte, s Span) (float64, bool) {
	if !validSpan(src, s) {
		return 0, false
	}
	e := s.Start
	for e < s.End && src[e] != ' ' {
		e++ // "11/4 favourite": the price, then its noun
	}
	v := oddsAt(src, int(s.Start), int(e))
	return v, v > 0
}

// oddsAt returns the price src[s:e] states when it is one by its shape,
// two numbers of one to three digits joined by a slash or a hyphen
// ("11/4", "100-1") or "evens", and by the words around it (see Odds); 0
// when it is none.
func oddsAt(src []byte, s, e int) float64 {
	t := src[s:e]
	k := 0
	for k < len(t) && t[k] >= '0' && t[k] <= '9' {
		k++
	}
	x, okx := plainInt(t[:k])
	y, oky := plainInt(t[min(k+1, len(t)):])
	if wordIn("evens even-money", t) || string(t) == "even" && bytes.HasPrefix(src[e:], []byte(" money")) {
		x, y, okx, oky = 1, 1, true, true
		if len(t) == 4 {
			e += 6 // "even money", two words
		}
	} else if k == len(t) || t[k] != '/' && t[k] != '-' || k > 3 || len(t)-k > 4 || y == 0 {
		return 0
	}
	before := src[:s]
	prev, next := lastWord(before), firstWord(src[e:])
	b := before[:max(0, len(before)-len(prev)-1)]
	pp := lastWord(b)
	// a price by a "morning line" ("5-2 on the morning line, then 7-2"),
	// or last on a results row after the jockey ("1st Copper Lantern
	// (Kieran Doyle) 100-1")
	if wordIn("second joint", next) {
		next = firstWord(src[e+len(next)+1:]) // "the 7-1 second favourite"
	}
	ok := wordIn("favourite favorite fav shot chance outsider odds", next) || bytes.Contains(src[max(0, s-40):min(len(src), e+20)], []byte("morning line"))
	if len(prev) == 0 && s > 1 && (src[s-2] == ')' && (e == len(src) || src[e] == '\n') || src[s-1] == '(' && e < len(src) && src[e] == ')') {
		l := src[bytes.LastIndexByte(src[:s], '\n')+1]
		ok = ok || '0' <= l && l <= '9' // a row that starts with a place: "2. Mister Fenwick (33-1)"
	}
	if string(next) == "from" && e+6 <= len(src) {
		k := e + 6 // "now 14-1 from 25-1": a price before another's move
		for k < len(src) && (src[k] >= '0' && src[k] <= '9' || src[k] == '/' || src[k] == '-') {
			k++
		}
		ok = ok || oddsAt(src, e+6, k) > 0
	}
	switch string(prev) {
	case "at":
		// "at 10-1 for the Gold Cup", a headline's "lands Gold Cup at 100-1"
		ok = ok || string(next) == "for" || wordIn("won win wins returned priced started starts sent went tipped available backed Cup Chase Hurdle Stakes Derby National Guineas Oaks Handicap", pp)
	case "of":
		ok = ok || string(pp) == "odds"
	case "from", "to":
		// "backed from 4-1 to 11/4": the second price of a move; "now
		// 14-1 from 25-1": the price it moved from
		k := len(b) - 1
		for k > 0 && (b[k-1] >= '0' && b[k-1] <= '9' || b[k-1] == '/' || b[k-1] == '-') {
			k--
		}
		ok = ok || wordIn("backed drifted eased out", pp) || k > 0 && k < len(b)-1 && (prev[0] == 'f' && k > 4 && string(b[k-4:k]) == "now " || prev[0] == 't' && oddsAt(src, k, len(b)-1) > 0)
	}
	if !ok || !okx || !oky {
		return 0
	}
	return float64(x) / float64(y)
}

// pairEnding reports whether b ends with two short numbers joined by a
// hyphen, a word of its own: "… 6-3".
func pairEnding(b []byte) bool {
	b = noTiebreak(b)
	k := len(b)
	for k > 0 && (b[k-1] >= '0' && b[k-1] <= '9' || b[k-1] == '-') {
		k--
	}
	return k < len(b) && (k == 0 || b[k-1] == ' ' || b[k-1] == '(') && scoreLike(b[k:])
}

// pairStarting reports whether b starts with two short numbers joined by a
// hyphen, a word of its own: "6-3, …".
func pairStarting(b []byte) bool {
	k := 0
	for k < len(b) && (b[k] >= '0' && b[k] <= '9' || b[k] == '-') {
		k++
	}
	return k > 0 && (k == len(b) || !isAlnumByte(b[k])) && scoreLike(b[:k])
}

func isAlnumByte(c byte) bool {
	return c >= '0' && c <= '9' || asciiLetter(c)
}

// lastWord returns the word of ASCII letters that ends b, after one space.
func lastWord(b []byte) []byte {
	if len(b) == 0 || b[len(b)-1] != ' ' {
		return nil
	}
	b = b[:len(b)-1]
	k := len(b)
	for k > 0 && asciiLetter(b[k-1]) {
		k--
	}
	return b[k:]
}

// firstWord returns the word of ASCII letters that starts b, after one
// space.
func firstWord(b []byte) []byte {
	if len(b) == 0 || b[0] != ' ' {
		return nil
	}
	b = b[1:]
	k := 0
	for k < len(b) && asciiLetter(b[k]) {
		k++
	}
	return b[:k]
}
