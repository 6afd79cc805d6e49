package claim

import (
	"testing"
)

// The tests in this file check the figures of review 21's numbers and
// dates as review16Figures renders them: the span's kind, text and value.

// TestReview21NameThenNumber checks that a number right after a name is a
// figure when nothing else could make it a label: a tally with its
// thousands grouped, "Barton's 1,212", a cricket total after a nation,
// "England 201-4", and a batter's runs after the bowler who took the
// wicket, "b Archer 27 (22)", while a maker's model, "Boeing 737-8", and a
// flight's number stay labels (review 21, F6-F9).
func TestReview21NameThenNumber(t *testing.T) {
	checkReview16(t, []review13Case{
		{"a tally after a possessive", "Moxley polled 1,221 to Barton's 1,212.", []string{"quantity: 1,221 = 1221", "quantity: 1,212 = 1212"}},
		{"a tally after a name", "Reform polled 1,221 and Labour 1,212.", []string{"quantity: 1,221 = 1221", "quantity: 1,212 = 1212"}},
		{"a team's total of 200 or more", "England 201-4. England 214-9.", []string{"quantity: 201-4", "quantity: 214-9"}},
		{"a two-word nation", "New Zealand 287-6 beat them.", []string{"quantity: 287-6"}},
		{"a total under 200, as before", "England 199-4.", []string{"quantity: 199-4"}},
		{"a total after were, as before", "England were 251-4 at the close.", []string{"quantity: 251-4"}},
		{"runs then balls", "Starc c Brook b Archer 27 (22).", []string{"quantity: 27 = 27", "quantity: 22 = 22"}},
		{"the centurion's line", "Root c Cummins b Starc 112 (97b 11x4 3x6).", []string{"quantity: 112 = 112"}},
		{"a bowling analysis after a name", "Rashid 5-0-23-2 in this spell.", []string{"quantity: 5-0-23-2"}},
		{"a bowling card", "Bowling: Archer 9.3-1-37-2, Rashid 10-0-41-3.", []string{"quantity: 9.3-1-37-2", "quantity: 10-0-41-3"}},
		{"a bowling analysis after with, as before", "Archer finished with 9.3-1-37-2.", []string{"quantity: 9.3-1-37-2"}},
		{"a phone number, as before", "Call Kerr 555-123-4567 now.", nil},
		{"a maker's model, as before", "A Boeing 737-8 overran the runway.", nil},
		{"a maker's model at the end, as before", "The airline flies the Boeing 787-9.", nil},
		{"a model number, as before", "Boeing 737 orders rose.", nil},
		{"a flight, as before", "Flight 1212 landed.", nil},
	})
}

// TestReview21Hundred checks that "hundred" after a batter's name is a
// century, no count of the word after it, while "a hundred" and "One
// hundred" still count (review 21, F11).
func TestReview21Hundred(t *testing.T) {
	checkReview16(t, []review13Case{
		{"a name's hundred in a headline", "Root hundred sinks Australia", nil},
		{"a possessive, as before", "Marsh's hundred lifts Australia", nil},
		{"a hundred people, as before", "A hundred people came.", []string{"quantity: A hundred people = 100"}},
		{"one hundred, as before", "One hundred jobs went.", []string{"quantity: One hundred jobs = 100"}},
	})
}

// TestReview21ClockApart checks that an hour with its minutes after a dot
// and "a.m." or "pm" apart is a time of day, as "3.48am" and "3 a.m." are,
// while a decimal with no such word stays a quantity (review 21, F10).
func TestReview21ClockApart(t *testing.T) {
	checkReview16(t, []review13Case{
		{"N.NN a.m.", "The recount began at 2.15 a.m. and ended at 3 a.m.", []string{"date: 2.15 a.m.", "date: 3 a.m."}},
		{"N.NN pm", "The count began at 11.15 pm on Thursday.", []string{"date: 11.15 pm", "date: on Thursday"}},
		{"glued, as before", "The final declaration was made at 3.48am.", []string{"date: 3.48am"}},
		{"a decimal, as before", "The rate was 2.15 in May.", []string{"quantity: 2.15 = 2.15", "date: in May"}},
		{"not an hour", "The index rose 13.15 a.m. traders said.", []string{"quantity: 13.15 = 13.15"}},
	})
}

