// Command eval measures claimlight against the shared data sets: sentence
// splitting, token boundaries and check-worthiness.
//
//	go run ./cmd/eval -data ../shared/data [-only segment|tokens|claims] [-v]
//
// It prints Markdown tables to standard output. It needs the data folder; the
// project itself builds and tests without it.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
)

func main() {
	data := flag.String("data", "../shared/data", "path to the shared data folder")
	only := flag.String("only", "", "run one evaluation: segment, tokens or claims")
	verbose := flag.Bool("v", false, "list every disagreement")
	flag.Parse()
	evals := []struct {
		name string
		run  func(dir string, w io.Writer, verbose bool) error
	}{
		{"segment", evalSegmentation},
		{"tokens", evalTokens},
		{"claims", evalClaims},
	}
	failed := false
	for _, e := range evals {
		if *only != "" && *only != e.name {
			continue
		}
		if err := e.run(*data, os.Stdout, *verbose); err != nil {
			fmt.Fprintf(os.Stderr, "eval %s: %v\n", e.name, err)
			failed = true
		}
	}
	if failed {
		os.Exit(1)
	}
}
