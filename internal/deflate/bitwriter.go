package deflate

// bitWriter appends bits to a byte slice, least significant bit first, as
// RFC 1951 packs them.
type bitWriter struct {
	out   []byte
	acc   uint64 // pending bits, the oldest in the low end
	nbits uint   // number of pending bits, below 8 between calls
}

// writeBits appends the n low bits of v, n at most 32.
func (w *bitWriter) writeBits(v uint32, n uint) {
	w.acc |= uint64(v) << w.nbits
	w.nbits += n
	for w.nbits >= 8 {
		w.out = append(w.out, byte(w.acc))
		w.acc >>= 8
		w.nbits -= 8
	}
}

// writeCode appends a Huffman code of n bits, whose most significant bit
// goes first.
func (w *bitWriter) writeCode(code uint16, n uint8) {
	w.writeBits(uint32(reverseBits(code, n)), uint(n))
}

// alignByte pads with zero bits up to the next byte boundary.
func (w *bitWriter) alignByte() {
	if w.nbits > 0 {
		w.writeBits(0, 8-w.nbits)
	}
}

// bytes returns the output, the last partial byte padded with zero bits.
func (w *bitWriter) bytes() []byte {
	w.alignByte()
	return w.out
}

func reverseBits(code uint16, n uint8) uint16 {
	var r uint16
	for i := uint8(0); i < n; i++ {
		r = r<<1 | code&1
		code >>= 1
	}
	return r
}
