package claim

import "testing"

// TestReview22CompanyWords checks that a name that ends in a word of a
// company's or a scheme's, "Harrow Estates", "TransPennine Express", "the
// Sustainable Farming Incentive", "UK Flour Millers", is an organisation,
// not a person; that a brand in mixed case after "and" starts a name of
// its own; and that millers in general name no one (review 22, F29,
// F31).
func TestReview22CompanyWords(t *testing.T) {
	for _, tt := range []struct {
		name, in string
		want     []string
	}{
		{"Estates", "Harrow Estates wants to build 450 homes on 12.4 hectares of farmland off Moss Lane.", []string{"org: Harrow Estates"}},
		{"Express", "The fares announcement came as Northern and TransPennine Express confirmed the new December timetable.", []string{"org: TransPennine Express"}},
		{"Incentive", "He called on the government to restore funding for the Sustainable Farming Incentive, which was closed in March 2025.", []string{"org: the Sustainable Farming Incentive"}},
		{"Millers", "Millers said the quality of the crop was generally good. A spokesperson for UK Flour Millers said bread prices were unlikely to rise.", []string{"org: UK Flour Millers"}},
		{"and, as before", "Food and Drug Administration officials said so.", []string{"org: Food and Drug Administration"}},
		{"a person, as before", "Jean Estes said so.", []string{"person: Jean Estes"}},
	} {
		t.Run(tt.name, func(t *testing.T) { checkSpanStrings(t, tt.in, review20Entities, tt.want) })
	}
	for _, tt := range []review9ScoreCase{
		{name: "millers in general", in: "Millers said the quality of the crop was generally good. A spokesperson for UK Flour Millers said bread prices were unlikely to rise.", not: []string{"attributed to Flour Millers", "attributed to UK Flour Millers"}},
		{name: "the trade body", in: "Millers said the quality of the crop was generally good. A spokesperson for UK Flour Millers said bread prices were unlikely to rise.", sent: 1, want: []string{"attributed to UK Flour Millers"}},
	} {
		t.Run(tt.name, tt.run)
	}
}

// TestReview22Brands checks that a bank named in one word, "Rabobank",
// and an airline whose name starts in lower case, "easyJet", are
// organisations wherever they stand, even first in a sentence, so that
// "it said" after the airline's sentence is the airline's (review 22,
// F30, F32, and F2 with it).
func TestReview22Brands(t *testing.T) {
	for _, tt := range []struct {
		name, in string
		want     []string
	}{
		{"analysts at", "Analysts at Rabobank expect UK wheat production to recover to about 14 million tonnes next year.", []string{"org: Rabobank", "place: UK"}},
		{"easyJet first", "easyJet, the airport’s biggest airline, cancelled 41 departures on Friday.", []string{"org: easyJet"}},
		{"easyJet said", "easyJet said sales rose 4%.", []string{"org: easyJet"}},
		{"a spokesperson", "An easyJet spokesperson said customers could rebook free of charge.", []string{"org: easyJet"}},
		{"another brand, as before", "iPhone sales rose 4%.", nil},
	} {
		t.Run(tt.name, func(t *testing.T) { checkSpanStrings(t, tt.in, review20Entities, tt.want) })
	}
	const strike = "Swissport said the offer was worth 6.2%.\n\neasyJet, the airport’s biggest airline, cancelled 41 departures on Friday.\n\n" +
		"All departures after 14:00 on Saturday will go ahead, it said.\n\nSwissport’s chief executive said the firm had “bent over backwards”.\n"
	for _, tt := range []review9ScoreCase{
		{name: "easyJet speaks", in: "easyJet said sales rose 4%.", want: []string{"attributed to easyJet"}},
		{name: "it said", in: strike, sent: 2, want: []string{"attributed to easyJet"}, not: []string{"attributed to Swissport"}},
		{name: "Swissport, as before", in: strike, want: []string{"attributed to Swissport"}},
	} {
		t.Run(tt.name, tt.run)
	}
}

// TestReview22Places checks that regions in a table and in a sentence,
// "East of England", "Yorkshire & Humber", holiday destinations and a
// station, "Manchester Victoria", are places, whole, while a firm joined
// by "&" stays an organisation (review 22, F33, F34).
func TestReview22Places(t *testing.T) {
	for _, tt := range []struct {
		name, in string
		want     []string
	}{
		{"East of England", "Crops in the East of England fared best.", []string{"place: East of England"}},
		{"table", "Region | Wheat (t/ha) | Barley (t/ha)\nEast of England | 8.1 | 6.4\nYorkshire & Humber | 7.9 | 6.0\n", []string{"place: East of England", "place: Yorkshire & Humber"}},
		{"a firm, as before", "Marks & Spencer said sales rose.", []string{"org: Marks & Spencer"}},
		{"destinations", "Flights to Alicante, Faro and Dalaman were also hit.", []string{"place: Alicante", "place: Faro", "place: Dalaman"}},
		{"a station", "There will be trains every 15 minutes between Leeds and Manchester Victoria.", []string{"place: Leeds", "place: Manchester Victoria"}},
		{"Victoria, as before", "Victoria Beckham visited Manchester.", []string{"person: Victoria Beckham", "place: Manchester"}},
	} {
		t.Run(tt.name, func(t *testing.T) { checkSpanStrings(t, tt.in, review20Entities, tt.want) })
	}
}
