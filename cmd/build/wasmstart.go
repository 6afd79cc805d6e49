package main

import (
	"bytes"
	"encoding/binary"
	"math/big"
)

// startFill names the tables of the Go runtime that a start function
// writes into memory when the module is instantiated, before the runtime
// runs, rather than the data section holding them (fillAtStart).
type startFill struct {
	ftab   uint32 // address of the function table (moduledata.ftab)
	nftab  uint32 // its entries: one per function and one past the last
	entry0 uint32 // entry k's entryoff, and its function's entryOff, is entry0+k
	funcs  uint32 // entry 0's funcoff if the start function writes the funcoffs, else 0
	tables uint32 // the first pc-value table's offset if it writes the tables' offsets (tableRefs), else 0
	pctab  uint32 // address of the pc-value tables if it measures them (tableRefs), else 0
	// funcdata is the offset of the first funcdata in funcdataRefs's run
	// if it writes the funcdata offsets in the run, else 0.
	funcdata uint32

	u64s uint32 // address of 256 uint64s counting from 0 (the runtime's staticuint64s), 0 if they stay data

	pow10   uint32 // address of internal/strconv's powers of ten (pow10Table), 0 if they stay data
	scratch uint32 // address of the start function's big number (limb 0) in zeroed memory (pow10Scratch)

	table    uint32 // address of the function search table, 0 if it stays data
	nbuckets uint32 // its entries
	shift    uint32 // entry b's start is b>>shift*funcBucketGroup
}

// memAt returns the bytes of memory the segments hold from addr to the
// end of its segment, nil if no segment holds addr.
func memAt(segs []dataSegment, addr uint64) []byte {
	for _, s := range segs {
		if addr >= uint64(s.off) && addr < uint64(s.off)+uint64(len(s.data)) {
			return s.data[addr-uint64(s.off):]
		}
	}
	return nil
}

// fillAtStart clears, in the memory the segments hold, the tables of the
// runtime that a start function can write back as they were (startCode),
// and returns what that function is to write, false if it found neither.
//
// They are numbers that count or follow a rule, which deflate cannot
// predict: the address of each function, in the function table and again
// at the start of the function's own entry (entry0+k for the k-th
// function, 3,241 of each), 12.5 KB of the site's download gzip-compressed
// (2026-11-29); the function table's offset of each function's entry,
// which the linker lays out one after the other, each as long as its
// counts of pcdata and funcdata make it (funcEntrySize; 5.3 KB); each
// function's offsets of its pc-value tables, which compactTables lays out
// in the order the functions name them (tableRefs; 4.5 KB); the offsets of
// their funcdata (stack maps and the like) that the linker happens to lay
// out in that order (funcdataRefs; 1.3 KB); the runtime's 256 uint64s
// counting from 0 (clearCounting; 0.3 KB); internal/strconv's 696 128-bit
// mantissas of powers of ten, which the runtime reaches to print a float
// (clearPow10, written by pow10Code with a big number in the bss; 10.6
// KB); and the function search table after coarsenFuncBuckets (1 MB on
// WebAssembly, where each function spans 16 of its entries; 1.7 KB), whose
// entry b starts from function b>>shift*funcBucketGroup when the
// functions' addresses count up by one.
// Each is left as data unless every entry reads as the start function
// would write it.
func fillAtStart(segs []dataSegment) (startFill, bool) {
	var f startFill
	md := moduledataOf(segs)
	if md == nil {
		return f, false
	}
	le := binary.LittleEndian
	ftab, n := le.Uint64(md[128:]), le.Uint64(md[136:])
	t := memAt(segs, ftab)
	if n < 2 || n > 1<<20 || ftab >= 1<<31 || uint64(len(t)) < 8*n {
		return f, false
	}
	e0 := le.Uint32(t)
	var funcs [][]byte // each function's entry
	for k := range n {
		if le.Uint32(t[8*k:]) != e0+uint32(k) {
			return f, false
		}
		if k == n-1 {
			break // the entry past the last function has no function
		}
		fn := memAt(segs, ftab+uint64(le.Uint32(t[8*k+4:])))
		if len(fn) < 4 || le.Uint32(fn) != e0+uint32(k) {
			return f, false
		}
		funcs = append(funcs, fn)
	}
	// The functions' entries follow one another from the first, each
	// padded to 8 bytes (funcEntrySize).
	off := le.Uint32(t[4:])
	laid := off != 0
	for k, fn := range funcs {
		if le.Uint32(t[8*k+4:]) != off || len(fn) < funcEntryHead {
			laid = false
			break
		}
		off += funcEntrySize(fn)
	}
	if laid {
		f.funcs = le.Uint32(t[4:])
		var pctab []byte // from the pcHeader's pctabOffset
		var at uint64
		if ph := memAt(segs, le.Uint64(md)); len(ph) >= 72 {
			at = le.Uint64(md) + le.Uint64(ph[56:])
			pctab = memAt(segs, at)
		}
		var measured bool
		if f.tables, measured = tableRefs(funcs, pctab); measured && at < 1<<31 {
			f.pctab = uint32(at)
		} else if measured {
			f.tables = 0 // cannot happen: pctab is in the data
		}
		f.funcdata = funcdataRefs(funcs)
	}
	for k, fn := range funcs {
		clear(fn[:4])
		clear(t[8*k : 8*k+4])
		if laid {
			clear(t[8*k+4 : 8*k+8])
		}
	}
	clear(t[8*(n-1) : 8*(n-1)+4])
	f.ftab, f.nftab, f.entry0 = uint32(ftab), uint32(n), e0
	f.u64s = clearCounting(segs)
	if x := pow10Scratch(segs, md); x != 0 {
		if f.pow10 = clearPow10(segs); f.pow10 != 0 {
			f.scratch = x
		}
	}

	table, minpc, maxpc := le.Uint64(md[152:]), le.Uint64(md[160:]), le.Uint64(md[168:])
	nb := (maxpc - minpc + 4095) / 4096
	b := memAt(segs, table)
	if maxpc <= minpc || table >= 1<<31 || uint64(len(b)) < 20*nb || nb > 1<<24 {
		return f, true
	}
	for shift := range uint64(32) {
		ok := true
		for i := range nb {
			e := b[20*i : 20*i+20]
			if le.Uint32(e) != uint32(i>>shift*funcBucketGroup) || !bytes.Equal(e[4:], make([]byte, 16)) {
				ok = false
				break
			}
		}
		if ok {
			clear(b[:20*nb])
			f.table, f.nbuckets, f.shift = uint32(table), uint32(nb), uint32(shift)
			break
		}
	}
	return f, true
}

