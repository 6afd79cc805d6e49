package claim

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimlight/claimlight/internal/strs"
	"github.com/claimlight/claimlight/internal/wordset"
	"github.com/claimlight/claimlight/segment"
	"github.com/claimlight/claimlight/tokenize"
)

// This file finds direct quotes, scare quotes, reporting cues and their
// speakers, and links each quote to its speaker.

// quoteRun is one quoted stretch [a, b) of positions, marks included. A
// quote that runs over several paragraphs is several runs with the same
// chain number.
type quoteRun struct {
	a, b  int32
	chain int32
}

// attribution is a speaker and its cue, as positions and span indexes.
type attribution struct {
	sa, sb int32 // speaker positions
	ca, cb int32 // cue positions
	spk    int32 // speaker span (creation index)
}

func (at attribution) lo() int { return int(min(at.sa, at.ca)) }
func (at attribution) hi() int { return int(max(at.sb, at.cb)) }

// quoteMark returns 2 for a double quotation mark, 1 for a single one.
func quoteMark(text []byte) int {
	switch string(text) {
	case "'", "‘", "’", "‹", "›", "‚":
		return 1
	}
	return 2
}

// findQuotes pairs quotation marks. A paragraph that ends inside a quote
// continues it when the next paragraph opens with the same mark (the news
// convention for a quote over several paragraphs).
func (a *annotator) findQuotes() []quoteRun {
	runs := make([]quoteRun, 0, a.opens)
	var pending []quoteRun // runs of the chain being read
	open, start, mark := -1, -1, 0
	chain := 0
	last := -1 // last position of the paragraph being read
	cur := int32(-1)
	wraps := 0       // line breaks read as soft wraps inside the open quote
	para := int32(0) // paragraph of i, kept up to date as i grows
	marks, next := a.quoteMarks, 0
	for i := 0; i < a.n; i++ {
		if open < 0 {
			// Outside a quote only quotation marks matter (last is
			// set before it is read again): the next one from i on,
			// from the list positions made.
			for next < len(marks) && int(marks[next]) < i {
				next++
			}
			if next == len(marks) {
				break
			}
			i = int(marks[next])
		}
		for int(para)+1 < len(a.paraStarts) && int(a.paraStarts[para+1]) <= i {
			para++
		}
		k := a.kind(i)
		if k != tokenize.OpenQuote && k != tokenize.CloseQuote && (open < 0 || para == cur) {
			last = i
			if open >= 0 {
				// Inside the quote, in its paragraph, the same up to the
				// next quotation mark or paragraph: passed over.
				for next < len(marks) && int(marks[next]) <= i {
					next++
				}
				t := a.n
				if next < len(marks) {
					t = int(marks[next])
				}
				if int(para)+1 < len(a.paraStarts) {
					t = min(t, int(a.paraStarts[para+1]))
				}
				if t > i+1 {
					i, last = t-1, t-1
				}
			}
			continue // the common case: nothing to do
		}
		if open >= 0 && para != cur {
			// the paragraph ended inside the quote
			if k == tokenize.OpenQuote && quoteMark(a.text(i)) == mark && a.paraStart(i) {
				pending = append(pending, quoteRun{int32(start), int32(last + 1), int32(chain)})
				start, last, cur, wraps = i, i, para, 0
				continue
			}
			if !a.blank && wraps < 3 {
				// text with no blank lines may be hard-wrapped: a line
				// break inside a quote is read as a space
				wraps++
				cur = para
				goto scan
			}
			if len(pending) > 0 {
				pending = append(pending, quoteRun{int32(start), int32(last + 1), int32(chain)})
				runs = append(runs, pending...)
				chain++
			}
			pending = pending[:0]
			open = -1
		}
	scan:
		last = i
		switch k {
		case tokenize.OpenQuote:
			m := quoteMark(a.text(i))
			if open < 0 || m == mark {
				open, start, mark = i, i, m
				cur, wraps = para, 0
				pending = pending[:0]
			}
		case tokenize.CloseQuote:
			if open >= 0 && quoteMark(a.text(i)) == mark && !a.pluralPossessive(i) {
				runs = append(runs, pending...)
				runs = append(runs, quoteRun{int32(start), int32(i + 1), int32(chain)})
				chain++
				pending = pending[:0]
				open = -1
			}
		}
	}
	if open >= 0 && len(pending) > 0 {
		runs = append(runs, pending...)
		runs = append(runs, quoteRun{int32(start), int32(last + 1), int32(chain)})
	}
	return runs
}

// pluralPossessive reports whether the single closing mark at i is the
// apostrophe of a plural possessive inside a single-quoted quotation:
// ‘The parents’ decision was final,’ she said.
func (a *annotator) pluralPossessive(i int) bool {
	if quoteMark(a.text(i)) != 1 || a.shapeOf(i)&shGlued == 0 || !a.isLowerWord(i+1) || !a.same(i, i+1) {
		return false
	}
	t := a.text(i - 1)
	return len(t) > 1 && (t[len(t)-1] == 's' || t[len(t)-1] == 'S')
}

// paraStart reports whether position i is the first of its paragraph.
func (a *annotator) paraStart(i int) bool {
	return i == 0 || a.paraOf(i-1) != a.paraOf(i)
}

// quotes marks quotes, scare quotes, cues and speakers.
func (a *annotator) quotes() (labels []int32) {
	runs := a.findQuotes()
	var inQuote []uint64 // bit p set when position p is inside a quote
	if len(runs) > 0 {
		inQuote = make([]uint64, (a.n+63)/64)
		for _, r := range runs {
			for p := r.a + 1; p < r.b-1; p++ {
				inQuote[uint(p)/64] |= 1 << (uint(p) % 64)
			}
		}
	}
	attrs := a.attributions()
	prevSpeaker, prevEnd, prevPara := -1, -1, int32(-1)
	for ci := 0; ci < len(runs); {
		cj := ci
		for cj < len(runs) && runs[cj].chain == runs[ci].chain {
			cj++
		}
		fa, lb := int(runs[ci].a), int(runs[cj-1].b) // the first and last run's start and end
		words := 0
		for _, r := range runs[ci:cj] {
			for p := int(r.a); p < int(r.b); p++ {
				if a.kindIn(p, tokenize.Word, tokenize.Number) {
					words++
				}
			}
		}
		spk := a.quoteSpeaker(fa, lb, attrs, inQuote)
		if spk < 0 && a.kind(lb) == tokenize.Dash && a.paraOf(lb) == a.paraOf(lb-1) {
			// a pull quote signed after a dash: "“…” — Councillor Dev
			// Rana, speaking at a public meeting"
			if e := a.entStartingAt(lb + 1); e >= 0 && a.ents[e].kind == Person {
				spk = int(a.emitAttribution(lb+1, int(a.ents[e].b), lb, lb+1).spk)
			}
		}
		if spk < 0 && a.isPunct(fa-1, ':') && a.same(fa-1, fa) {
			// "Her rival, Martin Cole, was blunter: “She has no plan.”"
			if sa, sb := a.colonSubject(fa - 1); sb > sa {
				spk = int(a.emitAttribution(sa, sb, fa-1, fa).spk)
			}
		}
		if spk < 0 && a.isPunct(fa-1, ':') && a.same(fa-1, fa) {
			// a fact check's claim under test: "The claim: “…”"; a post's
			// "with the caption: “…”" is the post's words
			s := fa - 2
			if a.word(s-1, wdThe) {
				s--
			}
			if a.claimLabel(s) == fa-1 {
				spk = int(a.emitAttribution(s, fa-1, fa-1, fa).spk)
				labels = append(labels, int32(fa-1))
			} else if bytes.Equal(a.text(fa-2), []byte("caption")) {
				if sa, sb := a.clauseSubject(fa - 2); sb > sa {
					spk = int(a.emitAttribution(sa, sb, fa-2, fa-1).spk)
				}
			}
		}
		if spk < 0 && a.isPunct(fa-1, ':') && bytes.EqualFold(a.text(fa-2), []byte("quote")) {
			// "PULL QUOTE: “…”" repeats words quoted above: their
			// speaker's, and no "PULL QUOTE" speaks
			spk = a.quotedBefore(fa)
		} else if spk < 0 {
			// a headline's "Name: ‘words’": "Network Rail: “Do not
			// travel” in Scotland", "Guardiola: Haaland ‘best No 9’"
			if sa, c := a.headlineLabel(fa); c > sa {
				spk = int(a.emitAttribution(sa, c, c, c+1).spk)
				labels = append(labels, int32(c))
			}
		}
		framed := false // the speaker frames the quotation: its "as" names nothing, unlike "known as"
		if spk < 0 {
			// "Sam Whitlock blamed the low turnout on “the dark …”", "The
			// mayor described the budget as “a reckless gamble”": the
			// subject's words; but a word or two ("58 percent of
			// Americans described the economy as “poor”") is a label,
			// unless a body rates ("The Care Quality Commission rated
			// the trust “requires improvement”")
			c := a.framingVerb(fa)
			rated := c >= 0 && a.textIn(c, "rated rates")
			if c >= 0 && (words > 2 || rated) {
				if sa, sb := a.speakerBefore(c); sb > sa && (!rated || a.countSource(sa, sb)) {
					spk, framed = int(a.emitAttribution(sa, sb, c, c+1).spk), !a.is(fa-2, wNaming)
				}
			} else if c := fa - 1; words > 2 && a.estimateVerb(c) {
				spk = a.estimateSpeaker(c, attrs)
			}
		}
		// a name in quotation marks: "the so-called “experts”", "known
		// as “the Bridge”"; but "she called the decision “painful but
		// unavoidable”", and "which ministers called “fair and final”"
		// quotes them (not "which he called “Deadly Gambits”", a name)
		naming := false
		for p := fa - 1; p >= fa-3 && p >= 0 && a.same(p, fa); p-- {
			if a.is(p, wNaming) && !framed && (spk < 0 || p == fa-1 && !(a.isLowerWord(fa+1) && (a.textIn(p-2, "which what") || a.textIn(p-3, "which what")))) {
				naming = true
			}
		}
		kind := Quote
		if spk < 0 && prevSpeaker >= 0 && fa > prevEnd && a.paraOf(fa)-prevPara <= 1 && !a.cueBetween(attrs, prevEnd, fa, prevSpeaker) && (words > 4 || a.initial(fa) || words > 2 && a.andThatBetween(prevEnd, fa)) && !a.stampBetween(prevEnd, fa) {
			if after := a.afterSpeaker(attrs, prevSpeaker, prevEnd); !a.personBetween(after, fa) && !a.ownCue(after, fa, lb) {
				spk = prevSpeaker // the same speaker goes on
			}
		}
		if spk < 0 && a.shapeOf(fa)&(shLineStart|shSentStart) != 0 && words > 2 {
			// a statement whose speaker the sentence before, in this
			// paragraph or the one before, ends on: "Dr. Amara
			// Osei-Bonsu told a briefing that the outbreak had not
			// peaked.⏎⏎“We are seeing cases in two hospitals. …”", "Dr.
			// Ann Lee said the drug worked. “It cut deaths by 20%.”"
			if k := firstFrom(attrs, fa) - 1; k >= 0 && a.paraOf(fa)-a.paraOf(int(attrs[k].ca)) <= 1 && a.same(int(attrs[k].ca), fa-1) && !a.stampBetween(int(attrs[k].cb), fa) {
				spk = int(attrs[k].spk)
			} else {
				// a paragraph before that ends on a statement with no verb
				// of speech: "His family paid tribute to him in a statement
				// released through the club.⏎⏎“…”", "The mayor, Tom Hale,
				// issued a statement on Friday:⏎⏎“…”"
				for p := fa - 2; p > fa-7 && a.same(p, fa-1); p-- {
					if a.word(p, wdStatement) {
						if sa, sb := a.clauseSubject(p); sb > sa {
							spk = int(a.emitAttribution(sa, sb, p, p+1).spk)
						}
						break
					}
				}
			}
		}
		// a one-word label after a determiner, in the middle of a clause,
		// is the writer's distance, not the source's words: "Experts say
		// many “non-drinkers” had quit"; but "called the deal “historic”
		// and", "said “yes” and" are theirs
		midClause := words == 1 && cj-ci == 1 && a.isLowerWord(fa-1) && a.sameLower(fa-1, lb) &&
			(a.is(fa-1, wDet) || a.wordAmong(fa-1, wdMany, wdSome, wdMost))
		if words <= 4 && cj-ci == 1 && (naming || spk < 0 || midClause) {
			kind = ScareQuote
			spk = -1
		}
		// a translation in brackets after the quotation is part of it
		gloss := 0
		if kind == Quote && spk >= 0 && a.isPunct(lb, '(') && a.same(lb-1, lb) {
			gloss = a.glossEnd(lb)
		}
		for r := ci; r < cj; r++ {
			end := int(runs[r].b)
			if r == cj-1 && gloss > 0 {
				end = gloss + 1
			}
			p := int(runs[r].a)
			for q := p + 1; kind == Quote && q < end && !a.same(p, end-1); q++ {
				if t := a.text(q - 1); (t[0] == '.' || t[0] == '?' || t[0] == '!') && !a.same(q-1, q) && a.text(q)[0]&0xC0 != 0x80 {
					// a quotation of several sentences is one in each, as
					// one of several paragraphs is one in each (not one
					// cut by a hard-wrapped line)
					a.add(kind, p, q, spk)
					p = q
				}
			}
			a.add(kind, p, end, spk)
		}
		if kind == Quote && spk >= 0 {
			// the speaker's words may report what others said, "“I found
			// out before my bank told me”": a cue inside them names no
			// source; its spans become repeats of the quotation's last
			// span, which finish removes
			for k := firstFrom(attrs, fa); k < len(attrs) && int(attrs[k].lo()) < lb; {
				if at := attrs[k]; int(at.spk) != spk && at.spk >= 0 && inQuote[at.ca/64]&(1<<(at.ca%64)) != 0 {
					last := a.spans[len(a.spans)-1]
					last.Link = -1
					if c := a.spans[at.spk].Link; c >= 0 {
						a.spans[c] = last
					}
					a.spans[at.spk] = last
					attrs = attrs[:k+copy(attrs[k:], attrs[k+1:])]
					continue
				}
				k++
			}
		}
		if kind == Quote {
			prevSpeaker = spk
			prevEnd, prevPara = lb, a.paraOf(lb-1)
		}
		ci = cj
	}
	return labels
}

// glossEnd returns the position of the closing bracket of a translation
// in brackets that opens at b, right after a quotation, "“Nach 64 Jahren
// ist das der richtige Schritt” (After 64 years, this is the right
// step)", or 0: a capitalised word first, then words with no quotation
// mark or bracket, in the sentence. The gloss is the same speaker's words,
// and the quotation's span takes it in.
func (a *annotator) glossEnd(b int) int {
	if !a.nameToken(b+1) || a.kind(b+1) != tokenize.Word || !a.same(b, b+1) {
		return 0
	}
	for k := b + 2; k < b+40 && k < a.n && a.same(b, k); k++ {
		switch {
		case a.isPunct(k, ')'):
			if k-b < 4 {
				return 0 // a word or two, "(Reuters)", "(Lab)": no translation
			}
			return k
		case a.kindIn(k, tokenize.OpenQuote, tokenize.CloseQuote) || a.isPunct(k, '('):
			return 0
		}
	}
	return 0
}

// framingVerb returns the position of the verb that frames the quotation
// whose opening mark is at q as its subject's words, "blamed … on" or
// "described … as" with at most six words between ("blamed the low
// turnout on “…”"), or "blames" right before it ("She blames “higher
// debt interest costs”"), or an inspector's "rated" with at most six
// words between ("rated the trust’s care “requires improvement”"), but
// not right before it, or -1.
func (a *annotator) framingVerb(q int) int {
	p := q - 1
	if a.isLowerWord(p) && a.sameTextIn(q, p, "blames blamed") {
		return p // "She blames “higher debt interest costs”"
	}
	var small [16]byte
	prep := lowerSmall(&small, a.text(p))
	verbs := "rated rates"
	if !wordIn("on as", prep) || !a.isLowerWord(p) || !a.same(p, q) {
		p = q
	} else if prep[0] == 'o' {
		verbs = "blamed blames"
	} else {
		verbs = "described describes rated rates"
	}
	for k := p - 1; k >= p-7 && k >= 0 && a.same(k, q); k-- {
		if a.kind(k) != tokenize.Word {
			return -1
		}
		if a.textIn(k, verbs) {
			if k == p-1 && a.text(k)[0] == 'r' {
				return -1 // nothing rated: the school's rating, "Hartwell Academy rated ‘good’"
			}
			return k
		}
	}
	return -1
}

// estimateVerb reports whether the word at c, just before a quotation,
// gives an estimate as its subject's own words: "expected “some tens of
// thousands” of homes to lose power".
func (a *annotator) estimateVerb(c int) bool {
	return a.sameLower(c+1, c) &&
		a.textIn(c, "expected expects estimated estimates predicted predicts forecast forecasts projected projects")
}

// estimateSpeaker returns the speaker span of the estimate verb at c: the
// speaker of an attribution earlier in the sentence when the verb follows
// "and" ("Northpower said it had 400 engineers on standby and expected
// “…”"), else the verb's subject ("The council expected “…”"), or -1.
func (a *annotator) estimateSpeaker(c int, attrs []attribution) int {
	if a.word(c-1, wdAnd) {
		if k := firstFrom(attrs, c) - 1; k >= 0 && int(attrs[k].cb) <= c && a.same(int(attrs[k].lo()), c) {
			return int(attrs[k].spk)
		}
		return -1
	}
	if sa, sb := a.speakerBefore(c); sb > sa {
		return int(a.emitAttribution(sa, sb, c, c+1).spk)
	}
	return -1
}

// quotedBefore returns the speaker span of an earlier quotation that
// opens with the words of the quotation whose mark is at q, or -1.
func (a *annotator) quotedBefore(q int) int {
	w := a.src[a.tok(q).End:]
	w = w[:min(len(w), 24)]
	for _, sp := range a.spans {
		if sp.Kind == Quote && sp.Link >= 0 {
			t := a.src[sp.Start:sp.End]
			_, n := utf8.DecodeRune(t)
			if bytes.HasPrefix(t[n:], w) {
				return int(sp.Link)
			}
		}
	}
	return -1
}

// stampBetween reports whether a line of page furniture that opens with a
// number, a live blog's timestamp ("15:40"), starts in positions [from,
// to): a new post, whose quotations are not the last speaker's.
func (a *annotator) stampBetween(from, to int) bool {
	k, _ := strs.Search(a.lineStarts, int32(from))
	for ; k < len(a.lineStarts) && int(a.lineStarts[k]) < to; k++ {
		if p := int(a.lineStarts[k]); a.kind(p) == tokenize.Number && a.furniture(p) {
			return true
		}
	}
	return false
}

// headlineLabel finds the name that opens the line of a quotation at q,
// set before a colon as headlines attribute ("Network Rail: “Do not
// travel”", "Fed chair Powell: ‘Not in a hurry’"), and returns where it
// starts and the colon's position, or 0, 0. Not a dateline ("NEW DELHI:")
// or a kicker ("Exclusive:", "Watch:"), and only on a short line.
func (a *annotator) headlineLabel(q int) (int, int) {
	c := q - 1
	for c > 0 && q-c < 8 && a.same(c, q) && !a.isPunct(c, ':') {
		c--
	}
	// a live blog's role in lower case, "Opposition leader: “…”"
	role := a.lowerIs(c-1, wPersonRole) && a.nameToken(c-2) && a.shapeOf(c-2)&shLineStart != 0
	if !a.isPunct(c, ':') || !a.same(c, q) || !a.nameToken(c-1) && !role || a.kind(c-1) != tokenize.Word {
		return 0, 0
	}
	b := c - 1
	for b > 0 && c-b < 5 && a.shapeOf(b)&shLineStart == 0 && a.same(b-1, c) &&
		(a.nameToken(b-1) || a.lowerIs(b-1, wPersonRole|wSpeakerNoun)) {
		b--
	}
	if a.shapeOf(b)&shLineStart == 0 || c-b == 1 && (a.fl(b)&(wCommon|wNonName|wTitle) != 0 || a.is(b, wMonth|wWeekday)) {
		return 0, 0
	}
	if e := a.entEndingAt(c); e >= 0 && a.ents[e].kind == Place {
		return 0, 0
	}
	if e := a.entStartingAt(c + 1); e >= 0 && a.ents[e].kind == Person && a.shapeOf(b)&shAllCaps != 0 && (c-b > 1 || a.shapeOf(b)&shPoss != 0) && a.entEndingAt(c) < 0 {
		return 0, 0 // a tabloid's kicker, then whom the words are about: "STAR'S SECRET SPLIT: Kayla Brooks 'living apart'"
	}
	for p := q; p < q+30; p++ {
		if p >= a.n || a.shapeOf(p)&shLineStart != 0 {
			// the line ends: a headline; a name the entity pass left is
			// a person's ("Guardiola:", "Fed chair Powell:")
			if n := c - 1; !role && a.entEndingAt(c) < 0 && a.shapeOf(n)&shAllCaps == 0 {
				for n > b && a.nameToken(n-1) {
					n--
				}
				if a.free(n, c) {
					a.addEntity(Person, n, c)
				}
			}
			return b, c
		}
	}
	return 0, 0
}

// afterSpeaker returns the first position after the sentence of the
// speaker span spk of one of attrs, or from if that is later or spk is not
// one of them: a person named beside the speaker ("Mehta said at a news
// conference with Governor Sarah Whitman.") does not end the speaker's
// turn.
func (a *annotator) afterSpeaker(attrs []attribution, spk, from int) int {
	if spk < 0 {
		return from // not a span: quotes asks only for one
	}
	// Each attribution made a speaker span of its own, so at most one has
	// spk. It is looked for outward from the attributions at from, the
	// end of the quotation spk spoke, where it most often is: a scan from
	// the first would make a text of many quotations quadratic.
	k := firstFrom(attrs, from)
	for lo, hi := k-1, k; lo >= 0 || hi < len(attrs); lo, hi = lo-1, hi+1 {
		j := -1
		if hi < len(attrs) && int(attrs[hi].spk) == spk {
			j = hi
		} else if lo >= 0 && int(attrs[lo].spk) == spk {
			j = lo
		}
		if j >= 0 {
			p := int(attrs[j].sb)
			for p < a.n && a.same(int(attrs[j].sb)-1, p) {
				p++
			}
			return max(from, p)
		}
	}
	return from
}

// personBetween reports whether a person is named in positions [from,
// to): then a quotation after them need not be the earlier speaker's.
func (a *annotator) personBetween(from, to int) bool {
	for k := a.searchEnts(from); k < len(a.ents) && int(a.ents[k].a) < to; k++ {
		if e := int(a.ents[k].a); a.ents[k].kind == Person && !(a.lowerWord(e-1, wdThe) && a.fl(e)&(wTitle|wTitleMod) == 0) { // not "cut the Official Cash Rate and said"
			return true
		}
	}
	return false
}

// ownCue reports whether a verb of speech stands in [from, fa) or after
// lb in the sentence a quotation [fa, lb) ends: then the quotation has a
// speaker of its own, found or not ("Another mum, Priya, said: “…”",
// "The ordinance says it covers “…”"), and the one before does not go on.
func (a *annotator) ownCue(from, fa, lb int) bool {
	for p := from; p < fa || p >= lb && a.same(lb-1, p); p++ {
		if a.strongCue(p) && a.isLowerWord(p) {
			return true
		}
		if p == fa-1 {
			p = lb - 1
		}
	}
	return false
}

// clauseBetween returns the last word in [from, to) that opens a clause
// of its own, or 0: in "The results come after Quellmark reported a drop
// and warned that …" Quellmark warned, not the results.
func (a *annotator) clauseBetween(from, to int) int {
	c := 0
	for p := from; p < to; p++ {
		switch a.pos[p].wid {
		case wdAfter, wdBefore, wdUntil, wdIf:
			c = p
		}
	}
	return c
}

// colonSubject returns the speaker of a quotation that a colon at c
// introduces with no verb of speech: the sentence's one person ("Her
// rival, former police chief Martin Cole, was blunter:") or the pronoun
// that opens it ("He was blunt:"), or 0, 0 when there is none or more than
// one.
func (a *annotator) colonSubject(c int) (int, int) {
	p := c
	for p > 0 && c-p < 40 && a.same(p-1, c) && a.shapeOf(p)&(shSentStart|shLineStart) == 0 {
		p--
	}
	if a.shapeOf(p)&(shSentStart|shLineStart) == 0 {
		return 0, 0
	}
	if a.is(p, wPronoun) && a.kind(p) == tokenize.Word {
		return p, p + 1
	}
	sa, sb := 0, 0
	for q := p; q < c; q++ {
		if a.lowerIs(q, wCue) && !cueOnlyBeside(a.text(q)) || a.kind(q) == tokenize.Dash {
			return 0, 0 // a verb of speech the quote was not linked to; a show's title, "The Deep Current — Episode 142:"
		}
		if e := a.entStartingAt(q); e >= 0 && a.ents[e].kind == Person {
			if sb > sa {
				return 0, 0
			}
			sa, sb = q, int(a.ents[e].b)
		}
	}
	return sa, sb
}

// cueOnlyBeside reports whether the cue word t reports speech only in a
// phrase of its own, "…, per PowerWatch" or "put it at 0.9%": "put out a
// statement:" has no verb of speech.
func cueOnlyBeside(t []byte) bool {
	return wordIn("put puts per", t)
}

// speechVerb reports whether position e is a verb of speech in lower
// case that reports by itself, as "said" does after a name; not
// cueOnlyBeside's "per" and "put".
func (a *annotator) speechVerb(e int) bool {
	return a.lowerIs(e, wCue) && !cueOnlyBeside(a.text(e))
}

// cueBetween reports whether an attribution other than the speaker span
// spk's starts in [from, to).
func (a *annotator) cueBetween(attrs []attribution, from, to, spk int) bool {
	k := firstFrom(attrs, from)
	for ; k < len(attrs) && attrs[k].lo() < to; k++ {
		if int(attrs[k].spk) != spk {
			return true
		}
	}
	return false
}

// quoteSpeaker returns the speaker span of the quote [qa, qb), or -1: the
// attribution right after it in the sentence of its closing mark ("…," he
// said), or right before it in the sentence of its opening mark (Rutte
// said: "…").
func (a *annotator) quoteSpeaker(qa, qb int, attrs []attribution, inQuote []uint64) int {
	// after
	k := firstFrom(attrs, qb)
	if k < len(attrs) {
		at := attrs[k]
		if lo := at.lo(); lo-qb <= 2 && a.same(qb-1, int(at.ca)) && inQuote[at.ca/64]&(1<<(at.ca%64)) == 0 && a.onlyPunct(qb, lo) {
			return int(at.spk)
		}
	}
	// before; or further before in reported speech that carries the
	// speaker's own words: "She added that the board had rejected it
	// because “it would have cost more in the end.”", "He says he climbed
	// the 147 steps “maybe forty thousand times,”"
	k = firstFrom(attrs, qa)
	for k--; k >= 0 && attrs[k].lo() > qa-64; k-- {
		at := attrs[k]
		hi := at.hi()
		if hi > qa {
			continue
		}
		if a.same(int(at.ca), qa) && inQuote[at.ca/64]&(1<<(at.ca%64)) == 0 && a.noQuoteBetween(hi, qa) &&
			(qa-hi <= 6 || at.sb <= at.ca && int(at.cb) == hi && (a.thatAfter(hi) || a.is(hi, wPronoun) || a.andThat(qa)) && !a.is(qa-1, wNaming)) {
			return a.citer(attrs, k)
		}
		// a quotation anywhere in the clause the cue reports, however
		// far, after another of its quotations too: "The ministry said
		// the impact on an average depositor would be “marginal”", "said
		// the group was ready to talk “without preconditions” but would
		// respond to “every attack”"
		if a.same(int(at.ca), qa) && inQuote[at.ca/64]&(1<<(at.ca%64)) == 0 && at.sb <= at.ca && int(at.cb) == hi && !a.is(qa-1, wNaming) && !a.is(hi-1, wNaming) && a.complement(hi, qa) {
			return a.citer(attrs, k)
		}
		break
	}
	// a participle cue whose subject opens the sentence: "Warren
	// criticized the decision, writing that “…”"
	for k, n := firstFrom(attrs, qa)-1, 0; k >= 0 && n < 8; k, n = k-1, n+1 {
		at := attrs[k]
		if ca, cb := int(at.ca), int(at.cb); at.sa < at.ca && cb <= qa && qa-cb <= 2 && a.same(ca, qa) && a.isPunct(ca-1, ',') && a.noQuoteBetween(cb, qa) {
			return int(at.spk)
		}
	}
	return -1
}

// citer returns the speaker span of attrs[k], or, when that speaker is
// figures or a study that the speaker of the cue just before cites ("Rhys
// Morgan said the figures showed “…”"), the citer's: the quoted words are
// what the citer said.
func (a *annotator) citer(attrs []attribution, k int) int {
	at := attrs[k]
	if k > 0 {
		o, s := attrs[k-1], int(at.sa)
		if a.word(s-1, wdThat) {
			s--
		}
		if o.sb <= o.ca && int(o.cb) == s && at.sb <= at.ca && (a.studySubject(s, int(at.sb)) || a.lowerIn(int(at.sb)-1, "figures data numbers statistics results findings")) {
			return int(o.spk)
		}
	}
	return int(at.spk)
}

// complement reports whether the words from h, just after a cue, to a
// quotation at qa are the clause the cue reports: they open with "that"
// (maybe after a phrase of place or time, "on state television that"), a
// determiner, a pronoun or a name, and no ";", ":" or ", but" ends the
// clause before the quotation.
func (a *annotator) complement(h, qa int) bool {
	p := h
	if a.is(p, wPrep) {
		for q := p + 1; q < p+5 && q < qa; q++ {
			if a.word(q, wdThat) {
				p = q
				break
			}
		}
	}
	if !a.is(p, wDet|wPronoun) && !a.word(p, wdIt) && !a.nameToken(p) {
		return false
	}
	for q := p + 1; q < qa; q++ {
		if a.isPunct(q, ';') || a.isPunct(q, ':') || a.isPunct(q, ',') && a.textIn(q+1, "but while although though whereas") {
			return false
		}
	}
	return true
}

// opensClause reports whether the phrase at sa opens its sentence, after
// at most a connective or a word of time: "But the president …",
// "Yesterday, the CEO of Verizon …", not "I looked the voters …".
func (a *annotator) opensClause(sa int) bool {
	if a.isPunct(sa-1, ',') {
		// "On a call with analysts, Chief Executive Maria Lindqvist …",
		// "The NSW Premier, Ms Laura Chen, …"
		if n := a.sentenceOffset(sa - 1); n < 8 && a.is(sa-1-n, wPrep|wDet) {
			return true
		}
	}
	for p, n := sa-1, 0; a.same(p, sa); p, n = p-1, n+1 {
		if n >= 3 || a.isLowerWord(p) && !a.is(p, wDet) {
			return false
		}
	}
	return true
}

// roleWords reports whether [i, j) holds at most three words in lower
// case that may describe a person before their name ("senior advocate"),
// and no verb, preposition or relative word ("who has worked for every
// president since").
func (a *annotator) roleWords(i, j int) bool {
	if j-i > 3 {
		return false
	}
	for k := i; k < j; k++ {
		if !a.isLowerWord(k) || a.fl(k)&(wStop|wPrep) != 0 || a.fl(k)&(wCue|wTitleMod) == wCue {
			return false // "state" qualifies a post: "state treasurer"
		}
	}
	return true
}

// sentenceOffset returns how many positions of its sentence come before
// position i.
func (a *annotator) sentenceOffset(i int) int {
	n := 0
	for a.same(i-n-1, i) {
		n++
	}
	return n
}

// thatAfter reports whether "that" comes at h, or after a short phrase
// of place or time that starts with a preposition: "told reporters after
// the speech that …".
func (a *annotator) thatAfter(h int) bool {
	if a.word(h, wdThat) {
		return true
	}
	// "said on Tuesday that", "said last week that", "said yesterday that"
	if !a.is(h, wPrep|wRelMod|wTimeWord) && !a.word(h, wdTo) || !a.isLowerWord(h) {
		return false // not "warned in a report to members that"
	}
	for p := h + 1; p < h+6 && a.same(h, p); p++ {
		if a.word(p, wdThat) {
			return true
		}
		if a.kind(p) != tokenize.Word || a.fl(p)&wCue != 0 {
			return false
		}
	}
	return false
}

