package claim

import "testing"

// TestReview26PossessivePostName checks that after a quotation "said
// Balpa’s flight safety specialist, Capt. Neil Forde" names Forde, with
// Balpa an organisation and no person, whatever the post, and that "the
// union’s" post does the same; with no name after the post the body
// stays the speaker (review 26, F1).
func TestReview26PossessivePostName(t *testing.T) {
	const q = "\u201cNo crew should have to face that,\u201d"
	checkReview14Quotes(t, []review14Quote{
		{"Balpa’s specialist, Capt. NAME", q + " said Balpa\u2019s flight safety specialist, Capt. Neil Forde.\n", q, Quote, "Neil Forde"},
		{"the union’s specialist, NAME", q + " said the union\u2019s flight safety specialist, Neil Forde.\n", q, Quote, "Neil Forde"},
		{"a known firm, as before", q + " said Acme\u2019s chief executive, John Smith.\n", q, Quote, "John Smith"},
		{"no name, as before", q + " said Balpa\u2019s flight safety specialist.\n", q, Quote, "Balpa"},
		{"no post, as before", q + " said Balpa\u2019s specialist, in July.\n", q, Quote, "Balpa"},
	})
	checkEntities(t, q+" said Balpa\u2019s flight safety specialist, Capt. Neil Forde.\n", Person, "Capt. Neil Forde")
	checkEntities(t, q+" said Balpa\u2019s flight safety specialist, Capt. Neil Forde.\n", Org, "Balpa\u2019s")
}

// TestReview26TheTreasurer checks that "The Treasurer said" stands for
// the treasurer named before, "Treasurer Rhiannon Gale", as "The
// Premier said" does for a premier, and that "said the shadow
// treasurer, NAME" names NAME (review 26, F6).
func TestReview26TheTreasurer(t *testing.T) {
	const gale = "Treasurer Rhiannon Gale said the budget would deliver a $1.1 billion surplus.\n"
	const said = "The Treasurer said she did not expect a further downgrade.\n"
	checkReview9(t, []review9Case{
		{"The Treasurer", gale + said, "The Treasurer", "Rhiannon Gale", false, ""},
		{"a premier between", gale + "Premier Daniel Marsh said it was fair.\n" + said, "The Treasurer", "Rhiannon Gale", false, ""},
		{"no treasurer named, as before", "Premier Daniel Marsh said the budget was fair.\n" + said, "The Treasurer", "", false, ""},
		{"The Premier, as before", "Premier Daniel Marsh said the budget was fair.\nThe Premier said it would pass.\n", "The Premier", "Daniel Marsh", false, ""},
	})
	const q = "\u201cWe will not cut services,\u201d"
	checkReview14Quotes(t, []review14Quote{
		{"the shadow treasurer, NAME", q + " said the shadow treasurer, Brad Battin.\n", q, Quote, "Brad Battin"},
	})
}

// TestReview26TheSociety checks that "the society said" is an
// attribution that stands for the building society named before it,
// as "the charity said" does for a charity (review 26, F3).
func TestReview26TheSociety(t *testing.T) {
	const said = "A first-time buyer now needs a typical deposit of \u00a362,000, the society said.\n"
	checkReview9(t, []review9Case{
		{"alone: a speaker, no name", "A deposit of \u00a362,000 is needed, the society said.\n", "A deposit", "", false, "the society"},
		{"the building society before", "House prices rose 2.1% in October, according to the Cotswold Building Society.\n" + said, "A first-time", "Cotswold Building Society", false, "the society"},
		{"no society before", "House prices rose 2.1% in October, according to Halifax.\n" + said, "A first-time", "", false, "the society"},
		{"the charity, as before", "Prices rose 2.1%, according to the charity Shelter.\nRents rose 3%, the charity said.\n", "Rents", "Shelter", false, ""},
	})
}

// TestReview26PostOfThenName checks that "he said" after "Homefinder’s
// director of research, Samir Patel, said" names Samir Patel, not the
// whole description, and that a post with "for" and no name still
// gives the description (review 26, F7).
func TestReview26PostOfThenName(t *testing.T) {
	const he = " \u201cTenants cannot stretch further,\u201d he said."
	const q = "\u201cTenants cannot stretch further,\u201d"
	checkReview14Quotes(t, []review14Quote{
		{"director of research, NAME", "Homefinder\u2019s director of research, Samir Patel, said rents would rise 5%." + he + "\n", q, Quote, "Samir Patel"},
		{"director of research, Dr NAME", "Homefinder\u2019s director of research, Dr Samir Patel, said rents would rise 5%." + he + "\n", q, Quote, "Samir Patel"},
		{"The director, Dr NAME, as before", "The director, Dr Samir Patel, said rents would rise 5%." + he + "\n", q, Quote, "Samir Patel"},
		{"a spokeswoman for the ministry, as before", "A spokeswoman for the ministry said rents would rise 5%. \u201cTenants cannot stretch further,\u201d she said.\n", q, Quote, "a spokeswoman for the ministry"},
	})
}

