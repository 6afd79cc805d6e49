package claim

import "testing"

// TestReview27aWarningInForce checks that a graded warning stated in
// force or issued, "A severe flood warning is in force at Bewdley.", is
// check-worthy, while a warning with no grade, or one asked about, stays
// to the model (review 27a, F21).
func TestReview27aWarningInForce(t *testing.T) {
	for _, tt := range []review9ScoreCase{
		{name: "in force", in: "A severe flood warning is in force at Bewdley.", want: []string{warningReason}, cw: "yes"},
		{name: "issued", in: "The Environment Agency has issued a severe flood warning for Bewdley.", want: []string{warningReason}, cw: "yes"},
		{name: "danger to life", in: "A severe flood warning, meaning danger to life, is in force for the riverside at Bewdley in Worcestershire.", want: []string{warningReason}, cw: "yes"},
		{name: "amber", in: "An amber weather warning is in place for Wales.", want: []string{warningReason}, cw: "yes"},
		{name: "no grade", in: "People should sign up for free flood warnings and make a plan now.", not: []string{warningReason}, cw: "no"},
		{name: "a question", in: "What does a severe flood warning mean?", not: []string{warningReason}, cw: "no"},
		{name: "force first", in: "Force was used at Bewdley.", not: []string{warningReason}},
		{name: "first person", in: "We have issued a severe warning to our members.", not: []string{warningReason}},
	} {
		t.Run(tt.name, tt.run)
	}
}
