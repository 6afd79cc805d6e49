package claim

import "testing"

// TestReview15TrailingSource checks that a body named at the end of the
// paragraph before, "…, the UK Health Protection Agency said on
// Thursday.", is what "The agency" stands for in the next paragraph, as it
// is when the body is the subject there (review 15, H1).
func TestReview15TrailingSource(t *testing.T) {
	checkReview9(t, []review9Case{
		{"said after a trailing source", "Cases rose to 9.4 per 100,000, the UK Health Protection Agency said on Thursday.\n\nThe agency said 212 people died.\n",
			"The agency said", "UK Health Protection Agency", false, ""},
		{"estimates after a trailing source", "Cases rose to 9.4 per 100,000, the UK Health Protection Agency said on Thursday.\n\nThe agency estimates that 212 people died.\n",
			"The agency estimates", "UK Health Protection Agency", false, ""},
		{"the subject, as before", "The UK Health Protection Agency said cases rose.\n\nThe agency said 212 people died.\n",
			"The agency said", "UK Health Protection Agency", false, ""},
		{"a company, as before", "Larkspur Telecom said 40 staff were hit.\n\nThe company said 12 stores closed.\n",
			"The company said", "Larkspur Telecom", false, ""},
		{"according to a body is no antecedent", "Snowpack was 61% of the average, according to the U.S. Department of Agriculture.\n\nCustomers would save 5%, the utility estimates.\n",
			"Customers would", "", false, ""},
	})
}

// TestReview15CountSource checks that a body that reported, confirmed,
// recorded or documented a figure is its source, and "It has documented"
// after a body that spoke is that body; a team's result or a measured
// thing is no source (review 15, H3).
func TestReview15CountSource(t *testing.T) {
	checkReview9(t, []review9Case{
		{"reported a rate", "Public Health Scotland reported a rate of 11.2 per 100,000 in week 47.\n",
			"Public Health", "Public Health Scotland", false, ""},
		{"reported a count", "The agency reported 212 deaths last week.\n", "The agency", "", false, "The agency"},
		{"confirmed", "The health ministry confirmed 31 deaths on Friday.\n", "The health", "", false, "The health ministry"},
		{"recorded", "Police recorded 412 burglaries in October.\n", "Police", "", false, "Police"},
		{"has documented", "The UN has documented 217 attacks on health facilities.\n", "The UN", "UN", false, ""},
		{"it after a body", "The UN human rights office said it had verified 2,146 deaths. It has documented 217 attacks on health facilities.\n",
			"It has", "UN", false, ""},
		{"reported that, as before", "The agency reported that 212 people died last week.\n", "The agency", "", false, "The agency"},
		{"a team's result", "The team recorded 3 wins in a row.\n", "The team", "", false, ""},
		{"a measured thing", "Temperatures recorded 40C on Monday.\n", "Temperatures", "", false, ""},
	})
}
