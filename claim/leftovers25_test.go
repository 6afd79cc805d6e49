package claim

import "testing"

// The tests in this file check faults left from reviews 23 and 24 (the
// README's known misses), cleared in session 31.

// TestLeftovers25PeerName checks that a peer named by title and one name
// ("Lord Harwood", "Baroness Lane") keeps the title in the speaker's
// name, as a written answer's minister and as a speaker in a sentence,
// while a peer whose full name came before resolves to it and other
// titles ("Mr", "Dr") are dropped as before.
func TestLeftovers25PeerName(t *testing.T) {
	const fig = "In 2025/26, 14,230 applications were received, of which 62% were processed within 12 weeks.\n"
	checkReview9(t, []review9Case{
		{"Answered by Lord Harwood", "Answered on 3 November 2026 by Lord Harwood\n\n" + fig, "In 2025", "Lord Harwood", false, "Lord Harwood"},
		{"Lord Harwood said", "Lord Harwood said 14,230 applications were received.\n", "Lord Harwood", "Lord Harwood", false, "Lord Harwood"},
		{"Baroness Lane said", "Baroness Lane said the figures were wrong.\n", "Baroness", "Baroness Lane", false, "Baroness Lane"},
		{"Baroness Ashby after Catherine Ashby, as before", "Catherine Ashby spoke first.\n\nBaroness Ashby said 62% were processed.\n", "Baroness", "Catherine Ashby", false, "Baroness Ashby"},
		{"Dr Harwood said, as before", "Dr Harwood said 14,230 applications were received.\n", "Dr Harwood", "Harwood", false, "Dr Harwood"},
		{"Lord John Harwood said, as before", "Lord John Harwood said 14,230 applications were received.\n", "Lord John", "John Harwood", false, "Lord John Harwood"},
	})
}

// TestLeftovers25ToldOutlet checks that the outlet after "told" is no part
// of the cue but an organisation of its own ("told Cadena Norte", "told
// the BBC", after a quotation too), while a group that is no body ("told
// reporters") or a common noun ("told the newspaper") stays in the cue.
func TestLeftovers25ToldOutlet(t *testing.T) {
	keep := map[Kind]bool{Cue: true, Org: true}
	checkSpanStrings(t, "Mora’s agent, Jorge Benítez, told Cadena Norte: “Adrián is happy in Madrid.”", keep, []string{"cue: told", "org: Cadena Norte"})
	checkSpanStrings(t, "“He will stay,” he told Sky Sports.", keep, []string{"cue: told", "org: Sky Sports"})
	checkSpanStrings(t, "He told the BBC: “He will stay.”", keep, []string{"cue: told", "org: BBC"})
	checkSpanStrings(t, "He told reporters: “He will stay.”", keep, []string{"cue: told reporters"})
	checkSpanStrings(t, "He has told the newspaper that he will stay.", keep, []string{"cue: has told the newspaper"})
}

// TestLeftovers25CompanyAppositive checks that a one-word name before a
// description of a business (", the cloud software company,", ", a
// Leeds-based lender,") is an organisation, opening a sentence too, and
// that its later mention speaks as that body, while a person described
// by a job at a company stays a person, and a word with no such
// description stays without a span.
func TestLeftovers25CompanyAppositive(t *testing.T) {
	checkEntities(t, "Corvane, the cloud software company, will cut 1,200 jobs.\n", Org, "Corvane")
	checkEntities(t, "Shares fell. Corvane, a cloud software firm, will cut 1,200 jobs.\n", Org, "Corvane")
	checkEntities(t, "Talbrook, a Leeds-based lender, raised its rates.\n", Org, "Talbrook")
	checkEntities(t, "Whitfield, the company's chief executive, said so.\n", Org, "")
	checkEntities(t, "Corvane, the first of them, will cut 1,200 jobs.\n", Org, "")
	checkReview9(t, []review9Case{
		{"Corvane reported", "Corvane, the cloud software company, will cut 1,200 jobs. Corvane reported revenue of $3.4bn in the third quarter.\n", "Corvane reported", "Corvane", false, "Corvane"},
	})
}

