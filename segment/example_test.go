package segment_test

import (
	"fmt"

	"github.com/claimlight/claimlight/segment"
	"github.com/claimlight/claimlight/tokenize"
)

func ExampleAppend() {
	src := []byte("WASHINGTON (Reuters) - Exports to the U.S. rose 4% in March. “That is a record,” Mr. Lee said.\nAdvertisement")
	toks := tokenize.Append(nil, src)
	for _, s := range segment.Append(nil, src, toks) {
		fmt.Printf("%d %s: %s\n", s.Para, s.Role, s.Text(src))
	}
	// Output:
	// 0 dateline: WASHINGTON (Reuters) -
	// 0 body: Exports to the U.S. rose 4% in March.
	// 0 body: “That is a record,” Mr. Lee said.
	// 1 furniture: Advertisement
}

// Hard-wrapped text: line breaks inside a paragraph are read as spaces, so
// a sentence spans lines; Start and End stay byte offsets into the source.
func ExampleAppend_wrapped() {
	src := []byte("Exports to the U.S. rose 4 percent in March, the trade ministry\n" +
		"said on Tuesday, the fastest pace in two years. Imports from the U.S.\n" +
		"fell 2 percent over the same period.\n\nKey points\n- Exports rose\n")
	toks := tokenize.Append(nil, src)
	for _, s := range segment.Append(nil, src, toks) {
		fmt.Printf("%d %s [%d,%d): %q\n", s.Para, s.Role, s.Start, s.End, s.Text(src))
	}
	// Output:
	// 0 body [0,111): "Exports to the U.S. rose 4 percent in March, the trade ministry\nsaid on Tuesday, the fastest pace in two years."
	// 0 body [112,170): "Imports from the U.S.\nfell 2 percent over the same period."
	// 1 heading [172,182): "Key points"
	// 2 list_item [183,197): "- Exports rose"
}
