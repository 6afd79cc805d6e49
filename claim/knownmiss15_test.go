package claim

import (
	"testing"

	"github.com/claimlight/claimlight/amount"
)

// The tests in this file check the known misses of README.md fixed in
// session 15, with the figures as review13Figures renders them.

// TestKnownMissProductYears checks that a year after a product's name,
// "Exchange Server 2019", is its version and no date, while a year after
// "in" stays one.
func TestKnownMissProductYears(t *testing.T) {
	checkReview13(t, []review13Case{
		{"Exchange Server", "Hackers broke into Exchange Server 2019 systems.", nil},
		{"Windows Server", "The flaw affects Windows Server 2022 only.", nil},
		{"Office", "Users of Office 2016 must upgrade.", nil},
		{"Visual Studio", "Visual Studio 2019 crashed on start-up.", nil},
		{"a year beside a version", "Exchange Server 2019 was hacked in 2019.", []string{"date: in 2019"}},
		{"Microsoft Office", "Microsoft Office 2016 is no longer patched.", nil},
		{"a year, as before", "The plant opened in 2019.", []string{"date: in 2019"}},
		{"a body's office, as before", "The Home Office 2019 report found 40 cases.", []string{"date: 2019", "quantity: 40 cases = 40"}},
		{"the Met Office, as before", "The Met Office 2019 summer was hot.", []string{"date: 2019"}},
	})
}

// TestKnownMissDotThousands checks that dots grouping thousands, as much
// of Europe writes them, give the whole number, while a version stays no
// span and one dot a decimal point.
func TestKnownMissDotThousands(t *testing.T) {
	checkReview13(t, []review13Case{
		{"people", "1.234.567 people live there.", []string{"quantity: 1.234.567 people = 1.235e+06"}},
		{"money", "It cost 12.345.678 euros.", []string{"money: 12.345.678 euros = 1.235e+07"}},
		{"a version", "Apple fixed the flaw in iOS 18.3.2, the company said.", nil},
		{"one dot, as before", "It weighs 1.234 kg.", []string{"quantity: 1.234 kg = 1.234"}},
	})
	src, _, spans := annotateText("1.234.567 people live there.")
	if len(spans) == 0 || spans[0].Kind != Quantity {
		t.Fatalf("spans %v, want a quantity", spans)
	}
	if lo, hi, ok := amount.ParseRange(spans[0].Text(src)); !ok || lo != 1234567 || hi != lo {
		t.Errorf("value %v..%v, %v, want 1234567", lo, hi, ok)
	}
}

// TestKnownMissProductAfterScale checks that a product's name and number
// after a scaled number are not its unit: the plural after them is.
func TestKnownMissProductAfterScale(t *testing.T) {
	checkReview13(t, []review13Case{
		{"Windows 10 PCs", "They sold 1.2 million Windows 10 PCs.", []string{"quantity: 1.2 million Windows 10 PCs = 1.2e+06"}},
		{"Galaxy S24 phones", "They shipped 3 million Galaxy S24 phones.", []string{"quantity: 3 million Galaxy S24 phones = 3e+06"}},
		{"a capital plural, as before", "There are 23 million Americans.", []string{"quantity: 23 million Americans = 2.3e+07"}},
		{"a league, as before", "He made 34 Ligue 1 appearances.", []string{"quantity: 34 Ligue 1 appearances = 34"}},
	})
}

// TestKnownMissOutOf checks that "N out of M" is one share, as "3 of 12"
// and "11-of-19" are, and that a rank, "49th out of 50", is none.
func TestKnownMissOutOf(t *testing.T) {
	checkReview13(t, []review13Case{
		{"a rating", "It was rated 9.8 out of 10.", []string{"quantity: 9.8 out of 10 = 0.98"}},
		{"with a plural", "Eight out of nine countries agreed.", []string{"quantity: Eight out of nine countries = 0.8889"}},
		{"with people", "Only 1 out of 6 people voted.", []string{"quantity: Only 1 out of 6 people = 0.1667"}},
		{"with two words", "19 out of 20 computer chips come from Japan.", []string{"quantity: 19 out of 20 computer chips = 0.95"}},
		{"large numbers", "They lost 10,000 out of 12,000 Humvees.", []string{"quantity: 10,000 out of 12,000 Humvees = 0.8333"}},
		{"of, as before", "He won 3 of 12 races.", []string{"quantity: 3 of 12 races = 0.25"}},
		{"a span of time, as before", "Seven out of eight years, spending fell.", []string{"quantity: Seven = 7", "date: eight years"}},
		{"a rank", "Texas ranks 49th out of 50 states.", []string{"quantity: 50 states = 50"}},
	})
}

// TestKnownMissHourAbbreviations checks that lengths of time with the
// units abbreviated, "4 hrs", "20 mins", are durations as "4 hours" is.
func TestKnownMissHourAbbreviations(t *testing.T) {
	checkReview13(t, []review13Case{
		{"hrs", "He slept 4 hrs last night.", []string{"date: 4 hrs", "date: last night"}}, // "last night" is a date since review 27a (F14),
		{"hrs at the end", "He slept 4 hrs.", []string{"date: 4 hrs."}},
		{"hr", "The strike lasted 24 hr in all.", []string{"date: 24 hr"}},
		{"mins", "The wait was 20 mins on average.", []string{"date: 20 mins"}},
		{"secs", "She ran it 10 secs faster.", []string{"date: 10 secs"}},
		{"yrs", "The deal runs 5 yrs from now.", []string{"date: 5 yrs"}},
		{"wks", "They spent 3 wks there.", []string{"date: 3 wks"}},
		{"hours, as before", "He slept 4 hours.", []string{"date: 4 hours"}},
		{"home runs in capitals", "He has 30 HR and 90 RBI.", []string{"quantity: 30 = 30"}},
	})
}

// TestKnownMissShootingSplit checks that a split of one, "1-of-8", is a
// share as "11-of-19" is.
func TestKnownMissShootingSplit(t *testing.T) {
	checkReview13(t, []review13Case{
		{"1-of-8", "She went 1-of-8 from the field.", []string{"quantity: 1-of-8 = 0.125"}},
		{"11-of-19, as before", "She went 11-of-19 from the field.", []string{"quantity: 11-of-19 = 0.5789"}},
	})
}

// TestKnownMissFlightNumber checks that a flight's number is a label, no
// quantity, and that the airline before it is an organisation.
func TestKnownMissFlightNumber(t *testing.T) {
	keep := map[Kind]bool{Quantity: true, Org: true, Person: true, Place: true}
	tests := []struct {
		name, in string
		want     []string
	}{
		{"United Airlines", "United Airlines Flight 1282 landed.", []string{"org: United Airlines"}},
		{"inside a sentence", "The crew of Alaska Airlines Flight 1282 landed in Portland.", []string{"org: Alaska Airlines", "place: Portland"}},
		{"the flight alone", "Flight 1282 landed.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkSpanStrings(t, tt.in, keep, tt.want)
		})
	}
}

// TestKnownMissHourReason checks that a reason calls a length of time
// with its unit abbreviated a duration, as it does "4 hours".
func TestKnownMissHourReason(t *testing.T) {
	for _, span := range []string{"4 hrs.", "5 yrs", "20 mins", "4 hours"} {
		if !durationText([]byte(span)) {
			t.Errorf("%q is no duration", span)
		}
	}
}
