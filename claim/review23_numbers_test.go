package claim

import (
	"fmt"
	"testing"
)

// The tests in this file check the figures of review 23's numbers and
// dates as review16Figures renders them: the span's kind, text and value.

// TestReview23PenceCharges checks that a sum in pence beside "charges",
// "Parking charges will rise by 20p an hour", is money, as it was beside
// "fares", while a number with a glued "p" and no money about it stays no
// sum (review 23, F7).
func TestReview23PenceCharges(t *testing.T) {
	checkReview16(t, []review13Case{
		{"charges, a rate", "Parking charges will rise by 20p an hour in council car parks.", []string{"money: 20p an hour = 0.2 £"}},
		{"charges", "Parking charges will rise by 20p.", []string{"money: 20p = 0.2 £"}},
		{"costs, as before", "Parking costs 20p an hour.", []string{"money: 20p an hour = 0.2 £"}},
		{"a screen, as before", "The camera records 1080p video.", nil},
	})
}

// TestReview23QuartersRunning checks that "three quarters running",
// "three quarters straight", "two quarters in a row" are a period of
// quarters, a date as "for the last three quarters" was, not the fraction 0.75, while
// "three quarters of voters" and "Nearly three quarters said" stay
// fractions (review 23, F8).
func TestReview23QuartersRunning(t *testing.T) {
	checkReview16(t, []review13Case{
		{"running", "“Margins have been under pressure for three quarters running,” said Hannah Cole, an analyst.", []string{"date: for three quarters"}},
		{"in a row", "It shrank for two quarters in a row.", []string{"date: for two quarters"}},
		{"straight", "Sales fell three quarters straight.", []string{"date: three quarters"}},
		{"consecutive, as before", "Sales fell for three consecutive quarters.", []string{"quantity: three consecutive quarters = 3"}},
		{"accounts for, as before", "Exports account for three quarters.", []string{"quantity: three quarters = 0.75"}},
		{"the last three quarters, as before", "Growth slowed for the last three quarters.", []string{"date: for the last three quarters"}},
		{"of, as before", "Three quarters of voters agreed.", []string{"quantity: Three quarters of = 0.75"}},
		{"a share, as before", "Nearly three quarters said they would.", []string{"quantity: Nearly three quarters = 0.75"}},
		{"for a share, as before", "Three quarters voted for it.", []string{"quantity: Three quarters = 0.75"}},
	})
}

// TestReview23WeeksPay checks that a severance formula is pay, not time:
// "16 weeks’ pay" and "two weeks per year of service" are quantities with
// the words that make them checkable, while "16 weeks’ notice", "two weeks
// per year" and "for 16 weeks" stay dates (review 23, F9).
func TestReview23WeeksPay(t *testing.T) {
	checkReview16(t, []review13Case{
		{"a formula", "The memo said affected employees would receive 16 weeks’ pay plus two weeks per year of service.",
			[]string{"quantity: 16 weeks’ pay = 16", "quantity: two weeks per year of service = 2"}},
		{"straight quote", "Staff get 12 weeks' salary.", []string{"quantity: 12 weeks' salary = 12"}},
		{"per year of service", "Staff receive 3 weeks per year of service.", []string{"quantity: 3 weeks per year of service = 3"}},
		{"notice, as before", "He got 16 weeks’ notice.", []string{"date: 16 weeks"}},
		{"a rate of time, as before", "Staff get two weeks per year.", []string{"date: two weeks"}},
		{"a period, as before", "He was paid for 16 weeks.", []string{"date: for 16 weeks"}},
	})
}

// TestReview23PricePerThing checks that a price keeps a denominator that is
// no unit of time or measure, "£85 per visit", "20p a journey", "£10 a
// head", as "£58 per year" kept its year, while money before "a" and a
// longer phrase, and "per cent", stay as they were (review 23, F10).
func TestReview23PricePerThing(t *testing.T) {
	checkReview16(t, []review13Case{
		{"per visit", "Care at home costs about £85 per visit.", []string{"money: about £85 per visit = 85 £"}},
		{"per share", "The company paid a dividend of $1.20 per share.", []string{"money: $1.20 per share = 1.2 $"}},
		{"per megawatt hour", "The strike price was £82 per megawatt hour.", []string{"money: £82 per megawatt hour = 82 £"}},
		{"a journey", "Fares will rise by 20p a journey.", []string{"money: 20p a journey = 0.2 £"}},
		{"a head", "Tickets cost £5 a head, the club said.", []string{"money: £5 a head = 5 £"}},
		{"a year, as before", "Membership costs £58 per year.", []string{"money: £58 per year = 58 £"}},
		{"a person named, as before", "The firm paid £2m a former director.", []string{"money: £2m = 2e+06 £"}},
		{"per cent, as before", "It rose 5 per cent to £85.", []string{"percent: 5 per cent = 5", "money: £85 = 85 £"}},
		{"per plural, as before", "It costs £85 per visits.", []string{"money: £85 = 85 £"}},
	})
}

