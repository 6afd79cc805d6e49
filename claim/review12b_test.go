package claim

import (
	"testing"
)

// TestReview12bCountNoun checks that a count with "more", "new" or "extra"
// before its noun reaches the noun a reader sees counted: a plural with a
// capital ("8,000 more GPs") or the plural after the words that qualify it
// ("40 new community health hubs"), and never stops on one of those words.
func TestReview12bCountNoun(t *testing.T) {
	keep := map[Kind]bool{Quantity: true}
	tests := []struct {
		name, in string
		want     []string
	}{
		{"a pledge's plural with a capital", "We will:\n- Recruit 8,000 more GPs by 2030.\n", []string{"quantity: 8,000 more GPs"}},
		{"the same without more", "We will:\n- Train 8,000 GPs by 2030.\n", []string{"quantity: 8,000 GPs"}},
		{"extra before a plural with a capital", "He funded 120 extra PCSOs in 2023.", []string{"quantity: 120 extra PCSOs"}},
		{"three words before the noun", "We will:\n- Build 40 new community health hubs, one in every county.\n", []string{"quantity: 40 new community health hubs"}},
		{"four words before the noun", "We established 84 new mental health treatment centers.", []string{"quantity: 84 new mental health treatment centers"}},
		{"one word before the noun still", "They built 1,140 new housing units.", []string{"quantity: 1,140 new housing units"}},
		{"no plural in reach stops at the count", "We've got 1,000 extra border patrol on the southern border.", []string{"quantity: 1,000"}},
		{"a plural without s", "There are 3.5 million more women living in poverty.", []string{"quantity: 3.5 million more women"}},
		{"one more time is no count", "One more time you've bought a box seat.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkSpanStrings(t, tt.in, keep, tt.want)
		})
	}
}

// TestReview12bTableCaption checks that a table's caption that ends in its
// unit in brackets is a caption, under the threshold, while a sentence
// with a figure and a source in brackets stays a claim (review 12, M5).
func TestReview12bTableCaption(t *testing.T) {
	tests := []review9ScoreCase{
		{name: "a unit with a currency sign", in: "Costings (£ billion per year, by 2029-30)\n\nPledge | Cost\nCare cap | 3.2\n",
			want: []string{"table caption"}, cw: "no"},
		{name: "a share", in: "Public spending (% of GDP)\n\nYear | Share\n2024 | 44.1\n", want: []string{"table caption"}, cw: "no"},
		{name: "a scale word", in: "Households in arrears (thousands)\n\nRegion | Count\nNorth | 41\n", want: []string{"table caption"}, cw: "no"},
		{name: "a claim with its source", in: "Crime rose by 20% in a year (ONS).\n", not: []string{"table caption"}, cw: "yes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, tt.run)
	}
}
