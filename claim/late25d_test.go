package claim

import "testing"

// The tests in this file check misses left by session 31's reviews,
// cleared in its fourth late round of fixes.

// TestLate25dReportedEstimate checks that a body's "estimates" inside
// what a speaker said is no second speaker, while a body's estimate on
// its own, or a pronoun's, stays a speaker.
func TestLate25dReportedEstimate(t *testing.T) {
	keep := map[Kind]bool{Speaker: true}
	for _, tt := range []struct {
		name, in string
		want     []string
	}{
		{"inside what officials said", "Officials said the OBR estimates growth will slow.", []string{"speaker: Officials"}},
		{"estimated, inside", "The minister said the Treasury estimated costs would rise.", []string{"speaker: The minister"}},
		{"on its own, as before", "The OBR estimates growth will slow.", []string{"speaker: The OBR"}},
		{"after a sentence of its own, as before", "Officials said so. The OBR estimates growth will slow.", []string{"speaker: Officials", "speaker: The OBR"}},
		{"a pronoun, as before", "He said he estimates growth will slow.", []string{"speaker: He", "speaker: he"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			checkSpanStrings(t, tt.in, keep, tt.want)
		})
	}
}
