package claim

import (
	"testing"

	"github.com/claimlight/claimlight/segment"
)

// The tests in this file check review 27's leftover figures, entities and
// page furniture, and faults seen while using the page (session 33).

// TestLeftovers27OneUnit checks that a length of one is in the singular,
// "1 year" for "a one-year rate", while other lengths and a range from
// one keep the plural.
func TestLeftovers27OneUnit(t *testing.T) {
	checkFigures(t, []review13Case{
		{"one-year", "The bank cut the one-year fixed rate to 4.49%.", []string{"quantity: one-year = 1 | year", "percent: 4.49% = 4.49"}},
		{"1-day", "It had a 1-day window.", []string{"quantity: 1-day = 1 | day"}},
		{"two-year, as before", "The bank cut the two-year fixed rate to 4.49%.", []string{"quantity: two-year = 2 | years", "percent: 4.49% = 4.49"}},
		{"a range from one, as before", "The wait was 1-3 days.", []string{"quantity: 1-3 days = 1..3 | days"}},
		{"1 tonne, as before", "The plant made 1 tonne of steel.", []string{"quantity: 1 tonne = 1 | tonne"}},
	}, review22Units)
}

// TestLeftovers27TimeUnits checks that a spelled number before a time unit,
// "about ten years", and seconds, "21.84 seconds" and "21.97sec", give
// the span its unit, while a rate a day and a count stay as they were.
func TestLeftovers27TimeUnits(t *testing.T) {
	checkQuantityUnits(t, []quantityUnitCase{
		{"Reefs can recover if they get about ten years without another big event.", "years"},
		{"She won the title in a time of 21.84 seconds.", "seconds"},
		{"She finished second in 21.97sec.", "seconds"},
		{"The lap took one second.", ""},
		{"The plant makes 5 tonnes per day.", "tonnes per day"}, // a rate keeps its words (review 28b)
		{"It had a 10-day window.", "days"},
		{"He scored 12 goals.", ""},
	})
}

// TestLeftovers27UntilAtLeastYear checks that a year after "until at
// least" and "since at least" is a date, while a count after "at least"
// stays a quantity.
func TestLeftovers27UntilAtLeastYear(t *testing.T) {
	checkReview13(t, []review13Case{
		{"until at least", "The tax will stay until at least 2027.", []string{"date: until at least 2027"}},
		{"since at least", "It has been used since at least 2019.", []string{"date: since at least 2019"}},
		{"a count, as before", "They hired at least 2000 staff.", []string{"quantity: at least 2000 staff = 2000"}},
		{"a count after to, as before", "It grew to at least 2027 members.", []string{"quantity: at least 2027 members = 2027"}},
		{"a bare count, as before", "They hired at least 2000.", []string{"quantity: at least 2000 = 2000"}},
		{"people after until, as before", "Until at least 2000 people sign, it fails.", []string{"quantity: at least 2000 people = 2000"}},
	})
}

// TestLeftovers27Late checks that a length of time before "late" is a
// delay, a quantity with its unit, and no date, while a length of time
// elsewhere stays a date.
func TestLeftovers27Late(t *testing.T) {
	checkFigures(t, []review13Case{
		{"years late", "The new hospital opened two years late.", []string{"quantity: two years = 2 | years"}},
		{"minutes late", "The train arrived 40 minutes late.", []string{"quantity: 40 minutes = 40 | minutes"}},
		{"about, late", "The line opened about three years late.", []string{"quantity: about three years = 3 | years"}},
		{"a duration, as before", "The hospital took two years to build.", nil},
		{"later, as before", "It opened two years later.", nil},
	}, review22Units)
	checkReview13(t, []review13Case{
		{"a duration is a date, as before", "The hospital took two years to build.", []string{"date: two years"}},
		{"later, as before", "It opened two years later.", []string{"date: two years later"}},
		{"late in a year, as before", "It opened in late 2024.", []string{"date: in late 2024"}},
	})
}

