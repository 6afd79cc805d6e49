// Command claimlight finds the sentences of a text that make factual claims
// worth checking, and prints them as JSON.
//
// Usage:
//
//	claimlight [flags] [file ...]
//
// With no files it reads standard input. For one input it prints one JSON
// object; for several files, one object per line, each with a "file" field.
// Offsets are UTF-8 byte offsets into the input, or UTF-16 code units with
// -utf16 (what JavaScript strings count).
//
// Batch mode, -jsonl, reads lines of {"id": ..., "text": "..."} and writes one
// line {"id": ..., ...} per input line, in order, streaming: memory stays the
// same however many lines come. A line that cannot be read is reported on
// standard error with its line number; the others are still processed, and
// the exit status is 1 at the end.
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/claimlight/claimlight"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// maxLine is the longest -jsonl input line accepted, in bytes.
const maxLine = 64 << 20

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("claimlight", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var opt options
	fs.BoolVar(&opt.tokens, "tokens", false, "include the tokens")
	fs.BoolVar(&opt.utf16, "utf16", false, "give offsets in UTF-16 code units instead of bytes")
	fs.BoolVar(&opt.text, "text", false, "include each sentence's text")
	fs.BoolVar(&opt.segmentOnly, "segment", false, "only tokenize and split sentences (no claims)")
	jsonl := fs.Bool("jsonl", false, `batch mode: read lines of {"id":...,"text":"..."}, write one result line each`)
	version := fs.Bool("version", false, "print the engine version and exit")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: claimlight [flags] [file ...]\n\nReads text from the files, or standard input, and prints the sentences\nthat make claims worth checking as JSON.\n\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *version {
		fmt.Fprintln(stdout, claimlight.Version)
		return 0
	}
	w := bufio.NewWriterSize(stdout, 64<<10)
	defer w.Flush()
	if *jsonl {
		if fs.NArg() > 0 {
			fmt.Fprintln(stderr, "claimlight: -jsonl reads standard input; give no files")
			return 2
		}
		return batch(stdin, w, stderr, opt)
	}
	if fs.NArg() == 0 {
		src, err := io.ReadAll(stdin)
		if err != nil {
			fmt.Fprintf(stderr, "claimlight: reading standard input: %v\n", err)
			return 1
		}
		if err := writeDoc(w, nil, "", src, opt); err != nil {
			fmt.Fprintf(stderr, "claimlight: %v\n", err)
			return 1
		}
		return 0
	}
	status := 0
	for _, name := range fs.Args() {
		src, err := os.ReadFile(name)
		if err != nil {
			fmt.Fprintf(stderr, "claimlight: %v\n", err)
			status = 1
			continue
		}
		file := ""
		if fs.NArg() > 1 {
			file = name
		}
		if err := writeDoc(w, nil, file, src, opt); err != nil {
			fmt.Fprintf(stderr, "claimlight: %s: %v\n", name, err)
			status = 1
		}
	}
	return status
}

// batch runs -jsonl mode.
func batch(r io.Reader, w *bufio.Writer, stderr io.Writer, opt options) int {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), maxLine)
	status, line := 0, 0
	for sc.Scan() {
		line++
		b := sc.Bytes()
		if len(trimSpace(b)) == 0 {
			continue
		}
		var in struct {
			ID   json.RawMessage `json:"id"`
			Text *string         `json:"text"`
		}
		if err := json.Unmarshal(b, &in); err != nil {
			fmt.Fprintf(stderr, "claimlight: line %d: not a JSON object with \"id\" and \"text\": %v\n", line, err)
			status = 1
			continue
		}
		if in.Text == nil {
			fmt.Fprintf(stderr, "claimlight: line %d: no \"text\" field\n", line)
			status = 1
			continue
		}
		id := in.ID
		if len(id) == 0 {
			id = json.RawMessage("null")
		}
		if err := writeDoc(w, id, "", []byte(*in.Text), opt); err != nil {
			fmt.Fprintf(stderr, "claimlight: line %d: %v\n", line, err)
			status = 1
		}
		// Stream: each result leaves as soon as it is ready.
		if err := w.Flush(); err != nil {
			fmt.Fprintf(stderr, "claimlight: writing: %v\n", err)
			return 1
		}
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			fmt.Fprintf(stderr, "claimlight: line %d: longer than %d bytes; stopped\n", line+1, maxLine)
		} else {
			fmt.Fprintf(stderr, "claimlight: reading standard input: %v\n", err)
		}
		return 1
	}
	return status
}

func trimSpace(b []byte) []byte {
	for len(b) > 0 && (b[0] == ' ' || b[0] == '\t' || b[0] == '\r') {
		b = b[1:]
	}
	for len(b) > 0 && (b[len(b)-1] == ' ' || b[len(b)-1] == '\t' || b[len(b)-1] == '\r') {
		b = b[:len(b)-1]
	}
	return b
}
