package claim

import "github.com/claimlight/claimlight/internal/wordset"

// penceContext reports whether sent, the text of a sentence, speaks of
// money, so that a number with "p" glued to it in the sentence ("3p",
// "412p") is a sum in pence: it holds a currency sign ("$", "£", "€") or
// one of penceWords ("Fuel duty will rise by 3p a litre", "Shares fell
// 12p"). Without either, "1080p video" is a screen's resolution. The
// annotator (a Money span) and the featurizer (a sum to the model) both
// ask it, of the same sentence, and so agree.
func penceContext(sent []byte) bool {
	var buf [12]byte
	n := 0 // letters of the word so far in buf; -1 when it is too long
	for i := 0; i <= len(sent); i++ {
		c := byte(' ')
		if i < len(sent) {
			c = sent[i]
		}
		switch {
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
			if n >= 0 && n < len(buf) {
				buf[n] = c | 0x20
				n++
			} else {
				n = -1
			}
			continue
		case c == '$':
			return true
		case c == 0xc2 && i+1 < len(sent) && sent[i+1] == 0xa3: // "£"
			return true
		case c == 0xe2 && i+2 < len(sent) && sent[i+1] == 0x82 && sent[i+2] == 0xac: // "€"
			return true
		}
		if n > 0 && penceWords.Has(buf[:n]) {
			return true
		}
		n = 0
	}
	return false
}

// penceWords are words, in lower case, that make a sentence speak of
// money (see penceContext).
var penceWords = wordset.Of("pence|penny|pennies|pound|pounds|sterling|litre|litres|liter|liters|gallon|pint|pints|" +
	"loaf|per|price|prices|priced|pricing|cost|costs|costing|cheaper|dearer|duty|duties|fare|fares|fee|fees|" +
	"tax|taxes|vat|levy|charge|charges|charged|tariff|tariffs|bill|bills|pay|paid|pays|wage|wages|" +
	"share|shares|stock|stocks|dividend|dividends|earnings|profit|profits|ftse|stamp|stamps|cash|money|" +
	"coin|coins|spend|spent|worth|save|saved|saving|savings|kwh|cap|payout|payouts|interest")
