package claim

import (
	"testing"
)

// The tests in this file check the figures of review 18's numbers and
// dates as review16Figures renders them: the span's kind, text and value,
// and a money span's currency.

// TestReview18DaysOfOneMonth checks that days written before the month
// they share, as a range or a list, are one date with no count for the
// first day, and that "the 12th" after a date in its sentence is a date
// (review 18, H5).
func TestReview18DaysOfOneMonth(t *testing.T) {
	checkReview16(t, []review13Case{
		{"D–D Month", "Strike dates: 7–11 April.", []string{"date: 7–11 April"}},
		{"on D–D Month", "Nurses will strike on 7–11 April.", []string{"date: on 7–11 April"}},
		{"D-D Month", "Nurses will strike from 7-11 April.", []string{"date: from 7-11 April"}},
		{"from D to D Month", "Nurses will strike from 7 to 11 April.", []string{"date: from 7 to 11 April"}},
		{"D and D Month", "Further strikes are planned for 3 and 17 April.", []string{"date: for 3 and 17 April"}},
		{"D, D and D Month", "Walkouts are planned on 3, 10 and 17 April.", []string{"date: on 3, 10 and 17 April"}},
		{"the Dth after a date", "The strike runs from 8am on the 7th to 8am on the 12th.",
			[]string{"date: from 8am", "date: on the 7th", "date: 8am", "date: on the 12th"}},
		{"the Dth after a range", "Strike dates: 7–11 April, from 8am on the first day to 8am on the 12th",
			[]string{"date: 7–11 April", "date: from 8am", "date: 8am", "date: on the 12th"}},
		{"Month the Dth", "Make your decision and vote on November the 3rd.", []string{"date: on November the 3rd"}},
		{"Month D-D, as before", "Nurses will strike on April 7-11.", []string{"date: on April 7-11"}},
		{"two dates, as before", "Nurses will strike on 7 April and 11 April.", []string{"date: on 7 April", "date: 11 April"}},
		{"the Dth year stays no date", "It finally gets to 50 cents at the end of the 5th year.", []string{"money: 50 cents = 0.5"}},
		{"the Dth with no date stays nothing", "He bogeyed the 18th and parred the 17th.", nil},
		{"a century stays itself", "The church dates from the 12th century.", []string{"date: from the 12th century"}},
		{"counts before a month stay counts", "It rose from 7 to 11 in April.", []string{"quantity: 7 = 7", "quantity: 11 = 11", "date: in April"}},
	})
}

// TestReview18OldYears checks that a year before 1800 after "in", "since",
// "from" or "until" is a date, as later years are, while a count after
// those words stays a count (review 18, H6).
func TestReview18OldYears(t *testing.T) {
	checkReview16(t, []review13Case{
		{"founded in", "The brewery was founded in 1759.", []string{"date: in 1759"}},
		{"since", "The Bank of England has set rates since 1694.", []string{"date: since 1694"}},
		{"born in", "He was born in 1790.", []string{"date: in 1790"}},
		{"dates from", "The college dates from 1284 and has 400 students.", []string{"date: from 1284", "quantity: 400 students = 400"}},
		{"built in", "Try the cathedral, built in 1110.", []string{"date: in 1110"}},
		{"two years", "The abbey was founded in 1096 and rebuilt in 1350.", []string{"date: in 1096", "date: in 1350"}},
		{"by settlers", "The town was founded in 1790 by settlers.", []string{"date: in 1790"}},
		{"a decade", "Trade grew in the 1750s.", []string{"date: in the 1750s"}},
		{"1800, as before", "The cathedral was built in 1800.", []string{"date: in 1800"}},
		{"an era, as before", "The cathedral was built in 1110 AD.", []string{"date: in 1110 AD"}},
		{"a count of things", "It works in 1700 communities.", []string{"quantity: 1700 communities = 1700"}},
		{"one in N", "The risk is 1 in 1000.", []string{"quantity: 1 in 1000 = 0.001"}},
	})
}

// TestReview18DashPrices checks that a price range with one sign and an
// en dash, "€14–22", is one money range, as the hyphenated "£20-25" is,
// while a sum beside a count stays two figures (review 18, M5).
func TestReview18DashPrices(t *testing.T) {
	checkReview16(t, []review13Case{
		{"€14–22", "Mains are €14–22 and the octopus is good.", []string{"money: €14–22 = 14..22 €"}},
		{"$150–200", "Rooms are $150–200 a night.", []string{"money: $150–200 a night = 150..200 $"}},
		{"£20-25, as before", "Tickets cost £20-25.", []string{"money: £20-25 = 20..25 £"}},
		{"€14–€22, as before", "Mains are €14–€22.", []string{"money: €14–€22 = 14..22 €"}},
		{"£20 to £25, as before", "Tickets cost £20 to £25.", []string{"money: £20 to £25 = 20..25 £"}},
		{"between, as before", "Tickets cost between £20 and £25.", []string{"money: between £20 and £25 = 20..25 £"}},
		{"a sum and a count", "She paid $5 to 10 workers.", []string{"money: $5 = 5 $", "quantity: 10 workers = 10"}},
	})
}

