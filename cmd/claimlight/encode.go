package main

import (
	"bufio"
	"encoding/json"

	"github.com/claimlight/claimlight"
	"github.com/claimlight/claimlight/claim"
	"github.com/claimlight/claimlight/offsets"
	"github.com/claimlight/claimlight/segment"
)

type options struct {
	tokens      bool // include tokens
	utf16       bool // offsets in UTF-16 code units
	text        bool // include sentence text
	segmentOnly bool // skip annotation and scoring
}

// docJSON is the JSON form of one analysed text.
type docJSON struct {
	ID   json.RawMessage `json:"id,omitempty"`
	File string          `json:"file,omitempty"`
	// NotEnglish is true when the text does not read as English, whose
	// words and model alone the engine knows: its results are unreliable.
	NotEnglish bool           `json:"not_english,omitempty"`
	Sentences  []sentenceJSON `json:"sentences"`
	Spans      []spanJSON     `json:"spans"` // [] when there are none
	Tokens     []tokenJSON    `json:"tokens,omitempty"`
}

type sentenceJSON struct {
	Start       int32     `json:"start"`
	End         int32     `json:"end"`
	Para        int32     `json:"para"`
	Role        string    `json:"role,omitempty"` // omitted for ordinary sentences
	Text        string    `json:"text,omitempty"`
	Score       *float64  `json:"score,omitempty"`
	CheckWorthy *bool     `json:"checkworthy,omitempty"`
	Types       *[]string `json:"types,omitempty"`   // [] when judged with no type
	Reasons     *[]string `json:"reasons,omitempty"` // [] when judged with no reason
	Speaker     *int32    `json:"speaker,omitempty"` // index of the speaker span whose words the sentence gives
	Quoted      bool      `json:"quoted,omitempty"`  // the sentence is mostly a direct quotation of that speaker
}

type spanJSON struct {
	Start    int32           `json:"start"`
	End      int32           `json:"end"`
	Kind     string          `json:"kind"`
	Text     string          `json:"text"`
	Speaker  *int32          `json:"speaker,omitempty"`  // quotes: index of the speaker span
	Cue      *int32          `json:"cue,omitempty"`      // speakers: index of the reporting cue span
	Name     json.RawMessage `json:"name,omitempty"`     // speakers: the person a "he" or "the minister" refers to ("Mark Rutte" for "Secretary-General Mark Rutte"), null when the text does not make it clear
	Value    *float64        `json:"value,omitempty"`    // quantity, money, percent: the number stated, 3.5e10 for "€35 billion"
	ValueTo  *float64        `json:"value_to,omitempty"` // a range's upper end: 3.25 for "$3.10 to $3.25"
	Currency string          `json:"currency,omitempty"` // money: "€" for "€35 billion", "SEK" for "Swedish crowns"
	Unit     string          `json:"unit,omitempty"`     // quantity, percent: "points" for "11.2 percentage points", "°C" for "47.3C"; for odds and one-in-N chances the reading, "11/4 odds", "1 in 500"
}

type tokenJSON struct {
	Start int32  `json:"start"`
	End   int32  `json:"end"`
	Kind  string `json:"kind"`
}

// writeDoc analyses src and writes it as one line of JSON.
func writeDoc(w *bufio.Writer, id json.RawMessage, file string, src []byte, opt options) error {
	var d *claimlight.Document
	if opt.segmentOnly {
		d = claimlight.Segment(src)
	} else {
		d = claimlight.Analyze(src)
	}
	out := docJSON{ID: id, File: file, NotEnglish: d.NotEnglish, Sentences: make([]sentenceJSON, len(d.Sentences)), Spans: []spanJSON{}}
	for i, s := range d.Sentences {
		sj := sentenceJSON{Start: s.Start, End: s.End, Para: s.Para}
		if s.Role != segment.Body {
			sj.Role = s.Role.String()
		}
		if opt.text {
			sj.Text = string(s.Text(src))
		}
		if i < len(d.Judgements) {
			j := d.Judgements[i]
			score := round3(j.Score)
			cw := j.CheckWorthy
			sj.Score, sj.CheckWorthy = &score, &cw
			types, reasons := j.Types.Names(), j.Reasons
			if types == nil {
				types = []string{}
			}
			if reasons == nil {
				reasons = []string{}
			}
			sj.Types, sj.Reasons = &types, &reasons
			if j.Speaker >= 0 && int(j.Speaker) < len(d.Spans) {
				speaker := j.Speaker
				sj.Speaker = &speaker
				sj.Quoted = j.Quoted
			}
		}
		out.Sentences[i] = sj
	}
	for i, sp := range d.Spans {
		sj := spanJSON{Start: sp.Start, End: sp.End, Kind: sp.Kind.String(), Text: string(sp.Text(src))}
		if sp.Kind == claim.Speaker {
			sj.Name, _ = json.Marshal(claim.SpeakerName(src, d.Spans, i))
			if string(sj.Name) == `""` {
				sj.Name = json.RawMessage("null")
			}
		}
		sj.Currency = d.SpanCurrency(i)
		if sp.Kind != claim.Money {
			sj.Unit = d.SpanUnit(i) // a money span's is its currency
		}
		if lo, hi, ok := d.SpanValue(i); ok {
			sj.Value = &lo
			if hi != lo {
				sj.ValueTo = &hi
			}
		}
		if sp.Link >= 0 && int(sp.Link) < len(d.Spans) {
			link := sp.Link
			switch sp.Kind {
			case claim.Quote:
				sj.Speaker = &link
			case claim.Speaker:
				sj.Cue = &link
			}
		}
		out.Spans = append(out.Spans, sj)
	}
	if opt.tokens {
		out.Tokens = make([]tokenJSON, len(d.Tokens))
		for i, t := range d.Tokens {
			out.Tokens[i] = tokenJSON{t.Start, t.End, t.Kind.String()}
		}
	}
	if opt.utf16 {
		toUTF16(src, &out)
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(&out) // Encode ends the line
}

// toUTF16 converts every offset in out to UTF-16 code units, in one pass.
func toUTF16(src []byte, out *docJSON) {
	offs := make([]int32, 0, 2*(len(out.Sentences)+len(out.Spans)+len(out.Tokens)))
	for _, s := range out.Sentences {
		offs = append(offs, s.Start, s.End)
	}
	for _, s := range out.Spans {
		offs = append(offs, s.Start, s.End)
	}
	for _, t := range out.Tokens {
		offs = append(offs, t.Start, t.End)
	}
	offsets.ToUTF16(src, offs)
	k := 0
	for i := range out.Sentences {
		out.Sentences[i].Start, out.Sentences[i].End = offs[k], offs[k+1]
		k += 2
	}
	for i := range out.Spans {
		out.Spans[i].Start, out.Spans[i].End = offs[k], offs[k+1]
		k += 2
	}
	for i := range out.Tokens {
		out.Tokens[i].Start, out.Tokens[i].End = offs[k], offs[k+1]
		k += 2
	}
}

func round3(f float32) float64 {
	return float64(int64(float64(f)*1000+0.5)) / 1000
}
