package claim

import "testing"

// TestReview27bMPP checks that "said MPP Ramona Tessier" names Tessier,
// as "said MP Ramona Tessier" does, and does not hand the quotation to
// the body named in the sentence before (review 27b, F1).
func TestReview27bMPP(t *testing.T) {
	const q = "\u201cThis is a press release, not a housing plan,\u201d"
	const ndp = "The opposition NDP said the plan falls far short. "
	checkReview14Quotes(t, []review14Quote{
		{"said MPP NAME after a body", ndp + q + " said MPP Ramona Tessier, the party's housing critic.\n", q, Quote, "Ramona Tessier"},
		{"said MPP NAME alone", q + " said MPP Ramona Tessier.\n", q, Quote, "Ramona Tessier"},
		{"said MP NAME, as before", ndp + q + " said MP Ramona Tessier, the party's housing critic.\n", q, Quote, "Ramona Tessier"},
	})
}

// TestReview27bPluralPossessiveOrg checks that a plural possessive
// inside a body's name keeps the whole name, "the Ontario Tenants'
// Rights Coalition", so that "NAME, of the …, said" names NAME (review
// 27b, F3), and that "The Ontario Home Builders' Association said"
// names the association, not "Association" (F5).
func TestReview27bPluralPossessiveOrg(t *testing.T) {
	checkReview9(t, []review9Case{
		{"of the Tenants' Rights Coalition", "Josée Marchand, of the Tenants' Rights Coalition, said evictions were still rising.\n", "Josée", "Josée Marchand", false, ""},
		{"of the Ontario Tenants' Rights Coalition", "Tenants' advocate Josée Marchand, of the Ontario Tenants' Rights Coalition, said evictions were still rising.\n", "Tenants", "Josée Marchand", false, ""},
		{"no apostrophe, as before", "Josée Marchand, of the Ontario Tenants Coalition, said evictions were still rising.\n", "Josée", "Josée Marchand", false, ""},
		{"The Ontario Home Builders' Association", "The Ontario Home Builders' Association said the program could add up to 9,000 jobs a year.\n", "The", "Ontario Home Builders' Association", false, ""},
		{"The Home Builders' Association, as before", "The Home Builders' Association said the program could add 9,000 jobs.\n", "The", "Home Builders' Association", false, ""},
		{"The tenants' lawyers, as before", "The tenants' lawyers said evictions were rising.\n", "The", "", false, "The tenants' lawyers"},
	})
	checkEntities(t, "Josée Marchand, of the Tenants' Rights Coalition, said evictions were still rising.\n", Org, "the Tenants' Rights Coalition")
	checkEntities(t, "The Ontario Home Builders' Association said the program could add 9,000 jobs.\n", Place, "")
}

// TestReview27bCityTitleName checks that "Mississauga Mayor Tom
// Brackenridge welcomed the plan but said" names Brackenridge when no
// list knows the city, as "Toronto Mayor …" and "Mayor …" do (review
// 27b, F4).
func TestReview27bCityTitleName(t *testing.T) {
	const said = " welcomed the plan but said it would not solve the gap.\n"
	checkReview9(t, []review9Case{
		{"an unknown city", "Mississauga Mayor Tom Brackenridge" + said, "Mississauga", "Tom Brackenridge", false, ""},
		{"a known city, as before", "Toronto Mayor Tom Brackenridge" + said, "Toronto", "Tom Brackenridge", false, ""},
		{"no city, as before", "Mayor Tom Brackenridge" + said, "Mayor", "Tom Brackenridge", false, ""},
		{"no title, no one", "Mississauga residents welcomed the plan but said it would not solve the gap.\n", "Mississauga", "", false, ""},
	})
}

