package claim

import "testing"

// TestReview23AnsweredBy checks that a written answer's figures are the
// answering minister's, "Answered on 3 November 2026 by Lord Harwood",
// up to the next heading, and that the minister is a person even with
// the answer after the line (review 23, F1 and F29).
func TestReview23AnsweredBy(t *testing.T) {
	const fig = "In 2025/26, 14,230 applications were received, of which 62% were processed within 12 weeks.\n"
	checkReview9(t, []review9Case{
		{"by Lord Harwood", "Answered on 3 November 2026 by Lord Harwood\n\n" + fig, "In 2025", "Lord Harwood", false, "Lord Harwood"},
		{"by an office (a name)", "Answered on 10 November 2026 by Lord Minister of State (Lord Harwood)\n\n" + fig, "In 2025", "Lord Harwood", false, "Lord Harwood"},
		{"by a name (an office)", "Answered on 31 October 2026 by Catherine Ashby (Minister for School Standards)\n\nThere were 21,400 appeals registered in that year.\n",
			"There", "Catherine Ashby", false, ""},
		{"the next question's heading", "Answered on 3 November 2026 by Lord Harwood\n\n" + fig + "\nRoad safety: speed cameras\nAsked by Tom Ferris (Con)\n\nThere are 260 miles of road covered by cameras.\n",
			"There", "", false, ""},
		{"no answer, as before", "Lord Harwood said so.\n\n" + fig, "In 2025", "", false, ""},
		{"answered by in a sentence, as before", "The letter was answered on 3 November by Lord Harwood.\n\n" + fig, "In 2025", "", false, ""},
	})
	checkEntities(t, "Answered on 4 November 2026 by Simon Reddy\n\nResearch published by the RAC Foundation in 2016 found that speed cameras reduced collisions by 36.1%.\n", Person, "Simon Reddy")
}

// TestReview23RoleBeforeName checks that a man named after his role with
// a qualifier, "Former product manager Luis Ortega", opens his sentence,
// so that the "he" who wrote after him is he, not the woman named
// earlier whose first name tells no sex (review 23, F2).
func TestReview23RoleBeforeName(t *testing.T) {
	const dana, wrote = "Dana Whitfield announced the cuts. ", " \u201cMy laptop was locked,\u201d he wrote.\n"
	checkReview9(t, []review9Case{
		{"former product manager", dana + "Former product manager Luis Ortega posted on LinkedIn shortly after 9am that he had been let go." + wrote,
			"\u201cMy", "Luis Ortega", true, ""},
		{"no woman before, as before", "Former product manager Luis Ortega posted on LinkedIn that he had been let go." + wrote,
			"\u201cMy", "Luis Ortega", true, ""},
		{"an object after a verb, as before", dana + "Staff met product manager Luis Ortega on Monday." + wrote, "\u201cMy", "", true, ""},
	})
}

// TestReview23MemoAuthor checks that "the memo continued" names who wrote
// the memo, the person named just after a mention of it ("In the memo, Ms
// Whitfield wrote", "a memo to staff from Dana Whitfield"), and no one
// when no one is (review 23, F3).
func TestReview23MemoAuthor(t *testing.T) {
	const cont = " \u201cI will hold an all-hands meeting at 10am,\u201d the memo continued.\n"
	checkReview9(t, []review9Case{
		{"In the memo, Ms Whitfield wrote", "In the memo, Ms Whitfield wrote: \u201cWe are cutting 1,200 jobs.\u201d" + cont, "\u201cI will", "Whitfield", true, "the memo"},
		{"a memo from", "Corvane announced the cuts in a memo to staff from chief executive Dana Whitfield.\n\nThe memo said affected employees would receive 16 weeks\u2019 pay.\n",
			"The memo", "Dana Whitfield", false, ""},
		{"no author, as before", "Corvane announced the cuts in a memo to staff." + cont, "\u201cI will", "", true, "the memo"},
		{"a memo after the name, as before", "Dana Whitfield read a memo to staff." + cont, "\u201cI will", "", true, "the memo"},
	})
}

// TestReview23TitledLane checks that a peer or a Ms whose surname names
// streets too is a person and a speaker, "Baroness Lane said", while a
// street after a word that is no honorific stays none (review 23, F4).
func TestReview23TitledLane(t *testing.T) {
	checkReview9(t, []review9Case{
		{"Baroness Lane said", "Baroness Lane said the figures were wrong.\n", "Baroness", "Baroness Lane", false, "Baroness Lane"},
		{"Ms Lane said", "Ms Lane said the figures were wrong.\n", "Ms", "Lane", false, "Ms Lane"},
	})
	checkEntities(t, "Asked by Baroness Lane (Lab)\n", Person, "Baroness Lane")
	checkEntities(t, "Baroness Smith said the figures were wrong.\n", Person, "Baroness Smith")
	checkEntities(t, "Traffic on Park Lane rose 5%.\n", Person, "")
	checkEntities(t, "Crown Lane was shut.\n", Person, "")
	checkEntities(t, "Queen Elizabeth Hall was shut.\n", Person, "")
}

