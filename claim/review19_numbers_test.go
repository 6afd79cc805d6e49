package claim

import (
	"testing"
)

// The tests in this file check the figures of review 19's numbers and
// dates as review16Figures renders them: the span's kind, text and value,
// and a money span's currency.

// TestReview19Odds checks that a price in betting odds, "11/4", "100-1",
// "evens", is a quantity whose value is the price as one number (2.75,
// 100, 1) where the words around it make it a price, while scores, votes,
// dates and fractions of a recipe stay as they were (review 19, H4).
func TestReview19Odds(t *testing.T) {
	checkReview16(t, []review13Case{
		{"the N/M favourite", "The 11/4 favourite, Harbour Signal, fell at the second-last.", []string{"quantity: 11/4 favourite = 2.75"}},
		{"a N/M shot", "Stormcastle, a 16/1 shot, was third.", []string{"quantity: 16/1 = 16"}},
		{"won at N-M", "Copper Lantern won at 100-1.", []string{"quantity: 100-1 = 100"}},
		{"won at 5-2", "Pebble Ridge won at 5-2.", []string{"quantity: 5-2 = 2.5"}},
		{"odds of N/M", "Copper Lantern won at odds of 100/1.", []string{"quantity: 100/1 = 100"}},
		{"backed from N-M to N/M", "Harbour Signal was backed from 4-1 to 11/4.", []string{"quantity: 4-1 = 4", "quantity: 11/4 = 2.75"}},
		{"returned at N/M", "He returned at 6/1 with bookmakers.", []string{"quantity: 6/1 = 6"}},
		{"odds on", "He is the 4/6 favourite to win.", []string{"quantity: 4/6 favourite = 0.6667"}},
		{"at N-M for a race", "He remains a horse to follow, and at 10-1 for the Gold Cup in March, he looks good value.", []string{"quantity: 10-1 = 10", "date: in March"}},
		{"the N-M outsider", "The 100-1 outsider won the Hennessey Gold Cup.", []string{"quantity: 100-1 = 100"}},
		{"evens", "Silver Almanac won at evens.", []string{"quantity: evens = 1"}},
		{"even-money", "The even-money favourite won by eight lengths.", []string{"quantity: even-money = 1", "quantity: eight lengths = 8"}},
		{"decimal odds, as before", "Low Meadow, a 7.5 chance on the exchange, won.", []string{"quantity: 7.5 chance = 7.5"}},
		{"a football score", "Arsenal won 3-1 at Anfield.", []string{"quantity: 3-1"}},
		{"a score at half-time", "The score stood at 2-1 at half-time.", []string{"quantity: 2-1"}},
		{"winners", "United were 3-1 winners at home.", []string{"quantity: 3-1"}},
		{"a vote", "The committee voted 7-2 to approve the plan.", []string{"quantity: 7-2"}},
		{"a date", "The meeting is on 11/4 at the town hall.", nil},
		{"a recipe", "Add 3/4 cup of sugar.", []string{"quantity: 3/4 cup = 0.75"}},
		{"evens out", "The market evens out by spring.", nil},
		{"24/7", "The shop is open 24/7.", nil},
	})
}

// TestReview19DocumentReferences checks that a number after "para",
// "paras", "pp" or "p." refers to a part of a report, with no span, as a
// number after "paragraph" or "page" does, while the figures beside it
// stay (review 19, M2).
func TestReview19DocumentReferences(t *testing.T) {
	checkReview16(t, []review13Case{
		{"(para N.N)", "Building costs alone had risen by 37% since 2021, it said (para 2.7).", []string{"percent: 37% = 37", "date: since 2021"}},
		{"(para N.NN) after money", "The report found that savings had fallen from £450m to £120m (para 4.12).", []string{"money: £450m = 4.5e+08 £", "money: £120m = 1.2e+08 £"}},
		{"paras N-N", "The committee set out its view (paras 3.1-3.4).", nil},
		{"para. N.N", "Costs rose by 37%, the report said (para. 2.7).", []string{"percent: 37% = 37"}},
		{"pp. N-N", "The figures are on pp. 14-16 of the report.", nil},
		{"pp N-N", "The figures are on pp 14-16 of the report.", nil},
		{"paragraph, as before", "Costs rose by 37%, the report said (paragraph 2.7).", []string{"percent: 37% = 37"}},
		{"section, as before", "Costs rose by 37% (see section 4.2 of the report).", []string{"percent: 37% = 37"}},
		{"a count stays", "The firm sold 2.7 million units.", []string{"quantity: 2.7 million units = 2.7e+06"}},
	})
}

