package main

import (
	"bytes"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
)

// articles are the news-like texts the benchmark runs on, written for this
// project (see testdata/).
//
//go:embed testdata/*.txt
var articles embed.FS

// loadParagraphs reads every article under testdata/, in name order, and
// returns their paragraphs (runs of text separated by blank lines), with the
// headline of each article as its own paragraph.
func loadParagraphs() ([][]byte, error) {
	names, err := fs.Glob(articles, "testdata/*.txt")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	var paras [][]byte
	for _, name := range names {
		b, err := articles.ReadFile(path.Clean(name))
		if err != nil {
			return nil, err
		}
		paras = append(paras, splitParagraphs(b)...)
	}
	if len(paras) == 0 {
		return nil, fmt.Errorf("bench: no articles in testdata/")
	}
	return paras, nil
}

// splitParagraphs cuts b at blank lines and drops empty paragraphs.
func splitParagraphs(b []byte) [][]byte {
	var out [][]byte
	for _, p := range bytes.Split(bytes.ReplaceAll(b, []byte("\r\n"), []byte("\n")), []byte("\n\n")) {
		p = bytes.TrimSpace(p)
		if len(p) > 0 {
			out = append(out, p)
		}
	}
	return out
}

// bySize builds a text of at most limit bytes (and at least one paragraph) by
// cycling through paras, joined by blank lines, stopping before the first
// paragraph that would not fit.
func bySize(paras [][]byte, limit int) []byte {
	var buf bytes.Buffer
	for i := 0; ; i++ {
		p := paras[i%len(paras)]
		extra := len(p)
		if buf.Len() > 0 {
			extra += 2
		}
		if buf.Len() > 0 && buf.Len()+extra > limit {
			return buf.Bytes()
		}
		if buf.Len() > 0 {
			buf.WriteString("\n\n")
		}
		buf.Write(p)
	}
}

// byWords builds a text of at least words words (runs of non-space bytes)
// by cycling through paras, joined by blank lines, ending with the paragraph
// that reaches the count.
func byWords(paras [][]byte, words int) []byte {
	var buf bytes.Buffer
	n := 0
	for i := 0; n < words; i++ {
		p := paras[i%len(paras)]
		if buf.Len() > 0 {
			buf.WriteString("\n\n")
		}
		buf.Write(p)
		n += len(bytes.Fields(p))
	}
	return buf.Bytes()
}

// countWords counts runs of non-space bytes in b, the measure "words" means
// in every table this command prints.
func countWords(b []byte) int { return len(bytes.Fields(b)) }
