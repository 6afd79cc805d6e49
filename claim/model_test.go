package claim

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"testing"
)

// Budgets for the embedded model file, raw and gzip-compressed (the site
// serves the wasm binary that embeds it gzip-compressed).
const (
	maxModelBytes = 96 << 10
	maxModelGzip  = 64 << 10
)

func TestDefaultModelLoads(t *testing.T) {
	m, err := DefaultModel()
	if err != nil {
		t.Fatalf("DefaultModel: %v", err)
	}
	if n := len(modelBin); n > maxModelBytes {
		t.Errorf("embedded model is %d bytes, over the %d-byte budget", n, maxModelBytes)
	}
	var gz bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	zw.Write([]byte(modelBin))
	zw.Close()
	if gz.Len() > maxModelGzip {
		t.Errorf("embedded model is %d bytes gzip-compressed, over the %d-byte budget", gz.Len(), maxModelGzip)
	}
	if m.Features.Bits < 10 || m.Features.Bits > maxBits {
		t.Errorf("Bits = %d", m.Features.Bits)
	}
	if m.Threshold <= 0 || m.Threshold >= 1 {
		t.Errorf("Threshold = %v, want in (0, 1)", m.Threshold)
	}
	if nz := m.NonZero(); nz < 1000 {
		t.Errorf("only %d non-zero weights", nz)
	}
	if m.Note == "" {
		t.Error("model has no note saying how it was trained")
	}
	again, _ := DefaultModel()
	if again != m {
		t.Error("DefaultModel decoded the model twice")
	}
}

func TestModelRoundTrip(t *testing.T) {
	m, err := DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	b, err := m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if string(b) != modelBin {
		t.Error("re-encoding the embedded model changed its bytes")
	}
	var m2 Model
	if err := m2.UnmarshalBinary(b); err != nil {
		t.Fatal(err)
	}
	if m2.Features != m.Features || m2.Bias != m.Bias || m2.Scale != m.Scale || m2.Threshold != m.Threshold || m2.Note != m.Note {
		t.Errorf("header changed: %+v vs %+v", m2, m)
	}
	if !bytes.Equal(int8Bytes(m2.w), int8Bytes(m.w)) {
		t.Error("weights changed")
	}
}

func int8Bytes(w []int8) []byte {
	b := make([]byte, len(w))
	for i, x := range w {
		b[i] = byte(x)
	}
	return b
}

func TestUnmarshalErrors(t *testing.T) {
	good, _ := (&Model{Features: FeatureConfig{Bits: 4}, Scale: 1, w: []int8{0, 3, 0, -2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1}}).MarshalBinary()
	tests := []struct {
		name string
		data []byte
		want error
	}{
		{"empty", nil, ErrEmptyModel},
		{"bad magic", append([]byte("XXXX"), good[4:]...), ErrBadModel},
		{"truncated header", good[:10], ErrBadModel},
		{"truncated weights", good[:len(good)-1], ErrBadModel},
		{"trailing bytes", append(append([]byte(nil), good...), 7), ErrBadModel},
		{"zero bits", append(append([]byte(modelMagic), 0), good[5:]...), ErrBadModel},
		{"too many bits", append(append([]byte(modelMagic), 30), good[5:]...), ErrBadModel},
		{"good", good, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var m Model
			if err := m.UnmarshalBinary(tt.data); !errors.Is(err, tt.want) {
				t.Errorf("UnmarshalBinary = %v, want %v", err, tt.want)
			}
		})
	}
}

