//go:build js && wasm

package main

import (
	"bytes"
	"math"
	"strconv"
	"strings"
	"sync"
	"syscall/js"
	"testing"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/claimlight/claimlight"
	"github.com/claimlight/claimlight/claim"
)

var registerOnce sync.Once

// api returns globalThis.claimlight, installing it on first use.
func api(t testing.TB) js.Value {
	t.Helper()
	registerOnce.Do(register)
	a := js.Global().Get("claimlight")
	if a.Type() != js.TypeObject {
		t.Fatalf("globalThis.claimlight is %v, want an object", a.Type())
	}
	return a
}

// await waits for a promise and returns its value, or the rejection reason
// with rejected set.
func await(p js.Value) (v js.Value, rejected bool) {
	type settled struct {
		v   js.Value
		rej bool
	}
	ch := make(chan settled, 1)
	onOK := js.FuncOf(func(_ js.Value, a []js.Value) any { ch <- settled{a[0], false}; return nil })
	onErr := js.FuncOf(func(_ js.Value, a []js.Value) any { ch <- settled{a[0], true}; return nil })
	defer onOK.Release()
	defer onErr.Release()
	p.Call("then", onOK, onErr)
	s := <-ch
	return s.v, s.rej
}

func u8(b []byte) js.Value {
	a := js.Global().Get("Uint8Array").New(len(b))
	js.CopyBytesToJS(a, b)
	return a
}

// analyze calls claimlight.analyze from JavaScript's side and fails the test
// if the promise rejects.
func analyze(t *testing.T, src []byte) js.Value {
	t.Helper()
	v, rej := await(api(t).Call("analyze", u8(src)))
	if rej {
		t.Fatalf("analyze rejected: %v", v.Get("message").String())
	}
	return v
}

// decoded is the text as JavaScript sees it: TextDecoder over the bytes,
// boxed as a String object so that syscall/js can read its length.
func decoded(src []byte) js.Value {
	return js.Global().Get("String").New(js.Global().Get("TextDecoder").New("utf-8").Call("decode", u8(src)))
}

func int32s(a js.Value) []int32 {
	n := a.Length()
	out := make([]int32, n)
	for i := range n {
		out[i] = int32(a.Index(i).Int())
	}
	return out
}

// utf16Len counts the UTF-16 units of b the way Go decodes it: one unit
// (U+FFFD) per invalid byte.
func utf16Len(b []byte) int32 {
	n := int32(0)
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		n += int32(utf16.RuneLen(r))
		b = b[size:]
	}
	return n
}

// checkShape checks the invariants every result has, whatever the text:
// offsets within the text, start <= end, arrays of matching lengths.
func checkShape(t *testing.T, res js.Value, length int) (sents, spans []int32) {
	t.Helper()
	if got := res.Get("length").Int(); got != length {
		t.Errorf("length = %d, want %d", got, length)
	}
	sents = int32s(res.Get("sentences"))
	spans = int32s(res.Get("spans"))
	if len(sents)%SentenceStride != 0 || len(spans)%SpanStride != 0 {
		t.Fatalf("sentences has %d entries, spans %d: not whole records", len(sents), len(spans))
	}
	ns, nsp := len(sents)/SentenceStride, len(spans)/SpanStride
	if got := res.Get("scores").Length(); got != ns {
		t.Errorf("%d scores for %d sentences", got, ns)
	}
	if sp := res.Get("speakers"); sp.Length() != ns {
		t.Errorf("%d speakers for %d sentences", sp.Length(), ns)
	} else {
		for i, k := range int32s(sp) {
			if k < -1 || int(k) >= nsp || k >= 0 && spans[SpanStride*int(k)+2] != int32(claim.Speaker) {
				t.Errorf("sentence %d has speaker %d of %d spans", i, k, nsp)
			}
		}
	}
	if got := res.Get("values").Length(); got != nsp {
		t.Errorf("%d values for %d spans", got, nsp)
	}
	if got := len(strings.Split(res.Get("reasons").String(), SentenceSep)); ns > 0 && got != ns {
		t.Errorf("reasons for %d sentences, want %d", got, ns)
	}
	if got := len(strings.Split(res.Get("names").String(), ReasonSep)); nsp > 0 && got != nsp {
		t.Errorf("names for %d spans, want %d", got, nsp)
	}
	for i := 0; i < len(sents); i += SentenceStride {
		if s, e := sents[i], sents[i+1]; s < 0 || s > e || int(e) > length {
			t.Errorf("sentence %d = [%d, %d) outside [0, %d)", i/SentenceStride, s, e, length)
		}
	}
	for i := 0; i < len(spans); i += SpanStride {
		s, e, k, link := spans[i], spans[i+1], spans[i+2], spans[i+3]
		if s < 0 || s > e || int(e) > length {
			t.Errorf("span %d = [%d, %d) outside [0, %d)", i/SpanStride, s, e, length)
		}
		if k < 0 || k >= int32(claim.NumKinds) {
			t.Errorf("span %d has kind %d", i/SpanStride, k)
		}
		if link < -1 || int(link) >= nsp {
			t.Errorf("span %d links to %d of %d", i/SpanStride, link, nsp)
		}
	}
	return sents, spans
}

