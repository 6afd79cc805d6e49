package claim

import (
	"testing"

	"github.com/claimlight/claimlight/segment"
	"github.com/claimlight/claimlight/tokenize"
)

// TestCrash34 checks texts that crashed the engine in the middle of
// session 34 (found by reading the session's diff): odds before a "from"
// that ends the text, and a count change's "to" that opens it. Each must
// give its spans and units, not a panic.
func TestCrash34(t *testing.T) {
	for _, in := range []string{
		"Kestrel Lad is now 5-1 from",
		"The horse drifted to 5-1 from",
		"5-1 from",
		"to 42",
		"to 42 cases",
		"rose from 9",
		"from 9 to 42",
	} {
		b := []byte(in)
		toks := tokenize.Append(nil, b)
		spans := Annotate(b, toks, segment.Append(nil, b, toks))
		if len(spans) == 0 {
			t.Errorf("%q: no spans", in)
		}
		for _, sp := range spans {
			Unit(b, sp)
		}
	}
}