func TestNewModelLevels(t *testing.T) {
	weights := []float32{0, 0.1, -0.2, 0.74, -3, 1.62, 0.05, 2.62}
	cfg := FeatureConfig{Bits: 3}
	m := NewModel(cfg, 0, weights, 15, 0.5, "")
	// Steps of 3/15 = 0.2, each 127/15 = 8 int8 units.
	want := []int8{0, 8, -8, 32, -120, 64, 0, 104}
	if !bytes.Equal(int8Bytes(m.w), int8Bytes(want)) {
		t.Errorf("weights %v, want %v", m.w, want)
	}
	if got := m.Weight(4); math.Abs(float64(got)+3) > 1e-6 {
		t.Errorf("largest weight reads back as %v, want -3", got)
	}
	if got := m.Weight(3); math.Abs(float64(got)-0.8) > 1e-6 {
		t.Errorf("weight 0.74 reads back as %v, want 0.8", got)
	}
	// 127 levels (and 0, the default): one unit per step.
	m = NewModel(cfg, 0, weights, 0, 0.5, "")
	if m.w[4] != -127 || m.w[1] != 4 {
		t.Errorf("127 levels: %v", m.w)
	}
	b, _ := m.MarshalBinary()
	var m2 Model
	if err := m2.UnmarshalBinary(b); err != nil || !bytes.Equal(int8Bytes(m2.w), int8Bytes(m.w)) {
		t.Errorf("round trip: %v, %v", err, m2.w)
	}
}

func TestModelLongGaps(t *testing.T) {
	// Gaps of 255 zero buckets and more take a byte 255 for each whole 255.
	w := make([]int8, 1<<10)
	w[0], w[255], w[511], w[1023] = 1, -2, 3, -4
	b, _ := (&Model{Features: FeatureConfig{Bits: 10}, Scale: 1, w: w}).MarshalBinary()
	if gaps := b[len(b)-11 : len(b)-4]; !bytes.Equal(gaps, []byte{0, 254, 255, 0, 255, 255, 1}) {
		t.Errorf("gaps % x, want 00 fe ff 00 ff ff 01", gaps)
	}
	var m Model
	if err := m.UnmarshalBinary(b); err != nil || !bytes.Equal(int8Bytes(m.w), int8Bytes(w)) {
		t.Errorf("round trip: %v", err)
	}
}

func TestUnmarshalZeroWeight(t *testing.T) {
	// A weight the gaps lead to must not be zero, so that each model has
	// one encoding.
	good, _ := (&Model{Features: FeatureConfig{Bits: 4}, Scale: 1, w: []int8{0, 3, 0, -2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1}}).MarshalBinary()
	bad := append([]byte(nil), good...)
	bad[len(bad)-2] = 0
	var m Model
	if err := m.UnmarshalBinary(bad); !errors.Is(err, ErrBadModel) {
		t.Errorf("zero weight in the file: %v, want ErrBadModel", err)
	}
	bad = append([]byte(nil), good...)
	bad[len(bad)-4] |= 0x40 // the last gap leads past the last bucket
	if err := m.UnmarshalBinary(bad); !errors.Is(err, ErrBadModel) {
		t.Errorf("gap past the buckets: %v, want ErrBadModel", err)
	}
	// A gap past the last bucket of a model of 4 buckets.
	small, _ := (&Model{Features: FeatureConfig{Bits: 2}, Scale: 1, w: []int8{0, 5, 0, 0}}).MarshalBinary()
	if err := m.UnmarshalBinary(small); err != nil || m.w[1] != 5 {
		t.Fatalf("small model: %v, weights %v", err, m.w)
	}
	small[len(small)-2] = 4 // bucket 5 of 4
	if err := m.UnmarshalBinary(small); !errors.Is(err, ErrBadModel) {
		t.Errorf("small model, gap past the buckets: %v, want ErrBadModel", err)
	}
}

