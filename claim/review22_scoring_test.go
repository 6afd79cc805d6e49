package claim

import "testing"

// TestReview22InspectionGrade checks that the grade an inspection gives,
// "The school was rated good in all four areas: quality of education,
// ...", is a claim whatever the list after it, with the reason "an
// inspection grade", while a rating by diners and a rating as a verb of
// praise stay as they were (review 22, F21).
func TestReview22InspectionGrade(t *testing.T) {
	for _, tt := range []review9ScoreCase{
		{name: "the finding", in: "The school was rated good in all four areas: quality of education, behaviour, personal development and leadership.", want: []string{gradeReason}, cw: "yes"},
		{name: "the review's sentence", in: "The school was rated good in all four areas: quality of education, behaviour and attitudes, personal development, and leadership and management.", want: []string{gradeReason}, cw: "yes"},
		{name: "a headline", in: "Hartwell Academy rated ‘good’ after Ofsted return visit", want: []string{gradeReason}, cw: "yes"},
		{name: "requires improvement", in: "The trust was rated requires improvement in 2024.", want: []string{gradeReason}, cw: "yes"},
		{name: "outstanding, as before", in: "The school was rated outstanding in all four areas.", cw: "yes"},
		{name: "good food, as before", in: "Diners rated good food above everything else.", not: []string{gradeReason}},
		{name: "good value, as before", in: "The hotel was rated good value for money.", not: []string{gradeReason}},
		{name: "the first person, as before", in: "We were rated good last year.", not: []string{gradeReason}},
	} {
		t.Run(tt.name, tt.run)
	}
}

// TestReview22Rank checks that a rank given by an ordinal joined to a
// superlative, "The airport is the UK’s eighth-busiest." (0.242, no span),
// has a comparison span and is a claim, while a run of quarters and a
// plain superlative stay as they were (review 22, F25).
func TestReview22Rank(t *testing.T) {
	for _, tt := range []review9ScoreCase{
		{name: "eighth-busiest", in: "The airport is the UK’s eighth-busiest.", want: []string{"comparison: eighth-busiest"}, cw: "yes"},
		{name: "third-richest", in: "It is the third-richest man in Wales.", want: []string{"comparison: third-richest"}},
		{name: "listed, as before", in: "It is the UK's second-largest airport.", want: []string{"comparison: second-largest"}},
		{name: "a run, as before", in: "Sales rose for the fourth consecutive quarter.", want: []string{"comparison: fourth consecutive quarter"}},
		{name: "a superlative, as before", in: "The airport is the UK’s busiest.", want: []string{"comparison: busiest"}},
	} {
		t.Run(tt.name, tt.run)
	}
}

// TestReview22Duty checks that what a rule binds a business to do, or
// not, "Airlines must provide meals and hotel rooms where needed.",
// "Airlines do not have to pay if the cancellation is caused by …", has a
// rule span and is a claim, and that a cause after "if" is a condition,
// no cause claimed; while calls to act, a cause stated and advice stay as
// they were (review 22, F23).
func TestReview22Duty(t *testing.T) {
	const pay = "Airlines do not have to pay if the cancellation is caused by “extraordinary circumstances”."
	for _, tt := range []review9ScoreCase{
		{name: "do not have to", in: pay, want: []string{"rule: do not have to pay", dutyReason}, not: []string{"cause: caused by"}, cw: "yes"},
		{name: "must", in: "Airlines must provide meals and hotel rooms where needed.", want: []string{"rule: must provide", dutyReason}, cw: "yes"},
		{name: "must still, after said", in: "The Civil Aviation Authority said airlines must still provide meals and hotel rooms where needed.", want: []string{"rule: must still provide"}, cw: "yes"},
		{name: "have to", in: "Employers have to pay the minimum wage.", want: []string{dutyReason}, cw: "yes"},
		{name: "we, as before", in: "We must act now.", not: []string{dutyReason}, cw: "no"},
		{name: "advice, as before", in: "Parents must be vigilant.", not: []string{dutyReason}, cw: "no"},
		{name: "the government, as before", in: "The government must act on housing.", not: []string{dutyReason}},
		{name: "a cause, as before", in: "The fire was caused by a faulty heater.", want: []string{"cause: caused by"}, cw: "yes"},
	} {
		t.Run(tt.name, tt.run)
	}
}

