package claim

import "testing"

// The tests in this file check misses left by session 31's reviews,
// cleared in its fourth late round of fixes.

// TestLate25dReportedEstimate checks that a body's "estimates" inside
// what a speaker said is no second speaker, while a body's estimate on
// its own, or a pronoun's, stays a speaker.
func TestLate25dReportedEstimate(t *testing.T) {
	keep := map[Kind]bool{Speaker: true}
	for _, tt := range []struct {
		name, in string
		want     []string
	}{
		{"inside what officials said", "Officials said the OBR estimates growth will slow.", []string{"speaker: Officials"}},
		{"estimated, inside", "The minister said the Treasury estimated costs would rise.", []string{"speaker: The minister"}},
		{"on its own, as before", "The OBR estimates growth will slow.", []string{"speaker: The OBR"}},
		{"after a sentence of its own, as before", "Officials said so. The OBR estimates growth will slow.", []string{"speaker: Officials", "speaker: The OBR"}},
		{"a pronoun, as before", "He said he estimates growth will slow.", []string{"speaker: He", "speaker: he"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			checkSpanStrings(t, tt.in, keep, tt.want)
		})
	}
}

// TestLate25dWindAbbrev checks that a wind's range after a direction
// written short, "SW 10 to 20 mph", keeps its lower bound, as "North 15
// to 25 mph" does, while a short name and its number stay no count.
func TestLate25dWindAbbrev(t *testing.T) {
	checkReview16(t, []review13Case{
		{"SW", "Winds SW 10 to 20 mph.", []string{"quantity: 10 to 20 mph = 10..20"}},
		{"NW", "* WIND...NW 15 to 25 mph with gusts up to 45 mph.", []string{"quantity: 15 to 25 mph = 15..25", "quantity: up to 45 mph = 45"}},
		{"NNW", "Winds NNW 10 to 15 mph.", []string{"quantity: 10 to 15 mph = 10..15"}},
		{"before winds, as before", "NW winds 15 to 25 mph are expected.", []string{"quantity: 15 to 25 mph = 15..25"}},
		{"North, as before", "Winds North 15 to 25 mph are expected.", []string{"quantity: 15 to 25 mph = 15..25"}},
		{"no unit, as before", "He rode the NW 15 home.", nil},
		{"a phone's letter, as before", "The Galaxy S 24 GB model sold out.", nil},
	})
}

// TestLate25dCountAdjective checks that a count runs over a common
// adjective to the plural it counts when that plural is also a reporting
// verb, "14 similar claims", as "40 arts organisations" does, while a
// count before a verb stays a count alone.
func TestLate25dCountAdjective(t *testing.T) {
	checkReview16(t, []review13Case{
		{"similar", "He said the union was supporting 14 similar claims in Yorkshire alone.", []string{"quantity: 14 similar claims = 14"}},
		{"single", "Employment tribunals received 10,250 single claims in all.", []string{"quantity: 10,250 single claims = 1.025e+04"}},
		{"cases, as before", "There were 14 similar cases in all.", []string{"quantity: 14 similar cases = 14"}},
		{"an adjective before a verb, as before", "Of the staff, 14 similar said so.", []string{"quantity: 14 similar = 14"}},
		{"a verb, as before", "Of the 40 surveyed, 14 said they would leave.", []string{"quantity: 40 = 40", "quantity: 14 = 14"}},
	})
}

// TestLate25dSP500 checks that the index "S&P 500" is an organisation
// with no count of 500, and keeps the percent after it, while "S&P
// Global" and a firm joined by "&" stay as they were.
func TestLate25dSP500(t *testing.T) {
	keep := map[Kind]bool{Org: true, Person: true, Quantity: true, Percent: true}
	for _, tt := range []struct {
		name, in string
		want     []string
	}{
		{"the index", "The S&P 500 gained 0.4% and the Nasdaq Composite added 0.7%.", []string{"org: The S&P 500", "percent: 0.4%", "org: the Nasdaq Composite", "percent: 0.7%"}},
		{"after a verb", "Shares tracked the S&P 500 fell 1.2% on Monday.", []string{"org: the S&P 500", "percent: 1.2%"}},
		{"a firm, as before", "Marks & Spencer cut 500 jobs.", []string{"org: Marks & Spencer", "quantity: 500 jobs"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			checkSpanStrings(t, tt.in, keep, tt.want)
		})
	}
}
