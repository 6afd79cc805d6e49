package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf16"
)

// runCLI runs the command with args and stdin, returning stdout, stderr and
// the exit status.
func runCLI(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), code
}

func decode(t *testing.T, line string) docJSON {
	t.Helper()
	var d docJSON
	if err := json.Unmarshal([]byte(line), &d); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, line)
	}
	return d
}

const wire = "THE HAGUE — NATO allies will spend over €35 billion on air defence next year, officials said. " +
	"“This is the largest investment in a generation,” Secretary-General Mark Tervoort said.\n\n" +
	"Advertisement\n\nSpending rose 5.5% in 2024 in the U.S. The rise was smaller in Europe."

func TestSentencesAreByteRangesOfTheInput(t *testing.T) {
	out, stderr, code := runCLI(t, wire, "-text")
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	d := decode(t, out)
	if len(d.Sentences) < 5 {
		t.Fatalf("got %d sentences, want at least 5: %+v", len(d.Sentences), d.Sentences)
	}
	last := int32(-1)
	for _, s := range d.Sentences {
		if s.Start < last || s.End <= s.Start || int(s.End) > len(wire) {
			t.Fatalf("sentence [%d,%d) out of order or bounds", s.Start, s.End)
		}
		if got := wire[s.Start:s.End]; got != s.Text {
			t.Errorf("text %q does not match offsets [%d,%d) = %q", s.Text, s.Start, s.End, got)
		}
		last = s.End
	}
	want := []string{"Advertisement", "The rise was smaller in Europe."}
	for _, w := range want {
		found := false
		for _, s := range d.Sentences {
			found = found || s.Text == w
		}
		if !found {
			t.Errorf("no sentence %q in %+v", w, d.Sentences)
		}
	}
}

func TestUTF16OffsetsMatchJavaScriptIndexes(t *testing.T) {
	src := "Prices rose 5% 😀 in “March”. Then €4 more."
	outB, _, _ := runCLI(t, src, "-tokens")
	out16, _, code := runCLI(t, src, "-tokens", "-utf16")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	b, u := decode(t, outB), decode(t, out16)
	if len(b.Tokens) != len(u.Tokens) || len(b.Tokens) == 0 {
		t.Fatalf("token counts differ: %d bytes vs %d utf16", len(b.Tokens), len(u.Tokens))
	}
	units := func(byteOff int32) int32 { return int32(len(utf16.Encode([]rune(src[:byteOff])))) }
	for i := range b.Tokens {
		if u.Tokens[i].Start != units(b.Tokens[i].Start) || u.Tokens[i].End != units(b.Tokens[i].End) {
			t.Errorf("token %d: utf16 [%d,%d), want [%d,%d)", i, u.Tokens[i].Start, u.Tokens[i].End,
				units(b.Tokens[i].Start), units(b.Tokens[i].End))
		}
	}
	for i := range b.Sentences {
		if u.Sentences[i].End != units(b.Sentences[i].End) {
			t.Errorf("sentence %d ends at %d units, want %d", i, u.Sentences[i].End, units(b.Sentences[i].End))
		}
	}
}

