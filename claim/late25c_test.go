package claim

import "testing"

// The tests in this file check misses left by session 31's reviews,
// cleared in its third late round of fixes.

// TestLate25cCharity checks that "the charity said" is the charity cited
// just before, a body whose name says what it is, past another body
// named earlier, while a body of no such name stays no charity.
func TestLate25cCharity(t *testing.T) {
	checkReview9(t, []review9Case{
		{"past another body", "The trial was funded by Meridian Pharma.\n\nHeart disease kills about 175,000 people a year in the UK, according to the British Heart Foundation.\n\nAround 7.6 million people in the UK are living with heart disease, the charity said.\n", "Around", "British Heart Foundation", false, "the charity"},
		{"alone, as before", "Heart disease kills about 175,000 people a year in the UK, according to the British Heart Foundation.\n\nAround 7.6 million people in the UK are living with heart disease, the charity said.\n", "Around", "British Heart Foundation", false, "the charity"},
		{"a trust", "The trial was funded by Meridian Pharma.\n\nOne in five carers is in debt, according to the Carers Trust.\n\nAround 7.6 million people in the UK are carers, the charity said.\n", "Around", "Carers Trust", false, "the charity"},
		{"a union", "The trial was funded by Meridian Pharma.\n\nPay fell 5%, according to the National Education Union.\n\nAround 7,600 teachers left last year, the union said.\n", "Around", "National Education Union", false, "the union"},
		{"not the European Union", "Tariffs rose 5%, according to the European Union.\n\nAround 7,600 teachers left last year, the union said.\n", "Around", "", false, "the union"},
		{"a company that spoke is no union", "Holbrook Analytics said pay must rise.\n\nThe union criticised the plan, saying it would cut jobs.\n", "The union", "", false, "The union"},
		{"a company is no union", "Pay fell 5%, according to Holbrook Analytics.\n\nAround 7,600 teachers left last year, the union said.\n", "Around", "", false, "the union"},
		{"a bank", "The trial was funded by Meridian Pharma.\n\nRates will fall, according to Barclays Bank.\n\nAround 7,600 loans were made last year, the bank said.\n", "Around", "Barclays Bank", false, "the bank"},
		{"no charity's name", "The trial was funded by Meridian Pharma.\n\nHeart disease kills about 175,000 people a year in the UK, according to Holbrook Analytics.\n\nAround 7.6 million people in the UK are living with heart disease, the charity said.\n", "Around", "", false, "the charity"},
	})
}

// TestLate25cTitleSpeaker checks that a headline's ", says CM" or ", says
// PM" is the chief or prime minister the text names with that title,
// before or after, and stays "CM" when the text names no one so.
func TestLate25cTitleSpeaker(t *testing.T) {
	const body = "\n\nChief Minister M.K. Selvan said the state had attracted investment of Rs 1.2 lakh crore.\n"
	checkReview9(t, []review9Case{
		{"CM named later", "Tamil Nadu signs Rs 4,500 crore EV battery deal; 2.3 lakh jobs in pipeline, says CM" + body, "Tamil Nadu", "M.K. Selvan", false, "CM"},
		{"PM named earlier", "Prime Minister Anthony Carrick said 40,000 homes were built.\n\nSome 40,000 homes were built last year, says PM\n", "Some", "Anthony Carrick", false, "PM"},
		{"no CM named, as before", "Tamil Nadu signs Rs 4,500 crore EV battery deal; 2.3 lakh jobs in pipeline, says CM\n\nIndustries Minister T. Raja said the state had attracted investment of Rs 1.2 lakh crore.\n", "Tamil Nadu", "CM", false, "CM"},
		{"a PM is no CM", "Tamil Nadu signs Rs 4,500 crore EV battery deal; 2.3 lakh jobs in pipeline, says CM\n\nPrime Minister Vikram Desai said the state had attracted investment of Rs 1.2 lakh crore.\n", "Tamil Nadu", "CM", false, "CM"},
	})
}

