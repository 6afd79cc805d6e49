package claim

import "testing"

// The tests in this file check the figures of review 27b's numbers, dates
// and splitting: the span's kind, text, value and unit.

// TestReview27BasisPoint checks that "a 50 basis point cut", the singular
// before a noun, is 50 basis points, as "50 basis points" is (review 27b,
// F15).
func TestReview27BasisPoint(t *testing.T) {
	checkFigures(t, []review13Case{
		{"singular", "Tapsell said the committee discussed a 50 basis point cut.", []string{"quantity: 50 basis point = 50 | bps"}},
		{"plural, as before", "The bank raised rates by 50 basis points.", []string{"quantity: 50 basis points = 50 | bps"}},
		{"hyphened, as before", "They made a 50-basis-point cut.", []string{"quantity: 50-basis-point = 50 | bps"}},
	}, review22Units)
}

// TestReview27DurationRange checks that "from four years to two", the unit
// said once, is one period, as "from four to two years" is, while a count
// after "to" stays its own (review 27b, F17).
func TestReview27DurationRange(t *testing.T) {
	checkReview16(t, []review13Case{
		{"years", "In 2019, the court cut a swimmer's ban from four years to two after a sealed batch was tested.", []string{"date: In 2019", "date: from four years to two"}},
		{"months", "Sentences rose from 10 months to 14.", []string{"date: from 10 months to 14"}},
		{"unit twice, as before", "The court cut his ban from four years to two years.", []string{"date: from four years to two years"}},
		{"a count after to, as before", "It cut the term from four years to two people.", []string{"date: from four years", "quantity: two people = 2"}},
		{"a sum after to, as before", "It rose from two years to 3 million.", []string{"date: from two years", "quantity: 3 million = 3e+06"}},
	})
}

// TestReview27MarketBox checks that a market box's rows, "NZX 50 13,102.44
// +0.6%" and "NZD/USD 0.5832 -0.4%", are page furniture and the exchange
// rate no sum of US dollars, while a currency code before a sum and a
// sentence about the index stay as before (review 27b, F16).
func TestReview27MarketBox(t *testing.T) {
	const box = "Markets\nNZX 50 13,102.44 +0.6%\nNZD/USD 0.5832 -0.4%"
	for _, tt := range []review9ScoreCase{
		{name: "index", in: box, sent: 1, want: []string{"page furniture"}, cw: "no"},
		{name: "exchange rate", in: box, sent: 2, want: []string{"page furniture"}, not: []string{"quantity: USD 0.5832"}, cw: "no"},
		{name: "a sentence, as before", in: "The NZX 50 rose 0.6% to 13,102.44.", want: []string{"quantity: 0.6%"}, cw: "yes"},
		{name: "a sum, as before", in: "The kiwi bought USD 0.58 in trading.", want: []string{"quantity: USD 0.58"}, cw: "yes"},
		{name: "a poll's row, as before", in: "Labour 34 +2%", not: []string{"page furniture"}},
	} {
		t.Run(tt.name, tt.run)
	}
}

// TestReview27RaceDistance checks that a race's distance after its
// meeting's name, "World Championships 200m", is a quantity, as it is after
// "final", while a name's number, "Boeing 737", stays none (review 27b,
// F18).
func TestReview27RaceDistance(t *testing.T) {
	checkFigures(t, []review13Case{
		{"championships", "- 1st, World Championships 200m, Tokyo, 19 September 2025", []string{"quantity: 200m = 200 | m"}},
		{"meeting", "- 3rd, London Diamond League 100m, 19 July 2025", []string{"quantity: 100m = 100 | m"}},
		{"km", "She won the Commonwealth Games 10km in 2022.", []string{"quantity: 10km = 10 | km"}},
		{"final, as before", "- 1st, Diamond League final 200m, Brussels, 5 September 2025", []string{"quantity: 200m = 200 | m"}},
		{"a model, as before", "He flew a Boeing 737 to Paris.", nil},
		{"a version, as before", "He runs Windows 10 on a Dell.", nil},
	}, review22Units)
}

