package main

import (
	"bytes"
	"encoding/binary"
	"maps"
	"slices"
)

// packGap is the longest run of zero bytes that packData writes out
// between two data segments instead of starting a new segment.
const packGap = 4096

// packData rewrites the data section of the WebAssembly module m so that
// segments less than packGap bytes apart become one, with the zero bytes
// between them written out, and returns the new module. The memory the
// module starts with is the same byte for byte: memory starts zeroed, and
// the segments do not overlap.
//
// Go's linker starts a new segment at every run of 8 or more zero bytes,
// which makes the module smallest before compression: for the engine it
// writes about 49,000 segments, each with a header of 7 or 8 bytes whose
// offset differs from every other ("\x00\x41\xe0\xa2\x04\x0b\x33" for 51
// bytes at 0x11160). Compressed, the headers cost about 80 KB more than
// the zeros they spare, so the site sends fewer, longer segments: the
// module is about 0.5 MB larger and about 80 KB smaller gzip-compressed.
//
// packData also clears the Go function table's file and line tables and,
// unless keepFuncNames is set, its function names (dropLineTables): a
// panic's stack trace then says neither where nor in which function.
//
// It clears the runtime's list of the module's types, unless reflect reads
// it (dropTypeLinks), and leaves out the custom sections, which only tools
// read: Go's build id and the producers (the Go version).
//
// The function table's addresses and offsets, the offsets of the
// functions' pc-value tables and most of their funcdata, the runtime's
// small integers and the function search table, which count up, and the
// powers of ten of Go's float conversions leave the data for a start
// function that writes them back when the module is instantiated, before
// Go's runtime starts (fillAtStart, 37 KB gzip-compressed), and runs of
// packGap zero bytes or more inside a segment are left out of it
// (splitAtZeros).
//
// A module packData does not understand (another kind of segment, an
// offset that is not a constant, overlapping segments) is returned as it
// is. The second result reports whether packData found and rewrote both
// the function table (dropLineTables) and its search table
// (coarsenFuncBuckets); BuildWasm fails without them, as the site would
// then be some 7 to 70 KB larger with nothing to say why.
func packData(m []byte) ([]byte, bool) {
	if len(m) < 8 || string(m[:4]) != "\x00asm" {
		return m, false
	}
	// Find the data section (id 11) and the data count section (id 12).
	dataAt, dataEnd, countAt := -1, -1, -1
	for i := 8; i < len(m); {
		id := m[i]
		n, j, ok := uleb(m, i+1)
		if !ok || j+int(n) > len(m) {
			return m, false
		}
		switch id {
		case 11:
			dataAt, dataEnd = i, j+int(n)
		case 12:
			countAt = i
		}
		i = j + int(n)
	}
	if dataAt < 0 {
		return m, false
	}
	segs, ok := dataSegments(m[dataAt:dataEnd])
	if !ok {
		return m, false
	}
	slices.SortFunc(segs, func(a, b dataSegment) int { return int(a.off) - int(b.off) })
	var packed []dataSegment
	for _, s := range segs {
		if k := len(packed) - 1; k >= 0 {
			end := packed[k].off + uint32(len(packed[k].data))
			if s.off < end {
				return m, false // overlapping segments
			}
			if s.off-end < packGap {
				d := packed[k].data
				d = append(d, make([]byte, s.off-end)...)
				packed[k].data = append(d, s.data...)
				continue
			}
		}
		packed = append(packed, dataSegment{s.off, bytes.Clone(s.data)})
	}

	// Before dropLineTables clears the function names: a module that
	// holds reflect's lookup of its types keeps their list.
	typeLinks := true
	for _, s := range packed {
		if bytes.Contains(s.data, []byte("reflect.typelinks\x00")) {
			typeLinks = false
		}
	}
	tables := false
	for i := range packed {
		if dropLineTables(packed[i].data) {
			tables = true
		}
	}
	tables = coarsenFuncBuckets(packed) && tables
	if typeLinks {
		dropTypeLinks(packed)
	}
	// The tables a start function writes at instantiation leave the
	// data, and the zeros in their place leave the segments.
	var fill startFill
	filled := withStart(m, nil) != nil
	if filled {
		fill, filled = fillAtStart(packed)
	}
	if filled {
		packed = splitAtZeros(packed)
	}

	var body []byte
	body = binary.AppendUvarint(body, uint64(len(packed)))
	for _, s := range packed {
		body = append(body, 0, 0x41) // active, memory 0, i32.const
		body = appendSleb(body, int64(int32(s.off)))
		body = append(body, 0x0b) // end
		body = binary.AppendUvarint(body, uint64(len(s.data)))
		body = append(body, s.data...)
	}
	out := make([]byte, 0, len(m)+len(body))
	out = append(out, m[:8]...)
	for i := 8; i < len(m); {
		n, j, _ := uleb(m, i+1)
		end := j + int(n)
		var content []byte
		switch i {
		case dataAt:
			content = body
		case countAt:
			content = binary.AppendUvarint(nil, uint64(len(packed)))
		default:
			if m[i] != 0 { // custom sections ("go:buildid", "producers") are for tools only
				out = append(out, m[i:end]...)
			}
			i = end
			continue
		}
		out = append(out, m[i])
		out = binary.AppendUvarint(out, uint64(len(content)))
		out = append(out, content...)
		i = end
	}
	if filled {
		out = append(out[:8:8], withStart(out, startCode(fill))...)
	}
	return out, tables
}

