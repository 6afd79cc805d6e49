package segment

import "testing"

// TestReview12bStampWithColon checks that a time stamp with a colon after
// "Published" or "Updated" is furniture, as one without it is, and that a
// sentence that starts the same way stays text (review 12, L3).
func TestReview12bStampWithColon(t *testing.T) {
	tests := []struct {
		text string
		want string // the segments as render prints them
	}{
		{"Published: 09:42, 27 November 2026 | Updated: 11:15, 27 November 2026\n",
			"0 furniture | Published: 09:42, 27 November 2026 | Updated: 11:15, 27 November 2026\n"},
		{"Updated: 27 November 2026, 11:15 GMT\n",
			"0 furniture | Updated: 27 November 2026, 11:15 GMT\n"},
		{"Published 09:42, 27 November 2026 | Updated 11:15, 27 November 2026\n",
			"0 furniture | Published 09:42, 27 November 2026 | Updated 11:15, 27 November 2026\n"},
		{"Updated figures came out in 2024.\n",
			"0 body      | Updated figures came out in 2024.\n"},
		{"Publishedness: 4 of 10\n",
			"0 body      | Publishedness: 4 of 10\n"},
	}
	for _, tt := range tests {
		checkSplit(t, tt.text, tt.want)
	}
}

// TestReview12bUnitCaption checks that a table's caption that ends in its
// unit in brackets is a heading, and that a line whose bracket holds no
// unit, or whose words before it hold a figure, is not (review 12, M5).
func TestReview12bUnitCaption(t *testing.T) {
	tests := []struct {
		text string
		want string // the segments as render prints them
	}{
		{"Costings (£ billion per year, by 2029-30)\n\nThe table shows the figures.\n",
			"0 heading   | Costings (£ billion per year, by 2029-30)\n1 body      | The table shows the figures.\n"},
		{"Public spending (% of GDP)\n\nThe table shows the figures.\n",
			"0 heading   | Public spending (% of GDP)\n1 body      | The table shows the figures.\n"},
		{"Households in arrears (thousands)\n\nThe table shows the figures.\n",
			"0 heading   | Households in arrears (thousands)\n1 body      | The table shows the figures.\n"},
		{"Unemployment rose to 5% (ONS)\n\nThe table shows the figures.\n",
			"0 body      | Unemployment rose to 5% (ONS)\n1 body      | The table shows the figures.\n"},
		{"The minister spoke (at length)\n\nThe table shows the figures.\n",
			"0 body      | The minister spoke (at length)\n1 body      | The table shows the figures.\n"},
	}
	for _, tt := range tests {
		checkSplit(t, tt.text, tt.want)
	}
}
