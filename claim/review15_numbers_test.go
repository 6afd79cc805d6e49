package claim

import (
	"testing"

	"github.com/claimlight/claimlight/amount"
)

// The tests in this file check the figures of review 15's numbers, dates
// and units, as review13Figures renders them.

// TestReview15WeekNumbers checks that a week of the year, "week 47",
// "weeks 45 to 47", "wk 47", is a date, never a quantity nor the start of
// a range with the figure after it (review 15, H5).
func TestReview15WeekNumbers(t *testing.T) {
	checkReview13(t, []review13Case{
		{"peaked in week 47", "Admissions peaked in week 47.", []string{"date: in week 47"}},
		{"in week 47 to a rate", "Cases rose in week 47 to 9.4 per 100,000.", []string{"date: in week 47", "quantity: 9.4 per 100,000 = 9.4"}},
		{"in week 47 to a percent", "Positivity rose in week 47 to 18.7%.", []string{"date: in week 47", "percent: 18.7% = 18.7"}},
		{"in week 47 to a count", "Admissions rose in week 47 to 2,870.", []string{"date: in week 47", "quantity: 2,870 = 2870"}},
		{"in week 12 to 148 from 212", "Deaths fell in week 12 to 148 from 212.", []string{"date: in week 12", "quantity: 148 = 148", "quantity: 212 = 212"}},
		{"week 51 or 52", "Admissions are expected to peak around week 51 or 52.", []string{"date: week 51 or 52"}},
		{"weeks 45 to 47", "The figures for weeks 45 to 47 show a rise.", []string{"date: weeks 45 to 47"}},
		{"wk 47", "Cases rose in wk 47 to 9.4 per 100,000.", []string{"date: in wk 47", "quantity: 9.4 per 100,000 = 9.4"}},
		{"a lead-in", "Key figures (week 47):", []string{"date: week 47"}},
		{"in October, as before", "Admissions rose in October to 9.4 per 100,000.", []string{"date: in October", "quantity: 9.4 per 100,000 = 9.4"}},
		{"the week to, as before", "Cases rose in the week to 23 November.", []string{"date: 23 November"}},
		{"a count of weeks, as before", "The strike lasted 47 weeks.", []string{"date: 47 weeks"}},
		{"a count after each week", "Each week 20 people arrive.", []string{"quantity: 20 people = 20"}},
		{"in week 47 before a noun", "In week 47 admissions rose to 2,870.", []string{"date: In week 47", "quantity: 2,870 = 2870"}},
	})
}

// TestReview15Rupees checks that "Rs." with its stop is the rupee as "Rs"
// is, and that "cr" after a number is crore, 10^7 (review 15, H4).
func TestReview15Rupees(t *testing.T) {
	checkReview13(t, []review13Case{
		{"Rs. 45,000", "The scooter costs Rs. 45,000.", []string{"money: Rs. 45,000 = 4.5e+04"}},
		{"Rs.45,000 glued", "The scooter costs Rs.45,000 ex-showroom.", []string{"money: Rs.45,000 = 4.5e+04"}},
		{"Rs. crore", "The firm will invest Rs. 2,500 crore in the plant.", []string{"money: Rs. 2,500 crore = 2.5e+10"}},
		{"Rs cr", "The firm will invest Rs 2,500 cr in the plant.", []string{"money: Rs 2,500 cr = 2.5e+10"}},
		{"₹ cr", "Sahyadri to invest ₹2,500 cr in EV plant", []string{"money: ₹2,500 cr = 2.5e+10"}},
		{"lakh cr", "Centre to borrow Rs 14.8 lakh cr next year", []string{"money: Rs 14.8 lakh cr = 1.48e+13", "date: next year"}},
		{"Rs crore, as before", "The firm will invest Rs 2,500 crore in the plant.", []string{"money: Rs 2,500 crore = 2.5e+10"}},
	})
	for _, in := range []string{"Rs. 45,000", "Rs.45,000", "Rs 2,500 cr", "14 paise"} {
		if got := amount.Currency([]byte(in)); got != "₹" {
			t.Errorf("amount.Currency(%q) = %q, want ₹", in, got)
		}
	}
}

// TestReview15Paise checks that paise are hundredths of a rupee, money as
// cents are, and that the rate after "to" is a figure of its own (review
// 15, M3).
func TestReview15Paise(t *testing.T) {
	checkReview13(t, []review13Case{
		{"14 paise to 86.42", "The rupee weakened 14 paise to 86.42 against the US dollar.", []string{"money: 14 paise = 0.14", "quantity: 86.42 = 86.42"}},
	})
}

// TestReview15RaceTimes checks that a race or lap time is a length of
// time in seconds, not its first number, while a clock time stays a date
// (review 15, H6).
func TestReview15RaceTimes(t *testing.T) {
	checkReview13(t, []review13Case{
		{"M:SS.ff", "Chebet won the 1,500 metres in 3:58.21.", []string{"quantity: 1,500 metres = 1500", "quantity: 3:58.21 = 238.2"}},
		{"H:MM:SS", "Kiprop won the marathon in 2:04:31.", []string{"quantity: 2:04:31 = 7471"}},
		{"M:SS.f", "She ran 1:58.3 for the 800m.", []string{"quantity: 1:58.3 = 118.3", "quantity: 800m = 800"}},
		{"H:MM:SS.fff", "Okoro won in 1:34:17.552.", []string{"quantity: 1:34:17.552 = 5658"}},
		{"a lap", "Okoro set the fastest lap, a 1:12.486, on the final lap.", []string{"quantity: 1:12.486 = 72.49"}},
		{"seconds, as before", "The pit stop took 2.4 seconds.", []string{"quantity: 2.4 seconds = 2.4"}},
		{"a clock, as before", "The polls close at 10:30 tonight.", []string{"date: 10:30", "date: tonight"}},
	})
	for in, want := range map[string]float64{"3:58.21": 238.21, "2:04:31": 7471, "1:34:17.552": 5657.552, "1:12.486": 72.486, "14:21.09": 861.09, "10:30": 10} {
		if got, ok := amount.Parse([]byte(in)); !ok || got != want {
			t.Errorf("amount.Parse(%q) = %v, %v, want %v", in, got, ok, want)
		}
	}
}

