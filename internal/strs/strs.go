// Package strs holds the string helpers the engine's packages share,
// written out so that the WebAssembly build is spared the larger code of
// the standard library's (strings.Cut, bytes.Contains) where these small
// cases are all the engine needs.
package strs

import "strings"

// Cut returns the part of s before the first byte sep and the part after
// it; s and "" if there is none. It is strings.Cut less the found flag.
func Cut(s string, sep byte) (before, after string) {
	if i := strings.IndexByte(s, sep); i >= 0 {
		return s[:i], s[i+1:]
	}
	return s, ""
}

// CountByte returns the number of bytes c in s: strings.Count(s,
// string(c)) or bytes.Count(s, []byte{c}), whose code is larger.
func CountByte[T ~string | ~[]byte](s T, c byte) int {
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
