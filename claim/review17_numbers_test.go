package claim

import (
	"slices"
	"testing"
)

// The tests in this file check the figures of review 17's numbers, dates
// and units as review16Figures renders them: the span's kind, text and
// value, and a money span's currency.

// TestReview17PointMoves checks that the size of a central bank's move
// written "a half-point cut", "a quarter-point reduction", "a quarter
// point" or "a 0.5-percentage-point cut" is a percentage-point span with
// its value and without the noun after it, while the forms already read
// stay as they were (review 17, H5).
func TestReview17PointMoves(t *testing.T) {
	checkReview16(t, []review13Case{
		{"a half-point cut", "Two members backed a cut of 25 basis points, and one wanted a half-point cut.",
			[]string{"quantity: Two members = 2", "quantity: 25 basis points = 25", "percent: half-point = 0.5"}},
		{"a quarter-point reduction", "Markets price a quarter-point reduction in December.", []string{"percent: quarter-point = 0.25", "date: in December"}},
		{"a quarter point", "The Bank cut rates by a quarter point.", []string{"percent: a quarter point = 0.25"}},
		{"a quarter percentage point", "The Bank cut rates by a quarter percentage point.", []string{"percent: a quarter percentage point = 0.25"}},
		{"N-percentage-point", "The Bank delivered a 0.5-percentage-point cut.", []string{"percent: 0.5-percentage-point = 0.5"}},
		{"half-percentage-point", "The Fed delivered a half-percentage-point hike.", []string{"percent: half-percentage-point = 0.5"}},
		{"a quarter of a percentage point, as before", "The Bank cut rates by a quarter of a percentage point.", []string{"percent: a quarter of a percentage point = 0.25"}},
		{"half a percentage point, as before", "The Bank cut rates by half a percentage point.", []string{"percent: half a percentage point = 0.5"}},
		{"percentage points, as before", "The Bank cut rates by 0.25 percentage points.", []string{"percent: 0.25 percentage points = 0.25"}},
		{"N-point, as before", "Rates fell 0.25-point last month.", []string{"quantity: 0.25-point = 0.25", "date: last month"}},
		{"a third point is no share", "A third point was raised by the minister.", nil},
	})
}

// TestReview17NordicCrowns checks that Swedish, Norwegian, Danish and
// Icelandic crowns named with the nation's adjective are money in SEK,
// NOK, DKK and ISK with the adjective in the span (review 17, H6).
func TestReview17NordicCrowns(t *testing.T) {
	checkReview16(t, []review13Case{
		{"Swedish kronor", "The prize is worth 4 million Swedish kronor.", []string{"money: 4 million Swedish kronor = 4e+06 SEK"}},
		{"Norwegian kroner", "The fund holds 120 billion Norwegian kroner.", []string{"money: 120 billion Norwegian kroner = 1.2e+11 NOK"}},
		{"Danish kroner", "The fine was 300 million Danish kroner.", []string{"money: 300 million Danish kroner = 3e+08 DKK"}},
		{"Icelandic krónur", "The bank lost 2 billion Icelandic krónur.", []string{"money: 2 billion Icelandic krónur = 2e+09 ISK"}},
		{"kronor, as before", "The prize is worth 4 million kronor.", []string{"money: 4 million kronor = 4e+06 SEK"}},
		{"SEK, as before", "The prize is worth SEK 4 million.", []string{"money: SEK 4 million = 4e+06 SEK"}},
		{"Swedish crowns, as before", "The prize is worth 2.4 billion Swedish crowns.", []string{"money: 2.4 billion Swedish crowns = 2.4e+09 SEK"}},
		{"DKK, as before", "The deal was worth DKK 1.5 billion.", []string{"money: DKK 1.5 billion = 1.5e+09 DKK"}},
		{"Swiss francs, as before", "The fine was 30 million Swiss francs.", []string{"money: 30 million Swiss francs = 3e+07 CHF"}},
	})
}

// TestReview17ListItems checks that a list marker, "-", "*", "•", "1." or
// "2)", before an item leaves its first words read as at a sentence's
// start, so that the capital of "A" or "Every" does not make the
// hyphenated figure after it a model number (review 17, H7).
func TestReview17ListItems(t *testing.T) {
	checkReview16(t, []review13Case{
		{"- Every N-point", "- Every 0.25-point cut in rates saves roughly £26 a month on that loan.",
			[]string{"quantity: 0.25-point = 0.25", "money: roughly £26 a month = 26 £"}},
		{"- A N-year", "- A 35-year mortgage costs more.", []string{"quantity: 35-year = 35"}},
		{"- A N-year-old", "- A 35-year-old man died.", []string{"quantity: 35-year-old = 35"}},
		{"1. A N-year", "1. A 35-year mortgage costs more.", []string{"quantity: 35-year = 35"}},
		{"• A N-year", "• A 35-year mortgage costs more.", []string{"quantity: 35-year = 35"}},
		{"* A N-year", "* A 35-year mortgage costs more.", []string{"quantity: 35-year = 35"}},
		{"2) A N-year", "2) A 35-year mortgage costs more.", []string{"quantity: 35-year = 35"}},
		{"no marker, as before", "Every 0.25-point cut in rates saves roughly £26 a month on that loan.",
			[]string{"quantity: 0.25-point = 0.25", "money: roughly £26 a month = 26 £"}},
		{"a lower-case a, as before", "- Prices rose over a 35-year period.", []string{"quantity: 35-year = 35"}},
		{"a number word, as before", "- A five-year fix costs 4.87%.", []string{"quantity: five-year = 5", "percent: 4.87% = 4.87"}},
		{"a dose, as before", "- A 20 mg dose costs more.", []string{"quantity: 20 mg = 20"}},
		{"a model number in a list stays a name", "- Boeing 737 orders rose.", nil},
		{"a pledge in a numbered list", "1. Build 40 new hubs.", []string{"quantity: 40 new hubs = 40"}},
	})
}

