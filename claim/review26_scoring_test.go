package claim

import "testing"

// TestReview26ParagraphMarks checks that the number of a judgment's
// paragraph, "[52] We find that ...", is page furniture and the paragraph
// is judged without it and split, while a footnote after the same mark,
// "[1] Office for National Statistics, 2025.", stays page furniture
// (review 26, F22).
func TestReview26ParagraphMarks(t *testing.T) {
	const two = "[12] She earned £31,200 a year. She worked 40 hours a week."
	for _, tt := range []review9ScoreCase{
		{name: "finding", in: "[52] We find that the principal reason for dismissal was the claimant’s protected disclosure of 9 January 2025.", sent: 1, want: []string{"date: 9 January 2025"}, cw: "yes"},
		{name: "the mark", in: two, want: []string{"page furniture"}, cw: "no"},
		{name: "two sentences 1", in: two, sent: 1, want: []string{"quantity: £31,200 a year"}, cw: "yes"},
		{name: "two sentences 2", in: two, sent: 2, not: []string{"page furniture"}},
		{name: "tribunal", in: "[47] The tribunal did not accept that the missed round was the real reason.", sent: 1, not: []string{"page furniture"}},
		{name: "opinion", in: "[61] The claimant was an impressive witness who gave her evidence in a measured way.", sent: 1, cw: "no"},
		{name: "a footnote, as before", in: "[1] Office for National Statistics, 2025.", want: []string{"page furniture"}, cw: "no"},
		{name: "a source, as before", in: "[1] Source: ONS.", want: []string{"page furniture"}, cw: "no"},
		{name: "a newspaper, as before", in: "[2] The Guardian, 12 March 2024.", want: []string{"page furniture"}, cw: "no"},
		{name: "a list number, as before", in: "12. She earned £31,200 a year.", want: []string{"quantity: £31,200 a year"}, cw: "yes"},
	} {
		t.Run(tt.name, tt.run)
	}
}

// TestReview26Entities checks that "Palma de Mallorca" and the state
// "NSW" are places, a law firm "Carrow Solicitors" and the unions "GMB"
// and "Unison" organisations, and "Safety Recommendation 2026-014" no
// person, while names of the same shapes stay as before (review 26, F31,
// F33-F36).
func TestReview26Entities(t *testing.T) {
	for _, tt := range []struct {
		name, in string
		want     []string
	}{
		{"palma", "The aircraft was operated by Skylark Airways on a flight to Palma de Mallorca on 14 August.", []string{"org: Skylark Airways", "place: Palma de Mallorca"}},
		{"a person with de, as before", "Maria de Souza said so.", []string{"speaker: Maria de Souza", "person: Maria de Souza"}},
		{"states", "NSW and Victoria received smaller increases.", []string{"place: NSW", "place: Victoria"}},
		{"solicitors", "Dr Nadia Brook, an employment lawyer at Carrow Solicitors, said claims were rising.", []string{"speaker: Dr Nadia Brook", "person: Dr Nadia Brook", "org: Carrow Solicitors"}},
		{"solicitors in lower case, as before", "Tom Carrow said solicitors were busy.", []string{"speaker: Tom Carrow", "person: Tom Carrow"}},
		{"recommendation", "Safety Recommendation 2026-014: It is recommended that Manchester Airport reviews its bird hazard management plan.", []string{"org: Manchester Airport"}},
		{"unions", "Ms Okoye was supported by the GMB union. Unison said pay fell.", []string{"person: Ms Okoye", "org: GMB", "speaker: Unison", "org: Unison"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			checkSpanStrings(t, tt.in, map[Kind]bool{Person: true, Org: true, Place: true, Speaker: true}, tt.want)
		})
	}
}

// TestReview26LawParts checks that a section of an Act written "s. 103A"
// or "s.103A" is a rule with its Act, as "section 103A" is, while "s."
// before a number that names no law is none (review 26, F25).
func TestReview26LawParts(t *testing.T) {
	for _, tt := range []review9ScoreCase{
		{name: "s.", in: "The claimant relied on s. 103A of the Employment Rights Act 1996.", want: []string{"rule: s. 103A of the Employment Rights Act…"}, cw: "yes"},
		{name: "glued", in: "The claimant relied on s.103A of the Employment Rights Act 1996.", want: []string{"rule: s.103A of the Employment Rights Act 1996"}, cw: "yes"},
		{name: "section, as before", in: "The claimant relied on section 103A of the Employment Rights Act 1996.", want: []string{"rule: section 103A of the Employment Rights…"}, cw: "yes"},
		{name: "no law, as before", in: "Read s. 12 of the report for the figures.", not: []string{"rule: s. 12 of the report"}},
	} {
		t.Run(tt.name, tt.run)
	}
}

// TestReview26ActNames checks that an Act named without its year, "The
// Renters’ Rights Act", is a rule as one named with it is, while "the
// act" and "The Act" alone are none (review 26, F26).
func TestReview26ActNames(t *testing.T) {
	for _, tt := range []review9ScoreCase{
		{name: "renters", in: "The Renters’ Rights Act came into force on 1 May.", want: []string{"rule: The Renters’ Rights Act"}, cw: "yes"},
		{name: "equality", in: "The Equality Act came into force on 1 May.", want: []string{"rule: The Equality Act"}},
		{name: "with its year, as before", in: "The Equality Act 2010 came into force in October.", want: []string{"rule: The Equality Act 2010"}},
		{name: "under, as before", in: "Under the Online Safety Act, firms must act.", want: []string{"rule: Under the Online Safety Act"}},
		{name: "the act, as before", in: "The act was signed in May.", not: []string{"rule: The act"}},
		{name: "the Act, as before", in: "The Act came in on 1 May.", not: []string{"rule: The Act"}},
	} {
		t.Run(tt.name, tt.run)
	}
}

