package claim

import "testing"

// TestReview24EnglandAndWales checks that two places after a body's "for"
// or "of" are its one area, "the Crime Survey for England and Wales", and
// the body the source, not the place "Wales" (review 24, F1).
func TestReview24EnglandAndWales(t *testing.T) {
	checkReview9(t, []review9Case{
		{"the Crime Survey", "The increase came even as the Crime Survey for England and Wales estimated 9.4 million incidents of crime.\n",
			"The increase", "Crime Survey for England and Wales", false, "the Crime Survey for England and Wales"},
		{"the Law Society", "The Law Society of England and Wales said fees rose 4%.\n", "The Law", "Law Society of England and Wales", false, ""},
		{"one place, as before", "The Crime Survey for England said crime fell 4%.\n", "The Crime", "Crime Survey for England", false, ""},
	})
	checkEntities(t, "Crime fell 4% in England and Wales.\n", Org, "")
	checkEntities(t, "The Bank of England and Lloyds said rates rose.\n", Org, "The Bank of England")
}

// TestReview24TradeThenCountry checks that a body named for its trade and
// then its country, "Energy UK", is one organisation and the speaker even
// when its first word is met in lower case before ("the energy crisis"),
// not the place "UK" (review 24, F2).
func TestReview24TradeThenCountry(t *testing.T) {
	const concha = "\u201cBills remain around 50% higher than they were before the energy crisis,\u201d said Rocio Concha, its director of policy.\n"
	checkReview9(t, []review9Case{
		{"after a quote", concha + "Energy UK, the trade body, said standing charges were rising to pay for network upgrades.\n", "Energy UK", "Energy UK", false, ""},
		{"Sport England", "The sport grew.\nSport England said 40% of adults were active.\n", "Sport England", "Sport England", false, ""},
		{"alone, as before", "Energy UK, the trade body, said standing charges were rising.\n", "Energy UK", "Energy UK", false, ""},
	})
	checkEntities(t, "The rural economy grew.\nRural England lost 3% of its jobs.\n", Place, "England")
	checkEntities(t, "Today UK inflation rose 3%.\n", Place, "UK")
	checkEntities(t, "In the south prices rose.\nSouth Wales lost jobs.\n", Place, "South Wales")
}

// TestReview24TableRowTurn checks that a table row's label with only a
// figure after it, "South West: £1,749", starts no transcript turn that
// the paragraphs after it go on, so that they are nobody's and an
// "according to" in one of them names its source, while a label with
// words after it still speaks the next paragraph (review 24, F3).
func TestReview24TableRowTurn(t *testing.T) {
	const rows = "Typical annual bill from 1 January:\n\nNorth West: \u00a31,704\nSouth West: \u00a31,749\n\n"
	const qa = "\n\nQ: Should I fix?\n\nA: Some fixed deals are now cheaper than the cap.\n"
	const nea = "Around 6.3 million households are in fuel poverty in England, according to the charity National Energy Action."
	checkReview9(t, []review9Case{
		{"the paragraph after", rows + "The cap for customers who pay by prepayment meter will fall to \u00a31,673.\n\n" + nea + qa, "The cap", "", false, ""},
		{"according to", rows + "The cap for customers who pay by prepayment meter will fall to \u00a31,673.\n\n" + nea + qa, "Around", "National Energy Action", false, ""},
		{"the row itself: no one, a place's figure", rows + nea + qa, "South West", "", false, ""},
		{"a label with words, as before", "OYELARAN: Good afternoon.\n\nFour people were wounded at 1:47 p.m.\n\nQ: Who fired?\n\nOYELARAN: We do not know.\n", "Four", "Oyelaran", false, ""},
	})
}

// TestReview24WhichQuestionMark checks that the consumer body whose name
// ends in its "?", "Consumer group Which? said",
// is an organisation and the speaker, while a question's "Which?" is no
// one (review 24, F4).
func TestReview24WhichQuestionMark(t *testing.T) {
	checkReview9(t, []review9Case{
		{"Consumer group Which? said", "Consumer group Which? said the fall was \u201ca drop in the ocean\u201d for millions of households.\n", "Consumer", "Which?", false, "Which?"},
		{"Which? said", "Which? said the fall was small.\n", "Which", "Which?", false, ""},
		{"a question, as before", "Which? Nobody said.\n", "Nobody", "", false, ""},
		{"Fairtrade, as before", "Consumer group Fairtrade said the fall was small.\n", "Consumer", "Fairtrade", false, ""},
	})
	checkEntities(t, "Consumer group Which? said the fall was small.\n", Org, "Which?")
	checkEntities(t, "Which way did prices go?\n", Org, "")
}

// TestReview24CompanyOneLineOn checks that "The company said" stands for
// the company that was the subject one line of text up, with a sentence
// that names no body between, and still for no one when a body of
// another kind, or two bodies, stand between (review 24, F5).
func TestReview24CompanyOneLineOn(t *testing.T) {
	const said = "The company said no other batches were affected.\n"
	checkReview9(t, []review9Case{
		{"one line between", "Grainfield said the problem was traced to a line at its factory.\nAbout 14,000 packs are thought to have been sold.\n" + said, "The company", "Grainfield", false, ""},
		{"a subject, then its sales", "Grainfield Foods, which employs 420 people, was founded in 1987.\nIts sales rose 9% to \u00a364m last year.\n" + said, "The company", "Grainfield Foods", false, ""},
		{"next to it, as before", "Grainfield said the problem was traced to a line at its factory.\n" + said, "The company", "Grainfield", false, ""},
		{"two lines between, as before", "Grainfield said the problem was traced to a line.\nAbout 14,000 packs are thought to have been sold.\nTwo people fell ill.\n" + said, "The company", "", false, ""},
		{"a union between, as before", "Northfield Rail said 40% of services ran.\nThe Rail Workers' Union said drivers were underpaid.\n" + said, "The company", "", false, ""},
		{"a body named in passing between, as before", "Grainfield said the problem was traced to a line.\nThe packs were sold at Hollis & Pryce.\n" + said, "The company", "", false, ""},
	})
}

