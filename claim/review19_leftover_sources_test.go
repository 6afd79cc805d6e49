package claim

import (
	"strings"
	"testing"
)

// TestReview19LeftoverStudyOwner checks that a study a body or person owns
// speaks for them: "Its analysis … found" after "Consumer group Fair
// Basket warned" is Fair Basket's, even when the items studied were "sold
// by six big retailers", and "Fair Basket's analysis" and "Ofgem's
// analysis" name the body (review 19, H3 remainder).
func TestReview19LeftoverStudyOwner(t *testing.T) {
	const warned = "Consumer group Fair Basket warned that many discounts are fake.\n"
	checkReview9(t, []review9Case{
		{"its analysis, items sold by", warned + "Its analysis of 214 products sold by six big retailers last year found that 83% were the same price or cheaper at other times.\n",
			"Its analysis", "Fair Basket", false, "Its analysis"},
		{"its analysis, a paragraph on", warned + "\nIts analysis of 214 products found that 83% were cheaper later.\n", "Its analysis", "Fair Basket", false, ""},
		{"its analysis, no figure in what it was of", warned + "Its analysis found that 83% were cheaper later.\n", "Its analysis", "Fair Basket", false, ""},
		{"its study", warned + "Its study of 214 products found that 83% were cheaper later.\n", "Its study", "Fair Basket", false, ""},
		{"a possessive alone", "Fair Basket's analysis of 214 products found that 83% were cheaper later.\n", "Fair Basket's", "Fair Basket", false, ""},
		{"a body's possessive", "Ofgem's analysis of 214 bills found that 83% were too high.\n", "Ofgem's", "Ofgem", false, ""},
		{"a committee's report, as before", "The Public Accounts Committee's report found that costs had risen.\n", "The Public", "Public Accounts Committee", false, ""},
		{"its analysis with no body before it", "Its analysis of 214 products found that 83% were cheaper later.\n", "Its analysis", "", false, ""},
		{"an analysis of items sold by names no one", "An analysis of 214 products sold by six retailers found that 83% were cheaper later.\n", "An analysis", "", false, ""},
		{"a survey by YouGov, as before", "A survey of 2,000 adults by YouGov found that 38% planned to shop.\n", "A survey", "YouGov", false, ""},
		{"a person's campaign, as before", "Grant Hollister's campaign said the poll was wrong.\n", "Grant", "Grant Hollister's campaign", false, ""},
	})
}

// TestReview19LeftoverNameAgain checks that a charity's name with a
// function word in it, "Warm Homes Now", said bare after "The charity Warm
// Homes Now" was named, is that organisation and the speaker; alone, with
// no noun before it, it is still no one's (review 19, M9 remainder).
func TestReview19LeftoverNameAgain(t *testing.T) {
	const named = "The charity Warm Homes Now said prices were high.\n"
	const bare = "Warm Homes Now said 6.1 million households were in fuel poverty.\n"
	checkReview9(t, []review9Case{
		{"the next line", named + bare, "Warm Homes Now said 6.1", "Warm Homes Now", false, "Warm Homes Now"},
		{"paragraphs later", named + "\nEnergy bills rose.\n\n" + bare, "Warm Homes Now said 6.1", "Warm Homes Now", false, ""},
		{"alone", bare, "Warm Homes Now", "", false, ""},
		{"after the charity, as before", named, "The charity", "Warm Homes Now", false, ""},
	})
	checkEntities(t, named+bare, Person, "")
	checkEntities(t, bare, Org, "")
}

// TestReview19LeftoverBodyFarBack checks that "The committee said" reaches
// the last body of that name however far back, past bodies of other
// names, and that "The group said" reaches a body introduced as "Consumer
// group Fair Basket" paragraphs before (review 19, M1 remainder).
func TestReview19LeftoverBodyFarBack(t *testing.T) {
	filler := strings.Repeat("Prices rose again in the shops this week, and many buyers waited for more.\n\n", 30)
	const pac = "The Public Accounts Committee said costs had risen to £32bn.\n\n"
	const committee = "The committee said the department had spent £2.9bn.\n"
	checkReview9(t, []review9Case{
		{"the committee, far back", pac + filler + committee, "The committee", "Public Accounts Committee", false, ""},
		{"the committee, past another body", pac + filler + "The National Audit Office found that costs had doubled.\n\n" + committee, "The committee", "Public Accounts Committee", false, ""},
		{"the last committee", pac + "The Treasury Committee said rates were too high.\n\n" + committee, "The committee", "Treasury Committee", false, ""},
		{"the committee, near, as before", pac + committee, "The committee", "Public Accounts Committee", false, ""},
		{"the group, paragraphs on", "Consumer group Fair Basket warned that discounts are fake.\n\nPrices rose.\n\nShops opened.\n\nThe group said 40% were fake.\n",
			"The group", "Fair Basket", false, ""},
		{"the last group", "Consumer group Fair Basket warned that discounts are fake.\n\nPrices rose.\n\nCampaign group Shop Fair said shops were honest.\n\nShops opened.\n\nThe group said 40% were fake.\n",
			"The group", "Shop Fair", false, ""},
		{"the association, as before", "The Retail Commerce Association said sales rose 6%.\nThe association said 38% planned to shop.\n", "The association", "Retail Commerce Association", false, ""},
	})
}

// TestReview19LeftoverAcceptedClause checks that "accepted" before a clause
// of its own (a subject and a finite verb, "that" or not) or a quotation
// reports speech, while "accepted the offer", a passive and "the plan,
// which the board accepted," name no speaker (review 19, M7 remainder).
func TestReview19LeftoverAcceptedClause(t *testing.T) {
	checkReview9(t, []review9Case{
		{"a clause with a pronoun subject", "He accepted the figures were wrong.\n", "He accepted", "", false, "He"},
		{"a clause with a noun subject", "Anthony Greaves accepted costs had risen by £4bn.\n", "Anthony", "Anthony Greaves", false, ""},
		{"a quotation", "The permanent secretary, Sir Anthony Greaves, accepted the timetable \"was never realistic\".\n", "The permanent", "Anthony Greaves", false, ""},
		{"with that", "Anthony Greaves accepted that costs had risen by £4bn.\n", "Anthony", "Anthony Greaves", false, ""},
		{"a noun object", "Anthony Greaves accepted the offer.\n", "Anthony", "", false, ""},
		{"a passive", "The offer was accepted.\n", "The offer", "", false, ""},
		{"a passive with by", "The offer was accepted by the board last week.\n", "The offer", "", false, ""},
		{"a relative clause", "The plan, which the board accepted, will cost £4m.\n", "The plan", "", false, ""},
		{"a share of the blame", "Anthony Greaves accepted 40% of the blame.\n", "Anthony", "", false, ""},
		{"a bid", "The club accepted a bid of £40m for the striker.\n", "The club", "", false, ""},
		{"admitted, as before", "Anthony Greaves admitted costs had risen by £4bn.\n", "Anthony", "Anthony Greaves", false, ""},
	})
}
