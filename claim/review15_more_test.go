package claim

import "testing"

// The tests in this file check the fixes to review 15's items on dated
// rows, helpline lines, places and military units.

// TestReview15DatedRows checks that the rows of a dated list under a
// lead-in that ends in a colon are scored as claims, not held under the
// threshold as short headings (review 15, M1).
func TestReview15DatedRows(t *testing.T) {
	const rows = "Claims by date:\nNov 24 — ministry: 8 killed in Tel-Hamra\nNov 25 — ministry: 12 killed in Beit Sarouf"
	const colons = "Deaths by date:\nNov 24: 8 killed in Tel-Hamra\nNov 25: 12 killed in Beit Sarouf"
	tests := []review9ScoreCase{
		{name: "the lead-in", in: rows, want: []string{"lead-in to a table or list"}, cw: "no"},
		{name: "the first row", in: rows, sent: 1, not: []string{"short heading"}, cw: "yes", types: TypeQuantity},
		{name: "the second row", in: rows, sent: 2, not: []string{"short heading"}, cw: "yes", types: TypeQuantity},
		{name: "a colon after the date", in: colons, sent: 1, not: []string{"short heading"}, cw: "yes", types: TypeQuantity},
	}
	for _, tt := range tests {
		t.Run(tt.name, tt.run)
	}
}

// TestReview15DatedRowSources checks that the label after a dated row's
// date names the row's source, "Nov 24 — ministry: 8 killed", as a
// toll's label at the start of a line does (review 15, M1).
func TestReview15DatedRowSources(t *testing.T) {
	const rows = "Claims by date:\nNov 24 — ministry: 8 killed in Tel-Hamra\nNov 25 — ministry: 12 killed in Beit Sarouf"
	tests := []review9ScoreCase{
		{name: "the first row", in: rows, sent: 1, want: []string{"attributed to ministry"}, cw: "yes"},
		{name: "the second row", in: rows, sent: 2, want: []string{"attributed to ministry"}, cw: "yes"},
		{name: "no label", in: "Deaths by date:\nNov 24: 8 killed in Tel-Hamra", sent: 1, not: []string{"attributed to ministry"}, cw: "yes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, tt.run)
	}
}

// TestReview15Helpline checks that a line pointing readers to advice or a
// helpline is page furniture under the threshold (review 15, M12).
func TestReview15Helpline(t *testing.T) {
	tests := []review9ScoreCase{
		{name: "for advice", in: "For advice, visit the NHS website or call 111.", want: []string{"page furniture"}, cw: "no"},
		{name: "for more information", in: "For more information, call NHS 111 or visit nhs.uk.", want: []string{"page furniture"}, cw: "no"},
		{name: "a claim", in: "For advice on pensions, 40% of savers turn to their family.", not: []string{"page furniture"}, cw: "yes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, tt.run)
	}
}

// TestReview15Places checks that a name after "the city/town/village of"
// is a place, and that names opening with Beit, Umm, Deir, Tel, Khan,
// Kfar, "al-" or "el-" are places, not people, while "al-Sisi said" and
// a first name before "al-" keep naming a person (review 15, M6).
func TestReview15Places(t *testing.T) {
	checkReview14More(t, []review14MoreCase{
		{"the village of", "Government forces retook the village of Umm al-Qura on Thursday.",
			[]string{"place: Umm al-Qura"}, []string{"person: Umm al-Qura"}},
		{"the city of al-", "Fighters entered the city of al-Fashir on Sunday.", []string{"place: al-Fashir"}, nil},
		{"the town of", "Shelling hit the town of Kupiansk overnight.", []string{"place: Kupiansk"}, nil},
		{"the border city of", "Drones struck a market in the border city of al-Masriya on Friday.", []string{"place: al-Masriya"}, nil},
		{"Deir and Beit", "Strikes hit Deir al-Balah and Beit Lahia on Friday.",
			[]string{"place: Deir al-Balah", "place: Beit Lahia"}, []string{"person: Deir al-Balah", "person: Beit Lahia"}},
		{"Umm", "Drones struck Umm Durman and Khan Younis.", []string{"place: Umm Durman", "place: Khan Younis"}, []string{"person: Umm Durman"}},
		{"Tel-", "Drones hit Tel-Hamra and Beit Sarouf overnight.", []string{"place: Tel-Hamra", "place: Beit Sarouf"}, nil},
		{"a person", "Abdel Fattah al-Sisi said 40 people had died.", []string{"person: Abdel Fattah al-Sisi"}, nil},
		{"a speaker", "Later al-Sisi said 40 people had died.", nil, []string{"place: al-Sisi"}},
		{"a group", "Is al-Qaida on the run?", []string{"org: al-Qaida"}, []string{"place: al-Qaida"}},
	})
}

// TestReview15UnitNumbers checks that the ordinal before a military
// unit's name is part of the organisation and of the speaker's name
// (review 15, M7).
func TestReview15UnitNumbers(t *testing.T) {
	checkReview14More(t, []review14MoreCase{
		{"a brigade", "The 14th Mechanised Brigade was hit.", []string{"org: 14th Mechanised Brigade"}, []string{"org: Mechanised Brigade"}},
		{"a division", "The 3rd Armoured Division has lost a third of its tanks.", []string{"org: 3rd Armoured Division"}, nil},
	})
	checkReview9(t, []review9Case{
		{name: "a speaker", text: "The 14th Mechanised Brigade said it had lost 12 men.",
			sentence: "The 14th", speaker: "14th Mechanised Brigade"},
	})
}

// TestReview15EventsAndTeams checks that a lab and a racing team are
// organisations and that a sporting event named for its kind, "Masters",
// "Classic", "Championship", names no person (review 15, L3).
func TestReview15EventsAndTeams(t *testing.T) {
	checkReview14More(t, []review14MoreCase{
		{"a lab", "Satellite images reviewed by analysts at the Conflict Imagery Lab showed at least 140 buildings destroyed.",
			[]string{"org: the Conflict Imagery Lab"}, []string{"person: Conflict Imagery Lab"}},
		{"a team", "Okoro's Redline Racing team-mate, Pierre Lemoine, was third.",
			[]string{"org: Redline Racing", "person: Pierre Lemoine"}, []string{"person: Redline Racing"}},
		{"a corps", "He wants to double the Peace Corps.", []string{"org: the Peace Corps"}, []string{"person: Peace Corps"}},
		{"a tournament", "Sweden's Erik Lindqvist beat Matteo Ferraro in the final of the Valmont Masters.",
			[]string{"person: Erik Lindqvist", "person: Matteo Ferraro"}, []string{"person: Valmont Masters"}},
		{"a meeting", "Chebet won the 1,500 metres at the Meridian Indoor Classic.", nil, []string{"person: Meridian Indoor Classic"}},
	})
}
