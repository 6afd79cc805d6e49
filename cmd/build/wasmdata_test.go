package main

import (
	"bytes"
	"encoding/binary"
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
			if m[i] != 12 && m[i] != 0 {
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
	m = append(m, 0, 5, 4, 'n', 'o', 't', 'e') // a custom section
	m = append(m, 1, 4, 1, 0x60, 0, 0)         // a type section: one func type
	var d []byte
	d = binary.AppendUvarint(d, 3)
	for _, s := range []dataSegment{{0x5000, []byte("far")}, {0x100, []byte("first")}, {0x120, []byte("second")}} {
		d = append(d, 0, 0x41)
		d = appendSleb(d, int64(s.off))
		d = append(d, 0x0b)
		d = binary.AppendUvarint(d, uint64(len(s.data)))
		d = append(d, s.data...)
	}
	m = append(m, 11)
	m = binary.AppendUvarint(m, uint64(len(d)))
	return append(m, d...)
}

func TestPackDataKeepsMemory(t *testing.T) {
	m := testModule()
	p, tables := packData(m)
	memBefore, restBefore := memoryImage(t, m)
	memAfter, restAfter := memoryImage(t, p)
	if !bytes.Equal(memBefore, memAfter) || !bytes.Equal(restBefore, restAfter) {
		t.Fatal("packData changed the module's memory or its other sections")
	}
	if tables {
		t.Error("packData reported Go's function tables in a module without them")
	}
	if bytes.Contains(p, []byte("note")) {
		t.Error("the custom section was kept")
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
		if got, _ := packData(m); !bytes.Equal(got, m) {
			t.Errorf("%s: changed", name)
		}
	}
}

// The engine's module starts with the same memory after packData and its
// start function (fillAtStart), but for the line tables dropLineTables
// clears and the function search table coarsenFuncBuckets rewrites, and
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
	p, tables := packData(m)
	if !tables {
		t.Error("packData reported no function tables rewritten")
	}
	memBefore, restBefore := memoryImage(t, m)
	memAfter, restAfter := memoryImage(t, p)
	want := bytes.Clone(memBefore)
	if !dropLineTables(want) {
		t.Fatal("no Go function table found in the module's memory")
	}
	if !coarsenFuncBuckets([]dataSegment{{0, want}}) {
		t.Fatal("no function search table found in the module's memory")
	}
	if !dropTypeLinks([]dataSegment{{0, want}}) {
		t.Fatal("no list of types found in the module's memory")
	}
	// The memory once the start function has run.
	fill, ok := fillAtStart([]dataSegment{{0, bytes.Clone(want)}})
	if !ok || fill.table == 0 || fill.funcs == 0 || fill.tables == 0 || fill.u64s == 0 || fill.pow10 == 0 || fill.funcdata == 0 || fill.pctab == 0 {
		t.Fatalf("fillAtStart: %+v, %v", fill, ok)
	}
	// Up to past the start function's big number, in the zeroed bss.
	if n := int(fill.scratch) + 4*pow10Limbs; n > len(want) {
		want = append(want, make([]byte, n-len(want))...)
	}
	memAfter = append(memAfter, make([]byte, len(want)-len(memAfter))...)
	runStart(t, startCode(fill), memAfter)
	restBefore = append(restBefore[:8:8], withStart(restBefore, startCode(fill))...)
	if !bytes.Equal(want, memAfter) || !bytes.Equal(restBefore, restAfter) {
		t.Fatal("packData changed the module's memory or its other sections other than by dropLineTables, coarsenFuncBuckets, dropTypeLinks and fillAtStart")
	}
	if bytes.Equal(memBefore, memAfter) {
		t.Error("dropLineTables changed nothing")
	}
	if !dropLineTables(bytes.Clone(memAfter)) {
		t.Error("the function table no longer reads as one after dropLineTables")
	}
	if a, b := stdGzipLen(m), stdGzipLen(p); b >= a {
		t.Errorf("packed %d bytes gzip, not less than %d", b, a)
	} else {
		t.Logf("%d -> %d bytes, %d -> %d gzip", len(m), len(p), a, b)
	}
}

