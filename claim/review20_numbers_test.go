package claim

import (
	"testing"
)

// The tests in this file check the figures of review 20's numbers and
// dates as review16Figures renders them: the span's kind, text and value,
// and a money span's currency.

// TestReview20TickerArrows checks that an arrow glued before a change in
// a ticker, "▼0.8%", "↓3%", "🔻2%", gives its sign: a down arrow is a
// fall, and the span keeps the arrow, while a minus sign, a plain figure
// and an arrow standing apart stay as they were (review 20, F13).
func TestReview20TickerArrows(t *testing.T) {
	checkReview16(t, []review13Case{
		{"▼N%", "BTC $97,450 ▲2.1%   ETH $3,412 ▼0.8%",
			[]string{"money: $97,450 = 9.745e+04 $", "percent: ▲2.1% = 2.1", "money: $3,412 = 3412 $", "percent: ▼0.8% = -0.8"}},
		{"↓N%", "The FTSE 100 closed at 8,102 ↓1.2%.", []string{"quantity: 8,102 = 8102", "percent: ↓1.2% = -1.2"}},
		{"🔻N%", "Shares 🔻4% on the day.", []string{"percent: 🔻4% = -4"}},
		{"↑N%", "Sales ↑3% on the year.", []string{"percent: ↑3% = 3"}},
		{"▼$N", "Oil $80 ▼$1.20", []string{"money: $80 = 80 $", "money: ▼$1.20 = -1.2 $"}},
		{"a minus, as before", "Sales | -4.7%", []string{"percent: -4.7% = -4.7"}},
		{"an arrow apart", "Shares fell ▼ 4% on the day.", []string{"percent: 4% = 4"}},
		{"a plain figure, as before", "Shares fell 4% on the day.", []string{"percent: 4% = 4"}},
	})
}

// TestReview20MatchMinutes checks that the minute of a match is one date
// span however a live text writes it: with the minutes added for a
// stoppage, "90+4 min", and in a scorer's brackets, "(Saka 23')", while a
// stamp that opens a line, "23' GOAL!", "67 min:", is set apart as page
// furniture with no span (as a live blog's "14:52 GMT" is), and a length of
// time and a length in feet stay as they were (review 20, F16, F24).
func TestReview20MatchMinutes(t *testing.T) {
	checkReview16(t, []review13Case{
		{"N+N min in a sentence", "The winner came in the 90+4 min, a header from Jackson.", []string{"date: 90+4 min"}},
		{"N+N min: a stamp", "90+4 min: Last chance for Chelsea – Jackson heads over from six yards.",
			[]string{"quantity: six yards = 6"}},
		{"N+N min: GOAL!", "45+2 min: GOAL! Arsenal 1-1 Chelsea (Palmer pen)", nil},
		{"N' GOAL!", "23' GOAL! Arsenal 1-0 Chelsea (Saka 23')", []string{"date: 23'"}},
		{"N min:", "41 min: Caicedo is booked for a late tackle on Ødegaard.", nil},
		{"N' Yellow card:", "41' Yellow card: Caicedo (Chelsea)", nil},
		{"N+N', as before", "45+2' GOAL! Arsenal 1-1 Chelsea (Palmer pen 45+2')", []string{"date: 45+2'"}},
		{"a length of time, as before", "The interview lasted 41 min.", []string{"quantity: 41 = 41"}},
		{"a run time, as before", "He ran for 41 min: a record.", []string{"quantity: 41 min = 41"}},
		{"feet, as before", "A 7' fence stood there.", []string{"quantity: 7 = 7"}},
	})
}

