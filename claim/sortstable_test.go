package claim

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestSortAttributions checks sortAttributions against the slices package,
// attributions of one lo keeping their order.
func TestSortAttributions(t *testing.T) {
	cmp := func(x, y attribution) int { return x.lo() - y.lo() }
	r := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{0, 1, 2, 7, 8, 9, 16, 17, 63, 64, 65, 200, 1000, 4099} {
		for _, keys := range []int{1, 3, n/2 + 1, 1 << 30} {
			s := make([]attribution, n)
			for i := range s {
				// lo is the lesser of sa and ca; spk numbers the input.
				lo := int32(r.IntN(keys))
				s[i] = attribution{sa: lo + int32(r.IntN(2)), ca: lo, spk: int32(i)}
				if r.IntN(2) == 0 {
					s[i].sa, s[i].ca = s[i].ca, s[i].sa
				}
			}
			want := slices.Clone(s)
			slices.SortStableFunc(want, cmp)
			sortAttributions(s)
			if !slices.Equal(s, want) {
				t.Fatalf("n=%d, %d keys: sortAttributions differs from slices.SortStableFunc", n, keys)
			}
		}
	}
}
