// Package deflate writes Deflate (RFC 1951) and gzip (RFC 1952) streams
// that are smaller than compress/flate's best level, at the price of time:
// it is build tooling for files compressed once and served many times.
//
// It works in the spirit of zopfli:
//
//   - Matches: hash chains over 3-byte prefixes in the 32 KiB window find,
//     for every input position, each match longer than the ones closer to
//     it, at its smallest distance (lengths 3-258), once for the whole
//     input (large inputs in parallel pieces, with the same result).
//   - Blocks: a greedy parse (with one step of lazy matching) is cut into
//     windows of 256 tokens, and the two neighbouring blocks whose merging
//     saves the most estimated bits (Huffman trees included) are merged
//     until no merge saves any; each cut is then moved to the best point
//     within a window of it, or dropped. Built bottom up, the split moves
//     only near an edit, so near-identical inputs compress to
//     near-identical sizes (a top-down split, cutting the largest block
//     first, moved cuts everywhere: 1.4 KB apart on the engine).
//   - Parsing: each block is parsed optimally, a shortest path over its
//     positions, under a cost model in bits taken from the symbol
//     statistics of the previous parse; this is repeated a fixed number
//     of times, keeping the smallest result, with the statistics blended
//     and perturbed when the size stops changing, then a few times with
//     the block's own Huffman code as the cost model. The optimal parse
//     is then cut into blocks again, and the better split kept.
//   - Output: each block is written as whichever is smallest of a
//     dynamic-Huffman block, a fixed-Huffman block (with its own parse for
//     the fixed code) and stored blocks. Huffman codes are optimal under
//     the length limits (15 bits, 7 for the code-length code: package-merge
//     when a plain Huffman code is too deep), and the tree header takes the
//     smallest of the run-length encodings with the repeat symbols 16, 17
//     and 18, also trying codes from counts smoothed into runs of equal
//     lengths. Every code is complete (one with a single used symbol gets
//     a second, unused one) so that all decoders accept it, and runs of
//     code lengths do not cross from the literal/length code into the
//     distance code.
//
// On the site's 3.19 MB WebAssembly engine it writes 908,721 bytes where
// compress/gzip's best level writes 970,592 (6.4% less; GNU gzip -9:
// 964,637), in about 8 s of CPU (6 s on two cores). Small text files come
// out 1-3% smaller than compress/gzip's; small native binaries and the
// generated model source (claim/model_gen.go) 8-9%.
//
// The output is deterministic on a given platform: the same input and
// [Options] give the same bytes, whatever the number of CPUs (blocks are
// parsed in parallel, each on its own). The cost models are floating
// point, and math.Log2 may round differently on another architecture, so
// the bytes may differ there; they decode the same. Positions are 32-bit:
// inputs are meant to be at most a few hundred megabytes, and take about
// 50 times their size in memory while being compressed.
//
// The package uses only the standard library.
package deflate
