package claim

import (
	"slices"
	"testing"
)

// TestReview12PledgeFigures checks that a verb in the imperative that
// opens a sentence or a list item, as a manifesto's pledges do, leaves
// the whole figure after it a quantity, where a product and its
// model number leave it unmarked (review 12, H1).
func TestReview12PledgeFigures(t *testing.T) {
	keep := map[Kind]bool{Quantity: true, Money: true, Percent: true}
	tests := []struct {
		name, in string
		want     []string
	}{
		{"a sentence's first word", "Build 40 new hubs in every county.", []string{"quantity: 40 new hubs"}},
		{"a list item", "We will:\n- Build 1.5 million homes over five years.\n", []string{"quantity: 1.5 million homes"}},
		{"a list item before a plural in capitals", "We will:\n- Recruit 8,000 more GPs by 2030.\n", []string{"quantity: 8,000 more GPs"}},
		{"hire in a list", "We will:\n- Hire 8,000 more GPs by 2030.\n", []string{"quantity: 8,000 more GPs"}},
		{"cut", "- Cut 8,000 jobs by 2030.\n", []string{"quantity: 8,000 jobs"}},
		{"plant", "Plant 2 million trees by 2030.", []string{"quantity: 2 million trees"}},
		{"the same pledge in a clause", "We will build 40 new hubs.", []string{"quantity: 40 new hubs"}},
		{"a product's model is still no count", "Boeing 737 orders rose.", nil},
		{"nor a mission's number", "Apollo 11 landed on the Moon.", nil},
		{"nor a verb's name mid-sentence", "He played in Build 40 last year.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkSpanStrings(t, tt.in, keep, tt.want)
		})
	}
}

// TestReview12TabloidSources checks that a tabloid's sources, a friend, a
// pal, the star or her rep, speak as a neighbour or a spokesman does,
// with what follows them ("of the couple") (review 12, H2).
func TestReview12TabloidSources(t *testing.T) {
	checkReview9(t, []review9Case{
		{"a friend", "A friend said the pair spent £2m on the house.\n", "A friend", "", false, "A friend"},
		{"a family friend", "A family friend said she earns £2m a year.\n", "A family", "", false, "A family friend"},
		{"a pal told a paper", "A pal told The Sun she earns £2m a year.\n", "A pal", "", false, "A pal"},
		{"a close friend of the couple, with a quotation", "A close friend of the couple said: \"They spent £2m on the house.\"\n",
			"A close", "", true, "A close friend of the couple"},
		{"a close friend of the couple told a paper", "A close friend of the couple told The Sun the pair spent £2m on the house.\n",
			"A close", "", false, "A close friend of the couple"},
		{"a spokesman for the star", "A spokesman for the star said the pair spent £2m on the house.\n", "A spokesman", "", false, "A spokesman for the star"},
		{"the singer", "The singer said she earns £2m a year.\n", "The singer", "", false, "The singer"},
		{"the star, with a clause", "The star, who has 8.2 million followers, said the tour made £40m.\n", "The star", "", false, "The star"},
		{"her rep", "Her rep said she earns £2m a year.\n", "Her rep", "", false, "Her rep"},
		{"the couple", "The couple said they spent £2m on the house.\n", "The couple", "", false, "The couple"},
		{"friends of mine are no source", "My friends and I spent £2m on the house.\n", "My friends", "", false, ""},
	})
}