// TestReview27bTheRateAndSaid checks that "The Reserve Bank cut the
// Official Cash Rate to 2.25% and said" names the bank: a name after
// "the" with no title, typed a person, is no one who speaks between the
// subject and "said"; a person named plainly still is (review 27b, F6).
func TestReview27bTheRateAndSaid(t *testing.T) {
	const said = " and said it was prepared to go further.\n"
	checkReview9(t, []review9Case{
		{"the Official Cash Rate", "The Reserve Bank cut the Official Cash Rate to 2.25%" + said, "The", "Reserve Bank", false, ""},
		{"the rate, as before", "The Reserve Bank cut the rate to 2.25%" + said, "The", "Reserve Bank", false, ""},
		{"a person between, as before", "The Reserve Bank met John Smith" + said, "The", "", false, ""},
		{"a titled person after the, as before", "The Reserve Bank met the Prime Minister Jane Smith" + said, "The", "", false, ""},
	})
}

// TestReview27bTimelineRows checks that "The company said" after a
// pasted timeline of six "09:14 UTC - …" rows names the company that
// spoke before the timeline, as with one row, and that six lines of
// prose between still part them (review 27b, F9).
func TestReview27bTimelineRows(t *testing.T) {
	const head = "Nimbra said it would publish a postmortem. Nimbra's incident timeline, posted on its status page, read in part:\n"
	const rows = "09:14 UTC - Configuration change deployed to DNS resolver fleet.\n09:19 UTC - Elevated error rates detected. Engineers paged.\n09:41 UTC - Impact confirmed in us-east-2.\n10:30 UTC - Rollback initiated.\n11:52 UTC - Rollback stalled; 38% of resolvers still serving stale records.\n13:47 UTC - All services restored.\n"
	const said = "The company said the change had passed automated tests but contained an error.\n"
	const prose = "Customers were angry.\nShops closed early.\nTrains were late.\nBanks were down.\nPhones failed.\nSchools shut.\n"
	checkReview9(t, []review9Case{
		{"six rows", head + rows + said, "The company", "Nimbra", false, ""},
		{"one row, as before", head + "13:47 UTC - All services restored.\n" + said, "The company", "Nimbra", false, ""},
		{"six lines of prose, as before", head + prose + said, "The company", "", false, ""},
	})
}

// TestReview27bShowTitleColon checks that a podcast episode's title,
// "The Deep Current — Episode 142: “…” with Dr. Ingrid Solvang", gives
// its quotation no speaker, while a person before a colon still speaks
// (review 27b, F12; the show is still typed a person).
func TestReview27bShowTitleColon(t *testing.T) {
	const q = "\u201cThe oceans are running a fever\u201d"
	checkReview14Quotes(t, []review14Quote{
		{"a show's title", "The Deep Current \u2014 Episode 142: " + q + " with Dr. Ingrid Solvang\n", q, Quote, ""},
		{"a person before a colon, as before", "Her rival, former police chief Martin Cole, was blunter: " + q + "\n", q, Quote, "Martin Cole"},
	})
}

// TestReview27bTwoBodiesSaid checks that "Westpac and ASB said" has a
// speaker span over both banks, with an org span each, and that a body
// alone still speaks alone (review 27b, F7). The name is both bodies'
// (see TestLeftovers27TwoBodies); "Barclays and HSBC said" still names
// HSBC: the lean form left that out for bytes.
func TestReview27bTwoBodiesSaid(t *testing.T) {
	const said = " said they would review their rates.\n"
	checkReview9(t, []review9Case{
		{"an unknown name and an acronym", "Westpac and ASB" + said, "Westpac", "Westpac and ASB", false, "Westpac and ASB"},
		{"one acronym, as before", "ASB said it would review its rates.\n", "ASB", "ASB", false, ""},
		{"two people, as before", "Anna Berg and Tom Hale" + said, "Anna", "Anna Berg and Tom Hale", false, ""},
		{"a clause before and, no one", "Rates rose and ASB said it would review them.\n", "Rates", "", false, ""},
	})
	checkEntities(t, "Barclays and ASB"+said, Person, "")
}
