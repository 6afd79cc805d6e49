package segment

import (
	"github.com/claimlight/claimlight/internal/wordset"
	"github.com/claimlight/claimlight/tokenize"
)

// Pasted social media threads number their posts ("... never started 4/7")
// and end with the post's counts ("12.4K views · 318 reposts · 1,102
// likes"). Neither is text: the functions here find them.

// counterOf returns the denominator of token k when it is a number "n/m"
// of one or two digits each, as a thread numbers its posts, or 0.
func (sp *splitter) counterOf(k int) int {
	t := sp.toks[k]
	if t.Kind != tokenize.Number || t.End-t.Start < 3 || t.End-t.Start > 5 {
		return 0
	}
	w := sp.text(k)
	n, m, slash := 0, 0, false
	digits := 0
	for _, c := range w {
		switch {
		case c == '/' && !slash && digits > 0:
			slash, digits = true, 0
		case '0' <= c && c <= '9' && digits < 2:
			digits++
			if slash {
				m = m*10 + int(c-'0')
			} else {
				n = n*10 + int(c-'0')
			}
		default:
			return 0
		}
	}
	if !slash || digits == 0 || n == 0 || m < 2 || n > m+3 {
		return 0
	}
	return m
}

// findThread sets sp.threadOf to the denominator of a thread's post
// counters ("1/7" ... "7/7"): the one that ends (perhaps before an aside
// in brackets), or starts, two or more lines of the text. A lone "4/7" may be a date or a score.
func (sp *splitter) findThread() {
	sp.threadOf = 0
	var seen [100]uint8
	for i := range sp.lines {
		a, b := int(sp.lines[i].a), int(sp.lines[i].b)
		m := 0
		if k := sp.toks[b-1].Kind; k == tokenize.Number || k == tokenize.Punct {
			if c := sp.lastNumber(a, b); c >= a {
				m = sp.counterOf(c)
			}
		}
		if m == 0 && sp.toks[a].Kind == tokenize.Number {
			m = sp.counterOf(a)
		}
		if m > 0 && seen[m] < 255 {
			seen[m]++
			if seen[m] >= 2 && (sp.threadOf == 0 || seen[m] > seen[sp.threadOf]) {
				sp.threadOf = m
			}
		}
	}
}

// threadCounter reports whether token k is a post counter of the thread
// the text is (see findThread).
func (sp *splitter) threadCounter(k int) bool {
	return sp.threadOf > 0 && sp.counterOf(k) == sp.threadOf
}

// counterLine reports whether the line [a, b) is a thread's post counter
// alone or with an aside in brackets: "8/7 (sorry!)".
func (sp *splitter) counterLine(a, b int) bool {
	if !sp.threadCounter(a) {
		return false
	}
	n := sp.skipSpace(a+1, b)
	return n >= b || sp.isByte(n, '(') && sp.isByte(b-1, ')')
}

// counterTail returns the index of a thread's post counter that ends the
// line [a, b) after its text, alone or with an aside in brackets ("...
// never started 👀 4/7", "More to follow. 8/7 (sorry!)"), or -1. A
// counter after an article, a preposition or a conjunction is a date or a
// fraction: "The vote is on 4/7".
func (sp *splitter) counterTail(a, b int) int {
	if sp.threadOf == 0 {
		return -1
	}
	c := sp.lastNumber(a, b)
	if c < a+2 || !sp.threadCounter(c) || !sp.toks[c-1].Kind.IsSpace() || sp.dangling(sp.skipSpaceBack(c-1, a)) {
		return -1
	}
	return c
}

// lastNumber returns the index of the token that ends the line [a, b), or
// that comes before an aside in brackets ending it, or -1.
func (sp *splitter) lastNumber(a, b int) int {
	c := b - 1
	if sp.isByte(c, ')') {
		for c > a && c > b-12 && !sp.isByte(c, '(') {
			c--
		}
		if !sp.isByte(c, '(') || c-2 < a || !sp.toks[c-1].Kind.IsSpace() {
			return -1
		}
		c -= 2
	}
	return c
}

// engagement reports whether the line [a, b) counts a post's views and
// replies: numbers, each before one of engagementWords, with separators
// between them ("12.4K views · 318 reposts · 1,102 likes").
func (sp *splitter) engagement(a, b int) bool {
	counts := 0
	number := false // a number waits for its word
	for k := a; k < b; k++ {
		t := sp.toks[k]
		switch t.Kind {
		case tokenize.Space:
		case tokenize.Number:
			if number {
				return false
			}
			number = true
		case tokenize.Word:
			if !number || !engagementWords.Has(sp.text(k)) {
				return false
			}
			number = false
			counts++
		case tokenize.Punct:
			if number || !sp.isByte(k, '|') && !sp.isRune(k, '·') && !sp.isRune(k, '•') {
				return false
			}
		default:
			return false
		}
	}
	return counts > 0 && !number
}

// buttonRow reports whether the line [a, b) is a row of a comment's
// buttons: words of engagementWords or "Report", numbers and separators
// only, "Reply  Like 98", "Reply · Share · Report".
func (sp *splitter) buttonRow(a, b int) bool {
	words := 0
	for k := a; k < b; k++ {
		switch sp.toks[k].Kind {
		case tokenize.Space, tokenize.Number:
		case tokenize.Word:
			if !engagementWords.Has(sp.text(k)) {
				return false
			}
			words++
		case tokenize.Punct:
			if !sp.isByte(k, '|') && !sp.isRune(k, '·') && !sp.isRune(k, '•') {
				return false
			}
		default:
			return false
		}
	}
	return words > 0
}

// engagementWords are what a social post counts, see engagement, and the
// buttons under a comment, see buttonRow.
var engagementWords wordset.Table // engagementWordsList, filled by init from wordSets

const engagementWordsList = "views|view|reposts|repost|retweets|retweet|likes|like|replies|reply|comments|comment|" +
	"shares|share|quotes|quote|bookmarks|bookmark|reactions|reaction|impressions|Views|Reposts|Likes|Replies|Comments|Shares|" +
	"Reply|Like|Share|Report|report"