// quotedAs returns the speaker quoted in "quoted Jones as saying" or
// "Jones was quoted (by Reuters) as saying", where as is the position of
// "as", or 0, 0: the words are Jones's, not those of the paper quoting.
func (a *annotator) quotedAs(as int) (int, int) {
	for k := as - 1; k >= 0 && as-k < 8 && a.same(k, as); k-- {
		if t := a.text(k); len(t) != 6 || !a.isLowerWord(k) || string(t) != "quoted" {
			continue
		}
		if k+1 < as && !a.word(k+1, wdBy) {
			if sa, sb := a.speakerAfter(k+1, false); sa == k+1 && sb == as {
				return sa, sb // "quoted Jones as saying"
			}
			return 0, 0
		}
		if a.wordAmong(k-1, wdWas, wdWere) {
			return a.clauseSubject(k - 1) // "Jones was quoted … as saying"
		}
		return 0, 0
	}
	return 0, 0
}

// clauseSubject returns the speaker that opens the sentence of position i,
// a name ("Sen. Elizabeth Warren"), an organisation ("the ministry") or a
// pronoun, or 0, 0.
func (a *annotator) clauseSubject(i int) (int, int) {
	p := i
	for p > 0 && i-p < 80 && a.same(p-1, i) && a.shapeOf(p)&(shSentStart|shLineStart) == 0 {
		p--
	}
	if a.shapeOf(p)&(shSentStart|shLineStart) == 0 || !a.same(p, i) {
		return 0, 0
	}
	if a.is(p, wPronoun) && a.kind(p) == tokenize.Word {
		return p, p + 1
	}
	q := p
	if a.word(p, wdThe) {
		q = p + 1
	}
	if f := a.entStartingAt(q); f < 0 || a.ents[f].kind != Person {
		// after a phrase set before the subject ("On a call with
		// analysts, Chief Executive Maria Lindqvist …") or a description
		// with the name beside it ("The NSW Premier, Ms Laura Chen, …")
		for c := p + 1; c < p+8 && c < i && a.same(c, i); c++ {
			if a.isPunct(c, ',') {
				if e := a.entStartingAt(c + 1); e >= 0 && a.ents[e].kind == Person && (f < 0 && a.isLowerWord(p+1) || a.isPunct(a.entsFrom(e), ',')) {
					return c + 1, a.entsFrom(e)
				}
				break
			}
		}
	}
	e := a.entStartingAt(q)
	if e < 0 {
		e = a.entStartingAt(p) // "The NAHT", a short name the text defined
	}
	if e < 0 && a.nameToken(q) && a.fl(q+1)&wTitle != 0 {
		e = a.entStartingAt(q + 1) // "Mississauga Mayor Tom Brackenridge": a place no list knows
	}
	if e >= 0 {
		if k := a.ents[e].kind; k == Person || k == Org {
			if b := a.entsFrom(e); a.shapeOf(b-1)&shPoss != 0 && a.sameLowerIs(i, b, wSpeakerNoun) {
				return p, b + 1 // "Gov. Brian Kemp’s office"
			}
			return p, a.entsFrom(e)
		}
		// "Lagos Gov. Olamide Adeyemi-Cole": a place, then the person
		if f := a.entStartingAt(int(a.ents[e].b)); a.ents[e].kind == Place && f >= 0 && a.ents[f].kind == Person {
			return p, a.entsFrom(f)
		}
	}
	// a description: "The ministry", "Local officials"
	for e := p; e < p+5 && e < i && a.same(p, e); e++ {
		if a.kind(e) == tokenize.Word && a.fl(e)&wSpeakerNoun != 0 {
			if sa, sb := a.subjectAt(e); sa >= p && sb == e+1 {
				return sa, sb
			}
			break
		}
	}
	return 0, 0
}

// onlyPunct reports whether positions [from, to) hold only commas or dashes.
func (a *annotator) onlyPunct(from, to int) bool {
	for p := from; p < to; p++ {
		if !a.isPunct(p, ',') && a.kind(p) != tokenize.Dash {
			return false
		}
	}
	return true
}

// noQuoteBetween reports whether positions [from, to) hold no quotation mark.
func (a *annotator) noQuoteBetween(from, to int) bool {
	for p := from; p < to; p++ {
		if a.kindIn(p, tokenize.OpenQuote, tokenize.CloseQuote) {
			return false
		}
	}
	return true
}

// attributions finds reporting cues with their speakers, emits their spans
// and returns them in order of position.
func (a *annotator) attributions() []attribution {
	out := make([]attribution, 0, len(a.cueWords))
	pos := a.pos // a.n of them
	cues, next := a.cueWords, 0
	for i := -1; ; {
		// The next cue word after i, which a speaker found below may move
		// on.
		for next < len(cues) && int(cues[next]) <= i {
			next++
		}
		if next == len(cues) {
			break
		}
		i = int(cues[next])
		// A cue before its source: "according to the ministry", "in the
		// words of the lead author, Dr. Felix Amundsen".
		ca, cb := -1, -1
		switch {
		case pos[i].wid == wdAccording && a.sameWord(i, i+1, wdTo):
			ca, cb = i, i+2
		case pos[i].wid == wdWords && a.wordPair(i-2, wdIn, wdThe) && a.sameWord(i-2, i+1, wdOf):
			ca, cb = i-2, i+2
		case pos[i].wid == wdPolled || pos[i].wid == wdSurveyed:
			// a poll's maker is the source of its figure, as "according
			// to" would make it: "Analysts polled by LSEG had expected
			// $4.61 billion"; with a cue of its own after the name
			// ("Economists polled by Reuters said") the cue's subject is
			// found as before
			if !a.word(i+1, wdBy) || !a.same(i-1, i+2) || !a.pollGroup(i-1) {
				continue
			}
			if sa, sb := a.speakerAfter(i+2, true); sb > sa && !a.is(sb, wCue) && !a.is(sb+1, wCue) {
				out = append(out, a.emitAttribution(sa, sb, i, i+2))
				i = sb - 1
			}
			continue
		case pos[i].wid == wdPer:
			// a source after a comma or "as", as "according to": "…, per
			// PowerWatch.", "As per data from the RBI, …"; not "£5 per
			// person"
			ca, cb = i, i+1
			if a.word(i-1, wdAs) {
				ca = i - 1
			}
			if a.wordAmong(cb, wdData, wdFigures) && a.word(cb+1, wdFrom) {
				cb += 2
			}
			if ca == i && !a.isPunct(i-1, ',') || !a.same(i, cb) || !(a.nameToken(cb) || a.word(cb, wdThe)) {
				continue
			}
			if sa, sb := a.speakerAfter(cb, true); sb > sa && a.clauseEnds(sb) {
				out = append(out, a.emitAttribution(sa, sb, ca, cb))
				i = sb - 1
			}
			continue
		}
		if beliefWord(pos[i].wid) {
			// "Police believe the suspect fired 20 shots", "Officials
			// fear 40 people died": a group's or a body's belief is theirs,
			// and hedged
			if a.isLowerWord(i) && a.saysAfter(i+1) && !a.word(i+1, wdIt) && !(a.word(i+1, wdThat) && a.clauseEnds(i+2)) {
				if sa, sb := a.speakerBefore(i); sb == i && sa < sb && !a.is(sa, wPronoun) && a.believer(sa, sb) {
					out = append(out, a.emitAttribution(sa, sb, i, i+1))
					a.add(Hedge, i, i+1, -1)
				}
			}
			continue
		}
		if cb >= 0 {
			if sa, sb := a.docBy(a.speakerAfter(cb, true)); sb > sa {
				out = append(out, a.emitAttribution(sa, sb, ca, cb))
				i = sb - 1
			}
			continue
		}
		if flagSets[pos[i].cls]&(wCue|wBareCue) == 0 || !a.isLowerWord(i) || a.nounAfterPossessive(i) {
			continue
		}
		t := a.text(i)
		if e := a.entEndingAt(i); string(t) == "understands" && !(e >= 0 && a.ents[e].kind == Org) {
			continue // "understands" only after a body: not "A leader understands that"
		}
		if len(t) > 3 && string(t[len(t)-3:]) == "ing" {
			// "saying", "adding": no subject of their own, but after a
			// comma and before a quotation their subject is the
			// sentence's ("Warren criticized the decision, writing that
			// “…”").
			cb := a.cueEnd(i)
			if a.sameWord(i, i-1, wdAs) {
				// "The Times quoted Jones as saying …", "Jones was
				// quoted by Reuters as saying …": Jones speaks
				if sa, sb := a.quotedAs(i - 1); sb > sa {
					out = append(out, a.emitAttribution(sa, sb, i-1, cb))
				}
				continue
			}
			if a.isPunct(i-1, ',') && (a.quoteLater(cb) || a.word(cb, wdThat) || a.rebuttalBefore(i-1)) {
				if sa, sb := a.clauseSubject(i); sb > sa {
					out = append(out, a.emitAttribution(sa, sb, i, cb))
				}
			}
			continue
		}
		if a.word(i, wdReported) || string(t) == "confirmed" {
			// the passive: "New-home sales, reported separately by the
			// Commerce Department, rose", "as reported by the agency",
			// "Her death was confirmed by her son, Erik Price"
			b := i + 1
			if a.lowerIs(b, wAdverb) || a.isLowerWord(b) && len(a.text(b)) > 4 && string(a.text(b)[len(a.text(b))-2:]) == "ly" {
				b++
			}
			if a.word(b, wdBy) && a.same(i, b+1) && (a.isPunct(i-1, ',') || a.wordAmong(i-1, wdAs, wdWas, wdWere)) {
				if sa, sb := a.speakerAfter(b+1, true); sb > sa {
					out = append(out, a.emitAttribution(sa, sb, i, b+1))
					i = sb - 1
				}
				continue
			}
		}
		if heard := a.word(i, wdHeard); heard || a.word(i, wdTold) && (a.wordAmong(i-1, wdWas, wdWere) || a.word(i+1, wdTo)) {
			// the proceedings are the source: "The court heard (that) he
			// had two previous convictions", "Jurors were told"; not "I
			// heard the news"
			c := i - 1
			if heard {
				c = i
			}
			if a.same(c-1, i) && a.lowerIn(c-1, "court inquest tribunal jury jurors hearing magistrates") {
				sa := c - 1
				if a.sameWord(c, sa-1, wdThe) {
					sa--
				}
				out = append(out, a.emitAttribution(sa, c, c, i+1))
			}
			continue // nor is one who was told a speaker: "A school that was told to improve", "She was fined and told to pay"
		}
		if t[0] == 'p' && wordIn("put puts", t) {
			// an estimate is its maker's: "while the IFS put it at 0.9%",
			// "analysts put the cost at $2bn", "puts the average wheat
			// yield at 7.8 tonnes", "puts inflation at 3%"; not "put
			// pressure on"
			p := i + 1
			for q := p + 1; q <= p+3 && a.word(p, wdThe) && a.isLowerWord(q) && !a.is(q, wStop|wPrep); q++ {
				if a.word(q+1, wdAt) && a.lowerIn(q, "cost figure number total toll bill rate price value chance odds probability yield") {
					p = q
				}
			}
			if (a.word(p, wdIt) || p > i+1 || a.lowerIn(p, "inflation unemployment growth turnout")) && a.word(p+1, wdAt) && a.same(i, p+2) && a.kindIn(p+2, tokenize.Number, tokenize.Currency) {
				if sa, sb := a.speakerBefore(i); sb > sa {
					out = append(out, a.emitAttribution(sa, sb, i, p+2))
				}
			}
			continue
		}
		// "claims" and "promises" are nouns as often as verbs: a verb
		// before its object ("Pixelon claims the battery lasts 30
		// hours", "It promises seven years of updates") or beside a
		// quotation, not "Continuing claims, a proxy for hiring, rose".
		presentS := false
		if a.wordAmong(i, wdClaims, wdPromises) {
			// after a pronoun it is a verb, that may still say nothing ("he
			// claims credit"): "as bad as she claims," goes on as before
			if presentS = a.saysAfter(i+1) && !a.claimsNoun(i-1); !presentS && !a.afterQuote(i) && !a.is(i-1, wPronoun) {
				continue
			}
		}
		if a.findingVerb(i) || a.wordAmong(i, wdShowed, wdShows) {
			// a study described at length: "A 2011 study of 215 adults
			// found", "A 1995 meta-analysis of 16 trials concluded", "A
			// 2019 Danish study that followed 657,461 children found"
			if sa, sb := a.studyBefore(i); sa >= 0 {
				out = append(out, a.emitAttribution(sa, sb, i, a.cueEnd(i)))
				continue
			}
		}
		if a.sameAmong(i, i-2, wdA, wdAn) && a.textIs(i, "report") {
			continue // a noun: "a question about a court report"
		}
		ca, cb = i, a.cueEnd(i)
		if a.word(i, wdDeclared) && a.isLowerWord(cb) && (a.fl(cb)&(wDet|wPrep|wStop) == 0 || a.word(cb, wdNo)) {
			// "declared war", "declared consulting fees", "declared no
			// competing interests": an act or a fact, not words
			continue
		}
		if t[0] == 'p' && len(t) > 3 && string(t[:4]) == "post" {
			// "Dembele posted his 11th triple-double", "posted 14 points",
			// "posted a £4m loss": a result, not a post
			j := cb
			if a.is(j, wDet) {
				j++
			}
			if a.kindIn(j, tokenize.Number, tokenize.Currency) {
				continue
			}
		}
		// "has said", "had told"
		if a.sameAmong(i, i-1, wdHas, wdHave, wdHad) {
			ca = i - 1
		}
		afterQuote := a.afterQuote(ca)
		// "accused the government of “cooking the books”": the words are
		// the accuser's
		accusing := len(t) > 5 && string(t[:5]) == "accus" && a.quoteOf(cb) ||
			string(t) == "pointed" && a.textIn(cb, "to out") && (a.is(i-1, wPronoun) || a.entEndingAt(i) >= 0) || // "He pointed to £85 million of funding", not "pointed at the map", "Officials pointed to"
			t[0] == 'b' && a.textIn(i, "blamed blames") && (a.is(i-1, wPronoun) || a.word(i-1, wdIt)) // "It blamed higher rates", not "was blamed"
		if !a.strongCue(i) && !presentS && !afterQuote && !a.cueFollow(cb) && !a.quoteNear(cb) && !a.trailingCue(ca, cb) && !accusing && !a.bareCue(ca, i, cb) {
			// "A report by the Harbour Institute found the water was
			// safe": what a study finds is its claim, "that" or not
			if a.findingVerb(i) {
				// "The Office for Budget Responsibility estimates the reforms
				// will add …": an estimate is its maker's, "that" or not
				sa, sb := a.speakerBefore(ca)
				p := sa - 1
				if a.word(p, wdThe) {
					p--
				}
				if sb > sa && a.sameLowerIs(sa, p, wCue) && !a.is(sa, wPronoun) {
					continue // "Officials said the OBR estimates growth will slow": their words, one speaker
				}
				if sb > sa && (a.studySubject(sa, sb) || a.wordAmong(i, wdEstimates, wdEstimated) && !(a.word(i+1, wdAt) && a.isPunct(i-1, ',')) && !a.estimatesNoun(i)) { // not "the cost, estimated at £1.1bn"
					out = append(out, a.emitAttribution(sa, sb, ca, cb))
				}
			} else if len(t) >= 6 && (t[0] == 'e' || t[0] == 'f' || t[0] == 'p') && wordIn("expects forecasts forecast predicts expect predict", t) { // t is the cue's text
				// a person's or a body's forecast is theirs: "She expects
				// the RBI to cut the repo rate", "Raghavan predicts", "The
				// Bank of England expects inflation to fall", "Analysts at
				// Heathfield Energy expect"; not a place's, "Britain expects"
				if sa, sb := a.speakerBefore(ca); sb == ca && (sb == sa+1 && a.textIn(sa, "He She he she") || a.entEndingAt(sb) >= 0 && a.ents[a.entEndingAt(sb)].kind != Place) {
					out = append(out, a.emitAttribution(sa, sb, ca, cb))
				}
			}
			continue
		}
		if len(t) > 6 && string(t[:6]) == "submit" && !a.thatAfter(cb) {
			continue // "counsel submitted that …", not "the program Eisenhower submitted,"
		}
		// "continued", "called", "shouted" and kin report speech only
		// beside a quotation ("…," he continued; they called the plan “a
		// scandal”), not in "Aftershocks continued through the day," or
		// "Then they called."
		call := len(t) >= 4 && string(t[:4]) == "call"
		if call && a.word(i+1, wdFor) && a.is(i+2, wDet) && a.lowerIn(i+3, "trainer physio doctor medic medical ambulance") {
			continue // one sent for, not words: "Okafor called for the trainer"
		}
		if (call || quoteOnlyCue(t)) && !afterQuote && !a.quoteNear(cb) && !(a.isPunct(cb, ':') && a.quoteNear(cb+1)) && !accusing {
			continue
		}
		// a name, not a speaker: "a book, called “Deadly Gambits”",
		// "Dishonestly called “Medicare for All”"
		if call && (a.isPunct(i-1, ',') && a.quoteNear(cb) && a.kind(cb) == tokenize.OpenQuote || a.initial(ca-1) && !a.is(ca-1, wPronoun) && a.entEndingAt(ca) < 0) {
			continue
		}
		if !afterQuote && a.isPunct(ca-1, ',') && ca == i && a.invertedCue(i) {
			// "The bridge will reopen in May, said Farinre.", "…, said
			// Ibrahim Farinre, a spokesman for the agency": the speaker
			// after the cue, with no quotation before it
			sa, sb := a.speakerAfter(cb, false)
			if sb <= sa && a.textIn(cb, "PM CM") {
				sa, sb = cb, cb+1 // a headline's "…, says CM"
			}
			if sb > sa && !a.is(sa, wPronoun) && a.clauseEnds(sb) {
				out = append(out, a.emitAttribution(sa, sb, ca, cb))
				i = sb - 1
				continue
			}
		}
		if a.furniture(i) && !a.same(i, cb) {
			continue // a cue that ends page furniture, "Pinned post", quotes no one
		}
		if a.word(ca-1, wdWho) && a.isPunct(ca-2, ',') {
			// "confirmed by her son, Erik Price, who said the cause was
			// …": the person named before "who"
			if e := a.entEndingAt(ca - 2); e >= 0 && a.ents[e].kind == Person {
				out = append(out, a.emitAttribution(int(a.ents[e].a), ca-2, ca, cb))
				continue
			}
		}
		if sa, sb := a.speakerBefore(ca); sb > sa {
			if a.asked(sa, cb) || a.word(sa-1, wdBy) && a.textIn(sa-2, itemVerbs) {
				continue // "An analysis of 214 products sold by six retailers found": the retailers sold them, the study is not theirs
			}
			if (a.findingVerb(i) || a.wordAmong(i, wdShowed, wdShows)) && a.sameLowerIs(sa, sa-1, wCue) && !a.is(sa, wPronoun) {
				continue // "Unions said the regional figures showed that …": their words, one speaker
			}
			if !a.same(i, cb) && a.shapeOf(sa-1)&(shSentStart|shLineStart) != 0 && bytes.EqualFold(a.text(sa-1), []byte("what")) {
				continue // a subhead, "What the post says", quotes no one
			}
			if a.isPunct(cb, '?') && a.shapeOf(sa-2)&(shSentStart|shLineStart) != 0 && a.textIn(sa-2, "What How Why When Where") {
				continue // a question, "What has the government said?", quotes no one
			}
			if len(a.text(sa-1)) == 4 && a.textIn(sa-1, "what What") && (a.textIn(sa-2, "despite Despite unlike Unlike") || a.word(sa-2, wdTo) && a.textIn(sa-3, "contrary Contrary")) {
				continue // "Contrary to what Mr Pell says, the bypass is needed": the writer's claim against his
			}
			p := sa - 1
			if a.fl(p)&wTitle != 0 {
				p-- // "If Dr. Okoye's team"
			}
			if a.wordAmong(p, wdIf, wdUnless) && t[len(t)-1] == 's' {
				continue // "If Dr. Okoye's team tells us they need more": a condition
			}
			if a.word(p, wdThe) {
				p--
			}
			if a.textIs(cb, "something") && a.lowerIn(cb+1, "to at") {
				continue // "He says something to the fourth official": no words reported
			}
			if a.word(i, wdAnnounced) && a.textIn(p, "after After when When") && !a.cueFollow(cb) && !a.lowerIs(cb+1, wFinite) && !a.lowerIs(cb+2, wFinite) {
				// "Bitcoin fell, after the US announced new tariffs": an
				// event, no source of the fall; not "when Kissinger
				// announced peace is at hand"
				continue
			}
			if !a.is(i, wCue) {
				// "Temperatures recorded 40C", "The team recorded 3 wins":
				// no source; "accepted" speaks only before what it
				// accepts, not in "the plan, which the board accepted,"
				if accept := a.textIn(i, acceptWords); !accept && !a.countSource(sa, sb) || accept && a.kind(cb) == tokenize.Punct {
					continue
				}
			}
			if sb == ca && sb == sa+1 && a.is(sa, wPronoun) && len(uncontract(a.text(sa))) < len(a.text(sa)) && t[len(t)-1] != 'd' && t[len(t)-1] != 'n' {
				continue // "what he'd say if he were here": would, not had
			}
			out = append(out, a.emitAttribution(sa, sb, ca, cb))
			continue
		}
		if a.wordAmong(ca-1, wdAnd, wdBut) && a.pastCue(i) && (a.wordAmong(i, wdSaid, wdTold, wdWrote) || t[len(t)-1] == 'd') {
			// "Gov. Olamide Adeyemi-Cole, who visited the site on Monday,
			// ordered an audit and said …": the sentence's subject, when
			// no one else is named before the cue
			sa, sb := a.clauseSubject(ca)
			if c := a.clauseBetween(sb, ca); sb > sa && c > 0 {
				// "The results come after Quellmark reported a drop and
				// warned that …": the subject of the clause after "after",
				// before its verb
				if ta, tb := a.speakerAfter(c+1, false); tb > ta && tb < ca-1 && a.isLowerWord(tb) && !a.personBetween(tb, ca) {
					out = append(out, a.emitAttribution(ta, tb, ca, cb))
					continue
				}
			}
			if sb > sa && sb < ca-2 && !a.personBetween(sb, ca) && a.opensClause(sa) {
				out = append(out, a.emitAttribution(sa, sb, ca, cb))
				continue
			}
		}
		if afterQuote && a.justAfterQuote(ca) {
			if sa, sb := a.speakerAfter(cb, false); sb > sa {
				out = append(out, a.emitAttribution(sa, sb, ca, cb))
				i = sb - 1
			}
		}
	}
	sortAttributions(out)
	return out
}

// saysAfter reports whether position j, after a verb that may be a
// noun, opens what the verb says: "that", a determiner or pronoun ("the
// battery", "it"), a figure ("seven years", "30% more") or a name.
func (a *annotator) saysAfter(j int) bool {
	if !a.same(j-1, j) {
		return false
	}
	switch a.kind(j) {
	case tokenize.Number, tokenize.Currency:
		return true
	case tokenize.Word:
		return a.word(j, wdThat) || a.is(j, wDet|wPronoun|wNumWord) || a.nameToken(j) && !a.isLowerWord(j)
	case tokenize.Punct:
		return a.asideThat(j)
	}
	return false
}

// asideThat reports whether position j opens a bracketed aside, such as
// a letter's citation, with "that" right after it: "claims (Letters, 12
// November) that".
func (a *annotator) asideThat(j int) bool {
	if !a.isPunct(j, '(') {
		return false
	}
	for p := j + 1; p < j+16 && a.same(j, p); p++ {
		if a.isPunct(p, ')') {
			return a.sameWord(j, p+1, wdThat)
		}
	}
	return false
}

// acceptWords are the cues of acceptance: they report speech only before
// what is accepted, a clause or a quotation ("He accepted the figures were
// wrong"), and never give a count's source ("accepted 40% of the blame").
const acceptWords = "accepted accepts"

// bareCue reports whether the cue [ca, cb) at i, one that needs "that"
// or a quotation elsewhere, reports speech without them: before a clause
// with its own verb ("Brenner confirmed the club had spent £400m",
// "Reuters reported Kestrel had bid €80m"), before "no" after "found"
// ("Researchers found no link"), after a body's figures ("Home Office
// figures show …", "Figures from the ONS suggest …"), or after a comma
// with its source after it ("…, reports Marca."). An object alone
// ("confirmed the move") is not speech.
func (a *annotator) bareCue(ca, i, cb int) bool {
	if ca == i && a.isPunct(i-1, ',') && a.invertedCue(i) && a.nameToken(cb) {
		sa, sb := a.speakerAfter(cb, false)
		return sb > sa && a.clauseEnds(sb)
	}
	t := a.text(i)
	if t[0] == 's' || t[0] == 'r' {
		// "show", "suggest", "reveal" and their forms
		for k := i - 1; k >= i-12 && a.same(k, i); k-- {
			// "Figures from the Department for Energy Security and Net
			// Zero show", "Figures published by Ofgem show", "Estimates
			// by the OBR suggest"
			if a.wordAmong(k, wdFigures, wdData, wdStatistics, wdEstimates) && ((a.wordAmong(k+1, wdFrom, wdBy) || a.word(k+2, wdBy) && a.textIn(k+1, "published released compiled")) && k+1 < i || a.entEndingAt(k) >= 0 && a.ents[a.entEndingAt(k)].kind == Org || k+1 == i && a.textIn(k-1, "Official official Government government Police police Census census")) {
				return true
			}
			if k+1 == i && a.plainFigures(k) {
				return false
			}
			// "Documents seen by the Herald show", "Court records show"
			if t := a.text(k); t[len(t)-1] == 's' && a.textIn(k, "documents Documents records Records spreadsheets emails files") && (k+1 == i || a.textIn(k+1, "seen obtained leaked")) && !a.textIs(k-1, "whose") { // not "children whose records show a missed dose"
				return true
			}
		}
	}
	// an admission before a clause or a quotation: "Greaves admitted
	// costs had risen", "conceded the timetable “was never realistic”";
	// not "was admitted to hospital"
	// "He accepted the figures were wrong" too
	accept := t[0] == 'a' && a.textIn(i, acceptWords)
	admit := (t[0] == 'a' || t[0] == 'c') && (accept || a.textIn(i, "admitted admits acknowledged acknowledges conceded concedes")) && !a.textIn(i-1, "was were been being is are")
	// a plea in court, "admitted stealing", "admitted the offence", is no speech
	if !admit && !a.is(i, wBareCue) || admit && (bytes.HasSuffix(a.text(cb), []byte("ing")) || a.word(cb, wdThe) && a.lowerIn(cb+1, "offence offences charge charges")) {
		return false
	}
	if a.findingVerb(i) && a.word(cb, wdNo) {
		return true
	}
	// a count the source gives: "The health ministry confirmed 31
	// deaths", "Public Health Scotland reported a rate of 11.2"; not a
	// date, "confirmed in 2019", nor "conceded 3 goals"
	noCount := accept || (t[0] == 'e' || t[0] == 'f' || t[0] == 'c') && a.textIn(i, "expects forecasts forecast expect conceded")
	for p := cb; p < cb+4 && a.same(i, p) && !noCount; p++ {
		if a.kindIn(p, tokenize.Number, tokenize.Currency) {
			return !admit || !a.lowerIn(p+1, "counts charges offences") // "admitted 14 counts of fraud": a plea
		}
		if !a.isLowerWord(p) || a.word(p, wdTo) || a.lowerIs(p, wPrep|wStop) && !a.is(p, wDet) && !a.word(p, wdOf) {
			break
		}
	}
	// "Sky Sports understands personal terms were agreed": an outlet's
	// own unconfirmed report (see attributions)
	if t[0] != 'u' && !a.is(cb, wDet|wPronoun) && !a.word(cb, wdIt) && (a.isLowerWord(cb) || !a.nameToken(cb)) && !(admit && a.isLowerWord(cb) && !a.lowerIs(cb, wStop)) {
		return false
	}
	for p := cb + 1; p < cb+5 && a.same(cb, p); p++ {
		if a.kind(p) != tokenize.Word {
			return admit && a.kind(p) == tokenize.OpenQuote // "admitted the timetable “was …”"
		}
		if a.lowerIs(p, wFinite) {
			return true
		}
		v := a.text(p)
		if a.is(p, wStop|wCue) || len(v) > 4 && string(v[len(v)-2:]) == "ed" {
			return p > cb+1 && v[len(v)-1] == 'd' && !a.is(p, wStop)
		}
	}
	return false
}

// plainFigures reports whether figures, data or statistics at k follow
// only a common noun that opens the sentence, no body: "Cost figures
// showed a rise of 40%" (not "HMRC figures", "The figures").
func (a *annotator) plainFigures(k int) bool {
	return a.wordAmong(k, wdFigures, wdData, wdStatistics) && a.initial(k-1) && !a.is(k-1, wDet) && !a.acronymAt(k-1)
}

// docBy returns the body that made the document [sa, sb) a source names,
// "by the Gazette" of "a survey of 500 products by the Gazette", "by the
// analytics firm ArtEcon" of "the annual Art Market Report by …", or the
// document itself when no body follows it.
func (a *annotator) docBy(sa, sb int) (int, int) {
	if sb <= sa || !a.studySubject(sb-1, sb) {
		return sa, sb
	}
	for p := sb; p < sb+5 && a.kindIn(p, tokenize.Word, tokenize.Number); p++ {
		if a.word(p, wdBy) {
			if da, db := a.speakerAfter(p+1, true); db > da {
				return da, db
			}
			break
		}
	}
	return sa, sb
}

// countSource reports whether the speaker [sa, sb) of a verb that gives a
// count ("recorded", "documented") is a source: a body, "Amnesty",
// "Police", or "it"; not a team, nor a thing measured.
func (a *annotator) countSource(sa, sb int) bool {
	h := sb - 1
	if e := a.entEndingAt(sb); e >= 0 && a.ents[e].kind == Org || a.word(h, wdIt) {
		return true
	}
	return a.fl(h)&wSpeakerNoun != 0 && !a.textIn(h, "team teams club clubs player players side squad")
}

// claimsNoun reports whether the word at p makes the "claims" or
// "promises" after it a noun: "Insurance claims the industry paid rose",
// "Campaign promises the party made".
func (a *annotator) claimsNoun(p int) bool {
	return a.kind(p) == tokenize.Word && a.lowerIn(p, "jobless unemployment initial continuing insurance benefit benefits expense expenses tax patent compensation damage damages warranty injury asylum refund disability welfare territorial land legal campaign election broken empty manifesto")
}

// studyBefore returns the speaker of the cue at c when a study's
// description runs up to it and opens its clause: a determiner, a year or
// qualifiers, a study's noun ("study", "meta-analysis", "trial") and what
// the study was of ("of 215 adults", "involving 4.8 million people",
// "that followed 657,461 children"); or -1, -1. The speaker is the
// study up to its noun ("A 2011 study") when what it was of holds a
// figure, which a speaker's span would hide, and the whole description
// ("A small trial in Finland") when not. A study named in a few
// words ("A Danish study found") is left to speakerBefore.
func (a *annotator) studyBefore(c int) (int, int) {
	for h := c - 2; h >= c-16 && h > 0 && a.same(h, c); h-- {
		if a.kindIn(h, tokenize.Punct, tokenize.OpenQuote, tokenize.CloseQuote) || a.lowerIs(h, wCue) || a.word(h, wdBy) && !a.textIn(h-1, itemVerbs) {
			return -1, -1 // and a study by someone is theirs: "A survey of 2,000 adults by YouGov found"
		}
		if !a.isLowerWord(h) || !a.lowerIn(h, "study studies meta-analysis analysis review trial survey paper report") {
			continue
		}
		// what the study was of, right after its noun
		if !(a.wordAmong(h+1, wdOf, wdThat, wdWhich, wdIn) || a.lowerIn(h+1, "involving including covering following")) {
			continue
		}
		// the determiner before up to four qualifiers, "A 2019 Danish",
		// or else a study the study was of: "A review of 107 studies
		// involving …"
		for d := h - 1; d >= h-5 && a.same(d, h); d-- {
			owned := false
			if e := a.entEndingAt(d + 1); e >= 0 && d == h-1 && a.shapeOf(d)&shPoss != 0 {
				d, owned = int(a.ents[e].a), true // a body's own study: "Fair Basket's analysis of 214 products"
			}
			if owned || a.wordAmong(d, wdA, wdAn, wdThe, wdOne, wdIts) {
				if p := d - 1; a.shapeOf(d)&(shSentStart|shLineStart) != 0 || a.isPunct(p, ',') || a.wordAmong(p, wdBut, wdAnd, wdThat) || a.lowerIs(p, wCue) { // "EuroConsumers said a survey of …"
					for k := h + 1; k < c; k++ {
						if a.kind(k) == tokenize.Number {
							return d, h + 1 // "A subgroup analysis" of "… of 1,204 people"
						}
					}
					return d, c
				}
				break
			}
			if !a.kindIn(d, tokenize.Word, tokenize.Number) || a.fl(d)&(wStop|wCue|wPrep) != 0 {
				break
			}
		}
	}
	return -1, -1
}

