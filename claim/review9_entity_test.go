package claim

import (
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
		{"a region after in", "Rain in Minas Gerais hit output.", []string{"place: Minas Gerais"}},
		{"a person after in stays a person", "We have faith in Keir Lomax.", []string{"person: Keir Lomax"}},
		{"a trade before a name", "Shares in steelmaker Kanto Seitetsu fell 3%.", []string{"org: Kanto Seitetsu"}},
		{"where analysts work", "Analysts at Banco Paulista expect a cut.", []string{"org: Banco Paulista"}},
		{"a Portuguese group", "Grupo Ferreira said so.", []string{"org: Grupo Ferreira"}},
		{"a German company", "Kanto GmbH said so.", []string{"org: Kanto GmbH"}},
		{"an inspectorate", "It awaits the Planning Inspectorate's decision.", []string{"org: the Planning Inspectorate's"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkSpanStrings(t, tt.in, keep, tt.want)
		})
	}
}
