package main

import (
	"bytes"
	"encoding/binary"
	"strings"
	"testing"
)

// codeModule returns a module of only a code section with the given
// function bodies' instructions, each with no locals.
func codeModule(bodies ...string) []byte {
	sec := binary.AppendUvarint(nil, uint64(len(bodies)))
	for _, b := range bodies {
		sec = binary.AppendUvarint(sec, uint64(len(b)+1))
		sec = append(sec, 0)
		sec = append(sec, b...)
	}
	m := []byte("\x00asm\x01\x00\x00\x00\x0a")
	m = binary.AppendUvarint(m, uint64(len(sec)))
	return append(m, sec...)
}

func TestFoldOffsets(t *testing.T) {
	const (
		sp     = "\x20\x01"         // local.get 1, Go's stack pointer
		ext    = "\xad"             // i64.extend_i32_u
		add16  = "\x42\x10\x7c\xa7" // i64.const 16, i64.add, i32.wrap_i64
		load8  = "\x29\x03\x08"     // i64.load offset=8
		load24 = "\x29\x03\x18"
		store  = "\x37\x03\x00" // i64.store offset=0
		store8 = "\x37\x03\x10"
		reg    = "\x20\x02" // local.get 2, an i64
		end    = "\x0b"
	)
	for _, c := range []struct{ in, want string }{
		// the stack pointer and an offset, loaded from
		{sp + ext + add16 + load8 + "\x1a" + end, sp + load24 + "\x1a" + end},
		// a pointer in an i64 and an offset, stored to
		{reg + add16 + reg + "\x42\x01\x7c" + store + end, reg + "\xa7" + reg + "\x42\x01\x7c" + store8 + end},
		// a value loaded first, then stored
		{sp + ext + add16 + sp + "\x29\x03\x00" + store + end, sp + sp + "\x29\x03\x00" + store8 + end},
	} {
		got := foldOffsets(codeModule(c.in))
		if want := codeModule(c.want); !bytes.Equal(got, want) {
			t.Errorf("foldOffsets(% x) = % x, want % x", c.in, got, want)
		}
	}
	// Left as they are: a call or a branch before the use; an operator
	// that takes the address itself; a tee that keeps it; a negative
	// offset.
	for _, in := range []string{
		sp + ext + add16 + "\x10\x00" + load8 + "\x1a" + end,
		sp + ext + add16 + "\x0c\x00" + load8 + "\x1a" + end,
		sp + ext + add16 + "\x41\x04\x6a" + load8 + "\x1a" + end,
		sp + ext + add16 + "\x45" + load8 + "\x1a" + end,
		sp + ext + add16 + "\x22\x03" + load8 + "\x1a" + end,
		reg + "\x42\x70\x7c\xa7" + load8 + "\x1a" + end,
	} {
		m := codeModule(in)
		if got := foldOffsets(m); !bytes.Equal(got, m) {
			t.Errorf("foldOffsets(% x) = % x, want it unchanged", in, got)
		}
	}
	// An opcode it does not know leaves the module as it is.
	m := codeModule(sp+ext+add16+load8+"\x1a"+end, "\xfd\x00"+end)
	if got := foldOffsets(m); !bytes.Equal(got, m) {
		t.Errorf("a module with an unknown opcode changed: % x", got)
	}
}

func TestShortenReturns(t *testing.T) {
	const (
		free = "\x20\x01\x41\x18\x6a\x22\x01\x24\x00" // sp += 24, into global 0
		pop  = "\x20\x01\x41\x08\x6a\x22\x01\x24\x00" // sp += 8, the same
		ret  = "\x41\x00\x0f"                         // i32.const 0, return
	)
	for _, c := range []struct{ in, want string }{
		{free + pop + ret + "\x0b", "\x20\x01\x41\x20\x6a\x24\x00" + ret + "\x0b"},
		// no return after it: the local keeps the stack pointer
		{free + pop + "\x1a\x0b", "\x20\x01\x41\x20\x6a\x22\x01\x24\x00\x1a\x0b"},
		// a call between the two: as it is
		{free + "\x41\x00\x10\x00\x1a" + pop + "\x1a\x0b", free + "\x41\x00\x10\x00\x1a" + pop + "\x1a\x0b"},
	} {
		got := foldOffsets(codeModule(c.in))
		if want := codeModule(c.want); !bytes.Equal(got, want) {
			t.Errorf("foldOffsets(% x) = % x, want % x", c.in, got, want)
		}
	}
}

