package claim

import "testing"

// TestLeftovers18QuotedForecast checks that a quotation that forecasts a
// figure, with a speaker named by a pronoun, "“We think prices will fall
// 5pc next year,” she said.", is check-worthy as it is with the speaker's
// name, while a quoted forecast with no figure and a quoted opinion stay
// under the threshold (review 17's leftover M10).
func TestLeftovers18QuotedForecast(t *testing.T) {
	for _, tt := range []review9ScoreCase{
		{name: "she said", in: "“We think prices will fall 5pc next year,” she said.",
			want: []string{"quantity: 5pc", quotedForecastReason}, cw: "yes", types: TypePrediction},
		{name: "she added, after a name", in: "Priya Lakhani-Shaw is an economist.\n‘We think prices will fall 5pc,’ she added.", sent: 1, cw: "yes"},
		{name: "he said", in: "“We think prices will fall 5pc next year,” he said.", cw: "yes"},
		{name: "a name, as before", in: "“We think prices will fall 5pc next year,” said Priya Lakhani-Shaw.",
			not: []string{quotedForecastReason}, cw: "yes"},
		{name: "no quotation, as before", in: "Priya Lakhani-Shaw said prices would fall 5pc next year.", cw: "yes"},
		{name: "no figure, as before", in: "“We think prices will fall next year,” she said.", not: []string{quotedForecastReason}, cw: "no"},
		{name: "an opinion, as before", in: "“It will be a great year,” she said.", cw: "no"},
		{name: "no speaker", in: "“We think prices will fall 5pc next year.”", not: []string{quotedForecastReason}},
	} {
		t.Run(tt.name, tt.run)
	}
}
