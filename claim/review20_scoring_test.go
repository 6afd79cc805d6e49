package claim

import "testing"

// TestReview20FigureAfterQuote checks that a figure the attribution after
// a quotation goes on to report, "“Cash generation remains strong,” she
// said, adding that free cash flow rose 15% to £121m.", makes the
// sentence a claim scored as a whole, while a figure in the attribution
// itself, an age, and a quotation with nothing reported after it stay
// judged on the quoted words (review 20, F23).
func TestReview20FigureAfterQuote(t *testing.T) {
	for _, tt := range []review9ScoreCase{
		{name: "adding that", in: "“Cash generation remains strong,” she said, adding that free cash flow rose 15% to £121m.", not: []string{quotedReason}, cw: "yes"},
		{name: "noting", in: "“We had a good Christmas,” the chief executive said, noting that online sales grew 11%.", not: []string{quotedReason}, cw: "yes"},
		{name: "the same claim said, as before", in: "She said free cash flow rose 15% to £121m.", cw: "yes"},
		{name: "an audience, as before", in: "“We will fight on,” Dufresne told about 200 supporters.", want: []string{quotedReason}, cw: "no"},
		{name: "an age, as before", in: "“Cash generation remains strong,” said Jane Doe, 45, adding that she was pleased.", want: []string{quotedReason}, cw: "no"},
		{name: "nothing reported, as before", in: "“Cash generation remains strong,” she said, adding that she was pleased.", want: []string{quotedReason}, cw: "no"},
	} {
		t.Run(tt.name, tt.run)
	}
}