// TestReview23Posts checks that "85 posts" counts jobs, a quantity with
// its noun as "85 jobs", while "posts" as a verb stays out (review 23,
// F11).
func TestReview23Posts(t *testing.T) {
	checkReview16(t, []review13Case{
		{"cut posts", "The council will cut 85 posts.", []string{"quantity: 85 posts = 85"}},
		{"posts would go", "Unison said 85 posts would go, including 30 that are currently vacant.", []string{"quantity: 85 posts = 85", "quantity: 30 = 30"}},
		{"a table row", "Staff restructure (85 posts) | £2.3m", []string{"quantity: 85 posts = 85", "money: £2.3m = 2.3e+06 £"}},
		{"a verb, as before", "Smith, 85, posts daily.", nil},
		{"a year, as before", "In 2024 posts on X rose.", []string{"date: In 2024"}},
	})
}

// TestReview23FromTo checks that "from 3 November to 15 December" is one
// period, as "from October to December" was, while "from 2019 to 2,603"
// and a date then a figure stay apart (review 23, F12).
func TestReview23FromTo(t *testing.T) {
	checkReview16(t, []review13Case{
		{"dated ends", "The consultation, which ran from 3 November to 15 December, found that 62% of 3,412 respondents opposed closing libraries.",
			[]string{"date: from 3 November to 15 December", "percent: 62% = 62", "quantity: 3,412 respondents = 3412"}},
		{"ends with years", "He served from March 2019 to May 2020.", []string{"date: from March 2019 to May 2020"}},
		{"weekdays", "It is open from Monday to Friday.", []string{"date: from Monday to Friday"}},
		{"months, as before", "The current cap, which runs from October to December, is lower.", []string{"date: from October to December"}},
		{"years, as before", "Sales rose from 2020 to 2024.", []string{"date: from 2020 to 2024"}},
		{"a date then a share, as before", "Prices rose from 3 November to 15%.", []string{"date: from 3 November", "percent: 15% = 15"}},
		{"a year then a count, as before", "Numbers rose from 2019 to 2,603 in 2024.", []string{"date: from 2019", "quantity: 2,603 = 2603", "date: in 2024"}},
	})
}

// TestReview23AgeAfterRole checks that an age after a role, "The England
// midfielder, 26, has signed", is no quantity, as after a name, while a
// count after a plural or a figure in a list stays (review 23, F14).
func TestReview23AgeAfterRole(t *testing.T) {
	checkReview16(t, []review13Case{
		{"a role", "The England midfielder, 26, has signed a five-year deal.", []string{"quantity: five-year = 5"}},
		{"a name, as before", "Tom Reilly, 19, has signed a new deal.", nil},
		{"a plural, as before", "Of the players, 26, were injured.", []string{"quantity: 26 = 26"}},
		{"a list, as before", "The scores were 12, 26, and 31.", []string{"quantity: 12 = 12", "quantity: 26 = 26", "quantity: 31 = 31"}},
	})
}

// TestReview23PacificTime checks that a clock time keeps a zone written
// in words, "10am Pacific time", "9 a.m. Eastern time", with no place in
// it, while "the Pacific" elsewhere stays a place (review 23, F15).
func TestReview23PacificTime(t *testing.T) {
	keep := map[Kind]bool{Date: true, Place: true}
	for _, tt := range []struct{ in, want string }{
		{"“I will hold an all-hands meeting at 10am Pacific time,” the memo continued.", `["date: 10am Pacific time"]`},
		{"The call is at 9 a.m. Eastern time.", `["date: 9 a.m. Eastern time"]`},
		{"The launch is at 10am local time.", `["date: 10am local time"]`},
		{"It crossed the Pacific at 10am.", `["place: Pacific" "date: 10am"]`},
		{"In 2020 Pacific time zones shifted.", `["date: In 2020" "place: Pacific"]`},
	} {
		src, _, spans := annotateText(tt.in)
		if got := fmt.Sprintf("%q", spanStrings(src, spans, keep)); got != tt.want {
			t.Errorf("%q\n got %s\nwant %s", tt.in, got, tt.want)
		}
	}
}
