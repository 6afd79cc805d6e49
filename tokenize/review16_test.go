package tokenize

import "testing"

// TestMoneyLetters checks that "R", "N" and "US" glued before a number are
// a currency of their own only where the number is money: a price with
// cents, thousands or a scale, or a whole number with the currency or its
// country named near it; never a road, a droid, a mask or a music genre
// (review 16, H3, H4 and H8).
func TestMoneyLetters(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"rand with cents", "R18.92", "currency:R | number:18.92"},
		{"rand and a scale word", "R6.5 billion", "currency:R | number:6.5 | word:billion"},
		{"rand and a glued scale", "R6.5bn", "currency:R | number:6.5bn"},
		{"naira in thousands", "N1,642", "currency:N | number:1,642"},
		{"naira in a Nigerian text", "N50 per litre in Nigeria", "currency:N | number:50 | word:per | word:litre | word:in | word:Nigeria"},
		{"US cents", "US64.2c US64c", "currency:US | number:64.2c | currency:US | number:64c"},
		{"a road", "R2 and N1", "word:R2 | word:and | word:N1"},
		{"a road in South Africa", "the R21 near Johannesburg in South Africa", "word:the | word:R21 | word:near | word:Johannesburg | word:in | word:South | word:Africa"},
		{"a droid and a genre", "R2-D2 sang R&B", "word:R2-D2 | word:sang | word:R | punct:& | word:B"},
		{"a mask", "N95 masks", "word:N95 | word:masks"},
		{"a reproduction number", "R0.85 and R0", "word:R0 | punct:. | number:85 | word:and | word:R0"},
		{"US and a number", "US2020 US64", "word:US2020 | word:US64"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := []byte(tt.in)
			if got := show(src, Append(nil, src)); got != tt.want {
				t.Errorf("tokens of %q\n got %s\nwant %s", tt.in, got, tt.want)
			}
		})
	}
}
