package segment

import (
	"testing"

	"github.com/claimlight/claimlight/tokenize"
)

// WikiTag reads a note in brackets from its "[" to its "]".
func TestWikiTag(t *testing.T) {
	tests := []struct {
		in   string
		want string // the note's text, "" for none
	}{
		{"[citation needed] more", "[citation needed]"},
		{"[who?]", "[who?]"},
		{"[dubious – discuss]", "[dubious – discuss]"},
		{"[a] note", "[a]"},
		{"[Citation needed]", ""},
		{"[one two three four five six]", ""},
		{"[who!]", ""},
		{"[12]", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			src := []byte(tt.in)
			toks := tokenize.Append(nil, src)
			got := ""
			if e := WikiTag(src, toks, 0, len(toks)); e > 0 {
				got = string(src[toks[0].Start:toks[e-1].End])
			}
			if got != tt.want {
				t.Errorf("WikiTag(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
