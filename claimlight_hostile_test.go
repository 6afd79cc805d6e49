package claimlight_test

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimlight/claimlight"
)

// hostileShapes are texts a user may paste that no article looks like,
// each repeated to about the size the tests ask for. Each once took, or
// might take, time or memory that grew faster than the text.
var hostileShapes = []struct{ name, unit string }{
	{"balanced quotations", "“We will win,” she said. "},
	{"unbalanced quotations", "“We will win, she said "},
	{"alternating quotation marks", "“a\" \"b” "},
	{"nested quotation marks", "‘“’” "},
	{"only quotation marks", "\""},
	{"quotations and no full stop", "“we will” he said “we will” "},
	{"one sentence", "the minister said that the rate rose by 5 percent and "},
	{"no space", "abcdefghij"},
	{"names", "Anna Berg John Smith Maria Lopez "},
	{"ranges", "1-2-3-4-5-6-7-8-9-"},
	{"pounds", "£1,£2,"},
	{"said chains", "said Anna said Berg said "},
	{"colons", "A: B: C: "},
	{"transcript", "ANNA BERG: We will win 5%.\nJOHN SMITH: No.\n"},
	{"pronouns and no full stop", "he said "},
	{"pronouns", "He said 5 percent. "},
	{"organisation pronouns", "It said 5%. "},
	{"many according to", "according to Reuters, "},
	{"brackets", "(["},
	{"closing brackets", ")]}"},
	{"citation needed", "It rose 5%.[citation needed] "},
	{"table", "12.5\t37\t9%\t£4\t"},
	{"punctuation lines", "!?.,;:-—…\n"},
	{"line breaks", "\n"},
	{"CRLF", "It rose 5% in 2020, she said.\r\n"},
	{"zero-width", "a\u200bb\u200c\u200d\ufeff "},
	{"combining", "e\u0301\u0301\u0301 "},
	{"right to left", "قال الوزير إن المعدل ارتفع ٥٪. \u202eabc\u202c "},
	{"invalid UTF-8", "It rose\xff 5%\xc3 in\x80 2020. "},
	{"NUL", "It\x00 rose 5%.\x00 "},
}

// TestHostileShapesKeepThePromises runs Analyze over each hostile shape
// and checks what the engine promises for any input: no panic, a
// judgement for each sentence, spans in order and within the text, on
// rune boundaries where the text is valid UTF-8, and a speaker name, a
// value and a currency for each span without a panic.
func TestHostileShapesKeepThePromises(t *testing.T) {
	const size = 30_000
	for _, shape := range hostileShapes {
		src := []byte(strings.Repeat(shape.unit, size/len(shape.unit)+1))
		doc := claimlight.Analyze(src)
		if len(doc.Judgements) != len(doc.Sentences) {
			t.Errorf("%s: %d judgements for %d sentences", shape.name, len(doc.Judgements), len(doc.Sentences))
		}
		valid := utf8.Valid(src)
		for i, sp := range doc.Spans {
			if sp.Start < 0 || sp.End > int32(len(src)) || sp.Start > sp.End {
				t.Errorf("%s: span %d [%d, %d) outside the text", shape.name, i, sp.Start, sp.End)
				continue
			}
			if i > 0 && sp.Start < doc.Spans[i-1].Start {
				t.Errorf("%s: span %d starts at %d, before span %d", shape.name, i, sp.Start, i-1)
			}
			if valid && (!utf8.RuneStart(at(src, sp.Start)) || !utf8.RuneStart(at(src, sp.End))) {
				t.Errorf("%s: span %d %q is not on rune boundaries", shape.name, i, sp.Text(src))
			}
			doc.SpeakerName(i)
			doc.SpanValue(i)
			doc.SpanCurrency(i)
		}
		for i := range doc.Sentences {
			doc.SentenceSpeaker(i)
		}
		if bytes.Count(src, []byte("\n")) == len(src) && len(doc.Sentences) != 0 {
			t.Errorf("%s: %d sentences in a text of line breaks", shape.name, len(doc.Sentences))
		}
	}
}

// at returns src[i], or a rune start at the end of src.
func at(src []byte, i int32) byte {
	if int(i) >= len(src) {
		return 0
	}
	return src[i]
}
