package main

import (
	"encoding/binary"
	"math"
)

// foldOffsets rewrites the code section of the module m so that an
// address's constant offset sits in the load or store that uses it, where
// Go's compiler adds it to the address first: "X i64.const N i64.add
// i32.wrap_i64 … i64.load offset=K" becomes "X i32.wrap_i64 … i64.load
// offset=K+N", and where X ends in i64.extend_i32_u (the stack pointer, an
// i32 local) the extend and the wrap go too. About 51,000 places in the
// engine's module, 4.5 MB to 4.2 MB raw and some 17 KB zlib. It also
// writes the functions' returns shorter (shortenReturns, 1.9 KB more).
//
// The two differ only for an address within N bytes below 4 GiB, which
// wrapped to a low address and now traps: no Go pointer lies there. Only
// the bodies' bytes change, not their blocks, so Go's code addresses (a
// function's index and a resumption point's) stay as they were. Between
// the wrap and the load or store only plain stack code may come (locals,
// constants, loads, unary and binary operators) that leaves the address
// where it was; anything else, a call or a branch, keeps the code as it
// is, and so does a sum that would not fit the memarg's offset, a u32,
// and a load or store that names its memory (multi-memory).
// A module foldOffsets does not read is returned as it is.
func foldOffsets(m []byte) []byte {
	if len(m) < 8 || string(m[:4]) != "\x00asm" {
		return m
	}
	for i := 8; i < len(m); {
		n, j, ok := uleb(m, i+1)
		if !ok || j+int(n) > len(m) {
			return m
		}
		if m[i] != 10 {
			i = j + int(n)
			continue
		}
		sec := m[j : j+int(n)]
		count, k, ok := uleb(sec, 0)
		if !ok {
			return m
		}
		body := binary.AppendUvarint(nil, count)
		for f := uint64(0); f < count; f++ {
			size, b, ok := uleb(sec, k)
			if !ok || b+int(size) > len(sec) {
				return m
			}
			code, ok := foldBody(sec[b : b+int(size)])
			if ok {
				code, ok = shortenReturns(code)
			}
			if !ok {
				return m
			}
			body = binary.AppendUvarint(body, uint64(len(code)))
			body = append(body, code...)
			k = b + int(size)
		}
		if k != len(sec) {
			return m
		}
		out := append([]byte(nil), m[:i+1]...)
		out = binary.AppendUvarint(out, uint64(len(body)))
		out = append(out, body...)
		return append(out, m[j+int(n):]...)
	}
	return m
}

// wasmInst is an instruction of a function body: its opcode and where its
// bytes start and end.
type wasmInst struct {
	op         byte
	start, end int
}

// Opcodes foldOffsets reads.
const (
	opLocalGet  = 0x20
	opLocalTee  = 0x22
	opGlobalGet = 0x23
	opI64Const  = 0x42
	opI64Add    = 0x7c
	opI32Wrap   = 0xa7
	opI64Extend = 0xad
)

func isLoad(op byte) bool  { return op >= 0x28 && op <= 0x35 }
func isStore(op byte) bool { return op >= 0x36 && op <= 0x3e }

// stackEffect says what an instruction between an address and its use does
// to the stack: pops is how many values it takes (0, 1 or 2) and pushes is
// 1; ok is false for any other instruction.
func stackEffect(op byte) (pops int, ok bool) {
	switch {
	case op == opLocalGet || op == opGlobalGet || op >= 0x41 && op <= 0x44:
		return 0, true
	case isLoad(op), op == opLocalTee, op == 0x45, op == 0x50, op >= 0x67 && op <= 0x69, op >= 0x79 && op <= 0x7b,
		op >= 0x8b && op <= 0x91, op >= 0x99 && op <= 0x9f, op >= 0xa7 && op <= 0xc4:
		return 1, true
	case op >= 0x46 && op <= 0x4f, op >= 0x51 && op <= 0x66, op >= 0x6a && op <= 0x78, op >= 0x7c && op <= 0x8a,
		op >= 0x92 && op <= 0x98, op >= 0xa0 && op <= 0xa6:
		return 2, true
	}
	return 0, false
}

