package claim

import "testing"

// The tests in this file check the speaker faults of review 29b (an Irish
// count, an oil market report, a hurricane, an obituary, a market close).

// TestReview29bDashAside checks that an aside set off by dashes between
// the name and the cue keeps the speaker, as one set off by commas does
// (F1).
func TestReview29bDashAside(t *testing.T) {
	checkReview9(t, []review9Case{
		{"em dashes", "Mr Rahim — a half-brother of the previous minister — said the group could pause the increases.\n", "Mr", "Rahim", false, "Mr Rahim"},
		{"em dashes, a firm inside", "Derek Pollard — a partner at Amberly Energy Advisers — said shale needs $62 oil.\n", "Derek", "Derek Pollard", false, ""},
		{"spaced hyphens", "Derek Pollard - a partner at Amberly - said shale needs $62 oil.\n", "Derek", "Derek Pollard", false, ""},
		{"commas, as before", "Mr Rahim, a half-brother of the previous minister, said the group could pause the increases.\n", "Mr", "Rahim", false, "Mr Rahim"},
		{"one dash: no aside", "Prices fell — the group said it could pause the increases.\n", "Prices", "", false, ""},
		{"a quote in the dashes", "Mr Rahim — who said “no” — told the group to pause.\n", "Mr", "", false, ""},
	})
}
