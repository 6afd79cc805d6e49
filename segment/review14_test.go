package segment

import "testing"

// TestReview14Citations checks that the lower-case citation abbreviations
// of UK and Commonwealth legal writing, "s.", "ss.", "r." and "reg.",
// do not end a sentence before their number, while other abbreviations
// keep their behaviour (review 14, H3).
func TestReview14Citations(t *testing.T) {
	tests := []struct {
		name, text string
		want       string // the segments as render prints them
	}{
		{"a section",
			"The court cited Harlow at [42] and held that s. 21 notices were void.\n",
			"0 body      | The court cited Harlow at [42] and held that s. 21 notices were void.\n"},
		{"sections",
			"The landlord served notice under ss. 3 and 4 of the Act.\n",
			"0 body      | The landlord served notice under ss. 3 and 4 of the Act.\n"},
		{"a rule",
			"The judge applied r. 12 of the Civil Procedure Rules.\n",
			"0 body      | The judge applied r. 12 of the Civil Procedure Rules.\n"},
		{"a regulation",
			"The inspector relied on reg. 4(2) of the 2015 regulations.\n",
			"0 body      | The inspector relied on reg. 4(2) of the 2015 regulations.\n"},
		{"other abbreviations before a number",
			"The judge relied on Art. 8 and para. 42. The claim failed under Sec. 5 in case No. 24-1187.\n",
			"0 body      | The judge relied on Art. 8 and para. 42.\n0 body      | The claim failed under Sec. 5 in case No. 24-1187.\n"},
		// a clock time still ends its sentence before a capital
		{"a clock time",
			"The flight left at 10 a.m. Passengers were told to wait.\n",
			"0 body      | The flight left at 10 a.m.\n0 body      | Passengers were told to wait.\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkSplit(t, tt.text, tt.want) })
	}
}

// TestReview14Schedule checks that a game story's "UP NEXT" box, its
// heading and its "Team: At/Host X on DAY" lines, and a line that starts
// "Up next:" or "Next game:", are page furniture, while a transcript's turn
// that starts with "At" stays text (review 14, M9).
func TestReview14Schedule(t *testing.T) {
	tests := []struct {
		name, text string
		want       string // the segments as render prints them
	}{
		{"the box",
			"UP NEXT\n\nStormhawks: At Phoenix on Tuesday.\n\nMariners: Host Portland on Wednesday at 7:30 p.m.\n",
			"0 furniture | UP NEXT\n1 furniture | Stormhawks: At Phoenix on Tuesday.\n2 furniture | Mariners: Host Portland on Wednesday at 7:30 p.m.\n"},
		{"a line alone",
			"Trail Blazers: At Los Angeles Lakers on Friday night.\n",
			"0 furniture | Trail Blazers: At Los Angeles Lakers on Friday night.\n"},
		{"labels",
			"Up next: The Mariners host Portland on Wednesday.\nNext game: at Denver on Friday, 9 p.m. ET.\n",
			"0 furniture | Up next: The Mariners host Portland on Wednesday.\n1 furniture | Next game: at Denver on Friday, 9 p.m. ET.\n"},
		{"a turn",
			"SMITH: At the start of the year we had 40 staff on Monday.\n",
			"0 body      | SMITH: At the start of the year we had 40 staff on Monday.\n"},
		{"a turn that names a place",
			"JONES: At Fort Worth on Monday we saw 40 people die.\n",
			"0 body      | JONES: At Fort Worth on Monday we saw 40 people die.\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkSplit(t, tt.text, tt.want) })
	}
}
