package segment

import (
	"bytes"
	"math"
	"math/bits"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/claimlight/claimlight/internal/strs"
	"github.com/claimlight/claimlight/internal/wordset"
	"github.com/claimlight/claimlight/tokenize"
)

// Append appends the segments of src, given its tokens from
// [tokenize.Append], to dst and returns the extended slice.
//
// A line break ends a segment unless it wraps a line of hard-wrapped text
// (see the package comment); then it is read as a space and a sentence may
// go on across it. Each line that is not blank, with the lines joined to it
// by wrapping line breaks, is a paragraph: Para counts the paragraphs before
// the segment's. Within a paragraph, a sentence ends after ".", "!", "?" or "…" (with any
// closing quotes, brackets and footnote marks such as "[1]" that follow)
// when white space and then the start of a new sentence follow: a capital
// letter, a digit, an opening quote or bracket. An abbreviation's dot ends a
// sentence only when the abbreviation can end one ("U.S.", "Inc.", not
// "Mr." or "No.") and the next word starts sentences ("The", "He", ...); see
// [tokenize.ClassifyAbbrev].
//
// A dateline at the start of a paragraph ("THE HAGUE —", "WASHINGTON
// (Reuters) -", "Kyiv (CNN) —") is a segment of its own with Role
// [Dateline], so that it does not become part of the first claim. A line that
// is page furniture ("Advertisement", "Follow", "Read more: ...", a byline
// "By Jane Doe") is one [Furniture] segment; a line that starts with a list
// marker ("- ", "* ", "• ", "1. ", "1)", "(a)") gives [ListItem] segments; a
// short line without a final stop that is followed by more text, or that
// ends the text right after such a line, is a [Heading].
//
// Segments are in order and do not overlap; together they hold every token
// that is not white space. toks must be the tokens of src; otherwise the
// result is meaningless but Append still does not panic.
func Append(dst []Sentence, src []byte, toks []tokenize.Token) []Sentence {
	sp := (*splitter)(atomic.SwapPointer(&spareSplitter, nil))
	if sp == nil {
		sp = (*splitter)(new(splitterMem))
	}
	sp.src, sp.toks = src, toks
	defer func() {
		sp.src, sp.toks = nil, nil
		if cap(sp.lines) <= maxSpareLines {
			atomic.StorePointer(&spareSplitter, unsafe.Pointer(sp))
		}
	}()
	if !sp.scanLines() {
		return dst
	}
	sp.findWraps()
	sp.findThread()
	lines := sp.lines
	list := noList    // in a block of links under "Most read" or of sources under "Sources"
	comments := false // after a heading of readers' comments, "Comments (3)"
	foot := false     // after an encyclopedia's "References[edit]": its notes, categories and page footer
	notesEnd := 0     // the end of a block of a printed page's footnotes, see noteBlock
	pulls := 0        // lines tested by pullQuote
	// the cells of the line before (see tableCells), and of the line
	// after when found, or -1
	prevCells, nextCells := 0, -1
	prevLabel := false // the line before is a "Label: figure" list item, see labelValue
	adEnd := -1        // the last line of a sponsor's advertisement, see sponsorBlock
	for i, para := 0, int32(0); i < len(lines); i, para = i+1, para+1 {
		j := i
		for lines[j].join {
			j++
		}
		a, b := int(lines[i].a), int(lines[j].b)
		if comments || foot {
			// readers' comments, or an encyclopedia page's foot, to the
			// end: no line of them is looked at
			dst = sp.emit(dst, a, b, para, Furniture)
			i = j
			continue
		}
		if lines[i].gap && i >= notesEnd && sp.shortNumber(a) {
			notesEnd = sp.noteBlock(i)
		}
		var junk bool
		if t := lines[i].traits; i < notesEnd {
			junk = true // a printed page's footnotes
		} else if i == j && t&trKnown != 0 {
			junk = t&(trFurniture|trNoText) != 0 // found while looking for wraps
		} else {
			junk = sp.furniture(a, b) || sp.junkLine(a, b)
		}
		if i > adEnd && i == j {
			adEnd = sp.sponsorBlock(i)
		}
		junk = junk || i <= adEnd || sp.address(a, b)
		if !junk && sp.threadOf > 0 && sp.counterLine(a, b) {
			junk = true // "8/7 (sorry!)"
		}
		if !junk && i == j && sp.isByte(a, '>') && pulls < maxPullQuotes {
			pulls++
			junk = sp.pullQuote(a, b)
		}
		entry := false
		if list != noList && !junk && i == j {
			entry = sp.listEntry(list, a, b, lines[i].gap)
			junk = entry
		}
		if h := sp.listHead(a, b, junk); h != noList {
			list = h
		} else if !entry {
			list = noList
		}
		if i == j && sp.src[sp.toks[b-1].Start] == ']' && sp.wikiFoot(a, b) {
			junk, foot = true, true
		}
		if i == j && sp.commentsHead(a, b) {
			junk = true // "124 comments"
			// The rest of the text is readers' comments when a line of
			// the next few says who commented when ("**hopsnhills** 2
			// days ago", "3h ago") or offers a reply: a "Comments (312)"
			// link under a headline, or between two stories of a page,
			// does not end the text.
			for k := j + 1; k < len(lines) && k <= j+8 && !comments; k++ {
				n := lines[k]
				e := sp.toks[n.b-1].End
				comments = sp.commenter(int(n.a), int(n.b)) || e-sp.toks[n.a].Start <= 24 &&
					(string(sp.text(int(n.b)-1)) == "ago" || string(sp.text(int(n.a))) == "Reply")
			}
		}
		if i == j && i > 0 && j+1 < len(lines) && !lines[j+1].join && sp.handle(a, b) && sp.agoLine(int(lines[j+1].a), int(lines[j+1].b)) {
			// A handle over "3h ago" starts readers' comments without
			// a heading; a pasted post starts the text with its handle.
			junk, comments = true, true
		}
		if i == j && i > 0 && sp.releaseEnd(a, b) {
			junk, foot = true, true // a press release's "Ends", then its notes
		}
		sp.goesOn = !junk && sp.goesOnAfterAd(j, b)
		// A row of a table, a line with cells set apart by "|" or tabs as
		// the line before or after it without a blank line between, is
		// one segment: a ListItem, never a heading, whatever its cells.
		c := 0
		if i == j {
			if c = nextCells; c < 0 {
				c = sp.tableCells(a, b)
			}
		}
		nextCells = -1
		row := false
		if c > 0 && !junk {
			row = c == prevCells && !lines[i].gap
			if !row && j+1 < len(lines) && !lines[j+1].gap && !lines[j+1].join {
				nextCells = sp.tableCells(int(lines[j+1].a), int(lines[j+1].b))
				row = nextCells == c
			}
		}
		// the first row of a table, whose cells are words and years,
		// "District | 2023 | 2024 | Change", is its header
		header := row && !(c == prevCells && !lines[i].gap) && sp.headerRow(a, b)
		prevCells = c
		// A "Label: figure" line next to another, "Earnings per share:
		// $1.37 adjusted vs. $1.22 expected" over "Revenue: $4.82 billion",
		// is a list of the lines' items, not a heading over text; a lone
		// "Budget 2027: 5 things to know" can still be one.
		sp.item = false
		if !row && !junk && i == j {
			if prevLabel && !lines[i].gap && sp.labelValue(a, b) {
				sp.item = true
			} else if j+1 < len(lines) && !lines[j+1].gap && !lines[j+1].join && sp.labelValue(a, b) {
				sp.item = sp.labelValue(int(lines[j+1].a), int(lines[j+1].b))
			}
		}
		prevLabel = sp.item
		counter := -1 // a thread's post counter ending the line, see counterTail
		if sp.threadOf > 0 && !junk && !row {
			counter = sp.counterTail(a, b)
		}
		if header {
			dst = sp.emit(dst, a, b, para, Heading)
		} else if row {
			dst = sp.emit(dst, a, b, para, ListItem)
		} else if c := counter; c > a {
			// a post's text, then its number in a thread: "... never
			// started 👀 4/7". The text is no heading.
			sp.post = true
			dst = sp.line(dst, a, c, para, j == len(lines)-1, junk)
			sp.post = false
			dst = sp.emit(dst, c, b, para, Furniture)
		} else {
			dst = sp.line(dst, a, b, para, j == len(lines)-1, junk)
		}
		i = j
	}
	return dst
}

// wikiFoot reports whether the line [a, b) is the heading of an
// encyclopedia page's references, with its edit link: "References[edit]",
// "Notes[edit]". What follows it is notes, links, categories and the page
// footer.
func (sp *splitter) wikiFoot(a, b int) bool {
	line := sp.src[sp.toks[a].Start:sp.toks[b-1].End]
	if len(line) > 32 || !bytes.HasSuffix(line, []byte("[edit]")) {
		return false
	}
	switch string(line[:len(line)-len("[edit]")]) {
	case "References", "Notes", "Notes and references", "Citations", "Sources", "Footnotes", "Bibliography":
		return true
	}
	return false
}

// tableCells returns how the line [a, b) is cut into cells: the number of
// "|" in it ("A | £1,391.62 | £66.14"), or if none, 1000 and the number
// of tabs between its words ("Cutting 64 posts\t£2.9m"), or if none,
// what gapCells returns; 0 for none of these.
func (sp *splitter) tableCells(a, b int) int {
	if line := sp.src[sp.toks[a].Start:sp.toks[b-1].End]; bytes.IndexByte(line, '|') < 0 && bytes.IndexByte(line, '\t') < 0 {
		return sp.gapCells(a, b, line)
	}
	pipes, tabs := 0, 0
	for k := a; k < b; k++ {
		switch t := sp.toks[k]; t.Kind {
		case tokenize.Symbol:
			if sp.isByte(k, '|') {
				pipes++
			}
		case tokenize.Space:
			if k > a && sp.src[t.Start] == '\t' || t.End-t.Start > 1 && bytes.IndexByte(sp.src[t.Start:t.End], '\t') >= 0 {
				tabs++
			}
		}
	}
	switch {
	case pipes > 0:
		return pipes
	case tabs > 0:
		return 1000 + tabs
	}
	return 0
}

// headerRow reports whether the row [a, b) of a table reads as its
// header with years over its columns: words and years ("2023",
// "2023-24"), no other figure and no stop. (The scorer knows a header of
// words alone, "Band | Annual charge | Increase", as a list item with no
// figure; a year would make it a date.)
func (sp *splitter) headerRow(a, b int) bool {
	words, years := 0, 0
	for k := a; k < b; k++ {
		switch t := sp.toks[k]; t.Kind {
		case tokenize.Word:
			words++
		case tokenize.Number:
			if !yearLabel(sp.src[t.Start:t.End]) {
				return false
			}
			years++
		case tokenize.Space:
		default:
			if !sp.isByte(k, '|') && !sp.isByte(k, '/') {
				return false
			}
		}
	}
	return words > 0 && years > 0
}

// yearLabel reports whether n is a year of 1900 to 2099 as a column's
// label, alone or with the end of a span of years: "2023", "2023-24",
// "2023/2024".
func yearLabel(n []byte) bool {
	if len(n) < 4 || !(n[0] == '1' && n[1] == '9' || n[0] == '2' && n[1] == '0') {
		return false
	}
	for i, c := range n {
		if c < '0' || c > '9' {
			if i < 4 || c != '-' && c != '/' {
				return false
			}
		}
	}
	return len(n) == 4 || len(n) == 7 || len(n) == 9
}

// maxRowLen bounds the length in bytes of a line gapCells reads as a
// table's row: a paragraph of prose, which may have two spaces after its
// stops, is longer.
const maxRowLen = 300

// doubleSpace is two spaces, the gap between the cells of a table laid
// out with spaces.
var doubleSpace = []byte("  ")

// hasDoubleSpace reports whether line holds two spaces in a row. It looks
// in pieces of 64 bytes, which overlap by one: bytes.Contains compares a
// piece that short with a vector loop, but in a longer line it stops at
// each space, one in six bytes of prose.
func hasDoubleSpace(line []byte) bool {
	for len(line) > 64 {
		if bytes.Contains(line[:64], doubleSpace) {
			return true
		}
		line = line[63:]
	}
	return bytes.Contains(line, doubleSpace)
}

// gapCells returns, for the line [a, b) whose text is line, 2000 and the
// number of its wide gaps, runs of two spaces or more between its words
// not after a stop, if it has two or more and a figure: the row of a
// table laid out with spaces, "Northvale Water    148      -12.1%".
// Otherwise it returns 0.
func (sp *splitter) gapCells(a, b int, line []byte) int {
	if len(line) > maxRowLen || !hasDoubleSpace(line) {
		return 0
	}
	gaps, figure := 0, false
	for k := a; k < b; k++ {
		switch t := sp.toks[k]; t.Kind {
		case tokenize.Number:
			figure = true
		case tokenize.Space:
			if k > a && k < b-1 && t.End-t.Start > 1 && !sp.isStop(k-1) && !sp.isByte(k-1, ':') {
				gaps++
			}
		}
	}
	if gaps < 2 || !figure {
		return 0
	}
	return 2000 + gaps
}

// maxPullQuotes bounds the lines of a text that pullQuote tests, each of
// which reads the text before it once per word.
const maxPullQuotes = 16

// pullQuote reports whether the line [a, b), which starts with ">" as a
// markdown block quote does, is a pull quote: a quotation, marks and all,
// that repeats words of the text before it, as "> “If we’d relied on the
// pubs we’d be gone.”" after the paragraph where she says it. Of its words
// of four or more bytes, at least three and all but one in five must be
// found in the text before it.
func (sp *splitter) pullQuote(a, b int) bool {
	k := sp.skipSpace(a+1, b)
	if k >= b || b-k < 4 || sp.toks[k].Kind != tokenize.OpenQuote || sp.toks[b-1].Kind != tokenize.CloseQuote ||
		sp.toks[b-1].End-sp.toks[k].Start > 300 {
		return false
	}
	before := sp.src[:sp.toks[a].Start]
	words, found := 0, 0
	for ; k < b; k++ {
		if t := sp.toks[k]; t.Kind == tokenize.Word && t.End-t.Start >= 4 {
			words++
			if strs.Contains(before, string(sp.text(k))) {
				found++
			}
		}
	}
	return words >= 3 && 5*found >= 4*words
}

