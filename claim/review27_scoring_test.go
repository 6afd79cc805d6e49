package claim

import "testing"

// The tests in this file check review 27b's scoring, layout and entities.

// TestReview27TranscriptTimes checks that the time of a transcript's turn,
// "[00:02:43] GUEST: …", is page furniture of its own, with no date span,
// and that the turn after it is judged and keeps its label as the
// speaker, as the same lines without the times do; a footnote "[1]
// Source: ONS." stays furniture (review 27b, F2, F14, F23).
func TestReview27TranscriptTimes(t *testing.T) {
	const heat = "[00:02:43] GUEST: The top 2,000 metres of the ocean gained roughly 16 zettajoules of heat in 2024 alone."
	const week = "[00:04:04] HOST: That's it for this week. If you liked the show, please rate and review us wherever you get your podcasts."
	for _, tt := range []review9ScoreCase{
		{name: "the time", in: heat, want: []string{"page furniture"}, cw: "no"},
		{name: "the turn", in: heat, sent: 1, want: []string{"quantity: 2,000 metres"}, not: []string{"page furniture"}, cw: "yes"},
		{name: "a long turn", in: "[00:00:21] GUEST: So, the global average sea surface temperature in 2024 was about 0.97 degrees Celsius above the 1982 to 2011 average.", sent: 1, not: []string{"date: 00:00:21"}, cw: "yes"},
		{name: "a sign-off", in: week, sent: 1, not: []string{"date: 00:04:04"}, cw: "no"},
		{name: "a stage direction after", in: "[00:00:39] GUEST: And 2025 came in second. (laughs) Which isn't great news.", want: []string{"page furniture"}},
		{name: "no label", in: "[00:02:43] The top 2,000 metres of the ocean gained roughly 16 zettajoules of heat in 2024 alone.", sent: 1, want: []string{"quantity: 2,000 metres"}, cw: "yes"},
		{name: "no time, as before", in: "GUEST: The top 2,000 metres of the ocean gained roughly 16 zettajoules of heat in 2024 alone.", want: []string{"quantity: 2,000 metres"}, cw: "yes"},
		{name: "a footnote, as before", in: "[1] Source: ONS.", want: []string{"page furniture"}, cw: "no"},
		{name: "a paragraph, as before", in: "[52] We find that the principal reason for dismissal was the claimant’s protected disclosure of 9 January 2025.", sent: 1, cw: "yes"},
	} {
		t.Run(tt.name, tt.run)
	}
	const lines = "[00:00:16] HOST: How much warmer are the oceans now?\n" +
		"[00:00:21] GUEST: The top 2,000 metres of the ocean gained roughly 16 zettajoules of heat in 2024 alone.\n" +
		"[00:00:31] HOST: Wow.\n" +
		"[00:00:39] GUEST: Around 84% of the world's reef area experienced bleaching-level heat stress.\n"
	checkReview9(t, []review9Case{
		{"a guest's turn", lines, "GUEST: The top", "Guest", false, "GUEST"},
		{"a host's turn", lines, "HOST: Wow", "Host", false, "HOST"},
		{"a later turn", lines, "GUEST: Around", "Guest", false, "GUEST"},
		{"no times, as before", "HOST: How much warmer are the oceans now?\nGUEST: Around 84% of the reef area experienced heat stress.\nHOST: Wow.\nGUEST: It doubled.\n", "GUEST: Around", "Guest", false, "GUEST"},
	})
}
