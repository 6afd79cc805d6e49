package claim

import "testing"

// TestReview19AdmittedClause checks that "admitted", "conceded" and
// "acknowledged" before a clause with its own verb, or before a
// quotation, report speech without "that", and the quotation is the
// speaker's, while an admission of an offence, a passive "was admitted to
// hospital" and a team that conceded goals give no speaker (review 19,
// M7).
func TestReview19AdmittedClause(t *testing.T) {
	const evidence = "In evidence to the committee in March, the department's permanent secretary, Sir Anthony Greaves, admitted the original timetable \"was never realistic\".\n"
	checkReview9(t, []review9Case{
		{"a clause", "Anthony Greaves admitted costs had risen by £4bn.\n", "Anthony", "Anthony Greaves", false, ""},
		{"a role and a clause", "The permanent secretary, Sir Anthony Greaves, admitted costs had risen by £4bn.\n", "The", "Anthony Greaves", false, ""},
		{"a quotation", evidence, "In evidence", "Anthony Greaves", false, ""},
		{"the next sentence's he", evidence + "He told MPs: \"With hindsight, we announced a number before we had a plan.\"\n", "He told", "Anthony Greaves", true, ""},
		{"conceded", "The chief executive, Anthony Greaves, conceded the target would be missed.\n", "The", "Anthony Greaves", false, ""},
		{"acknowledged", "The chancellor, Rachel Moss, acknowledged growth was weaker than forecast.\n", "The", "Rachel Moss", false, ""},
		{"that, as before", "Anthony Greaves admitted that costs had risen by £4bn.\n", "Anthony", "Anthony Greaves", false, ""},
		{"an offence, as before", "Anthony Greaves admitted the offence at Leeds Crown Court on Monday.\n", "Anthony", "", false, ""},
		{"an offence and a sentence", "He admitted theft and was fined £200.\n", "He", "", false, ""},
		{"a passive", "She was admitted to hospital and is in a stable condition.\n", "She", "", false, ""},
		{"goals conceded", "Arsenal conceded three goals in the second half and were beaten.\n", "Arsenal", "", false, ""},
		{"goals conceded in digits", "Arsenal conceded 3 goals in the second half.\n", "Arsenal", "", false, ""},
	})
	checkReview14Quotes(t, []review14Quote{
		{"the quotation is his", evidence, "\"was never realistic\"", Quote, "Anthony Greaves"},
	})
}

// TestReview19ItemsSoldBy checks that the agent of a participle that
// describes a study's items, "214 products sold by six big retailers", is
// not the study's speaker, while "A survey of 2,000 adults by YouGov",
// "A report commissioned by the council" and "Data compiled by Reuters"
// stay theirs (review 19, H3, in part: "Its analysis" and "ORG's
// analysis" still name no one).
func TestReview19ItemsSoldBy(t *testing.T) {
	checkReview9(t, []review9Case{
		{"its analysis", "Consumer group Fair Basket warned that many discounts are fake.\nIts analysis of 214 products sold by six big retailers last year found that 83% were the same price or cheaper later.\n",
			"Its analysis", "", false, ""},
		{"an analysis", "An analysis of 214 products sold by six retailers found that 83% were cheaper later.\n", "An analysis", "", false, ""},
		{"patients treated by hospitals, as before", "A study of 3,000 patients treated by 40 hospitals found that 12% were readmitted.\n", "A study", "", false, ""},
		{"a survey by YouGov, as before", "A survey of 2,000 adults by YouGov found that 38% planned to shop.\n", "A survey", "YouGov", false, ""},
		{"data compiled by, as before", "Data compiled by Reuters showed that 40% fell.\n", "Data", "Reuters", false, ""},
	})
}

// TestReview19QuestionHeading checks that a Q&A heading, "What has the
// government said?", gives no speaker, while the answer after it and a
// statement ending in a question mark keep theirs (review 19, L7).
func TestReview19QuestionHeading(t *testing.T) {
	const qa = "Energy bills will rise.\nWhat has the government said?\nThe government said it would act.\n"
	checkReview9(t, []review9Case{
		{"the heading", qa, "What has", "", false, ""},
		{"a question with a name", "What did Ofgem say?\n", "What did", "", false, ""},
		{"the answer, as before", qa, "The government said", "", false, "The government"},
		{"a statement asked, as before", "The government has said what?\n", "The government", "", false, "The government"},
	})
}
