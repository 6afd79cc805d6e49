package claim

// sortAttributions sorts s by lo, keeping attributions of one lo in their
// order: a merge sort, O(n log n) with a scratch copy of s unless s is
// already sorted. It stands in for slices.SortStableFunc, whose generic
// code cost the wasm build about 40 KB, and for a generic sortStable,
// whose one instantiation cost it about 1 KB.
func sortAttributions(s []attribution) {
	sorted := true
	for i := 1; i < len(s) && sorted; i++ {
		sorted = s[i].lo() >= s[i-1].lo()
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
			for j := i; j > lo && s[j].lo() < s[j-1].lo(); j-- {
				s[j], s[j-1] = s[j-1], s[j]
			}
		}
	}
	if len(s) <= run {
		return
	}
	src, dst := s, make([]attribution, len(s))
	for width := run; width < len(s); width *= 2 {
		for lo := 0; lo < len(s); lo += 2 * width {
			mid, hi := min(lo+width, len(s)), min(lo+2*width, len(s))
			i, j, k := lo, mid, lo
			for i < mid && j < hi {
				// Take from the right run only when strictly smaller,
				// so that equal elements keep their order.
				if src[j].lo() < src[i].lo() {
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
