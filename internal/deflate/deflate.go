package deflate

import (
	"encoding/binary"
	"hash/crc32"
	"math"
	"math/rand/v2"
	"runtime"
	"sync"
)

// Version names the encoder's output: it changes whenever a change to the
// package could change the bytes written for some input and [Options], so
// that callers who cache outputs (cmd/build does) do not reuse an older
// encoder's.
const Version = "4"

// Options tune how hard the encoder works. The zero value asks for the
// defaults.
type Options struct {
	// Iterations is the number of optimal-parsing passes per block, each
	// with the costs the previous pass's parse implies; 15 if 0.
	Iterations int
	// MaxBlocks caps the number of blocks the input is split into; no cap
	// if 0 (splitting stops where it no longer gains), and 1 turns block
	// splitting off.
	MaxBlocks int
	// MaxChain is how many earlier positions with the same hash the match
	// finder compares at each position; 4096 if 0.
	MaxChain int
}

func (o Options) withDefaults() Options {
	if o.Iterations <= 0 {
		o.Iterations = 15
	}
	if o.MaxBlocks <= 0 {
		o.MaxBlocks = math.MaxInt
	}
	if o.MaxChain <= 0 {
		o.MaxChain = 4096
	}
	return o
}

// Gzip returns data compressed as a gzip member (RFC 1952): a header with
// no name and no modification time, a Deflate stream, the CRC-32 and the
// length of data modulo 2^32.
func Gzip(data []byte, opt Options) []byte {
	out := []byte{0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 2, 255} // XFL 2: slowest compression; OS unknown
	out = append(out, Deflate(data, opt)...)
	out = binary.LittleEndian.AppendUint32(out, crc32.ChecksumIEEE(data))
	return binary.LittleEndian.AppendUint32(out, uint32(len(data)))
}

// Deflate returns data compressed as a raw Deflate stream (RFC 1951).
func Deflate(data []byte, opt Options) []byte {
	opt = opt.withDefaults()
	w := &bitWriter{out: make([]byte, 0, len(data)/3+64)}
	if len(data) == 0 {
		// One final fixed-Huffman block holding only its end.
		w.writeBits(1|1<<1, 3)
		w.writeCode(0, 7) // symbol 256 is the 7-bit code 0000000
		return w.bytes()
	}
	ms := findMatches(data, opt.MaxChain)

	// Split a quick parse into blocks, then parse each block optimally
	// for its own statistics.
	toks := greedyParse(data, ms, 0, len(data))
	r := newRangeCounter(toks, 0)
	bounds := append(append([]int{0}, splitPoints(r, opt.MaxBlocks)...), len(toks))

	parts := make([][]token, len(bounds)-1)
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for i := range parts {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			a, b := bounds[i], bounds[i+1]
			parts[i] = optimizeBlock(data, ms, r.pos[a], r.pos[b], toks[a:b], opt.Iterations)
			<-sem
		}()
	}
	wg.Wait()
	var cuts []int
	toks = nil
	for _, p := range parts {
		toks = append(toks, p...)
		cuts = append(cuts, len(toks))
	}
	cuts = cuts[:len(cuts)-1]

	// The optimal parse may be better split elsewhere: split it again and
	// keep whichever split is estimated smaller. (Optimizing the blocks of
	// the new split once more gained nothing on the site's files.)
	r = newRangeCounter(toks, 0)
	if again := splitPoints(r, opt.MaxBlocks); totalBits(r, again) < totalBits(r, cuts) {
		cuts = again
	}
	a := 0
	for i := 0; i <= len(cuts); i++ {
		b := len(toks)
		if i < len(cuts) {
			b = cuts[i]
		}
		writeBlock(w, data, ms, r.pos[a], r.pos[b], toks[a:b], i == len(cuts))
		a = b
	}
	return w.bytes()
}

// totalBits is the estimated size of the parse in r cut into blocks at
// the token indices cuts.
func totalBits(r *rangeCounter, cuts []int) int {
	n, a := 0, 0
	for _, c := range cuts {
		n += r.bits(a, c)
		a = c
	}
	return n + r.bits(a, len(r.toks))
}

