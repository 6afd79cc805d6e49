package claim

import (
	"github.com/claimlight/claimlight/segment"
	"github.com/claimlight/claimlight/tokenize"
)

// Judge returns one judgement per sentence.
// PLACEHOLDER: replaced by the real scorer.
func Judge(src []byte, toks []tokenize.Token, sents []segment.Sentence, spans []Span) []Judgement {
	return make([]Judgement, len(sents))
}
