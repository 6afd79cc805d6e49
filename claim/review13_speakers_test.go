package claim

import (
	"slices"
	"testing"
)

// TestReview13RelativeClause checks that a relative clause on a speaker's
// noun phrase, with no comma before it, stays in the description: the
// head of the phrase speaks, not a noun inside the clause (review 13, H1).
func TestReview13RelativeClause(t *testing.T) {
	checkReview9(t, []review9Case{
		{"who, with a place in the clause", "A nurse who worked at the hospital said 40% of staff were agency workers.\n",
			"A nurse", "", false, "A nurse who worked at the hospital"},
		{"that, with a payer in the clause", "A charity that receives £2m from the government said 40% of families were in debt.\n",
			"A charity", "", false, "A charity that receives £2m from the government"},
		{"a cue with its object", "A firm that receives £40m a year from local councils told inspectors it was fully staffed.\n",
			"A firm", "", false, "A firm that receives £40m a year from local councils"},
		{"a time at the clause's end", "A doctor who worked there until 2024 said 40% of staff were agency workers.\n",
			"A doctor", "", false, "A doctor who worked there until 2024"},
		{"a time the cue could take", "A manager who left last year said 40% of staff were agency workers.\n",
			"A manager", "", false, "A manager who left last year"},
		{"a count in the clause", "A union that represents 19,000 drivers said the offer was worth 4.5%.\n",
			"A union", "", false, "A union that represents 19,000 drivers"},
		{"whose", "A parent whose child attends the school said fees rose 12%.\n",
			"A parent", "", false, "A parent whose child attends the school"},
		{"before a quotation, whose next sentence keeps the speaker",
			"A nurse who worked at Kestrel House until last autumn said: \"Some nights you could not get round everyone. People waited an hour.\"\n",
			"People waited", "", true, "A nurse who worked at Kestrel House until last autumn"},
		{"with commas, as before", "The minister, who earns £120,000 a year, told MPs that waiting lists had fallen by 10%.\n",
			"The minister", "", false, "The minister"},
		{"the clause's own cue", "I'm the president that stood up and said we would not cut pensions.\n",
			"I'm", "", false, "the president"},
		{"a group at the sentence's start", "People who use the service said 40% of calls went unanswered.\n",
			"People", "", false, "People who use the service"},
	})
}

// TestReview13AnonymousSources checks that the usual descriptions of
// sources who are not named speak: employees, carers, whistleblowers and
// executives, with "former", "current" or "senior", people "with
// knowledge of" something, an aside "who asked not to be named", and
// where the source is, "at the home" (review 13, H2).
func TestReview13AnonymousSources(t *testing.T) {
	const claim = " said managers cut night shifts by 30%.\n"
	checkReview9(t, []review9Case{
		{"two former employees", "Two former employees" + claim, "Two", "", false, "Two former employees"},
		{"with an aside", "Two former employees, who spoke on condition of anonymity because they feared legal action," + claim,
			"Two", "", false, "Two former employees"},
		{"two employees", "Two employees" + claim, "Two", "", false, "Two employees"},
		{"former employees", "Former employees" + claim, "Former", "", false, "Former employees"},
		{"a former employee", "A former employee" + claim, "A former", "", false, "A former employee"},
		{"current and former", "Several current and former employees" + claim, "Several", "", false, "Several current and former employees"},
		{"a carer", "A carer" + claim, "A carer", "", false, "A carer"},
		{"one former carer", "One former carer" + claim, "One", "", false, "One former carer"},
		{"a whistleblower", "A whistleblower" + claim, "A whistleblower", "", false, "A whistleblower"},
		{"people with knowledge", "Two people with knowledge of the plan" + claim, "Two", "", false, "Two people with knowledge of the plan"},
		{"direct knowledge", "A person with direct knowledge of the talks" + claim, "A person", "", false, "A person with direct knowledge of the talks"},
		{"who asked not to be named", "A senior executive, who asked not to be named," + claim, "A senior", "", false, "A senior executive"},
		{"former staff", "Two former staff, who asked not to be named," + claim, "Two", "", false, "Two former staff"},
		{"a nurse at the home", "A nurse at the home" + claim, "A nurse", "", false, "A nurse at the home"},
		{"a nurse at a named home", "A nurse at Kestrel House" + claim, "A nurse", "", false, "A nurse at Kestrel House"},
		{"staff at the home", "Staff at the home told inspectors that 97 shifts had only two carers.\n", "Staff", "", false, "Staff at the home"},
		{"a resident of the street", "A resident of the street said 40 homes were flooded.\n", "A resident", "", false, "A resident of the street"},
		{"a place with no one in it", "The rise in the price said little about demand.\n", "The rise", "", false, ""},
	})
}