// A block whose type is a type index takes more than one byte when the
// index is 64 or more: 0x80 0x20 is index 4096. Read as one byte, the
// 0x20 after it is a local.get, whose index swallows the f64.const below,
// and the constant's eight bytes then read as an i64.const 8, an add, a
// wrap and a load that foldOffsets would rewrite inside the constant.
func TestFoldOffsetsBlockTypeIndex(t *testing.T) {
	const f64 = "\x44\x42\x08\x7c\xa7\x29\x03\x00\x1a" // f64.const with those bytes
	for _, in := range []string{
		"\x02\x80\x20" + f64 + "\x1a\x0b\x0b",                            // block (type 4096)
		"\x03\x80\x20" + f64 + "\x1a\x0b\x0b",                            // loop
		"\x41\x01\x04\x80\x20" + f64 + "\x1a\x05" + f64 + "\x1a\x0b\x0b", // if, else
	} {
		m := codeModule(in)
		if got := foldOffsets(m); !bytes.Equal(got, m) {
			t.Errorf("foldOffsets(% x) = % x, want it unchanged", in, got)
		}
	}
	// A type index of 2^32 is none: the function is refused, and with it
	// the module, fold and all.
	m := codeModule("\x02\x80\x80\x80\x80\x10\x20\x02\x42\x10\x7c\xa7\x29\x03\x08\x1a\x0b\x0b")
	if got := foldOffsets(m); !bytes.Equal(got, m) {
		t.Errorf("a block type of 2^32 changed the module: % x", got)
	}
	// A fold inside such a block is made as anywhere else.
	const (
		in   = "\x02\x80\x20\x20\x02\x42\x10\x7c\xa7\x29\x03\x08\x1a\x0b\x0b"
		want = "\x02\x80\x20\x20\x02\xa7\x29\x03\x18\x1a\x0b\x0b"
	)
	if got, want := foldOffsets(codeModule(in)), codeModule(want); !bytes.Equal(got, want) {
		t.Errorf("foldOffsets(% x) = % x, want % x", in, got, want)
	}
}

// A memarg's offset is a u32 (memory32): a fold whose sum would reach 2^32
// is not made, and the site stays as it is; one that reaches 2^32-1 is.
func TestFoldOffsetsOffsetLimit(t *testing.T) {
	const (
		reg   = "\x20\x02"         // local.get 2, an i64
		add32 = "\x42\x20\x7c\xa7" // i64.const 32, i64.add, i32.wrap_i64
	)
	for _, in := range []string{
		reg + add32 + "\x29\x03\xe0\xff\xff\xff\x0f" + "\x1a\x0b",                  // i64.load offset=2^32-32
		reg + add32 + "\x29\x03\xff\xff\xff\xff\x0f" + "\x1a\x0b",                  // offset=2^32-1
		reg + add32 + reg + "\x37\x03\xf0\xff\xff\xff\x0f" + "\x0b",                // i64.store offset=2^32-16
		"\x20\x01\xad" + add32 + "\x29\x03\xe0\xff\xff\xff\x0f" + "\x1a\x0b",       // the stack pointer's
		reg + add32 + "\x29\x03" + strings.Repeat("\xff", 9) + "\x01" + "\x1a\x0b", // offset=2^64-1, no u32: the sum must not wrap
	} {
		m := codeModule(in)
		if got := foldOffsets(m); !bytes.Equal(got, m) {
			t.Errorf("foldOffsets(% x) = % x, want it unchanged", in, got)
		}
	}
	const (
		in   = reg + add32 + "\x29\x03\xdf\xff\xff\xff\x0f" + "\x1a\x0b" // offset=2^32-33
		want = reg + "\xa7\x29\x03\xff\xff\xff\xff\x0f" + "\x1a\x0b"
	)
	if got, want := foldOffsets(codeModule(in)), codeModule(want); !bytes.Equal(got, want) {
		t.Errorf("foldOffsets(% x) = % x, want % x", in, got, want)
	}
}

// A memarg whose alignment has bit 6 set names its memory: a memory index
// comes between the alignment and the offset (multi-memory). Read as
// alignment and offset, the index was taken for the offset, so a fold
// added N to the memory index, and the offset was read as an instruction.
func TestFoldOffsetsMultiMemory(t *testing.T) {
	const (
		sp    = "\x20\x01"         // local.get 1, Go's stack pointer
		ext   = "\xad"             // i64.extend_i32_u
		reg   = "\x20\x02"         // local.get 2, an i64
		add16 = "\x42\x10\x7c\xa7" // i64.const 16, i64.add, i32.wrap_i64
	)
	// Left as they are: a load or a store in memory 0 or 1 named by index.
	for _, in := range []string{
		reg + add16 + "\x29\x43\x00\x00" + "\x1a\x0b",          // i64.load (memory 0) offset=0
		reg + add16 + "\x29\x43\x01\x08" + "\x1a\x0b",          // i64.load (memory 1) offset=8
		sp + ext + add16 + reg + "\x37\x43\x01\x00" + "\x0b",   // i64.store (memory 1)
		sp + ext + add16 + "\x2d\x40\x01\x80\x01" + "\x1a\x0b", // i32.load8_u (memory 1) offset=128
	} {
		m := codeModule(in)
		if got := foldOffsets(m); !bytes.Equal(got, m) {
			t.Errorf("foldOffsets(% x) = % x, want it unchanged", in, got)
		}
	}
	// Read whole, such a load is plain stack code between an address and
	// its store, which is folded.
	const (
		in   = sp + ext + add16 + "\x20\x03\x28\x42\x01\x04" + "\x36\x02\x04" + "\x0b"
		want = sp + "\x20\x03\x28\x42\x01\x04" + "\x36\x02\x14" + "\x0b"
	)
	if got, want := foldOffsets(codeModule(in)), codeModule(want); !bytes.Equal(got, want) {
		t.Errorf("foldOffsets(% x) = % x, want % x", in, got, want)
	}
}
