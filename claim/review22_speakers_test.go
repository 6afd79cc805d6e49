package claim

import "testing"

// TestReview22RoleSubject checks that "She said" after "The inspector
// awarded …" is the inspector named before as "Inspector Claire
// Bennett", not the last woman who spoke, and that "The inspector said"
// is her too, while a role no one was given stays unnamed (review 22,
// F1).
func TestReview22RoleSubject(t *testing.T) {
	const (
		allowed = "Inspector Claire Bennett allowed the appeal. Jean Ashworth said the decision was \u201ca betrayal\u201d. "
		acted   = "She said the council had acted unreasonably.\n"
	)
	checkReview9(t, []review9Case{
		{"the inspector the subject before", allowed + "The inspector awarded partial costs to the developer. " + acted, "She said", "Claire Bennett", false, ""},
		{"the inspector said", allowed + "The inspector said the council was wrong. " + acted, "The inspector", "Claire Bennett", false, ""},
		{"she after the inspector said", allowed + "The inspector said the council was wrong. " + acted, "She said", "Claire Bennett", false, ""},
		{"the judge said", "Judge Rosalind Kett heard the case. Tom Price said it was wrong. The judge said the law was clear.\n", "The judge", "Rosalind Kett", false, ""},
		{"a role no one was given, as before", "Jean Ashworth said the decision was \u201ca betrayal\u201d. The inspector said the council was wrong.\n", "The inspector", "", false, ""},
		{"she after a named woman, as before", allowed + acted, "She said", "Jean Ashworth", false, ""},
		{"she after the developer, as before", allowed + "The developer awarded partial costs to the council. " + acted, "She said", "Jean Ashworth", false, ""},
	})
}

// TestReview22WasTold checks that one who "was told" to do something is
// no speaker, however the subject runs, while a court's jurors who were
// told, and one who told, stay sources (review 22, F4).
func TestReview22WasTold(t *testing.T) {
	checkReview9(t, []review9Case{
		{"that was told", "A school that was told to improve three years ago is now good.\n", "A school", "", false, ""},
		{"who was told", "A man who was told to leave stayed.\n", "A man", "", false, ""},
		{"were told, in a sentence with a quotation", "A secondary school that was told to improve has been rated \u201cgood\u201d by Ofsted.\n", "A secondary", "", false, ""},
		{"jurors were told, as before", "Jurors were told he had two convictions.\n", "Jurors", "Jurors", false, ""},
		{"who told, as before", "A man who told police he was lost was found.\n", "A man", "", false, ""},
		{"told the BBC, as before", "Anna Berg told the BBC the school was good.\n", "Anna Berg", "Anna Berg", false, ""},
	})
}

// TestReview22RatedHeadline checks that a grade right after "rated", a
// headline's passive "Hartwell Academy rated ‘good’", is no quotation of
// the school's, while an inspectorate that rates something keeps its
// words (review 22, F3).
func TestReview22RatedHeadline(t *testing.T) {
	const good = "\u2018good\u2019"
	checkReview14Quotes(t, []review14Quote{
		{"a headline's rated", "Hartwell Academy rated " + good + " after Ofsted return visit\n", good, ScareQuote, ""},
		{"rated as", "Hartwell Academy rated as " + good + " by Ofsted\n", good, ScareQuote, ""},
		{"rated the school, as before", "Ofsted rated the school " + good + ".\n", good, Quote, "Ofsted"},
		{"rated it as, as before", "Ofsted rated it as " + good + ".\n", good, Quote, "Ofsted"},
		{"described as, as before", "Anna Berg described the budget as \u201ca reckless gamble\u201d.\n", "\u201ca reckless gamble\u201d", Quote, "Anna Berg"},
	})
	checkReview9(t, []review9Case{
		{"no speaker", "Hartwell Academy rated " + good + " after Ofsted return visit\n", "Hartwell", "", false, ""},
	})
}

