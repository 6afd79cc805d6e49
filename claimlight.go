// Package claimlight finds the sentences of a text that make factual claims
// worth checking, and the parts that make them so.
//
// It runs the whole pipeline in one call: tokenize, split into sentences,
// annotate spans, score each sentence. All offsets are UTF-8 byte offsets into
// the caller's text, starting at 0, with End excluded; package offsets turns
// them into UTF-16 for JavaScript.
package claimlight

import (
	"github.com/claimlight/claimlight/claim"
	"github.com/claimlight/claimlight/segment"
	"github.com/claimlight/claimlight/tokenize"
)

// Version is the engine's version, reported by the CLI and the page.
const Version = "0.1.0"

// Document is the analysis of one text.
type Document struct {
	Src        []byte
	Tokens     []tokenize.Token
	Sentences  []segment.Sentence
	Spans      []claim.Span
	Judgements []claim.Judgement // one per sentence
}

// Analyze runs the whole pipeline over src. It never fails: any input,
// however odd, gives a Document. src is not copied and must not change while
// the Document is in use.
func Analyze(src []byte) *Document {
	d := &Document{Src: src}
	d.Tokens = tokenize.Append(make([]tokenize.Token, 0, tokenEstimate(src)), src)
	d.Sentences = segment.Append(make([]segment.Sentence, 0, sentenceEstimate(src)), src, d.Tokens)
	d.Spans = claim.Annotate(src, d.Tokens, d.Sentences)
	d.Judgements = claim.Judge(src, d.Tokens, d.Sentences, d.Spans)
	return d
}

// Segment runs only the first two stages: tokens and sentences.
func Segment(src []byte) *Document {
	d := &Document{Src: src}
	d.Tokens = tokenize.Append(make([]tokenize.Token, 0, tokenEstimate(src)), src)
	d.Sentences = segment.Append(make([]segment.Sentence, 0, sentenceEstimate(src)), src, d.Tokens)
	return d
}

// tokenEstimate is a capacity for src's tokens that news text rarely
// outgrows, so the token slice is allocated once: English prose has about
// one token (word, space or mark) for every 2.8 bytes.
func tokenEstimate(src []byte) int { return len(src)*2/5 + 16 }

// sentenceEstimate is a capacity for src's sentences that news text rarely
// outgrows, so the sentence slice is allocated once: news sentences run
// to about 100 bytes, and short ones (interviews, lists) to about 60.
func sentenceEstimate(src []byte) int { return len(src)/64 + 8 }
