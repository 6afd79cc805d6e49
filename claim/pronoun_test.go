package claim

import "testing"

// TestPronounOrRole checks the speakers pronounOrRole takes for pronouns
// and descriptions, those its first letter passes over among them.
func TestPronounOrRole(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"he", true}, {"She", true}, {" he", true}, {"the minister", true},
		{"The minister", true}, {"his spokesman", true}, {"her minister", true},
		{"Anna Berg", false}, {"Minister", false}, {"Hans Berg", false},
		{"Sánchez", false}, {"The", false}, {"they", false}, {"", false},
		{"a minister", false}, {"Élise", false}, {"9 ministers", false},
		{"He'd", true}, {"she’s", true}, {"they've", false}, {"Ted", false},
	} {
		if got := pronounOrRole([]byte(c.text)); got != c.want {
			t.Errorf("pronounOrRole(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
