package claimlight_test

import (
	"bytes"
	"fmt"
	"os"
	"reflect"
	"runtime"
	"testing"

	"github.com/claimlight/claimlight"
	"github.com/claimlight/claimlight/claim"
	"github.com/claimlight/claimlight/tokenize"
)

func ExampleAnalyze() {
	text := []byte("BRUSSELS — The bloc will lend Ukraine €35 billion next year, officials said. Follow")
	doc := claimlight.Analyze(text)
	for i, s := range doc.Sentences {
		fmt.Printf("%q checkworthy=%v\n", s.Text(text), doc.Judgements[i].CheckWorthy)
	}
	for _, sp := range doc.Spans {
		if sp.Kind == claim.Money || sp.Kind == claim.Date {
			fmt.Printf("%s: %s\n", sp.Kind, sp.Text(text))
		}
	}
	// Output:
	// "BRUSSELS —" checkworthy=false
	// "The bloc will lend Ukraine €35 billion next year, officials said." checkworthy=true
	// "Follow" checkworthy=false
	// money: €35 billion
	// date: next year
}

// sampleArticle is the page's sample article, written for the project.
func sampleArticle(t testing.TB) []byte {
	b, err := os.ReadFile("web/sample.txt")
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestMemoryStaysWithinTenTimesTheInput checks the promise that a long
// feature does not balloon: everything Analyze allocates for a 1 MB text,
// tokens and spans included, adds up to at most ten times its size.
func TestMemoryStaysWithinTenTimesTheInput(t *testing.T) {
	one := sampleArticle(t)
	src := bytes.Repeat(append(one, "\n\n"...), 1<<20/len(one)+1)
	claimlight.Analyze(src[:1000]) // load the model first; it is shared, not per text
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	doc := claimlight.Analyze(src)
	runtime.ReadMemStats(&after)
	allocated := after.TotalAlloc - before.TotalAlloc
	if len(doc.Sentences) == 0 {
		t.Fatal("no sentences")
	}
	if ratio := float64(allocated) / float64(len(src)); ratio > 10 {
		t.Errorf("Analyze allocated %d bytes for %d bytes of text: %.1fx, want at most 10x", allocated, len(src), ratio)
	} else {
		t.Logf("allocated %.1fx the input", ratio)
	}
}

// TestEveryNonSpaceByteIsInOneSentence checks the facade's output on hostile
// input: nothing the user typed is dropped from the sentences.
func TestEveryNonSpaceByteIsInOneSentence(t *testing.T) {
	inputs := []string{
		"",
		"\xff\xfe\x00 bad bytes.",
		"“Unclosed quote. And more",
		"..........",
		"U.S. U.S. U.S.",
		"a\u2028b\u2029c",
		string(sampleArticle(t)),
	}
	for _, in := range inputs {
		src := []byte(in)
		doc := claimlight.Analyze(src)
		if len(doc.Judgements) != len(doc.Sentences) {
			t.Errorf("%q: %d judgements for %d sentences", in, len(doc.Judgements), len(doc.Sentences))
		}
		covered := make([]int, len(src))
		for _, s := range doc.Sentences {
			for i := s.Start; i < s.End; i++ {
				covered[i]++
			}
		}
		for _, tk := range doc.Tokens {
			if tk.Kind == tokenize.Space || tk.Kind == tokenize.LineBreak {
				continue
			}
			for i := tk.Start; i < tk.End; i++ {
				if covered[i] != 1 {
					t.Errorf("%.40q: byte %d of %s token %q is in %d sentences", in, i, tk.Kind, tk.Text(src), covered[i])
					break
				}
			}
		}
	}
}

func BenchmarkAnalyze(b *testing.B) {
	src := bytes.Repeat(append(sampleArticle(b), "\n\n"...), 30) // about 100 KB
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		claimlight.Analyze(src)
	}
}

// BenchmarkAnalyzeArticle analyses one article of about 3 KB, what the
// page does as a reader pastes or types: per-document costs show here,
// where BenchmarkAnalyze spreads them over 100 KB.
func BenchmarkAnalyzeArticle(b *testing.B) {
	src := sampleArticle(b)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		claimlight.Analyze(src)
	}
}

func BenchmarkSegment(b *testing.B) {
	src := bytes.Repeat(append(sampleArticle(b), "\n\n"...), 30)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		claimlight.Segment(src)
	}
}

