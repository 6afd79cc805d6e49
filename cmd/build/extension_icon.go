package main

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
)

// iconSizes are the toolbar and store icon sizes, in pixels.
var iconSizes = []int{16, 32, 48, 128}

// iconPNG draws the extension's icon at size×size pixels: a page with three
// lines of text, the middle one marked with a highlighter stroke. It is
// drawn here rather than shipped as a binary so it stays reproducible.
func iconPNG(size int) ([]byte, error) {
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	paper := color.NRGBA{0xfb, 0xfa, 0xf7, 0xff}
	edge := color.NRGBA{0x5f, 0x4a, 0x1e, 0xff}
	ink := color.NRGBA{0x3a, 0x3a, 0x3c, 0xff}
	marker := color.NRGBA{0xff, 0xc8, 0x2e, 0xff}
	f := float64(size)
	// unit converts a coordinate on a 16-unit grid to pixels.
	unit := func(u float64) int { return int(u*f/16 + 0.5) }
	radius := float64(unit(3))
	fill := func(x0, y0, x1, y1 int, c color.NRGBA) {
		for y := y0; y < y1; y++ {
			for x := x0; x < x1; x++ {
				img.SetNRGBA(x, y, c)
			}
		}
	}
	// Rounded page with a border of one unit (at least one pixel).
	border := max(1, unit(1))
	for y := 0; y < size; y++ {
		for x := 0; x < size; x++ {
			if !inRounded(float64(x)+0.5, float64(y)+0.5, f, radius) {
				continue
			}
			c := paper
			if !inRounded(float64(x)+0.5-float64(border), float64(y)+0.5-float64(border), f-2*float64(border), max(0, radius-float64(border))) {
				c = edge
			}
			img.SetNRGBA(x, y, c)
		}
	}
	line := max(1, unit(1.4))
	// The highlighter stroke sits behind the middle line.
	fill(unit(2.5), unit(6.3), unit(13.5), unit(9.7), marker)
	fill(unit(4), unit(4)-line/2, unit(12), unit(4)-line/2+line, ink)
	fill(unit(4), unit(8)-line/2, unit(12), unit(8)-line/2+line, ink)
	fill(unit(4), unit(12)-line/2, unit(9.5), unit(12)-line/2+line, ink)
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// inRounded reports whether (x, y) lies in the square [0, side)² with
// corners rounded by r.
func inRounded(x, y, side, r float64) bool {
	if x < 0 || y < 0 || x >= side || y >= side {
		return false
	}
	cx := min(max(x, r), side-r)
	cy := min(max(y, r), side-r)
	dx, dy := x-cx, y-cy
	return dx*dx+dy*dy <= r*r
}
