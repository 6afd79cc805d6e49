package claim

import (
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
