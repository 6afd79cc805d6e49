package deflate

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// roundTrip compresses data and checks that compress/gzip reads it back
// unchanged; it returns the compressed bytes.
func roundTrip(t testing.TB, data []byte, opt Options) []byte {
	t.Helper()
	gz := Gzip(data, opt)
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		t.Fatalf("gzip header of %d input bytes: %v", len(data), err)
	}
	back, err := io.ReadAll(zr)
	if err != nil {
		t.Fatalf("decoding %d input bytes: %v", len(data), err)
	}
	if !bytes.Equal(back, data) {
		t.Fatalf("decoded %d bytes differ from the %d input bytes", len(back), len(data))
	}
	return gz
}

func stdlibGzip(data []byte) []byte {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	zw.Write(data)
	zw.Close()
	return buf.Bytes()
}

// fast keeps the tests quick; the defaults are exercised on real text.
var fast = Options{Iterations: 3, MaxChain: 256}

func TestRoundTrip(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	random := func(n int) []byte {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(rng.Uint32())
		}
		return b
	}
	// farRepeat repeats a random block at a distance of exactly 32768.
	farRepeat := random(32768)
	farRepeat = append(farRepeat, farRepeat[:1000]...)
	// longMatches holds matches of exactly 258 bytes and longer.
	chunk := random(258)
	var longMatches []byte
	for i := 0; i < 20; i++ {
		longMatches = append(longMatches, chunk...)
		longMatches = append(longMatches, byte(i))
	}
	text := bytes.Repeat([]byte("The minister said 40% of the 1,200 schools would close by 2027. "), 300)
	cases := []struct {
		name string
		data []byte
	}{
		{"empty", nil},
		{"one byte", []byte{'x'}},
		{"two bytes", []byte("ab")},
		{"three same", []byte("aaa")},
		{"zeros 1", make([]byte, 1)},
		{"zeros 259", make([]byte, 259)},
		{"zeros 100000", make([]byte, 100000)},
		{"random 10", random(10)},
		{"random 70000", random(70000)},
		{"random 200000", random(200000)},
		{"distance 32768", farRepeat},
		{"length 258", longMatches},
		{"text", text},
		{"text then random", append(append([]byte(nil), text...), random(100000)...)},
		{"all bytes", func() []byte {
			b := make([]byte, 256*3)
			for i := range b {
				b[i] = byte(i)
			}
			return b
		}()},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			roundTrip(t, c.data, fast)
			roundTrip(t, c.data, Options{Iterations: 1, MaxBlocks: 1, MaxChain: 1})
		})
	}
}

// TestDeflate checks the raw stream: compress/flate decodes it to the
// input, and it ends with its final block.
func TestDeflate(t *testing.T) {
	for _, data := range [][]byte{nil, []byte("a"), bytes.Repeat([]byte("claim "), 5000)} {
		raw := Deflate(data, fast)
		br := bytes.NewReader(raw)
		back, err := io.ReadAll(flate.NewReader(br))
		if err != nil || !bytes.Equal(back, data) {
			t.Fatalf("%d bytes: decoded %d bytes, error %v", len(data), len(back), err)
		}
		if br.Len() != 0 {
			t.Errorf("%d bytes: %d bytes after the final block", len(data), br.Len())
		}
	}
}

// TestDistance32768 checks that a repeat exactly one window back is found
// and coded: the output must be far smaller than the random input.
func TestDistance32768(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 1))
	b := make([]byte, 32768)
	for i := range b {
		b[i] = byte(rng.Uint32())
	}
	b = append(b, b...)
	gz := roundTrip(t, b, fast)
	if len(gz) > 32768+1000 {
		t.Errorf("%d bytes for a 32 KiB block repeated at distance 32768", len(gz))
	}
}

