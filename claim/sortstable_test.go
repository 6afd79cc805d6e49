package claim

import (
	"math/rand/v2"
	"slices"
	"testing"
)

func TestSortStable(t *testing.T) {
	type item struct{ key, seq int }
	cmp := func(x, y item) int { return x.key - y.key }
	r := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{0, 1, 2, 7, 8, 9, 16, 17, 63, 64, 65, 200, 1000, 4099} {
		for _, keys := range []int{1, 3, n/2 + 1, 1 << 30} {
			s := make([]item, n)
			for i := range s {
				s[i] = item{r.IntN(keys), i}
			}
			want := slices.Clone(s)
			slices.SortStableFunc(want, cmp)
			sortStable(s, cmp)
			if !slices.Equal(s, want) {
				t.Fatalf("n=%d, %d keys: sortStable differs from slices.SortStableFunc", n, keys)
			}
		}
	}
}
