package tokenize

// Append appends the tokens of src to dst and returns the extended slice.
// PLACEHOLDER: replaced by the real lexer.
func Append(dst []Token, src []byte) []Token {
	if len(src) > 0 {
		dst = append(dst, Token{0, int32(len(src)), Word})
	}
	return dst
}