// TestReview17RatioUnits checks that a dose by body weight or a lab value
// keeps the units after its slashes, "5 mg/kg", "2 mg/kg/day", "1.2
// mmol/L", as "112 km/h" does (review 17, M3).
func TestReview17RatioUnits(t *testing.T) {
	checkReview16(t, []review13Case{
		{"mg/kg", "Patients received 5 mg/kg of the drug.", []string{"quantity: 5 mg/kg = 5"}},
		{"mg/kg/day", "The dose was 2 mg/kg/day.", []string{"quantity: 2 mg/kg/day = 2"}},
		{"glued mg/kg", "The dose was 5mg/kg.", []string{"quantity: 5mg/kg = 5"}},
		{"mmol/L at the end", "LDL cholesterol fell by 1.2 mmol/L.", []string{"quantity: 1.2 mmol/L = 1.2"}},
		{"mmol/l", "Glucose fell to 5.4 mmol/l.", []string{"quantity: 5.4 mmol/l = 5.4"}},
		{"g/dL", "Hemoglobin was 12 g/dL in the group.", []string{"quantity: 12 g/dL = 12"}},
		{"mmHg, as before", "Systolic blood pressure fell by 12 mmHg.", []string{"quantity: 12 mmHg = 12"}},
		{"20mg, as before", "Patients took 20mg of tavoceptin twice daily.", []string{"quantity: 20mg = 20", "quantity: twice = 2"}},
		{"km/h, as before", "The car reached 112 km/h on the road.", []string{"quantity: 112 km/h = 112"}},
	})
}

// TestReview17ComparedWithAYearEarlier checks that "fewer than" or "more
// than" right after an amount compares it, and the date starts at "a
// year earlier" or "a year ago", while "more than a year ago" with no
// amount before it stays one date (review 17, M4).
func TestReview17ComparedWithAYearEarlier(t *testing.T) {
	check := func(t *testing.T, in string, want []string) {
		t.Helper()
		src, _, spans := annotateText(in)
		if got := spanStrings(src, spans, map[Kind]bool{Comparison: true, Date: true, Percent: true, Quantity: true, Money: true}); !slices.Equal(got, want) {
			t.Errorf("spans of %q\n got %q\nwant %q", in, got, want)
		}
	}
	for _, tt := range []struct {
		name, in string
		want     []string
	}{
		{"8% fewer than a year earlier", "Housebuilders completed 41,200 homes in the three months to September, 8% fewer than a year earlier.",
			[]string{"quantity: 41,200 homes", "date: in the three months to September", "percent: 8%", "comparison: fewer than", "date: a year earlier"}},
		{"N fewer than a year earlier", "Approvals were 3,000 fewer than a year earlier.", []string{"quantity: 3,000", "comparison: fewer than", "date: a year earlier"}},
		{"N more than a year ago", "Approvals were 3,000 more than a year ago.", []string{"quantity: 3,000", "comparison: more than", "date: a year ago"}},
		{"money more than a year earlier", "Prices were £500 more than a year earlier.", []string{"money: £500", "comparison: more than", "date: a year earlier"}},
		{"lower than, as before", "Sales were 8% lower than a year earlier.", []string{"percent: 8%", "comparison: lower than", "date: a year earlier"}},
		{"fewer than in 2024, as before", "Approvals were 3,000 fewer than in 2024.", []string{"quantity: 3,000", "comparison: fewer than", "date: in 2024"}},
		{"no amount before, as before", "He left more than a year ago.", []string{"date: more than a year ago"}},
	} {
		t.Run(tt.name, func(t *testing.T) { check(t, tt.in, tt.want) })
	}
}

// TestReview17PValues checks that a P-value written without the zero
// before its point, "P = .02", "P<.001", as JAMA and NEJM write it, is a
// span with its value, as "p=0.03" is (review 17, L1).
func TestReview17PValues(t *testing.T) {
	checkReview16(t, []review13Case{
		{"P = .02", "The difference was significant (P = .02).", []string{"quantity: P = .02 = 0.02"}},
		{"P<.001 after HR and CI", "The risk fell (HR=0.73, 95% CI 0.61-0.84, P<.001).",
			[]string{"quantity: HR=0.73 = 0.73", "quantity: CI 0.61-0.84 = 0.61..0.84", "quantity: P<.001 = 0.001"}},
		{"p > .05", "The effect was not significant (p > .05).", []string{"quantity: p > .05 = 0.05"}},
		{"P ≤ .001", "The risk fell (P ≤ .001).", []string{"quantity: P ≤ .001 = 0.001"}},
		{"p=0.03, as before", "The difference was significant (p=0.03).", []string{"quantity: p=0.03 = 0.03"}},
		{"P<0.001, as before", "The risk fell (HR, 0.73; 95% CI, 0.61-0.84; P<0.001).",
			[]string{"quantity: 0.73 = 0.73", "quantity: 0.61-0.84 = 0.61..0.84", "quantity: 0.001 = 0.001"}},
		{"S&P 500 stays a name", "The S&P 500 rose 1.4%.", []string{"percent: 1.4% = 1.4"}},
	})
}
