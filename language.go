package claimlight

import (
	"strings"

	"github.com/claimlight/claimlight/tokenize"
)

// Thresholds of looksEnglish.
const (
	// languageMinWords is the fewest words on which looksEnglish judges;
	// shorter texts are taken to be English.
	languageMinWords = 25
	// languageSample is the most words looksEnglish reads: enough to tell,
	// and a fixed cost however long the text.
	languageSample = 4000
	// englishShare is the share of those words that must be English
	// function words. English news prose has 25-40% of them; German,
	// Spanish, French or Italian text, which shares few of the words
	// counted, 0-6% (German shares "was", "an" and "will").
	englishShare = 0.10
)

// looksEnglish reports whether the words of src read as English: whether
// at least englishShare of the first languageSample Word tokens are common
// English function words. The engine's word lists and model are English
// only; on other languages its highlights are noise ("will im" taken for a
// prediction in German), and the reader should be told.
func looksEnglish(src []byte, toks []tokenize.Token) bool {
	words, hits := 0, 0
	var buf [6]byte
	for _, t := range toks {
		if t.Kind != tokenize.Word {
			continue
		}
		words++
		if n := int(t.End - t.Start); n <= len(buf) {
			lower := buf[:0]
			for _, c := range src[t.Start:t.End] {
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				lower = append(lower, c)
			}
			if englishFunctionWord(lower) {
				hits++
			}
		}
		if words == languageSample {
			break
		}
	}
	return words < languageMinWords || float64(hits) >= englishShare*float64(words)
}

// englishFunctionWords are the commonest English words that the main
// western European languages do not also use ("a", "in", "no", "die" and
// "son" are left out), each between spaces. A string is data; a switch over
// the same words would be code, several times larger in the wasm download.
const englishFunctionWords = " the of and to is that for it was with by he she said be at are from this have has " +
	"had not but or they which were their his her been who its would we you there than also more after about " +
	"can if what when could into says our it's will an on "

// englishFunctionWord reports whether w, in lower case, is one of
// englishFunctionWords. w holds no space.
func englishFunctionWord(w []byte) bool {
	var buf [8]byte
	key := append(append(append(buf[:0], ' '), w...), ' ')
	return strings.Contains(englishFunctionWords, string(key))
}