// goesOnAfterAd reports whether the sentence that ends the line sp.lines[j],
// whose tokens end at b, goes on after lines of page furniture: a line
// with no final stop, then "ADVERTISEMENT" and "Continue reading below",
// then a line that starts in lower case ("came too late for ..."). Such a
// line is no heading. (The two halves stay two sentences.)
func (sp *splitter) goesOnAfterAd(j, b int) bool {
	lines := sp.lines
	if j+2 >= len(lines) || sp.isStop(b-1) || sp.toks[b-1].Kind == tokenize.CloseQuote {
		return false
	}
	// the first line after that starts in lower case, looked for first as
	// it is cheaper
	e := j + 2
	for ; e < len(lines) && e <= j+4; e++ {
		if t := sp.toks[lines[e].a]; t.Kind == tokenize.Word && 'a' <= sp.src[t.Start] && sp.src[t.Start] <= 'z' {
			break
		}
	}
	if e >= len(lines) || e > j+4 {
		return false
	}
	for k := j + 1; k < e; k++ {
		if l := lines[k]; l.join || !sp.furniture(int(l.a), int(l.b)) {
			return false
		}
	}
	return true
}

// commentHeads are the headings, lower-cased, without a count ("(3)",
// "124 ") and a final ":", of the readers' comments below a story.
var commentHeads wordset.Table // commentHeadsList, filled by init from wordSets

const commentHeadsList = "comments|comment|reader comments|readers' comments|readers’ comments|" +
	"join the conversation|join the discussion|view comments|show comments|your comments"

// commentsHead reports whether the line [a, b) heads readers' comments:
// "Comments (3)", "124 comments", "Join the conversation", "**Reader
// comments**".
func (sp *splitter) commentsHead(a, b int) bool {
	if s := sp.toks[a].Start; !commentFirst[sp.src[s]] || sp.toks[b-1].End-s > 36 {
		return false
	}
	a, b = sp.unemphasized(a, b)
	if a >= b {
		return false
	}
	line := sp.src[sp.toks[a].Start:sp.toks[b-1].End]
	if len(line) > 32 {
		return false
	}
	var buf [32]byte
	low := strs.AppendLower(buf[:0], line)
	if low[len(low)-1] == ':' {
		low = low[:len(low)-1]
	}
	if d := 0; len(low) > 0 && '0' <= low[0] && low[0] <= '9' {
		for d < len(low) && ('0' <= low[d] && low[d] <= '9' || low[d] == ',') {
			d++
		}
		if d < len(low) && low[d] == ' ' {
			low = low[d+1:] // "124 comments"
		}
	}
	return commentHeads.Has(uncounted(low))
}

// commentFirst marks the bytes a heading of comments may start with,
// emphasis marks and a count among them, to reject most lines at once.
var commentFirst = func() (first [256]bool) {
	for _, c := range []byte("cCjJrRvVsSyY*_0123456789") {
		first[c] = true
	}
	return first
}()

// unemphasized narrows the line [a, b) to leave out markdown emphasis
// marks at its ends: "**By Jane Doe**" is read as "By Jane Doe".
func (sp *splitter) unemphasized(a, b int) (int, int) {
	for a < b && sp.emphasis(a) {
		a++
	}
	for b > a && sp.emphasis(b-1) {
		b--
	}
	return a, b
}

// emphasis reports whether token k is a markdown emphasis mark, "*" or "_".
func (sp *splitter) emphasis(k int) bool {
	t := sp.toks[k]
	c := sp.src[t.Start]
	return (c == '*' || c == '_') && t.End-t.Start == 1
}

// timeUnits are the units of a time stamp that counts back, "2 days ago".
var timeUnits wordset.Table // timeUnitsList, filled by init from wordSets

const timeUnitsList = "second|seconds|sec|secs|minute|minutes|min|mins|hour|hours|hr|hrs|h|" +
	"day|days|d|week|weeks|wk|wks|w|month|months|mo|year|years|yr|yrs|y"

// commenter reports whether the line [a, b) names a commenter and when
// they wrote: "**hopsnhills** 2 days ago", "Dai_the_Sceptic 1 hour ago",
// "Margaret Hale · 3 weeks ago": a handle, or a name of two capitalised
// words, then a count, a unit of time and "ago".
func (sp *splitter) commenter(a, b int) bool {
	a, b = sp.unemphasized(a, b)
	if b-a < 5 || sp.toks[b-1].End-sp.toks[a].Start > 80 || string(sp.text(b-1)) != "ago" {
		return false
	}
	k := b - 2
	for k > a && sp.toks[k].Kind == tokenize.Space {
		k--
	}
	if !timeUnits.Has(sp.text(k)) {
		return false
	}
	k--
	for k > a && sp.toks[k].Kind == tokenize.Space {
		k--
	}
	if c := sp.text(k); sp.toks[k].Kind != tokenize.Number && string(c) != "a" && string(c) != "an" {
		return false
	}
	words, lower := 0, 0
	for j := a; j < k; j++ {
		switch sp.toks[j].Kind {
		case tokenize.Word, tokenize.Mention, tokenize.Number, tokenize.Abbrev:
			words++
			if !startsUpper(sp.text(j)) {
				lower++
			}
		}
	}
	// one handle, or a name: "Fire broke out 2 days ago" is no commenter
	return words == 1 || words == 2 && lower == 0
}

// releaseEnd reports whether the line [a, b) ends a press release and
// starts its notes: "Ends", "-ENDS-", "Notes to editors:".
func (sp *splitter) releaseEnd(a, b int) bool {
	line := sp.src[sp.toks[a].Start:sp.toks[b-1].End]
	if len(line) > 20 || line[0]|0x20 != 'e' && line[0]|0x20 != 'n' && line[0] != '-' {
		return false
	}
	var buf [20]byte
	for i, c := range line {
		buf[i] = c | 0x20 // lower case for letters; "-", ":" and " " stay
	}
	return releaseEnds.Has(buf[:len(line)])
}

// releaseEnds are the lines, lower-cased, that releaseEnd knows.
var releaseEnds wordset.Table // releaseEndsList, filled by init from wordSets

const releaseEndsList = "ends|-ends-|ends:|notes to editors|notes to editors:|note to editors|note to editors:|" +
	"notes for editors|notes for editors:|editors' notes|editors' notes:|editor's notes|editor's notes:"

// handle reports whether the line [a, b) is a commenter's handle alone:
// one run of letters, digits and "_" with no space, holding a digit, a "_"
// or a capital after its first letter, "TrainWreck77", "MargaretH".
func (sp *splitter) handle(a, b int) bool {
	line := sp.src[sp.toks[a].Start:sp.toks[b-1].End]
	if len(line) < 4 || len(line) > 30 || !startsUpper(line) && (line[0] < 'a' || line[0] > 'z') {
		return false
	}
	marked := false
	for i, c := range line {
		switch {
		case c == '_' || '0' <= c && c <= '9' || i > 0 && 'A' <= c && c <= 'Z':
			marked = true
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
		default:
			return false
		}
	}
	return marked
}

// agoLine reports whether the line [a, b) is a time that counts back
// alone, "3h ago", "2 hours ago".
func (sp *splitter) agoLine(a, b int) bool {
	line := sp.src[sp.toks[a].Start:sp.toks[b-1].End]
	return len(line) <= 20 && '0' <= line[0] && line[0] <= '9' && bytes.HasSuffix(line, []byte(" ago"))
}

// spareSplitter keeps a splitter, and its per-line scratch slices, for the
// next call of Append to reuse: a call takes it if it is there (another
// call at the same time makes its own) and leaves its own when done,
// unless a long text made its lines too many to keep. A sync.Pool's code
// would cost the wasm build more, and so would an atomic.Pointer: see
// claim's spareAnnotator.
var spareSplitter unsafe.Pointer // *splitterMem

// maxSpareLines bounds the lines of a splitter kept as the spare, so that
// a long text's arrays are not held for good.
const maxSpareLines = 1 << 16

// splitterMem is a splitter as the heap holds it: the same fields, no
// methods. Append allocates and keeps splitters as splitterMems so that
// the program needs no type descriptor for splitter itself, whose methods
// Go would list by name in the binary (1.2 KB of the WebAssembly
// download, gzip).
type splitterMem splitter

type splitter struct {
	src   []byte
	toks  []tokenize.Token
	lines []textLine // the lines with text, see [splitter.scanLines]

	// Per line, reused: the line's first token, its quotations and
	// brackets, which tokens close one (and the index of its opener), and
	// the starts of inline list items.
	base       int
	pairs      []pair
	closes     []bool // the token closes a quotation or bracket
	paired     []bool // the token opens or closes one
	opener     []int
	flat       bool // the line has no quotation or bracket: the tables below are stale
	stack      []opening
	hot        []int32  // the tokens of the line that rules look at, see hotTokens
	hotBits    []uint64 // bit k%64 of hotBits[k/64] set for each token k of the text in hot, see hotLen
	reach      []int    // per token of the line: the furthest close of a pair opened before it
	marks      []int32  // tokens that start inline list items, see chains
	gluedQuote [2]bool  // a straight single, double quote of the line touches a word
	firstQuote [2]int   // the line's first straight single, double quote, or -1
	seg        int      // the first token of the sentence being read
	goesOn     bool     // the line's last sentence goes on after an advertisement, see goesOnAfterAd
	item       bool     // the line is an item of a list of "Label: figure" lines, see labelValue
	post       bool     // the line is a post's text before its number in a thread: no heading
	threadOf   int      // the denominator of a thread's post counters, "4/7", or 0: see findThread
	word       []byte   // scratch for a lower-cased word
}

// trim narrows the token range [a, b) to leave out white space at both ends.
func (sp *splitter) trim(a, b int) (int, int) {
	for a < b && sp.toks[a].Kind.IsSpace() {
		a++
	}
	for b > a && sp.toks[b-1].Kind.IsSpace() {
		b--
	}
	return a, b
}

// text returns the bytes of token k.
func (sp *splitter) text(k int) []byte { return sp.toks[k].Text(sp.src) }

// emit appends the segment of tokens [a, b), trimmed, if it is not empty.
func (sp *splitter) emit(dst []Sentence, a, b int, para int32, role Role) []Sentence {
	a, b = sp.trim(a, b)
	if a >= b {
		return dst
	}
	return append(dst, Sentence{
		Start: sp.toks[a].Start, End: sp.toks[b-1].End,
		Tok: int32(a), TokEnd: int32(b), Para: para, Role: role,
	})
}

// line appends the segments of the line of tokens [a, b), which starts and
// ends with a token that is not white space. last says whether it is the
// last line with text; junk whether it is page furniture or holds no text
// (see [splitter.furniture] and [splitter.junkLine]), and so one segment.
func (sp *splitter) line(dst []Sentence, a, b int, para int32, last, junk bool) []Sentence {
	if junk {
		if n := len(dst); b-a > 8 && sp.isByte(a+1, ':') {
			// "Photo: A smart meter display. Around 22 million
			// households are on capped tariffs.": a caption (or other
			// labelled furniture), then a sentence of the story, which
			// is no furniture
			sp.hotTokens(a, b)
			if dst = sp.sentences(dst, a, b, para, last, false); sp.storyAfter(dst[n:]) {
				dst[n].Role = Furniture
				return dst
			}
			dst = dst[:n]
		}
		return sp.emit(dst, a, b, para, Furniture)
	}
	sp.hotTokens(a, b)
	piece := a
	for h := 0; h < len(sp.hot); h++ {
		k := int(sp.hot[h])
		if k < piece {
			continue
		}
		e := 0
		if kind := sp.toks[k].Kind; kind == tokenize.Punct || kind == tokenize.Symbol || kind == tokenize.Dash {
			e = sp.junkAt(k, b)
		}
		if e == 0 {
			continue
		}
		dst = sp.sentences(dst, piece, k, para, last, piece == a && e == b)
		dst = sp.emit(dst, k, e, para, Furniture)
		piece = e
	}
	return sp.sentences(dst, piece, b, para, last, piece == a)
}

// storyAfter reports whether the sentences of a caption's line, after the
// first, read as the story's: sentences that start with a capital and end
// with a stop, no credit ("(Grainfield Foods)", "Credit: Getty Images.").
func (sp *splitter) storyAfter(ss []Sentence) bool {
	if len(ss) < 2 {
		return false
	}
	for _, s := range ss[1:] {
		a, b := int(s.Tok), int(s.TokEnd)
		if !upper(sp.src[s.Start]) || !sp.isByte(b-1, '.') || sp.furniture(a, b) {
			return false
		}
	}
	return true
}

// hotTokens fills sp.hot with the indexes of the tokens of the line [a,
// b) that any rule looks at (see hotLen), which scanLines marked in
// sp.hotBits as it read the tokens of the text.
func (sp *splitter) hotTokens(a, b int) {
	sp.hot = sp.hot[:0]
	for w := a / 64; w*64 < b; w++ {
		m := sp.hotBits[w]
		if w == a/64 {
			m &^= 1<<(a%64) - 1 // the tokens before a
		}
		for ; m != 0; m &= m - 1 {
			k := w*64 + bits.TrailingZeros64(m)
			if k >= b {
				break
			}
			sp.hot = append(sp.hot, int32(k))
		}
	}
}

// hotLen holds, for each token kind, the longest token of that kind, in
// bytes, that a rule looks at, or -1: punctuation, quotes, dashes,
// symbols, abbreviations, and the short numbers and one-letter words that
// may number a list. Words and spaces, most of a text, are skipped once,
// as scanLines reads the tokens.
var hotLen = func() (t [256]int32) {
	for k := range t {
		t[k] = -1
	}
	t[tokenize.Word], t[tokenize.Number] = 1, 2
	for _, k := range []tokenize.Kind{tokenize.Punct, tokenize.OpenQuote, tokenize.CloseQuote, tokenize.Dash, tokenize.Symbol, tokenize.Abbrev} {
		t[k] = math.MaxInt32
	}
	return t
}()

