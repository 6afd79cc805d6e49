package claim

import "testing"

// The tests in this file check the figures of review 22's numbers and
// dates as review16Figures renders them: the span's kind, text and value.

// TestReview22RisenFrom checks that "has risen from 1,050 to 2,603 homes"
// is a change between an old level and a new one, each with its value, as
// "rose from" was, while "from X to Y homes" with no verb of change, and a
// change that shares a scale, stay one range (review 22, F14).
func TestReview22RisenFrom(t *testing.T) {
	checkReview16(t, []review13Case{
		{"has risen from", "The target has risen from 1,050 to 2,603 homes.", []string{"quantity: 1,050 = 1050", "quantity: 2,603 homes = 2603"}},
		{"a rate", "The target has risen from 1,050 to 2,603 homes a year.", []string{"quantity: 1,050 = 1050", "quantity: 2,603 homes a year = 2603"}},
		{"has fallen from", "Numbers have fallen from 870 to 610 pupils.", []string{"quantity: 870 = 870", "quantity: 610 pupils = 610"}},
		{"has grown from", "The list has grown from 40 to 65 members.", []string{"quantity: 40 = 40", "quantity: 65 members = 65"}},
		{"rose from with a noun", "Sales rose from 1,050 to 2,603 homes.", []string{"quantity: 1,050 = 1050", "quantity: 2,603 homes = 2603"}},
		{"rose from, as before", "Sales rose from 1,050 to 2,603 last year.", []string{"quantity: 1,050 = 1050", "quantity: 2,603 = 2603", "date: last year"}},
		{"a range with no change, as before", "From 1,050 to 2,603 homes will be built.", []string{"quantity: 1,050 to 2,603 homes = 1050..2603"}},
		{"a range after for, as before", "The plan is for 1,050 to 2,603 homes.", []string{"quantity: 1,050 to 2,603 homes = 1050..2603"}},
		{"a shared scale, as before", "Output has risen from 2 to 3 million tonnes.", []string{"quantity: 2 to 3 million tonnes = 2e+06..3e+06"}},
	})
}