// foldBody returns the function body b with its offsets folded, and false
// if it holds an instruction foldOffsets cannot read.
func foldBody(b []byte) ([]byte, bool) {
	ins, start, ok := decodeBody(b)
	if !ok {
		return nil, false
	}
	// add[k] is the offset to add to the load or store ins[k]; drop marks
	// the instructions left out.
	add := map[int]uint64{}
	drop := make([]bool, len(ins))
	for k := 1; k+3 < len(ins); k++ {
		if ins[k].op != opI64Const || ins[k+1].op != opI64Add || ins[k+2].op != opI32Wrap {
			continue
		}
		n, _, ok := sleb(b, ins[k].start+1)
		if !ok || n < 0 || n >= 1<<24 {
			continue
		}
		c := addressUse(ins, k+3)
		if c < 0 {
			continue
		}
		if _, seen := add[c]; seen {
			continue
		}
		// the memarg's offset is a u32: a sum past it stays unfolded;
		// and a memarg that names its memory is left as it is
		align, _, off, _, _ := memarg(b, ins[c].start+1)
		if align&memargMemIdx != 0 || off > math.MaxUint32-uint64(n) {
			continue
		}
		add[c] = uint64(n)
		drop[k], drop[k+1] = true, true
		if ins[k-1].op == opI64Extend {
			drop[k-1], drop[k+2] = true, true
		}
	}
	out := append(make([]byte, 0, len(b)), b[:start]...)
	for k, in := range ins {
		if drop[k] {
			continue
		}
		n, fold := add[k]
		if !fold {
			out = append(out, b[in.start:in.end]...)
			continue
		}
		align, _, off, _, _ := memarg(b, in.start+1)
		out = append(out, in.op)
		out = binary.AppendUvarint(out, align)
		out = binary.AppendUvarint(out, off+n)
	}
	return out, true
}

// addressUse returns the index of the load or store that takes the address
// on top of the stack before ins[k] as its address, or -1 if another
// instruction may take it first or code other than plain stack code comes
// between.
func addressUse(ins []wasmInst, k int) int {
	h := 1 // values on the stack from the address up
	for ; k < len(ins); k++ {
		op := ins[k].op
		switch {
		case isLoad(op) && h == 1, isStore(op) && h == 2:
			return k
		}
		pops, ok := stackEffect(op)
		if !ok || pops >= h {
			return -1
		}
		h += 1 - pops
	}
	return -1
}

// memargMemIdx is the bit of a memarg's alignment flags that says a
// memory index follows them (multi-memory); without it the memory is 0.
const memargMemIdx = 0x40

// memarg reads the memarg of a load or store from b at i, after the
// opcode: its alignment flags, its memory index, its offset, and the index
// after it; false if one of them is cut short.
func memarg(b []byte, i int) (align, mem, off uint64, next int, ok bool) {
	align, i, ok = uleb(b, i)
	if ok && align&memargMemIdx != 0 {
		mem, i, ok = uleb(b, i)
	}
	if ok {
		off, i, ok = uleb(b, i)
	}
	return align, mem, off, i, ok
}

