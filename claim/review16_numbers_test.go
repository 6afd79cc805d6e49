package claim

import (
	"testing"

	"github.com/claimlight/claimlight/amount"
)

// The tests in this file check the figures of review 16's numbers, dates
// and units as review16Figures renders them: review13Figures with the
// currency of each money span after it.

// review16Figures is review13Figures with the currency amount.Currency
// reads from a money span's text after the span's line: "money: R18.92 =
// 18.92 ZAR".
func review16Figures(text string) []string {
	return figureLines(text, func(src []byte, s Span) string {
		if c := amount.Currency(s.Text(src)); s.Kind == Money && c != "" {
			return " " + c
		}
		return ""
	})
}

// checkReview16 runs review16Figures over each case.
func checkReview16(t *testing.T, tests []review13Case) {
	t.Helper()
	checkFigures(t, tests, review16Figures)
}

// TestReview16Rand checks that "R" glued before a price is the South
// African rand, with every digit of the number kept, and that a road, a
// droid or a genre written with an R stays no money (review 16, H3).
func TestReview16Rand(t *testing.T) {
	checkReview16(t, []review13Case{
		{"R6.5 billion", "Karoo Metals will shelve a R6.5 billion expansion.", []string{"money: R6.5 billion = 6.5e+09 ZAR"}},
		{"R2 billion", "The plan will cost R2 billion.", []string{"money: R2 billion = 2e+09 ZAR"}},
		{"R250 million", "The firm raised R250 million.", []string{"money: R250 million = 2.5e+08 ZAR"}},
		{"R6.5bn", "The plan will cost R6.5bn.", []string{"money: R6.5bn = 6.5e+09 ZAR"}},
		{"R18.92", "The rand fell 1.4% to R18.92 per dollar.", []string{"percent: 1.4% = 1.4", "money: R18.92 per dollar = 18.92 ZAR"}},
		{"R142.30", "Its shares slumped 7% to R142.30 in Johannesburg.", []string{"percent: 7% = 7", "money: R142.30 = 142.3 ZAR"}},
		{"R250 beside the rand", "The rand weakened, and the fee rose to R250.", []string{"money: R250 = 250 ZAR"}},
		{"ZAR, as before", "The plan will cost ZAR 6.5 billion.", []string{"money: ZAR 6.5 billion = 6.5e+09 ZAR"}},
		{"rand after, as before", "The plan will cost 6.5 billion rand.", []string{"money: 6.5 billion rand = 6.5e+09 ZAR"}},
		{"a road", "Traffic on the R21 was slow.", nil},
		{"a road in South Africa", "The R21 near Johannesburg in South Africa was closed.", nil},
		{"a droid", "R2-D2 sang R&B.", nil},
		{"a reproduction number", "The R0.85 estimate was revised.", nil},
	})
}

// TestReview16NairaShillings checks that "N" glued before a price in
// thousands, or in a text about Nigeria, is the naira with all its digits,
// and that "KSh", "Ksh" and "KES" are the Kenyan shilling (review 16, H4).
func TestReview16NairaShillings(t *testing.T) {
	checkReview16(t, []review13Case{
		{"N1,642", "The naira weakened to N1,642 per dollar.", []string{"money: N1,642 per dollar = 1642 ₦"}},
		{"N50 in Nigeria", "The levy is N50 per litre, Nigeria's regulator said.", []string{"money: N50 per litre = 50 ₦"}},
		{"N1.2trn", "Lagos plans a N1.2trn budget.", []string{"money: N1.2trn = 1.2e+12 ₦"}},
		{"₦, as before", "The naira weakened to ₦1,642 per dollar.", []string{"money: ₦1,642 per dollar = 1642 ₦"}},
		{"NGN, as before", "The fee is NGN 500.", []string{"money: NGN 500 = 500 ₦"}},
		{"KSh", "Kenya's shilling held steady at KSh 129.40 to the dollar.", []string{"money: KSh 129.40 = 129.4 KES"}},
		{"KSh bn", "Treasury bills drew bids worth KSh 38.6bn.", []string{"money: KSh 38.6bn = 3.86e+10 KES"}},
		{"Ksh", "The fee is Ksh 500.", []string{"money: Ksh 500 = 500 KES"}},
		{"KES", "The fee is KES 500.", []string{"money: KES 500 = 500 KES"}},
		{"shillings, as before", "The fee is 500 shillings.", []string{"money: 500 shillings = 500 shillings"}},
		{"N with no money about it", "The levy is N50 per litre.", nil},
		{"a route", "The N1 was closed.", nil},
		{"a mask", "Nurses wore N95 masks.", nil},
	})
}

// TestReview16ModelSizes checks that a model's size written "70B-parameter"
// is a count of parameters, as "70B parameters" is (review 16, H7).
func TestReview16ModelSizes(t *testing.T) {
	checkReview16(t, []review13Case{
		{"70B-parameter", "Orrin released Quillon 5, a 70B-parameter language model.", []string{"quantity: 70B-parameter language = 7e+10"}},
		{"8B-parameter", "Orrin released an 8B-parameter model.", []string{"quantity: 8B-parameter model = 8e+09"}},
		{"1.5T-parameter", "Orrin released a 1.5T-parameter model.", []string{"quantity: 1.5T-parameter model = 1.5e+12"}},
		{"70bn-parameter", "Orrin released a 70bn-parameter model.", []string{"quantity: 70bn-parameter model = 7e+10"}},
		{"70-billion-parameter, as before", "Orrin released Quillon 5, a 70-billion-parameter model.", []string{"quantity: 70-billion-parameter model = 7e+10"}},
		{"70B parameters, as before", "Orrin released Quillon 5, a model with 70B parameters.", []string{"quantity: 70B parameters = 7e+10"}},
		{"405B, as before", "Orrin released a 405B model.", []string{"quantity: 405B model = 4.05e+11"}},
	})
	// a small "t" is tonnes, no trillion
	if v, ok := amount.Parse([]byte("40t")); !ok || v != 40 {
		t.Errorf("amount.Parse(40t) = %v, %v, want 40", v, ok)
	}
}

