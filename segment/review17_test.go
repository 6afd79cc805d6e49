package segment

import "testing"

// TestReview17LifeDates checks that a name with its life dates in
// brackets, alone on a line under an obituary's headline, is a heading,
// as the same line with a comma is, while a sentence that ends in such
// brackets stays text (review 17, L6).
func TestReview17LifeDates(t *testing.T) {
	tests := []struct {
		name, text string
		want       string
	}{
		{"a hyphen",
			"Obituary\n\nMargit Halvorsen (1938-2026)\n\nMargit Halvorsen has died. She was 87.\n",
			"0 heading   | Obituary\n1 heading   | Margit Halvorsen (1938-2026)\n2 body      | Margit Halvorsen has died.\n2 body      | She was 87.\n"},
		{"an en dash",
			"Obituary\n\nJohn Smith (1938–2026)\n\nJohn Smith has died. He was 87.\n",
			"0 heading   | Obituary\n1 heading   | John Smith (1938–2026)\n2 body      | John Smith has died.\n2 body      | He was 87.\n"},
		{"a comma, as before",
			"Obituary\n\nMargit Halvorsen, 1938-2026\n\nMargit Halvorsen has died. She was 87.\n",
			"0 heading   | Obituary\n1 heading   | Margit Halvorsen, 1938-2026\n2 body      | Margit Halvorsen has died.\n2 body      | She was 87.\n"},
		{"a sentence with a stop",
			"Obituary\n\nShe led the survey (1967-1971).\n\nShe was 87.\n",
			"0 heading   | Obituary\n1 body      | She led the survey (1967-1971).\n2 body      | She was 87.\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkSplit(t, tt.text, tt.want) })
	}
}
