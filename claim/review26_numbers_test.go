package claim

import "testing"

// The tests in this file check the figures of review 26's numbers and
// dates as review16Figures renders them: the span's kind, text and value.

// TestReview26ClockSeconds checks that a clock time with seconds and a
// two-digit hour, "14:32:07 UTC", is a time of day, while a race time of
// one-digit hours, "2:02:40", stays a quantity of seconds and "14:32 UTC"
// a time (review 26, F11).
func TestReview26ClockSeconds(t *testing.T) {
	checkReview16(t, []review13Case{
		{"in prose", "The bird strike happened at 14:32:07 UTC.", []string{"date: 14:32:07 UTC"}},
		{"a timeline's row", "14:32:07 UTC Multiple bird strikes; ENG 1 and ENG 2 vibration warnings", []string{"date: 14:32:07 UTC"}},
		{"no zone", "It happened at 19:32:07.", []string{"date: 19:32:07"}},
		{"minutes, as before", "It happened at 14:32 UTC.", []string{"date: 14:32 UTC"}},
		{"a race, as before", "He ran 2:02:40 in Berlin.", []string{"quantity: 2:02:40 = 7360"}},
		{"a win, as before", "Tola won in 2:18:33.", []string{"quantity: 2:18:33 = 8313"}},
	})
}

// TestReview26RentPeriod checks that a rent's period after the sum, "pcm",
// "pw", "pa", stays with the money, as "a month" does (review 26, F12).
func TestReview26RentPeriod(t *testing.T) {
	checkReview16(t, []review13Case{
		{"pcm", "Average asking rents hit £1,344 pcm.", []string{"money: £1,344 pcm = 1344 £"}},
		{"pw", "Rent is £300 pw.", []string{"money: £300 pw = 300 £"}},
		{"pa", "She earns £30,000 pa.", []string{"money: £30,000 pa = 3e+04 £"}},
		{"a month, as before", "Rents hit £1,210 a month.", []string{"money: £1,210 a month = 1210 £"}},
		{"no period, as before", "It cost £300.", []string{"money: £300 = 300 £"}},
	})
}

// TestReview26Knots checks that a speed in knots has its unit, "knots" or
// "kts", as "3,400 ft" has "ft" (review 26, F13).
func TestReview26Knots(t *testing.T) {
	checkFigures(t, []review13Case{
		{"knots", "The aircraft was climbing at 148 knots.", []string{"quantity: 148 knots = 148 | knots"}},
		{"kts", "The aircraft was climbing at 148 kts.", []string{"quantity: 148 kts = 148 | kts"}},
		{"glued kts", "It flew at 148kts.", []string{"quantity: 148kts = 148 | kts"}},
		{"feet, as before", "It climbed through 3,400 ft at 148 knots.", []string{"quantity: 3,400 ft = 3400 | ft", "quantity: 148 knots = 148 | knots"}},
		{"a count, as before", "It carried 148 passengers.", []string{"quantity: 148 passengers = 148 | "}},
	}, review22Units)
}

