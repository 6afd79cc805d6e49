package tokenize

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// show renders tokens as "kind:text" joined by " | ", skipping spaces.
func show(src []byte, toks []Token) string {
	var b strings.Builder
	for _, t := range toks {
		if t.Kind == Space {
			continue
		}
		if b.Len() > 0 {
			b.WriteString(" | ")
		}
		fmt.Fprintf(&b, "%s:%s", t.Kind, t.Text(src))
	}
	return b.String()
}

func TestAppend(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", ""},
		{"words", "war-torn Secretary-General snake_case", "word:war-torn | word:Secretary-General | word:snake_case"},
		{"apostrophes", "It’s don't O'Brien", "word:It’s | word:don't | word:O'Brien"},
		{"accents and scripts", "café Zürich Москва 東京", "word:café | word:Zürich | word:Москва | word:東京"},
		{"combining mark", "cafe\u0301 ok", "word:cafe\u0301 | word:ok"},
		{"soft hyphen", "pay\u00admaster", "word:pay\u00admaster"},
		{"numbers", "1,234.5 3rd 1990s 2024 35bn", "number:1,234.5 | number:3rd | number:1990s | number:2024 | number:35bn"},
		{"number forms", "10:30 9/11 2024-25 10-year-old", "number:10:30 | number:9/11 | number:2024-25 | number:10-year-old"},
		{"a footnote mark glued to a range of years", "2025-2050.16 Without 2025-2050.16 percent 1990.25 Then",
			"number:2025-2050 | punct:. | number:16 | word:Without | number:2025-2050.16 | word:percent | number:1990.25 | word:Then"},
		{"fractions and powers", "3½ km² 20°C", "number:3½ | word:km² | number:20 | symbol:° | word:C"},
		{"degrees before a stop", "20°C. Then 104 °F. Then", "number:20 | symbol:° | word:C | punct:. | word:Then | number:104 | symbol:° | word:F | punct:. | word:Then"},
		{"decades", "the ’90s and '80s", "word:the | number:’90s | word:and | number:'80s"},
		{"signs", "fell -5% to +3.2 (-1)", "word:fell | number:-5 | percent:% | word:to | number:+3.2 | punct:( | number:-1 | punct:)"},
		{"number then stop", "in 2024.", "word:in | number:2024 | punct:."},
		{"money", "$35bn €1.2 £3 ¥500", "currency:$ | number:35bn | currency:€ | number:1.2 | currency:£ | number:3 | currency:¥ | number:500"},
		{"Swiss thousands", "CHF 1'250 1’250’000 5'10 12345'678", "word:CHF | number:1'250 | number:1’250’000 | number:5 | number:'10 | number:12345 | close_quote:' | number:678"},
		{"signs written with letters", "zł1.4 320 Kč złoty Kčs", "currency:zł | number:1.4 | number:320 | currency:Kč | word:złoty | word:Kčs"},
		{"percent", "40% 2‰", "number:40 | percent:% | number:2 | percent:‰"},
		{"abbreviations", "U.S. Mr. Sen. a.m. e.g. i.e. Ph.D.", "abbrev:U.S. | abbrev:Mr. | abbrev:Sen. | abbrev:a.m. | abbrev:e.g. | abbrev:i.e. | abbrev:Ph.D."},
		{"initials", "J. K. Rowling", "abbrev:J. | abbrev:K. | word:Rowling"},
		{"No. before a number", "No. 10 and No.", "abbrev:No. | number:10 | word:and | word:No | punct:."},
		{"pages", "pp. 14-17", "abbrev:pp. | number:14-17"},
		{"not an abbreviation", "the end. The", "word:the | word:end | punct:. | word:The"},
		{"months", "Sept. 30 and Jan. 15", "abbrev:Sept. | number:30 | word:and | abbrev:Jan. | number:15"},
		{"curly quotes", "“Yes,” he said. ‘No’", "open_quote:“ | word:Yes | punct:, | close_quote:” | word:he | word:said | punct:. | open_quote:‘ | word:No | close_quote:’"},
		{"straight quotes", `"Yes," he said ("no")`, `open_quote:" | word:Yes | punct:, | close_quote:" | word:he | word:said | punct:( | open_quote:" | word:no | close_quote:" | punct:)`},
		{"single straight", `'and what' said`, `open_quote:' | word:and | word:what | close_quote:' | word:said`},
		{"possessive plural", "parents' house", "word:parents | close_quote:' | word:house"},
		{"ptb quotes", "``Hi,'' he", "open_quote:`` | word:Hi | punct:, | close_quote:'' | word:he"},
		{"dashes", "a — b – c -- d - e", "word:a | dash:— | word:b | dash:– | word:c | dash:-- | word:d | dash:- | word:e"},
		{"ellipsis and runs", "Wait... What?! Now…", "word:Wait | punct:... | word:What | punct:?! | word:Now | punct:…"},
		{"urls", "see https://example.org/a_(b). or www.example.org, bbc.co.uk/news", "word:see | url:https://example.org/a_(b) | punct:. | word:or | url:www.example.org | punct:, | url:bbc.co.uk/news"},
		{"bare domain", "Amazon.com Inc.", "url:Amazon.com | abbrev:Inc."},
		{"email", "mail desk@example.org. Now", "word:mail | email:desk@example.org | punct:. | word:Now"},
		{"email with dots", "j.smith@news.example.co.uk", "email:j.smith@news.example.co.uk"},
		{"mention and hashtag", "@SenAlvarez #MeToo #1 @", "mention:@SenAlvarez | hashtag:#MeToo | punct:# | number:1 | punct:@"},
		{"emoji", "👍🏽 🇫🇷 👨\u200d👩\u200d👧 ❤️", "symbol:👍🏽 | symbol:🇫🇷 | symbol:👨\u200d👩\u200d👧 | symbol:❤️"},
		{"symbols", "a + b = c", "word:a | symbol:+ | word:b | symbol:= | word:c"},
		{"line breaks", "a\r\nb\nc\rd\u2028e", "word:a | linebreak:\r\n | word:b | linebreak:\n | word:c | linebreak:\r | word:d | linebreak:\u2028 | word:e"},
		{"no-break space", "10\u00a0km", "number:10 | word:km"},
		{"thousands after thin and no-break spaces", "won 17\u2009842, 9\u00a0000 and 1\u202f234\u202f567.5 votes",
			"word:won | number:17\u2009842 | punct:, | number:9\u00a0000 | word:and | number:1\u202f234\u202f567.5 | word:votes"},
		{"thousands after plain spaces", "12 500 people, 1 234 567 and -3 000",
			"number:12 500 | word:people | punct:, | number:1 234 567 | word:and | number:-3 000"},
		{"spaces that do not group thousands", "in 2019 500 people, 12 5000, 3 100m, 1.5 100, 5 12 500, 4 103-115, 17\u2009842\u2009",
			"word:in | number:2019 | number:500 | word:people | punct:, | number:12 | number:5000 | punct:, | number:3 | number:100m | punct:, | number:1.5 | number:100 | punct:, | number:5 | number:12 | number:500 | punct:, | number:4 | number:103-115 | punct:, | number:17\u2009842"},
		{"invalid bytes", "a\xffb\xc3", "word:a | invalid:\xff | word:b | invalid:\xc3"},
		{"dateline", "WASHINGTON (Reuters) - The", "word:WASHINGTON | punct:( | word:Reuters | punct:) | dash:- | word:The"},
		{"list bullet", "• one\n* two", "punct:• | word:one | linebreak:\n | punct:* | word:two"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := []byte(tt.in)
			toks := Append(nil, src)
			checkCover(t, src, toks)
			if got := show(src, toks); got != tt.want {
				t.Errorf("Append(%q)\n got %s\nwant %s", tt.in, got, tt.want)
			}
		})
	}
}

