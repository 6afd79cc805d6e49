// Package tokenize splits UTF-8 text into tokens.
//
// A token is a run of bytes [Start, End) in the caller's source, with a [Kind].
// Offsets are byte offsets starting at 0. The tokens of a text cover it exactly,
// in order, with no gaps and no overlaps, and every boundary falls on a rune
// boundary (or beside an invalid byte, which becomes an [Invalid] token of its
// own). Tokenizing never fails and never panics, whatever the input.
//
// The lexer classifies ASCII bytes with a 256-entry table and falls back to
// package unicode above ASCII; it allocates nothing per token. [Append]
// documents the conventions (what a word, number, abbreviation or quote is).
// [ClassifyAbbrev] tells the sentence splitter and the annotators how an
// abbreviation behaves, and [NumericPrefix] finds the digits of a number
// token with a glued suffix such as "35bn".
//
// Compared with other tokenizers' tests (go run ./cmd/eval -only tokens), the
// boundaries agree with spaCy's English tokenizer on 98.6% of its cases once
// the deliberate differences are mapped: a contraction or possessive is one
// word ("don't", "Robin's"), a hyphenated compound is one word, letters glued
// to a number stay with it, and a run of "!" or "?" is one token.
package tokenize
