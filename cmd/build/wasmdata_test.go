package main

import (
	"bytes"
	"os"
	"testing"
)

// memoryImage returns the memory a module starts with, as its data
// segments write it, and the module with its data section left out.
func memoryImage(t *testing.T, m []byte) (mem, rest []byte) {
	t.Helper()
	rest = append(rest, m[:8]...)
	for i := 8; i < len(m); {
		n, j, ok := uleb(m, i+1)
		if !ok {
			t.Fatal("bad section size")
		}
		end := j + int(n)
		if m[i] != 11 {
			if m[i] != 12 {
				rest = append(rest, m[i:end]...)
			}
			i = end
			continue
		}
		segs, ok := dataSegments(m[i:end])
		if !ok {
			t.Fatal("data section not understood")
		}
		for _, s := range segs {
			if need := int(s.off) + len(s.data); need > len(mem) {
				mem = append(mem, make([]byte, need-len(mem))...)
			}
			copy(mem[s.off:], s.data)
		}
		i = end
	}
	return bytes.TrimRight(mem, "\x00"), rest
}

// testModule is a module with a data section of three segments in the
// order Go's linker may write them, two of them close together.
func testModule() []byte {
	m := []byte("\x00asm\x01\x00\x00\x00")
	m = append(m, 1, 4, 1, 0x60, 0, 0) // a type section: one func type
	var d []byte
	d = appendUleb(d, 3)
	for _, s := range []dataSegment{{0x5000, []byte("far")}, {0x100, []byte("first")}, {0x120, []byte("second")}} {
		d = append(d, 0, 0x41)
		d = appendSleb(d, int64(s.off))
		d = append(d, 0x0b)
		d = appendUleb(d, uint64(len(s.data)))
		d = append(d, s.data...)
	}
	m = append(m, 11)
	m = appendUleb(m, uint64(len(d)))
	return append(m, d...)
}

func TestPackDataKeepsMemory(t *testing.T) {
	m := testModule()
	p := packData(m)
	memBefore, restBefore := memoryImage(t, m)
	memAfter, restAfter := memoryImage(t, p)
	if !bytes.Equal(memBefore, memAfter) || !bytes.Equal(restBefore, restAfter) {
		t.Fatal("packData changed the module's memory or its other sections")
	}
	i := bytes.IndexByte(p[8:], 11) + 8 // after the type section, which has no byte 11
	segs, _ := dataSegments(p[i:])
	if len(segs) != 2 || segs[0].off != 0x100 || string(segs[0].data) != "first"+string(make([]byte, 0x20-5))+"second" {
		t.Errorf("segments %+v, want 0x100 (first and second) and 0x5000", segs)
	}
}

func TestPackDataLeavesOthers(t *testing.T) {
	for name, m := range map[string][]byte{
		"not wasm":   fakeWasm[1:],
		"fake":       fakeWasm,
		"truncated":  testModule()[:30],
		"passive":    bytes.Replace(testModule(), []byte{0, 0x41, 0xa0, 0x02}, []byte{1, 0x41, 0xa0, 0x02}, 1),
		"overlapped": bytes.Replace(testModule(), []byte{0x41, 0xa0, 0x02}, []byte{0x41, 0x82, 0x02}, 1),
	} {
		if got := packData(m); !bytes.Equal(got, m) {
			t.Errorf("%s: changed", name)
		}
	}
}

// The engine's module starts with the same memory after packData, and
// compresses better. CLAIMLIGHT_WASM names a module built by BuildWasm
// without packData; the test is skipped without it (building takes a
// while).
func TestPackDataEngine(t *testing.T) {
	path := os.Getenv("CLAIMLIGHT_WASM")
	if path == "" {
		t.Skip("CLAIMLIGHT_WASM not set")
	}
	m, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	p := packData(m)
	memBefore, restBefore := memoryImage(t, m)
	memAfter, restAfter := memoryImage(t, p)
	if !bytes.Equal(memBefore, memAfter) || !bytes.Equal(restBefore, restAfter) {
		t.Fatal("packData changed the module's memory or its other sections")
	}
	if a, b := stdGzipLen(m), stdGzipLen(p); b >= a {
		t.Errorf("packed %d bytes gzip, not less than %d", b, a)
	} else {
		t.Logf("%d -> %d bytes, %d -> %d gzip", len(m), len(p), a, b)
	}
}
