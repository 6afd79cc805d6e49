package claim

import "testing"

// TestReview20SchoolYear checks the one test of "Year" before a number
// that the date annotator and the featurizer share (schoolYear): "Year 9"
// and "YEAR 9" name a class and are no quantity, while "a year 9 people"
// counts.
func TestReview20SchoolYear(t *testing.T) {
	keep := map[Kind]bool{Quantity: true, Money: true, Percent: true, Date: true}
	for _, tt := range []struct {
		name, in string
		want     []string
	}{
		{"Year 9 pupils", "Year 9 pupils sat 3 papers.", []string{"quantity: 3 papers"}},
		{"YEAR 9 in capitals", "YEAR 9 PUPILS SAT THE TEST.", nil},
		{"a year and a count", "In a year 9 people died.", []string{"quantity: 9 people"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			checkSpanStrings(t, tt.in, keep, tt.want)
		})
	}
	for _, tt := range []review9ScoreCase{
		{name: "YEAR 9 in capitals", in: "YEAR 9 PUPILS SAT THE TEST.", cw: "no"},
		{name: "Year 9", in: "Year 9 pupils sat the test.", cw: "no"},
	} {
		t.Run(tt.name, tt.run)
	}
	for w, want := range map[string]bool{"Year": true, "YEAR": true, "year": false, "Yearn": false, "Yea": false} {
		if got := schoolYear([]byte(w)); got != want {
			t.Errorf("schoolYear(%q) = %v, want %v", w, got, want)
		}
	}
}
