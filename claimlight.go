// Package claimlight finds the sentences of a text that make factual claims
// worth checking, and the parts that make them so.
//
// It runs the whole pipeline in one call: tokenize, split into sentences,
// annotate spans, score each sentence. All offsets are UTF-8 byte offsets into
// the caller's text, starting at 0, with End excluded; package offsets turns
// them into UTF-16 for JavaScript.
package claimlight

import (
	"math/bits"
	"sync"

	"github.com/claimlight/claimlight/amount"
	"github.com/claimlight/claimlight/claim"
	"github.com/claimlight/claimlight/internal/le"
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
	// NotEnglish is set by Analyze when the text does not read as English
	// (too few of its words are English function words). The engine knows
	// English only, so its spans and scores for such a text are unreliable.
	NotEnglish bool
}

// Analyze runs the whole pipeline over src. It never fails: any input,
// however odd, gives a Document. src is not copied and must not change while
// the Document is in use.
func Analyze(src []byte) *Document {
	d := Segment(src)
	d.Spans = claim.Annotate(src, d.Tokens, d.Sentences)
	d.Judgements = claim.Judge(src, d.Tokens, d.Sentences, d.Spans)
	d.NotEnglish = !looksEnglish(src, d.Tokens)
	return d
}

// SpanValue returns the number span i states when it is a quantity, money
// or percent span (3.5e10 for "€35 billion"), with hi the upper end of a
// range ("$3.10 to $3.25") or lo again, as amount.ParseRange reads them; ok
// is false for other spans and for spans that state no one amount ("7-2",
// and "4-6" in "won 4-6, 6-3": see claim.Tally).
func (d *Document) SpanValue(i int) (lo, hi float64, ok bool) {
	switch s := d.Spans[i]; s.Kind {
	case claim.Quantity, claim.Money, claim.Percent:
		if s.Kind == claim.Quantity && claim.Tally(d.Src, d.Spans, i) {
			return 0, 0, false // "won 4-6, 6-3": a score, not a range
		}
		if v, ok := claim.Odds(d.Src, s); s.Kind == claim.Quantity && ok {
			return v, v, true // "the 11/4 favourite": a price, 2.75
		}
		if v, ok := claim.RaceTime(d.Src, s); s.Kind == claim.Quantity && ok {
			return v, v, true // "under 2:24": 8640 seconds
		}
		return amount.ParseRange(s.Text(d.Src))
	}
	return 0, 0, false
}

// SpeakerName returns the person or body that speaker span i stands for
// ("Anna Berg" for "she", "Oksana Hrytsenko" for "Ukraine’s deputy finance
// minister, Oksana Hrytsenko", "Anna Berg" for "Anna Berg"; see
// claim.SpeakerName), or "" when the text does not make it clear (a "he"
// with no one named before it) and for spans that are not speakers.
func (d *Document) SpeakerName(i int) string {
	if d.Spans[i].Kind != claim.Speaker {
		return ""
	}
	return claim.SpeakerName(d.Src, d.Spans, i)
}

// SentenceSpeaker returns the index in d.Spans of the speaker span whose
// words sentence i gives, or -1 when it gives no one's or the Document has
// no judgements (see claim.Judgement.Speaker): the span of "the ministry"
// for "The ministry said 40 people had died.", the transcript label
// "CHIEF MARGARET OYELARAN" for every sentence of her turn.
func (d *Document) SentenceSpeaker(i int) int {
	if i < 0 || i >= len(d.Judgements) {
		return -1
	}
	return int(d.Judgements[i].Speaker)
}

