package claim

import "testing"

// The tests in this file check the figures of review 28b's numbers, dates
// and splitting: the span's kind, text and value.

// TestReview28UpFrom checks that "up from £5.25 to £6.10" is a change
// between two prices, each with its value, as "rose from" is, while a
// range a figure had before, "$3.40 to $3.50, up from $3.25 to $3.35", and
// a shared scale stay one span (review 28b, F8).
func TestReview28UpFrom(t *testing.T) {
	checkReview16(t, []review13Case{
		{"up from, money", "The biggest rise was for a jar of instant coffee, up from £5.25 to £6.10.", []string{"money: £5.25 = 5.25 £", "money: £6.10 = 6.1 £"}},
		{"up from, a count", "Completions are up from 1,050 to 2,603 homes a year.", []string{"quantity: 1,050 = 1050", "quantity: 2,603 homes a year = 2603"}},
		{"down from, percent", "Prices were down from 40% to 30%.", []string{"percent: 40% = 40", "percent: 30% = 30"}},
		{"rose from, as before", "Coffee rose from £5.25 to £6.10.", []string{"money: £5.25 = 5.25 £", "money: £6.10 = 6.1 £"}},
		{"an old range, as before", "It raised it to $3.40 to $3.50, up from $3.25 to $3.35.", []string{"money: $3.40 to $3.50 = 3.4..3.5 $", "money: $3.25 to $3.35 = 3.25..3.35 $"}},
		{"a shared scale, as before", "Sales are up from 2 to 3 million.", []string{"quantity: 2 to 3 million = 2e+06..3e+06"}},
	})
}

// TestReview28Units checks that breath alcohol, "61 microgrammes ... in 100
// millilitres", a speed spelled out, "three kilometres an hour", and "4
// pints" have their units, while a count a day and a length of time stay
// as they were (review 28b, F11, F12 and F21).
func TestReview28Units(t *testing.T) {
	checkFigures(t, []review13Case{
		{"breath alcohol", "He gave a reading of 61 microgrammes of alcohol in 100 millilitres of breath.", []string{"quantity: 61 microgrammes = 61 | microgrammes", "quantity: 100 millilitres = 100 | millilitres"}},
		{"an hour", "We lost maybe three or four kilometres an hour on the first serve.", []string{"quantity: three or four kilometres an hour = 3..4 | kilometres an hour"}},
		{"per hour", "Winds hit 100 miles per hour.", []string{"quantity: 100 miles per hour = 100 | miles per hour"}},
		{"a day", "They pumped 20 litres a day.", []string{"quantity: 20 litres a day = 20 | litres a day"}},
		{"pints", "Semi-skimmed milk 4 pints | £1.65", []string{"quantity: 4 pints = 4 | pints", "money: £1.65 = 1.65"}},
		{"a year, as before", "It makes 20 GWh a year.", []string{"quantity: 20 GWh a year = 20 | GWh a year"}},
		{"glued, as before", "It ran at 171km/h.", []string{"quantity: 171km/h = 171 | km/h"}},
		{"a count a day, as before", "She sees 20 people a day.", []string{"quantity: 20 people a day = 20 | "}},
	}, review22Units)
}

// TestReview28OrdinalNoun checks that an ordinal runs over the words
// before its noun, "11th grand slam title", not stopping at "grand", while
// a one-word noun and a date's ordinal stay as they were (review 28b, F10).
func TestReview28OrdinalNoun(t *testing.T) {
	checkReview16(t, []review13Case{
		{"her 11th", "Mara Valdes won her 11th grand slam title on Sunday.", []string{"quantity: 11th grand slam title = 11", "date: on Sunday"}},
		{"a headline", "Valdes outlasts Okafor to claim 11th grand slam title", []string{"quantity: 11th grand slam title = 11"}},
		{"two words", "She won her 11th major title on Sunday.", []string{"quantity: 11th major title = 11", "date: on Sunday"}},
		{"one word, as before", "She won her 11th title.", []string{"quantity: 11th title = 11"}},
		{"a name, as before", "Saka scored his 60th Premier League goal.", []string{"quantity: 60th Premier League goal = 60"}},
		{"a date, as before", "In the 21st century rents rose.", []string{"date: In the 21st century"}},
	})
}

// TestReview28Lot checks that an auction's catalogue number, "lot 14", is
// no quantity, as "Court 3" is none, while a count of lots and a time
// after "a lot" stay as they were (review 28b, F18).
func TestReview28Lot(t *testing.T) {
	checkReview16(t, []review13Case{
		{"lot 14", "The work was lot 14 in the evening sale.", nil},
		{"Lot 14", "Lot 14 sold for $3m.", []string{"money: $3m = 3e+06 $"}},
		{"a count of lots, as before", "It had 14 lots.", []string{"quantity: 14 lots = 14"}},
		{"a lot, as before", "They sold a lot 14 years ago.", []string{"date: 14 years ago"}},
	})
}

