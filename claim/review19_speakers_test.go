package claim

import "testing"

// TestReview19PostWithOf checks that "said FIRM's TITLE of SOMETHING,
// NAME" names NAME, that the firm or place is no person and no speaker,
// and that the next quotation goes to NAME too (review 19, H1).
func TestReview19PostWithOf(t *testing.T) {
	const rose = "\"Sales rose 4%,\""
	checkReview14Quotes(t, []review14Quote{
		{"head of insight", "\"People have stopped walking,\" said Trackwell's head of insight, Priya Venkataraman.\n",
			"\"People have stopped walking,\"", Quote, "Priya Venkataraman"},
		{"clerk of the course, then a quotation", "\"The race is wonderful,\" said Newbury's clerk of the course, Gareth Lyle. \"We sold 14,000 tickets.\"\n",
			"\"We sold 14,000 tickets.\"", Quote, "Gareth Lyle"},
		{"two-word firm, director of campaigns", "\"A red sticker is not a bargain,\" said Fair Basket's director of campaigns, Tomasz Wierzbicki.\n",
			"\"A red sticker is not a bargain,\"", Quote, "Tomasz Wierzbicki"},
		{"head of research", rose + " said Trackwell's head of research, Priya Venkataraman.\n", rose, Quote, "Priya Venkataraman"},
		{"chief executive, as before", rose + " said Tesco's chief executive, Ken Murphy.\n", rose, Quote, "Ken Murphy"},
		{"director, as before", rose + " said Trackwell's director, Priya Venkataraman.\n", rose, Quote, "Priya Venkataraman"},
		{"NAME, FIRM's post, as before", rose + " said Priya Venkataraman, Trackwell's head of insight.\n", rose, Quote, "Priya Venkataraman"},
		{"the firm's post, as before", rose + " said the firm's head of insight, Priya Venkataraman.\n", rose, Quote, "Priya Venkataraman"},
	})
	checkReview9(t, []review9Case{
		{"the post as subject, as before", "Trackwell's head of insight, Priya Venkataraman, said sales rose 4%.\n", "Trackwell", "Priya Venkataraman", false, ""},
	})
	checkEntities(t, rose+" said Trackwell's head of research, Priya Venkataraman.\n", Person, "Priya Venkataraman")
	checkEntities(t, rose+" said Trackwell's head of research, Priya Venkataraman.\n", Org, "Trackwell's")
	checkEntities(t, "\"The race is wonderful,\" said Newbury's clerk of the course, Gareth Lyle.\n", Person, "Gareth Lyle")
}

// TestReview19LongDepartment checks that "A Department of Health and
// Social Care spokesperson said" and "A spokesperson for the Department
// of … and … said" name the department, whatever the length of its name
// (review 19, H2).
func TestReview19LongDepartment(t *testing.T) {
	const dhsc = "Department of Health and Social Care"
	checkReview9(t, []review9Case{
		{"with a quotation", "A " + dhsc + " spokesperson said: \"We will build every hospital, with £15bn of investment.\"\n", "A Department", dhsc, true, ""},
		{"the quotation's second sentence", "A " + dhsc + " spokesperson said: \"We inherited a programme. We have put £15bn into it.\"\n", "We have", dhsc, true, ""},
		{"reported speech", "A " + dhsc + " spokesperson said the scheme had £15bn of investment.\n", "A Department", dhsc, false, ""},
		{"Energy Security and Net Zero", "A Department for Energy Security and Net Zero spokesperson said bills would fall by £300.\n", "A Department",
			"Department for Energy Security and Net Zero", false, ""},
		{"a comma in the name", "A Department for Culture, Media and Sport spokesman said 400 museums were affected.\n", "A Department",
			"Department for Culture, Media and Sport", false, ""},
		{"a spokesperson for the department", "A spokesperson for the " + dhsc + " said: \"We have invested £15bn.\"\n", "A spokesperson", dhsc, true, ""},
		{"a spokesperson for a short name", "A spokesperson for the Department of Health said: \"We have invested £15bn.\"\n", "A spokesperson", "Department of Health", true, ""},
		{"Department of Health, as before", "A Department of Health spokesperson said the scheme had £15bn of investment.\n", "A Department", "Department of Health", false, ""},
		{"Home Office, as before", "A Home Office spokesperson said: \"We have invested £15bn.\"\n", "A Home", "Home Office", true, ""},
		{"Tesco, as before", "A Tesco spokesperson said: \"We have invested £15bn.\"\n", "A Tesco", "Tesco", true, ""},
		{"Department for Education, as before", "A Department for Education spokeswoman said 400 schools were affected.\n", "A Department", "Department for Education", false, ""},
		{"a friend of, as before", "A friend of the minister said 400 schools were affected.\n", "A friend", "", false, ""},
	})
}