// clearCounting clears the first 2 KB that the segments hold, at an
// address a multiple of 8, that read as the uint64s 0 to 255 in order (the
// runtime's staticuint64s, 0.7 KB gzip-compressed), and returns its
// address, or 0 if none do.
func clearCounting(segs []dataSegment) uint32 {
	var u64s []byte
	for k := range uint64(256) {
		u64s = binary.LittleEndian.AppendUint64(u64s, k)
	}
	return clearFirst(segs, u64s)
}

// clearFirst clears the first copy of b that the segments hold at a
// nonzero address that is a multiple of 8, and returns that address, or
// 0 if they hold none.
func clearFirst(segs []dataSegment, b []byte) uint32 {
	for _, s := range segs {
		for from := 0; ; from++ {
			i := bytes.Index(s.data[from:], b)
			if i < 0 {
				break
			}
			if at := s.off + uint32(from+i); at%8 == 0 && at != 0 {
				clear(s.data[from+i : from+i+len(b)])
				return at
			}
			from += i
		}
	}
	return 0
}

// The powers of ten of Go's float parsing and printing
// (internal/strconv's pow10Tab, pow10Min and pow10Max) and the big
// numbers the start function computes them with: 16-bit limbs, one to a
// uint32, the top one pow10Limbs-1, with pow10Pad limbs below the first
// that read as zero.
const (
	pow10Min   = -348
	pow10Max   = 347
	pow10Limbs = 82 // 2^1296, the number 10^-k is taken from, is 1<<(16*81)
	pow10Pad   = 8
)

// pow10Table returns internal/strconv's pow10Tab as it lies in memory:
// for each power of ten from 1e-348 to 1e347, its 128-bit mantissa
// scaled so that the top bit is set and rounded down, as the high and
// the low uint64.
func pow10Table() []byte {
	var t []byte
	for e := pow10Min; e <= pow10Max; e++ {
		num, den := big.NewInt(1), big.NewInt(1)
		p := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(max(e, -e))), nil)
		if e >= 0 {
			num = p
		} else {
			den = p
		}
		var d big.Int
		for s := 128 + den.BitLen() - num.BitLen(); ; {
			if s >= 0 {
				d.Div(new(big.Int).Lsh(num, uint(s)), den)
			} else {
				d.Div(num, new(big.Int).Lsh(den, uint(-s)))
			}
			if d.BitLen() == 128 {
				break
			}
			s += 128 - d.BitLen()
		}
		lo := new(big.Int).And(&d, new(big.Int).SetUint64(^uint64(0)))
		t = binary.LittleEndian.AppendUint64(t, new(big.Int).Rsh(&d, 64).Uint64())
		t = binary.LittleEndian.AppendUint64(t, lo.Uint64())
	}
	return t
}