// TestReview20BasisPoints checks that a change in basis points glued to
// its number, "70bps", stays apart from the level it brought a figure to,
// "to 34.8%", as the spelled-out "70 basis points" does, while a range of
// bare numbers into a percent stays one (review 20, F14).
func TestReview20BasisPoints(t *testing.T) {
	checkReview16(t, []review13Case{
		{"Nbps to N%", "Gross margin narrowed by 70bps to 34.8%.", []string{"quantity: 70bps = 70", "percent: 34.8% = 34.8"}},
		{"Nbp to N%", "The yield rose 25bp to 4.5%.", []string{"quantity: 25bp = 25", "percent: 4.5% = 4.5"}},
		{"N basis points, as before", "Gross margin narrowed by 70 basis points to 34.8%.", []string{"quantity: 70 basis points = 70", "percent: 34.8% = 34.8"}},
		{"a range, as before", "Growth of 3 to 4% is expected.", []string{"percent: 3 to 4% = 3..4"}},
		{"a dash range, as before", "Sales rose 10-15%.", []string{"percent: 10-15% = 10..15"}},
	})
}

// TestReview20EarningsPerShare checks that pence after "EPS" or "DPS",
// earnings or a dividend per share, are money, in prose and in a table
// row, while a screen's "1080p" stays none (review 20, F15).
func TestReview20EarningsPerShare(t *testing.T) {
	checkReview16(t, []review13Case{
		{"EPS in prose", "Basic EPS was 28.7p, down from 30.1p.", []string{"money: 28.7p = 0.287 £", "money: 30.1p = 0.301 £"}},
		{"EPS in a table row", "Basic EPS | 28.7p | 30.1p | -4.7%", []string{"money: 28.7p = 0.287 £", "money: 30.1p = 0.301 £", "percent: -4.7% = -4.7"}},
		{"DPS", "DPS rose to 12.4p.", []string{"money: 12.4p = 0.124 £"}},
		{"earnings per share, as before", "Earnings per share fell to 28.7p.", []string{"money: 28.7p = 0.287 £"}},
		{"a resolution, as before", "Stream 1080p video to your phone.", nil},
	})
}

// TestReview20Halving checks that "halving" named as an event, "Bitcoin's
// next halving", "the halving", is no quantity, while halving as an act
// that cuts something stays a multiplier (review 20, F22).
func TestReview20Halving(t *testing.T) {
	checkReview16(t, []review13Case{
		{"the next halving", "Bitcoin’s next halving, which cuts the reward for mining new coins by half, is expected in April 2028.", []string{"quantity: half = 0.5", "date: in April 2028"}}, // "by half" is 0.5 since session 29
		{"the halving", "Miners sold coins before the halving in 2024.", []string{"date: in 2024"}},
		{"halving a sum, as before", "The plan means halving the deficit by 2030.", []string{"quantity: halving", "date: by 2030"}},
		{"a halving of, as before", "It led to a halving of costs.", []string{"quantity: halving"}},
	})
}

// TestReview20CountedNouns checks that a count takes the plural noun after
// the words that qualify it, "9 nursing posts", "six new crypto ETFs", and
// that the numbers of motorway junctions are labels, no counts, while
// counts of junctions and plain counted nouns stay as they were (review
// 20, F21).
func TestReview20CountedNouns(t *testing.T) {
	checkReview16(t, []review13Case{
		{"N nursing posts", "The hospice had to cut 9 nursing posts.", []string{"quantity: 9 nursing posts = 9"}},
		{"six new crypto ETFs", "The SEC approved at least six new crypto ETFs.", []string{"quantity: at least six new crypto ETFs = 6"}},
		{"junctions N and N", "• M62: high-sided vehicles advised not to cross between junctions 22 and 23", nil},
		{"junction N", "The M6 is closed at junction 40.", nil},
		{"a count of junctions, as before", "The road has 12 junctions.", []string{"quantity: 12 junctions = 12"}},
		{"new housing units, as before", "The council built 1,140 new housing units.", []string{"quantity: 1,140 new housing units = 1140"}},
		{"police officers, as before", "There are 12 police officers.", []string{"quantity: 12 police officers = 12"}},
	})
}

