package claim

import (
	"slices"
	"testing"
)

// TestReview9Entities checks the people, organisations and places the
// ninth review found missed or mistyped.
func TestReview9Entities(t *testing.T) {
	keep := map[Kind]bool{Person: true, Org: true, Place: true}
	tests := []struct {
		name, in string
		want     []string
	}{
		{"places written with accents",
			"Shares rose in Zürich, Kraków, Malmö and Łódź.",
			[]string{"place: Zürich", "place: Kraków", "place: Malmö", "place: Łódź"}},
		{"a Polish city without its accents", "The plant is near Lodz.", []string{"place: Lodz"}},
		{"a dateline of two cities in capitals with accents",
			"SÃO PAULO/ZÜRICH, March 3 (Reuters) - Shares rose.",
			[]string{"place: SÃO PAULO", "place: ZÜRICH", "org: Reuters"}},
		{"a given name that folds to a place", "Sofía Vergara said so.", []string{"person: Sofía Vergara"}},
		{"a place before -based", "The Zürich-based bank said so.", []string{"place: Zürich"}},
		{"compounds of place and owner are no name",
			"It has a venture with Mumbai-based Tata-owned firm Rao Metals.",
			[]string{"place: Mumbai", "org: Rao Metals"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src, _, spans := annotateText(tt.in)
			if got := spanStrings(src, spans, keep); !slices.Equal(got, tt.want) {
				t.Errorf("entities %q, want %q", got, tt.want)
			}
		})
	}
}
