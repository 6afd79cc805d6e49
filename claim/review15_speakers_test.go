package claim

import (
	"testing"

	"github.com/claimlight/claimlight/segment"
	"github.com/claimlight/claimlight/tokenize"
)

// TestReview15TrailingSource checks that a body named at the end of the
// paragraph before, "…, the UK Health Protection Agency said on
// Thursday.", is what "The agency" stands for in the next paragraph, as it
// is when the body is the subject there (review 15, H1).
func TestReview15TrailingSource(t *testing.T) {
	checkReview9(t, []review9Case{
		{"said after a trailing source", "Cases rose to 9.4 per 100,000, the UK Health Protection Agency said on Thursday.\n\nThe agency said 212 people died.\n",
			"The agency said", "UK Health Protection Agency", false, ""},
		{"estimates after a trailing source", "Cases rose to 9.4 per 100,000, the UK Health Protection Agency said on Thursday.\n\nThe agency estimates that 212 people died.\n",
			"The agency estimates", "UK Health Protection Agency", false, ""},
		{"a short name in brackets", "Flu cases rose, the UK Health Protection Agency (UKHPA) said on Thursday.\n\nThe agency estimates the reproduction number is between 1.1 and 1.3.\n",
			"The agency estimates", "UK Health Protection Agency", false, ""},
		{"the subject, as before", "The UK Health Protection Agency said cases rose.\n\nThe agency said 212 people died.\n",
			"The agency said", "UK Health Protection Agency", false, ""},
		{"a company, as before", "Larkspur Telecom said 40 staff were hit.\n\nThe company said 12 stores closed.\n",
			"The company said", "Larkspur Telecom", false, ""},
		{"according to a body is no antecedent", "Snowpack was 61% of the average, according to the U.S. Department of Agriculture.\n\nCustomers would save 5%, the utility estimates.\n",
			"Customers would", "", false, ""},
	})
}

// TestReview15CountSource checks that a body that reported, confirmed,
// recorded or documented a figure is its source, and "It has documented"
// after a body that spoke is that body; a team's result or a measured
// thing is no source (review 15, H3).
func TestReview15CountSource(t *testing.T) {
	checkReview9(t, []review9Case{
		{"reported a rate", "Public Health Scotland reported a rate of 11.2 per 100,000 in week 47.\n",
			"Public Health", "Public Health Scotland", false, ""},
		{"reported a count", "The agency reported 212 deaths last week.\n", "The agency", "", false, "The agency"},
		{"confirmed", "The health ministry confirmed 31 deaths on Friday.\n", "The health", "", false, "The health ministry"},
		{"recorded", "Police recorded 412 burglaries in October.\n", "Police", "", false, "Police"},
		{"has documented", "The UN has documented 217 attacks on health facilities.\n", "The UN", "UN", false, ""},
		{"it after a body", "The UN human rights office said it had verified 2,146 deaths. It has documented 217 attacks on health facilities.\n",
			"It has", "UN", false, ""},
		{"reported that, as before", "The agency reported that 212 people died last week.\n", "The agency", "", false, "The agency"},
		{"a team's result", "The team recorded 3 wins in a row.\n", "The team", "", false, ""},
		{"a measured thing", "Temperatures recorded 40C on Monday.\n", "Temperatures", "", false, ""},
	})
}

// TestReview15QuoteInComplement checks that a quotation anywhere in the
// clause a cue reports is the cue's speaker's words, however many words
// lie between, and a second one after "but would" too; a name after
// "called" stays a scare quote (review 15, H2).
func TestReview15QuoteInComplement(t *testing.T) {
	checkReview14Quotes(t, []review14Quote{
		{"short, as before", "The ministry said the impact on depositors would be \"marginal\".\n",
			"\"marginal\"", Quote, ""},
		{"long", "The ministry said the impact on an average small depositor would be \"marginal\".\n",
			"\"marginal\"", Quote, ""},
		{"on state television that", "Saleh said on state television that the army had \"more than enough\" equipment.\n",
			"\"more than enough\"", Quote, "Saleh"},
		{"after a figure", "He said the fiscal deficit target of 4.4% of GDP \"remains sacrosanct\".\n",
			"\"remains sacrosanct\"", Quote, ""},
		{"the first of two", "An NDF spokesman said the group was ready to return to talks \"without preconditions\" but would respond to \"every attack\".\n",
			"\"without preconditions\"", Quote, "NDF"},
		{"the second of two", "An NDF spokesman said the group was ready to return to talks \"without preconditions\" but would respond to \"every attack\".\n",
			"\"every attack\"", Quote, "NDF"},
		{"a name after called, as before", "\"Then he called her \"\"Miss Housekeeping,\"\" because she was Latina.\"\n",
			"\"Miss Housekeeping,\"", ScareQuote, ""},
		{"a word in a clause with no cue, as before", "The new lines were built in a year and are \"smart\".\n",
			"\"smart\"", ScareQuote, ""},
	})
}

