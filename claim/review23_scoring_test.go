package claim

import "testing"

// TestReview23Closure checks that a forecast closure with its day or
// month, "The libraries at Fenby, Marsh Lane and Oldcastle would shut at
// the end of June." (0.110), is a claim with the reason "date of a
// closure", while opening hours, a closure with no date and the first
// person stay as they were (review 23, F16).
func TestReview23Closure(t *testing.T) {
	for _, tt := range []review9ScoreCase{
		{name: "the review's sentence", in: "The libraries at Fenby, Marsh Lane and Oldcastle would shut at the end of June.", want: []string{closeReason}, cw: "yes"},
		{name: "will close on", in: "The libraries will close on 30 June.", want: []string{closeReason}, cw: "yes"},
		{name: "would close in", in: "The branch would close in March 2027.", want: []string{closeReason}, cw: "yes"},
		{name: "is set to close, as before", in: "The factory is set to close by 2027.", cw: "yes"},
		{name: "another clause's date, as before", in: "Schools will close early, and the transit authority will run extra trains every six minutes.", not: []string{closeReason}},
		{name: "opening hours, as before", in: "The shop will close at 5pm today.", not: []string{closeReason}, cw: "no"},
		{name: "today, as before", in: "The shop will close today.", not: []string{closeReason}, cw: "no"},
		{name: "p.m., as before", in: "Polls will close at 7 p.m. local time.", not: []string{closeReason}},
		{name: "no date, as before", in: "The libraries would shut.", not: []string{closeReason}, cw: "no"},
		{name: "the first person, as before", in: "We will close the libraries in June.", not: []string{closeReason}},
	} {
		t.Run(tt.name, tt.run)
	}
}

// TestReview23WrittenQuestion checks that a written question in
// Parliament's record, "To ask His Majesty's Government how many …"
// (0.819), reads as a question, and that the labels around it, "Asked by
// …", "Answered on … by …" (0.495), are under the threshold, while a
// sentence that opens with "To ask" or "Asked by" and states a claim
// stays as it was (review 23, F17 and F18).
func TestReview23WrittenQuestion(t *testing.T) {
	const label = "short heading"
	for _, tt := range []review9ScoreCase{
		{name: "To ask His Majesty's Government", in: "To ask His Majesty's Government how many applications for asylum support were received in 2025/26, and what proportion were processed within 12 weeks.", want: []string{"question"}, cw: "no"},
		{name: "To ask the Secretary of State", in: "To ask the Secretary of State for Health and Social Care, how many courses of NHS dental treatment were delivered in England in 2025/26.", want: []string{"question"}, cw: "no"},
		{name: "Answered on … by", in: "Answered on 31 October 2026 by Catherine Ashby (Minister for School Standards)", want: []string{label}, cw: "no"},
		{name: "Answered by, alone", in: "Answered on 4 November 2026 by Simon Reddy", cw: "no"},
		{name: "Asked by", in: "Asked by Helen Marsh (Bristol North) (LD)", want: []string{label}, cw: "no"},
		{name: "to ask about, as before", in: "To ask about the 40% rise, we called the council.", not: []string{"question"}, cw: "yes"},
		{name: "asked by reporters, as before", in: "Asked by reporters, she said 40 people died.", not: []string{label}, cw: "yes"},
		{name: "asked on Monday, as before", in: "Asked on Monday about the cuts, the minister said 400 jobs would go.", not: []string{label}, cw: "yes"},
	} {
		t.Run(tt.name, tt.run)
	}
}

// TestReview23StockAnswer checks that a written answer's stock replies,
// "The Department does not hold this information centrally." (0.353 CW),
// "… are a devolved matter.", "The attachment provides a breakdown …",
// are boilerplate, while a claim beside such words stays one (review 23,
// F19).
func TestReview23StockAnswer(t *testing.T) {
	const bp = "news boilerplate"
	for _, tt := range []review9ScoreCase{
		{name: "does not hold", in: "The Department does not hold this information centrally.", want: []string{bp}, cw: "no"},
		{name: "attachment", in: "The attachment provides a breakdown by integrated care board.", want: []string{bp}, cw: "no"},
		{name: "devolved", in: "Dental services in Scotland are a devolved matter.", want: []string{bp}, cw: "no"},
		{name: "a matter for local", in: "Decisions on the use of cameras are a matter for local highway authorities and police forces.", want: []string{bp}, cw: "no"},
		{name: "figures are published", in: "Figures are published quarterly in the Home Office's immigration system statistics.", want: []string{bp}, cw: "no"},
		{name: "population figures", in: "Population figures are published every Friday on GOV.UK.", want: []string{bp}, cw: "no"},
		{name: "a figure after but, as before", in: "Health is a devolved matter, but Scotland spent £4bn more in 2025.", not: []string{bp}, cw: "yes"},
		{name: "figures published show, as before", in: "Figures published today show unemployment rose to 5.1%.", not: []string{bp}, cw: "yes"},
	} {
		t.Run(tt.name, tt.run)
	}
}

