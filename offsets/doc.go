// Package offsets converts UTF-8 byte offsets to UTF-16 code unit offsets,
// the units JavaScript strings and DOM Ranges count, and back.
//
// The engine works in byte offsets into the UTF-8 text it was given. The page
// gets that text from the browser as a JavaScript string, encodes it with
// TextEncoder (which never produces invalid UTF-8), and paints with Ranges
// counted in UTF-16 code units. Text that reaches the engine another way (a
// file, the extension) may hold invalid UTF-8; the units here are those of the
// string the browser's TextDecoder makes of the same bytes, which replaces
// each maximal invalid subpart (a stray byte, or the start of a sequence cut
// short, such as "\xE2\x82") with one U+FFFD, one unit. The package's tests
// check this against Chromium's own TextDecoder under GOOS=js GOARCH=wasm.
//
// The conversion happens once, at the boundary: [ToUTF16] on all the offsets
// of a document at once, with an ASCII fast path and a single pass for sorted
// offsets.
package offsets