// hotIn returns the entries of sp.hot within the tokens [a, b). Most
// ranges reach an end of the line's: those ends are not searched for.
func (sp *splitter) hotIn(a, b int) []int32 {
	hot := sp.hot
	i, j := 0, len(hot)
	if i < j && int32(a) > hot[0] {
		i, _ = strs.Search(hot, int32(a))
	}
	if i < j && int32(b) <= hot[j-1] {
		j, _ = strs.Search(hot, int32(b))
	}
	return hot[i:j]
}

// sentences appends the sentences of the tokens [a, b), all or part of one
// line; whole says whether they are the whole line (or all of it before
// page furniture at its end), so that a dateline or a heading may be found.
func (sp *splitter) sentences(dst []Sentence, a, b int, para int32, last, whole bool) []Sentence {
	a, b = sp.trim(a, b)
	if a >= b {
		return dst
	}
	start := a
	if whole {
		if e := sp.dateline(a, b); e > 0 {
			if sp.stamp(sp.skipSpace(e, b), b) {
				e = b // "PHOENIX — Oct. 6, 2026, 6:00 a.m. ET": the time stamp is the dateline's
			}
			dst = sp.emit(dst, a, e, para, Dateline)
			start = sp.skipSpace(e, b)
			if start >= b {
				return dst
			}
		}
	}
	head := a // where a heading must start
	if whole && start == a && sp.toks[a].Kind == tokenize.Word {
		if e := sp.updateLead(a, b); e > 0 {
			// a live story's update stamp: "Updated 07:40: Northern has …"
			dst = sp.emit(dst, a, e, para, Furniture)
			start = sp.skipSpace(e, b)
			head = start
		}
	}
	if whole && start == a && sp.toks[a].Kind == tokenize.Number {
		if e := sp.clockLead(a, b); e > 0 {
			// a live blog's time stamp: "14:52 GMT Met Office extends …",
			// "41 min: Caicedo is booked …"
			dst = sp.emit(dst, a, e, para, Furniture)
			start = sp.skipSpace(e, b)
			if start >= b {
				return dst
			}
			head = start
		}
	}
	if start == a {
		if e := sp.footnote(a, b); e > 0 && (whole && sp.paragraphMark(e, b) || sp.clockMark(a)) {
			// a judgment's paragraph number, "[52] We find that ...", and
			// a transcript's time, "[00:02:43] GUEST: The top ...", are
			// furniture, and the paragraph is judged without them
			dst = sp.emit(dst, a, e, para, Furniture)
			start = sp.skipSpace(e, b)
			head = start
		}
	}
	role := Body
	body := start
	if sp.item {
		role = ListItem
	}
	if e := sp.listMarker(start, b); e > 0 {
		role = ListItem
		body = e
	}
	sp.pair(start, b)
	sp.chains(start, b)
	first := len(dst)
	seg := start
	mark := 0
	for _, h := range sp.hotIn(body, b) {
		k := int(h)
		if k < seg {
			continue // inside the closing material of the last sentence
		}
		for mark < len(sp.marks) && sp.marks[mark] < h {
			mark++
		}
		if mark < len(sp.marks) && sp.marks[mark] == h {
			mark++
			if k > seg {
				dst = sp.emit(dst, seg, k, para, role)
				seg = k
			}
			continue
		}
		if kind := sp.toks[k].Kind; kind != tokenize.Punct && kind != tokenize.Abbrev && kind != tokenize.Dash {
			continue // only these can end a sentence
		}
		sp.seg = seg
		end, ok := sp.boundary(k, b)
		if !ok {
			continue
		}
		dst = sp.emit(dst, seg, end, para, role)
		seg = end
	}
	if seg > start && seg < b && role == Body {
		// a photo credit after a caption's stop, "... on Thursday. AP
		// Photo/Noah Berger", but not a widget's "Yes / No"
		if tail := sp.src[sp.toks[seg].Start:sp.toks[b-1].End]; len(tail) <= 80 && credit(tail) && !strs.Contains(tail, " /") {
			role = Furniture
		}
	}
	dst = sp.emit(dst, seg, b, para, role)
	if role == Body && len(dst) == first+1 && (!last || sp.lastRow(dst, first, head)) && !sp.goesOn && !sp.post && start == head && sp.heading(head, b) {
		dst[first].Role = Heading
		if sp.gapCells(head, b, sp.src[sp.toks[head].Start:sp.toks[b-1].End]) > 0 {
			// a lone row of figures set out in columns, "Majority: 212
			// Turnout: 24.8% (-9.3)   Electorate: 14,851", heads nothing
			dst[first].Role = ListItem
		}
	}
	return dst
}

// lastRow reports whether the text's last line, whose one segment is
// dst[first] and starts at token head, ends a run of short lines that
// were taken as headings, as the last row of a list without markers
// does: "Marlow Vale 24.8%⏎St Bede's 28.1%⏎Hollins Cross 19.6%". Such a
// line is a heading as the rows above it are, so that the rows of one
// list are scored alike. The line before must end the segment before,
// be a heading and end right before the line break.
func (sp *splitter) lastRow(dst []Sentence, first, head int) bool {
	if first == 0 || dst[first-1].Role != Heading {
		return false
	}
	gap := sp.src[dst[first-1].End:sp.toks[head].Start]
	return strs.CountByte(gap, '\n') == 1 && len(strs.TrimSpace(gap)) == 0
}

// isStop reports whether token k is a run of sentence-final marks.
func (sp *splitter) isStop(k int) bool {
	t := sp.toks[k]
	if t.Kind != tokenize.Punct {
		return false
	}
	switch c := sp.src[t.Start]; c {
	case '.', '!', '?':
		return true
	}
	if sp.src[t.Start] < 0x80 {
		return false
	}
	r, _ := utf8.DecodeRune(sp.src[t.Start:])
	switch r {
	case '…', '‼', '⁇', '⁈', '⁉', '。', '！', '？', '．':
		return true
	}
	return false
}

// wideStop reports whether token k is a full-width stop ("。", "．", "！",
// "？"), which ends a sentence without a following space.
func (sp *splitter) wideStop(k int) bool {
	t := sp.toks[k]
	if t.Kind != tokenize.Punct || sp.src[t.Start] < 0x80 {
		return false
	}
	r, _ := utf8.DecodeLastRune(sp.src[t.Start:t.End])
	return r == '。' || r == '．' || r == '！' || r == '？'
}

// closer reports whether token k may follow a stop within its sentence:
// a closing quote or bracket, or another stop.
func (sp *splitter) closer(k int) bool {
	t := sp.toks[k]
	switch t.Kind {
	case tokenize.CloseQuote:
		return true
	case tokenize.OpenQuote:
		closes, _ := sp.closesPair(k)
		return closes
	case tokenize.Punct:
		if t.End-t.Start == 1 {
			switch sp.src[t.Start] {
			case ')', ']', '}':
				return true
			}
		}
		if r, _ := utf8.DecodeRune(sp.src[t.Start:]); r == '）' || r == '」' || r == '』' {
			return true
		}
		return sp.isStop(k)
	}
	return false
}

// footnote returns the end of a footnote mark "[12]" starting at token k of
// a line ending at b, or 0.
func (sp *splitter) footnote(k, b int) int {
	if k+2 < b && sp.isByte(k, '[') && sp.toks[k+1].Kind == tokenize.Number && sp.isByte(k+2, ']') {
		return k + 3
	}
	return 0
}

// clockMark reports whether the mark in brackets at token k holds a
// clock time, "[00:02:43]", which no footnote's number does.
func (sp *splitter) clockMark(k int) bool {
	return bytes.IndexByte(sp.text(k+1), ':') > 0
}

// paragraphMark reports whether the text after a mark "[52]" ending
// before token k of a line ending at b opens with a short word and a word
// in lower case, as a judgment's numbered paragraph does ("[52] We find
// that ...", "[47] The tribunal ..."), not a footnote's source ("[1]
// Office for ...", "[2] The Guardian, ...").
func (sp *splitter) paragraphMark(k, b int) bool {
	k = sp.skipSpace(k, b)
	n := sp.skipSpace(k+1, b)
	return n < b && sp.toks[k].Kind == tokenize.Word && sp.toks[k].End-sp.toks[k].Start <= 4 && sp.toks[n].Kind == tokenize.Word && sp.src[sp.toks[n].Start]-'a' <= 25
}

// WikiTag returns the index of the token after a wiki maintenance tag or
// a note in brackets that opens with the "[" at toks[k] and closes before
// toks[b] ("[citation needed]", "[who?]", "[dubious – discuss]", "[a]"),
// or 0: up to five words, the first starting with a lower-case letter,
// with spaces, dashes and a "?" between them, then a "]". The splitter
// keeps any such note with the sentence it is glued to; package claim
// takes only the known tags for notes on the text (its wikiTag).
func WikiTag(src []byte, toks []tokenize.Token, k, b int) int {
	if k+2 >= b || toks[k].End-toks[k].Start != 1 || src[toks[k].Start] != '[' || toks[k+1].Kind != tokenize.Word {
		return 0
	}
	if r, _ := utf8.DecodeRune(src[toks[k+1].Start:]); !unicode.IsLower(r) {
		return 0
	}
	words := 0
	for j := k + 1; j < b && j < k+12; j++ {
		t := toks[j]
		switch t.Kind {
		case tokenize.Word:
			if words++; words > 5 {
				return 0
			}
		case tokenize.Space, tokenize.Dash:
		case tokenize.Punct:
			switch src[t.Start] {
			case ']':
				return j + 1
			case '?':
			default:
				return 0
			}
		default:
			return 0
		}
	}
	return 0
}

// skipSpaceBack returns the last index from k down, not below a, that is
// not white space, or a.
func (sp *splitter) skipSpaceBack(k, a int) int {
	for k > a && sp.toks[k].Kind.IsSpace() {
		k--
	}
	return k
}

// skipSpace returns the first index from k on, before b, that is not white space.
func (sp *splitter) skipSpace(k, b int) int {
	for k < b && sp.toks[k].Kind.IsSpace() {
		k++
	}
	return k
}

// boundary decides whether a sentence ends at token k of the line that ends
// at b. If so it returns the index of the first token after the sentence:
// the stop or abbreviation and what closes with it.
func (sp *splitter) boundary(k, b int) (int, bool) {
	t := sp.toks[k]
	abbr := t.Kind == tokenize.Abbrev
	if !abbr && !sp.isStop(k) && !sp.cutOff(k, b) {
		return 0, false
	}
	if k > sp.base && sp.isMark(k-1) {
		return 0, false // the dot of a list marker "a." within the line
	}
	// Closing material glued to the stop: quotes, brackets, footnotes,
	// citation numbers (".11").
	e := k + 1
	quoted := false
	for e < b {
		if sp.closer(e) {
			quoted = quoted || sp.toks[e].Kind.IsQuote()
			e++
			continue
		}
		if sp.emphasis(e) && sp.src[sp.toks[e].Start] == '*' {
			e++ // the end of bold type: "**What next?** The pair ..."
			continue
		}
		if f := sp.footnote(e, b); f > 0 {
			e = f
			continue
		}
		if f := WikiTag(sp.src, sp.toks, e, b); f > 0 {
			e = f
			continue
		}
		if !abbr && e == k+1 && sp.citation(k, e) {
			e++
			for e+1 < b && sp.toks[e].Kind == tokenize.Space && sp.shortNumber(e+1) {
				e += 2
			}
			continue
		}
		break
	}
	if e < b && !sp.toks[e].Kind.IsSpace() {
		// No space after the stop: split only "world.Today" and full-width stops.
		if sp.wideStop(k) || !abbr && sp.glued(k, e) {
			return e, !sp.inside(k, e)
		}
		return 0, false
	}
	// Closing material after a space: footnotes "[1]", a quote that closes
	// an earlier one, or a quote standing alone between spaces.
	for n := sp.skipSpace(e, b); n < b; n = sp.skipSpace(e, b) {
		if f := sp.footnote(n, b); f > 0 {
			e = f
			continue
		}
		closes, opener := sp.closesPair(n)
		if sp.toks[n].Kind.IsQuote() && (closes && opener < k ||
			!quoted && sp.straightAlone(n, b)) {
			e = n + 1
			quoted = true
			continue
		}
		break
	}
	if sp.inside(k, e) && !sp.wrappedStop(k, e, b) {
		return 0, false
	}
	n := sp.skipSpace(e, b)
	if n >= b {
		return e, true
	}
	if closes, opener := sp.closesPair(b - 1); quoted && sp.isByte(n, '(') && closes && opener == n {
		return 0, false // a quotation, then an aside that ends the paragraph: "...!' (Which was true.)"
	}
	if abbr {
		return e, sp.abbrevEnds(k, n)
	}
	if sp.keepsStop(k, n) {
		return 0, false
	}
	if sp.ellipsis(k) && sp.pronounI(n) {
		// "I thought... I would go.": "I" is capitalised anywhere, so it is
		// no evidence of a new sentence after a mere pause.
		return 0, false
	}
	if sp.toks[n].Kind == tokenize.Dash && n+2 < b && sp.toks[n+1].Kind == tokenize.Space &&
		sp.toks[n+2].Kind == tokenize.Word && startsUpper(sp.text(n+2)) {
		return e, true // "What do you see? - Posted like ..."
	}
	if quoted && !sp.isByte(k, '.') && sp.nameThenSpeech(n, b) {
		return 0, false // "“Why trust a single trial?” Dr Ruth Okafor asked."
	}
	return e, sp.startsSentence(n)
}

// wrappedStop reports whether the stop k, closed by the tokens before e,
// ends a line of hard-wrapped text inside a quotation and the next line
// starts with a capitalised word: `said: "The numbers are clear.` then
// `If we keep ...`. The wrapping line break reads as a space, but a
// wrapper breaks a line after a sentence as readily as anywhere else, so
// the sentence ends there as it would at the end of an unwrapped line.
func (sp *splitter) wrappedStop(k, e, b int) bool {
	if e+1 >= b || sp.toks[e].Kind != tokenize.LineBreak || sp.toks[k].Kind == tokenize.Abbrev || !sp.isStop(k) {
		return false
	}
	n := sp.skipSpace(e, b)
	return n < b && sp.toks[n].Kind == tokenize.Word && startsUpper(sp.text(n)) && !sp.pronounI(n)
}

