package claim

import "testing"

// TestLowerInto checks lowerInto with room in dst, where it writes the
// ASCII bytes in place, and without, and on texts of every kind of byte.
func TestLowerInto(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"", ""},
		{"Minister", "minister"},
		{"WE&#8217;D", "we'd"},
		{"Müller", "müller"},
		{"ÉCOLE", "école"},
		{"don’t", "don't"},
		{"AT&T", "at&t"},
		{"a\xffB", "a\xffb"},
	} {
		for _, room := range []int{0, 64} {
			dst := append(make([]byte, 0, 2+room), "x:"...)
			if got := string(lowerInto(dst, []byte(c.in))); got != "x:"+c.want {
				t.Errorf("lowerInto(%q), room %d = %q, want %q", c.in, room, got, "x:"+c.want)
			}
		}
	}
}