// TestLate25cQld checks that "Qld", three letters not in capitals, is a
// place, as "NSW" and "QLD" are, while other short words in that shape
// stay none.
func TestLate25cQld(t *testing.T) {
	for _, tt := range []struct {
		name, in string
		want     []string
	}{
		{"Qld", "NSW and Qld received smaller increases.", []string{"place: NSW", "place: Qld"}},
		{"QLD, as before", "NSW and QLD received smaller increases.", []string{"place: NSW", "place: QLD"}},
		{"Who, as before", "Who received smaller increases?", nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			checkSpanStrings(t, tt.in, map[Kind]bool{Person: true, Org: true, Place: true, Speaker: true}, tt.want)
		})
	}
}

// TestLate25cCoalition checks that "The Coalition", capitalised, is an
// organisation (Australia's opposition parties), while "the coalition"
// in lower case and a coalition of others are none.
func TestLate25cCoalition(t *testing.T) {
	for _, tt := range []struct {
		name, in string
		want     []string
	}{
		{"The Coalition", "The Coalition has promised to cap net debt.", []string{"org: The Coalition"}},
		{"the Coalition", "Net debt would fall, the Coalition has promised.", []string{"org: the Coalition"}},
		{"lower case, as before", "Net debt would fall, the coalition government has promised.", nil},
		{"a coalition, as before", "A coalition of charities has promised to cap fees.", nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			checkSpanStrings(t, tt.in, map[Kind]bool{Person: true, Org: true, Place: true}, tt.want)
		})
	}
}

// TestLate25cActApostrophe checks that an Act written with a straight
// apostrophe, "the Renters' Rights Act", is a rule as the curly one is,
// and that a name in quotes before "Act" stays none.
func TestLate25cActApostrophe(t *testing.T) {
	for _, tt := range []review9ScoreCase{
		{name: "straight", in: "The Renters' Rights Act came into force on 1 May.", want: []string{"rule: The Renters' Rights Act"}},
		{name: "curly, as before", in: "The Renters’ Rights Act came into force on 1 May.", want: []string{"rule: The Renters’ Rights Act"}},
		{name: "under, straight", in: "Under the Renters' Rights Act, landlords must register.", want: []string{"rule: the Renters' Rights Act"}},
		{name: "quoted name, as before", in: "They called it the 'Clean' Act in May.", not: []string{"rule: the 'Clean' Act"}},
	} {
		t.Run(tt.name, tt.run)
	}
}

// TestLate25cCaseTitle checks that a case's title, "Okoye v Brightwater
// Care Homes Ltd, case number 1804512/2025.", is a heading, not a claim,
// while a sentence about the case is scored as before.
func TestLate25cCaseTitle(t *testing.T) {
	for _, tt := range []review9ScoreCase{
		{name: "case number", in: "Okoye v Brightwater Care Homes Ltd, case number 1804512/2025.", cw: "no"},
		{name: "a v in a name", in: "Davies v Brightwater Care Homes Ltd, case number 1804512/2025.", cw: "no"},
		{name: "names alone", in: "Okoye v Brightwater Care Homes Ltd.", cw: "no"},
		{name: "told, as before", in: "Okoye v Brightwater Care Homes Ltd was settled for £40,000 in May 2025.", cw: "yes"},
		{name: "after a comma, as before", in: "In Okoye v Brightwater, the tribunal awarded £40,000 in May 2025.", cw: "yes"},
	} {
		t.Run(tt.name, tt.run)
	}
}

// TestLate25cResultsFrom checks that "according to results from a large
// phase 3 trial" names no speaker, not "results", while figures from a
// named body still speak for it.
func TestLate25cResultsFrom(t *testing.T) {
	checkReview9(t, []review9Case{
		{"results from a trial", "The pill cut the risk by 27%, according to results from a large phase 3 trial.\n", "The pill", "", false, ""},
		{"data from a trial", "The pill cut the risk by 27%, according to data from a trial.\n", "The pill", "", false, ""},
		{"figures from the ONS, as before", "Prices rose by 27%, according to figures from the ONS.\n", "Prices", "ONS", false, "figures from the ONS"},
	})
}
