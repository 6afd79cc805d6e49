package claim

import "testing"

// The tests in this file check faults left from review 20 and earlier
// ones (the README's known misses), cleared in session 29.

// TestLeftovers21ByHalf checks that "by half" after a verb of change is a
// share of 0.5, as "by a fifth" is 0.2, while a half of something, a
// time and "half" as a noun's modifier stay as they were.
func TestLeftovers21ByHalf(t *testing.T) {
	checkReview16(t, []review13Case{
		{"cut by half", "Sales were cut by half last year.", []string{"quantity: half = 0.5", "date: last year"}},
		{"fell by half in", "Profits fell by half in 2024.", []string{"quantity: half = 0.5", "date: in 2024"}},
		{"by half.", "The backlog was reduced by half.", []string{"quantity: half = 0.5"}},
		{"down by half,", "Visits are down by half, the survey found.", []string{"quantity: half = 0.5"}},
		{"by a fifth, as before", "Sales were cut by a fifth in 2024.", []string{"quantity: a fifth = 0.2", "date: in 2024"}},
		{"half of, as before", "Half of the staff left.", []string{"quantity: Half of = 0.5"}},
		{"by half past, as before", "The shop shuts by half past six.", []string{"date: past six"}},
		{"by half-time", "They led by two goals by half-time.", []string{"quantity: two goals = 2"}},
	})
}

// TestLeftovers21OrdinalRecords checks that an ordinal in words after an
// owner counts a record, "his fourth goal" as "his ninth league goal"
// did, and that "the fifth time" and "a third time" count one, while an
// ordinal that ranks a thing ("the fourth man", "her second husband"),
// "a third" of something and a quarter of a year stay as they were.
func TestLeftovers21OrdinalRecords(t *testing.T) {
	checkReview16(t, []review13Case{
		{"his fourth goal", "Kane scored his fourth goal of the season.", []string{"quantity: fourth goal = 4"}},
		{"her second title", "She won her second title in Paris.", []string{"quantity: second title = 2"}},
		{"the club's fourth win", "It was the club's fourth win in a row.", []string{"quantity: fourth win = 4"}},
		{"the fifth time", "It was the fifth time the club had won.", []string{"quantity: fifth time = 5"}},
		{"for a second time", "They won the cup for a second time.", []string{"quantity: second time = 2"}},
		{"his ninth league goal, as before", "Kane scored his ninth league goal.", []string{"quantity: ninth league goal = 9"}},
		{"his 60th goal, as before", "Kane scored his 60th goal.", []string{"quantity: 60th goal = 60"}},
		{"the fourth man, as before", "He became the fourth man to win it.", nil},
		{"her second husband, as before", "Her second husband died in 2001.", []string{"date: in 2001"}},
		{"a third of, as before", "A third of the staff left.", []string{"quantity: A third of = 0.3333"}},
		{"the fourth quarter, as before", "The fourth quarter was weak.", []string{"date: The fourth quarter"}},
		{"the first time, as before", "It was the first time the club had won.", nil},
		{"a fourth term, as before", "She won a fourth term.", nil},
	})
}

// TestLeftovers21JoinedNouns checks that a count before nouns joined by
// "and" counts the plural they qualify, "450 head office and distribution
// roles", not the first noun ("450 head"), while a count of a singular
// noun, one before another count, and plain counted nouns stay as they
// were.
func TestLeftovers21JoinedNouns(t *testing.T) {
	checkReview16(t, []review13Case{
		{"N head office and distribution roles", "The retailer will cut about 450 head office and distribution roles.", []string{"quantity: about 450 head office and distribution roles = 450"}},
		{"N store and warehouse jobs", "The firm will cut 300 store and warehouse jobs.", []string{"quantity: 300 store and warehouse jobs = 300"}},
		{"N head of cattle, as before", "The farm sold 450 head of cattle.", []string{"quantity: 450 head = 450"}},
		{"N head office jobs, as before", "The firm will cut 300 head office jobs.", []string{"quantity: 300 head office jobs = 300"}},
		{"a second count after and, as before", "The farm sold 450 head and 20 calves.", []string{"quantity: 450 head = 450", "quantity: 20 calves = 20"}},
		{"N people and dogs, as before", "The ferry carried 300 passengers and cars.", []string{"quantity: 300 passengers = 300"}},
	})
}