// itemVerbs are participles that describe what a study was of, whose
// agent after "by" is not the study's author: "214 products sold by six
// retailers".
const itemVerbs = "sold made treated run offered owned used bought supplied served built operated manufactured stocked listed advertised sent"

// beliefWord reports whether the word w is a verb of belief in the
// present: "believe", "fears", "think".
func beliefWord(w wordID) bool {
	switch w {
	case wdBelieve, wdBelieves, wdFear, wdFears, wdThink, wdThinks:
		return true
	}
	return false
}

// believer reports whether the subject [sa, sb) of a verb of belief is a
// group or a body, whose belief a report passes on ("Police", "Health
// officials", "the ministry"), not a person or a pronoun, whose belief is
// an opinion.
func (a *annotator) believer(sa, sb int) bool {
	if e := a.entStartingAt(sa); e >= 0 || a.word(sa, wdThe) && a.entStartingAt(sa+1) >= 0 {
		if e < 0 {
			e = a.entStartingAt(sa + 1)
		}
		return a.ents[e].kind == Org && int(a.ents[e].b) == sb
	}
	// a word, or a phrase that opens as a noun phrase does: not "don't
	// believe people"
	if sb-sa > 1 && !a.is(sa, wDet) && !a.nameToken(sa) && a.kind(sa) != tokenize.Number {
		return false
	}
	return a.isLowerWord(sb-1) || a.initial(sb-1) && a.fl(sb-1)&wSpeakerNoun != 0
}

// andThat reports whether the quotation at qa is the second of the things
// a cue reports, after "and that": "Tavish said 14 militants had been
// killed in the raid and that “no civilian area was targeted.”"; or after
// "and" and an auxiliary, a second verb of what is reported: "The ICO said
// it was notified within the window and was “making enquiries”".
func (a *annotator) andThat(qa int) bool {
	return (a.word(qa-1, wdThat) || a.is(qa-1, wFinite) && a.isLowerWord(qa-1)) && a.sameWord(qa, qa-2, wdAnd)
}

// andThatBetween reports whether "and that" comes between positions from
// and to, in to's sentence: the second clause of what the speaker of a
// quotation that ends at from said, "She said the offending was “planned”
// and that the addiction was “no excuse at all.”"
func (a *annotator) andThatBetween(from, to int) bool {
	for p := to - 2; p >= from && a.same(p, to); p-- {
		if a.wordPair(p, wdAnd, wdThat) {
			return true
		}
	}
	return false
}

// rebuttalBefore reports whether the clause that ends with the comma at c
// has a verb of denial, reply, criticism or welcome, whose subject then
// speaks the words after ", saying" with no quotation or "that": "The
// ministry denied the report, saying 40 people died", "Acme rejected the
// claim, saying …", "The union has criticised the report cards, saying
// they add to workload".
func (a *annotator) rebuttalBefore(c int) bool {
	for p := c - 1; p >= c-8 && p > 0 && a.same(p, c); p-- {
		if a.kind(p) != tokenize.Word {
			return false
		}
		if a.isLowerWord(p) && a.lowerIn(p, "denied denies rejected rejects disputed disputes dismissed dismisses contested contests challenged defended defends responded responds replied replies countered counters criticised criticises criticized criticizes condemned condemns welcomed welcomes") {
			return true
		}
	}
	return false
}

// asked reports whether the speaker at sa follows a verb that opens a
// question the cue ending at cb completes: "Will he confirm that funding
// will continue?", "Does she accept …?". What someone is asked to say is
// not what they said; "Why did he say that?" asks about what he said.
func (a *annotator) asked(sa, cb int) bool {
	q := sa - 1
	if !a.same(q, sa) || !a.wordAmong(q, wdWill, wdWould, wdCan, wdDoes) {
		return false
	}
	for a.same(sa, cb+1) {
		cb++
	}
	return a.isPunct(cb, '?')
}

// innerCapital reports whether the word t has a capital letter after
// three or more lower-case letters, as company names do ("ScotRail",
// "BlackRock", "YouTube") and surnames rarely do ("McCarthy", "DeSantis"),
// or a capital after a capital letter and a hyphen ("E-Redes", "T-Mobile").
func innerCapital(t []byte) bool {
	if len(t) > 3 && t[1] == '-' && t[2] >= 'A' && t[2] <= 'Z' && t[0] >= 'A' && t[0] <= 'Z' {
		return true // a letter and a hyphen before a capital: "E-Redes", "T-Mobile"
	}
	lower := 0
	for _, c := range t {
		switch {
		case 'a' <= c && c <= 'z':
			lower++
		case 'A' <= c && c <= 'Z' && lower >= 3:
			return !bytes.HasPrefix(t, []byte("Fitz"))
		default:
			lower = 0 // "Smith-Jones" is a surname
		}
	}
	return false
}

// quoteOnlyCue reports whether the verb t reports speech only beside a
// quotation: "continued", "shouted", "cried", "joked".
func quoteOnlyCue(t []byte) bool {
	// The first letters of the prefixes below, as bits: most verbs start
	// with none of them, and pass no prefix.
	const firsts = 1<<('a'-'a') | 1<<('c'-'a') | 1<<('e'-'a') | 1<<('j'-'a') | 1<<('m'-'a') | 1<<('s'-'a') | 1<<('w'-'a') | 1<<('y'-'a')
	if len(t) < 4 || t[0]-'a' >= 26 || firsts>>(t[0]-'a')&1 == 0 {
		return false
	}
	for _, p := range [...]string{"continu", "shout", "yell", "cried", "cries", "scream", "whisper", "mutter", "exclaim", "joke", "joki", "chant", "accus"} {
		if bytes.HasPrefix(t, []byte(p)) {
			return true
		}
	}
	return false
}

// pastCue reports whether position i is a verb of speech in the past
// tense: "said", "suggested".
func (a *annotator) pastCue(i int) bool {
	t := a.text(i)
	return a.lowerIs(i, wCue) && (a.strongCue(i) && t[len(t)-1] != 's' || len(t) > 3 && string(t[len(t)-2:]) == "ed")
}

// trailingCue reports whether the cue [ca, cb) ends a clause with its
// subject after a comma, as attributions do: "…, the researchers reported
// in the journal Lancet Respiratory."
func (a *annotator) trailingCue(ca, cb int) bool {
	if a.kind(cb) != tokenize.Punct && !a.wordAmong(cb, wdIn, wdOn, wdAt) {
		return false
	}
	// a description after the comma, "the researchers" (no names: looking
	// for one would add entities)
	p := ca - 1
	if !a.isLowerWord(p) || a.fl(p)&wSpeakerNoun == 0 {
		return false
	}
	for q := p - 1; q >= ca-5 && q >= 0; q-- {
		if a.isPunct(q, ',') {
			return true
		}
		if !a.isLowerWord(q) {
			return false
		}
	}
	return false
}

// partyTag reports whether position i is an American politician's party
// and state, "R-Texas", "D-Calif.": an apposition, never a speaker.
func (a *annotator) partyTag(i int) bool {
	t := a.text(i)
	return len(t) >= 4 && (t[0] == 'R' || t[0] == 'D' || t[0] == 'I') && t[1] == '-' && 'A' <= t[2] && t[2] <= 'Z'
}

// nounAfterPossessive reports whether the cue word at i is a noun, after
// a possessive that is not a pronoun's contraction ("the watchdog's
// report", not "he's said") or before "is" or "was" ("the R estimate was
// “plausible”", "the claim is false").
func (a *annotator) nounAfterPossessive(i int) bool {
	return (a.shapeOf(i-1)&shPoss != 0 && !a.is(i-1, wPronoun) || a.sameIs(i, i+1, wCopula) && a.isLowerWord(i+1) && !a.word(i, wdSay) || a.nounAfterPlace(i)) &&
		// never a noun: "Moody's said", "which they say is 3 percent"
		!a.wordAmong(i, wdSaid, wdSays, wdTold, wdTells, wdWrote)
}

// nounAfterPlace reports whether the cue word at i is a noun after "the"
// and a place, as its bare form after one place must be: "in the U.S.
// state", "the Ohio report", not "the UK claims".
func (a *annotator) nounAfterPlace(i int) bool {
	e := a.entEndingAt(i)
	if e < 0 || a.ents[e].kind != Place || !a.word(int(a.ents[e].a)-1, wdThe) {
		return false
	}
	return a.lowerIn(i, "state report estimate claim note comment promise")
}

// invertedCue reports whether the cue at i may come before its speaker
// at the end of a clause: "…, said Farinre", "…, says Goldman Sachs".
func (a *annotator) invertedCue(i int) bool {
	return a.lowerIn(i, "said says added adds wrote writes noted notes warned warns explained explains argued argues insisted reported reports estimated estimates")
}

// clauseEnds reports whether a clause ends at position j: the sentence's
// end, or a comma, semicolon or full stop.
func (a *annotator) clauseEnds(j int) bool {
	if !a.same(j-1, j) {
		return true
	}
	if a.kind(j) != tokenize.Punct {
		return false
	}
	switch a.text(j)[0] {
	case ',', ';', '.', '!', '?':
		return true
	}
	return false
}

// findingVerb reports whether the cue at i reports what a study found:
// "found", "concluded", "estimated", "suggests".
func (a *annotator) findingVerb(i int) bool {
	switch a.pos[i].wid {
	case wdFound, wdFinds, wdConcluded, wdConcludes, wdEstimated, wdEstimates, wdSuggested, wdSuggests:
		return true
	}
	return false
}

// estimatesNoun reports whether "estimates" at i is the noun, a verb or
// a colon after it: "Cost estimates rose 40%", "Cost estimates: $4bn".
func (a *annotator) estimatesNoun(i int) bool {
	return a.word(i, wdEstimates) && (a.isPunct(i+1, ':') || a.upParticle(i+1) || a.textIn(i+1, changeVerbs+" show showed suggest put are were have had"))
}

// studySubject reports whether the speaker [sa, sb) is a study or its
// like: "the study", "Tests by the Harbour Institute", "A 2023 review of
// 17 studies".
func (a *annotator) studySubject(sa, sb int) bool {
	for p := sa; p < sb && p < sa+4; p++ {
		if a.lowerIn(p, "study studies report review survey poll analysis tests research audit inquiry investigation assessment trial paper") {
			return true
		}
		if a.wordAmong(p, wdBy, wdOf) {
			break
		}
	}
	return false
}

// strongCue reports whether the verb at i reports speech whatever follows.
func (a *annotator) strongCue(i int) bool {
	return a.wordAmong(i, wdSaid, wdSays, wdSay, wdTold, wdTells, wdTell,
		wdWrote, wdWrites, wdAnnounced, wdWarned, wdInsisted,
		wdClaimed, wdArgued, wdArgues, wdInsists, wdDeclared, wdTweeted, wdTestified) ||
		a.textIs(i, "confirms") // "Harcourt confirms fuel duty will rise"
}

// pollGroup reports whether the word at i names the people a poll asks,
// "analysts" or "economists" in "Analysts polled by LSEG".
func (a *annotator) pollGroup(i int) bool {
	return a.kind(i) == tokenize.Word && a.lowerIn(i, "analysts economists experts forecasters strategists traders investors voters adults respondents executives")
}

// companyName reports whether the one word at s, a speaker, is the name
// of a company that the text gives elsewhere with its legal suffix:
// "Pixelon claims the battery lasts 30 hours" … "Shares of Pixelon Inc.
// fell"; not when a person of the text has it as a surname ("Anna
// Morgan", then "Morgan Inc."); or whose shares the text speaks of.
func (a *annotator) companyName(s int) bool {
	if a.knownSurname(s) {
		return false
	}
	if !a.companies.empty() && a.companies.has(annHash(a.text(s))) {
		return true
	}
	// its shares: "Pixelon’s shares fell", "Pixelon shares fell",
	// "shares of Pixelon"
	if !a.sharesFound {
		a.findShareNames()
	}
	if !a.shareNames.empty() && a.shareNames.has(a.stemHash(s)) {
		return true
	}
	// a lone name that is no first name, before "said its" ("Tesco said
	// its sales rose") or before a business's act, "said it would cut 40
	// services", or in a text that goes on to speak of "the
	// company" or "the firm" in a later sentence ("Stagecoach said it
	// would … The company said …")
	if commonFirstName(a.text(s)) || !(a.word(s+1, wdSaid) && (a.word(s+2, wdIts) || a.businessAct(s+2)) || int(a.companyAt) > s && !a.same(s, int(a.companyAt))) {
		return false
	}
	// and never after another name, as a surname is once ("Dana
	// Whitcombe", in a caption the entity pass has not reached)
	for p := 1; p < a.n; p++ {
		if a.nameToken(p-1) && a.sameKind(p, p-1, tokenize.Word) && bytes.HasPrefix(a.text(p), a.text(s)) {
			return false
		}
	}
	return true
}

// businessAct reports whether the words from k on are "it" and what a
// business does to its own, "it would cut 40 services", "it had shut 400
// stores"; not "it would cut crime".
func (a *annotator) businessAct(k int) bool {
	if !a.word(k, wdIt) || !a.textIn(k+1, "would will had has") || !a.textIn(k+2, "cut close shut open axe scrap create add") {
		return false
	}
	for p := k + 3; p < k+7 && a.same(k, p); p++ {
		if a.textIn(p, "services jobs stores shops branches routes flights staff sites plants") {
			return true
		}
	}
	return false
}

// noteOrg notes for companyName and knownOrgWord the organisation [s, e)
// of two or more words that addEntity adds.
func (a *annotator) noteOrg(s, e int) {
	if e-s == 2 && a.lowerIn(s+1, "inc inc. corp corp. corporation ltd ltd. plc llc") {
		a.companies.add(annHash(a.text(s)))
	}
	f := s
	if a.word(f, wdThe) {
		f++
	}
	a.orgFirsts.note(a.hashAt(f), int32(s))
}

// findShareNames finds, once for the text, the names whose shares it
// speaks of (see companyName).
func (a *annotator) findShareNames() {
	a.sharesFound = true
	for p := 1; p < a.n; p++ {
		// or "the exams regulator", "the admissions service"
		if (a.word(p-1, wdThe) || a.word(p-2, wdThe) && a.isLowerWord(p-1)) && (a.wordAmong(p, wdCompany, wdFirm) || a.lowerIn(p, modifiedOrgNouns)) {
			a.companyAt = int32(p)
		}
		// a name the text calls a company: "Corvane, the cloud software
		// company,"
		if a.wordAmong(p, wdCompany, wdFirm) && a.isPunct(p+1, ',') {
			for q := p - 1; q > p-5 && q > 1 && a.isLowerWord(q); q-- {
				if a.word(q, wdThe) && a.isPunct(q-1, ',') && a.nameToken(q-2) && !a.nameToken(q-3) {
					a.shareNames.add(a.stemHash(q - 2))
				}
			}
		}
		if !a.word(p, wdShares) {
			continue
		}
		if a.isLowerWord(p) && a.nameToken(p-1) && a.sameKind(p, p-1, tokenize.Word) && !a.nameToken(p-2) {
			a.shareNames.add(a.stemHash(p - 1))
		}
		if a.wordAmong(p+1, wdOf, wdIn) && a.sameName(p, p+2) && !a.nameToken(p+3) {
			a.shareNames.add(a.stemHash(p + 2))
		}
	}
}

// itCue reports whether the words from k on, after a sentence's "It", are
// a cue that makes "It" a speaker: a strong cue ("It said"), also after an
// adverb or two ("It also said", "It later told reporters"), or "claims"
// or "promises" before "that" ("It also promises that the phone gets seven
// years of updates"); not "It seems that" nor "It also means".
func (a *annotator) itCue(k int) bool {
	for n := 0; n < 2 && a.sameLowerIs(k+1, k, wAdverb); n++ {
		k++
	}
	if a.sameAmong(k+1, k, wdHas, wdHad) {
		k++ // "It has documented 217 attacks"
	}
	// a past count, "It recorded 40 attacks"; not a forecast, "It expects
	// 2.1 billion crowns", in a headline's story
	return a.strongCue(k) || (a.wordAmong(k, wdClaims, wdPromises) || a.textIs(k, "confirmed")) && a.sameWord(k, k+1, wdThat) || a.textIn(k, "blamed blames") ||
		a.is(k, wBareCue) && bytes.HasSuffix(a.text(k), []byte("d")) && a.kindIn(k+1, tokenize.Number, tokenize.Currency)
}

// cueFollow reports whether what follows a weaker cue ending at j shows it
// reports speech: "that", punctuation, a quotation mark, the end.
func (a *annotator) cueFollow(j int) bool {
	if !a.same(j-1, j) {
		return true
	}
	switch a.kind(j) {
	case tokenize.OpenQuote, tokenize.CloseQuote:
		return true
	case tokenize.Punct:
		t := a.text(j)
		if t[0] == ':' {
			// "Jobless claims: 231,000" is a label and its figure
			return !a.kindIn(j+1, tokenize.Number, tokenize.Currency)
		}
		return t[0] == ',' || t[0] == '.' || t[0] == ';' || a.asideThat(j)
	}
	// "that", also after a time: "estimated last month that"
	return a.word(j, wdThat) || a.is(j, wRelMod|wTimeWord) && a.thatAfter(j)
}

// quoteOf reports whether a quotation follows "of" within a few words
// of j: "accused the government of “cooking the books”", "of a
// “cover-up”".
func (a *annotator) quoteOf(j int) bool {
	for p := j; p < j+6 && a.same(j-1, p+1); p++ {
		if a.word(p, wdOf) {
			return a.kind(p+1) == tokenize.OpenQuote || a.is(p+1, wDet) && a.kind(p+2) == tokenize.OpenQuote // "of a “cover-up”"
		}
	}
	return false
}

// quoteLater reports whether a quotation opens after j in the same
// sentence before any other verb of speech: "…, saying “…”", "…, saying
// the win proved Canadians “want a government …”".
func (a *annotator) quoteLater(j int) bool {
	for p := j; p < j+30 && a.same(j-1, p); p++ {
		if a.kind(p) == tokenize.OpenQuote {
			return true
		}
		if a.speechVerb(p) {
			return false
		}
	}
	return false
}

// quoteNear reports whether a quotation opens within three positions of
// j in the same sentence: Rutte warns of “a long road”.
func (a *annotator) quoteNear(j int) bool {
	for p := j; p < j+3 && a.same(j-1, p); p++ {
		if a.kind(p) == tokenize.OpenQuote {
			return true
		}
		if a.kind(p) == tokenize.Punct {
			return false
		}
	}
	return false
}

// afterQuote reports whether the cue at i comes right after a closing
// quotation mark: "…," said Rutte / "…," he said.
func (a *annotator) afterQuote(i int) bool {
	for p, steps := i-1, 0; p >= 0 && steps < 4; p, steps = p-1, steps+1 {
		switch a.kind(p) {
		case tokenize.CloseQuote:
			return !a.pluralPossessive(p) || a.is(p+1, wPronoun) // not "Dockers’ union calls strike ballot"
		case tokenize.Punct:
			if t := a.text(p); t[0] != ',' {
				return false
			}
		case tokenize.Word, tokenize.Abbrev:
			if steps > 2 || a.word(p, wdAnd) {
				return false // not "had “shocked the town” and called for"
			}
		default:
			return false
		}
	}
	return false
}

// justAfterQuote reports whether only commas or dashes stand between a
// closing quotation mark and the cue at i: "…," said Rutte.
func (a *annotator) justAfterQuote(i int) bool {
	p := i - 1
	for p >= 0 && (a.isPunct(p, ',') || a.kind(p) == tokenize.Dash) {
		p--
	}
	return a.sameKind(i, p, tokenize.CloseQuote)
}

// cueEnd returns the end of the cue whose verb is at i: "told reporters",
// "said in a statement", "told the BBC".
func (a *annotator) cueEnd(i int) int {
	j := i + 1
	if !a.same(i, j) {
		return j
	}
	if a.wordAmong(i, wdTold, wdTells, wdTell) {
		if a.wordAmong(j, wdReporters, wdJournalists, wdLawmakers, wdDelegates,
			wdSupporters, wdParliament, wdMe, wdHim, wdHer,
			wdUs, wdThem, wdMps, wdSenators, wdViewers, wdListeners,
			wdAnalysts, wdInvestors, wdShareholders, wdStaff, wdEmployees) {
			return j + 1
		}
		if e := a.entStartingAt(j); e >= 0 && a.ents[e].kind != Person {
			return int(a.ents[e].b)
		}
		if a.wordAmong(j, wdThe, wdA) {
			for k := j + 1; k < j+4 && a.same(i, k); k++ {
				if e := a.entStartingAt(k); e >= 0 && k == j+1 {
					return int(a.ents[e].b)
				}
				if !a.isLowerWord(k) || a.is(k, wStop) {
					break
				}
				if a.wordAmong(k, wdNewspaper, wdPaper, wdBroadcaster, wdAgency,
					wdConference, wdBriefing, wdAudience, wdCrowd,
					wdOutlet, wdMagazine, wdCommittee, wdPodcast,
					wdStation, wdChannel, wdSummit, wdHearing) {
					return k + 1
				}
			}
		}
		return j
	}
	// "posted on X:", "posts on Instagram that"
	if t := a.text(i); len(t) > 3 && string(t[:4]) == "post" && a.word(j, wdOn) && a.shapeOf(j+1)&shUpper != 0 && a.fl(j+1)&(wMonth|wWeekday) == 0 && a.same(i, j+2) {
		return j + 2
	}
	// "said in a statement", "said at a news conference"
	if a.wordAmong(j, wdIn, wdAt, wdDuring, wdOn) && a.wordAmong(j+1, wdA, wdAn) && a.same(i, j+2) {
		k := j + 2
		if a.wordAmong(k, wdNews, wdPress, wdJoint, wdWritten, wdTelevised, wdSocial, wdRadio, wdTv) {
			k++
		}
		if a.wordAmong(k, wdStatement, wdInterview, wdSpeech, wdPost, wdLetter,
			wdEmail, wdVideo, wdBriefing, wdConference, wdAddress,
			wdOpEd, wdPodcast, wdMessage, wdMedia, wdNote, wdMemo,
			wdFiling, wdReport) && a.same(i, k) {
			return k + 1
		}
	}
	return j
}

// speakerBefore finds the subject of the cue starting at c: a pronoun, a
// name, or a description ("the NATO chief", "Ukrainian officials"), with an
// apposition skipped ("Mark Rutte, NATO's secretary-general, said").
func (a *annotator) speakerBefore(c int) (int, int) {
	s := c - 1
	for steps := 0; steps < 2 && a.sameLowerIs(c, s, wAdverb); steps++ {
		s--
	}
	end := s + 1 // the end of a relative clause, with its time phrase
	if t := a.timeBefore(s + 1); t <= s && a.same(t, c) {
		s = t - 1 // "officials on Monday said", "a UN report last month found"
	}
	if a.isPunct(s, ')') {
		// a party or a seat in brackets: "Cllr Amira Haddad (Lab) said",
		// "Sam Okafor-Beale (Con, North Devon) told MPs"
		for p := s - 2; p >= s-6 && a.same(p, c); p-- {
			if a.isPunct(p, '(') {
				s = p - 1
				break
			}
			if a.kind(p) != tokenize.Word && !a.isPunct(p, ',') {
				break
			}
		}
	}
	if !a.same(s, c) {
		return 0, 0
	}
	// the consumer body whose name ends in its "?": "Consumer group
	// Which? said"
	if a.whichBody(s - 1) {
		return s - 1, s + 1
	}
	// one of a group the text has named: "One said", "Another added"
	if a.wordAmong(s, wdOne, wdAnother) && a.initial(s) {
		return s, s + 1
	}
	if a.kind(s) == tokenize.Dash {
		// an aside between dashes: "Mr Rahim — a half-brother of the
		// previous minister — said"; the subject is before the first
		for p := s - 2; p > s-20 && a.same(p, c); p-- {
			if a.kindIn(p, tokenize.OpenQuote, tokenize.CloseQuote) || a.pastCue(p) {
				break
			}
			if bytes.Equal(a.text(p), a.text(s)) {
				return a.speakerBefore(p)
			}
		}
	}
	if a.isPunct(s, ',') {
		// an apposition, which may be long ("Nadia Flores, a hepatologist
		// at King's College London who was not involved in the research,
		// said") but holds no quotation or verb of speech in the past
		// ("a man suggested"; "secretary of state" and "testifying" may
		// be in one): find the comma before it
		for p := s - 1; p > s-30 && p >= 0 && a.same(p, c); p-- {
			if a.kindIn(p, tokenize.OpenQuote, tokenize.CloseQuote) && !a.inEnt(p) || a.pastCue(p) && !a.wordAmong(p-1, wdWho, wdWhich, wdWas, wdWere) {
				break // the apostrophe of "the Ratepayers' Association" is no quotation mark; "who asked not to be named", "which reported in 2023", "who was admitted to hospital" are asides
			}
			if a.isPunct(p, ',') && a.partyTag(p-1) && a.isPunct(p-2, ',') {
				p-- // "Sen. Carla Benning, R-Texas, the bill's chief sponsor, called"
				continue
			}
			if a.isPunct(p, ',') && p+4 == s && a.kind(p+3) == tokenize.Percent && a.lowerIn(p+1, "up down") {
				continue // a change after a figure: "The airport, which handled 6.8 million passengers, up 11%, said"
			}
			if a.isPunct(p, ',') {
				// "Ukraine's finance minister, Serhiy Marchenko, said"; a
				// body named after its description speaks itself: "A rival
				// bookmaker, Fairway Sports, said"
				if e := a.entStartingAt(p + 1); e >= 0 && int(a.ents[e].b) == s && a.ents[e].kind == Org && p > 0 && a.isLowerWord(p-1) && a.fl(p-1)&(wPersonRole|wTitle) == 0 {
					return int(a.ents[e].a), s
				}
				if e := a.entStartingAt(p + 1); e >= 0 && int(a.ents[e].b) == s && a.ents[e].kind == Person {
					if sa, sb := a.subjectAt(p - 1); sb == p && sa < sb && a.fl(sa-1)&wPrep == 0 { // not "MP for Leeds Central, Alex Sowerby": the person
						if a.shapeOf(sa-1)&shPoss != 0 && a.sameName(sa, sa-1) {
							sa-- // "Ashbury's MP, Gareth Lomax"
						}
						return sa, int(a.ents[e].b) // the description and the name
					}
					return int(a.ents[e].a), int(a.ents[e].b)
				}
				if sa, sb := a.subjectAt(p - 1); sb > sa {
					if a.lowerWord(sa-1, wdOf) && a.isPunct(sa-2, ',') {
						continue // an address: "Sophie Whitcombe, of Orchard Close, Bramley, said"
					}
					if s == p+2 && a.acronymAt(p+1) && a.fl(sb-1)&(wSpeakerNoun|wPersonRole) == wSpeakerNoun {
						// a body described, then its short name: "India's
						// space agency, ISRO, said", "The seamen’s union,
						// PNO, said"
						if a.free(p+1, s) {
							a.addEntity(Org, p+1, s)
						}
						return p + 1, s
					}
					if s == p+2 && a.firstNameAfter(sb-1, p+1) {
						// a person described, then named by one name the
						// entity pass left: "Another mum, Priya, said"
						a.addEntity(Person, p+1, s)
						return sa, s
					}
					if s == p+4 && a.word(p+2, wdFrom) && a.firstNameAfter(sb-1, p+1) {
						// and where they live: "A reader, Janet from
						// Stockport, writes"
						a.addEntity(Person, p+1, p+2)
						return sa, p + 2
					}
					return sa, sb
				}
				if a.kind(p-1) == tokenize.Number && a.isPunct(p-2, ',') {
					// an age: "Resident Janet Moorcroft, 74, who uses the
					// library, said"
					if e := a.entEndingAt(p - 2); e >= 0 && a.ents[e].kind == Person {
						return int(a.ents[e].a), int(a.ents[e].b)
					}
				}
				if e := a.entEndingAt(s); e >= 0 && a.ents[e].kind == Person && a.roleWords(p+1, int(a.ents[e].a)) {
					// a description no subject fits, then the name: "The
					// petitioners' counsel, senior advocate Colin
					// Gonsalves, told the Bench"
					return a.roleBefore(int(a.ents[e].a), Person), int(a.ents[e].b)
				}
				break
			}
		}
		return 0, 0
	}
	// A relative clause or a participle that ends before the cue is part
	// of the description, and no noun in it speaks: "A nurse who worked
	// at the hospital said", "A firm that receives £40m a year from local
	// councils told inspectors", "…, a United Nations report published on
	// Tuesday says", and what was seen, not who saw it: "figures from
	// spreadsheets obtained by the Herald show", "A parent whose child
	// attends the school said". A clause whose subject
	// comes right after "that" or "who" ("The report that officials said
	// was flawed") or that ends in "and" ("the president that stood up and
	// said") keeps the cue.
	for r := end - 1; r > end-18 && !a.nested; r-- {
		if k := a.kind(r); k != tokenize.Word {
			if k != tokenize.Number && k != tokenize.Currency && k != tokenize.Percent {
				break
			}
			continue
		}
		part := false
		if a.fl(r)&(wStop|wCue) == 0 {
			t := a.text(r)
			if part = (t[len(t)-1] == 'd' || t[len(t)-1] == 'n') && a.isLowerWord(r) &&
				wordIn("published released issued commissioned compiled produced prepared obtained seen filed leaked", t); !part {
				continue
			}
		} else if r == end-1 || !a.wordAmong(r, wdWho, wdThat, wdWhich) && !a.textIs(r, "whose") {
			continue
		}
		if n := r + 1; !a.same(r, s) || !part && (a.is(n, wDet|wPronoun) || !a.isLowerWord(n) || a.fl(n)&(wSpeakerNoun|wCue) == wSpeakerNoun || a.textIn(n, "you we it") ||
			a.wordAmong(end-1, wdAnd, wdOr) || !a.isLowerWord(r-1) && !a.initial(r-1) || a.fl(r-1)&wSpeakerNoun == 0) {
			break
		}
		da, db := a.subjectAt(r - 1)
		if part && a.wordAmong(da-1, wdFrom, wdOf) {
			if xa, xb := a.subjectAt(da - 2); xb == da-1 && xa < xb {
				da = xa
			}
		}
		if db == r && da < db && !a.is(da, wPronoun) && (a.opensClause(da) || part && a.isPunct(da-1, ',')) && (!part || a.fl(r-1)&wSpeakerNoun != 0 || a.fl(da+1)&wSpeakerNoun != 0) {
			return da, end
		}
		break
	}
	// "people familiar with the matter said", "two sources close to the talks said"
	for p := s - 1; p > s-8 && a.same(p, s); p-- {
		if !a.isLowerWord(p) && !a.nameToken(p) {
			break
		}
		w := p // "people with (direct) knowledge of the plan said"
		if a.textIs(p, "knowledge") {
			if w = p - 1; !a.textIs(w, "with") && a.isLowerWord(w) {
				w--
			}
			if !a.textIs(w, "with") {
				break
			}
		}
		if w < p || a.wordAmong(p, wdFamiliar, wdClose, wdBriefed, wdInvolved, wdAware) {
			if sa, sb := a.subjectAt(w - 1); sb == w && sa < sb && a.fl(sb-1)&wSpeakerNoun != 0 {
				return sa, s + 1
			}
			break
		}
	}
	if a.kind(s) == tokenize.Number && a.textIs(s, "10") && a.textIs(s-1, "No") && a.same(s-1, s) && a.shapeOf(s-1)&(shSentStart|shLineStart) != 0 {
		return s - 1, s + 1 // Downing Street: "No 10 said"
	}
	sa, sb := a.subjectAt(s)
	// where a speaker is: "A nurse at the home said", "A resident of the
	// street said", "A nurse at Kestrel House said"
	if sb <= sa && a.kind(s) == tokenize.Word {
		h := s - 2 // the preposition before "the home"
		if !a.isLowerWord(s) || !a.word(s-1, wdThe) {
			h = s // or before a name that ends in a word no person's name has, "Kestrel House"
			if a.isLowerWord(s) && a.fl(s)&wStop == 0 && a.word(s-1, wdOf) {
				h = s - 1 // or a post and its brief: "the secretary of state said"
			}
			for h > s-3 && a.fl(s)&wNonName != 0 && a.nameToken(h) && !a.initial(h) {
				h--
			}
		}
		if h < s && a.wordAmong(h, wdAt, wdOf, wdIn, wdFrom, wdFor) && a.isLowerWord(h) {
			if da, db := a.subjectAt(h - 1); db == h && da < db && a.fl(db-1)&wSpeakerNoun != 0 {
				return da, s + 1
			}
		}
	}
	if sb > sa && !a.nested && a.lowerWord(sa-1, wdIn) && a.same(sa-2, s) && a.fl(sa-2)&wSpeakerNoun != 0 && a.isLowerWord(sb-1) {
		// "Studies in several countries have found": the studies, of
		// those countries
		a.nested = true // one level only
		da, db := a.subjectAt(sa - 2)
		a.nested = false
		if db == sa-1 && da < db {
			return da, sb
		}
	}
	return sa, sb
}

