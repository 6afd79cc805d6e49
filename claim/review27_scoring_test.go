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

// TestReview27PhotoSlash checks that a New Zealand caption, "Photo /
// Supplied. The Reserve Bank building …", is page furniture as "Photo: …"
// is, while a sentence about a photo stays (review 27b, F26).
func TestReview27PhotoSlash(t *testing.T) {
	for _, tt := range []review9ScoreCase{
		{name: "photo /", in: "Photo / Supplied. The Reserve Bank building on The Terrace in Te Whanganui-a-Tara, Wellington.", want: []string{"page furniture"}, cw: "no"},
		{name: "photo: as before", in: "Photo: Supplied", want: []string{"page furniture"}, cw: "no"},
		{name: "a photo in prose, as before", in: "Photos of the building were taken by 12 staff in 2024.", not: []string{"page furniture"}},
	} {
		t.Run(tt.name, tt.run)
	}
}

// TestReview27Bodies checks that bodies the lists did not know are
// organisations and no persons: "Athletics Integrity Unit", "Stats NZ",
// "CAS", "Nimbra Cloud", a name after "provider" or "online game"; a
// person after "the game" stays a person (review 27b, F29-F31, F33).
func TestReview27Bodies(t *testing.T) {
	for _, tt := range []struct {
		name, in string
		want     []string
	}{
		{"unit", "Sprinter Jane Doe has been banned for four years, the Athletics Integrity Unit (AIU) said on Thursday.", []string{"person: Sprinter Jane Doe", "speaker: the Athletics Integrity Unit", "org: the Athletics Integrity Unit", "org: AIU"}},
		{"stats nz", "GDP fell 0.9% in the June quarter, Stats NZ figures showed in September.", []string{"speaker: Stats NZ figures", "org: Stats NZ"}},
		{"cas", "She has 21 days to lodge an appeal with CAS.", []string{"org: CAS"}},
		{"cloud", "A major outage at cloud provider Nimbra Cloud disrupted thousands of websites on Tuesday.", []string{"org: Nimbra Cloud"}},
		{"online game", "Online game Starfall Arena said 1.8 million players were disconnected.", []string{"speaker: Starfall Arena", "org: Starfall Arena"}},
		{"a person after the game, as before", "The game Sarah Jones designed sold 2 million copies.", []string{"person: Sarah Jones"}},
		{"statistics canada, as before", "Statistics Canada said rents rose.", []string{"speaker: Statistics Canada", "org: Statistics Canada"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			checkSpanStrings(t, tt.in, map[Kind]bool{Person: true, Org: true, Place: true, Speaker: true}, tt.want)
		})
	}
}

// TestReview27SponsorRead checks that a podcast's sponsor read, "brought
// to you by", "use code DEEP20 for 20% off", falls below the threshold,
// while a sentence about a sponsor's money stays a claim (review 27b,
// F24).
func TestReview27SponsorRead(t *testing.T) {
	const spon = "This episode is brought to you by Tidewell. Go to tidewell.com/deep and use code DEEP20 for 20% off your first order."
	for _, tt := range []review9ScoreCase{
		{name: "brought to you", in: spon, cw: "no"},
		{name: "use code", in: spon, sent: 1, cw: "no"},
		{name: "a sponsor's deal, as before", in: "Tidewell paid the club £2m to sponsor its shirts in 2024.", cw: "yes"},
		{name: "a code of conduct, as before", in: "Ministers who use the code of conduct rose by 20% in 2024.", cw: "yes"},
	} {
		t.Run(tt.name, tt.run)
	}
}