func TestTables(t *testing.T) {
	a := api(t)
	if got := a.Get("version").String(); got != claimlight.Version {
		t.Errorf("version = %q, want %q", got, claimlight.Version)
	}
	kinds := a.Get("kinds")
	if kinds.Length() != int(claim.NumKinds) {
		t.Fatalf("%d kind names, want %d", kinds.Length(), claim.NumKinds)
	}
	for k := range claim.NumKinds {
		if got := kinds.Index(int(k)).String(); got != k.String() {
			t.Errorf("kinds[%d] = %q, want %q", k, got, k.String())
		}
	}
	if got := a.Get("types").Index(0).String(); got != "quantity" {
		t.Errorf("types[0] = %q, want quantity", got)
	}
	if th := a.Get("threshold").Float(); th <= 0 || th >= 1 {
		t.Errorf("threshold = %v, want in (0, 1)", th)
	}
	if got := a.Get("roles").Index(0).String(); got != "body" {
		t.Errorf("roles[0] = %q, want body", got)
	}
}

// The article's text as JavaScript slices it at the returned offsets must be
// the text Go read at the byte offsets, across emoji (2 units, 4 bytes),
// curly quotes and "€" (1 unit, 3 bytes).
func TestUTF16Offsets(t *testing.T) {
	src := []byte("BRUSSELS — 🇪🇺 The European Union agreed on Tuesday to lend Ukraine €35 billion 💶 next year. " +
		"“We will not waver,” said Greta von der Heyde, the Commission’s president. 😀 " +
		"Prices rose 4.5% in March, the statistics office said.")
	res := analyze(t, src)
	text := decoded(src)
	sents, spans := checkShape(t, res, text.Get("length").Int())
	doc := claimlight.Analyze(src)

	if len(sents)/SentenceStride != len(doc.Sentences) {
		t.Fatalf("%d sentences, engine has %d", len(sents)/SentenceStride, len(doc.Sentences))
	}
	for i, s := range doc.Sentences {
		start, end := sents[SentenceStride*i], sents[SentenceStride*i+1]
		if want := utf16Len(src[:s.Start]); start != want {
			t.Errorf("sentence %d starts at %d, want %d", i, start, want)
		}
		if got, want := text.Call("slice", start, end).String(), string(s.Text(src)); got != want {
			t.Errorf("sentence %d reads %q in JS, %q in Go", i, got, want)
		}
	}
	if len(spans)/SpanStride != len(doc.Spans) {
		t.Fatalf("%d spans, engine has %d", len(spans)/SpanStride, len(doc.Spans))
	}
	for i, s := range doc.Spans {
		start, end := spans[SpanStride*i], spans[SpanStride*i+1]
		if got, want := text.Call("slice", start, end).String(), string(s.Text(src)); got != want {
			t.Errorf("span %d (%v) reads %q in JS, %q in Go", i, s.Kind, got, want)
		}
	}

	// What a reader would notice: the sum of money is highlighted as money,
	// past the flag emoji and the em dash, with its value read.
	found := false
	values := res.Get("values")
	for i := 0; i < len(spans); i += SpanStride {
		if claim.Kind(spans[i+2]) == claim.Money && text.Call("slice", spans[i], spans[i+1]).String() == "€35 billion" {
			found = true
			if v := values.Index(i / SpanStride).Float(); v != 35e9 {
				t.Errorf("€35 billion has value %v, want 3.5e10", v)
			}
		}
	}
	if !found {
		t.Errorf("no money span reads “€35 billion”; spans: %v", spanTexts(res, text))
	}
}

