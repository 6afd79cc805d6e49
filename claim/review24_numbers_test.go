package claim

import "testing"

// The tests in this file check the figures of review 24's numbers and
// dates as review16Figures renders them: the span's kind, text and value.

// TestReview24BatchCode checks that a code of four digits and a capital,
// "2418B", is no sum of billions, while "24B", "$2.4B" and "2,418B" keep
// their scale (review 24, F10).
func TestReview24BatchCode(t *testing.T) {
	checkReview16(t, []review13Case{
		{"batch codes", "Batch codes: 2417A and 2418B", nil},
		{"a model", "The 2418B model was recalled.", nil},
		{"billions, as before", "The firm raised 24B last year.", []string{"quantity: 24B = 2.4e+10", "date: last year"}},
		{"dollars, as before", "It cost $2.4B.", []string{"money: $2.4B = 2.4e+09 $"}},
		{"grouped, as before", "Debt reached 2,418B.", []string{"quantity: 2,418B = 2.418e+12"}},
	})
}

// TestReview24MinutesSeconds checks that minutes and seconds past any hour
// of a clock, "62:05", "68:50", "24:31", are a time in seconds, as
// "2:05:02" was, while a ratio, "50:50", "45:55", and a clock time,
// "23:30", stay as they were (review 24, F12).
func TestReview24MinutesSeconds(t *testing.T) {
	checkReview16(t, []review13Case{
		{"a split", "Alemu went through halfway in 62:05 and finished in 2:05:02.", []string{"quantity: 62:05 = 3725", "quantity: 2:05:02 = 7502"}},
		{"a half", "She ran the second half of the course in 68:50.", []string{"quantity: 68:50 = 4130"}},
		{"a 10km", "He ran 10km in 24:31.", []string{"quantity: 10km = 10", "quantity: 24:31 = 1471"}},
		{"a ratio, as before", "It was a 50:50 split.", []string{"quantity: 50:50 split = 50"}},
		{"a ratio of 100, as before", "It was a 45:55 split.", []string{"quantity: 45:55 split = 45"}},
		{"a clock, as before", "The shop opens at 23:30.", []string{"date: 23:30"}},
	})
}

// TestReview24Respectively checks that "respectively" after a figure is
// no noun it counts, while a noun before it stays (review 24, F14).
func TestReview24Respectively(t *testing.T) {
	checkReview16(t, []review13Case{
		{"scores", "The Nova X2 scored 1,980 and 6,210 respectively.", []string{"quantity: 1,980 = 1980", "quantity: 6,210 = 6210"}},
		{"a noun, as before", "The X2 scored 1,980 and 6,210 points respectively.", []string{"quantity: 1,980 = 1980", "quantity: 6,210 points = 6210"}},
	})
}

// TestReview24Finish checks that "finish" after a count is the verb, not
// the noun counted, while "a 1-2 finish" and other nouns stay (review 24,
// F17).
func TestReview24Finish(t *testing.T) {
	checkReview16(t, []review13Case{
		{"a headline", "Kiprotich smashes course record as 48,000 finish city marathon", []string{"quantity: 48,000 = 4.8e+04"}},
		{"a result, as before", "He recorded a 1-2 finish.", []string{"quantity: 1-2 = 1..2"}},
		{"runners, as before", "Some 48,000 runners finish the race.", []string{"quantity: Some 48,000 runners = 4.8e+04"}},
	})
}