// dataSegment is a segment of a module's data section: bytes to copy into
// memory at an offset when the module starts.
type dataSegment struct {
	off  uint32
	data []byte
}

// dataSegments returns the segments of the data section sec (with its id
// and size), and false if one is not an active segment of memory 0 at a
// constant offset ("\x00\x41 offset \x0b size bytes"), the only kind Go's
// linker writes.
func dataSegments(sec []byte) ([]dataSegment, bool) {
	_, i, ok := uleb(sec, 1)
	if !ok {
		return nil, false
	}
	count, i, ok := uleb(sec, i)
	if !ok {
		return nil, false
	}
	segs := make([]dataSegment, 0, count)
	for range count {
		if i+2 > len(sec) || sec[i] != 0 || sec[i+1] != 0x41 {
			return nil, false
		}
		off, j, ok := sleb(sec, i+2)
		if !ok || j >= len(sec) || sec[j] != 0x0b || off < 0 || off > 1<<31 {
			return nil, false
		}
		n, j, ok := uleb(sec, j+1)
		if !ok || j+int(n) > len(sec) {
			return nil, false
		}
		segs = append(segs, dataSegment{uint32(off), sec[j : j+int(n)]})
		i = j + int(n)
	}
	return segs, i == len(sec)
}

// uleb reads an unsigned LEB128 number from b at i and returns it and the
// index after it. Unsigned LEB128 is the format of Go's uvarint.
func uleb(b []byte, i int) (uint64, int, bool) {
	if i >= len(b) {
		return 0, i, false
	}
	v, n := binary.Uvarint(b[i:])
	if n <= 0 {
		return 0, i, false
	}
	return v, i + n, true
}

// sleb reads a signed LEB128 number from b at i and returns it and the
// index after it.
func sleb(b []byte, i int) (int64, int, bool) {
	var v int64
	for shift := 0; i < len(b) && shift < 64; shift += 7 {
		c := b[i]
		i++
		v |= int64(c&0x7f) << shift
		if c < 0x80 {
			if shift+7 < 64 && c&0x40 != 0 {
				v |= -1 << (shift + 7)
			}
			return v, i, true
		}
	}
	return 0, i, false
}

func appendSleb(b []byte, v int64) []byte {
	for {
		c := byte(v & 0x7f)
		v >>= 7
		if (v == 0 && c&0x40 == 0) || (v == -1 && c&0x40 != 0) {
			return append(b, c)
		}
		b = append(b, c|0x80)
	}
}