// clearPow10 clears the first copy of pow10Table that the segments hold
// at an address a multiple of 8 (11 KB of mantissas that deflate cannot
// predict, 10.8 KB gzip-compressed) and returns its address, or 0 if they
// hold none.
func clearPow10(segs []dataSegment) uint32 {
	return clearFirst(segs, pow10Table())
}

// pow10Scratch returns the address of limb 0 of the start function's big
// number, in the runtime's bss (moduledata.bss to ebss, the md bytes),
// which no segment writes and the runtime expects zeroed: the start
// function leaves it so. It returns 0 if the bss is too small or not
// zero.
func pow10Scratch(segs []dataSegment, md []byte) uint32 {
	le := binary.LittleEndian
	bss, ebss := le.Uint64(md[224:]), le.Uint64(md[232:])
	x := bss + 4*pow10Pad
	if bss%8 != 0 || ebss < x+4*pow10Limbs || ebss >= 1<<31 {
		return 0
	}
	for _, s := range segs {
		if uint64(s.off) < ebss && uint64(s.off)+uint64(len(s.data)) > bss {
			return 0
		}
	}
	return uint32(x)
}

// funcEntryHead is the size of the runtime's _func, a function's entry
// before its pcdata and funcdata offsets: npcdata is the uint32 at 28 and
// nfuncdata the last byte of the uint32 at 40.
const funcEntryHead = 44

// pcTableFields returns the offsets, in the function entry fn (a _func),
// of the uint32 fields that name its pc-value tables, in the order
// compactTables lays the tables out and tableRefs reads them: pcsp, then
// each pcdata. fn must hold them all.
func pcTableFields(fn []byte) []int {
	at := []int{16}
	for d := range int(binary.LittleEndian.Uint32(fn[28:])) {
		at = append(at, funcEntryHead+4*d)
	}
	return at
}

// funcEntrySize returns the bytes from the function entry fn to the next,
// as the linker lays them out: the _func, a uint32 for each pcdata and
// funcdata, padded to 8 bytes.
func funcEntrySize(fn []byte) uint32 {
	le := binary.LittleEndian
	n := funcEntryHead + 4*(le.Uint32(fn[28:])+le.Uint32(fn[40:])>>24)
	return (n + 7) >> 3 << 3
}

// tableRefs rewrites, in the functions' entries fns, the offsets that
// name pc-value tables (pcsp and each pcdata, in that order, entry by
// entry) if each table they name first lies after the one named first
// before it, as compactTables lays them out: a table's first offset
// becomes the distance to the next table's (1 for the last table), later
// ones the offset with the top bit set. It returns the first table's
// offset, from which the start function counts the first offsets back,
// or 0, having changed nothing, if the tables do not lie so. The offsets
// differ from one function to the next and cost deflate more than the
// distances, mostly of a few bytes.
//
// When each distance is the length of the table, as the start function
// can read it from the tables themselves (pctabLen), pctab holding them
// from offset 0, every first offset becomes 1 instead, and the second
// result is true: 1.3 KB less gzip-compressed than the distances
// (2026-11-29).
func tableRefs(fns [][]byte, pctab []byte) (uint32, bool) {
	le := binary.LittleEndian
	var refs [][]byte
	for _, fn := range fns {
		np := le.Uint32(fn[28:])
		if np > 1<<10 || len(fn) < funcEntryHead+4*int(np) {
			return 0, false
		}
		for _, at := range pcTableFields(fn) {
			refs = append(refs, fn[at:at+4])
		}
	}
	var first []uint32
	seen := map[uint32]bool{}
	for _, r := range refs {
		v := le.Uint32(r)
		if v >= 1<<31 || v != 0 && !seen[v] && len(first) > 0 && v <= first[len(first)-1] {
			return 0, false
		}
		if v != 0 && !seen[v] {
			seen[v] = true
			first = append(first, v)
		}
	}
	if len(first) == 0 {
		return 0, false
	}
	dist := map[uint32]uint32{first[len(first)-1]: 1}
	measured := pctab != nil
	for i, v := range first {
		if i < len(first)-1 {
			dist[v] = first[i+1] - first[i]
		}
		if measured && int(v) < len(pctab) {
			n := pctabLen(pctab[v:])
			measured = n > 0 && (n == int(dist[v]) || i == len(first)-1)
		} else {
			measured = false
		}
	}
	if measured {
		for v := range dist {
			dist[v] = 1
		}
	}
	writeRefs(refs, 0, dist)
	return first[0], measured
}