// TestReview23DonateAsk checks that a donate box's asks, "£10 could pay
// for an hour of nursing care" (0.696 CW), are exhortations, while a
// headline's large sum and a sentence that ends in a stop stay as they
// were (review 23, F20).
func TestReview23DonateAsk(t *testing.T) {
	for _, tt := range []review9ScoreCase{
		{name: "could pay", in: "£10 could pay for an hour of nursing care", want: []string{"exhortation"}, cw: "no"},
		{name: "could fund", in: "£25 could fund a bereavement support session", want: []string{"exhortation"}, cw: "no"},
		{name: "can buy", in: "£250 can buy a wheelchair", want: []string{"exhortation"}, cw: "no"},
		{name: "a headline's billions, as before", in: "£4bn could fund new hospitals", not: []string{"exhortation"}, cw: "yes"},
		{name: "a sentence, as before", in: "£250 can buy a wheelchair, the charity says.", not: []string{"exhortation"}, cw: "yes"},
	} {
		t.Run(tt.name, tt.run)
	}
}

// TestReview23EventNames checks that an event named with "Walk", "The
// annual Snowdon Night Walk", is no person, and that a campaign or group
// named for a library, "the Save Fenby Library campaign", "the Friends of
// Eastside Library", is an organisation, while a person and a library
// that speaks stay as they were (review 23, F32).
func TestReview23EventNames(t *testing.T) {
	for _, tt := range []struct {
		name, in string
		want     []string
	}{
		{"Walk", "The annual Snowdon Night Walk raised £184,000.", nil},
		{"a campaign", "She runs the Save Fenby Library campaign, which has 2,000 members.", []string{"org: Save Fenby Library"}},
		{"friends of", "A spokesman for the Friends of Eastside Library said it would fight on.", []string{"org: the Friends of Eastside Library"}},
		{"a library that speaks", "The British Library said 40 books were lost.", []string{"org: British Library"}},
		{"a person, as before", "Dana Whitfield said 40 books were lost.", []string{"person: Dana Whitfield"}},
	} {
		t.Run(tt.name, func(t *testing.T) { checkSpanStrings(t, tt.in, review20Entities, tt.want) })
	}
}

// TestReview23NoPlans checks that "has no plans to", a statement that
// there is no plan, makes no prediction span, while a plan stays one
// (review 23, F23).
func TestReview23NoPlans(t *testing.T) {
	keep := map[Kind]bool{Prediction: true}
	for _, tt := range []struct {
		name, in string
		want     []string
	}{
		{"has no plans to", "The Department has no plans to change the guidance.", nil},
		{"no plan to", "There was no plan to control health care costs.", nil},
		{"plans to, as before", "The Department plans to change the guidance in 2027.", []string{"prediction: plans to"}},
	} {
		t.Run(tt.name, func(t *testing.T) { checkSpanStrings(t, tt.in, keep, tt.want) })
	}
}

// TestReview23Constituency checks that the end of a constituency in
// brackets, "Tom Ferris (Glenmoor and Ashby)", is no person when it
// matches an earlier surname, while that surname after "and" outside
// brackets stays one (review 23, F28).
func TestReview23Constituency(t *testing.T) {
	for _, tt := range []struct {
		name, in string
		want     []string
	}{
		{"in brackets", "Catherine Ashby said the figures were right.\n\nAsked by Tom Ferris (Glenmoor and Ashby) (Con)", []string{"person: Catherine Ashby", "person: Tom Ferris"}},
		{"after and, as before", "Catherine Ashby said the scheme cost £4m. Tom Ferris and Ashby disagreed.", []string{"person: Catherine Ashby", "person: Tom Ferris", "person: Ashby"}},
	} {
		t.Run(tt.name, func(t *testing.T) { checkSpanStrings(t, tt.in, review20Entities, tt.want) })
	}
}

// TestReview23ClubFrom checks that a club named for its city, "signed
// defender Kwame Asante from Lyon", is an organisation in a transfer
// sentence, while the city stays a place elsewhere (review 23, F30,
// partly: the invented clubs named for towns still have no span).
func TestReview23ClubFrom(t *testing.T) {
	for _, tt := range []struct {
		name, in string
		want     []string
	}{
		{"from Lyon", "Northbridge have signed defender Kwame Asante from Lyon for an undisclosed fee.", []string{"person: Kwame Asante", "org: Lyon"}},
		{"a midfielder", "The midfielder joined Marseille in 2023.", []string{"org: Marseille"}},
		{"the city, as before", "She moved to Lyon in 2019 to study.", []string{"place: Lyon"}},
	} {
		t.Run(tt.name, func(t *testing.T) { checkSpanStrings(t, tt.in, review20Entities, tt.want) })
	}
}

// TestReview23YearHeader checks that a table's header row led by "Year",
// "Year | Applications | Within 12 weeks" (0.378 CW), is a table header,
// while its rows and a row with a figure stay claims (review 23, F24).
func TestReview23YearHeader(t *testing.T) {
	const table = "Year | Applications | Within 12 weeks\n2023/24 | 11,905 | 48%\n2024/25 | 13,017 | 55%"
	for _, tt := range []review9ScoreCase{
		{name: "the header", in: table, want: []string{"table header"}, cw: "no"},
		{name: "a row, as before", in: table, sent: 1, not: []string{"table header"}, cw: "yes"},
		{name: "a figure after Year, as before", in: "Year 6 pupils | 84% | 2025", not: []string{"table header"}},
	} {
		t.Run(tt.name, tt.run)
	}
}
