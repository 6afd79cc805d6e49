package main

import (
	"bytes"
	"flag"
	"os"
	"testing"

	"github.com/claimlight/claimlight/claim"
)

var update = flag.Bool("update", false, "rewrite claim/model_gen.go from the model it holds")

// TestModelGenIsGenerated checks that claim/model_gen.go is exactly the file
// genSource writes for the model it holds, so that the model has one source
// of truth and the file was not edited by hand.
func TestModelGenIsGenerated(t *testing.T) {
	m, err := claim.DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	bin, err := m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	const path = "../../claim/model_gen.go"
	want := genSource(m, bin)
	if *update {
		if err := os.WriteFile(path, want, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s is not what cmd/train writes for its model", path)
	}
}
