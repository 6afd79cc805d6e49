package claim

import (
	"slices"
	"testing"
)

// TestEntityKinds checks, for short texts, the person, organisation and
// place spans a reader sees, in order, and the speakers' names.
func TestEntityKinds(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		want     []string // "kind: text" of the Person, Org and Place spans
		speakers []string // "span text = name" of the Speaker spans
	}{
		{"a surname met before is a person",
			"Mayor Jo Smith opened the depot. Smith said the route cost £40,000.",
			[]string{"person: Mayor Jo Smith", "person: Smith"}, []string{"Smith = Jo Smith"}},
		{"a surname with nothing before it is a person",
			"Smith said the route cost £40,000.",
			[]string{"person: Smith"}, []string{"Smith = Smith"}},
		{"a nation's people speaking are a group, no person",
			"Most Canadians say the tax is too high. Russians said 40 people died.",
			nil, []string{"Canadians = Canadians", "Russians = Russians"}},
		{"a party's members are a group, no person",
			"Tory MPs said the plan would cost £3bn. Lib Dem Councillors voted against it. SNP MSPs said 40 jobs would go.",
			[]string{"org: SNP"}, []string{"Tory MPs = Tory MPs", "SNP MSPs = SNP"}},
		{"a surname like a plural stays a person",
			"Jo Fields said the plan would cost £3bn.",
			[]string{"person: Jo Fields"}, []string{"Jo Fields = Jo Fields"}},
		{"letters after a name are left out of the person, not the speaker",
			"Judge Rosalind Kett KC said the fine was £5,000. Judge Kett said it was fair.",
			[]string{"person: Judge Rosalind Kett", "person: Judge Kett"}, []string{"Judge Rosalind Kett KC = Rosalind Kett", "Judge Kett = Rosalind Kett"}},
		{"letters after a name in apposition and after an inverted cue",
			"The minister, Ann Lee MP, said it cost £5,000. It was late, said Dr Tom Hale PhD.",
			[]string{"person: Ann Lee", "person: Dr Tom Hale"}, []string{"The minister, Ann Lee MP = Ann Lee", "Dr Tom Hale PhD = Tom Hale"}},
		{"a post's author with letters after the name",
			"Ben Sallow MP @BenSallowMP · 5:20 PM\nThe council cut 300 jobs.\n",
			[]string{"person: Ben Sallow"}, []string{"Ben Sallow = Ben Sallow"}},
		{"a compass point is part of the place",
			"Police in West Yorkshire arrested 12 people. North Korea fired 3 missiles.",
			[]string{"place: West Yorkshire", "place: North Korea"}, nil},
		{"a prison is no place",
			"He was jailed at HMP Leeds for 4 years.",
			[]string{"org: HMP Leeds"}, nil},
		{"an article before a name and the noun it qualifies is the noun's",
			"Staff at the Halvorsen Foods plant said 200 jobs would go. They heard the Harbour Lights Orchestra play 40 times.",
			[]string{"org: Halvorsen Foods", "org: the Harbour Lights Orchestra"}, nil},
		{"the places a route covers",
			"The firm runs a route covering Keswick, Ambleside and Grasmere 6 times a day. Buses serving Hexham, Carlisle, and Brampton run hourly.",
			[]string{"place: Keswick", "place: Ambleside", "place: Grasmere", "place: Hexham", "place: Carlisle", "place: Brampton"}, nil},
	}
	keep := map[Kind]bool{Person: true, Org: true, Place: true}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkSpanStrings(t, tt.in, keep, tt.want)
			if got := speakerNames(tt.in); !slices.Equal(got, tt.speakers) {
				t.Errorf("speakers %q, want %q", got, tt.speakers)
			}
		})
	}
}
