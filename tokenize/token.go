package tokenize

// Kind classifies a token. The zero value is Invalid.
type Kind uint8

// Token kinds.
const (
	Invalid    Kind = iota // bytes that are not valid UTF-8, one token per bad byte
	Space                  // horizontal white space (spaces, tabs, no-break spaces)
	LineBreak              // one line break: "\n", "\r\n", "\r", U+2028, U+2029
	Word                   // letters, with inner apostrophes and hyphens: "It’s", "war-torn"
	Number                 // "2024", "1,234.5", "3rd", "1990s"
	Currency               // a currency sign: "$", "€", "£", "¥", "zł"
	Percent                // "%"
	Abbrev                 // an abbreviation with its dot(s): "U.S.", "Mr.", "a.m.", "e.g."
	OpenQuote              // an opening quotation mark, straight or curly
	CloseQuote             // a closing quotation mark, straight or curly
	Dash                   // em dash, en dash, or a hyphen standing alone as a dash
	Punct                  // any other punctuation: . , ; : ! ? ( ) …
	URL                    // "https://example.org/a", "www.example.org"
	Email                  // "desk@example.org"
	Mention                // "@handle"
	Hashtag                // "#tag"
	Symbol                 // emoji and other symbols
	numKinds
)

var kindNames = [numKinds]string{
	Invalid: "invalid", Space: "space", LineBreak: "linebreak", Word: "word",
	Number: "number", Currency: "currency", Percent: "percent", Abbrev: "abbrev",
	OpenQuote: "open_quote", CloseQuote: "close_quote", Dash: "dash", Punct: "punct",
	URL: "url", Email: "email", Mention: "mention", Hashtag: "hashtag", Symbol: "symbol",
}

// String returns the kind's name as used in JSON output, e.g. "word".
func (k Kind) String() string {
	if k < numKinds {
		return kindNames[k]
	}
	return "unknown"
}

// Token is one token of a source text: the bytes src[Start:End] and their kind.
// Start and End are byte offsets into the source, starting at 0; End is excluded.
type Token struct {
	Start, End int32
	Kind       Kind
}

// Text returns the token's bytes in src, without copying.
func (t Token) Text(src []byte) []byte { return src[t.Start:t.End] }

// IsSpace reports whether the kind is white space: Space or LineBreak.
func (k Kind) IsSpace() bool { return k == Space || k == LineBreak }

// IsWordLike reports whether the kind carries words or values a reader would
// read aloud: Word, Number, Abbrev, URL, Email, Mention or Hashtag.
func (k Kind) IsWordLike() bool {
	switch k {
	case Word, Number, Abbrev, URL, Email, Mention, Hashtag:
		return true
	}
	return false
}

// IsQuote reports whether the kind is an opening or closing quotation mark.
func (k Kind) IsQuote() bool { return k == OpenQuote || k == CloseQuote }