func TestAppendKeepsDst(t *testing.T) {
	first := []byte("Hello, world")
	toks := Append(nil, first)
	n := len(toks)
	second := []byte(`"Quote`)
	toks = Append(toks, second)
	if toks[n].Kind != OpenQuote {
		t.Errorf("first token of a second text: got %s, want open_quote (earlier tokens must not count as context)", toks[n].Kind)
	}
	if toks[n].Start != 0 {
		t.Errorf("offsets of the second text start at %d, want 0", toks[n].Start)
	}
}

func TestClassifyAbbrev(t *testing.T) {
	tests := []struct {
		in   string
		want AbbrevClass
	}{
		{"Mr.", AbbrevTitle}, {"Sen", AbbrevTitle}, {"hon.", AbbrevTitle}, {"No.", AbbrevNumber}, {"Sept.", AbbrevMonth},
		{"J.", AbbrevInitial}, {"Ö.", AbbrevInitial}, {"U.S.", AbbrevOther}, {"Inc.", AbbrevOther},
		{"the.", NotAbbrev}, {"", NotAbbrev}, {".", NotAbbrev}, {"mr.", NotAbbrev},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := ClassifyAbbrev([]byte(tt.in)); got != tt.want {
				t.Errorf("ClassifyAbbrev(%q) = %d, want %d", tt.in, got, tt.want)
			}
		})
	}
}

