package claim

import "testing"

// The tests in this file check speaker faults of review 22 cleared late
// in session 29.

// TestLate22CampaignTo checks that "the Campaign to Protect Rural
// England" is one body and the source after "according to", not a
// speaker "the Campaign", a person "Protect Rural" and a place, while a
// campaign in lower case and one whose "to" has no name after it stay as
// they were (review 22, F9).
func TestLate22CampaignTo(t *testing.T) {
	const cpre = "Campaign to Protect Rural England"
	checkReview9(t, []review9Case{
		{"according to the Campaign to", "The decision is one of 14 appeals allowed this year, according to the " + cpre + ".\n", "The decision", cpre, false, "the " + cpre},
		{"the Campaign to … said", "The " + cpre + " said 14 appeals were allowed.\n", "The " + cpre, cpre, false, cpre},
		{"the Campaign for, as before", "Fares rose, according to the Campaign for Better Transport.\n", "Fares rose", "Campaign for Better Transport", false, ""},
		{"a campaign to, as before", "It was a campaign to Protect Rural England.\n", "It was", "", false, ""},
	})
}

// TestLate22Defra checks that Defra is a body, so that "Defra figures
// show" has it as source as "Ofcom figures show" has Ofcom, and that
// data that "puts the average wheat yield at" a figure is its maker's, as
// "put the cost at" was, while "put" with no estimate stays as it was
// (review 22, F7).
func TestLate22Defra(t *testing.T) {
	const dept = "Department for Environment, Food and Rural Affairs"
	checkReview9(t, []review9Case{
		{"Defra figures show", "Defra figures show farm income was \u00a35.0bn in 2025.\n", "Defra figures", "Defra", false, "Defra figures"},
		{"data from … puts the yield at", "Provisional data from the " + dept + " (Defra) puts the average wheat yield at 7.8 tonnes per hectare.\n", "Provisional", dept, false, ""},
		{"Ofcom figures show, as before", "Ofcom figures show 4.2% of homes lack broadband.\n", "Ofcom", "Ofcom", false, ""},
		{"put the cost at, as before", "The IFS put the cost at \u00a32bn.\n", "The IFS", "IFS", false, ""},
		{"put the kettle, as before", "He put the kettle on the stove at 5pm.\n", "He put", "", false, ""},
	})
}

// TestLate22CriticisedSaying checks that one who criticised or welcomed
// something ", saying …" speaks the words after it, as one who denied or
// rejected it did, while ", saying" after a verb that is no speech stays
// as it was (review 22, F13).
func TestLate22CriticisedSaying(t *testing.T) {
	const naht = "National Association of Head Teachers"
	checkReview9(t, []review9Case{
		{"has criticised …, saying", "The " + naht + " has criticised the new report cards, saying they add to workload.\n", "The National", naht, false, ""},
		{"criticised …, saying", "Anna Berg criticised the plan, saying it would cost a lot.\n", "Anna Berg", "Anna Berg", false, ""},
		{"welcomed …, saying", "Anna Berg welcomed the plan, saying it was overdue.\n", "Anna Berg", "Anna Berg", false, ""},
		{"rejected …, saying, as before", "Acme rejected the claim, saying it had paid.\n", "Acme", "Acme", false, ""},
		{"left …, saying, as before", "Anna Berg left the room, saying nothing.\n", "Anna Berg", "", false, ""},
	})
}

// TestLate22ExplainerAnswer checks that an explainer's "A:", with no one
// interviewed or briefing, gives its answer and the lines after it no
// speaker, while an interview's "A:" stays the interviewee's (review 22,
// F5).
func TestLate22ExplainerAnswer(t *testing.T) {
	const qa = "Q: When do the new fares start?\nA: On Sunday 1 March 2027. Tickets bought before then at the old price remain valid.\n"
	checkReview9(t, []review9Case{
		{"the answer", qa, "A: On Sunday", "", false, ""},
		{"the line after it", qa, "Tickets bought", "", false, ""},
		{"an interview, as before", "Housing minister Ada Brandt has staked her job on a target. She talked to our editor, Tom Ferry, about rents.\n\nQ: How many homes were built?\n\nA: We built 30,000 homes last year. Rents fell 3%.\n", "Rents fell", "Ada Brandt", false, ""},
	})
}
