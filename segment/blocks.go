package segment

import (
	"bytes"

	"github.com/claimlight/claimlight/internal/strs"
	"github.com/claimlight/claimlight/internal/wordset"
	"github.com/claimlight/claimlight/tokenize"
)

// Kinds of block of lines under a heading that names a list, see
// [splitter.listHead].
const (
	noList     uint8 = iota
	linkList         // links to other stories: "Most read", "RELATED", "More on this story"
	sourceList       // a fact check's citations: "Sources", "What we checked", "References"
)

// listHeads are the headings, lower-cased and without a final ":", of
// blocks whose lines are page furniture rather than text: links to other
// stories, and the list of sources at the foot of a fact check.
var listHeads = func() wordset.Table {
	t := wordset.New(48)
	t.PutList(linkList, linkHeadList+"|more on this|more stories")
	t.PutList(sourceList, "sources|source|our sources|sources used|data sources|sources and notes|"+
		"notes and sources|sources and methods|references|what we checked|what we looked at|further reading|"+
		"bibliography|citations")
	return t
}()

// linkHeadList holds the headings of links to other stories that are
// page furniture on a line of their own too (see furnitureLineList),
// separated by "|".
const linkHeadList = "most read|most popular|most viewed|most shared|most commented|related|" +
	"related articles|related stories|related topics|related content|related coverage|related links|" +
	"related reading|more on this story|top stories|recommended|recommended for you|you may also like|" +
	"you might also like|trending|see also|also read|read more|read next"

// maxListHead is the longest line, in bytes, that may be one of listHeads.
const maxListHead = 24

// listHead returns the kind of list that the line [a, b) is the heading
// of, or noList: "RELATED", "Most read:", "Sources", "What we checked". A
// furniture line of up to four tokens that starts with "Most" is a list of
// links too ("Most popular", "MOST VIEWED").
func (sp *splitter) listHead(a, b int, junk bool) uint8 {
	s, e := sp.toks[a].Start, sp.toks[b-1].End
	if e-s > maxListHead {
		return noList
	}
	var buf [maxListHead]byte
	low := strs.AppendLower(buf[:0], sp.src[s:e])
	if low[len(low)-1] == ':' {
		low = low[:len(low)-1]
	}
	if v, ok := listHeads.Get(low); ok {
		return v
	}
	if w := sp.text(a); junk && b-a <= 4 && (string(w) == "Most" || string(w) == "MOST") {
		return linkList
	}
	if i := bytes.Index(low, []byte(" in ")); i > 0 {
		if v, ok := listHeads.Get(low[:i]); ok && v == linkList {
			return linkList // a section's list: "MOST READ IN SHOWBIZ", "Most popular in Sport"
		}
	}
	return noList
}

// listEntry reports whether the line [a, b), the line after a heading of
// the kind list or after an entry under it, is an entry of the list and
// so page furniture; gap says whether a blank line comes before it.
//
// Under a heading of links an entry is a list item that does not end with
// "." or "!" ("* Ferri v Novak: as it happened", "• What is a heat dome?"),
// or, with no blank line before it, a line that reads as a heading
// ("Heart disease" under "Related topics").
//
// Under a heading of sources an entry is a citation: a title, a publisher
// and a date, with no verb, as "ONS, Crime in England and Wales: year
// ending September 2025 (published 23 January 2026)" or "- Police
// recorded crime, Home Office, 2010-11 to 2024-25". The splitter knows no
// verbs, so it goes by the shape: a line (or list item) that does not end
// as a sentence does; or, with no blank line before it, one that ends with
// "." and has its parts set apart by commas ("Home Office, Crime outcomes,
// 2025."). A question or an exclamation is text, and so is a paragraph
// that ends with a stop after a blank line. Under either heading a line
// with a stop before its end holds more than one sentence and is text,
// except under links a line with no blank line before it that does not
// end with "." or "!": a headline and its standfirst, "How safe is your
// street? Use our crime map".
func (sp *splitter) listEntry(list uint8, a, b int, gap bool) bool {
	last := b - 1
	if last > a && sp.toks[last].Kind == tokenize.CloseQuote {
		last-- // a quotation ends the line: '"... no more."'
	}
	body := sp.listMarker(a, b)
	item := body > 0
	if list == linkList && !gap && !sp.isByte(last, '.') && !sp.isByte(last, '!') {
		return true // "Read more:\nHow safe is your street? Use our crime map"
	}
	for k := max(a, body); k < last; k++ {
		if sp.isStop(k) {
			return false // more than one sentence: "Was this article helpful? Yes / No"
		}
	}
	stop := sp.isStop(last)
	if list == linkList {
		if item {
			return !stop || sp.isByte(last, '?')
		}
		// a headline, also after a blank line as pasted pages have them,
		// and one with a kicker that would read as a transcript's turn:
		// "SOAP SHOCK: Corrie legend quits after 20 years"
		return sp.heading(a, b) || sp.toks[b-1].Kind.IsWordLike() && sp.turn(a, b)
	}
	if !stop {
		return true
	}
	if gap || !sp.isByte(last, '.') {
		return false
	}
	for k := a; k < last; k++ {
		if sp.isByte(k, ',') {
			return true
		}
	}
	return false
}

// noteBlock returns the end of the block of lines that starts at
// sp.lines[s], when the block is a list of a printed page's footnotes, or
// s: every line that does not go on from the line before starts with a
// note's number of one to three digits and a capitalised word ("12
// Regulator, Leakage data tables 2023-24,"), the numbers go up one at a
// time, and the block is followed by a page number ("- 8 -", "8"); or
// it ends the text, with two or more notes that read as citations (see
// [splitter.citations]).
func (sp *splitter) noteBlock(s int) int {
	lines := sp.lines
	e, notes, last := s, 0, 0
	for ; e < len(lines) && (e == s || !lines[e].gap); e++ {
		if e > s && lines[e-1].join {
			continue // the note goes on: "14 Calder Valley Water, letter to the Review,\n9 October 2024."
		}
		a, b := int(lines[e].a), int(lines[e].b)
		if a+2 >= b || !sp.shortNumber(a) || sp.toks[a+1].Kind != tokenize.Space || sp.toks[a+2].Kind != tokenize.Word || !startsUpper(sp.text(a+2)) {
			if e == s || notes == 0 {
				return s
			}
			// a wrapped note the wrap finder left apart: "table 2b."
			if !sp.startsLower(a) && sp.toks[a].Kind != tokenize.Number {
				return s
			}
			continue
		}
		n := 0
		for _, c := range sp.text(a) {
			n = n*10 + int(c-'0')
		}
		if notes > 0 && n != last+1 {
			return s
		}
		notes, last = notes+1, n
	}
	if e < len(lines) {
		if sp.traits(e)&trNoText == 0 {
			return s
		}
	} else if notes < 2 || !sp.citations(s, e) {
		return s
	}
	return e
}

// citations reports whether each line of sp.lines[s:e] that starts a note
// has a comma or a stop after its first word, as a citation has
// ("13 Final Determination 2019, p. 44."), unlike a numbered list ("2
// Things to know").
func (sp *splitter) citations(s, e int) bool {
	for i := s; i < e; i++ {
		if i > s && sp.lines[i-1].join || !sp.shortNumber(int(sp.lines[i].a)) {
			continue
		}
		found := false
		for k := int(sp.lines[i].a) + 2; k < int(sp.lines[i].b) && !found; k++ {
			found = sp.isByte(k, ',') || sp.isStop(k)
		}
		if !found {
			return false
		}
	}
	return true
}
