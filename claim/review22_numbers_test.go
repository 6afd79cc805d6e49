package claim

import "testing"

// The tests in this file check the figures of review 22's numbers and
// dates as review16Figures renders them: the span's kind, text and value.

// TestReview22RisenFrom checks that "has risen from 1,050 to 2,603 homes"
// is a change between an old level and a new one, each with its value, as
// "rose from" was, while "from X to Y homes" with no verb of change, and a
// change that shares a scale, stay one range (review 22, F14).
func TestReview22RisenFrom(t *testing.T) {
	checkReview16(t, []review13Case{
		{"has risen from", "The target has risen from 1,050 to 2,603 homes.", []string{"quantity: 1,050 = 1050", "quantity: 2,603 homes = 2603"}},
		{"a rate", "The target has risen from 1,050 to 2,603 homes a year.", []string{"quantity: 1,050 = 1050", "quantity: 2,603 homes a year = 2603"}},
		{"has fallen from", "Numbers have fallen from 870 to 610 pupils.", []string{"quantity: 870 = 870", "quantity: 610 pupils = 610"}},
		{"has grown from", "The list has grown from 40 to 65 members.", []string{"quantity: 40 = 40", "quantity: 65 members = 65"}},
		{"rose from with a noun", "Sales rose from 1,050 to 2,603 homes.", []string{"quantity: 1,050 = 1050", "quantity: 2,603 homes = 2603"}},
		{"rose from, as before", "Sales rose from 1,050 to 2,603 last year.", []string{"quantity: 1,050 = 1050", "quantity: 2,603 = 2603", "date: last year"}},
		{"a range with no change, as before", "From 1,050 to 2,603 homes will be built.", []string{"quantity: 1,050 to 2,603 homes = 1050..2603"}},
		{"a range after for, as before", "The plan is for 1,050 to 2,603 homes.", []string{"quantity: 1,050 to 2,603 homes = 1050..2603"}},
		{"a shared scale, as before", "Output has risen from 2 to 3 million tonnes.", []string{"quantity: 2 to 3 million tonnes = 2e+06..3e+06"}},
	})
}

// review22Units renders the figures of text as review16Figures does, each
// quantity with its unit after a "|" (see Unit).
func review22Units(text string) []string {
	src, _, spans := annotateText(text)
	var out []string
	for i, s := range spans {
		switch s.Kind {
		case Quantity, Money, Percent:
			line := spanLine(src, spans, i)
			if s.Kind == Quantity {
				line += " | " + Unit(src, s)
			}
			out = append(out, line)
		}
	}
	return out
}

// TestReview22Yields checks that a yield keeps the area it is measured
// over, "7.8 tonnes per hectare", "3.2 tonnes a hectare", and a price by
// area its acre, "£9,000 an acre", with no unit read from the area alone
// (a yield's unit is the whole rate, "tonnes per hectare", since session
// 30), while
// a tonnage or an area with no rate stays as it was (review 22, F16).
func TestReview22Yields(t *testing.T) {
	checkFigures(t, []review13Case{
		{"per hectare", "Defra puts the yield at 7.8 tonnes per hectare, down from 8.6 in 2025.", []string{"quantity: 7.8 tonnes per hectare = 7.8 | tonnes per hectare", "quantity: 8.6 = 8.6 | "}},
		{"a hectare", "The farm had yields of 3.2 tonnes a hectare.", []string{"quantity: 3.2 tonnes a hectare = 3.2 | tonnes a hectare"}},
		{"an acre", "Land sold for £9,000 an acre.", []string{"money: £9,000 an acre = 9000"}},
		{"tonnes alone, as before", "The farm grew 400 tonnes of wheat.", []string{"quantity: 400 tonnes = 400 | tonnes"}},
		{"hectares alone, as before", "The farm covers 400 hectares.", []string{"quantity: 400 hectares = 400 | hectares"}},
		{"a price a gallon, as before", "The plan meant a 50-cent-a-gallon rise.", []string{"quantity: 50-cent-a-gallon = 0.5 | "}},
	}, review22Units)
}

// TestReview22Tonnes checks that tonnes written "t" keep it and the area of
// a yield after a slash, "8.6 t/ha", "6.1t/ha", "7.5t", while a capital
// "T" stays no unit (review 22, F15).
func TestReview22Tonnes(t *testing.T) {
	checkFigures(t, []review13Case{
		{"spaced t/ha", "Yields fell to 7.8 tonnes, down from 8.6 t/ha in 2025.", []string{"quantity: 7.8 tonnes = 7.8 | tonnes", "quantity: 8.6 t/ha = 8.6 | t/ha"}},
		{"glued t/ha", "Spring barley yields rose 3% to 6.1t/ha.", []string{"percent: 3% = 3", "quantity: 6.1t/ha = 6.1 | t/ha"}},
		{"glued t", "A 7.5t lorry overturned.", []string{"quantity: 7.5t = 7.5 | t"}},
		{"a capital T, as before", "The debt is $1.5T.", nil},
	}, review22Units)
}

