package claim

import "testing"

// The tests in this file check faults left from reviews 21 and 22 (the
// README's known misses), cleared in session 30.

// TestLeftovers23UnnamedBody checks that "it said" after a sentence about
// a body the text does not name ("In March, the airline, …", "Tom Price,
// the airline's boss, …") stays unnamed rather than going to the body on
// the other side of a dispute that spoke before, while a description
// that a body named before resolves (the subject of the paragraph before
// it, as for "the airline said"), and "it" after a named body, stay as
// they were.
func TestLeftovers23UnnamedBody(t *testing.T) {
	const swissport = "Swissport said the offer was worth 6.2%.\n\nStaff walked out at 04:00 in a dispute over pay.\n\n"
	checkReview9(t, []review9Case{
		{"it after In March, the airline,", swissport + "In March, the airline, which flies from Bristol, cancelled 41 departures.\n\nAll departures after 14:00 on Saturday will go ahead, it said.\n",
			"All departures", "", false, "it"},
		{"it after the airline's boss", swissport + "Tom Price, the airline's boss, said fares would rise.\n\nMore flights will run next year, it said.\n",
			"More flights", "", false, "it"},
		{"it after The airline opens", swissport + "The airline cancelled 41 departures on Friday.\n\nAll departures after 14:00 will go ahead, it said.\n",
			"All departures", "", false, "it"},
		{"it after the airline named before", "Ryanair said its flights were full.\n\nThe airline cancelled 41 departures on Friday.\n\nAll departures after 14:00 will go ahead, it said.\n",
			"All departures", "Ryanair", false, "it"},
		{"it after the airline, the paragraph after Ryanair", "Ryanair said its flights were full.\n\nIn March, the airline, which flies from Bristol, cancelled 41 departures.\n\nAll departures after 14:00 will go ahead, it said.\n",
			"All departures", "Ryanair", false, "it"},
		{"it after easyJet, the airline, as before", swissport + "easyJet, the airport's biggest airline, cancelled 41 departures on Friday.\n\nAll departures after 14:00 will go ahead, it said.\n",
			"All departures", "easyJet", false, "it"},
		{"it after Swissport, as before", swissport + "Staff will get a further 3% next April, it said.\n",
			"Staff will", "Swissport", false, "it"},
	})
}

// TestLeftovers23DefinedShortName checks that a short name defined in
// brackets after a body's name ("the National Association of Head
// Teachers (NAHT)") names the body later, bare or after "The", as the
// subject of "criticised …, saying" too, while a description and a
// name of a person stay as they were.
func TestLeftovers23DefinedShortName(t *testing.T) {
	const naht = "The National Association of Head Teachers (NAHT) said pay must rise.\n\n"
	checkReview9(t, []review9Case{
		{"The NAHT criticised, saying", naht + "The NAHT criticised the plan, saying it would cut jobs.\n", "The NAHT criticised", "National Association of Head Teachers", false, "The NAHT"},
		{"The NAHT welcomed, saying", naht + "The NAHT welcomed the plan, saying it would help schools.\n", "The NAHT welcomed", "National Association of Head Teachers", false, "The NAHT"},
		{"NAHT said, as before", naht + "NAHT said 40% of heads would quit.\n", "NAHT said", "National Association of Head Teachers", false, "NAHT"},
		{"CPRE said, as before", "The Campaign to Protect Rural England (CPRE) objected.\n\nCPRE said 14 appeals were allowed.\n", "CPRE said", "Campaign to Protect Rural England", false, "CPRE"},
		{"The union criticised, as before", naht + "The union criticised the plan, saying it would cut jobs.\n", "The union", "", false, "The union"},
		{"Jane Doe criticised, as before", naht + "Jane Doe criticised the plan, saying it would cut jobs.\n", "Jane Doe", "Jane Doe", false, "Jane Doe"},
	})
}

