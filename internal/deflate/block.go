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

// makeDynamicCode returns the code for a parse with counts c; thorough
// tries harder for a small header.
func makeDynamicCode(c *symbolCounts, thorough bool) *dynamicCode {
	d := &dynamicCode{}
	codeLengths(c.litLen[:], maxCodeBits, d.litLen[:])
	codeLengths(c.dist[:], maxCodeBits, d.dist[:])
	d.header = makeTreeHeader(d.litLen[:], d.dist[:], thorough)
	d.bits = 3 + d.header.bits + extraBits(c)
	for s, k := range c.litLen {
		d.bits += k * int(d.litLen[s])
	}
	for s, k := range c.dist {
		d.bits += k * int(d.dist[s])
	}
	return d
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
// in increasing order, at most maxBlocks-1 of them: it splits the largest
// block that can still gain, at the point that minimizes the estimated
// size of its two halves, until no block gains or there are maxBlocks.
func splitPoints(r *rangeCounter, maxBlocks int) []int {
	n := len(r.toks)
	type span struct{ a, b int }
	var cuts []int
	todo := []span{{0, n}}
	for len(todo) > 0 && len(cuts)+1 < maxBlocks {
		// The largest block left.
		bi := 0
		for i, s := range todo {
			if s.b-s.a > todo[bi].b-todo[bi].a {
				bi = i
			}
		}
		s := todo[bi]
		todo = append(todo[:bi], todo[bi+1:]...)
		if s.b-s.a < 10 {
			continue
		}
		p, cost := bestCut(r, s.a, s.b)
		if p <= s.a || p >= s.b || cost >= r.bits(s.a, s.b) {
			continue
		}
		cuts = append(cuts, p)
		todo = append(todo, span{s.a, p}, span{p, s.b})
	}
	slices.Sort(cuts)
	return cuts
}

// bestCut returns the cut point in (a, b) with the lowest estimated total
// size of the two blocks, and that size. Small ranges are searched
// exhaustively; larger ones by sampling nine evenly spaced points and
// narrowing around the best, as zopfli does.
func bestCut(r *rangeCounter, a, b int) (int, int) {
	cost := func(p int) int { return r.bits(a, p) + r.bits(p, b) }
	lo, hi := a+1, b // candidates in [lo, hi)
	const samples = 9
	best, bestCost := -1, 0
	for hi-lo > 2*samples {
		step := (hi - lo) / (samples + 1)
		pi, pc := -1, 0
		for k := 1; k <= samples; k++ {
			p := lo + k*step
			if c := cost(p); pi < 0 || c < pc {
				pi, pc = p, c
			}
		}
		if best < 0 || pc < bestCost {
			best, bestCost = pi, pc
		}
		lo, hi = max(pi-step, lo), min(pi+step+1, hi)
	}
	for p := lo; p < hi; p++ {
		if c := cost(p); best < 0 || c < bestCost {
			best, bestCost = p, c
		}
	}
	return best, bestCost
}
