package claim

import (
	"slices"
	"testing"
)

// The tests in this file check the second round of fixes to review 14:
// rule spans with their numbers, flight levels, overs, hedges and the
// names of bodies and flights.

// review14MoreCase is one line of input, the spans a user must see in it,
// rendered by review14Spans, and the spans the user must not see.
type review14MoreCase struct {
	name, in  string
	want, not []string
}

// review14Spans renders every span of text but cues as "kind: text", with
// " = value" (or " = lo..hi") after a quantity, money or percent span that
// states one amount, as review13Figures does.
func review14Spans(text string) []string {
	src, _, spans := annotateText(text)
	var out []string
	for i, s := range spans {
		if s.Kind == Cue {
			continue
		}
		out = append(out, spanLine(src, spans, i))
	}
	return out
}

func checkReview14More(t *testing.T, tests []review14MoreCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := review14Spans(tt.in)
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("spans of %q\n got %q\nwant %q among them", tt.in, got, w)
				}
			}
			for _, w := range tt.not {
				if slices.Contains(got, w) {
					t.Errorf("spans of %q\n got %q\nwant no %q", tt.in, got, w)
				}
			}
		})
	}
}

// TestReview14RuleNumbers checks that a rule span keeps the number of its
// article or section, and that "breaching" and "required by Article 33"
// are rules as "breached" and "as required by" are (review 14, L3).
func TestReview14RuleNumbers(t *testing.T) {
	checkReview14More(t, []review14MoreCase{
		{"under Article 8", "The tenant relied on her rights under Article 8 of the Convention.",
			[]string{"rule: under Article 8 of the Convention"}, []string{"rule: under Article", "rule: under Article 8"}},
		{"Under section 21", "Under section 21 the landlord may end the tenancy.",
			[]string{"rule: Under section 21"}, []string{"rule: Under section"}},
		{"breaching", "The ICO fined the firm £4.4m for breaching Article 32 of the UK GDPR.",
			[]string{"rule: breaching", "money: £4.4m = 4.4e+06"}, nil},
		{"required by Article 33", "The ICO said it had been notified within the 72-hour window required by Article 33 of the UK GDPR.",
			[]string{"rule: required by Article 33"}, nil},
		{"breached, as before", "The landlord breached section 21 of the Act.", []string{"rule: breached"}, nil},
		{"a river breaching its banks", "The river was breaching its banks by noon.", nil, []string{"rule: breaching"}},
	})
}

// TestReview14FlightLevels checks that "FL350" and "flight level 350" are
// quantities of value 350, and that a flight level is no start of a range
// to a height in feet (review 14, H7).
func TestReview14FlightLevels(t *testing.T) {
	checkReview14More(t, []review14MoreCase{
		{"FL350", "The aircraft climbed to FL350 at 280 knots.",
			[]string{"quantity: FL350 = 350", "quantity: 280 knots = 280"}, nil},
		{"flight level 350", "The jet was cruising at flight level 350.", []string{"quantity: flight level 350 = 350"}, nil},
		{"from a flight level to feet", "The aircraft descended from flight level 350 to 16,000 feet.",
			[]string{"quantity: flight level 350 = 350", "quantity: 16,000 feet = 1.6e+04"}, []string{"quantity: 350 to 16,000 feet = 350..1.6e+04"}},
		{"a word like it", "FLOW rose by 12 points.", nil, []string{"quantity: FLOW"}},
		{"a flight number, as before", "Flight 1282 landed safely.", nil, []string{"quantity: 1282 = 1282"}},
	})
}

// TestReview14Leftovers checks three fixes of review 13 brought back:
// cricket's "43.2 overs" is 43 overs and 2 balls, "virtually certain" is
// one hedge as "very likely" is, and "overnight" before its noun is no
// date.
func TestReview14Leftovers(t *testing.T) {
	checkReview14More(t, []review14MoreCase{
		{"overs and balls", "India were bowled out in 43.2 overs.", []string{"quantity: 43.2 overs = 43.33"}, nil},
		{"whole overs", "Dlamini bowled 10 overs.", []string{"quantity: 10 overs = 10"}, nil},
		{"virtually certain", "It is virtually certain that the plant will close.", []string{"hedge: virtually certain"}, []string{"hedge: virtually"}},
		{"very likely, as before", "It is very likely that the plant will close.", []string{"hedge: very likely"}, nil},
		{"overnight shifts", "It cut overnight shifts by a third.", []string{"quantity: a third = 0.3333"}, []string{"date: overnight"}},
		{"fell overnight, as before", "Shares fell overnight in Asia.", []string{"date: overnight"}, nil},
	})
}

// TestReview14BranchAndFlights checks that "Branch" heads an
// organisation's name, as "Board" does, so the Air Accidents
// Investigation Branch is a named speaker, and that "Flight 1282" after
// an airline is neither a person nor a quantity (review 14, L1).
func TestReview14BranchAndFlights(t *testing.T) {
	checkReview14More(t, []review14MoreCase{
		{"the Branch speaks", "The Air Accidents Investigation Branch said the engine failed.",
			[]string{"org: Air Accidents Investigation Branch", "speaker: Air Accidents Investigation Branch"}, nil},
		{"a Board, as before", "The National Transportation Safety Board said the door plug failed.",
			[]string{"org: National Transportation Safety Board"}, nil},
		{"Stellair Flight 1282", "Stellair Flight 1282 landed safely.", nil,
			[]string{"person: Stellair Flight", "quantity: 1282 = 1282"}},
		{"United Airlines Flight 1282", "United Airlines Flight 1282 landed safely.", nil,
			[]string{"person: United Airlines Flight", "quantity: 1282 = 1282"}},
	})
	src, _, spans := annotateText("The Air Accidents Investigation Branch said the engine failed.")
	for i, s := range spans {
		if s.Kind == Speaker {
			if got := SpeakerName(src, spans, i); got != "Air Accidents Investigation Branch" {
				t.Errorf("speaker name = %q, want the Branch", got)
			}
		}
	}
}

// TestReview14AppleVersions checks that a version number after one of
// Apple's systems, whose names start in lower case, names a release as
// "Android 15" does, while a count after it stays a count.
func TestReview14AppleVersions(t *testing.T) {
	checkReview14More(t, []review14MoreCase{
		{name: "iOS", in: "The flaw affects iOS 18 and macOS 15.", not: []string{"quantity: 18 = 18", "quantity: 15 = 15"}},
		{name: "a count after it", in: "Apple released iOS 18 to 40 million users.", want: []string{"quantity: 40 million users = 4e+07"}, not: []string{"quantity: 18 = 18"}},
	})
}
