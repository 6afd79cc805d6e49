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
