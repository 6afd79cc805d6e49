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
	}
	keep := map[Kind]bool{Person: true, Org: true, Place: true}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src, _, spans := annotateText(tt.in)
			if got := spanStrings(src, spans, keep); !slices.Equal(got, tt.want) {
				t.Errorf("spans %q, want %q", got, tt.want)
			}
			if got := speakerNames(tt.in); !slices.Equal(got, tt.speakers) {
				t.Errorf("speakers %q, want %q", got, tt.speakers)
			}
		})
	}
}
