package claim

// sortStable sorts s by cmp, keeping elements that compare equal in their
// order: a merge sort, O(n log n) with a scratch copy of s unless s is
// already sorted. It stands in
// for slices.SortStableFunc and slices.Sort, whose generic code, once per
// element type, cost the wasm build about 40 KB.
func sortStable[T any](s []T, cmp func(x, y T) int) {
	sorted := true
	for i := 1; i < len(s) && sorted; i++ {
		sorted = cmp(s[i], s[i-1]) >= 0
	}
	if sorted {
		return // the common case for attributions, found in order
	}
	// Runs of up to 8 by insertion, then merges of doubling width
	// between s and the scratch copy.
	const run = 8
	for lo := 0; lo < len(s); lo += run {
		hi := min(lo+run, len(s))
		for i := lo + 1; i < hi; i++ {
			for j := i; j > lo && cmp(s[j], s[j-1]) < 0; j-- {
				s[j], s[j-1] = s[j-1], s[j]
			}
		}
	}
	if len(s) <= run {
		return
	}
	src, dst := s, make([]T, len(s))
	for width := run; width < len(s); width *= 2 {
		for lo := 0; lo < len(s); lo += 2 * width {
			mid, hi := min(lo+width, len(s)), min(lo+2*width, len(s))
			i, j, k := lo, mid, lo
			for i < mid && j < hi {
				// Take from the right run only when strictly smaller,
				// so that equal elements keep their order.
				if cmp(src[j], src[i]) < 0 {
					dst[k] = src[j]
					j++
				} else {
					dst[k] = src[i]
					i++
				}
				k++
			}
			k += copy(dst[k:], src[i:mid])
			copy(dst[k:], src[j:hi])
		}
		src, dst = dst, src
	}
	if &src[0] != &s[0] {
		copy(s, src)
	}
}