// The indices of the pc-value tables (pcdata) and the data (funcdata) of
// a function that dropLineTables clears (internal/abi's PCDATA_* and
// FUNCDATA_*).
const (
	pcdataUnsafePoint   = 0
	pcdataArgLive       = 3
	funcdataArgInfo     = 5
	funcdataArgLiveInfo = 6
)

// keepFuncNames keeps the function names in the Go function table and
// the layout of each function's arguments (the -names flag, for a build
// whose stack traces name functions and print their arguments).
var keepFuncNames bool

// dropLineTables clears the tables of file names and line numbers in the
// Go function table (pclntab) if data holds it, and its function names
// unless keepFuncNames is set, and reports whether it did. The runtime
// reads them only to print where a function is and which it is (a
// panic's stack trace, runtime.Caller, runtime.FuncForPC): a function
// without them is printed as "" at "?:0". The line tables are three
// quarters of the function table's pc-value tables, about 40 KB of the
// site's download gzip-compressed; the names about 20 KB; the file
// names, which the runtime reads only through a function's file table,
// 1.9 KB. Each function's entry then points at no name (offset 0), no
// compile unit and start line 0 (the line profilers read): 18.7 KB, as
// the offsets of 3,000 names and lines differ from one entry to the next.
//
// Two more pc-value tables go, which nothing reads on WebAssembly: the
// unsafe points (pcdata 0), which only asynchronous preemption and debug
// calls read, neither of which js/wasm has, and the arguments' liveness
// (pcdata 3); and, unless keepFuncNames is set, the pointers to each
// function's argument layout and its liveness (funcdata 5 and 6), which
// only a stack trace reads to print the arguments' values: a frame then
// prints as "()". 5.7 KB gzip-compressed, most of it the 2,800 offsets
// of the layouts and 2,500 of the unsafe-point tables (the layouts'
// bytes are left where they are, as the linker shares some with other
// data). The tables the runtime runs on, each function's stack-pointer
// deltas (pcsp) and stack maps (pcdata 1, funcdata 0 to 2), are kept,
// also where the linker shares their bytes with a cleared table, and the
// pc-value tables among them moved together (compactTables).
//
// dropLineTables checks everything it reads against the layout of Go
// 1.20 and later (pcHeader magic 0xfffffff1, runtime._func) and leaves
// data alone at the first thing that does not fit.
func dropLineTables(data []byte) bool {
	// pcHeader: magic, two zero bytes, minLC 1, ptrSize 8, then eight
	// 8-byte fields.
	h := bytes.Index(data, []byte("\xf1\xff\xff\xff\x00\x00\x01\x08"))
	if h < 0 || h+72 > len(data) || bytes.Contains(data[h+8:], data[h:h+8]) {
		return false
	}
	u64 := func(i int) uint64 { return binary.LittleEndian.Uint64(data[i:]) }
	u32 := func(i int) uint32 { return binary.LittleEndian.Uint32(data[i:]) }
	nfunc, names, cutab, filetab, pctabOff, pclnOff := u64(h+8), u64(h+32), u64(h+40), u64(h+48), u64(h+56), u64(h+64)
	if names >= pctabOff || cutab < names || filetab < cutab || filetab > pctabOff || pctabOff >= pclnOff || pclnOff > uint64(len(data)-h) || nfunc > 1<<20 {
		return false
	}
	pctab := data[h+int(pctabOff) : h+int(pclnOff)]
	ftab := h + int(pclnOff)
	if ftab+8*int(nfunc+1) > len(data) {
		return false
	}
	// tableLen returns the length of the pc-value table at off in pctab,
	// 0 if it does not end there: pairs of a value delta and a pc delta,
	// both varints, ending with a value delta of 0 past the first pair.
	tableLen := func(off uint32) int {
		i := int(off)
		for first := true; ; first = false {
			v, j, ok := uleb(pctab, i)
			if !ok || j > len(pctab) {
				return 0
			}
			if v == 0 && !first {
				return j - int(off)
			}
			if _, i, ok = uleb(pctab, j); !ok {
				return 0
			}
		}
	}
	keep := make([]bool, len(pctab))
	drop := make([]bool, len(pctab))
	var funcs []int // of the _func entries with a line table
	for k := range int(nfunc) {
		entry, off := u32(ftab+8*k), u32(ftab+8*k+4)
		f := ftab + int(off) // off counts from the function table's start
		if f+44 > len(data) || u32(f) != entry || uint64(u32(f+4)) >= pctabOff-names {
			return false
		}
		npcdata, nfuncdata := int(u32(f+28)), int(data[f+43])
		if npcdata > 32 || f+44+4*(npcdata+nfuncdata) > len(data) {
			return false
		}
		tables := []uint32{u32(f + 16)} // pcsp
		var dropped []uint32            // pcfile, pcln and the pcdata no one reads
		for d := range npcdata {
			if d == pcdataUnsafePoint || d == pcdataArgLive {
				dropped = append(dropped, u32(f+44+4*d))
			} else {
				tables = append(tables, u32(f+44+4*d))
			}
		}
		for t, off := range append(append(tables, u32(f+20), u32(f+24)), dropped...) {
			if off == 0 {
				continue
			}
			if int(off) >= len(pctab) {
				return false
			}
			n := tableLen(off)
			if n == 0 {
				return false
			}
			mark := keep
			if t >= len(tables) {
				mark = drop
			}
			for i := range n {
				mark[int(off)+i] = true
			}
		}
		funcs = append(funcs, f)
	}
	for _, f := range funcs {
		// pcfile, pcln, cuOffset and startLine; the name's offset too,
		// unless the names are kept (offset 0 reads as "").
		for _, field := range []int{20, 24, 32, 36, 4} {
			if field == 4 && keepFuncNames {
				continue
			}
			binary.LittleEndian.PutUint32(data[f+field:], 0)
		}
		// No unsafe points and no argument liveness (offset 0: no
		// table); no argument layout (offset ^0: none), unless the names
		// are kept for a debugging build's stack traces.
		npcdata, nfuncdata := int(u32(f+28)), int(data[f+43])
		for _, d := range []int{pcdataUnsafePoint, pcdataArgLive} {
			if d < npcdata {
				binary.LittleEndian.PutUint32(data[f+44+4*d:], 0)
			}
		}
		for _, d := range []int{funcdataArgInfo, funcdataArgLiveInfo} {
			if d < nfuncdata && !keepFuncNames {
				binary.LittleEndian.PutUint32(data[f+44+4*(npcdata+d):], ^uint32(0))
			}
		}
	}
	for i := range pctab {
		if drop[i] && !keep[i] {
			pctab[i] = 0
		}
	}
	compactTables(data, pctab, funcs, tableLen)
	// With no function's file table left, nothing reads the file names
	// or the table from a compile unit's files to them.
	clear(data[h+int(cutab) : h+int(pctabOff)])
	if !keepFuncNames {
		// Every name reads as "": each ends at its first zero byte.
		clear(data[h+int(names) : h+int(cutab)])
	}
	return true
}

