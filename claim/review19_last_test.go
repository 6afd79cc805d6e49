package claim

import (
	"slices"
	"testing"

	"github.com/claimlight/claimlight/segment"
)

// The tests in this file check the last of review 19's items: a deal's
// old and new price (L4), a race's distance in miles and furlongs (M12)
// and the rows of a results list with bare places (M13).

// TestReview19WasNow checks that "was £X, now £Y" gives a comparison span
// and that the price now, not the old one, is the first reason, while
// "£399, down from £549" and a "now" that joins no two prices stay as
// they were (review 19, L4).
func TestReview19WasNow(t *testing.T) {
	for _, tt := range []struct {
		name, in string
		first    string // the first reason
		now      bool   // whether "now" is a comparison span
	}{
		{"a deals line", "- Calloway earbuds: was £49.99, now £29.99", "quantity: £29.99", true},
		{"in a sentence", "The vacuum was £349.99, now £199.99 in the sale.", "quantity: £199.99", true},
		{"down from, as before", "- Ashdown 55-inch 4K smart TV: £399, down from £549", "quantity: £399", false},
		{"now without a price", "The fee was £30, now that the rules have changed.", "quantity: £30", false},
		{"now without was", "He paid £30, now £40 is asked.", "quantity: £30", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			src, _, js := judgeText(tt.in)
			if len(js) != 1 || len(js[0].Reasons) == 0 || js[0].Reasons[0] != tt.first {
				t.Errorf("%q: judgements %+v, want the first reason %q", tt.in, js, tt.first)
			}
			_, _, spans := annotateText(tt.in)
			now := slices.ContainsFunc(spans, func(s Span) bool { return s.Kind == Comparison && string(s.Text(src)) == "now" })
			if now != tt.now {
				t.Errorf("%q: comparison span \"now\" %v, want %v", tt.in, now, tt.now)
			}
		})
	}
}

// TestReview19MilesFurlongs checks that "two miles and a furlong" is one
// distance, and that "two furlongs" and "two miles" alone stay as they
// were (review 19, M12).
func TestReview19MilesFurlongs(t *testing.T) {
	checkReview16(t, []review13Case{
		{"miles and a furlong", "The race is run over two miles and a furlong.", []string{"quantity: over two miles and a furlong = 2"}},
		{"miles and furlongs in digits", "He won over 2 miles and three furlongs at Ascot.", []string{"quantity: over 2 miles and three furlongs = 2"}},
		{"furlongs, as before", "He led two furlongs out.", []string{"quantity: two furlongs = 2"}},
		{"miles, as before", "He ran two miles and then rested.", []string{"quantity: two miles = 2"}},
	})
}

// TestReview19BarePlaces checks that the rows of a results list whose
// places have no ordinal, "1 Hamilton (Mercedes) 1:32:04.1", are list
// items scored as figure lines, with the time or gap as their figure, not
// the place, while numbered steps, numbered headings and numbered prose
// stay as they were (review 19, M13).
func TestReview19BarePlaces(t *testing.T) {
	table := "Result\n1 Hamilton (Mercedes) 1:32:04.1\n2 Norris (McLaren) +3.2s\n3 Leclerc (Ferrari) +7.9s\n"
	for _, tt := range []struct {
		name, in string
		sent     int
		role     segment.Role
		first    string // the first reason
	}{
		{"the heading, as before", table, 0, segment.Heading, "short heading"},
		{"the winner", table, 1, segment.ListItem, "quantity: 1:32:04.1"},
		{"the second", table, 2, segment.ListItem, "quantity: +3.2s"},
		{"the third", table, 3, segment.ListItem, "quantity: +7.9s"},
		{"ordinal places, as before", "Result\n1st Copper Lantern (Kieran Doyle) 100-1\n2nd Harbour Signal (Amy Ross) 11/4\n", 2, segment.ListItem, "quantity: 11/4"},
		{"numbered steps, as before", "Steps\n1 Open the box.\n2 Remove the tray.\n", 2, segment.Body, "quantity: 2"},
		{"numbered headings, as before", "1 Introduction\n2 Methods (2019)\n3 Results\n", 0, segment.Heading, "short heading"},
		{"numbered prose, as before", "1 Hamilton (Mercedes) won in 2019.\n2 Norris (McLaren) was second in 2020.\n", 1, segment.Furniture, "page furniture"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			src, sents, js := judgeText(tt.in)
			if tt.sent >= len(js) {
				t.Fatalf("%d sentences, want one at %d", len(js), tt.sent)
			}
			text := sents[tt.sent].Text(src)
			if r := sents[tt.sent].Role; r != tt.role {
				t.Errorf("%q: role %v, want %v", text, r, tt.role)
			}
			if r := js[tt.sent].Reasons; len(r) == 0 || r[0] != tt.first {
				t.Errorf("%q (score %.3f): reasons %q, want %q first", text, js[tt.sent].Score, r, tt.first)
			}
			if tt.role == segment.ListItem && !js[tt.sent].CheckWorthy {
				t.Errorf("%q: score %.3f, want check-worthy as a figure line", text, js[tt.sent].Score)
			}
		})
	}
}