// TestReview19BodyExpects checks that "ORG expects X to …" and "Analysts
// at ORG expect …" make ORG the source of the forecast, and that "they"
// in the next sentence is the analysts' (review 19, H5).
func TestReview19BodyExpects(t *testing.T) {
	const rca = "Retail Commerce Association"
	checkReview9(t, []review9Case{
		{"ORG expects", "The " + rca + " expects shoppers to spend £9.4bn over the weekend.\n", "The Retail", rca, false, ""},
		{"the Bank of England expects", "The Bank of England expects inflation to fall to 2% next year.\n", "The Bank", "Bank of England", false, ""},
		{"analysts at ORG expect", "Analysts at the consultancy Heathfield Energy expect the cap to fall by around 3% in April.\n", "Analysts", "Heathfield Energy", false, ""},
		{"they, after the analysts", "Analysts at Heathfield Energy expect the cap to fall by 3%.\nBut they warned that a cold January could wipe out that fall.\n",
			"But they", "Heathfield Energy", false, ""},
		{"a place expects no forecast", "Britain expects tourists to spend £9.4bn this summer.\n", "Britain", "", false, ""},
		{"forecasts, as before", "Heathfield Energy forecasts that the cap will fall by 3% in April.\n", "Heathfield", "Heathfield Energy", false, ""},
		{"said it expects, as before", "The " + rca + " said it expects shoppers to spend £9.4bn.\n", "The Retail", rca, false, ""},
		{"she expects, as before", "She expects the RBI to cut rates by 0.5% in June.\n", "She", "", false, "She"},
		{"economists said, as before", "Economists said inflation would fall to 2%.\n", "Economists", "", false, "Economists"},
	})
}

// TestReview19CommitteeAndReport checks that "The committee said" and
// "The association said" name the last body with that noun in its name,
// that "The report found" names the body that published it, and that "it
// said" after the report is that body's too (review 19, M1).
func TestReview19CommitteeAndReport(t *testing.T) {
	const pac = "Public Accounts Committee"
	checkReview9(t, []review9Case{
		{"the committee", "The " + pac + " said costs had risen to £32bn.\nThe committee said the department had spent £2.9bn.\n", "The committee", pac, false, ""},
		{"the committee after another body", "The " + pac + " said costs had risen.\nThe committee said the Department of Health and Social Care had lost control of the programme.\n\nThe committee said the department had spent £2.9bn.\n",
			"The committee said the department", pac, false, ""},
		{"the report after its publisher", "The " + pac + " published its report on Wednesday.\nThe report found that costs had risen from £20.5bn to £32.4bn.\n", "The report", pac, false, ""},
		{"it, after the report", "The " + pac + " said costs had risen.\nThe committee said the Department of Health and Social Care had lost control.\n\nThe report found that costs had risen by £4bn.\n\nBuilding costs had risen by 37% since 2021, it said.\n",
			"Building", pac, false, ""},
		{"the association", "The Retail Commerce Association said sales rose 6%.\nThe association said 38% planned to shop.\n", "The association", "Retail Commerce Association", false, ""},
		{"a poll for the association", "The Retail Commerce Association expects sales of £9.4bn.\nA poll of 2,000 adults for the association found that 38% planned to shop.\n", "A poll",
			"Retail Commerce Association", false, ""},
		{"the Commission is a name", "Officials at the European Commission met.\n\nThe European Parliament is due to vote on the package. The first tranche will be paid in January, the Commission said.\n",
			"The first", "Commission", false, ""},
		{"the department, as before", "The Department of Health said costs rose.\nThe department said it would respond within two months.\n", "The department", "Department of Health", false, ""},
		{"it, as before", "The " + pac + " said costs had risen to £32bn.\nBuilding costs had risen by 37% since 2021, it said.\n", "Building", pac, false, ""},
	})
}

