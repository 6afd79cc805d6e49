package tokenize

import "testing"

// TestUnitAfterSlash checks that a capital letter after a slash, the unit
// of a ratio at a sentence's end, "mmol/L.", is a word and a stop, not an
// initial, while an initial stays one (review 17, M3).
func TestUnitAfterSlash(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"mmol/L at the end", "1.2 mmol/L.", "number:1.2 | word:mmol | punct:/ | word:L | punct:."},
		{"an initial, as before", "Samuel L. Jackson", "word:Samuel | abbrev:L. | word:Jackson"},
		{"a temperature, as before", "40.2°C.", "number:40.2 | symbol:° | word:C | punct:."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := []byte(tt.in)
			if got := show(src, Append(nil, src)); got != tt.want {
				t.Errorf("tokens of %q\n got %s\nwant %s", tt.in, got, tt.want)
			}
		})
	}
}
