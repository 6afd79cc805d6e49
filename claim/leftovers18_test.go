package claim

import "testing"

// The tests in this file check the figures of the known misses in
// numbers and dates left after review 18, as review16Figures renders
// them: the span's kind, text and value, and a money span's currency.

// TestLeftovers18ShortWeekdays checks that a range of days of the week
// written short, "Mon–Sat", "Tue-Sun", "Mon-Fri", is a date, as the days
// written in full are, and that words that only look like them stay no
// date (review 18, L7).
func TestLeftovers18ShortWeekdays(t *testing.T) {
	checkReview16(t, []review13Case{
		{"Mon–Sat", "It’s open Mon–Sat, 8am to 8pm.", []string{"date: Mon–Sat", "date: 8am", "date: 8pm"}},
		{"Tue-Sun", "It opens Tue-Sun, 10am to 6pm.", []string{"date: Tue-Sun", "date: 10am", "date: 6pm"}},
		{"Mon-Fri", "The office is open Mon-Fri.", []string{"date: Mon-Fri"}},
		{"Mon - Fri", "Open Mon - Fri, 9am to 5pm.", []string{"date: Mon - Fri", "date: 9am", "date: 5pm"}},
		{"Mon–Sat. at the end of a sentence", "The shop is open Mon–Sat. It closes on Sunday.", []string{"date: Mon–Sat.", "date: on Sunday"}},
		{"days in full, as before", "It is open Monday to Saturday, 8am to 8pm.", []string{"date: Monday", "date: Saturday", "date: 8am", "date: 8pm"}},
		{"a newspaper", "The Sun-Times said so.", nil},
		{"a sat-nav", "He sells Sat-Nav units.", nil},
		{"two words", "Mon Sat down.", nil},
	})
}

// TestLeftovers18DayOfMonth checks that "the 20th of January" is one
// date, with its year when one follows, while "the 5th of 12" stays a
// fraction and "the 18th of the holes" no date.
func TestLeftovers18DayOfMonth(t *testing.T) {
	checkReview16(t, []review13Case{
		{"the Dth of Month", "I want a summit as soon after the 20th of January as possible.", []string{"date: soon after the 20th of January"}},
		{"the Dth of May", "The deal was signed on the 3rd of May.", []string{"date: on the 3rd of May"}},
		{"with a year", "The deal was signed on the 20th of January 2024.", []string{"date: on the 20th of January 2024"}},
		{"before a count", "By the 1st of March, 40 people had left.", []string{"date: By the 1st of March", "quantity: 40 people = 40"}},
		{"Month the Dth, as before", "Vote on November the 3rd.", []string{"date: on November the 3rd"}},
		{"a fraction stays one", "It was the 5th of 12 attempts.", []string{"quantity: 5th of 12 attempts = 0.4167"}},
		{"no month, no date", "He finished the 18th of the holes.", nil},
		{"a lower-case may", "It was the 2nd of may.", nil},
	})
}

// TestLeftovers18SpaceUnits checks the units of space copy: a latitude or
// longitude in decimal degrees, "89.9°S", is a quantity; a countdown,
// "T-47 seconds", and "14 Earth days" or "90 sols" are lengths of time,
// dates as "14 days" is (review 18, L8).
func TestLeftovers18SpaceUnits(t *testing.T) {
	checkReview16(t, []review13Case{
		{"89.9°S", "Landing site: Shackleton rim, 89.9°S", []string{"quantity: 89.9°S = -89.9"}}, // south, negative since session 28
		{"°S and °E", "The crater lies at 89.9°S 0°E.", []string{"quantity: 89.9°S = -89.9", "quantity: 0°E = 0"}},
		{"°N and °W", "London is at 51.5°N 0.1°W.", []string{"quantity: 51.5°N = 51.5", "quantity: 0.1°W = -0.1"}},
		{"degrees south, as before", "The crater lies at 89.9 degrees south.", []string{"quantity: 89.9 degrees = 89.9"}},
		{"minutes, quantities since session 28", "The lake lies at 61°12′N 9°48′E.", []string{"quantity: 61°12′N = 61.2", "quantity: 9°48′E = 9.8"}},
		{"a temperature, as before", "It was 30°C.", []string{"quantity: 30°C = 30"}},
		{"T-47 seconds", "The countdown was halted at T-47 seconds.", []string{"date: T-47 seconds"}},
		{"T-minus, as before", "The countdown was halted at T-minus 47 seconds.", []string{"date: 47 seconds"}},
		{"T-47 alone", "The T-47 tank was shown.", nil},
		{"14 Earth days", "The mission will last 14 Earth days.", []string{"date: 14 Earth days"}},
		{"14 days, as before", "The mission will last 14 days.", []string{"date: 14 days"}},
		{"sols", "The rover worked for 90 sols.", []string{"date: for 90 sols"}},
		{"the Earth, a count", "There are 14 Earth satellites.", []string{"quantity: 14 Earth satellites = 14"}},
	})
}