// A speaker carries the name of the person it stands for, so the page can
// group "she" with the person named before, and none when that is unclear,
// so the page does not group quotes under a bare "he".
func TestSpeakerNames(t *testing.T) {
	src := []byte("“Rates will rise,” said Anna Berg, an economist at Nordbank. “Not soon,” she added.\n\nTom Hale and Ed Marsh left. “It is over,” he said.")
	got := spanNames(t, src, func(k claim.Kind) bool { return k == claim.Speaker })
	if got["she"] != "Anna Berg" || got["Anna Berg"] != "Anna Berg" || got["he"] != "" {
		t.Errorf("speaker names = %q, want she → Anna Berg, Anna Berg → Anna Berg and none for the unclear he", got)
	}
}

// spanNames analyzes src and maps the text of each span whose kind keep
// accepts to the name the bridge sends for it (a speaker's person, a
// money span's currency, a quantity's unit).
func spanNames(t *testing.T, src []byte, keep func(claim.Kind) bool) map[string]string {
	t.Helper()
	res := analyze(t, src)
	text := decoded(src)
	_, spans := checkShape(t, res, text.Get("length").Int())
	names := strings.Split(res.Get("names").String(), ReasonSep)
	got := map[string]string{}
	for i := 0; i < len(spans); i += SpanStride {
		if keep(claim.Kind(spans[i+2])) {
			got[text.Call("slice", spans[i], spans[i+1]).String()] = names[i/SpanStride]
		}
	}
	return got
}

// A quantity or percentage carries its unit beside a money span's
// currency, so the page prints "11.2 points", not "11.2%", and the
// odds as "11/4 odds", not 2.75.
func TestUnitNames(t *testing.T) {
	src := []byte("Support rose 11.2 percentage points. Silver Arrow was the 11/4 favourite. It cost €3 at 47.3C for 2,000 people.")
	got := spanNames(t, src, func(claim.Kind) bool { return true })
	want := map[string]string{"11.2 percentage points": "points", "11/4 favourite": "11/4 odds", "€3": "€", "47.3C": "°C", "2,000 people": ""}
	for k, v := range want {
		if g, ok := got[k]; !ok || g != v {
			t.Errorf("names[%q] = %q, want %q (all: %q)", k, g, v, got)
		}
	}
}

// A range carries both ends, so the numbers view can show "3.1–3.25"
// rather than the low end alone.
func TestValueRanges(t *testing.T) {
	src := []byte("It expects earnings of $3.10 to $3.25 a share and 1,200 job cuts.")
	res := analyze(t, src)
	text := decoded(src)
	_, spans := checkShape(t, res, text.Get("length").Int())
	values, to := res.Get("values"), res.Get("valuesTo")
	if to.Length() != len(spans)/SpanStride {
		t.Fatalf("%d valuesTo for %d spans", to.Length(), len(spans)/SpanStride)
	}
	got := map[string][2]float64{}
	for i := 0; i < len(spans); i += SpanStride {
		got[text.Call("slice", spans[i], spans[i+1]).String()] = [2]float64{values.Index(i / SpanStride).Float(), to.Index(i / SpanStride).Float()}
	}
	if r := got["$3.10 to $3.25 a share"]; r[0] != 3.1 || r[1] != 3.25 {
		t.Errorf("$3.10 to $3.25 a share has values %v, want 3.1 and 3.25; spans %v", r, spanTexts(res, text))
	}
	if r, ok := got["1,200 job cuts"]; !ok || r[0] != 1200 || !math.IsNaN(r[1]) {
		t.Errorf("1,200 job cuts has values %v (found %v), want 1200 and NaN; spans %v", r, ok, spanTexts(res, text))
	}
}

func TestNotEnglish(t *testing.T) {
	german := []byte("Die Bundesregierung will im kommenden Jahr 12 Milliarden Euro zusätzlich in die Bahn investieren, " +
		"teilte das Verkehrsministerium am Dienstag mit. Die Inflation lag im Oktober bei 2,4 Prozent, sagte die Behörde.")
	if !analyze(t, german).Get("notEnglish").Bool() {
		t.Error("German text: notEnglish is false")
	}
	english := []byte("The government will spend €35 billion on new rail lines over the next decade, the ministry said on " +
		"Tuesday. It is the largest investment in the network since it was built, and officials said it would cut journeys.")
	if analyze(t, english).Get("notEnglish").Bool() {
		t.Error("English text: notEnglish is true")
	}
}

