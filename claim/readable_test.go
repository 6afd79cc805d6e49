package claim

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestReadableBytes checks readableBytes against a byte at a time, with
// each byte value at each place of texts long enough for its eight-byte
// steps and their tail.
func TestReadableBytes(t *testing.T) {
	want := func(b []byte) bool {
		for _, c := range b {
			if c < 0x20 && c != '\t' && c != '\n' && c != '\r' {
				return false
			}
		}
		return utf8.Valid(b)
	}
	for _, base := range []string{"", "plain text", strings.Repeat("Prices rose “3%”.\r\n", 3)} {
		for at := 0; at <= len(base); at++ {
			for c := 0; c < 256; c++ {
				b := []byte(base[:at] + string(rune(0)) + base[at:])
				b[at] = byte(c)
				if got := readableBytes(b); got != want(b) {
					t.Fatalf("readableBytes(%q) = %v, want %v", b, got, !got)
				}
			}
		}
	}
	for _, s := range []string{"tab\there", "é, ü and “quotes”", "del \x7f is text", "\xe2\x80"} {
		if got := readableBytes([]byte(s)); got != want([]byte(s)) {
			t.Errorf("readableBytes(%q) = %v", s, got)
		}
	}
}
