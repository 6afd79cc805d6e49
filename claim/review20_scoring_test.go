package claim

import "testing"

// TestReview20FigureAfterQuote checks that a figure the attribution after
// a quotation goes on to report, "“Cash generation remains strong,” she
// said, adding that free cash flow rose 15% to £121m.", makes the
// sentence a claim scored as a whole, while a figure in the attribution
// itself, an age, and a quotation with nothing reported after it stay
// judged on the quoted words (review 20, F23).
func TestReview20FigureAfterQuote(t *testing.T) {
	for _, tt := range []review9ScoreCase{
		{name: "adding that", in: "“Cash generation remains strong,” she said, adding that free cash flow rose 15% to £121m.", not: []string{quotedReason}, cw: "yes"},
		{name: "noting", in: "“We had a good Christmas,” the chief executive said, noting that online sales grew 11%.", not: []string{quotedReason}, cw: "yes"},
		{name: "the same claim said, as before", in: "She said free cash flow rose 15% to £121m.", cw: "yes"},
		{name: "an audience, as before", in: "“We will fight on,” Dufresne told about 200 supporters.", want: []string{quotedReason}, cw: "no"},
		{name: "an age, as before", in: "“Cash generation remains strong,” said Jane Doe, 45, adding that she was pleased.", want: []string{quotedReason}, cw: "no"},
		{name: "nothing reported, as before", in: "“Cash generation remains strong,” she said, adding that she was pleased.", want: []string{quotedReason}, cw: "no"},
	} {
		t.Run(tt.name, tt.run)
	}
}

// TestReview20MinuteStamp checks that a live text's match minute at the
// start of a line, "41 min:", "90+4 min:", "23'", is a time stamp set
// apart as page furniture, as "14:52 GMT" is, so that the narration after
// it is scored on its own words; while a figure in minutes that a
// sentence states, a stamp before a word in lower case and a long number
// stay in the sentence (review 20, F24).
func TestReview20MinuteStamp(t *testing.T) {
	for _, tt := range []review9ScoreCase{
		{name: "the stamp", in: "41 min: Caicedo is booked for a late tackle on Ødegaard.", want: []string{"page furniture"}, cw: "no"},
		{name: "the narration after it", in: "41 min: Caicedo is booked for a late tackle on Ødegaard.", sent: 1, not: []string{"quantity: 41 min"}, cw: "no"},
		{name: "added time", in: "90+4 min: Last chance for Chelsea as Jackson heads over.", sent: 1, not: []string{"quantity: 90"}},
		{name: "a key event", in: "88' Red card: Cucurella (Chelsea)", want: []string{"page furniture"}, cw: "no"},
		{name: "the event after it", in: "88' Red card: Cucurella (Chelsea)", sent: 1, cw: "no"},
		{name: "a figure after the stamp, still a claim", in: "12 min: Early pressure from Arsenal, who have had 72% of the ball so far.", sent: 1, cw: "yes"},
		{name: "a clock, as before", in: "14:52 GMT Met Office extends its warning to Wales.", want: []string{"page furniture"}},
		{name: "minutes stated, as before", in: "45 min: that is how long the average commute now takes.", not: []string{"page furniture"}, cw: "yes"},
		{name: "a long number, as before", in: "1200 min: Total downtime across the network last year.", not: []string{"page furniture"}},
		{name: "a walk, as before", in: "10 min walk from the station, the flats cost £250,000.", not: []string{"page furniture"}, cw: "yes"},
	} {
		t.Run(tt.name, tt.run)
	}
}

// TestReview20Ticker checks that a pasted price ticker, symbols, prices
// and arrows with no other word, is page furniture, while a sentence that
// reports a rise with an arrow, and a single item, stay as they were
// (review 20, F25).
func TestReview20Ticker(t *testing.T) {
	for _, tt := range []review9ScoreCase{
		{name: "the ticker", in: "BTC $97,450 ▲2.1%   ETH $3,412 ▼0.8%   SOL $214.60 ▲4.7%   XRP $2.38 ▲0.3%", want: []string{"page furniture"}, cw: "no"},
		{name: "two items", in: "BTC $97,450 ▲2.1%   ETH $3,412 ▼0.8%", want: []string{"page furniture"}, cw: "no"},
		{name: "indices", in: "FTSE 100 8,412 ▲0.4%   FTSE 250 20,310 ▼0.2%", want: []string{"page furniture"}, cw: "no"},
		{name: "a sentence with arrows, as before", in: "Bitcoin rose ▲2.1% to $97,450 on Monday while ether fell ▼0.8% to $3,412.", not: []string{"page furniture"}, cw: "yes"},
		{name: "one item, as before", in: "BTC $97,450 ▲2.1%", not: []string{"page furniture"}},
	} {
		t.Run(tt.name, tt.run)
	}
}

