package claim

import (
	"slices"
	"testing"
)

// The tests in this file check three entity misses cleared in session
// 33's last round of fixes.

// checkLast28Ents checks each text's spans of the kinds Person, Place and
// Org, as "kind: text".
func checkLast28Ents(t *testing.T, cases map[string][]string) {
	t.Helper()
	for text, want := range cases {
		src, _, spans := annotateText(text)
		if got := spanStrings(src, spans, map[Kind]bool{Person: true, Place: true, Org: true}); !slices.Equal(got, want) {
			t.Errorf("%q: spans %q, want %q", text, got, want)
		}
	}
}

// TestLast28OpenEvent checks that an event named for its country, "the US
// Open", is an event's name and no place, while the country alone, and
// before other words, stays a place.
func TestLast28OpenEvent(t *testing.T) {
	checkLast28Ents(t, map[string][]string{
		"She won the 2024 US Open in New York.":      {"org: US Open", "place: New York"},
		"She won the US Open.":                       {"org: the US Open"},
		"She won the Australian Open in Melbourne.":  {"place: Melbourne"},
		"He lost in the French Open final.":          nil,
		"The US opened talks with China.":            {"place: US", "place: China"},
		"The US Treasury said yields would rise 2%.": {"place: US", "org: Treasury"},
	})
}

// TestLast28Courtesy checks that a credit line's "Courtesy of" is no part
// of the organisation it credits, in capitals or not.
func TestLast28Courtesy(t *testing.T) {
	checkLast28Ents(t, map[string][]string{
		"Courtesy of Harrow & Vane":         {"org: Harrow & Vane"},
		"Courtesy of the Alden Trust":       {"org: the Alden Trust"},
		"Photo courtesy of Harrow & Vane":   {"org: Harrow & Vane"},
		"Courtesy Harrow & Vane, as before": {"org: Courtesy Harrow & Vane"},
	})
}

// TestLast28PublishedIn checks that a name after "published in", a
// journal's, is no person, while a person's name after "by", or a
// possessive after "published in", stays a person's.
func TestLast28PublishedIn(t *testing.T) {
	checkLast28Ents(t, map[string][]string{
		"The study was published in Nature Climate Change last year.": {"org: Nature Climate Change"},
		"The research appeared in the journal Nature Climate Change.": {"org: Nature Climate Change"},
		"The report was published in January by Helen Ward.":          {"person: Helen Ward"},
		"The letter was published in Helen Ward's name.":              {"person: Helen Ward's"},
		"Helen Ward said the study was published in March.":           {"person: Helen Ward"},
	})
}