// acronymAt reports whether position k holds a short name in capitals, of
// three to six letters: "ISRO", "INE".
func (a *annotator) acronymAt(k int) bool {
	n := len(a.text(k))
	return a.kind(k) == tokenize.Word && a.shapeOf(k)&shAllCaps != 0 && n >= 3 && n <= 6
}

// firstNameAfter reports whether position k, which follows a description
// whose last word, at h, is a person's role or relation ("mum", "son",
// "minister"), is one capitalised name no entity holds: the "Priya" of
// "Another mum, Priya, said".
func (a *annotator) firstNameAfter(h, k int) bool {
	if a.kind(k) != tokenize.Word || !a.nameToken(k) || a.shapeOf(k)&shAllCaps != 0 || a.fl(k)&(wCommon|wNonName|wTitle|wMonth|wWeekday|wPronoun) != 0 || !a.free(k, k+1) || a.inEnt(k) {
		return false
	}
	return a.fl(h)&wPersonRole != 0 || a.lowerIn(h, relationNouns) || readerNouns.Has(a.text(h))
}

// readerNouns are the people who write in to a paper or a live blog, who
// speak as its letters and comments, in a table.
var readerNouns = wordset.Of("reader|readers|Reader|Readers|viewer|viewers|Viewer|Viewers|listener|listeners|Listener|Listeners")

// companyNouns are nouns that describe a business or a body, separated
// by spaces: a single name right after one is the body's, "network
// operator Northpower said", "Industry body CII said" (see subjectAt).
const companyNouns = "operator operators firm company provider supplier carrier airline retailer developer maker manufacturer chain insurer lender utility distributor broadcaster platform startup start-up brand housebuilder ferry portal website app body group club union charity"

// relationNouns name a person by a relation or a plain role, separated
// by spaces (see personDescription).
const relationNouns = "daughter son mother father wife husband widow widower sister brother aunt uncle niece nephew grandmother grandfather " +
	"granddaughter grandson partner fiancee fiance girlfriend boyfriend neighbour neighbor friend pal spokeswoman spokesman mum dad parent resident"

// timeBefore returns the start of a time phrase that ends at position e,
// "on Tuesday", "last month", "last October", "this week", "today", "on
// Nov. 3", or e when none does.
func (a *annotator) timeBefore(e int) int {
	switch p := e - 1; {
	case a.is(p, wWeekday) && a.word(p-1, wdOn):
		return p - 1
	case a.is(p, wTimeUnit|wMonth) && a.lowerIs(p-1, wRelMod):
		return p - 1 // "last month", "last October"
	case a.lowerIs(p, wTimeWord):
		return p
	case a.kind(p) == tokenize.Number && a.is(p-1, wMonth) && a.word(p-2, wdOn):
		return p - 2
	case a.kind(p) == tokenize.Number && a.is(p-1, wMonth) && a.kind(p-2) == tokenize.Number && a.word(p-3, wdOn):
		return p - 3 // "on 14 March 2026"
	case a.kind(p) == tokenize.Number && a.isPunct(p-1, ',') && a.kind(p-2) == tokenize.Number && a.is(p-3, wMonth) && a.word(p-4, wdOn):
		return p - 4 // "on March 14, 2026"
	}
	return e
}

// subjectAt returns a speaker noun phrase that ends at position s.
func (a *annotator) subjectAt(s int) (int, int) {
	if s < 0 || s >= a.n {
		return 0, 0
	}
	if a.is(s, wPronoun) && a.kind(s) == tokenize.Word {
		return s, s + 1
	}
	if a.word(s, wdIt) && (a.initial(s) || a.kind(s-1) == tokenize.CloseQuote || a.isPunct(s-1, ',')) && a.itCue(s+1) {
		return s, s + 1 // "It said", an organisation speaking
	}
	if a.word(s, wdIt) && a.sameAmong(s, s-1, wdThat, wdWhich) && a.sameAmong(s, s+1, wdSays, wdClaims) {
		return s, s + 1 // "a chip that it says is 2x faster"
	}
	if a.word(s, wdWhich) && a.isPunct(s-1, ',') && !a.nested && a.strongCue(s+1) {
		// "disputed by the council, which said": the council
		a.nested = true
		da, db := a.subjectAt(s - 2)
		a.nested = false
		if db == s-1 && da < db {
			return da, db
		}
		return 0, 0
	}
	if a.sameWord(s, s-1, wdThe) && epithet(a.text(s)) {
		return s - 1, s + 1 // "the Spaniard said", "the 36-year-old added"
	}
	e := a.entEndingAt(s + 1)
	if e >= 0 && a.ents[e].kind == Place && !a.nested {
		// "A spokesperson for the NHS in England said": the spokesperson,
		// not England
		if ea := int(a.ents[e].a); a.sameWord(s, ea-1, wdIn) && a.entEndingAt(ea-1) >= 0 && a.ents[a.entEndingAt(ea-1)].kind == Org {
			if da, db := a.subjectAt(ea - 2); db == ea-1 && da < db {
				return da, s + 1
			}
			e = a.entEndingAt(s + 1) // subjectAt may have added an entity
		}
	}
	if e >= 0 {
		ea := int(a.ents[e].a)
		// "the head of the EPA", "a spokesman for NATO"
		p := ea - 1
		if a.lowerWord(p, wdThe) {
			p--
		}
		on := a.lowerWord(p, wdOn) // "A post on Facebook claims": the post, where it appeared
		if !a.nested && (a.wordAmong(p, wdOf, wdFor, wdAt, wdIn, wdFrom, wdBy) || on) && a.same(p, ea) {
			a.nested = true // one level only
			da, db := a.subjectAt(p - 1)
			if a.word(da-1, wdOf) {
				if xa, xb := a.subjectAt(da - 2); xb == da-1 && xa < xb {
					da = xa // "A survey of 1,400 head teachers by the School Leaders' Network": the survey's
				}
			}
			a.nested = false
			if db == p && da < db && (a.isLowerWord(db-1) || a.initial(db-1) && (a.fl(db-1)&wSpeakerNoun != 0 || commonPlural(a.text(db-1))) || a.word(da, wdThe) && a.fl(db-1)&wTitle != 0) {
				return da, int(a.ents[e].b) // "the head of the EPA", "The Mayor of London"
			}
			// "Prof. Martin Schultz of the University of Heidelberg":
			// the person speaks, not the place they work; "The Migration
			// Observatory at the University of Oxford": the unit, not the
			// body it is part of
			if pe := a.entEndingAt(p); db == p && da < db && (pe >= 0 && a.ents[pe].kind == Person && !a.word(da-1, wdThe) && !on ||
				a.word(p, wdAt) && a.nameToken(db-1)) {
				return da, db
			}
		}
		if on {
			return 0, 0 // "A post shared 48,000 times on Facebook claims": not Facebook
		}
		return a.roleBefore(ea, a.ents[e].kind), int(a.ents[e].b)
	}
	if a.nameToken(s) && a.kind(s) == tokenize.Word && a.shapeOf(s)&shLetters != 0 && !(a.initial(s) && a.fl(s)&wSpeakerNoun != 0) {
		// a single capitalized word: a surname not seen before, "Smith said"
		p := s
		for p > s-3 && a.sameName(s, p-1) {
			p--
		}
		if a.word(p-1, wdOf) && a.sameName(s, p-2) && !a.nested {
			// "Sheriff Alvin Rusk of Dunmore County said": the sheriff,
			// not where he serves; no one if the name is not known
			if e := a.entEndingAt(p - 1); e >= 0 && a.ents[e].kind == Person {
				return a.roleBefore(int(a.ents[e].a), Person), int(a.ents[e].b)
			}
			return 0, 0
		}
		if a.word(p-1, wdOf) && a.sameLower(s, p-2) && !a.nested && a.textIn(p-2, relationNouns) {
			// "A friend of Kayla's said": the friend, whom the name
			// only places
			a.nested = true // one level only
			da, db := a.subjectAt(p - 2)
			a.nested = false
			if db == p-1 && da < db {
				return da, s + 1
			}
		}
		if a.shapeOf(s)&shAllCaps != 0 && a.fl(s)&wSpeakerNoun != 0 && !a.initial(s) {
			// a role in capitals: "CEO says", "The local MP, Anita Rowe,",
			// "A local MP said"
			p := s
			for p > s-3 && a.sameLower(s, p-1) && a.roleWord(p-1) {
				p--
			}
			if a.sameWord(s, p-1, wdThe) || a.same(s, p-1) && a.wordAmong(p-1, wdA, wdAn) {
				return p - 1, s + 1
			}
			return s, s + 1
		}
		if a.members(s) {
			return p, s + 1 // a group and no person: "Tory MPs said", "SNP MSPs said"
		}
		// a description of a body, then its name: "the national statistics
		// agency INDEC said", "the ride-hailing firm Uber said"; after a
		// country's possessive the name alone: "India's space agency ISRO
		// said"
		if p == s && !a.nested && a.isLowerWord(s-1) && a.fl(s-1)&(wSpeakerNoun|wPersonRole) == wSpeakerNoun && a.fl(s)&(wNonName|wTitle|wCommon) == 0 && a.same(s-1, s) {
			a.nested = true // one level only
			da, db := a.subjectAt(s - 1)
			a.nested = false
			if poss := a.shapeOf(da)&shPoss != 0 && a.entityKind(da, da+1) == Place; db == s && da < db && (a.word(da, wdThe) || poss) {
				if a.free(s, s+1) {
					a.addEntity(Org, s, s+1)
				}
				if poss {
					return s, s + 1
				}
				return da, s + 1
			}
		}
		if a.fl(s)&wTitle != 0 && !a.initial(s) {
			// a post with its article: "The Prime Minister said", "the
			// Chancellor told MPs"
			p := s
			for p > s-3 && a.sameName(s, p-1) && a.fl(p-1)&(wTitle|wTitleMod) != 0 {
				p--
			}
			if a.sameWord(s, p-1, wdThe) {
				return p - 1, s + 1
			}
		}
		if p == s && a.initial(s) && a.groupSays(s) {
			return s, s + 1 // "Developers say …", although "developers" is met in lower case too
		}
		if a.initial(s) && a.commonInitial(s) || a.fl(s)&(wNonName|wTitle|wCommon|wMonth|wWeekday) != 0 {
			return 0, 0
		}
		if a.knownOrgWord(s) {
			return s, s + 1
		}
		// "Health officials in Andalusia said": the officials, of a place;
		// "a spokesman for Acme said": the spokesman, of a company; "The
		// post on X said": the post, on a platform
		if a.wordAmong(s-1, wdIn, wdFrom, wdFor, wdOn) && !a.nested && a.sameLowerIs(s, s-2, wSpeakerNoun) {
			a.nested = true // one level only
			da, db := a.subjectAt(s - 2)
			a.nested = false
			if db == s-1 && da < db {
				k := Place
				if a.wordAmong(s-1, wdFor, wdOn) || a.wordAmong(s-2, wdFigures, wdData, wdStatistics) {
					k = Org // "figures from Zapmap show": the body that keeps them
				}
				a.addEntity(k, s, s+1)
				return da, s + 1
			}
		}
		// "Parents at one clinic in Northgate said": the parents, in a
		// place, at the start of the sentence
		if a.word(s-1, wdIn) && !a.nested && a.same(s-1, s) {
			p := s - 1
			for p > s-9 && a.same(p-1, s) {
				p--
			}
			h := p // the head: "Parents", "The nurses"
			if a.word(p, wdThe) {
				h++
			}
			if a.initial(p) && h < s-1 && a.kind(h) == tokenize.Word && a.fl(h)&wSpeakerNoun != 0 && a.shapeOf(h)&shPoss == 0 {
				a.addEntity(Place, s, s+1)
				return p, s + 1
			}
		}
		// "…, AEMET said.": an acronym the lists do not know, speaking at
		// the end of a clause
		if a.shapeOf(s)&shAllCaps != 0 && len(a.text(s)) >= 3 && len(a.text(s)) <= 6 && a.isPunct(s-1, ',') && a.kind(s) == tokenize.Word {
			a.addEntity(Org, s, s+1)
			return s, s + 1
		}
		// the last of several capitalised words the entity pass could not
		// place ("the National Climate Assessment found", "Northern Power
		// says", "Georgia Power said"): the whole name, not a surname
		if e := a.entEndingAt(s); e >= 0 && a.ents[e].kind == Place && a.same(int(a.ents[e].a), s) {
			p := int(a.ents[e].a)
			if a.sameWord(s, p-1, wdThe) {
				p--
			}
			return p, s + 1
		}
		if p := s - 1; a.sameName(s, p) && (!a.initial(p) || a.fl(p)&wNonName != 0) && a.kind(p) == tokenize.Word {
			for p > 0 && s-p < 5 && a.sameName(s, p-1) && !a.initial(p) {
				p--
			}
			// a post "<Role> of the <Body>" before a full name: "Leader
			// of the Opposition Gareth Wyn-Pryce", whose name is the
			// last two words
			if s-p == 2 && a.lowerWord(p-1, wdThe) && a.word(p-2, wdOf) && a.same(p-3, s) &&
				a.fl(p-3)&(wTitle|wSpeakerNoun) != 0 && a.entEndingAt(s+1) < 0 && a.free(p+1, s+1) {
				a.addEntity(Person, p+1, s+1)
				return p - 3, s + 1
			}
			if a.sameWord(s, p-1, wdThe) {
				p--
			}
			return p, s + 1
		}
		if a.initial(s) && a.textIn(s, "Early Initial Latest Preliminary Provisional Casualty") {
			return 0, 0 // "Early estimates suggest", "Casualty claims by date": a noun's adjective, no name
		}
		if a.fl(s)&wOrgKey != 0 {
			// "the Commission said": an organisation, not a person
			sa := s
			if a.sameWord(s, s-1, wdThe) {
				sa = s - 1
			}
			if !a.initial(s) || !a.textIs(s, "Research") { // "Research by the RAC Foundation found" is the foundation's
				a.addEntity(Org, sa, s+1)
			}
			return sa, s + 1
		}
		if a.shapeOf(s)&shAllCaps != 0 && !a.initial(s) {
			if a.sameWord(s, s-1, wdThe) && len(a.text(s)) <= 6 && a.kind(s) == tokenize.Word {
				a.addEntity(Org, s, s+1)
				return s - 1, s + 1 // "The OBR said": an organisation the lists do not know
			}
			if a.sameLower(s, s-1) && a.lowerIn(s-1, companyNouns) {
				a.addEntity(Org, s, s+1)
				return s, s + 1 // "Industry body CII said"
			}
			if p := a.bareList(s - 2); a.sameWord(s, s-1, wdAnd) && a.initial(p) && a.nameToken(p) && a.free(p, p+1) && a.fl(p)&(wNonName|wTitle|wCommon) == 0 {
				for q := p; q <= s; q += 2 {
					a.addEntity(Org, q, q+1)
				}
				return p, s + 1 // "Westpac and ASB said": two bodies, or more: "Westpac, Kiwibank and ASB said"
			}
			return 0, 0
		}
		if t := a.text(s - 1); a.kind(s-1) == tokenize.Abbrev && len(t) == 4 && t[1] == '.' && t[0] <= 'Z' && a.same(s-1, s) && a.entityKind(s-1, s) == 0 {
			// a person's initials before the name, after a post the entity
			// pass did not take: "Union Minister for Heavy Industries H.D.
			// Kumaraswamy said"; not "U.S. Steel said"
			a.addEntity(Person, s-1, s+1)
			return s - 1, s + 1
		}
		if !a.initial(s) || a.shapeOf(s)&shAllCaps == 0 {
			k := Person
			if innerCapital(a.text(s)) || a.companyName(s) ||
				a.sameLower(s, s-1) && a.lowerIn(s-1, companyNouns) {
				k = Org // "ScotRail said", "Pixelon claims" of "Pixelon Inc.", "operator Northpower said"
			}
			// a nation's people speak as a group, no person: "Canadians say"
			// nor does a common plural opening the sentence: "Museums in
			// England recorded", "Hospitals said"
			if t := a.text(s); !(isPlural(t) && t[len(t)-1] == 's' && (demonyms.Has(t[:len(t)-1]) || a.initial(s) && commonPlural(t) && !a.knownSurname(s))) {
				a.addEntity(k, s, s+1)
			}
		}
		return s, s + 1
	}
	// a description with a speaker noun as its head, or a reader who
	// writes in ("A reader writes:")
	if a.kind(s) != tokenize.Word || a.fl(s)&wSpeakerNoun == 0 && !readerNouns.Has(a.text(s)) || !a.isLowerWord(s) && !a.initial(s) {
		return 0, 0
	}
	start := s
	if p := s - 1; a.kind(p) == tokenize.CloseQuote && a.shapeOf(p)&shGlued != 0 && (a.textIs(p, "’") || a.textIs(p, "'")) &&
		a.plural(p-1) && a.sameKind(s, p-1, tokenize.Word) {
		if a.sameWord(s, p-2, wdThe) {
			return p - 2, s + 1 // "“…,” the nurses’ union said"
		}
		return p - 1, s + 1 // "Farmers’ organisations warned"
	}
	// who or what speaks for a body: "A Home Office spokesperson"
	const voice = "spokesperson spokesman spokeswoman source official insider figures data statistics"
	for p, lo := s-1, s-5; p >= lo && a.same(p, s); p-- {
		if e := a.entEndingAt(p + 1); e >= 0 && p == s-1 && a.ents[e].kind == Org && int(a.ents[e].a) < p && a.same(int(a.ents[e].a), s) && a.shapeOf(p)&shPoss == 0 && a.lowerIn(s, voice) {
			// an organisation's name with "of" or "for" in it, and who
			// or what speaks for it, however long the name: "A Department
			// for Transport spokesperson said", "Department for Transport
			// statistics reveal", "A Department of Health and Social Care
			// spokesperson said"
			p = int(a.ents[e].a)
			lo = p - 1
			if a.word(p, wdThe) {
				return p, s + 1 // "The Bank of England spokeswoman said"
			}
			start = p
			continue
		}
		if a.is(p, wDet) && (a.isLowerWord(p) || a.initial(p)) && a.kind(p) == tokenize.Word ||
			a.nameToken(p) && a.shapeOf(p)&shPoss != 0 && p < s {
			if e := a.entEndingAt(p + 1); e >= 0 && !a.is(p, wDet) && int(a.ents[e].a) < p && a.same(int(a.ents[e].a), s) {
				return int(a.ents[e].a), s + 1 // "Gov. Brian Kemp’s office said"
			}
			// "a spokesman for the company": the head is the spokesman
			if q := p - 1; !a.nested && a.sameAmong(s, q, wdFor, wdOf, wdAt) {
				a.nested = true // one level only
				da, db := a.subjectAt(q - 1)
				a.nested = false
				if db == q && da < db && a.fl(db-1)&wSpeakerNoun != 0 {
					return da, s + 1
				}
				// "Dr. Helen Marsh of the agency said": she speaks
				if pe := a.entEndingAt(q); db == q && da < db && pe >= 0 && a.ents[pe].kind == Person && !a.word(da-1, wdThe) {
					return da, db
				}
			}
			if p == s-2 && a.is(p, wDet) && a.nameToken(s-1) && !a.isLowerWord(s-1) && a.free(s-1, s) && a.lowerIn(s, voice) {
				a.addEntity(Org, s-1, s) // a body the lists do not know: "A Kestrel spokesman said"
			}
			return p, s + 1
		}
		if a.isLowerWord(p) && a.fl(p)&(wStop|wPrep) == 0 && a.fl(p)&(wCue|wTitleMod) != wCue || a.nameToken(p) && !a.initial(p) || a.kind(p) == tokenize.Number {
			start = p
			continue
		}
		// a possessive written with a bare apostrophe after an "s"
		if a.kind(p) == tokenize.CloseQuote && a.shapeOf(p)&shGlued != 0 && a.kind(p-1) == tokenize.Word && a.same(p-1, s) {
			if t := a.text(p - 1); a.nameToken(p-1) && t[len(t)-1] == 's' {
				return p - 1, s + 1 // "Corvalis' chief executive said", as "Corvalis's"
			}
			if a.plural(p - 1) {
				p-- // "the teachers’ federation’s president"
				start = p
				continue
			}
		}
		if a.nameToken(p) && a.initial(p) && (a.listed(p, p+1) || !a.commonInitial(p) || a.fl(p)&(wTitleMod|wRelMod) != 0 && a.fl(p)&wDet == 0) {
			start = p // "Former employees said", "Senior officials said"
		}
		if a.word(p, wdAnd) && p == start-1 && a.lowerIs(p-1, wTitleMod|wRelMod) && a.fl(start)&(wTitleMod|wRelMod) != 0 {
			start = p - 1 // "current and former employees"
			p--
			continue
		}
		// "a 2023 review of 17 studies found": the review did
		if !a.nested && a.wordAmong(p, wdOf, wdBy) && a.isLowerWord(p) && a.lowerIs(p-1, wSpeakerNoun) {
			a.nested = true // one level only
			da, db := a.subjectAt(p - 1)
			a.nested = false
			if db == p && da < db {
				return da, s + 1
			}
		}
		break
	}
	if start == s && a.is(s, wDet|wStop) {
		return 0, 0
	}
	// a body by its bare noun at the start of a sentence, as headlines
	// and posts write it: "Council says …", "UPDATE: Council now says …"
	if start == s && a.fl(s)&wOrgKey != 0 && !a.isLowerWord(s) && (a.shapeOf(s)&(shSentStart|shLineStart) != 0 || a.isPunct(s-1, ':') && a.same(s-1, s)) {
		return s, s + 1
	}
	if start == s-1 && !a.initial(start) && a.nameToken(start) && a.fl(start)&(wNonName|wCommon|wTitleMod|wRelMod) == 0 && a.free(start, s) && a.wordAmong(s, wdFigures, wdData, wdStatistics) {
		a.addEntity(Org, start, s) // a body the lists do not know: "…, Zapmap figures showed"
	}
	if start >= s-1 && a.sameName(s, s-1) && a.textIs(s, "guidance") {
		return s - 1, s + 1 // "Government guidance says", "Exclusion guidance says"
	}
	// without a determiner only plural groups: "officials", "police"
	t := a.text(s)
	if t[len(t)-1] != 's' && !a.wordAmong(s, wdPolice, wdMilitary, wdData, wdPeople, wdStaff) {
		return 0, 0
	}
	return start, s + 1
}

// roleBefore moves the start sa of a person's name back over a role
// written in lower case and what qualifies it: "City manager Ana Kovač",
// "NATO chief Mark Rutte", "former president Jane Doe".
func (a *annotator) roleBefore(sa int, k Kind) int {
	if k != Person {
		return sa
	}
	// right after a quotation, a post in lower-case words, and the body
	// it is of or a body's name alone: "…," NASA associate administrator
	// Kelvin Oyelaran said; "…," Unilever's Hein Schumacher said
	p := sa
	for p > sa-3 && a.isLowerWord(p-1) && a.kind(p-1) == tokenize.Word && a.roleWord(p-1) {
		p--
	}
	if a.nameToken(p-1) && (p < sa || a.shapeOf(p-1)&shPoss != 0 || a.kind(p-2) == tokenize.CloseQuote && !a.inEnt(p-1)) {
		p-- // and a country's word: "…," Saudi Energy Minister Faisal al-Rahim said
	}
	if p < sa && a.kind(p-1) == tokenize.CloseQuote && a.isPunct(p-2, ',') {
		return p
	}
	p = sa
	for steps := 0; steps < 3 && a.same(p-1, sa); steps++ {
		q := p - 1
		if a.lowerIs(q, wTitle|wTitleMod|wPersonRole) && a.fl(q)&(wDet|wStop) == 0 || p < sa && a.isLowerWord(q) && a.roleWord(q) && a.is(q-1, wTitle|wTitleMod) {
			p = q // and a word between titles: "Chief financial officer"
			continue
		}
		if p < sa && a.initial(q) && a.is(q, wTitle|wTitleMod) && a.fl(q)&(wDet|wStop) == 0 {
			p = q // the title's first word opens the sentence: "Chief executive"
			break
		}
		// the body a role is of: "group leader", "union boss", so that
		// "Conservative group leader Cllr Martin Ashby" does not start
		// inside "group leader"
		if p < sa && a.isLowerWord(q) && a.kind(q) == tokenize.Word && a.fl(q)&(wSpeakerNoun|wOrgKey) != 0 && a.fl(q)&(wDet|wStop|wCue) == 0 &&
			a.lowerIs(p, wTitle|wPersonRole) {
			p = q
			continue
		}
		if p < sa && a.nameToken(q) && (!a.initial(q) || a.listed(q, q+1) || !a.commonInitial(q)) {
			for p = q; p > q-4 && a.sameName(q, p-1); p-- { // the whole body: "Tourism Industry Aotearoa chief executive", "Rail Users North chair"
			}
		} else if p < sa && a.kind(q) == tokenize.Word && a.fl(q)&wOrgKey != 0 && a.fl(q)&(wDet|wStop|wCue) == 0 && a.lowerIs(p, wTitle|wPersonRole) {
			p = q // the body at the start of a sentence: "Council leader Graham Thirsk"
		}
		break
	}
	if p == sa {
		// "the architect and critic Owen Hale": a determiner and
		// lower-case nouns
		if d := a.roleDet(sa); d >= 0 {
			return d
		}
		// "Senate Majority Leader Paul Ferris", "White House Press
		// Secretary Lin Harada", "Harris County Judge Maria Ocampo": the
		// body or place whose title it is (not the
		// "U.N." of a sentence the splitter did not end before "Mr.")
		if e := a.entEndingAt(sa); e >= 0 && (a.ents[e].kind == Org || landWord(a.text(sa-1))&landAfter != 0) && a.fl(sa)&(wTitle|wTitleMod) != 0 && a.sameKind(int(a.ents[e].a), sa, tokenize.Word) {
			return int(a.ents[e].a)
		}
	}
	if p < sa && !a.isLowerWord(p) && !a.nameToken(p) || p == sa {
		return sa
	}
	// the role must touch the name: "manager Ana Kovač"
	if !a.isLowerWord(sa - 1) {
		return sa
	}
	return p
}

// roleDet returns the position of the "the" that opens a description
// ending right before the name at sa, "the architect and critic" before
// "Owen Hale", or -1: up to four lower-case words, none of them a function
// word, a preposition, a verb of speech or a word of time, and an "and"
// only between two of them ("the ground and Ambassador Negroponte" is two
// subjects, "this week Secretary Christopher" a time).
func (a *annotator) roleDet(sa int) int {
	for d := sa - 2; d >= sa-5 && a.same(d, sa); d-- {
		if a.lowerWord(d, wdThe) {
			if a.roleRun(d+1, sa) {
				return d
			}
			return -1
		}
	}
	return -1
}

// roleRun reports whether positions [j, k) are lower-case words of a
// description of a person, with "and" only between two of them: "senior
// economist", "architect and critic"; an "of" (and a "the" after it) may
// follow a post: "head of insight", "clerk of the course".
func (a *annotator) roleRun(j, k int) bool {
	if a.word(j, wdAnd) || a.word(k-1, wdAnd) {
		return false
	}
	for d := j; d < k; d++ {
		if a.kind(d) != tokenize.Word || !a.isLowerWord(d) || !a.word(d, wdAnd) && !a.roleWord(d) &&
			!(d+1 < k && (a.word(d, wdOf) && a.lowerIs(d-1, wTitle|wPersonRole) || a.word(d, wdThe) && a.word(d-1, wdOf))) {
			return false
		}
	}
	return true
}

// roleWord reports whether the lower-case word at d may be part of a
// description of a person: not a function word, a preposition, a verb of
// speech or a word of time.
func (a *annotator) roleWord(d int) bool {
	return a.fl(d)&(wStop|wPrep|wCue|wTimeWord|wTimeUnit|wRelMod|wAdverb|wDet) == 0 && !a.word(d, wdTime)
}

// knownOrgWord reports whether the capitalized word at s is the first
// word of an organisation named earlier ("Brightwater" after "Brightwater
// Energy plc"), and marks it as an Org if so.
func (a *annotator) knownOrgWord(s int) bool {
	if a.orgFirsts.below(a.stemHash(s), int32(s)) {
		a.addEntity(Org, s, s+1)
		return true
	}
	return false
}

