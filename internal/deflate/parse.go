package deflate

import (
	"math"
	"math/rand/v2"
)

// A token is one step of an LZ77 parse: a literal byte (dist 0, litLen the
// byte) or a match (litLen its length 3-258, dist its distance 1-32768).
type token struct {
	litLen uint16
	dist   uint16
}

func (t token) size() int {
	if t.dist == 0 {
		return 1
	}
	return int(t.litLen)
}

// symbolCounts counts how often each literal/length and distance symbol
// occurs in a parse.
type symbolCounts struct {
	litLen [numLitLen]int
	dist   [numDist]int
}

func (c *symbolCounts) add(t token) {
	if t.dist == 0 {
		c.litLen[t.litLen]++
		return
	}
	c.litLen[lengthSym[t.litLen]]++
	c.dist[distSym(int(t.dist))]++
}

func countTokens(toks []token) *symbolCounts {
	c := &symbolCounts{}
	for _, t := range toks {
		c.add(t)
	}
	c.litLen[endOfBlock] = 1
	return c
}

// A costModel gives the cost in bits of each literal, length and distance.
type costModel struct {
	lit     [256]float64
	length  [maxMatch + 1]float64 // symbol and extra bits
	distSym [numDist]float64      // symbol and extra bits
}

func (m *costModel) dist(d int) float64 { return m.distSym[distSym(d)] }

// costsFromLengths is the cost model of a code with these code lengths. A
// symbol the code lacks (length 0) is charged one bit more than the
// longest code, as the code made for a parse using it would have to grow.
func costsFromLengths(litLen, dist []uint8) *costModel {
	bits := func(l uint8) float64 {
		if l == 0 {
			return maxCodeBits + 1
		}
		return float64(l)
	}
	m := &costModel{}
	for i := range m.lit {
		m.lit[i] = bits(litLen[i])
	}
	for l := minMatch; l <= maxMatch; l++ {
		m.length[l] = bits(litLen[lengthSym[l]]) + float64(lengthExtra[l])
	}
	for s := range m.distSym {
		m.distSym[s] = bits(dist[s]) + float64(distExtraBits[s])
	}
	return m
}

// costsFromCounts is the cost model that charges each symbol its entropy,
// -log2 of its frequency, under the counts; an unseen symbol costs as
// much as one seen once.
func costsFromCounts(c *floatCounts) *costModel {
	ll := entropy(c.litLen[:])
	d := entropy(c.dist[:])
	m := &costModel{}
	for i := range m.lit {
		m.lit[i] = ll[i]
	}
	for l := minMatch; l <= maxMatch; l++ {
		m.length[l] = ll[lengthSym[l]] + float64(lengthExtra[l])
	}
	for s := range m.distSym {
		m.distSym[s] = d[s] + float64(distExtraBits[s])
	}
	return m
}

func entropy(counts []float64) []float64 {
	sum := 0.0
	for _, c := range counts {
		sum += c
	}
	out := make([]float64, len(counts))
	logSum := math.Log2(sum)
	if sum == 0 {
		logSum = math.Log2(float64(len(counts)))
	}
	for i, c := range counts {
		if c == 0 {
			out[i] = float64(logSum)
		} else {
			out[i] = float64(max(logSum-math.Log2(c), 0))
		}
	}
	return out
}

// floatCounts are symbol counts that may be blended and perturbed between
// passes of the optimal parse.
type floatCounts struct {
	litLen [numLitLen]float64
	dist   [numDist]float64
}

func toFloat(c *symbolCounts) *floatCounts {
	f := &floatCounts{}
	for i, v := range c.litLen {
		f.litLen[i] = float64(v)
	}
	for i, v := range c.dist {
		f.dist[i] = float64(v)
	}
	return f
}

// blend returns f + w*g.
func (f *floatCounts) blend(g *floatCounts, w float64) *floatCounts {
	r := &floatCounts{}
	for i := range r.litLen {
		r.litLen[i] = f.litLen[i] + float64(w*g.litLen[i]) // the conversion keeps it from being fused
	}
	for i := range r.dist {
		r.dist[i] = f.dist[i] + float64(w*g.dist[i])
	}
	r.litLen[endOfBlock] = 1
	return r
}

// perturb replaces about a third of the counts by others picked at
// random, to shake the iteration out of a fixed point.
func (f *floatCounts) perturb(rng *rand.Rand) {
	for _, a := range [][]float64{f.litLen[:], f.dist[:]} {
		for i := range a {
			if rng.IntN(3) == 0 {
				a[i] = a[rng.IntN(len(a))]
			}
		}
	}
	f.litLen[endOfBlock] = 1
}

// greedyParse parses data[start:end] taking at each position the longest
// match, unless the next position has a longer one (one step of lazy
// matching).
func greedyParse(data []byte, ms *matchSet, start, end int) []token {
	var toks []token
	longest := func(i int) (int, int) {
		c := ms.at(i)
		if len(c) == 0 {
			return 0, 0
		}
		return min(int(c[0]>>16), end-i), int(c[0] & 0xffff)
	}
	for i := start; i < end; {
		l, d := longest(i)
		if l >= minMatch && i+1 < end {
			if l2, _ := longest(i + 1); l2 > l {
				l = 0
			}
		}
		if l < minMatch || (l == minMatch && d > 4096) {
			toks = append(toks, token{litLen: uint16(data[i])})
			i++
			continue
		}
		toks = append(toks, token{litLen: uint16(l), dist: uint16(d)})
		i += l
	}
	return toks
}

// optimalParse returns the cheapest parse of data[start:end] under the
// cost model among those made of literals and the matches in ms: a
// shortest path over positions. cost and from are scratch space of at
// least end-start+1 entries.
func optimalParse(data []byte, ms *matchSet, start, end int, m *costModel, cost []float64, from []uint32) []token {
	n := end - start
	cost = cost[:n+1]
	from = from[:n+1]
	inf := float64(math.Inf(1))
	for i := range cost {
		cost[i] = inf
	}
	cost[0] = 0
	for i := 0; i < n; i++ {
		ci := cost[i]
		if c := ci + m.lit[data[start+i]]; c < cost[i+1] {
			cost[i+1] = c
			from[i+1] = 1
		}
		// The matches come longest first: each length k takes the
		// cheapest distance among the matches at least k long.
		limit := n - i
		cands := ms.at(start + i)
		bestDist, bestCost := 0, inf
		for j, mm := range cands {
			l := min(int(mm>>16), limit)
			d := int(mm & 0xffff)
			if dc := m.dist(d); dc < bestCost {
				bestDist, bestCost = d, dc
			}
			next := minMatch - 1
			if j+1 < len(cands) {
				next = min(int(cands[j+1]>>16), limit)
			}
			base := ci + bestCost
			for k := l; k > next; k-- {
				if c := base + m.length[k]; c < cost[i+k] {
					cost[i+k] = c
					from[i+k] = uint32(k)<<16 | uint32(bestDist)
				}
			}
		}
	}
	// Walk back from the end, then reverse.
	var toks []token
	for i := n; i > 0; {
		f := from[i]
		if f == 1 {
			toks = append(toks, token{litLen: uint16(data[start+i-1])})
			i--
			continue
		}
		l := int(f >> 16)
		toks = append(toks, token{litLen: uint16(l), dist: uint16(f & 0xffff)})
		i -= l
	}
	for a, b := 0, len(toks)-1; a < b; a, b = a+1, b-1 {
		toks[a], toks[b] = toks[b], toks[a]
	}
	return toks
}
