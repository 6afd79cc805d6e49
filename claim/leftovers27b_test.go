package claim

import (
	"testing"

	"github.com/claimlight/claimlight/segment"
	"github.com/claimlight/claimlight/tokenize"
)

// TestLeftovers27bEstimatesNoun checks that "estimates" read as a noun, a
// verb or a colon after it, gives no speaker to the capitalised word
// before it ("Cost estimates rose 40%"), while a name that estimates
// something still speaks ("Aldwick estimates the cost at $4 billion").
func TestLeftovers27bEstimatesNoun(t *testing.T) {
	checkReview9(t, []review9Case{
		{"Cost estimates rose", "Cost estimates: $4 billion.\nCost estimates rose 40% in 2024.\n", "Cost estimates rose", "", false, ""},
		{"Cost estimates:", "Cost estimates: $4 billion.\nCost estimates rose 40% in 2024.\n", "Cost estimates:", "", false, ""},
		{"after a heading", "Rising costs\n\nCost estimates show a rise of 40%.\n", "Cost estimates", "", false, ""},
		{"a name estimates, as before", "Aldwick estimates the cost at $4 billion.\n", "Aldwick", "Aldwick", false, ""},
		{"a name estimates a clause, as before", "Moodys estimates costs rose 40% in 2024.\n", "Moodys", "Moodys", false, ""},
	})
}

// TestLeftovers27bStageInSentence checks that a transcript's stage
// direction that starts a sentence going on in lower case stays in it,
// "[inaudible] it was extraordinary.", while one before a new sentence
// is split off as before.
func TestLeftovers27bStageInSentence(t *testing.T) {
	src := "GUEST: Yeah. Forty percent. [inaudible] it was extraordinary.\nGUEST: And 2025 came in second. (laughs) Which isn't great news.\n"
	got := sentenceTexts(src)
	for _, want := range []string{"[inaudible] it was extraordinary.", "(laughs)", "Which isn't great news."} {
		found := false
		for _, s := range got {
			found = found || s == want
		}
		if !found {
			t.Errorf("no sentence %q in %q", want, got)
		}
	}
}

// sentenceTexts returns the texts of the sentences segment finds in src.
func sentenceTexts(src string) []string {
	b := []byte(src)
	var out []string
	for _, s := range segment.Append(nil, b, tokenize.Append(nil, b)) {
		out = append(out, string(s.Text(b)))
	}
	return out
}

// TestLeftovers27bBodyDescribed checks that "the board" and "the bank",
// and their "'s chair" or "'s statement", name the last body whose name
// ends in that word, and that a person named after the description keeps
// the speaker.
func TestLeftovers27bBodyDescribed(t *testing.T) {
	const ltb = "She said the Landlord and Tenant Board had a backlog of 47,000 cases. "
	const rb = "The Reserve Bank cut the Official Cash Rate to 2.25%. "
	checkReview9(t, []review9Case{
		{"The board's chair", ltb + "The board's chair said in a statement that the backlog had fallen by a third since 2024.\n", "The board's", "Landlord and Tenant Board", false, "The board's chair"},
		{"The board said", ltb + "The board said the backlog had fallen by a third since 2024.\n", "The board said", "Landlord and Tenant Board", false, ""},
		{"The bank's statement", rb + "The bank's statement said non-tradable inflation eased to 4.1% from 4.4%.\n", "The bank's", "Reserve Bank", false, ""},
		{"The bank said, as before", rb + "The bank said non-tradable inflation eased to 4.1% from 4.4%.\n", "The bank said", "Reserve Bank", false, ""},
		{"a board is no bank", ltb + "The bank's statement said rates eased to 4.1% from 4.4%.\n", "The bank's", "", false, ""},
		{"a person named after, as before", "The Environment Agency issued 12 warnings. The agency\u2019s flood duty manager, Neil Kaur, said river levels would remain high.\n", "The agency", "Neil Kaur", false, ""},
	})
}

// TestLeftovers27bRanks checks that a rank after "was" has its
// span, as one after "rose to" has, and that a table's rank column,
// "1 | University of Oxford | UK | 98.5", is no count.
func TestLeftovers27bRanks(t *testing.T) {
	checkReview13(t, []review13Case{
		{"was 88th", "Kingsreach was 88th in QS, and Thornbury was 97th.", []string{"quantity: 88th = 88", "quantity: 97th = 97"}},
		{"finished 5th, as before", "She finished 5th in the final.", nil},
		{"rose to 48th, as before", "Aldmoor rose to 48th in the rankings.", []string{"quantity: 48th = 48"}},
		{"was 5th Avenue, no rank", "The office was 5th Avenue's best.", nil},
		{"a rank column", "Top ten\n1 | University of Oxford | UK | 98.5\n", []string{"quantity: ten = 10", "quantity: 98.5 = 98.5"}},
		{"a count in a later column, as before", "Top ten\nHarvard University | 12 | US\n", []string{"quantity: ten = 10", "quantity: 12 = 12"}},
	})
}

// TestLeftovers27bRiver checks that "River" before a name makes a place,
// "the River Severn", as after one ("the Mississippi River") and as
// "Lake" does either way.
func TestLeftovers27bRiver(t *testing.T) {
	keep := map[Kind]bool{Place: true, Person: true, Org: true}
	checkSpanStrings(t, "The River Severn is expected to peak at 5.2m on Friday.", keep, []string{"place: River Severn"})
	checkSpanStrings(t, "Flooding closed roads near the River Ribble.", keep, []string{"place: River Ribble"})
	checkSpanStrings(t, "Barges sailed up the Mississippi River.", keep, []string{"place: Mississippi River"})
	checkSpanStrings(t, "Lake Tahoe froze.", keep, []string{"place: Lake Tahoe"})
}

// TestLeftovers27bBodyBeforePost checks that the speaker span of a post
// takes the whole body's name before it when a word of it is a body's
// ("Industry", "Council"), not just its last word, and keeps the name.
func TestLeftovers27bBodyBeforePost(t *testing.T) {
	checkReview9(t, []review9Case{
		{"Tourism Industry Aotearoa chief executive", "Bookings rose. Tourism Industry Aotearoa chief executive Rebecca Moana said operators were busy.\n", "Tourism", "Rebecca Moana", false, "Tourism Industry Aotearoa chief executive Rebecca Moana"},
		{"Worcestershire County Council leader", "Worcestershire County Council leader Rachel Dunmore said 140 properties had been evacuated.\n", "Worcestershire", "Rachel Dunmore", false, "Worcestershire County Council leader Rachel Dunmore"},
		{"Acme chief executive, as before", "Sales rose. Acme chief executive Jo Bell said demand was strong.\n", "Acme", "Jo Bell", false, "Acme chief executive Jo Bell"},
	})
}

// TestLeftovers27bUKSport checks that the funder "UK Sport" is a body,
// not the place "UK", while "the UK" alone stays a place.
func TestLeftovers27bUKSport(t *testing.T) {
	keep := map[Kind]bool{Place: true, Org: true}
	checkSpanStrings(t, "She received £28,000 a year through UK Sport's World Class Programme.", keep, []string{"org: UK Sport's", "org: World Class Programme"})
	checkSpanStrings(t, "UK Sport said funding would rise.", keep, []string{"org: UK Sport"})
	checkSpanStrings(t, "She competes for the UK. Sport is her life.", keep, []string{"place: UK"})
}
