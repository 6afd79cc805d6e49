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

// TestLeftovers18LabelNumbers checks that a number that names a school
// year, a listing grade or a pay band, "Year 9 pupils", "Grade 2 listed",
// is not a figure to the model, while a count after those words, a year
// and a sentence with a label and a figure stay as they were (review 18,
// L4).
func TestLeftovers18LabelNumbers(t *testing.T) {
	for _, tt := range []review9ScoreCase{
		{name: "a school year", in: "Year 9 pupils sat the test.", cw: "no"},
		{name: "a listing grade", in: "The building is Grade 2 listed.", cw: "no"},
		{name: "a label and a date, as before", in: "Year 9 pupils sat the test in 2024.", cw: "yes"},
		{name: "a band and a sum, as before", in: "A band 5 nurse earns £29,970.", cw: "yes"},
		{name: "a count after the year, as before", in: "Last year 5,000 pupils sat the test.", cw: "yes"},
	} {
		t.Run(tt.name, tt.run)
	}
}
