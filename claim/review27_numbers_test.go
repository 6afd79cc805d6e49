package claim

import "testing"

// The tests in this file check the figures of review 27b's numbers, dates
// and splitting: the span's kind, text, value and unit.

// TestReview27BasisPoint checks that "a 50 basis point cut", the singular
// before a noun, is 50 basis points, as "50 basis points" is (review 27b,
// F15).
func TestReview27BasisPoint(t *testing.T) {
	checkFigures(t, []review13Case{
		{"singular", "Tapsell said the committee discussed a 50 basis point cut.", []string{"quantity: 50 basis point = 50 | bps"}},
		{"plural, as before", "The bank raised rates by 50 basis points.", []string{"quantity: 50 basis points = 50 | bps"}},
		{"hyphened, as before", "They made a 50-basis-point cut.", []string{"quantity: 50-basis-point = 50 | bps"}},
	}, review22Units)
}