// TestReview21LabUnits checks that a dose in international units, "2,000
// IU", and a blood level in nanomoles a litre, "25 nmol/L", keep their
// units, as "5 mmol/L" did (review 21, F12, F13).
func TestReview21LabUnits(t *testing.T) {
	checkReview16(t, []review13Case{
		{"N IU", "Half were given 2,000 IU of vitamin D3 a day.", []string{"quantity: 2,000 IU = 2000"}},
		{"N IU in a list", "- Dose: 2,000 IU daily vs placebo", []string{"quantity: 2,000 IU = 2000"}},
		{"N nmol/L", "Those with a blood level below 25 nmol/L had the most benefit.", []string{"quantity: below 25 nmol/L = 25"}},
		{"N pmol/L", "Levels above 40 pmol/L were rare.", []string{"quantity: above 40 pmol/L = 40"}},
		{"mmol/L, as before", "A level of 5 mmol/L is normal.", []string{"quantity: 5 mmol/L = 5"}},
	})
}

// TestReview21NetCount checks that "net" between a count and its noun
// does not end it, "198,000 net additional homes", while a count with no
// noun after "net" stays as it was (review 21, F15).
func TestReview21NetCount(t *testing.T) {
	checkReview16(t, []review13Case{
		{"net additional", "Just 198,000 net additional homes were completed.", []string{"quantity: Just 198,000 net additional homes = 1.98e+05"}},
		{"net new", "The economy added 200 net new jobs.", []string{"quantity: 200 net new jobs = 200"}},
		{"additional, as before", "Just 198,000 additional homes were completed.", []string{"quantity: Just 198,000 additional homes = 1.98e+05"}},
	})
}

// TestReview21AcronymNoun checks that an acronym between a count and its
// plural noun keeps the noun, "62 GP practices", "40 NHS trusts", while a
// count with a name after it stays bare (review 21, F16).
func TestReview21AcronymNoun(t *testing.T) {
	checkReview16(t, []review13Case{
		{"N GP practices", "The study followed 4,812 adults aged 50 to 75 from 62 GP practices.", []string{"quantity: 4,812 adults = 4812", "quantity: 50 to 75 = 50..75", "quantity: 62 GP practices = 62"}},
		{"N NHS trusts", "There are 40 NHS trusts in the region.", []string{"quantity: 40 NHS trusts = 40"}},
		{"an acronym alone, as before", "It sold 40 to the NHS.", []string{"quantity: 40 = 40"}},
		{"a capitalised plural, as before", "They hired 61 British companies.", []string{"quantity: 61 British companies = 61"}},
	})
}

// TestReview21CricketTerms checks that a one-day series is a kind of
// match, not a count, that a series level "at 1-1" is a score with no one
// value, and that overs written "ov" count balls of six as "overs" does
// (review 21, F17).
func TestReview21CricketTerms(t *testing.T) {
	checkReview16(t, []review13Case{
		{"a one-day series", "England beat Australia by 73 runs to level the one-day series at 1-1.", []string{"quantity: 73 runs = 73", "quantity: 1-1"}},
		{"level at, as before", "The series is level at 1-1.", []string{"quantity: 1-1"}},
		{"a one-day international, as before", "It was a one-day international.", nil},
		{"a length of time, as before", "Staff began a one-day strike.", []string{"quantity: one-day = 1"}},
		{"N ov", "Australia 214 (48.3 ov)", []string{"quantity: 48.3 ov = 48.5"}},
		{"N overs, as before", "Australia were all out for 214 in 48.3 overs.", []string{"quantity: 214 = 214", "quantity: 48.3 overs = 48.5"}},
	})
}

// TestReview21YearBeforeNoun checks that a preposition before a year that
// names the noun after it, "after 2026 election", is left out of the
// date, while a year that ends its phrase keeps it, and "by" a deadline
// keeps its year whatever follows (review 21, F19).
func TestReview21YearBeforeNoun(t *testing.T) {
	checkReview16(t, []review13Case{
		{"after N election", "Seats after 2026 election:", []string{"date: 2026"}},
		{"before N election", "Polls before 2019 election day were wrong.", []string{"date: 2019"}},
		{"by N, as before", "Growth would bring by 1962 ten billion dollars.", []string{"date: by 1962", "money: ten billion dollars = 1e+10 $"}},
		{"after N, as before", "Seats changed after 2026.", []string{"date: after 2026"}},
		{"since N, as before", "Prices have risen since 2019 by a third.", []string{"date: since 2019", "quantity: a third = 0.3333"}},
		{"a plural after, as before", "Emissions fell back to below 1990 levels.", []string{"date: 1990"}},
	})
}
