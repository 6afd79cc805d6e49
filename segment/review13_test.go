package segment

import "testing"

// TestReview13SponsorBlock checks that a newsletter's sponsor block, a
// heading that names the sponsor and the short block under it up to its
// link, is page furniture, while running text under a heading that only
// starts like one, or under a bare "Advertisement", stays text (review
// 13, H5).
func TestReview13SponsorBlock(t *testing.T) {
	tests := []struct {
		name, text string
		want       string // the segments as render prints them
	}{
		{"the newsletter's block",
			"Read more › morningbrief.co.uk/price-cap\n\nSPONSORED BY NORTHVALE BANK\nSwitch to Northvale Current Plus and get £175 when you move your account. Earn 5% AER on balances up to £5,000. T&Cs apply. Offer ends 31 December.\nFind out more › northvale.co.uk/switch\n\n4. ONE IN FIVE SCHOOLS SHORT OF MATHS TEACHERS\nA survey found that 21% had a post unfilled.\n",
			"0 furniture | Read more › morningbrief.co.uk/price-cap\n" +
				"1 furniture | SPONSORED BY NORTHVALE BANK\n" +
				"2 furniture | Switch to Northvale Current Plus and get £175 when you move your account. Earn 5% AER on balances up to £5,000. T&Cs apply. Offer ends 31 December.\n" +
				"3 furniture | Find out more › northvale.co.uk/switch\n" +
				"4 list_item | 4. ONE IN FIVE SCHOOLS SHORT OF MATHS TEACHERS\n" +
				"5 body      | A survey found that 21% had a post unfilled.\n"},
		{"a block up to a blank line",
			"Presented by Acme Energy\nGet £50 off your first bill.\n\nPrices rose 3% in May.\n",
			"0 furniture | Presented by Acme Energy\n1 furniture | Get £50 off your first bill.\n2 body      | Prices rose 3% in May.\n"},
		{"a bare label over its link",
			"SPONSORED\nEarn 5% AER on balances up to £5,000.\nLearn more at northvale.co.uk\n\nPrices rose 3% in May.\n",
			"0 furniture | SPONSORED\n1 furniture | Earn 5% AER on balances up to £5,000.\n2 furniture | Learn more at northvale.co.uk\n3 body      | Prices rose 3% in May.\n"},
		{"the heading alone",
			"Sponsored by Northvale Bank\n",
			"0 furniture | Sponsored by Northvale Bank\n"},
		// a news page's "Advertisement" between paragraphs heads nothing
		{"advertisement between paragraphs",
			"Advertisement\nThe council spent £4m on the bridge.\nIt opened in May.\n",
			"0 furniture | Advertisement\n1 body      | The council spent £4m on the bridge.\n2 body      | It opened in May.\n"},
		// running text with no end in sight is no advertisement
		{"a heading over running text",
			"Sponsored by the state\nThe club received £40m from the fund.\nIt spent £12m on players.\nIts debts rose to £80m.\nThe league fined it £2m.\nIt appealed.\n",
			"0 furniture | Sponsored by the state\n1 body      | The club received £40m from the fund.\n2 body      | It spent £12m on players.\n3 body      | Its debts rose to £80m.\n4 body      | The league fined it £2m.\n5 body      | It appealed.\n"},
		// a sentence that starts with the words is a claim
		{"a sentence",
			"Sponsored by Senator Smith, the bill passed by 52 votes to 48.\n",
			"0 body      | Sponsored by Senator Smith, the bill passed by 52 votes to 48.\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkSplit(t, tt.text, tt.want) })
	}
}

// TestReview13Address checks that a postal address on its own line, as a
// newsletter's footer gives it, is page furniture, while a sentence that
// gives an address is text (review 13, H6).
func TestReview13Address(t *testing.T) {
	tests := []struct {
		text string
		want Role
	}{
		{"The Morning Brief Ltd, 4th Floor, 18 Carver Street, London EC2A 4NP, United Kingdom", Furniture},
		{"18 Carver Street, London EC2A 4NP", Furniture},
		{"Acme Media Inc., 1200 Market Street, Suite 400, San Francisco, CA 94103", Furniture},
		// a street line alone is left as it was
		{"1200 Market Street, Suite 400", Heading},
		{"San Francisco, CA 94103", Furniture},
		{"Police were called to 18 Carver Street, London EC2A 4NP, on Monday.", Body},
		{"The fire at 18 Carver Street destroyed 40 homes", Heading},
		{"5 Reasons To Visit Wall Street In 2027", Heading},
		{"Rents in London SW1A rose 40% in 2025.", Body},
	}
	for _, tt := range tests {
		src := []byte(tt.text + "\n\nPrices rose 3% in May.\n")
		_, sents := split(src)
		if len(sents) == 0 || sents[0].Role != tt.want {
			t.Errorf("%q:\n%s\nwant the first segment %s", tt.text, render(src, sents), tt.want)
		}
	}
}
