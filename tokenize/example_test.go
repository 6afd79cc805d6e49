package tokenize_test

import (
	"fmt"

	"github.com/claimlight/claimlight/tokenize"
)

func ExampleAppend() {
	src := []byte("In the U.S., “it’s” $35bn.")
	for _, t := range tokenize.Append(nil, src) {
		if t.Kind != tokenize.Space {
			fmt.Printf("%d-%d %s %s\n", t.Start, t.End, t.Kind, t.Text(src))
		}
	}
	// Output:
	// 0-2 word In
	// 3-6 word the
	// 7-11 abbrev U.S.
	// 11-12 punct ,
	// 13-16 open_quote “
	// 16-22 word it’s
	// 22-25 close_quote ”
	// 26-27 currency $
	// 27-31 number 35bn
	// 31-32 punct .
}

func ExampleClassifyAbbrev() {
	for _, s := range []string{"Mr.", "No.", "Sept.", "J.", "U.S.", "the"} {
		fmt.Println(s, tokenize.ClassifyAbbrev([]byte(s)) != tokenize.NotAbbrev)
	}
	// Output:
	// Mr. true
	// No. true
	// Sept. true
	// J. true
	// U.S. true
	// the false
}
