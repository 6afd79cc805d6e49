package main

import (
	"context"
	"fmt"
)

// measurePage drives the built page: paste a text, wait until it is painted.
func measurePage(bctx context.Context, site string, words []int, texts map[string][]byte, quick bool, rep *report) error {
	return fmt.Errorf("not written yet")
}