// writeRefs rewrites each offset in refs (a uint32 each) that dist holds
// as its distance there, at its first use, and any other as the offset
// with its top bit set, passing over the offset none.
func writeRefs(refs [][]byte, none uint32, dist map[uint32]uint32) {
	le := binary.LittleEndian
	for _, r := range refs {
		switch v := le.Uint32(r); {
		case v == none:
		case dist[v] != 0:
			le.PutUint32(r, dist[v])
			delete(dist, v) // later uses are repeats
		default:
			le.PutUint32(r, v|1<<31)
		}
	}
}

// pctabLen returns the length of the pc-value table t starts with, as the
// start function reads it (a pair of varints, then more while the next
// byte is not zero, and that byte), or 0 if t ends first.
func pctabLen(t []byte) int {
	p := 0
	for {
		for range 2 {
			for {
				if p >= len(t) {
					return 0
				}
				p++
				if t[p-1]&0x80 == 0 {
					break
				}
			}
		}
		if p >= len(t) {
			return 0
		}
		if t[p] == 0 {
			return p + 1
		}
	}
}

// funcdataRefs rewrites, in the functions' entries fns, the offsets of
// their funcdata in go:func.* (each funcdata in turn, entry by entry)
// that name data first named after the data named first before it, the
// longest such run, as tableRefs does the pc-value tables': the first
// offset becomes the distance to the next in the run (1 for the last);
// any other offset but ^0 (no funcdata) becomes the offset with its top
// bit set. It returns the run's first offset, from which the start
// function counts the first offsets back, or 0, having changed nothing,
// if there is no run. The linker lays out the stack maps mostly in the
// order the functions name them (820 of 1,021 in a run, 2026-11-29), not
// all: they are shared with other kinds of funcdata.
func funcdataRefs(fns [][]byte) uint32 {
	le := binary.LittleEndian
	var refs [][]byte
	for _, fn := range fns {
		np, nf := le.Uint32(fn[28:]), uint32(fn[43])
		if np > 1<<10 || len(fn) < funcEntryHead+4*int(np+nf) {
			return 0
		}
		for d := range nf {
			at := funcEntryHead + 4*(np+d)
			refs = append(refs, fn[at:at+4])
		}
	}
	var first []uint32
	seen := map[uint32]bool{}
	for _, r := range refs {
		v := le.Uint32(r)
		if v == ^uint32(0) {
			continue
		}
		if v >= 1<<31 {
			return 0
		}
		if !seen[v] && v != 0 {
			first = append(first, v)
		}
		seen[v] = true
	}
	run := longestIncreasing(first)
	if len(run) == 0 {
		return 0
	}
	dist := map[uint32]uint32{run[len(run)-1]: 1}
	for i := range len(run) - 1 {
		dist[run[i]] = run[i+1] - run[i]
	}
	writeRefs(refs, ^uint32(0), dist)
	return run[0]
}

// longestIncreasing returns the longest strictly increasing subsequence
// of s (the first of them to end lowest, by patience sorting).
func longestIncreasing(s []uint32) []uint32 {
	var tails []int // tails[k]: index in s of the lowest end of a run of k+1
	prev := make([]int, len(s))
	for i, v := range s {
		lo, hi := 0, len(tails)
		for lo < hi {
			if m := (lo + hi) / 2; s[tails[m]] < v {
				lo = m + 1
			} else {
				hi = m
			}
		}
		prev[i] = -1
		if lo > 0 {
			prev[i] = tails[lo-1]
		}
		if lo == len(tails) {
			tails = append(tails, i)
		} else {
			tails[lo] = i
		}
	}
	if len(tails) == 0 {
		return nil
	}
	run := make([]uint32, len(tails))
	for k, i := len(tails)-1, tails[len(tails)-1]; k >= 0; k, i = k-1, prev[i] {
		run[k] = s[i]
	}
	return run
}