// TestReview20DividendDate checks that a sentence that dates a dividend
// the company will pay, "Hartwell will pay the final dividend on 19 June
// …", is a claim to check against its statement, while a dividend with
// no date, a forecast of one, a payment in the first person and another
// dated payment stay as they were (review 20, F26).
func TestReview20DividendDate(t *testing.T) {
	for _, tt := range []review9ScoreCase{
		{name: "the dividend", in: "Hartwell will pay the final dividend on 19 June to shareholders on the register on 15 May.", want: []string{dividendReason}, cw: "yes"},
		{name: "in the passive", in: "The final dividend will be paid on 19 June.", want: []string{dividendReason}, cw: "yes"},
		{name: "no date, as before", in: "Hartwell will pay a final dividend.", not: []string{dividendReason}},
		{name: "a forecast, as before", in: "Analysts expect the dividend to be cut in March.", not: []string{dividendReason}},
		{name: "the first person, as before", in: "We will pay the dividend on Friday.", not: []string{dividendReason}},
		{name: "another payment, as before", in: "The council will pay the grant on 1 April.", not: []string{dividendReason}},
	} {
		t.Run(tt.name, tt.run)
	}
}

// TestReview20Helpline checks that a helpline's line, "Anyone affected by
// gambling can contact the National Gambling Helpline on …", is advice,
// as a police appeal is, while a sentence about anyone that states a fact
// stays as it was (review 20, F27).
func TestReview20Helpline(t *testing.T) {
	for _, tt := range []review9ScoreCase{
		{name: "the helpline", in: "Anyone affected by gambling can contact the National Gambling Helpline on 0808 8020 133.", want: []string{"exhortation"}, cw: "no"},
		{name: "call", in: "Anyone who is worried about a relative should call Samaritans on 116 123.", want: []string{"exhortation"}, cw: "no"},
		{name: "an appeal, as before", in: "Anyone with information should call police on 101.", want: []string{"exhortation"}, cw: "no"},
		{name: "a fact about anyone, as before", in: "Anyone who earns more than £50,000 pays the higher rate of tax.", not: []string{"exhortation"}, cw: "yes"},
	} {
		t.Run(tt.name, tt.run)
	}
}

// review20Entities is the kinds of span the entity tests of review 20
// compare.
var review20Entities = map[Kind]bool{Person: true, Org: true, Place: true}

// TestReview20ClubChelsea checks that a club named like a first name,
// Chelsea, is a club after a score or "v", "Arsenal 2-1 Chelsea", and
// then alone later in the text, while the name is still a person's where
// no match makes it a club (review 20, F30).
func TestReview20ClubChelsea(t *testing.T) {
	for _, tt := range []struct {
		name, in string
		want     []string
	}{
		{"after a score", "FULL-TIME: Arsenal 2-1 Chelsea", []string{"org: Arsenal", "org: Chelsea"}},
		{"after v", "Arsenal v Chelsea: Premier League – live", []string{"org: Arsenal", "org: Chelsea", "org: Premier League"}},
		{"before v", "Chelsea v Arsenal kicks off at 5.30pm.", []string{"org: Chelsea", "org: Arsenal"}},
		{"alone after the score", "FULL-TIME: Arsenal 2-1 Chelsea\nChelsea, who started the day in fourth, stay on 31 points from 16 matches.",
			[]string{"org: Arsenal", "org: Chelsea", "org: Chelsea"}},
		{"a person, as before", "His daughter Chelsea, who is 12, came too.", nil},
		{"a first name, as before", "Chelsea Clinton spoke first.", []string{"person: Chelsea Clinton"}},
		{"a match, as before", "Liverpool drew with Chelsea.", []string{"org: Liverpool", "org: Chelsea"}},
	} {
		t.Run(tt.name, func(t *testing.T) { checkSpanStrings(t, tt.in, review20Entities, tt.want) })
	}
}

// TestReview20OrgsNotPersons checks that bodies the engine typed as
// persons are organisations: a workplace after "an analyst at", a name
// ending in "Investors" or "Anonymous", and Natural Resources Wales;
// while Wales alone and a person named after "an analyst at the bank"
// stay as they were (review 20, F31).
func TestReview20OrgsNotPersons(t *testing.T) {
	for _, tt := range []struct {
		name, in string
		want     []string
	}{
		{"an analyst at", "“The top line is holding up,” said Lauren Achebe, an analyst at Peel Hunt.", []string{"person: Lauren Achebe", "org: Peel Hunt"}},
		{"an economist at", "Prices will rise, said Tom Baird, an economist at Harlow Dawson.", []string{"person: Tom Baird", "org: Harlow Dawson"}},
		{"Investors", "Spot bitcoin ETFs took in a net $1.2bn on Thursday, according to Farside Investors.", []string{"org: Farside Investors"}},
		{"Anonymous", "Mr Fairbairn said Pell had attended Gamblers Anonymous since October 2024.", []string{"person: Mr Fairbairn", "org: Gamblers Anonymous"}},
		{"Natural Resources Wales", "Natural Resources Wales had 14 flood warnings in place.", []string{"org: Natural Resources Wales"}},
		{"Wales alone, as before", "Flood warnings were in place across Wales.", []string{"place: Wales"}},
		{"a person named after at, as before", "An analyst at the bank, Peter Hunt, resigned.", []string{"person: Peter Hunt"}},
	} {
		t.Run(tt.name, func(t *testing.T) { checkSpanStrings(t, tt.in, review20Entities, tt.want) })
	}
}