func TestTrainMinCount(t *testing.T) {
	cfg := TrainConfig{Features: FeatureConfig{Bits: 12}, Epochs: 2, Seed: 1}
	texts, labels := synthetic(200, 3)
	// One sentence with words seen nowhere else.
	texts = append(texts, []byte("Zyxwv qutsr ponml."))
	labels = append(labels, true)
	samples := make([]Sample, len(texts))
	count := make(map[uint32]int)
	for i := range texts {
		samples[i] = Sample{Features: TextFeatures(nil, cfg.Features, texts[i]), Label: labels[i]}
		seen := make(map[uint32]bool)
		for _, f := range samples[i].Features {
			f &= 1<<cfg.Features.Bits - 1
			if !seen[f] {
				seen[f] = true
				count[f]++
			}
		}
	}
	cfg.MinCount = 3
	w := Train(samples, cfg)
	nz, rare := 0, 0
	for i, x := range w.W {
		if x == 0 {
			continue
		}
		nz++
		if count[uint32(i)] < 3 {
			rare++
		}
	}
	if rare != 0 || nz < 20 {
		t.Errorf("%d non-zero weights, %d of them in buckets seen in fewer than 3 samples", nz, rare)
	}
}

// synthetic returns n sentences: check-worthy ones mix numbers and
// statistics words, the others greetings and opinions.
func synthetic(n int, seed uint64) ([][]byte, []bool) {
	r := rand.New(rand.NewPCG(seed, 0))
	pos := []string{"unemployment", "rose", "percent", "million", "budget", "deficit", "tax", "jobs", "since"}
	neg := []string{"thank", "you", "great", "wonderful", "folks", "believe", "friend", "good", "evening"}
	var texts [][]byte
	var labels []bool
	for i := range n {
		lab := i%2 == 0
		words := neg
		if lab {
			words = pos
		}
		var b bytes.Buffer
		for k := range 4 + r.IntN(6) {
			if k > 0 {
				b.WriteByte(' ')
			}
			// A fifth of the words come from the other class.
			if r.IntN(5) == 0 {
				b.WriteString(pos[r.IntN(len(pos))])
			} else {
				b.WriteString(words[r.IntN(len(words))])
			}
			if lab && k == 1 {
				fmt.Fprintf(&b, " %d", r.IntN(1000))
			}
		}
		b.WriteByte('.')
		texts = append(texts, b.Bytes())
		labels = append(labels, lab)
	}
	return texts, labels
}

func TestTrainDeterministic(t *testing.T) {
	cfg := TrainConfig{Features: FeatureConfig{Bits: 12, CharMin: 3, CharMax: 4, CharWeight: 50}, Epochs: 3, Rate: 0.1, L2: 1e-5, Seed: 7}
	texts, labels := synthetic(400, 1)
	samples := make([]Sample, len(texts))
	for i := range texts {
		samples[i] = Sample{Features: TextFeatures(nil, cfg.Features, texts[i]), Label: labels[i]}
	}
	a := Train(samples, cfg)
	b := Train(samples, cfg)
	if a.Bias != b.Bias {
		t.Errorf("bias differs: %v vs %v", a.Bias, b.Bias)
	}
	for i := range a.W {
		if math.Float32bits(a.W[i]) != math.Float32bits(b.W[i]) {
			t.Fatalf("weight %d differs: %v vs %v", i, a.W[i], b.W[i])
		}
	}
	ba, _ := a.Model(0.5, "a").MarshalBinary()
	bb, _ := b.Model(0.5, "a").MarshalBinary()
	if !bytes.Equal(ba, bb) {
		t.Error("quantized models differ")
	}
	// Another seed visits samples in another order, so weights differ.
	cfg.Seed = 8
	c := Train(samples, cfg)
	same := true
	for i := range a.W {
		if a.W[i] != c.W[i] {
			same = false
			break
		}
	}
	if same {
		t.Error("a different seed gave the same weights")
	}
	// The model learns the synthetic task, in full precision and quantized.
	m := a.Model(0.5, "")
	held, heldLabels := synthetic(200, 2)
	okW, okQ := 0, 0
	for i, text := range held {
		feats := TextFeatures(nil, cfg.Features, text)
		if (a.Score(feats) >= 0.5) == heldLabels[i] {
			okW++
		}
		if (m.ScoreText(text) >= 0.5) == heldLabels[i] {
			okQ++
		}
	}
	if okW < 180 || okQ < 180 {
		t.Errorf("held-out accuracy %d/200 (float), %d/200 (quantized); want >= 180", okW, okQ)
	}
}