// TestReview26TimelineRows checks that the rows of an event timeline with
// times to the second, "14:32:15 UTC Captain takes control", are scored
// as the events they log, not as short headings, while a short heading
// and a live blog's clock time stay as before (review 26, F24).
func TestReview26TimelineRows(t *testing.T) {
	const timeline = "The report includes a timeline:\n14:32:15 UTC Captain takes control\n14:39:58 UTC Touchdown on runway 23R\n"
	for _, tt := range []review9ScoreCase{
		{name: "row 1", in: timeline, sent: 1, not: []string{"short heading"}, cw: "yes"},
		{name: "row 2", in: timeline, sent: 2, not: []string{"short heading"}, cw: "yes"},
		{name: "a heading, as before", in: "Captain takes control\n\nThe pilot, 52, took over at 3,400 ft.", want: []string{"short heading"}, cw: "no"},
		{name: "a live blog's time, as before", in: "14:32 Captain takes control\n\nThe pilot, 52, took over at 3,400 ft.", want: []string{"page furniture"}, cw: "no"},
	} {
		t.Run(tt.name, tt.run)
	}
}

// TestReview26FindingQuoted checks that a finding quoted after "had",
// "Louise Tan, had “prepared the dismissal letter before the hearing
// took place”", is judged whole, as its paraphrase is, while a quoted
// opinion after "was" stays one (review 26, F23).
func TestReview26FindingQuoted(t *testing.T) {
	for _, tt := range []review9ScoreCase{
		{name: "judge", in: "Employment Judge Ferris said the company’s HR manager, Louise Tan, had “prepared the dismissal letter before the disciplinary hearing took place”.", not: []string{quotedReason}, cw: "yes"},
		{name: "paraphrase, as before", in: "The judge found that the HR manager had prepared the dismissal letter before the disciplinary hearing took place.", cw: "yes"},
		{name: "an opinion, as before", in: "He said the plan was “a disaster for working people”.", cw: "no"},
		{name: "a quote of a sentence, as before", in: "He said she had “Nothing to hide.”", cw: "no"},
	} {
		t.Run(tt.name, tt.run)
	}
}

// TestReview26Ranks checks that a rank, "The first officer", "the first
// minister", is no comparison, while "the first person to" stays one
// (review 26, F37).
func TestReview26Ranks(t *testing.T) {
	for _, tt := range []review9ScoreCase{
		{name: "officer", in: "The first officer, 29, had 2,150 hours.", not: []string{"comparison: The first"}},
		{name: "minister", in: "The first minister said 40 schools would close.", not: []string{"comparison: The first"}},
		{name: "a first, as before", in: "He was the first person to do it.", want: []string{"comparison: the first"}},
	} {
		t.Run(tt.name, tt.run)
	}
}

// TestReview26RarelyCause checks that "rarely cause" and "often cause"
// are causal claims, as "can cause" is, while "rarely the cause" stays
// none (review 26, F28).
func TestReview26RarelyCause(t *testing.T) {
	for _, tt := range []review9ScoreCase{
		{name: "rarely", in: "Bird strikes rarely cause serious damage.", want: []string{"cause: cause"}, cw: "yes"},
		{name: "but rarely", in: "Bird strikes are common but rarely cause serious damage.", want: []string{"cause: cause"}},
		{name: "often", in: "Storms often cause floods.", want: []string{"cause: cause"}},
		{name: "the noun, as before", in: "It was rarely the cause.", not: []string{"cause: cause"}},
	} {
		t.Run(tt.name, tt.run)
	}
}

// TestReview26ForecastNoun checks that "forecast" after a singular noun
// ending in "s", "the surplus forecast", is a noun, while after a plural
// subject, "Analysts forecast", it stays a forecast made (review 26, F30).
func TestReview26ForecastNoun(t *testing.T) {
	for _, tt := range []review9ScoreCase{
		{name: "surplus", in: "She said the surplus forecast relied on optimistic revenue assumptions.", not: []string{"prediction: forecast"}},
		{name: "consensus", in: "The consensus forecast was 2%.", not: []string{"prediction: forecast"}},
		{name: "analysts, as before", in: "Analysts forecast a 2% rise.", want: []string{"prediction: forecast"}},
	} {
		t.Run(tt.name, tt.run)
	}
}

// TestReview26Geese checks that "Canada geese" names no place, while
// Canada elsewhere stays one (review 26, F32).
func TestReview26Geese(t *testing.T) {
	for _, tt := range []struct {
		name, in string
		want     []string
	}{
		{"geese", "Investigators recovered remains of at least 11 Canada geese from the engines.", nil},
		{"a goose", "A Canada goose was seen.", nil},
		{"the country, as before", "Geese from Canada arrived. Canada grew 2%.", []string{"place: Canada", "place: Canada"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			checkSpanStrings(t, tt.in, map[Kind]bool{Person: true, Org: true, Place: true}, tt.want)
		})
	}
}