// TestReview18RateBase checks that "Per 100,000 residents," or "For every
// 1,000 births," opening a sentence is the base of the rate the sentence
// states, with no span of its own, after another sentence as alone, and
// that the reason names the figure (review 18, M11).
func TestReview18RateBase(t *testing.T) {
	checkReview16(t, []review13Case{
		{"Per N NOUN, after a sentence", "The UK received about 1.3 applications per 1,000 people last year.\nPer 100,000 residents, that is roughly 130.",
			[]string{"quantity: about 1.3 applications per 1,000 people = 1.3", "date: last year", "quantity: roughly 130 = 130"}},
		{"Per N NOUN, alone", "Per 100,000 residents, that is roughly 130.", []string{"quantity: roughly 130 = 130"}},
		{"For every N NOUN", "The UK received 1.3 applications. For every 1,000 births, 4 babies died.",
			[]string{"quantity: 1.3 applications = 1.3", "quantity: 4 babies = 4"}},
		{"a rate in one span, as before", "The rate was 130 per 100,000 residents.", []string{"quantity: 130 per 100,000 residents = 130"}},
		{"For N NOUN stays a count", "For 2,000 people, the cuts hurt.", []string{"quantity: 2,000 people = 2000"}},
	})
	for _, tt := range []review9ScoreCase{
		{name: "the reason names the figure", in: "The UK received about 1.3 applications per 1,000 people last year.\nPer 100,000 residents, that is roughly 130.",
			sent: 1, want: []string{"quantity: roughly 130"}, not: []string{"quantity: 100,000 residents"}, cw: "yes"},
		{name: "for every", in: "The UK received 1.3 applications. For every 1,000 births, 4 babies died.",
			sent: 1, want: []string{"quantity: 4 babies"}, not: []string{"quantity: 1,000 births"}, cw: "yes"},
	} {
		t.Run(tt.name, tt.run)
	}
}

// TestReview18WillLast checks that "last" after a modal is the verb, so
// that the period after it is a duration and the sentence a forecast,
// while "the last five days" stays a past period (review 18, L1).
func TestReview18WillLast(t *testing.T) {
	checkReview16(t, []review13Case{
		{"will last", "The strike will last five days.", []string{"date: five days"}},
		{"could last", "The stoppage could last 48 hours.", []string{"date: 48 hours"}},
		{"lasted, as before", "The strike lasted five days.", []string{"date: five days"}},
		{"in the last, as before", "Prices rose 4% in the last five days.", []string{"percent: 4% = 4", "date: in the last five days"}},
	})
	keep := map[Kind]bool{Prediction: true}
	src, _, spans := annotateText("The strike will last five days.")
	if got := spanStrings(src, spans, keep); len(got) != 1 || got[0] != "prediction: will last" {
		t.Errorf("prediction spans %q, want [\"prediction: will last\"]", got)
	}
	for _, tt := range []review9ScoreCase{
		{name: "a duration", in: "The stoppage could last 48 hours.", want: []string{"duration: 48 hours"}},
	} {
		t.Run(tt.name, tt.run)
	}
}

// TestReview18ActYears checks that a law named with its year is one rule
// span with the year, after "under" or not, and that part of a name is no
// rule of its own (review 18, L2).
func TestReview18ActYears(t *testing.T) {
	keep := map[Kind]bool{Rule: true, Date: true, Quantity: true}
	tests := []struct {
		name, in string
		want     []string
	}{
		{"under the X Act YYYY", "The ballot was held under the Trade Union Act 2016.", []string{"rule: under the Trade Union Act 2016"}},
		{"of the X Act YYYY", "Section 3 of the Trade Union Act 2016 sets a turnout threshold.", []string{"rule: Section 3 of the Trade Union Act 2016"}}, // the part with its law (review 22, F24)
		{"The X Act YYYY protects", "The Employment Rights Act 1996 protects workers.", []string{"rule: The Employment Rights Act 1996"}},
		{"part of a name", "He was charged with an offence of the Proceeds of Crime Act 2002.", nil},
		{"a year, as before", "The act was passed in 2016.", []string{"date: in 2016"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkSpanStrings(t, tt.in, keep, tt.want)
		})
	}
}

// TestReview18GradeLabels checks that the number of a pay band, a grade or
// a tier labels it and counts nothing (review 18, L4).
func TestReview18GradeLabels(t *testing.T) {
	checkReview16(t, []review13Case{
		{"band 5 nurse", "A band 5 nurse earns £29,970.", []string{"money: £29,970 = 2.997e+04 £"}},
		{"tier 2", "The tier 2 rules cost £5m.", []string{"money: £5m = 5e+06 £"}},
		{"grade 2 listed", "The building is grade 2 listed.", nil},
		{"Band 5, as before", "A Band 5 nurse earns £29,970.", []string{"money: £29,970 = 2.997e+04 £"}},
		{"band-5, as before", "A band-5 nurse earns £29,970.", []string{"money: £29,970 = 2.997e+04 £"}},
		{"Year 9, as before", "Year 9 pupils sat the test.", nil},
		{"a hurricane's category, as before", "It was a Category 5 hurricane.", []string{"quantity: Category 5 hurricane = 5"}},
	})
}

// TestReview18FirstMonths checks that "in the first three months of the
// year" is one date, a part of a year, as "in the first quarter of the
// year" is, and not a duration (review 18, L9).
func TestReview18FirstMonths(t *testing.T) {
	checkReview16(t, []review13Case{
		{"the first N months of the year", "9,870 people were removed in the first three months of the year.",
			[]string{"quantity: 9,870 people = 9870", "date: in the first three months of the year"}},
		{"the first N months of YEAR", "Sales rose 5% in the first 6 months of 2024.", []string{"percent: 5% = 5", "date: in the first 6 months of 2024"}},
		{"the last N months of this year", "In the last nine months of this year, growth fell.", []string{"date: In the last nine months of this year"}},
		{"the first quarter, as before", "9,870 people were removed in the first quarter of the year.",
			[]string{"quantity: 9,870 people = 9870", "date: in the first quarter of the year"}},
		{"of a term stays a period", "In the last three years of his term, debt rose.", []string{"date: In the last three years"}},
	})
}