// TestReview15PersonForecast checks that "She expects …", "She forecasts
// …" and "Raghavan predicts …" make the forecast the person's, and the
// prediction span stays (review 15, M11).
func TestReview15PersonForecast(t *testing.T) {
	const lede = "Meenakshi Raghavan, chief economist at Deccan Capital Advisors, said markets were nervous. "
	checkReview9(t, []review9Case{
		{"she expects", lede + "She expects the RBI to cut the repo rate to 5.25% in December.\n", "She expects", "Meenakshi Raghavan", false, ""},
		{"she forecasts", lede + "She forecasts a cut to 5.25% in December.\n", "She forecasts", "Meenakshi Raghavan", false, ""},
		{"a surname predicts", lede + "Raghavan predicts the RBI will cut the repo rate.\n", "Raghavan predicts", "Meenakshi Raghavan", false, ""},
		{"I expect is no one's", "I expect prices to rise 5% this year.\n", "I expect", "", false, ""},
	})
	src := []byte(lede + "She expects the RBI to cut the repo rate to 5.25% in December.\n")
	toks := tokenize.Append(nil, src)
	found := false
	for _, sp := range Annotate(src, toks, segment.Append(nil, src, toks)) {
		found = found || sp.Kind == Prediction && string(sp.Text(src)) == "expects"
	}
	if !found {
		t.Errorf("no prediction span \"expects\"")
	}
}

// TestReview15NationalityBeforeName checks that a nationality before a
// two-word name stays out of the name and the speaker's name, and a
// body's name that starts with one is left alone (review 15, M5).
func TestReview15NationalityBeforeName(t *testing.T) {
	checkReview9(t, []review9Case{
		{"Australian", "Australian Jack Pryor said he shot a 65.\n", "Australian", "Jack Pryor", false, "Jack Pryor"},
		{"Kenyan", "Kenyan Faith Chebet said she ran 3:58.21.\n", "Kenyan", "Faith Chebet", false, ""},
		{"Norwegian, with an apposition", "Norwegian Ingrid Solheim, the agency's representative, said 9,000 people arrived each day.\n",
			"Norwegian", "Ingrid Solheim", false, ""},
		{"with a role noun, as before", "Kenyan teenager Faith Chebet said she ran 3:58.21.\n", "Kenyan", "Faith Chebet", false, ""},
	})
	checkEntities(t, "Australian Jack Pryor was third on nine under.\n", Person, "Jack Pryor")
	checkEntities(t, "The proceedings of the American Bankers Assn were dull.\n", Person, "")
}

// checkEntities checks that the spans of kind k in text are the one
// whose text is want, or none when want is "".
func checkEntities(t *testing.T, text string, k Kind, want string) {
	t.Helper()
	src := []byte(text)
	toks := tokenize.Append(nil, src)
	var got []string
	for _, sp := range Annotate(src, toks, segment.Append(nil, src, toks)) {
		if sp.Kind == k {
			got = append(got, string(sp.Text(src)))
		}
	}
	if want == "" && len(got) > 0 || want != "" && (len(got) != 1 || got[0] != want) {
		t.Errorf("%q: %v spans %q, want %q", text, k, got, want)
	}
}

// TestReview15AdjectiveBeforeCueNoun checks that an adjective or a common
// noun that opens a sentence before "estimates", "claims" or "reports" is
// no person and no speaker (review 15, M4).
func TestReview15AdjectiveBeforeCueNoun(t *testing.T) {
	checkReview9(t, []review9Case{
		{"Early estimates", "Early estimates suggest the vaccine is a good match.\n", "Early", "", false, ""},
		{"Initial reports", "Initial reports suggest 40 people died.\n", "Initial", "", false, ""},
		{"Casualty claims after a quotation", "\"We have funding for six weeks.\"\n\nCasualty claims by date (as reported):\n", "Casualty", "", false, ""},
	})
	checkEntities(t, "Early estimates suggest the vaccine is a good match.\n", Person, "")
	checkEntities(t, "\"We have funding for six weeks.\"\n\nCasualty claims by date (as reported):\n", Person, "")
}
