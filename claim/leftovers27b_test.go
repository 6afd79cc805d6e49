package claim

import (
	"testing"

	"github.com/claimlight/claimlight/segment"
	"github.com/claimlight/claimlight/tokenize"
)

// TestLeftovers27bEstimatesNoun checks that "estimates" read as a noun, a
// verb or a colon after it, gives no speaker to the capitalised word
// before it ("Cost estimates rose 40%"), while a name that estimates
// something still speaks ("Aldwick estimates the cost at $4 billion").
func TestLeftovers27bEstimatesNoun(t *testing.T) {
	checkReview9(t, []review9Case{
		{"Cost estimates rose", "Cost estimates: $4 billion.\nCost estimates rose 40% in 2024.\n", "Cost estimates rose", "", false, ""},
		{"Cost estimates:", "Cost estimates: $4 billion.\nCost estimates rose 40% in 2024.\n", "Cost estimates:", "", false, ""},
		{"after a heading", "Rising costs\n\nCost estimates show a rise of 40%.\n", "Cost estimates", "", false, ""},
		{"a name estimates, as before", "Aldwick estimates the cost at $4 billion.\n", "Aldwick", "Aldwick", false, ""},
		{"a name estimates a clause, as before", "Moodys estimates costs rose 40% in 2024.\n", "Moodys", "Moodys", false, ""},
	})
}

// TestLeftovers27bStageInSentence checks that a transcript's stage
// direction that starts a sentence going on in lower case stays in it,
// "[inaudible] it was extraordinary.", while one before a new sentence
// is split off as before.
func TestLeftovers27bStageInSentence(t *testing.T) {
	src := "GUEST: Yeah. Forty percent. [inaudible] it was extraordinary.\nGUEST: And 2025 came in second. (laughs) Which isn't great news.\n"
	got := sentenceTexts(src)
	for _, want := range []string{"[inaudible] it was extraordinary.", "(laughs)", "Which isn't great news."} {
		found := false
		for _, s := range got {
			found = found || s == want
		}
		if !found {
			t.Errorf("no sentence %q in %q", want, got)
		}
	}
}

// sentenceTexts returns the texts of the sentences segment finds in src.
func sentenceTexts(src string) []string {
	b := []byte(src)
	var out []string
	for _, s := range segment.Append(nil, b, tokenize.Append(nil, b)) {
		out = append(out, string(s.Text(b)))
	}
	return out
}
