package deflate

import "slices"

// codeLengths sets lengths to length-limited Huffman code lengths for the
// symbol counts, none longer than maxBits and optimal under that limit.
// Symbols of count 0 get length 0. When fewer than two symbols have a
// count, the ones there are (and the lowest unused ones, to make two) get
// length 1: a complete code, which every decoder accepts.
//
// It builds an ordinary Huffman code first (two queues over the sorted
// counts) and falls back to the package-merge algorithm only when that
// code is deeper than maxBits.
func codeLengths(counts []int, maxBits int, lengths []uint8) {
	lengths = lengths[:len(counts)]
	clear(lengths)
	var buf [numLitLen]leaf
	leaves := buf[:0]
	for s, c := range counts {
		if c > 0 {
			leaves = append(leaves, leaf{weight: c, sym: int32(s)})
		}
	}
	if len(leaves) < 2 {
		used := len(leaves)
		for s := 0; s < len(counts) && used < 2; s++ {
			if counts[s] == 0 {
				lengths[s] = 1
				used++
			}
		}
		for _, l := range leaves {
			lengths[l.sym] = 1
		}
		return
	}
	slices.SortFunc(leaves, func(a, b leaf) int {
		if a.weight != b.weight {
			return a.weight - b.weight
		}
		return int(a.sym - b.sym)
	})
	if huffmanLengths(leaves, lengths) <= maxBits {
		return
	}
	clear(lengths)
	packageMerge(leaves, maxBits, lengths)
}

type leaf struct {
	weight int
	sym    int32
}

// huffmanLengths sets the lengths of an unlimited Huffman code for the
// leaves, sorted by weight, and returns the longest.
func huffmanLengths(leaves []leaf, lengths []uint8) int {
	n := len(leaves)
	// Nodes 0..n-1 are the leaves, n.. the inner nodes in the order they
	// are made, which is also increasing weight.
	weight := make([]int, 2*n-1)
	parent := make([]int32, 2*n-1)
	for i, l := range leaves {
		weight[i] = l.weight
	}
	li, ni, next := 0, n, n
	pick := func() int {
		if li < n && (ni >= next || weight[li] <= weight[ni]) {
			li++
			return li - 1
		}
		ni++
		return ni - 1
	}
	for next < 2*n-1 {
		a, b := pick(), pick()
		weight[next] = weight[a] + weight[b]
		parent[a], parent[b] = int32(next), int32(next)
		next++
	}
	depth := make([]uint8, 2*n-1)
	longest := 0
	for i := 2*n - 3; i >= 0; i-- {
		depth[i] = depth[parent[i]] + 1
	}
	for i, l := range leaves {
		lengths[l.sym] = depth[i]
		longest = max(longest, int(depth[i]))
	}
	return longest
}

// packageMerge sets the lengths of the optimal code no longer than
// maxBits for the leaves, sorted by weight.
func packageMerge(leaves []leaf, maxBits int, lengths []uint8) {
	if len(leaves) > 1<<maxBits {
		panic("deflate: too many symbols for the length limit")
	}
	type node struct {
		weight      int
		sym         int32 // -1 for a package
		left, right int32
	}
	n := len(leaves)
	nodes := make([]node, 0, n*(maxBits+1))
	for _, l := range leaves {
		nodes = append(nodes, node{weight: l.weight, sym: l.sym})
	}
	list := make([]int32, n)
	for i := range list {
		list[i] = int32(i)
	}
	merged := make([]int32, 0, 2*n)
	for level := 1; level < maxBits; level++ {
		// Pair the previous list into packages, then merge them with the
		// leaves by weight, leaves first on ties.
		merged = merged[:0]
		li := 0
		for p := 0; p+1 < len(list); p += 2 {
			w := nodes[list[p]].weight + nodes[list[p+1]].weight
			for li < n && nodes[li].weight <= w {
				merged = append(merged, int32(li))
				li++
			}
			merged = append(merged, int32(len(nodes)))
			nodes = append(nodes, node{weight: w, sym: -1, left: list[p], right: list[p+1]})
		}
		for ; li < n; li++ {
			merged = append(merged, int32(li))
		}
		list, merged = merged, list
	}
	// Each time a symbol appears in the first 2n-2 items, its code grows by
	// one bit.
	stack := append([]int32(nil), list[:2*n-2]...)
	for len(stack) > 0 {
		i := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if nd := nodes[i]; nd.sym >= 0 {
			lengths[nd.sym]++
		} else {
			stack = append(stack, nd.left, nd.right)
		}
	}
}

