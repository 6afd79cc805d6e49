package offsets

import "github.com/claimlight/claimlight/internal/le"

// step returns the length in bytes of the code unit sequence that starts at
// src[i] (i < len(src)) and the number of UTF-16 code units it decodes to,
// following the WHATWG UTF-8 decoder that TextDecoder uses: a valid sequence
// gives its rune (2 units above U+FFFF, else 1); an invalid sequence gives
// one U+FFFD (1 unit) for its maximal subpart, that is a lead byte and the
// continuation bytes that could still have completed it.
func step(src []byte, i int) (size, units int) {
	b := src[i]
	if b < 0x80 {
		return 1, 1
	}
	need := 0
	lo, hi := byte(0x80), byte(0xBF)
	switch {
	case b >= 0xC2 && b <= 0xDF:
		need = 1
	case b >= 0xE0 && b <= 0xEF:
		need = 2
		if b == 0xE0 {
			lo = 0xA0
		} else if b == 0xED {
			hi = 0x9F
		}
	case b >= 0xF0 && b <= 0xF4:
		need = 3
		if b == 0xF0 {
			lo = 0x90
		} else if b == 0xF4 {
			hi = 0x8F
		}
	default:
		return 1, 1 // a stray continuation byte, C0, C1 or F5..FF
	}
	j := i + 1
	for k := 0; k < need; k++ {
		if j >= len(src) || src[j] < lo || src[j] > hi {
			return j - i, 1 // truncated: one U+FFFD for the maximal subpart
		}
		lo, hi = 0x80, 0xBF
		j++
	}
	if need == 3 {
		return j - i, 2
	}
	return j - i, 1
}

// asciiPrefix returns the length of the run of ASCII bytes at the start of src.
func asciiPrefix(src []byte) int {
	i := 0
	for ; i+8 <= len(src); i += 8 {
		if le.Uint64(src[i:])&0x8080808080808080 != 0 {
			break
		}
	}
	for i < len(src) && src[i] < 0x80 {
		i++
	}
	return i
}

// walk advances from byte offset pos, at UTF-16 offset units, over whole
// sequences until pos >= o, and returns the new pair. It skips ASCII eight
// bytes at a time.
func walk(src []byte, pos, units, o int) (int, int) {
	for pos < o {
		if pos+8 <= o && le.Uint64(src[pos:])&0x8080808080808080 == 0 {
			pos += 8
			units += 8
			continue
		}
		if src[pos] < 0x80 {
			pos++
			units++
			continue
		}
		s, u := step(src, pos)
		pos += s
		units += u
	}
	return pos, units
}

// clamp limits o to [0, n].
func clamp(o int32, n int) int32 {
	if o < 0 {
		return 0
	}
	if int(o) > n {
		return int32(n)
	}
	return o
}

func sorted(xs []int32) bool {
	for i := 1; i < len(xs); i++ {
		if xs[i] < xs[i-1] {
			return false
		}
	}
	return true
}

// ToUTF16 rewrites offs, a slice of UTF-8 byte offsets into src, as UTF-16
// code unit offsets into the string a browser's TextDecoder makes of src, in
// place.
//
// offs may be in any order. Sorted input (the common case of starts and
// ends in document order) is converted in one pass over src with no
// allocation; unsorted input builds a [Map] once (one int32 pair per 32 bytes
// of src) and looks each offset up in it. Text that is all ASCII is left as
// is, since bytes and code units then agree.
//
// Units follow the WHATWG decoder: a rune above U+FFFF counts 2 units, any
// other rune 1, and each maximal invalid subpart (a bad byte, or a
// truncated sequence such as "\xE2\x82") 1 unit for its U+FFFD. An offset
// inside a sequence rounds forward to the end of that sequence's units.
// Offsets below 0 or past len(src) are clamped to the text.
func ToUTF16(src []byte, offs []int32) {
	if len(offs) == 0 {
		return
	}
	ascii := asciiPrefix(src)
	if ascii == len(src) {
		for i, o := range offs {
			offs[i] = clamp(o, len(src))
		}
		return
	}
	if !sorted(offs) {
		m := NewMap(src)
		for i, o := range offs {
			offs[i] = m.UTF16(o)
		}
		return
	}
	pos, units := 0, 0
	for i, o := range offs {
		o := int(clamp(o, len(src)))
		if pos < o && pos < ascii {
			d := min(o, ascii) - pos
			pos += d
			units += d
		}
		pos, units = walk(src, pos, units, o)
		offs[i] = int32(units)
	}
}