func TestNumericPrefix(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"35bn", 2}, {"1,234.5", 7}, {"10-year-old", 2}, {"’90s", 5}, {"-5", 2}, {"+3.2", 4}, {"2024-25", 7}, {"3rd", 1}, {"", 0},
		{"17\u2009842", 8}, {"12 500bn", 6}, {"−5", 4},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := NumericPrefix([]byte(tt.in)); got != tt.want {
				t.Errorf("NumericPrefix(%q) = %d, want %d", tt.in, got, tt.want)
			}
		})
	}
}

func TestThousandsSpace(t *testing.T) {
	tests := []struct {
		in   string
		j    int // the space's byte offset; the number starts at the first digit
		want int
	}{
		{"17\u2009842", 2, 3}, {"9\u00a0000", 1, 2}, {"1\u202f234", 1, 3}, {"12 500 people", 2, 1},
		{"12 5000", 2, 0}, {"3 100m", 1, 0}, {"4 103-115", 1, 0}, {"9\u00a0000km", 1, 2}, {"12 50", 2, 0}, {"12 ", 2, 0}, {"12", 2, 0},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := ThousandsSpace([]byte(tt.in), 0, tt.j); got != tt.want {
				t.Errorf("ThousandsSpace(%q, 0, %d) = %d, want %d", tt.in, tt.j, got, tt.want)
			}
		})
	}
	// a number after digits and a plain space: "2019 500 600" is not 500,600
	if got := ThousandsSpace([]byte("2019 500 600"), 5, 8); got != 0 {
		t.Errorf("ThousandsSpace after 2019 = %d, want 0", got)
	}
}

func TestKindHelpers(t *testing.T) {
	for k := Kind(0); k < numKinds; k++ {
		t.Run(k.String(), func(t *testing.T) {
			if k.IsSpace() && k.IsWordLike() {
				t.Errorf("%s is both space and word-like", k)
			}
			if k.IsQuote() != (k == OpenQuote || k == CloseQuote) {
				t.Errorf("%s: IsQuote = %v", k, k.IsQuote())
			}
		})
	}
	if !Word.IsWordLike() || !Number.IsWordLike() || Punct.IsWordLike() {
		t.Error("IsWordLike: wrong answer for word, number or punct")
	}
	if Kind(200).String() != "unknown" {
		t.Error("out-of-range kind should print as unknown")
	}
}

// checkCover fails t unless toks cover src exactly, in order, with no empty
// token, every boundary on a rune boundary, and Invalid tokens exactly for
// the bytes that are not valid UTF-8.
func checkCover(t testing.TB, src []byte, toks []Token) {
	t.Helper()
	pos := int32(0)
	for i, tok := range toks {
		if tok.Start != pos || tok.End <= tok.Start || int(tok.End) > len(src) {
			t.Fatalf("token %d [%d,%d) %s: want start %d, non-empty, within %d bytes", i, tok.Start, tok.End, tok.Kind, pos, len(src))
		}
		text := tok.Text(src)
		if tok.Kind == Invalid {
			if len(text) != 1 {
				t.Fatalf("token %d: invalid token of %d bytes", i, len(text))
			}
			if r, size := utf8.DecodeRune(src[tok.Start:]); r != utf8.RuneError || size != 1 {
				t.Fatalf("token %d: valid rune %q marked invalid", i, r)
			}
		} else if !utf8.Valid(text) {
			t.Fatalf("token %d %s %q: not valid UTF-8", i, tok.Kind, text)
		}
		if tok.Kind >= numKinds {
			t.Fatalf("token %d: kind %d out of range", i, tok.Kind)
		}
		pos = tok.End
	}
	if int(pos) != len(src) {
		t.Fatalf("tokens end at %d, text is %d bytes", pos, len(src))
	}
}

