package claim

import (
	"testing"

	"github.com/claimlight/claimlight/tokenize"
)

// TestPenceAgrees checks that the annotator and the featurizer agree on
// when a number with "p" is a sum: a Money span, and a currency sign to
// the model, in a sentence that speaks of money, and neither in one that
// does not ("1080p video").
func TestPenceAgrees(t *testing.T) {
	tests := []struct {
		text string
		sum  bool
	}{
		{"Fuel duty will rise by 3p a litre.", true},
		{"Shares fell 12p on Monday.", true},
		{"It now costs 95p.", true},
		{"The camera records 1080p video.", false},
		{"The phone shoots 4320p clips.", false},
	}
	f := newFeaturizer(FeatureConfig{Bits: 8})
	defer f.releaseMemo()
	for _, tt := range tests {
		src := []byte(tt.text)
		toks := tokenize.Append(nil, src)
		money := false
		for _, sp := range Annotate(src, toks, nil) {
			money = money || sp.Kind == Money
		}
		f.splitWords(src, toks, 0, int32(len(src)))
		cur := false
		for _, w := range f.words {
			cur = cur || w.class == fwSymbol && w.srcEnd-w.srcStart == 1 && src[w.srcStart] == 'p'
		}
		if money != tt.sum || cur != tt.sum {
			t.Errorf("%q: money span %v, sum to the model %v; want %v", tt.text, money, cur, tt.sum)
		}
	}
}
