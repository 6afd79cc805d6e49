package claim

import (
	"slices"
	"testing"
)

// The annotator's loops that pass over most positions find the next one
// worth a look with a helper of their own: these tests check the helpers.

// TestNextLineStart checks that nextLineStart finds each position that
// starts a line, in order, and len(pos) after the last.
func TestNextLineStart(t *testing.T) {
	pos := make([]posInfo, 9)
	for _, i := range []int{0, 3, 4, 8} {
		pos[i].sh = shLineStart | shUpper
	}
	pos[5].sh = shUpper
	var got []int
	for i := nextLineStart(pos, 0); i < len(pos); i = nextLineStart(pos, i+1) {
		got = append(got, i)
	}
	if want := []int{0, 3, 4, 8}; !slices.Equal(got, want) {
		t.Errorf("line starts %v, want %v", got, want)
	}
	if i := nextLineStart(pos[:8], 5); i != 8 {
		t.Errorf("nextLineStart past the last = %d, want 8", i)
	}
}

// TestNextCueWord checks that nextCueWord finds each "according" and each
// reporting cue, in order, and len(pos) after the last.
func TestNextCueWord(t *testing.T) {
	cue, plain := -1, -1
	for c := range flagSets {
		if flagSets[c]&wCue != 0 && cue < 0 {
			cue = c
		}
		if flagSets[c]&wCue == 0 && plain < 0 {
			plain = c
		}
	}
	if cue < 0 || plain < 0 {
		t.Fatal("no word class set with a cue, or none without")
	}
	pos := make([]posInfo, 10)
	for i := range pos {
		pos[i].cls = uint8(plain)
	}
	pos[2].cls = uint8(cue)
	pos[5].wid = wdAccording
	pos[6].wid = wdTo
	pos[9].cls = uint8(cue)
	var got []int
	for i := nextCueWord(pos, 0); i < len(pos); i = nextCueWord(pos, i+1) {
		got = append(got, i)
	}
	if want := []int{2, 5, 9}; !slices.Equal(got, want) {
		t.Errorf("cue words at %v, want %v", got, want)
	}
	if i := nextCueWord(pos[:9], 6); i != 9 {
		t.Errorf("nextCueWord past the last = %d, want 9", i)
	}
}