func TestFeaturesStable(t *testing.T) {
	// The same sentence gives the same features alone and inside a text,
	// as training (TextFeatures) and scoring (Judge) see it.
	cfg := FeatureConfig{Bits: 18, CharMin: 3, CharMax: 5, CharWeight: 25}
	sent := []byte("Unemployment fell to 3.9% in March, the lowest since 2001.")
	alone := TextFeatures(nil, cfg, sent)
	if len(alone) < 50 {
		t.Fatalf("only %d features", len(alone))
	}
	for _, f := range alone {
		if f&^charFlag >= 1<<cfg.Bits {
			t.Fatalf("feature %x out of range", f)
		}
	}
	again := TextFeatures(nil, cfg, sent)
	if fmt.Sprint(alone) != fmt.Sprint(again) {
		t.Error("features differ between two calls")
	}
}

func TestSplitWords(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"Unemployment fell to 3.9% in 2024.", "unemployment fell to <num> % in <year>"},
		{"The U.S. spent $1,234.5 billion.", "the u.s spent <cur> <num> billion"},
		{"It’s a war-torn region, isn't it?", "it's a war-torn region isn't it ?"},
		{`"We won," she said: really!`, `" we won " she said : really !`},
		{"In the 1990s, 3rd place, £5bn", "in the <decade> <ord> place <cur> <numx>"},
		{"Ünïcode ÉCOLE", "ünïcode école"},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			f := newFeaturizer(FeatureConfig{Bits: 10})
			f.splitWords([]byte(tt.in), nil, 0, int32(len(tt.in)))
			var got []byte
			for i, w := range f.words {
				if i > 0 {
					got = append(got, ' ')
				}
				got = append(got, f.text(w)...)
			}
			if string(got) != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func FuzzUnmarshalModel(f *testing.F) {
	f.Add([]byte(modelBin[:min(len(modelBin), 200)]))
	good, _ := (&Model{Features: FeatureConfig{Bits: 4}, Scale: 1, w: make([]int8, 16)}).MarshalBinary()
	f.Add(good)
	f.Fuzz(func(t *testing.T, data []byte) {
		var m Model
		if err := m.UnmarshalBinary(data); err != nil {
			return
		}
		if len(m.w) != 1<<m.Features.Bits {
			t.Fatalf("%d weights for %d bits", len(m.w), m.Features.Bits)
		}
		s := m.ScoreText([]byte("A sentence with 3 numbers."))
		if !(s >= 0 && s <= 1) {
			t.Fatalf("score %v", s)
		}
	})
}

func BenchmarkUnmarshalModel(b *testing.B) {
	data := []byte(modelBin)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		var m Model
		if err := m.UnmarshalBinary(data); err != nil {
			b.Fatal(err)
		}
	}
}

func TestUvarint(t *testing.T) {
	for _, v := range []uint64{0, 1, 127, 128, 300, 1<<32 - 1, 1<<63 + 5, ^uint64(0)} {
		b := appendUvarint([]byte{9}, v)[1:]
		got, n := uvarint(append(b, 0xAA))
		if got != v || n != len(b) {
			t.Errorf("uvarint(appendUvarint(%d)) = %d, %d bytes; want %d bytes", v, got, n, len(b))
		}
		if _, n := uvarint(b[:len(b)-1]); n != 0 {
			t.Errorf("uvarint of %d cut short read %d bytes, want 0", v, n)
		}
	}
	// eleven bytes, or a tenth byte above 1, overflow 64 bits
	long := []byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02}
	if _, n := uvarint(long); n != 0 {
		t.Errorf("uvarint of a 65-bit number read %d bytes, want 0", n)
	}
}
