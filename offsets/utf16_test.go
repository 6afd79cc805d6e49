package offsets

import (
	"math/rand/v2"
	"slices"
	"testing"
	"unicode/utf16"
	"unicode/utf8"
)

// boundaries returns the byte offsets where decoder sequences start, plus
// len(src): the offsets that convert exactly.
func boundaries(src []byte) []int32 {
	var bs []int32
	for i := 0; i < len(src); {
		bs = append(bs, int32(i))
		s, _ := step(src, i)
		i += s
	}
	return append(bs, int32(len(src)))
}

// reference converts byte offsets of valid UTF-8 with the standard library.
func reference(src []byte, off int32) int32 {
	return int32(len(utf16.Encode([]rune(string(src[:off])))))
}

func TestToUTF16(t *testing.T) {
	tests := []struct {
		name string
		src  string
		offs []int32
		want []int32
	}{
		{"ascii", "hello", []int32{0, 3, 5}, []int32{0, 3, 5}},
		{"ascii clamped", "hello", []int32{-1, 9}, []int32{0, 5}},
		{"euro", "€5 €", []int32{0, 3, 4, 5, 8}, []int32{0, 1, 2, 3, 4}},
		{"curly quotes", "“Yes,” he", []int32{0, 3, 7, 10, 13}, []int32{0, 1, 5, 6, 9}},
		{"emoji", "a👍b", []int32{0, 1, 5, 6}, []int32{0, 1, 3, 4}},
		{"inside a rune rounds forward", "a👍b", []int32{2, 3, 4}, []int32{3, 3, 3}},
		{"unsorted", "a👍b€c", []int32{9, 0, 6, 5, 1}, []int32{5, 0, 4, 3, 1}},
		{"stray byte", "a\xffb", []int32{1, 2, 3}, []int32{1, 2, 3}},
		{"truncated sequence is one U+FFFD", "\xe2\x82A", []int32{0, 2, 3}, []int32{0, 1, 2}},
		{"truncated emoji", "\xf0\x9f\x98", []int32{3}, []int32{1}},
		{"surrogate bytes are three errors", "\xed\xa0\x80", []int32{1, 2, 3}, []int32{1, 2, 3}},
		{"overlong", "\xc0\xaf", []int32{1, 2}, []int32{1, 2}},
		{"above U+10FFFF", "\xf4\x90\x80\x80", []int32{4}, []int32{4}},
		{"empty offsets", "€", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := slices.Clone(tt.offs)
			ToUTF16([]byte(tt.src), got)
			if !slices.Equal(got, tt.want) {
				t.Errorf("ToUTF16(%q, %v) = %v, want %v", tt.src, tt.offs, got, tt.want)
			}
			m := NewMap([]byte(tt.src))
			for i, o := range tt.offs {
				if u := m.UTF16(o); u != tt.want[i] {
					t.Errorf("Map.UTF16(%d) = %d, want %d", o, u, tt.want[i])
				}
			}
		})
	}
}

func TestToUTF8(t *testing.T) {
	tests := []struct {
		name  string
		src   string
		units []int32
		want  []int32
	}{
		{"ascii", "hello", []int32{0, 2, 7}, []int32{0, 2, 5}},
		{"euro", "€5 €", []int32{0, 1, 2, 3, 4}, []int32{0, 3, 4, 5, 8}},
		{"emoji", "a👍b", []int32{0, 1, 3, 4}, []int32{0, 1, 5, 6}},
		{"inside a surrogate pair rounds forward", "a👍b", []int32{2}, []int32{5}},
		{"unsorted", "a👍b€c", []int32{5, 0, 4, 3, 1}, []int32{9, 0, 6, 5, 1}},
		{"truncated sequence", "\xe2\x82A", []int32{1, 2}, []int32{2, 3}},
		{"past the end", "é", []int32{-3, 5}, []int32{0, 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := slices.Clone(tt.units)
			ToUTF8([]byte(tt.src), got)
			if !slices.Equal(got, tt.want) {
				t.Errorf("ToUTF8(%q, %v) = %v, want %v", tt.src, tt.units, got, tt.want)
			}
			m := NewMap([]byte(tt.src))
			for i, u := range tt.units {
				if b := m.UTF8(u); b != tt.want[i] {
					t.Errorf("Map.UTF8(%d) = %d, want %d", u, b, tt.want[i])
				}
			}
		})
	}
}

func TestLen16(t *testing.T) {
	tests := []struct {
		name, src string
		want      int
	}{
		{"empty", "", 0}, {"ascii", "abc", 3}, {"euro", "€", 1}, {"emoji", "👍", 2},
		{"truncated", "\xe2\x82", 1}, {"two stray bytes", "\xff\xfe", 2}, {"mixed", "“a”—b👨\u200d👩", 10},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Len16([]byte(tt.src)); got != tt.want {
				t.Errorf("Len16(%q) = %d, want %d", tt.src, got, tt.want)
			}
		})
	}
}

