package deflate

import "math/bits"

// The symbol alphabets of RFC 1951, section 3.2.5.
const (
	numLitLen  = 286 // literal/length symbols that may appear: 0-255, end of block 256, lengths 257-285
	numDist    = 30  // distance symbols 0-29
	numCodeLen = 19  // code-length symbols 0-18
	endOfBlock = 256

	minMatch  = 3
	maxMatch  = 258
	windowLen = 32768

	maxCodeBits    = 15 // longest literal/length or distance code
	maxCodeLenBits = 7  // longest code-length code
)

// codeLenOrder is the order in which a dynamic block header lists the
// code-length code's lengths.
var codeLenOrder = [numCodeLen]int{16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15}

var (
	// lengthSym, lengthExtra and lengthExtraVal give, for a match length
	// 3-258, its symbol (257-285), the number of extra bits and their value.
	lengthSym      [maxMatch + 1]uint16
	lengthExtra    [maxMatch + 1]uint8
	lengthExtraVal [maxMatch + 1]uint16

	// distBase and distExtraBits describe the distance symbols 0-29.
	distBase      [numDist]int
	distExtraBits [numDist]uint8

	// fixedLitLen and fixedDist are the code lengths of a fixed-Huffman block.
	fixedLitLen [288]uint8
	fixedDist   [32]uint8
)

func init() {
	// Length symbols: 8 with no extra bits, then 4 per extra bit from 1 to
	// 5; the length 258 has its own symbol 285.
	l := 3
	for sym := 257; sym < 285; sym++ {
		extra := 0
		if sym >= 265 {
			extra = (sym - 261) / 4
		}
		for i := 0; i < 1<<extra; i++ {
			if l < maxMatch {
				lengthSym[l] = uint16(sym)
				lengthExtra[l] = uint8(extra)
				lengthExtraVal[l] = uint16(i)
			}
			l++
		}
	}
	lengthSym[maxMatch] = 285

	d := 1
	for sym := 0; sym < numDist; sym++ {
		extra := 0
		if sym >= 4 {
			extra = sym/2 - 1
		}
		distBase[sym] = d
		distExtraBits[sym] = uint8(extra)
		d += 1 << extra
	}

	for i := range fixedLitLen {
		switch {
		case i < 144:
			fixedLitLen[i] = 8
		case i < 256:
			fixedLitLen[i] = 9
		case i < 280:
			fixedLitLen[i] = 7
		default:
			fixedLitLen[i] = 8
		}
	}
	for i := range fixedDist {
		fixedDist[i] = 5
	}
}

// distSym returns the symbol of a distance 1-32768.
func distSym(dist int) int {
	if dist <= 4 {
		return dist - 1
	}
	// The symbol is twice the position of the top bit of dist-1, plus the
	// bit below it.
	d := dist - 1
	top := bits.Len32(uint32(d)) - 1
	return 2*top + (d>>(top-1))&1
}