// startCode returns the body of a WebAssembly function of type [] -> []
// that writes back the tables fillAtStart cleared: with k counting the
// entries, for the function table
//
//	loop
//	  mem32[ftab + 8k] = entry0 + k
//	  if k < nftab-1 { mem32[ftab + mem32[ftab + 8k + 4]] = entry0 + k }
//	  k++
//	while k < nftab
//
// or, when it writes the offsets of the functions' entries too (f.funcs),
// with off starting at f.funcs, the if's body
//
//	mem32[ftab + off] = entry0 + k
//	mem32[ftab + 8k + 4] = off
//	off += funcEntrySize(ftab + off)
//
// and, when it writes the tables' offsets too (f.tables), with cur
// starting at f.tables, before off moves on, for each field a at
// ftab+off+16 (pcsp) and ftab+off+44+4d (pcdata d below npcdata)
//
//	v := mem32[a]
//	if v has its top bit { mem32[a] = v without it }
//	if 0 < v < 1<<31 { mem32[a] = cur; cur += v }
//
// and the same, with its own cur starting at f.funcdata, for each field a
// at ftab+off+44+4(npcdata+d) (funcdata d below nfuncdata) that is not ^0;
// for the counting uint64s mem32[u64s + 8k] = k for k below 256, and
// for the search table mem32[table + 20k] = k>>shift*funcBucketGroup
// for k below nbuckets (its other bytes are zero), and the powers of ten
// as pow10Code writes them.
func startCode(f startFill) []byte {
	const (
		localGet, localSet, localTee = 0x20, 0x21, 0x22
		i32Const, i32Load, i32Store  = 0x41, 0x28, 0x36
		i32Load8U                    = 0x2d
		i32Add, i32Mul, i32Shl       = 0x6a, 0x6c, 0x74
		i32ShrU, i32LtU              = 0x76, 0x49
		i32Eqz, i32Clz, i32Sub       = 0x45, 0x67, 0x6b
		i32DivU, i32And, i32Or       = 0x6e, 0x71, 0x72
		loop, if_, end, brIf, void   = 0x03, 0x04, 0x0b, 0x0d, 0x40
	)
	c := []byte{1, 17, 0x7f} // locals: k, 8k, off, cur, d, a, v, pow10's n, i, r, j, q, s, e, funcdata's cur, a table's p, pow10's w; i32
	konst := func(v uint32) { c = append(c, i32Const); c = appendSleb(c, int64(int32(v))) }
	mem := func(op byte, off uint32) { // aligned as the access's size, at most
		align := byte(2)
		if op == i32Load8U {
			align = 0
		}
		c = append(c, op, align)
		c = binary.AppendUvarint(c, uint64(off))
	}
	next := func(n uint32) { // k++ while k < n
		c = append(c, localGet, 0)
		konst(1)
		c = append(c, i32Add, localTee, 0)
		konst(n)
		c = append(c, i32LtU, brIf, 0, end)
	}
	if f.funcs != 0 {
		konst(f.funcs)
		c = append(c, localSet, 2)
	}
	if f.tables != 0 {
		konst(f.tables)
		c = append(c, localSet, 3)
	}
	if f.funcdata != 0 {
		konst(f.funcdata)
		c = append(c, localSet, 14)
	}
	field := func(cur byte) { // the field at a, as tableRefs or funcdataRefs left it
		c = append(c, localGet, 5)
		mem(i32Load, 0)
		c = append(c, localTee, 6)
		konst(31)
		c = append(c, i32ShrU, if_, void, localGet, 5, localGet, 6)
		konst(1)
		c = append(c, i32Shl)
		konst(1)
		c = append(c, i32ShrU)
		mem(i32Store, 0)
		c = append(c, end, localGet, 6)
		konst(^uint32(0))
		c = append(c, i32Add)
		konst(1<<31 - 1)
		c = append(c, i32LtU, if_, void, localGet, 5, localGet, cur)
		mem(i32Store, 0)
		if cur != 3 || f.pctab == 0 {
			c = append(c, localGet, cur, localGet, 6, i32Add, localSet, cur, end)
			return
		}
		// cur past the table at pctab+cur, whose length tableRefs
		// left out: pairs of varints up to a zero byte after the first.
		c = append(c, localGet, cur)
		konst(f.pctab)
		c = append(c, i32Add, localSet, 15, loop, void)
		for range 2 {
			c = append(c, loop, void, localGet, 15)
			mem(i32Load8U, 0)
			c = append(c, localGet, 15)
			konst(1)
			c = append(c, i32Add, localSet, 15)
			konst(0x80)
			c = append(c, i32And, brIf, 0, end)
		}
		c = append(c, localGet, 15)
		mem(i32Load8U, 0)
		c = append(c, brIf, 0, end, localGet, 15)
		konst(1 - f.pctab)
		c = append(c, i32Add, localSet, cur, end)
	}
	c = append(c, loop, void, localGet, 0)
	konst(3)
	c = append(c, i32Shl, localTee, 1, localGet, 0)
	konst(f.entry0)
	c = append(c, i32Add)
	mem(i32Store, f.ftab)
	c = append(c, localGet, 0)
	konst(f.nftab - 1)
	c = append(c, i32LtU, if_, void)
	if f.funcs == 0 {
		c = append(c, localGet, 1)
		mem(i32Load, f.ftab+4)
	} else {
		c = append(c, localGet, 2)
	}
	c = append(c, localGet, 0)
	konst(f.entry0)
	c = append(c, i32Add)
	mem(i32Store, f.ftab)
	if f.funcs != 0 {
		// npcdata and nfuncdata push the counts of the entry at local 2:
		// the uint32 at 28, and the last byte of the uint32 at 40.
		npcdata := func() {
			c = append(c, localGet, 2)
			mem(i32Load, f.ftab+28)
		}
		nfuncdata := func() {
			c = append(c, localGet, 2)
			mem(i32Load, f.ftab+40)
			konst(24)
			c = append(c, i32ShrU)
		}
		c = append(c, localGet, 1, localGet, 2)
		mem(i32Store, f.ftab+4)
		if f.tables != 0 {
			c = append(c, localGet, 2)
			konst(f.ftab + 16)
			c = append(c, i32Add, localSet, 5)
			field(3)
			npcdata()
			c = append(c, if_, void)
			konst(0)
			c = append(c, localSet, 4, loop, void, localGet, 2, localGet, 4)
			konst(2)
			c = append(c, i32Shl, i32Add)
			konst(f.ftab + funcEntryHead)
			c = append(c, i32Add, localSet, 5)
			field(3)
			c = append(c, localGet, 4)
			konst(1)
			c = append(c, i32Add, localTee, 4)
			npcdata()
			c = append(c, i32LtU, brIf, 0, end, end)
		}
		if f.funcdata != 0 {
			// As the pcdata, for each funcdata d below nfuncdata that
			// is not ^0 (none).
			nfuncdata()
			c = append(c, if_, void)
			konst(0)
			c = append(c, localSet, 4, loop, void, localGet, 2)
			npcdata()
			c = append(c, localGet, 4, i32Add)
			konst(2)
			c = append(c, i32Shl, i32Add)
			konst(f.ftab + funcEntryHead)
			c = append(c, i32Add, localTee, 5)
			mem(i32Load, 0)
			konst(1)
			c = append(c, i32Add, if_, void)
			field(14)
			c = append(c, end, localGet, 4)
			konst(1)
			c = append(c, i32Add, localTee, 4)
			nfuncdata()
			c = append(c, i32LtU, brIf, 0, end, end)
		}
		c = append(c, localGet, 2)
		npcdata()
		nfuncdata()
		c = append(c, i32Add)
		konst(2)
		c = append(c, i32Shl, i32Add)
		konst(funcEntryHead + 7)
		c = append(c, i32Add)
		konst(3)
		c = append(c, i32ShrU)
		konst(3)
		c = append(c, i32Shl, localSet, 2)
	}
	c = append(c, end)
	next(f.nftab)
	if f.u64s != 0 {
		konst(0)
		c = append(c, localSet, 0, loop, void, localGet, 0)
		konst(3)
		c = append(c, i32Shl, localGet, 0)
		mem(i32Store, f.u64s)
		next(256)
	}
	if f.table != 0 && f.nbuckets > 0 {
		konst(0)
		c = append(c, localSet, 0, loop, void, localGet, 0)
		konst(20)
		c = append(c, i32Mul, localGet, 0)
		konst(f.shift)
		c = append(c, i32ShrU)
		konst(funcBucketGroup)
		c = append(c, i32Mul)
		mem(i32Store, f.table)
		next(f.nbuckets)
	}
	if f.pow10 != 0 {
		pow10Code(f, func(b ...byte) { c = append(c, b...) }, konst, mem)
	}
	return append(c, end)
}