// TestReview28Circa checks that a year after "c.", "(c. 1955)", is an
// approximate date, not a count of 1955, while "c. 950 AD" and a count
// after "c." stay as they were (review 28b, F17).
func TestReview28Circa(t *testing.T) {
	checkReview16(t, []review13Case{
		{"c. 1962", "The painting, c. 1962, sold for $4m.", []string{"date: c. 1962", "money: $4m = 4e+06 $"}},
		{"a top-lots row", "6. Theo Marsh, Harbour Sketch (c. 1955) — $6.3m", []string{"date: c. 1955", "money: $6.3m = 6.3e+06 $"}},
		{"AD, as before", "It was built c. 950 AD.", []string{"date: c. 950 AD"}},
		{"a count, as before", "About c. 1500 people came.", []string{"quantity: About c. 1500 people = 1500"}},
	})
}

// TestReview28ResultsLine checks that a results line, "Valdes (ESP) def.
// Okafor (GBR) 6-4 3-6 7-6(5) 6-2", is one sentence ("def." is
// "defeated") with every set score, while a count beside a year stays
// as it was (review 28b, F33).
func TestReview28ResultsLine(t *testing.T) {
	for _, in := range []string{"Valdes (ESP) def. Okafor (GBR) 6-4 3-6 7-6(5) 6-2", "Holm/Sato def. Reyes/Bakker 6-3 7-5"} {
		if _, sents, _ := judgeText(in); len(sents) != 1 {
			t.Errorf("%q: %d sentences, want 1", in, len(sents))
		}
	}
	checkReview16(t, []review13Case{
		{"singles", "Valdes (ESP) def. Okafor (GBR) 6-4 3-6 7-6(5) 6-2", []string{"quantity: 6-4", "quantity: 3-6", "quantity: 7-6(5)", "quantity: 6-2"}},
		{"doubles", "Holm/Sato def. Reyes/Bakker 6-3 7-5", []string{"quantity: 6-3", "quantity: 7-5"}},
		{"with commas, as before", "She won 6-4, 3-6, 6-2.", []string{"quantity: 6-4", "quantity: 3-6", "quantity: 6-2"}},
		{"a phone number, as before", "Call 555-0143 2024 now.", []string{"date: 2024"}},
	})
}

// TestReview28Further checks that "banned for a further two years" is a
// length of time, as "for another two years" is, not the quantity
// "further two years", while a count after "A further" stays as it was
// (review 28b, F14).
func TestReview28Further(t *testing.T) {
	checkReview16(t, []review13Case{
		{"a further two years", "He was jailed for eight weeks and banned for a further two years.", []string{"date: for eight weeks", "date: for a further two years"}},
		{"months", "It will run for a further 12 months.", []string{"date: for a further 12 months"}},
		{"another, as before", "He was banned for another two years.", []string{"date: for another two years"}},
		{"a count, as before", "A further 200 jobs will go.", []string{"quantity: further 200 jobs = 200"}},
	})
}

// TestReview28NoonTitle checks that "Noon" ending a painting's title, in
// quotes or before its year's brackets, is no date, while noon in a
// sentence stays one (review 28b, F16).
func TestReview28NoonTitle(t *testing.T) {
	checkReview16(t, []review13Case{
		{"quoted", "“Swimming Pool at Noon” (1962) achieved a hammer price of $105m.", []string{"date: 1962", "money: $105m = 1.05e+08 $"}},
		{"a top-lots row", "1. Hal Brenner, Swimming Pool at Noon (1962) — $105m", []string{"date: 1962", "money: $105m = 1.05e+08 $"}},
		{"noon, as before", "The strike starts at noon (local time).", []string{"date: noon"}},
		{"Noon on Friday, as before", "The strike starts at Noon on Friday.", []string{"date: Noon on Friday"}},
		{"quoted noon, as before", "He said it would start at “noon”.", []string{"date: noon"}},
	})
}

// TestReview28GameScores checks that a game score with the smaller number
// first, "from 2-5 down", "until 1-4", is a score with no value, as "5-4"
// is, while a range stays one (review 28b, F19).
func TestReview28GameScores(t *testing.T) {
	checkReview16(t, []review13Case{
		{"from 2-5 down", "In the tie-break Valdes came from 2-5 down to win five straight points.", []string{"quantity: 2-5", "quantity: five straight points = 5"}},
		{"from 1-2 down", "Okafor won five games in a row from 1-2 down.", []string{"quantity: five games = 5", "quantity: 1-2"}},
		{"until 1-4", "She did not win another service game until 1-4.", []string{"quantity: 1-4"}},
		{"5-4, as before", "She served out the set at 5-4.", []string{"quantity: 5-4"}},
		{"a range, as before", "It takes 3-5 weeks.", []string{"quantity: 3-5 weeks = 3..5"}},
		{"dates, as before", "It runs until 3-5 March.", []string{"date: until 3-5 March"}},
	})
}

// TestReview28Season checks that "in the spring" is a date, as "this
// spring" and "the spring of 2024" are, while "the spring water" stays
// none (review 28b, F15).
func TestReview28Season(t *testing.T) {
	checkReview16(t, []review13Case{
		{"in the spring", "NICE said it would publish draft guidance in the spring.", []string{"date: spring"}},
		{"in the autumn", "It will open in the autumn.", []string{"date: autumn"}},
		{"of a year, as before", "It fell in the spring of 2024.", []string{"date: spring of 2024"}},
		{"this spring, as before", "It will publish guidance this spring.", []string{"date: this spring"}},
		{"water, as before", "They bathed in the spring water.", nil},
	})
}