// nameThenSpeech reports whether the tokens from n, before b, are a name
// of one to five capitalised words or titles and a verb of speech that
// ends the clause: after a quotation that ends in "?" or "!", "Dr Ruth
// Okafor asked." says who asked it and is no sentence of its own.
func (sp *splitter) nameThenSpeech(n, b int) bool {
	words := 0
	for k := n; k < b; k++ {
		t := sp.toks[k]
		switch {
		case t.Kind.IsSpace():
			continue
		case (t.Kind == tokenize.Word || t.Kind == tokenize.Abbrev) && startsUpper(sp.text(k)) && words < 5:
			words++
			continue
		case t.Kind == tokenize.Word && words > 0 && speechVerbs.Has(sp.text(k)):
			m := sp.skipSpace(k+1, b)
			return m >= b || sp.isStop(m) || sp.isByte(m, ',')
		}
		return false
	}
	return false
}

// speechVerbs are the verbs of speech that may follow a name after a
// quotation (see nameThenSpeech).
var speechVerbs wordset.Table // speechVerbsList, filled by init from wordSets

const speechVerbsList = "said|says|asked|asks|added|adds|told|tells|wrote|writes|replied|replies|shouted|insisted|" +
	"explained|warned|continued|recalled|admitted|joked|cried|demanded|wondered|argued|countered|noted|exclaimed"

// citation reports whether token e, glued to the stop k, is a citation
// number as in "consultation.11", "(type 2).10", "closer to 7%.15" or
// "was \"final\".3".
func (sp *splitter) citation(k, e int) bool {
	if !sp.shortNumber(e) || !sp.isByte(k, '.') || k == sp.base {
		return false
	}
	p := sp.toks[k-1].Kind
	return p == tokenize.Word || p == tokenize.Percent || p == tokenize.CloseQuote || p == tokenize.Punct && sp.isByte(k-1, ')') ||
		p == tokenize.Number && sp.yearRange(k-1)
}

// yearRange reports whether token k is a range of years such as
// "2025-2050", which the tokenizer ends before a glued footnote mark
// ("over the period 2025-2050.16 Without it").
func (sp *splitter) yearRange(k int) bool {
	w := sp.text(k)
	return len(w) == 9 && w[4] == '-' && tokenize.NumericPrefix(w) == 9
}

// shortNumber reports whether token k is a number of one to three digits.
func (sp *splitter) shortNumber(k int) bool {
	t := sp.toks[k]
	n := t.End - t.Start
	return t.Kind == tokenize.Number && n <= 3 && tokenize.NumericPrefix(sp.text(k)) == int(n)
}

// glued reports whether the stop k ends a sentence although the next
// sentence follows without a space, as in "world.Today" or "1,000.That":
// a lone "." after a word or number, before a capitalised word.
func (sp *splitter) glued(k, e int) bool {
	if !sp.isByte(k, '.') || k == sp.base {
		return false
	}
	prev := sp.toks[k-1]
	if prev.Kind == tokenize.Word {
		if prev.End-prev.Start < 2 {
			return false
		}
		r, _ := utf8.DecodeLastRune(sp.src[prev.Start:prev.End])
		if !unicode.IsLower(r) {
			return false
		}
	} else if prev.Kind != tokenize.Number {
		return false
	}
	next := sp.toks[e]
	if next.Kind != tokenize.Word && next.Kind != tokenize.Abbrev {
		return false
	}
	w := sp.text(e)
	r1, s1 := utf8.DecodeRune(w)
	if !unicode.IsUpper(r1) || s1 >= len(w) {
		return false
	}
	r2, _ := utf8.DecodeRune(w[s1:])
	if !unicode.IsLower(r2) {
		return false
	}
	for _, c := range w {
		if '0' <= c && c <= '9' {
			return false // chess moves and codes: "7.Bg5"
		}
	}
	return true
}

// straightAlone reports whether token n is a straight quote with white space
// (or the end of the line) on both sides, which after a stop closes the
// sentence rather than opens the next: "the Chief. ' Jed noticed". On a
// line where every straight quote of its family stands between spaces
// (tokenized text) the marks pair in order instead, so that only the first
// of them may close a quotation opened before the line; one left open
// after earlier ones opens the next sentence: "she wrote . ' Why ?".
func (sp *splitter) straightAlone(n, b int) bool {
	c := sp.src[sp.toks[n].Start]
	if c != '\'' && c != '"' && c != '`' {
		return false
	}
	fam := famSingle
	if c == '"' || sp.toks[n].End-sp.toks[n].Start == 2 {
		fam = famDouble
	}
	if sp.spacedOnly(fam) && n != sp.firstQuote[fam2index(fam)] {
		return false
	}
	return !sp.inPair(n) && (n+1 >= b || sp.toks[n+1].Kind.IsSpace()) && sp.toks[n-1].Kind.IsSpace()
}

// cutOff reports whether token k is a dash glued to a word and followed by
// a closing quote, speech broken off: "afore she comes, to--\" At this".
func (sp *splitter) cutOff(k, b int) bool {
	return sp.toks[k].Kind == tokenize.Dash && k > sp.base && k+1 < b &&
		!sp.toks[k-1].Kind.IsSpace() && sp.closesFirst(k+1)
}

// closesFirst reports whether token k closes a quotation or bracket.
func (sp *splitter) closesFirst(k int) bool {
	closes, _ := sp.closesPair(k)
	return closes
}

// keepsStop reports whether the stop at token k stays inside its sentence
// although what follows at n could start a new one: "Mr . Robinson" with a
// spaced dot after a title, "3 in. 2 lb." between measures, "Yahoo! Research".
func (sp *splitter) keepsStop(k, n int) bool {
	// A title in capitals before a name in capitals, at the start of a
	// sentence or after another word in capitals: a transcript's "MS.
	// ALVAREZ:", a headline's "AND DR. SAMUEL OKOYE". The tokenizer knows
	// titles in their usual case only ("Dr."), and "MS" may be a disease:
	// "diagnosed with MS. NHS figures show ...".
	if t := k - 1; t >= sp.seg && sp.isByte(k, '.') && sp.toks[t].Kind == tokenize.Word && capsTitles.Has(sp.text(t)) &&
		sp.toks[n].Kind == tokenize.Word && allCaps(sp.text(n)) && (t == sp.seg || t >= sp.seg+2 && allCaps(sp.text(t-2))) {
		return true
	}
	if sp.isByte(k, '!') && k > sp.seg && k-sp.seg <= 3 && liveEvents.Has(sp.text(k-1)) && sp.afterStamp(sp.seg) {
		return true // a live text's label after its minute set apart: "88 min: RED CARD! Cucurella is sent off"
	}
	if k < sp.base+2 {
		return false
	}
	if sp.numberAbbrevWrapped(k, n) {
		return true
	}
	prev := k - 1
	if sp.toks[prev].Kind == tokenize.Space {
		prev--
		if prev < sp.base || sp.toks[prev].Kind != tokenize.Word {
			return false
		}
		// "Mr . Robinson", "U.S . Highway": a spaced dot after a title or
		// a single capital.
		w := sp.text(prev)
		return tokenize.ClassifyAbbrev(w) == tokenize.AbbrevTitle || len(w) == 1 && 'A' <= w[0] && w[0] <= 'Z'
	}
	if sp.toks[prev].Kind != tokenize.Word {
		return false
	}
	w := sp.text(prev)
	if sp.isByte(k, '!') && (exclaimNames.Has(w) || liveEvents.Has(w) && prev-sp.seg <= 9 && sp.toks[sp.seg].Kind == tokenize.Number) {
		return true // "Yahoo!", and a live text's label after its minute: "23' GOAL! Arsenal 1-0 Chelsea"
	}
	if sp.isByte(k, '.') && len(w) <= 3 && !startsUpper(w) && sp.toks[n].Kind == tokenize.Number &&
		prev >= sp.base+2 && sp.toks[prev-1].Kind == tokenize.Space && sp.toks[prev-2].Kind == tokenize.Number &&
		!(n+2 < len(sp.toks) && sp.toks[n+2].Kind == tokenize.Word && startsUpper(sp.text(n+2))) {
		return true // "3 in. 2 lb.", but not "1 run. 48.2 Rashid to Hazlewood", where a name follows the number
	}
	if prev >= sp.base+2 && sp.toks[prev-2].Kind == tokenize.Number && sp.toks[prev-1].Kind == tokenize.Space && sp.isByte(k, '.') && (scaleAbbrev.Has(w) &&
		(sp.toks[n].Kind == tokenize.Currency || sp.toks[n].Kind == tokenize.Word && scaleUnits.Has(sp.text(n))) || string(w) == "arr" || string(w) == "dep") {
		// "14,7 Mrd. Franken", "1.4 bln. zł": a scale's dot after a number,
		// then its unit; a timetable's "07:42 arr. Manchester"
		return true
	}
	return false
}

// scaleAbbrev are the scales written with a dot after a number in German,
// Polish and wire copy: "14,7 Mrd. Franken", "2 Mio. Euro", "1.4 bln. zł".
var scaleAbbrev wordset.Table // scaleAbbrevList, filled by init from wordSets

const scaleAbbrevList = "Mrd|Mio|Bio|mrd|mio|bln|mln"

// scaleUnits are the currencies and units that may follow a scale's dot in
// the same sentence: "14,7 Mrd. Franken", "3 mln. tonnes" ("zł" and "$" are
// Currency tokens, which keep it too).
// Before any other word the dot ends the sentence: "$2.3 bln. Shares rose".
var scaleUnits wordset.Table // scaleUnitsList, filled by init from wordSets

const scaleUnitsList = "Franken|Euro|euro|euros|Dollar|dollars|Pfund|Kronen|zloty|złotych|francs|pounds|" +
	"USD|EUR|CHF|PLN|GBP|Tonnen|tonnes|tons|barrels|Menschen|people"

// capsTitles are titles before a name, in capitals.
var capsTitles wordset.Table // capsTitlesList, filled by init from wordSets

const capsTitlesList = "MR|MRS|MS|DR|SEN|REP|GOV|GEN|PROF|REV|LT|COL|SGT|CAPT|ST|MT|FT|AMB|ATTY|SUPT|DET"

// numberAbbrevWrapped reports whether the stop k and the word before it
// are an abbreviation that goes before a number ("No.", "Vol.", "Fig."),
// split from its number n by the line break of a wrapped line: the
// tokenizer joins such a word and its dot only when the number follows on
// the same line.
func (sp *splitter) numberAbbrevWrapped(k, n int) bool {
	if !sp.isByte(k, '.') || sp.toks[k-1].Kind != tokenize.Word {
		return false
	}
	broken := false
	for j := k + 1; j < n; j++ {
		broken = broken || sp.toks[j].Kind == tokenize.LineBreak
	}
	if !broken || !(sp.toks[n].Kind == tokenize.Number || sp.toks[n].Kind == tokenize.Word && upperRoman(sp.text(n))) {
		return false
	}
	return tokenize.ClassifyAbbrev(sp.src[sp.toks[k-1].Start:sp.toks[k].End]) == tokenize.AbbrevNumber
}

// upperRoman reports whether w is a Roman numeral in capitals: "II", "XIV".
func upperRoman(w []byte) bool {
	for _, c := range w {
		if c != 'I' && c != 'V' && c != 'X' {
			return false
		}
	}
	return len(w) > 0
}

// ellipsis reports whether the stop k is an ellipsis: "...", "…".
func (sp *splitter) ellipsis(k int) bool {
	t := sp.toks[k]
	return t.End-t.Start >= 2 && sp.src[t.Start] == '.' || sp.isRune(k, '…')
}

// pronounI reports whether token n is the pronoun "I", alone or contracted.
func (sp *splitter) pronounI(n int) bool {
	if sp.toks[n].Kind != tokenize.Word {
		return false
	}
	w := sp.text(n)
	return len(w) >= 1 && w[0] == 'I' && (len(w) == 1 || w[1] == '\'' || len(w) >= 4 && string(w[1:4]) == "’")
}

// afterStamp reports whether token k, the first of a sentence, follows a
// live text's minute stamp set apart as furniture on its line: "88 min:"
// or "23'" before "RED CARD! Cucurella is sent off".
func (sp *splitter) afterStamp(k int) bool {
	return k >= 2 && sp.toks[k-1].Kind == tokenize.Space && bytes.IndexByte(sp.text(k-1), '\n') < 0 &&
		(sp.isByte(k-2, ':') || sp.toks[k-2].Kind == tokenize.CloseQuote)
}

// exclaimNames are names spelt with "!" that do not end a sentence.
var exclaimNames wordset.Table // exclaimNamesList, filled by init from wordSets

const exclaimNamesList = "Yahoo|Jeopardy|Joomla"

// liveEvents are the words in capitals that label an event in a live
// text, after its minute: "88 min: RED CARD! Cucurella is sent off".
var liveEvents wordset.Table // liveEventsList, filled by init from wordSets

const liveEventsList = "GOAL|CARD|PENALTY|SAVE|CHANCE|WICKET|TRY|SIX|FOUR|OUT|OFF|VAR|SUBSTITUTION|BOOKED|POST|BAR"