// TestReview27GluedSeconds checks that a race time glued to "sec",
// "21.97sec", is a length of time in its reason, as "21.84 seconds" is,
// while a decade, "the 1990s", stays a date (review 27b, F19).
func TestReview27GluedSeconds(t *testing.T) {
	for _, tt := range []review9ScoreCase{
		{name: "glued", in: "The title passes to Shericka Dawes-Lindo, who finished second in 21.97sec.", want: []string{"duration: 21.97sec"}},
		{name: "spaced", in: "He ran 21.97 sec.", want: []string{"duration: 21.97 sec"}},
		{name: "seconds, as before", in: "He ran 21.84 seconds.", want: []string{"duration: 21.84 seconds"}},
		{name: "a decade, as before", in: "It was the 1990s.", want: []string{"date: the 1990s"}},
		{name: "pence, as before", in: "It cost 40p.", want: []string{"quantity: 40p"}},
	} {
		t.Run(tt.name, tt.run)
	}
}

// TestReview27Heat checks that "0.97 degrees Celsius" is one quantity in
// °C and "16 zettajoules" has its unit, while "40 degrees" alone stays in
// degrees (review 27b, F20).
func TestReview27Heat(t *testing.T) {
	checkFigures(t, []review13Case{
		{"celsius", "The sea surface was 0.97 degrees Celsius above the average, and the ocean gained 16 zettajoules of heat.", []string{"quantity: 0.97 degrees Celsius = 0.97 | °C", "quantity: 16 zettajoules = 16 | zettajoules"}},
		{"fahrenheit", "It hit 40 degrees Fahrenheit.", []string{"quantity: 40 degrees Fahrenheit = 40 | °F"}},
		{"degrees, as before", "It turned 90 degrees.", []string{"quantity: 90 degrees = 90 | degrees"}},
		{"glued, as before", "It hit 47.3C.", []string{"quantity: 47.3C = 47.3 | °C"}},
	}, review22Units)
}

// TestReview27HyphenedDuration checks that a length of time before its
// noun, "the 120-day approval window", "a four-year ban", gives its unit,
// as the reason "duration:" says, while "a 10-year-old" stays without one
// (review 27b, F21).
func TestReview27HyphenedDuration(t *testing.T) {
	checkFigures(t, []review13Case{
		{"days", "Under the bill, a municipality that misses the 120-day approval window would lose 15 per cent of its allocation.", []string{"quantity: 120-day = 120 | days", "percent: 15 per cent = 15"}},
		{"years", "She got a four-year ban.", []string{"quantity: four-year = 4 | years"}},
		{"an age, as before", "A 10-year-old boy won.", []string{"quantity: 10-year-old = 10 | "}},
		{"a lead, as before", "They have a 10-point lead.", []string{"quantity: 10-point = 10 | points"}},
	}, review22Units)
}

// TestReview27EpisodeNumber checks that "Ep. 141:" is an episode's number
// in one line, no split after "Ep." and no quantity, while "the ep." at a
// sentence's end still ends it (review 27b, F35).
func TestReview27EpisodeNumber(t *testing.T) {
	for _, tc := range []struct {
		text  string
		sents int
	}{
		{"Ep. 141: Why the Gulf Stream might be slowing", 1},
		{"He went to the ep. It was good.", 2},
	} {
		src, sents, _ := judgeText(tc.text)
		if len(sents) != tc.sents {
			t.Errorf("%q: %d sentences, want %d", tc.text, len(sents), tc.sents)
		}
		_, _, spans := annotateText(tc.text)
		for _, s := range spans {
			if s.Kind == Quantity {
				t.Errorf("%q: quantity %q, want none", tc.text, s.Text(src))
			}
		}
	}
}
