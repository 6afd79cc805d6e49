package claimlight

import (
	"github.com/claimlight/claimlight/internal/le"
	"github.com/claimlight/claimlight/internal/strs"
	"github.com/claimlight/claimlight/tokenize"
)

// Thresholds of looksEnglish.
const (
	// languageMinWords is the fewest words on which looksEnglish judges;
	// shorter texts are taken to be English.
	languageMinWords = 25
	// languageSample is the most words looksEnglish reads: enough to tell,
	// and a small fixed cost however long the text.
	languageSample = 500
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
	for _, t := range toks {
		if t.Kind != tokenize.Word {
			continue
		}
		words++
		if k, ok := wordKeyAt(src, t.Start, t.End); ok && englishKeys.has(k) {
			hits++
		}
		if words == languageSample {
			break
		}
	}
	return words < languageMinWords || float64(hits) >= englishShare*float64(words)
}

// englishFunctionWords are the commonest English words that the main
// western European languages do not also use ("a", "in", "no", "die" and
// "son" are left out).
const englishFunctionWords = "the of and to is that for it was with by he she said be at are from this have has " +
	"had not but or they which were their his her been who its would we you there than also more after about " +
	"can if what when could into says our it's will an on"

// englishKeys are the englishFunctionWords as wordKey packs them.
var englishKeys = func() *keySet {
	var ks keySet
	for rest := englishFunctionWords; rest != ""; {
		w, after := strs.Cut(rest, ' ')
		k, _ := wordKey([]byte(w))
		ks.add(k)
		rest = after
	}
	return &ks
}()

// keySet is a set of non-zero word keys: open addressing in 128 slots,
// a probe or two for each word of a text.
type keySet [128]uint64

func keySlot(k uint64) uint64 { return k * 0x9e3779b97f4a7c15 >> 57 }

func (ks *keySet) add(k uint64) {
	i := keySlot(k)
	for ks[i] != 0 && ks[i] != k {
		i = (i + 1) % uint64(len(ks))
	}
	ks[i] = k
}

func (ks *keySet) has(k uint64) bool {
	for i := keySlot(k); ks[i] != 0; i = (i + 1) % uint64(len(ks)) {
		if ks[i] == k {
			return true
		}
	}
	return false
}

// wordKeyAt returns what wordKey returns for src[s:e], reading the word's
// bytes as one little-endian word when src holds eight bytes from s: an
// upper-case letter is a byte below 0x80 from 'A' to 'Z', and gets bit
// 0x20 set.
func wordKeyAt(src []byte, s, e int32) (uint64, bool) {
	n := e - s
	if n <= 0 || n > 7 || int(s)+8 > len(src) {
		return wordKey(src[s:e])
	}
	x := le.Uint64(src[s:]) & (1<<(8*n) - 1)
	upper := bytesIn(x&lowBits, 'A', 'Z') &^ x
	return x | upper>>2 | uint64(n)<<56, true
}

// wordKey packs a word of at most 7 bytes, in lower case, into a number,
// its length in the top byte, and reports whether the word was that short.
func wordKey(w []byte) (uint64, bool) {
	if len(w) > 7 {
		return 0, false
	}
	k := uint64(len(w)) << 56
	for i, c := range w {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		k |= uint64(c) << (8 * i)
	}
	return k, true
}
