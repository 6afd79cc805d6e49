package segment

import "testing"

// TestReview15DatedRows checks that the rows of a dated list under a
// lead-in that ends in a colon are list items, not headings, while such
// rows with no figure after the date stay headings (review 15, M1).
func TestReview15DatedRows(t *testing.T) {
	tests := []struct {
		name, text string
		want       string // the segments as render prints them
	}{
		{"a source and a toll",
			"Claims by date:\nNov 24 — ministry: 8 killed in Tel-Hamra\nNov 25 — ministry: 12 killed in Beit Sarouf\n",
			"0 body      | Claims by date:\n1 list_item | Nov 24 — ministry: 8 killed in Tel-Hamra\n2 list_item | Nov 25 — ministry: 12 killed in Beit Sarouf\n"},
		{"a colon after the date",
			"Deaths by date:\nNov 24: 8 killed in Tel-Hamra\n25 November: 12 killed in Beit Sarouf\n",
			"0 body      | Deaths by date:\n1 list_item | Nov 24: 8 killed in Tel-Hamra\n2 list_item | 25 November: 12 killed in Beit Sarouf\n"},
		{"no figure after the date",
			"Key dates:\nNov 24 — Opening night\nNov 25 — Gala\n\nTickets are on sale.\n",
			"0 body      | Key dates:\n1 heading   | Nov 24 — Opening night\n2 heading   | Nov 25 — Gala\n3 body      | Tickets are on sale.\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkSplit(t, tt.text, tt.want) })
	}
}

// TestReview15Helpline checks that a health story's closing pointer to
// advice, "For advice, visit the NHS website or call 111.", is page
// furniture, while a sentence that opens "For advice on …" and gives a
// figure stays text (review 15, M12).
func TestReview15Helpline(t *testing.T) {
	tests := []struct {
		name, text string
		want       string // the segments as render prints them
	}{
		{"for advice",
			"For advice, visit the NHS website or call 111.\n",
			"0 furniture | For advice, visit the NHS website or call 111.\n"},
		{"for more information",
			"For more information, call NHS 111 or visit nhs.uk.\n",
			"0 furniture | For more information, call NHS 111 or visit nhs.uk.\n"},
		{"a claim",
			"For advice on pensions, 40% of savers turn to their family.\n",
			"0 body      | For advice on pensions, 40% of savers turn to their family.\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkSplit(t, tt.text, tt.want) })
	}
}
