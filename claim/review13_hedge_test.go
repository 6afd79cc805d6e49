package claim

import (
	"testing"
)

// TestReview13CalibratedLanguage checks that the IPCC's calibrated terms
// for low and medium confidence and for likelihood are hedges as a whole,
// "cannot be ruled out" among them, while "high confidence" is none
// (review 13, M4).
func TestReview13CalibratedLanguage(t *testing.T) {
	keep := map[Kind]bool{Hedge: true}
	tests := []struct {
		name, in string
		want     []string
	}{
		{"low confidence", "A rise of 2.1 metres by 2100 cannot be ruled out, the panel said with low confidence.",
			[]string{"hedge: cannot be ruled out", "hedge: low confidence"}},
		{"medium confidence", "There is medium confidence that human influence has increased the chance of heatwaves.",
			[]string{"hedge: medium confidence"}},
		{"very likely", "It is very likely that sea levels will rise by 0.5 metres by 2100.", []string{"hedge: very likely"}},
		{"exceptionally unlikely", "A collapse of the ice sheet this century is exceptionally unlikely.", []string{"hedge: exceptionally unlikely"}},
		{"about as likely as not", "A rise of 1 metre is about as likely as not.", []string{"hedge: about as likely as not"}},
		{"high confidence is no hedge", "Sea levels will rise by 0.5 metres by 2100, with high confidence.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkSpanStrings(t, tt.in, keep, tt.want)
		})
	}
}