// TestReview19MonthPeriods checks that two months joined by a dash, a
// hyphen or "to" are one date, a period, with the year or "last year"
// after them, while dated ends and months in two clauses stay apart
// (review 19, M3).
func TestReview19MonthPeriods(t *testing.T) {
	checkReview16(t, []review13Case{
		{"Month-Month YEAR", "The cap covers January-March 2027.", []string{"date: January-March 2027"}},
		{"in Month–Month", "Bills rose 4% in October–December.", []string{"percent: 4% = 4", "date: in October–December"}},
		{"Month to Month", "The cap covers January to March.", []string{"date: January to March"}},
		{"Month–Month last year", "It is £70 higher than in January–March last year.", []string{"money: £70 = 70 £", "date: in January–March last year"}},
		{"from Month to Month", "The current cap, which runs from October to December, is lower.", []string{"date: from October to December"}},
		{"the Month-Month quarter, one quarter since review 26", "Sales rose in the April-June quarter.", []string{"date: in the April-June quarter"}},
		{"dated ends, one period since review 23", "The cap runs from 1 January to 31 March.", []string{"date: from 1 January to 31 March"}},
		{"ends with years, one period since review 23", "He served from March 2019 to May 2020.", []string{"date: from March 2019 to May 2020"}},
		{"two clauses, as before", "Prices rose in January and fell in March.", []string{"date: in January", "date: in March"}},
		{"mid-Month, as before", "Prices rose in mid-March.", []string{"date: in mid-March"}},
	})
}

// TestReview19UnitPrices checks that a price per unit of energy, fuel or
// weight keeps its unit in the money span, written "per kWh", "a litre" or
// glued "/kWh", and that pence in a table of unit rates are money (review
// 19, M4).
func TestReview19UnitPrices(t *testing.T) {
	checkReview16(t, []review13Case{
		{"Np/kWh", "Gas costs 6.41p/kWh.", []string{"money: 6.41p/kWh = 0.0641 £"}},
		{"Np a litre", "Petrol costs 142.9p a litre.", []string{"money: 142.9p a litre = 1.429 £"}},
		{"N pence per kilowatt hour", "Electricity costs 26.35 pence per kilowatt hour.", []string{"money: 26.35 pence per kilowatt hour = 0.2635 £"}},
		{"Np per kWh and Np a day", "- Electricity: 26.35p per kWh, with a standing charge of 53.68p a day",
			[]string{"money: 26.35p per kWh = 0.2635 £", "money: 53.68p a day = 0.5368 £"}},
		{"a table row", "| Electricity | 26.35p/kWh | 53.68p/day | +1.8% |",
			[]string{"money: 26.35p/kWh = 0.2635 £", "money: 53.68p/day = 0.5368 £", "percent: +1.8% = 1.8"}},
		{"$N a barrel", "Oil hit $80 a barrel.", []string{"money: $80 a barrel = 80 $"}},
		{"£N per tonne", "Wheat sold at £180 per tonne.", []string{"money: £180 per tonne = 180 £"}},
		{"a noun after the unit", "A cut of 3p a litre means drivers save £1.65.", []string{"money: 3p a litre = 0.03 £", "money: £1.65 = 1.65 £"}},
		{"per hour, as before", "He earns $15 per hour.", []string{"money: $15 per hour = 15 $"}},
		{"per N people, as before", "There were 38.6 cases per 100,000 people.", []string{"quantity: 38.6 cases per 100,000 people = 38.6"}},
		{"a count per unit stays", "The plant burns 40 tonnes a day.", []string{"quantity: 40 tonnes a day = 40"}},
		{"1080p stays no money", "Stream 1080p video to your phone.", nil},
	})
}

