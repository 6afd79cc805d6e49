package claim

import (
	"strings"
	"testing"

	"github.com/claimlight/claimlight/segment"
	"github.com/claimlight/claimlight/tokenize"
)

// TestOddTokens checks that splitWords notes every token that unreadable
// counts (an Invalid token, a control character but tab and line breaks),
// with each byte value at each place of a few texts: Judge asks unreadable
// about a sentence only when splitWords noted one. Plain text has none.
func TestOddTokens(t *testing.T) {
	f := newFeaturizer(FeatureConfig{Bits: 8})
	defer f.releaseMemo()
	counted := func(src []byte, toks []tokenize.Token) bool {
		for _, tk := range toks {
			if tk.Kind == tokenize.Invalid || tk.End-tk.Start == 1 && src[tk.Start] < 0x20 && !strings.ContainsRune("\t\n\r", rune(src[tk.Start])) {
				return true
			}
		}
		return false
	}
	bases := []string{"", "plain text", strings.Repeat("Prices rose “3%”.\r\n", 3), "tab\there\n\nand é, ü"}
	for _, base := range bases {
		b := []byte(base)
		toks := tokenize.Append(nil, b)
		if f.splitWords(b, toks, 0, int32(len(b))); f.odd != (len(toks) == 0) {
			t.Errorf("%q: odd %v", b, f.odd)
		}
	}
	for _, base := range bases {
		for at := 0; at <= len(base); at++ {
			for c := 0; c < 256; c++ {
				b := []byte(base[:at] + string(rune(0)) + base[at:])
				b[at] = byte(c)
				toks := tokenize.Append(nil, b)
				s := segment.Sentence{Start: 0, End: int32(len(b)), TokEnd: int32(len(toks))}
				f.splitWords(b, toks, s.Start, s.End)
				if counted(b, toks) && !f.odd {
					t.Fatalf("%q: splitWords did not note a token unreadable counts", b)
				}
				if unreadable(b, toks, s) && !f.odd {
					t.Fatalf("%q: unreadable but not odd", b)
				}
			}
		}
	}
}
