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
