package claim

import (
	"slices"
	"testing"
)

// The tests in this file check review 29's entity faults (both reviews)
// and the scoring faults of its second review.

// checkRv29Ents checks each text's spans of the kinds Person, Place and
// Org, as "kind: text".
func checkRv29Ents(t *testing.T, cases map[string][]string) {
	t.Helper()
	for text, want := range cases {
		src, _, spans := annotateText(text)
		if got := spanStrings(src, spans, map[Kind]bool{Person: true, Place: true, Org: true}); !slices.Equal(got, want) {
			t.Errorf("%q: spans %q, want %q", text, got, want)
		}
	}
}

// TestRv29PlaceInName checks that a place inside a name is no place: a
// crude benchmark, "West Texas Intermediate"; a short name after an agency
// named "Gulf Press" is still the Gulf; "the Gulf of Mexico" is one place.
func TestRv29PlaceInName(t *testing.T) {
	checkRv29Ents(t, map[string][]string{
		"West Texas Intermediate (WTI) crude dropped 2.0% to $61.08.":                                        nil,
		"Louisiana Light Sweet crude rose 1%.":                                                               nil,
		"Rain fell across West Texas on Sunday.":                                                             {"place: West Texas"},
		"The photo agency Gulf Press sent six photographers. Water temperatures in the Gulf were about 31C.": {"org: Gulf Press", "place: Gulf"},
		"Helix Semiconductor said sales rose. Helix shares fell 2%.":                                         {"org: Helix Semiconductor", "org: Helix"},
		"Oil output in the Gulf of Mexico was shut in.":                                                      {"place: Gulf of Mexico"},
		"About 95% of oil production in the US Gulf of Mexico was shut in.":                                  {"place: US", "place: Gulf of Mexico"},
		"They asked the Gulf states to pay.":                                                                 nil,
		"Mexico said output fell.":                                                                           {"place: Mexico"},
	})
}
