package claim

import "testing"

// TestReview28StreetNoSpeaker checks that the street of a court
// round-up's "NAME, of STREET, TOWN, said" is no speaker: the name before
// it is; nor is one "told to pay" (review 28b, F1).
func TestReview28StreetNoSpeaker(t *testing.T) {
	checkReview9(t, []review9Case{
		{"of a street, a town", "Sophie Whitcombe, of Orchard Close, Bramley, said she was sorry.\n", "Sophie", "Sophie Whitcombe", false, ""},
		{"an age, a street, a town", "Sophie Whitcombe, 27, of Orchard Close, Bramley, said she was sorry.\n", "Sophie", "Sophie Whitcombe", false, ""},
		{"of a street, as before", "Sophie Whitcombe, of Orchard Close, said she was sorry.\n", "Sophie", "Sophie Whitcombe", false, ""},
		{"told to pay", "Sophie Whitcombe, of Orchard Close, Bramley, admitted stealing goods. She was fined and told to pay £312.60 compensation.\n", "She was", "", false, ""},
		{"told the court, as before", "Sophie Whitcombe admitted stealing goods. She told the court she was sorry.\n", "She told", "Sophie Whitcombe", false, ""},
		{"a description, a name, as before", "Ukraine's finance minister, Serhiy Marchenko, said the money had arrived.\n", "Ukraine", "Serhiy Marchenko", false, ""},
	})
}
