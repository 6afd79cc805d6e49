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

// TestReview13NewsletterChrome checks that a newsletter's notes on
// itself, its reading time, its footer and its last item's heading, stay
// under the threshold (review 13, M2).
func TestReview13NewsletterChrome(t *testing.T) {
	tests := []review9ScoreCase{
		{name: "reading time", in: "It's a 5-minute read.", want: []string{newsletterReason}, cw: "no"},
		{name: "reading time in short", in: "Today's edition is a 4 min read.", want: []string{newsletterReason}, cw: "no"},
		{name: "why you get it", in: "You are receiving this email because you signed up at morningbrief.co.uk.", want: []string{"news boilerplate"}, cw: "no"},
		{name: "why you got it", in: "You received this email because you subscribed to our newsletter.", want: []string{"news boilerplate"}, cw: "no"},
		{name: "and finally", in: "Prices rose 3%.\n5. AND FINALLY\nA tortoise was found.", sent: 1, want: []string{newsletterReason}, cw: "no"},
		{name: "a book read in minutes", in: "The report found that 40% of adults read for 30 minutes a day.", not: []string{newsletterReason}, cw: "yes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, tt.run)
	}
}

// TestReview13NoResponse checks that a company's silence ending the
// sentence, "Asked why …, the company did not respond.", is boilerplate as
// "did not respond to a request for comment" is, while a sentence that goes
// on after "did not respond" keeps its claim (review 13, M1).
func TestReview13NoResponse(t *testing.T) {
	tests := []review9ScoreCase{
		{name: "asked why", in: "Asked why the bank staff did not appear on the rotas, the company did not respond.", want: []string{"news boilerplate"}, cw: "no"},
		{name: "asked whether", in: "Asked whether the figures were accurate, the company did not respond.", want: []string{"news boilerplate"}, cw: "no"},
		{name: "did not reply", in: "Asked about the £40m dividend, Harbourline did not reply.", want: []string{"news boilerplate"}, cw: "no"},
		{name: "a clause with a figure after it", in: "The company did not respond and its shares fell 10% on Monday.", not: []string{"news boilerplate"}, cw: "yes"},
		{name: "patients who did not respond", in: "Patients who did not respond were 40% more likely to die within a year.", not: []string{"news boilerplate"}, cw: "yes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, tt.run)
	}
}
