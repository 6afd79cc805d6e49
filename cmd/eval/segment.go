package main

import (
	"errors"
	"io"
)

// PLACEHOLDER: replaced by the segmentation evaluation.
func evalSegmentation(dir string, w io.Writer, verbose bool) error {
	return errors.New("not written yet")
}

// PLACEHOLDER: replaced by the token-boundary evaluation.
func evalTokens(dir string, w io.Writer, verbose bool) error {
	return errors.New("not written yet")
}