// TestReview20Counties checks that the counties and national parks a
// weather warning names are places, "Yorkshire Dales" whole, while
// Yorkshire alone, a county's police force and a county in a person's
// title stay as they were (review 20, F32).
func TestReview20Counties(t *testing.T) {
	for _, tt := range []struct {
		name, in string
		want     []string
	}{
		{"the warning's areas", "The warning covers Cumbria, Lancashire, the Yorkshire Dales and Snowdonia.",
			[]string{"place: Cumbria", "place: Lancashire", "place: Yorkshire Dales", "place: Snowdonia"}},
		{"Welsh counties", "Gusts of 80mph are possible in Gwynedd and Conwy.", []string{"place: Gwynedd", "place: Conwy"}},
		{"a national park", "More than 40mm of rain fell on the Lake District.", []string{"place: Lake District"}},
		{"Yorkshire alone, as before", "Rain spread across Yorkshire.", []string{"place: Yorkshire"}},
		{"a police force, as before", "Lincolnshire Police said 12 people were arrested.", []string{"org: Lincolnshire Police"}},
	} {
		t.Run(tt.name, func(t *testing.T) { checkSpanStrings(t, tt.in, review20Entities, tt.want) })
	}
}

// TestReview20SiteAndCurrency checks that "UK" in a site's name, GOV.UK,
// is no place, and that a currency at the head of a fund's name, "Bitcoin
// Trust", does not make the currency alone an organisation later, while
// the UK alone and a company named again stay as they were (review 20,
// F33).
func TestReview20SiteAndCurrency(t *testing.T) {
	for _, tt := range []struct {
		name, in string
		want     []string
	}{
		{"GOV.UK", "Sign up for free flood warnings on GOV.UK or call Floodline.", nil},
		{"the UK, as before", "Flood warnings were issued across the UK.", []string{"place: UK"}},
		{"U.K., as before", "Prices rose in the U.K. last year.", []string{"place: U.K."}},
		{"Bitcoin after a trust", "BlackRock’s iShares Bitcoin Trust alone attracted $640m.\nThe price of Bitcoin has risen by more than 1,000% over the past five years.",
			[]string{"org: BlackRock’s", "org: iShares Bitcoin Trust"}}, // with its brand word since session 29
		{"a company named again, as before", "Helix Semiconductor cut 40 jobs. Helix shares fell 3%.", []string{"org: Helix Semiconductor", "org: Helix"}},
	} {
		t.Run(tt.name, func(t *testing.T) { checkSpanStrings(t, tt.in, review20Entities, tt.want) })
	}
}

// TestReview20MisleadingReasons checks that a comparative, "more
// likely", and a right, "entitled to expect", are no hedge or forecast in
// the reasons, while "likely" alone, "could" and "expect" of a forecast
// stay as they were (review 20, F29).
func TestReview20MisleadingReasons(t *testing.T) {
	for _, tt := range []review9ScoreCase{
		{name: "more likely", in: "Scientists say warmer air holds about 7% more moisture, making heavy rainfall events more likely.", not: []string{"hedged: likely"}},
		{name: "entitled to expect", in: "The public is entitled to expect that thieves will go to prison, she said.", not: []string{"prediction: expect"}},
		{name: "could of a possibility, as before", in: "He could face 10 years in prison.", want: []string{"hedged: could"}},
		{name: "likely alone, as before", in: "Rain is likely on Sunday.", want: []string{"hedged: likely"}},
		{name: "less likely", in: "Officials said the change makes it less likely that trains will be cancelled.", not: []string{"hedged: likely"}},
		{name: "could not, as before", in: "They said we could not win in Harlow Vale.", want: []string{"hedged, with no figure"}},
		{name: "a forecast, as before", in: "Economists expect inflation to fall to 2.4% by June.", want: []string{"prediction: expect"}},
	} {
		t.Run(tt.name, tt.run)
	}
}

// TestReview20Greeting checks that a live text's greeting with no
// figure, "Pre-match: Hello and welcome to our live coverage of Arsenal v
// Chelsea.", is a greeting, as one with a figure was, while a sentence
// that welcomes a figure stays a claim (review 20, F28).
func TestReview20Greeting(t *testing.T) {
	for _, tt := range []review9ScoreCase{
		{name: "the live text's greeting", in: "Pre-match: Hello and welcome to our live coverage of Arsenal v Chelsea.", want: []string{"greeting"}, cw: "no"},
		{name: "a call's greeting, as before", in: "Operator: Good morning, and welcome to the third-quarter 2024 earnings call.", want: []string{"greeting"}, cw: "no"},
		{name: "a welcome of a figure, as before", in: "Ministers welcomed the 4% rise in wages.", not: []string{"greeting"}},
	} {
		t.Run(tt.name, tt.run)
	}
}
