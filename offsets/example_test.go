package offsets_test

import (
	"fmt"

	"github.com/claimlight/claimlight/offsets"
)

func ExampleToUTF16() {
	src := []byte("“€35bn” 👍 ok")
	// Byte offsets of "€35bn", "👍" and "ok", as [start, end) pairs, in any order.
	offs := []int32{19, 21, 3, 10, 14, 18}
	offsets.ToUTF16(src, offs)
	fmt.Println(offs, offsets.Len16(src))
	offsets.ToUTF8(src, offs)
	fmt.Println(offs)
	// Output:
	// [11 13 1 6 8 10] 13
	// [19 21 3 10 14 18]
}