// TestReview19FiguresPublishedBy checks that "Figures published by ORG
// show" and "Figures from a long department name show" name ORG, and that
// a relative clause with a verb of reporting between ORG and "found" is
// skipped (review 19, M8).
func TestReview19FiguresPublishedBy(t *testing.T) {
	const debt = " show household energy debt reached £3.7bn.\n"
	const nao = "National Audit Office"
	checkReview9(t, []review9Case{
		{"figures from a long name", "Figures from the Department for Energy Security and Net Zero" + debt, "Figures", "Department for Energy Security and Net Zero", false, ""},
		{"figures published by", "Figures published by Ofgem" + debt, "Figures", "Ofgem", false, ""},
		{"a relative clause with a date", "The " + nao + ", which reported on the programme in 2023, found that costs had risen by £4bn.\n", "The National", nao, false, ""},
		{"figures from, as before", "Figures from Ofgem" + debt, "Figures", "Ofgem", false, ""},
		{"ORG figures, as before", "Ofgem figures" + debt, "Ofgem", "Ofgem", false, ""},
		{"data from, as before", "Data from the Office for National Statistics show unemployment rose to 5%.\n", "Data", "Office for National Statistics", false, ""},
		{"found, as before", "The " + nao + " found that costs had risen by £4bn.\n", "The National", nao, false, ""},
		{"a relative clause, as before", "The " + nao + ", which audits spending, said costs had risen by £4bn.\n", "The National", nao, false, ""},
	})
}

// TestReview19DescriptionThenBody checks that "A rival firm, ORG, said"
// names ORG, whatever the noun of the description (review 19, M10).
func TestReview19DescriptionThenBody(t *testing.T) {
	const bets = " said only 37 bets had been placed.\n"
	checkReview9(t, []review9Case{
		{"a rival firm", "A rival firm, Fairway Sports," + bets, "A rival", "Fairway Sports", false, "Fairway Sports"},
		{"a rival bookmaker", "A rival bookmaker, Fairway Sports," + bets, "A rival", "Fairway Sports", false, "Fairway Sports"},
		{"the body first, as before", "Fairway Sports, a rival firm," + bets, "Fairway", "Fairway Sports", false, ""},
		{"a person after a post, as before", "Ukraine's finance minister, Oksana Hrytsenko," + bets, "Ukraine", "Oksana Hrytsenko", false, ""},
	})
}

// TestReview19CharityNames checks that after "the charity" or "the
// campaign group" the Titlecase words up to the verb are the body's name,
// function words included: "Warm Homes Now", "Hope Not Hate" (review 19,
// M9).
func TestReview19CharityNames(t *testing.T) {
	const poor = " said 6.1 million households were in fuel poverty.\n"
	checkReview9(t, []review9Case{
		{"the charity Warm Homes Now", "The charity Warm Homes Now" + poor, "The charity", "Warm Homes Now", false, ""},
		{"the charity Hope Not Hate", "The charity Hope Not Hate said 40% of attacks were unreported.\n", "The charity", "Hope Not Hate", false, ""},
		{"the charity Warm Homes, as before", "The charity Warm Homes" + poor, "The charity", "Warm Homes", false, ""},
		{"the charity Safe Passage, as before", "The charity Safe Passage" + poor, "The charity", "Safe Passage", false, ""},
		{"the group Just Stop Oil, as before", "The group Just Stop Oil said 40% of attacks were unreported.\n", "The group", "Just Stop Oil", false, ""},
		{"the charity Crisis, as before", "The charity Crisis said 40% of pensioners were cold.\n", "The charity", "Crisis", false, ""},
	})
	checkEntities(t, "The charity Warm Homes Now"+poor, Org, "Warm Homes Now")
	checkEntities(t, "The charity Hope Not Hate campaigned for years.\n", Org, "Hope Not Hate")
}

