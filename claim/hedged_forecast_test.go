package claim

import "testing"

// TestHedgedForecastType checks that a hedged statement of what a figure
// will do, "Rates could climb another 20 to 30 percent over the next
// decade.", is typed a prediction as well as a quantity: a claim about the
// future, whose hedge makes it no less one to check later. A past
// inability ("could not explain"), a possibility that is no change ("may
// be wrong") and a modal that is no hedge keep their types.
func TestHedgedForecastType(t *testing.T) {
	for _, tt := range []struct {
		in         string
		prediction bool
	}{
		{"Rates could climb another 20 to 30 percent over the next decade.", true},
		{"Prices may rise 5% next year.", true},
		{"The index might fall below 3,000 by June.", true},
		{"The bill could cost taxpayers £4bn.", true},
		{"Unemployment could reach 6% in 2027.", true},
		{"The firm could not explain the 5% fall.", false},
		{"The 5% figure may be wrong.", false},
		{"Prices rose 5% last year.", false},
		{"He may have taken £5,000 from the fund.", false},
	} {
		src, _, js := judgeText(tt.in)
		if len(js) != 1 {
			t.Fatalf("%q: %d sentences", src, len(js))
		}
		if got := js[0].Types&TypePrediction != 0; got != tt.prediction {
			t.Errorf("%q: types %v, prediction %v, want %v", src, js[0].Types.Names(), got, tt.prediction)
		}
	}
}