// speakerAfter finds a speaker that starts at position j, after an
// inverted cue ("said Mark Rutte, NATO's secretary-general") or after
// "according to".
func (a *annotator) speakerAfter(j int, according bool) (int, int) {
	if !a.same(j-1, j) {
		return 0, 0
	}
	if a.is(j, wPronoun) && a.kind(j) == tokenize.Word && !according {
		return j, j + 1
	}
	if according && a.kind(j) == tokenize.URL {
		return j, a.nounAfter(j, j+1) // a website: "according to PowerOutage.us"
	}
	if according {
		if e := a.slashSource(j); e > j {
			return j, e
		}
		if a.whichBody(j) { // "according to Which?"
			return j, j + 2
		}
	}
	if a.sameWord(j+1, j, wdThe) {
		// an office: "the Secretary of State", "the Ohio Secretary of
		// State’s office"; not inside a body's name that starts at "the"
		// and runs on past a comma: "the Department for Culture, Media and
		// Sport"
		if end := a.officeAfter(j + 1); end > j+1 && a.entStartingAt(j) < 0 {
			return j, a.appositiveName(j, a.nounAfter(j, end))
		}
		if e := a.entStartingAt(j + 1); e >= 0 {
			end := a.nounAfter(j, a.entsFrom(e))
			if end > a.entsFrom(e) {
				// its acronym after the office: "the U.N.’s humanitarian
				// office, OCHA,"
				end = a.appositiveName(j, end)
			}
			return j, end
		}
		if according && a.nameToken(j+1) && a.fl(j+1)&(wMonth|wWeekday|wCommon) == 0 && !a.inEnt(j+1) {
			return j, a.nounAfter(j, a.sourceName(j+1)) // "polled by the Ledger": a name no list knows
		}
	}
	// "said the architect and critic Owen Hale", "according to pollster
	// Ian Marsh", "said senior economist Jane Doe"; after "according to"
	// also a body or a name no list knows: "the nonpartisan Harrowgate
	// Money Watch", "the catastrophe modeler Calder-Hale"
	if a.isLowerWord(j) && a.kind(j) == tokenize.Word {
		for k := j + 1; k <= j+5 && a.same(j, k); k++ {
			if e := a.entStartingAt(k); e >= 0 && (a.ents[e].kind == Person || according) && (a.roleDet(k) == j || a.roleRun(j, k)) {
				if a.ents[e].kind == Person {
					return j, a.entsFrom(e)
				}
				return j, a.nounAfter(j, a.entsFrom(e)) // "the latest Gallup poll"
			}
			if according && a.nameToken(k) && (a.roleDet(k) == j || a.institutionBefore(k) && a.roleRun(j, k)) && a.fl(k)&(wMonth|wWeekday) == 0 {
				return j, a.sourceName(k)
			}
			if according && a.kind(k) == tokenize.URL && a.roleDet(k) == j {
				a.addEntity(Org, k, k+1)
				return j, k + 1 // "the tracking site PowerOutage.us"
			}
		}
	}
	e := a.entStartingAt(j)
	if e >= 0 || !according && a.nameToken(j) && a.kind(j) == tokenize.Word && a.fl(j)&(wNonName|wTitle|wCommon) == 0 && a.shapeOf(j)&shAllCaps == 0 {
		end, body := j+1, false
		if e >= 0 {
			end, body = a.entsFrom(e), a.ents[e].kind != Person
		}
		// a body, a post and the person who holds it: "said Met Office
		// chief meteorologist Dr Alun Prothero", "said Harris County Judge
		// Maria Ocampo"; a firm no list knows holds a post too, with or
		// without a comma before the name: "said Aurelia's chief
		// executive, Dana Whitcombe"
		for k := end; k <= end+5 && a.same(j, k) && (body || a.isLowerWord(end)); k++ {
			c := k
			if a.isPunct(k-1, ',') && k-1 > end {
				c = k - 1
			}
			// "said Trackwell's head of insight, Priya Venkataraman", "said
			// Fair Basket's director of campaigns, Tomasz Wierzbicki": a
			// post with "of" after a firm's possessive, the firm a person
			// to the entity pass or no list
			of := a.word(end+1, wdOf) && a.lowerIs(end, wTitle|wPersonRole) && a.isPunct(c, ',')
			// any post after a possessive, then a comma: "said Balpa’s
			// flight safety specialist, Capt. Neil Forde"
			pc := a.isPunct(c, ',') && possessive(a.text(end-1))
			if p := a.entStartingAt(k); p >= 0 && a.ents[p].kind == Person && a.roleRun(end, c) &&
				(body || (e < 0 || pc) && c > end && (of || pc || a.lowerIs(c-1, wTitle|wPersonRole))) {
				k = a.entsFrom(p)
				if e < 0 {
					a.addEntity(Org, j, end)
				}
				return j, k
			}
		}
		if e < 0 {
			k := Person
			if innerCapital(a.text(j)) {
				k = Org // "said ScotRail", "said E-Redes"
			}
			a.addEntity(k, j, end)
			return j, end
		}
		if according && a.ents[e].kind == Place {
			// "according to Cornwall Insight": a place that starts a name
			for k := end; k < end+3 && a.sameName(j, k) && a.kind(k) == tokenize.Word; k++ {
				end = k + 1
			}
		}
		end = a.nounAfter(j, end)
		if a.isPunct(end, ',') && a.acronymAt(end+1) && a.clauseEnds(end+2) && a.free(end+1, end+2) {
			a.addEntity(Org, end+1, end+2) // its short name after it: "Portugal’s statistics institute, INE"
		}
		return j, end
	}
	// "according to LSEG data", "according to Moody's Analytics": a name
	// the entity pass did not take, and the noun it qualifies
	if according && a.nameToken(j) && a.fl(j)&(wMonth|wWeekday) == 0 {
		e := a.nameRun(j, 4)
		// a body's name that starts inside the run runs on: "Harvard’s
		// Joint Center for Housing Studies"
		for k := j + 1; k < e; k++ {
			if n := a.entStartingAt(k); n >= 0 && int(a.ents[n].b) > e && a.same(j, int(a.ents[n].b)-1) {
				e = int(a.ents[n].b)
				break
			}
		}
		if a.sameLowerIs(j, e, wSpeakerNoun) {
			e++
		}
		return j, e
	}
	// "a spokesperson for the ministry", "the NATO chief", "figures from the ONS"
	if !a.isLowerWord(j) {
		return 0, 0
	}
	head := -1
	first := j + 1
	if !a.is(j, wDet) {
		first = j // "says drought chief"
	}
	for k := first; k < j+6 && a.same(j, k); k++ {
		if !a.kindIn(k, tokenize.Word, tokenize.Abbrev) {
			break
		}
		if a.lowerIs(k, wSpeakerNoun) {
			head = k // also a noun that is a cue as a verb: "a report"
			continue
		}
		if a.word(k, wdOwn) {
			continue // "the council's own counters"
		}
		// a verb of speech ends the phrase, but not a first word that
		// qualifies a post: "according to state officials"
		if a.lowerIs(k, wStop|wCue|wPrep) && (k > j || a.fl(k)&wTitleMod == 0) {
			break
		}
	}
	if head < 0 || a.roleRun(head+1, head+2) && a.nameToken(head+2) && a.same(j, head+2) {
		return 0, 0 // a post, then a name not taken: not "chief" of "said chief engineer Lena Park-Kim"
	}
	end := head + 1
	// a noun the speaker noun qualifies, at the clause's end: "his
	// official agent", "the department's public data dashboard"
	if a.isLowerWord(end) && a.kind(end) == tokenize.Word && a.fl(end)&(wStop|wPrep|wCue|wAdverb|wTimeWord) == 0 && a.same(j, end) && a.clauseEnds(end+1) {
		end++
	}
	// "figures released by the alliance", "accounts filed at Companies
	// House" (but "its accounts filed at …" are its own), not "figures
	// reviewed by Reuters": who reviewed or obtained figures is not their
	// source.
	if t := a.text(min(end, a.n-1)); a.isLowerWord(end) && len(t) > 4 && string(t[len(t)-2:]) == "ed" && !readerParticiple(t) && (a.word(end+1, wdBy) || a.word(end+1, wdAt) && a.entStartingAt(end+2) >= 0 && !a.textIn(j, "its their")) && a.same(j, end+2) {
		k := end + 2
		if a.word(k, wdThe) {
			// "results compiled by the Ohio Secretary of State’s office"
			if oe := a.officeAfter(k + 1); oe > k+1 {
				return j, a.nounAfter(j, oe)
			}
		}
		if e := a.entStartingAt(k); e >= 0 {
			return j, int(a.ents[e].b)
		}
		if e := a.entStartingAt(k + 1); e >= 0 && a.word(k, wdThe) {
			return j, int(a.ents[e].b)
		}
		if a.word(k, wdThe) && a.sameLowerIs(j, k+1, wSpeakerNoun) {
			if e := a.ofState(k + 2); e > k+2 {
				return j, e // "results posted by the secretary of state's office"
			}
			if a.shapeOf(k+1)&shPoss != 0 && a.isLowerWord(k+2) && a.fl(k+2)&(wStop|wPrep|wCue) == 0 && a.same(j, k+2) {
				return j, k + 3 // "figures released by the authority's board"
			}
			return j, k + 2
		}
		// "data compiled by LSEG", "figures compiled by the CIES
		// Football Observatory": a name the entity pass did not take
		if a.word(k, wdThe) && a.nameToken(k+1) {
			k++
		}
		if a.nameToken(k) && a.fl(k)&(wMonth|wWeekday) == 0 {
			return j, a.sourceName(k)
		}
	}
	// "for the ministry", "of the agency", "at Goldman Sachs", "a report
	// by Moody's Analytics"
	if e := a.ofState(end); e > end {
		return j, e // "the secretary of state's office"
	}
	if a.wordAmong(end, wdFor, wdOf, wdAt, wdFrom, wdBy) && a.same(j, end+1) {
		k := end + 1
		// the post's own "of" phrase, then the name: "said its head of
		// digital policy, Mary Jones", "said the chair of the committee,
		// Mary Jones"; or a body's name after its description, with no
		// comma: "an estimate by the open-source group Frontline Ledger"
		for c := k; c < k+6 && a.isLowerWord(c); c++ {
			if e := a.appositiveName(j, c+1); e > c+2 {
				if a.isPunct(c+1, ',') {
					c++
				}
				return c + 1, e
			}
		}
		if a.word(end, wdFrom) && a.textIn(k, "a an") && a.lowerIn(head, "figures data numbers statistics results findings") {
			return 0, 0 // "according to results from a large phase 3 trial": no one's
		}
		if e := a.entStartingAt(k); e < 0 && a.word(k, wdThe) {
			k++
		}
		if e := a.entStartingAt(k); e >= 0 {
			return j, int(a.ents[e].b)
		}
		if a.word(end+1, wdThe) && a.lowerIs(k, wSpeakerNoun) {
			return j, k + 1
		}
		if a.nameToken(k) && a.kind(k) == tokenize.Word && a.fl(k)&(wMonth|wWeekday|wTitle) == 0 {
			return j, a.sourceName(k) // "data from Opta"
		}
	}
	if a.shapeOf(head)&shPoss != 0 {
		// a post after the body's possessive, then the name: "said the
		// union’s safety specialist, Neil Forde"
		c := end
		for c < end+4 && a.isLowerWord(c) && a.same(j, c) && a.roleWord(c) {
			c++
		}
		if p := a.entStartingAt(c + 1); c > end && a.isPunct(c, ',') && p >= 0 && a.ents[p].kind == Person {
			end = c
		}
	}
	e = a.appositiveName(j, end)
	if e > end+1 && a.isPunct(end, ',') {
		return end + 1, e // "said its medical director, Dr Priya Venkataraman": the name
	}
	return j, e
}

// ofState returns the end of "of state" or "of state's office" at e, the
// rest of the lower-case name of a US state's election authority, "the
// secretary of state's office", or e when there is none.
func (a *annotator) ofState(e int) int {
	if a.word(e, wdOf) && a.textIn(e+1, "state state's state’s") && a.same(e, e+1) {
		return a.nounAfter(e, e+2)
	}
	return e
}

// appositiveName extends a speaker description [j, e) over the name set
// after it between commas or before the end of the sentence ("according
// to the city's finance director, Alan Yoshida.", "in the words of the
// lead author, Dr. Felix Amundsen of the Nordvik Institute"), or right
// after a role ("said lead author Dr. Mingyang Song"), and returns the end.
func (a *annotator) appositiveName(j, e int) int {
	if a.sameName(j, e) && a.lowerIs(e-1, wPersonRole|wSpeakerNoun) {
		return a.nameRun(e, 5)
	}
	if !a.isPunct(e, ',') || !a.nameToken(e+1) || !a.same(j, e+1) || a.initial(e+1) {
		return e
	}
	k := a.nameRun(e+1, 4)
	if a.same(j, k) && !a.isPunct(k, ',') && !(a.kind(k) == tokenize.Punct && a.text(k)[0] == '.') {
		// "the lead author, Dr. Felix Amundsen of the Nordvik Institute"
		if p := a.entStartingAt(e + 1); p >= 0 && a.ents[p].kind == Person && int(a.ents[p].b) == k &&
			a.wordAmong(k, wdOf, wdAt, wdFrom) && a.same(j, k+1) {
			return k
		}
		return e
	}
	return k
}

// nameRun returns the end of the run of at most max name tokens that
// starts at position k, within k's sentence.
func (a *annotator) nameRun(k, max int) int {
	e := k
	for e < k+max && a.sameName(k, e) {
		e++
		// "Brewers of Europe": "of" and a name go on
		if a.lowerWord(e, wdOf) && e+1 < k+max && a.sameName(k, e+1) {
			e++
		}
	}
	return e
}

// sourceName marks the capitalised words from k on, which the entity pass
// did not take, as the name of an organisation and returns their end:
// "LSEG" in "data compiled by LSEG".
func (a *annotator) sourceName(k int) int {
	e := a.nameRun(k, 4)
	a.addEntity(Org, k, e)
	return e
}

// slashSource returns the end of a joint source named with a slash that
// starts at j, "the NAHB/Wells Fargo Housing Market Index", "an
// Ipsos/Reuters poll", or j when there is none.
func (a *annotator) slashSource(j int) int {
	p := j
	if a.lowerIs(p, wDet) {
		p++
	}
	if !a.nameToken(p) || !a.isPunct(p+1, '/') && !a.isPunct(p+2, '/') {
		return j // cheap test first: a slash after the first or second word
	}
	e, slash := p, false
	for e < p+10 && a.same(j, e) {
		if a.nameToken(e) {
			e++
		} else if a.isPunct(e, '/') && e > p && a.sameName(e, e+1) {
			slash = true
			e++
		} else {
			break
		}
	}
	if !slash {
		return j
	}
	return a.nounAfter(j, e)
}

// nounAfter extends a speaker [j, e) that names a place or body over the
// lower-case noun it qualifies: "the Kyiv city administration".
func (a *annotator) nounAfter(j, e int) int {
	if e+1 < a.n && a.kind(e) == tokenize.CloseQuote && a.same(j, e+1) && a.textIs(e+1, "s") && a.shapeOf(e)&shGlued != 0 {
		// a possessive the tokenizer split from an abbreviation: "the
		// U.N.’s humanitarian office"
		if k := a.nounAfter(j, e+2); k > e+2 {
			return k
		}
		return e
	}
	// the last such noun of the run: "Portugal’s national statistics
	// institute"
	end := e
	for k := e; k < e+3 && a.sameLower(j, k) && a.fl(k)&(wStop|wCue|wPrep|wDet) == 0; k++ {
		if a.fl(k)&wSpeakerNoun != 0 {
			end = k + 1
		}
	}
	return end
}

// officeAfter returns the end of the name of an office at k, after the
// place it is of ("Ohio Secretary of State"), or k when there is none.
func (a *annotator) officeAfter(k int) int {
	o := k
	if e := a.entStartingAt(o); e >= 0 && a.ents[e].kind == Place {
		o = int(a.ents[e].b)
	}
	if end := a.officeEnd(o); end > o {
		return end
	}
	return k
}

// officeEnd returns the end of the name of an office that starts at k and
// no name of a person follows, "Secretary of State", "Attorney General",
// or k when there is none.
func (a *annotator) officeEnd(k int) int {
	end, title := k, false
	for p := k; p < k+6 && a.same(k, p) && a.entStartingAt(p) < 0; p++ {
		switch {
		case a.nameToken(p) && a.kind(p) == tokenize.Word:
			title = title || a.fl(p)&(wTitle|wTitleMod) != 0
			end = p + 1
			if a.shapeOf(p)&shPoss != 0 && !a.nameToken(p+1) {
				return end // "the Secretary of State’s office"
			}
			continue
		case (a.wordAmong(p, wdOf, wdFor) || a.campaignTo(p)) && a.isLowerWord(p) && end == p:
			continue
		}
		break
	}
	if !title || a.entStartingAt(end) >= 0 || a.word(end, wdAnd) {
		return k // "the National Oceanic and Atmospheric Administration"
	}
	return end
}

// entsFrom returns the end of the entity e and of any entities that follow
// it with no gap ("NATO Secretary-General Mark Rutte").
func (a *annotator) entsFrom(e int) int {
	end := int(a.ents[e].b)
	// not across a line or sentence: "…," says Acme Corp\nAcme Corp shares fell
	for k := e + 1; k < len(a.ents) && int(a.ents[k].a) == end && a.shapeOf(end-1)&shPoss == 0 && a.shapeOf(end)&(shLineStart|shSentStart) == 0; k++ {
		end = int(a.ents[k].b)
	}
	return end
}

// bareList returns the first of the one-word names that commas join
// before the name at p ("Westpac, Kiwibank"), or p.
func (a *annotator) bareList(p int) int {
	for n := 0; n < 4 && a.isPunct(p-1, ',') && a.nameToken(p-2) && a.fl(p-2)&(wNonName|wTitle|wCommon) == 0 && a.free(p-2, p-1); n++ {
		p -= 2
	}
	return p
}

// listStart returns the start of the names of kind k that end at p, one
// or a list joined by commas, the first of them found as a name of that
// kind; a body's list may hold a word no list knows ("Barclays, Lloyds");
// or -1.
func (a *annotator) listStart(p int, k Kind) int {
	s := -1
	for n := 0; n < 5; n++ {
		q := p - 1
		if e := a.entEndingAt(p); e >= 0 && a.ents[e].kind == k {
			q = int(a.ents[e].a)
			s = q
		} else if e >= 0 || k != Org || !a.nameToken(q) || a.inEnt(q) {
			break
		}
		if !a.isPunct(q-1, ',') {
			break
		}
		p = q - 1
	}
	return s
}

// emitAttribution emits a cue [ca, cb) and its speaker [sa, sb).
func (a *annotator) emitAttribution(sa, sb, ca, cb int) attribution {
	if sb <= ca && a.sameWord(sa, sa-1, wdAnd) {
		// both of a pair speak: "Anna Berg and Tom Hale said", "she and
		// a colleague estimated"
		if s := a.listStart(sa-1, Person); s >= 0 {
			sa = a.roleBefore(s, Person)
		} else if f, s := a.entStartingAt(sa), a.listStart(sa-1, Org); s >= 0 && f >= 0 && a.ents[f].kind == Org && !a.isLowerWord(s-1) {
			sa = s // two bodies or more: "Barclays, Lloyds and HSBC said", not "shares in Barclays and HSBC said"
			if a.sameWord(sa, sa-1, wdThe) {
				sa-- // "The Treasury and the Bank of England said"
			}
		} else if a.is(sa-2, wPronoun) && a.sameKind(sa, sa-2, tokenize.Word) {
			sa -= 2
		}
	}
	ce := cb
	for k := ca; k < ca+2 && k < cb-1; k++ {
		if a.wordAmong(k, wdTold, wdTells, wdTell) && (a.entStartingAt(k+1) >= 0 || a.word(k+1, wdThe) && a.entStartingAt(k+2) >= 0) {
			ce = k + 1 // the outlet is a span of its own: "told Cadena Norte", "told the BBC"
		}
	}
	ci := a.add(Cue, ca, ce, -1)
	si := a.add(Speaker, sa, sb, ci)
	return attribution{sa: int32(sa), sb: int32(sb), ca: int32(ca), cb: int32(cb), spk: int32(si)}
}

// transcriptLines marks "NAME:" at the start of a line in an interview
// transcript as a speaker with the colon as its cue; also Hansard's
// "Kemi Badenoch (North West Essex) (Con):" and "The Prime Minister:".
func (a *annotator) transcriptLines(labels []int32) {
	type line struct {
		i, j, s int  // the name [i, j), the label from s
		c       int  // the colon: j, or after the name's title "Marcus Feld, Chief Executive Officer:"
		titled  bool // a title in capitals before a name in capitals: "MAYOR DEVON ASHCROFT:"
		sure    bool // a name in bold, or in capitals before "I" or "We": a label even once
		caps    bool // one word in capitals, not a place or a heading's word: "CASTELL:"
	}
	var lines []line
	var once, twice hashSet // hashes of the names of lines
	asked := false          // a "Q:" line came before
	qSpoke := false         // and was made a speaker, whose turn "A:" ends
	brief, read := false, 0 // someone briefed or was interviewed in the words read up to read (see briefed)
	capsNames := 0          // how many names of capsLabel lines, up to two
	var capsFirst uint64    // the hash of the first of them
	starts, next := a.lineStarts, 0
	for i := -1; ; {
		// The next line start after i, which the lines below may move
		// on.
		for next < len(starts) && int(starts[next]) <= i {
			next++
		}
		if next == len(starts) {
			break
		}
		i = int(starts[next])
		if a.isPunct(i, '[') && a.isPunct(i+2, ']') && a.furniture(i) && i+3 < a.n && a.shapeOf(i+3)&shLineStart == 0 {
			i += 3 // the time of a turn, "[00:02:43] GUEST:", is furniture
		}
		// a written answer's minister, "Answered on 3 November 2026 by
		// Lord Harwood", "… by Lord Minister of State (Lord Harwood)":
		// [Model.Judge] gives them the answer below (see speechCue)
		if a.textIs(i, "Answered") {
			k := i + 1
			for a.same(i, k) && !a.word(k, wdBy) {
				k++
			}
			e := a.nameRun(k+1, 4)
			if p, q := a.entStartingAt(k+1), a.entStartingAt(e+1); (p < 0 || a.ents[p].kind != Person) && a.isPunct(e, '(') && q >= 0 && a.ents[q].kind == Person {
				k, e = e, int(a.ents[q].b)
			}
			if e > k+1 && a.same(i, e-1) {
				a.add(Speaker, k+1, e, a.add(Cue, i, i+1, -1))
				if a.entStartingAt(k+1) < 0 && a.free(k+1, e) {
					a.addEntity(Person, k+1, e)
				}
			}
			continue
		}
		// a briefing's questions and answers: "Q: How many cases?" "A:
		// Between 600 and 900."; the answer is the briefing's speaker's
		// (see SpeakerName)
		// A statement on a "Q:" line is the questioner's: "Q: Your
		// budget cut patrols by 8%." puts a figure to the speaker, and
		// "REPORTER:" does the same; "Q: How many cases?" claims nothing.
		if t := a.text(i); len(t) == 1 && a.isPunct(i+1, ':') && a.same(i, i+2) {
			if t[0] == 'A' && asked && !qSpoke && !brief {
				// read once up to each "A:" line, from the last
				brief, read = a.briefed(read, i), i
			}
			if t[0] == 'A' && asked && (qSpoke || brief) || t[0] == 'Q' && !a.questionLine(i+2) {
				a.add(Speaker, i, i+1, a.add(Cue, i+1, i+2, -1))
			}
			asked, qSpoke = t[0] == 'Q', t[0] == 'Q' && !a.questionLine(i+2)
			continue
		}
		// Some papers write "Q." and "A." for the labels, one token to
		// the tokenizer: the letter is the speaker and the stop its cue.
		if t := a.text(i); len(t) == 2 && (t[0] == 'Q' || t[0] == 'A') && t[1] == '.' && a.same(i, i+1) {
			if t[0] == 'A' && asked || t[0] == 'Q' && !a.questionLine(i+1) {
				s := a.tok(i).Start
				a.spans = append(a.spans, Span{Start: s + 1, End: s + 2, Kind: Cue, Link: -1})
				a.spans = append(a.spans, Span{Start: s, End: s + 1, Kind: Speaker, Link: int32(len(a.spans) - 1)})
			}
			asked = t[0] == 'Q'
			continue
		}
		// A name in bold is a label in a transcript copied from the web:
		// "**Delia Okonkwo:** We built 30,000 homes."
		bold := a.isPunct(i, '*') && a.isPunct(i+1, '*') && a.same(i, i+2)
		if bold {
			i += 2
		}
		if a.isPunct(i+1, ':') && a.sameTextIn(i+2, i, "REPORTER Reporter QUESTION Question INTERVIEWER Interviewer") {
			a.add(Speaker, i, i+1, a.add(Cue, i+1, i+2, -1))
			asked = true
			continue
		}
		if c := a.claimLabel(i); c > 0 {
			if !has(labels, int32(c)) {
				a.add(Speaker, i, c, a.add(Cue, c, c+1, -1))
			}
			continue
		}
		if e, c := a.sourceLabel(i); c > 0 {
			a.add(Speaker, i, e, a.add(Cue, c, c+1, -1))
			continue
		}
		// a dated row of such a table: "Nov 24 — ministry: 8 killed"
		if a.fl(i)&wMonth != 0 && a.kind(i+1) == tokenize.Number && a.kind(i+2) == tokenize.Dash && a.same(i, i+3) {
			if e, c := a.sourceLabel(i + 3); c > 0 {
				a.add(Speaker, i+3, e, a.add(Cue, c, c+1, -1))
				continue
			}
		}
		// A title in capitals goes before the name, which alone tells
		// the speaker's lines apart: "SECRETARY ALVAREZ:", "DR. OKOYE:"
		// (the tokenizer knows "Dr." but not "DR." for a title).
		title := 0
		if a.fl(i)&wTitle != 0 && a.shapeOf(i)&shAllCaps != 0 {
			title = 1
			if a.isPunct(i+1, '.') {
				title = 2
			}
			if a.shapeOf(i+title)&(shAllCaps|shLineStart) != shAllCaps {
				title = 0
			}
			i += title
		}
		// Hansard numbers the questions on the order paper: "1. Sarah
		// Atherton-Pryce (Stockton North) (Lab):"
		numbered := title == 0 && a.kind(i) == tokenize.Number && a.isPunct(i+1, '.') && a.same(i, i+2)
		if numbered {
			i += 2
		}
		// and gives a role its article: "The Prime Minister:"
		the := 0
		if title == 0 && a.sameWord(i+1, i, wdThe) {
			the = 1
			i++
		}
		if !a.nameToken(i) {
			continue
		}
		j := i
		for j < a.n && j-i < 3 && a.nameToken(j) && (j == i || a.shapeOf(j)&shLineStart == 0) {
			j++
		}
		// a role and the name: "HOST (MAYA LINDQVIST):", "The Prime
		// Minister (Keir Starmer):"; later lines may give the role alone
		if !numbered && a.isPunct(j, '(') && a.sameName(j, j+1) {
			k := a.nameRun(j+1, 3)
			if a.isPunct(k, ')') && a.isPunct(k+1, ':') && k > j+1 && k+2 < a.n && a.shapeOf(k+2)&shLineStart == 0 {
				ci := a.add(Cue, k+1, k+2, -1)
				twice.add(a.hashAt(j - 1))
				// but a person or an analyst and the firm: "Priya
				// Natarajan (Kessler Brothers):", "Analyst (Kestrel
				// Partners):"
				if p, q := a.entStartingAt(i), a.entStartingAt(j+1); p >= 0 && a.ents[p].kind == Person && int(a.ents[p].b) == j || q >= 0 && a.ents[q].kind == Org || a.fl(k-1)&wOrgKey != 0 {
					a.add(Speaker, i, j, ci)
					if q < 0 && a.fl(k-1)&wOrgKey != 0 && a.free(j+1, k) {
						a.addEntity(Org, j+1, k)
					} else if q >= 0 && int(a.ents[q].b) == k {
						a.toOrg(q)
					}
					continue
				}
				a.add(Speaker, j+1, k, ci)
				if a.free(j+1, k) {
					a.addEntity(Person, j+1, k)
				}
				continue
			}
		}
		// a member with seat and party: "Kemi Badenoch (North West
		// Essex) (Con):", "Ed Davey (Kingston and Surbiton) (LD):"
		if e := a.nameRun(i, 5); the == 0 && a.isPunct(e, '(') {
			if k := a.seatParty(e); k > e && k+1 < a.n && a.shapeOf(k+1)&shLineStart == 0 {
				ci := a.add(Cue, k, k+1, -1)
				a.add(Speaker, i, e, ci)
				if a.free(i, e) {
					a.addEntity(Person, i, e)
				}
				continue
			}
		}
		if numbered || the == 1 && a.fl(j-1)&wPersonRole == 0 {
			continue
		}
		c := j
		if title == 0 && the == 0 {
			c = a.titleAfterName(j)
		}
		if !a.isPunct(c, ':') || c+1 >= a.n || a.shapeOf(c+1)&shLineStart != 0 {
			continue
		}
		if j-i == 1 && title == 0 && (len(a.text(i)) < 2 || a.fl(i)&(wCommon|wNonName) != 0 || a.is(i, wMonth|wWeekday)) {
			continue
		}
		if a.fl(i)&wCommon != 0 && a.shapeOf(i)&shAllCaps == 0 && the == 0 {
			continue
		}
		// A title and two names in capitals speak even once: "MAYOR DEVON
		// ASHCROFT:", not "GENERAL ELECTION:".
		titled := title > 0 && j-i > 1 && a.shapeOf(i)&a.shapeOf(j-1)&shAllCaps != 0 && a.fl(i)|a.fl(j-1) == 0
		// A surname in capitals before a first person speaks even once:
		// "OKONKWO: We built 30,000 homes." A dateline goes on with the
		// news, "LONDON: The Bank of England …".
		sure := bold || j-i == 1 && a.shapeOf(i)&shAllCaps != 0 && a.fl(i) == 0 && a.textIn(c+1, "I We Our My")
		// A word in capitals that is no place and no heading's word is a
		// turn label when another such word labels a line too: a clip of
		// a debate, "MODERATOR: Is crime down?" "CASTELL: Crime is down
		// 5%." (see capsLabel).
		caps := !bold && j-i == 1 && title == 0 && the == 0 && c == j && a.capsLabel(i)
		if caps && !sure {
			if capsNames == 0 {
				capsFirst = a.hashAt(i)
			}
			if capsNames < 2 && (capsNames == 0 || a.hashAt(i) != capsFirst) {
				capsNames++
			}
		}
		lines = append(lines, line{i, j, i - title - the, c, titled, sure, caps})
		// a full name and the surname alone are one speaker's labels:
		// "CHIEF MARGARET OYELARAN:" … "OYELARAN:"
		if h := a.hashAt(j - 1); once.has(h) {
			twice.add(h)
		} else {
			once.add(h)
		}
	}
	// A name counts when it speaks twice or names a person met before, or
	// is a title and a full name in a transcript of three lines or more,
	// unless a headline's quotation made it a speaker already.
	for _, l := range lines {
		e := a.entEndingAt(l.j)
		if !l.sure && !(l.caps && capsNames > 1) && !(l.titled && len(lines) > 2) && !twice.has(a.hashAt(l.j-1)) && !(l.j-l.i == 1 && a.knownSurname(l.i)) && (e < 0 || a.ents[e].kind != Person) {
			continue // not "NEW DELHI:", a dateline, nor "Premier League: Manchester City 2-1 Arsenal"
		}
		// nor a region's row in a table of figures: "North West: £1,704"
		if has(labels, int32(l.c)) || !l.sure && e >= 0 && a.ents[e].kind == Place && a.kindIn(l.c+1, tokenize.Number, tokenize.Currency) {
			continue
		}
		ci := a.add(Cue, l.c, l.c+1, -1)
		a.add(Speaker, l.s, l.j, ci)
		if l.titled && l.j-l.i > 1 && a.free(l.i, l.j) {
			// the full name is a person's, whom "OYELARAN:" later names
			a.addEntity(Person, l.i, l.j)
		}
	}
}

// briefed reports whether the words from k to i, before a line's "A:",
// say someone gave a briefing or an interview: with no such words, an
// explainer's "A:" has no one to give its answer to (see briefer), and
// is no speaker.
func (a *annotator) briefed(k, i int) bool {
	for ; k < i; k++ {
		if t := a.text(k); len(t) > 2 && (t[0] == 'b' || t[0] == 'c' || t[0] == 'i' || t[0] == 's' || t[0] == 't') &&
			(a.textIn(k, "briefing conference interview interviewed") || a.textIn(k, "talked talks spoke speaks") && a.word(k+1, wdTo) || a.textIs(k, "sat") && a.textIs(k+1, "down")) {
			return true
		}
	}
	return false
}

// capsHeadings are words in capitals that start a line with a colon as a
// heading's or a rating's word, not as a speaker's name: "VERDICT:
// Misleading", "TRANSCRIPT: The Leaders' Debate"; with them, a headline's
// kickers ("BREAKING:", see [segment.Kicker]).
const capsHeadings = "CLAIMS NOTE NOTES EDITOR'S TRANSCRIPT CORRECTIONS SUMMARY BACKGROUND CONTEXT " +
	"FACT FACTS QUESTION ANSWER RESULT RESULTS THREAD SOURCE SOURCES UPDATED WARNING ALERT PICTURED " +
	"LISTEN READ LATEST COMMENT EDITORIAL POLL " +
	"WHY WHAT HOW WHO WHEN WHERE TRUE FALSE MISLEADING MOSTLY HALF PARTLY TLDR FAQ INTERVIEW DEBATE EXTRACT TIMELINE"

// capsLabel reports whether the one word at i, before a line's colon, may
// be a turn's label in capitals: a word in capitals of two letters or
// more that the lexicon does not know, that is no place ("LONDON:", a
// dateline) and no heading's word (see capsHeadings).
func (a *annotator) capsLabel(i int) bool {
	if t := a.text(i); len(t) < 2 || a.shapeOf(i)&shAllCaps == 0 || a.fl(i) != 0 || segment.Kicker(t) || wordIn(capsHeadings, t) {
		return false
	}
	e := a.entStartingAt(i)
	return e < 0 || a.ents[e].kind != Place
}

// postHeaders marks the author of each social media post whose header
// line is copied with it, "Maya Rennick @mayarennick_news · 2:14 PM",
// "Lena Okoro 🌻 @lena_okoro · 3:11 PM": a name of one to five words at
// the start of a line, maybe symbols, then the handle, a "·" and more
// on the line. The name is a speaker with the handle as its cue (see
// postHeader); the post's sentences are the author's.
func (a *annotator) postHeaders() {
	for k, l := range a.lineStarts {
		i := int(l)
		if k+1 < len(a.lineStarts) && int(a.lineStarts[k+1])-i > 14 || !a.nameToken(i) || a.kind(i) != tokenize.Word {
			continue // a header is a short line
		}
		// the handle first, which most lines do not have
		h := i + 1
		for h < i+9 && h < a.n && a.kind(h) != tokenize.Mention && a.shapeOf(h)&shLineStart == 0 {
			h++
		}
		if a.kind(h) != tokenize.Mention || a.shapeOf(h)&shLineStart != 0 {
			continue
		}
		e := a.nameRun(i, 5)
		m := e
		if e-i >= 3 && a.postNominal(e-1) {
			e-- // "Ben Sallow MP @BenSallowMP": the name without the letters after it
		}
		for m < e+3 && a.kind(m) == tokenize.Symbol && a.shapeOf(m)&shLineStart == 0 {
			m++ // "Lena Okoro 🌻"
		}
		if e == i || a.kind(m) != tokenize.Mention || a.shapeOf(m)&shLineStart != 0 ||
			(a.kind(m+1) != tokenize.Punct || !a.textIs(m+1, "·")) || a.shapeOf(m+1)&shLineStart != 0 {
			continue
		}
		a.add(Speaker, i, e, a.add(Cue, m, m+1, -1))
		if e < m && a.postNominal(e) && a.entStartingAt(i) < 0 && a.nameShape(i, e) && a.free(i, e+1) {
			// letters after the name make its author a person, whom the
			// entity pass left as a heading's name: "Ben Sallow MP
			// @BenSallowMP"
			a.addEntity(Person, i, e+1)
		}
	}
}

