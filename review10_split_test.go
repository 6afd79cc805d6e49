package claimlight_test

import (
	"strings"
	"testing"

	"github.com/claimlight/claimlight"
)

// TestReview10ScaleDotEnds checks that the dot of "bln.", "mln.", "Mrd."
// or "Mio." after a number ends the sentence before a capitalised word,
// and keeps it going only when a currency or unit follows (review 10 R1).
func TestReview10ScaleDotEnds(t *testing.T) {
	tests := []struct {
		text string
		want int // sentences
	}{
		{"The deal is worth $2.3 bln. Shares rose 6% on Monday.", 2},
		{"Revenue was $32 bln. Net profit fell 4%.", 2},
		{"The bank lent 3.2 bln. Shares rose 2%.", 2},
		{"Der Umsatz stieg auf 3 Mio. Der Gewinn fiel um 4%.", 2},
		{"The bank lent 3.2 bln. It expects more.", 2},
		{"Turnover was 14,7 Mrd. Franken.", 1},
		{"The cost is 2 Mrd. Euro in total.", 1},
		{"Sie zahlte 5 Mio. Dollar.", 1},
		{"The plant costs 1.4 bln. zł in all.", 1},
		{"Output was 3 mln. tonnes last year.", 1},
	}
	for _, tt := range tests {
		if got := len(claimlight.Analyze([]byte(tt.text)).Sentences); got != tt.want {
			t.Errorf("%q: %d sentences, want %d", tt.text, got, tt.want)
		}
	}
}

// sentenceRoles returns each sentence of text as "text=role", the role
// as the page shows it, with the speaker's text after "@" when the
// sentence has one.
func sentenceRoles(text string) []string {
	d := claimlight.Analyze([]byte(text))
	out := make([]string, len(d.Sentences))
	for i, s := range d.Sentences {
		out[i] = string(d.Src[s.Start:s.End]) + "=" + s.Role.String()
		if k := d.Judgements[i].Speaker; k >= 0 {
			sp := d.Spans[k]
			out[i] += "@" + string(d.Src[sp.Start:sp.End])
		}
	}
	return out
}

// roleOf returns the role (and speaker) that sentenceRoles gives the
// sentence with text want, or "missing".
func roleOf(got []string, want string) string {
	for _, g := range got {
		if strings.HasPrefix(g, want+"=") {
			return g[len(want)+1:]
		}
	}
	return "missing"
}

// TestReview10Furniture checks that stage directions, a transcript's
// title line and the links under "Read more:" are page furniture, and
// that a stage direction in a turn gives no one's words (review 10 M4).
func TestReview10Furniture(t *testing.T) {
	tests := []struct {
		text, sentence, want string
	}{
		{"DOYLE: Crime is up 5%.\n\n[CROSSTALK]\n\nCASTELL: It is not.", "[CROSSTALK]", "furniture"},
		{"DOYLE: Crime is up 5%.\n\n[APPLAUSE]", "[APPLAUSE]", "furniture"},
		{"DOYLE: Twelve out of twenty.\n\n[LAUGHTER]", "[LAUGHTER]", "furniture"},
		{"CASTELL: He said the same thing in 2019. (inaudible)\n\n[END OF EXTRACT]", "(inaudible)", "furniture"},
		{"CASTELL: He said the same thing in 2019. (inaudible)\n\n[END OF EXTRACT]", "[END OF EXTRACT]", "furniture"},
		{"TRANSCRIPT: The Leaders' Debate, Channel 5 West, 12 June 2025 (extract)\n\nDOYLE: Crime is up 5%.",
			"TRANSCRIPT: The Leaders' Debate, Channel 5 West, 12 June 2025 (extract)", "furniture"},
		{"Read more:\nHow safe is your street? Use our crime map\nKnife crime: what the figures do and don't tell us",
			"How safe is your street? Use our crime map", "furniture"},
		{"Related:\nKnife crime: what the figures do and don't tell us\n\nCrime fell 5% last year.",
			"Knife crime: what the figures do and don't tell us", "furniture"},
		// A blank line ends the links: the text after it is the story's.
		{"Read more:\nKnife crime: what the figures show\n\nCrime fell 5% last year.", "Crime fell 5% last year.", "body"},
		// Brackets around words of a sentence are no stage direction.
		{"The figures (which were revised) show a fall.\n\n(The minister disagreed.)", "(The minister disagreed.)", "body"},
	}
	for _, tt := range tests {
		if got := roleOf(sentenceRoles(tt.text), tt.sentence); got != tt.want {
			t.Errorf("%q in %q: %s, want %s", tt.sentence, tt.text, got, tt.want)
		}
	}
}

