package claim

import "testing"

// TestReview19ResultsTable checks that the placed lines of a results table,
// "1st Copper Lantern (Kieran Doyle) 100-1", are a list of figure lines,
// scored as such, not short headings, while its heading, a lone placed
// line, placed lines with no figure and a list without places stay as
// they were (review 19, M13).
func TestReview19ResultsTable(t *testing.T) {
	table := "Result\n1st Copper Lantern (Kieran Doyle) 100-1\n2nd Midnight Tariff (Jamie Corrigan) 7-2\n3rd Stormcastle (Ella Brennan) 16-1\n"
	for _, tt := range []review9ScoreCase{
		{name: "the heading, as before", in: table, want: []string{"short heading"}, cw: "no"},
		{name: "the winner", in: table, sent: 1, not: []string{"short heading"}, cw: "yes"},
		{name: "the second", in: table, sent: 2, not: []string{"short heading"}, cw: "yes"},
		{name: "the last row", in: table, sent: 3, not: []string{"short heading"}, cw: "yes"},
		{name: "a race of a championship", in: "1st Hamilton (Mercedes) 1:32:04.1\n2nd Verstappen (Red Bull) +2.3s\n", sent: 1, not: []string{"short heading"}},
		{name: "places with no figure, as before", in: "1st Copper Lantern\n2nd Midnight Tariff\nThe going was soft.", want: []string{"short heading"}, cw: "no"},
		{name: "a list without places, as before", in: "Turnout by ward\nMarlow Vale 24.8%\nSt Bede's 28.1%\nHollins Cross 19.6%", sent: 1, cw: "yes"},
	} {
		t.Run(tt.name, tt.run)
	}
}