// A document says what its amounts state and whom its speakers stand for,
// for every encoder to share; a "he" with no one before it stands for
// no one it can name.
func TestSpanValueAndSpeakerName(t *testing.T) {
	d := claimlight.Analyze([]byte("“Not yet,” he said. “Rates will rise,” said Anna Berg, an economist. Earnings will be $3.10 to $3.25, she said, and sales fell 7-2."))
	got := map[string]string{}
	for i, s := range d.Spans {
		text := string(s.Text(d.Src))
		if lo, hi, ok := d.SpanValue(i); ok {
			got[text] = fmt.Sprint(lo, " ", hi)
		}
		if s.Kind == claim.Speaker {
			got[text] = d.SpeakerName(i)
		}
	}
	want := map[string]string{"$3.10 to $3.25": "3.1 3.25", "he": "", "Anna Berg": "Anna Berg", "she": "Anna Berg"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("values and names = %q, want %q", got, want)
	}
}

// Amounts state the values a reader would copy from them: thousands
// grouped by spaces, South Asian scales, a minus sign, exact decimals, and
// none for a vague "dozens".
func TestSpanValues(t *testing.T) {
	tests := []struct {
		text, span, want string // want is "lo hi", or "none"
	}{
		{"Dufresne won 17\u2009842 votes.", "17\u2009842 votes", "17842 17842"},
		{"That is down from more than 9\u00a0000 in 2025.", "more than 9\u00a0000", "9000 9000"},
		{"Some 12 500 people marched.", "Some 12 500 people", "12500 12500"},
		{"• Hélène Dufresne (LPC) — 17\u2009842 — 36.9%", "36.9%", "36.9 36.9"},
		{"Spending will reach ₹12.4 lakh crore.", "₹12.4 lakh crore", "1.24e+13 1.24e+13"},
		{"The economy will grow by 6.8-7.2 per cent.", "6.8-7.2 per cent", "6.8 7.2"},
		{"It made ¥–3.1 billion, vs. ¥2 billion.", "¥–3.1 billion", "-3.1e+09 -3.1e+09"},
		{"It made -¥3.1 billion last year.", "-¥3.1 billion", "-3.1e+09 -3.1e+09"},
		{"It posted a loss of ¥3.1 billion.", "¥3.1 billion", "3.1e+09 3.1e+09"},
		{"Margins fell −5% in March.", "−5%", "-5 -5"},
		{"Sales will be $4.1bn-$4.3bn this year.", "$4.1bn-$4.3bn", "4.1e+09 4.3e+09"},
		{"Damage is put at about $780,000 to $2.9 million.", "about $780,000 to $2.9 million", "780000 2.9e+06"},
		{"The offer is 412p a share.", "412p a share", "4.12 4.12"},
		{"Shares fell 12.5p to 98.4p.", "98.4p", "0.984 0.984"},
		{"Profit was £418 m.", "£418 m", "4.18e+08 4.18e+08"},
		{"The ratio was 0.82 (95% CI 0.70-0.96).", "CI 0.70-0.96", "0.7 0.96"},
		{"It costs 85 cents.", "85 cents", "0.85 0.85"},
		{"It costs 85c.", "85c", "0.85 0.85"},
		{"It hit 31C.", "31C", "31 31"}, // degrees
		{"The storm left dozens still missing.", "dozens", "none"},
		{"Ferri won 4-6, 6-3, 7-6.", "4-6", "none"},       // a set's score, not a range
		{"Ali took 4-37 from ten overs.", "4-37", "none"}, // bowling figures
		{"City lost 1-2 at home.", "1-2", "none"},
		{"The bill passed by 7 votes to 2.", "7 votes to 2", "none"}, // a tally, as "voted 7-2" is
		{"The court voted 7-2 to strike it down.", "7-2", "none"},
		{"It was a 1-3 defeat.", "1-3", "none"},
		{"They made 245 for 7 in 50 overs.", "245 for 7", "none"},
		{"Hartley leads 44% to 35%.", "35%", "35 35"},
		{"Recovery takes 3-5 weeks.", "3-5 weeks", "3 5"},
		{"They took 2-3 weeks.", "2-3 weeks", "2 3"},
		{"One in five people agreed.", "One in five", "0.2 0.2"},
		{"One in every five people agreed.", "One in every five", "0.2 0.2"},
		{"Councils spend £1 in every £5 on care.", "£1 in every £5", "0.2 0.2"},
		{"Sign-ups dropped from 2,310 to 940.", "940", "940 940"}, // a change, not a range
		{"Sign-ups rose from 940 to 1,505.", "1,505", "1505 1505"},
		{"Keeping two half-empty halls open costs more.", "two half-empty halls", "2 2"},
		{"A magnitude 5.4 quake shook the valley.", "magnitude 5.4 quake", "5.4 5.4"},
		{"He cycled one and a half miles.", "one and a half miles", "1.5 1.5"},
		{"She walked a mile and a half.", "a mile and a half", "1.5 1.5"},
		{"It cost a billion and a half dollars.", "a billion and a half dollars", "1.5e+09 1.5e+09"},
		{"It made a million jobs.", "a million jobs", "1e+06 1e+06"},
		{"Spreads widened 85bps.", "85bps", "85 85"},
		{"It became a Category 3 hurricane.", "Category 3 hurricane", "3 3"},
		{"An EF-3 tornado crossed the river.", "EF-3 tornado", "3 3"},
	}
	for _, tt := range tests {
		t.Run(tt.span, func(t *testing.T) {
			d := claimlight.Analyze([]byte(tt.text))
			got := "no span"
			for i, s := range d.Spans {
				if string(s.Text(d.Src)) != tt.span || s.Kind > claim.Percent {
					continue
				}
				got = "none"
				if lo, hi, ok := d.SpanValue(i); ok {
					got = fmt.Sprint(lo, " ", hi)
				}
			}
			if got != tt.want {
				t.Errorf("value of %q in %q = %s, want %s", tt.span, tt.text, got, tt.want)
			}
		})
	}
}

