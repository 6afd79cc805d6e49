package segment

import "github.com/claimlight/claimlight/tokenize"

// Append appends the sentences of src, given its tokens, to dst.
// PLACEHOLDER: replaced by the real splitter.
func Append(dst []Sentence, src []byte, toks []tokenize.Token) []Sentence {
	if len(toks) > 0 {
		dst = append(dst, Sentence{Start: 0, End: int32(len(src)), TokEnd: int32(len(toks))})
	}
	return dst
}
