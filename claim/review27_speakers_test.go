package claim

import "testing"

// TestReview27bMPP checks that "said MPP Ramona Tessier" names Tessier,
// as "said MP Ramona Tessier" does, and does not hand the quotation to
// the body named in the sentence before (review 27b, F1).
func TestReview27bMPP(t *testing.T) {
	const q = "\u201cThis is a press release, not a housing plan,\u201d"
	const ndp = "The opposition NDP said the plan falls far short. "
	checkReview14Quotes(t, []review14Quote{
		{"said MPP NAME after a body", ndp + q + " said MPP Ramona Tessier, the party's housing critic.\n", q, Quote, "Ramona Tessier"},
		{"said MPP NAME alone", q + " said MPP Ramona Tessier.\n", q, Quote, "Ramona Tessier"},
		{"said MP NAME, as before", ndp + q + " said MP Ramona Tessier, the party's housing critic.\n", q, Quote, "Ramona Tessier"},
	})
}
