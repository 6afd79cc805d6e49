package claim

import (
	"errors"
	"math"
	"sync/atomic"
	"unsafe"

	"github.com/claimlight/claimlight/segment"
	"github.com/claimlight/claimlight/tokenize"
)

// Errors returned when a model file cannot be read.
var (
	ErrEmptyModel = errors.New("claim: empty model")
	ErrBadModel   = errors.New("claim: malformed model")
)

// modelMagic starts every model file; the digit is the format version.
const modelMagic = "CLM3"

// maxBits bounds FeatureConfig.Bits, so that a model in memory stays small.
const maxBits = 24

// Model is a logistic regression over hashed sentence features, with its
// weights quantized to 8 bits. The check-worthiness score of a sentence is
//
//	logistic(Bias + Scale * sum(w[f] * v[f] for f in features))
//
// where v[f] is 1 for fword and shape features and Features.CharWeight/100
// for character n-grams, scaled so that the vector v has length 1.
//
// A Model is read-only once made and safe for concurrent use.
type Model struct {
	// Features is the feature extraction the model was trained with.
	Features FeatureConfig
	// Bias is the intercept, in logits.
	Bias float32
	// Scale turns a quantized weight into a weight in logits.
	Scale float32
	// Threshold is the score at or above which a sentence is check-worthy.
	Threshold float32
	// Note says how the model was trained, in a few words.
	Note string

	w     []int8          // dense, 1 << Features.Bits weights
	spare *unsafe.Pointer // a *featurizerMem for Features, as spareAnnotator; nil for a Model made by hand
}

// featurizer returns a featurizer for m's features that scores with m's
// weights, m's spare when it has one; put it back with release.
func (m *Model) featurizer() *featurizer {
	var f *featurizer
	if m.spare != nil {
		f = (*featurizer)(atomic.SwapPointer(m.spare, nil))
	}
	if f == nil {
		f = newFeaturizer(m.Features)
	}
	f.w = m.w
	return f
}

func (m *Model) release(f *featurizer) {
	f.releaseMemo()
	if m.spare != nil && cap(f.feats) <= 1<<16 {
		atomic.StorePointer(m.spare, unsafe.Pointer(f))
	}
}

func (m *Model) initSpare() { m.spare = new(unsafe.Pointer) }

// NonZero returns the number of weights that are not zero.
func (m *Model) NonZero() int {
	n := 0
	for _, q := range m.w {
		if q != 0 {
			n++
		}
	}
	return n
}

// Weight returns the weight of hash bucket i, in logits.
func (m *Model) Weight(i uint32) float32 {
	if int(i) >= len(m.w) {
		return 0
	}
	return float32(m.w[i]) * m.Scale
}

// MarshalBinary encodes m in the model file format: the magic "CLM3", the
// feature configuration, bias, scale and threshold as little-endian
// float32s, the note, the number of non-zero weights, then one gap for each
// of those weights, in bucket order: the number of buckets with weight zero
// since the previous non-zero weight (or since bucket 0), written as that
// many bytes 255 as it holds whole 255s, then one byte below 255 for the
// rest. Last come the non-zero weights in bucket order, one int8 each.
//
// The gaps and the weights are kept apart because the file is served
// gzip-compressed inside the wasm binary: each stream alone is uniform
// enough for deflate's Huffman codes, while (gap, weight) pairs interleave
// two unrelated distributions. The gaps compress better than the bitmap
// of format CLM2, one bit per bucket (10.3 KB against 12.6 KB with zlib at
// its best level, for the model of 2026-11-28).
func (m *Model) MarshalBinary() ([]byte, error) {
	out := []byte(modelMagic)
	// Bit flags: trigrams, skip bigrams, conjunctions.
	tri := byte(0)
	if m.Features.Trigrams {
		tri |= 1
	}
	if m.Features.SkipBigrams {
		tri |= 2
	}
	if m.Features.Conjunctions {
		tri |= 4
	}
	out = append(out, m.Features.Bits, m.Features.CharMin, m.Features.CharMax, tri, m.Features.CharWeight)
	for _, f := range []float32{m.Bias, m.Scale, m.Threshold} {
		out = appendUint32(out, math.Float32bits(f))
	}
	out = appendUvarint(out, uint64(len(m.Note)))
	out = append(out, m.Note...)
	out = appendUvarint(out, uint64(m.NonZero()))
	last := -1
	for i, q := range m.w {
		if q != 0 {
			gap := i - last - 1
			for ; gap >= 255; gap -= 255 {
				out = append(out, 255)
			}
			out = append(out, byte(gap))
			last = i
		}
	}
	for _, q := range m.w {
		if q != 0 {
			out = append(out, byte(q))
		}
	}
	return out, nil
}

