// Package segment splits tokenized text into sentences and paragraphs.
//
// It works over the tokens of package tokenize and returns sentences as byte
// ranges of the source, so nothing is copied. It is tolerant: any input yields
// a result, and every byte that is not white space belongs to exactly one
// sentence.
package segment