// SpanCurrency returns the currency that money span i is in, as a label to
// print with its value ("€" for "€35 billion", "SEK" for "2.4 billion
// Swedish crowns"; see amount.Currency), or "" for other spans and for
// money in a currency the text does not name. Cents ("94 cents", valued
// 0.94) take the currency of the text's other money when it is all in one
// dollar or in euros: "$" for "94 cents" beside "$1.37", so that the value
// reads "$0.94"; "$" when there is none, or only bitcoin, which has no
// cents; "" beside pounds, or two currencies (pence, "132.4p", are
// none).
func (d *Document) SpanCurrency(i int) string {
	s := d.Spans[i]
	if s.Kind != claim.Money {
		return ""
	}
	t := s.Text(d.Src)
	if c := amount.Currency(t); c == "$" {
		return d.storyDollar(i)
	} else if c != "" || !amount.InCents(t) {
		return c
	}
	// the other money, up to centsReach spans either way, so that a long
	// text of cents stays quick
	label := ""
	for j := max(0, i-centsReach); j < len(d.Spans) && j <= i+centsReach; j++ {
		if d.Spans[j].Kind != claim.Money || j == i {
			continue
		}
		u := d.Spans[j].Text(d.Src)
		c := amount.Currency(u)
		k := 0
		for k < len(u)-1 && (u[k] >= '0' && u[k] <= '9' || u[k] == '.' || u[k] == ',' || u[k] == ' ') {
			k++
		}
		switch {
		case c == "" || c == "₿" || u[k] == 'p' && (k+1 == len(u) || u[k+1] != 'o'):
			// no sign; or pence, "132.4p a litre", which a UK price in a
			// story of US cents is written in (not "12 pounds")
		case c != "€" && c[len(c)-1] != '$' || label != "" && c != label:
			return "" // "£", "SEK", or dollars and euros both
		default:
			label = c
		}
	}
	if label == "" {
		return "$" // "Dogecoin jumped 9% to 31 cents": the dollar's, as most cents are
	}
	return label
}

// storyDollar returns the dollar that a bare "$" of money span i stands
// for: the dollar the story named last before it, "A$" for "$187.3
// billion" after "A$4.2 billion" in an Australian budget story; but "$"
// when that story writes "US$" too, or gives a sum in "$" in brackets, a
// conversion to US dollars ("A$2 billion ($1.3 billion)"); or "$" when it
// named none. It looks back over up to 64 sums of money, so that a long
// text of dollars stays quick.
func (d *Document) storyDollar(i int) string {
	n := 0
	for j := i; j >= 0 && j >= i-centsReach && n < 64; j-- {
		s := d.Spans[j]
		if s.Kind != claim.Money {
			continue
		}
		n++
		c := amount.Currency(s.Text(d.Src))
		if c == "$" && s.Start > 0 && d.Src[s.Start-1] == '(' || c == "US$" {
			break
		}
		if len(c) > 1 && c[len(c)-1] == '$' && c != "R$" {
			return c
		}
	}
	return "$"
}

// SpanUnit returns the unit of value span i, as a label to print with its
// value: for money its currency (see SpanCurrency); for a quantity or
// percentage, when the text makes it clear, "points" for "11.2 percentage
// points" (a change of 11.2 points, not of 11.2%), "bps" for "80 basis
// points", "°C" for "47.3C", "mph", "m", "miles" (see claim.Unit). For
// betting odds and a one-in-N chance it is the reading to print in place
// of the value, and starts with a digit: "11/4 odds" for "the 11/4
// favourite" (valued 2.75), "1 in 500" for "one-in-500-year" (0.002). It
// is "" for other spans and when the text names no unit ("20,000
// people", "5%").
func (d *Document) SpanUnit(i int) string {
	if s := d.Spans[i]; s.Kind != claim.Money {
		return claim.Unit(d.Src, s)
	}
	return d.SpanCurrency(i)
}

// centsReach is how many spans either side SpanCurrency looks at for the
// currency of cents.
const centsReach = 1000

// Segment runs only the first two stages: tokens and sentences.
func Segment(src []byte) *Document {
	d := &Document{Src: src}
	d.Tokens = tokens(src)
	d.Sentences = segment.Append(make([]segment.Sentence, 0, sentenceEstimate(src)), src, d.Tokens)
	return d
}

// spareTokens holds the token buffer of the document tokenized last, for
// the next to tokenize into; nil while a document uses it.
var spareTokens struct {
	mu  sync.Mutex
	buf []tokenize.Token
}

// maxSpareTokens bounds the tokens of the buffer kept in spareTokens, so
// that a long text's buffer is not held for the next short one: enough
// for some 300 KB of news text.
const maxSpareTokens = 1 << 17

// tokens returns the tokens of src in a slice of their own length. A text
// that fits the spare buffer is tokenized there and its tokens copied out,
// which costs less than working out their number first; a longer one is
// tokenized into a slice of tokenEstimate's capacity.
func tokens(src []byte) []tokenize.Token {
	spare := len(src) <= 2*maxSpareTokens
	var buf []tokenize.Token
	if spare {
		spareTokens.mu.Lock()
		buf, spareTokens.buf = spareTokens.buf, nil
		spareTokens.mu.Unlock()
	}
	if buf == nil {
		buf = make([]tokenize.Token, 0, tokenEstimate(src))
	}
	buf = tokenize.Append(buf[:0], src)
	if !spare {
		return buf
	}
	toks := make([]tokenize.Token, len(buf))
	copy(toks, buf)
	if cap(buf) <= maxSpareTokens {
		spareTokens.mu.Lock()
		spareTokens.buf = buf
		spareTokens.mu.Unlock()
	}
	return toks
}

