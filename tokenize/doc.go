// Package tokenize splits UTF-8 text into tokens.
//
// A token is a run of bytes [Start, End) in the caller's source, with a [Kind].
// Offsets are byte offsets starting at 0. The tokens of a text cover it exactly,
// in order, with no gaps and no overlaps, and every boundary falls on a rune
// boundary (or beside an invalid byte, which becomes an [Invalid] token of its
// own). Tokenizing never fails and never panics, whatever the input.
package tokenize
