package le

import (
	"encoding/binary"
	"testing"
)

func TestMatchesEncodingBinary(t *testing.T) {
	b := []byte{1, 0x23, 0x45, 0x67, 0x89, 0xab, 0xcd, 0xef, 0xff}
	if got, want := Uint64(b), binary.LittleEndian.Uint64(b); got != want {
		t.Errorf("Uint64 = %#x, want %#x", got, want)
	}
	var out, ref [9]byte
	PutUint64(out[:], 0x0123456789abcdef)
	binary.LittleEndian.PutUint64(ref[:], 0x0123456789abcdef)
	if out != ref {
		t.Errorf("PutUint64 wrote %x, want %x", out, ref)
	}
}
