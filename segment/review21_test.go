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

// TestReview21BallByBall checks that ball-by-ball lines run together on
// one line split at each ball, "1 run. 48.2 Rashid to Hazlewood", while a
// measure's dot between two measures, "3 in. 2 lb.", stays inside its
// sentence (review 21, F36).
func TestReview21BallByBall(t *testing.T) {
	tests := []struct {
		name, text string
		want       string
	}{
		{"two balls on one line",
			"47.6 Archer to Zampa, 1 run. 48.2 Rashid to Hazlewood, no run.\n",
			"0 body      | 47.6 Archer to Zampa, 1 run.\n0 body      | 48.2 Rashid to Hazlewood, no run.\n"},
		{"measures, as before",
			"The baby weighed 7 lb. 3 oz. at birth.\n",
			"0 body      | The baby weighed 7 lb. 3 oz. at birth.\n"},
		{"a number then a noun, as before",
			"It rained. 48 people came.\n",
			"0 body      | It rained.\n0 body      | 48 people came.\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkSplit(t, tt.text, tt.want) })
	}
}
