package claim

import "testing"

// TestReview28BodyWords checks that a name ending in a word of a body's,
// "Cooperation", "Nursery", "Primary", "Trains", is an organisation, not
// a person, and that a school's name ends there (review 28a, F24, F26,
// F28).
func TestReview28BodyWords(t *testing.T) {
	for _, tt := range []struct {
		name, in string
		want     []string
	}{
		{"Cooperation", "The mission carried three satellites for the Nordic Meteorological Cooperation.", []string{"org: the Nordic Meteorological Cooperation"}},
		{"schools", "It has since been linked to Greenbank Nursery, St Aidan’s Catholic Primary and Moor Top Infant School.", []string{"org: Greenbank Nursery", "org: St Aidan’s Catholic Primary", "org: Moor Top Infant School"}},
		{"Trains", "Westcountry Trains | 70.5% | 2.0% | 86.8%", []string{"org: Westcountry Trains"}},
		{"trains, as before", "Trains from Leeds were cancelled.", []string{"place: Leeds"}},
		{"primary care, as before", "Primary care costs rose in Leeds.", []string{"place: Leeds"}},
	} {
		t.Run(tt.name, func(t *testing.T) { checkSpanStrings(t, tt.in, review20Entities, tt.want) })
	}
}
