package claim

import (
	"slices"
	"testing"
)

// TestLeftovers19RelativeClauseSpeaker checks that a body or person named
// in a "that", "which" or "who" clause describing the speaker is not the
// speaker: the sentence is the described speaker's, unnamed, while a
// body named before the clause still names it.
func TestLeftovers19RelativeClauseSpeaker(t *testing.T) {
	const rose = " said prices rose 4%.\n"
	checkReview9(t, []review9Case{
		{"that", "A firm that supplies the NHS" + rose, "A firm", "", false, "A firm that supplies the NHS"},
		{"which", "A charity which works with Oxfam" + rose, "A charity", "", false, "A charity which works with Oxfam"},
		{"who, a person", "A man who knows Boris Johnson" + rose, "A man", "", false, "A man who knows Boris Johnson"},
		{"who, a body", "Officials who spoke to Reuters" + rose, "Officials", "", false, "Officials who spoke to Reuters"},
		{"a body alone, as before", "The NHS" + rose, "The NHS", "NHS", false, ""},
		{"a person alone, as before", "Boris Johnson" + rose, "Boris", "Boris Johnson", false, ""},
	})
	if _, _, js := judgeText("A firm that supplies the NHS" + rose); !slices.Contains(js[0].Reasons, "attributed to A firm that supplies the NHS") {
		t.Errorf("reasons %q, want \"attributed to A firm that supplies the NHS\"", js[0].Reasons)
	}
}
