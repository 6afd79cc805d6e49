package claim

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestAppendCleanSpaceIsFieldsJoined checks appendCleanSpace against
// strings.Fields joined by one space, on texts of words, ASCII and Unicode
// white space and invalid bytes.
func TestAppendCleanSpaceIsFieldsJoined(t *testing.T) {
	pieces := []string{"a", "Bc", " ", "  ", "\t", "\n", "\r\n", "\v", "\u00a0", "\u2003", "\u0085", "é", "\xff", "\xe2\x80", "—", "x.y"}
	r := rand.New(rand.NewPCG(5, 6))
	for range 5000 {
		var b strings.Builder
		for range r.IntN(12) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		in := b.String()
		want := "pre:" + strings.Join(strings.Fields(in), " ")
		clean := len(in) > 0 && in[0] != ' ' && in[len(in)-1] != ' ' && !strings.ContainsAny(in, "\n\r\t") && !strings.Contains(in, "  ")
		if clean {
			want = "pre:" + in
		}
		if got := string(appendCleanSpace([]byte("pre:"), []byte(in))); got != want {
			t.Fatalf("%q: %q, want %q", in, got, want)
		}
	}
}
