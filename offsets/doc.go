// Package offsets converts UTF-8 byte offsets to UTF-16 code unit offsets,
// the units JavaScript strings and DOM Ranges count, and back.
package offsets
