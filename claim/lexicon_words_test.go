package claim

import (
	"go/ast"
	"go/parser"
	"go/token"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/claimlight/claimlight/tokenize"
)

// TestWordTexts checks the words annotator.word compares with: each is
// spelled only with the bytes word can fold to (so that a word's id is that
// of its lower case), each has one id, and each constant's name spells its
// word.
func TestWordTexts(t *testing.T) {
	seen := map[string]wordID{}
	for id, w := range wordTexts {
		if id == 0 {
			continue
		}
		if w == "" || strings.Trim(w, "abcdefghijklmnopqrstuvwxyz0123456789-'.") != "" {
			t.Errorf("word %d %q: want lower-case ASCII letters, digits, \"-\", \"'\" and \".\"", id, w)
		}
		if prev, ok := seen[w]; ok {
			t.Errorf("word %q has ids %d and %d", w, prev, id)
		}
		seen[w] = wordID(id)
		if e := lexEntry(annWordHash(w)); e.id != wordID(id) {
			t.Errorf("word %q: the lexicon table gives id %d, want %d", w, e.id, id)
		}
	}
	for id := wdNone + 1; id < numWordConsts; id++ {
		w := wordConsts[id]
		if w == "" || !unicode.IsLower(rune(w[0])) {
			t.Errorf("constant %d: %q", id, w)
		}
		if id > 1 && wordConsts[id-1] >= w {
			t.Errorf("constants %q and %q are out of order", wordConsts[id-1], w)
		}
	}
	// The name of each constant spells its word.
	f, err := parser.ParseFile(token.NewFileSet(), "lexicon_words.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	ast.Inspect(f, func(x ast.Node) bool {
		kv, ok := x.(*ast.KeyValueExpr)
		if !ok {
			return true
		}
		name, _ := kv.Key.(*ast.Ident)
		lit, _ := kv.Value.(*ast.BasicLit)
		if name == nil || lit == nil {
			return true
		}
		w, _ := strconv.Unquote(lit.Value)
		if want := wordConstName(w); name.Name != want {
			t.Errorf("%s: %q, want the name %s", name.Name, w, want)
		}
		n++
		return true
	})
	if n != int(numWordConsts)-1 {
		t.Errorf("checked %d names, want %d", n, numWordConsts-1)
	}
}

// wordConstName is the name of the constant for the word w.
func wordConstName(w string) string {
	name, dot := "wd", strings.HasSuffix(w, ".")
	for _, part := range strings.FieldsFunc(strings.TrimSuffix(w, "."), func(r rune) bool { return r == '-' || r == '\'' || r == '.' }) {
		name += strings.ToUpper(part[:1]) + part[1:]
	}
	if dot {
		name += "Dot"
	}
	return name
}

// TestWordFolds checks that word matches a position's text in any case and
// nothing else, whichever way its id was found.
func TestWordFolds(t *testing.T) {
	src := []byte("According to THE Op-Ed, o'clock a.m. thee www.x.org The’s ACCORDING")
	toks := tokenize.Append(nil, src)
	a := newAnnotator(src, toks, nil)
	want := map[int]wordID{0: wdAccording, 1: wdTo, 2: wdThe, 3: wdOpEd, 5: wdOClock, 6: wdAMDot, 10: wdAccording}
	for i := range a.n {
		for _, w := range []wordID{wdAccording, wdTo, wdThe, wdOpEd, wdOClock, wdAMDot} {
			if got := a.word(i, w); got != (want[i] == w) {
				t.Errorf("position %d %q: word(%q) = %v", i, a.text(i), wordTexts[w], got)
			}
		}
	}
}

func TestSplitList(t *testing.T) {
	got := splitList("Alpha|beta gamma\n\t  In  the\tCity | // a comment\n||ZÜRICH|\r\n")
	want := []string{"alpha", "beta gamma", "in the city", "zürich"}
	if !slices.Equal(got, want) {
		t.Errorf("splitList = %q, want %q", got, want)
	}
	if s := lowerString("already lower"); s != "already lower" {
		t.Errorf("lowerString changed %q", s)
	}
}

// firstOfEntity knows the first words of built-in names, with or without a
// final "'s", in any case, and passes over others.
func TestFirstOfEntity(t *testing.T) {
	for _, w := range []string{"NATO", "nato's", "Bank", "BANK'S", "Brussels", "new york", "Kyiv's", "Zürich"} {
		if !firstOfEntity([]byte(w)) {
			t.Errorf("firstOfEntity(%q) = false", w)
		}
	}
	for _, w := range []string{"zzyzx", "Zzyzx's", "'s", "s"} {
		if firstOfEntity([]byte(w)) {
			t.Errorf("firstOfEntity(%q) = true", w)
		}
	}
}

// TestPhraseSecond checks that each phrase's second is the id of its
// second word, 0 for a phrase of one word.
func TestPhraseSecond(t *testing.T) {
	n := 0
	for id, ps := range phrasesByID {
		for k, p := range ps {
			want := wordID(0)
			if len(p.ids) > 0 {
				want = p.ids[0]
				n++
			}
			if p.second != want {
				t.Errorf("%q phrase %d: second %d, want %d", wordTexts[id], k, p.second, want)
			}
		}
	}
	if n == 0 {
		t.Error("no phrase of two words or more")
	}
}

// TestWordIn checks wordIn against the words of its list, their prefixes
// and extensions, and words across the spaces.
func TestWordIn(t *testing.T) {
	const list = "he she they it i tick ticks"
	for _, c := range []struct {
		t    string
		want bool
	}{
		{"he", true}, {"she", true}, {"they", true}, {"it", true}, {"i", true}, {"tick", true}, {"ticks", true},
		{"", false}, {"h", false}, {"the", false}, {"e", false}, {"s", false}, {"tic", false}, {"ticked", false},
		{"he she", false}, {"it i", false}, {" he", false}, {"he ", false}, {"He", false}, {"ticksx", false},
	} {
		if got := wordIn(list, []byte(c.t)); got != c.want {
			t.Errorf("wordIn(%q, %q) = %v, want %v", list, c.t, got, c.want)
		}
	}
	if wordIn("", []byte("a")) {
		t.Errorf("wordIn of an empty list is true")
	}
}

// TestHashAtAndStemHash checks that hashAt and stemHash, which hash ASCII
// text as they lower it, give the hashes of lowerInto's text, and of
// stripPoss's, for ASCII and other text.
func TestHashAtAndStemHash(t *testing.T) {
	src := []byte("Berg's BERG'S Orbán’s Orbán's ÉLYSÉE it's x's 's S Anna Berg’S Müller mcdonald's O'Neill 1990's")
	toks := tokenize.Append(nil, src)
	a := newAnnotator(src, toks, nil)
	for i := range a.n {
		lower := lowerInto(nil, a.text(i))
		if got, want := a.hashAt(i), annHash(lower); got != want {
			t.Errorf("hashAt(%q) = %x, want %x", a.text(i), got, want)
		}
		if got, want := a.stemHash(i), annHash(stripPoss(lower)); got != want {
			t.Errorf("stemHash(%q) = %x, want %x", a.text(i), got, want)
		}
	}
}