// Cents are in the currency of the text's other money when it is all one
// dollar or euros, so that the value reads "$0.94" and not a bare 0.94 or
// "¢0.94"; with no other money they are the dollar's (review 20, F18), and
// with pounds or two currencies they have none.
func TestSpanCurrency(t *testing.T) {
	tests := []struct{ text, span, want string }{
		{"EPS was $1.37, up from 94 cents.", "94 cents", "$"},
		{"EPS was $1.37, up from 94 cents.", "$1.37", "$"},
		{"EPS was $1.37, up from 94¢.", "94¢", "$"},
		{"It cost 22 cents then; now it is €1.10.", "22 cents", "€"},
		{"A can was 99c. A crate is C$30.", "99c", "C$"},
		{"A stamp rose by 15 cents.", "15 cents", "$"},
		{"It was $2 here, 94 cents there and €3 in Paris.", "94 cents", ""},
		{"It was £2 here and 94 cents there.", "94 cents", ""},
		{"A pint was 90 pence, or $1.20.", "90 pence", "£"},
		// a sum in bitcoin, which has no cents, does not take theirs away
		{"Dogecoin jumped 9% to 31 cents.", "31 cents", "$"},
		{"Whales bought 3,100 BTC. Dogecoin jumped 9% to 31 cents.", "31 cents", "$"},
		{"Bitcoin rose to $97,450, and whales bought 3,100 BTC. Dogecoin jumped 9% to 31 cents.", "31 cents", "$"},
		// a bare "$" is the dollar the story named before it, "A$", but
		// not a conversion in brackets nor beside "US$" (review 26, F14)
		{"The Treasurer unveiled a A$4.2 billion package, but net debt is forecast to hit $187.3 billion.", "$187.3 billion", "A$"},
		{"BHP will pay A$2 billion ($1.3 billion) for it.", "$1.3 billion", "$"},
		{"BHP will pay A$2 billion ($1.3 billion). It made $5 billion.", "$5 billion", "$"},
		{"It owes A$2 billion and US$3 billion. Debt is $5 billion.", "$5 billion", "$"},
		{"It cost $4 billion. Then A$3 billion.", "$4 billion", "$"},
		{"Sales hit R$2 billion. It made $5 billion.", "$5 billion", "$"},
	}
	for _, tt := range tests {
		t.Run(tt.text+" "+tt.span, func(t *testing.T) {
			d := claimlight.Analyze([]byte(tt.text))
			got := "no span"
			for i, s := range d.Spans {
				if string(s.Text(d.Src)) == tt.span && s.Kind == claim.Money {
					got = d.SpanCurrency(i)
				}
			}
			if got != tt.want {
				t.Errorf("currency of %q in %q = %q, want %q", tt.span, tt.text, got, tt.want)
			}
		})
	}
}