// TestLeftovers25CompanyAppositiveEnd checks that the last word of a
// longer name before a description ("the San Francisco Chronicle, a
// respected newspaper,") is not taken alone as the organisation.
func TestLeftovers25CompanyAppositiveEnd(t *testing.T) {
	checkEntities(t, "One journal, the San Francisco Chronicle, a respected newspaper, said there was no question.\n", Org, "")
}

// TestLeftovers25DecisionBy checks that a body's decision dated by a
// deadline, "by the end of March", "before the summer recess", counts as
// one dated "on" a day does, while a deadline with no body, or a recess
// with no decision, stays as before.
func TestLeftovers25DecisionBy(t *testing.T) {
	tests := []review9ScoreCase{
		{name: "by the end of March", in: "The budget will be considered by the cabinet by the end of March.", want: []string{"date of a decision"}, cw: "yes"},
		{name: "before the summer recess", in: "The budget will be considered by the cabinet before the summer recess.", want: []string{"date of a decision"}, cw: "yes"},
		{name: "full council by June", in: "Full council will vote by June.", want: []string{"date of a decision"}, cw: "yes"},
		{name: "no body", in: "We will decide by the end of March.", not: []string{"date of a decision"}},
		{name: "a recess, no decision", in: "The committee will meet before the summer recess.", not: []string{"date of a decision"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, tt.run)
	}
}

// TestLeftovers25ProductAbsent checks that a short sentence saying what a
// product's box lacks, "There is no charger in the box.", is check-worthy,
// as "The phone has no headphone jack." is, while "There is no doubt …"
// and "There is no need …" are not lifted.
func TestLeftovers25ProductAbsent(t *testing.T) {
	tests := []review9ScoreCase{
		{name: "no charger in the box", in: "There is no charger in the box.", want: []string{productAbsentReason}, cw: "yes"},
		{name: "no cables included", in: "There are no cables or adapters included.", want: []string{productAbsentReason}, cw: "yes"},
		{name: "no headphone jack, as before", in: "The phone has no headphone jack.", cw: "yes"},
		{name: "no doubt", in: "There is no doubt that he is right.", not: []string{productAbsentReason}, cw: "no"},
		{name: "no need", in: "There is no need to panic about the box.", not: []string{productAbsentReason}, cw: "no"},
	}
	for _, tt := range tests {
		t.Run(tt.name, tt.run)
	}
}

// TestLeftovers25OrdinalSuperlative checks that an ordinal joined to a
// superlative ("second-busiest", "eighth-busiest", "eleventh-busiest") is
// the superlative to the model: the sentence scores as with "busiest"
// alone, whatever the ordinal, while a rank by another word ("second
// busiest", "second-hand") is scored as before.
func TestLeftovers25OrdinalSuperlative(t *testing.T) {
	score := func(in string) float32 {
		_, _, js := judgeText(in)
		return js[0].Score
	}
	base := score("It is the busiest airport in Europe.")
	for _, in := range []string{"It is the second-busiest airport in Europe.", "It is the eighth-busiest airport in Europe.", "It is the eleventh-busiest airport in Europe."} {
		if got := score(in); got != base {
			t.Errorf("%q: score %.3f, want %.3f as with busiest", in, got, base)
		}
	}
	if score("It is the second-hand airport in Europe.") == score("It is the hand airport in Europe.") {
		t.Errorf("second-hand scored as hand")
	}
}

// TestLeftovers25SpecRow checks that a spec sheet's "Label: value" row
// with a quantity, which the segmenter takes for a heading after the
// sheet's title, is a claim row as its neighbours are, while a row with
// no figure and the sheet's title stay short headings.
func TestLeftovers25SpecRow(t *testing.T) {
	const sheet = "The company claims the new A9 chip is 40% more power efficient.\n\nSpec sheet\nDisplay: 6.3-inch OLED, 120Hz\nProcessor: Lumin A9\nMemory: 12GB of RAM\n"
	tests := []review9ScoreCase{
		{name: "Display row", in: sheet, sent: 2, not: []string{"short heading"}, cw: "yes"},
		{name: "Processor row, as before", in: sheet, sent: 3, cw: "no"},
		{name: "the title, as before", in: sheet, sent: 1, cw: "no"},
	}
	for _, tt := range tests {
		t.Run(tt.name, tt.run)
	}
}