// TestLongText crosses many Map blocks and the ASCII fast path, and checks
// the sorted pass, the unsorted pass and the standard library agree.
func TestLongText(t *testing.T) {
	var src []byte
	for i := range 500 {
		src = append(src, "Price rose 5% to €35bn, “a record” 👍🏽 — said Zoë. "[i%7:]...)
	}
	checkAll(t, src)
	if !utf8.Valid(src) {
		t.Fatal("test text should be valid UTF-8")
	}
	for _, o := range boundaries(src)[:200] {
		u := []int32{o}
		ToUTF16(src, u)
		if want := reference(src, o); u[0] != want {
			t.Fatalf("offset %d: got %d units, standard library says %d", o, u[0], want)
		}
	}
}

// checkAll checks, for every sequence boundary of src, that the sorted and
// unsorted conversions and the Map agree and that ToUTF8 inverts ToUTF16.
func checkAll(t *testing.T, src []byte) {
	t.Helper()
	bs := boundaries(src)
	units := slices.Clone(bs)
	ToUTF16(src, units)
	if n := Len16(src); units[len(units)-1] != int32(n) {
		t.Fatalf("end of text: %d units, Len16 says %d", units[len(units)-1], n)
	}
	for i := 1; i < len(units); i++ {
		if units[i] <= units[i-1] {
			t.Fatalf("units not increasing at %d: %d then %d", i, units[i-1], units[i])
		}
	}
	perm := rand.New(rand.NewPCG(1, uint64(len(src)))).Perm(len(bs))
	shuffled := make([]int32, len(bs))
	for i, p := range perm {
		shuffled[i] = bs[p]
	}
	ToUTF16(src, shuffled)
	m := NewMap(src)
	for i, p := range perm {
		if shuffled[i] != units[p] {
			t.Fatalf("offset %d: unsorted gives %d, sorted gives %d", bs[p], shuffled[i], units[p])
		}
		if u := m.UTF16(bs[p]); u != units[p] {
			t.Fatalf("offset %d: Map gives %d, sorted gives %d", bs[p], u, units[p])
		}
		if b := m.UTF8(units[p]); b != bs[p] {
			t.Fatalf("units %d: Map.UTF8 gives %d, want %d", units[p], b, bs[p])
		}
	}
	back := slices.Clone(units)
	ToUTF8(src, back)
	if !slices.Equal(back, bs) {
		t.Fatalf("ToUTF8(ToUTF16(x)) != x:\n got %v\nwant %v", back, bs)
	}
	for i, p := range perm {
		shuffled[i] = units[p]
	}
	ToUTF8(src, shuffled)
	for i, p := range perm {
		if shuffled[i] != bs[p] {
			t.Fatalf("units %d: unsorted ToUTF8 gives %d, want %d", units[p], shuffled[i], bs[p])
		}
	}
}

func FuzzRoundTrip(f *testing.F) {
	for _, s := range []string{"", "abc", "€5 “q” 👍🏽", "\xe2\x82A\xff\xed\xa0\x80\xf0\x9f\x98", "\xf4\x90\x80\x80\xc0\xaf"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		checkAll(t, src)
		if utf8.Valid(src) {
			units := boundaries(src)
			ToUTF16(src, units)
			if want := int32(len(utf16.Encode([]rune(string(src))))); units[len(units)-1] != want {
				t.Fatalf("valid text: %d units, standard library says %d", units[len(units)-1], want)
			}
		}
	})
}

var benchText = func() []byte {
	var src []byte
	for len(src) < 64<<10 {
		src = append(src, "BRUSSELS — Ministers agreed on Tuesday to lend Ukraine €35 billion, “the largest package we’ve approved,” a minister said. Inflation rose 5.3% 📈.\n"...)
	}
	return src
}()

// wordOffsets returns starts and ends of the space-separated words of src,
// interleaved like sentence and span boundaries.
func wordOffsets(src []byte) []int32 {
	var offs []int32
	start := 0
	for i, b := range src {
		if b == ' ' || b == '\n' {
			offs = append(offs, int32(start), int32(i))
			start = i + 1
		}
	}
	return offs
}

func BenchmarkToUTF16Sorted(b *testing.B) {
	offs := wordOffsets(benchText)
	work := make([]int32, len(offs))
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for b.Loop() {
		copy(work, offs)
		ToUTF16(benchText, work)
	}
}

func BenchmarkToUTF16Unsorted(b *testing.B) {
	offs := wordOffsets(benchText)
	rand.New(rand.NewPCG(1, 2)).Shuffle(len(offs), func(i, j int) { offs[i], offs[j] = offs[j], offs[i] })
	work := make([]int32, len(offs))
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for b.Loop() {
		copy(work, offs)
		ToUTF16(benchText, work)
	}
}
