package claim

import "testing"

// The tests in this file check the figures of review 14's numbers, dates
// and units, as review13Figures renders them.

// TestReview14Versions checks that a software version, digits with two
// dots or more or glued to "v4.", names a release and is no quantity,
// while a figure beside it still is (review 14, H1).
func TestReview14Versions(t *testing.T) {
	checkReview13(t, []review13Case{
		{"iOS 18.3.2", "Apple fixed the flaw in iOS 18.3.2, the company said.", nil},
		{"iOS 18.3.3", "Upgrade to iOS 18.3.3 now, the agency said.", nil},
		{"v4.2.1", "The patch shipped in v4.2.1 on Jan. 14 and fixed 12 bugs.", []string{"date: on Jan. 14", "quantity: 12 bugs = 12"}},
		{"a build of four parts", "Chrome 124.0.6367.60 patched 12 flaws.", []string{"quantity: 12 flaws = 12"}},
		{"version 4.2.1, as before", "Users should install version 4.2.1 of the app.", nil},
		{"a decimal, as before", "It grew 18.3 percent.", []string{"percent: 18.3 percent = 18.3"}},
	})
}