// TestReview13CareAndForum checks that "Care" and "Forum" after a
// capitalised word end an organisation's name, which speaks, as
// "Healthcare" and "Alliance" do (review 13, H4).
func TestReview13CareAndForum(t *testing.T) {
	checkReview9(t, []review9Case{
		{"a care firm", "Harbourline Care said it had invested £2.4m since 2023.\n", "Harbourline", "Harbourline Care", false, "Harbourline Care"},
		{"after a statement", "In a statement, Harbourline Care said it \"strongly rejects\" the claims.\n", "In a", "Harbourline Care", false, "Harbourline Care"},
		{"its spokesman", "A spokesman for Harbourline Care said the figures were wrong.\n", "A spokesman", "Harbourline Care", false, "A spokesman for Harbourline Care"},
		{"a forum", "Energy Producers Forum said it had invested £2.4m since 2023.\n", "Energy", "Energy Producers Forum", false, "Energy Producers Forum"},
		{"a forum's spokesperson", "A spokesperson for the International Energy Producers Forum said oil would supply half of global energy in 2040.\n",
			"A spokesperson", "International Energy Producers Forum", false, "A spokesperson for the International Energy Producers Forum"},
	})
}

// TestReview13BodyOnSubject checks that a body named for its subject with
// "on", "the Intergovernmental Panel on Climate Change", is one
// organisation and speaks by its whole name, not as "Change" (review 13,
// H3).
func TestReview13BodyOnSubject(t *testing.T) {
	const ipcc = "Intergovernmental Panel on Climate Change"
	checkReview9(t, []review9Case{
		{"the IPCC in full", "The " + ipcc + " said sea levels will rise by 0.5 metres by 2100.\n", "The", ipcc, false, ipcc},
		{"with its short form", "The " + ipcc + " (IPCC) said sea levels will rise by 0.5 metres.\n", "The", ipcc, false, ipcc},
		{"after according to", "According to the " + ipcc + ", sea levels will rise by 0.5 metres.\n", "According", ipcc, false, "the " + ipcc},
		{"the committee", "The Committee on Climate Change said emissions must fall 68% by 2030.\n", "The", "Committee on Climate Change", false, "Committee on Climate Change"},
		{"a convention", "The UN Framework Convention on Climate Change said emissions rose 1%.\n", "The",
			"UN Framework Convention on Climate Change", false, "UN Framework Convention on Climate Change"},
		{"a day is no subject", "The Commission on Monday said emissions rose 1%.\n", "The", "Commission", false, "The Commission"},
	})
}

// TestReview13PublishedReport checks that a participle phrase between a
// report and its cue, "published on Tuesday", "commissioned by the
// charity", stays in the speaker (review 13, M5).
func TestReview13PublishedReport(t *testing.T) {
	checkReview9(t, []review9Case{
		{"after the claim", "Warming will reach 2.7C, a United Nations report published on Tuesday says.\n", "Warming",
			"United Nations", false, "a United Nations report published on Tuesday"},
		{"a report with no name", "Warming will reach 2.7C, a report published on Tuesday says.\n", "Warming", "", false, "a report published on Tuesday"},
		{"before the claim", "A United Nations report published on Tuesday says warming will reach 2.7C.\n", "A United",
			"United Nations", false, "A United Nations report published on Tuesday"},
		{"its maker, then the participle", "Warming will reach 2.7C, a report by the UN published on Tuesday found.\n", "Warming",
			"UN", false, "a report by the UN published on Tuesday"},
		{"commissioned by", "A report commissioned by the charity found that 40% of homes were damp.\n", "A report", "", false, "A report commissioned by the charity"},
		{"as before", "Warming will reach 2.7C, a UN report says.\n", "Warming", "UN", false, "a UN report"},
	})
}

