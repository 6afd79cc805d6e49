package segment

import (
	"bytes"
	"testing"

	"github.com/claimlight/claimlight/internal/strs"
)

// TestByteHelpers checks apostrophe and strs.HasDigit, which this package
// uses, against the bytes functions they stand in for, on valid and
// invalid UTF-8 (internal/strs tests Contains and CountByte too).
func TestByteHelpers(t *testing.T) {
	for _, s := range []string{
		"", "I'm", "It’s", "’", "\xe2\x80", "\xe2’", "\xe2\x80\x99'", "a\x80\x99’", "ab’c'd",
		"no apostrophe", "\xff\xfe", "x\xe2\x80\xe2\x80\x99", "2 hours ago", "an hour ago", "ééé 9",
	} {
		b := []byte(s)
		if got, want := apostrophe(b), bytes.IndexAny(b, "'’"); got != want {
			t.Errorf("apostrophe(%q) = %d, want %d", s, got, want)
		}
		if got, want := strs.HasDigit(b), bytes.ContainsAny(b, "0123456789"); got != want {
			t.Errorf("strs.HasDigit(%q) = %v, want %v", s, got, want)
		}
	}
}

func FuzzByteHelpers(f *testing.F) {
	f.Add([]byte("It’s 3 o'clock"))
	f.Fuzz(func(t *testing.T, b []byte) {
		if apostrophe(b) != bytes.IndexAny(b, "'’") || strs.HasDigit(b) != bytes.ContainsAny(b, "0123456789") {
			t.Errorf("%q: a helper differs from its bytes function", b)
		}
	})
}