// TestReview23ResearchBy checks that "Research published by the RAC
// Foundation … found" is the foundation's finding, and that "Research"
// opening the sentence is no organisation, while "Cancer Research UK" is
// one (review 23, F5).
func TestReview23ResearchBy(t *testing.T) {
	const rac = "Research published by the RAC Foundation in 2016 found that average speed cameras reduced serious collisions by 36.1%.\n"
	checkReview9(t, []review9Case{
		{"Research published by", rac, "Research", "RAC Foundation", false, ""},
		{"Research by", "Research by the RAC Foundation found that cameras reduced collisions by 36.1%.\n", "Research", "RAC Foundation", false, ""},
		{"A study published by, as before", "A study published by the RAC Foundation found that cameras reduced collisions by 36.1%.\n", "A study", "RAC Foundation", false, ""},
		{"Cancer Research UK said, as before", "Cancer Research UK said 36% of cases were preventable.\n", "Cancer", "Cancer Research UK", false, ""},
	})
	checkEntities(t, rac, Org, "the RAC Foundation")
	checkEntities(t, "The Research Council said 5% fell.\n", Org, "Research Council")
}

// TestReview23PerReports checks that "per reports" hedges a fee as
// second-hand, while "per year" stays a money's rate and "per the club"
// an attribution (review 23, F6).
func TestReview23PerReports(t *testing.T) {
	checkEntities(t, "Marco Duarte joins Rovers on loan with an obligation to buy for \u20ac30m, per reports in Spain.\n", Hedge, "per reports")
	checkEntities(t, "The fee is \u20ac30m per year.\n", Money, "\u20ac30m per year")
	checkEntities(t, "The fee is \u20ac30m per year.\n", Hedge, "")
	checkReview9(t, []review9Case{
		{"per the club, as before", "Marco Duarte joins Rovers for \u20ac30m, per the club.\n", "Marco", "", false, "the club"},
	})
}

// TestReview23CalledCompany checks that a one-word name the text calls a
// company in apposition, "Corvane, the cloud software company,", is an
// organisation when it speaks later, not a person (review 23, F26).
func TestReview23CalledCompany(t *testing.T) {
	const rev = " Corvane reported revenue of $3.4bn in the third quarter.\n"
	checkSpanStrings(t, "Corvane, the cloud software company, will cut 1,200 jobs."+rev, map[Kind]bool{Org: true}, []string{"org: Corvane", "org: Corvane"})
	checkEntities(t, "Corvane, the cloud software company, will cut 1,200 jobs."+rev, Person, "")
	checkEntities(t, "Dana Whitfield, the company boss, spoke. Whitfield reported revenue of $3.4bn.\n", Org, "")
}

// TestReview23ToldOutlet checks that a name with no first name that a
// quotation is told, "told Cadena Norte: “…”", is a broadcaster, an
// organisation, while a person told one stays a person (review 23, F31).
func TestReview23ToldOutlet(t *testing.T) {
	const q = ": \u201cAdri\u00e1n is happy in Madrid.\u201d\n"
	checkEntities(t, "Mora\u2019s agent, Jorge Ben\u00edtez, told Cadena Norte"+q, Org, "Cadena Norte")
	checkEntities(t, "Mora\u2019s agent, Jorge Ben\u00edtez, told Cadena Norte"+q, Person, "Jorge Ben\u00edtez")
	checkEntities(t, "Lind told Sarah Jones"+q, Org, "")
	checkEntities(t, "Tom Hale left. Lind told Tom Hale"+q, Org, "")
}

// TestReview23PostWithAnd checks that a post whose brief has "and" in it,
// "the Secretary of State for Health and Social Care", is one office,
// not a person and an organisation, while a person named after a post
// and "and" stays a person of their own (review 23, F27, partly).
func TestReview23PostWithAnd(t *testing.T) {
	const hsc = "To ask the Secretary of State for Health and Social Care, how many courses of dental treatment were delivered in 2025/26.\n"
	checkEntities(t, hsc, Person, "")
	checkEntities(t, hsc, Org, "the Secretary of State for Health and Social Care")
	checkEntities(t, "The Minister for Women and Equalities said 5% fell.\n", Person, "Minister for Women and Equalities")
	checkReview9(t, []review9Case{
		{"a post and a person, as before", "The Minister for Health and Tom Smith said 5% fell.\n", "The", "Tom Smith", false, ""},
	})
}
