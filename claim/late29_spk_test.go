package claim

import (
	"strings"
	"testing"
)

// TestLate29PersonOfFirm checks that "X of Y & Co. said" is a person
// of a firm, not one firm's name (review 29b, F10).
func TestLate29PersonOfFirm(t *testing.T) {
	checkReview9(t, []review9Case{
		{"Tom Ashdown of Wexley & Co.", "Tom Ashdown of Wexley & Co. said the index would rise.\n", "Tom", "Tom Ashdown", false, ""},
		{"no full stop", "Tom Ashdown of Wexley & Co said the index would rise.\n", "Tom", "Tom Ashdown", false, ""},
		{"no ampersand, as before", "Hanna Lindqvist of Norsk Capital said the index would rise.\n", "Hanna", "Hanna Lindqvist", false, ""},
		{"a firm alone, as before", "Wexley & Co. said the index would rise.\n", "Wexley", "Wexley & Co.", false, ""},
		{"a bank of a place, as before", "Royal Bank of Scotland & Co. said profits rose.\n", "Royal", "Royal Bank of Scotland & Co.", false, ""},
	})
	checkEntities(t, "Tom Ashdown of Wexley & Co. said the index would rise.\n", Org, "Wexley & Co.")
	checkEntities(t, "Tom Ashdown of Wexley & Co. said the index would rise.\n", Person, "Tom Ashdown")
	checkEntities(t, "Shares in Marks & Spencer rose.\n", Org, "Marks & Spencer")
	checkEntities(t, "Royal Bank of Scotland & Co. said profits rose.\n", Person, "")
}

// TestLate29AnalystFirm checks that in a call transcript's "Name (Firm):"
// the name before the bracket speaks, for the whole turn, and the bracket
// is its firm; a role before a name in brackets is as before (review 29a,
// F4).
func TestLate29AnalystFirm(t *testing.T) {
	const call = "Priya Natarajan (Kessler Brothers): Thanks for taking my question. Can you tell us how much of the growth came from US wholesalers?\n"
	checkReview9(t, []review9Case{
		{"a person and the firm", call, "Priya", "Priya Natarajan", false, ""},
		{"the turn's second sentence", call, "Can you", "Priya Natarajan", false, ""},
		{"an analyst and the firm", "Analyst (Kestrel Partners): Thanks for taking my question. Can you tell us how much came from wholesalers?\n", "Analyst", "", false, "Analyst"},
		{"a person and the post", "Keir Starmer (Prime Minister): Crime is down. It fell 5%.\n", "It fell", "Keir Starmer", false, ""},
		{"a role and the name, as before", "The Prime Minister (Keir Starmer): Crime is down. It fell 5%.\n", "The Prime", "Keir Starmer", false, ""},
		{"a role in capitals and the name, as before", "HOST (MAYA LINDQVIST): Welcome back.\n", "HOST", "MAYA LINDQVIST", false, ""},
	})
	checkEntities(t, call, Org, "Kessler Brothers")
	checkEntities(t, call, Person, "Priya Natarajan")
	checkEntities(t, "Analyst (Kestrel Partners): Thanks for taking my question.\n", Person, "")
	checkEntities(t, "Keir Starmer (Prime Minister): Crime is down.\n", Org, "")
}

// TestLate29Association checks that "the association", "the housing
// association" and "the landlord" name the last housing body, even far
// back, as "the charity" names a charity (review 29a, F8).
func TestLate29Association(t *testing.T) {
	const formed = "Northfold Homes was formed in 2019. "
	checkReview9(t, []review9Case{
		{"the association", formed + "The association said the decision was made before the inspection.\n", "The association", "Northfold Homes", false, ""},
		{"the housing association", formed + "The housing association said the decision was made before the inspection.\n", "The housing", "Northfold Homes", false, ""},
		{"the landlord", formed + "The landlord said the decision was made before the inspection.\n", "The landlord", "Northfold Homes", false, ""},
		{"far back", formed + strings.Repeat("Tenants waited for repairs. ", 90) + "The association said the decision was made.\n", "The association", "Northfold Homes", false, ""},
		{"no housing body: no name", "Barclays was formed in 2019. The landlord said the decision was made before the inspection.\n", "The landlord", "", false, ""},
		{"an association's name, as before", "The Football Association was formed in 2019. The association said the decision was made.\n", "The association", "Football Association", false, ""},
		{"the charity, as before", "The British Heart Foundation was formed in 2019. The charity said the decision was made.\n", "The charity", "British Heart Foundation", false, ""},
		{"her landlord: no name", "Sarah Jones was evicted in 2019. Her landlord said the decision was made.\n", "Her landlord", "", false, ""},
	})
}

// TestLate29RegulatorAgain checks that a description paragraphs after
// its body names the body it named when the same words spoke before
// (review 29a, F6).
func TestLate29RegulatorAgain(t *testing.T) {
	const lead = "The Regulator of Social Housing has downgraded Northfold Homes.\n\nThe regulator said the landlord had failed.\n\nIt is the first time Northfold has been graded below C2.\n\nInspectors found that 38% of reports were late.\n\nIn 212 cases, tenants waited.\n\n"
	checkReview9(t, []review9Case{
		{"paragraphs on", lead + "The landlord also paid out £2.1m in compensation, the regulator said.\n", "The landlord also", "Regulator of Social Housing", false, ""},
		{"a body in its paragraph, as before", lead + "The FCA fined the bank £2.1m, the regulator said.\n", "The FCA", "FCA", false, ""},
		{"no words before: no name, as before", "The Regulator of Social Housing has downgraded Northfold Homes.\n\nIt is the first time Northfold has been graded below C2.\n\nInspectors found that 38% of reports were late.\n\nIn 212 cases, tenants waited.\n\nThe landlord also paid out £2.1m in compensation, the regulator said.\n", "The landlord also", "", false, ""},
	})
}
