//go:build js && wasm

package main

import (
	"math"
	"syscall/js"
	"unsafe"

	"github.com/claimlight/claimlight"
	"github.com/claimlight/claimlight/claim"
	"github.com/claimlight/claimlight/offsets"
	"github.com/claimlight/claimlight/segment"
	"github.com/claimlight/claimlight/tokenize"
)

// analyzeFn runs the engine; tests swap it to check panic recovery.
var analyzeFn = claimlight.Analyze

// Layout of the flat arrays in a Result.
const (
	// SentenceStride is the number of uint32s per sentence in Result.sentences:
	// start, end (UTF-16), paragraph index, flags, claim type bits.
	SentenceStride = 5
	// SpanStride is the number of int32s per span in Result.spans:
	// start, end (UTF-16), kind number, link (index of a related span or -1).
	SpanStride = 4
	// FlagRoleMask selects the sentence role number in a sentence's flags.
	FlagRoleMask = 0xff
	// FlagCheckWorthy is set in a sentence's flags when it reaches the
	// model's threshold.
	FlagCheckWorthy = 1 << 8
	// FlagQuoted is set when the sentence is mostly a direct quotation
	// of its speaker (see claim.Judgement.Quoted).
	FlagQuoted = 1 << 9
	// ReasonSep separates the reasons of one sentence in Result.reasons;
	// SentenceSep separates sentences.
	ReasonSep   = "\x1f"
	SentenceSep = "\x1e"
)

// result is a Document flattened for JavaScript, offsets in UTF-16 units.
type result struct {
	length     int32     // the text's length in UTF-16 units
	words      int32     // number of word tokens
	sentences  []uint32  // SentenceStride per sentence
	scores     []float32 // one per sentence, in [0, 1]
	speakers   []int32   // one per sentence: the index of the speaker span whose words it gives, or -1 (see claim.Judgement.Speaker)
	spans      []int32   // SpanStride per span
	values     []float64 // one per span: the normalized number, NaN when none
	valuesTo   []float64 // one per span: the upper end of a range ("$3.10 to $3.25"), NaN when none
	reasons    string    // per sentence, joined by ReasonSep and SentenceSep
	names      string    // per span, joined by ReasonSep: who a speaker span stands for, if not its own text; a money span's currency; a quantity or percent span's unit
	notEnglish bool      // the text does not read as English: results unreliable
}

