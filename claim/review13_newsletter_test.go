package claim

import "testing"

// TestReview13AdvertisingLines checks that an advertiser's lines, which a
// newsletter's sponsor block holds, stay under the threshold on their own,
// while a sentence that only starts with the same word is a claim (review
// 13, H5).
func TestReview13AdvertisingLines(t *testing.T) {
	tests := []review9ScoreCase{
		{name: "switch to", in: "Switch to Northvale Current Plus and get £175 when you move your account.", want: []string{"exhortation"}, cw: "no"},
		{name: "earn", in: "Earn 5% AER on balances up to £5,000.", want: []string{"exhortation"}, cw: "no"},
		{name: "offer ends", in: "Offer ends 31 December.", want: []string{"exhortation"}, cw: "no"},
		{name: "a console's sales", in: "Switch 2 sales rose 9% in May.", not: []string{"exhortation"}, cw: "yes"},
		{name: "an offer in the news", in: "The offer ends a two-year dispute over pay worth £40m.", not: []string{"exhortation"}, cw: "yes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, tt.run)
	}
}
