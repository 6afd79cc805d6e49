package claim

import "testing"

// The tests in this file check speaker and entity misses left by session
// 33's reviews 28a and 28b, cleared in the second late round of fixes.

// TestLate28bRoleAfterBody checks that a speaker span with a role after a
// body or a place of several words, "Rail Users North chair Beverley
// Stott", does not start at the body's last word (review 28a, F4).
func TestLate28bRoleAfterBody(t *testing.T) {
	checkReview9(t, []review9Case{
		{"Rail Users North", "Rail Users North chair Beverley Stott said passengers had run out of patience.\n", "Rail", "Beverley Stott", false, "Rail Users North chair Beverley Stott"},
		{"Hollins Lane", "Hollins Lane head teacher Rachel Okafor said attendance had fallen to 71% last week.\n", "Hollins", "Rachel Okafor", false, "Hollins Lane head teacher Rachel Okafor"},
		{"Leeds Central,", "Labour MP for Leeds Central, Alex Sowerby, said the trains were late.\n", "Labour", "Alex Sowerby", false, "Alex Sowerby"},
		{"a description, then the name, as before", "Ukraine's finance minister, Serhiy Marchenko, said the money had arrived.\n", "Ukraine", "Serhiy Marchenko", false, "Ukraine's finance minister, Serhiy Marchenko"},
		{"one-word body, as before", "Council leader Graham Thirsk said the budget was balanced.\n", "Council", "Graham Thirsk", false, "Council leader Graham Thirsk"},
		{"an org key, as before", "Tourism Industry Aotearoa chief executive Rebecca Ingram said visitor numbers were up.\n", "Tourism", "Rebecca Ingram", false, "Tourism Industry Aotearoa chief executive Rebecca Ingram"},
	})
}

// TestLate28bNameWordNoReason checks that a word of a name of several
// words, 'Central' of "Leeds Central", is no "wording typical of claims"
// (review 28a, F4).
func TestLate28bNameWordNoReason(t *testing.T) {
	for _, tt := range []review9ScoreCase{
		{name: "Leeds Central", in: "Labour MP for Leeds Central, Alex Sowerby, said his constituents faced a daily lottery.", not: []string{"wording typical of claims: 'Central'"}},
		{name: "Rail Users North", in: "Rail Users North chair Beverley Stott said passengers had run out of patience.", not: []string{"wording typical of claims: 'North'"}},
	} {
		t.Run(tt.name, tt.run)
	}
}

// TestLate28bGuidanceSays checks that guidance named by a capitalised
// word, "Government guidance says", is a source as "The guidance says" is,
// while "Early estimates suggest" names no one (review 28a, F5; review
// 15, M4).
func TestLate28bGuidanceSays(t *testing.T) {
	checkReview9(t, []review9Case{
		{"Government guidance", "Government guidance says unvaccinated children should stay away from school for 21 days.\n", "Government", "", false, "Government guidance"},
		{"Exclusion guidance", "Exclusion guidance says unvaccinated children who have been in contact with a case should stay away from school for 21 days.\n", "Exclusion", "", false, "Exclusion guidance"},
		{"The guidance, as before", "The guidance says pupils should stay at home for 21 days.\n", "The", "", false, "The guidance"},
		{"Early estimates, as before", "Early estimates suggest the economy grew 0.3%.\n", "Early", "", false, ""},
		{"mid-sentence", "Parents were told on Monday that government guidance says pupils should stay at home.\n", "Parents", "", false, ""},
	})
}

// TestLate28bCostFigures checks that figures named by a common noun that
// opens the sentence, "Cost figures showed", name no source, as "Cost
// figures show" did, while a body's figures keep theirs.
func TestLate28bCostFigures(t *testing.T) {
	checkReview9(t, []review9Case{
		{"Cost figures showed", "Cost figures showed a rise of 40% in 2024.\n", "Cost", "", false, ""},
		{"Sales figures showed", "Sales figures showed a rise of 40% in 2024.\n", "Sales", "", false, ""},
		{"HMRC figures showed, as before", "HMRC figures showed a rise of 40% in 2024.\n", "HMRC", "", false, "HMRC figures"},
		{"Cost figures show, as before", "Cost figures show a rise of 40% in 2024.\n", "Cost", "", false, ""},
		{"ONS figures showed, as before", "ONS figures showed a rise of 40% in 2024.\n", "ONS", "ONS", false, "ONS figures"},
		{"Official figures showed, as before", "Official figures showed a rise of 40% in 2024.\n", "Official", "", false, "Official figures"},
		{"The figures showed, as before", "The figures showed a rise of 40% in 2024.\n", "The", "", false, "The figures"},
	})
}

// TestLate28bDocumentBy checks that "according to" a document "by" a body
// names the body, "the Gazette", "ArtEcon", not the document (review 28b,
// F5), while a document alone stays the source.
func TestLate28bDocumentBy(t *testing.T) {
	checkReview9(t, []review9Case{
		{"a survey … by the Gazette", "Prices rose from £38.40 to £41.15 over the past year, according to a survey of 500 products by the Gazette.\n", "Prices", "Gazette", false, "the Gazette"},
		{"Report by the firm ArtEcon", "Global sales fell 27% in 2025 to $9.9bn, according to the annual Art Market Report by the analytics firm ArtEcon.\n", "Global", "ArtEcon", false, ""},
		{"a survey alone, as before", "Prices rose 7%, according to a survey of 500 products.\n", "Prices", "", false, "a survey"},
		{"a report by a body, as before", "Prices rose 7%, according to a report by the Resolution Foundation.\n", "Prices", "Resolution Foundation", false, ""},
	})
}

// TestLate28bCourtReport checks that "a court report" is a noun, no
// speaker "a court" with the cue "report" (review 28b, F7), while
// "Officials report" still speaks.
func TestLate28bCourtReport(t *testing.T) {
	checkReview9(t, []review9Case{
		{"a court report", "If you have a question about a court report, email newsdesk@hexfordgazette.co.uk.\n", "If", "", false, ""},
		{"an expert report", "Read an expert report on the case.\n", "Read", "", false, ""},
		{"officials report, as before", "Officials report that 40 homes were damaged.\n", "Officials", "", false, "Officials"},
	})
}

// TestLate28bFlushingMeadows checks that Flushing Meadows, the US Open's
// grounds, is a place, not a person, as Melbourne Park is.
func TestLate28bFlushingMeadows(t *testing.T) {
	checkEntities(t, "She won the title at Flushing Meadows.\n", Person, "")
	checkEntities(t, "She won the title at Flushing Meadows.\n", Place, "Flushing Meadows")
}