// abbrevEnds decides whether the abbreviation at token k ends its sentence,
// given that the next token that is not white space is n.
func (sp *splitter) abbrevEnds(k, n int) bool {
	if !sp.startsSentence(n) {
		return false
	}
	if sp.isByte(n, '(') && n+1 < len(sp.toks) && !sp.starter(n+1) {
		return false // an aside: "at 3:30 p.m. (0630 GMT)", "the U.S. (and Canada)"
	}
	w := sp.text(k)
	next := sp.toks[n]
	switch {
	case neverEnds.Has(w):
		return false
	case timeAbbrev.Has(w), eraAbbrev.Has(w):
		// A clock time or a year: "at 6 a.m. The", "in 44 B.C. The" end
		// their sentence. Before a time zone or a day ("p.m. PDT", "p.m.
		// P.D.T.", "p.m. Tuesday") or a number ("A.D. 79") they run on.
		// Before a name ("6 a.m. Mr. Smith", "44 B.C. Caesar") they end a
		// sentence that has its own subject ("He left at 6 a.m. Mr. Smith
		// stayed.") but not a fronted time phrase, which the name's clause
		// follows ("At 6 a.m. Mr. Smith arrived.", "In 44 B.C. Caesar died.").
		if sp.starter(n) || next.Kind == tokenize.OpenQuote {
			return true
		}
		switch next.Kind {
		case tokenize.Word:
			if afterTime.Has(sp.text(n)) {
				return false
			}
		case tokenize.Abbrev:
			if tokenize.ClassifyAbbrev(sp.text(n)) != tokenize.AbbrevTitle {
				return false
			}
		default:
			// A clock time before a number is complete ("7 p.m. 7 a.m.
			// is ..."); an era before one is a date ("A.D. 79").
			return timeAbbrev.Has(w)
		}
		return !sp.frontedTime(k)
	case countryAbbrev.Has(w):
		if next.Kind == tokenize.Number || next.Kind == tokenize.Abbrev {
			return false
		}
		if next.Kind != tokenize.Word || sp.starter(n) {
			return true
		}
		// "U.S. Senate" runs on; so does "The U.S. Preventive ...", which
		// would leave "The U.S." as a sentence, and "at the U.S. Preventive
		// Services Task Force", a name of capitalised words.
		return !afterCountry.Has(sp.text(n)) && sp.twoWordsBefore(k) && !sp.capitalPair(n)
	}
	switch tokenize.ClassifyAbbrev(w) {
	case tokenize.AbbrevTitle, tokenize.AbbrevNumber:
		return false
	case tokenize.AbbrevInitial:
		// Initials run on into names ("J. K. Rowling", "Q. What is"); the
		// pronoun "I." ends "... him and I. We left.", and the platform
		// "X." ends "Follow us on X. Sign up for …".
		if string(w) == "I." && sp.starter(n) || string(w) == "X." && k >= 2 && sp.toks[k-1].Kind.IsSpace() && string(sp.text(k-2)) == "on" {
			return true
		}
		// A letter that names a grade, a plan or a class ends its
		// sentence before a capital: "no Plan B. Officials", "Class B.
		// Each"; after "a", before a word that starts sentences: "She got
		// an A. Her" (not "a J. Smith").
		if c := sp.src[next.Start]; len(w) == 2 && k >= 2 && sp.toks[k-1].Kind.IsSpace() && next.Kind == tokenize.Word && 'A' <= c && c <= 'Z' {
			p := sp.text(k - 2)
			return letterNames.Has(p) && (len(p) > 2 || sp.starter(n))
		}
		return false
	case tokenize.AbbrevMonth:
		if next.Kind == tokenize.Number {
			return false
		}
	}
	if sp.starter(n) || next.Kind == tokenize.OpenQuote {
		return true
	}
	return strongAbbrev(w) && next.Kind == tokenize.Word
}

// twoWordsBefore reports whether the current sentence has at least two
// words before token k. It looks at the sentence's first tokens only.
func (sp *splitter) twoWordsBefore(k int) bool {
	c := 0
	for j := sp.seg; j < k && c < 2; j++ {
		if sp.toks[j].Kind == tokenize.Word {
			c++
		}
	}
	return c == 2
}