// testPclntab returns a small Go function table: two functions whose
// pc-value tables share bytes, as the linker's deduplication makes them.
// The table at 1 is the first's pcsp and the second's pcdata 0 (unsafe
// points); the one at 4 the first's pcfile and the second's pcsp; the one
// at 7 the line table of both; the one at 10 the first's unsafe points.
// The second has six funcdata, the last its arguments' layout. The names
// start at 72, the table of a compile unit's files at 80, the file names
// at 84, the pc-value tables at testPctab and the functions at testFtab.
func testPclntab() []byte {
	le := binary.LittleEndian
	b := make([]byte, 72)
	copy(b, "\xf1\xff\xff\xff\x00\x00\x01\x08")
	names := "\x00f\x00g\x00\x00\x00\x00"
	files := "\x00\x00\x00\x00a.go\x00\x00\x00\x00"
	pctab := "\x00\x02\x04\x00\x06\x02\x00\x08\x01\x00\x02\x02\x00"
	for i, v := range []uint64{2, 1, 0, 72, 80, 84, testPctab, testFtab} {
		le.PutUint64(b[8+8*i:], v)
	}
	b = append(b, names...)
	b = append(b, files...)
	b = append(b, pctab...)
	ftab := len(b)
	b = append(b, make([]byte, 24)...)
	for k, fn := range [][]uint32{
		{0x1000, 1, 0, 0, 1, 4, 7, 1, 0, 10, 0, 10},
		{0x1001, 3, 0, 0, 4, 0, 7, 1, 0, 20, 6 << 24, 1, 0, 4, 8, 12, 16, 20},
	} {
		le.PutUint32(b[ftab+8*k:], fn[0])
		le.PutUint32(b[ftab+8*k+4:], uint32(len(b)-ftab))
		for _, v := range fn {
			b = le.AppendUint32(b, v)
		}
	}
	le.PutUint32(b[ftab+16:], 0x1002)
	return b
}

const testPctab, testFtab = 92, 105

func TestDropLineTables(t *testing.T) {
	b := testPclntab()
	if !dropLineTables(b) {
		t.Fatal("the test table was not recognized")
	}
	if got, want := string(b[testPctab:testFtab]), "\x00\x02\x04\x00\x06\x02\x00\x00\x00\x00\x00\x00\x00"; got != want {
		t.Errorf("pc-value tables %q, want %q (the line table and the first's unsafe points cleared)", got, want)
	}
	if got := string(b[72:80]); got != "\x00\x00\x00\x00\x00\x00\x00\x00" {
		t.Errorf("function names %q, want them cleared", got)
	}
	if got := string(b[80:testPctab]); got != string(make([]byte, testPctab-80)) {
		t.Errorf("file tables %q, want them cleared", got)
	}
	keepFuncNames = true
	kept := testPclntab()
	dropLineTables(kept)
	keepFuncNames = false
	if got, want := string(kept[72:80]), "\x00f\x00g\x00\x00\x00\x00"; got != want {
		t.Errorf("with keepFuncNames, function names %q, want %q", got, want)
	}
	le := binary.LittleEndian
	for k := range 2 {
		f := testFtab + int(le.Uint32(b[testFtab+8*k+4:]))
		if pcfile, pcln := le.Uint32(b[f+20:]), le.Uint32(b[f+24:]); pcfile != 0 || pcln != 0 {
			t.Errorf("function %d: pcfile %d, pcln %d, want 0", k, pcfile, pcln)
		}
		if name, line := le.Uint32(b[f+4:]), le.Uint32(b[f+36:]); name != 0 || line != 0 {
			t.Errorf("function %d: name at %d, start line %d, want 0", k, name, line)
		}
		if name := le.Uint32(kept[f+4:]); name != uint32(1+2*k) {
			t.Errorf("with keepFuncNames, function %d: name at %d, want %d", k, name, 1+2*k)
		}
		if pcsp := le.Uint32(b[f+16:]); pcsp != uint32(1+3*k) {
			t.Errorf("function %d: pcsp %d, want %d", k, pcsp, 1+3*k)
		}
		if up := le.Uint32(b[f+44:]); up != 0 {
			t.Errorf("function %d: unsafe points at %d, want 0", k, up)
		}
	}
	f := testFtab + int(le.Uint32(b[testFtab+12:]))
	for d, want := range []uint32{0, 4, 8, 12, 16, ^uint32(0)} {
		if got := le.Uint32(b[f+48+4*d:]); got != want {
			t.Errorf("funcdata %d at %#x, want %#x (only the arguments' layout gone)", d, got, want)
		}
		if got := le.Uint32(kept[f+48+4*d:]); d == 5 && got != 20 {
			t.Errorf("with keepFuncNames, funcdata 5 at %#x, want 20", got)
		}
	}

	// Anything that does not read as a function table is left alone.
	for name, edit := range map[string]func([]byte){
		"bad magic":         func(b []byte) { b[0] = 0xf0 },
		"entry mismatch":    func(b []byte) { b[testFtab+24] = 0x02 },
		"table off the end": func(b []byte) { b[testFtab+24+16] = 200 },
		"unended table":     func(b []byte) { b[testFtab-1] = 0x81 },
		"too many funcs":    func(b []byte) { b[8] = 200 },
	} {
		b := testPclntab()
		edit(b)
		orig := bytes.Clone(b)
		if dropLineTables(b) || !bytes.Equal(b, orig) {
			t.Errorf("%s: changed", name)
		}
	}
}

