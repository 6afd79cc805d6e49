//go:build js && wasm

package claim

import "github.com/claimlight/claimlight/tokenize"

// The six accessors the rules call at some 1,500 places, as in
// access_native.go but not inlined: inlined, they made the WebAssembly
// download 18 KB larger (gzip), for about 6% fewer instructions (callgrind,
// natively; the browser's share is of the same order). Keep the two files'
// bodies the same.

// kind returns the token kind at position i, or Invalid out of range.
//
//go:noinline
func (a *annotator) kind(i int) tokenize.Kind {
	if uint(i) >= uint(len(a.pos)) {
		return tokenize.Invalid
	}
	return a.pos[i].kind
}

// fl returns the word classes of position i, none out of range.
//
//go:noinline
func (a *annotator) fl(i int) wflag {
	if uint(i) >= uint(len(a.pos)) {
		return 0
	}
	return flagSets[a.pos[i].cls]
}

// shapeOf returns the shape bits of position i, none out of range.
//
//go:noinline
func (a *annotator) shapeOf(i int) shape {
	if uint(i) >= uint(len(a.pos)) {
		return 0
	}
	return a.pos[i].sh
}

// is reports whether position i is in range and has any of the classes f.
//
//go:noinline
func (a *annotator) is(i int, f wflag) bool {
	return uint(i) < uint(len(a.pos)) && flagSets[a.pos[i].cls]&f != 0
}

// word reports whether position i is in range and its text is the word w
// in any case: each byte of the text, with bit 0x20 set, is that byte of
// wordTexts[w].
//
//go:noinline
func (a *annotator) word(i int, w wordID) bool {
	return uint(i) < uint(len(a.pos)) && a.pos[i].wid == w
}

// same reports whether positions i and j are both in range and in the same
// sentence.
//
//go:noinline
func (a *annotator) same(i, j int) bool {
	// A sentence's positions make one run.
	if max(uint(i), uint(j)) >= uint(a.n) {
		return false // out of range, negative included
	}
	if i>>6 == j>>6 {
		// In one block: no run starts after the first up to the second.
		b := &a.runs[i>>6]
		lo, hi := uint(min(i, j))&63, uint(max(i, j))&63
		return b.start&(2<<hi-1)&^(2<<lo-1) == 0 && b.none&(1<<lo) == 0
	}
	// In other blocks: none starts after the first up to the second, and
	// the first is in a sentence. No call is made, so no frame is needed.
	lo, hi := uint(min(i, j)), uint(max(i, j))
	if a.runs[lo/64].none&(1<<(lo%64)) != 0 || a.runs[lo/64].start&^(2<<(lo%64)-1) != 0 || a.runs[hi/64].start&(2<<(hi%64)-1) != 0 {
		return false
	}
	for b := lo/64 + 1; b < hi/64; b++ {
		if a.runs[b].start != 0 {
			return false
		}
	}
	return true
}

// compactWide is unset: see access_native.go.
const compactWide = false

// tokIdx returns the index in a.toks of the token of position i, in range.
func (a *annotator) tokIdx(i int) int32 {
	return a.wBase[i>>(a.wShift&63)] + int32(a.pos[i].off)
}

// text returns the bytes of the token at position i, nil out of range.
func (a *annotator) text(i int) []byte {
	if uint(i) >= uint(len(a.pos)) {
		return nil
	}
	t := a.toks[a.wBase[i>>(a.wShift&63)]+int32(a.pos[i].off)]
	return a.src[t.Start:t.End]
}
