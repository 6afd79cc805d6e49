package claim

import "testing"

// TestLate29TableCaption checks that a line with no stop before a table's
// rows, "Top risers and fallers (FTSE 100)", is the table's caption, as
// "Operator performance, year to September 2026 (ORR)" is (review 29b,
// F29), while a line with a figure or a stop stays a sentence.
func TestLate29TableCaption(t *testing.T) {
	const rows = "\n\nCompany | Close | Change\nAuralis Mining | 2,846p | +3.8%\n"
	for _, tt := range []review9ScoreCase{
		{name: "before a table", in: "Markets fell.\n\nTop risers and fallers (FTSE 100)" + rows, sent: 1, want: []string{"table caption"}, cw: "no"},
		{name: "ORR, as before", in: "Operator performance, year to September 2026 (ORR)", want: []string{"table caption"}, cw: "no"},
		{name: "a figure", in: "Markets fell.\n\nShares in Auralis rose 5% (FTSE 100)" + rows, sent: 1, not: []string{"table caption"}},
		{name: "no table", in: "Markets fell.\n\nTop risers and fallers (FTSE 100)\n\nShares rose on Monday.\n", sent: 1, not: []string{"table caption"}},
		{name: "a stop", in: "Markets fell.\n\nShares in Auralis rose (FTSE 100)." + rows, sent: 1, not: []string{"table caption"}},
	} {
		t.Run(tt.name, tt.run)
	}
}