// compactTables moves the pc-value tables that dropLineTables leaves to
// the front of pctab, in the order the functions' entries name them, and without the cleared bytes
// between them, clears the rest, and points each function's entry (at
// the offsets funcs in data) to its tables' new places. A run of zero
// bytes between two tables costs deflate a match each, 2,400 of them:
// 4.2 KB gzip-compressed (2026-11-29). The linker shares whole tables
// only; should two overlap, the tables stay where they are. tableLen is
// dropLineTables's.
func compactTables(data, pctab []byte, funcs []int, tableLen func(uint32) int) {
	le := binary.LittleEndian
	// refs returns the offsets in data of f's fields that name a table
	// left: pcsp and the pcdata not cleared.
	refs := func(f int) []int {
		var r []int
		for _, at := range pcTableFields(data[f:]) {
			if d := (at - funcEntryHead) / 4; at < funcEntryHead || d != pcdataUnsafePoint && d != pcdataArgLive {
				r = append(r, f+at)
			}
		}
		return r
	}
	lens := map[uint32]int{}
	for _, f := range funcs {
		for _, r := range refs(f) {
			if off := le.Uint32(data[r:]); off != 0 {
				lens[off] = tableLen(off)
			}
		}
	}
	offs := slices.Sorted(maps.Keys(lens))
	for i := 1; i < len(offs); i++ {
		if int(offs[i-1])+lens[offs[i-1]] > int(offs[i]) {
			return
		}
	}
	// In the order the functions' entries first name them, so that
	// fillAtStart can leave their offsets for the start function.
	old := bytes.Clone(pctab)
	moved := make(map[uint32]uint32, len(offs))
	p := 1 // offset 0 means no table
	for _, f := range funcs {
		for _, r := range refs(f) {
			if off := le.Uint32(data[r:]); off != 0 && moved[off] == 0 {
				moved[off] = uint32(p)
				p += copy(pctab[p:], old[off:int(off)+lens[off]])
			}
		}
	}
	clear(pctab[p:])
	for _, f := range funcs {
		for _, r := range refs(f) {
			if off := le.Uint32(data[r:]); off != 0 {
				le.PutUint32(data[r:], moved[off])
			}
		}
	}
}

