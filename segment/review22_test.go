package segment

import "testing"

// TestReview22Brand checks that a sentence that starts with a brand in
// lower case with a capital inside it, "easyJet", "iPhone", "eBay", starts
// a sentence after a stop, as a capitalised word does, while a lower-case
// word after a stop, an abbreviation before a brand and a brand inside a
// sentence stay as they were (review 22, F35).
func TestReview22Brand(t *testing.T) {
	tests := []struct {
		name, text string
		want       string
	}{
		{"easyJet and iPhone",
			"Flight EZY 8421 was cancelled. iPhone sales rose 4%. easyJet said it was sorry.\n",
			"0 body      | Flight EZY 8421 was cancelled.\n0 body      | iPhone sales rose 4%.\n0 body      | easyJet said it was sorry.\n"},
		{"eBay",
			"Swissport said the offer was worth 6.2%. eBay said sales rose 4%.\n",
			"0 body      | Swissport said the offer was worth 6.2%.\n0 body      | eBay said sales rose 4%.\n"},
		{"a lower-case word, as before",
			"The fee is 3 p. per page.\n",
			"0 body      | The fee is 3 p. per page.\n"},
		{"an abbreviation before a brand, as before",
			"Phones, e.g. iPhone models, sold well.\n",
			"0 body      | Phones, e.g. iPhone models, sold well.\n"},
		{"a brand inside a sentence, as before",
			"Sales of the iPhone rose. Shares of eBay fell.\n",
			"0 body      | Sales of the iPhone rose.\n0 body      | Shares of eBay fell.\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkSplit(t, tt.text, tt.want) })
	}
}

// TestReview22Timetable checks that a timetable's "arr." and "dep." after
// a time do not end the sentence, while "arr" with no time before it, and
// a stop after a time, stay as they were (review 22, F36).
func TestReview22Timetable(t *testing.T) {
	tests := []struct {
		name, text string
		want       string
	}{
		{"arr.", "The 07:42 arr. Manchester at 08:31.\n", "0 body      | The 07:42 arr. Manchester at 08:31.\n"},
		{"dep.", "The train 07:42 dep. Leeds is full.\n", "0 body      | The train 07:42 dep. Leeds is full.\n"},
		{"dep. in brackets, as before", "The train (dep. 07:42) is full.\n", "0 body      | The train (dep. 07:42) is full.\n"},
		{"a time then a stop, as before", "It left at 07:42. Manchester was next.\n", "0 body      | It left at 07:42.\n0 body      | Manchester was next.\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkSplit(t, tt.text, tt.want) })
	}
}
