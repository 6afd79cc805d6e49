package claim

import "testing"

// TestReview27aRegistrar checks that "the registrar said" and "the
// county clerk said" name a speaker, as "the mayor said" does, that
// "County Registrar Ken Tsai" is named Ken Tsai, and that a later "The
// registrar said" stands for him (review 27a, F1).
func TestReview27aRegistrar(t *testing.T) {
	const tsai = "County Registrar Ken Tsai said results would be certified by Dec. 3.\n"
	checkReview9(t, []review9Case{
		{"the registrar", "Turnout was 61%, the registrar said.\n", "Turnout", "", false, "the registrar"},
		{"the county registrar", "Turnout was 61%, the county registrar said.\n", "Turnout", "", false, "the county registrar"},
		{"the county clerk", "Turnout was 61%, the county clerk said.\n", "Turnout", "", false, "the county clerk"},
		{"the mayor, as before", "Turnout was 61%, the mayor said.\n", "Turnout", "", false, "the mayor"},
		{"County Registrar NAME", tsai, "County", "Ken Tsai", false, "County Registrar Ken Tsai"},
		{"County Clerk NAME", "County Clerk Ken Tsai said results would be certified.\n", "County", "Ken Tsai", false, ""},
		{"The registrar after", tsai + "The registrar said turnout was 61%.\n", "The registrar", "Ken Tsai", false, "The registrar"},
		{"the clerk of the court", "The clerk of the court said the file was lost.\n", "The clerk", "", false, "The clerk of the court"},
	})
}

// TestReview27aBracketedThe checks that Times Higher Education and QS are
// organisations, that the short form "(THE)" defined after the first is
// one too, and that a later "THE said" is its speaker, while a "The" in
// small letters stays a word (review 27a, F2).
func TestReview27aBracketedThe(t *testing.T) {
	const def = "Aldmoor rose to 48th in the Times Higher Education (THE) World University Rankings.\n"
	checkReview9(t, []review9Case{
		{"THE said after (THE)", def + "THE said it had analysed 134 million citations.\n", "THE said", "Times Higher Education", false, "THE"},
		{"The said, no speaker", def + "The said figure was 134 million.\n", "The said", "", false, ""},
		{"THE said, not defined", "THE said it had analysed 134 million citations.\n", "THE said", "", false, ""},
		{"the full name, as before", "Times Higher Education said it had analysed 134 million citations.\n", "Times", "Times Higher Education", false, ""},
		{"QS said", "QS said it had analysed 134 million citations.\n", "QS", "QS", false, ""},
	})
	checkEntities(t, "Times Higher Education published the rankings.\n", Org, "Times Higher Education")
	checkEntities(t, "QS gives 30% of its weight to reputation.\n", Org, "QS")
	checkEntities(t, "THE said it had analysed 134 million citations.\n", Org, "")
}

// TestReview27aLocalTitles checks that US local titles are not part of
// the speaker's name, "Supervisor Dana Whitlock said" naming Dana
// Whitlock as "Judge Rosalind Kett said" names Rosalind Kett, also in a
// later "Whitlock said" and "The supervisor said" (review 27a, F5).
func TestReview27aLocalTitles(t *testing.T) {
	const sup = "Supervisor Dana Whitlock said the first new bus routes could start by summer 2027.\n"
	checkReview9(t, []review9Case{
		{"Supervisor NAME", sup, "Supervisor", "Dana Whitlock", false, ""},
		{"Supervisor NAME, who", "Supervisor Dana Whitlock, who wrote Measure J, said the routes would start in 2027.\n", "Supervisor", "Dana Whitlock", false, ""},
		{"Councilmember NAME", "Councilmember Dana Whitlock said the routes would start in 2027.\n", "Councilmember", "Dana Whitlock", false, ""},
		{"Whitlock said after", sup + "Whitlock said it was good.\n", "Whitlock said", "Dana Whitlock", false, "Whitlock"},
		{"The supervisor said after", sup + "The supervisor said it was good.\n", "The supervisor", "Dana Whitlock", false, "The supervisor"},
		{"the county supervisor", "The county supervisor said the routes would start in 2027.\n", "The county", "", false, "The county supervisor"},
		{"Judge NAME, as before", "Judge Rosalind Kett said the law was clear.\n", "Judge", "Rosalind Kett", false, ""},
		{"His supervisor, NAME, as before", "His supervisor, Tom Reed, said the work was done.\n", "His", "Tom Reed", false, ""},
	})
}

