package claim

import (
	"bytes"
	"math/rand/v2"
	"testing"
	"unicode"
)

// TestWordRuneGeneralPunctuation checks fIsWordRune's shortcut: no rune of
// the General Punctuation block is a letter or a digit.
func TestWordRuneGeneralPunctuation(t *testing.T) {
	for r := rune(0x2000); r <= 0x206F; r++ {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			t.Errorf("%U is a letter or digit", r)
		}
		if fIsWordRune(r) {
			t.Errorf("fIsWordRune(%U) = true", r)
		}
	}
	for _, r := range []rune{'é', 'ß', '漢', '٣', 'Ω'} {
		if !fIsWordRune(r) {
			t.Errorf("fIsWordRune(%q) = false", r)
		}
	}
}

// TestAppendFieldsOnRandomText checks appendFields against bytes.Fields on
// texts of ASCII and other white space, letters and invalid bytes.
func TestAppendFieldsOnRandomText(t *testing.T) {
	pieces := []string{"a", "Bc", " ", "\t", "\n", "\v", "\f", "\r", "\x1c", "\x85", "\u0085", "\u00a0", "\u2003", "\u3000", "é", "\xff", "-", "’"}
	r := rand.New(rand.NewPCG(1, 2))
	for range 3000 {
		var b []byte
		for range r.IntN(12) {
			b = append(b, pieces[r.IntN(len(pieces))]...)
		}
		got, want := appendFields(nil, b), bytes.Fields(b)
		if len(got) != len(want) {
			t.Fatalf("%q: %q, want %q", b, got, want)
		}
		for i := range got {
			if !bytes.Equal(got[i], want[i]) {
				t.Fatalf("%q: %q, want %q", b, got, want)
			}
		}
	}
}
