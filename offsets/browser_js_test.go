//go:build js && wasm

package offsets

import (
	"slices"
	"syscall/js"
	"testing"
)

// decode returns the string the browser's own TextDecoder makes of b.
func decode(b []byte) js.Value {
	arr := js.Global().Get("Uint8Array").New(len(b))
	js.CopyBytesToJS(arr, b)
	s := js.Global().Get("TextDecoder").New("utf-8").Call("decode", arr)
	return js.Global().Get("Object").Invoke(s) // a String object, so that Get and Call work on it
}

// TestBrowserAgrees checks ToUTF16 against the browser: for every sequence
// boundary of each text, the UTF-16 offsets must cut the decoded JavaScript
// string into the same pieces as decoding each byte range on its own, and the
// end must be the string's length.
func TestBrowserAgrees(t *testing.T) {
	tests := []struct{ name, src string }{
		{"ascii", "The U.S. said 40% on Tuesday."},
		{"curly quotes", "“It’s a record,” she said. ‘Yes.’"},
		{"euro and dashes", "€35bn — or £2.3bn – in 2026"},
		{"emoji", "👍 👍🏽 🇫🇷 👨\u200d👩\u200d👧 ❤️ a"},
		{"accents and scripts", "Zoë Tóth Москва 東京 café\u0301"},
		{"stray bytes", "a\xffb\xfe\x80c"},
		{"truncated sequences", "\xe2\x82A \xf0\x9f\x98 \xf0\x9f \xc3"},
		{"surrogates and overlongs", "\xed\xa0\x80 \xc0\xaf \xe0\x80\x80 \xf4\x90\x80\x80 \xf5"},
		{"line separators", "a\u2028b\u2029c\r\nd"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := []byte(tt.src)
			whole := decode(src)
			if n := whole.Get("length").Int(); n != Len16(src) {
				t.Fatalf("browser length %d, Len16 %d", n, Len16(src))
			}
			bs := boundaries(src)
			units := slices.Clone(bs)
			ToUTF16(src, units)
			if n := whole.Get("length").Int(); int(units[len(units)-1]) != n {
				t.Fatalf("end of text: %d units, browser length %d", units[len(units)-1], n)
			}
			for i := 0; i+1 < len(bs); i++ {
				piece := decode(src[bs[i]:bs[i+1]]).Call("toString").String()
				got := whole.Call("slice", int(units[i]), int(units[i+1])).String()
				if got != piece {
					t.Errorf("bytes [%d,%d) -> units [%d,%d): browser string slice %q, decoded piece %q",
						bs[i], bs[i+1], units[i], units[i+1], got, piece)
				}
			}
			back := slices.Clone(units)
			ToUTF8(src, back)
			if !slices.Equal(back, bs) {
				t.Errorf("ToUTF8 round trip: got %v, want %v", back, bs)
			}
		})
	}
}

// TestBrowserStringLength checks the unit counts of single characters
// against JavaScript's String.fromCodePoint(...).length.
func TestBrowserStringLength(t *testing.T) {
	for _, r := range []rune{'a', '€', '“', '—', 'é', '東', 0x1F44D, 0x1F1EB, 0x10FFFF} {
		want := js.Global().Get("Object").Invoke(js.Global().Get("String").Call("fromCodePoint", int(r))).Get("length").Int()
		if got := Len16([]byte(string(r))); got != want {
			t.Errorf("%U: Len16 %d, JavaScript length %d", r, got, want)
		}
	}
}
