package segment

import "testing"

// TestReview16StaffNotes checks that a story's notes on its reporters,
// where they reported from and what their post is, are page furniture, as
// "Additional reporting by …" is, as is a byline that says where each
// reporter is; while a sentence about a reporter in the story, or one that
// reports a figure, stays text (review 16, M4).
func TestReview16StaffNotes(t *testing.T) {
	tests := []struct {
		name, text string
		want       string // the segments as render prints them
	}{
		{"reported from, two",
			"Ramon Echeverria reported from Port Bellamy; Kit Sallow reported from St. Aubin.\n",
			"0 furniture | Ramon Echeverria reported from Port Bellamy; Kit Sallow reported from St. Aubin.\n"},
		{"reported from, one",
			"Ramon Echeverria reported from Port Bellamy.\n",
			"0 furniture | Ramon Echeverria reported from Port Bellamy.\n"},
		{"a post",
			"Thandeka Mokoena is a markets reporter based in Johannesburg.\n",
			"0 furniture | Thandeka Mokoena is a markets reporter based in Johannesburg.\n"},
		{"an editor",
			"Callum Reid is an economics editor at the Gulf Wire.\n",
			"0 furniture | Callum Reid is an economics editor at the Gulf Wire.\n"},
		{"a byline with places",
			"By Thandeka Mokoena in Johannesburg and Callum Reid in Perth\n",
			"0 furniture | By Thandeka Mokoena in Johannesburg and Callum Reid in Perth\n"},
		{"a reporter in the story",
			"The reporter who broke the story is a former soldier.\n",
			"0 body      | The reporter who broke the story is a former soldier.\n"},
		{"a post in lower case",
			"the man is a reporter.\n",
			"0 body      | the man is a reporter.\n"},
		{"reported a figure",
			"The ministry reported from its offices that 40 people died.\n",
			"0 body      | The ministry reported from its offices that 40 people died.\n"},
		{"a long name",
			"The Big Local Market Traders Association is a writer's favourite.\n",
			"0 body      | The Big Local Market Traders Association is a writer's favourite.\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkSplit(t, tt.text, tt.want) })
	}
}

// TestReview16CaptionNote checks that a table's title with a one-word note
// in brackets, "KEY MARKET LEVELS (close)", is a heading, as the title
// without it is (review 16, M11).
func TestReview16CaptionNote(t *testing.T) {
	tests := []struct {
		name, text string
		want       string
	}{
		{"capitals",
			"The rand fell.\n\nKEY MARKET LEVELS (close)\nGold $2,941.30/oz +0.6%\n",
			"0 body      | The rand fell.\n1 heading   | KEY MARKET LEVELS (close)\n2 heading   | Gold $2,941.30/oz +0.6%\n"},
		{"sentence case",
			"The rand fell.\n\nKey market levels (close)\nGold $2,941.30/oz +0.6%\n",
			"0 body      | The rand fell.\n1 heading   | Key market levels (close)\n2 heading   | Gold $2,941.30/oz +0.6%\n"},
		{"a sentence with a bracket",
			"The rand fell.\n\nPrices rose sharply (again).\nGold $2,941.30/oz +0.6%\n",
			"0 body      | The rand fell.\n1 body      | Prices rose sharply (again).\n2 body      | Gold $2,941.30/oz +0.6%\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkSplit(t, tt.text, tt.want) })
	}
}