// TestReview12ContraryTo checks that a cue inside "contrary to what X
// says", "despite what X says" or "unlike what X claims" does not give the
// writer's claim after it to X, while X stays a name (review 12, H3).
func TestReview12ContraryTo(t *testing.T) {
	checkReview9(t, []review9Case{
		{"contrary to", "Contrary to what the minister says, crime has risen 20% since 2019.\n", "Contrary", "", false, ""},
		{"a letter's contrary to", "Sir, Contrary to what Mr Pell says, the bypass is badly needed.\n", "Sir", "", false, ""},
		{"inside a debate's sentence", "And contrary to what the President says, I think their record on the environment is shameful.\n", "And", "", false, ""},
		{"despite what", "Despite what Mr Pell says, the bypass will cost £38m.\n", "Despite", "", false, ""},
		{"unlike what", "Unlike what the council claims, 40% of roads need repair.\n", "Unlike", "", false, ""},
		{"despite something else", "Despite the rain, the minister said crime has risen 20%.\n", "Despite", "", false, "the minister"},
		{"the plain cue", "The minister says crime has risen 20% since 2019.\n", "The minister", "", false, "The minister"},
	})
	src, _, spans := annotateText("Despite what Mr Pell says, the bypass will cost £38m.")
	if got := spanStrings(src, spans, map[Kind]bool{Person: true, Speaker: true, Cue: true}); !slices.Equal(got, []string{"person: Mr Pell"}) {
		t.Errorf("spans %q, want only the person", got)
	}
}

// TestReview12AsideBeforeThat checks that a bracketed aside between a cue
// and "that", as a letter cites what it answers, keeps the speaker
// (review 12, M2).
func TestReview12AsideBeforeThat(t *testing.T) {
	checkReview9(t, []review9Case{
		{"a letter's citation", "Sir, Councillor Dena Albright claims (Letters, 12 November) that the bypass will cut traffic by 50%.\n",
			"Sir", "Dena Albright", false, "Councillor Dena Albright"},
		{"said with an aside", "The minister said (in a letter to MPs) that crime rose 20%.\n", "The minister", "", false, "The minister"},
		{"argued with a comment", "The minister argued (wrongly) that crime rose 20%.\n", "The minister", "", false, "The minister"},
		{"an aside with no that", "Councillor Dena Albright claims (Letters, 12 November) credit for it.\n", "Councillor", "", false, ""},
	})
}

// TestReview12TabloidKicker checks that a tabloid's kicker in capitals,
// followed by the person a headline's words are about, is no speaker,
// while a name before a colon still is (review 12, M1).
func TestReview12TabloidKicker(t *testing.T) {
	checkReview9(t, []review9Case{
		{"a possessive kicker", "STAR'S SECRET SPLIT: Kayla Brooks and husband 'living apart'\n", "STAR", "", false, ""},
		{"a kicker of two words", "BABY JOY: Kayla Brooks 'expecting second child'\n", "BABY", "", false, ""},
		{"a body in capitals", "NETWORK RAIL: 'Do not travel'\n", "NETWORK", "NETWORK RAIL", true, ""},
		{"a person before the colon", "Fed chair Whitlow: 'Not in a hurry'\n", "Fed", "Whitlow", true, "Fed chair Whitlow"},
		{"a surname before a name", "Guardiola: Haaland 'is the best striker'\n", "Guardiola", "Guardiola", true, ""},
	})
	src, _, spans := annotateText("BABY JOY: Kayla Brooks 'expecting second child'\n")
	if got := spanStrings(src, spans, map[Kind]bool{Person: true, Speaker: true}); !slices.Equal(got, []string{"person: Kayla Brooks"}) {
		t.Errorf("spans %q, want only the person", got)
	}
}

// TestReview12SpeakerWithPlace checks that a speaker described with where
// it is ("Studies in several countries") keeps its head noun, not only the
// place (review 12, M4).
func TestReview12SpeakerWithPlace(t *testing.T) {
	checkReview9(t, []review9Case{
		{"studies in countries", "Studies in several countries have found that 40% of energy is wasted.\n", "Studies", "", false, "Studies in several countries"},
		{"officials in countries", "Officials in several countries said 40% of energy is wasted.\n", "Officials", "", false, "Officials in several countries"},
		{"residents in the town", "Residents in the town said 40 homes flooded.\n", "Residents", "", false, "Residents in the town"},
		{"studies alone", "Studies have found that 40% of energy is wasted.\n", "Studies", "", false, "Studies"},
	})
}