// TestReview15Gaps checks that a gap written "+4.321s" is a length of time
// wherever it stands, a table's line end included (review 15, H7).
func TestReview15Gaps(t *testing.T) {
	checkReview13(t, []review13Case{
		{"a result row", "2. Lukas Brandt (Vortex) +4.321s", []string{"quantity: +4.321s = 4.321"}},
		{"behind", "Brandt finished +4.321s behind Okoro.", []string{"quantity: +4.321s = 4.321"}},
		{"behind at the end", "Brandt finished second, +4.321s behind.", []string{"quantity: +4.321s = 4.321"}},
		{"no plus, as before", "Brandt finished 4.321s behind Okoro.", []string{"quantity: 4.321s = 4.321"}},
		{"a phone number, as before", "Call +44 20 7946 0958 for details.", nil},
	})
}

// TestReview15ToPar checks that a golf score against par is negative below
// par and that a total of strokes after it is a figure too (review 15,
// H8).
func TestReview15ToPar(t *testing.T) {
	checkReview13(t, []review13Case{
		{"12-under 272", "Walsh won the Coral Dunes Championship at 12-under 272.", []string{"quantity: 12-under = -12", "quantity: 272 = 272"}},
		{"12-under", "Walsh won at 12-under.", []string{"quantity: 12-under = -12"}},
		{"12 under par", "Walsh finished at 12 under par.", []string{"quantity: 12 under par = -12"}},
		{"3-over", "Menon finished at 3-over.", []string{"quantity: 3-over = 3"}},
		{"-10, as before", "Menon finished at -10 after a 72.", []string{"quantity: -10 = -10", "quantity: 72 = 72"}},
	})
}

// TestReview15FiscalYears checks that a fiscal year written "FY26",
// "FY2026" or "FY2026-27" is a date, with a quarter or a half before it
// joined (review 15, M2).
func TestReview15FiscalYears(t *testing.T) {
	checkReview13(t, []review13Case{
		{"in FY26", "The company expects to sell 4.2 lakh units in FY26.", []string{"quantity: 4.2 lakh units = 4.2e+05", "date: in FY26"}},
		{"for FY27", "The deficit target for FY27 is 4.4% of GDP.", []string{"date: FY27", "percent: 4.4% = 4.4"}},
		{"Q3 FY26", "Sales rose 12% in Q3 FY26.", []string{"percent: 12% = 12", "date: in Q3 FY26"}},
		{"H1 FY26", "Profit rose in H1 FY26.", []string{"date: in H1 FY26"}},
		{"FY2026", "Revenue for FY2026 was Rs 500 crore.", []string{"date: FY2026", "money: Rs 500 crore = 5e+09"}},
		{"FY2026-27, as before", "The plan runs to FY2026-27.", []string{"date: FY2026-27"}},
		{"a flight level, as before", "The jet climbed to FL350.", []string{"quantity: FL350 = 350"}},
	})
}

// TestReview15TimeRanges checks that hours joined by a hyphen or a dash,
// "20:00-01:30 GMT", are one time range with their zone (review 15, M10).
func TestReview15TimeRanges(t *testing.T) {
	checkReview13(t, []review13Case{
		{"a hyphen", "The drones were launched from 20:00-01:30 GMT.", []string{"date: from 20:00-01:30 GMT"}},
		{"an en dash", "The drones were launched from 20:00–01:30 GMT.", []string{"date: from 20:00–01:30 GMT"}},
		{"between, as before", "The drones were launched between 20:00 and 01:30 GMT.", []string{"date: between 20:00 and 01:30 GMT"}},
		{"two zones, as before", "At 23:00 local time (20:00 GMT) it began.", []string{"date: 23:00 local time", "date: 20:00 GMT"}},
	})
}

// TestReview15Laps checks that a lap's number labels it and is neither a
// quantity nor a share, while a count of laps stays a quantity (review
// 15, M9).
func TestReview15Laps(t *testing.T) {
	checkReview13(t, []review13Case{
		{"lap 41", "Okoro passed Brandt on lap 41 and won by 4.3 seconds.", []string{"quantity: 4.3 seconds = 4.3"}},
		{"lap 18 of 71", "Okoro pitted on lap 18 of 71.", nil},
		{"71 laps, as before", "Okoro won after 71 laps.", []string{"quantity: 71 laps = 71"}},
		{"P3", "Okoro started from P3 and finished P1.", nil},
	})
}

// TestReview15OpenAgeBands checks that an age band open at the top, "65
// and over", "75+", keeps its bound in the span, as "over 65" does
// (review 15, L1).
func TestReview15OpenAgeBands(t *testing.T) {
	checkReview13(t, []review13Case{
		{"and over", "Uptake among those aged 65 and over was 71%.", []string{"quantity: 65 and over = 65", "percent: 71% = 71"}},
		{"75+", "Uptake among those aged 75+ was 80%.", []string{"quantity: 75+ = 75", "percent: 80% = 80"}},
		{"and older", "People aged 70 and older were hit.", []string{"quantity: 70 and older = 70"}},
		{"over 65, as before", "Those aged over 65 were hit.", []string{"quantity: over 65 = 65"}},
		{"and over the season", "He scored 3 and over the season 12.", []string{"quantity: 3 = 3", "quantity: 12 = 12"}},
	})
}
