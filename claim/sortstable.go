package claim

// sortAttributions sorts s by lo, keeping attributions of one lo in their
// order. It sorts a key for each, with sortSpans: a Span whose Start is
// the lo and whose End is minus the index, so that of keys with one Start,
// which spanBefore orders by End from the greatest, the first attribution
// comes first. It stands in for slices.SortStableFunc, whose generic code
// cost the wasm build about 40 KB, and for a merge sort of its own, which
// cost it about 650 bytes (gzip).
func sortAttributions(s []attribution) {
	sorted := true
	for i := 1; i < len(s) && sorted; i++ {
		sorted = s[i].lo() >= s[i-1].lo()
	}
	if sorted {
		return // the common case for attributions, found in order
	}
	keys := make([]Span, len(s))
	for i, at := range s {
		keys[i] = Span{Start: int32(at.lo()), End: int32(-i)}
	}
	sortSpans(keys)
	src := append([]attribution(nil), s...)
	for i, k := range keys {
		s[i] = src[-k.End]
	}
}
