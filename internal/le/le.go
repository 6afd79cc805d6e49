// Package le reads and writes little-endian 64-bit words for the engine's
// packages, which scan text eight bytes at a time. encoding/binary does the
// same, but it brings reflect into the WebAssembly build; these small
// functions inline, and the compiler turns each into one load or store.
package le

// Uint64 reads the first 8 bytes of b as a little-endian word.
func Uint64(b []byte) uint64 {
	_ = b[7]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// PutUint64 writes v to the first 8 bytes of b, little-endian.
func PutUint64(b []byte, v uint64) {
	_ = b[7]
	b[0], b[1], b[2], b[3] = byte(v), byte(v>>8), byte(v>>16), byte(v>>24)
	b[4], b[5], b[6], b[7] = byte(v>>32), byte(v>>40), byte(v>>48), byte(v>>56)
}
