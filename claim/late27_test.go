package claim

import "testing"

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
		{"The outage was blamed on a faulty configuration change.\n", true},
		{"The minister was blamed for the delays.\n", false},
		{"The company blamed the weather.\n", false},
		{"They blamed “a faulty configuration change” for the outage.\n", false},
	})
}