// TestReview24BestBefore checks that a label's "Best before: 12/2026" is a
// month and a year, a date, with no comparison in "Best", while "the best
// team" stays a superlative and a slash of no month and year no date
// (review 24, F11).
func TestReview24BestBefore(t *testing.T) {
	checkReview16(t, []review13Case{
		{"a label", "Best before: 12/2026", []string{"date: 12/2026"}},
		{"use by", "Use by 3/2025.", []string{"date: by 3/2025"}},
		{"no month", "Expiry date 13/2026.", nil},
		{"round the clock, as before", "It runs 24/7.", nil},
		{"a full date, as before", "It expires on 01/12/2026.", []string{"date: on 01/12/2026"}},
	})
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Best before: 12/2026", false},
		{"The best team won.", true},
	} {
		_, _, spans := annotateText(tc.text)
		got := false
		for _, s := range spans {
			got = got || s.Kind == Comparison
		}
		if got != tc.want {
			t.Errorf("%q: comparison %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestReview24RaceTime checks that hours and minutes after "under",
// "run", "ran" or "clocked" are a race time, a quantity of seconds, not a
// time of day, while "left at 2:24" and "close at 9:30" stay clock times
// (review 24, F13). review16Figures reads the span's text alone, 2; the
// value a user sees is RaceTime's seconds (Document.SpanValue).
func TestReview24RaceTime(t *testing.T) {
	checkReview16(t, []review13Case{
		{"under", "“I wanted to go under 2:24 and I did it,” said Conway.", []string{"quantity: under 2:24 = 2"}},
		{"run", "“He can run 2:02 in the right race,” he said.", []string{"quantity: 2:02 = 2"}},
		{"a clock, as before", "The bus left at 2:24.", []string{"date: 2:24"}},
		{"a clock with a run, as before", "The run starts at 9:30.", []string{"date: 9:30"}},
		{"seconds, as before", "He ran 2:02:40 in Berlin.", []string{"quantity: 2:02:40 = 7360"}},
	})
	for text, want := range map[string]float64{
		"“I wanted to go under 2:24 and I did it,” said Conway.": 8640,
		"“He can run 2:02 in the right race,” he said.":          7320,
		"He clocked 2:09 in Boston.":                             7740,
	} {
		src, _, spans := annotateText(text)
		got := 0.0
		for _, s := range spans {
			if v, ok := RaceTime(src, s); ok && s.Kind == Quantity {
				got = v
			}
		}
		if got != want {
			t.Errorf("%q: race time %v, want %v", text, got, want)
		}
	}
}

// TestReview24SecondHalf checks that "the second half of the course" is a
// part of it, no share of 0.5, while "half of the money", "the other half
// of the money" and "the first half of 2024" stay (review 24, F15).
func TestReview24SecondHalf(t *testing.T) {
	checkReview16(t, []review13Case{
		{"a part", "She ran the second half of the course in 68:50.", []string{"quantity: 68:50 = 4130"}},
		{"first half", "He led for the first half of the race.", nil},
		{"a share, as before", "Half of the money went to charity.", []string{"quantity: Half of = 0.5"}},
		{"the other half, as before", "The other half of the money went to charity.", []string{"quantity: half of = 0.5"}},
		{"a period, as before", "Sales rose in the first half of 2024.", []string{"date: in the first half of 2024"}},
		{"by half, as before", "Prices fell by half.", []string{"quantity: half = 0.5"}},
	})
}

// TestReview24CameraUnits checks that a lens's aperture, "f/1.8", and a
// screen's brightness, "2,000 nits", keep their units, while "48MP" and a
// bare figure stay as they were (review 24, F16).
func TestReview24CameraUnits(t *testing.T) {
	checkFigures(t, []review13Case{
		{"an aperture", "Main camera: 48MP, f/1.8", []string{"quantity: 48MP = 48 | MP", "quantity: 1.8 = 1.8 | f-stop"}},
		{"an aperture and a noun", "It has an f/2.2 lens.", []string{"quantity: 2.2 lens = 2.2 | f-stop"}},
		{"nits", "The screen is brighter, reaching 2,000 nits outdoors.", []string{"quantity: 2,000 nits = 2000 | nits"}},
		{"a bare figure, as before", "It scored 1.8 in the test.", []string{"quantity: 1.8 = 1.8 | "}},
	}, review22Units)
}