// TestReview22LawPart checks that a part of a law or a policy named with
// it, "paragraph 11(d) of the NPPF", "under section 288 of the Town and
// Country Planning Act 1990", is one rule span, while a section of a
// report and a law named alone stay as they were (review 22, F24).
func TestReview22LawPart(t *testing.T) {
	for _, tt := range []review9ScoreCase{
		{name: "paragraph of the NPPF", in: "That meant the “tilted balance” in paragraph 11(d) of the NPPF applied, the inspector wrote.", want: []string{"rule: paragraph 11(d) of the NPPF"}},
		{name: "under section of an Act", in: "The council has six weeks to challenge the decision in the High Court, under section 288 of the Town and Country Planning Act 1990.", want: []string{"rule: under section 288 of the Town and…"}},
		{name: "section at the start", in: "Section 106 of the Town and Country Planning Act 1990 allows agreements.", want: []string{"rule: Section 106 of the Town and Country…"}},
		{name: "a convention", in: "The ruling cited article 8 of the European Convention on Human Rights.", want: []string{"rule: article 8 of the European Convention on…"}},
		{name: "a report, as before", in: "Section 3 of the report was redacted.", not: []string{"rule: Section 3 of the report"}},
		{name: "a law alone, as before", in: "Landlords rely on the Housing Act 1988.", want: []string{"rule: the Housing Act 1988"}},
	} {
		t.Run(tt.name, tt.run)
	}
}

// TestReview22Headline checks that a headline with figures over a byline,
// "Inspector approves 450 homes despite 1,200 objections", is scored as
// the claim it states, as a longer one is, not set aside as a short
// heading, while a list's title, a section's heading and a heading that
// ends in a stop stay as they were (review 22, F26).
func TestReview22Headline(t *testing.T) {
	const by = "\n\nBy Owen Carter, Transport Correspondent\n\nThe inspector approved the plan on Monday.\n"
	for _, tt := range []review9ScoreCase{
		{name: "the headline", in: "Inspector approves 450 homes despite 1,200 objections" + by, not: []string{"short heading"}, cw: "yes"},
		{name: "a longer one, as before", in: "Rail fares to rise 4.6% as new timetable promises more trains" + by, cw: "yes"},
		{name: "a list's title, as before", in: "The best 10 things to do in Porto" + by, want: []string{"short heading"}, cw: "no"},
		{name: "no figure, as before", in: "Inspector approves homes on green belt" + by, want: []string{"short heading"}, cw: "no"},
	} {
		t.Run(tt.name, tt.run)
	}
}

// TestReview22Board checks that every row of a departures board laid out
// in columns, the cancelled flights' too, is flagged alike with the
// reason "a row of a timetable", and no row is a short heading, while a
// live text's time stamp and a sentence with a time stay as they were
// (review 22, F22).
func TestReview22Board(t *testing.T) {
	const board = "DEPARTURES\nTime  Flight   Destination   Status\n06:05 EZY8421  Malaga        CANCELLED\n06:30 FR2714   Alicante      Departed 06:52\n" +
		"07:10 EZY6133  Geneva        CANCELLED\n07:45 TOM4562  Dalaman       Delayed 09:30\n"
	for _, tt := range []review9ScoreCase{
		{name: "cancelled", in: board, sent: 2, want: []string{boardReason}, not: []string{"short heading"}, cw: "yes"},
		{name: "departed", in: board, sent: 3, want: []string{boardReason}, cw: "yes"},
		{name: "the header, as before", in: board, sent: 1, want: []string{"short heading"}, cw: "no"},
		{name: "a stamp, as before", in: "14:52 GMT Met Office extends its warning to Wales.", not: []string{boardReason}},
		{name: "a sentence, as before", in: "10:15  The minister arrives  and speaks.", not: []string{boardReason}},
	} {
		t.Run(tt.name, tt.run)
	}
}