// funcBucketGroup is how many functions share one start in the function
// search table after coarsenFuncBuckets: a power of two.
const funcBucketGroup = 16

// coarsenFuncBuckets rewrites the Go runtime's function search table
// (runtime.findfunctab) in the memory the segments hold, if it finds it,
// and reports whether it did. The table has an entry of 20 bytes for every
// 4 KB of code addresses, the index of the first function there and 16
// small offsets to it, and on WebAssembly, where a function's address is
// its index times 65,536, it takes 1 MB for 3,200 functions. The
// runtime's findfunc reads an entry as the index to start from and steps
// forward through the function table to the function that holds the
// address, so any lower bound serves: each entry becomes the index of its
// first function rounded down to a multiple of funcBucketGroup, with no
// offsets, and the table compresses to long repetitions (6.8 KB less
// gzip-compressed; 7.1 KB with groups of 64, 7.3 KB with 256). A lookup,
// made for a stack trace, a stack's growth or the collector's scan of a
// stack, then steps through up to funcBucketGroup-1 more entries.
func coarsenFuncBuckets(segs []dataSegment) bool {
	magic := []byte("\xf1\xff\xff\xff\x00\x00\x01\x08")
	var header uint64
	for _, s := range segs {
		if h := bytes.Index(s.data, magic); h >= 0 {
			header = uint64(s.off) + uint64(h)
			break
		}
	}
	if header == 0 {
		return false
	}
	// The moduledata's findfunctab, minpc and maxpc follow its pointer to
	// the pcHeader and six slices.
	md := findModuledata(segs, header, memAt(segs, header))
	if md == nil {
		return false
	}
	le := binary.LittleEndian
	table, minpc, maxpc := le.Uint64(md[152:]), le.Uint64(md[160:]), le.Uint64(md[168:])
	n := (maxpc - minpc + 4095) / 4096
	t := memAt(segs, table)
	if maxpc <= minpc || uint64(len(t)) < 20*n {
		return false
	}
	for b := range n {
		e := t[20*b : 20*b+20]
		le.PutUint32(e, le.Uint32(e)&^(funcBucketGroup-1))
		clear(e[4:])
	}
	return true
}

