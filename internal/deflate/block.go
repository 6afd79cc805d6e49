package deflate

import "slices"

// extraBits is the total of extra bits the symbols in c carry.
func extraBits(c *symbolCounts) int {
	n := 0
	for s := 265; s < 285; s++ {
		n += c.litLen[s] * ((s - 261) / 4)
	}
	for s, k := range c.dist {
		n += k * int(distExtraBits[s])
	}
	return n
}

// A dynamicCode is the pair of codes a dynamic block uses, with its header.
type dynamicCode struct {
	litLen [numLitLen]uint8
	dist   [numDist]uint8
	header treeHeader
	bits   int // whole block in bits, its 3 header bits included
}

// makeDynamicCode returns the code for a parse with counts c. When
// thorough, it tries harder for a small header: each subset of the repeat
// symbols, and codes made from counts smoothed for longer runs of equal
// lengths (see smoothForRuns), keeping whichever makes the block smallest.
func makeDynamicCode(c *symbolCounts, thorough bool) *dynamicCode {
	var best *dynamicCode
	var smoothLL, smoothD []int
	if thorough {
		smoothLL, smoothD = smoothForRuns(c.litLen[:]), smoothForRuns(c.dist[:])
	}
	for _, ll := range [][]int{c.litLen[:], smoothLL} {
		for _, dd := range [][]int{c.dist[:], smoothD} {
			if ll == nil || dd == nil {
				continue
			}
			d := &dynamicCode{}
			codeLengths(ll, maxCodeBits, d.litLen[:])
			codeLengths(dd, maxCodeBits, d.dist[:])
			d.header = makeTreeHeader(d.litLen[:], d.dist[:], thorough)
			d.bits = 3 + d.header.bits + extraBits(c)
			for s, k := range c.litLen {
				d.bits += k * int(d.litLen[s])
			}
			for s, k := range c.dist {
				d.bits += k * int(d.dist[s])
			}
			if best == nil || d.bits < best.bits {
				best = d
			}
		}
	}
	return best
}

