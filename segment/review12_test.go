package segment

import "testing"

// TestReview12MostReadInSection checks that a list of links headed by a
// section's "Most read in …" is furniture, and that under such a heading
// a tabloid headline with a kicker ("SOAP SHOCK: …") is a link, not a
// transcript's turn (review 12, M7).
func TestReview12MostReadInSection(t *testing.T) {
	tests := []struct {
		text string
		want string // the segments as render prints them
	}{
		{"MOST READ IN SHOWBIZ\n\nCorrie legend quits after 20 years\n",
			"0 heading   | MOST READ IN SHOWBIZ\n1 furniture | Corrie legend quits after 20 years\n"},
		{"Most popular in Sport\n\nCity sign striker for £40m\n",
			"0 heading   | Most popular in Sport\n1 furniture | City sign striker for £40m\n"},
		{"MOST READ IN SHOWBIZ\n\nSOAP SHOCK: Corrie legend quits after 20 years\n",
			"0 heading   | MOST READ IN SHOWBIZ\n1 furniture | SOAP SHOCK: Corrie legend quits after 20 years\n"},
		{"Most read\n\nSOAP SHOCK: Corrie legend quits after 20 years\n",
			"0 furniture | Most read\n1 furniture | SOAP SHOCK: Corrie legend quits after 20 years\n"},
		// a heading that only starts like one, and its text, stay text
		{"Most read in schools\n\nPupils read 12 books a year, the survey found.\n",
			"0 heading   | Most read in schools\n1 body      | Pupils read 12 books a year, the survey found.\n"},
	}
	for _, tt := range tests {
		checkSplit(t, tt.text, tt.want)
	}
}
