package claim

import (
	"strings"
	"testing"
)

// The tests in this file check review 29a's numbers, dates, scoring and
// splitting (F12-F23, F30).

// TestReview29aYearEvent checks that a year before a capitalised event,
// "the 2036 Games", and after "as recently as" is a date, while a count
// of games and an approximate count stay quantities (review 29a, F12).
func TestReview29aYearEvent(t *testing.T) {
	checkFigures(t, []review13Case{
		{"Games", "The city will spend A$48m trying to win the 2036 Games.", []string{"money: A$48m = 4.8e+07", "date: 2036"}},
		{"as recently as", "The race was worth £250,000 as recently as 2019.", []string{"money: £250,000 = 2.5e+05", "date: as recently as 2019"}},
		{"games, as before", "The club has played 2036 games.", []string{"quantity: 2036 games = 2036"}},
		{"the games, as before", "They sold the 2000 games in a week.", []string{"quantity: 2000 games = 2000"}},
		{"as many as, as before", "As many as 2019 people came.", []string{"quantity: As many as 2019 people = 2019"}},
		{"as early as, as before", "It could open as early as 2028.", []string{"date: as early as 2028"}},
	}, review28aFigures)
}

// TestReview29aOdds checks that betting odds carry their price in "the
// 7-1 second favourite" (no duration of "7-1 second"), in a result row's
// brackets, "(11-2 fav)", "(33-1)", and in a move, "now 14-1 from 25-1",
// while scores, ranges and a pause of "1-2 second" stay as they were
// (review 29a, F13, F14).
func TestReview29aOdds(t *testing.T) {
	checkFigures(t, []review13Case{
		{"second favourite", "Duchess Maud, the 7-1 second favourite, was pulled up before the 20th fence.", []string{"quantity: 7-1 = 7 [7-1 odds]", "quantity: 20th fence = 20"}},
		{"joint favourite", "Mister Fenwick, the 5-2 joint favourite, won.", []string{"quantity: 5-2 = 2.5 [5-2 odds]"}},
		{"fav in a row", "1. Lord Ashbury (11-2 fav) Conor Tierney", []string{"quantity: 11-2 = 5.5 [11-2 odds]"}},
		{"a price in a row", "2. Mister Fenwick (33-1) Sam Leary", []string{"quantity: 33-1 = 33 [33-1 odds]"}},
		{"a move", "She said Lord Ashbury was now 14-1 from 25-1 for the Grand National in April.", []string{"quantity: 14-1 = 14 [14-1 odds]", "quantity: 25-1 = 25 [25-1 odds]", "date: in April"}},
		{"favourite, as before", "Lord Ashbury, the 11-2 favourite, won.", []string{"quantity: 11-2 = 5.5 [11-2 odds]"}},
		{"a pause, as before", "There was a 1-2 second pause.", []string{"quantity: 1-2 second = 1..2 [seconds]"}},
		{"a score in brackets, as before", "Arsenal beat Spurs (2-1) on Sunday.", []string{"quantity: 2-1", "date: on Sunday"}},
		{"a score move, as before", "They led 14-1 from 2-1 down.", []string{"quantity: 14-1", "quantity: 2-1"}},
	}, review28aFigures)
}

// TestReview29aCategory checks that a class label, "category 1 hazards",
// "tier 2 workers", is no count, while the count beside it and a storm's
// category stay as they were (review 29a, F16).
func TestReview29aCategory(t *testing.T) {
	checkFigures(t, []review13Case{
		{"category", "Inspectors found 1,240 homes with category 1 hazards and a £2.1m compensation bill.", []string{"quantity: 1,240 homes = 1240", "money: £2.1m = 2.1e+06"}},
		{"one category 1 hazard", "It had at least one category 1 hazard.", nil},
		{"tier", "Firms may hire tier 2 workers.", nil},
		{"a storm, as before", "It became a Category 4 hurricane.", []string{"quantity: Category 4 hurricane = 4"}},
		{"a count, as before", "There were 12 categories and 4 hazards.", []string{"quantity: 12 categories = 12", "quantity: 4 hazards = 4"}},
	}, review28aFigures)
}

// TestReview29aAtOrdinal checks that a fence's "at the 14th" is no date,
// while "on the 14th" and "by the 14th" after a figure stay dates (review
// 29a, F17).
func TestReview29aAtOrdinal(t *testing.T) {
	checkFigures(t, []review13Case{
		{"at the 14th", "Two horses fell, including Captain Hollis at the 14th, but both were reported to be fine.", []string{"quantity: Two horses = 2"}},
		{"on the 14th, as before", "Two horses ran on the 14th.", []string{"quantity: Two horses = 2", "date: on the 14th"}},
		{"by the 14th, as before", "Pay £40 by the 14th.", []string{"money: £40 = 40", "date: by the 14th"}},
		{"at the 14th of May, as before", "Two horses ran at the 14th of May meeting.", []string{"quantity: Two horses = 2", "date: at the 14th of May"}},
	}, review28aFigures)
}

