package claim

import "testing"

// TestReview25Boilerplate checks that a disclosure, "The author holds no
// position in the stocks mentioned.", a site's footer, "Catch all the
// Business News … on The Economic Times.", and a caption's credit line,
// "On loan from a private collection.", are boilerplate, while a claim
// with the same words stays one (review 25, F21, F22).
func TestReview25Boilerplate(t *testing.T) {
	for _, tt := range []review9ScoreCase{
		{name: "disclosure", in: "The author holds no position in the stocks mentioned.", want: []string{"news boilerplate"}, cw: "no"},
		{name: "footer", in: "Catch all the Business News, Breaking News Events and Latest News Updates on The Economic Times.", want: []string{"news boilerplate"}, cw: "no"},
		{name: "credit", in: "Caption: J.M.W. Turner, Clifton Gorge, c.1830, watercolour on paper. On loan from a private collection.", sent: 1, want: []string{"news boilerplate"}, cw: "no"},
		{name: "stocks mentioned with more after it, as before", in: "The stocks mentioned in the report rose 12% last year.", not: []string{"news boilerplate"}, cw: "yes"},
		{name: "a loan, as before", in: "The council took a £4m loan from a private lender in 2024.", cw: "yes"},
	} {
		t.Run(tt.name, tt.run)
	}
}

// TestReview25ListingRows checks that an exhibition's run, "Until 14 June
// 2027.", and the rows of a list of addresses or of organisations with
// their towns, with no stop, are not claims, while a dated fact and a
// row that gives a figure stay claims (review 25, F22, F23, F31).
func TestReview25ListingRows(t *testing.T) {
	const shelters = "Shelters are open at the following locations:\n- Shasta College, 11555 Old Oregon Trail, Redding\n- Redding Civic Center, 700 Auditorium Drive\n- Anderson Fairgrounds (large animals accepted)\n"
	for _, tt := range []review9ScoreCase{
		{name: "run dates", in: "Light and Land: Turner to Hockney\nUntil 14 June 2027. Free.", sent: 1, want: []string{"short heading"}, cw: "no"},
		{name: "shelter 1", in: shelters, sent: 1, want: []string{"a list's entry, not a claim"}, cw: "no"},
		{name: "shelter 2", in: shelters, sent: 2, want: []string{"a list's entry, not a claim"}, cw: "no"},
		{name: "shelter 3", in: shelters, sent: 3, cw: "no"},
		{name: "a gallery and its town", in: "Organisations losing all regular funding include:\n- The Ashfield Players, Nottingham\n- The Print Room Gallery, Norwich\n", sent: 2, cw: "no"},
		{name: "a dated fact, as before", in: "Until 14 June 2027, entry is free.", not: []string{"short heading"}},
		{name: "a row with a figure, as before", in: "Cuts include:\n- Hull, 40 jobs\n- Leeds, 25 jobs\n", sent: 1, not: []string{"a list's entry, not a claim"}},
	} {
		t.Run(tt.name, tt.run)
	}
}

// TestReview25EventNames checks that named wildfires, weather warnings, a
// holiday, indices, funds, arts groups, a bank written with initials
// and a community after "the community of" are not persons (review 25,
// F28-F33).
func TestReview25EventNames(t *testing.T) {
	for _, tt := range []struct {
		name, in string
		want     []string
	}{
		{"fires", "The Canyon Fire has burned 42,300 acres. It is the largest since the Carr Fire in 2018.", nil},
		{"warning", "The National Weather Service has extended a Red Flag Warning through 8 p.m. Wednesday.", []string{"org: National Weather Service"}},
		{"bank", "Goldman Sachs, Morgan Stanley and J.P. Morgan led the deal.", []string{"org: Goldman Sachs", "org: Morgan Stanley", "org: J.P. Morgan"}},
		{"index and fund", "The S&P 500 gained 0.4% and the Nasdaq Composite added 0.7%. The Renaissance IPO ETF rose 1.3%.", []string{"org: The S&P 500", "org: the Nasdaq Composite", "org: Renaissance IPO ETF"}},
		{"arts groups", "Funding was cut for Tidewater Dance. Mersey Young Writers will close. The Ashfield Players said it would close.", []string{"org: Tidewater Dance", "org: Mersey Young Writers", "speaker: Ashfield Players", "org: Ashfield Players"}},
		{"community", "Crews held the fire at Highway 299 overnight, protecting the community of Bella Vista.", []string{"place: Bella Vista"}},
		{"holiday", "The deal was signed on Wednesday, which was also Gandhi Jayanti.", nil},
		{"a person named Fire-free, as before", "Jordan Smith said so.", []string{"speaker: Jordan Smith", "person: Jordan Smith"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			checkSpanStrings(t, tt.in, map[Kind]bool{Person: true, Org: true, Place: true, Speaker: true}, tt.want)
		})
	}
}

// TestReview25NotCauses checks that "results in" as a noun after
// "receiving", and "the cause of" a thing that "remains under
// investigation", are no causal claims, while the verb and a cause
// given stay causal (review 25, F25).
func TestReview25NotCauses(t *testing.T) {
	for _, tt := range []review9ScoreCase{
		{name: "results", in: "Vocational qualifications were also awarded on Thursday, with 289,000 students receiving results in T-levels and BTecs.", not: []string{"cause: results in"}, cw: "yes"},
		{name: "under investigation", in: "The cause of the fire remains under investigation.", not: []string{"cause: The cause of"}},
		{name: "a cause given, as before", in: "The cause of the fire was a faulty cable.", want: []string{"cause: The cause of"}},
		{name: "the verb, as before", in: "The change results in higher bills.", want: []string{"cause: results in"}},
	} {
		t.Run(tt.name, tt.run)
	}
}