// UnmarshalBinary decodes a model written by [Model.MarshalBinary].
func (m *Model) UnmarshalBinary(data []byte) error {
	if len(data) == 0 {
		return ErrEmptyModel
	}
	if len(data) < len(modelMagic)+5+12 || string(data[:4]) != modelMagic {
		return ErrBadModel
	}
	p := data[4:]
	cfg := FeatureConfig{Bits: p[0], CharMin: p[1], CharMax: p[2], Trigrams: p[3]&1 != 0, SkipBigrams: p[3]&2 != 0, Conjunctions: p[3]&4 != 0, CharWeight: p[4]}
	if p[3] > 7 || cfg.Bits == 0 || cfg.Bits > maxBits || cfg.CharMax > 0 && (cfg.CharMin == 0 || cfg.CharMin > cfg.CharMax || cfg.CharMax > 30) {
		return ErrBadModel
	}
	p = p[5:]
	var fs [3]float32
	for i := range fs {
		fs[i] = math.Float32frombits(uint32(p[0]) | uint32(p[1])<<8 | uint32(p[2])<<16 | uint32(p[3])<<24)
		p = p[4:]
		if math.IsNaN(float64(fs[i])) || math.IsInf(float64(fs[i]), 0) {
			return ErrBadModel
		}
	}
	n, k := uvarint(p)
	if k <= 0 || n > uint64(len(p)-k) {
		return ErrBadModel
	}
	note := string(p[k : k+int(n)])
	p = p[k+int(n):]
	nnz, k := uvarint(p)
	w := make([]int8, 1<<cfg.Bits)
	if k <= 0 || nnz > uint64(len(w)) || nnz > uint64(len(p)-k) {
		return ErrBadModel
	}
	// The weights are the last nnz bytes, the gaps all before them.
	gaps, vals := p[k:len(p)-int(nnz)], p[len(p)-int(nnz):]
	i := -1
	for _, v := range vals {
		for len(gaps) > 0 && gaps[0] == 255 {
			i += 255
			gaps = gaps[1:]
		}
		if len(gaps) == 0 || v == 0 {
			return ErrBadModel
		}
		i += int(gaps[0]) + 1
		gaps = gaps[1:]
		if i >= len(w) {
			return ErrBadModel
		}
		w[i] = int8(v)
	}
	if len(gaps) != 0 {
		return ErrBadModel
	}
	// Set as a modelMem, which copies the fields without Model's type
	// descriptor: see modelMem.
	*(*modelMem)(m) = modelMem{Features: cfg, Bias: fs[0], Scale: fs[1], Threshold: fs[2], Note: note, w: w}
	m.initSpare()
	return nil
}

// NewModel returns a model with the given feature configuration and float
// weights (one per hash bucket), quantized to levels steps on each side of
// zero (127 when levels is 0 or above 127): each weight becomes the nearest
// multiple of max|w|/levels, and weights nearer zero than half a step
// become zero.
//
// A step is 127/levels int8 units (rounded down), so that a unit, Scale,
// stays about max|w|/127 whatever the number of levels: [Model.Judge]
// names a word as a reason only when its weight is at least 8 units.
func NewModel(cfg FeatureConfig, bias float32, weights []float32, levels int, threshold float32, note string) *Model {
	m := &Model{Features: cfg, Bias: bias, Threshold: threshold, Note: note, w: make([]int8, 1<<cfg.Bits)}
	m.initSpare()
	if levels <= 0 || levels > 127 {
		levels = 127
	}
	var top float64
	for _, x := range weights {
		top = max(top, math.Abs(float64(x)))
	}
	if top == 0 {
		m.Scale = 1
		return m
	}
	unit := 127 / levels
	step := top / float64(levels)
	m.Scale = float32(step / float64(unit))
	for i, x := range weights {
		if i >= len(m.w) {
			break
		}
		m.w[i] = int8(unit * int(math.Round(float64(x)/step)))
	}
	return m
}

// ScoreFeatures returns the model's score for a feature list from
// [TextFeatures], without the rules of [Judge].
func (m *Model) ScoreFeatures(feats []uint32) float32 {
	return m.scoreFeatures(feats)
}

// scoreFeatures returns the model's score for a feature list.
func (m *Model) scoreFeatures(feats []uint32) float32 {
	return m.scoreSums(feats, 0, 0, 0, 0)
}

// scoreSums returns the model's score for a feature list to which nw more
// features of value 1 belong, their weights summing to sumW, and ncx more
// character n-grams, their weights summing to sumC.
func (m *Model) scoreSums(feats []uint32, sumW, nw, sumC, ncx int32) float32 {
	if len(feats) == 0 && nw == 0 && ncx == 0 {
		return logistic(float64(m.Bias))
	}
	nc := int(ncx)
	w := m.w
	mask := uint32(len(w) - 1)
	for _, f := range feats {
		if f&charFlag != 0 {
			sumC += int32(w[f&mask])
			nc++
		} else {
			sumW += int32(w[f&mask])
		}
	}
	cv := m.Features.charValue()
	// The norm as featureNorm computes it, from the counts of this loop.
	norm := 0.0
	if sq := float64(len(feats)+int(ncx)-nc+int(nw)) + float64(nc)*cv*cv; sq != 0 {
		norm = 1 / math.Sqrt(sq)
	}
	z := float64(m.Bias) + float64(m.Scale)*(float64(sumW)+cv*float64(sumC))*norm
	return logistic(z)
}

func logistic(z float64) float32 {
	if z < -40 {
		return 0
	}
	if z > 40 {
		return 1
	}
	return float32(1 / (1 + math.Exp(-z)))
}

