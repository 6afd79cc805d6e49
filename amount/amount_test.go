package amount

import (
	"bytes"
	"math"
	"testing"
)

func TestParse(t *testing.T) {
	tests := []struct {
		text string
		want float64
		ok   bool
	}{
		{"€35 billion", 35e9, true},
		{"$1.2tn", 1.2e12, true},
		{"£400m", 400e6, true},
		{"£40m-rated", 40e6, true},
		{"€2.5m-a-year", 2.5e6, true},
		{"£25m-plus", 25e6, true},
		{"13.9Mt", 13.9e6, true}, {"3.2GtCO2e", 3.2e9, true}, {"40 MtCO2e", 40, true}, // glued, a scale of tonnes
		{"35bn euros", 35e9, true},
		{"35,000,000,000 euros", 35e9, true},
		{"1,234.5", 1234.5, true},
		{"4,5%", 4.5, true}, // a decimal comma
		{"€1,2 billion", 1.2e9, true},
		{"14,7 Mrd.", 14.7e9, true},
		{"1,25 Mio", 1.25e6, true},
		{"1,2,3", 1, true},
		{"12%", 12, true},
		{"4.5 per cent", 4.5, true},
		{"40 people", 40, true},
		{"forty-two soldiers", 42, true},
		{"twenty five", 25, true},
		{"a third", 1.0 / 3, true},
		{"two thirds", 2.0 / 3, true},
		{"two half-empty buildings", 2, true}, // "half-" starts a compound, no multiplier
		{"three quarter-finals", 3, true},
		{"a sixth", 1.0 / 6, true},
		{"1 in 4", 0.25, true},
		{"P = .02", 0.02, true}, {"P<.001", 0.001, true}, {"P ≤ .001", 0.001, true}, {"p=0.03", 0.03, true},
		{"one-in-three", 1.0 / 3, true},
		{"1-in-4", 0.25, true},
		{"43.2 overs", 43 + 2.0/6, true},
		{"43.2 ov", 43 + 2.0/6, true}, // a scorecard's short form (review 21, F17)
		{"10 overs", 10, true},
		{"one-in-100-year", 0.01, true},
		{"About one in five", 0.2, true},
		{"1,400 in 1911", 1400, true}, // not a share: the second number is no denominator
		{"245 for 7", 0, false},       // runs for wickets: a score, no one amount
		{"312/6", 0, false},
		{"nearly two to one", 0, false}, // a ratio
		{"three to one hundred", 3, true},
		{"three tenths", 0.3, true},
		{"three quarters of voters", 0.75, true},
		{"four quarters", 4, true},
		{"more than a month", 0, false}, // a length of time with no count: no value
		{"almost an hour", 0, false},
		{"only a fortnight", 0, false},
		{"about 1 hour 15 minutes", 0, false}, // two units
		{"for six years", 6, true},
		{"$500 a week", 500, true}, // periods counted: "positive for four quarters"
		{"two halves", 2, true},
		{"five quarters", 5, true},
		{"half", 0.5, true},
		{"half a million", 5e5, true},
		{"12½ years", 12.5, true},
		{"2¾ metres", 2.75, true},
		{"1¼", 1.25, true},
		{"3pc", 3, true},
		{"a few hundred yards", 0, false}, // vague: no one amount
		{"several thousand", 0, false},
		{"a quarter of a million people", 2.5e5, true},
		{"half a billion dollars", 5e8, true},
		{"a third of a pie", 1.0 / 3, true}, // no scale after "of a": still a third
		{"one and a half million", 1.5e6, true},
		{"two and a quarter", 2.25, true},
		{"fivefold", 5, true},
		{"twice", 2, true},
		{"one hundred", 100, true},
		{"3 million people", 3e6, true},
		{"US$ 2.5 billion", 2.5e9, true},
		{"10 to 12", 10, true},
		{"3 cents", 0.03, true},
		{"99c", 0.99, true},
		{"30C", 30, true}, // degrees
		{"5c", 0.05, true},
		{"Rs 500 crore", 5e9, true},
		{"₹1,000 crores", 1e10, true},
		{"1.5 lakh homes", 1.5e5, true},
		{"50p", 0.5, true}, // pence glued to the digits, as money spans have them
		{"£418 m", 418e6, true},
		{"$2.1 bn", 2.1e9, true},
		{"418 m", 418, true}, // a detached "m" without a sign is no scale
		{"5 per cent", 5, true},
		{"1,23", 0, false},                 // a decimal comma, or two numbers in a list: unsure, no value
		{"17\u2009842 votes", 17842, true}, // thin space
		{"17\u202f842", 17842, true},       // narrow no-break space
		{"more than 9\u00a0000", 9000, true},
		{"1\u2009234\u2009567.5", 1234567.5, true},
		{"12 500 people", 12500, true}, // a plain space: first group of one to three digits
		{"1 234 567", 1234567, true},
		{"2019 500 people", 2019, true}, // a first group of four digits: a year, then a count
		{"12 5000", 12, true},           // a group of four digits
		{"3 100m", 3, true},             // a letter glued to the group
		{"4 103-115", 4, true},
		{"1,234 567", 1234, true}, // commas and spaces do not mix
		{"12\u00a0%", 12, true},
		{"₹12.4 lakh crore", 1.24e13, true}, // 12.4 × 10^5 × 10^7: ₹12.4 trillion
		{"₹5 thousand crore", 5e10, true},
		{"$5 bn bn", 5e9, true},
		{"3 million cents", 3e6, true},
		{"-5%", -5, true},
		{"−5%", -5, true},
		{"(-1)", -1, true},
		{"¥–3.1 billion", -3.1e9, true},
		{"-¥3.1 billion", -3.1e9, true},
		{"$-5", -5, true},
		{"a loss of ¥3.1 billion", 3.1e9, true},
		{"5-7%", 5, true},
		{"–5", 5, true}, // an en dash before digits is a dash
		{"dozens", 0, false},
		{"a dozen", 12, true},
		{"a million jobs", 1e6, true}, {"a billion and a half", 1.5e9, true}, {"a mile and a half", 1.5, true},
		{"an hour", 0, false}, {"a half", 0.5, true},
		{"a million four hundred thousand", 1.4e6, true}, {"a million people in five states", 1e6, true},
		{"7 votes to 2", 0, false}, {"312 to 290", 0, false}, {"7 votes", 7, true}, // a tally
		{"several", 0, false},
		{"", 0, false},
		{"€", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			got, ok := Parse([]byte(tt.text))
			if ok != tt.ok || math.Abs(got-tt.want) > 1e-9*math.Max(1, tt.want) {
				t.Errorf("Parse(%q) = %v, %v; want %v, %v", tt.text, got, ok, tt.want, tt.ok)
			}
		})
	}
}