// TestReview20ClockAndDay checks that a time of day keeps the day after
// it, "09:00 Sat", with "Sun" a Sunday there and no place, and that a
// validity window from one such time to another is one date, while
// times and days on their own stay as they were (review 20, F20).
func TestReview20ClockAndDay(t *testing.T) {
	checkReview16(t, []review13Case{
		{"HH:MM Sat – HH:MM Sun", "Yellow (wind): 09:00 Sat – 18:00 Sun, Wales, SW England, NW England", []string{"date: 09:00 Sat – 18:00 Sun"}},
		{"from HH:MM Day to HH:MM Day", "The warning is valid from 06:00 Saturday to 21:00 Sunday.", []string{"date: from 06:00 Saturday to 21:00 Sunday"}},
		{"HH:MM Day", "The warning starts at 06:00 Saturday.", []string{"date: 06:00 Saturday"}},
		{"a range of hours, as before", "Flights were halted 20:00–01:30 GMT.", []string{"date: 20:00–01:30 GMT"}},
		{"hours from to, one period since review 23", "The shop is open from 09:00 to 17:00.", []string{"date: from 09:00 to 17:00"}},
		{"a day alone, as before", "The warning ends on Sunday.", []string{"date: on Sunday"}},
	})
}

// TestReview20SunAfterClock checks that "Sun" after a time of day is the
// day, no place, while a place after a time stays one (review 20, F20).
func TestReview20SunAfterClock(t *testing.T) {
	keep := map[Kind]bool{Place: true, Date: true}
	checkSpanStrings(t, "Yellow (wind): 09:00 Sat – 18:00 Sun, Wales, SW England", keep,
		[]string{"date: 09:00 Sat – 18:00 Sun", "place: Wales", "place: England"})
	checkSpanStrings(t, "The train left at 18:00 Leeds time.", keep, []string{"date: 18:00", "place: Leeds"})
}

// TestReview20RecordOrdinals checks that a player's ordinal record,
// "Saka's 60th Premier League goal", is a quantity with the noun it
// counts and does not take the ordinal into the league's name, while a
// unit's ordinal stays in its name and a digit ordinal alone stays none
// (review 20, F19).
func TestReview20RecordOrdinals(t *testing.T) {
	keep := map[Kind]bool{Org: true, Quantity: true}
	checkSpanStrings(t, "That’s Saka’s 60th Premier League goal.", keep, []string{"quantity: 60th Premier League goal", "org: Premier League"})
	checkSpanStrings(t, "It was his 14th successful penalty in a row.", keep, []string{"quantity: 14th successful penalty"})
	checkSpanStrings(t, "The 14th Mechanised Brigade said it held the line.", keep, []string{"org: 14th Mechanised Brigade"})
	checkSpanStrings(t, "He finished 4th in the race.", keep, nil)
	checkSpanStrings(t, "His 100th Test match was at Lord’s.", keep, []string{"quantity: 100th Test match"})
	checkSpanStrings(t, "The 3rd Infantry Division soldier was hurt.", keep, []string{"org: 3rd Infantry Division"})
	checkReview16(t, []review13Case{
		{"the value", "That’s Saka’s 60th Premier League goal.", []string{"quantity: 60th Premier League goal = 60"}},
	})
}

// TestReview20WordOrdinalRecords checks that an owner's record written in
// words, "his ninth league goal", is a quantity with its value, while
// ordinals of other things, "his second wife", and fractions stay as they
// were (review 20, F19). Since session 29 "fourth", which is no fraction,
// starts one too: "his fourth goal" is 4.
func TestReview20WordOrdinalRecords(t *testing.T) {
	checkReview16(t, []review13Case{
		{"his ninth league goal", "It’s his ninth league goal of the season.", []string{"quantity: ninth league goal = 9"}},
		{"his fourth goal", "It’s his fourth goal of the season.", []string{"quantity: fourth goal = 4"}},
		{"her third title", "It is her third title.", []string{"quantity: third title = 3"}},
		{"his second wife, as before", "He met his second wife in Leeds.", nil},
		{"a third of, as before", "A third of voters agreed.", []string{"quantity: A third of = 0.3333"}},
		{"two-thirds, as before", "Two-thirds of voters agreed.", []string{"quantity: Two-thirds of = 0.6667"}},
	})
}
