package claimlight_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/claimlight/claimlight"
)

// TestReview9ScaleDot checks that the dot of a German or wire scale after a
// number ends no sentence unless a new sentence plainly starts after it.
func TestReview9ScaleDot(t *testing.T) {
	tests := []struct {
		text string
		want int // sentences
	}{
		{"Turnover was 14,7 Mrd. Franken.", 1},
		{"The cost is 2 Mio. Euro in total.", 1},
		{"The plant costs zł1.4 bln. The firm said so.", 2},
	}
	for _, tt := range tests {
		if got := len(claimlight.Analyze([]byte(tt.text)).Sentences); got != tt.want {
			t.Errorf("%q: %d sentences, want %d", tt.text, got, tt.want)
		}
	}
}

// TestReview9NorthOf checks that "north of" before a figure is a bound,
// not a compass word in the reasons.
func TestReview9NorthOf(t *testing.T) {
	d := claimlight.Analyze([]byte("Completions will be north of 36,000 next year."))
	for _, r := range d.Judgements[0].Reasons {
		if strings.Contains(r, "'north'") {
			t.Errorf("reasons %q name the compass word", d.Judgements[0].Reasons)
		}
	}
}

// TestReview9HalfRange checks that no span shows half a range, "between
// 2021", when an aside splits the range.
func TestReview9HalfRange(t *testing.T) {
	for _, text := range []string{"Crime fell between 2021, the year Mr Reid took office, and 2024.", "Prices rose between 5%, the low, and 7%."} {
		d := claimlight.Analyze([]byte(text))
		for _, s := range d.Spans {
			if strings.HasPrefix(string(s.Text(d.Src)), "between") {
				t.Errorf("%q: span %q is half a range", text, s.Text(d.Src))
			}
		}
	}
}

// TestReview9Numbers checks amounts the ninth review found misread, as a
// user sees them: the span's text, its kind, its value ("lo hi", or
// "none") and its currency.
func TestReview9Numbers(t *testing.T) {
	tests := []struct {
		name, text, span, kind, value, currency string
	}{
		{"a decimal comma before a percent sign", "Sales rose 4,5% to €1,2 billion.", "4,5%", "percent", "4.5 4.5", ""},
		{"a decimal comma after a sign, before a scale", "Sales rose 4,5% to €1,2 billion.", "€1,2 billion", "money", "1.2e+09 1.2e+09", "€"},
		{"a decimal comma before per cent", "Prices rose 2,25 per cent.", "2,25 per cent", "percent", "2.25 2.25", ""},
		{"a comma before three digits groups thousands", "It was 1,200 people.", "1,200 people", "quantity", "1200 1200", ""},
		{"zł before the number", "The plant will cost zł1.4 bln.", "zł1.4 bln", "money", "1.4e+09 1.4e+09", "PLN"},
		{"zł before the number, apart", "It costs zł 320.", "zł 320", "money", "320 320", "PLN"},
		{"zł after the number", "It costs 1.4 bln zł.", "1.4 bln zł", "money", "1.4e+09 1.4e+09", "PLN"},
		{"Kč after the number", "A ticket costs 320 Kč.", "320 Kč", "money", "320 320", "CZK"},
		{"a sign after the number", "A ticket costs 320 €.", "320 €", "money", "320 320", "€"},
		{"Swiss thousands", "The fee is CHF 1'250 per head.", "CHF 1'250 per head", "money", "1250 1250", "CHF"},
		{"Swiss thousands with a typographic apostrophe", "It rose to 1’250’000 francs.", "1’250’000 francs", "money", "1.25e+06 1.25e+06", "CHF"},
		{"a day.month.year date", "It was signed on 3.3.2025 in Bern.", "on 3.3.2025", "date", "none", ""},
		{"down a third", "Vehicle crime is down a third since 2021.", "a third", "quantity", "0.3333333333333333 0.3333333333333333", ""},
		{"down almost a third", "Vehicle crime is down almost a third since 2021.", "almost a third", "quantity", "0.3333333333333333 0.3333333333333333", ""},
		{"up a third", "Sales were up a third in 2024.", "a third", "quantity", "0.3333333333333333 0.3333333333333333", ""},
		{"north of a number is a bound", "Completions will be north of 36,000 next year.", "north of 36,000", "quantity", "36000 36000", ""},
		{"south of a number is a bound", "The price is south of $5.", "south of $5", "money", "5 5", "$"},
		{"a figure rounded up is no bound", "Rounding it up to 30% is wrong.", "30%", "percent", "30 30", ""},
		{"up to is still a bound", "It could cost up to 30%.", "up to 30%", "percent", "30 30", ""},
		{"a range split by an aside has no half", "Crime fell between 2021, the year Mr Reid took office, and 2024.", "2021", "date", "none", ""},
		{"a range whole", "Crime fell between 2021 and 2024.", "between 2021 and 2024", "date", "none", ""},
		{"an amount range split by an aside has no half", "Prices rose between 5%, the low, and 7%.", "5%", "percent", "5 5", ""},
		{"another stays out of the amount", "Another 3p a litre means £2 a week more.", "3p a litre", "money", "0.03 0.03", "£"},
		{"a bound before another keeps it", "It will take at least another 30 days.", "at least another 30 days", "date", "none", ""},
		{"a German scale with its dot", "Turnover was 14,7 Mrd. Franken.", "14,7 Mrd", "quantity", "1.47e+10 1.47e+10", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := claimlight.Analyze([]byte(tt.text))
			got := "no span"
			for i, s := range d.Spans {
				if string(s.Text(d.Src)) != tt.span {
					continue
				}
				value := "none"
				if lo, hi, ok := d.SpanValue(i); ok {
					value = fmt.Sprint(lo, " ", hi)
				}
				got = fmt.Sprintf("%s %s %q", s.Kind, value, d.SpanCurrency(i))
			}
			if want := fmt.Sprintf("%s %s %q", tt.kind, tt.value, tt.currency); got != want {
				t.Errorf("%q in %q: got %s, want %s", tt.span, tt.text, got, want)
			}
		})
	}
}