// TestRandomIsStored checks that incompressible input costs little more
// than its own size, as stored blocks do.
func TestRandomIsStored(t *testing.T) {
	rng := rand.New(rand.NewPCG(2, 2))
	b := make([]byte, 150000)
	for i := range b {
		b[i] = byte(rng.Uint32())
	}
	gz := roundTrip(t, b, fast)
	if over := len(gz) - len(b); over > 18+5*3+10 {
		t.Errorf("random input grew by %d bytes", over)
	}
}

// repoFiles returns the Go and web sources of the repository.
func repoFiles(t testing.TB) map[string][]byte {
	files := map[string][]byte{}
	root := filepath.Join("..", "..")
	for _, pat := range []string{"*.go", "*/*.go", "*/*/*.go", "web/*.js", "web/*.css", "index.html"} {
		names, _ := filepath.Glob(filepath.Join(root, pat))
		for _, n := range names {
			if b, err := os.ReadFile(n); err == nil {
				files[n] = b
			}
		}
	}
	if len(files) < 10 {
		t.Fatalf("found only %d repository files", len(files))
	}
	return files
}

func TestRepoFiles(t *testing.T) {
	for name, b := range repoFiles(t) {
		if len(b) > 200000 {
			continue // the generated model; TestSmallerThanStdlib covers size
		}
		t.Run(filepath.Base(name), func(t *testing.T) { roundTrip(t, b, fast) })
	}
}

// TestSmallerThanStdlib checks, with the default options, that real text
// comes out smaller than compress/gzip at its best level.
func TestSmallerThanStdlib(t *testing.T) {
	var all []byte
	files := repoFiles(t)
	for _, name := range []string{"claimlight.go", "claim/doc.go", "web/app.js", "web/style.css", "index.html"} {
		b, ok := files[filepath.Join("..", "..", name)]
		if !ok {
			continue
		}
		all = append(all, b...)
	}
	if len(all) < 20000 {
		t.Fatalf("only %d bytes of text", len(all))
	}
	ours, theirs := len(roundTrip(t, all, Options{})), len(stdlibGzip(all))
	t.Logf("%d bytes: compress/gzip %d, Gzip %d", len(all), theirs, ours)
	if ours >= theirs*99/100 {
		t.Errorf("Gzip gave %d bytes, compress/gzip %d: want at least 1%% smaller", ours, theirs)
	}
}

func TestCodeLengthsLimit(t *testing.T) {
	// Fibonacci counts make an unlimited Huffman code as deep as there
	// are symbols.
	counts := make([]int, 30)
	a, b := 1, 1
	for i := range counts {
		counts[i] = a
		a, b = b, a+b
	}
	for _, limit := range []int{7, 15} {
		lengths := make([]uint8, len(counts))
		codeLengths(counts, limit, lengths)
		kraft := 0.0
		for _, l := range lengths {
			if l == 0 || int(l) > limit {
				t.Fatalf("limit %d: length %d in %v", limit, l, lengths)
			}
			kraft += 1 / float64(uint(1)<<l)
		}
		if kraft != 1 {
			t.Errorf("limit %d: Kraft sum %v, want a complete code", limit, kraft)
		}
	}
	// One symbol still makes a complete code of two.
	lengths := make([]uint8, 5)
	codeLengths([]int{0, 0, 9, 0, 0}, 15, lengths)
	if !bytes.Equal(lengths, []uint8{1, 0, 1, 0, 0}) {
		t.Errorf("one symbol: lengths %v", lengths)
	}
}

func FuzzRoundTrip(f *testing.F) {
	f.Add([]byte(""), uint8(3), uint8(0), uint16(256))
	f.Add([]byte("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"), uint8(1), uint8(1), uint16(1))
	f.Add([]byte(strings.Repeat("claim light ", 50)), uint8(4), uint8(3), uint16(16))
	f.Add([]byte{0, 1, 2, 3, 0, 1, 2, 3, 255, 254}, uint8(2), uint8(0), uint16(4096))
	f.Fuzz(func(t *testing.T, data []byte, iterations, maxBlocks uint8, maxChain uint16) {
		roundTrip(t, data, Options{Iterations: int(iterations % 8), MaxBlocks: int(maxBlocks), MaxChain: int(maxChain)})
	})
}

