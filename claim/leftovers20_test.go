package claim

import (
	"testing"
)

// The tests in this file check older known misses cleared in session 28.

// TestLeftovers20EstimatesBy checks that "Estimates by" a body, before
// "suggest" or "show", names the body as the source, as "An estimate by"
// and "Figures from" did, and that estimates with no maker name none.
func TestLeftovers20EstimatesBy(t *testing.T) {
	checkReview9(t, []review9Case{
		{"estimates by the OBR suggest", "Estimates by the Office for Budget Responsibility suggest the deficit will rise to £90bn.\n", "Estimates", "Office for Budget Responsibility", false, "Estimates by the Office for Budget Responsibility"},
		{"estimates by X show", "Estimates by the Harbour Institute show 2,000 homes were lost.\n", "Estimates", "Harbour Institute", false, ""},
		{"estimates from X suggest", "Estimates from the Resolution Foundation suggest 2m people lose out.\n", "Estimates", "Resolution Foundation", false, ""},
		{"an estimate by X, as before", "An estimate by the Resolution Foundation puts the cost at £3bn.\n", "An", "Resolution Foundation", false, "An estimate by the Resolution Foundation"},
		{"figures from X, as before", "Figures from the ONS show prices rose 4%.\n", "Figures", "ONS", false, ""},
		{"official estimates, no maker", "Official estimates suggest 2,000 homes were lost.\n", "Official", "", false, ""},
		{"estimates alone, no maker", "Estimates suggest 2,000 homes were lost.\n", "Estimates", "", false, ""},
		{"estimates of X", "Estimates of the death toll suggest 2,000 people died.\n", "Estimates", "", false, ""},
	})
}