// canonicalCodes returns the canonical Huffman codes (RFC 1951, 3.2.2) of
// the code lengths.
func canonicalCodes(lengths []uint8) []uint16 {
	var blCount [maxCodeBits + 1]int
	for _, l := range lengths {
		blCount[l]++
	}
	blCount[0] = 0
	var next [maxCodeBits + 2]int
	code := 0
	for b := 1; b <= maxCodeBits; b++ {
		code = (code + blCount[b-1]) << 1
		next[b] = code
	}
	codes := make([]uint16, len(lengths))
	for s, l := range lengths {
		if l > 0 {
			codes[s] = uint16(next[l])
			next[l]++
		}
	}
	return codes
}

// A treeHeader is the encoded description of a dynamic block's two codes:
// the literal/length and distance code lengths, run-length encoded with
// the code-length symbols 16, 17 and 18, and the code-length code itself.
type treeHeader struct {
	hlit, hdist, hclen int               // counts as written: symbols, not minus their bias
	rle                []uint16          // code-length symbol in the low 5 bits, its extra bits' value above
	clLengths          [numCodeLen]uint8 // lengths of the code-length code
	bits               int               // size of the whole header in bits, after the 3 block header bits
}

// rleLengths appends the run-length encoding of lengths to dst, using the
// repeat symbols that use16, use17 and use18 allow.
func rleLengths(dst []uint16, lengths []uint8, use16, use17, use18 bool) []uint16 {
	for i := 0; i < len(lengths); {
		v := lengths[i]
		run := 1
		for i+run < len(lengths) && lengths[i+run] == v {
			run++
		}
		i += run
		if v == 0 && (use17 || use18) {
			for run >= 3 {
				if run >= 11 && use18 {
					n := min(run, 138)
					dst = append(dst, 18|uint16(n-11)<<5)
					run -= n
				} else if use17 {
					n := min(run, 10)
					dst = append(dst, 17|uint16(n-3)<<5)
					run -= n
				} else {
					break
				}
			}
		} else if use16 && run >= 4 {
			dst = append(dst, uint16(v))
			run--
			for run >= 3 {
				n := min(run, 6)
				dst = append(dst, 16|uint16(n-3)<<5)
				run -= n
			}
		}
		for ; run > 0; run-- {
			dst = append(dst, uint16(v))
		}
	}
	return dst
}

// rleExtraBits is the number of extra bits after each code-length symbol.
var rleExtraBits = [numCodeLen]uint8{16: 2, 17: 3, 18: 7}

// makeTreeHeader returns the smallest header it finds for the code lengths
// litLen (286 or fewer) and dist (30 or fewer): with all the repeat
// symbols, and when thorough with each subset of them.
func makeTreeHeader(litLen, dist []uint8, thorough bool) treeHeader {
	hlit := 257
	for i := len(litLen); i > 257; i-- {
		if litLen[i-1] != 0 {
			hlit = i
			break
		}
	}
	hdist := 1
	for i := len(dist); i > 1; i-- {
		if dist[i-1] != 0 {
			hdist = i
			break
		}
	}
	best := treeHeader{bits: -1}
	for flags := 7; flags >= 0; flags-- {
		if !thorough && flags != 7 {
			break
		}
		// Runs do not cross from the literal/length lengths into the
		// distance lengths: RFC 1951 allows it, but nothing is gained
		// worth a doubt about a decoder.
		rle := rleLengths(nil, litLen[:hlit], flags&1 != 0, flags&2 != 0, flags&4 != 0)
		rle = rleLengths(rle, dist[:hdist], flags&1 != 0, flags&2 != 0, flags&4 != 0)
		var counts [numCodeLen]int
		for _, s := range rle {
			counts[s&31]++
		}
		var h treeHeader
		codeLengths(counts[:], maxCodeLenBits, h.clLengths[:])
		h.hlit, h.hdist, h.rle = hlit, hdist, rle
		h.hclen = 4
		for i := numCodeLen; i > 4; i-- {
			if h.clLengths[codeLenOrder[i-1]] != 0 {
				h.hclen = i
				break
			}
		}
		h.bits = 5 + 5 + 4 + 3*h.hclen
		for s, c := range counts {
			h.bits += c * (int(h.clLengths[s]) + int(rleExtraBits[s]))
		}
		if best.bits < 0 || h.bits < best.bits {
			best = h
		}
	}
	return best
}

// write writes the header, from HLIT on.
func (h *treeHeader) write(w *bitWriter) {
	w.writeBits(uint32(h.hlit-257), 5)
	w.writeBits(uint32(h.hdist-1), 5)
	w.writeBits(uint32(h.hclen-4), 4)
	for _, s := range codeLenOrder[:h.hclen] {
		w.writeBits(uint32(h.clLengths[s]), 3)
	}
	codes := canonicalCodes(h.clLengths[:])
	for _, r := range h.rle {
		s := r & 31
		w.writeCode(codes[s], h.clLengths[s])
		if n := rleExtraBits[s]; n > 0 {
			w.writeBits(uint32(r>>5), uint(n))
		}
	}
}
