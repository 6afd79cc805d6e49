package claim

import (
	"slices"
	"strconv"
	"testing"

	"github.com/claimlight/claimlight/amount"
)

// review13Case is an input and the figures a user sees in it, as
// review13Figures writes them.
type review13Case struct {
	name, in string
	want     []string
}

// review13Figures renders the quantity, money, percent and date spans of
// text as "kind: text", with " = value" (or " = lo..hi" for a range) when
// the span states one amount, as the CLI and the page show it (see
// claimlight.Document.SpanValue).
func review13Figures(text string) []string {
	return figureLines(text, nil)
}

// figureLines prints the figures and dates of text, each as spanLine
// does, followed by what tail adds for it (nothing when tail is nil or
// returns "").
func figureLines(text string, tail func(src []byte, s Span) string) []string {
	src, _, spans := annotateText(text)
	var out []string
	for i, s := range spans {
		switch s.Kind {
		case Quantity, Money, Percent, Date:
		default:
			continue
		}
		line := spanLine(src, spans, i)
		if tail != nil {
			line += tail(src, s)
		}
		out = append(out, line)
	}
	return out
}

// spanLine prints spans[i] as "kind: text", with " = value" (or
// " = low..high") after a figure whose value the amount parser reads; a
// tally ("3-2") has none.
func spanLine(src []byte, spans []Span, i int) string {
	s := spans[i]
	line := s.Kind.String() + ": " + string(s.Text(src))
	if (s.Kind == Quantity || s.Kind == Money || s.Kind == Percent) && !(s.Kind == Quantity && Tally(src, spans, i)) {
		lo, hi, ok := amount.ParseRange(s.Text(src))
		if v, odds := Odds(src, s); odds && s.Kind == Quantity {
			lo, hi, ok = v, v, true // as claimlight's SpanValue reads a price
		}
		if ok {
			line += " = " + strconv.FormatFloat(lo, 'g', 4, 64)
			if hi != lo {
				line += ".." + strconv.FormatFloat(hi, 'g', 4, 64)
			}
		}
	}
	return line
}

func checkReview13(t *testing.T, tests []review13Case) {
	t.Helper()
	checkFigures(t, tests, review13Figures)
}