// TestReview10TurnNoHeading checks that a transcript's turn is no heading,
// nor is a sentence broken off with a dash, while a headline with a
// source before a colon still is one (review 10 M3).
func TestReview10TurnNoHeading(t *testing.T) {
	const debate = "CASTELL: The list fell.\n\nDOYLE: That's not—\n\nCASTELL: Because of the strikes, which your party—\n\nDOYLE: Twelve"
	tests := []struct {
		text, sentence, want string
	}{
		{debate, "DOYLE: That's not—", "body@DOYLE"},
		{debate, "CASTELL: Because of the strikes, which your party—", "body@CASTELL"},
		{debate, "DOYLE: Twelve", "body@DOYLE"},
		{"Waiting lists are down--\n\nCrime fell 5% last year.", "Waiting lists are down--", "body"},
		{"OBR: growth forecast cut to 0.9%\n\nThe OBR said on Friday that growth would be slower.", "OBR: growth forecast cut to 0.9%", "heading"},
		{"BREAKING: Crime Falls Again\n\nCrime fell 5% last year.", "BREAKING: Crime Falls Again", "heading"},
	}
	for _, tt := range tests {
		if got := roleOf(sentenceRoles(tt.text), tt.sentence); got != tt.want {
			t.Errorf("%q in %q: %s, want %s", tt.sentence, tt.text, got, tt.want)
		}
	}
}

// TestReview10TableHeader checks that the first row of a table, its cells
// words and years, is the table's header and not a claim, while the rows
// under it stay claims (review 10 M5).
func TestReview10TableHeader(t *testing.T) {
	tests := []struct {
		text, sentence, want string
		checkworthy          bool
	}{
		{"District | 2023 | 2024 | Change\nNorthmoor | 9,476 | 9,930 | +4.8%", "District | 2023 | 2024 | Change", "heading", false},
		{"District | 2023 | 2024 | Change\nNorthmoor | 9,476 | 9,930 | +4.8%", "Northmoor | 9,476 | 9,930 | +4.8%", "list_item", true},
		{"Region\t2023-24\t2024-25\nNorth\t9,476\t9,930", "Region\t2023-24\t2024-25", "heading", false},
		// A row with a figure other than a year is data, first or not.
		{"Northmoor | 9,476 | 9,930 | +4.8%\nAshby Vale | 12,880 | 12,101 | -6.0%", "Northmoor | 9,476 | 9,930 | +4.8%", "list_item", true},
	}
	for _, tt := range tests {
		d := claimlight.Analyze([]byte(tt.text))
		found := false
		for i, s := range d.Sentences {
			if string(d.Src[s.Start:s.End]) != tt.sentence {
				continue
			}
			found = true
			if s.Role.String() != tt.want || d.Judgements[i].CheckWorthy != tt.checkworthy {
				t.Errorf("%q: %s, checkworthy %v; want %s, %v", tt.sentence, s.Role, d.Judgements[i].CheckWorthy, tt.want, tt.checkworthy)
			}
		}
		if !found {
			t.Errorf("%q: no such sentence in %q", tt.sentence, tt.text)
		}
	}
}
