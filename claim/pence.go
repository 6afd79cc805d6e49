package claim

import "bytes"

// penceContext reports whether sent, the text of a sentence, speaks of
// money, so that a number with "p" glued to it in the sentence ("3p",
// "412p") is a sum in pence: it holds a currency sign ("$", "£", "€") or
// one of penceWords ("Fuel duty will rise by 3p a litre", "Shares fell
// 12p"), or it is a table's row with a change in per cent ("Haverhill
// Group | 412p | -11.0%"). Without either, "1080p video" is a screen's resolution. The
// annotator (a Money span) and the featurizer (a sum to the model) both
// ask it, of the same sentence, and so agree.
func penceContext(sent []byte) bool {
	if bytes.IndexByte(sent, '$') >= 0 || bytes.Contains(sent, []byte("£")) || bytes.Contains(sent, []byte("€")) ||
		bytes.IndexByte(sent, '%') >= 0 && (bytes.IndexByte(sent, '|') >= 0 || bytes.IndexByte(sent, '\t') >= 0) {
		return true
	}
	var buf [10]byte
	for i := 0; i < len(sent); {
		n := 0
		for ; i < len(sent) && ('a' <= sent[i]|0x20 && sent[i]|0x20 <= 'z'); i++ {
			if n < len(buf) {
				buf[n] = sent[i] | 0x20
			}
			n++
		}
		if n > 1 && n <= len(buf) && wordIn(penceWords, buf[:n]) {
			return true
		}
		i++
	}
	return false
}

// penceWords are words, in lower case, that make a sentence speak of
// money (see penceContext), separated by spaces.
const penceWords = "pence penny pound pounds litre litres pint per price prices priced cost costs duty fare fares fee fees " +
	"tax vat levy charge charges bill pay paid wage wages share shares stock dividend profit stamp stamps worth cash kwh eps dps rise rises"
