package claim

import "testing"

// The tests in this file check speaker faults of review 22 cleared late
// in session 29.

// TestLate22CampaignTo checks that "the Campaign to Protect Rural
// England" is one body and the source after "according to", not a
// speaker "the Campaign", a person "Protect Rural" and a place, while a
// campaign in lower case and one whose "to" has no name after it stay as
// they were (review 22, F9).
func TestLate22CampaignTo(t *testing.T) {
	const cpre = "Campaign to Protect Rural England"
	checkReview9(t, []review9Case{
		{"according to the Campaign to", "The decision is one of 14 appeals allowed this year, according to the " + cpre + ".\n", "The decision", cpre, false, "the " + cpre},
		{"the Campaign to … said", "The " + cpre + " said 14 appeals were allowed.\n", "The " + cpre, cpre, false, cpre},
		{"the Campaign for, as before", "Fares rose, according to the Campaign for Better Transport.\n", "Fares rose", "Campaign for Better Transport", false, ""},
		{"a campaign to, as before", "It was a campaign to Protect Rural England.\n", "It was", "", false, ""},
	})
}