// decodeBody splits a function body into instructions, after its locals,
// and returns where the instructions start; false for an opcode it does
// not know.
func decodeBody(b []byte) ([]wasmInst, int, bool) {
	n, i, ok := uleb(b, 0)
	if !ok {
		return nil, 0, false
	}
	for ; n > 0; n-- {
		if _, i, ok = uleb(b, i); !ok || i >= len(b) {
			return nil, 0, false
		}
		i++ // the locals' type
	}
	start := i
	var ins []wasmInst
	for i < len(b) {
		s, op := i, b[i]
		i++
		ok := true
		switch {
		case op <= 0x01, op == 0x05, op == 0x0b, op == 0x0f, op == 0x1a, op == 0x1b, op >= 0x45 && op <= 0xc4:
		case op >= 0x02 && op <= 0x04:
			// block type, a signed LEB128 of up to 33 bits (five
			// bytes): empty (0x40, -64) or a value type (0x7f i32 and
			// the like, negative) in one byte, or a type index (0 to
			// 2^32-1), which takes more than one from 64 on
			var t int64
			t, i, ok = sleb(b, i)
			ok = ok && i-s <= 6 && t >= -64 && t < 1<<32
		case op == 0x0c, op == 0x0d, op == 0x10, op >= 0x20 && op <= 0x24:
			_, i, ok = uleb(b, i)
		case op == 0x0e:
			var m uint64
			m, i, ok = uleb(b, i)
			for ; ok && m > 0; m-- {
				_, i, ok = uleb(b, i)
			}
			if ok {
				_, i, ok = uleb(b, i)
			}
		case op == 0x11:
			if _, i, ok = uleb(b, i); ok {
				_, i, ok = uleb(b, i)
			}
		case isLoad(op), isStore(op):
			_, _, _, i, ok = memarg(b, i)
		case op == 0x3f, op == 0x40:
			i++
		case op == 0x41, op == opI64Const:
			_, i, ok = sleb(b, i)
		case op == 0x43:
			i += 4
		case op == 0x44:
			i += 8
		case op == 0xfc:
			var sub uint64
			sub, i, ok = uleb(b, i)
			switch {
			case !ok:
			case sub <= 7: // saturating conversions
			case sub == 10:
				i += 2 // memory.copy
			case sub == 11:
				i++ // memory.fill
			default:
				ok = false
			}
		default:
			ok = false
		}
		if !ok || i > len(b) {
			return nil, 0, false
		}
		ins = append(ins, wasmInst{op, s, i})
	}
	return ins, start, true
}

// shortenReturns returns the function body b with its returns written
// shorter. Go's compiler frees a function's frame and then pops the return
// address, "i32.const A i32.add local.tee 1 global.set 0 local.get 1
// i32.const 8 i32.add", which is "i32.const A+8 i32.add" (nothing can see
// the stack pointer in between); and before a return it keeps the stack
// pointer in its local, "local.tee 1 global.set 0 i32.const 0 return",
// which nothing reads after it.
func shortenReturns(b []byte) ([]byte, bool) {
	ins, start, ok := decodeBody(b)
	if !ok {
		return nil, false
	}
	text := func(k int) string { return string(b[ins[k].start:ins[k].end]) }
	out := append(make([]byte, 0, len(b)), b[:start]...)
	for k := 0; k < len(ins); k++ {
		// the pop is followed by the store of the stack pointer,
		// "local.tee 1 global.set 0", which the folded add leaves right
		if k+9 <= len(ins) && ins[k].op == 0x41 && text(k+1) == "\x6a" && text(k+2) == "\x22\x01" && text(k+3) == "\x24\x00" &&
			text(k+4) == "\x20\x01" && text(k+5) == "\x41\x08" && text(k+6) == "\x6a" && text(k+7) == "\x22\x01" && text(k+8) == "\x24\x00" {
			if a, _, ok := sleb(b, ins[k].start+1); ok && a >= 0 && a < 1<<24 {
				out = append(out, 0x41)
				out = appendSleb(out, a+8)
				out = append(out, 0x6a)
				k += 6
				continue
			}
		}
		if k+4 <= len(ins) && text(k) == "\x22\x01" && text(k+1) == "\x24\x00" && text(k+2) == "\x41\x00" && text(k+3) == "\x0f" {
			continue // the local.tee
		}
		out = append(out, b[ins[k].start:ins[k].end]...)
	}
	return out, true
}