// TestReview12Imprint checks that a party's imprint, on every leaflet
// and manifesto, is boilerplate, not a claim (review 12, M5).
func TestReview12Imprint(t *testing.T) {
	tests := []review9ScoreCase{
		{name: "printed and promoted", in: "Printed and promoted by T. Hale on behalf of the Progressive Alliance, 14 Quay Street, Bristol BS1 4DL.",
			want: []string{"news boilerplate"}, cw: "no"},
		{name: "promoted and printed", in: "Promoted and printed by J. Smith on behalf of Labour, 10 High St, Leeds.", want: []string{"news boilerplate"}, cw: "no"},
		{name: "published and promoted", in: "Published and promoted by Sam Lee for the Green Party, 20 Low Road, Hull.", want: []string{"news boilerplate"}, cw: "no"},
	}
	for _, tt := range tests {
		t.Run(tt.name, tt.run)
	}
}

// TestReview12RelationOfName checks that "a friend of Kayla" speaks as a
// friend, named by no one, not as Kayla (as "an aide of" someone does), while a spokesman for someone
// and the head of a body still name whom they speak for (review 12, H2).
func TestReview12RelationOfName(t *testing.T) {
	checkReview9(t, []review9Case{
		{"a friend of a first name", "A friend of Kayla said she earns £2m a year.\n", "A friend", "", false, "A friend of Kayla"},
		{"a friend of a possessive", "A friend of Kayla's said she earns £2m a year.\n", "A friend", "", false, "A friend of Kayla's"},
		{"a neighbour of a known person", "A neighbour of Mr Pell said he earns £2m a year.\n", "A neighbour", "", false, "A neighbour of Mr Pell"},
		{"a pal of the singer", "A pal of the singer told The Sun she earns £2m a year.\n", "A pal", "", false, "A pal of the singer"},
		{"a spokesman for her names her", "A spokesman for Kayla said she earns £2m a year.\n", "A spokesman", "Kayla", false, "A spokesman for Kayla"},
		{"the head of a body names it", "The head of the EPA said 40% of rivers are polluted.\n", "The head", "EPA", false, "The head of the EPA"},
		{"friends of the Earth is a name", "Friends of the Earth said 40% of rivers are polluted.\n", "Friends", "Friends of the Earth", false, ""},
	})
}

// TestReview12AgeBesideName checks that a person's age set off by commas
// after the name ("Dion, 29, was spotted"), or standing for the name ("the
// 34-year-old"), is no quantity, while a list of
// counts after names ("Labour, 29, Conservatives, 14") keeps them (review
// 12, M6).
func TestReview12AgeBesideName(t *testing.T) {
	keep := map[Kind]bool{Quantity: true}
	tests := []struct {
		name, in string
		want     []string
	}{
		{"before a verb", "Dion, 29, was spotted training on Wednesday morning.", nil},
		{"before who", "Dion, 29, who plays for Ashbury Town, was spotted training.", nil},
		{"before of", "John Smith, 45, of Leeds, was jailed.", nil},
		{"a list of counts", "Labour, 29, Conservatives, 14.", []string{"quantity: 29", "quantity: 14"}},
		{"a count after a lower-case word", "Of the states, 29, or more than half, voted.", []string{"quantity: 29", "quantity: more than half"}}, // a share since review 26, F19
		{"the 34-year-old", "The 34-year-old has 8.2 million followers, a source told The Sun.", []string{"quantity: 8.2 million followers"}},
		{"a 91-year-old is still described", "A 91-year-old retired teacher lost her savings.", []string{"quantity: 91-year-old"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkSpanStrings(t, tt.in, keep, tt.want)
		})
	}
	// the age is no longer the reason a sighting passes
	tt := review9ScoreCase{name: "no age in the reasons", in: "Dion, 29, was spotted training on Wednesday morning.", not: []string{"quantity: 29"}}
	t.Run(tt.name, tt.run)
}
