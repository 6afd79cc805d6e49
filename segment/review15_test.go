package segment

import "testing"

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