// TestReview24DescriptionInItsSentence checks that a description, "the
// agency", stands for a body of its kind named in its own sentence by
// the short name defined for it, "issued by the FSA …, figures from the agency show", and
// not for a body of another kind named there (review 24, F6).
func TestReview24DescriptionInItsSentence(t *testing.T) {
	const fsa = "The Food Standards Agency (FSA) issued an alert on Thursday.\n"
	checkReview9(t, []review9Case{
		{"by the FSA", fsa + "The number of alerts issued by the FSA rose to 112 in 2024, figures from the agency show.\n", "The number", "Food Standards Agency", false, ""},
		{"by the agency's name", "Alerts rose 5%.\nThe number of alerts issued by the Food Standards Agency rose to 112 in 2024, figures from the agency show.\n", "The number", "Food Standards Agency", false, ""},
		{"no body in it, as before", fsa + "The number of alerts rose to 112 in 2024, figures from the agency show.\n", "The number", "Food Standards Agency", false, ""},
		{"a body of another kind, as before", fsa + "The number of alerts sent to the BBC rose to 112 in 2024, figures from the agency show.\n", "The number", "", false, ""},
	})
}

// TestReview24FirmNoDeterminer checks that a one-word name after a trade
// and "firm" with no "the", "according to market research firm Corvex",
// is an organisation and the speaker's name, as it is with "the"
// (review 24, F7).
func TestReview24FirmNoDeterminer(t *testing.T) {
	checkReview9(t, []review9Case{
		{"market research firm", "Lumin sold 61 million phones in 2025, according to market research firm Corvex.\n", "Lumin", "Corvex", false, "market research firm Corvex"},
		{"research firm", "Lumin sold 61 million phones, according to research firm Corvex.\n", "Lumin", "Corvex", false, ""},
		{"with the, as before", "Lumin sold 61 million phones in 2025, according to the market research firm Corvex.\n", "Lumin", "Corvex", false, ""},
		{"a person, as before", "Prices rose 3%, according to pollster Ian Marsh.\n", "Prices", "Ian Marsh", false, ""},
	})
	checkEntities(t, "Lumin sold 61 million phones in 2025, according to market research firm Corvex.\n", Org, "Corvex")
}

// TestReview24ThatItSays checks that "a chip that it says is 2x faster"
// gives the claim to the company "it" stands for, with "says" its cue
// (review 24, F8).
func TestReview24ThatItSays(t *testing.T) {
	checkReview9(t, []review9Case{
		{"that it says", "Apple has unveiled a phone with a chip that it says is twice as fast.\n", "Apple", "Apple", false, "it"},
		{"which it says", "Apple has unveiled a phone with a chip, which it says is twice as fast.\n", "Apple", "Apple", false, "it"},
		{"that it has, as before", "Apple has unveiled a phone with a chip that it has made twice as fast.\n", "Apple", "", false, ""},
	})
	checkReview9(t, []review9Case{{"an unknown one-word company: a cue, no name yet", "Lumin has unveiled the Nova X3, promising a chip that it says is 2x faster than the previous model.\n", "Lumin", "", false, "it"}})
}

// TestReview24GreaterManchester checks that "Greater Manchester" and
// "Greater London" are places whole, as "West Midlands" is, and that the
// bodies named for them stay organisations (review 24, F26).
func TestReview24GreaterManchester(t *testing.T) {
	checkEntities(t, "In Greater Manchester, the number fell by 3% to 3,911.\n", Place, "Greater Manchester")
	checkEntities(t, "Greater London has 9 million people.\n", Place, "Greater London")
	checkEntities(t, "Greater Manchester Police said crime fell 3%.\n", Org, "Greater Manchester Police")
	checkEntities(t, "Greater Manchester Police said crime fell 3%.\n", Place, "")
	checkEntities(t, "A greater Manchester would be good.\n", Place, "Manchester")
}

// TestReview24AnalystsAtPlaceFirm checks that where analysts work, named
// for a place, "Analysts at Cornwall Insight predict", is an
// organisation and the forecast's source, and that "predict" gives a
// named body's forecast to it as "expect" does (review 24, F27).
func TestReview24AnalystsAtPlaceFirm(t *testing.T) {
	checkReview9(t, []review9Case{
		{"Cornwall Insight predict", "Analysts at Cornwall Insight predict the cap will rise by 3% in April.\n", "Analysts", "Cornwall Insight", false, ""},
		{"Hartwell Research predict", "Analysts at Hartwell Research predict the cap will rise by 3% in April.\n", "Analysts", "Hartwell Research", false, ""},
		{"expect, as before", "Analysts at Hartwell Research expect the cap will rise by 3% in April.\n", "Analysts", "Hartwell Research", false, ""},
		{"no body, as before", "Economists predict the cap will rise by 3% in April.\n", "Economists", "", false, ""},
	})
	checkEntities(t, "Analysts at Cornwall Insight predict the cap will rise.\n", Org, "Cornwall Insight")
	checkEntities(t, "Analysts at Cornwall Insight predict the cap will rise.\n", Place, "")
	checkEntities(t, "Analysts in Cornwall predict the cap will rise.\n", Place, "Cornwall")
}
