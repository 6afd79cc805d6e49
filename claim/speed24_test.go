package claim

import (
	"strings"
	"testing"
)

// TestSpeed24WideGaps checks the spans of texts whose positions lie
// hundreds of tokens apart, as hundreds of line breaks among a few words
// put them: the annotator then reads the tokens of its positions from a
// copy of its own (see compact), and the spans are those the words give
// with one blank line between them.
func TestSpeed24WideGaps(t *testing.T) {
	gap := strings.Repeat("\n", 300)
	spaced := strings.Repeat(" \n", 300)
	checkReview16(t, []review13Case{
		{"line breaks", "Sales rose 4% on the year." + gap + "Shares fell 5% on the day.",
			[]string{"percent: 4% = 4", "percent: 5% = 5"}},
		{"spaces and line breaks", "The fund lost £5 million." + spaced + "It gained $80 in 2024." + spaced + "Prices rose 3%.",
			[]string{"money: £5 million = 5e+06 £", "money: $80 = 80 $", "date: in 2024", "percent: 3% = 3"}},
		{"one blank line, as before", "Sales rose 4% on the year.\n\nShares fell 5% on the day.",
			[]string{"percent: 4% = 4", "percent: 5% = 5"}},
	})
}
