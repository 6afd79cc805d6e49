package claim

import (
	"testing"

	"github.com/claimlight/claimlight/segment"
	"github.com/claimlight/claimlight/tokenize"
)

// TestLeftovers18CompanyNotCollege checks that "The company", "The firm"
// and "The operator" stand for no college, council, university or
// charity named before them, while a firm named before is still found
// (review 18, H2).
func TestLeftovers18CompanyNotCollege(t *testing.T) {
	const ran = " said 62,000 passengers a day use the network.\n"
	checkReview9(t, []review9Case{
		{"the company after a college", "The Royal College of Nursing said 68% backed action.\n\nThe company" + ran, "The company", "", false, ""},
		{"the firm after a council", "Leeds City Council said 68% of buses ran.\n\nThe firm" + ran, "The firm", "", false, ""},
		{"the operator after a university", "The University of Leeds said 68% of staff backed action.\n\nThe operator" + ran, "The operator", "", false, ""},
		{"the company after a charity", "The charity Shelter and the Children's Charity said 68% backed action.\n\nThe company" + ran, "The company", "", false, ""},
		{"Northfield Rail, as before", "Northfield Rail said 40% of services ran.\n\nThe company" + ran, "The company", "Northfield Rail", false, ""},
		{"Irish Rail after a union, as before", "The National Bus and Rail Union says drivers are underpaid.\n\nAbout 40% of services ran, Irish Rail said.\n\nThe company" + ran,
			"The company", "Irish Rail", false, ""},
		{"Aurelia Space Systems, as before", "Aurelia Space Systems said the launch was delayed.\n\nThe company said 62,000 people watched.\n", "The company", "Aurelia Space Systems", false, ""},
		{"the firm after a firm, as before", "Northfield Rail said 40% of services ran.\n\nThe firm" + ran, "The firm", "Northfield Rail", false, ""},
		{"the council after a council, as before", "Leeds City Council said 68% of buses ran.\n\nThe council said 62,000 people use the network.\n", "The council", "Leeds City Council", false, ""},
	})
}

// TestLeftovers18WhichTheyCalled checks that the words in "which X called
// “…”" and "what X called a “…”" are a quotation of X's, shown under X
// in the speakers view, while the sentence has no speaker and a name
// after "which he called" stays a scare quote (review 18, H7).
func TestLeftovers18WhichTheyCalled(t *testing.T) {
	const offer, final = "The union rejected the offer, which ", "“fair and final”"
	checkReview14Quotes(t, []review14Quote{
		{"which the Treasury called", offer + "the Treasury called " + final + ".\n", final, Quote, "Treasury"},
		{"what the Treasury called a", "The union rejected what the Treasury called a " + final + " offer.\n", final, Quote, "Treasury"},
		{"a title, as before", "He wrote a book, which he called “Deadly Gambits”.\n", "“Deadly Gambits”", ScareQuote, ""},
		{"so-called, as before", "The so-called “experts” said it was safe.\n", "“experts”", ScareQuote, ""},
		{"a plain scare quote, as before", "The union rejected a " + final + " offer.\n", final, ScareQuote, ""},
	})
	checkReview9(t, []review9Case{
		{"which ministers called, no speaker", "Nurses will walk out for five days after their union rejected the offer, which ministers called " + final + ".\n",
			"Nurses", "", false, ""},
		{"in what critics called, no speaker", "Unemployment rose to 5%, in what critics called a “jobs crisis”.\n", "Unemployment", "", false, ""},
	})
	for text, quote := range map[string]string{
		offer + "ministers called " + final + ".\n":                          final,
		"Unemployment rose to 5%, in what critics called a “jobs crisis”.\n": "“jobs crisis”",
	} {
		src := []byte(text)
		toks := tokenize.Append(nil, src)
		spans := Annotate(src, toks, segment.Append(nil, src, toks))
		linked := false
		for _, sp := range spans {
			linked = linked || sp.Kind == Quote && string(sp.Text(src)) == quote && sp.Link >= 0 && spans[sp.Link].Kind == Speaker
		}
		if !linked {
			t.Errorf("%q: %s is no quotation with a speaker", text, quote)
		}
	}
}

// TestLeftovers18AgencyHead checks that the agency before its head's post
// is an organisation, while the head stays the speaker (review 18, M4).
func TestLeftovers18AgencyHead(t *testing.T) {
	const safe = " said the lander was safe.\n"
	checkReview9(t, []review9Case{
		{"ISRO chairman", "ISRO chairman S. Raghunathan" + safe, "ISRO", "S. Raghunathan", false, ""},
		{"NASA administrator, as before", "NASA administrator Kelvin Oyelaran" + safe, "NASA", "Kelvin Oyelaran", false, ""},
		{"ISRO, as before", "ISRO" + safe, "ISRO", "ISRO", false, ""},
		{"NASA, as before", "NASA" + safe, "NASA", "NASA", false, ""},
	})
	checkEntities(t, "ISRO chairman S. Raghunathan"+safe, Org, "ISRO")
	checkEntities(t, "ISRO chairman S. Raghunathan"+safe, Person, "S. Raghunathan")
	checkEntities(t, "NASA administrator Kelvin Oyelaran"+safe, Org, "NASA")
	checkEntities(t, "The Indian Space Research Organisation"+safe, Org, "Indian Space Research Organisation")
}