// Score returns the model's check-worthiness score, in [0, 1], of the
// sentence s of src, given the tokens of src and its spans (sorted by
// Start; spans outside s are ignored). It applies no rules: [Judge] also
// lowers the score of questions, headings and page furniture.
func (m *Model) Score(src []byte, toks []tokenize.Token, s segment.Sentence, spans []Span) float32 {
	f := m.featurizer()
	defer m.release(f)
	start, end := clampRange(s.Start, s.End, len(src))
	return m.score(f, src, toks, s, sentenceSpans(spans, start, end))
}

// score is Score with a featurizer from m.featurizer, which holds m's
// weights, given spans that hold those inside s, in order, and maybe
// others, which extract passes over: a sentence's spans in Judge.
func (m *Model) score(f *featurizer, src []byte, toks []tokenize.Token, s segment.Sentence, spans []Span) float32 {
	start, end := clampRange(s.Start, s.End, len(src))
	f.splitWords(src, sentenceTokens(toks, s), start, end)
	return m.scoreWords(f, f.words, start, end, spans)
}

// scoreWords returns the model's score of the sentence [start, end) whose
// words are words, some of f.words in order, given the spans inside it.
func (m *Model) scoreWords(f *featurizer, words []fword, start, end int32, spans []Span) float32 {
	f.extract(words, start, end, spans)
	return m.scoreSums(f.feats, f.sumW, f.nw, f.sumC, f.nc)
}

func sameWeights(a, b []int8) bool {
	return len(a) == len(b) && (len(a) == 0 || &a[0] == &b[0])
}

func clampRange(start, end int32, n int) (int32, int32) {
	start = max(0, min(start, int32(n)))
	end = max(start, min(end, int32(n)))
	return start, end
}

// TextFeatures appends to dst the hashed features, under cfg, of text taken
// as one sentence: it is tokenized and annotated as [Judge] would see it.
// Training and evaluation use it, so that they extract features exactly as
// scoring does.
func TextFeatures(dst []uint32, cfg FeatureConfig, text []byte) []uint32 {
	f := newFeaturizer(cfg)
	toks := tokenize.Append(nil, text)
	sents := []segment.Sentence{{Start: 0, End: int32(len(text)), TokEnd: int32(len(toks))}}
	spans := Annotate(text, toks, sents)
	f.splitWords(text, toks, 0, int32(len(text)))
	f.extract(f.words, 0, int32(len(text)), spans)
	f.releaseMemo() // for the next text: training calls this for each
	return append(dst, f.feats...)
}

// ScoreText returns m's score for text taken as one body sentence, without
// the rules of [Judge].
func (m *Model) ScoreText(text []byte) float32 {
	return m.scoreFeatures(TextFeatures(nil, m.Features, text))
}

// defaultModel holds the embedded model once decoded, a *modelMem (an
// unsafe.Pointer, as spareAnnotator).
var defaultModel unsafe.Pointer

// modelMem is a Model as the heap holds it, as annotatorMem is an
// annotator: DefaultModel allocates and keeps one, and UnmarshalBinary
// sets one, so that the WebAssembly build, which makes no other Model,
// has no type descriptor listing Model's methods (0.3 KB gzip).
type modelMem Model

// DefaultModel returns the model embedded in the package, decoded on the
// first call; two first calls at the same time may both decode it, and
// get the same Model. (A sync.Once cost the wasm build 1.1 KB (gzip) more.)
func DefaultModel() (*Model, error) {
	if m := (*modelMem)(atomic.LoadPointer(&defaultModel)); m != nil {
		return (*Model)(m), nil
	}
	m := new(modelMem)
	if err := (*Model)(m).UnmarshalBinary([]byte(modelBin)); err != nil {
		return nil, err
	}
	if !atomic.CompareAndSwapPointer(&defaultModel, nil, unsafe.Pointer(m)) {
		m = (*modelMem)(atomic.LoadPointer(&defaultModel))
	}
	return (*Model)(m), nil
}

// The model's integers are written by hand rather than with encoding/binary,
// which brings reflect into the WebAssembly build (about 60 KB gzip).

// appendUint32 appends v in little-endian order.
func appendUint32(b []byte, v uint32) []byte {
	return append(b, byte(v), byte(v>>8), byte(v>>16), byte(v>>24))
}

// appendUvarint appends v as an unsigned varint: seven bits a byte, low
// bits first, the high bit set on every byte but the last.
func appendUvarint(b []byte, v uint64) []byte {
	for v >= 0x80 {
		b = append(b, byte(v)|0x80)
		v >>= 7
	}
	return append(b, byte(v))
}

// uvarint decodes a varint written by appendUvarint from the start of p and
// returns it with the number of bytes read, or 0 bytes if p ends inside it
// or it overflows 64 bits.
func uvarint(p []byte) (uint64, int) {
	var v uint64
	for i, c := range p {
		if i == 10 || i == 9 && c > 1 {
			return 0, 0
		}
		v |= uint64(c&0x7f) << (7 * i)
		if c < 0x80 {
			return v, i + 1
		}
	}
	return 0, 0
}
