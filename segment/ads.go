package segment

import (
	"bytes"

	"github.com/claimlight/claimlight/internal/strs"
	"github.com/claimlight/claimlight/internal/wordset"
	"github.com/claimlight/claimlight/tokenize"
)

// sponsorWords are the first two words, in the cases a heading writes
// them, of a line that names a newsletter's sponsor over its
// advertisement, "SPONSORED BY NORTHVALE BANK", "Presented by Acme", "In
// partnership with Acme", and the first of a bare label that is page
// furniture alone, "Sponsored", "Advertisement", "Partner content", "Paid
// content".
var sponsorWords wordset.Table // sponsorWordsList, filled by init from wordSets

const sponsorWordsList = "Sponsored|SPONSORED|Presented|PRESENTED|In|IN|Advertisement|ADVERTISEMENT|" +
	"Partner|PARTNER|Paid|PAID|by|BY|partnership|PARTNERSHIP|association|ASSOCIATION"

// adLinks are the first words of a link that closes an advertisement,
// "Find out more › northvale.co.uk/switch", "Learn more".
var adLinks wordset.Table // adLinksList, filled by init from wordSets

const adLinksList = "Find|FIND|Learn|LEARN|Shop|SHOP|Apply|APPLY"

// sponsorBlock returns the index of the last line of an advertisement
// that the line sp.lines[i] heads (i when it heads no other line), or -1
// if it is no such heading (see sponsorWords). A line of at most ten
// words with no final stop that names the sponsor, "Sponsored by
// Northvale Bank", heads the lines under it up to a blank line, a list
// item or a link such as "Find out more ›" (which is in it), at most four
// lines of 600 bytes in all; with no such end in sight, only itself. A
// bare label, "SPONSORED" or "Advertisement", heads lines only when such
// a link ends them: over running text, as in a news page where
// "Advertisement" stands between paragraphs, it heads none.
func (sp *splitter) sponsorBlock(i int) int {
	lines := sp.lines
	a, b := int(lines[i].a), int(lines[i].b)
	if b-a >= 20 || !sponsorWords.Has(sp.text(a)) {
		return -1
	}
	named := b-a > 2 && sponsorWords.Has(sp.text(a+2)) && !sp.isStop(b-1)
	if !named && (b-a > 3 || !sp.furniture(a, b)) {
		return -1
	}
	end := i
	for k, size := i+1, int32(0); k < len(lines) && k <= i+4; k++ {
		l := lines[k]
		if size += sp.toks[l.b-1].End - sp.toks[l.a].Start; l.gap || size > 600 || sp.traits(k)&trItem != 0 {
			break
		}
		if bytes.Contains(sp.src[sp.toks[l.a].Start:sp.toks[l.b-1].End], []byte("›")) || adLinks.Has(sp.text(int(l.a))) {
			return k
		}
		end = k
	}
	if n := end + 1; !named || n < len(lines) && !lines[n].gap && sp.traits(n)&trItem == 0 {
		return i // a bare label with no link, or no end in sight: it may be running text
	}
	return end
}

// address reports whether the line [a, b) is a postal address, as in the
// footer that the law asks of a newsletter: "The Morning Brief Ltd, 4th
// Floor, 18 Carver Street, London EC2A 4NP, United Kingdom", "Acme Media
// Inc., 1200 Market Street, Suite 400, San Francisco, CA 94103". It holds a
// British postcode or a state and ZIP code after a comma, and no word in
// lower case but titleSmallWords ("of", "upon"), so no verb: a sentence
// that gives an address is a claim as any other.
func (sp *splitter) address(a, b int) bool {
	if b-a < 5 || sp.toks[b-1].End-sp.toks[a].Start > 160 || sp.isStop(b-1) {
		return false
	}
	code := false
	for k := a; k < b; k++ {
		if sp.toks[k].Kind != tokenize.Word {
			continue
		}
		w := sp.text(k)
		if !upper(w[0]) && !titleSmallWords.Has(w) {
			return false
		}
		if k+2 < b && sp.toks[k+2].Kind == tokenize.Number && upper(w[0]) {
			// "EC2A 4NP"; ", CA 94103"
			n := sp.text(k + 2)
			code = code || len(n) == 3 && len(w) <= 4 && strs.HasDigit(w) && upper(n[2]) ||
				len(n) == 5 && len(w) == 2 && upper(w[1]) && k-2 >= a && sp.isByte(k-2, ',')
		}
	}
	return code
}

func upper(c byte) bool { return 'A' <= c && c <= 'Z' }