// TestLeftovers23ShortBodyName checks that a speaker named by the first
// word of a body named in full before ("Northgate" after "the Northgate
// Building Society") is that body, so the Speakers view groups them,
// while a body whose longer name names another thing ("Tesco" after
// "Tesco Bank") and a body named only short stay as they were.
func TestLeftovers23ShortBodyName(t *testing.T) {
	checkReview9(t, []review9Case{
		{"Northgate after the Northgate Building Society", "House prices rose 2%, according to the Northgate Building Society.\n\nNorthgate said 12,000 borrowers would be affected.\n",
			"Northgate said", "Northgate Building Society", false, "Northgate"},
		{"Hartwell after Hartwell Group plc", "Shares in Hartwell Group plc fell 4%.\n\nLater, Hartwell said profits would fall.\n",
			"Later", "Hartwell Group plc", false, "Hartwell"},
		{"Tesco after Tesco Bank, as before", "Tesco Bank cut its rates.\n\nTesco said sales rose 4%.\n", "Tesco said", "Tesco", false, "Tesco"},
		{"Northgate alone, as before", "Northgate said 12,000 borrowers would be affected.\n", "Northgate said", "Northgate", false, "Northgate"},
	})
}

// TestLeftovers23OwnedRole checks that a body's role as a speaker
// ("Swissport's chief executive said") is the person named earlier in
// that role for that body, while the role of another body, or one no one
// was named in, keeps the role phrase with its owner.
func TestLeftovers23OwnedRole(t *testing.T) {
	const holt = "Swissport's UK chief executive, Jason Holt, said the firm had tried.\n\n"
	checkReview9(t, []review9Case{
		{"Swissport's chief executive after Jason Holt", holt + "Swissport's chief executive said the offer was fair.\n",
			"Swissport's chief executive", "Jason Holt", false, "Swissport's chief executive"},
		{"Ryanair's chief executive, as before", holt + "Ryanair's chief executive said fares would rise.\n",
			"Ryanair's chief executive", "Ryanair's chief executive", false, "Ryanair's chief executive"},
		{"Swissport's chief executive alone, as before", "Swissport's chief executive said the offer was fair.\n",
			"Swissport's chief executive", "Swissport's chief executive", false, "Swissport's chief executive"},
		{"Swissport's spokesperson, as before", holt + "Swissport's spokesperson said the offer was fair.\n",
			"Swissport's spokesperson", "Swissport's spokesperson", false, "Swissport's spokesperson"},
	})
}

// TestLeftovers23IndefiniteRoleInCapitals checks that "A local MP said"
// keeps its article and adjectives in the speaker span, as "The local
// MP" does, and names no one met before, while a role in capitals after "The"
// and a lower-case role stay as they were.
func TestLeftovers23IndefiniteRoleInCapitals(t *testing.T) {
	const smith = "Local MP Jane Smith said the plan was fair.\n\n"
	checkReview9(t, []review9Case{
		{"A local MP", smith + "A local MP said the strike was wrong.\n", "A local MP", "", false, "A local MP"},
		{"An MP", smith + "An MP said the strike was wrong.\n", "An MP", "", false, "An MP"},
		{"The local MP, as before", "The local MP said the strike was wrong.\n", "The local MP", "", false, "The local MP"},
		{"A local councillor, as before", smith + "A local councillor said the strike was wrong.\n", "A local", "", false, "A local councillor"},
		{"The CEO, as before", smith + "The CEO said profits rose 5%.\n", "The CEO", "", false, "The CEO"},
	})
}

// TestLeftovers23DataFromPuts checks that "Data from X puts inflation at
// 3%" names X as the source, as "X figures show" does, while "put" with
// no figure after "at" stays no cue.
func TestLeftovers23DataFromPuts(t *testing.T) {
	checkReview9(t, []review9Case{
		{"Data from the ONS puts inflation at", "Data from the ONS puts inflation at 3%.\n", "Data", "ONS", false, ""},
		{"Figures from the ONS put unemployment at", "Figures from the ONS put unemployment at 4.4%.\n", "Figures", "ONS", false, ""},
		{"the Bank puts growth at", "The Bank of England puts growth at 1.1% this year.\n", "The Bank", "Bank of England", false, ""},
		{"Data from Defra puts the yield at, as before", "Data from Defra puts the average wheat yield at 7.8 tonnes per hectare.\n", "Data", "Defra", false, ""},
		{"put inflation at risk, as before", "The strike puts inflation at risk.\n", "The strike", "", false, ""},
		{"puts pressure, as before", "Data from the ONS puts pressure on the Bank of England.\n", "Data", "", false, ""},
	})
}