// TestReview22PricePerTonne checks that a price by weight written "£185/t"
// keeps its "/t", as "£365 a tonne" did (review 22, F17).
func TestReview22PricePerTonne(t *testing.T) {
	checkReview16(t, []review13Case{
		{"a price per tonne", "The wheat price was £185/t. Ammonium nitrate was £365 a tonne.", []string{"money: £185/t = 185 £", "money: £365 a tonne = 365 £"}},
		{"a price per kilo, as before", "It sells at £4.20/kg.", []string{"money: £4.20/kg = 4.2 £"}},
		{"a price and a fraction, as before", "Tickets cost £185/£200 at the door.", []string{"money: £185 = 185 £", "money: £200 = 200 £"}},
	})
}

// TestReview22YearTo checks that "in the year to September" and "in the 12
// months to March" are the period that ends with the month, not the month
// alone, while "the run to September" and a month
// after "to" with no period before it stay as they were (review 22, F19).
func TestReview22YearTo(t *testing.T) {
	checkReview16(t, []review13Case{
		{"the year to a month", "Official figures show that 87.3% of trains arrived on time in the year to September.", []string{"percent: 87.3% = 87.3", "date: in the year to September"}},
		{"the year to a month and year", "Figures rose in the year to March 2026.", []string{"date: in the year to March 2026"}},
		{"over the year to", "Prices rose 4% over the year to March.", []string{"percent: 4% = 4", "date: over the year to March"}},
		{"the 12 months to", "Prices rose 4% in the 12 months to March.", []string{"percent: 4% = 4", "date: in the 12 months to March"}},
		{"the three months to", "Prices rose 4% in the three months to March.", []string{"percent: 4% = 4", "date: in the three months to March"}},
		{"in a clause", "The airport handled 6.8 million passengers in the year to September, up 11%.", []string{"quantity: 6.8 million passengers = 6.8e+06", "date: in the year to September", "percent: 11% = 11"}},
		{"the year to date, a date since review 28a (F11)", "Prices rose 4% in the year to date.", []string{"percent: 4% = 4", "date: in the year to date"}},
		{"the run to a month, as before", "Prices rose 4% in the run to March.", []string{"percent: 4% = 4", "date: March"}},
		{"from a month to a month, one period since review 27a (F13)", "Prices rose 4% from the end of May to March.", []string{"percent: 4% = 4", "date: from the end of May to March"}},
	})
}

// TestReview22Megatonnes checks that "13.9Mt" is 13.9 million tonnes, with
// the unit "t", as "12.6 million tonnes" is 12.6 million, and "3.2Gt" 3.2
// billion, while a figure with "MtCO2e" apart keeps its value (review 22,
// F18).
func TestReview22Megatonnes(t *testing.T) {
	checkFigures(t, []review13Case{
		{"Mt", "The five-year average is 13.9Mt, against 12.6 million tonnes this year.", []string{"quantity: five-year = 5 | years", "quantity: 13.9Mt = 1.39e+07 | t", "quantity: 12.6 million tonnes = 1.26e+07 | tonnes"}},
		{"Gt", "Emissions reached 3.2Gt in 2024.", []string{"quantity: 3.2Gt = 3.2e+09 | t"}},
		{"GtCO2e, its unit as before", "Emissions reached 3.2GtCO2e in 2024.", []string{"quantity: 3.2GtCO2e = 3.2e+09 | "}},
		{"apart, as before", "Emissions were 40 MtCO2e.", []string{"quantity: 40 MtCO2e = 40 | "}},
		{"GW, as before", "The plant makes 1.2GW at full load.", []string{"quantity: 1.2GW = 1.2 | GW"}},
		{"millions, as before", "The region has 15M people.", []string{"quantity: 15M people = 1.5e+07 | "}},
	}, review22Units)
}

// TestReview22HourAndAHalf checks that "an hour and a half" is one
// duration, not "an hour", while "two and a half hours" and a half of
// something else stay as they were (review 22, F20).
func TestReview22HourAndAHalf(t *testing.T) {
	checkReview16(t, []review13Case{
		{"an hour and a half", "“We were stood in the queue for an hour and a half before anyone told us.”", []string{"date: an hour and a half"}},
		{"a year and a half", "Talks went on for a year and a half.", []string{"date: for a year and a half"}},
		{"two and a half hours, as before", "It lasted for two and a half hours.", []string{"date: for two and a half hours"}},
		{"an hour, then a half of something, as before", "We waited for an hour and a half of us left.", []string{"date: an hour", "quantity: half of = 0.5"}},
	})
	// its reason is a duration's, as "an hour" was
	for in, want := range map[string]bool{"an hour and a half": true, "for a year and a half": true, "two and a half": false, "March and a half": false} {
		if got := durationText([]byte(in)); got != want {
			t.Errorf("durationText(%q) = %v, want %v", in, got, want)
		}
	}
}