// capitalPair reports whether the word at token n and the word after it
// are both capitalised and neither commonly starts a sentence ("Preventive
// Services").
func (sp *splitter) capitalPair(n int) bool {
	m := sp.skipSpace(n+1, len(sp.toks))
	if m >= len(sp.toks) || sp.toks[m].Kind != tokenize.Word || sp.starter(m) {
		return false
	}
	for _, k := range [2]int{n, m} {
		if c := sp.src[sp.toks[k].Start]; c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}

// frontedTime reports whether the clause that holds the abbreviation at
// token k opens with a preposition, so that the words up to k may be a
// time phrase put before the subject ("On Monday at 6 a.m.", "In 44
// B.C.", "He noted: In 44 B.C."). The clause starts at the start of the
// sentence or after the last colon or semicolon before k. A clause longer
// than maxFronted tokens before k is no fronted phrase; the limit also
// keeps a line of many such times linear.
func (sp *splitter) frontedTime(k int) bool {
	first := -1
	j := k - 1
	for ; j >= sp.seg && j >= k-maxFronted; j-- {
		t := sp.toks[j]
		if t.Kind == tokenize.Punct && (sp.isByte(j, ':') || sp.isByte(j, ';')) {
			break
		}
		if t.Kind == tokenize.Word {
			first = j
		}
	}
	if first < 0 || j >= sp.seg && j < k-maxFronted {
		return false
	}
	w := sp.text(first)
	if len(w) > 0 && 'A' <= w[0] && w[0] <= 'Z' {
		w = append(sp.word[:0], w...)
		w[0] += 'a' - 'A'
		sp.word = w
	}
	return timePrepositions.Has(w)
}

// maxFronted is the most tokens, white space included, that a fronted
// time phrase has before its clock time or era: "On the day \"they all
// left\" at 6 a.m." has 22.
const maxFronted = 40

// letterNames are the words after which a capital letter names a grade,
// a plan or a class, not a person's initial; see [splitter.abbrevEnds].
var letterNames wordset.Table // letterNamesList, filled by init from wordSets

const letterNamesList = "a|an|Plan|Class|Grade|Company|Group|Type|Category|Option|Vitamin|Hepatitis|plan|class|grade|vitamin|hepatitis|type|category|option"

// timePrepositions open a fronted time phrase; see [splitter.frontedTime].
var timePrepositions wordset.Table // timePrepositionsList, filled by init from wordSets

const timePrepositionsList = "at|on|in|by|around|about|before|after|until|till|since|from|between|during|shortly|just|" +
	"early|late|sometime|circa"

// strongAbbrev reports whether the abbreviation w usually ends a sentence
// when a capitalised word follows: "etc." and dotted ones that are not
// initials, such as "LL.B." or "Ph.D.".
func strongAbbrev(w []byte) bool {
	if string(w) == "etc." || unitAbbrev.Has(w) {
		return true
	}
	if bytes.IndexByte(w[:len(w)-1], '.') < 0 {
		return false
	}
	// "J.C.", "S.W.": single capitals are initials or compass points.
	for i := 0; i < len(w); i += 2 {
		if i+1 >= len(w) || w[i+1] != '.' || !('A' <= w[i] && w[i] <= 'Z') {
			return true
		}
	}
	return false
}

// startsSentence reports whether token n can begin a sentence: a word that
// does not start with a lower-case letter, or a brand that starts so with
// a capital inside it ("easyJet", "iPhone"), a number, an opening quote or
// bracket, or a symbol.
func (sp *splitter) startsSentence(n int) bool {
	t := sp.toks[n]
	switch t.Kind {
	case tokenize.Word, tokenize.Abbrev, tokenize.Hashtag, tokenize.Mention, tokenize.URL, tokenize.Email:
		r, _ := utf8.DecodeRune(sp.src[t.Start:])
		if t.Kind == tokenize.Hashtag || t.Kind == tokenize.Mention {
			r, _ = utf8.DecodeRune(sp.src[t.Start+1:])
		}
		if !unicode.IsLower(r) {
			return true
		}
		if t.Kind == tokenize.Word {
			// a brand with a capital inside: "easyJet", "eBay"
			for _, c := range sp.src[t.Start+1 : t.End] {
				if c >= 'A' && c <= 'Z' {
					return true
				}
			}
		}
		return false
	case tokenize.Number, tokenize.OpenQuote, tokenize.Currency, tokenize.Symbol, tokenize.Invalid:
		return true
	case tokenize.Punct:
		c := sp.src[t.Start]
		return c == '(' || c == '[' || c == '¿' || c == '¡'
	}
	return false
}

// starter reports whether token n is a capitalised word that commonly
// begins a sentence, which tips the balance after an abbreviation.
func (sp *splitter) starter(n int) bool {
	t := sp.toks[n]
	if t.Kind != tokenize.Word {
		return false
	}
	w := sp.text(n)
	if i := apostrophe(w); i > 0 {
		w = w[:i] // "I'm", "It’s", "They're"
	}
	return starters.Has(w)
}

// apostrophe returns the index in w of its first apostrophe, "'" or "’",
// or -1: bytes.IndexAny(w, "'’"), whose code is larger in the wasm build.
// The three bytes of "’" start a rune wherever they stand in any text.
func apostrophe(w []byte) int {
	for i, c := range w {
		if c == '\'' || c == 0xe2 && i+2 < len(w) && w[i+1] == 0x80 && w[i+2] == 0x99 {
			return i
		}
	}
	return -1
}

// starters are capitalised words that often begin a sentence and rarely
// follow an abbreviation within one.
var starters wordset.Table // startersList, filled by init from wordSets

const startersList = "The|A|An|He|She|It|They|We|I|You|This|That|These|Those|There|Then|But|And|Or|So|Yet|In|On|" +
	"At|For|If|When|While|After|Before|As|His|Her|Their|Its|Our|My|Your|However|Meanwhile|Still|" +
	"Some|Many|Most|All|Both|Each|No|Not|One|Two|Three|What|Why|How|Who|Where|Since|Although|" +
	"Though|Because|During|Under|Among|According|Last|Next|Earlier|Later|Now|Today|Yesterday|" +
	"Also|Such|Despite|Officials|Analysts|Critics|Experts|Other|Others|More|Few|Several|Thus|" +
	"Instead|Even|With|By|From|To|Of|Is|Was|Are|Were|Do|Does|Did|Can|Could|Will|Would|Should|" +
	"May|Might|Must|Here|Every|Any|Nor|Only"

// neverEnds lists abbreviations that this splitter never ends a sentence
// with when more text follows.
var neverEnds wordset.Table // neverEndsList, filled by init from wordSets

const neverEndsList = "v.|vs.|def.|e.g.|i.e.|cf.|viz.|al."

// timeAbbrev lists the clock abbreviations; a capitalised word after them
// starts a new sentence unless it is a day, a month or a time zone.
var timeAbbrev wordset.Table // timeAbbrevList, filled by init from wordSets

const timeAbbrevList = "a.m.|p.m.|A.M.|P.M."

// afterTime are capitalised words that often follow a clock time.
var afterTime wordset.Table // afterTimeList, filled by init from wordSets

const afterTimeList = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|" +
	"June|July|August|September|October|November|December|Eastern|Pacific|Central|Mountain|" +
	"Moscow|local|Local|Greenwich|" + zoneList

// zoneList holds the time zones that afterTime and zoneWords share,
// separated by "|".
const zoneList = "GMT|UTC|BST|CET|CEST|EST|EDT|ET|PT|PST|PDT|CT|CST|CDT|MT|MST|MDT|IST|JST|AEST|AEDT"

// eraAbbrev lists the calendar eras: "44 B.C. Caesar" runs on, so only a
// word that starts sentences ends one after them.
var eraAbbrev wordset.Table // eraAbbrevList, filled by init from wordSets

const eraAbbrevList = "B.C.|A.D.|a.d.|b.c.|C.E.|B.C.E.|c.e.|b.c.e."

// unitAbbrev lists units of measure that, after a number, end a sentence
// before a capitalised word: "She weighed 5 lb. Tom was impressed."
var unitAbbrev wordset.Table // unitAbbrevList, filled by init from wordSets

const unitAbbrevList = "lb.|lbs.|oz.|ft.|mi.|yr.|yrs.|hr.|hrs.|min.|sq.|mo."

// countryAbbrev lists dotted country and union names. A capitalised word
// after them starts a new sentence ("in the U.S. Millions ...") unless it is
// one of afterCountry ("U.S. Senate").
var countryAbbrev wordset.Table // countryAbbrevList, filled by init from wordSets

const countryAbbrevList = "U.S.|U.K.|U.N.|E.U.|U.S.A.|U.A.E.|U.S.S.R.|P.R.C."

// afterCountry are capitalised words that often follow "U.S." and kin
// within a name or a noun phrase.
var afterCountry wordset.Table // afterCountryList, filled by init from wordSets

const afterCountryList = "Senate|House|Congress|President|Presidents|Vice|Army|Navy|Air|Marine|Marines|Coast|" +
	"Department|Treasury|Embassy|Embassies|Consulate|Supreme|Court|Courts|District|Circuit|Open|" +
	"Attorney|Attorneys|Secretary|Ambassador|Capitol|Census|Bureau|Federal|Government|Forces|" +
	"Military|Postal|Postmaster|Dollar|Geological|Centers|Food|Chamber|Defense|Defence|State|" +
	"States|Justice|Trade|Representative|Border|Customs|Immigration|Special|Central|National|" +
	"Naval|Citizenship|Olympic|Steel|Bancorp|Bank|Banks|News|Agency|Energy|Commerce|Labor|" +
	"Health|Education|Transportation|Homeland|Intelligence|Cyber|Space|Soccer|Women|Men|" +
	"Securities|Patent|Route|Highway|Interstate|Citizens|Troops|Officials|Official|Envoy|Envoys|" +
	"Delegation|Mission|Permanent|General|Assembly|Security|Council|Human|Refugee|Refugees|" +
	"Children|Development|Environment|Climate|Peacekeepers|Peacekeeping|Secretary-General|" +
	"Parliament|Prime|Minister|Ministers|Foreign|Home|Office|Treasury|High|Commission|" +
	"Commissioner|Inflation|Economy|Economic|Markets|Stock|Stocks|Crude|Oil|Gas|Power|Airways|" +
	"Airlines|Postal|Mint|Fish|Wildlife|Forest|Park|Geological|Surgeon|Solicitor|Drug|Consumer|" +
	"Product|Nuclear|Regulatory|Export|Import|Investment|Investors|Holdings|Inc|Corp|" +
	"Corporation|Company|Panel|Committee|Authority|Regulator|Board|Institute|Forum|Team|Squad|" +
	"Cup|Championship|Championships|Ministry|Department's|Police"

// dateline returns the end of a wire dateline at the start of the line [a, b)
// — place names in capitals or followed by an agency in brackets, perhaps a
// date, then a dash and white space — or 0.
func (sp *splitter) dateline(a, b int) int {
	words := 0
	firstCaps := false
	paren := false  // inside "(...)"
	agency := false // the last thing before the dash was "(...)"
	for k := a; k < b && k < a+30; k++ {
		t := sp.toks[k]
		switch t.Kind {
		case tokenize.Space:
			continue
		case tokenize.Word, tokenize.Abbrev:
			w := sp.text(k)
			if words == 0 {
				if !startsUpper(w) || len(w) == 1 {
					return 0 // a place has a name; "Q (Inaudible) —" is a reporter's turn
				}
				firstCaps = allCaps(w)
			} else if !startsUpper(w) && !(paren && firstCaps && len(w) <= 4) {
				return 0 // places and agencies are capitalised: "(Reuters)", "(AP)", but for a short agency after a place in capitals, "BERLIN (dpa) —"
			}
			words++
			agency = false
		case tokenize.Number:
			if words == 0 {
				return 0
			}
			agency = false
		case tokenize.Punct:
			switch sp.src[t.Start] {
			case ',', '/':
				if words == 0 || paren {
					return 0
				}
				agency = false
			case '(':
				if words == 0 || paren {
					return 0
				}
				paren = true
			case ')':
				if !paren {
					return 0
				}
				paren = false
				agency = true
			default:
				return 0
			}
		case tokenize.Dash:
			if paren || words == 0 || words > 8 || !(firstCaps || agency) {
				return 0
			}
			if k+1 < b && !sp.toks[k+1].Kind.IsSpace() {
				return 0
			}
			if notPlaces.Has(sp.text(a)) {
				return 0 // "BUT - a 2021 report ...", "UPDATE - ...", "LIVE — as it happened"
			}
			return k + 1
		default:
			return 0
		}
	}
	return 0
}

// notPlaces are words in capitals that start a line before a dash but
// name no place: conjunctions and a post's labels.
var notPlaces wordset.Table // notPlacesList, filled by init from wordSets

const notPlacesList = "BUT|AND|OR|SO|YET|NOR|PLUS|ALSO|THEN|NOW|IF|YES|NO|OK|OKAY|WOW|NOTE|UPDATE|UPDATED|EDIT|" +
	"BREAKING|WARNING|ALERT|CORRECTION|PS|FYI|TLDR|THREAD|LIVE|But|And|Or|So|Yet|Plus|Also|Then|Now|Update|Edit|Note|Live"

// stamp reports whether the tokens [a, b) are only a date and a clock
// time, as after a dateline: "Oct. 6, 2026, 6:00 a.m. ET", "Monday 12
// May 2026 14:05 BST". Each token is a number, a comma, "/", ":" or "|",
// a month or its abbreviation, a day, a time zone, "a.m." or "p.m."; one
// at least is a number.
func (sp *splitter) stamp(a, b int) bool {
	numbers := 0
	for k := a; k < b; k++ {
		t := sp.toks[k]
		switch t.Kind {
		case tokenize.Space:
		case tokenize.Number:
			numbers++
		case tokenize.Punct:
			if !sp.isByte(k, ',') && !sp.isByte(k, '/') && !sp.isByte(k, ':') && !sp.isByte(k, '|') {
				return false
			}
		case tokenize.Abbrev:
			w := sp.text(k)
			if !timeAbbrev.Has(w) && tokenize.ClassifyAbbrev(w) != tokenize.AbbrevMonth {
				return false
			}
		case tokenize.Word:
			if w := sp.text(k); !afterTime.Has(w) && !clockWords.Has(w) {
				return false
			}
		default:
			return false
		}
	}
	return numbers > 0
}

// clockLead returns the end of a clock time that starts the line [a, b)
// as a live blog's time stamp, or 0: "14:52 GMT", "2.52pm", "10:05 a.m.
// ET", "14:52", alone on the line or before a capitalised word ("14:52
// GMT Met Office extends …"). A time written with a dot ("14.52") needs
// "am", "pm" or a time zone, which a decimal has not. A live text's match
// minute is such a stamp too: "41 min:", "90+4 min:", "23'".
func (sp *splitter) clockLead(a, b int) int {
	t := sp.text(a)
	i := 0
	for i < len(t) && i < 2 && '0' <= t[i] && t[i] <= '9' {
		i++
	}
	e := a + 1
	if i > 0 && i == len(t) {
		if e+1 < b && sp.text(e)[0] == '+' {
			e += 2 // "90+4"
		}
		n := sp.skipSpace(e, b)
		switch {
		case n+1 >= b:
			return 0
		case n == e && sp.toks[e].Kind == tokenize.CloseQuote:
			e++ // "23'"
		case n > e && timeUnits.Has(sp.text(n)) && sp.text(n + 1)[0] == ':':
			e = n + 2 // "41 min:"
		default:
			return 0
		}
	} else {
		if i == 0 || i+3 > len(t) || t[i] != ':' && t[i] != '.' || t[i+1] < '0' || t[i+1] > '5' || t[i+2] < '0' || t[i+2] > '9' {
			return 0
		}
		marked := t[i] == ':' // only a clock is written "14:52"
		if i == 2 && (t[0] > '2' || t[0] == '2' && t[1] > '3') {
			return 0 // no hour after 23
		}
		if e = sp.clockEnd(a, b, t[i+3:], marked); e == 0 {
			return 0
		}
	}
	n := sp.skipSpace(e, b)
	if n == b {
		return e
	}
	if n == e || sp.toks[n].Kind != tokenize.Word || !startsUpper(sp.text(n)) {
		return 0
	}
	return e
}

// clockEnd returns the end of the clock time whose number, token a of a
// line ending at b, has rest after its minutes, with the "am", "pm" or
// time zone that follows; or 0 when it is not marked as a clock (by a
// ":" or by those words). See [splitter.clockLead].
func (sp *splitter) clockEnd(a, b int, rest []byte, marked bool) int {
	switch {
	case len(rest) == 0:
	case clockWords.Has(rest) || timeAbbrev.Has(rest):
		marked = true // "2.52pm"
	default:
		return 0
	}
	e := a + 1
	if n := sp.skipSpace(e, b); n < b && (clockWords.Has(sp.text(n)) || timeAbbrev.Has(sp.text(n))) {
		marked, e = true, n+1 // "10:05 a.m."
	}
	if n := sp.skipSpace(e, b); n < b && zoneWords.Has(sp.text(n)) {
		marked, e = true, n+1 // "14:52 GMT"
	}
	if !marked {
		return 0
	}
	return e
}

// updateLead returns the end of a live story's update stamp that starts
// the line [a, b) before its text, or 0: "Updated" or "Update", a clock
// time as [splitter.clockLead] reads it, and a colon or a dash, before a
// capitalised word ("Updated 07:40: Northern has now also cancelled ...").
func (sp *splitter) updateLead(a, b int) int {
	switch string(sp.text(a)) {
	case "Updated", "Update", "UPDATED", "UPDATE":
	default:
		return 0
	}
	c := sp.skipSpace(a+1, b)
	if c == a+1 || c >= b || sp.toks[c].Kind != tokenize.Number {
		return 0
	}
	e := sp.clockLead(c, b)
	if e == 0 {
		t := sp.text(c)
		i := tokenize.NumericPrefix(t)
		if i < 4 || i > 5 || t[i-3] != ':' {
			return 0 // "7:40", "07:40"
		}
		e = sp.clockEnd(c, b, t[i:], true)
	}
	if e == 0 {
		return 0
	}
	// the colon glued to the time, or a dash: "07:40:", "9:15 GMT -"
	if m := sp.skipSpace(e, b); m < b && (m == e && sp.isByte(m, ':') || sp.toks[m].Kind == tokenize.Dash) {
		e = m + 1
	} else {
		return 0
	}
	n := sp.skipSpace(e, b)
	if n == e || n >= b || sp.toks[n].Kind != tokenize.Word || !startsUpper(sp.text(n)) {
		return 0
	}
	return e
}

// zoneWords are the time zones that may follow a clock time.
var zoneWords wordset.Table // zoneWordsList, filled by init from wordSets

const zoneWordsList = "EET|EEST|HKT|SGT|" + zoneList

// clockWords mark a clock time without dots: "6:00 AM", "6pm".
var clockWords wordset.Table // clockWordsList, filled by init from wordSets

const clockWordsList = "AM|PM|am|pm"

// isByte reports whether token k is exactly the one byte c.
func (sp *splitter) isByte(k int, c byte) bool {
	t := sp.toks[k]
	return t.End-t.Start == 1 && sp.src[t.Start] == c
}

// labelValue reports whether the line [a, b) reads as "Label: figure": one
// to five words with no number, starting with a capital, then a colon and
// text with a number in it and no final stop, as "Revenue: $4.82 billion
// vs. $4.61 billion expected". "Budget 2027: 5 things to know" has a number
// in its label; "A: We have built 1,870." is a turn of an interview. A
// placed line of a results table, "1st Copper Lantern (Kieran Doyle)
// 100-1", a place and a figure after it, reads as such a line too.
func (sp *splitter) labelValue(a, b int) bool {
	if t := sp.text(a); sp.toks[a].Kind == tokenize.Number {
		// A bare place, "1 Hamilton (Mercedes) 1:32:04.1", needs a name
		// and a closing bracket before its figure, and no final stop, so
		// that "1 Open the box." and "2 Results" stay as they are.
		closed := false // whether a number from here on is the row's figure
		if len(t) > 2 {
			switch string(t[len(t)-2:]) {
			case "st", "nd", "rd", "th":
				closed = true
			}
		}
		if !closed && (len(t) > 2 || t[len(t)-1]-'0' > 9 || a+2 >= b || !startsUpper(sp.text(a+2)) || sp.toks[b-1].Kind == tokenize.Punct) {
			return false
		}
		for k := a + 1; k < b; k++ {
			if sp.isByte(k, ')') {
				closed = true
			} else if closed && sp.toks[k].Kind == tokenize.Number {
				return true
			}
		}
		return false
	}
	if !startsUpper(sp.text(a)) || sp.toks[b-1].Kind == tokenize.Punct || sp.toks[b-1].Kind == tokenize.CloseQuote {
		return false
	}
	words := 0
	k := a
	for ; k < b && !sp.isByte(k, ':'); k++ {
		switch sp.toks[k].Kind {
		case tokenize.Word:
			if words++; words > 5 {
				return false
			}
		case tokenize.Space:
		default:
			return false
		}
	}
	if k >= b || words == 0 {
		return false
	}
	for k++; k < b; k++ {
		if sp.toks[k].Kind == tokenize.Number {
			return true
		}
	}
	return false
}

// heading reports whether the line [a, b) reads as a heading: at most 12
// words, starting with a capital, with no final stop, comma or colon; or
// the header row of a Markdown table, "| Utility | Monthly bill | Change |",
// a row with no number in it.
func (sp *splitter) heading(a, b int) bool {
	if b-a >= 3 && sp.isByte(a, '|') && sp.isByte(b-1, '|') {
		for k := a; k < b; k++ {
			if sp.toks[k].Kind == tokenize.Number {
				return false
			}
		}
		return true
	}
	last := sp.toks[b-1]
	if (last.Kind == tokenize.Punct || last.Kind == tokenize.CloseQuote || last.Kind == tokenize.Abbrev) && !sp.unitCaption(a, b) {
		return false
	}
	if last.Kind == tokenize.Dash {
		return false // a sentence broken off: "DOYLE: That's not—"
	}
	if last.Kind == tokenize.Number && sp.lineEnd(a, b) == endStop {
		return false // a stop and a footnote marker: "approved in full.17"
	}
	if sp.turn(a, b) {
		return false // a turn of a transcript, "CASTELL: Twelve"
	}
	words := 0
	for k := a; k < b; k++ {
		if sp.toks[k].Kind.IsWordLike() {
			words++
		}
	}
	if words == 0 || words > 12 {
		return false
	}
	r, _ := utf8.DecodeRune(sp.src[sp.toks[a].Start:])
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// unitCaption reports whether the line [a, b) is the caption of a table
// whose unit or note closes it in brackets: a few words with no number,
// then a bracket that opens on a currency sign, "%" or a scale word and
// ends the line, "Costings (£ billion per year, by 2029-30)", "Spending (%
// of GDP)", or holds one word, "Key market levels (close)", or a month and
// its year, "Board paper figures (October 2026)".
func (sp *splitter) unitCaption(a, b int) bool {
	if !sp.isByte(b-1, ')') {
		return false
	}
	o := a
	for ; o < b && !sp.isByte(o, '('); o++ {
		if k := sp.toks[o].Kind; k != tokenize.Word && k != tokenize.Space {
			return false
		}
	}
	if o == a || o >= b {
		return false
	}
	u := sp.skipSpace(o+1, b)
	if u >= b {
		return false
	}
	switch sp.toks[u].Kind {
	case tokenize.Currency, tokenize.Percent:
		return true
	case tokenize.Word:
		if u+2 == b || u+4 == b && afterTime.Has(sp.text(u)) && yearLabel(sp.text(u+2)) {
			return true // one word: "KEY MARKET LEVELS (close)"; a month: "Board paper figures (October 2026)"
		}
	case tokenize.Number:
		// years alone: a name's life dates under an obituary's
		// headline, "Margit Halvorsen (1938-2026)", "(1938–2026)"
		return yearLabel(sp.text(u)) && (u+2 == b || u+4 == b && yearLabel(sp.text(u+2)))
	}
	return unitScales.Has(sp.text(u))
}

// unitScales are the scale words that open a table's unit in brackets.
var unitScales wordset.Table // unitScalesList, filled by init from wordSets

const unitScalesList = "billion|billions|million|millions|thousand|thousands|bn|m|mn|000s|per"

// turn reports whether the line [a, b) is a turn of a transcript: a
// speaker's label (see [splitter.speaker]) that is no headline's kicker
// ("BREAKING:"), then words that start as a sentence does, in capitals.
// "OBR: growth forecast cut to 0.9%" is a headline.
func (sp *splitter) turn(a, b int) bool {
	if !sp.speaker(a, b) || Kicker(sp.text(a)) {
		return false
	}
	k := a + 1
	for k < b && !sp.isByte(k, ':') {
		k++
	}
	n := sp.skipSpace(k+1, b)
	return n < b && !sp.startsLower(n)
}

// Kicker reports whether w is one of the words in capitals that start a
// headline with a colon, "BREAKING: Crime falls", and name no speaker.
func Kicker(w []byte) bool { return kickers.Has(w) }

// kickers are the words Kicker knows.
var kickers wordset.Table // kickersList, filled by init from wordSets

const kickersList = "BREAKING|UPDATE|EXCLUSIVE|ANALYSIS|OPINION|WATCH|LIVE|VIDEO|EXPLAINER|CORRECTION|REVIEW|CLAIM|VERDICT|RATING"

func startsUpper(w []byte) bool {
	r, _ := utf8.DecodeRune(w)
	return unicode.IsUpper(r)
}

// allCaps reports whether w has at least two letters and no lower-case one.
func allCaps(w []byte) bool {
	letters := 0
	for _, r := range string(w) {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// furnitureLines are whole lines, lower-cased and without final ":" or ".",
// that are page furniture rather than text.
var furnitureLines wordset.Table // furnitureLineList, filled by init from wordSets

// furnitureLineList holds furnitureLines, separated by "|": a betting
// advert's small print (smallPrintList) first, and the headings of links
// to other stories (linkHeadList) among them.
const furnitureLineList = smallPrintList + "|follow|following|advertisement|advertisment|ad|ads|share|share this|share this article|" +
	"share this story|share this page|share on facebook|share on twitter|share on x|share via email|" +
	"tweet|email|print|copy link|copy link to clipboard|link copied|sign up|subscribe|subscribe now|" +
	"image caption|image source|media caption|getty images|listen|listen to this article|comments|" +
	"comment|skip to content|skip advertisement|continue reading|continue reading the main story|" +
	"story continues below advertisement|story continues below|article continues below|" +
	"continue reading below|story continues after advertisement|article continues after advertisement|" +
	"article continues after this advertisement|scroll to continue|scroll to continue with content|save|" +
	"save article|gift this article|loading|loading...|play video|video|watch|close|menu|newsletter|" +
	"sign up for our newsletter|follow us|back to top|live|as it happened|live — as it happened|live - as it happened|live – as it happened|live: as it happened|sponsored|sponsored content|paid content|promoted|" +
	"add topic|click here|view in browser|view online|view this email in your browser|partner content|pinned post|pinned|open image in gallery|enlarge this image|toggle caption|hide caption|" +
	"about sharing|view comments|reuse this content|article saved|comments are closed|" +
	"comments are closed on this article|comments are closed for this article|comments have been closed|" +
	"comments have been disabled|comments are disabled|comments are disabled for this article|" +
	"comments on this article are closed|commenting is closed|commenting has been disabled|up next|next up|" +
	linkHeadList

// smallPrintList holds a betting advert's small print, lower-cased and
// without a final stop, separated by "|": a line of it is furniture
// (furnitureLines), and so is a sentence of it ([SmallPrint]).
const smallPrintList = "18+ only|t&cs apply|begambleaware.org|gamble responsibly|please gamble responsibly|over-18s only"

// SmallPrint reports whether the sentence s is a betting advert's small
// print, in any case, with or without a final stop: "18+ only.", "T&Cs
// apply.", "BeGambleAware.org", "Please gamble responsibly", "Over-18s
// only", or several of them set apart by " | ". A sentence that starts
// with "18+" and gives no other figure is too, "18+ New customers
// only.": the caller keeps to sentences of a few words.
func SmallPrint(s []byte) bool {
	if len(s) >= 3 && string(s[:3]) == "18+" && !strs.HasDigit(s[3:]) {
		return true
	}
	if len(s) > furnitureHead {
		return false
	}
	if len(s) > 0 {
		switch s[0] | 0x20 { // the first letters of the entries
		case '1', 't', 'b', 'g', 'p', 'o':
		default:
			return false
		}
	}
	var buf [furnitureHead]byte
	low := strs.AppendLower(buf[:0], s)
	if n := len(low); n > 0 && low[n-1] == '.' {
		low = low[:n-1]
	}
	for {
		part, k := low, bytes.Index(low, []byte(" | "))
		if k >= 0 {
			part = low[:k]
		}
		// a furniture line within smallPrintList is one of its entries
		// (TestSmallPrint)
		if !furnitureLines.Has(part) || !strs.Contains([]byte(smallPrintList), string(part)) {
			return false
		}
		if k < 0 {
			return true
		}
		low = low[k+3:]
	}
}

// furniturePrefixes start lines that are page furniture, when the line is
// short; a copyright notice may be longer, "Copyright 2027 The Associated
// Press. All rights reserved. This material may not be published, ...". A
// sentence about copyright law has no year or "©" after the word. They
// are one string, each ended by "\n", split at start-up (prefixesByFirst):
// a list of strings costs the download a string header for each.
const furniturePrefixes = "" +
	"read more:\nread more \nrelated:\nimage caption\nimage source\nmedia caption\n" +
	"photo:\nphoto / \nphotograph:\ncaption:\ncredit:\nphoto caption\npictured:\nabove:\ntop photo:\nmain photo:\nsee also:\nalso read:\nsign up for\n" +
	"sign up to\nsubscribe \nfollow us\nclick here\ngetty images\nshow notes:\nlinks:\n" +
	"copyright 1\ncopyright 2\ncopyright ©\ncopyright (c)\n© \nall rights reserved\nlast updated\nwatch:\nlisten:\n" +
	"more:\nediting by\nreporting by\nadditional reporting by\nwriting by\n" +
	"source:\nsources:\nlisten to this article\n" +
	"embargoed until\nembargoed:\nembargo:\nunder embargo\nfor interviews\nfor media enquiries\nmedia enquiries:\npress enquiries:\n" +
	"we and our \nwe use cookies\nby continuing, you agree\nby continuing to use\nprivacy notice:\nnewsletters may contain\n" +
	"isbn \ncategories:\nthis page was last edited\ncoordinates\t\ncoordinates:\nreply · \nalso read |\nimage:\npicture:\npictures:\ncontributing:\nfirst published on:\nfirst published:\n(adds \n(updates \n(recasts \n(corrects \n(refiles \n(repeats \n(reporting by \n(editing by \n(writing by \n(additional reporting by \n" +
	"up next:\nnext up:\nnext game:\nfor advice,\nfor more information,\nfor further information,\nfor more details,\n"

// linkPrefixes start lines that are page furniture when they do not end
// as a sentence does: a link to another story, "▶ Man, 47, charged after
// stabbing", and a story's topics, "Topics: Heart disease | NHS".
var linkPrefixes = []string{"▶ ", "► ", "▸ ", "→ ", "topics:", "tags:", "more on this story:"} // A slice, as creditWords and staffPosts are: a range copies an array.

// furnitureFirst marks the lower-cased first bytes of furnitureLines,
// furniturePrefixes and bylines, to reject most lines at once.
var furnitureFirst = func() (first [256]bool) {
	first[furnitureLineList[0]] = true
	for i := 1; i < len(furnitureLineList); i++ {
		if furnitureLineList[i-1] == '|' {
			first[furnitureLineList[i]] = true
		}
	}
	for c := range prefixesByFirst {
		first[c] = first[c] || len(prefixesByFirst[c]) > 0
	}
	first['b'] = true       // bylines
	first['u'] = true       // "Updated ..."
	first[0xC2|0x20] = true // "©" starts with C2, looked up as C2|0x20 like a letter
	for c := '0'; c <= '9'; c++ {
		first[c] = true // "2 hours ago"
	}
	first['a'] = true      // "an hour ago"
	first[0xE2] = true     // an arrow, see linkPrefixes
	first['['|0x20] = true // a footnote, "[1] Source: ONS.", looked up as [|0x20 like a letter
	return first
}()

// prefixesByFirst holds furniturePrefixes by their first byte.
var prefixesByFirst = func() (m [256][]string) {
	for rest := furniturePrefixes; rest != ""; {
		var p string
		p, rest = strs.Cut(rest, '\n')
		m[p[0]] = append(m[p[0]], p)
	}
	return m
}()

// furnitureHead is how many bytes of a line [splitter.furniture] reads in
// lower case: more than the longest of furnitureLines and
// furniturePrefixes, and than a dated line ("Updated ...", at most 60).
const furnitureHead = 64

// furniture reports whether the line [a, b) is page furniture: a known
// whole line, a short line with a known prefix, a copyright notice of up
// to 300 bytes, a credit to a reporter or a photographer, a time stamp, or
// a byline "By A Name".
func (sp *splitter) furniture(a, b int) bool {
	if sp.emphasis(a) || sp.emphasis(b-1) {
		// "**By Rhiannon Gwyn** | 12 min read" is a byline, as without
		// the marks
		if a, b = sp.unemphasized(a, b); a >= b {
			return false
		}
	}
	line := sp.src[sp.toks[a].Start:sp.toks[b-1].End]
	if line[len(line)-1] == 'o' && sp.commenter(a, b) {
		return true // "**hopsnhills** 2 days ago"
	}
	if line[len(line)-1]-'0' <= 9 && sp.runningHead(a, b) {
		return true // "Regional Water Resilience Review 2024      Page 7"
	}
	if line[0] == '^' && len(line) > 2 && line[1] == ' ' {
		return true // an encyclopedia's reference, "^ Halvorsen, K. (2009). ... ISBN ..."
	}
	if len(line) > 300 {
		return false
	}
	if line[len(line)-1] == '.' && staffNote(line) {
		return true
	}
	for k := 0; k < len(creditEnds) && line[len(line)-1] == '.'; k++ {
		if e := creditEnds[k]; len(line) > len(e) && line[len(line)-len(e)+1] == 'c' && string(line[len(line)-len(e):]) == e {
			return true // "c" of "contributed" first, which is cheaper
		}
	}
	if len(line) <= 80 && credit(line) {
		return true
	}
	if c := line[0] | 0x20; (c == 'a' || c == 't') && printNote(line) || creditTail(line) {
		return true
	}
	if (line[0] == '[' || line[0] == '(') && stageDirection(line) {
		return true // a transcript's "[CROSSTALK]", "(inaudible)"
	}
	if c := line[0] | 0x20; (c == 'r' || c == 'l') && sp.buttonRow(a, b) {
		return true // a comment's buttons, "Reply  Like 98"
	}
	if len(line) <= 72 && upper(line[0]) && schedule(line) {
		return true // a game story's "UP NEXT" box, "Mariners: Host Portland on Wednesday."
	}
	if c := line[0] | 0x20; !furnitureFirst[c] || len(line) > 120 && c != 'c' && c != 'p' && c != 'i' && c != 'w' && c != 's' && line[0] != 0xC2 && line[0] != '[' {
		return false // a longer line is furniture as a copyright notice, a caption ("Photo: ...", "Image: ...") or show notes only
	}
	// Only the first furnitureHead bytes are lowered: whole furniture
	// lines, time stamps and dated lines are shorter, and prefixes are.
	var buf [furnitureHead]byte
	low := strs.AppendLower(buf[:0], line[:min(len(line), furnitureHead)])
	head := low // a caption may be in brackets: "[Photo: ... Credit: ...]"
	if len(low) > 1 && low[0] == '[' && line[len(line)-1] == ']' {
		head = low[1:]
	}
	for _, p := range prefixesByFirst[head[0]] {
		if bytes.HasPrefix(head, []byte(p)) {
			return true
		}
	}
	// a post's counts, "12.4K views · 318 reposts · 1,102 likes"
	if '0' <= line[0] && line[0] <= '9' && sp.engagement(a, b) {
		return true
	}
	// a paywall's meter, "You have read 3 of 5 free articles this month."
	if len(head) > 14 && bytes.HasPrefix(head, []byte("you have read ")) && '0' <= head[14] && head[14] <= '9' {
		return true
	}
	// a reference's access date, "Retrieved 3 March 2021."
	if len(head) > 10 && bytes.HasPrefix(head, []byte("retrieved ")) && '0' <= head[10] && head[10] <= '9' {
		return true
	}
	// a gallery's caption, "Image 1 of 12: Firefighters on the ridge."
	if len(head) > 12 && bytes.HasPrefix(head, []byte("image ")) && '0' <= head[6] && head[6] <= '9' && strs.Contains(head[7:13], " of ") {
		return true
	}
	if len(line) > 120 {
		return false
	}
	if last := line[len(line)-1]; last != '.' && last != '!' && last != '?' {
		for _, p := range linkPrefixes {
			if bytes.HasPrefix(low, []byte(p)) {
				return true
			}
		}
		// a transcript's title, "TRANSCRIPT: The Leaders' Debate, Channel 5
		// West, 12 June 2025 (extract)"; a headline that quotes someone,
		// "Transcript: "We have three years of water left," says ...", is
		// a claim (a byte 0xE2 may start a curly quotation mark)
		if bytes.HasPrefix(low, []byte("transcript:")) && bytes.IndexByte(line, '"') < 0 && bytes.IndexByte(line, 0xe2) < 0 {
			return true
		}
	}
	if f := sp.footnote(a, b); f > 0 && !sp.paragraphMark(f, b) && !sp.clockMark(a) {
		return true // "[1] Source: ONS."
	}
	whole := len(line) <= furnitureHead
	trimmed := low
	for len(trimmed) > 0 && (trimmed[len(trimmed)-1] == ':' || trimmed[len(trimmed)-1] == '.' || trimmed[len(trimmed)-1] == ' ') {
		trimmed = trimmed[:len(trimmed)-1]
	}
	if whole && (furnitureLines.Has(trimmed) || furnitureLines.Has(uncounted(trimmed))) {
		return true
	}
	if datedLine(line, low) {
		return true
	}
	// a wire story's exchange rate, "($1 = 11.0560 Swedish crowns)"
	if len(line) <= 60 && line[0] == '(' && line[len(line)-1] == ')' && strs.Contains(line, " = ") && strs.HasDigit(line) {
		return true
	}
	if !whole {
		return sp.byline(a, b)
	}
	// "2 hours ago", "an hour ago"; a clock time alone, as at the end of a
	// transcript, "11:34 A.M. EDT".
	digit := '0' <= low[0] && low[0] <= '9'
	if bytes.HasSuffix(low, []byte(" ago")) && strs.CountByte(low, ' ') <= 3 &&
		(digit || bytes.HasPrefix(low, []byte("a ")) || bytes.HasPrefix(low, []byte("an "))) ||
		digit && len(low) <= 20 && strs.Contains(low, ".m.") {
		return true
	}
	return sp.byline(a, b)
}

// schedule reports whether line is a line of a game story's schedule
// box: a team of a few words, a colon, "At" or "Host", the opponent in
// capitalised words, then "on" and a day or a month, and after it no word
// in lower case but "at" and "night": "Stormhawks: At Phoenix on
// Tuesday.", "Mariners: Host Portland on Wednesday at 7:30 p.m.". A turn
// of a transcript, "SMITH: At the start of the year ...", names no
// opponent, and "JONES: At Fort Worth on Monday we saw ..." goes on.
func schedule(line []byte) bool {
	i := bytes.Index(line, []byte(": "))
	if i < 2 || i > 24 {
		return false
	}
	rest := line[i+2:]
	state := 0 // 0 before "At", 1 in the opponent's name, 2 before the day, 3 after it
	for len(rest) > 0 {
		w := rest
		if k := bytes.IndexByte(rest, ' '); k >= 0 {
			w, rest = rest[:k], rest[k+1:]
		} else {
			rest = nil
		}
		bare := w // the word without the comma or stop after it
		for len(bare) > 0 && (bare[len(bare)-1] == ',' || bare[len(bare)-1] == '.') {
			bare = bare[:len(bare)-1]
		}
		switch {
		case len(w) == 0:
			return false
		case state == 0:
			if string(w) != "At" && string(w) != "Host" {
				return false
			}
			state = 1
		case state == 1 && string(w) == "on":
			state = 2
		case state == 1 && !upper(w[0]), state == 2 && !afterTime.Has(bare):
			return false
		case state == 2:
			state = 3
		case state == 1:
			// a word of the opponent's name
		case 'a' <= w[0] && w[0] <= 'z' && bytes.IndexByte(w, '.') < 0 && string(w) != "at" && string(w) != "night":
			return false // a clause goes on: "we saw"
		}
	}
	return state == 3
}

// stageDirection reports whether line, which starts with "[" or "(", is a
// transcript's stage direction alone in its brackets, one of stageWords
// in any case: "[CROSSTALK]", "(inaudible)", "[END OF EXTRACT]". Nobody
// says it, and it states nothing.
func stageDirection(line []byte) bool {
	n := len(line)
	if n < 4 || n > 24 || line[n-1] != ']' && line[n-1] != ')' {
		return false
	}
	var buf [22]byte
	for i, c := range line[1 : n-1] {
		buf[i] = c | 0x20 // lower case for letters; a space stays one
	}
	return stageWords.Has(buf[:n-2])
}

// stageWords are a transcript's stage directions in lower case, as they
// may be written in brackets on their own.
var stageWords wordset.Table // stageWordsList, filled by init from wordSets

const stageWordsList = "crosstalk|applause|laughter|laughs|cheers|cheering|inaudible|unintelligible|indistinct|" +
	"pause|silence|music|end of extract|end of excerpt|end of transcript|prolonged applause|sustained applause|" +
	"loud applause|cheers and applause|applause and cheers|laughter and applause|booing|boos|interruption|heckling|standing ovation"

// runningHead reports whether the line [a, b) is a printed page's running
// header or footer: it ends with "Page 7" (or "Page 7 of 12"), which is
// the whole line or comes after a tab, a run of four or more spaces or a
// "|".
func (sp *splitter) runningHead(a, b int) bool {
	k := b - 1
	if !sp.shortNumber(k) {
		return false
	}
	if k-4 >= a && sp.toks[k-2].Kind == tokenize.Word && string(sp.text(k-2)) == "of" && sp.shortNumber(k-4) {
		k -= 4 // "Page 7 of 12"
	}
	if k-2 < a || sp.toks[k-1].Kind != tokenize.Space {
		return false
	}
	if w := sp.text(k - 2); sp.toks[k-2].Kind != tokenize.Word || string(w) != "Page" && string(w) != "page" && string(w) != "PAGE" {
		return false
	}
	if k-2 == a {
		return true
	}
	g := k - 3
	if sp.isByte(g, '|') {
		return true
	}
	if sp.toks[g].Kind != tokenize.Space {
		return false
	}
	gap := sp.src[sp.toks[g].Start:sp.toks[g].End]
	return len(gap) >= 4 || bytes.IndexByte(gap, '\t') >= 0 || g-1 > a && sp.isByte(g-1, '|')
}

// printNotes start a note on where else a story was published, which may
// be long: "A version of this article appears in print on Nov. 15, 2026,
// Section B, Page 12 of the New York edition with the headline: …", "This
// article is republished from The Conversation under a Creative Commons
// license." They are one string, split by "|" as printNote reads it: a
// list of strings costs the download a string header for each.
const printNotes = "a version of this article |a version of this story |" +
	"this article appeared in |this story appeared in |this article first appeared |" +
	"this story first appeared |this article originally appeared |this story originally appeared |" +
	"this article was originally published |this story was originally published |" +
	"this article is republished from "

// printNote reports whether line starts with one of printNotes, in any case.
func printNote(line []byte) bool {
	if len(line) < 25 || line[1] != ' ' && (line[1]|0x20 != 'h' || line[2]|0x20 != 'i' || line[3]|0x20 != 's' || line[4] != ' ') {
		return false // "a …" or "this …", not "The …" or "They …"
	}
	var buf [40]byte
	low := strs.AppendLower(buf[:0], line[:min(len(line), len(buf))])
	for rest := printNotes; rest != ""; {
		var p string
		p, rest = strs.Cut(rest, '|')
		if bytes.HasPrefix(low, []byte(p)) {
			return true
		}
	}
	return false
}

// creditWords name the credit that ends a caption, in lower case with
// the ": " after them, as in "Credit: BAS Archive".
var creditWords = []string{"credit: ", "photo: ", "photograph: ", "picture: ", "pictures: ", "image: ", "photo credit: "}

// creditTail reports whether line is a caption that ends with its credit
// after a stop: "Margaret Ellison at the British Antarctic Survey in
// 1979. Credit: BAS Archive", "The harbour wall at Whitby. Photograph:
// Jane Doe/Getty". The credit is at most 60 bytes, starts with a capital
// and holds no further sentence. A line that starts with the credit word
// is furniture by furniturePrefixes.
func creditTail(line []byte) bool {
	if last := line[len(line)-1]; last == '.' || last == '!' || last == '?' {
		return false
	}
	// the last ": " in the line's last 75 bytes, from the colons that
	// bytes.IndexByte finds, which looks at many bytes at once (a loop
	// back from the end looked at each; bytes.LastIndex would bring
	// Rabin-Karp code into the wasm build)
	c := -1
	for i := max(0, len(line)-75); i < len(line)-1; {
		j := bytes.IndexByte(line[i:len(line)-1], ':')
		if j < 0 {
			break
		}
		if line[i+j+1] == ' ' {
			c = i + j
		}
		i += j + 1
	}
	if c < 0 {
		return false
	}
	tail := line[c+2:]
	if len(tail) == 0 || len(tail) > 60 || tail[0] < 'A' || tail[0] > 'Z' || strs.Contains(tail, ". ") {
		return false
	}
	for _, w := range creditWords {
		s := c + 2 - len(w) // where the word starts
		if s < 2 || line[s-2] != '.' || line[s-1] != ' ' {
			continue
		}
		ok := true
		for i := 0; i < len(w); i++ {
			if line[s+i]|0x20 != w[i] {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// uncounted returns low without a count at its end, "view comments (312)"
// without " (312)", "comments 45" without " 45", or low itself.
func uncounted(low []byte) []byte {
	e := len(low)
	if e > 0 && low[e-1] == ')' {
		e--
	}
	d := e
	for d > 0 && ('0' <= low[d-1] && low[d-1] <= '9' || low[d-1] == ',') {
		d--
	}
	if d == e {
		return low
	}
	if e < len(low) {
		if d == 0 || low[d-1] != '(' {
			return low
		}
		d--
	}
	if d == 0 || low[d-1] != ' ' {
		return low
	}
	return low[:d-1]
}

// staffNote reports whether line is a story's note on its reporters:
// where each reported from, "Ramon Echeverria reported from Port Bellamy;
// Kit Sallow reported from St. Aubin.", or a reporter's post, "Thandeka
// Mokoena is a markets reporter based in Johannesburg." Each name is one
// to four capitalised words, at the start of the line or after "; ", and
// the post comes within 50 bytes of "is a" or "is an". Most lines fail at
// their second word, which is in lower case.
func staffNote(line []byte) bool {
	for from := 0; len(line) <= 160; {
		i, words := from, 0
		for ; i < len(line) && upper(line[i]); words++ {
			j := bytes.IndexByte(line[i:], ' ')
			if j < 0 {
				return false
			}
			i += j + 1
		}
		rest := line[i:]
		switch {
		case words == 0 || words > 4:
			return false
		case from == 0 && bytes.HasPrefix(rest, []byte("is a")):
			post := rest[:min(len(rest), 50)]
			for _, w := range staffPosts {
				if bytes.Contains(post, []byte(w)) {
					return true
				}
			}
			return false
		case !bytes.HasPrefix(rest, []byte("reported from ")):
			return false
		}
		j := bytes.Index(rest, []byte("; "))
		if j < 0 {
			return true
		}
		from = i + j + 2
	}
	return false
}

// staffPosts are the posts staffNote knows.
var staffPosts = []string{"reporter", "correspondent", "editor", "writer", "journalist", "columnist"}

// creditEnds end a wire story's credit to a reporter: "Jane Doe in Abuja
// contributed to this report."
var creditEnds = [...]string{" contributed to this report.", " contributed to this story.",
	" contributed to this article.", " contributed reporting.", " contributed research."}

// credit reports whether text, perhaps in brackets, is a photo credit: a
// few words, each capitalised, with one "/" between an agency and a name,
// "AP Photo/Kelechi Nwosu", "(Marc-André Côté/The Canadian Press)", "(Photo
// by Lena Voss/Getty Images)"; no figures, no stops, no lower-case word
// but "by".
func credit(text []byte) bool {
	slash, prev := 0, byte(' ')
	for i, c := range text {
		switch {
		case c == '/':
			slash++
		case '0' <= c && c <= '9' || c == '.' || 'a' <= c && c <= 'z' && (prev == ' ' || prev == '/' || prev == '(') &&
			(c != 'b' || prev != ' ' || i+2 >= len(text) || text[i+1] != 'y' || text[i+2] != ' '):
			return false
		}
		prev = c
	}
	return slash == 1 && prev != '/'
}

// datedLine reports whether line, whose first bytes are low in lower
// case, is a time stamp: "Published 2 hours ago", "Updated 27 November
// 2026, 09:14 GMT", or a longer one that starts with its time or date,
// "Published 7:42 a.m. ET Nov. 26, 2026 | Updated 11:05 a.m. ET Nov. 26,
// 2026", with or without a colon after the first word, or a short one
// after a date, "Nov. 4, 2026 Updated 1:45 a.m. ET". A line that ends as a sentence does is text ("Updated figures
// came out in 2024.").
func datedLine(line, low []byte) bool {
	var rest []byte
	switch {
	case bytes.HasPrefix(low, []byte("published")):
		rest = low[len("published"):]
	case bytes.HasPrefix(low, []byte("updated")):
		rest = low[len("updated"):]
	default:
		// a dateline before its stamp: "Nov. 4, 2026 Updated 1:45 a.m. ET"
		if len(line) > 60 {
			return false
		}
		i := bytes.Index(line[:min(len(line), 20+len(" Updated "))], []byte(" Updated "))
		if i < 6 || line[i-1]-'0' > 9 {
			return false
		}
		rest = low[i+len(" updated"):]
	}
	if len(rest) > 0 && rest[0] == ':' {
		rest = rest[1:] // "Published: 09:42, 27 November 2026"
	}
	if len(rest) == 0 || rest[0] != ' ' {
		return false
	}
	rest = rest[1:]
	last := line[len(line)-1]
	if (last == '.' || last == '!' || last == '?') && !bytes.HasSuffix(line, []byte(".m.")) && !bytes.HasSuffix(line, []byte(".M.")) {
		return false
	}
	if len(line) <= 60 {
		return strs.HasDigit(low) || bytes.HasSuffix(low, []byte(" ago"))
	}
	return len(rest) > 0 && '0' <= rest[0] && rest[0] <= '9' && strs.Contains(line, " | ")
}

// byline reports whether the line [a, b) is "By" and a few capitalised
// names, with no final stop: "By Jane Doe and John Roe, Reuters", "By
// Thandeka Mokoena in Johannesburg and Callum Reid in Perth".
func (sp *splitter) byline(a, b int) bool {
	if string(sp.text(a)) == "Written" && a+2 < b {
		a += 2 // "Written by Meera Iyengar | New Delhi | Updated: ..."
	}
	if w := sp.text(a); len(w) != 2 || w[0]|0x20 != 'b' || w[1]|0x20 != 'y' {
		return false // "By", "BY", "by"
	}
	words := 0
	bar := false // after "|" or "·" comes the date and reading time: "| Nov. 26, 2026 | 4 min read"
	for k := a + 1; k < b; k++ {
		t := sp.toks[k]
		if sp.emphasis(k) {
			continue // "**By Rhiannon Gwyn** | Photographs by ..."
		}
		if bar && !t.Kind.IsSpace() {
			if t.Kind == tokenize.Word {
				words++
			}
			continue
		}
		if sp.isByte(k, '|') || string(sp.text(k)) == "·" {
			bar = words > 0 // "By Jane Doe, Reporter · Tuesday 10 February 2027, 18:42 GMT"
			continue
		}
		switch t.Kind {
		case tokenize.Space:
		case tokenize.Word, tokenize.Abbrev:
			w := sp.text(k)
			if !startsUpper(w) && string(w) != "and" && string(w) != "in" {
				return false
			}
			words++
		case tokenize.Punct:
			if sp.src[t.Start] != ',' {
				return false
			}
		default:
			return false
		}
	}
	return words >= 1 && (words <= 10 || bar && words <= 16)
}