// TestRunLengths expands the run-length encoding of code lengths back,
// with every subset of the repeat symbols, and checks each symbol's range.
func TestRunLengths(t *testing.T) {
	rng := rand.New(rand.NewPCG(4, 4))
	for trial := 0; trial < 200; trial++ {
		lengths := make([]uint8, 1+rng.IntN(300))
		for i := 0; i < len(lengths); {
			run := 1 + rng.IntN(150)
			v := uint8(rng.IntN(16))
			if rng.IntN(2) == 0 {
				v = 0
			}
			for ; run > 0 && i < len(lengths); run-- {
				lengths[i] = v
				i++
			}
		}
		for flags := 0; flags < 8; flags++ {
			rle := rleLengths(nil, lengths, flags&1 != 0, flags&2 != 0, flags&4 != 0)
			var back []uint8
			for _, r := range rle {
				s, extra := int(r&31), int(r>>5)
				switch s {
				case 16:
					if flags&1 == 0 || len(back) == 0 || extra > 3 {
						t.Fatalf("flags %d: bad 16 (extra %d)", flags, extra)
					}
					for k := 0; k < 3+extra; k++ {
						back = append(back, back[len(back)-1])
					}
				case 17:
					if flags&2 == 0 || extra > 7 {
						t.Fatalf("flags %d: bad 17 (extra %d)", flags, extra)
					}
					back = append(back, make([]uint8, 3+extra)...)
				case 18:
					if flags&4 == 0 || extra > 127 {
						t.Fatalf("flags %d: bad 18 (extra %d)", flags, extra)
					}
					back = append(back, make([]uint8, 11+extra)...)
				default:
					if s > 15 || extra != 0 {
						t.Fatalf("flags %d: bad symbol %d", flags, r)
					}
					back = append(back, uint8(s))
				}
			}
			if !bytes.Equal(back, lengths) {
				t.Fatalf("flags %d: %v expands to %v", flags, lengths, back)
			}
		}
	}
}

// TestSmoothForRuns checks that smoothing keeps every used symbol and
// that it does make runs.
func TestSmoothForRuns(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 5))
	for trial := 0; trial < 200; trial++ {
		counts := make([]int, 1+rng.IntN(286))
		for i := range counts {
			if rng.IntN(3) > 0 {
				counts[i] = rng.IntN(20)
			}
		}
		out := smoothForRuns(counts)
		for i := range counts {
			if counts[i] > 0 && out[i] == 0 {
				t.Fatalf("symbol %d of count %d lost", i, counts[i])
			}
		}
	}
	got := smoothForRuns([]int{10, 11, 9, 10, 12, 50, 0, 0, 0, 0, 0, 0})
	want := []int{10, 10, 10, 10, 10, 50, 0, 0, 0, 0, 0, 0}
	if !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

// TestMatchPieces checks that searching for matches in pieces finds the
// same matches as one search.
func TestMatchPieces(t *testing.T) {
	rng := rand.New(rand.NewPCG(6, 6))
	var b []byte
	for len(b) < 300000 {
		if len(b) > 100 && rng.IntN(2) == 0 {
			s := rng.IntN(len(b))
			b = append(b, b[s:min(len(b), s+rng.IntN(400))]...)
		} else {
			b = append(b, byte('a'+rng.IntN(4)))
		}
	}
	one := findMatchesPieces(b, 64, 1)
	for _, pieces := range []int{2, 5} {
		got := findMatchesPieces(b, 64, pieces)
		if !slices.Equal(got.start, one.start) || !slices.Equal(got.list, one.list) {
			t.Errorf("%d pieces: matches differ from one piece", pieces)
		}
	}
	if len(one.list) < len(b)/2 {
		t.Errorf("only %d matches in %d bytes of repeats", len(one.list), len(b))
	}
}