// Decimals read exactly as written, as a reader would copy them: "0.6%" is
// 0.6, not 0.6000000000000001.
func TestDecimalsAreExact(t *testing.T) {
	for text, want := range map[string]float64{"0.6%": 0.6, "4.87 billion": 4.87e9, "1.1": 1.1, "3.10": 3.1, "0.3": 0.3, "1.14": 1.14, "12,931.07": 12931.07, "99.99": 99.99,
		"$4.1bn": 4.1e9, "$4.3bn": 4.3e9, "₹12.4 lakh crore": 1.24e13, "0.3 million": 3e5, "1.1 billion": 1.1e9, "2.9 cents": 0.029, "17\u2009842.4": 17842.4} {
		if v, ok := Parse([]byte(text)); !ok || v != want {
			t.Errorf("Parse(%q) = %v, want exactly %v", text, v, want)
		}
	}
}

func TestParseRange(t *testing.T) {
	tests := []struct {
		text   string
		lo, hi float64
		ok     bool
	}{
		{"$3.10 to $3.25", 3.1, 3.25, true},
		{"0.6%", 0.6, 0.6, true},
		{"44.5°C", 44.5, 44.5, true},
		{"3-4 million", 3e6, 4e6, true},
		{"$3 billion to $4 billion", 3e9, 4e9, true},
		{"between 10 and 12", 10, 12, true},
		{"between twenty and 30", 20, 30, true}, // "and" before digits joins a range, not a fraction
		{"5%–7%", 5, 7, true},
		{"2 to US$4", 2, 4, true},
		{"3 cents to 5 cents", 0.03, 0.05, true},
		{"€35 billion", 3.5e10, 3.5e10, true},
		{"42-page", 42, 42, true},
		{"1,140 new housing units", 1140, 1140, true},
		{"10 to 1", 0, 0, false}, // odds, not an amount
		{"7-2", 0, 0, false},     // a vote
		{"forty to fifty", 40, 50, true},
		{"six hundred and seventy-two million", 672e6, 672e6, true},
		{"two hundred and fifty thousand", 250e3, 250e3, true},
		{"twenty-one to nine", 0, 0, false}, // a vote
		{"Two to three cups a day", 2, 3, true},
		{"one or two glasses", 1, 2, true},
		{"four or 5 times", 4, 5, true},
		{"two to three million", 2e6, 3e6, true}, // the scale is both ends'
		{"6 or more cups", 6, 6, true},           // a bound: its one end
		{"ten to twenty-five", 10, 25, true},
		{"$4.1bn-$4.3bn", 4.1e9, 4.3e9, true},
		{"3.1-4.2 billion", 3.1e9, 4.2e9, true},
		{"about $780,000 to $2.9 million", 780000, 2.9e6, true}, // the scale is the second's own
		{"6.8-7.2 per cent", 6.8, 7.2, true},
		{"-5% to -3%", -5, -3, true},
		{"−5 to 3", -5, 3, true},
		{"17 842 — 36.9%", 17842, 17842, true},
		{"several", 0, 0, false},
		// a glued "m" with nothing after it and no currency is metres
		{"15m", 15, 15, true},
		{"high double digits", 0, 0, false},
		{"low single digits", 0, 0, false},
		{"between 120mm and 150mm", 120, 150, true},
		{"5km-10km", 5, 10, true},
		{"5pc to 7pc", 5, 7, true},
		{"112km/h", 112, 112, true},
		{"90km/h to 110km/h", 90, 110, true},
		{"about 2.5m to 3m", 2.5, 3, true},
		{"£15m", 15e6, 15e6, true},
		{"USD 5m", 5e6, 5e6, true},
		{"38.6m units", 38.6e6, 38.6e6, true},
		{"15m euros", 15e6, 15e6, true},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			lo, hi, ok := ParseRange([]byte(tt.text))
			if ok != tt.ok || math.Abs(lo-tt.lo) > 1e-9*math.Max(1, tt.lo) || math.Abs(hi-tt.hi) > 1e-9*math.Max(1, tt.hi) {
				t.Errorf("ParseRange(%q) = %v, %v, %v; want %v, %v, %v", tt.text, lo, hi, ok, tt.lo, tt.hi, tt.ok)
			}
			if v, _ := Parse([]byte(tt.text)); v != lo {
				t.Errorf("Parse(%q) = %v, ParseRange's low end %v", tt.text, v, lo)
			}
		})
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"€35 billion", "1,234.5", "two thirds", "\xff9,", "9 -"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		v, ok := Parse(b)
		if !ok && v != 0 {
			t.Fatalf("Parse(%q) = %v, false", b, v)
		}
		// a minus, a ticker's down arrow ("↓1.2%"), a golf score below
		// par ("12 under"), or a coordinate south or west ("89.9°S")
		if math.IsNaN(v) || v < 0 && !bytes.ContainsAny(b, "-−–▼↓🔻°") && !bytes.Contains(bytes.ToLower(b), []byte("under")) {
			t.Fatalf("Parse(%q) = %v", b, v)
		}
		lo, hi, rok := ParseRange(b)
		if rok != ok || lo != v || hi < lo || math.IsNaN(hi) {
			t.Fatalf("ParseRange(%q) = %v, %v, %v; Parse = %v, %v", b, lo, hi, rok, v, ok)
		}
	})
}

func BenchmarkParse(b *testing.B) {
	in := []byte("€35,000,000,000 billion")
	b.ReportAllocs()
	for b.Loop() {
		Parse(in)
	}
}