// TestLeftovers18CentSign checks that "94¢" is money in cents, 0.94 of
// the whole unit, as "94 cents" is, with no currency of its own.
func TestLeftovers18CentSign(t *testing.T) {
	checkReview16(t, []review13Case{
		{"94¢", "A coffee costs 94¢.", []string{"money: 94¢ = 0.94"}},
		{"94 ¢", "A coffee costs 94 ¢.", []string{"money: 94 ¢ = 0.94"}},
		{"beside dollars", "EPS was $1.37, up from 94¢.", []string{"money: $1.37 = 1.37 $", "money: 94¢ = 0.94"}},
		{"94 cents, as before", "A coffee costs 94 cents.", []string{"money: 94 cents = 0.94"}},
		{"99c, as before", "A can was 99c.", []string{"money: 99c = 0.99"}},
	})
}

// TestLeftovers18Review16 checks review 16's leftovers: a mask model in a
// story about Nigeria is no naira, "64 US cents" holds no place, "1.8T
// parameters" has its value, and "plus or minus 3 points" is read as
// "±3 points" is.
func TestLeftovers18Review16(t *testing.T) {
	checkReview16(t, []review13Case{
		{"N95 masks near Nigeria", "Health workers in Nigeria need N95 masks and N95 respirators.", nil},
		{"naira near Nigeria, as before", "In Nigeria, a loaf costs N950 and a bus fare N95.", []string{"money: N950 = 950 ₦", "money: N95 = 95 ₦"}},
		{"rand before less and per", "The rand fell. Fees rose to R250 less a discount, and R50 per day.", []string{"money: R250 = 250 ZAR", "money: R50 per day = 50 ZAR"}},
		{"R2 billion, as before", "The rand fell as the plan will cost R2 billion.", []string{"money: R2 billion = 2e+09 ZAR"}},
		{"1.8T parameters", "The model has 1.8T parameters.", []string{"quantity: 1.8T parameters = 1.8e+12"}},
		{"1.5T-parameter, as before", "It is a 1.5T-parameter model.", []string{"quantity: 1.5T-parameter model = 1.5e+12"}},
		{"70B parameters, as before", "It has 70B parameters.", []string{"quantity: 70B parameters = 7e+10"}},
		{"plus or minus", "The margin of error is plus or minus 3 points.", []string{"quantity: plus or minus 3 points = 3"}},
		{"±, as before", "The margin of error is ±3 points.", []string{"quantity: ±3 points = 3"}},
	})
	src, _, spans := annotateText("Copper rose to 64 US cents a pound.")
	for _, s := range spans {
		if s.Kind == Place {
			t.Errorf("64 US cents: place span %q", s.Text(src))
		}
	}
}

// TestLeftovers18Fractions checks that a fraction before a cook's measure,
// "1/2 tsp", "3/4 cup", is a quantity valued as the fraction, while "24/7"
// and "9/11" stay none and "1 1/2 cups" gives no half alone (it is 1.5).
func TestLeftovers18Fractions(t *testing.T) {
	checkReview16(t, []review13Case{
		{"1/2 tsp", "Add 1/2 tsp salt.", []string{"quantity: 1/2 tsp = 0.5"}},
		{"3/4 cup", "Stir in 3/4 cup flour.", []string{"quantity: 3/4 cup = 0.75"}},
		{"2 tsp, as before", "Add 2 tsp salt.", []string{"quantity: 2 tsp = 2"}},
		{"1 1/2 cups", "Pour in 1 1/2 cups milk.", []string{"quantity: 1 1/2 cups = 1.5"}}, // none until session 28 (TestLeftovers20MixedFraction)
		{"24/7 and 9/11", "It is open 24/7 and 9/11 changed everything.", nil},
	})
}