// TestLeftovers23PartyInBrackets checks that a party's short form in
// brackets after a candidate's name is an organisation, while a word in
// brackets after a person that is no party, and a party label before a
// result ("Lab gain"), stay as they were.
func TestLeftovers23PartyInBrackets(t *testing.T) {
	review21Entities(t, []struct {
		name, in string
		want     []string
	}{
		{"(Reform)", "Kelly Dunn (Reform) polled 1,377 votes.", []string{"person: Kelly Dunn", "org: Reform"}},
		{"(Lab), (LD), (Con)", "Jane Ross (Lab) 1,482; Tom Hardy (Con) 1,106; Rachel Ford (LD) 289.",
			[]string{"person: Jane Ross", "org: Lab", "person: Tom Hardy", "org: Con", "person: Rachel Ford", "org: LD"}},
		{"(Green)", "Sam Otieno (Green) polled 402 votes.", []string{"person: Sam Otieno", "org: Green"}},
		{"(SNP), as before", "Ian Bell (SNP) polled 402 votes.", []string{"person: Ian Bell", "org: SNP"}},
		{"a person's town, as before", "Sam Otieno (Leeds) polled 402 votes.", []string{"person: Sam Otieno", "place: Leeds"}},
		{"Lab gain, as before", "Fenwick: Lab gain from Con.", nil},
	})
}

// TestLeftovers23FromToReason checks that the reason of a change "from X
// to Y" quotes the new figure, Y, not the old one, while a figure alone
// and a range stay as they were.
func TestLeftovers23FromToReason(t *testing.T) {
	for _, tt := range []review9ScoreCase{
		{name: "homes a year", in: "The number has risen from 1,050 to 2,603 homes a year.", want: []string{"quantity: 2,603 homes a year"}},
		{name: "money", in: "Fees rose from £1,050 to £2,603 a year.", want: []string{"quantity: £2,603 a year"}},
		{name: "percent", in: "Inflation rose from 3.1% to 3.8%.", want: []string{"quantity: 3.8%"}},
		{name: "a range, as before", in: "Sales rose 1,050 to 2,603.", want: []string{"quantity: 1,050 to 2,603"}},
		{name: "from alone, as before", in: "Sales rose from 1,050 in 2024.", want: []string{"quantity: 1,050"}},
		{name: "one figure, as before", in: "Sales rose to 2,603.", want: []string{"quantity: 2,603"}},
	} {
		t.Run(tt.name, tt.run)
	}
}

// TestLeftovers23YieldUnit checks that a yield written out, "tonnes per
// hectare", has the whole rate as its unit, as "t/ha" does, while a rate
// of no measure and a price by area stay as they were.
func TestLeftovers23YieldUnit(t *testing.T) {
	checkFigures(t, []review13Case{
		{"tonnes per hectare", "Wheat yielded 7.8 tonnes per hectare.", []string{"quantity: 7.8 tonnes per hectare = 7.8 | tonnes per hectare"}},
		{"kilos an acre", "Barley yielded 900 kilos an acre.", []string{"quantity: 900 kilos an acre = 900 | kilos an acre"}},
		{"t/ha, as before", "Wheat yielded 7.8 t/ha.", []string{"quantity: 7.8 t/ha = 7.8 | t/ha"}},
		{"people per hectare, as before", "The estate houses 40 people per hectare.", []string{"quantity: 40 people per hectare = 40 | "}},
		{"a price an acre, as before", "Land sold for £9,000 an acre.", []string{"money: £9,000 an acre = 9000"}},
	}, review22Units)
}
