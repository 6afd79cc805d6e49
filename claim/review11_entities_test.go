package claim

import (
	"testing"
)

// TestReview11PartySources checks that parties named by a plural are
// organisations and sources, with the whole name (review 11, H3).
func TestReview11PartySources(t *testing.T) {
	checkReview9(t, []review9Case{
		{"the Conservatives", "The Conservatives said the plan would cost £3bn.\n", "The Conservatives", "Conservatives", false, ""},
		{"Conservatives without the", "Conservatives say crime rose 10%.\n", "Conservatives", "Conservatives", false, ""},
		{"the Greens", "The Greens said the plan would cost £3bn.\n", "The Greens", "Greens", false, ""},
		{"a speech's aside", "Conference, the Conservatives say we cannot afford it.\n", "Conference", "Conservatives", false, ""},
		{"the Social Democrats whole", "The Social Democrats said the plan would cost €3bn.\n", "The Social", "Social Democrats", false, "Social Democrats"},
		{"the Free Democrats", "The Free Democrats said the plan would cost €3bn.\n", "The Free", "Free Democrats", false, ""},
		{"the Nationalists", "The Nationalists said the plan would cost £3bn.\n", "The Nationalists", "Nationalists", false, ""},
		{"a journal as a source", "The Lancet said 4,000 people died.\n", "The Lancet", "Lancet", false, ""},
		{"a club as a source", "Real Betis said the fee was €30m.\n", "Real Betis", "Real Betis", false, ""},
	})
}

// TestReview11LongQuote checks that every sentence of a quotation of
// three sentences or more in one paragraph is its speaker's and quoted
// (review 11, M1).
func TestReview11LongQuote(t *testing.T) {
	three := "Brenner said: \"We scored 19 goals. That is not enough. So we will spend £50m in January.\"\n"
	four := "Osei-Blake said: \"Waiting lists doubled. They wasted £11 billion on PPE. We will cut the list by a million. It is a promise.\"\n"
	checkReview9(t, []review9Case{
		{"the second of three", three, "That is", "Brenner", true, ""},
		{"the last of three", three, "So we", "Brenner", true, ""},
		{"the third of four", four, "We will", "Osei-Blake", true, ""},
		{"the last of four", four, "It is", "Osei-Blake", true, ""},
		{"a sentence after the quotation is the writer's", three + "He joined in 2019.\n", "He joined", "", false, ""},
	})
}

// TestReview11Entities checks the organisations and places the eleventh
// review found missed or mistyped: parties (H3), football clubs (M4),
// regions of England (L4) and journals (L6).
func TestReview11Entities(t *testing.T) {
	keep := map[Kind]bool{Person: true, Org: true, Place: true}
	tests := []struct {
		name, in string
		want     []string
	}{
		{"Christian Democrats", "The Christian Democrats lost 12 seats.", []string{"org: Christian Democrats"}},
		{"the Greens mid-sentence", "He said the Greens would stand in every ward.", []string{"org: Greens"}},
		{"Spanish and Portuguese clubs",
			"Real Betis, Sporting Lisbon, Athletic Bilbao, Inter Milan and Newcastle United all made offers.",
			[]string{"org: Real Betis", "org: Sporting Lisbon", "org: Athletic Bilbao", "org: Inter Milan", "org: Newcastle United"}},
		{"clubs named last by Atlético and Juniors", "He left Real Oviedo Atlético in 2023 and joined Boca Juniors.",
			[]string{"org: Real Oviedo Atlético", "org: Boca Juniors"}},
		{"clubs joined by and", "Real Madrid and Real Betis made bids.", []string{"org: Real Madrid", "org: Real Betis"}},
		{"a club after who joined", "Vasquez, who joined Oviedo from Boca Juniors for €18m in 2023, stayed.",
			[]string{"person: Vasquez", "org: Boca Juniors"}},
		{"a club named for its town and Athletic", "Wigan Athletic won 2-1.", []string{"org: Wigan Athletic"}},
		{"real as an adjective", "Real wages fell 3%.", nil},
		{"a region of England", "We won 23 seats in the North West.", []string{"place: North West"}},
		{"regions joined by and", "The South West and the East Midlands had floods, as did the West Midlands.",
			[]string{"place: South West", "place: East Midlands", "place: West Midlands"}},
		{"a region with England", "North West England lost jobs.", []string{"place: North West England"}},
		{"South East Asia whole", "Exports to South East Asia rose 4%.", []string{"place: South East Asia"}},
		{"a body named for a region", "North West Water said so.", []string{"org: North West Water"}},
		{"the Lancet", "The study appears in The Lancet.", []string{"org: The Lancet"}},
		{"a Lancet journal", "It was published in The Lancet Gastroenterology.", []string{"org: The Lancet Gastroenterology"}},
		{"the BMJ", "A study in the BMJ found a 20% rise.", []string{"org: BMJ"}},
		{"annals", "The paper is published in the Annals of Occupational Medicine.", []string{"org: the Annals of Occupational Medicine"}},
		{"a study's cohort is no person", "The paper is on the Kellsworth Nurses Cohort.", nil},
		{"La Liga", "Vasquez scored 23 goals in La Liga.", []string{"org: La Liga"}},
		{"La Liga's", "Oviedo must comply with La Liga's spending rules.", []string{"org: La Liga's"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkSpanStrings(t, tt.in, keep, tt.want)
		})
	}
}

// TestReview11OrgAfterLowerCase checks that an organisation whose first
// word is also an ordinary word used in lower case elsewhere in the text
// keeps that word at the start of a sentence when the name ends in a
// word such as "Group" (review 11, left over: "Rail Delivery Group" was
// "Delivery Group" after "investing in rail").
func TestReview11OrgAfterLowerCase(t *testing.T) {
	text := "Investing in rail matters. Rail Delivery Group said fares would rise 4.6% in March.\n"
	checkReview9(t, []review9Case{
		{"a three-word body ending in Group", text, "Rail Delivery", "Rail Delivery Group", false, ""},
	})
}

// TestReview11FiguresWithoutABody checks that figures described by who
// keeps them rather than by a named body are the source of what they
// "show" (review 11, left over: "Police figures show" named no source).
func TestReview11FiguresWithoutABody(t *testing.T) {
	tests := []review9ScoreCase{
		{name: "police figures", in: "Police figures show knife crime rose 12% last year.", want: []string{"attributed to Police figures"}},
		{name: "official figures", in: "Official figures show 7.4 million people are waiting.", want: []string{"attributed to Official figures"}},
		{name: "government figures", in: "Government figures show the deficit hit £40bn.", want: []string{"attributed to Government figures"}},
		{name: "figures of no keeper", in: "Sales figures show a 12% rise.", not: []string{"attributed to Sales figures"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, tt.run)
	}
}