// TestReview27aPostedOn checks that "posted on X:" is a cue whose
// speaker says the quotation, as "wrote on X:" and "posted:" are, that a
// journalist's title is not part of the name, and that "posted on
// Monday:" or a post with no words reported stays no cue (review 27a,
// F3).
func TestReview27aPostedOn(t *testing.T) {
	const q = "\u201cLuca Veltri to Castlebury, here we go!\u201d"
	checkReview14Quotes(t, []review14Quote{
		{"posted on X:", "Enzo Ricardi posted on X: " + q + "\n", q, Quote, "Enzo Ricardi"},
		{"Journalist NAME posted on X:", "Journalist Enzo Ricardi posted on X: " + q + "\n", q, Quote, "Enzo Ricardi"},
		{"wrote on X:, as before", "Enzo Ricardi wrote on X: " + q + "\n", q, Quote, "Enzo Ricardi"},
		{"posted:, as before", "Enzo Ricardi posted: " + q + "\n", q, Quote, "Enzo Ricardi"},
		{"posted on Monday:", "Enzo Ricardi posted on Monday: " + q + "\n", q, Quote, ""},
	})
	checkReview9(t, []review9Case{
		{"posted on Instagram that", "Enzo Ricardi posted on Instagram that the deal was done.\n", "Enzo", "Enzo Ricardi", false, ""},
		{"posted on Facebook a video", "Enzo Ricardi posted on Facebook a video of the signing.\n", "Enzo", "", false, ""},
	})
}

// TestReview27aUnderstandsReported checks that "Sky Sports understands"
// attributes what follows to Sky Sports, as "Marca reports" does, but a
// person's "understands that" stays belief, and that "are reported to
// have" is a hedge as "are said to" is, but "reported to police" is not
// (review 27a, F4).
func TestReview27aUnderstandsReported(t *testing.T) {
	checkReview9(t, []review9Case{
		{"Sky Sports understands", "Sky Sports understands personal terms were agreed on Thursday night.\n", "Sky", "Sky Sports", false, ""},
		{"The BBC understands", "The BBC understands the deal is done.\n", "The BBC", "BBC", false, ""},
		{"a person's belief", "A leader also understands that the United States must be strong.\n", "A leader", "", false, ""},
		{"understands a noun", "Sky Sports understands the frustration of fans.\n", "Sky", "", false, ""},
	})
	checkEntities(t, "Castlebury are reported to have made a \u00a330m offer.\n", Hedge, "are reported to have")
	checkEntities(t, "The club is reported to be close to a deal.\n", Hedge, "is reported to be")
	checkEntities(t, "Castlebury are said to have made a \u00a330m offer.\n", Hedge, "are said to")
	checkEntities(t, "Thefts are reported to police every day.\n", Hedge, "")
}

// TestReview27aParticleSurname checks that "van Loon said" after "Pieter
// van Loon" gives the person "van Loon", named Pieter van Loon, and that "the
// van" is no name (review 27a, F8).
func TestReview27aParticleSurname(t *testing.T) {
	const loon = "Its chief commercial officer, Pieter van Loon, said the port had opened a yard. \u201cWe are managing,\u201d van Loon said.\n"
	checkEntities(t, "\u201cWe are managing,\u201d van Loon said.\n", Person, "van Loon")
	checkEntities(t, "He loaded the van Smith had hired.\n", Person, "")
	checkReview14Quotes(t, []review14Quote{
		{"van Loon said", loon, "\u201cWe are managing,\u201d", Quote, "Pieter van Loon"},
	})
}

// TestReview27aPluralPossessiveNoQuote checks that the apostrophe of
// "Dockers’ union" is no closing quotation mark that makes "calls" a cue
// after a quotation, while a quotation's own closing mark before "he
// said" or "the union said" still is (review 27a, F7).
func TestReview27aPluralPossessiveNoQuote(t *testing.T) {
	checkReview9(t, []review9Case{
		{"Dockers’ union calls", "Dockers\u2019 union calls strike ballot\n", "Dockers", "", false, ""},
		{"‘…’ he said, as before", "\u2018We love the Beatles\u2019 he said.\n", "\u2018We", "", false, "he"},
		{"the dockers’ union said", "\u201cWe will strike,\u201d the dockers\u2019 union said.\n", "\u201cWe", "", true, "the dockers\u2019 union"},
		{"‘…,’ the union said", "\u2018We will strike,\u2019 the union said.\n", "\u2018We", "", true, "the union"},
	})
}
