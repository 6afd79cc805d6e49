package claim

import "testing"

// TestNextPhrase checks that nextPhrase finds, in order, the phrases of one
// word and those whose second word is the one given, and no other.
func TestNextPhrase(t *testing.T) {
	ps := []phrase{{second: 7}, {second: 0}, {second: 9}, {second: 7}, {second: 3}}
	for _, c := range []struct {
		next wordID
		want []int
	}{
		{7, []int{0, 1, 3}},
		{9, []int{1, 2}},
		{0, []int{1}},
		{5, []int{1}},
	} {
		var got []int
		for k := nextPhrase(ps, 0, c.next); k < len(ps); k = nextPhrase(ps, k+1, c.next) {
			got = append(got, k)
		}
		if len(got) != len(c.want) {
			t.Errorf("next %d: phrases %v, want %v", c.next, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("next %d: phrases %v, want %v", c.next, got, c.want)
				break
			}
		}
	}
	if k := nextPhrase(nil, 0, 7); k != 0 {
		t.Errorf("nextPhrase(nil) = %d, want 0", k)
	}
	if k := nextPhrase(ps, len(ps), 7); k != len(ps) {
		t.Errorf("nextPhrase from the end = %d, want %d", k, len(ps))
	}
}

// TestPhraseSeconds checks that the set of second words of each word's
// phrases lets through every word after it that nextPhrase would find a
// phrase for: so lexical, which passes over a word whose bit is clear,
// finds the phrases it found without the set.
func TestPhraseSeconds(t *testing.T) {
	if len(phraseSeconds) != len(phrasesByID) {
		t.Fatalf("%d sets of second words for %d words", len(phraseSeconds), len(phrasesByID))
	}
	for id, ps := range phrasesByID {
		for next := range wordID(len(wordTexts)) {
			if nextPhrase(ps, 0, next) < len(ps) && phraseSeconds[id]&(1<<(next%64)) == 0 {
				t.Errorf("%q %q: a phrase fits, but the bit of the second word is clear", wordTexts[id], wordTexts[next])
			}
		}
	}
}