// TestReview19ConsumerGroup checks that the name after "consumer group"
// or "watchdog" is an organisation, no person, and that "The group said"
// in the next sentence names it (review 19, L5).
func TestReview19ConsumerGroup(t *testing.T) {
	const fake = " said 83% of deals were fake.\n"
	checkEntities(t, "Consumer group Fair Basket"+fake, Org, "Fair Basket")
	checkEntities(t, "Consumer group Fair Basket"+fake, Person, "")
	checkEntities(t, "The consumer group Fair Basket"+fake, Org, "Fair Basket")
	checkEntities(t, "The energy watchdog Power Watch"+fake, Org, "Power Watch")
	checkReview9(t, []review9Case{
		{"the group, next", "Consumer group Fair Basket warned that discounts are fake.\nThe group said the earbuds had been sold at £29.99 for 41 days.\n", "The group", "Fair Basket", false, ""},
		{"the charity, as before", "The charity Safe Passage" + fake, "The charity", "Safe Passage", false, ""},
	})
}

// TestReview19Bookmakers checks that "Bookmakers said" is a group that
// speaks, no person (review 19, L8).
func TestReview19Bookmakers(t *testing.T) {
	const lost = " said they had lost £2 million on the race.\n"
	checkEntities(t, "Bookmakers"+lost, Person, "")
	checkReview9(t, []review9Case{
		{"bookmakers", "Bookmakers" + lost, "Bookmakers", "", false, "Bookmakers"},
		{"punters", "Punters" + lost, "Punters", "", false, "Punters"},
		{"economists, as before", "Economists said inflation would fall to 2%.\n", "Economists", "", false, "Economists"},
		{"retailers, as before", "Retailers said sales rose 4%.\n", "Retailers", "", false, "Retailers"},
	})
}

// TestReview19TrustWithAnd checks that an NHS trust named "A and B
// Hospitals NHS Trust" is one organisation (review 19, L3).
func TestReview19TrustWithAnd(t *testing.T) {
	const props = " said 1,500 props held up the roof.\n"
	checkEntities(t, "Dr Saira Quadri, chief executive of Elmbridge and Weald Hospitals NHS Trust,"+props, Org, "Elmbridge and Weald Hospitals NHS Trust")
	checkEntities(t, "The Royal Free London NHS Foundation Trust"+props, Org, "Royal Free London NHS Foundation Trust")
	checkEntities(t, "Dr Saira Quadri, chief executive of Weald Hospitals NHS Trust,"+props, Org, "Weald Hospitals NHS Trust")
}

// TestReview19NameInsideQuote checks that a name inside a quotation is no
// candidate for the "he" or "she" after it (review 19, M11).
func TestReview19NameInsideQuote(t *testing.T) {
	const told = "Kieran Doyle said he had been told to wait.\n"
	checkReview9(t, []review9Case{
		{"a reported name in the quotation", told + "\"Fenella said, 'Don't go too soon,'\" he said.\n", "\"Fenella", "Kieran Doyle", true, ""},
		{"no name in the quotation, as before", told + "\"At the last I knew I had them,\" he said.\n", "\"At the", "Kieran Doyle", true, ""},
		{"she after a woman, as before", "Fenella Ashby said the horse was tough.\n\"I've never had a winner,\" she said.\n", "\"I've", "Fenella Ashby", true, ""},
	})
}

// TestReview19FirmPossessiveLater checks that "Fair Basket's" after
// "Consumer group Fair Basket" is the organisation too, and that "The
// group said" after a quotation of its director names it (review 19, L5
// and M1).
func TestReview19FirmPossessiveLater(t *testing.T) {
	const text = "Consumer group Fair Basket warned that many discounts are fake.\n\n" +
		"\"A red sticker is not a bargain,\" said Fair Basket's director of campaigns, Tomasz Wierzbicki.\n\n" +
		"The group said the earbuds had been sold at £29.99 for 41 days.\n"
	checkEntities(t, text, Person, "Tomasz Wierzbicki")
	checkReview9(t, []review9Case{
		{"the group", text, "The group", "Fair Basket", false, ""},
	})
}

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
// stay theirs (review 19, H3; "Its analysis" is Fair Basket's since
// TestReview19LeftoverStudyOwner).
func TestReview19ItemsSoldBy(t *testing.T) {
	checkReview9(t, []review9Case{
		{"its analysis", "Consumer group Fair Basket warned that many discounts are fake.\nIts analysis of 214 products sold by six big retailers last year found that 83% were the same price or cheaper later.\n",
			"Its analysis", "Fair Basket", false, ""},
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
