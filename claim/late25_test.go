package claim

import (
	"slices"
	"testing"
)

// The tests in this file check misses left by session 31's fixers,
// cleared in its late round of fixes.

// TestLate25PlaceRows checks that the rows of a regional box, "North
// West: £1,704", name no speaker however many there are, while a
// transcript's labels still speak.
func TestLate25PlaceRows(t *testing.T) {
	for _, tt := range []struct {
		name, text string
		want       []string
	}{
		{"bills box", "How much will I pay?\nTypical annual bill from 1 January, dual fuel, direct debit:\nNorth West: £1,704\nLondon: £1,682\nNorth Wales and Mersey: £1,801\nSouth West: £1,749\n", nil},
		{"percent rows", "Turnout by region:\nNorth West: 61%\nSouth West: 64%\nNorth East: 58%\n", nil},
		{"transcript, as before", "MODERATOR: Is crime down?\nCASTELL: Crime is down 5%.\nMODERATOR: And jobs?\nCASTELL: We added 3,000.\n", []string{"MODERATOR = Moderator", "CASTELL = Castell", "MODERATOR = Moderator", "CASTELL = Castell"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := speakerNames(tt.text); !slices.Equal(got, tt.want) {
				t.Errorf("speakers %q, want %q", got, tt.want)
			}
		})
	}
}
