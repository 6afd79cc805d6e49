package claim

import (
	"bytes"
	"fmt"
	"go/format"
	"maps"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestLexiconGenerated checks that lexicon_gen.go is what the word lists
// of lexicon_src.go make; with -update (go generate ./claim) it rewrites
// the file.
func TestLexiconGenerated(t *testing.T) {
	got, err := renderLexicon(lexiconSource())
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile("lexicon_gen.go", got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile("lexicon_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("lexicon_gen.go is stale: run go generate ./claim")
	}
}

// TestLexiconLoaded checks the tables loadLexicon built against the word
// lists.
func TestLexiconLoaded(t *testing.T) {
	s := lexiconSource()
	for w, f := range s.words {
		c := lexByHash(annWordHash(w))
		if flagSets[c] != f {
			t.Errorf("word %q: classes %#x, want %#x", w, flagSets[c], f)
		}
		if got := flagSets[possClass[c]]; got != f&^possMask {
			t.Errorf("word %q: possessive classes %#x, want %#x", w, got, f&^possMask)
		}
		if lexFlags([]byte(w)) != f {
			t.Errorf("lexFlags(%q) = %#x, want %#x", w, lexFlags([]byte(w)), f)
		}
	}
	if f := lexFlags([]byte("zzyzx")); f != 0 {
		t.Errorf("lexFlags of a word not listed = %#x", f)
	}
	for name, k := range s.entities {
		if got, ok := entityKind([]byte(name)); !ok || got != k {
			t.Errorf("entityKind(%q) = %v, %v; want %v", name, got, ok, k)
		}
		first, _, _ := strings.Cut(name, " ")
		if !entityFirsts.has(annWordHash(first)) {
			t.Errorf("entity %q: first word %q not in entityFirsts", name, first)
		}
	}
	if k, ok := entityKind([]byte("atlantis")); ok {
		t.Errorf("entityKind(atlantis) = %v", k)
	}
	for id, w := range wordTexts[1:] {
		if e := lexEntry(annWordHash(w)); int(e.id) != id+1 {
			t.Errorf("word %q: id %d, want %d", w, e.id, id+1)
		}
	}
	for _, first := range s.phraseFirsts {
		want := s.phrases[first]
		id := lexEntry(annWordHash(first)).id
		if id == 0 || wordTexts[id] != first {
			t.Errorf("phrase word %q: id %d", first, id)
			continue
		}
		got := phrasesByID[id]
		if len(got) != len(want) {
			t.Errorf("phrases of %q: %d, want %d", first, len(got), len(want))
			continue
		}
		for i, p := range got {
			words := []string{first}
			for _, id := range p.ids {
				words = append(words, wordTexts[id])
			}
			if !slices.Equal(words, want[i].words) || p.kind != want[i].kind || p.cond != want[i].cond {
				t.Errorf("phrase %d of %q: %q %v %v, want %q %v %v", i, first, words, p.kind, p.cond, want[i].words, want[i].kind, want[i].cond)
			}
		}
	}
}

// renderLexicon returns the Go source of lexicon_gen.go for the lists s.
func renderLexicon(s *lexSource) ([]byte, error) {
	// Word ids: the constants, then the words of phrases, in the order of
	// the phrase table.
	texts := slices.Clone(wordConsts[:])
	ids := map[string]wordID{}
	for id, w := range texts[1:] {
		ids[w] = wordID(id + 1)
	}
	idOf := func(w string) wordID {
		if id, ok := ids[w]; ok {
			return id
		}
		texts = append(texts, w)
		ids[w] = wordID(len(texts) - 1)
		return ids[w]
	}
	for _, first := range s.phraseFirsts {
		for _, p := range s.phrases[first] {
			for _, w := range p.words[1:] {
				idOf(w)
			}
		}
		idOf(first)
	}
	if len(texts) > 1<<16 {
		return nil, fmt.Errorf("%d words, too many for wordID", len(texts))
	}

	// Classes, numbered in the order of their flags, then the same less
	// possMask.
	index := map[wflag]uint8{}
	var sets []wflag
	class := func(f wflag) (uint8, error) {
		c, ok := index[f]
		if !ok {
			if len(sets) > 255 {
				return 0, fmt.Errorf("more than 256 sets of word classes")
			}
			c = uint8(len(sets))
			index[f] = c
			sets = append(sets, f)
		}
		return c, nil
	}
	class(0)
	for _, f := range slices.Sorted(maps.Values(s.words)) {
		if _, err := class(f); err != nil {
			return nil, err
		}
	}
	for i := 0; i < len(sets); i++ {
		if _, err := class(sets[i] &^ possMask); err != nil {
			return nil, err
		}
	}
	var classes []byte
	for _, w := range texts[1:] {
		classes = append(classes, index[s.words[w]])
	}
	var others []string
	for _, w := range slices.Sorted(maps.Keys(s.words)) {
		if _, ok := ids[w]; !ok {
			others = append(others, w)
			classes = append(classes, index[s.words[w]])
		}
	}
	lexBits := 0
	for 1<<lexBits < 4*len(classes) {
		lexBits++
	}

	var names [2][]string
	for _, name := range slices.Sorted(maps.Keys(s.entities)) {
		switch s.entities[name] {
		case Org:
			names[0] = append(names[0], name)
		case Place:
			names[1] = append(names[1], name)
		default:
			return nil, fmt.Errorf("entity %q: kind %v", name, s.entities[name])
		}
	}
	entityBits := 0
	for 1<<entityBits < 2*len(s.entities) {
		entityBits++
	}

	var phrases []byte
	nPhrases, nIDs := 0, 0
	u16 := func(id wordID) { phrases = append(phrases, byte(id), byte(id>>8)) }
	for _, first := range s.phraseFirsts {
		ps := s.phrases[first]
		if len(ps) > 255 {
			return nil, fmt.Errorf("%d phrases start with %q", len(ps), first)
		}
		u16(ids[first])
		phrases = append(phrases, byte(len(ps)))
		for _, p := range ps {
			if len(p.words) > 256 {
				return nil, fmt.Errorf("phrase %q is too long", p.words)
			}
			phrases = append(phrases, byte(p.kind), byte(p.cond), byte(len(p.words)-1))
			for _, w := range p.words[1:] {
				u16(ids[w])
			}
			nPhrases++
			nIDs += len(p.words) - 1
		}
	}

	for _, list := range [][]string{texts[1:], others, names[0], names[1]} {
		for _, w := range list {
			if w == "" || strings.Contains(w, "|") {
				return nil, fmt.Errorf("word %q: empty or holds \"|\"", w)
			}
		}
	}

	var b bytes.Buffer
	b.WriteString("// Code generated by \"go test -run ^TestLexiconGenerated$ -update\" (go generate) from lexicon_src.go; DO NOT EDIT.\n\npackage claim\n\n")
	fmt.Fprintf(&b, "// lexTableBits is the base-2 logarithm of the length of lexTable, for %d words.\nconst lexTableBits = %d\n\n", len(classes), lexBits)
	b.WriteString("// lexWordTexts holds wordTexts[1:], separated by \"|\": the words of\n// wordConsts, then those of the phrase table that are not among them.\n")
	writeConst(&b, "lexWordTexts", texts[1:])
	b.WriteString("// lexOtherWords holds the words of the lexicon that have no wordID,\n// front-coded (see unfront).\n")
	writeConst(&b, "lexOtherWords", frontCode(others))
	b.WriteString("// lexClasses holds the classes, as an index into flagSets, of each word of\n// wordTexts[1:], then of each word of lexOtherWords.\nconst lexClasses = \"\" +\n")
	for i := 0; i < len(classes); i += 32 {
		b.WriteString("\t" + strconv.Quote(string(classes[i:min(i+32, len(classes))])))
		if i+32 < len(classes) {
			b.WriteString(" +")
		}
		b.WriteString("\n")
	}
	b.WriteString("\nvar flagSets = [256]wflag{")
	for i, f := range sets {
		if i%6 == 0 {
			b.WriteString("\n\t")
		} else {
			b.WriteString(" ")
		}
		fmt.Fprintf(&b, "%#x,", f)
	}
	b.WriteString("\n}\n\nvar possClass = [256]uint8{")
	for i, f := range sets {
		if i%16 == 0 {
			b.WriteString("\n\t")
		} else {
			b.WriteString(" ")
		}
		fmt.Fprintf(&b, "%d,", index[f&^possMask])
	}
	b.WriteString("\n}\n\n")
	fmt.Fprintf(&b, "// entityTableBits is the base-2 logarithm of the length of entityTable,\n// for %d names.\nconst entityTableBits = %d\n\n", len(s.entities), entityBits)
	b.WriteString("// orgNames and placeNames hold the built-in names of organisations and\n// places, front-coded (see unfront).\n")
	writeConst(&b, "orgNames", frontCode(names[0]))
	writeConst(&b, "placeNames", frontCode(names[1]))
	fmt.Fprintf(&b, "// lexPhrases holds the phrase table, by first word in the order of the\n"+
		"// lists: the word's id (two bytes, little-endian), the number of its\n"+
		"// phrases, then for each its Kind, phraseCond, number of words after the\n"+
		"// first and their ids.\n"+
		"const lexPhrases = \"\" +\n")
	for i := 0; i < len(phrases); i += 32 {
		b.WriteString("\t" + strconv.Quote(string(phrases[i:min(i+32, len(phrases))])))
		if i+32 < len(phrases) {
			b.WriteString(" +")
		}
		b.WriteString("\n")
	}
	fmt.Fprintf(&b, "\n// The numbers of phrases and of ids after their first words in lexPhrases.\nconst (\n\tlexNumPhrases = %d\n\tlexNumPhraseIDs = %d\n)\n", nPhrases, nIDs)
	return format.Source(b.Bytes())
}

// writeConst writes the constant name, its words joined by "|", over lines
// of about 100 bytes.
// frontCode writes words as unfront reads them: each word as the number
// of bytes it shares with the word before it, as the byte '0'+n, and the
// rest of it.
func frontCode(words []string) []string {
	out := make([]string, len(words))
	prev := ""
	for i, w := range words {
		n := 0
		for n < min(len(w), len(prev), 60) && w[n] == prev[n] {
			n++
		}
		out[i] = string(rune('0'+n)) + w[n:]
		prev = w
	}
	return out
}

func writeConst(b *bytes.Buffer, name string, words []string) {
	fmt.Fprintf(b, "const %s = \"\" +\n", name)
	line := ""
	for i, w := range words {
		if i > 0 {
			w = "|" + w
		}
		if len(line)+len(w) > 100 {
			fmt.Fprintf(b, "\t%s +\n", strconv.Quote(line))
			line = ""
		}
		line += w
	}
	fmt.Fprintf(b, "\t%s\n\n", strconv.Quote(line))
}