// speechIntros marks who gives a speech or statement printed in full
// after a paragraph that introduces it: "Harriet Osei-Blake used her
// speech to promise … Here is the full text as delivered in Brightmouth.",
// "Harriet Osei-Blake's speech in full:", "Read the transcript below.". In
// one of the text's first four paragraphs, ending in "full text", "as
// delivered" or a speech or statement "in full" (within its last eight
// positions), or in "transcript" (within its last three), the last person
// named before the phrase is a speaker with the phrase as its cue;
// [Model.Judge] gives the paragraphs after it to that speaker (see
// speechCue).
func (a *annotator) speechIntros() {
	for k := 0; k+1 < len(a.paraStarts) && k < 4; k++ {
		s, e := int(a.paraStarts[k]), int(a.paraStarts[k+1])
		c, ce := -1, -1
		for i := max(s, e-8); i+1 < e && c < 0; i++ {
			switch next := a.text(i + 1); {
			case string(next) == "transcript" && i+1 >= e-3: // "Read the transcript below.", "… edited transcript:"
				c, ce = i+1, i+2
			case string(next) == "text" && string(a.text(i)) == "full", string(next) == "delivered" && a.word(i, wdAs),
				string(next) == "full" && a.word(i, wdIn) && wordIn("speech statement remarks address", a.text(i-1)): // not "repaid in full"
				c, ce = i, i+2
			}
		}
		p, pe := -1, -1
		for _, en := range a.ents {
			if int(en.a) >= c {
				break
			}
			if en.kind == Person && int(en.a) >= s {
				p, pe = int(en.a), int(en.b)
			}
		}
		if p < 0 {
			continue
		}
		for _, sp := range a.spans {
			if sp.Kind == Speaker && sp.End > a.tok(p).Start && sp.Start < a.tok(pe-1).End {
				p = -1 // the person speaks already: "…, Osei-Blake said."
			}
		}
		if p >= 0 {
			a.add(Speaker, p, pe, a.add(Cue, c, ce, -1))
		}
	}
}

// letters marks who signs each reader's letter of a letters page: a
// paragraph that opens "Sir," or "Madam," starts a letter, and the next
// paragraph that is a line of two to four capitalised words, a comma and
// one to three more, "Gordon Pell, Fenwick", "Mrs Hilary Vance, Upper
// Tolley", ends it. The name before the comma is a person, and a speaker
// whose cue is the town (a cue in the opening's sentence would weigh in
// its score); [Model.Judge] gives the letter's sentences to it (see
// letterSigner).
func (a *annotator) letters() {
	open := -1
	for k, p := range a.paraStarts {
		s, e := int(p), a.n
		if k+1 < len(a.paraStarts) {
			e = int(a.paraStarts[k+1])
		}
		c := s
		for c < e && c < s+5 && a.shapeOf(c)&shUpper != 0 {
			c++
		}
		switch {
		case a.isPunct(s+1, ',') && a.textIn(s, "Sir Madam"): // the comma first, the cheaper test
			open = s
		case open >= 0 && c > s+1 && a.isPunct(c, ',') && e-c > 1 && e-c < 5 && a.same(s, e-1):
			for i := c + 1; i < e; i++ {
				if a.shapeOf(i)&shUpper == 0 {
					e = -1
				}
			}
			if e > 0 {
				a.add(Person, s, c, -1)
				a.add(Speaker, s, c, a.add(Cue, c+1, e, -1))
				open = -1
			}
		}
	}
}

// titleAfterName returns the position of the colon of a call transcript's
// label whose name ends at j and is followed by the speaker's title or
// firm, "Marcus Feld, Chief Executive Officer:", "Daniel Ostrowski,
// Barclays:": a comma, one to five capitalised words on the name's line
// (with "of", "and", "for" or "&" between them) and the colon. It returns
// j when there is no such title.
func (a *annotator) titleAfterName(j int) int {
	if !a.isPunct(j, ',') || !a.same(j, j+1) {
		return j
	}
	words := 0
	for k := j + 1; k < j+8 && k < a.n && a.same(j, k) && a.shapeOf(k)&shLineStart == 0; k++ {
		switch {
		case a.isPunct(k, ':'):
			if words > 0 && a.shapeOf(k-1)&shUpper != 0 {
				return k
			}
			return j
		case a.kind(k) == tokenize.Word && a.shapeOf(k)&shUpper != 0:
			words++
		case a.wordAmong(k, wdOf, wdAnd, wdFor) || a.isPunct(k, '&'):
		default:
			return j
		}
		if words > 5 {
			return j
		}
	}
	return j
}

// sourceLabel returns the end of the name and the position of the colon
// when the line at i gives a body's figure, as a table of tolls does:
// "Health ministry (alliance-run): 38 dead", "Government: 14 militants
// killed"; or 0, 0. Not "Jobless claims: 231,000" or "Price: $799": the
// label must name a body, and a word must follow the figure.
func (a *annotator) sourceLabel(i int) (int, int) {
	if a.kind(i) != tokenize.Word || !a.nameToken(i) && a.fl(i)&wOrgKey == 0 {
		return 0, 0
	}
	e, c := 0, 0
	for k := i; k < i+8 && a.same(i, k) && (k == i || a.shapeOf(k)&shLineStart == 0); k++ {
		if e == 0 && k > i+4 {
			return 0, 0 // the name would end past i+4: the test below fails
		}
		kind := a.kind(k) // most are words: their text is not read
		if kind == tokenize.Punct && a.isPunct(k, ':') {
			c = k
			break
		}
		if kind == tokenize.Punct && a.isPunct(k, '(') && e == 0 {
			e = k
		} else if e == 0 && kind != tokenize.Word {
			return 0, 0
		}
	}
	if e == 0 {
		e = c
	}
	if c == 0 || e <= i || e > i+4 || a.shapeOf(c+1)&shLineStart != 0 || !(a.kind(c+1) == tokenize.Number || a.is(c+1, wNumWord)) {
		return 0, 0
	}
	// what the body counts follows the figure, "38 dead": a bare figure
	// is a breakdown's row, "Inpatient care: 41%"
	if c+2 >= a.n || a.kind(c+2) != tokenize.Word || !a.same(c+1, c+2) || a.shapeOf(c+2)&shLineStart != 0 {
		return 0, 0
	}
	h := e - 1
	if n := a.entEndingAt(e); n >= 0 && a.ents[n].kind == Org && int(a.ents[n].a) == i ||
		a.fl(h)&wOrgKey != 0 || a.lowerIn(h, "government police army military hospital rebels opposition") {
		return e, c
	}
	return 0, 0
}

// questionLine reports whether the sentence that goes on at position i,
// the first of a "Q:" line, is a question: "How many cases?", not "You
// promised 5,000 homes. How many were built?".
func (a *annotator) questionLine(i int) bool {
	for k := i; k < a.n && a.same(i, k); k++ {
		if a.isPunct(k, '?') {
			return true
		}
	}
	return false
}

// claimLabel returns the position of the colon after the label that opens
// the line at i when a fact check sets out the claim it tests, "Claim:",
// "CLAIM:" or "The claim:", or 0. The words after it are the claim's, not
// the publisher's: the label is their speaker ("attributed to the claim").
func (a *annotator) claimLabel(i int) int {
	if a.shapeOf(i)&shLineStart == 0 {
		return 0
	}
	if a.word(i, wdThe) {
		i++
	}
	if !bytes.EqualFold(a.text(i), []byte("claim")) || !a.isPunct(i+1, ':') || !a.same(i, i+2) || a.shapeOf(i+2)&shLineStart != 0 {
		return 0
	}
	return i + 1
}

// roleLabelName returns the name of the person a live blog's role label
// spans[i], "Opposition leader:", stands for: the name of the next speaker
// span, in the next few lines, whose words hold all the label's words,
// "Leader of the Opposition Gareth Wyn-Pryce", or "".
func roleLabelName(src []byte, spans []Span, i int) string {
	var wbuf [8][]byte
	words := appendFields(wbuf[:0], spans[i].Text(src))
	if len(words) < 2 || len(words) > 4 {
		return ""
	}
	for j := i + 1; j < len(spans) && spans[j].Start-spans[i].End < 600; j++ {
		sp := spans[j]
		if sp.Kind != Speaker || !validSpan(src, sp) || sp.End-sp.Start <= spans[i].End-spans[i].Start {
			continue
		}
		t := sp.Text(src)
		all := true
		for _, w := range words {
			if !containsWordFold(t, w) {
				all = false
				break
			}
		}
		if all {
			if name := namedSpeaker(src, spans, j); name != "" {
				return name
			}
		}
	}
	return ""
}

// containsWordFold reports whether the word w stands in t as a whole word,
// whatever its case.
func containsWordFold(t, w []byte) bool {
	for k := 0; k+len(w) <= len(t); k++ {
		if (k == 0 || t[k-1] == ' ') && (k+len(w) == len(t) || t[k+len(w)] == ' ') && bytes.EqualFold(t[k:k+len(w)], w) {
			return true
		}
	}
	return false
}

// claimantFields are the labels of a fact check's field that names who
// made the claim under test.
var claimantFields = [...]string{"Who said it:", "WHO SAID IT:", "Claimed by:", "CLAIMED BY:", "Who made the claim:"}

// claimantField returns where the value of a fact check's "Who said it:"
// or "Claimed by:" field starts in src, and where its line ends, or -1,
// -1 when src has no such field at the start of a line.
func claimantField(src []byte) (int, int) {
	for _, f := range claimantFields {
		for from := 0; from < len(src); {
			k := bytes.Index(src[from:], []byte(f))
			if k < 0 {
				break
			}
			k += from
			if k == 0 || src[k-1] == '\n' {
				v := k + len(f)
				e := bytes.IndexByte(src[v:], '\n')
				if e < 0 {
					e = len(src) - v
				}
				return v, v + e
			}
			from = k + len(f)
		}
	}
	return -1, -1
}

// claimant returns the person a fact check's "Who said it:" or "Claimed
// by:" field names, "Mayor Colin Ashworth-Reid, in a video posted …"
// giving "Colin Ashworth-Reid": the capitalised words up to a comma or a
// lower-case word, without titles. It returns "" when there is no such
// field or it starts with no name.
func claimant(src []byte) string {
	v, e := claimantField(src)
	if v < 0 {
		return ""
	}
	line := src[v:e]
	var wbuf [8][]byte
	words := appendFields(wbuf[:0], line)
	n := 0
	for n < len(words) && n < 6 {
		w := words[n]
		r, _ := utf8.DecodeRune(w)
		if !unicode.IsUpper(r) {
			break
		}
		n++
		if c := w[len(w)-1]; c == ',' || c == '.' || c == ';' {
			words[n-1] = w[:len(w)-1]
			break
		}
	}
	if n == 0 {
		return ""
	}
	// The words joined by spaces: bytes.Join, written out for the size of
	// the wasm build.
	name := make([]byte, 0, 64)
	for i, w := range words[:n] {
		if i > 0 {
			name = append(name, ' ')
		}
		name = append(name, w...)
	}
	return cleanName(name, true)
}

// seatParty returns the position of the colon after a Hansard member's
// seat and party in brackets, "(North West Essex) (Con):", which start at
// position k, or 0 if they do not; brackets with a figure, "(2025):", are
// no seat.
func (a *annotator) seatParty(k int) int {
	for n := 0; n < 2; n++ {
		if !a.isPunct(k, '(') || !a.nameToken(k+1) {
			return 0
		}
		e := k + 1
		for e < k+8 && a.same(k, e) && !a.isPunct(e, ')') && !a.isPunct(e, '(') && !a.isPunct(e, ':') && a.kind(e) != tokenize.Number {
			e++
		}
		if !a.isPunct(e, ')') {
			return 0
		}
		k = e + 1
	}
	if !a.isPunct(k, ':') {
		return 0
	}
	return k
}

// whichBody reports whether the words at j are the consumer body whose
// name ends in its "?", "Which?" ("Consumer group Which? said",
// "according to Which?"), and marks it an organisation where it is free.
func (a *annotator) whichBody(j int) bool {
	if !a.textIs(j, "Which") || !a.isPunct(j+1, '?') || a.shapeOf(j+1)&shGlued == 0 {
		return false
	}
	if a.free(j, j+2) {
		a.addEntity(Org, j, j+2)
	}
	return true
}

// SpeakerName returns the name of the person (or, failing that, the named
// organisation or place) that the Speaker span spans[i] stands for, as
// found in src, or "" when the text does not make it clear.
//
// A name is returned without titles or a possessive ("Secretary-General
// Mark Rutte" gives "Mark Rutte"); a surname alone gives the full name
// used earlier ("Rutte" gives "Mark Rutte"). A pronoun ("he") or a
// description of a person ("the NATO chief") gives the most recent named
// speaker before it, unless another person was named in between; "he" or
// "she" after a speaker described but not named gives the description
// ("Hoffmann's daughter told the court …" … "she said").
// A short name the text defined in brackets gives the name it stands
// for: "the ONS" after "the Office for National Statistics (ONS)".
// spans must be the output of Annotate for src.
func SpeakerName(src []byte, spans []Span, i int) string {
	name := speakerName(src, spans, i)
	if strs.Contains([]byte(name), " of ") {
		// a body named shorter after its full name: "the Department of
		// Health" after "the Department of Health and Social Care"
		for j := i - 1; j >= 0; j-- {
			if t := spans[j].Text(src); spans[j].Kind == Org && len(t) > len(name)+5 && string(t[:len(name)+5]) == name+" and " {
				return string(t)
			}
		}
	}
	if len(name) < 2 || len(name) > 6 || !allCaps(name) {
		return name
	}
	from := max(spans[i].Start-20000, 0)
	k := int32(bytes.Index(src[from:spans[i].Start], []byte(" ("+name+")")))
	if k < 0 {
		return name
	}
	k += from
	for j := i - 1; j >= 0 && spans[j].End >= k-200; j-- {
		if spans[j].Kind == Org && spans[j].End == k && !allCaps(spans[j].Text(src)) {
			return cleanName(spans[j].Text(src), false)
		}
	}
	return name
}

// speakerName is [SpeakerName] before a short name is spelt out.
func speakerName(src []byte, spans []Span, i int) string {
	if i < 0 || i >= len(spans) || !validSpan(src, spans[i]) || spans[i].Kind != Speaker {
		return ""
	}
	if t := spans[i].Text(src); bytes.EqualFold(t, []byte("it")) || reportDescription(t) && (sentenceInitial(src, spans[i].Start) || (t[4] == 'f' || t[4] == 'i') && spans[i].Start > 1 && src[spans[i].Start-2] == ',') {
		// "it said" and "The report found": a body before it, or the
		// body a description that spoke just before stands for: "The
		// committee said … The report found … it said"; also "…, the
		// figures show", "…, the index found"
		at, d := spans[i].Start, t[min(len(t), 4):] // "The report found": the report
		if len(t) == 2 {
			if name := describedSubject(src, spans, i); name != "" {
				return name
			}
			at, d = unnamedBody(src, spans, i) // "In March, the airline, …" … "it said"
		}
		if name := orgAntecedent(src, spans, i, at, d); name != "" || at < spans[i].Start {
			return name
		}
		for j := i - 1; j >= 0 && spans[i].Start-spans[j].End < 600; j-- {
			if t := spans[j].Text(src); spans[j].Kind == Speaker && !bytes.EqualFold(t, []byte("it")) && !reportDescription(t) {
				if orgDescription(t) {
					return SpeakerName(src, spans, j)
				}
				break
			}
		}
		return ""
	} else if len(t) > 7 && string(t[1:4]) == "he " && wordIn("memo email", t[4:]) {
		// "the memo continued": who wrote it, "In the memo, Ms Whitfield
		// wrote", "a memo to staff from Dana Whitfield"
		for j := i - 1; j >= 0 && spans[i].Start-spans[j].End < 3000; j-- {
			if spans[j].Kind == Person && bytes.Contains(src[max(spans[j].Start-80, 0):spans[j].Start], t[4:]) {
				return personName(src, spans, j)
			}
		}
	} else if orgDescription(t) {
		if name := orgAntecedent(src, spans, i, spans[i].Start, t[4:]); name != "" {
			return name // "the company said"
		}
		// the body the same words named when they spoke before, some
		// paragraphs up: "The regulator said … …, the regulator said"
		for j := i - 1; j >= 0; j-- {
			if spans[j].Kind == Speaker && string(spans[j].Text(src)[1:]) == string(t[1:]) {
				if name := orgAntecedent(src, spans, j, spans[j].Start, t[4:]); name != "" {
					return name
				}
				break
			}
		}
		return bareCompany(src, spans, i)
	} else if d := bodyOwner(t); d != nil {
		return orgAntecedent(src, spans, i, spans[i].Start, d) // "The board's chair said": the board's
	} else if k := bytes.Index(t, []byte(" for the ")); k > 0 && bytes.Contains(t[:k], []byte("spokes")) && orgDescription(t[k+5:]) {
		// "a spokesperson for the airport": a body of that name, or any company
		d := t[k+9:]
		if name := orgAntecedent(src, spans, i, spans[i].Start, d); wordIn("company firm", d) || bytes.Contains([]byte(name), d[1:]) {
			return name
		}
		return ""
	} else if len(t) == 4 && bytes.EqualFold(t, []byte("they")) {
		if name := groupSubject(src, spans[i].Start); name != "" {
			return name
		}
		// "Analysts at Heathfield Energy expect … But they warned": the
		// group that opens the sentence of the speaker before
		j := i - 1
		for j > 0 && spans[j].Kind != Speaker {
			j--
		}
		if j >= 0 && spans[j].Kind == Speaker && spans[i].Start-spans[j].End < 300 && groupSubject(src, spans[j].End) != "" {
			return SpeakerName(src, spans, j)
		}
		return ""
	} else if bytes.HasPrefix(t, []byte("A spokes")) && bytes.IndexByte(t[2:], ' ') < 0 {
		// "The Ministry of Housing said … A spokesman added …": the
		// spokesman of the body that spoke just before
		return orgSpokesman(src, spans, i)
	}
	if t := spans[i].Text(src); len(t) == 1 && t[0] == 'A' && transcriptLabel(src, spans, i) {
		return briefer(src, spans, i)
	}
	if t := spans[i].Text(src); len(t) == 5 && bytes.EqualFold(t, []byte("claim")) {
		return claimant(src) // a fact check's "CLAIM:" label (see claimLabel)
	} else if len(t) == 1 && t[0] == 'Q' {
		return "" // a briefing's "Q:" names no one
	}
	if t := spans[i].Text(src); (t[0] == 'A' || t[0] == 'a') && bytes.Contains(t, []byte(" of ")) && !bytes.Contains(t, []byte(" by ")) {
		// "A friend of Kayla's", "an aide of the president": someone not
		// named; "A survey of … by YouGov" is YouGov's, and "A spokesperson
		// for the Department of Health" the department's
		if k := bytes.IndexByte(t, ' '); k < 3 && 'a' <= t[k+1] && t[k+1] <= 'z' {
			if r := t[k+1:]; bytes.HasPrefix(r[bytes.IndexByte(r, ' ')+1:], []byte("of ")) {
				return ""
			}
		}
	}
	if t := spans[i].Text(src); len(t) > 9 && string(t[:4]) == "The " {
		// "The RMT union said": the body its short name names
		w := t[4:]
		if k := bytes.IndexByte(w, ' '); k >= 2 && k <= 5 && allCaps(w[:k]) && string(w[k+1:]) == "union" {
			return string(w[:k])
		}
	}
	if k := i + 1; k < len(spans) && spans[k].Kind == Org && spans[k].Start == spans[i].Start && possessive(spans[k].Text(src)) {
		// "Swissport's chief executive said" after "Swissport's UK chief
		// executive, Jason Holt, said": who that body's role is held by
		t := spans[i].Text(src)
		if name := roleHolder(src, spans, i, t[bytes.LastIndexByte(t, ' ')+1:]); name != "" {
			// where the text named the holder last, with the body just before
			n := int(spans[i].Start) - len(name) // where the text last has name, by hand: bytes.LastIndex's code is larger
			for n >= 0 && string(src[n:n+len(name)]) != name {
				n--
			}
			if n > 0 && bytes.Contains(src[max(n-60, 0):n], trimPoss(spans[k].Text(src))) {
				return name
			}
		}
	}
	if t := spans[i].Text(src); len(t) == 2 && t[1] == 'M' {
		// a headline's ", says CM": the Chief (Prime, First) Minister
		// the text names
		for j := range spans {
			if p := spans[j].Text(src); spans[j].Kind == Person && len(p) > 15 && p[0] == t[0] && string(p[6:15]) == "Minister " {
				return personName(src, spans, j)
			}
		}
	}
	if !pronounOrRole(spans[i].Text(src)) && !acronymRole(spans[i].Text(src)) {
		label := transcriptLabel(src, spans, i)
		if label {
			if name := labelName(src, spans, i); name != "" {
				return name // "MODERATOR:" after "MODERATOR (Sian Pritchard):"
			}
		}
		if name := namedSpeaker(src, spans, i); name != "" || !label {
			if label {
				return capsSurname(name)
			}
			return name
		}
		return roleLabelName(src, spans, i)
	}
	if transcriptLabel(src, spans, i) {
		return labelName(src, spans, i) // not whoever spoke before
	}
	if t := spans[i].Text(src); t[0]|0x20 == 't' && bytes.HasPrefix(t[1:], []byte("he ")) && bytes.Contains(t, []byte(" spokes")) {
		// "The Department for Transport spokesperson said": the body
		// speaks, whoever its spokesperson is; and "The spokesperson
		// said" after "A Department of Health spokesperson said"
		if name := namedSpeaker(src, spans, i); name != "" {
			return name
		}
		if name := orgSpokesman(src, spans, i); name != "" {
			return name
		}
	}
	if indefinite(src, spans[i].Start) {
		return "" // "a Labour MP shouted": someone not named, no one met before
	}
	// in a quotation, only who the quotation names: "“The president told
	// me …,” Faivre said" is someone in Faivre's story, not Faivre
	quoteStart := int32(-1)
	if q := holder(spans, i, Quote, 12); q >= 0 {
		quoteStart = spans[q].Start
	}
	if name := appositiveName(src, spans, i); name != "" {
		return name
	}
	// The role the speaker is named by, to look up with roleHolder: the
	// noun after "his" or "her" ("Her son said", "his lawyer said"), or,
	// for "he" or "she", the role of the subject of the sentence before
	// ("The judge rejected that argument. She said …"). The lookup settles
	// who the speaker is even when it finds no one for a role in the
	// sentence before, which stands between the pronoun and any earlier
	// speaker, and for a relative ("son", "wife"), who is no one else when
	// the text has not named them; not for an office after "his" or "her",
	// which may be the speaker named just before.
	head, settled := describedSubjectBefore(src, spans, i), true
	if t := spans[i].Text(src); t[0]|0x20 == 'h' && !heOrShe(t) {
		head = t[bytes.LastIndexByte(t, ' ')+1:]
		settled = wordIn(relationNouns, head)
	} else if k := bytes.IndexByte(t, ' '); k == 3 && t[0]|0x20 == 't' && bytes.IndexByte(t[4:], ' ') < 0 {
		head, settled = t[4:], false // "The inspector said" after "Inspector Claire Bennett"
	} else if m := bytes.LastIndexByte(t, ' '); k == 3 && m > 4 && t[0] == 'T' && capTitleMod(t[4:m]) {
		head, settled = t[4:], false // "The First Minister said" after "First Minister Alasdair Kerr"
	}
	if head != nil {
		if name := roleHolder(src, spans, i, head); name != "" || settled {
			return name
		}
	}
	// The most recent named speaker before i, or a person named as the
	// subject of a sentence after that speaker; any other person named in
	// between makes the reference unclear.
	const reach = 4000                          // bytes
	pronoun := heOrShe(spans[i].Text(src))      // "he" or "she"
	female := spans[i].Text(src)[0]|0x20 == 's' // "she"
	var others []string
	otherAt := int32(0) // where the last of others, the first found, starts
	again := true       // each of others is a surname named in full before
	// Each earlier "he" that spoke is passed over, up to maxSamePronoun
	// of them: a text of "he said" and no name ten thousand times would
	// else look at every span within reach for each "he". News text has
	// a handful within reach.
	const maxSamePronoun = 32
	same := 0
	seen := false             // a person or speaker named before i
	turn, inTurn := "", false // who speaks the transcript turn i is in
	for j := i - 1; j >= 0; j-- {
		sp := spans[j]
		if spans[i].Start-sp.End > reach {
			break
		}
		if !validSpan(src, sp) || sp.End > spans[i].Start {
			continue
		}
		if sp.End <= quoteStart {
			break
		}
		if sp.Kind == Speaker && quoteStart < 0 && inside(spans, j, Quote, 12) {
			continue // "“The president told me …,” he said": he is not the president
		}
		if sp.Kind == Person && quoteStart < 0 {
			if q := holder(spans, j, Quote, 12); q >= 0 && spans[q].End <= spans[i].Start {
				continue // nor is he a name in a quotation before him: "“Fenella said, ‘Go’,” he said"
			}
		}
		seen = seen || sp.Kind == Person || sp.Kind == Speaker
		if sp.Kind == Speaker && pronoun && transcriptLabel(src, spans, j) {
			// the one whose turn it is says "I": in "Sarah Jones: Will
			// he confirm …?" he is not Jones
			name := SpeakerName(src, spans, j)
			if !inTurn {
				turn, inTurn = name, true
			}
			if name == turn {
				continue
			}
		}
		if sp.Kind == Speaker && heOrShe(sp.Text(src)) && bytes.EqualFold(uncontract(sp.Text(src)), uncontract(spans[i].Text(src))) {
			// an earlier "he" who spoke is this one: people named after
			// it do not stand for it ("He said he thought Saddam Hussein
			// was a threat, and now he said …")
			others = others[:0]
			if same++; same == maxSamePronoun {
				break
			}
			continue
		}
		if (sp.Kind == Speaker || sp.Kind == Person) && pronoun {
			if g := nameGender(sp.Text(src)); g != 0 && (g == 'f') != female {
				// "Mrs Alvarez" or "Sarah Jones" is no "he", "Sir Keir"
				// no "she": neither a speaker nor a person of the other
				// sex competes for the pronoun ("Tom Price said … Sarah
				// Jones said … “…,” he said" is Price's)
				continue
			}
		}
		var name string
		switch {
		case sp.Kind == Speaker && pronoun && personDescription(sp.Text(src)):
			// "Hoffmann's daughter told the court …" … "“…,” she said":
			// the daughter, not someone named before her
			if pronounOrRole(sp.Text(src)) {
				name = SpeakerName(src, spans, j) // "the minister": who that is
			}
			if name == "" {
				name = description(sp.Text(src))
			}
		case sp.Kind == Speaker && !heOrShe(sp.Text(src)) && isPersonSpeaker(spans, j):
			name = namedSpeaker(src, spans, j)
		case sp.Kind == Person && !insideSpeaker(spans, j):
			if byline(src, sp.Start) {
				continue // "By Harriet Quaye-Lindqvist": the writer, not the "he"
			}
			name = personName(src, spans, j)
			if g := nameGender([]byte(name)); pronoun && g != 0 && (g == 'f') != female {
				continue // "Pell" after "Andrew Pell" is no "she"
			}
			if name != "" && !subjectPosition(src, sp.Start) && !statementAuthor(src, sp.Start) {
				if len(others) == 0 {
					otherAt = sp.Start
				}
				// "Pell" of "Andrew Pell", named before: someone the
				// story is about, no new person
				again = again && len(name) > len(sp.Text(src)) && bytes.IndexByte(sp.Text(src), ' ') < 0
				others = append(others, name)
				continue
			}
		default:
			continue
		}
		if name == "" {
			continue
		}
		// someone named again in what the speaker went on to say does
		// not stand between "he said" and that speaker: "Mr Fairbairn
		// said Pell had lost his home. He said …" is Fairbairn's; a
		// person named there afresh does ("Sarah Brady")
		ownClause := pronoun && again && sp.Kind == Speaker && len(others) > 0 && oneSentence(src[sp.End:otherAt])
		for _, o := range others {
			// a name of no known sex, as a storm's or a product's
			// ("Odalys", "Slate Pro"), does not stand between "she" and
			// a woman who spoke; but between "he" and a man merely named
			// ("Tom Hale and Ed Marsh left") it does
			if o != name && !ownClause && (!pronoun || sp.Kind != Speaker || nameGender([]byte(o)) != 0 || nameGender([]byte(name)) == 0) {
				return ""
			}
		}
		if !roleFits(src, spans, i, name) {
			return ""
		}
		if pronoun && otherGender(src, sp.End, spans[i].Start, female) {
			return ""
		}
		return name
	}
	if len(others) > 0 && pronoun {
		// no one spoke before: the one person named ("the Leader of the
		// Opposition, the Rt Hon Gareth Penhallow MP, … he said")
		for _, o := range others[1:] {
			if o != others[0] {
				return ""
			}
		}
		return others[0]
	}
	if !seen && !pronoun && quoteStart < 0 {
		// a role in a headline or lede, before anyone is named: the first
		// person quoted after it ("CEO says “no quick fix”" … "Chief
		// Executive Annika Holm told reporters")
		for j := i + 1; j < len(spans) && spans[j].Start-spans[i].End <= 1500; j++ {
			if spans[j].Kind == Speaker && validSpan(src, spans[j]) && isPersonSpeaker(spans, j) && !pronounOrRole(spans[j].Text(src)) {
				return namedSpeaker(src, spans, j)
			}
		}
	}
	return ""
}

// briefer returns who answers, for the "A:" of a briefing's or an
// interview's questions and answers, spans[i]: the person last named as
// telling a briefing or news conference, or giving an interview ("Dr.
// Amara Osei-Bonsu, the region's director of public health, told a
// briefing", "Mayor Ines Cardoso sat down with the Ledger"), or "".
func briefer(src []byte, spans []Span, i int) string {
	for j := i - 1; j >= 0; j-- {
		sp := spans[j]
		if sp.Kind != Speaker && sp.Kind != Person || !validSpan(src, sp) || transcriptLabel(src, spans, j) {
			continue
		}
		after := src[sp.End:min(int(sp.End)+80, len(src))]
		if strs.Contains(after, "briefing") || strs.Contains(after, "conference") || strs.Contains(after, "interview") || strs.Contains(after, "sat down") {
			if sp.Kind == Person {
				return personName(src, spans, j)
			}
			return SpeakerName(src, spans, j)
		}
	}
	return interviewee(src, spans)
}

// interviewPhrases are the words with which the headline or standfirst of
// an interview says who was interviewed.
var interviewPhrases = [...]string{"interview", "talked to", "talks to", "spoke to", "speaks to", "sat down with"}

// interviewee returns the one person an interview's headline or
// standfirst names, before the transcript's first label, when it says
// the piece is an interview ("She talked to our political editor, Tom
// Ferraby"), or "". The interviewer, named after the phrase in its
// sentence, and a byline ("By Tom Ferraby") do not count.
func interviewee(src []byte, spans []Span) string {
	f := 0
	for f < len(spans) && !(spans[f].Kind == Speaker && transcriptLabel(src, spans, f)) {
		f++
	}
	if f == len(spans) || !validSpan(src, spans[f]) {
		return ""
	}
	head := src[:spans[f].Start]
	phrase := -1 // where the first interview phrase ends
	for _, w := range interviewPhrases {
		if k := bytes.Index(head, []byte(w)); k >= 0 && (phrase < 0 || k+len(w) < phrase) {
			phrase = k + len(w)
		}
	}
	if phrase < 0 {
		return ""
	}
	name := ""
	for j := 0; j < f; j++ {
		sp := spans[j]
		if sp.Kind != Person || !validSpan(src, sp) || bytes.HasSuffix(src[:sp.Start], []byte("By ")) {
			continue
		}
		if int(sp.Start) > phrase && indexEither(src[phrase:sp.Start], '.', '\n') < 0 {
			continue // the interviewer: "talked to our political editor, Tom Ferraby"
		}
		switch n := personName(src, spans, j); {
		case n == "" || n == name:
		case name != "":
			return "" // two people: whose answers are not clear
		default:
			name = n
		}
	}
	return name
}

// groupSays reports whether the capitalized word at i, which opens a
// clause, is a plural noun right before "say", "claim" or "argue": a
// group as a source, "Landlords say rents must rise."
func (a *annotator) groupSays(i int) bool {
	t := a.text(i)
	return len(t) >= 5 && t[len(t)-1] == 's' && t[len(t)-2] != 's' && a.shapeOf(i)&(shLetters|shAllCaps|shPoss) == shLetters &&
		a.fl(i)&(wNonName|wTitle|wMonth|wWeekday|wStop|wPronoun|wDet) == 0 && a.sameTextIn(i, i+1, "say claim argue")
}

// capsSurname returns the one word name in capitals of a transcript's
// label, "CASTELL", as the text writes it in running prose, "Castell";
// other names, and words of three letters or fewer, which may be
// initials ("IFS:"), it returns as they are.
func capsSurname(name string) string {
	if len(name) < 4 || strings.IndexByte(name, ' ') >= 0 {
		return name
	}
	for i := 0; i < len(name); i++ {
		if c := name[i]; c >= 'a' && c <= 'z' {
			return name
		}
	}
	// The first rune and its length, as utf8.DecodeRuneInString gives
	// them: a range loop decodes the same way, with code the build has
	// anyway.
	r, n := rune(0), len(name)
	for i, c := range name {
		if i > 0 {
			n = i
			break
		}
		r = c
	}
	if !unicode.IsUpper(r) {
		return name
	}
	b := []byte(name[:n])
	for _, r := range name[n:] {
		b = utf8.AppendRune(b, unicode.ToLower(r)) // strings.ToLower costs the download more
	}
	return string(b)
}