// TestLeftovers21NominalForecast checks that "outlook", and "forecast"
// after a determiner, an owner or a noun that qualifies it, is a noun
// that makes no prediction span, while a forecast that predicts, a verb
// or "is forecast to", stays one.
func TestLeftovers21NominalForecast(t *testing.T) {
	for _, tt := range []struct {
		text, want string
	}{
		{"The outlook for the year was unchanged.\n", ""},
		{"A forecast published on Monday showed rain.\n", ""},
		{"The firm cut its profit forecast for 2026.\n", ""},
		{"The bank's forecast was too gloomy.\n", ""},
		{"The IMF forecast growth of 2% next year.\n", "forecast"},
		{"Economists had forecast a rise of 0.3%.\n", "forecast"},
		{"Growth is forecast to slow to 1.1%.\n", "is forecast to"},
		{"It forecasts a deficit of £20bn.\n", "forecasts"},
		{"Sales rose faster than forecast.\n", "forecast"},
	} {
		checkEntities(t, tt.text, Prediction, tt.want)
	}
}

// TestLeftovers21RivalOneWord checks that a one-word company after
// "Rival", before "said" and its own "its", is an organisation named
// without the descriptor, as one of two words was, and that a rival
// person stays one.
func TestLeftovers21RivalOneWord(t *testing.T) {
	checkReview9(t, []review9Case{
		{"Rival Tesco said its", "Rival Tesco said its sales rose 3%.\n", "Rival", "Tesco", false, "Tesco"},
		{"Rival Dunmore Home, as before", "Rival Dunmore Home said its sales fell 2%.\n", "Rival", "Dunmore Home", false, "Dunmore Home"},
		{"Rival Jane Smith, as before", "Rival Jane Smith said she would win.\n", "Rival", "Jane Smith", false, "Jane Smith"},
	})
	checkEntities(t, "Rival Tesco said its sales rose 3%.\n", Org, "Tesco")
	checkEntities(t, "Rival Tesco said its sales rose 3%.\n", Person, "")
	checkEntities(t, "Rival Jane Smith said she would win.\n", Person, "Jane Smith")
}

// TestLeftovers21MixedCaseBrand checks that a brand word in mixed case,
// "iShares", opens the name of the body it stands before, "iShares
// Bitcoin Trust", and the speaker's name, while a body with no such word
// and a product's name stay as they were.
func TestLeftovers21MixedCaseBrand(t *testing.T) {
	checkEntities(t, "The iShares Bitcoin Trust drew $2bn in inflows.\n", Org, "iShares Bitcoin Trust")
	checkEntities(t, "He sold shares in eBay Motors Group last year.\n", Org, "eBay Motors Group")
	checkEntities(t, "The Bitcoin Trust drew $2bn.\n", Org, "Bitcoin Trust")
	checkEntities(t, "The new iPhone Pro costs $999.\n", Org, "")
	checkEntities(t, "The new iPhone Pro costs $999.\n", Person, "")
	checkReview9(t, []review9Case{
		{"the trust said", "The iShares Bitcoin Trust said it held 500,000 coins.\n", "The", "iShares Bitcoin Trust", false, "iShares Bitcoin Trust"},
	})
}

