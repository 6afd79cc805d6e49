package claim

import "testing"

// A reporting verb that needs "that" or a quotation elsewhere makes its
// subject the speaker before a clause with its own verb, before "found no"
// and a noun, and after a comma with its source after it; an object alone
// is not speech.
func TestBareReportingCues(t *testing.T) {
	checkReview9(t, []review9Case{
		{"confirmed", "Brenner confirmed the club had spent £400m.\n", "Brenner", "Brenner", false, ""},
		{"revealed", "Brenner revealed the club had spent £400m.\n", "Brenner", "Brenner", false, ""},
		{"admitted", "Brenner admitted the club had spent £400m.\n", "Brenner", "Brenner", false, ""},
		{"noted", "Brenner noted the club had spent £400m.\n", "Brenner", "Brenner", false, ""},
		{"suggested", "Brenner suggested the club had spent £400m.\n", "Brenner", "Brenner", false, ""},
		{"found", "Brenner found the club had spent £400m.\n", "Brenner", "Brenner", false, ""},
		{"showed", "Brenner showed the club had spent £400m.\n", "Brenner", "Brenner", false, ""},
		{"an object is not a clause", "Brenner confirmed the move for £40m.\n", "Brenner", "", false, ""},
		{"an agency reported", "Reuters reported Kestrel had bid €80m.\n", "Reuters", "Reuters", false, ""},
		{"a channel reports", "Sky Sports reports Kestrel have bid €80m.\n", "Sky Sports", "Sky Sports", false, ""},
		{"a paper reports", "Marca reports Kestrel have bid €80m.\n", "Marca", "Marca", false, ""},
		{"reports at the end", "Kestrel have bid €80m, reports Marca.\n", "Kestrel", "Marca", false, ""},
		{"found no link", "Researchers found no link between mobile phones and brain tumours.\n", "Researchers", "", false, "Researchers"},
		{"found no evidence", "Researchers found no evidence that masks cut infections by 20%.\n", "Researchers", "", false, "Researchers"},
	})
	tests := []review9ScoreCase{
		{name: "the reason names the source", in: "Brenner confirmed the club had spent £400m.", want: []string{"attributed to Brenner"}},
		{name: "and the paper at the end", in: "Kestrel have bid €80m, reports Marca.", want: []string{"attributed to Marca"}},
		{name: "a finding of none", in: "Researchers found no link between mobile phones and brain tumours.", want: []string{"attributed to Researchers"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, tt.run)
	}
}

// A spokesperson or source of an organisation speaks for it, whatever
// words ("of", "for") its name holds.
func TestOrgSpokespersonWithOf(t *testing.T) {
	checkReview9(t, []review9Case{
		{"department for", "A Department for Transport spokesperson said fares would rise 4.6%.\n", "A Department", "Department for Transport", false, ""},
		{"ministry of", "A Ministry of Defence spokesman said the contract was worth £2bn.\n", "A Ministry", "Ministry of Defence", false, ""},
		{"department of", "A Department of Health spokeswoman said 4,000 nurses were hired.\n", "A Department", "Department of Health", false, ""},
		{"bank of", "A Bank of England spokeswoman said rates would rise to 5%.\n", "A Bank", "Bank of England", false, ""},
		{"university of", "A University of Kellsworth spokesperson said 4,000 staff took part.\n", "A University", "University of Kellsworth", false, ""},
		{"a source", "A Ministry of Justice source said 4,000 prisoners were released.\n", "A Ministry", "Ministry of Justice", false, ""},
		{"the spokesperson", "The Department for Transport spokesperson said fares would rise 4.6%.\n", "The Department", "Department for Transport", false, ""},
		{"the bank's spokeswoman", "The Bank of England spokeswoman said rates would rise to 5%.\n", "The Bank", "Bank of England", false, ""},
		{"a quotation after a colon",
			"A Department for Transport spokesperson said: \"We have frozen fares twice since 2020 and are investing a record £45bn in rail this parliament.\"\n",
			"A Department", "Department for Transport", true, ""},
		{"not a group after a name", "A study by McKinsey and Company of American businesses said 30 percent of them are dropping coverage.\n",
			"A study", "", false, "American businesses"},
	})
	tests := []review9ScoreCase{
		{name: "the reason names the body", in: "A Department for Transport spokesperson said fares would rise 4.6%.", want: []string{"attributed to Department for Transport"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, tt.run)
	}
}

// A body's figures, data or statistics that show, suggest or reveal
// something are the body's claim, as "Figures from <Org> show" is.
func TestOrgFiguresShow(t *testing.T) {
	checkReview9(t, []review9Case{
		{"figures show", "Home Office figures show 4,000 people were arrested.\n", "Home Office", "Home Office", false, ""},
		{"data shows", "NHS England data shows 7.4 million people are waiting.\n", "NHS England", "NHS England", false, ""},
		{"figures suggest", "ONS figures suggest unemployment rose to 5.1%.\n", "ONS", "ONS", false, ""},
		{"a name of three words", "Rail Delivery Group figures suggest around 1.1 million people travel by train each day.\n", "Rail", "Rail Delivery Group", false, ""},
		{"statistics reveal", "Department for Transport statistics reveal fares rose 4.6%.\n", "Department", "Department for Transport", false, ""},
		{"figures from", "Figures from the Home Office show 4,000 people were arrested.\n", "Figures", "Home Office", false, ""},
		{"no body named", "Police figures show a mixed picture across the county.\n", "Police", "", false, ""},
	})
	tests := []review9ScoreCase{
		{name: "the reason names the body", in: "Home Office figures show 4,000 people were arrested.", want: []string{"attributed to Home Office"}, not: []string{"wording typical of claims: 'Office'"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, tt.run)
	}
}

// A paper or site whose own name starts with "The" keeps it, and a body
// the lists do not know is named by its spokesman.
func TestOutletAndBodyNames(t *testing.T) {
	checkReview9(t, []review9Case{
		{"according to The Athletic", "Kestrel have bid €80m, according to The Athletic.\n", "Kestrel", "The Athletic", false, ""},
		{"The Times reports that", "The Times reports that Kestrel have bid €80m.\n", "The Times", "The Times", false, ""},
		{"The Times reported", "The Times reported Kestrel had bid €80m.\n", "The Times", "The Times", false, ""},
		{"a club's spokesman", "A Kestrel spokesman said the fee was €80m.\n", "A Kestrel", "Kestrel", false, ""},
		{"a party's spokesman", "A Labour spokesman said the fee was €80m.\n", "A Labour", "Labour", false, ""},
	})
}