func TestJSONLKeepsOrderAndReportsBadLines(t *testing.T) {
	in := `{"id": 1, "text": "Unemployment fell to 4.1% in May."}
this is not json
{"id": "b", "text": ""}
{"id": 3}
{"id": {"doc": 4}, "text": "Turnout was 61 percent. It rained."}
`
	out, stderr, code := runCLI(t, in, "-jsonl")
	if code != 1 {
		t.Errorf("exit %d, want 1 after bad lines", code)
	}
	if !strings.Contains(stderr, "line 2") || !strings.Contains(stderr, "line 4") {
		t.Errorf("stderr should name lines 2 and 4: %q", stderr)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	wantIDs := []string{`1`, `"b"`, `{"doc":4}`}
	if len(lines) != len(wantIDs) {
		t.Fatalf("got %d output lines, want %d:\n%s", len(lines), len(wantIDs), out)
	}
	for i, l := range lines {
		d := decode(t, l)
		var compact bytes.Buffer
		json.Compact(&compact, d.ID)
		if compact.String() != wantIDs[i] {
			t.Errorf("line %d id %s, want %s", i+1, compact.String(), wantIDs[i])
		}
	}
	if d := decode(t, lines[1]); len(d.Sentences) != 0 {
		t.Errorf("empty text gave sentences: %+v", d.Sentences)
	}
	if d := decode(t, lines[2]); len(d.Sentences) != 2 {
		t.Errorf("want 2 sentences, got %+v", d.Sentences)
	}
}

// TestJSONLStreams checks that each result is written before the next input
// line is read, so batch jobs of any length run in constant memory.
func TestJSONLStreams(t *testing.T) {
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	done := make(chan int)
	go func() {
		done <- run([]string{"-jsonl"}, inR, outW, io.Discard)
		outW.Close()
	}()
	rd := bufio.NewReader(outR)
	for i := 0; i < 3; i++ {
		if _, err := io.WriteString(inW, `{"id":`+string(rune('0'+i))+`,"text":"It rose 3% in 2023."}`+"\n"); err != nil {
			t.Fatal(err)
		}
		line, err := rd.ReadString('\n')
		if err != nil {
			t.Fatalf("no output for line %d before more input: %v", i+1, err)
		}
		if d := decode(t, line); string(d.ID) != string(rune('0'+i)) {
			t.Errorf("line %d: id %s", i+1, d.ID)
		}
	}
	inW.Close()
	if code := <-done; code != 0 {
		t.Errorf("exit %d", code)
	}
}

func TestFilesGetTheirNames(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	os.WriteFile(a, []byte("One sentence here."), 0o644)
	os.WriteFile(b, []byte("Another one. And two."), 0o644)
	out, stderr, code := runCLI(t, "", a, filepath.Join(dir, "missing.txt"), b)
	if code != 1 || !strings.Contains(stderr, "missing.txt") {
		t.Errorf("exit %d, stderr %q: want 1 naming the missing file", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 {
		t.Fatalf("want 2 lines, got %q", out)
	}
	if d := decode(t, lines[0]); d.File != a || len(d.Sentences) != 1 {
		t.Errorf("first: %+v", d)
	}
	if d := decode(t, lines[1]); d.File != b || len(d.Sentences) != 2 {
		t.Errorf("second: %+v", d)
	}
}

func TestInvalidUTF8IsNotLost(t *testing.T) {
	src := "Bad \xff\xfe bytes. Still here."
	out, _, code := runCLI(t, src, "-tokens")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	d := decode(t, out)
	var end int32
	for _, tk := range d.Tokens {
		if tk.Start != end {
			t.Fatalf("gap before token at %d", tk.Start)
		}
		end = tk.End
	}
	if int(end) != len(src) {
		t.Errorf("tokens end at %d, input has %d bytes", end, len(src))
	}
}

// A text in another language is flagged, so that batch users can set its
// results aside; English text is not.
func TestNotEnglishIsFlagged(t *testing.T) {
	german := "Die Bundesregierung will im kommenden Jahr 12 Milliarden Euro zusätzlich in die Bahn investieren, " +
		"teilte das Verkehrsministerium am Dienstag mit. Die Inflation lag im Oktober bei 2,4 Prozent, " +
		"sagte die Statistikbehörde."
	in := `{"id":1,"text":` + jsonString(german) + "}\n" + `{"id":2,"text":` + jsonString(wire) + "}\n"
	out, _, code := runCLI(t, in, "-jsonl")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != 0 || len(lines) != 2 {
		t.Fatalf("exit %d, output %q", code, out)
	}
	if !strings.Contains(lines[0], `"not_english":true`) || strings.Contains(lines[1], "not_english") {
		t.Errorf("German line %.120s…, English line %.120s…: want not_english on the first only", lines[0], lines[1])
	}
}

func jsonString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// Amounts carry the number they state, and a range both of its ends, so a
// batch job can compare figures without parsing "€35 billion" itself.
func TestAmountsCarryTheirValues(t *testing.T) {
	out, _, code := runCLI(t, wire+" Earnings will be $3.10 to $3.25 a share.")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	d := decode(t, out)
	got := map[string][2]float64{}
	for _, s := range d.Spans {
		if s.Value != nil {
			to := *s.Value
			if s.ValueTo != nil {
				to = *s.ValueTo
			}
			got[s.Text] = [2]float64{*s.Value, to}
		} else if s.ValueTo != nil {
			t.Errorf("%q has value_to without value", s.Text)
		}
	}
	for text, want := range map[string][2]float64{"over €35 billion": {35e9, 35e9}, "5.5%": {5.5, 5.5}, "$3.10 to $3.25 a share": {3.1, 3.25}} {
		if got[text] != want {
			t.Errorf("%q has values %v, want %v (all: %v)", text, got[text], want, got)
		}
	}
}

// Money carries its currency, so that sums in euros and in crowns are
// not compared as if they were one.
func TestMoneyCarriesItsCurrency(t *testing.T) {
	out, _, code := runCLI(t, wire+" Sales were 2.4 billion Swedish crowns, or $230 million.")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	got := map[string]string{}
	for _, s := range decode(t, out).Spans {
		if s.Currency != "" {
			got[s.Text] = s.Currency
		}
	}
	want := map[string]string{"over €35 billion": "€", "2.4 billion Swedish crowns": "SEK", "$230 million": "$"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("currencies %q, want %q", got, want)
	}
}

// A quantity or percent carries its unit when the text names one, so
// that 11.2 percentage points are not read as 11.2%, and odds as a price.
func TestQuantityCarriesItsUnit(t *testing.T) {
	out, _, code := runCLI(t, "Support rose 11.2 percentage points. It hit 47.3C. Silver Arrow was the 11/4 favourite. About 20,000 people came.")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	got := map[string]string{}
	for _, s := range decode(t, out).Spans {
		if s.Unit != "" {
			got[s.Text] = s.Unit
		}
	}
	want := map[string]string{"11.2 percentage points": "points", "47.3C": "°C", "11/4 favourite": "11/4 odds"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("units %q, want %q", got, want)
	}
}

// The output has one shape whatever the text: a program reading it need
// not guard against missing keys, and a speaker no one can name is told
// apart from one named in full.
func TestOutputKeysAreAlwaysThere(t *testing.T) {
	out, _, code := runCLI(t, "Hello there.")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	var raw map[string]any
	if err := json.Unmarshal([]byte(out), &raw); err != nil {
		t.Fatal(err)
	}
	if spans, ok := raw["spans"].([]any); !ok || len(spans) != 0 {
		t.Errorf(`spans = %v, want []`, raw["spans"])
	}
	sent := raw["sentences"].([]any)[0].(map[string]any)
	for _, key := range []string{"types", "reasons"} {
		if _, ok := sent[key].([]any); !ok {
			t.Errorf("sentence %s = %v, want a list", key, sent[key])
		}
	}

	out, _, _ = runCLI(t, `Sarah Jones said so. "No," he said. "Yes," Secretary-General Mark Tervoort said.`)
	if err := json.Unmarshal([]byte(out), &raw); err != nil {
		t.Fatal(err)
	}
	names := map[string]any{}
	for _, s := range raw["spans"].([]any) {
		if s := s.(map[string]any); s["kind"] == "speaker" {
			name, ok := s["name"]
			if !ok {
				t.Errorf("speaker %q has no name key", s["text"])
			}
			names[s["text"].(string)] = name
		}
	}
	want := map[string]any{"Sarah Jones": "Sarah Jones", "he": nil, "Secretary-General Mark Tervoort": "Mark Tervoort"}
	if !reflect.DeepEqual(names, want) {
		t.Errorf("speaker names %v, want %v", names, want)
	}
}

// A sentence carries the index of the speaker span its words are
// attributed to, and no speaker key when they are no one's.
func TestSentencesCarryTheirSpeaker(t *testing.T) {
	out, _, code := runCLI(t, wire, "-text")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	d := decode(t, out)
	got := map[string]string{}
	for _, s := range d.Sentences {
		if s.Speaker == nil {
			got[s.Text] = ""
			continue
		}
		sp := d.Spans[*s.Speaker]
		if sp.Kind != "speaker" {
			t.Errorf("%q: speaker %d is a %s span", s.Text, *s.Speaker, sp.Kind)
		}
		got[s.Text] = sp.Text
	}
	want := map[string]string{
		"THE HAGUE —": "", // a dateline
		"NATO allies will spend over €35 billion on air defence next year, officials said.":       "officials",
		"“This is the largest investment in a generation,” Secretary-General Mark Tervoort said.": "Secretary-General Mark Tervoort",
		"Advertisement":                          "",
		"Spending rose 5.5% in 2024 in the U.S.": "",
		"The rise was smaller in Europe.":        "",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("speakers %q, want %q", got, want)
	}
	var raw map[string]any
	if err := json.Unmarshal([]byte(out), &raw); err != nil {
		t.Fatal(err)
	}
	for _, s := range raw["sentences"].([]any) {
		s := s.(map[string]any)
		if v, ok := s["speaker"]; ok && strings.HasPrefix(s["text"].(string), "Advertisement") {
			t.Errorf("Advertisement has speaker %v, want no key", v)
		}
	}
}