// TestReview16USCents checks that an exchange rate in US cents is money in
// US dollars, "64 US cents" and "US64.2c" alike (review 16, H8).
func TestReview16USCents(t *testing.T) {
	checkReview16(t, []review13Case{
		{"64 US cents", "The Australian dollar fell to 64 US cents.", []string{"money: 64 US cents = 0.64 US$"}},
		{"58.7 US cents", "The kiwi rose 0.4% to 58.7 US cents.", []string{"percent: 0.4% = 0.4", "money: 58.7 US cents = 0.587 US$"}},
		{"US64.2c", "The Aussie fell to US64.2c.", []string{"money: US64.2c = 0.642 US$"}},
		{"US64c", "The kiwi rose to US64c.", []string{"money: US64c = 0.64 US$"}},
		{"cents, as before", "The kiwi rose to 58.7 cents.", []string{"money: 58.7 cents = 0.587"}},
		{"US$, as before", "The kiwi rose to US$0.587.", []string{"money: US$0.587 = 0.587 US$"}},
	})
}

// TestReview16Units checks a storm's category with no "storm" after it, a
// hyphenated range with its unit, and the units of batteries and chips
// (review 16, M6, M10 and M12).
func TestReview16Units(t *testing.T) {
	checkReview16(t, []review13Case{
		{"Category 4", "The storm was upgraded to Category 4 on Sunday.", []string{"quantity: Category 4 = 4", "date: on Sunday"}},
		{"Cat 4", "Peak winds: 140 mph, Cat 4", []string{"quantity: 140 mph = 140", "quantity: Cat 4 = 4"}},
		{"a Category 1 storm, as before", "Hurricane Odalys weakened to a Category 1 storm.", []string{"quantity: Category 1 storm = 1"}},
		{"an ambulance category", "Category 2 response times averaged 47 minutes.", []string{"date: 47 minutes"}},
		{"a network cable", "The office uses Cat 6 cable.", nil},
		{"250-380 mm", "It will bring 250-380 mm of rain to Alabama.", []string{"quantity: 250-380 mm = 250..380"}},
		{"1-2°C", "The water was 1-2°C warmer than normal.", []string{"quantity: 1-2°C = 1..2"}},
		{"2-3°F", "The water was 2-3°F warmer than normal.", []string{"quantity: 2-3°F = 2..3"}},
		{"250 to 380 mm, as before", "It will bring 250 to 380 mm of rain to Alabama.", []string{"quantity: 250 to 380 mm = 250..380"}},
		{"a score keeps no unit", "The team won 4-1 in the rain.", []string{"quantity: 4-1"}},
		{"60 TOPS", "The neural engine is rated at 60 TOPS.", []string{"quantity: 60 TOPS = 60"}},
		{"72.4Wh", "The battery is 72.4Wh.", []string{"quantity: 72.4Wh = 72.4"}},
		{"72.4 Wh", "The battery is 72.4 Wh and lasts 19 hours.", []string{"quantity: 72.4 Wh = 72.4", "date: 19 hours"}},
		{"5,000mAh, as before", "The battery holds 5,000mAh.", []string{"quantity: 5,000mAh = 5000"}},
	})
}

// TestReview16Resolutions checks that a screen's width by height is one
// span and its height never a year, while a small product of two numbers
// keeps its unit as before (review 16, M5).
func TestReview16Resolutions(t *testing.T) {
	checkReview16(t, []review13Case{
		{"3024 x 1964", "The display is 14.2 inches, 3024 x 1964, at 120Hz.", []string{"quantity: 14.2 inches = 14.2", "quantity: 3024 x 1964 = 3024", "quantity: 120Hz = 120"}},
		{"3024 × 1964", "The screen has a resolution of 3024 × 1964.", []string{"quantity: 3024 × 1964 = 3024"}},
		{"2560 x 1600 pixels", "The screen has a resolution of 2560 x 1600 pixels.", []string{"quantity: 2560 x 1600 = 2560"}},
		{"3 x 4 metres, as before", "The room is 3 x 4 metres.", []string{"quantity: 3 x = 3", "quantity: 4 metres = 4"}},
		{"a year after a multiple", "Sales rose 3x in 1964.", []string{"quantity: 3x = 3", "date: in 1964"}},
	})
}

// TestReview16TimeZones checks that the time zones of South Africa, West
// and East Africa, India, East Asia, Australia and New Zealand stay in the
// time's span, as GMT does (review 16, L1).
func TestReview16TimeZones(t *testing.T) {
	checkReview13(t, []review13Case{
		{"SAST", "The rand closed at 17:05 SAST.", []string{"date: 17:05 SAST"}},
		{"WAT", "Trading ended at 14:30 WAT.", []string{"date: 14:30 WAT"}},
		{"NZDT", "The quake struck at 02:14 NZDT.", []string{"date: 02:14 NZDT"}},
		{"GMT, as before", "The rand closed at 17:05 GMT.", []string{"date: 17:05 GMT"}},
	})
}
