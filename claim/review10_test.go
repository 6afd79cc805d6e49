package claim

import "testing"

// A short clip of a debate transcript: names in capitals at the start of
// a paragraph label the turns even when each comes once; a dateline, a
// heading's word and a lone name do not.
func TestCapitalTurnLabels(t *testing.T) {
	clip := "MODERATOR: Is crime down?\n\nCASTELL: Crime is down 5%.\n\nDOYLE: Crime is up 5%.\n"
	checkReview9(t, []review9Case{
		{"the moderator's question", clip, "MODERATOR:", "Moderator", false, ""},
		{"the first candidate", clip, "CASTELL:", "Castell", false, ""},
		{"the second candidate", clip, "DOYLE:", "Doyle", false, ""},
		{"two turns are enough", "CASTELL: Crime is down.\n\nDOYLE: Crime is up 5%.\n", "DOYLE:", "Doyle", false, ""},
		{"datelines are places", "LONDON: The Bank of England raised rates.\n\nWASHINGTON: The Fed held rates.\n", "WASHINGTON:", "", false, ""},
		{"headings' words", "UPDATE: The council raised taxes by 5%.\n\nVERDICT: False.\n\nNOTE: Figures are rounded.\n", "NOTE:", "", false, ""},
		{"one name alone is not sure", "SMITH: Migration has doubled since 2019.\n", "SMITH:", "", false, ""},
	})
}

// A name in capitals before a colon is never a "words:" reason.
func TestCapitalLabelNoReason(t *testing.T) {
	tests := []review9ScoreCase{
		{name: "a lone label", in: "SMITH: Migration has doubled since 2019.", not: []string{"wording typical of claims: 'SMITH'"}},
		{name: "a clip's turn", in: "CASTELL: Crime is down.\n\nDOYLE: Crime is up 5%.", sent: 1,
			want: []string{"attributed to Doyle"}, not: []string{"wording typical of claims: 'DOYLE'"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, tt.run)
	}
}

// A transcript's "ROLE (Name):" gives the role's later turns the name, and
// a surname label in capitals is named as running prose writes it.
func TestTranscriptLabelNames(t *testing.T) {
	checkReview9(t, []review9Case{
		{"the moderator's name", "MODERATOR (Sian Pritchard): Let's begin.\n\nMODERATOR: Net migration was 431,000 last year.\n",
			"MODERATOR: Net", "Sian Pritchard", false, ""},
		{"a surname in capitals", "MODERATOR: Is crime down?\n\nCASTELL: Crime is down 5%.\n\nDOYLE: Crime is up 5%. Ms Castell is wrong.\n",
			"CASTELL:", "Castell", false, "CASTELL"},
		{"initials stay", "IFS: Households will be worse off.\n\nONS: Prices rose 3%.\n", "ONS:", "ONS", false, ""},
	})
}

// A post with "and" inside before the holder's name names the holder, and
// the end of the post is no person.
func TestPostWithAnd(t *testing.T) {
	checkReview9(t, []review9Case{
		{"police and crime commissioner", "The Police and Crime Commissioner, Gavin Ruddock, claimed the county was safe.\n",
			"The Police", "Gavin Ruddock", false, "Gavin Ruddock"},
	})
	if got := speakerNames("The Police and Crime Commissioner, Gavin Ruddock, claimed the county was safe."); len(got) != 1 || got[0] != "Gavin Ruddock = Gavin Ruddock" {
		t.Errorf("speakers %q, want only Gavin Ruddock", got)
	}
}

// A plural noun before "say" at a clause's start is a group as a source,
// even when the text writes the noun in lower case elsewhere.
func TestGroupSays(t *testing.T) {
	checkReview9(t, []review9Case{
		{"an interviewer's group", "Q: Developers say the problem is build costs.\n\nA: What developers want is certainty.\n",
			"Q: Developers", "Developers", false, "Developers"},
		{"lower case later", "Landlords say rents must rise. Many landlords are selling.\n", "Landlords", "Landlords", false, ""},
	})
}