// TestLeftovers27HyphenedHalves checks that "a four-and-a-half-year deal"
// is a length of time, as "a five-year deal" is.
func TestLeftovers27HyphenedHalves(t *testing.T) {
	checkFigures(t, []review13Case{
		{"four-and-a-half-year", "The 27-year-old Norwegian signed a four-and-a-half-year deal.", []string{"quantity: four-and-a-half-year = 4.5 | years"}},
		{"five-year, as before", "He signed a five-year deal.", []string{"quantity: five-year = 5 | years"}},
		{"and a half, spaced, as before", "He signed for two and a half years.", nil},
		{"quarter-point, as before", "It made a quarter-point cut.", []string{"percent: quarter-point = 0.25"}},
		{"a quarter-century, as before", "It lasted a quarter-century.", nil},
	}, review22Units)
}

// TestLeftovers27ShowNotes checks that a podcast's show notes, its links
// and its call to subscribe are page furniture, while a line that states
// something after "Links" or "Show" stays a claim.
func TestLeftovers27ShowNotes(t *testing.T) {
	const notes = "Show notes: Dr. Ingrid Solvang is a physical oceanographer at the Halvorsen Institute for Marine Research. Links: halvorsen-imr.org/heatwaves | Her paper in Nature Climate Change (2025) | Transcript below.\n"
	checkReview11Junk(t, []review11Junk{
		{"show notes with links, one line", notes, notes[:len(notes)-1], true},
		{"links alone", "Unemployment rose to 4.1% in May.\nLinks: ons.gov.uk/labour | Her paper in Nature Climate Change (2025)\n", "Links: ons.gov.uk/labour | Her paper in Nature Climate Change (2025)", true},
		{"subscribe", "Unemployment rose to 4.1% in May.\nSubscribe wherever you get your podcasts.\n", "Subscribe wherever you get your podcasts.", true},
	})
	for _, in := range []string{
		"Links between the two banks cost taxpayers £4bn in 2024.",
		"Show jumping drew 40,000 visitors in 2024, up 12% on a year earlier.",
		"Subscribers rose 12% to 4.1 million in 2024.",
	} {
		src, sents, js := judgeText(in + "\n")
		if !js[0].CheckWorthy || sents[0].Role == segment.Furniture {
			t.Errorf("%q: role %v, score %.3f; want a claim", sents[0].Text(src), sents[0].Role, js[0].Score)
		}
	}
}

// TestLeftovers27RateName checks that a rate's name, "the Official Cash
// Rate", is no person, and that the bank that cut it is the speaker.
func TestLeftovers27RateName(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"The Reserve Bank cut the Official Cash Rate to 2.25% and said it was prepared to go further.", "org 'Reserve Bank'"},
		{"The Official Cash Rate was cut to 2.25%.", ""},
		{"Amanda Reid said the rate was cut.", "person 'Amanda Reid'"},
	} {
		src, _, spans := annotateText(tc.in)
		got := ""
		for _, s := range spans {
			if s.Kind == Person || s.Kind == Org {
				got += s.Kind.String() + " '" + string(s.Text(src)) + "'"
			}
		}
		if got != tc.want {
			t.Errorf("entities of %q = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestLeftovers27QuarterCent checks that "a quarter-cent sales tax" is a
// share of a cent, as "a quarter-point cut" is a share of a point, with
// the value in dollars that "a 50-cent tax" has.
func TestLeftovers27QuarterCent(t *testing.T) {
	checkReview13(t, []review13Case{
		{"quarter-cent", "Voters approved a quarter-cent sales tax to pay for bus expansion.", []string{"quantity: quarter-cent = 0.0025"}},
		{"half-cent", "Voters approved a half-cent sales tax.", []string{"quantity: half-cent = 0.005"}},
		{"50-cent, as before", "Voters approved a 50-cent tax.", []string{"quantity: 50-cent = 0.5"}},
		{"quarter-point, as before", "It made a quarter-point cut.", []string{"percent: quarter-point = 0.25"}},
		{"a quarter-century, as before", "It lasted a quarter-century.", nil},
	})
}