// encode flattens d and converts every byte offset to UTF-16 in one pass
// over src.
func encode(src []byte, d *claimlight.Document) *result {
	r := &result{notEnglish: d.NotEnglish}
	for _, t := range d.Tokens {
		if t.Kind == tokenize.Word {
			r.words++
		}
	}
	// Gather every offset and convert them in one call (offsets.ToUTF16
	// takes them in any order).
	ns, nsp := len(d.Sentences), len(d.Spans)
	offs := make([]int32, 0, 2*ns+2*nsp+1)
	for _, s := range d.Sentences {
		offs = append(offs, s.Start, s.End)
	}
	for _, s := range d.Spans {
		offs = append(offs, s.Start, s.End)
	}
	offs = append(offs, int32(len(src)))
	offsets.ToUTF16(src, offs)

	r.sentences = make([]uint32, 0, SentenceStride*ns)
	r.scores = make([]float32, ns)
	r.speakers = make([]int32, ns)
	var reasons []byte // strings.Builder's code would cost the wasm build more
	for i, s := range d.Sentences {
		j := claim.Judgement{Speaker: -1}
		if i < len(d.Judgements) {
			j = d.Judgements[i]
		}
		flags := uint32(s.Role) & FlagRoleMask
		if j.CheckWorthy {
			flags |= FlagCheckWorthy
		}
		if j.Quoted {
			flags |= FlagQuoted
		}
		r.sentences = append(r.sentences, uint32(offs[2*i]), uint32(offs[2*i+1]), uint32(s.Para), flags, uint32(j.Types))
		r.scores[i] = j.Score
		r.speakers[i] = j.Speaker
		if i > 0 {
			reasons = append(reasons, SentenceSep...)
		}
		for k, reason := range j.Reasons {
			if k > 0 {
				reasons = append(reasons, ReasonSep...)
			}
			reasons = append(reasons, reason...)
		}
	}
	r.reasons = string(reasons)

	r.spans = make([]int32, 0, SpanStride*nsp)
	r.values = make([]float64, nsp)
	r.valuesTo = make([]float64, nsp)
	base := 2 * ns
	var names []byte
	for i, s := range d.Spans {
		if i > 0 {
			names = append(names, ReasonSep...)
		}
		if s.Kind == claim.Speaker {
			// the person meant ("Anna Berg" for "she", "Mark Rutte" for
			// "Secretary-General Mark Rutte"), or none when it is unclear
			names = append(names, claim.SpeakerName(d.Src, d.Spans, i)...)
		}
		// "€", "SEK" for money spans, "points", "°C", "11/4 odds" for
		// quantities and percentages: one or the other of the two is empty
		names = append(names, d.SpanUnit(i)...)
		r.spans = append(r.spans, offs[base+2*i], offs[base+2*i+1], int32(s.Kind), s.Link)
		r.values[i], r.valuesTo[i] = math.NaN(), math.NaN()
		if lo, hi, ok := d.SpanValue(i); ok {
			r.values[i] = lo
			if hi != lo {
				r.valuesTo[i] = hi
			}
		}
	}
	r.names = string(names)
	r.length = offs[len(offs)-1]
	return r
}

// toJS builds the Result object: typed arrays filled by bulk copies.
func (r *result) toJS() js.Value {
	o := js.Global().Get("Object").New()
	o.Set("version", claimlight.Version)
	o.Set("length", r.length)
	o.Set("words", r.words)
	o.Set("sentences", typedArray("Uint32Array", unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(r.sentences))), 4*len(r.sentences))))
	o.Set("scores", typedArray("Float32Array", unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(r.scores))), 4*len(r.scores))))
	o.Set("speakers", typedArray("Int32Array", unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(r.speakers))), 4*len(r.speakers))))
	o.Set("spans", typedArray("Int32Array", unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(r.spans))), 4*len(r.spans))))
	o.Set("values", typedArray("Float64Array", unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(r.values))), 8*len(r.values))))
	o.Set("valuesTo", typedArray("Float64Array", unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(r.valuesTo))), 8*len(r.valuesTo))))
	o.Set("reasons", r.reasons)
	o.Set("names", r.names)
	o.Set("notEnglish", r.notEnglish)
	return o
}

// typedArray returns a new JavaScript typed array of the named type over a
// copy of b, which holds its elements in little-endian order (wasm's own).
func typedArray(typ string, b []byte) js.Value {
	u8 := js.Global().Get("Uint8Array").New(len(b))
	if len(b) > 0 {
		js.CopyBytesToJS(u8, b)
	}
	return js.Global().Get(typ).New(u8.Get("buffer"))
}

func version() string { return claimlight.Version }

// threshold is the score at which the embedded model calls a sentence
// check-worthy; 0.5 if the model cannot be read.
func threshold() float64 {
	if m, err := claim.DefaultModel(); err == nil {
		return float64(m.Threshold)
	}
	return 0.5
}

func kindNames() []string {
	names := make([]string, claim.NumKinds)
	for k := range claim.NumKinds {
		names[k] = k.String()
	}
	return names
}

// typeNames lists the claim type names by bit number, up to the last named bit.
func typeNames() []string {
	var names []string
	for bit := range 8 {
		n := claim.Type(1 << bit).Names()
		if len(n) != 1 {
			break
		}
		names = append(names, n[0])
	}
	return names
}

func roleNames() []string {
	var names []string
	for r := segment.Role(0); r.String() != "unknown"; r++ {
		names = append(names, r.String())
	}
	return names
}
