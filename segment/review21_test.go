package segment

import "testing"

// TestReview21Councillor checks that "Cllr." before a name is a title, as
// "Dr." is, and does not end a sentence, while "Cllr" with no dot and a
// sentence that ends in "Cllr." before a new one stay as they were (review
// 21, F35).
func TestReview21Councillor(t *testing.T) {
	tests := []struct {
		name, text string
		want       string
	}{
		{"a role then Cllr.",
			"Council leader Cllr. Maureen Hale said the result was “a clear vote of confidence”.\n",
			"0 body      | Council leader Cllr. Maureen Hale said the result was “a clear vote of confidence”.\n"},
		{"Cllr. opening a sentence",
			"It was late. Cllr. Hale said a decision would be taken in June.\n",
			"0 body      | It was late.\n0 body      | Cllr. Hale said a decision would be taken in June.\n"},
		{"Cllr with no dot, as before",
			"Council leader Cllr Maureen Hale said so.\n",
			"0 body      | Council leader Cllr Maureen Hale said so.\n"},
		{"Dr. opening a sentence, as before", "It was late. Dr. Hale said so.\n", "0 body      | It was late.\n0 body      | Dr. Hale said so.\n"},
		{"Dr., as before",
			"Council leader Dr. Maureen Hale said so.\n",
			"0 body      | Council leader Dr. Maureen Hale said so.\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkSplit(t, tt.text, tt.want) })
	}
}