func TestCoarsenFuncBuckets(t *testing.T) {
	le := binary.LittleEndian
	// A pcHeader at 0x1000 (3 functions, names at +0x40, function table at
	// +0x48), a moduledata at 0x2000 pointing to it, and a search table at
	// 0x3000 of 40 entries (minpc 0, maxpc 40*4096-1), entry b starting at
	// function b with an offset of 1 in its second sub-bucket.
	header := append([]byte("\xf1\xff\xff\xff\x00\x00\x01\x08"), make([]byte, 64)...)
	le.PutUint64(header[8:], 3)
	le.PutUint64(header[32:], 0x40)
	le.PutUint64(header[64:], 0x48)
	md := make([]byte, 176)
	putTestModuledata(md)
	table := make([]byte, 20*40)
	for b := range 40 {
		le.PutUint32(table[20*b:], uint32(b))
		table[20*b+5] = 1
	}
	// Before the moduledata, the header's address stands twice more: at
	// an address that is not 8-byte aligned, and aligned but followed by
	// fields that do not match the header, each with a table address
	// that coarsenFuncBuckets must not take.
	decoys := make([]byte, 0x400)
	for _, at := range []int{0x13, 0x200} {
		le.PutUint64(decoys[at:], 0x1000)
		le.PutUint64(decoys[at+152:], 0x3010)
		le.PutUint64(decoys[at+168:], 40*4096-1)
	}
	segs := []dataSegment{{0x1000, header}, {0x1800, decoys}, {0x2000, md}, {0x3000, table}}
	if !coarsenFuncBuckets(segs) {
		t.Fatal("the test table was not found")
	}
	for b := range 40 {
		e := table[20*b : 20*b+20]
		if got, want := le.Uint32(e), uint32(b&^(funcBucketGroup-1)); got != want || !bytes.Equal(e[4:], make([]byte, 16)) {
			t.Errorf("entry %d: %x, want start %d and no offsets", b, e, want)
		}
	}
	if coarsenFuncBuckets(segs[1:]) || coarsenFuncBuckets(segs[:3]) || coarsenFuncBuckets(append(segs[:2:2], segs[3])) {
		t.Error("rewrote a table without its pcHeader, its own bytes or its moduledata")
	}
}

// TestFindModuledataAtSegmentStart checks that a moduledata whose
// pointer to the header starts with a zero byte is found when it starts a
// data segment, where the linker left that byte out.
func TestFindModuledataAtSegmentStart(t *testing.T) {
	le := binary.LittleEndian
	const header, names, pcln, nfunc = 0x4d600, 0x48, 0x373d8, 3228
	ph := make([]byte, 72)
	le.PutUint64(ph[8:], nfunc)
	le.PutUint64(ph[32:], names)
	le.PutUint64(ph[64:], pcln)
	md := make([]byte, 176)
	le.PutUint64(md, header)
	le.PutUint64(md[8:], header+names)
	le.PutUint64(md[128:], header+pcln)
	le.PutUint64(md[136:], nfunc+1)
	le.PutUint64(md[168:], 0x1ca8a0)
	segs := []dataSegment{{header, ph}, {0x1ca141, md[1:]}}
	got := findModuledata(segs, header, ph)
	if len(got) < 176 || le.Uint64(got[168:]) != 0x1ca8a0 {
		t.Fatalf("findModuledata found %d bytes, want the moduledata at 0x1ca140", len(got))
	}
}

