package claim_test

import (
	"fmt"

	"github.com/claimlight/claimlight/claim"
	"github.com/claimlight/claimlight/segment"
	"github.com/claimlight/claimlight/tokenize"
)

func ExampleAnnotate() {
	src := []byte(`"We will spend €35 billion next year," Tervoort said.`)
	toks := tokenize.Append(nil, src)
	sents := segment.Append(nil, src, toks)
	spans := claim.Annotate(src, toks, sents)
	for i, s := range spans {
		fmt.Printf("%s %q", s.Kind, s.Text(src))
		if s.Kind == claim.Speaker {
			fmt.Printf(" = %s", claim.SpeakerName(src, spans, i))
		}
		fmt.Println()
	}
	// Output:
	// quote "\"We will spend €35 billion next year,\""
	// prediction "will spend"
	// money "€35 billion"
	// date "next year"
	// speaker "Tervoort" = Tervoort
	// person "Tervoort"
	// cue "said"
}
