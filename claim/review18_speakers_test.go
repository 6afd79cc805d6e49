package claim

import (
	"strings"
	"testing"

	"github.com/claimlight/claimlight/segment"
	"github.com/claimlight/claimlight/tokenize"
)

// TestReview18FirmsChiefExecutive checks that "said FIRM's chief
// executive, NAME" and "said FIRM chief executive NAME" name NAME, that
// the firm is an organisation and no person, and that the next quotation
// goes to NAME too (review 18, H1).
func TestReview18FirmsChiefExecutive(t *testing.T) {
	const drop = "\"We saw a pressure drop,\" said "
	checkReview14Quotes(t, []review14Quote{
		{"FIRM's role, NAME", drop + "Aurelia's chief executive, Dana Whitcombe, at a news conference.\n", "\"We saw a pressure drop,\"", Quote, "Dana Whitcombe"},
		{"FIRM's role, NAME at the end", "\"Sales rose 4%,\" said Tesco's chief executive, Ken Murphy.\n", "\"Sales rose 4%,\"", Quote, "Ken Murphy"},
		{"FIRM role NAME", drop + "Aurelia chief executive Dana Whitcombe.\n", "\"We saw a pressure drop,\"", Quote, "Dana Whitcombe"},
		{"the next quotation", "\"Sales rose 4%,\" said Aurelia's chief executive, Dana Whitcombe. \"We will hire 200 staff.\"\n",
			"\"We will hire 200 staff.\"", Quote, "Dana Whitcombe"},
		{"NAME, FIRM's role, as before", drop + "Dana Whitcombe, Aurelia's chief executive.\n", "\"We saw a pressure drop,\"", Quote, "Dana Whitcombe"},
		{"the company's role, as before", drop + "the company's chief executive, Dana Whitcombe.\n", "\"We saw a pressure drop,\"", Quote, "Dana Whitcombe"},
		{"NASA administrator, as before", "\"Sales rose 4%,\" said NASA administrator Kelvin Oyelaran.\n", "\"Sales rose 4%,\"", Quote, "Kelvin Oyelaran"},
	})
	checkReview9(t, []review9Case{
		{"the role as subject, as before", "Aurelia's chief executive, Dana Whitcombe, said sales rose 4%.\n", "Aurelia", "Dana Whitcombe", false, ""},
	})
	checkEntities(t, "\"Sales rose 4%,\" said Tesco's chief executive, Ken Murphy.\n", Person, "Ken Murphy")
	checkEntities(t, "\"Sales rose 4%,\" said Tesco's chief executive, Ken Murphy.\n", Org, "Tesco's")
	checkEntities(t, "\"Sales rose 4%,\" said Aurelia chief executive Dana Whitcombe.\n", Org, "Aurelia")
}

// TestReview18CompanyNotUnion checks that "The company", "The operator"
// and "The department" stand only for a body of their kind, and stay
// unnamed when the last body named is of another (review 18, H2).
func TestReview18CompanyNotUnion(t *testing.T) {
	const firmThenUnion = "Northfield Rail said 40% of services ran.\n\nThe Rail Workers' Union said drivers were underpaid.\n\n"
	checkReview9(t, []review9Case{
		{"the company after a union", firmThenUnion + "The company said 62,000 passengers a day use the network.\n", "The company", "", false, ""},
		{"the operator after a union", firmThenUnion + "The operator said 62,000 passengers a day use the network.\n", "The operator", "", false, ""},
		{"the department after a college", "The Royal College of Nursing said 68% backed action.\n\nThe department said the offer was worth 9.2%.\n",
			"The department", "", false, ""},
		{"the company after the firm, as before", "The National Bus and Rail Union says drivers are underpaid.\n\nAbout 40% of services ran, Irish Rail said.\n\nThe company said 62,000 passengers a day use the network.\n",
			"The company", "Irish Rail", false, ""},
		{"the department after a department", "The Department of Health said 68% backed the offer.\n\nThe department said the offer was worth 9.2%.\n",
			"The department", "Department of Health", false, ""},
		{"the union, as before", "The Department of Health said the offer was worth 9.2%.\n\nThe union said 68% of members backed action.\n", "The union", "", false, ""},
	})
}

// TestReview18QuoteThenPost checks that a quotation followed by a post in
// lower-case words, with or without the body it is of, and a name before
// "said" or "told" is that person's quotation, not a scare quote (review
// 18, H3).
func TestReview18QuoteThenPost(t *testing.T) {
	const rose, burn = "\"Sales rose 4%,\"", "\"The burn went well,\""
	checkReview14Quotes(t, []review14Quote{
		{"ORG two-word post", rose + " NASA associate administrator Kelvin Oyelaran said.\n", rose, Quote, "Kelvin Oyelaran"},
		{"ORG two-word post, told", "\"Every mission teaches us something,\" NASA associate administrator Kelvin Oyelaran told reporters.\n",
			"\"Every mission teaches us something,\"", Quote, "Kelvin Oyelaran"},
		{"ORG flight director", rose + " ESA flight director Ilse Verhoeven said.\n", rose, Quote, "Ilse Verhoeven"},
		{"mission manager", burn + " mission manager Tom Briggs said.\n", burn, Quote, "Tom Briggs"},
		{"lead author", burn + " lead author Tom Briggs said.\n", burn, Quote, "Tom Briggs"},
		{"project manager", burn + " project manager Tom Briggs said.\n", burn, Quote, "Tom Briggs"},
		{"ORG's NAME", rose + " Unilever's Hein Schumacher said.\n", rose, Quote, "Hein Schumacher"},
		{"ORG administrator, then a quotation", rose + " NASA administrator Kelvin Oyelaran said. \"We will hire 200 staff.\"\n", rose, Quote, "Kelvin Oyelaran"},
		{"ORG chief executive, as before", rose + " NASA chief executive Kelvin Oyelaran said.\n", rose, Quote, "Kelvin Oyelaran"},
		{"head coach, as before", "\"We will win,\" head coach Tom Briggs said.\n", "\"We will win,\"", Quote, "Tom Briggs"},
		{"BBC director general, as before", rose + " BBC director general Tim Davie said.\n", rose, Quote, "Tim Davie"},
		{"said first, as before", rose + " said NASA administrator Kelvin Oyelaran.\n", rose, Quote, "Kelvin Oyelaran"},
	})
}