func TestDropTypeLinks(t *testing.T) {
	le := binary.LittleEndian
	// A pcHeader at 0x1000 and a moduledata at 0x2000 pointing to it, with
	// types from 0x5000 to 0x6000 and a list of three offsets of types at
	// 0x3000.
	header := append([]byte("\xf1\xff\xff\xff\x00\x00\x01\x08"), make([]byte, 64)...)
	le.PutUint64(header[8:], 3)
	le.PutUint64(header[32:], 0x40)
	le.PutUint64(header[64:], 0x48)
	md := make([]byte, 400)
	le.PutUint64(md, 0x1000)
	le.PutUint64(md[8:], 0x1040)
	le.PutUint64(md[128:], 0x1048)
	le.PutUint64(md[136:], 4)
	le.PutUint64(md[296:], 0x5000)
	le.PutUint64(md[304:], 0x6000)
	for i, v := range []uint64{0x3000, 3, 3} {
		le.PutUint64(md[360+8*i:], v)
	}
	list := []byte("\x10\x00\x00\x00\x40\x00\x00\x00\x00\x0f\x00\x00after")
	segs := []dataSegment{{0x1000, header}, {0x2000, md}, {0x3000, list}}
	if !dropTypeLinks(segs) {
		t.Fatal("the test list was not found")
	}
	if got, want := string(list), string(make([]byte, 12))+"after"; got != want {
		t.Errorf("list %q, want %q", got, want)
	}
	// An offset past the types: not such a list; left alone.
	list = []byte("\x10\x00\x00\x00\x40\x00\x00\x00\x00\x10\x00\x00after")
	orig := bytes.Clone(list)
	if dropTypeLinks([]dataSegment{{0x1000, header}, {0x2000, md}, {0x3000, list}}) || !bytes.Equal(list, orig) {
		t.Error("cleared a list with an offset past the types")
	}
}

func TestCompactTables(t *testing.T) {
	le := binary.LittleEndian
	// Two functions' entries, at 0 and 64: the first with pcsp at 7 and
	// pcdata 0 (unsafe points, not moved) at 1 and 1 at 10; the second
	// with pcsp at 10, shared, and pcdata 0 at 4. The bytes at 1 and 4
	// are cleared tables; the offsets of pcdata 0 stay as they are.
	data := make([]byte, 128)
	for i, v := range []uint32{7, 0, 0, 2} {
		le.PutUint32(data[16+4*i:], v)
	}
	le.PutUint32(data[44:], 1)
	le.PutUint32(data[48:], 10)
	le.PutUint32(data[64+16:], 10)
	le.PutUint32(data[64+28:], 1)
	le.PutUint32(data[64+44:], 4)
	pctab := []byte("\x00\x00\x00\x00\x00\x00\x00\x06\x02\x00\x08\x01\x00\x00")
	compactTables(data, pctab, []int{0, 64}, func(uint32) int { return 3 })
	if got, want := string(pctab), "\x00\x06\x02\x00\x08\x01\x00"+string(make([]byte, 7)); got != want {
		t.Errorf("pc-value tables %q, want %q", got, want)
	}
	for _, c := range []struct{ at, want int }{{16, 1}, {44, 1}, {48, 4}, {64 + 16, 4}, {64 + 44, 4}, {28, 2}} {
		if got := le.Uint32(data[c.at:]); got != uint32(c.want) {
			t.Errorf("offset at %d: %d, want %d", c.at, got, c.want)
		}
	}
}

// putTestModuledata writes the fields of a small moduledata the packData
// tests share: text at 0x1000, the function table at 0x1048 with four
// entries, and the search table at 0x3000 for 40 buckets.
func putTestModuledata(md []byte) {
	le := binary.LittleEndian
	le.PutUint64(md, 0x1000)
	le.PutUint64(md[8:], 0x1040)
	le.PutUint64(md[128:], 0x1048)
	le.PutUint64(md[136:], 4)
	le.PutUint64(md[152:], 0x3000)
	le.PutUint64(md[168:], 40*4096-1)
}