// tokenEstimate is a capacity for src's tokens that text rarely outgrows,
// so that the token slice is allocated once and not much larger than it
// needs: it counts the places where a token may start (a letter or digit
// after something else, a space after something else, any other ASCII
// byte, the first byte of a multi-byte character), which for news text
// is one to fifteen percent more than the tokens, and adds a little.
//
// Each byte is looked at with the byte before it only: a continuation byte
// after an ASCII byte, which valid UTF-8 never has, makes the byte after it
// count as a start. Eight bytes at a time are classed as one word, each
// class a mask of the bytes' high bits: a byte starts a token when it is
// of class byteOther, or a letter or digit after a byte that is not, or a
// space or tab after a byte that is not. The last few bytes go by table
// (see countStarts).
func tokenEstimate(src []byte) int {
	n := 0
	var prevAlnum, prevSpace uint64 // of the word before, in its top byte's high bit
	i := 0
	for ; i+8 <= len(src); i += 8 {
		// Letters and digits by bytesIn; a space or tab by its xor with
		// the byte: for a byte b below 0x80, b + 0x7f has its high bit set
		// when b is not 0.
		x := le.Uint64(src[i:])
		hi, lo := x&hiBits, x&lowBits
		alnum := (bytesIn(lo, '0', '9') | bytesIn(lo|0x20*ones, 'a', 'z')) &^ hi
		space := ^((lo ^ ' '*ones + lowBits) & (lo ^ '\t'*ones + lowBits)) & hiBits &^ hi
		other := hiBits &^ (alnum | space | hi&^(x<<1)) // hi&^(x<<1): 10xxxxxx
		n += bits.OnesCount64(other | alnum&^(alnum<<8|prevAlnum>>56) | space&^(space<<8|prevSpace>>56))
		prevAlnum, prevSpace = alnum, space
	}
	prev := uint8(byteOther)
	if i > 0 {
		prev = byteClass[src[i-1]]
	}
	n += countStarts(src[i:], prev)
	return n + n/64 + 16
}

// countStarts counts the places where a token may start in src, the byte
// before it being of class prev, by table.
func countStarts(src []byte, prev uint8) int {
	n, p := 0, prev<<2
	for _, c := range src {
		k := byteClass[c]
		n += int(tokenStarts[(p|k)&15])
		p = k << 2
	}
	return n
}

// bytesIn returns, for a word lo of bytes below 0x80, the high bit of each
// byte from a to z (a <= z < 0x80). For such a byte b, b + 0x80 - v has its
// high bit set when b >= v, with no carry into the next byte.
func bytesIn(lo uint64, a, z byte) uint64 {
	return (lo + (0x80-uint64(a))*ones) &^ (lo + (0x80-uint64(z)-1)*ones) & hiBits
}

// Masks of the high bit and of the other bits of each byte of a word.
const (
	hiBits  = 0x8080808080808080
	lowBits = 0x7f7f7f7f7f7f7f7f
	ones    = 0x0101010101010101
)

// Byte classes for tokenEstimate.
const (
	byteOther = iota // starts a token of its own
	byteAlnum        // ASCII letter or digit
	byteSpace        // space or tab
	byteCont         // a continuation byte of a multi-byte character
)

// tokenStarts is 1 for the pairs of byte classes, the class of the byte
// before times 4 plus that of the byte, where a token may start.
var tokenStarts = func() (t [16]uint8) {
	for prev := range 4 {
		for k := range 4 {
			if k != byteCont && (k != prev || k == byteOther) {
				t[prev<<2|k] = 1
			}
		}
	}
	return t
}()

var byteClass = func() (t [256]uint8) {
	for c := range 256 {
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
			t[c] = byteAlnum
		case c == ' ' || c == '\t':
			t[c] = byteSpace
		case 0x80 <= c && c < 0xC0:
			t[c] = byteCont
		}
	}
	return t
}()

// sentenceEstimate is a capacity for src's sentences that news text rarely
// outgrows, so the sentence slice is allocated once: news sentences run
// to about 100 bytes, and short ones (interviews, lists) to about 60.
func sentenceEstimate(src []byte) int { return len(src)/64 + 8 }