// pow10Code emits the code that writes internal/strconv's powers
// of ten at f.pow10 (pow10Table) with a big number of 16-bit limbs at
// f.scratch, one to a uint32:
//
//	x = 1<<(16*81)
//	for j from 347 down to 0 { x /= 10; entry j = top(x) }
//	x = 1
//	for j from 348 to 695 { entry j = top(x); x *= 10 }
//
// where top(x) is x's top 128 bits, the rest rounded down, which for
// x = floor(2^1296/10^k) are those of 10^-k scaled, as its 2^1296 is
// large enough to leave 139 bits. It clears the limbs after each half.
// emit, konst and mem append to startCode's body.
func pow10Code(f startFill, emit func(...byte), konst func(uint32), mem func(byte, uint32)) {
	const (
		localGet, localSet, localTee = 0x20, 0x21, 0x22
		i32Load, i32Store            = 0x28, 0x36
		i32Add, i32Mul, i32Shl       = 0x6a, 0x6c, 0x74
		i32ShrU, i32LtU              = 0x76, 0x49
		i32Eqz, i32Clz, i32Sub       = 0x45, 0x67, 0x6b
		i32DivU, i32And, i32Or       = 0x6e, 0x71, 0x72
		i32Xor                       = 0x73
		loop, end, brIf, void        = 0x03, 0x0b, 0x0d, 0x40
		a, v                         = 5, 6 // startCode's
		n, i, r, j, q, s, e, w       = 7, 8, 9, 10, 11, 12, 13, 16
	)
	x := f.scratch
	// The limbs cleared.
	clearLimbs := func() {
		konst(0)
		emit(localSet, i, loop, void, localGet, i)
		konst(0)
		mem(i32Store, x)
		emit(localGet, i)
		konst(4)
		emit(i32Add, localTee, i)
		konst(4 * pow10Limbs)
		emit(i32LtU, brIf, 0, end)
	}
	// n, the top limb, moved down from n+d to the highest non-zero one.
	top := func(d uint32) {
		emit(localGet, n)
		konst(d)
		emit(i32Add, localSet, n, loop, void, localGet, n)
		konst(1)
		emit(i32Sub, localTee, n)
		konst(2)
		emit(i32Shl)
		mem(i32Load, x)
		emit(i32Eqz, brIf, 0, end)
	}
	// Entry j: four uint32s, each 32 bits of limbs n down to n-8 from the
	// top limb's top bit, as the high uint64 and the low one.
	entry := func() {
		emit(localGet, n)
		konst(2)
		emit(i32Shl, localTee, a)
		mem(i32Load, x)
		emit(i32Clz)
		konst(16)
		emit(i32Sub, localSet, s, localGet, j)
		konst(4)
		emit(i32Shl, localSet, e, localGet, a)
		konst(x - 8) // a: limb n-2w-2's address, for w from 0 to 3
		emit(i32Add, localSet, a)
		konst(0)
		emit(localSet, w, loop, void, localGet, e, localGet, w)
		konst(1)
		emit(i32Xor)
		konst(2)
		emit(i32Shl, i32Add, localGet, a)
		mem(i32Load, 8)
		konst(16)
		emit(i32Shl, localGet, a)
		mem(i32Load, 4)
		emit(i32Or, localGet, s, i32Shl, localGet, a)
		mem(i32Load, 0)
		konst(16)
		emit(localGet, s, i32Sub, i32ShrU, i32Or)
		mem(i32Store, f.pow10)
		emit(localGet, a)
		konst(8)
		emit(i32Sub, localSet, a, localGet, w)
		konst(1)
		emit(i32Add, localTee, w)
		konst(4)
		emit(i32LtU, brIf, 0, end)
	}

	konst(0)
	konst(1)
	mem(i32Store, x+4*(pow10Limbs-1))
	konst(pow10Limbs - 1)
	emit(localSet, n)
	konst(-pow10Min)
	emit(localSet, j, loop, void, localGet, n)
	// x /= 10, limb i-1 for i from n+1 down to 1, r the remainder.
	konst(1)
	emit(i32Add, localSet, i)
	konst(0)
	emit(localSet, r, loop, void, localGet, i)
	konst(2)
	emit(i32Shl, localTee, a, localGet, r)
	konst(16)
	emit(i32Shl, localGet, a)
	mem(i32Load, x-4)
	emit(i32Or, localTee, v)
	konst(10)
	emit(i32DivU, localTee, q)
	mem(i32Store, x-4)
	emit(localGet, v, localGet, q)
	konst(10)
	emit(i32Mul, i32Sub, localSet, r, localGet, i)
	konst(1)
	emit(i32Sub, localTee, i, brIf, 0, end)
	top(1)
	emit(localGet, j)
	konst(1)
	emit(i32Sub, localSet, j)
	entry()
	emit(localGet, j, brIf, 0, end)
	clearLimbs()

	konst(0)
	konst(1)
	mem(i32Store, x)
	konst(0)
	emit(localSet, n)
	konst(-pow10Min)
	emit(localSet, j, loop, void)
	entry()
	// x *= 10, limbs 0 to n+1, r the carry.
	konst(0)
	emit(localSet, i)
	konst(0)
	emit(localSet, r, loop, void, localGet, i)
	konst(2)
	emit(i32Shl, localTee, a, localGet, a)
	mem(i32Load, x)
	konst(10)
	emit(i32Mul, localGet, r, i32Add, localTee, v)
	konst(0xffff)
	emit(i32And)
	mem(i32Store, x)
	emit(localGet, v)
	konst(16)
	emit(i32ShrU, localSet, r, localGet, i)
	konst(1)
	emit(i32Add, localTee, i, localGet, n)
	konst(2)
	emit(i32Add, i32LtU, brIf, 0, end)
	top(2)
	emit(localGet, j)
	konst(1)
	emit(i32Add, localTee, j)
	konst(pow10Max - pow10Min + 1)
	emit(i32LtU, brIf, 0, end)
	clearLimbs()
}