// optimizeBlock parses data[start:end] for the smallest dynamic-Huffman
// block: starting from the statistics of the parse best, each pass finds
// the cheapest parse under the costs (entropies) the previous parse
// implies. When the size stops changing, the statistics are reset to the
// best pass's, perturbed, and from then on blended with the previous
// pass's: zopfli's way out of a fixed point. A few passes with the best
// parse's own code as the cost model finish. It returns the smallest parse
// seen, best itself if nothing beats it.
func optimizeBlock(data []byte, ms *matchSet, start, end int, best []token, iterations int) []token {
	cost := make([]float64, end-start+1)
	from := make([]uint32, end-start+1)
	bestCounts := countTokens(best)
	bestBits := makeDynamicCode(bestCounts, false).bits
	stats := toFloat(bestCounts)
	bestStats := stats
	rng := rand.New(rand.NewPCG(1, 2))
	lastBits, perturbed := -1, false
	for it := 0; it < iterations; it++ {
		toks := optimalParse(data, ms, start, end, costsFromCounts(stats), cost, from)
		counts := countTokens(toks)
		bits := makeDynamicCode(counts, false).bits
		if bits < bestBits {
			best, bestBits, bestStats = toks, bits, stats
		}
		last := stats
		stats = toFloat(counts)
		if perturbed {
			stats = stats.blend(last, 0.5)
		}
		if it > 5 && bits == lastBits {
			s := *bestStats
			s.perturb(rng)
			stats, perturbed = &s, true
		}
		lastBits = bits
	}
	// Finish with the code itself as the cost model: the cheapest parse
	// under the best parse's code costs no more under it, and its own code
	// is smaller still (but for the header).
	for range exactPasses {
		code := makeDynamicCode(countTokens(best), false)
		toks := optimalParse(data, ms, start, end, costsFromLengths(code.litLen[:], code.dist[:]), cost, from)
		bits := makeDynamicCode(countTokens(toks), false).bits
		if bits >= bestBits {
			break
		}
		best, bestBits = toks, bits
	}
	return best
}

// exactPasses caps the passes with the code itself as the cost model; on
// the engine the first two gain about 550 bytes, and a third rarely runs.
const exactPasses = 3

// writeBlock writes data[start:end], parsed as toks, as the cheapest of a
// dynamic-Huffman block, a fixed-Huffman block (with a parse made for the
// fixed code's costs) and stored blocks.
func writeBlock(w *bitWriter, data []byte, ms *matchSet, start, end int, toks []token, final bool) {
	counts := countTokens(toks)
	dyn := makeDynamicCode(counts, true)

	fixedCosts := costsFromLengths(fixedLitLen[:], fixedDist[:])
	fixedToks := optimalParse(data, ms, start, end, fixedCosts, make([]float64, end-start+1), make([]uint32, end-start+1))
	fixedCounts := countTokens(fixedToks)
	fixed := fixedBits(fixedCounts)
	if fb := fixedBits(counts); fb < fixed {
		fixedToks, fixed = toks, fb
	}

	stored := storedBitsAt(w, end-start)
	var fin uint32
	if final {
		fin = 1
	}
	switch {
	case stored <= dyn.bits && stored <= fixed:
		writeStored(w, data[start:end], final)
	case fixed <= dyn.bits:
		w.writeBits(fin|1<<1, 3)
		writeTokens(w, fixedToks, fixedLitLen[:], fixedDist[:])
	default:
		w.writeBits(fin|2<<1, 3)
		dyn.header.write(w)
		writeTokens(w, toks, dyn.litLen[:], dyn.dist[:])
	}
}

// storedBitsAt is the exact size in bits of n bytes written as stored
// blocks from the writer's current bit position.
func storedBitsAt(w *bitWriter, n int) int {
	bits, nbits := 0, int(w.nbits)
	for {
		chunk := min(n, 0xffff)
		pad := (8 - (nbits+3)%8) % 8
		bits += 3 + pad + 32 + 8*chunk
		nbits = 0
		n -= chunk
		if n == 0 {
			return bits
		}
	}
}

func writeStored(w *bitWriter, b []byte, final bool) {
	for {
		chunk := min(len(b), 0xffff)
		var fin uint32
		if final && chunk == len(b) {
			fin = 1
		}
		w.writeBits(fin, 3) // BTYPE 00
		w.alignByte()
		w.writeBits(uint32(chunk), 16)
		w.writeBits(uint32(^uint16(chunk)), 16)
		w.out = append(w.out, b[:chunk]...)
		b = b[chunk:]
		if len(b) == 0 {
			return
		}
	}
}

// writeTokens writes a parse and the end of block with the codes of the
// given lengths.
func writeTokens(w *bitWriter, toks []token, litLen, dist []uint8) {
	llCodes := canonicalCodes(litLen)
	dCodes := canonicalCodes(dist)
	for _, t := range toks {
		if t.dist == 0 {
			w.writeCode(llCodes[t.litLen], litLen[t.litLen])
			continue
		}
		l := t.litLen
		s := lengthSym[l]
		w.writeCode(llCodes[s], litLen[s])
		if n := lengthExtra[l]; n > 0 {
			w.writeBits(uint32(lengthExtraVal[l]), uint(n))
		}
		ds := distSym(int(t.dist))
		w.writeCode(dCodes[ds], dist[ds])
		if n := distExtraBits[ds]; n > 0 {
			w.writeBits(uint32(int(t.dist)-distBase[ds]), uint(n))
		}
	}
	w.writeCode(llCodes[endOfBlock], litLen[endOfBlock])
}