// TestReview29aStatuteDeadlines checks that a statute's second duty,
// "They must also investigate" after "landlords must investigate", is a
// rule, and that its deadlines "within 10 working days" are dates, while
// "They must also" with no rule before it stays no rule (review 29a, F22).
func TestReview29aStatuteDeadlines(t *testing.T) {
	const law = "Under Awaab’s Law, landlords must investigate emergency hazards within 24 hours. "
	review28Spans(t, map[Kind]bool{Rule: true, Date: true, Quantity: true}, [][3]string{
		{"second duty", law + "They must also investigate significant damp and mould hazards within 10 working days and start repairs within five working days of the investigation.",
			"rule: Under Awaab’s Law; rule: must investigate; date: within 24 hours; rule: must also investigate; date: within 10 working days; date: within five working days"},
		{"business days", "Refunds are paid within five business days.", "date: within five business days"},
		{"no rule before, as before", "The talks failed. They must also explain why.", ""},
		{"working people, as before", "It helps 10 working people.", "quantity: 10 working people"},
	})
}

// TestReview29aTranscriptLeadIn checks that a transcript's editorial
// lead-in, "The following exchange is taken from the call transcript.",
// is boilerplate and not checkworthy, while a profit fall "following
// exchange rate losses" stays a claim (review 29a, F23).
func TestReview29aTranscriptLeadIn(t *testing.T) {
	for _, tt := range []review9ScoreCase{
		{name: "lead-in", in: "The following exchange is taken from the call transcript.", want: []string{"news boilerplate"}, cw: "no"},
		{name: "took place", in: "The following exchange took place in the Commons.", want: []string{"news boilerplate"}, cw: "no"},
		{name: "exchange rates, as before", in: "Profits fell 4% following exchange rate losses.", not: []string{"news boilerplate"}, cw: "yes"},
	} {
		t.Run(tt.name, tt.run)
	}
}

// TestReview29aCrTitle checks that an Australian councillor's "Cr." ends
// no sentence and is a title, "Cr. Paul Anders" named Paul Anders, as
// "Cllr." is (review 29a, F30).
func TestReview29aCrTitle(t *testing.T) {
	const said = " Paul Anders, who leads the opposition bloc on the council, said the bid would cost A$48m.\n"
	checkReview9(t, []review9Case{
		{"Cr.", "The vote was close. Cr." + said, "Cr. Paul", "Paul Anders", false, "Cr. Paul Anders"},
		{"Cllr., as before", "The vote was close. Cllr." + said, "Cllr. Paul", "Paul Anders", false, "Cllr. Paul Anders"},
	})
	for _, text := range []string{"Cr." + said, "The vote was close. Cr." + said} {
		if _, sents, _ := judgeText(text); len(sents) != strings.Count(text, ".")-1 {
			t.Errorf("%q: %d sentences", text, len(sents))
		}
	}
}

// TestReview29aLengths checks that a winning distance in lengths has its
// unit, "three and a half lengths = 3.5 [lengths]" (review 29a, F20).
func TestReview29aLengths(t *testing.T) {
	checkFigures(t, []review13Case{
		{"and a half", "Lord Ashbury won, coming home three and a half lengths clear of Mister Fenwick.", []string{"quantity: three and a half lengths = 3.5 [lengths]"}},
		{"further", "Saint Judith was a further six lengths back in third.", []string{"quantity: further six lengths = 6 [lengths]"}},
		{"miles, as before", "He ran six miles.", []string{"quantity: six miles = 6 [miles]"}},
	}, review28aFigures)
}

// TestReview29aYearOnYear checks that "year on year" after a change is a
// date span that marks its base, as "year to date" is (review 29a, F21;
// the hyphenated "year-on-year" is still none).
func TestReview29aYearOnYear(t *testing.T) {
	checkFigures(t, []review13Case{
		{"year on year", "Sorvana generated $1.87bn in the quarter, up 112% year on year.", []string{"money: $1.87bn = 1.87e+09", "percent: 112% = 112", "date: year on year"}},
		{"year to date, as before", "Shares are up 5% year to date.", []string{"percent: 5% = 5", "date: year to date"}},
		{"a year on a farm, as before", "The year on the farm was hard.", nil},
	}, review28aFigures)
}

// TestReview29aButOne checks that "the lowest grade but one", the second
// lowest, is not marked "the lowest", while "the lowest grade" stays a
// comparison (review 29a, F19).
func TestReview29aButOne(t *testing.T) {
	review28Spans(t, map[Kind]bool{Comparison: true}, [][3]string{
		{"but one", "A C3 grading means the regulator has found serious failings, the lowest grade but one.", ""},
		{"the lowest, as before", "A C4 grading is the lowest grade.", "comparison: the lowest"},
		{"but for, as before", "It was the worst year but for one thing.", "comparison: worst"},
	})
}