// labelName returns the name a transcript's role label spans[i], "The
// Prime Minister:", was given in the first label of the role, "The Prime
// Minister (Keir Starmer):", or "" if none gave it.
func labelName(src []byte, spans []Span, i int) string {
	t := spans[i].Text(src)
	for j := 0; j < i; j++ {
		s := spans[j]
		if s.Kind != Speaker || !validSpan(src, s) || s.Start < 1 || src[s.Start-1] != '(' {
			continue
		}
		p := int(s.Start) - 1
		for p > 0 && src[p-1] == ' ' {
			p--
		}
		if p >= len(t) && string(src[p-len(t):p]) == string(t) && transcriptLabel(src, spans, j) {
			return namedSpeaker(src, spans, j)
		}
	}
	return ""
}

// roleFits reports whether the description in speaker span i ("the NATO
// chief", "the minister") may stand for the person name: a pronoun always
// may; a description that names what it qualifies ("NATO", "Rovers") is
// trusted; a bare role ("the minister") must be a word of a title the
// person was given earlier ("Prime Minister Pedro Sánchez").
func roleFits(src []byte, spans []Span, i int, name string) bool {
	var wbuf [8][]byte
	words := appendFields(wbuf[:0], spans[i].Text(src))
	if len(words) < 2 {
		return true
	}
	for _, w := range words[1 : len(words)-1] {
		if r, _ := utf8.DecodeRune(w); unicode.IsUpper(r) && !capTitleMod(w) {
			return true // but "First" of "The First Minister" is the title's
		}
	}
	head := trimPoss(words[len(words)-1])
	if epithet(head) {
		return true // "the Spaniard": no title says so, nothing to check
	}
	for j := i - 1; j >= 0 && spans[i].Start-spans[j].Start <= fullNameBefore; j-- {
		if (spans[j].Kind != Person && spans[j].Kind != Speaker) || !validSpan(src, spans[j]) {
			continue
		}
		text := spans[j].Text(src)
		if !strs.Contains(text, name[strings.LastIndexByte(name, ' ')+1:]) {
			continue
		}
		// the role in apposition just before the name: "The Chancellor,
		// Rachel Penhallow, froze …" … "The Chancellor said"
		if s := int(spans[j].Start) - len(head) - 2; s >= 0 && string(src[s+len(head):spans[j].Start]) == ", " && bytes.EqualFold(src[s:s+len(head)], head) {
			return true
		}
		for len(text) > 0 {
			i := 0
			for i < len(text) && text[i] != ' ' && text[i] != '-' {
				i++
			}
			// or its abbreviation: "Gov. Gavin Newsom" … "The governor"
			if w := text[:i]; i > 0 && (bytes.EqualFold(w, head) || i > 2 && w[i-1] == '.' && len(head) > i && bytes.EqualFold(w[:i-1], head[:i-1])) {
				return true
			}
			text = text[min(i+1, len(text)):]
		}
	}
	return false
}

// orgAntecedent returns the organisation an "it" speaker (span i) stands
// for: the most recent organisation that spoke, or was the subject of a
// sentence, before it, unless another organisation was named in between.
// A description d ("company" of "the company"), at byte offset at, stands
// for an organisation of its own paragraph or the subject of the one
// before.
func orgAntecedent(src []byte, spans []Span, i int, at int32, d []byte) string {
	const reach = 2000 // bytes
	var others []string
	near := d != nil
	// "The company's output fell 4%, it said": the sentence is about the
	// company the story is about, the last that spoke, whoever else was
	// named in passing
	described := !near && companyOpens(src, at)
	// "the committee" looks back through the whole text for the last body
	// of that name, past bodies of other names
	typed := wordIn(typedOrgNouns, d)
	if l := d[bytes.LastIndexByte(d, ' ')+1:]; near && wordIn("charity union bank board association landlord", l) {
		// "…, according to the British Heart Foundation. … the charity
		// said": the nearest body a few sentences back whose name ends
		// in a word of its kind (not the European Union); a union is
		// never a company; "the (housing) association" and "the
		// landlord" are the last housing body, "Northfold Homes"
		kinds := "Foundation Trust Charity Society"
		if l[0] == 'a' || l[0] == 'l' {
			kinds = "Homes Housing Living Association"
		} else if l[0] != 'c' {
			kinds = "Union Bank Board"
		}
		for j := i - 1; j >= 0 && (at-spans[j].End <= reach || kinds[0] == 'H'); j-- {
			t := spans[j].Text(src)
			if w := t[bytes.LastIndexByte(t, ' ')+1:]; spans[j].Kind == Org && spans[j].End <= at && wordIn(kinds, w) && (kinds[0] != 'U' || w[0]|0x20 == l[0] && w[1] == l[1]) && !strs.Contains(t, "Europe") {
				return cleanName(t, false)
			}
		}
		if l[0] == 'u' || kinds[0] == 'H' {
			return ""
		}
	}
	for j := i - 1; j >= 0 && (typed || near || at-spans[j].End <= reach); j-- {
		sp := spans[j]
		if sp.Kind != Org || !validSpan(src, sp) || sp.End > at {
			continue
		}
		name := cleanName(sp.Text(src), false)
		// a description is of a body of its kind: "the department" and
		// "the ministry" of a department or ministry, which no other
		// description is, and none of a union ("The union said … The
		// company said"); "the company", "the firm" and "the operator"
		// are no college, council, university or charity ("The Royal
		// College of Nursing said … The company said")
		if near {
			t := sp.Text(src)
			// a body of its kind named in its sentence, perhaps by the short
			// name defined for it: "issued by the FSA …, figures from the agency show"
			if len(d) > 1 && !typed && oneSentence(src[sp.End:spans[i].Start]) {
				for k := j - 1; k > 0; k-- {
					if b := spans[k].Start; spans[k].Kind == Org && string(src[b:spans[k].End]) == name && b > 0 && src[b-1] == '(' && spans[k-1].Kind == Org {
						t = src[spans[k-1].Start:spans[k-1].End] // its short name defined: "the Food Standards Agency (FSA)"
						break
					}
				}
				if bytes.Contains(t, d[1:]) {
					return cleanName(t, false)
				}
			}
			if typed {
				// "The Public Accounts Committee said … The committee said":
				// the last body of that name
				if bytes.Contains(t, d[1:]) {
					return name
				}
				continue
			}
			if k := int(sp.Start) - len(d) - 1; k > 0 && src[k-1] == ' ' && string(src[k:sp.Start-1]) == string(d) {
				return name // "Consumer group Fair Basket warned … The group said", paragraphs on
			}
			if at-sp.End > reach {
				continue // farther back, only a body introduced by the description
			}
			// a study named with its body, "according to the Homefinder
			// rental index", is the body's paragraphs on: "…, the index found"
			if n := src[sp.End:min(sp.End+20, at)]; wordIn("index survey poll", d) {
				if k := bytes.Index(n, d); k >= 0 && bytes.IndexByte(n[:k], '.') < 0 && bytes.IndexByte(n[:k], ',') < 0 {
					return name
				}
			}
			// (figures may be a ministry's)
			if strs.Contains(t, "Union") || (strs.Contains(t, "Department") || strs.Contains(t, "Ministry")) != wordIn("department ministry", d) && d[0] != 'f' ||
				wordIn("company firm operator", d) && (strs.Contains(t, "College") || strs.Contains(t, "Council") || strs.Contains(t, "Universit") || strs.Contains(t, "Charit")) ||
				wordIn("regulator watchdog", d) && !regulatorName(t) {
				continue
			}
		}
		subject := subjectPosition(src, sp.Start)
		if !insideSpeaker(spans, j) && !subject {
			if described || j > 0 && spans[j-1].Kind == Org && spans[j-1].End+2 == sp.Start && src[sp.Start-1] == '(' {
				continue // or a short name in brackets after the name: "The National Cyber Security Centre (NCSC)"
			}
			if !near || !possessive(sp.Text(src)) || !oneSentence(src[sp.End:at]) {
				others = append(others, name)
			}
			// a body's thing in the words the description reports is
			// no rival: "… to the Bank of England’s 2% target, the
			// watchdog said"
			continue
		}
		if near {
			// a description is of an organisation in its paragraph, or
			// the subject of a sentence of the paragraph before, or the
			// body that said it ("…, the UK Health Protection Agency
			// (UKHPA) said on Thursday."; not "according to" it)
			// (or, for the speaker itself, a subject one line of text
			// up, with no body between: "Grainfield said … / About
			// 14,000 packs were sold. / The company said"; not for the
			// description an "it" stands for, which may be another body)
			if lines := linesBetween(src[sp.End:at]); lines > 2 || lines == 2 && (at != spans[i].Start || !subject || len(others) > 0 || orgAmong(spans[j+1:i])) || lines == 1 && !subject && (!insideSpeaker(spans, j) || bytes.HasSuffix(src[:sp.Start], []byte("to "))) {
				if len(others) > 0 {
					// the company the headline and the lead name: "Hartwell
					// Group shares slide … Shares in Hartwell Group fell …
					// The FTSE 250 company reported"
					return oneBody(others, name)
				}
				return ""
			}
		}
		for _, o := range others {
			if o != name {
				return ""
			}
		}
		return name
	}
	if len(others) == 0 {
		// "The OBR published its forecast. … the watchdog said"; "The
		// NCSC urged firms to update. It also warned …"
		return acronymSubject(src, spans, i)
	}
	if len(others) > 1 && near {
		// the one body named before, more than once, in full or short:
		// "Shares in Hartwell Group fell … which Hartwell blamed … the
		// company said"
		return oneBody(others[1:], others[0])
	}
	return ""
}

// describedSubject returns the name that opens the sentence before the
// one spans[i] speaks in, when no span took it and an apposition calls it
// a body: "easyJet, the airport’s biggest airline, cancelled 41
// departures. … it said"; or "".
func describedSubject(src []byte, spans []Span, i int) string {
	at := int(spans[i].Start)
	s := sentenceStart(src, at, max(at-400, 0))
	e := s - 1
	for e > 0 && (src[e] == ' ' || src[e] == '\n') {
		e--
	}
	if e < 1 || src[e] != '.' {
		return ""
	}
	p := sentenceStart(src, e, max(e-400, 0))
	c := bytes.Index(src[p:e], []byte(", the "))
	var small [16]byte
	if c < 2 || c > 40 || src[p] >= 'a' && !innerCapital(src[p:p+c]) || bytes.IndexByte(src[p:p+c], ' ') > 0 && lexFlags(lowerSmall(&small, src[p:p+bytes.IndexByte(src[p:p+c], ' ')]))&(wStop|wDet) != 0 {
		return "" // "In March, the airline …"
	}
	d := bytes.IndexByte(src[p+c+6:e], ',')
	if d < 0 || d > 60 {
		return ""
	}
	desc := src[p+c+6 : p+c+6+d]
	if !wordIn(orgNouns, lowerSmall(&small, desc[bytes.LastIndexByte(desc, ' ')+1:])) {
		return ""
	}
	for j := i - 1; j >= 0 && int(spans[j].End) > p; j-- {
		if int(spans[j].Start) <= p || spans[j].Kind == Org && int(spans[j].Start) >= s {
			return "" // a name a span took, or a body in its own sentence
		}
	}
	return string(src[p : p+c])
}

// unnamedBody returns the byte offset of a description of a body ("the
// airline") that is the subject of the sentence of the "it" speaker
// spans[i] or of the one before, when no organisation is named from
// there to it: "In March, the airline, …", "Tom Price, the airline's
// boss, …", and, in the sentence before, "The airline cancelled …", and
// the description's noun; or the speaker's offset and nil.
func unnamedBody(src []byte, spans []Span, i int) (int32, []byte) {
	end := int(spans[i].Start)
	p := end
	for n := 0; n < 2 && p > 0; n++ {
		p = sentenceStart(src, max(p-2, 0), max(p-400, 0))
		c := p
		if n == 0 || c+4 > end || string(src[c:c+4]) != "The " {
			// the sentence of "it" that opens with the description is
			// about the body that spoke last (see companyOpens)
			c = bytes.Index(src[p:min(p+60, end)], []byte(", the "))
			if c < 0 {
				continue
			}
			c += p + 2
		}
		e := c + 4
		for e < end && 'a' <= src[e] && src[e] <= 'z' {
			e++
		}
		if !wordIn(orgNouns, src[c+4:e]) {
			continue
		}
		for j := i - 1; j >= 0 && int(spans[j].End) > p; j-- {
			if spans[j].Kind == Org {
				return spans[i].Start, nil
			}
		}
		return int32(c), src[c+4 : e]
	}
	return spans[i].Start, nil
}

// oneBody returns the longest of name and others when they all name one
// body, in full or short ("Hartwell Group", "Hartwell"), or "".
func oneBody(others []string, name string) string {
	for _, o := range others {
		if len(o) > len(name) {
			o, name = name, o
		}
		if !strings.HasPrefix(name, o) || len(name) > len(o) && name[len(o)] != ' ' {
			return ""
		}
	}
	return name
}

// acronymSubject returns the short name in capitals of a body that is the
// subject of the sentence of the description spans[i] or of the one
// before, "The OBR published its forecast. Inflation will average 3.4%,
// the watchdog said.", when no span took it for something else; or "".
// Not "The GDP figure", nor "The CEO said": those are no bodies.
func acronymSubject(src []byte, spans []Span, i int) string {
	end := int(spans[i].Start)
	for n := 0; n < 2; n++ {
		for end > 0 && (src[end-1] == ' ' || src[end-1] == '\n' || src[end-1] == '\r' || src[end-1] == '\t') {
			end--
		}
		if end == 0 {
			break
		}
		start := sentenceStart(src, end-1, 0)
		t := src[start:end]
		end = start
		if len(t) < 8 || string(t[:4]) != "The " {
			continue
		}
		k := 4
		for k < len(t) && k < 11 && 'A' <= t[k] && t[k] <= 'Z' {
			k++
		}
		if k < 6 || k == 11 || k+1 >= len(t) || t[k] != ' ' || t[k+1] < 'a' || t[k+1] > 'z' {
			continue
		}
		if wordIn("GDP CPI CEO CFO COO CTO VAT PMI IPO AI ATM DNA TV US UK", t[4:k]) {
			return ""
		}
		at, to := int32(start+4), int32(start+k)
		for _, sp := range spans[:i] {
			if sp.Start < to && at < sp.End && sp.Kind != Org {
				return ""
			}
		}
		return string(t[4:k])
	}
	return ""
}

// possessive reports whether t ends in "'s" or "’s".
func possessive(t []byte) bool {
	return bytes.HasSuffix(t, []byte("'s")) || bytes.HasSuffix(t, []byte("’s"))
}

// oneSentence reports whether the text b, between two names, holds no
// line break and no end of a sentence: ". " or "? " or "! ".
func oneSentence(b []byte) bool {
	for k, c := range b {
		if c == '\n' || (c == '.' || c == '?' || c == '!') && k+1 < len(b) && b[k+1] == ' ' {
			return false
		}
	}
	return true
}

// modifiedOrgNouns are the body nouns a description takes with modifiers
// before them: "the admissions service", "the exams regulator".
const modifiedOrgNouns = "service regulator association"

// orgNouns are what a report calls an organisation it has named ("the
// company said"), separated by spaces.
const orgNouns = "company firm carmaker automaker operator airline airport bank lender insurer retailer utility regulator " +
	"watchdog ministry department agency council authority club charity university hospital broadcaster landlord " +
	"publisher supermarket manufacturer maker developer startup provider carrier brewer miner chain group service union board " +
	typedOrgNouns

// typedOrgNouns are the orgNouns that stand only for a body with the noun
// in its name: "the committee" for the Public Accounts Committee.
const typedOrgNouns = "committee association federation institute commission inquiry society"

// bodyOwner returns the body noun of a description of a body's person or
// words, "The board's chair", "The bank's statement", or nil.
func bodyOwner(t []byte) []byte {
	k := bytes.Index(t, []byte("s "))
	p := len(trimPoss(t[:k+1])) // the owner's end, before "'s" or "’s"
	if p < 5 || p == k+1 || !orgDescription(t[:p]) || bytes.IndexByte(t[4:p], ' ') >= 0 || bytes.IndexByte(t[k+2:], ' ') >= 0 {
		return nil
	}
	return t[4:p]
}

// reportDescription reports whether t is "the report", "the study",
// "the review" or "its analysis" and kin, which speak for the body that
// made them.
func reportDescription(t []byte) bool {
	var small [16]byte
	return len(t) > 4 && (t[0]|0x20 == 't' && string(t[1:4]) == "he " || t[0]|0x20 == 'i' && string(t[1:4]) == "ts ") && wordIn("report study review analysis survey figures index", lowerSmall(&small, t[4:]))
}

// orgDescription reports whether t is "the" and a word of orgNouns: "the
// company", "The operator".
func orgDescription(t []byte) bool {
	if len(t) < 8 || t[0]|0x20 != 't' || t[1] != 'h' || t[2] != 'e' || t[3] != ' ' {
		return false
	}
	var small [16]byte
	w := t[4:]
	if k := bytes.LastIndexByte(w, ' '); k > 0 && k < 16 && w[0] <= 'Z' {
		for _, c := range w[:k] {
			if '0' <= c && c <= '9' || c == '-' {
				w = w[k+1:] // "The FTSE 250 company", "the Leeds-based retailer"; not "The Royal Bank"
				break
			}
		}
	} else if k > 0 && wordIn(modifiedOrgNouns, w[k+1:]) {
		w = w[k+1:] // "the admissions service", "the exams regulator"; not "the city council"
	}
	w = lowerSmall(&small, w)
	return wordIn(orgNouns, w) && (t[4] >= 'a' || !wordIn(typedOrgNouns, w)) // "the Commission" is a name
}

// regulatorName reports whether t, a body's name, can be a regulator's or
// a watchdog's: "Ofwat", "the FCA", "the Financial Conduct Authority", "the
// Regulator of Social Housing"; not a landlord it graded, "Northfold Homes".
func regulatorName(t []byte) bool {
	w := trimPoss(t[bytes.LastIndexByte(t, ' ')+1:])
	return allCaps(w) || len(t) > 3 && t[0] == 'O' && t[1] == 'f' && t[2] >= 'a' || strs.Contains(t, "Regulat") ||
		wordIn("Authority Commission Agency Office Ombudsman Executive Inspectorate Board Commissioner Watch", w)
}

// indexEither returns the index in b of the first byte c or d, or -1:
// bytes.IndexAny with two ASCII bytes, written out for the size of the
// wasm build.
func indexEither(b []byte, c, d byte) int {
	for i, x := range b {
		if x == c || x == d {
			return i
		}
	}
	return -1
}

// commonPlural reports whether t, a capitalised word ending in "s", is
// the plural of a word the lexicon knows: "Museums", "Libraries".
func commonPlural(t []byte) bool {
	var lbuf [24]byte
	w := lowerInto(lbuf[:0], t)
	n := len(w)
	if lexFlags(w) != 0 || lexFlags(w[:n-1]) != 0 {
		return !commonFirstName(w[:n-1]) // not "Roberts", "Williams"
	}
	return n > 4 && string(w[n-3:]) == "ies" && lexFlags(append(w[:n-3], 'y')) != 0
}

// bareCompany returns the one unknown name that opens the sentence
// before the one of the description spans[i] when a business's act
// follows it, "Corvane will cut 1,200 jobs. The company said"; or "".
func bareCompany(src []byte, spans []Span, i int) string {
	p := sentenceStart(src, int(spans[i].Start), max(int(spans[i].Start)-400, 0))
	if p < 2 {
		return ""
	}
	q := sentenceStart(src, p-2, max(p-400, 0))
	e := q
	for e < p && e-q < 24 && asciiLetter(src[e]) {
		e++
	}
	var lbuf [24]byte
	if e-q < 3 || src[q] > 'Z' || src[e] != ' ' || lexFlags(lowerInto(lbuf[:0], src[q:e])) != 0 || commonFirstName(src[q:e]) {
		return ""
	}
	for j := i - 1; j >= 0 && spans[j].End > int32(q); j-- {
		if spans[j].Start == int32(q) {
			return "" // a name the entity pass knows: a person, a place
		}
	}
	w := firstWord(src[e:])
	if wordIn("will would has had", w) {
		w = firstWord(src[e+1+len(w):])
	}
	if !wordIn("cut cuts axe axed axes close closed closes shut shuts posted posts reported reports announced", w) {
		return ""
	}
	return string(src[q:e])
}

// companyOpens reports whether the sentence that goes on at byte offset
// at opens with a description of an organisation, "The company's",
// "The group": the text after the last line break or full stop and
// space before at.
func companyOpens(src []byte, at int32) bool {
	b := src[max(0, int(at)-300):at]
	if k := bytes.LastIndexByte(b, '\n'); k >= 0 {
		b = b[k+1:]
	}
	for k := len(b) - 2; k >= 0; k-- {
		if b[k] == '.' && b[k+1] == ' ' {
			b = b[k+2:] // after the last ". "
			break
		}
	}
	e := bytes.IndexByte(b, ' ')
	if e < 0 {
		return false
	}
	if f := indexEither(b[e+1:], ' ', ','); f >= 0 {
		e += 1 + f
	} else {
		return false
	}
	t := trimPoss(b[:e])
	return len(t) > 0 && t[0] == 'T' && orgDescription(t)
}

// orgAmong reports whether spans holds an organisation.
func orgAmong(spans []Span) bool {
	for _, sp := range spans {
		if sp.Kind == Org {
			return true
		}
	}
	return false
}

// linesBetween returns 0 when b holds no line break, 1 when the lines it
// ends and starts are next to each other or apart only by blank lines,
// 2 when one line with text stands between them, and 3 when more do.
// The rows of a pasted timeline, "09:14 UTC - …", do not count.
func linesBetween(b []byte) int {
	first := bytes.IndexByte(b, '\n')
	if first < 0 {
		return 0
	}
	n, text, last := 1, false, bytes.LastIndexByte(b, '\n')
	for k := first; k < last; k++ {
		if c := b[k]; c == '\n' {
			text = false
		} else if !text && c != ' ' && c != '\t' && c != '\r' {
			if text = true; '0' <= c && c <= '9' && (b[k+1] == ':' || k+2 < len(b) && b[k+2] == ':') {
				continue
			}
			if n++; n == 3 {
				break
			}
		}
	}
	return n
}

// insideSpeaker reports whether span j lies inside a Speaker span.
func insideSpeaker(spans []Span, j int) bool {
	return inside(spans, j, Speaker, 3)
}

// inside reports whether a span of kind k among the n spans on either
// side of spans[j] holds it.
func inside(spans []Span, j int, k Kind, n int) bool {
	return holder(spans, j, k, n) >= 0
}

// holder returns the index of a span of kind k among the n spans on
// either side of spans[j] that holds it, or -1.
func holder(spans []Span, j int, k Kind, n int) int {
	for i := max(0, j-n); i < len(spans) && i <= j+n; i++ {
		if i != j && spans[i].Kind == k && spans[i].Start <= spans[j].Start && spans[i].End >= spans[j].End {
			return i
		}
	}
	return -1
}

// subjectPosition reports whether a name at byte offset at starts its
// sentence, or follows at most three words that start it and are not a
// subordinating word ("Local councillor Dev Patel", not "When Rutte").
func subjectPosition(src []byte, at int32) bool {
	p := int(at)
	role := false // the word after p is a person's role: "Former product manager Luis Ortega"
	for words := 0; words <= 3; words++ {
		if sentenceInitial(src, int32(p)) {
			if words == 0 {
				return true
			}
			end := p
			for end < int(at) && src[end] != ' ' {
				end++
			}
			var small [16]byte
			if wordIn("when after as if while before with since although though because unlike like but and", lowerSmall(&small, src[p:end])) {
				return false
			}
			return true
		}
		// back over one word and the spaces before it
		q := p - 1
		for q >= 0 && src[q] == ' ' {
			q--
		}
		if words == 0 && q >= 0 && src[q] == ',' {
			// "The council's finance chief, Tom Reid, disagreed."
			return descriptionOpens(src, q)
		}
		if q < 0 || src[q] == '\n' || src[q] == ',' || src[q] == ';' || src[q] == ':' {
			return false
		}
		for q >= 0 && src[q] != ' ' && src[q] != '\n' {
			q--
		}
		p = q + 1
		// only titles and their qualifiers may come before the name
		w := src[p:]
		if sp := bytes.IndexByte(w, ' '); sp >= 0 {
			w = w[:sp]
		}
		var lbuf [64]byte
		f := lexFlags(lowerInto(lbuf[:0], w))
		if r, _ := utf8.DecodeRune(w); !unicode.IsUpper(r) && f&(wTitle|wTitleMod|wPersonRole|wDet) == 0 && !role {
			return false
		}
		role = f&wPersonRole != 0
	}
	return false
}

// statementAuthor reports whether the name at byte offset at follows
// "statement", "letter" or "message" and "from" or "by", with at most
// three lower-case words between: "A second statement, from parent
// volunteer Gemma Lowe," wrote what the "she" after it wrote.
func statementAuthor(src []byte, at int32) bool {
	var wbuf [8][]byte
	w := appendFields(wbuf[:0], src[max(0, at-80):at])
	for k := len(w) - 1; k > 0 && k >= len(w)-4; k-- {
		if wordIn("from by", w[k]) {
			return wordIn("statement statement, letter letter, message message,", w[k-1])
		}
		if w[k][0] < 'a' || w[k][0] > 'z' {
			break
		}
	}
	return false
}

// descriptionOpens reports whether the comma at c ends a description that
// opens its sentence: at most six words, the first of them "The", "A",
// "Her", "His", "Its" or "Their" ("The council's finance chief,").
func descriptionOpens(src []byte, c int) bool {
	p := c
	for words := 0; words < 6; words++ {
		q := p - 1
		for q >= 0 && src[q] == ' ' {
			q--
		}
		if q < 0 || src[q] == '\n' || src[q] == ',' || src[q] == ';' || src[q] == ':' || src[q] == '"' {
			return false
		}
		for q >= 0 && src[q] != ' ' && src[q] != '\n' {
			q--
		}
		p = q + 1
		if sentenceInitial(src, int32(p)) {
			w := src[p:]
			if sp := bytes.IndexByte(w, ' '); sp >= 0 {
				w = w[:sp]
			}
			var small [16]byte
			// "Labour's shadow home secretary, Amira Hussain, went further.",
			// "One of her students, Jordan Mensah, secured …"
			return wordIn("the a one her his its their", lowerSmall(&small, w)) || len(uncontract(w)) < len(w) && w[len(w)-1] == 's'
		}
	}
	return false
}

// sentenceInitial reports whether the byte offset at starts a sentence in
// src: only white space, or a full stop, question or exclamation mark
// (maybe with a closing quotation mark), comes before it.
func sentenceInitial(src []byte, at int32) bool {
	p := int(at) - 1
	for p >= 0 && (src[p] == ' ' || src[p] == '\t') {
		p--
	}
	if p < 0 || src[p] == '\n' || src[p] == '\r' {
		return true
	}
	r, size := utf8.DecodeLastRune(src[:p+1])
	if r == '"' || r == '”' || r == '’' {
		p -= size
		if p < 0 {
			return true
		}
		r, _ = utf8.DecodeLastRune(src[:p+1])
	}
	return r == '.' || r == '!' || r == '?'
}

// sentenceStart returns the byte offset at which the sentence that holds
// the byte offset at starts: the first offset at or before at that
// follows a space or a line break and is sentenceInitial. It looks back
// no further than lo, which it returns when it finds none after it.
func sentenceStart(src []byte, at, lo int) int {
	p := at
	for p > lo && !((src[p-1] == ' ' || src[p-1] == '\n') && sentenceInitial(src, int32(p))) {
		p--
	}
	return p
}

// groupSubject returns the plural group that opens the sentence in which
// "they", at byte offset at, speaks, as the text writes it: the
// "ministers" of "But ministers pointed to a fall, which they said had
// …". It returns "" when the sentence opens otherwise, or with "they".
func groupSubject(src []byte, at int32) string {
	lo := max(int(at)-400, 0)
	p := sentenceStart(src, int(at), lo)
	if p == lo && lo > 0 {
		return "" // a sentence too long to look at
	}
	var small [16]byte
	for k := 0; k < 3; k++ {
		e := p
		for e < int(at) && src[e] != ' ' {
			e++
		}
		w := lowerSmall(&small, src[p:e])
		if k < 2 && wordIn("but and yet so still the", w) {
			p = e + 1
			continue // "But ministers", "The officials"
		}
		if e < int(at) && len(w) > 3 && w[len(w)-1] == 's' && lexFlags(w)&(wSpeakerNoun|wPronoun) == wSpeakerNoun {
			return string(src[p:e])
		}
		break
	}
	return ""
}

func validSpan(src []byte, s Span) bool {
	return s.Start >= 0 && s.End <= int32(len(src)) && s.Start < s.End
}

// isPersonSpeaker reports whether speaker span j holds a Person span.
func isPersonSpeaker(spans []Span, j int) bool {
	for k := j - 3; k < len(spans) && k <= j+6; k++ {
		if k >= 0 && spans[k].Kind == Person && spans[k].Start >= spans[j].Start && spans[k].End <= spans[j].End {
			return true
		}
	}
	return false
}

// personDescription reports whether a speaker's text describes one person
// without naming them: "Hoffmann's daughter", "a spokeswoman for the
// ministry", "the minister" (not "officials", "the ministry", "Anna Berg").
func personDescription(text []byte) bool {
	var wbuf [8][]byte
	var lbuf [32]byte
	words := appendFields(wbuf[:0], text)
	if len(words) < 2 || len(words) > 8 {
		return false
	}
	var head []byte
	for k := 1; k < len(words)-1; k++ {
		if r, _ := utf8.DecodeRune(words[k+1]); words[k][len(words[k])-1] == ',' && unicode.IsUpper(r) {
			return false // the name after the post: "Homefinder’s director of research, Samir Patel"
		}
		if wordIn("for of at", words[k]) && head == nil {
			head = words[k-1] // "a spokeswoman for the ministry"
		}
	}
	if head == nil {
		head = words[len(words)-1]
	}
	if r, _ := utf8.DecodeRune(head); unicode.IsUpper(r) {
		return false // a name: "Anna Berg"
	}
	w := lowerInto(lbuf[:0], trimPoss(head))
	return lexFlags(w)&wPersonRole != 0 && (len(w) < 2 || w[len(w)-1] != 's') ||
		wordIn(relationNouns, w)
}

// description returns a speaker's description as it reads inside a
// sentence: "his daughter" for "His daughter", "Hoffmann's daughter".
func description(text []byte) string {
	var lbuf [8]byte
	if sp := bytes.IndexByte(text, ' '); sp > 0 && sp <= len(lbuf) && wordIn("the a an his her their", lowerInto(lbuf[:0], text[:sp])) {
		return string(lowerInto(lbuf[:0], text[:sp])) + string(text[sp:])
	}
	return string(text)
}

// indefinite reports whether "a" or "an" comes before the word at byte
// offset at, or before one capitalised word before it: "a Labour MP".
func indefinite(src []byte, at int32) bool {
	p := int(at)
	for words := 0; words < 2; words++ {
		q := p - 1
		for q >= 0 && src[q] == ' ' {
			q--
		}
		e := q + 1
		for q >= 0 && src[q] != ' ' && src[q] != '\n' {
			q--
		}
		w := src[q+1 : e]
		if wordIn("a an A An", w) {
			return true
		}
		if len(w) == 0 || w[0] < 'A' || w[0] > 'Z' {
			return false
		}
		p = q + 1
	}
	return false
}

// byline reports whether the name at byte offset at follows "By " at the
// start of a line: the writer of the piece.
func byline(src []byte, at int32) bool {
	p := int(at) - 3
	if p < 0 || string(src[p:at]) != "By " && string(src[p:at]) != "BY " {
		return false
	}
	for p > 0 && (src[p-1] == '*' || src[p-1] == '_') {
		p-- // "**By Jane Doe**"
	}
	return p == 0 || src[p-1] == '\n'
}

// heOrShe reports whether t is "he" or "she" in any case: a speaker span
// that names no one, passed over without looking for a person in it (text
// dense with "he said" would otherwise look for one at every span).
func heOrShe(t []byte) bool {
	t = uncontract(t)
	switch len(t) {
	case 2:
		return t[0]|0x20 == 'h' && t[1]|0x20 == 'e'
	case 3:
		return t[0]|0x20 == 's' && t[1]|0x20 == 'h' && t[2]|0x20 == 'e'
	}
	return false
}