// TestReview19AddsUpTo checks that "up to" after "add", "adds", "added"
// or "adding" totals a sum, so the money span starts at the amount, while
// "up to" elsewhere stays a bound (review 19, M5).
func TestReview19AddsUpTo(t *testing.T) {
	checkReview16(t, []review13Case{
		{"adds up to about", "The electricity charge of 53.68p a day alone adds up to about £196 a year.",
			[]string{"money: 53.68p a day = 0.5368 £", "money: about £196 a year = 196 £"}},
		{"adds up to", "The bill adds up to £1,779.", []string{"money: £1,779 = 1779 £"}},
		{"could add up to", "Costs could add up to £196 a year.", []string{"money: £196 a year = 196 £"}},
		{"added up to", "It added up to well over 50 percent of what they earned.", []string{"percent: well over 50 percent = 50"}},
		{"a bound, as before", "Households will get up to £300 a year.", []string{"money: up to £300 a year = 300 £"}},
		{"by up to, as before", "He said prices could rise by up to 5%.", []string{"percent: up to 5% = 5"}},
	})
}

// TestReview19MidnightInAName checks that a capitalised "Midnight" or
// "Noon" before another capitalised word is part of a name, no date, while
// midnight as a time stays a date (review 19, L1).
func TestReview19MidnightInAName(t *testing.T) {
	checkReview16(t, []review13Case{
		{"a horse at the start", "Midnight Tariff led for most of the race.", []string{"quantity: most of"}},
		{"a horse and a race time", "Midnight Express won the 2:45.", []string{"date: 2:45"}},
		{"a horse after a verb", "Harbour Signal beat Midnight Tariff by a neck.", []string{"quantity: a neck"}}, // the margin is a quantity (M12),
		{"a horse after on", "Bets placed on Midnight Tariff were void.", nil},
		{"midnight on Monday, as before", "The sale runs until midnight on Monday.", []string{"date: until midnight on Monday"}},
		{"Midnight alone, as before", "Midnight is the deadline.", []string{"date: Midnight"}},
		{"Midnight Monday, as before", "The offer ends at Midnight Monday.", []string{"date: Midnight Monday"}},
	})
}

// TestReview19NamedDays checks that named days, "Black Friday", "Cyber
// Monday", "Boxing Day", are dates, while "Black" before another noun and
// "Super Tuesday" stay as they were (review 19, L2).
func TestReview19NamedDays(t *testing.T) {
	checkReview16(t, []review13Case{
		{"this Black Friday", "Retailers are slashing prices this Black Friday.", []string{"date: Black Friday"}},
		{"from Black Friday to Cyber Monday", "Shoppers spent £9.4bn from Black Friday to Cyber Monday.",
			[]string{"money: £9.4bn = 9.4e+09 £", "date: Black Friday", "date: Cyber Monday"}},
		{"on Boxing Day", "Sales rose 11% on Boxing Day.", []string{"percent: 11% = 11", "date: Boxing Day"}},
		{"Cyber Monday and its date", "Cyber Monday falls on 1 December this year.", []string{"date: Cyber Monday", "date: on 1 December", "date: this year"}},
		{"Good Friday", "He died on Good Friday.", []string{"date: Good Friday"}},
		{"the Black Death", "The Black Death killed millions.", []string{"quantity: millions"}},
		{"Super Tuesday, as before", "Super Tuesday is next week.", []string{"date: next week"}},
	})
}