// TestReview26SpokespersonAdded checks that "“…,” the spokesperson
// added." after "A Department of Health spokesperson said: “…”" stands
// for the department, as "The spokesperson said" does, and for no one
// with no body's spokesperson before or another speaker between
// (review 26, F4).
func TestReview26SpokespersonAdded(t *testing.T) {
	const q = "\u201cWaiting lists have fallen,\u201d"
	const doh = "A Department of Health spokesperson said: \u201cWe are investing \u00a326bn.\u201d "
	checkReview14Quotes(t, []review14Quote{
		{"the spokesperson added", doh + q + " the spokesperson added.\n", q, Quote, "Department of Health"},
		{"a line on", "A Brightwater spokesperson said: \u201cWe are investing.\u201d\n" + q + " the spokesperson added.\n", q, Quote, "Brightwater"},
		{"no body before, as before", "Ministers met on Monday. " + q + " the spokesperson added.\n", q, Quote, ""},
		{"another speaker between, as before", doh + "\nDr Ann Lee said waits were long. " + q + " the spokesperson added.\n", q, Quote, ""},
	})
}

// TestReview26SpokespersonForTheAirport checks that "a spokesperson for
// the airport" after "Manchester Airport said" stands for the airport,
// and for no one when the body before is no airport or another kind of
// body is named (review 26, F5).
func TestReview26SpokespersonForTheAirport(t *testing.T) {
	const q = "\u201cSafety is our absolute priority,\u201d"
	const man = "Manchester Airport said it had already increased patrols. "
	checkReview14Quotes(t, []review14Quote{
		{"for the airport", man + q + " a spokesperson for the airport said.\n", q, Quote, "Manchester Airport"},
		{"no body before, as before", "Ministers met on Monday. " + q + " a spokesperson for the airport said.\n", q, Quote, ""},
		{"an airline before", "Skylark Airways said it had already increased patrols. " + q + " a spokesperson for the airport said.\n", q, Quote, ""},
		{"for the union, as before", man + q + " a spokesperson for the union said.\n", q, Quote, ""},
	})
	checkReview9(t, []review9Case{
		{"the commission", "According to the Charity Commission, fraud rose by 19% in 2025.\nA spokesperson for the commission said it had opened an inquiry.\n", "A spokesperson", "Charity Commission", false, ""},
	})
}

// TestReview26FiguresShow checks that "…, the figures show" and "…, the
// index found" stand for the body named as their source in the sentence
// before, a ministry too, and for no one with no body before
// (review 26, F8).
func TestReview26FiguresShow(t *testing.T) {
	const moj = "Figures from the Ministry of Justice show that tribunals received 10,250 claims. "
	checkReview9(t, []review9Case{
		{"the figures show", moj + "The median award was \u00a317,324, the figures show.\n", "The median", "Ministry of Justice", false, ""},
		{"the index found", "Rents rose 8.9%, according to the Homefinder rental index. Homes to rent were 21% fewer than in 2019, the index found.\n", "Homes", "Homefinder", false, ""},
		{"no body before, as before", "Ministers met on Monday. The median award was \u00a317,324, the figures show.\n", "The median", "", false, ""},
		{"the report found, as before", moj + "The median award was \u00a317,324, the report found.\n", "The median", "", false, ""},
		{"The index found: no cue, as before", "Rents rose 8.9%, according to the Homefinder rental index. The index found homes to rent were 21% fewer.\n", "The index", "", false, ""},
	})
}

// TestReview26MaydayDeclared checks that a timeline row "14:32:40 UTC
// MAYDAY declared to …" has no speaker: neither the time zone nor the
// distress call is a person (review 26, F10).
func TestReview26MaydayDeclared(t *testing.T) {
	checkReview9(t, []review9Case{
		{"UTC Mayday", "14:32:40 UTC Mayday declared to air traffic control\n", "14:32:40", "", false, ""},
		{"UTC MAYDAY", "14:32:40 UTC MAYDAY declared to Manchester Approach\n", "14:32:40", "", false, ""},
		{"GMT Mayday", "14:32 GMT Mayday declared to air traffic control\n", "Mayday", "", false, ""},
		{"the captain, as before", "\u201cWe are declaring an emergency,\u201d the captain said at 14:32 UTC.\n", "\u201cWe", "", true, "the captain"},
	})
	checkEntities(t, "14:32:40 UTC Mayday declared to air traffic control\n", Person, "")
}

// TestReview26CompaniesHouse checks that Companies House is an
// organisation and the source, named, "according to Companies House",
// and the source of "accounts filed at Companies House" (review 26, F9).
func TestReview26CompaniesHouse(t *testing.T) {
	const turnover = "The company\u2019s turnover was \u00a341.6m"
	checkReview9(t, []review9Case{
		{"according to Companies House", turnover + ", according to Companies House.\n", "The company", "Companies House", false, ""},
		{"accounts filed at", turnover + " in the year to March 2025, according to accounts filed at Companies House.\n", "The company", "Companies House", false, "accounts filed at Companies House"},
		{"figures released by, as before", "Turnover rose 4%, according to figures released by the Acme Group.\n", "Turnover", "Acme Group", false, ""},
		{"its accounts, as before", turnover + ", according to its latest accounts filed at Companies House.\n", "The company", "", false, "its latest accounts"},
		{"obtained at no body, as before", "Turnover rose 4%, according to figures obtained at the meeting.\n", "Turnover", "", false, "figures"},
	})
	checkEntities(t, turnover+", according to Companies House.\n", Org, "Companies House")
}