// TestReview18WhatTheyCalled checks that "what X called “…”" and "which
// X called “…”" give the sentence no speaker and no "attributed to"
// reason, while the quoted words stay X's (review 18, H7).
func TestReview18WhatTheyCalled(t *testing.T) {
	const offer = "Nurses will walk out for five days after their union rejected "
	checkReview9(t, []review9Case{
		{"what ministers called", offer + "what ministers called a \"fair and final\" offer.\n", "Nurses", "", false, ""},
		{"which ministers called", offer + "the offer, which ministers called \"fair and final\".\n", "Nurses", "", false, ""},
		{"in what critics called", "Unemployment rose to 5%, in what critics called a \"jobs crisis\".\n", "Unemployment", "", false, ""},
		{"a plain scare quote, as before", offer + "a \"fair and final\" offer.\n", "Nurses", "", false, ""},
		{"ministers said, as before", "Ministers said the offer was \"fair and final\".\n", "Ministers", "", false, "Ministers"},
	})
	for _, text := range []string{offer + "what ministers called a \"fair and final\" offer.\n", "Unemployment rose to 5%, in what critics called a \"jobs crisis\".\n"} {
		src, _, js := judgeText(text)
		for _, r := range js[0].Reasons {
			if strings.HasPrefix(r, "attributed to") {
				t.Errorf("%q: reason %q", text, r)
			}
		}
		// the quoted words keep their speaker
		toks := tokenize.Append(nil, src)
		spans := Annotate(src, toks, segment.Append(nil, src, toks))
		linked := false
		for _, sp := range spans {
			linked = linked || sp.Kind == Quote && sp.Link >= 0 && spans[sp.Link].Kind == Speaker
		}
		if !linked {
			t.Errorf("%q: the quotation has no speaker", text)
		}
	}
}

// TestReview18PublisherSays checks that "her publisher", "his agent",
// "her publicist" and "her label" are speakers, as "her spokesman" is
// (review 18, M3).
func TestReview18PublisherSays(t *testing.T) {
	const sold = "The novel has sold 180,000 copies, "
	checkReview9(t, []review9Case{
		{"her publisher says", "Tierney’s novel has sold more than 180,000 copies in hardback since June, her publisher says.\n", "Tierney", "", false, "her publisher"},
		{"his agent said", sold + "his agent said.\n", "The novel", "", false, "his agent"},
		{"the publisher said", sold + "the publisher said.\n", "The novel", "", false, "the publisher"},
		{"her label said", "The album sold 2 million copies, her label said.\n", "The album", "", false, "her label"},
		{"her publicist said", "The singer is resting, her publicist said.\n", "The singer", "", false, "her publicist"},
		{"Her publisher said", "Her publisher said the novel has sold 180,000 copies.\n", "Her publisher", "", false, "Her publisher"},
		{"according to her publisher", "The novel sold 180,000 copies, according to her publisher.\n", "The novel", "", false, "her publisher"},
		{"her spokesman, as before", sold + "her spokesman said.\n", "The novel", "", false, "her spokesman"},
		{"a firm, as before", "The novel sold 180,000 copies, Harbour Books said.\n", "The novel", "Harbour Books", false, ""},
	})
}

// TestReview18UnitAtBody checks that "The NAME at BODY said" gives the
// unit, not the body it is part of, while "Researchers at BODY said"
// still gives the body (review 18, M2).
func TestReview18UnitAtBody(t *testing.T) {
	checkReview9(t, []review9Case{
		{"the observatory at the university", "The Migration Observatory at the University of Oxford said net migration had fallen to 300,000.\n",
			"The Migration", "", false, "The Migration Observatory"},
		{"a school at the university", "The Blavatnik School at the University of Oxford said net migration had fallen to 300,000.\n",
			"The Blavatnik", "Blavatnik School", false, ""},
		{"the observatory alone, as before", "The Migration Observatory said net migration had fallen to 300,000.\n",
			"The Migration", "", false, "The Migration Observatory"},
		{"researchers at, as before", "Researchers at the University of Oxford said net migration had fallen to 300,000.\n",
			"Researchers", "University of Oxford", false, ""},
	})
}

// TestReview18StatisticsInstitute checks that "according to Portugal’s
// national statistics institute" keeps "institute" in the speaker (review
// 18, L5, first half).
func TestReview18StatisticsInstitute(t *testing.T) {
	checkReview9(t, []review9Case{
		{"national statistics institute", "Rents rose 65% between 2015 and 2023, according to Portugal’s national statistics institute.\n",
			"Rents", "Portugal’s national statistics institute", false, ""},
		{"statistics institute before an acronym", "Rents rose 65%, according to Portugal’s statistics institute, INE.\n",
			"Rents", "Portugal’s statistics institute", false, ""},
		{"central bank, as before", "Rents rose 65%, according to Spain's central bank.\n", "Rents", "Spain's central bank", false, ""},
		{"Statistics Portugal, as before", "Rents rose 65%, according to Statistics Portugal.\n", "Rents", "Statistics Portugal", false, ""},
	})
}