// TestReview22ItAfterDescribedName checks that "it said" after a sentence
// whose subject a description calls an airline is that airline, even
// when no span took its name ("easyJet"), not a body that spoke before;
// while a person so described, a date before the comma and a body that
// opens the sentence of "it" keep the old answer (review 22, F2).
func TestReview22ItAfterDescribedName(t *testing.T) {
	const (
		offer  = "Swissport said the offer was worth 6.2%.\n\n"
		ahead  = "All departures after 14:00 on Saturday will go ahead, it said.\n\n"
		chief  = "Swissport\u2019s chief executive said the firm had \u201cbent over backwards\u201d.\n"
		easy   = "easyJet, the airport\u2019s biggest airline, cancelled 41 departures on Friday.\n\n"
		person = "Tom Price, the airline\u2019s boss, cancelled 41 departures on Friday.\n\n"
	)
	checkReview9(t, []review9Case{
		{"easyJet, the airline", offer + easy + ahead + chief, "All departures", "easyJet", false, ""},
		{"without the chief executive", offer + easy + ahead, "All departures", "easyJet", false, ""},
		// Not checked since Swissport is a known company (scr22): "it"
		// after a sentence about an unnamed airline ("Tom Price, the
		// airline's boss, …", "In March, the airline, …") goes to the last
		// body that spoke, Swissport, where no one should be named (a
		// known miss in the README).
		{"a known body, as before", offer + "British Airways, the airport\u2019s biggest airline, cancelled 41 departures on Friday.\n\n" + ahead + chief, "All departures", "British Airways", false, ""},
	})
}

// TestReview22DescriptorTitle checks that a descriptor before a name,
// "Parent Mark Hennessy", "Farmer John Hebblethwaite", is left out of the
// speaker's name, as "Passenger Kerry Blake"'s is, while a surname Farmer
// and "The parent" stay as before (review 22, F10).
func TestReview22DescriptorTitle(t *testing.T) {
	checkReview9(t, []review9Case{
		{"Parent", "Parent Mark Hennessy said the change had been obvious.\n", "Parent", "Mark Hennessy", false, ""},
		{"Farmer", "Farmer John Hebblethwaite said his wheat yielded 6.4 tonnes a hectare.\n", "Farmer", "John Hebblethwaite", false, ""},
		{"Campaigner", "Campaigner Jean Ashworth said it was wrong.\n", "Campaigner", "Jean Ashworth", false, ""},
		{"Passenger, as before", "Passenger Kerry Blake said it was late.\n", "Passenger", "Kerry Blake", false, ""},
		{"a surname Farmer, as before", "Paul Farmer said it was late.\n", "Paul", "Paul Farmer", false, ""},
		{"the parent, as before", "The parent said it was fine.\n", "The parent", "", false, "The parent"},
	})
}

// TestReview22TheAirport checks that "The airport said" is a speaker, the
// airport named before, as "The airline said" is, even after a relative
// clause and a change in a figure, "…, up 11%, said" (review 22, F6).
func TestReview22TheAirport(t *testing.T) {
	const bristol = "Bristol Airport said 40 flights were cancelled. "
	checkReview9(t, []review9Case{
		{"the airport said", "The airport said it expected delays.\n", "The airport", "", false, "The airport"},
		{"after the airport's name", bristol + "The airport said it expected delays.\n", "The airport", "Bristol Airport", false, "The airport"},
		{"a relative clause and up 11%", bristol + "The airport, which handled 6.8 million passengers in the year to September, up 11%, said it expected \u201csignificant disruption\u201d until Sunday.\n",
			"The airport", "Bristol Airport", false, "The airport"},
		{"the airline, as before", "The airline said it expected delays.\n", "The airline", "", false, "The airline"},
		{"passengers at the airport, as before", "Flights at the airport were cancelled.\n", "Flights", "", false, ""},
	})
	checkReview14Quotes(t, []review14Quote{
		{"the airport's quote", bristol + "The airport said: \u201cWe apologise.\u201d\n", "\u201cWe apologise.\u201d", Quote, "Bristol Airport"},
	})
}

// TestReview22UnionShortName checks that "The RMT union said" is RMT's,
// while "The union said" and a short name before another noun stay
// unnamed (review 22, F11, in part).
func TestReview22UnionShortName(t *testing.T) {
	checkReview9(t, []review9Case{
		{"The RMT union", "The RMT union said the rise was \u201canother kick in the teeth for working people\u201d.\n", "The RMT", "RMT", true, ""},
		{"the union, as before", "The union said it was bad.\n", "The union", "", false, ""},
		{"The US company, as before", "The US company said it was bad.\n", "The US", "", false, ""},
	})
}
