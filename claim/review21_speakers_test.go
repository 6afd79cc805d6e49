package claim

import (
	"slices"
	"testing"
)

// checkReason judges text and checks that its first sentence has the
// reason want among its reasons, or, when not is set, does not.
func checkReason(t *testing.T, text, want string, not bool) {
	t.Helper()
	_, _, js := judgeText(text)
	if got := slices.Contains(js[0].Reasons, want); got == not {
		t.Errorf("%q: reasons %q, want %q: %v", text, js[0].Reasons, want, !not)
	}
}

// TestReview21CitedFigures checks that a quotation after "X said the
// figures showed" is X's words, not the figures', while figures that
// speak alone, and a person X says spoke, keep the quotation (review 21,
// F1).
func TestReview21CitedFigures(t *testing.T) {
	const feet = "\u201ca market that has found its feet\u201d"
	checkReview14Quotes(t, []review14Quote{
		{"said the figures showed", "Rhys Morgan, an economist, said the figures showed " + feet + ".\n", feet, Quote, "Rhys Morgan"},
		{"said that the survey found", "Rhys Morgan said that the survey found " + feet + ".\n", feet, Quote, "Rhys Morgan"},
		{"said the data suggested", "Rhys Morgan said the data suggested " + feet + ".\n", feet, Quote, "Rhys Morgan"},
		{"the minister told him, as before", "Rhys Morgan said the minister told him " + feet + ".\n", feet, Quote, ""},
		{"said after the quotation, as before", "The figures showed " + feet + ", Rhys Morgan said.\n", feet, Quote, "Rhys Morgan"},
	})
	checkReason(t, "Rhys Morgan, an economist, said the figures showed "+feet+".\n", "attributed to Rhys Morgan", false)
	checkReason(t, "Rhys Morgan, an economist, said the figures showed "+feet+".\n", "attributed to the figures", true)
}

// TestReview21DescribedAs checks that a short quotation after "described
// … as" is its subject's words, as one after "called it" is, while a name
// after "known as" and a one-word label stay scare quotes (review 21,
// F2).
func TestReview21DescribedAs(t *testing.T) {
	const start = "\u201cthe start of something\u201d"
	checkReview14Quotes(t, []review14Quote{
		{"described the night as", "Gary Pratt, Reform\u2019s group leader, described the night as " + start + ".\n", start, Quote, "Gary Pratt"},
		{"described it as", "Pratt described it as \u201ca bad night\u201d.\n", "\u201ca bad night\u201d", Quote, "Pratt"},
		{"called it, as before", "Jos Buttler called it \u201cthe complete performance\u201d.\n", "\u201cthe complete performance\u201d", Quote, "Jos Buttler"},
		{"known as, as before", "The mayor described the area known as \u201cthe Mile\u201d.\n", "\u201cthe Mile\u201d", ScareQuote, ""},
		{"a one-word label, as before", "In a poll, 58 percent of Americans described the economy as \u201cpoor\u201d.\n", "\u201cpoor\u201d", ScareQuote, ""},
	})
}

// TestReview21TheSpokesperson checks that "The spokesperson said" after a
// body's spokesperson spoke is that body, while a spokesman named before
// stays himself and one who follows a person is no one (review 21, F3).
func TestReview21TheSpokesperson(t *testing.T) {
	const fell = "The spokesperson said waiting lists had fallen for five months in a row.\n"
	checkReview9(t, []review9Case{
		{"after a department's spokesperson", "A Department of Health spokesperson said: \u201cWe are investing \u00a326bn.\u201d " + fell,
			"The spokesperson", "Department of Health", false, ""},
		{"after the department", "The Department of Health said waiting lists fell. " + fell, "The spokesperson", "Department of Health", false, ""},
		{"a spokesman named before, as before", "A spokesman, John Smith, said: \u201cWe are investing \u00a326bn.\u201d The spokesman said waiting lists had fallen.\n",
			"The spokesman", "John Smith", false, ""},
		{"after a person, as before", "John Smith said waiting lists fell. " + fell, "The spokesperson", "", false, ""},
	})
}

// TestReview21RoleInCapitals checks that a speaker described by a role
// in capitals keeps its article and adjectives, "The local MP, Anita
// Rowe", as one in lower case does (review 21, F4).
func TestReview21RoleInCapitals(t *testing.T) {
	const said = " said the figures were \u201ca disgrace\u201d.\n"
	checkReview9(t, []review9Case{
		{"The local MP, name", "The local MP, Anita Rowe," + said, "The local", "Anita Rowe", false, "The local MP, Anita Rowe"},
		{"The MP, name", "The MP, Anita Rowe," + said, "The MP", "Anita Rowe", false, "The MP, Anita Rowe"},
		{"The CEO", "The CEO said profits rose 5%.\n", "The CEO", "", false, "The CEO"},
		{"a lower-case role, as before", "The local councillor, Anita Rowe," + said, "The local", "Anita Rowe", false, "The local councillor, Anita Rowe"},
		{"a place's MP, as before", "Ashbury\u2019s MP, Gareth Lomax," + said, "Ashbury", "Gareth Lomax", false, "Ashbury\u2019s MP, Gareth Lomax"},
		{"after the quotation", "\u201cProfits rose 5%,\u201d the CEO said.\n", "\u201cProfits", "", true, "the CEO"},
	})
}

// TestReview21RatedBy checks that a rating in quotation marks after a
// body's "rated" is the body's words, however short, while a poll's label
// and a rating with no rater stay scare quotes (review 21, F5).
func TestReview21RatedBy(t *testing.T) {
	const cqc = "The Care Quality Commission rated the trust\u2019s urgent and emergency care \u201crequires improvement\u201d in a report published on Wednesday.\n"
	checkReview14Quotes(t, []review14Quote{
		{"the CQC rated", cqc, "\u201crequires improvement\u201d", Quote, "Care Quality Commission"},
		{"Ofsted rated", "Ofsted rated the school \u201cgood\u201d in 2024.\n", "\u201cgood\u201d", Quote, "Ofsted"},
		{"a poll's label", "In a poll, 58 percent of Americans rated the economy \u201cpoor\u201d.\n", "\u201cpoor\u201d", ScareQuote, ""},
		{"no rater", "The hotel is rated \u201cexcellent\u201d on Tripadvisor.\n", "\u201cexcellent\u201d", ScareQuote, ""},
	})
	checkReason(t, cqc, "attributed to Care Quality Commission", false)
}
