package main

import (
	"bytes"
	"encoding/binary"
	"math/bits"
	"testing"
)

// runStart runs code, a function body as startCode writes it, on mem:
// an interpreter of the instructions startCode uses, failing the test on
// any other.
func runStart(t *testing.T, code, mem []byte) {
	t.Helper()
	le := binary.LittleEndian
	p := 3 // past the locals
	if !bytes.HasPrefix(code, []byte{1, 17, 0x7f}) {
		t.Fatalf("locals %x", code[:3])
	}
	var locals [17]uint32
	var stack []uint32
	var loops []int // the start of each loop open, -1 for an if
	pop := func() uint32 { v := stack[len(stack)-1]; stack = stack[:len(stack)-1]; return v }
	uarg := func() uint32 {
		v, n, ok := uleb(code, p)
		if !ok {
			t.Fatal("bad immediate")
		}
		p = n
		return uint32(v)
	}
	for steps := 0; ; steps++ {
		if steps > 1<<24 {
			t.Fatal("runs too long")
		}
		op := code[p]
		p++
		switch op {
		case 0x03: // loop
			p++
			loops = append(loops, p)
		case 0x04: // if
			p++
			if pop() != 0 {
				loops = append(loops, -1)
				continue
			}
			for depth := 0; ; { // skip to the if's end, over each instruction's immediates
				op := code[p]
				p++
				switch op {
				case 0x03, 0x04:
					depth++
					p++
				case 0x0b:
					depth--
				case 0x0d, 0x20, 0x21, 0x22, 0x41:
					uarg() // a constant's sleb is as long as a uleb
				case 0x28, 0x2d, 0x36:
					uarg()
					uarg()
				}
				if depth < 0 {
					break
				}
			}
		case 0x0b: // end
			if len(loops) == 0 {
				if p != len(code) || len(stack) != 0 {
					t.Fatalf("ends at %d of %d with %d values", p, len(code), len(stack))
				}
				return
			}
			loops = loops[:len(loops)-1]
		case 0x0d: // br_if 0, to the innermost loop
			if uarg() != 0 {
				t.Fatal("br_if past the innermost block")
			}
			if pop() != 0 {
				p = loops[len(loops)-1]
			}
		case 0x20:
			stack = append(stack, locals[uarg()])
		case 0x21:
			locals[uarg()] = pop()
		case 0x22:
			locals[uarg()] = stack[len(stack)-1]
		case 0x41:
			v, n, ok := sleb(code, p)
			if !ok {
				t.Fatal("bad constant")
			}
			p = n
			stack = append(stack, uint32(v))
		case 0x2d: // i32.load8_u
			if uarg() != 0 {
				t.Fatal("i32.load8_u aligned past its size")
			}
			off := uarg()
			stack = append(stack, uint32(mem[pop()+off]))
		case 0x28, 0x36: // i32.load, i32.store
			if uarg() > 2 {
				t.Fatal("i32 access aligned past its size")
			}
			off := uarg()
			if op == 0x28 {
				stack = append(stack, le.Uint32(mem[pop()+off:]))
			} else {
				v := pop()
				le.PutUint32(mem[pop()+off:], v)
			}
		case 0x45: // i32.eqz
			if pop() == 0 {
				stack = append(stack, 1)
			} else {
				stack = append(stack, 0)
			}
		case 0x67: // i32.clz
			stack = append(stack, uint32(bits.LeadingZeros32(pop())))
		case 0x6a, 0x6b, 0x6c, 0x6e, 0x71, 0x72, 0x73, 0x74, 0x76, 0x49:
			b, a := pop(), pop()
			if op == 0x6e && b == 0 {
				t.Fatal("division by zero")
			}
			stack = append(stack, map[byte]func() uint32{
				0x6a: func() uint32 { return a + b },
				0x6b: func() uint32 { return a - b },
				0x6c: func() uint32 { return a * b },
				0x6e: func() uint32 { return a / b },
				0x71: func() uint32 { return a & b },
				0x72: func() uint32 { return a | b },
				0x73: func() uint32 { return a ^ b },
				0x74: func() uint32 { return a << (b & 31) },
				0x76: func() uint32 { return a >> (b & 31) },
				0x49: func() uint32 {
					if a < b {
						return 1
					}
					return 0
				},
			}[op]())
		default:
			t.Fatalf("opcode %#x at %d", op, p-1)
		}
	}
}

