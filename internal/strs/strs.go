// Package strs holds the string helpers the engine's packages share,
// written out so that the WebAssembly build is spared the larger code of
// the standard library's (strings.Cut, bytes.Contains) where these small
// cases are all the engine needs.
package strs

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Cut returns the part of s before the first byte sep and the part after
// it; s and "" if there is none. It is strings.Cut less the found flag.
func Cut(s string, sep byte) (before, after string) {
	if i := strings.IndexByte(s, sep); i >= 0 {
		return s[:i], s[i+1:]
	}
	return s, ""
}

// CountByte returns the number of bytes c in s: bytes.Count(s,
// []byte{c}), whose code is larger. It takes no strings as well, as a
// generic function would, for the code of a second instance in the
// WebAssembly build; start-up's lists pass []byte(list).
func CountByte(s []byte, c byte) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			n++
		}
	}
	return n
}

// Contains reports whether s is within b: bytes.Contains(b, []byte(s)). It
// compares at every offset, which for the short texts it is given is no
// slower.
func Contains(b []byte, s string) bool {
	for i := 0; i+len(s) <= len(b); i++ {
		if string(b[i:i+len(s)]) == s {
			return true
		}
	}
	return false
}

// HasDigit reports whether b holds an ASCII digit: bytes.ContainsAny(b,
// "0123456789"), whose code is larger.
func HasDigit(b []byte) bool {
	for _, c := range b {
		if '0' <= c && c <= '9' {
			return true
		}
	}
	return false
}

// TrimSpace returns b without the white space (as [unicode.IsSpace]
// defines it) at its start and end, as bytes.TrimSpace does, but for an
// empty result, which may be an empty slice of b rather than nil.
func TrimSpace(b []byte) []byte {
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if !unicode.IsSpace(r) {
			break
		}
		b = b[n:]
	}
	for len(b) > 0 {
		r, n := utf8.DecodeLastRune(b)
		if !unicode.IsSpace(r) {
			break
		}
		b = b[:len(b)-n]
	}
	return b
}

// AppendLower appends s to dst with its ASCII capitals in lower case; other
// bytes are copied as they are. Given a dst with room, as a fixed buffer's
// buf[:0], it does not allocate.
func AppendLower(dst, s []byte) []byte {
	dst = append(dst, s...)
	low := dst[len(dst)-len(s):]
	for i, c := range low {
		if 'A' <= c && c <= 'Z' {
			low[i] = c + 'a' - 'A'
		}
	}
	return dst
}

// Search returns where x is, or would be inserted, in the sorted s, and
// whether it is there: slices.BinarySearch for int32s, without the generic
// code and the comparison calls it brings to the WebAssembly build.
func Search(s []int32, x int32) (int, bool) {
	i, j := 0, len(s)
	for i < j {
		h := int(uint(i+j) >> 1)
		if s[h] < x {
			i = h + 1
		} else {
			j = h
		}
	}
	return i, i < len(s) && s[i] == x
}
