package claim

import (
	"github.com/claimlight/claimlight/amount"
	"github.com/claimlight/claimlight/internal/strs"
)

// measureNouns are the units of measure the annotator reads written out,
// in the singular: "a mile and a half", "4 tonnes".
const measureNouns = "mile kilometre kilometer metre meter yard foot inch acre ton tonne pound gallon litre liter kilo cup"

// Unit returns a short label for what Quantity or Percent span s of src
// counts, when its words make it clear, for a reader to print after the
// span's value: "points" for percentage points ("11.2 percentage points",
// valued 11.2, is not 11.2%), "bps" for basis points, "°C" for "47.3C",
// and the unit of a measure that ends the span, as the text writes it:
// "mph" for "94mph", "km/h", "GW", "m" for "412 m", "miles", "tonnes",
// "tonnes per hectare".
// For betting odds and a share of one in N, whose value alone misleads,
// it returns the reading to print in place of the value, which starts
// with a digit: "11/4 odds" for "the 11/4 favourite" (valued 2.75), "1 in
// 500" for "a one-in-500-year flood" (valued 0.002). It returns "" for other spans and when the words name no unit
// ("20,000 people", "5%").
func Unit(src []byte, s Span) string {
	if s.Kind != Quantity && s.Kind != Percent || !validSpan(src, s) {
		return ""
	}
	t := s.Text(src)
	// the label is head, body and tail, put together once: in the wasm
	// build a call or a return costs more than a variable
	head, tail := "", ""
	var body []byte
	v, hi, ok := amount.ParseRange(t)
	if _, odds := Odds(src, s); odds {
		k := 0
		for k < len(t) && t[k] != ' ' {
			k++
		}
		body, tail = t[:k], " odds"
		if t[0] > '9' {
			body, head = nil, "1/1" // "evens", "even money"
		}
	} else if ok && v > 0 && v < 1 && (strs.Contains(t, " in ") || strs.Contains(t, "-in-") || strs.Contains(t, " out of ")) {
		// "one in 12", "one-in-500-year", "1 out of 10"
		m := int64(1/v + 0.5)
		if d := float64(m)*v - 1; d*d < 1e-18 {
			var b [24]byte
			k := len(b)
			for ; m > 0; m /= 10 {
				k--
				b[k] = byte('0' + m%10)
			}
			head, body = "1 in ", b[k:]
		}
	} else {
		// a rate, "20 GWh a year", "three kilometres an hour", "20 litres
		// a day": the unit, then the rate's words
		rate := ""
		k := len(t)
		for k > 0 && t[k-1] != ' ' {
			k--
		}
		if q := lastWord(t[:k]); len(t) > 9 && wordIn("year hour day", t[k:]) && wordIn("a an per", q) {
			k -= len(q) + 2
			t, rate = t[:k], string(t[k:])
		}
		// the last word, or what is glued to the number that ends the
		// span: "C" in "47.3C", "m" in "412 m", "km/h" in "112km/h"
		j := len(t)
		for j > 0 && t[j-1] != ' ' && (t[j-1] != '-' || strs.Contains(t[:j], "watt-")) && (t[j-1] < '0' || t[j-1] > '9') {
			j--
		}
		w := t[j:]
		slash := len(w)
		for k := len(w) - 1; k > 0; k-- {
			if w[k] == '/' {
				slash = k
			}
		}
		n := len(w)
		glued := j > 0 && t[j-1] >= '0' && t[j-1] <= '9'
		m := w
		if n > 3 && w[n-1] == 's' {
			m = w[:n-1] // "miles", "inches"
		}
		_, spelled := amount.Parse(lastWord(t[:j])) // "ten" in "about ten years"
		switch {
		case s.Start > 1 && string(src[s.Start-2:s.Start]) == "f/":
			head = "f-stop" // "f/1.8", a lens's aperture
		case s.Kind == Quantity && wordIn("age aged Age Aged", lastWord(src[max(0, s.Start-6):s.Start])):
			head = "years" // "children aged under five", "by age two", "died aged 84"
		case n == 0:
			if s.Kind == Quantity {
				head = changeNoun(src[:s.Start]) // "Cases rose from 9 to 42"
			}
		case j > 0 && (t[j-1] == '-' || t[j-1] == ' ' && (t[j-2] <= '9' || spelled) || glued && string(m) == "sec") && wordIn("day week month year hour minute second sec", m):
			// "the 120-day window", "a four-year ban", "10-14 days",
			// "about ten years", "21.97sec": a length of time, "1 year"
			// in the singular
			head = string(m)
			if m[0] == 's' {
				head = "second" // "sec"
			}
			if v != 1 || hi != 1 {
				head += "s"
			}
		case wordIn("pt pts point bp bps", m) || strs.Contains(t, "percentage point"):
			head = "points" // "11.2 percentage points", "4.3 points", "a 10-point lead"
			if m[0] == 'b' || strs.Contains(t, "basis") {
				head = "bps" // "80 basis points", "9 bps"
			}
		case s.Kind == Percent:
		case wordIn("Celsius Fahrenheit", w):
			head = "°C" // "0.97 degrees Celsius"
			if w[0] == 'F' {
				head = "°F"
			}
		case wordIn(measureNouns+" feet inche length degree hectare gram kilogram microgramme millilitre pint ounce barrel millibar nit knot kts kilowatt-hour megawatt-hour gigawatt-hour zettajoule", m):
			// "12 tonnes", "6.2 inches", "five miles", "half a mile",
			// "148 knots", "20 gigawatt-hours", a race's "six lengths";
			// not "48.7 square kilometres", nor "50-cent-a-gallon", a price, nor the area
			// of a yield alone: "7.8 tonnes per hectare" is the whole rate
			p := lastWord(t[:j])
			if !strs.Contains(t, "square") && (j < 3 || t[j-2] != 'a' || t[j-3] != ' ' && t[j-3] != '-' || strs.Contains(t, "half a ")) && !wordIn("an per", p) {
				body = w
			} else if q := lastWord(t[:j-len(p)-1]); len(q) > 3 && wordIn(measureNouns, q[:len(q)-1]) {
				body = t[j-len(p)-len(q)-2:] // "tonnes per hectare", as "t/ha"
			}
		case !glued && (j < 2 || t[j-1] != ' ' || (t[j-2] < '0' || t[j-2] > '9') && (t[j-2] != 'n' && t[j-2] != 'm' || n < 2)):
			// an abbreviation stands glued to a number or after one, or
			// after its scale: "3.8 million TEU"
		case wordIn("C °C ºC F °F ºF", w):
			head = "°F"
			if w[n-1] == 'C' {
				head = "°C" // "47.3C", "40 ºC"
			}
		case glued && n > 1 && w[1] == 't' && (w[0] == 'M' || w[0] == 'G'):
			body = w[1:] // "13.9Mt" is 13.9 million "t" (see amount.Parse)
		case string(w) != "K" && (glued || !wordIn("mi mt mp x in", w)) && unitSuffix(w[:slash]) || wordIn("m g l b/d", w):
			body = w // "94mph", "112km/h", "1.2 GW", "412 m"; not "401K", "3 in 10", "3024 x 1964"
		}
		if body != nil {
			tail = rate
		}
	}
	return head + string(body) + tail
}

// changeNoun returns, for a bare number that b comes before, the count
// noun of a change from one number to another that ends b, in lower case:
// "cases" after "Cases rose from " and after "Cases rose from 9 to ".
// It returns "" when b ends otherwise or the noun is not one the lexicon
// counts ("The index rose from 9 to 42").
func changeNoun(b []byte) string {
	w := lastWord(b)
	if string(w) == "to" {
		if len(b) < 4 {
			return "" // "to 42" opens the text
		}
		b = b[:len(b)-4]
		k := len(b)
		for k > 0 && (b[k-1] >= '0' && b[k-1] <= '9' || b[k-1] == ',' || b[k-1] == '.') {
			k--
		}
		if k == len(b) {
			return ""
		}
		b = b[:k]
		w = lastWord(b)
	}
	if string(w) != "from" {
		return ""
	}
	b = b[:len(b)-5]
	v := lastWord(b)
	if !wordIn(changeVerbs, v) {
		return ""
	}
	n := strs.AppendLower(nil, lastWord(b[:len(b)-len(v)-1]))
	if lexFlags(n)&wCountNoun == 0 {
		return ""
	}
	return string(n)
}
