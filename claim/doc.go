// Package claim finds the parts of sentences that make factual claims and
// judges how check-worthy each sentence is.
//
// Annotation marks spans (byte ranges of the source) such as money amounts,
// dates, direct quotes and their speakers, comparisons, predictions, causal
// links and hedges. Scoring combines those spans with a small linear model
// over hashed word and character features, trained by cmd/train and embedded
// in the package, into a score in [0, 1], claim types and readable reasons.
package claim