// smoothForRuns returns counts in which each stretch of at least four
// neighbouring symbols with similar counts (within 3 of a running
// estimate) is replaced by its average, so that their code lengths come
// out equal and the tree header codes them as a run. Stretches that are
// already runs (5 or more zeros, 7 or more equal counts) are left alone,
// and no symbol that occurs gets a count of 0.
func smoothForRuns(counts []int) []int {
	out := slices.Clone(counts)
	n := len(counts)
	for n > 0 && counts[n-1] == 0 {
		n--
	}
	keep := make([]bool, n)
	for i := 0; i < n; {
		j := i
		for j < n && counts[j] == counts[i] {
			j++
		}
		if (counts[i] == 0 && j-i >= 5) || (counts[i] != 0 && j-i >= 7) {
			for k := i; k < j; k++ {
				keep[k] = true
			}
		}
		i = j
	}
	estimate := func(i int) int {
		if i+4 <= n {
			return (counts[i] + counts[i+1] + counts[i+2] + counts[i+3] + 2) / 4
		}
		return counts[i]
	}
	stride, sum, limit := 0, 0, 0
	if n > 0 {
		limit = estimate(0)
	}
	for i := 0; i <= n; i++ {
		if i == n || keep[i] || abs(counts[i]-limit) >= 4 {
			if stride >= 4 || (stride >= 3 && sum == 0) {
				avg := (sum + stride/2) / stride
				if sum > 0 {
					avg = max(avg, 1)
				}
				for k := i - stride; k < i; k++ {
					out[k] = avg
				}
			}
			stride, sum = 0, 0
			if i == n {
				break
			}
			limit = estimate(i)
			if keep[i] {
				continue
			}
		}
		stride++
		sum += counts[i]
	}
	return out
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// fixedBits is the size in bits of a fixed-Huffman block with these counts.
func fixedBits(c *symbolCounts) int {
	n := 3 + extraBits(c)
	for s, k := range c.litLen {
		n += k * int(fixedLitLen[s])
	}
	for _, k := range c.dist {
		n += k * 5
	}
	return n
}

// storedBits is the size in bits of n bytes in stored blocks, counting
// the padding to a byte boundary as 5 bits on average.
func storedBits(n int) int {
	blocks := max((n+0xffff-1)/0xffff, 1)
	return blocks*(3+5+32) + 8*n
}

// blockBits is the estimated size of the cheapest block for a parse with
// these counts covering n bytes.
func blockBits(c *symbolCounts, n int) int {
	return min(makeDynamicCode(c, false).bits, fixedBits(c), storedBits(n))
}

// rangeCounter counts the symbols of any run of a parse quickly, from
// running totals kept at every checkpointEvery tokens.
type rangeCounter struct {
	toks   []token
	pos    []int // pos[i] is the input offset at which toks[i] starts; pos[len(toks)] the end
	totals []symbolCounts
}

const checkpointEvery = 512

func newRangeCounter(toks []token, start int) *rangeCounter {
	r := &rangeCounter{toks: toks, pos: make([]int, len(toks)+1)}
	var run symbolCounts
	p := start
	for i, t := range toks {
		if i%checkpointEvery == 0 {
			r.totals = append(r.totals, run)
		}
		r.pos[i] = p
		p += t.size()
		run.add(t)
	}
	r.pos[len(toks)] = p
	if len(toks)%checkpointEvery == 0 {
		r.totals = append(r.totals, run)
	}
	return r
}

// counts returns the symbol counts of toks[a:b], end of block included.
func (r *rangeCounter) counts(a, b int) *symbolCounts {
	c := &symbolCounts{}
	ca, cb := a/checkpointEvery, b/checkpointEvery
	if ca == cb {
		for _, t := range r.toks[a:b] {
			c.add(t)
		}
	} else {
		hi, lo := &r.totals[cb], &r.totals[ca]
		for i := range c.litLen {
			c.litLen[i] = hi.litLen[i] - lo.litLen[i]
		}
		for i := range c.dist {
			c.dist[i] = hi.dist[i] - lo.dist[i]
		}
		for _, t := range r.toks[ca*checkpointEvery : a] {
			c.sub(t)
		}
		for _, t := range r.toks[cb*checkpointEvery : b] {
			c.add(t)
		}
	}
	c.litLen[endOfBlock] = 1
	return c
}

func (c *symbolCounts) sub(t token) {
	if t.dist == 0 {
		c.litLen[t.litLen]--
		return
	}
	c.litLen[lengthSym[t.litLen]]--
	c.dist[distSym(int(t.dist))]--
}

// bits is the estimated size of toks[a:b] as one block.
func (r *rangeCounter) bits(a, b int) int {
	return blockBits(r.counts(a, b), r.pos[b]-r.pos[a])
}

// splitPoints chooses where to cut a parse into blocks, as token indices
// in increasing order, at most maxBlocks-1 of them. It works bottom up, so
// that a small change to the input moves only the cuts near it: the parse
// is first cut into windows of splitWindow tokens; the two neighbouring
// blocks whose merging saves the most estimated bits are merged, again and
// again, until no merge saves any (or there are maxBlocks blocks); then
// each cut is moved to the best point near it, or dropped when the two
// blocks are smaller as one (refineCuts).
func splitPoints(r *rangeCounter, maxBlocks int) []int {
	n := len(r.toks)
	if maxBlocks <= 1 || n < 20 {
		return nil
	}
	w := splitWindowFor(n)
	bounds := []int{}
	for p := 0; p < n; p += w {
		bounds = append(bounds, p)
	}
	if n-bounds[len(bounds)-1] < w/2 && len(bounds) > 1 {
		bounds = bounds[:len(bounds)-1] // no short last window
	}
	bounds = append(bounds, n)
	// bits[i] is the estimated size of block i, bounds[i] to bounds[i+1];
	// joined[i] that of blocks i and i+1 as one.
	k := len(bounds) - 1
	bits := make([]int, k)
	joined := make([]int, k)
	for i := range bits {
		bits[i] = r.bits(bounds[i], bounds[i+1])
	}
	for i := 0; i+1 < k; i++ {
		joined[i] = r.bits(bounds[i], bounds[i+2])
	}
	for k > 1 {
		bi := -1
		for i := 0; i+1 < k; i++ {
			if g := bits[i] + bits[i+1] - joined[i]; bi < 0 || g > bits[bi]+bits[bi+1]-joined[bi] {
				bi = i
			}
		}
		if bits[bi]+bits[bi+1]-joined[bi] <= 0 && k <= maxBlocks {
			break
		}
		bits[bi] = joined[bi]
		bounds = slices.Delete(bounds, bi+1, bi+2)
		bits = slices.Delete(bits, bi+1, bi+2)
		joined = slices.Delete(joined, bi+1, bi+2)
		k--
		if bi > 0 {
			joined[bi-1] = r.bits(bounds[bi-1], bounds[bi+1])
		}
		if bi+1 < k {
			joined[bi] = r.bits(bounds[bi], bounds[bi+2])
		}
	}
	bounds = refineCuts(r, bounds, w)
	return bounds[1 : len(bounds)-1]
}

// splitWindow is the size in tokens of the windows splitPoints starts
// from on large inputs; small inputs get smaller ones (splitWindowFor).
const splitWindow = 256

func splitWindowFor(n int) int {
	return min(splitWindow, max(n/64, 16))
}

// refineCuts moves each inner bound of a split (token indices, first 0,
// last the end) to the point within w tokens of it that makes its two
// blocks smallest, or drops it when they are smaller as one block, in
// two passes over the bounds. It returns the bounds left.
func refineCuts(r *rangeCounter, bounds []int, w int) []int {
	for range 2 {
		for i := 1; i+1 < len(bounds); i++ {
			a, p, b := bounds[i-1], bounds[i], bounds[i+1]
			cost := func(q int) int { return r.bits(a, q) + r.bits(q, b) }
			cur := cost(p)
			if r.bits(a, b) <= cur {
				bounds = slices.Delete(bounds, i, i+1)
				i--
				continue
			}
			// Coarse to fine: steps of w/16 over p±w, then of 1/16 of
			// that around the best, and so on down to single tokens.
			lo, hi := max(a+1, p-w), min(b-1, p+w)
			best, bestCost := p, cur
			for step := max(w/16, 1); ; step = max(step/16, 1) {
				c := best
				for q := max(lo, c-16*step); q <= min(hi, c+16*step); q += step {
					if q == c {
						continue
					}
					if qc := cost(q); qc < bestCost {
						best, bestCost = q, qc
					}
				}
				if step == 1 {
					break
				}
			}
			bounds[i] = best
		}
	}
	return bounds
}
