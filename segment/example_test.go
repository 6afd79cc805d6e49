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