// TestLeftovers21StatRows checks that a match statistic's line is scored
// alike whatever the segmenter made of it (a list item, a heading, a
// paragraph): at the threshold, with the reason "match statistics", while
// a score in a sentence, a cricket score with a stop and a season stay
// as they were.
func TestLeftovers21StatRows(t *testing.T) {
	const stats = "Match stats\nPossession: 58%-42%\nShots: 17-9\nShots on target 6-2\nCorners: 8-3\nxG: 2.31-0.97\n\nThat was the moment.\n"
	m, err := DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	src, _, js := judgeText(stats)
	for i := 1; i <= 5; i++ {
		if j := js[i]; j.Score != m.Threshold || !j.CheckWorthy || j.Reasons[len(j.Reasons)-1] != statReason {
			t.Errorf("sentence %d of %q: score %.3f, reasons %q, want the threshold and %q", i, src, j.Score, j.Reasons, statReason)
		}
	}
	for _, tt := range []review9ScoreCase{
		{name: "a score in a sentence, as before", in: "Arsenal beat Chelsea 2-1 at the Emirates on Sunday.", not: []string{statReason}, cw: "yes"},
		{name: "a cricket score with a stop, as before", in: "England 184-3.", not: []string{statReason}},
		{name: "a season, as before", in: "Season: 2024-25", not: []string{statReason}},
		{name: "a label and one figure, as before", in: "Revenue: $4.82 billion\nProfit: $1.1 billion\n", not: []string{statReason}},
	} {
		t.Run(tt.name, tt.run)
	}
	// the row after a list item is annotated as a row of its own
	checkReview16(t, []review13Case{
		{"a heading after an item", "Possession: 58%-42%\nShots: 17-9\nShots on target 6-2\nCorners: 8-3\n\nThat was it.\n",
			[]string{"percent: 58% = 58", "percent: 42% = 42", "quantity: 17-9", "quantity: 6-2", "quantity: 8-3"}},
	})
}

// TestLeftovers21LoneYearHeader checks that a header row of years cut by
// "|" that ends the text, which the segmenter leaves in the body, is a
// table header as it is in a table, while a row of figures and a sentence
// with a "|" stay claims.
func TestLeftovers21LoneYearHeader(t *testing.T) {
	for _, tt := range []review9ScoreCase{
		{name: "the header alone", in: "Year to 31 January | 2026 | 2025 | Change", want: []string{"table header"}, cw: "no"},
		{name: "after text", in: "Results were mixed.\n\nYear to 31 January | 2026 | 2025 | Change\n", sent: 1, want: []string{"table header"}, cw: "no"},
		{name: "a row of figures, as before", in: "Revenue | £2,410m | £2,270m | +6.2%", not: []string{"table header"}, cw: "yes"},
		{name: "a sentence with a bar, as before", in: "Sales rose 4% in 2025 | Profits fell in 2024 and 2023.", not: []string{"table header"}},
	} {
		t.Run(tt.name, tt.run)
	}
}

// TestLeftovers21ClubByContext checks that a club named like a first name
// or a city is a club before any score line when its sentence has a word
// of football ("league", "matches"), while the same name in other
// sentences stays a person or a place.
func TestLeftovers21ClubByContext(t *testing.T) {
	checkEntities(t, "Chelsea, who won the league last year, lost at home on Sunday.\n", Org, "Chelsea")
	checkEntities(t, "Chelsea, who won the league last year, lost at home on Sunday.\n", Person, "")
	checkEntities(t, "Chelsea, who started the day in fourth, stay on 31 points from 16 matches.\n", Org, "Chelsea")
	checkEntities(t, "His daughter Chelsea, who lives in Leeds, said she was proud.\n", Person, "Chelsea")
	checkEntities(t, "Flights from Liverpool were cancelled on Sunday.\n", Place, "Liverpool")
}

// TestLeftovers21CourtColour checks that a court report's colour, what
// someone wore with no figure, date or quotation, falls below the
// threshold, while one that gives a duration or a date stays a claim.
func TestLeftovers21CourtColour(t *testing.T) {
	for _, tt := range []review9ScoreCase{
		{name: "wore a grey suit", in: "Smith, 42, wore a grey suit as the sentence was passed.", want: []string{"narration of appearance"}, cw: "no"},
		{name: "who wore", in: "Pell, who wore a grey suit, showed no emotion as the sentence was passed.", want: []string{"narration of appearance"}, cw: "no"},
		{name: "a duration, as before", in: "He wore a wire for the FBI for 18 months.", not: []string{"narration of appearance"}, cw: "yes"},
		{name: "a date, as before", in: "Smith wore a grey suit on 3 March, the day he was arrested.", not: []string{"narration of appearance"}, cw: "yes"},
		{name: "a quotation, as before", in: "Smith, who wore a grey suit, said: \"I stole £40,000 and I am sorry.\"", not: []string{"narration of appearance"}},
	} {
		t.Run(tt.name, tt.run)
	}
}
