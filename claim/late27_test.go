package claim

import (
	"slices"
	"testing"
)

// The tests in this file check misses left by session 32's reviews 27a
// and 27b, cleared in its late round of fixes.

// checkLate27Flags checks that each text's first sentence is flagged, or
// not, as want says.
func checkLate27Flags(t *testing.T, cases []struct {
	text string
	want bool
}) {
	t.Helper()
	for _, tt := range cases {
		_, _, js := judgeText(tt.text)
		if len(js) == 0 || js[0].CheckWorthy != tt.want {
			t.Errorf("%q: want check-worthy %v, got %+v", tt.text, tt.want, js)
		}
	}
}

// TestLate27BlamedFor checks that a body blaming a cause for an effect,
// "The company blamed “a faulty configuration change” for the outage.",
// states a cause as "caused by" does, while blaming a person, or
// blaming with no effect named, stays with the model.
func TestLate27BlamedFor(t *testing.T) {
	checkLate27Flags(t, []struct {
		text string
		want bool
	}{
		{"The company blamed “a faulty configuration change” for the outage.\n", true},
		{"The company blamed a faulty configuration change for the outage.\n", true},
		{"The company blamed “a faulty configuration change” to its internal DNS service.\n", true},
		{"Critics blamed the mayor.\n", false},
		{"The outage was blamed on a faulty configuration change.\n", true},
		{"The minister was blamed for the delays.\n", false},
		{"The company blamed the weather.\n", false},
		{"They blamed “a faulty configuration change” for the outage.\n", false},
	})
}

// TestLate27DatelineUpdated checks that a US dateline with an update
// stamp after it, "Nov. 4, 2026 Updated 1:45 a.m. ET", is page furniture
// as "Updated Nov. 4, 2026 1:45 a.m." is, while a sentence with
// "Updated" in it stays a claim.
func TestLate27DatelineUpdated(t *testing.T) {
	const story = "\n\nVoters in Harwick approved Measure J by 58% to 42%.\n"
	checkReview11Junk(t, []review11Junk{
		{"US", "Nov. 4, 2026 Updated 1:45 a.m." + story, "Nov. 4, 2026 Updated 1:45 a.m.", true},
		{"US, zone", "Nov. 4, 2026 Updated 1:45 a.m. ET" + story, "Nov. 4, 2026 Updated 1:45 a.m. ET", true},
		{"UK", "4 November 2026 Updated 09:14 GMT" + story, "4 November 2026 Updated 09:14 GMT", true},
	})
	checkLate27Flags(t, []struct {
		text string
		want bool
	}{
		{"In 2026 Updated rules cut costs by 5%.\n", true},
		{"Nov. 4, 2026 Updated 1:45 a.m." + story, false},
	})
}

// checkLate27Spans checks each text's spans of the kinds Comparison and
// Rule, as "kind: text".
func checkLate27Spans(t *testing.T, cases map[string][]string) {
	t.Helper()
	for text, want := range cases {
		src, _, spans := annotateText(text)
		if got := spanStrings(src, spans, map[Kind]bool{Comparison: true, Rule: true}); !slices.Equal(got, want) {
			t.Errorf("%q: spans %q, want %q", text, got, want)
		}
	}
}

// TestLate27HasTheMost checks that "has the most N" is a superlative and
// that "banned" describing people, "athletes currently banned", is no
// rule, while things banned, "the most crowded", and "is banned" keep
// their spans.
func TestLate27HasTheMost(t *testing.T) {
	checkLate27Spans(t, map[string][]string{
		"Kenya has the most athletes currently banned, with 86, followed by India with 41.": {"comparison: has the most"},
		"Two players banned for doping returned.":                                           nil,
		"Single-use plastics banned from 2025.":                                             {"rule: banned"},
		"Smoking is banned in parks.":                                                       {"rule: is banned"},
		"The US has the most crowded prisons.":                                              {"comparison: most crowded"},
	})
}

// TestLate27MayCap checks that "may" before a cap, "Clubs may lose no
// more than £105m", "may not spend more than £105m", gives permission
// under a rule, no doubt, while "may" before a rise or a "be" stays a
// hedge.
func TestLate27MayCap(t *testing.T) {
	for text, want := range map[string]string{
		"Under those rules, clubs may lose no more than £105m over three seasons.": "rule: may",
		"Clubs may not spend more than £105m over three seasons.":                  "rule: may",
		"Clubs may lose more than £105m.":                                          "hedge: may",
		"It may not be more than a delay.":                                         "hedge: may",
		"Clubs may not survive the cuts.":                                          "hedge: may",
	} {
		src, _, spans := annotateText(text)
		if got := spanStrings(src, spans, map[Kind]bool{Hedge: true, Rule: true}); !slices.Equal(got, []string{want}) {
			t.Errorf("%q: spans %q, want %q", text, got, want)
		}
	}
}
