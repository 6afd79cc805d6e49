package claim

import "testing"

// TestIndicatorBits checks that extract's indicator bits follow
// flagShapes and that the word flags, shifted, land on their indicators.
func TestIndicatorBits(t *testing.T) {
	for _, c := range []struct {
		bit   uint16
		shape string
	}{
		{hasNum, "num"}, {hasYear, "year"}, {hasPct, "percent"}, {hasCur, "currency"},
		{hasMag, "magnitude"}, {has1s, "first-singular"}, {has1p, "first-plural"},
		{has2, "second"}, {hasModal, "modal"}, {hasQuote, "quote"}, {hasNumUnit, "num+unit"},
	} {
		i := 0
		for c.bit>>i != 1 {
			i++
		}
		if flagShapes[i] != shapeHash(c.shape) {
			t.Errorf("bit %#x is flagShapes[%d], not %q", c.bit, i, c.shape)
		}
	}
	for _, c := range []struct{ flag, bit uint16 }{
		{flagMagnitude, hasMag}, {flagFirstSingular, has1s}, {flagFirstPlural, has1p},
		{flagSecond, has2}, {flagModal, hasModal},
	} {
		if c.flag<<hasFlagShift != c.bit {
			t.Errorf("word flag %#x shifts to %#x, want %#x", c.flag, c.flag<<hasFlagShift, c.bit)
		}
	}
	if len(flagShapes) != 11 {
		t.Errorf("flagShapes has %d shapes, the bits 11", len(flagShapes))
	}
}