// testRuntimeTables returns memory from 0 holding a pcHeader at 0x1000
// (3 functions, names at +0x40, the function table at +0x48 with its 4
// entries and then the functions' entries, laid out as the linker does),
// a moduledata at 0x2000 and a
// search table at 0x3000 of 40 entries as coarsenFuncBuckets leaves it
// for functions that span 4 entries each.
func testRuntimeTables() []byte {
	le := binary.LittleEndian
	mem := make([]byte, 0x3000+20*40+0x100)
	copy(mem[0x1000:], "\xf1\xff\xff\xff\x00\x00\x01\x08")
	le.PutUint64(mem[0x1008:], 3)
	le.PutUint64(mem[0x1020:], 0x40)
	le.PutUint64(mem[0x1040:], 0x48)
	for k, off := range []int{0x20, 0x58, 0x88, 0} {
		le.PutUint32(mem[0x1048+8*k:], uint32(0x1000+k))
		if k < 3 {
			le.PutUint32(mem[0x1048+8*k+4:], uint32(off))
			le.PutUint32(mem[0x1048+off:], uint32(0x1000+k))
			le.PutUint32(mem[0x1048+off+4:], 0xabcd)
		}
	}
	// The first function's entry has a pcdata and two funcdata offsets.
	le.PutUint32(mem[0x1048+0x20+28:], 1)
	mem[0x1048+0x20+43] = 2
	// The pc-value tables: pcsp 1 and pcdata 3 of the first function,
	// pcsp 5 of the second, pcsp 1 again of the third.
	for _, v := range [][2]int{{0x20 + 16, 1}, {0x20 + 44, 3}, {0x58 + 16, 5}, {0x88 + 16, 1}} {
		le.PutUint32(mem[0x1048+v[0]:], uint32(v[1]))
	}
	md := mem[0x2000:]
	putTestModuledata(md)
	for b := range 40 {
		le.PutUint32(mem[0x3000+20*b:], uint32(b>>2&^(funcBucketGroup-1)))
	}
	return mem
}

func TestFillAtStart(t *testing.T) {
	mem := testRuntimeTables()
	want := bytes.Clone(mem)
	segs := []dataSegment{{0x1000, mem[0x1000:0x1100]}, {0x2000, mem[0x2000:0x2200]}, {0x3000, mem[0x3000:]}}
	f, ok := fillAtStart(segs)
	if !ok || f.table != 0x3000 || f.nbuckets != 40 || f.ftab != 0x1048 || f.nftab != 4 || f.entry0 != 0x1000 || f.funcs != 0x20 || f.tables != 1 {
		t.Fatalf("fillAtStart: %+v, %v", f, ok)
	}
	if !bytes.Equal(mem[0x3000:], make([]byte, len(mem)-0x3000)) {
		t.Error("the search table was not cleared")
	}
	if bytes.Equal(mem, want) {
		t.Fatal("nothing cleared")
	}
	runStart(t, startCode(f), mem)
	if !bytes.Equal(mem, want) {
		t.Errorf("the start function wrote back other memory than was cleared")
	}

	// Offsets to the functions' entries that are not laid out as the
	// linker does stay as data; the rest is written as before.
	mem = testRuntimeTables()
	binary.LittleEndian.PutUint32(mem[0x1048+0x20+28:], 2)
	want = bytes.Clone(mem)
	f, ok = fillAtStart([]dataSegment{{0, mem}})
	if !ok || f.funcs != 0 || binary.LittleEndian.Uint32(mem[0x1048+12:]) != 0x58 {
		t.Fatalf("fillAtStart: %+v, %v", f, ok)
	}
	runStart(t, startCode(f), mem)
	if !bytes.Equal(mem, want) {
		t.Errorf("the start function wrote back other memory than was cleared")
	}

	// Tables not named in the order they lie stay as they are.
	mem = testRuntimeTables()
	binary.LittleEndian.PutUint32(mem[0x1048+0x58+16:], 2)
	want = bytes.Clone(mem)
	f, ok = fillAtStart([]dataSegment{{0, mem}})
	if !ok || f.funcs != 0x20 || f.tables != 0 || binary.LittleEndian.Uint32(mem[0x1048+0x58+16:]) != 2 {
		t.Fatalf("fillAtStart: %+v, %v", f, ok)
	}
	runStart(t, startCode(f), mem)
	if !bytes.Equal(mem, want) {
		t.Errorf("the start function wrote back other memory than was cleared")
	}

	// A table that does not count up as startCode would write stays.
	mem = testRuntimeTables()
	binary.LittleEndian.PutUint32(mem[0x3000+20*39:], 0)
	binary.LittleEndian.PutUint32(mem[0x1048+8*2:], 0x1005)
	want = bytes.Clone(mem)
	if _, ok := fillAtStart([]dataSegment{{0, mem}}); ok || !bytes.Equal(mem, want) {
		t.Error("cleared tables that the start function would not write back as they were")
	}
}

