package claim

import (
	"testing"

	"github.com/claimlight/claimlight/segment"
	"github.com/claimlight/claimlight/tokenize"
)

// The tests in this file check misses left by session 31's fixers,
// cleared in its second late round of fixes.

// hasSpan reports whether text has a span of kind k that reads want.
func hasSpan(text string, k Kind, want string) bool {
	src := []byte(text)
	toks := tokenize.Append(nil, src)
	for _, sp := range Annotate(src, toks, segment.Append(nil, src, toks)) {
		if sp.Kind == k && string(sp.Text(src)) == want {
			return true
		}
	}
	return false
}

// TestLate25bBareCompany checks that "The company said" after a sentence
// that opens with one unknown name doing a business's thing, "Corvane
// will cut 1,200 jobs.", is that name's, while a sentence that opens
// with a common word or a person names no one.
func TestLate25bBareCompany(t *testing.T) {
	checkReview9(t, []review9Case{
		{"will cut", "Corvane will cut 1,200 jobs. The company said it expected a charge of $95m.\n", "The company", "Corvane", false, "The company"},
		{"reported", "Brellix reported a loss of $40m. The firm said sales fell 8%.\n", "The firm", "Brellix", false, "The firm"},
		{"said after", "Corvane will cut 1,200 jobs. It expects a charge of $95m, the company said.\n", "It expects", "Corvane", false, "the company"},
		{"a common word, as before", "Sales will fall 1,200 units. The company said it expected a charge of $95m.\n", "The company", "", false, "The company"},
		{"no business verb, as before", "Corvane went home. The company said it expected a charge of $95m.\n", "The company", "", false, "The company"},
		{"a first name, as before", "Boris will cut 1,200 jobs. The company said it expected a charge of $95m.\n", "The company", "", false, "The company"},
	})
}

// TestLate25bCommonPlural checks that a common plural opening a sentence,
// "Museums in England recorded", is no person, while a name that ends in
// "s" still is one.
func TestLate25bCommonPlural(t *testing.T) {
	for _, tt := range []struct {
		text, word string
		person     bool
	}{
		{"Museums in England recorded 41 million visits.\n", "Museums", false},
		{"Hospitals in Wales said waiting lists rose 5%.\n", "Hospitals", false},
		{"Galleries in England recorded 41 million visits.\n", "Galleries", false},
		{"Libraries said loans rose 5%.\n", "Libraries", false},
		{"Torvald in England recorded 41 million visits.\n", "Torvald", true},
		{"Roberts in Wales said waiting lists rose 5%.\n", "Roberts", true},
		{"Joan Rivers joined in 2001. Rivers said sales rose 5%.\n", "Rivers", true},
	} {
		if got := hasSpan(tt.text, Person, tt.word); got != tt.person {
			t.Errorf("%q: %q a person = %v, want %v", tt.text, tt.word, got, tt.person)
		}
	}
}

// TestLate25bCommonPluralSpeaker checks that "Hospitals in Wales said"
// speaks as "Doctors in Wales said" does, a group of no name, not as
// Wales or as a person called Hospitals.
func TestLate25bCommonPluralSpeaker(t *testing.T) {
	checkReview9(t, []review9Case{
		{"hospitals", "Hospitals in Wales said waiting lists rose 5%.\n", "Hospitals", "", false, "Hospitals in Wales"},
		{"doctors, as before", "Doctors in Wales said waiting lists rose 5%.\n", "Doctors", "", false, "Doctors in Wales"},
		{"a person, as before", "Torvald in Wales said waiting lists rose 5%.\n", "Torvald", "Torvald", false, "Torvald"},
	})
}

// TestLate25bFeetAtEnd checks that "ft." at a sentence's end stays in the
// quantity, without its stop, as "ft" does before more words.
func TestLate25bFeetAtEnd(t *testing.T) {
	for _, tt := range []struct{ text, span, unit string }{
		{"The aircraft was climbing through 3,400 ft. It then fell.\n", "3,400 ft", "ft"},
		{"The wall is 12 ft. high, the council said.\n", "12 ft", "ft"},
		{"The aircraft was climbing through 3,400 ft when it fell.\n", "3,400 ft", "ft"},
		{"The baby weighed 9 lb.\n", "9 lb", "lb"},
	} {
		src := []byte(tt.text)
		toks := tokenize.Append(nil, src)
		got, unit := "", ""
		for _, sp := range Annotate(src, toks, segment.Append(nil, src, toks)) {
			if sp.Kind == Quantity && got == "" {
				got, unit = string(sp.Text(src)), Unit(src, sp)
			}
		}
		if got != tt.span || unit != tt.unit {
			t.Errorf("%q: quantity %q unit %q, want %q unit %q", tt.text, got, unit, tt.span, tt.unit)
		}
	}
}

// TestLate25bPossessivePortfolio checks that a plural body's word after a
// possessive, before a title, is a minister's portfolio, "Tamil Nadu’s
// Industries Minister", and no organisation "Tamil Nadu’s Industries",
// while a body's name with a possessive before a title stays one.
func TestLate25bPossessivePortfolio(t *testing.T) {
	for _, tt := range []struct {
		text, org string
		want      bool
	}{
		{"Tamil Nadu’s Industries Minister T.R.B. Ilango said the state drew $2bn in investment.\n", "Tamil Nadu’s Industries", false},
		{"Tamil Nadu's Industries Minister T.R.B. Ilango said the state drew $2bn.\n", "Tamil Nadu's Industries", false},
		{"The Taxpayers’ Alliance Chief Executive John O’Connell said costs rose 5%.\n", "Taxpayers’ Alliance", true},
		{"The People’s Bank of China Governor Pan Gongsheng said costs rose 5%.\n", "People’s Bank of China", true},
		{"Tata’s Industries unit said costs rose 5%.\n", "Tata’s Industries", true},
	} {
		if got := hasSpan(tt.text, Org, tt.org); got != tt.want {
			t.Errorf("%q: org %q = %v, want %v", tt.text, tt.org, got, tt.want)
		}
	}
	checkReview9(t, []review9Case{
		{"minister", "Tamil Nadu’s Industries Minister T.R.B. Ilango said the state drew $2bn in investment.\n", "Tamil", "T.R.B. Ilango", false, "Industries Minister T.R.B. Ilango"},
		{"saying", "Tamil Nadu’s Industries Minister T.R.B. Ilango rejected the criticism, saying 71% of MoUs were under way.\n", "Tamil", "T.R.B. Ilango", false, ""},
	})
}

// TestLate25bFundSeries checks that a fund's series number is part of its
// name, "Vision Fund 2", but not a number of years after it.
func TestLate25bFundSeries(t *testing.T) {
	for _, tt := range []struct{ text, org string }{
		{"SoftBank’s Vision Fund 2 lost $3bn in the quarter.\n", "Vision Fund 2"},
		{"The Vision Fund 2 years ago lost $3bn.\n", "Vision Fund"},
		{"The Vision Fund lost 2 of its 9 bets.\n", "Vision Fund"},
	} {
		src := []byte(tt.text)
		toks := tokenize.Append(nil, src)
		got := ""
		for _, sp := range Annotate(src, toks, segment.Append(nil, src, toks)) {
			if sp.Kind == Org {
				got = string(sp.Text(src))
			}
		}
		if got != tt.org {
			t.Errorf("%q: org %q, want %q", tt.text, got, tt.org)
		}
	}
}