// dropTypeLinks clears the runtime's list of the module's types
// (moduledata.typelinks, an offset for each type that a program may look
// up by its structure) in the memory the segments hold, if it finds it,
// and reports whether it did. Two functions read it: reflect's typelinks,
// for reflect.SliceOf and its kin to find a type the program already has,
// which packData leaves in place (the list is cleared only when the
// function names hold no "reflect.typelinks"), and the runtime's
// typelinksinit, only when a program has more than one module, as with
// plugins, which WebAssembly lacks. 427 offsets that grow from one to
// the next: 0.9 KB gzip-compressed (2026-11-29).
func dropTypeLinks(segs []dataSegment) bool {
	md := moduledataOf(segs)
	if md == nil {
		return false
	}
	le := binary.LittleEndian
	types, etypes := le.Uint64(md[296:]), le.Uint64(md[304:])
	addr, n := le.Uint64(md[360:]), le.Uint64(md[368:])
	if n != le.Uint64(md[376:]) || n > 1<<20 || etypes < types {
		return false
	}
	list := memAt(segs, addr)
	if uint64(len(list)) < 4*n {
		return false
	}
	list = list[:4*n]
	for i := 0; i < len(list); i += 4 {
		if uint64(le.Uint32(list[i:])) >= etypes-types {
			return false // not offsets of types
		}
	}
	clear(list)
	return true
}

// moduledataOf returns the bytes of the runtime's moduledata in the
// memory the segments hold (see findModuledata), or nil.
func moduledataOf(segs []dataSegment) []byte {
	magic := []byte("\xf1\xff\xff\xff\x00\x00\x01\x08")
	for _, s := range segs {
		if h := bytes.Index(s.data, magic); h >= 0 {
			header := uint64(s.off) + uint64(h)
			md := findModuledata(segs, header, s.data[h:])
			if md != nil && len(md) < 384 {
				return nil
			}
			return md
		}
	}
	return nil
}

// findModuledata returns the bytes of the runtime's moduledata, which
// starts with a pointer to the pcHeader at address header (whose bytes
// are ph), or nil if it finds none.
//
// The pointer's eight bytes alone do not tell it: they can also stand
// elsewhere in the data. When the header's address ends in a zero byte,
// as 0x4cf00 does, its bytes read as a zero byte, a function's index
// (0x4cf) as a little-endian uint32 and three zero bytes, which the
// function search table itself holds: on WebAssembly each function
// spans 16 of its entries, all with offsets of 0. The build took the
// first match until 2026-11-29, read a table address of 0 and a maxpc
// below minpc there, and left the search table as it was: 6.9 KB more
// to download after a change of a few hundred bytes that moved the
// header onto such an address (review 19's named days on branch num19:
// 880,755 to 887,690 bytes gzip; with this check, 880,843). The
// header's address was a multiple of 32 in every build looked at, so
// about one build in eight met it. A match now counts only at an 8-byte
// aligned address and with the fields after it pointing where the header
// says: the function names (funcnametab) at header+funcnameOffset and
// the function table (ftab) at header+pclnOffset with nfunc+1 entries.
//
// The linker leaves zero bytes out of the data segments, so a moduledata
// that starts a segment may have lost the pointer's first bytes when they
// are zero: header 0x4d600 after a change of a few bytes in segment
// (mnd20, 2026-11-29), and a build that failed. Such a segment is read
// with them put back.
func findModuledata(segs []dataSegment, header uint64, ph []byte) []byte {
	if len(ph) < 72 {
		return nil
	}
	le := binary.LittleEndian
	nfunc, names, pcln := le.Uint64(ph[8:]), le.Uint64(ph[32:]), le.Uint64(ph[64:])
	ptr := le.AppendUint64(nil, header)
	for _, s := range segs {
		data, off := s.data, uint64(s.off)
		for j := 1; j < 8 && ptr[j-1] == 0; j++ {
			if bytes.HasPrefix(data, ptr[j:]) {
				data, off = append(make([]byte, j), data...), off-uint64(j)
				break
			}
		}
		for i := 0; ; i++ {
			k := bytes.Index(data[i:], ptr)
			if k < 0 {
				break
			}
			i += k
			md := data[i:]
			if (off+uint64(i))%8 == 0 && len(md) >= 176 &&
				le.Uint64(md[8:]) == header+names && le.Uint64(md[128:]) == header+pcln && le.Uint64(md[136:]) == nfunc+1 {
				return md
			}
		}
	}
	return nil
}
