package claim

import (
	"testing"
	"unicode"
)

// TestEntityFilterHoldsEveryEntity checks that maybeEntity lets through
// every name of entities, which entityKind would otherwise never find, and
// that it turns most other names away.
func TestEntityFilterHoldsEveryEntity(t *testing.T) {
	for name := range entities {
		if !maybeEntity([]byte(name)) {
			t.Errorf("maybeEntity(%q) = false", name)
		}
	}
	passed := 0
	others := []string{"john smith", "acme widgets", "the prime minister", "tuesday", "anna berg", "hello", "x", ""}
	for _, name := range others {
		if _, ok := entities[name]; !ok && maybeEntity([]byte(name)) {
			passed++
		}
	}
	if passed > len(others)/2 {
		t.Errorf("maybeEntity let %d of %d names that are no entity through", passed, len(others))
	}
}

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