func TestFuncdataRefs(t *testing.T) {
	if got := longestIncreasing([]uint32{8, 2, 9, 3, 4, 1, 10}); len(got) != 4 || got[0] != 2 || got[1] != 3 || got[2] != 4 || got[3] != 10 {
		t.Errorf("longestIncreasing: %v", got)
	}
	// The first function's two funcdata name 0x10 and 0x40, the second's
	// one 0x20, the third's one 0x10 again: the run is 0x10, 0x20; 0x40
	// (not in it) and the second 0x10 stay as offsets, marked.
	mem := testRuntimeTables()
	le := binary.LittleEndian
	for _, off := range []int{0x58, 0x88} {
		mem[0x1048+off+43] = 1
	}
	for at, v := range map[int]uint32{0x20 + 48: 0x10, 0x20 + 52: 0x40, 0x58 + 44: 0x20, 0x88 + 44: 0x10} {
		le.PutUint32(mem[0x1048+at:], v)
	}
	want := bytes.Clone(mem)
	f, ok := fillAtStart([]dataSegment{{0, mem}})
	if !ok || f.funcs != 0x20 || f.funcdata != 0x10 {
		t.Fatalf("fillAtStart: %+v, %v", f, ok)
	}
	for at, v := range map[int]uint32{0x20 + 48: 0x10, 0x20 + 52: 0x40 | 1<<31, 0x58 + 44: 1, 0x88 + 44: 0x10 | 1<<31} {
		if got := le.Uint32(mem[0x1048+at:]); got != v {
			t.Errorf("funcdata at %#x: %#x, want %#x", at, got, v)
		}
	}
	runStart(t, startCode(f), mem)
	if !bytes.Equal(mem, want) {
		t.Errorf("the start function wrote back other memory than was cleared")
	}
}

func TestClearCounting(t *testing.T) {
	mem := make([]byte, 0x1000)
	for k := range 256 {
		binary.LittleEndian.PutUint64(mem[0x108+8*k:], uint64(k))
	}
	want := bytes.Clone(mem)
	// Where the uint64s would not lie at a multiple of 8, nor in part.
	if at := clearCounting([]dataSegment{{0x101, mem}, {0, mem[:0x800]}}); at != 0 || !bytes.Equal(mem, want) {
		t.Fatalf("clearCounting: %#x", at)
	}
	if at := clearCounting([]dataSegment{{0, mem}}); at != 0x108 {
		t.Fatalf("clearCounting: %#x", at)
	}
	if !bytes.Equal(mem, make([]byte, len(mem))) {
		t.Fatal("not cleared")
	}
	runStart(t, startCode(startFill{u64s: 0x108}), mem)
	if !bytes.Equal(mem, want) {
		t.Error("the start function wrote back other memory than was cleared")
	}
}