// TestReview26ForwardEstimates checks that "over the forward estimates", a
// budget's year and the three after it, is a period and no hedge, while
// "estimates" alone stays a hedge (review 26, F15).
func TestReview26ForwardEstimates(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"The Victorian government will spend $850 million over the forward estimates on TAFE places.", "date: over the forward estimates"},
		{"Spending of $2bn is included in the forward estimates.", "date: in the forward estimates"},
		{"Forward estimates show a surplus.", "date: Forward estimates"},
		{"The estimates are rough.", "hedge: estimates"},
		{"The cost estimates are rough.", "hedge: estimates"},
	} {
		src, _, spans := annotateText(tc.text)
		got := ""
		for _, s := range spans {
			if s.Kind == Date || s.Kind == Hedge {
				got = s.Kind.String() + ": " + string(s.Text(src))
			}
		}
		if got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestReview26QuarterInARow checks that "for the second quarter in a row"
// is a run of quarters and no date of the second quarter, while "in the
// second quarter" and "the second quarter of 2025" stay dates (review 26,
// F16).
func TestReview26QuarterInARow(t *testing.T) {
	checkReview16(t, []review13Case{
		{"in a row", "Wales saw rents rise by more than 11% for the second quarter in a row.", []string{"percent: more than 11% = 11"}},
		{"running", "It grew 2% for the second quarter running.", []string{"percent: 2% = 2"}},
		{"a quarter, as before", "Sales fell 2% in the second quarter.", []string{"percent: 2% = 2", "date: in the second quarter"}},
		{"a year's quarter, as before", "Sales rose 2% in the second quarter of 2025.", []string{"percent: 2% = 2", "date: in the second quarter of 2025"}},
		{"quarters running, as before", "Profits rose 2% for three quarters running.", []string{"percent: 2% = 2", "date: for three quarters"}},
	})
}

// TestReview26PerPatientPerYear checks that a price of one thing keeps the
// period after it, "£4,000 per patient per year", while "a year ago"
// stays apart (review 26, F20).
func TestReview26PerPatientPerYear(t *testing.T) {
	checkReview16(t, []review13Case{
		{"per year", "The drugs cost the NHS about £4,000 per patient per year.", []string{"money: about £4,000 per patient per year = 4000 £"}},
		{"a year", "Fees are £9,250 per student a year.", []string{"money: £9,250 per student a year = 9250 £"}},
		{"a year ago", "It cost £85 per visit a year ago.", []string{"money: £85 per visit = 85 £", "date: a year ago"}},
		{"per patient, as before", "It costs £4,000 per patient.", []string{"money: £4,000 per patient = 4000 £"}},
	})
}

// TestReview26MoreThanHalf checks that "More than half" and "by more than
// a quarter" with no "of" are shares, 0.5 and 0.25, as "More than half of
// patients" is, while "half past six" stays no share (review 26, F19).
func TestReview26MoreThanHalf(t *testing.T) {
	checkReview16(t, []review13Case{
		{"half", "More than half had had a previous heart attack.", []string{"quantity: More than half = 0.5"}},
		{"less", "Less than half voted.", []string{"quantity: Less than half = 0.5"}},
		{"a quarter", "Rents have gone up by more than a quarter since 2023.", []string{"quantity: more than a quarter = 0.25", "date: since 2023"}},
		{"of, as before", "More than half of patients had a stroke.", []string{"quantity: More than half of = 0.5"}},
		{"a clock, as before", "It is more than half past six.", []string{"date: past six"}},
	})
}

// TestReview26MonthsTo checks that "the three months to September" and
// "to the end of September" are one period with or without a preposition
// before, as "in the 12 months to August 2026" was (review 26, F21).
func TestReview26MonthsTo(t *testing.T) {
	checkReview16(t, []review13Case{
		{"no preposition", "The figures cover the three months to September.", []string{"date: the three months to September"}},
		{"the end of", "The figures cover Q3 2026, the three months to the end of September.", []string{"date: Q3 2026", "date: the three months to the end of September"}},
		{"in, the end of", "It fell 2% in the three months to the end of June.", []string{"percent: 2% = 2", "date: in the three months to the end of June"}},
		{"in, as before", "Prices rose 2% in the 12 months to August 2026.", []string{"percent: 2% = 2", "date: in the 12 months to August 2026"}},
		{"the year to come, as before", "The year to come is hard.", nil},
	})
}

// TestReview26JournalCitation checks that a journal's volume and pages
// after its year, "2026;395:1123-34", are no quantity, while a ratio
// stays one (review 26, F18).
func TestReview26JournalCitation(t *testing.T) {
	checkReview16(t, []review13Case{
		{"a citation", "The findings were published in the New England Journal of Medicine (N Engl J Med 2026;395:1123-34).", []string{"date: 2026"}},
		{"a ratio, as before", "It was a 50:50 split.", []string{"quantity: 50:50 split = 50"}},
	})
}

// TestReview26MonthQuarter checks that an Australian "the September
// quarter", "the June quarter of 2027", is one date, the quarter that ends
// with the month, not the month alone (review 26, F17).
func TestReview26MonthQuarter(t *testing.T) {
	checkReview16(t, []review13Case{
		{"a quarter", "GDP grew 0.4% in the September quarter.", []string{"percent: 0.4% = 0.4", "date: in the September quarter"}},
		{"of a year", "Inflation is expected to fall to 2.75 per cent by the June quarter of 2027.", []string{"percent: 2.75 per cent = 2.75", "date: by the June quarter of 2027"}},
		{"a month, as before", "GDP grew 0.4% in September.", []string{"percent: 0.4% = 0.4", "date: in September"}},
		{"an ordinal, as before", "GDP grew 0.4% in the second quarter.", []string{"percent: 0.4% = 0.4", "date: in the second quarter"}},
	})
}
