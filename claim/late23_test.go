package claim

import "testing"

// The tests in this file check faults of a UX pass cleared late in
// session 30.

// TestLate23DescriptorTitle checks that a role word before a name,
// "Supporter Karen Doyle", "Volunteer …", "Donor …", is left out of the
// speaker's name, as "Parent Mark Hennessy"'s is, while a name that only
// begins with such a word stays as before: "Fan" is left out, as "Fan Bingbing" is a name.
func TestLate23DescriptorTitle(t *testing.T) {
	checkReview9(t, []review9Case{
		{"Supporter", "Supporter Karen Doyle, whose father died at the hospice, said: \u201cIt is the least I can do.\u201d\n", "Supporter", "Karen Doyle", true, ""},
		{"Volunteer", "Volunteer Sam Reid said it was worth it.\n", "Volunteer", "Sam Reid", false, ""},
		{"Donor", "Donor Alan Hume said it was the least he could do.\n", "Donor", "Alan Hume", false, ""},
		{"Shopper", "Shopper Lucy Bell said prices were up.\n", "Shopper", "Lucy Bell", false, ""},
		{"Parent, as before", "Parent Mark Hennessy said the change had been obvious.\n", "Parent", "Mark Hennessy", false, ""},
		{"a name Fan, as before", "Fan Bingbing said it was fine.\n", "Fan", "Fan Bingbing", false, ""},
		{"the supporter, as before", "The supporter said it was fine.\n", "The supporter", "", false, "The supporter"},
	})
}
