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