// ToUTF8 rewrites units, a slice of UTF-16 code unit offsets into the string
// a browser's TextDecoder makes of src, as UTF-8 byte offsets into src, in
// place. It is the inverse of [ToUTF16] on sequence boundaries, with the same
// rules: any order (sorted input goes in one pass), a unit offset inside a
// surrogate pair rounds forward to the end of the rune, and offsets below 0
// or past the end are clamped.
func ToUTF8(src []byte, units []int32) {
	if len(units) == 0 {
		return
	}
	ascii := asciiPrefix(src)
	if ascii == len(src) {
		for i, u := range units {
			units[i] = clamp(u, len(src))
		}
		return
	}
	if !sorted(units) {
		m := NewMap(src)
		for i, u := range units {
			units[i] = m.UTF8(u)
		}
		return
	}
	pos, n := 0, 0
	for i, u := range units {
		u := max(int(u), 0)
		if n < u && pos < ascii {
			d := min(u-n, ascii-pos)
			pos += d
			n += d
		}
		for n < u && pos < len(src) {
			if src[pos] < 0x80 {
				pos++
				n++
				continue
			}
			s, k := step(src, pos)
			pos += s
			n += k
		}
		units[i] = int32(pos)
	}
}

// Len16 returns the length of src in UTF-16 code units once decoded by a
// browser's TextDecoder: the JavaScript string's length.
func Len16(src []byte) int {
	_, units := walk(src, 0, 0, len(src))
	return units
}

// blockSize is the number of bytes between two checkpoints of a [Map].
const blockSize = 32

// Map converts offsets of one text between UTF-8 bytes and UTF-16 code
// units in any order, after one pass over the text. It keeps a checkpoint
// every 32 bytes, so each lookup walks at most about 32 bytes. A Map is safe
// for concurrent lookups; src must not change while it is in use.
type Map struct {
	src   []byte
	bytes []int32 // bytes[b]: the last sequence boundary at or before b*blockSize
	units []int32 // units[b]: the UTF-16 offset of bytes[b]
}

// NewMap builds a [Map] of src in one pass.
func NewMap(src []byte) *Map {
	nb := len(src)/blockSize + 1
	m := &Map{src: src, bytes: make([]int32, nb), units: make([]int32, nb)}
	pos, units := 0, 0
	for b := range nb {
		target := b * blockSize
		for pos < len(src) {
			if pos+8 <= min(target, len(src)) && le.Uint64(src[pos:])&0x8080808080808080 == 0 {
				pos += 8 // eight ASCII bytes, one unit each
				units += 8
				continue
			}
			s, u := 1, 1
			if src[pos] >= 0x80 {
				s, u = step(src, pos)
			}
			if pos+s > target {
				break
			}
			pos += s
			units += u
		}
		m.bytes[b] = int32(pos)
		m.units[b] = int32(units)
	}
	return m
}

// UTF16 returns the UTF-16 code unit offset of the byte offset off, with the
// rounding and clamping of [ToUTF16].
func (m *Map) UTF16(off int32) int32 {
	o := int(clamp(off, len(m.src)))
	b := o / blockSize
	_, units := walk(m.src, int(m.bytes[b]), int(m.units[b]), o)
	return int32(units)
}

// UTF8 returns the byte offset of the UTF-16 code unit offset unit, with the
// rounding and clamping of [ToUTF8].
func (m *Map) UTF8(unit int32) int32 {
	u := max(int(unit), 0)
	// The last checkpoint at or before u: units[0] is 0, so there is one.
	lo, hi := 0, len(m.units)
	for hi-lo > 1 {
		mid := int(uint(lo+hi) >> 1)
		if int(m.units[mid]) <= u {
			lo = mid
		} else {
			hi = mid
		}
	}
	b := lo
	pos, n := int(m.bytes[b]), int(m.units[b])
	for n < u && pos < len(m.src) {
		s, k := 1, 1
		if m.src[pos] >= 0x80 {
			s, k = step(m.src, pos)
		}
		pos += s
		n += k
	}
	return int32(pos)
}