func FuzzAppend(f *testing.F) {
	for _, s := range []string{
		"", "U.S. The", "“It’s,” he said.", "$35bn 1,234.5 -5% ’90s", "a\xffb\xc3", "👨\u200d👩\u200d👧 🇫🇷🇫",
		"https://x.org/(a)). desk@x.org www.", "``Hi,'' — a -- b", "No. 10\r\n\u2028", "#tag @me e.g. a.m.",
		"\u200d\ufe0f\u0301", "1.2.3.4-5/6:7", "Ph.D.s j.k@l",
		"It was built c.", "paid c. £40m", // "c." (circa) at the very end read past the text
	} {
		f.Add([]byte(s))
	}
	if wire, err := os.ReadFile("testdata/wire.txt"); err == nil {
		f.Add(wire)
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		toks := Append(nil, src)
		checkCover(t, src, toks)
		if slow := appendSlow(src); !slices.Equal(toks, slow) {
			t.Fatalf("fast paths disagree with next():\n fast %s\n slow %s", show(src, toks), show(src, slow))
		}
	})
}

// appendSlow tokenizes src with next() alone, without the fast paths of
// Append, as a reference for them.
func appendSlow(src []byte) []Token {
	var toks []Token
	for i := 0; i < len(src); {
		k, end := next(src, i, toks)
		toks = append(toks, Token{Start: int32(i), End: int32(end), Kind: k})
		i = end
	}
	return toks
}

func TestFastPathsAgree(t *testing.T) {
	src, err := os.ReadFile("testdata/wire.txt")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := Append(nil, src), appendSlow(src); !slices.Equal(got, want) {
		t.Errorf("fast paths disagree with next() on wire.txt")
	}
	// A word or a punctuation mark and the space after it, before what may
	// end or extend it.
	for _, s := range []string{"a b", "a ", "a  b", "a \tb", "a \nb", "a \u00a0b", "a \u2003b", "a é", "a “b”",
		"word 12", "word \xff", "word 'quoted'", "word -dash", "a\tb", "a b c  d\t e \r\n",
		"a, b", "a,b", ",", ", ", ",  b", "a: b", "a;\tb", "x), y", "a & b", "a/b", "a_b", "a*, “b”", ", \u00a0b", "a,\nb",
		"a. B", "a.", "a...", "a.. b", "a?! b", "a?\u2026", "a.\u2026", "a!\u203d", "Mr. B", "U.S. b", "a. \nb", "3.5. b"} {
		if got, want := Append(nil, []byte(s)), appendSlow([]byte(s)); !slices.Equal(got, want) {
			t.Errorf("%q: fast paths give %v, next() %v", s, got, want)
		}
	}
}

func BenchmarkAppend(b *testing.B) {
	src, err := os.ReadFile("testdata/wire.txt")
	if err != nil {
		b.Fatal(err)
	}
	toks := make([]Token, 0, len(src))
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		toks = Append(toks[:0], src)
	}
}

func TestURLForms(t *testing.T) {
	tests := []struct{ in, want string }{
		{"(mailto:foo-bar@baz-co.com?subject=hi)", "punct:( | url:mailto:foo-bar@baz-co.com?subject=hi | punct:)"},
		{`www.google.com?q=google"`, `url:www.google.com?q=google | close_quote:"`},
		{"www.red-stars.com:", "url:www.red-stars.com | punct::"},
		{"example.org#top.", "url:example.org#top | punct:."},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			src := []byte(tt.in)
			toks := Append(nil, src)
			checkCover(t, src, toks)
			if got := show(src, toks); got != tt.want {
				t.Errorf("Append(%q)\n got %s\nwant %s", tt.in, got, tt.want)
			}
		})
	}
}

// FuzzFastPathsAgree checks Append's fast paths against next() alone.
func FuzzFastPathsAgree(f *testing.F) {
	for _, s := range []string{"a b", "we&#8217;d &pound;3 &quot;x&quot;", "a, b.", "Mr. B, “x”… y?! z", "a \t b\r\n", "3.5. b ,"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		if got, want := Append(nil, src), appendSlow(src); !slices.Equal(got, want) {
			t.Errorf("%q: fast paths give %v, next() %v", src, got, want)
		}
	})
}
