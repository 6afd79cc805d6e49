package segment

import "testing"

// TestReview11Sentences checks where the review 11 texts end their
// sentences: "c." (circa) before a number or a currency sign runs on.
func TestReview11Sentences(t *testing.T) {
	tests := []struct {
		name, text string
		want       int // sentences
	}{
		{"circa before pounds", "The club paid c. £40m for him in 2023.", 1},
		{"circa before euros", "The fee was c. €80m, sources said.", 1},
		{"circa in a fact box", "- Wages: c. £250k/week", 1},
		{"circa before a number", "The fee was c. 40% of the total.", 1},
		{"ca. before dollars", "Wages were ca. $4m a year.", 1},
		{"a list letter still ends", "See section c. The rest follows.", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := []byte(tt.text)
			_, sents := split(src)
			if len(sents) != tt.want {
				t.Errorf("%q: %d sentences %q, want %d", tt.text, len(sents), render(src, sents), tt.want)
			}
		})
	}
}

// TestReview11StageDirections checks that a speech's stage direction in
// brackets is furniture on its own line and is split off mid-paragraph,
// after a stop, from the sentence that follows it (review 11 M5).
func TestReview11StageDirections(t *testing.T) {
	tests := []struct {
		text string
		want string // the segments as render prints them
	}{
		{"We won 23 seats in the North West. (Applause) We will cut waiting lists by a million.",
			"0 body      | We won 23 seats in the North West.\n0 furniture | (Applause)\n0 body      | We will cut waiting lists by a million.\n"},
		{"We won. [Laughter] We will cut waiting lists by a million.",
			"0 body      | We won.\n0 furniture | [Laughter]\n0 body      | We will cut waiting lists by a million.\n"},
		{"(Prolonged applause)", "0 furniture | (Prolonged applause)\n"},
		{"(Cheers and applause)", "0 furniture | (Cheers and applause)\n"},
		{"(Laughter) I'm against that.", "0 furniture | (Laughter)\n0 body      | I'm against that.\n"},
		// inside a sentence, or before the end of a quote, it stays
		{"He said (laughs) that crime rose 5%.", "0 body      | He said (laughs) that crime rose 5%.\n"},
		{`"Social Security... (CROSSTALK)"`, "0 body      | \"Social Security... (CROSSTALK)\"\n"},
	}
	for _, tt := range tests {
		checkSplit(t, tt.text, tt.want)
	}
}