func spanTexts(res, text js.Value) []string {
	spans := int32s(res.Get("spans"))
	var out []string
	for i := 0; i < len(spans); i += SpanStride {
		out = append(out, claim.Kind(spans[i+2]).String()+":"+text.Call("slice", spans[i], spans[i+1]).String())
	}
	return out
}

func TestEmpty(t *testing.T) {
	res := analyze(t, nil)
	sents, spans := checkShape(t, res, 0)
	if len(sents) != 0 || len(spans) != 0 || res.Get("words").Int() != 0 {
		t.Errorf("empty text gave %d sentence entries, %d span entries, %d words", len(sents), len(spans), res.Get("words").Int())
	}
	if r := res.Get("reasons").String(); r != "" {
		t.Errorf("empty text gave reasons %q", r)
	}
}

// A 5 MB paste is analyzed whole: the last sentence ends at the text's end.
func TestLargeInput(t *testing.T) {
	para := "The port handled 1.2 million containers in 2025, up 8% on the year before 🚢, officials said. " +
		"“It will grow again,” the director told reporters.\n\n"
	src := bytes.Repeat([]byte(para), 5<<20/len(para)+1)
	res := analyze(t, src)
	n := decoded(src).Get("length").Int()
	sents, _ := checkShape(t, res, n)
	if len(sents) == 0 {
		t.Fatal("no sentences in 5 MB of text")
	}
	if last := sents[len(sents)-SentenceStride+1]; int(last) < n-2 {
		t.Errorf("last sentence ends at %d of %d", last, n)
	}
	if w := res.Get("words").Int(); w < 100000 {
		t.Errorf("%d words in 5 MB", w)
	}
}

// Bytes that are not UTF-8 never break analysis, and the offsets count the
// U+FFFD replacements as TextDecoder makes them.
func TestInvalidUTF8(t *testing.T) {
	src := []byte("Costs rose \xff\xfe 12% to €4\x80 billion \xc0 in 2024. Then \xed\xa0\x80 fell.")
	res := analyze(t, src)
	checkShape(t, res, decoded(src).Get("length").Int())
	for _, odd := range [][]byte{{0xe2, 0x82}, {0xf0, 0x9f}, {0xff}, []byte("\x00\x00"), []byte("“")[:2]} {
		res := analyze(t, odd)
		checkShape(t, res, decoded(odd).Get("length").Int())
	}
}

func TestWrongArgument(t *testing.T) {
	a := api(t)
	for name, args := range map[string][]any{
		"string":      {"a text"},
		"none":        {},
		"Uint16Array": {js.Global().Get("Uint16Array").New(4)},
		"two":         {u8([]byte("a")), u8([]byte("b"))},
		"null":        {nil},
	} {
		v, rej := await(a.Call("analyze", args...))
		if !rej {
			t.Errorf("analyze(%s) resolved", name)
			continue
		}
		if !v.InstanceOf(js.Global().Get("TypeError")) || !strings.Contains(v.Get("message").String(), "Uint8Array") {
			t.Errorf("analyze(%s) rejected with %v, want a TypeError naming Uint8Array", name, v)
		}
	}
}

// A panic inside the engine rejects that one call with an Error; the next
// call works.
func TestPanicRecovered(t *testing.T) {
	a := api(t)
	saved := analyzeFn
	analyzeFn = func([]byte) *claimlight.Document { panic("boom") }
	v, rej := await(a.Call("analyze", u8([]byte("Anything."))))
	analyzeFn = saved
	if !rej || !v.InstanceOf(js.Global().Get("Error")) || !strings.Contains(v.Get("message").String(), "internal error: boom") {
		t.Fatalf("panicking analyze gave rejected=%v %v", rej, v)
	}
	res := analyze(t, []byte("Prices rose 5% in 2024."))
	checkShape(t, res, len("Prices rose 5% in 2024."))
}