func TestClearPow10(t *testing.T) {
	tab := pow10Table()
	if len(tab) != 16*(pow10Max-pow10Min+1) {
		t.Fatalf("%d bytes", len(tab))
	}
	// 1e-348 and 1e0 as internal/strconv's pow10Tab writes them.
	le := binary.LittleEndian
	for _, c := range []struct {
		at     int
		hi, lo uint64
	}{{0, 0xfa8fd5a0081c0288, 0x1732c869cd60e453}, {-pow10Min, 1 << 63, 0}, {1 - pow10Min, 0xa000000000000000, 0}} {
		if hi, lo := le.Uint64(tab[16*c.at:]), le.Uint64(tab[16*c.at+8:]); hi != c.hi || lo != c.lo {
			t.Errorf("entry %d: %#x %#x, want %#x %#x", c.at, hi, lo, c.hi, c.lo)
		}
	}
	const at, x = 0x108, 0x4000 + 4*pow10Pad
	mem := make([]byte, 0x4000+0x200)
	copy(mem[at:], tab)
	want := bytes.Clone(mem)
	if got := clearPow10([]dataSegment{{0x101, mem[:0x3000]}}); got != 0 || !bytes.Equal(mem, want) {
		t.Fatalf("clearPow10 at an odd address: %#x", got)
	}
	if got := clearPow10([]dataSegment{{0, mem[:0x3000]}}); got != at {
		t.Fatalf("clearPow10: %#x", got)
	}
	if !bytes.Equal(mem, make([]byte, len(mem))) {
		t.Fatal("not cleared")
	}
	runStart(t, startCode(startFill{pow10: at, scratch: x}), mem)
	if !bytes.Equal(mem, want) {
		t.Error("the start function wrote back other memory than was cleared")
	}
}

func TestWithStart(t *testing.T) {
	if withStart(testModule(), nil) != nil {
		t.Error("a start function for a module without functions")
	}
	m := []byte("\x00asm\x01\x00\x00\x00")
	m = append(m, 1, 5, 1, 0x60, 0, 1, 0x7f) // type 0: [] -> [i32]
	m = append(m, 2, 8, 1, 1, 'a', 1, 'b', 0, 0, 0)
	m = append(m, 3, 2, 1, 0)
	m = append(m, 7, 5, 1, 1, 'f', 0, 1)
	m = append(m, 10, 6, 1, 4, 0, 0x41, 7, 0x0b)
	got := withStart(m, []byte{0, 0x0b})
	want := []byte{1, 8, 2, 0x60, 0, 1, 0x7f, 0x60, 0, 0} // type 1: [] -> []
	want = append(want, 2, 8, 1, 1, 'a', 1, 'b', 0, 0, 0) // one function imported
	want = append(want, 3, 3, 2, 0, 1)
	want = append(want, 7, 5, 1, 1, 'f', 0, 1)
	want = append(want, 8, 1, 2) // function 2 starts
	want = append(want, 10, 9, 2, 4, 0, 0x41, 7, 0x0b, 2, 0, 0x0b)
	if !bytes.Equal(got, want) {
		t.Errorf("withStart:\n got %x\nwant %x", got, want)
	}
	if withStart(append(m[:len(m):len(m)], 8, 1, 0), nil) != nil {
		t.Error("a second start function")
	}
}

func TestSplitAtZeros(t *testing.T) {
	d := append(append(append([]byte("\x00\x00ab"), make([]byte, packGap)...), "c"...), make([]byte, packGap-1)...)
	d = append(d, "d\x00"...)
	got := splitAtZeros([]dataSegment{{0x100, d}})
	if len(got) != 2 || got[0].off != 0x102 || string(got[0].data) != "ab" || got[1].off != uint32(0x104+packGap) || len(got[1].data) != packGap+1 {
		t.Errorf("splitAtZeros: %+v", got)
	}
}