// withStart returns the sections of m (from after its header) with a
// function of type [] -> [] whose body is code added last and made the
// start function, or nil if m has a start function already or a section
// does not read as it should. The functions keep their indices, which
// Go's runtime counts its code addresses by.
func withStart(m, code []byte) []byte {
	var out []byte
	section := func(id byte, content []byte) {
		out = append(out, id)
		out = binary.AppendUvarint(out, uint64(len(content)))
		out = append(out, content...)
	}
	// The index of a type [] -> [], added if there is none, and the
	// number of functions imported.
	var typ, imported uint64
	for i := 8; i < len(m); {
		n, j, _ := uleb(m, i+1)
		sec := m[j : j+int(n)]
		switch m[i] {
		case 1:
			count, p, ok := uleb(sec, 0)
			if !ok {
				return nil
			}
			typ = count
			for t := range count {
				if bytes.HasPrefix(sec[p:], []byte{0x60, 0, 0}) {
					typ = t
					break
				}
				if p >= len(sec) || sec[p] != 0x60 {
					return nil
				}
				p++
				for range 2 { // parameters, results
					k, q, ok := uleb(sec, p)
					if !ok || q+int(k) > len(sec) {
						return nil
					}
					p = q + int(k)
				}
			}
		case 8:
			return nil
		case 2:
			count, p, ok := uleb(sec, 0)
			if !ok {
				return nil
			}
			for range count {
				for range 2 { // module, name
					k, q, ok := uleb(sec, p)
					if !ok {
						return nil
					}
					p = q + int(k)
				}
				if p >= len(sec) {
					return nil
				}
				kind := sec[p]
				p++
				switch kind {
				case 0, 2: // function (type index), memory (limits, below)
					if kind == 0 {
						imported++
						_, p, ok = uleb(sec, p)
					} else {
						p, ok = skipLimits(sec, p)
					}
				case 1: // table: element type, limits
					p, ok = skipLimits(sec, p+1)
				case 3: // global: type, mutability
					p += 2
				default:
					return nil
				}
				if !ok || p > len(sec) {
					return nil
				}
			}
		}
		i = j + int(n)
	}
	var defined uint64
	started, code10 := false, false
	for i := 8; i < len(m); {
		n, j, _ := uleb(m, i+1)
		id, sec := m[i], m[j:j+int(n)]
		i = j + int(n)
		if !started && id >= 9 { // elements, code, data, data count
			section(8, binary.AppendUvarint(nil, imported+defined))
			started = true
		}
		switch id {
		case 1:
			count, p, _ := uleb(sec, 0)
			if typ == count {
				sec = append(binary.AppendUvarint(nil, count+1), append(bytes.Clone(sec[p:]), 0x60, 0, 0)...)
			}
		case 3:
			count, p, ok := uleb(sec, 0)
			if !ok {
				return nil
			}
			defined = count
			sec = append(binary.AppendUvarint(nil, count+1), append(bytes.Clone(sec[p:]), binary.AppendUvarint(nil, typ)...)...)
		case 10:
			count, p, ok := uleb(sec, 0)
			if !ok || count != defined {
				return nil
			}
			code10 = true
			body := binary.AppendUvarint(nil, uint64(len(code)))
			sec = append(binary.AppendUvarint(nil, count+1), append(bytes.Clone(sec[p:]), append(body, code...)...)...)
		}
		section(id, sec)
	}
	if !started || !code10 {
		return nil
	}
	return out
}

// skipLimits returns the index after the limits (a flag, a minimum and,
// with flag 1, a maximum) at p in b.
func skipLimits(b []byte, p int) (int, bool) {
	if p >= len(b) {
		return p, false
	}
	flag := b[p]
	_, p, ok := uleb(b, p+1)
	if ok && flag&1 != 0 {
		_, p, ok = uleb(b, p)
	}
	return p, ok
}

// splitAtZeros returns the segments with every run of packGap or more
// zero bytes inside one left out, the segment cut in two around it, and
// zero bytes at either end of one trimmed: memory starts zeroed.
func splitAtZeros(segs []dataSegment) []dataSegment {
	var out []dataSegment
	for _, s := range segs {
		d, off := s.data, s.off
		for len(d) > 0 {
			lead := len(d) - len(bytes.TrimLeft(d, "\x00"))
			d, off = d[lead:], off+uint32(lead)
			end := bytes.Index(d, make([]byte, packGap))
			if end < 0 {
				end = len(d)
			}
			piece := bytes.TrimRight(d[:end], "\x00")
			if len(piece) > 0 {
				out = append(out, dataSegment{off, piece})
			}
			d, off = d[end:], off+uint32(end)
		}
	}
	return out
}
