// Package claimdata reads the check-worthiness data sets named in the shared
// data folder's README (CLEF CheckThat! 2024 Task 1 English TSVs and the
// CLEF 2019 Task 1 debates), turns them into training samples, and measures
// rankings and thresholds. cmd/train and cmd/eval share it.
package claimdata

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"github.com/claimlight/claimlight/claim"
)

// File names of the CT24 release inside the claims folder.
const (
	TrainFile   = "CT24_checkworthy_english_train.tsv"
	DevFile     = "CT24_checkworthy_english_dev.tsv"
	DevTestFile = "CT24_checkworthy_english_dev-test.tsv"
	CLEF2019Dir = "clef2019_train"
)

// Sentence is one labelled sentence.
type Sentence struct {
	ID      string
	Speaker string // CLEF 2019 only
	Text    string
	Label   bool
}

// Stats counts what reading a file did.
type Stats struct {
	Lines     int // data lines read, header excluded
	Sentences int // sentences kept
	Recovered int // sentences split off lines that held two joined records
	Skipped   int // lines that could not be parsed
}

// unquote undoes the CSV-style quoting of a TSV field: "a ""b"" c" -> a "b" c.
func unquote(s string) string {
	if len(s) >= 2 && s[0] == '"' && s[len(s)-1] == '"' {
		return strings.ReplaceAll(s[1:len(s)-1], `""`, `"`)
	}
	return s
}

func parseLabel(s string) (bool, bool) {
	switch strings.TrimSpace(s) {
	case "Yes", "yes", "1":
		return true, true
	case "No", "no", "0":
		return false, true
	}
	return false, false
}

// CT24 holds the three CT24 files: train, dev and dev-test.
type CT24 struct {
	Train, Dev, DevTest []Sentence
	TrainStats          Stats // how the train file read, with its known joined line
}

// ReadCT24Dir reads the three CT24 files from dir.
func ReadCT24Dir(dir string) (CT24, error) {
	var c CT24
	var err error
	if c.Train, c.TrainStats, err = ReadCT24(filepath.Join(dir, TrainFile)); err != nil {
		return c, err
	}
	if c.Dev, _, err = ReadCT24(filepath.Join(dir, DevFile)); err != nil {
		return c, err
	}
	c.DevTest, _, err = ReadCT24(filepath.Join(dir, DevTestFile))
	return c, err
}

// ReadCT24 reads a CT24 TSV (Sentence_id, Text, class_label, with a header).
// A line holding two joined records, whose middle field reads like "No29286",
// is split back into both; other malformed lines are skipped and counted.
func ReadCT24(path string) ([]Sentence, Stats, error) {
	var st Stats
	f, err := os.Open(path)
	if err != nil {
		return nil, st, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	var out []Sentence
	first := true
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), "\r")
		if first {
			first = false
			if strings.HasPrefix(line, "Sentence_id") {
				continue
			}
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		st.Lines++
		fields := strings.Split(line, "\t")
		switch {
		case len(fields) == 3:
			lab, ok := parseLabel(fields[2])
			if !ok {
				st.Skipped++
				continue
			}
			out = append(out, Sentence{ID: fields[0], Text: unquote(fields[1]), Label: lab})
		case len(fields) == 5:
			// "id1 text1 No29286 text2 No": two records joined.
			mid := fields[2]
			k := strings.IndexFunc(mid, unicode.IsDigit)
			lab1, ok1 := false, false
			if k > 0 {
				lab1, ok1 = parseLabel(mid[:k])
			}
			lab2, ok2 := parseLabel(fields[4])
			if !ok1 || !ok2 {
				st.Skipped++
				continue
			}
			out = append(out,
				Sentence{ID: fields[0], Text: unquote(fields[1]), Label: lab1},
				Sentence{ID: mid[k:], Text: unquote(fields[3]), Label: lab2})
			st.Recovered++
		default:
			st.Skipped++
		}
	}
	st.Sentences = len(out)
	return out, st, sc.Err()
}

// Doc is one whole CLEF 2019 debate or speech.
type Doc struct {
	Name      string
	Sentences []Sentence
}

// ReadCLEF2019 reads every .tsv file of dir (line number, speaker, text,
// label 0/1, no header), in name order. Lines whose label is not 0 or 1 are
// skipped and counted.
func ReadCLEF2019(dir string) ([]Doc, Stats, error) {
	var st Stats
	names, err := filepath.Glob(filepath.Join(dir, "*.tsv"))
	if err != nil {
		return nil, st, err
	}
	sort.Strings(names)
	var docs []Doc
	for _, name := range names {
		data, err := os.ReadFile(name)
		if err != nil {
			return nil, st, err
		}
		d := Doc{Name: strings.TrimSuffix(filepath.Base(name), ".tsv")}
		for _, line := range bytes.Split(data, []byte("\n")) {
			l := strings.TrimRight(string(line), "\r")
			if strings.TrimSpace(l) == "" {
				continue
			}
			st.Lines++
			fields := strings.Split(l, "\t")
			if len(fields) != 4 {
				st.Skipped++
				continue
			}
			lab, ok := parseLabel(fields[3])
			if !ok {
				st.Skipped++
				continue
			}
			d.Sentences = append(d.Sentences, Sentence{ID: fields[0], Speaker: fields[1], Text: unquote(fields[2]), Label: lab})
		}
		st.Sentences += len(d.Sentences)
		docs = append(docs, d)
	}
	if len(docs) == 0 {
		return nil, st, fmt.Errorf("claimdata: no .tsv files in %s", dir)
	}
	return docs, st, nil
}

// Normalize reduces a sentence to its lower-cased letters and digits, single
// spaced, for finding the same sentence in two corpora.
func Normalize(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		} else {
			space = true
		}
	}
	return b.String()
}

// Samples extracts the features of sents under cfg.
func Samples(sents []Sentence, cfg claim.FeatureConfig) []claim.Sample {
	out := make([]claim.Sample, len(sents))
	for i, s := range sents {
		out[i] = claim.Sample{Features: claim.TextFeatures(nil, cfg, []byte(s.Text)), Label: s.Label}
	}
	return out
}

// Labels returns the labels of sents.
func Labels(sents []Sentence) []bool {
	out := make([]bool, len(sents))
	for i, s := range sents {
		out[i] = s.Label
	}
	return out
}
