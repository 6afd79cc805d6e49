package amount

import (
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
		{"35bn euros", 35e9, true},
		{"35,000,000,000 euros", 35e9, true},
		{"1,234.5", 1234.5, true},
		{"12%", 12, true},
		{"4.5 per cent", 4.5, true},
		{"40 people", 40, true},
		{"forty-two soldiers", 42, true},
		{"twenty five", 25, true},
		{"a third", 1.0 / 3, true},
		{"two thirds", 2.0 / 3, true},
		{"three quarters of voters", 0.75, true},
		{"half", 0.5, true},
		{"fivefold", 5, true},
		{"one hundred", 100, true},
		{"3 million people", 3e6, true},
		{"US$ 2.5 billion", 2.5e9, true},
		{"10 to 12", 10, true},
		{"3 cents", 0.03, true},
		{"50p", 50, true}, // "p" alone is too ambiguous to read as pence
		{"5 per cent", 5, true},
		{"1,23", 1, true}, // a comma not followed by three digits ends the number
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

func FuzzParse(f *testing.F) {
	for _, s := range []string{"€35 billion", "1,234.5", "two thirds", "\xff9,", "9 -"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		v, ok := Parse(b)
		if !ok && v != 0 {
			t.Fatalf("Parse(%q) = %v, false", b, v)
		}
		if math.IsNaN(v) || v < 0 {
			t.Fatalf("Parse(%q) = %v", b, v)
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