// checkFigures runs figures over each case's input and compares its lines
// with the case's.
func checkFigures(t *testing.T, tests []review13Case, figures func(string) []string) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := figures(tt.in); !slices.Equal(got, tt.want) {
				t.Errorf("figures of %q\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestReview13CricketScores checks that a cricket total, runs for wickets,
// is one span whatever follows it, and that bowling figures, wickets for
// runs, are one span with no range read into them, while other sports'
// scores and plain ranges stay as they were (review 13, H7).
func TestReview13CricketScores(t *testing.T) {
	checkReview13(t, []review13Case{
		{"a result line", "Westbury 291 for 4 beat Northcliffe 287 for 6 by six wickets.",
			[]string{"quantity: 291 for 4", "quantity: 287 for 6", "quantity: six wickets = 6"}},
		{"a bowler in a scorecard's brackets", "Northcliffe 287 for 6 (Hughes 88; Dlamini 4-32).",
			[]string{"quantity: 287 for 6", "quantity: 88 = 88", "quantity: 4-32"}},
		{"figures of W for R", "Dlamini finished with figures of 4 for 32.", []string{"quantity: 4 for 32"}},
		{"took W for R", "Dlamini took 4 for 32 in 10 overs.", []string{"quantity: 4 for 32", "quantity: 10 overs = 10"}},
		{"finished with W for R", "Broad finished with 5 for 37.", []string{"quantity: 5 for 37"}},
		{"with a count for people", "She came back with 3 for 15 people.", []string{"quantity: 3 = 3", "quantity: 15 people = 15"}},
		{"took W-R", "Dlamini took 4-32 from his 10 overs.", []string{"quantity: 4-32", "quantity: 10 overs = 10"}},
		{"at a score in a quotation", "At 198 for 2 you're thinking 320.", []string{"quantity: 198 for 2", "quantity: 320 = 320"}},
		{"made", "Northcliffe made 287 for 6 in their 50 overs.", []string{"quantity: 287 for 6", "quantity: 50 overs = 50"}},
		{"a result line with slashes", "Westbury 287/6 beat Northcliffe 280/9.", []string{"quantity: 287/6", "quantity: 280/9"}},
		{"a scorecard's batsmen", "Northcliffe 287 for 6 (Hughes 88, Patel 54; Dlamini 4-32)",
			[]string{"quantity: 287 for 6", "quantity: 88 = 88", "quantity: 54 = 54", "quantity: 4-32"}},
		{"goal minutes stay out", "Arsenal won 2-1 (Kane 23, Saka 67).", []string{"quantity: 2-1"}},
		{"a football score", "Arsenal won 2-1 at Villa Park.", []string{"quantity: 2-1"}},
		{"a plain range", "Between 4-32 people were hurt.", []string{"quantity: 4-32 = 4..32"}},
		{"a count for a plural", "Boeing sold 40 for 5 dollars each.", []string{"quantity: 40 = 40", "money: 5 dollars = 5"}},
	})
}

// TestReview13CarbonUnits checks that gigatonnes and megatonnes of carbon
// dioxide, written as the emissions literature writes them, are units
// kept in the quantity's span (review 13, H8).
func TestReview13CarbonUnits(t *testing.T) {
	checkReview13(t, []review13Case{
		{"Gt before CO2", "Emissions reached 37.4 Gt CO2 in 2025.", []string{"quantity: 37.4 Gt = 37.4", "date: in 2025"}},
		{"Gt alone", "Emissions reached 37.4 Gt in 2025.", []string{"quantity: 37.4 Gt = 37.4", "date: in 2025"}},
		{"GtCO2", "Emissions reached 37.4 GtCO2 in 2025.", []string{"quantity: 37.4 GtCO2 = 37.4", "date: in 2025"}},
		{"GtCO2e", "Emissions were estimated at 57.1 GtCO2e.", []string{"quantity: 57.1 GtCO2e = 57.1"}},
		{"MtCO2", "Emissions fell by 12 MtCO2 last year.", []string{"quantity: 12 MtCO2 = 12", "date: last year"}},
		{"Mt before CO2, as before", "Emissions fell by 12 Mt CO2 last year.", []string{"quantity: 12 Mt = 12", "date: last year"}},
		{"ppm and ppb, as before", "CO2 reached 426.9 ppm and methane 1,930 ppb.", []string{"quantity: 426.9 ppm = 426.9", "quantity: 1,930 ppb = 1930"}},
		{"a car's name is no unit", "He drove the Porsche 911 GT home.", nil},
	})
}

// TestReview13HyphenatedShares checks that a share written as one
// hyphenated word is a quantity with the value of the same share written
// with spaces (review 13, M8).
func TestReview13HyphenatedShares(t *testing.T) {
	checkReview13(t, []review13Case{
		{"one-in-three", "There is a one-in-three chance of exceeding 1.5C.", []string{"quantity: one-in-three = 0.3333", "quantity: 1.5C = 1.5"}},
		{"with spaces, as before", "There is a one in three chance of exceeding 1.5C.", []string{"quantity: one in three = 0.3333", "quantity: 1.5C = 1.5"}},
		{"a one-in-100-year flood", "It was a one-in-100-year flood.", []string{"quantity: one-in-100-year = 0.01"}},
		{"a rule's name is no share", "The one-in-one-out rule stays.", nil},
	})
}

// TestReview13CricketHundred checks that a batsman's "hundred", a
// century, is no count of the word after it, while "a hundred people"
// still is (review 13, M9).
func TestReview13CricketHundred(t *testing.T) {
	checkReview13(t, []review13Case{
		{"a possessive name", "Marsh's hundred lifts Westbury to victory.", nil},
		{"a record hundred", "Marsh's record hundred powers Westbury to highest chase at Kingsmead Oval", nil},
		{"a maiden hundred", "Root's maiden hundred came off 120 balls.", []string{"quantity: 120 balls = 120"}},
		{"a hundred people", "A hundred people died.", []string{"quantity: A hundred people = 100"}},
		{"a firm's hundred stores", "The company's hundred stores closed.", []string{"quantity: hundred stores = 100"}},
	})
}

// TestReview13MatchTypes checks that "one-day" in "one-day international"
// names a kind of match and states no figure, while a hyphenated length
// of time elsewhere stays a duration: a mortgage's "two-year fixed" rate
// is the term of the deal, a figure a reader may check (review 13, L3).
func TestReview13MatchTypes(t *testing.T) {
	checkReview13(t, []review13Case{
		{"a one-day international", "England won the one-day international by six wickets.", []string{"quantity: six wickets = 6"}},
		{"counted one-day internationals", "He has played 40 one-day internationals.", []string{"quantity: 40 one-day internationals = 40"}},
		{"a mortgage's term stays", "The average two-year fixed mortgage rate fell to 4.61%.", []string{"quantity: two-year = 2", "percent: 4.61% = 4.61"}},
		{"a one-day strike stays", "Workers staged a one-day strike.", []string{"quantity: one-day = 1"}},
	})
}

// TestReview13RecordVerb checks that "record" as a verb between its
// subject and a number is no comparison, while "a record 58,000" and
// "reached record 58 million" still are (review 13, L1).
func TestReview13RecordVerb(t *testing.T) {
	keep := map[Kind]bool{Comparison: true, Quantity: true}
	tests := []review13Case{
		{"after a plural subject", "Logs record 58 falls at night.", []string{"quantity: 58 falls"}},
		{"after a name", "Internal incident logs seen by the Herald record 58 falls at night.", []string{"quantity: 58 falls"}},
		{"a record figure", "Sales hit a record 58,000 units.", []string{"comparison: record", "quantity: 58,000 units"}},
		{"after a verb", "Profits reached record 58 million.", []string{"comparison: record", "quantity: 58 million"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkSpanStrings(t, tt.in, keep, tt.want)
		})
	}
}

// TestReview13CricketNotation checks cricket's own notation: a series
// "level at 1-1" is a score, and a batsman's "143*" (not out) is a figure
// (review 13, L4).
func TestReview13CricketNotation(t *testing.T) {
	checkReview13(t, []review13Case{
		{"a series level", "The series is level at 1-1.", []string{"quantity: 1-1"}},
		{"level the series", "They won to level the series 1-1.", []string{"quantity: 1-1"}},
		{"finishing with figures", "He finished with 4-32 from his 10 overs.", []string{"quantity: 4-32", "quantity: 10 overs = 10"}},
		{"with figures before a comma", "Clarke was the pick with 2-47, but the spinners went for 112 runs.", []string{"quantity: 2-47", "quantity: 112 runs = 112"}},
		{"a range after with stays", "The class started with 10-15.", []string{"quantity: 10-15 = 10..15"}},
		{"not out in a scorecard", "Westbury 291 for 4 (Marsh 143*, Abeyratne 61)", []string{"quantity: 291 for 4", "quantity: 143* = 143", "quantity: 61 = 61"}},
		{"not out after made", "Marsh made 143* off 120 balls.", []string{"quantity: 143* = 143", "quantity: 120 balls = 120"}},
		{"a footnote's star stays out", "Tickets cost 40* at the door.", []string{"quantity: 40 = 40"}},
	})
}

// TestReview13SpanTrims checks that a school subject ending in "s" before
// the counted noun stays in the count (review 13, L6).
func TestReview13SpanTrims(t *testing.T) {
	checkReview13(t, []review13Case{
		{"maths trainees", "It recruited 2,300 maths trainees.", []string{"quantity: 2,300 maths trainees = 2300"}},
		{"physics teachers", "It recruited 40 physics teachers.", []string{"quantity: 40 physics teachers = 40"}},
	})
}

// TestReview13ParticipleCount checks that a participle opening a
// sentence does not make the number after it a model number, as a name
// before a number does ("Boeing 737"): "Chasing 288," had no span.
func TestReview13ParticipleCount(t *testing.T) {
	checkReview13(t, []review13Case{
		{"before a comma", "Chasing 288, Westbury were in trouble.", []string{"quantity: 288 = 288"}},
		{"before a preposition", "Needing 40 from 30 balls, they won.", []string{"quantity: 40 = 40", "quantity: 30 balls = 30"}},
		{"a maker's model before a comma", "Boeing 737, the plane, sold well.", nil},
		{"a maker's model before a noun", "Boeing 737 orders rose.", nil},
	})
}
