package claim

import (
	"strings"
	"testing"
)

// wordInRef is wordIn as it was written first: a walk over the words of
// list, kept to check the faster one against.
func wordInRef(list string, t []byte) bool {
	n := len(t)
	if n == 0 {
		return false
	}
	for i := 0; i+n <= len(list); i++ {
		if list[i] == t[0] && (i+n == len(list) || list[i+n] == ' ') && list[i:i+n] == string(t) {
			return strings.IndexByte(list[i:i+n], ' ') < 0
		}
		for i < len(list) && list[i] != ' ' {
			i++
		}
	}
	return false
}

// TestWordInMatchesWalk checks wordIn against wordInRef on words, parts
// of words, pairs of words and text around them.
func TestWordInMatchesWalk(t *testing.T) {
	lists := []string{reasonStopwords, "he she they it we i you him her them a", "tax", "a", "syntax tax taxes", "the tax cut"}
	for _, list := range lists {
		var probes []string
		for i := 0; i < len(list); i++ {
			for j := i + 1; j <= len(list) && j <= i+12; j++ {
				probes = append(probes, list[i:j])
			}
		}
		probes = append(probes, "", " ", "zzz", "taxe", "syntaxx")
		for _, p := range probes {
			if got, want := wordIn(list, []byte(p)), wordInRef(list, []byte(p)); got != want {
				t.Errorf("wordIn(%q, %q) = %v, want %v", list, p, got, want)
			}
		}
	}
}