// TestReview13OneOfThem checks that "One" and "Another" before a cue,
// after a group of sources, speak (review 13, M6).
func TestReview13OneOfThem(t *testing.T) {
	const group = "Two former employees said managers cut night shifts. "
	checkReview9(t, []review9Case{
		{"one", group + "One said the agency shifts were cancelled 40 times in May.\n", "One", "", false, "One"},
		{"another, before a quotation", group + "Another said: \"We had two carers for 41 residents.\"\n", "Another", "", true, "Another"},
		{"one as a number is no one", "One in five homes was short of staff, the report said.\n", "One in", "", false, "the report"},
	})
}

// TestReview13DocumentSources checks that documents a paper obtained or
// saw are the source, not the paper: emails, spreadsheets, guidance and
// accounts speak as documents do (review 13, M3).
func TestReview13DocumentSources(t *testing.T) {
	checkReview9(t, []review9Case{
		{"emails", "According to emails obtained by the Herald, the manager was paid a £40,000 bonus in May.\n", "According", "", false, "emails"},
		{"figures from spreadsheets", "But figures from internal spreadsheets obtained by the Herald show that 97 shifts had only two carers.\n",
			"But", "", false, "figures from internal spreadsheets obtained by the Herald"},
		{"and with no that", "Figures from internal spreadsheets obtained by the Herald show the average was 2.7 carers.\n",
			"Figures", "", false, "Figures from internal spreadsheets obtained by the Herald"},
		{"documents seen, after the claim", "The firm told inspectors it was fully staffed, documents seen by the Herald show.\n",
			"The firm", "", false, "The firm"},
		{"the spreadsheets", "The spreadsheets, which cover 412 night shifts, show that 97 had only two carers.\n", "The", "", false, "The spreadsheets"},
		{"guidance", "The regulator's guidance says homes of that size should have at least four carers.\n", "The", "", false, "The regulator's guidance"},
		{"accounts", "Its debts have risen from £35m to £88m, according to its latest accounts filed at Companies House.\n", "Its", "", false, "its latest accounts"},
	})
	src, _, spans := annotateText("The firm told inspectors it was fully staffed, documents seen by the Herald show.")
	if got := spanStrings(src, spans, map[Kind]bool{Speaker: true}); !slices.Equal(got, []string{"speaker: The firm", "speaker: documents seen by the Herald"}) {
		t.Errorf("speakers %q, want the firm and the documents, not the Herald", got)
	}
}

// TestReview13SurveyOf checks that a survey "of" whom it asked and "by"
// whom it was made speaks from its first word, named for its maker
// (review 13, L5).
func TestReview13SurveyOf(t *testing.T) {
	const net = "School Leaders' Network"
	checkReview9(t, []review9Case{
		{"of and by", "A survey of 1,400 head teachers by the " + net + " found that 21% had a post unfilled.\n", "A survey", net, false,
			"A survey of 1,400 head teachers by the " + net},
		{"by alone", "A survey by the " + net + " found that 21% had a post unfilled.\n", "A survey", net, false, "A survey by the " + net},
		{"a friend of someone is still no one named", "A close friend of the couple said: \"They spent £2m on the house.\"\n",
			"A close", "", true, "A close friend of the couple"},
	})
}

// TestReview13DocumentsShow checks that documents, records and leaked
// files are the source of what they "show", with no "that" after the
// verb too (review 13, M3, left over by its fix).
func TestReview13DocumentsShow(t *testing.T) {
	tests := []review9ScoreCase{
		{name: "obtained by a paper", in: "Internal spreadsheets obtained by the Herald show 40% of shifts were short.", want: []string{"attributed to Internal spreadsheets obtained by the…"}},
		{name: "seen by a paper", in: "Documents seen by the Herald show 40% of shifts were short.", want: []string{"attributed to Documents seen by the Herald"}},
		{name: "records", in: "Court records show he paid £40m in 2023.", want: []string{"attributed to Court records"}},
		{name: "records kept, no cue", in: "He keeps records showing 40% growth.", not: []string{"attributed to records"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, tt.run)
	}
}