// Common first names that, in news text, almost always belong to a woman
// or to a man. Names given to both (Alex, Jordan, Jean, Andrea, Kim) are in
// neither list.
const (
	womensNames = "abigail aisha akiko alice alison amanda amber amelia amina amira amy ana anastasia angela anjali ann anna anne annalena aoife astrid ava barbara beatriz bethan betty brenda bridget camille carmen carol caroline catherine charlotte chiara chloe christina christine claire clare deborah diana diane donna eleanor elena elif elizabeth ellie emily emma esther evelyn fatima fiona frances francesca freya gabriela gillian giorgia giulia gloria grace hannah harriet heather heike helen hillary ingrid ines irina isabel isabella isla jacinda jacqueline jane janet janice jennifer jessica joan joanna judith julia julie karen kate katherine kathleen katie kavita keiko kristalina laura lauren layla leah leila lena linda lisa liz lucia lucy margaret maria mariana marie marine martha mary meera megan melissa mia michelle miriam nadia nancy naomi natalia natalie neha ngozi niamh nicole olga olivia olufunke patricia petra pooja priya rachel rebecca renata rhiannon rosa rose ruth sabine sandra sarah sharon sinead siobhan sofia sophia sophie stephanie sunita susan svetlana teresa theresa ursula valentina victoria yasmin yvette zainab zeynep zoe"
	mensNames   = "aaron adam ahmed alan alejandro alexander ali andrew angus anil anthony antonio arjun arthur barack ben benjamin bernie bill bob boris brian bruce carl carlos charles christopher ciaran conor cyril daniel david dennis diego dmitry donald douglas dylan edward elon emmanuel eric erik ethan francesco francisco frank friedrich gareth gary gavin george giovanni giuseppe graham greg gregory hans harold harry hassan henry hiroshi hussein ibrahim idris igor imran ivan jack jacob james jason javier jeff jeffrey jeremy jim joe john jonathan jorge jose joseph joshua juan keir keith kenji kenneth kevin khalid klaus kofi kwame larry lars liam lorenzo louis luca luis manuel marco marcus mark markus matteo matthew michael miguel mike mikhail mohamed mohammed muhammad narendra saddam nathan nicholas nick nigel olaf oleksandr olivier omar owen pablo patrick paul pedro peter philip philippe pierre rafael rahul raj ralph raymond rhys richard ricardo rishi robert roger ronald rory roy russell ryan samuel sanjay scott sean sergei sergio seamus stefan stephen steven sven tariq thabo thomas tim timothy tom tony tunde vijay vincent vladimir volodymyr walter wayne william wolfgang yusuf yuri"
)

// nameGender returns 'm' or 'f' when the name t tells a man from a woman,
// by its title ("Mrs Alvarez", "Sir Keir Lomax") or by a common first name
// before a surname ("Mayor Sarah Jones", "Tom Price"), and 0 otherwise
// ("Price", "Alex Moreno", "R.K. Deshpande").
func nameGender(t []byte) byte {
	if g := titleGender(t); g != 0 {
		return g
	}
	var small [16]byte
	for i := 0; i < len(t); {
		j := i
		for j < len(t) && t[j] != ' ' {
			j++
		}
		if j == len(t) {
			break // a first name comes before a surname
		}
		switch w := lowerSmall(&small, t[i:j]); {
		case wordIn(womensNames, w):
			return 'f'
		case wordIn(mensNames, w):
			return 'm'
		}
		i = j + 1
	}
	return 0
}

// titleGender returns 'm' or 'f' when the name t opens with a title that
// tells a man ("Mr", "Sir", "Lord") or a woman ("Mrs", "Ms", "Dame") apart,
// and 0 otherwise.
func titleGender(t []byte) byte {
	n := 0
	for n < len(t) && t[n] != ' ' && t[n] != '.' {
		n++
	}
	if n == len(t) {
		return 0
	}
	var small [16]byte
	switch w := lowerSmall(&small, t[:n]); {
	case wordIn("mr sir lord king prince", w):
		return 'm'
	case wordIn("mrs ms miss dame lady queen princess baroness", w):
		return 'f'
	}
	return 0
}

// otherGender reports whether src[from:to], after the sentence that
// ends first in it, names someone else the pronoun (she when female) may
// stand for: "… said campaign manager Luis Ortega." … "The Democrat, a
// two-term congresswoman, has struggled. She said …" is unclear, not
// Ortega's.
func otherGender(src []byte, from, to int32, female bool) bool {
	words := "man congressman spokesman chairman businessman councilman policeman father son husband brother grandfather boy"
	if female {
		words = "woman congresswoman spokeswoman chairwoman businesswoman councilwoman policewoman mother daughter wife sister grandmother girl"
	}
	b := src[from:to]
	end := 0
	for end < len(b) && b[end] != '.' && b[end] != '!' && b[end] != '?' {
		end++
	}
	var small [16]byte
	for i := end; i < len(b); {
		j := i
		for j < len(b) && ('a' <= b[j]|0x20 && b[j]|0x20 <= 'z') {
			j++
		}
		if j > i && wordIn(words, lowerSmall(&small, b[i:j])) {
			return true
		}
		i = j + 1
	}
	return false
}

// uncontract returns t without a contracted "had", "would", "has" or
// "have": "He'd", "she’s", "they've" give "He", "she", "they".
func uncontract(t []byte) []byte {
	n := len(t)
	switch {
	case n > 3 && string(t[n-3:]) == "'ve":
		return t[:n-3]
	case n > 5 && string(t[n-5:]) == "’ve":
		return t[:n-5]
	case n > 2 && t[n-2] == '\'' && (t[n-1] == 'd' || t[n-1] == 's'):
		return t[:n-2]
	case n > 4 && string(t[n-4:n-1]) == "’" && (t[n-1] == 'd' || t[n-1] == 's'):
		return t[:n-4]
	}
	return t
}

// orgSpokesman returns the name of the organisation that speaks in the
// speaker span before spans[i], a spokesman with no name, in the same or
// the paragraph before, or "".
func orgSpokesman(src []byte, spans []Span, i int) string {
	for j := i - 1; j >= 0 && spans[i].Start-spans[j].End < 400; j-- {
		if spans[j].Kind != Speaker || spans[j].End > spans[i].Start || inside(spans, j, Quote, 12) {
			continue
		}
		for k := j + 1; k < i && spans[k].Start < spans[j].End; k++ {
			if spans[k].Kind == Org && spans[k].End <= spans[j].End && linesBetween(src[spans[j].End:spans[i].Start]) <= 1 {
				return cleanName(spans[k].Text(src), false)
			}
		}
		return ""
	}
	return ""
}

// relativeClause reports whether t holds " that ", " which " or " who ",
// in one pass: only where an 'h' has a space two bytes before it are the
// bytes from that space compared.
func relativeClause(t []byte) bool {
	for k := 2; k < len(t); k++ {
		j := bytes.IndexByte(t[k:], 'h')
		if j < 0 {
			return false
		}
		k += j
		if r := t[k-2:]; r[0] == ' ' && (bytes.HasPrefix(r, []byte(" that ")) || bytes.HasPrefix(r, []byte(" which ")) || bytes.HasPrefix(r, []byte(" who "))) {
			return true
		}
	}
	return false
}

// namedSpeaker returns the name in speaker span i when it holds one.
func namedSpeaker(src []byte, spans []Span, i int) string {
	sp := spans[i]
	// a Person, Org or Place inside the speaker span; persons first
	best, second := -1, -1
	owner := -1 // a person's possessive before more words: "Whitcombe’s lawyer"
	for k := max(0, i-3); k < len(spans) && spans[k].Start < sp.End; k++ {
		s := spans[k]
		if s.Start < sp.Start || s.End > sp.End || !validSpan(src, s) {
			continue
		}
		if s.Start > sp.Start && relativeClause(src[sp.Start:s.Start]) {
			// a name in a clause that describes the speaker is not who
			// speaks: "A firm that supplies the NHS said" is the firm
			break
		}
		if s.Kind == Person && s.End < sp.End && len(trimPoss(s.Text(src))) < int(s.End-s.Start) {
			// "Whitcombe’s lawyer, Paul Kessinger" is the lawyer, and
			// "Hollister’s campaign" the campaign, not Whitcombe or
			// Hollister
			owner = k
			continue
		}
		if s.Kind == Person && best >= 0 && spans[best].Kind == Person && !postOnly(spans[best].Text(src)) && second < 0 {
			second = k
		} else if s.Kind == Person && (best < 0 || spans[best].Kind != Person || postOnly(spans[best].Text(src))) {
			best = k // and the name after a post: "Minister for Emergency Management, Senator Kate Brogan"
		} else if (s.Kind == Org || s.Kind == Place) && best < 0 {
			best = k
		}
	}
	if t := sp.Text(src); best < 0 && bytes.HasSuffix(t, []byte(" team")) {
		// "Brandt's Vortex team": the team, named on its own, speaks,
		// not the driver whose team it is
		var wbuf [4][]byte
		if w := appendFields(wbuf[:0], t); len(w) == 3 && len(trimPoss(w[0])) < len(w[0]) && 'A' <= w[1][0] && w[1][0] <= 'Z' {
			return string(t[len(w[0])+1:])
		}
	}
	if best >= 0 {
		if spans[best].Kind == Person {
			if second >= 0 && strs.Contains(src[spans[best].End:spans[second].Start], " and ") {
				return personName(src, spans, best) + " and " + personName(src, spans, second) // "Anna Berg and Tom Hale"
			}
			if second >= 0 && src[spans[best].End] == ',' && strs.Contains(src[spans[second].End:sp.End], " and ") {
				return string(src[spans[best].Start:sp.End]) // "Anna Berg, Tom Hale and Ed Moss"
			}
			return personName(src, spans, best)
		}
		if spans[best].Start > sp.Start && (spans[best].Kind == Place || bytes.HasSuffix(src[:spans[best].Start], []byte(" on "))) {
			return "" // "the central bank in Kyiv" is not Kyiv, "A post on Facebook" not Facebook
		}
		// "Cornwall Insight" is not Cornwall, and "Russia's foreign
		// ministry" is more than Russia
		name := spans[best].Text(src)
		rest := src[spans[best].End:sp.End]
		for len(rest) > 0 && rest[0] == ' ' {
			rest = rest[1:] // bytes.TrimLeft(rest, " "), whose code is larger in the wasm build
		}
		// a body's index or survey is the body's: "the Ashcombe Building
		// Society's monthly index"; two bodies: "Westpac and ASB"
		if len(rest) > 0 && (spans[best].Kind == Place && 'A' <= rest[0] && rest[0] <= 'Z' || rest[0] == 'a' && best+1 < len(spans) && spans[best+1].End == sp.End || rest[0] == ',' && bytes.Contains(rest, []byte(" and ")) || len(trimPoss(name)) < len(name) && !wordIn(ownStudy, rest[bytes.LastIndexByte(rest, ' ')+1:])) {
			return cleanName(sp.Text(src), false)
		}
		if len(rest) == 0 && len(trimPoss(name)) < len(name) && bytes.HasPrefix(src[sp.End:], []byte(", which")) {
			return string(name) // a shop by its owner's name: "Marlow’s, which runs 40 stores, said"
		}
		short := cleanName(spans[best].Text(src), false)
		j := best - 1
		if spans[best].Kind != Org || len(short) < 3 || short[1] < 'a' || strings.IndexByte(short, ' ') >= 0 {
			j = -1 // one word, not in capitals ("ONS")
		}
		b := []byte(short)
		for ; j >= 0 && sp.Start-spans[j].Start <= 3000; j-- {
			// "Northgate said" after "the Northgate Building Society",
			// named near enough: the body in full
			if spans[j].Kind == Org {
				t := spans[j].Text(src)
				if k := bytes.Index(t, b); k >= 0 && k <= 4 && wordIn("Building Group Holdings plc PLC Ltd Limited Inc Corporation", firstWord(t[k+len(short):])) {
					return cleanName(t, false)
				}
			}
		}
		return short
	}
	if owner >= 0 {
		// "Grant Hollister’s campaign", in full
		o := spans[owner]
		if name := personName(src, spans, owner); name != "" {
			if wordIn(ownStudy, src[o.End+1:sp.End]) {
				return name // "Fair Basket's analysis" is Fair Basket's
			}
			return name + string(src[o.Start+int32(len(trimPoss(o.Text(src)))):sp.End])
		}
		return cleanName(sp.Text(src), false)
	}
	text := sp.Text(src)
	// a transcript name ("RUTTE") or a bare name: match a known person
	var wbuf [8][]byte
	words := appendFields(wbuf[:0], text)
	if len(words) == 0 || len(words) > 4 {
		return ""
	}
	var lbuf [64]byte
	for k, w := range words {
		r, _ := utf8.DecodeRune(w)
		f := lexFlags(lowerInto(lbuf[:0], trimPoss(w)))
		if f&wTitle != 0 && k < len(words)-1 {
			continue // a title before the name: "SECRETARY ALVAREZ", "DR. OKOYE"
		}
		if !unicode.IsUpper(r) || f&(wCommon|wDet|wSpeakerNoun|wPronoun) != 0 {
			return "" // a description: "Diplomats", "Some people"
		}
	}
	if full := fullName(src, spans, i, words[len(words)-1]); full != "" {
		return full
	}
	return cleanName(text, true)
}

// ownStudy are the nouns of what a body or person makes and speaks
// through, after its possessive: "the Ashcombe Building Society's monthly
// index", "Ofgem's analysis".
const ownStudy = "index survey report data figures poll study analysis review"

// personName returns the name in Person span k, without titles, completed
// from an earlier mention when it is a surname alone.
func personName(src []byte, spans []Span, k int) string {
	name := cleanName(spans[k].Text(src), true)
	if sp := strings.LastIndexByte(name, ' '); sp >= 0 {
		if allCaps(name) {
			// a transcript's "MARGARET OYELARAN" is the Margaret
			// Oyelaran the text names in mixed case (bytes.EqualFold, as
			// elsewhere in the package: strings.EqualFold would bring its
			// own code into the wasm build)
			if full := fullName(src, spans, k, []byte(name[sp+1:])); full != "" && bytes.EqualFold([]byte(full), []byte(name)) {
				return full
			}
		}
		if name[0] == 'v' || strings.HasPrefix(name, "Mac ") || strings.HasPrefix(name, "Ó ") { // "van Loon" after "Pieter van Loon", "Mac Aodha" after "Gráinne Mac Aodha"
			if full := fullName(src, spans, k, []byte(name[sp+1:])); strings.HasSuffix(full, " "+name) {
				return full
			}
		}
		return name
	}
	if name == "" {
		return name
	}
	if full := fullName(src, spans, k, []byte(name)); full != "" {
		return full
	}
	t := spans[k].Text(src)
	if p := trimPoss(t); len(p) > len(name) && p[len(p)-len(name)-1] == ' ' && wordIn("Lord Lady Baroness Baron Viscount Earl Countess", p[:len(p)-len(name)-1]) {
		return string(p) // a peer's title is part of the name: "Lord Harwood"
	}
	// "Dame Olufunke" after "Dame Olufunke Arden-Marsh": a knight or a
	// dame is called by the first name
	if bytes.HasPrefix(t, []byte("Sir ")) || bytes.HasPrefix(t, []byte("Dame ")) {
		for j := k - 1; j >= 0 && spans[k].Start-spans[j].Start <= fullNameBefore; j-- {
			if spans[j].Kind != Person || !validSpan(src, spans[j]) {
				continue
			}
			if full := cleanName(spans[j].Text(src), true); strings.HasPrefix(full, name+" ") {
				return full
			}
		}
	}
	return name
}

// fullName returns the name of a person span other than k whose last word
// is surname (compared without case), with two words or more; the nearest
// before k wins, then the first after it.
func fullName(src []byte, spans []Span, k int, surname []byte) string {
	surname = trimPoss(surname)
	check := func(j int) string {
		if j == k || spans[j].Kind != Person || !validSpan(src, spans[j]) {
			return ""
		}
		// cheap test first: the span ends with the surname
		if t := trimPoss(spans[j].Text(src)); len(t) <= len(surname) || !bytes.EqualFold(t[len(t)-len(surname):], surname) {
			return ""
		}
		name := cleanName(spans[j].Text(src), true)
		sp := bytes.LastIndexByte([]byte(name), ' ')
		if sp < 0 || !bytes.EqualFold([]byte(name[sp+1:]), surname) {
			return ""
		}
		return name
	}
	// The search is bounded so that a long text with many unresolved
	// surnames stays linear: a full name is looked for up to
	// fullNameBefore bytes back and fullNameAfter bytes ahead.
	// Most spans are not people: they are passed over before check, which
	// costs a call.
	// So are people named by one word no longer than the surname: in a
	// transcript, each "OKAFOR:" line.
	// A name in capitals, a transcript's label ("MARGARET OYELARAN"),
	// gives way to the same name written in mixed case anywhere in reach.
	// A relative who shares the surname, "Her father was Alexander
	// Cattanach", gives way to one named before: in an obituary, the
	// subject ("Cattanach said", not "Mr Cattanach").
	at, short := spans[k].Start, int32(len(surname))+1
	caps, kin := "", ""
	untitled := titleGender(spans[k].Text(src)) == 0
	for j := k - 1; j >= 0 && at-spans[j].Start <= fullNameBefore; j-- {
		if spans[j].Kind != Person || spans[j].End-spans[j].Start <= short {
			continue
		}
		if n := check(j); n != "" {
			if kin == "" && untitled && kinBefore(src, spans[j].Start) {
				kin = n
				continue
			}
			if !allCaps(n) {
				return n
			}
			if caps == "" {
				caps = n
			}
		}
	}
	for j := k + 1; j < len(spans) && spans[j].Start-at <= fullNameAfter; j++ {
		if spans[j].Kind != Person || spans[j].End-spans[j].Start <= short {
			continue
		}
		if n := check(j); n != "" && (!allCaps(n) || caps == "") {
			if allCaps(n) {
				caps = n
				continue
			}
			return n
		}
	}
	if kin != "" {
		return kin
	}
	return caps
}

// kinBefore reports whether the words just before byte offset at, in its
// sentence, name a relative: "Her father was", "the daughter of a jute
// mill clerk,".
func kinBefore(src []byte, at int32) bool {
	var small [16]byte
	for i, j := int(at), int(at); i > 0 && int(at)-i < 48 && src[i-1] != '.' && src[i-1] != '\n'; i-- {
		if c := src[i-1] | 0x20; c < 'a' || c > 'z' {
			if j > i && wordIn("father mother son daughter husband wife brother sister widow widower parents", lowerSmall(&small, src[i:j])) {
				return true
			}
			j = i - 1
		}
	}
	return false
}

// allCaps reports whether the name s has no lower-case letter: "MARGARET
// OYELARAN", not "Margaret Oyelaran".
func allCaps[T ~string | ~[]byte](s T) bool {
	for i := 0; i < len(s); i++ {
		if 'a' <= s[i] && s[i] <= 'z' {
			return false
		}
	}
	return true
}

// How far, in bytes, fullName looks for the full form of a surname: about
// ten pages of a feature back, a paragraph or two ahead.
const (
	fullNameBefore = 40000
	fullNameAfter  = 2000
)

// policeRanks are British police ranks written as capitals before a name
// ("DI Carl Mbeki", "PC Jo Hart"); only in capitals, as "Di" is a name.
// cleanName also drops "Con" after another title: "Det Con Mark Ellery",
// and "Fan" before a full name: "Fan Paul Kerr" (but "Fan Bingbing").
const policeRanks = "DI DS DC PC DSI DCS PS"

// cleanName returns text with white space normalised, a leading "the",
// titles (when person) and a final possessive removed.
// theTitles are the papers and sites whose own name starts with "The",
// which their name keeps ("The Times", not "Times"), separated by spaces.
const theTitles = "Times Athletic Guardian Lancet Telegraph Economist Independent Observer Spectator Atlantic"

func cleanName(text []byte, person bool) string {
	var wbuf [8][]byte
	var lbuf [64]byte
	words := appendFields(wbuf[:0], text)
	if len(words) > 1 && string(words[0]) == "the" {
		words = words[1:]
	}
	all := words
	stripped := false
	for len(words) > 1 {
		lw := lowerInto(lbuf[:0], words[0])
		f := lexFlags(lw)
		// ("Dean Halloran" is a first name and a surname)
		if string(lw) == "the" && !(len(words) == 2 && wordIn(theTitles, words[1])) || person && (f&(wTitle|wTitleMod) != 0 && (len(words) > 2 || string(words[0]) != "Dean") || len(words) > 2 && f&(wPersonRole|wSpeakerNoun) != 0 || wordIn(policeRanks, words[0]) || stripped && string(words[0]) == "Con" || len(words) == 3 && string(words[0]) == "Fan") {
			words = words[1:]
			stripped = true
			continue
		}
		if person && stripped && string(lw) == "of" && len(words) > 2 {
			words = words[2:] // "Secretary of State Antony Blinken"
			continue
		}
		break
	}
	if person && stripped && len(words) > 1 && wordIn("for of", words[0]) {
		words = all // a post and no name: "Minister for Emergency Management", "Secretary of State for Health"
	}
	if n := len(words); person && n > 2 && wordIn(postNominals, words[n-1]) {
		words = words[:n-1] // "Gareth Penhallow MP"
	}
	if person && stripped {
		// the rest of a title: "Chief Financial Officer Kenji Oshiro"
		for k := min(3, len(words)-2); k > 0; k-- {
			if lexFlags(lowerInto(lbuf[:0], words[k]))&wTitle != 0 {
				words = words[k+1:]
				break
			}
		}
	}
	if len(words) == 0 {
		return ""
	}
	if last := words[len(words)-1]; len(words) > 1 || len(last) > len(lbuf) {
		words[len(words)-1] = trimPoss(last)
	} else if _, own := ownPossName(lowerInto(lbuf[:0], last)); !own {
		words[len(words)-1] = trimPoss(last) // but "Moody's"
	}
	n := len(words) - 1
	for _, w := range words {
		n += len(w)
	}
	b := make([]byte, 0, n)
	for k, w := range words {
		if k > 0 {
			b = append(b, ' ')
		}
		b = append(b, w...)
	}
	return string(b)
}

// appendFields appends to dst the fields of s that bytes.Fields returns,
// so that a caller with a small array on its stack does not allocate.
func appendFields(dst [][]byte, s []byte) [][]byte {
	start := -1
	for i := 0; i < len(s); {
		c, size := s[i], 1
		if ' ' < c && c < utf8.RuneSelf { // most bytes
			if start < 0 {
				start = i
			}
			i++
			continue
		}
		space := c == ' ' || c-'\t' <= '\r'-'\t' // unicode.IsSpace for ASCII
		if c >= utf8.RuneSelf {
			var r rune
			r, size = utf8.DecodeRune(s[i:])
			space = unicode.IsSpace(r)
		}
		if space {
			if start >= 0 {
				dst = append(dst, s[start:i:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
		i += size
	}
	if start >= 0 {
		dst = append(dst, s[start:len(s):len(s)])
	}
	return dst
}

// trimPoss removes a final "'s" or "’s".
func trimPoss(w []byte) []byte {
	// Byte by byte: fullName calls it for every person span it passes.
	switch n := len(w); {
	case n >= 2 && w[n-2] == '\'' && (w[n-1] == 's' || w[n-1] == 'S'):
		return w[:n-2]
	case n >= 4 && w[n-1] == 's' && w[n-4] == 0xE2 && w[n-3] == 0x80 && w[n-2] == 0x99: // ’s
		return w[:n-4]
	}
	return w
}

// acronymRole reports whether text is a role written as an acronym, the
// speaker of "CEO says".
func acronymRole(text []byte) bool {
	if len(text) < 2 || len(text) > 4 {
		return false
	}
	for _, c := range text {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	var lbuf [4]byte
	return lexFlags(lowerInto(lbuf[:0], text))&wPersonRole != 0
}

// pronounOrRole reports whether text is "he"/"she" or a definite
// description of a person's role: "the NATO chief", "the minister".
func pronounOrRole(text []byte) bool {
	// Most speakers are names ("Anna Berg"): a first letter other than
	// h, s and t starts no "he", "she", "the", "his" or "her".
	if len(text) > 0 {
		if c := text[0] | 0x20; 'a' <= c && c <= 'z' && c != 'h' && c != 's' && c != 't' {
			return false
		}
	}
	var wbuf [8][]byte
	var lbuf [64]byte
	words := appendFields(wbuf[:0], text)
	if len(words) == 0 {
		return false
	}
	first := string(lowerInto(lbuf[:0], words[0]))
	if len(words) == 1 {
		return heOrShe(words[0])
	}
	if first != "the" && first != "his" && first != "her" {
		return false
	}
	last := trimPoss(words[len(words)-1])
	return lexFlags(lowerInto(lbuf[:0], last))&wPersonRole != 0 || first == "the" && epithet(last) ||
		first != "the" && len(words) == 2 && wordIn(relationNouns, last) // "her son", "his wife"
}

// demonyms are the nationalities a report calls a person it has named
// ("the Spaniard said"); not those that are also a people ("the Chinese
// have announced").
var demonyms = wordset.Of("Spaniard|Frenchman|Frenchwoman|Dutchman|Dutchwoman|Englishman|Englishwoman|Scotsman|Scotswoman|Scot|" +
	"Welshman|Welshwoman|Irishman|Irishwoman|Briton|German|Italian|Brazilian|Argentine|Argentinian|American|" +
	"Australian|Canadian|Belgian|Croat|Serb|Swede|Dane|Norwegian|Finn|Pole|Russian|Ukrainian|Korean|" +
	"Mexican|Colombian|Uruguayan|Chilean|Nigerian|Ghanaian|Egyptian|Moroccan|Kenyan|Indian|Pakistani|Austrian|" +
	"Greek|Turk|Czech|Hungarian|Romanian|Israeli|Iranian|Texan|Londoner|Yorkshireman|Glaswegian|Kiwi|Aussie")

// epithet reports whether the word t, after "the", describes a person by
// nationality or age, as reports do for someone named before: "the
// Spaniard", "the 36-year-old".
func epithet(t []byte) bool {
	if n := len(t); n > 9 && string(t[n-9:]) == "-year-old" && '0' <= t[0] && t[0] <= '9' {
		return true
	}
	return demonyms.Has(t)
}

// readerParticiple reports whether t says who read a document rather than
// who made it: "figures reviewed by Reuters", "a memo obtained by the Post".
func readerParticiple(t []byte) bool {
	return wordIn("reviewed obtained examined analyzed analysed verified viewed inspected accessed acquired", t)
}

// firstFrom returns the index of the first attribution in attrs, which is
// sorted by start, that starts at or after pos, or len(attrs). (A binary
// search of its own: package sort brings reflect into the WebAssembly build.)
func firstFrom(attrs []attribution, pos int) int {
	lo, hi := 0, len(attrs)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if attrs[m].lo() < pos {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// postOnly reports whether a person's text is a post with "for" or "of"
// after its first word, which may hold no name: "Minister for Health",
// "Secretary of State for Health".
func postOnly(t []byte) bool {
	var wbuf [8][]byte
	words := appendFields(wbuf[:0], t)
	return len(words) >= 2 && wordIn("for of", words[1])
}

// describedSubjectBefore returns the role's word ("judge") when the
// pronoun speaker spans[i] ("She said …") opens a sentence whose sentence
// before, with no speaker of its own, opens with a person described by a
// role: "The judge rejected that argument.", "The prosecutor disagreed."
// The pronoun stands for that person. It returns nil otherwise.
func describedSubjectBefore(src []byte, spans []Span, i int) []byte {
	at := spans[i].Start
	if !heOrShe(spans[i].Text(src)) || !sentenceInitial(src, at) {
		return nil
	}
	e := int(at) - 1
	for e >= 0 && (src[e] == ' ' || src[e] == '\t') {
		e--
	}
	if e < 1 || src[e] != '.' && src[e] != '!' {
		return nil
	}
	q, lo := e-1, max(e-400, -1)
	for ; q > lo; q-- {
		// letters, most bytes, are above '?'
		if c := src[q]; c <= '?' && (c == '\n' || (c == '.' || c == '!' || c == '?') && src[q+1] == ' ') {
			break
		}
	}
	if q == lo && lo >= 0 {
		return nil // a sentence too long to look at
	}
	p := q + 1
	for p < e && src[p] == ' ' {
		p++
	}
	for k := i - 1; k >= 0 && spans[k].End > int32(p); k-- {
		if spans[k].Kind == Speaker && spans[k].Start >= int32(p) {
			return nil // "The judge said …": that speaker stands for the pronoun
		}
	}
	var wbuf [4][]byte
	words := appendFields(wbuf[:0], src[p:min(e, p+60)])
	if len(words) < 3 || string(words[0]) != "The" {
		return nil
	}
	var lbuf [32]byte
	for k := 1; k <= 2 && k < len(words)-1; k++ {
		w := words[k]
		if r, _ := utf8.DecodeRune(w); !unicode.IsLower(r) {
			return nil
		}
		if lexFlags(lowerInto(lbuf[:0], w))&wPersonRole != 0 && w[len(w)-1] != 's' {
			if r, _ := utf8.DecodeRune(words[k+1]); unicode.IsLower(r) {
				return w // a verb follows: "The judge rejected"
			}
			return nil
		}
	}
	return nil
}

// roleHolder returns the person who holds the role head ("judge", "son")
// whom the speaker spans[i] ("she", "her son") stands for: the name of an
// earlier speaker or person given the role as a title ("Judge Rosalind
// Kett KC") or in apposition ("her son, Erik Price"), or of an earlier
// speaker described by it ("the judge said"), or "" when the text names
// no one for it, or, for "he" or "she", no one of the pronoun's sex.
func roleHolder(src []byte, spans []Span, i int, head []byte) string {
	const reach = 4000 // bytes
	female := spans[i].Text(src)[0]|0x20 == 's'
	for j := i - 1; j >= 0 && spans[i].Start-spans[j].End <= reach; j-- {
		sp := spans[j]
		if sp.Kind != Speaker && sp.Kind != Person || !validSpan(src, sp) || sp.End > spans[i].Start {
			continue
		}
		var wbuf [8][]byte
		words := appendFields(wbuf[:0], sp.Text(src))
		// the role as a title in the span or just before it: "Judge
		// Rosalind Kett"
		b := int(sp.Start) - 1
		for b > 0 && src[b-1] != ' ' && src[b-1] != '\n' {
			b--
		}
		titled := false // "son, Erik Price"
		if b >= 0 && src[sp.Start-1] == ' ' {
			w := src[b : sp.Start-1]
			if n := len(w); n > 0 && w[n-1] == ',' {
				w = w[:n-1]
			}
			titled = bytes.EqualFold(w, head)
		}
		for k, w := range words {
			if bytes.EqualFold(trimPoss(w), head) && (k == 0 || k < len(words)-1) || k == 0 && bytes.HasPrefix(sp.Text(src), head) && head[0] < 'a' {
				titled = true
				break
			}
		}
		if !titled {
			continue
		}
		var name string
		switch {
		case sp.Kind == Person:
			name = personName(src, spans, j)
		case pronounOrRole(sp.Text(src)):
			name = SpeakerName(src, spans, j)
		default:
			name = namedSpeaker(src, spans, j)
		}
		if name == "" {
			continue
		}
		if g := nameGender([]byte(name)); g != 0 && (g == 'f') != female && heOrShe(spans[i].Text(src)) {
			return ""
		}
		return name
	}
	return ""
}

// capTitleMod reports whether w is a capitalised word that may open a
// title: "First", "Deputy", "Health".
func capTitleMod(w []byte) bool {
	var small [16]byte
	return len(w) > 0 && w[0] >= 'A' && w[0] <= 'Z' && lexFlags(lowerSmall(&small, w))&wTitleMod != 0
}

// appositiveName returns the person a role speaker names in apposition:
// "the transport minister, Rhodri Vaughan-Osei MP" (a person span that
// ends the speaker span) or "The Liberal Democrat leader, Fergus
// McIlvanney (…)" (a person span right after it and a comma).
func appositiveName(src []byte, spans []Span, i int) string {
	sp := spans[i]
	if heOrShe(sp.Text(src)) {
		return ""
	}
	for k := i + 1; k < len(spans) && spans[k].Start <= sp.End+2; k++ {
		s := spans[k]
		if s.Kind != Person || !validSpan(src, s) {
			continue
		}
		end := s.End
		if end < sp.End && src[end] == ' ' && wordIn(postNominals, src[end+1:sp.End]) {
			end = sp.End // the letters after the name, which the person's span leaves out
		}
		inside := s.Start > sp.Start && end == sp.End && s.Start >= sp.Start+2 && string(src[s.Start-2:s.Start]) == ", "
		after := s.Start == sp.End+2 && string(src[sp.End:s.Start]) == ", "
		if inside || after {
			return personName(src, spans, k)
		}
	}
	return ""
}