// BenchmarkAnalyze measures one call across the boundary, as the worker
// makes it: bytes in, the engine, typed arrays out.
func BenchmarkAnalyze(b *testing.B) {
	para := "BRUSSELS — The European Union agreed on Wednesday to lend Ukraine €35 billion next year, " +
		"the largest package since the war began, officials said. “This money keeps the lights on,” " +
		"said Greta von der Heyde. Inflation fell to 9.8% in October from 12% in the spring, and is " +
		"expected to ease further because energy prices have dropped, analysts said.\n\n"
	words := len(strings.Fields(para))
	for _, n := range []int{1000, 10000} {
		src := []byte(strings.Repeat(para, n/words+1))
		b.Run(strconv.Itoa(n)+"words", func(b *testing.B) {
			a := api(b)
			in := u8(src)
			b.SetBytes(int64(len(src)))
			for b.Loop() {
				if _, rej := await(a.Call("analyze", in)); rej {
					b.Fatal("analyze rejected")
				}
			}
		})
	}
}

// Each sentence carries the index of the speaker span it is attributed to:
// a transcript label for the later sentences of its turn, the source of
// reported speech, -1 for the reporter's own words.
func TestSentenceSpeakers(t *testing.T) {
	src := []byte("CHIEF MARGARET OYELARAN: Good afternoon. At approximately 1:47 p.m. today, our dispatch center received the first of more than 60 calls. 🚓\n\n" +
		"Q: Were there two shooters?\n\nOYELARAN: No. We have one suspect.\n\n" +
		"The ministry said 40 people had died. The mall reopened on Friday.\n")
	res := analyze(t, src)
	text := decoded(src)
	sents, spans := checkShape(t, res, text.Get("length").Int())
	speakers := int32s(res.Get("speakers"))
	got := map[string]string{}
	for i, k := range speakers {
		who := ""
		if k >= 0 {
			who = text.Call("slice", spans[SpanStride*k], spans[SpanStride*k+1]).String()
		}
		got[text.Call("slice", sents[SentenceStride*i], sents[SentenceStride*i+1]).String()] = who
	}
	for sent, want := range map[string]string{
		"At approximately 1:47 p.m. today, our dispatch center received the first of more than 60 calls.": "CHIEF MARGARET OYELARAN",
		"We have one suspect.":                  "OYELARAN",
		"The ministry said 40 people had died.": "The ministry",
		"The mall reopened on Friday.":          "",
	} {
		if who, ok := got[sent]; !ok {
			t.Errorf("no sentence %q in %q", sent, got)
		} else if who != want {
			t.Errorf("%q is attributed to %q, want %q", sent, who, want)
		}
	}

	// Without judgements (segmentOnly) no sentence has a speaker.
	v, rej := await(api(t).Call("analyze", u8(src), js.ValueOf(map[string]any{"segmentOnly": true})))
	if rej {
		t.Fatalf("analyze rejected: %v", v.Get("message").String())
	}
	for i, k := range int32s(v.Get("speakers")) {
		if k != -1 {
			t.Errorf("segmentOnly: sentence %d has speaker %d, want -1", i, k)
		}
	}
}

// With {prefix: n} only the text's first paragraphs are analyzed: the
// page paints a long paste's first screen from them. The result says how
// far it reaches (length, in UTF-16 units), and its sentences are the
// whole text's first ones, offsets and all.
func TestAnalyzePrefix(t *testing.T) {
	para := "“Prices rose 5% to €1 billion on Monday,” the minister said. 🙂 Sales fell.\n\n"
	src := []byte(strings.Repeat(para, 40))
	full := analyze(t, src)
	v, rej := await(api(t).Call("analyze", u8(src), js.ValueOf(map[string]any{"prefix": 300})))
	if rej {
		t.Fatalf("analyze rejected: %v", v.Get("message").String())
	}
	end := claimlight.PrefixEnd(src, 300)
	if end == len(src) || end < 300 {
		t.Fatalf("PrefixEnd = %d of %d bytes", end, len(src))
	}
	want := utf16Len(src[:end])
	checkShape(t, v, int(want))
	got, all := int32s(v.Get("sentences")), int32s(full.Get("sentences"))
	if len(got) == 0 || len(got) >= len(all) {
		t.Fatalf("the prefix has %d sentence entries, the whole text %d", len(got), len(all))
	}
	for i := range got {
		if got[i] != all[i] {
			t.Fatalf("sentence entry %d is %d in the prefix, %d in the whole text", i, got[i], all[i])
		}
	}
	// A prefix past the end is the whole text.
	v, _ = await(api(t).Call("analyze", u8(src), js.ValueOf(map[string]any{"prefix": 1e9})))
	checkShape(t, v, int(utf16Len(src)))
}
