package claim

import (
	"bytes"
	"math/bits"

	"github.com/claimlight/claimlight/amount"
	"github.com/claimlight/claimlight/internal/wordset"
	"github.com/claimlight/claimlight/segment"
	"github.com/claimlight/claimlight/tokenize"
)

// This file finds comparisons, predictions, causal links, hedges and rules:
// phrases from the phrase table in lexicon.go, plus a few patterns that a
// list cannot hold ("higher than", "most significant", "record high").

// lexical marks the phrase spans. Spans of these five kinds never overlap
// one another: a phrase cannot start inside an earlier one.
func (a *annotator) lexical() {
	end := 0     // end of the last lexical span
	pos := a.pos // a.n of them
	tbits := a.tbits[:len(pos)]
	// Only the positions positions marked in a.lexes are looked at: the
	// others start no pattern, no phrase and no Act's name (see lexAt).
	for w, b := range a.lexes {
		for ; b != 0; b &= b - 1 {
			i := w<<6 | bits.TrailingZeros64(b)
			pi := &pos[i]
			fl := flagSets[pi.cls]
			if pi.wid == wdAct && i >= end && !a.isYear(i+1) {
				if p := a.actName(i); p >= 0 {
					a.add(Rule, p, i+1, -1) // "The Renters’ Rights Act"; the Act's year is found with the year
					end = i + 1
				}
			}
			patterned := pi.wid == wdUnder || fl&(wSuperlative|wMultiplier) != 0 || tbits[i]&tbTail != 0
			if !patterned && fl&wPhrase == 0 || i < end || pi.kind != tokenize.Word && pi.kind != tokenize.Abbrev || a.furniture(i) {
				continue
			}
			if patterned {
				if j, k := a.pattern(i); j > i {
					s := i
					if k == Comparison && end < i && (a.ordinal(i-1) && a.same(i-1, i) && !a.taken(i-1) || pi.wid == wdTimes && a.taken(i-1)) {
						s = i - 1 // "fourth consecutive quarter"; "three times the rate", from the figure's start
						for pi.wid == wdTimes && a.taken(s-1) {
							s-- // "two and a half times the rate"
						}
					} else if k == Causal && end < i {
						s = i - 1 // "we'd have won"
					} else if k == Rule && a.word(i, wdHave) {
						s = a.negatedFrom(i, end, Rule) // "do not have to pay"
					}
					a.add(k, s, j, -1)
					end = j
					continue
				}
			}
			if fl&wPhrase == 0 {
				continue
			}
			// Capitalized inside a sentence, "May", "Will" and "Hope" are
			// names; a contracted will is none, and it opens a turn after a
			// label ("DOYLE: We'll recruit 15,000 more nurses.").
			if a.shapeOf(i)&shUpper != 0 && a.shapeOf(i)&shSentStart == 0 && a.kind(i-1) != tokenize.OpenQuote && !contractedWill(a.text(i)) {
				continue
			}
			// The phrases the word starts, by its id when it has one: the
			// id of a word of printable ASCII is that of its lower case, and
			// every first word of a phrase has one (see phrasesByID).
			id := pi.wid
			if id == 0 {
				id = lexEntry(a.hashAt(i)).id
			}
			ps := phrasesByID[id]
			// The id of the word after, 0 for none: a phrase of two words or
			// more is tried only when its second word is that one.
			next := wordID(0)
			if i+1 < a.n {
				next = a.pos[i+1].wid
			}
			if id == wdThe && next == wdRisk && a.word(i+2, wdOf) && i-1 >= end && a.same(i-1, i+2) && a.riskVerb(i-1) {
				// "raises the risk of stroke", "did not lower the risk of"
				a.add(Causal, a.negatedFrom(i-1, end, Causal), i+3, -1)
				end = i + 3
				continue
			}
			if id == wdMore && a.kind(i+1) == tokenize.Word && a.same(i, i+2) && (a.textIs(i+2, "than") || a.textIs(i+1, "common")) {
				// "kills more Americans than any other cancer", "is more
				// common in people who have never smoked"
				j := i + 2
				if a.textIs(i+2, "than") {
					j++
				}
				a.add(Comparison, a.negatedFrom(i, end, Comparison), j, -1)
				end = j
				continue
			}
			if id == wdMust || id == wdShould && a.guided(i-1) {
				if j := a.duty(i, i-1); j > i {
					a.add(Rule, i, j, -1) // "Airlines must still provide meals"
					end = j
					continue
				}
			}
			if id == wdLinked && next != wdTo {
				if j := a.linkedTo(i); j > i {
					a.add(Causal, a.negatedFrom(i, end, Causal), j, -1)
					end = j
				}
				continue
			}
			if phraseSeconds[id]&(1<<(next%64)) == 0 {
				continue
			}
			for k := nextPhrase(ps, 0, next); k < len(ps); k = nextPhrase(ps, k+1, next) {
				p := &ps[k]
				j, ok := a.matchPhrase(i, p)
				if !ok {
					continue
				}
				if p.kind == Comparison && a.textIs(j-1, "most") && a.adjective(j) {
					continue // "have the most crowded prisons": "most crowded" is the comparison
				}
				s := i
				if p.cond == condCopula {
					for s > 0 && i-s < 2 && a.sameIs(i, s-1, wCopula) {
						s--
					}
				}
				if s == i && p.cond == condCopula && a.textIs(i, "banned") {
					k := i - 1
					if a.textIn(k, "currently now still") {
						k--
					}
					if a.textIn(k, "athletes players riders drivers people") {
						end = j // "the most athletes currently banned": people banned, no rule
						break
					}
				}
				if p.kind == Causal || p.kind == Comparison {
					s = a.negatedFrom(s, end, p.kind)
				}
				if p.kind == Causal && a.textIs(i, "caused") && a.wordBack(i, 5, wdIf, wdUnless) >= 0 {
					end = j // "if the cancellation is caused by": a rule's condition, no cause claimed
					break
				}
				if p.kind == Causal && (a.textIs(i+1, "result") && !a.sameIs(i, i-1, wCopula) && !a.sameIs(i, i-2, wCopula) ||
					j == i+1 && (a.textIs(i, "triggered") && a.sameIs(i, i-1, wCopula) || a.textIs(i, "caused") && a.lowerIn(i-1, "what") && a.textIn(i-2, "say know tell establish determine clear unclear"))) {
					// "announce the result of its ballot": a vote's outcome;
					// "the system was triggered": set off; "too early to say
					// what caused it": a cause not given. No cause claimed
					// ("was the result of", "was triggered by" are causes).
					end = j
					break
				}
				if p.kind == Causal && s < i && a.word(s, wdNot) && a.textIs(i, "because") {
					end = j // "not because there are more of them": a cause denied, no causal claim
					break
				}
				kind := p.kind
				if kind == Prediction && a.textIs(j-2, "going") && a.same(i, j) && (a.lowerIn(j, "someone somebody the a an his her their my our your") || a.shapeOf(j)&shUpper != 0) {
					end = j // "the painting is going to someone who loves it": a move, no forecast
					break
				}
				if kind == Prediction && a.word(i, wdWill) && a.textIn(j, "sold marketed") {
					k := j + 1
					for k < j+8 && a.same(i, k) && !a.textIs(k, "brand") {
						k++
					}
					if a.textIs(k+1, "name") && a.same(i, k+1) {
						end = j // "will be sold by Halden under the brand name Torvenza": the approval's terms, no forecast
						break
					}
				}
				// (a hedge of 8 or 9 bytes: the others are passed over without
				// lowering their text)
				if kind == Hedge && len(a.text(i))&^1 == 8 && a.lowerIn(i, "estimate estimated") && (a.lowerIn(i-1, "an pre-sale presale") || a.textIs(i+1, "at") && a.kind(i+2) == tokenize.Currency && a.textIn(i+4, "- – to")) {
					end = j // "offered with an estimate in excess of $90m", "estimated at $40m-$60m": an auction's published figure, no doubt
					break
				}
				if kind == Prediction && a.word(i, wdWill) && ruleNouns.Has(a.text(i-1)) {
					// "The ban will take effect on 1 January", "The directive
					// will apply from 2028": when a rule starts is set by its
					// text, a rule and no forecast
					// ("regulation", a rule of its own, stays one)
					switch {
					case a.textIs(i+1, "apply"):
						kind, s = Rule, max(i-1, end)
					case a.textIs(i+2, "effect"):
						kind, s, j = Rule, max(i-1, end), i+3
					case a.textIs(i+2, "into") && a.textIn(i+3, "force effect"):
						kind, s, j = Rule, max(i-1, end), i+4
					}
				}
				if kind == Hedge && a.word(i, wdMay) {
					// a cap a rule sets, "Clubs may lose no more than £105m",
					// "may not spend more than £105m": permission, no doubt
					k := i + 2
					if a.word(i+1, wdNot) || a.word(k, wdNo) {
						k++
					}
					if k > i+2 && !a.word(k-1, wdBe) && a.word(k, wdMore) && a.word(k+1, wdThan) {
						kind = Rule
					}
				}
				if kind == Hedge && len(a.text(i-1)) == 7 && a.sameTextIn(i, i-1, "forward Forward") {
					// "over the forward estimates": a budget's year and the
					// three after it, a period and no hedge
					kind, s = Date, i-1
					for s > end && a.same(s-1, i) && a.textIn(s-1, "the over across within in") && s > i-3 {
						s--
					}
				}
				if kind != noSpan {
					a.add(kind, s, j, -1)
				}
				end = j
				break
			}
		}
	}
}

// duty returns the end of the verb after "must" or the "to" of "have
// to" at i when the subject before, at p, is a kind of business or body
// that rules bind ("Airlines must still provide meals", "Employers do
// not have to pay"): a rule a checker can look up. Otherwise it returns
// i; "We must act", "The government must act" and "Parents must be
// vigilant" are calls, not rules.
func (a *annotator) duty(i, p int) int {
	if !a.same(p, i) || !a.lowerIn(p, "airlines employers landlords companies firms operators retailers lenders insurers councils providers carriers sellers businesses") && !a.guided(p) && !(a.textIs(p, "They") && a.textIs(i+1, "also") && a.ruleBefore(p)) {
		return i
	}
	j := i + 1
	if a.textIn(j, "still also now only") {
		j++
	}
	if !a.isLowerWord(j) || a.is(j, wStop) || !a.same(i, j) {
		return i
	}
	return j + 1
}

// guided reports whether guidance or rules say, a few words before p,
// what the clause at p must or should do: "Government guidance says
// unvaccinated children should stay away".
func (a *annotator) guided(p int) bool {
	k := a.wordBack(p, 12, wdSays, wdSay)
	return k > 0 && a.textIn(k-1, "guidance rules regulations")
}

// ruleBefore reports whether the sentence before position p, which
// starts one, holds a Rule span: "They must also" goes on with the duty
// it states ("landlords must investigate … They must also …").
func (a *annotator) ruleBefore(p int) bool {
	sp := a.sentOf(p)
	if sp <= 0 {
		return false
	}
	for k, start := len(a.spans)-1, a.sents[sp-1].Start; k >= 0 && a.spans[k].End > start; k-- {
		if a.spans[k].Kind == Rule {
			return true
		}
	}
	return false
}

// wordBack returns the position of the word w or v at most n words
// before position i in its clause, with no comma between, or -1: "if"
// in "pay if the cancellation is caused by".
func (a *annotator) wordBack(i, n int, w, v wordID) int {
	for p := i - 1; p >= i-n && a.same(p, i) && !a.isPunct(p, ','); p-- {
		if a.wordAmong(p, w, v) {
			return p
		}
	}
	return -1
}

// riskVerb reports whether the word at i raises or lowers a risk, before
// "the risk of": "raises", "increased", "cuts", "lower", "halves".
func (a *annotator) riskVerb(i int) bool {
	return a.isLowerWord(i) && a.textIn(i, "raise raises raised raising increase increases increased increasing cut cuts cutting lower lowers lowered lowering reduce reduces reduced reducing double doubles doubled doubling halve halves halved halving boost boosts boosted")
}

// linkedTo returns the end of "linked X to" when the verb "linked" at i,
// after "has", "have", "had" or "been" or a word for research, ties a
// short plain phrase to what follows "to": "Some research has linked
// late-night eating to poorer sugar control", "A study linked soda to
// gout". Otherwise it returns i ("the bridge linked the island to the
// mainland" has no such subject; "linked to" is in the phrase table).
func (a *annotator) linkedTo(i int) int {
	p := i - 1
	if a.wordAmong(p, wdNot, wdNever) {
		p-- // "have not linked"
	}
	if !a.same(p, i) || !(a.wordAmong(p, wdHas, wdHave, wdHad, wdBeen) ||
		a.textIn(p, "study studies research researchers scientists evidence data analysis trial trials review reviews paper papers")) {
		return i
	}
	for k := i + 2; k <= i+7 && a.same(i, k); k++ {
		if !a.kindIn(k-1, tokenize.Word, tokenize.Number) {
			return i
		}
		if a.word(k, wdTo) {
			return k + 1
		}
	}
	return i
}

// negatedFrom returns where a causal or comparison phrase of kind k that
// starts at s starts once the negation before it is taken in, so that the
// span says what the sentence says: "does not cause", "not linked to",
// "never led to", "no more likely to", and "no evidence that coffee
// causes". It returns s when no negation comes before, and never goes back
// before end, the end of the last phrase. ("I can't because I need": the
// contraction negates a verb of its own.)
func (a *annotator) negatedFrom(s, end int, k Kind) int {
	n := s - 1
	if n < end || !a.same(n, s) {
		return s
	}
	if a.wordAmong(n, wdNot, wdNever) || k == Comparison && a.word(n, wdNo) || notContraction(a.text(n)) && !a.textIn(s, "because Because") {
		if a.wordAmong(n, wdNot, wdNever) && n-1 >= end && a.sameAmong(n, n-1, wdDo, wdDoes, wdDid) {
			return n - 1 // "does not cause"
		}
		return n
	}
	if k != Causal || !(a.wordAmong(s, wdCause, wdCauses) || a.textIn(s, "caused linked leads led contributes contributed results resulted")) {
		return s
	}
	// "no evidence that coffee causes cancer": the finding is that there is
	// no link, a few plain words before it
	for n := s - 2; n >= end && n >= s-8 && a.same(n, s); n-- {
		if !a.kindIn(n+1, tokenize.Word, tokenize.Abbrev, tokenize.Number) {
			return s
		}
		if a.word(n, wdThat) && n >= 2 && n-2 >= end && a.word(n-2, wdNo) && a.textIn(n-1, "evidence proof") && a.same(n-2, n) {
			return n - 2
		}
	}
	return s
}

// notContraction reports whether t is a negated auxiliary written as one
// word: "doesn't", "isn’t", "wasn't".
func notContraction(t []byte) bool {
	return len(t) > 3 && (t[len(t)-1] == 't' || t[len(t)-1] == 'T') &&
		(t[len(t)-2] == '\'' && (t[len(t)-3] == 'n' || t[len(t)-3] == 'N') ||
			len(t) > 5 && string(t[len(t)-4:]) == "’t" && (t[len(t)-5] == 'n' || t[len(t)-5] == 'N'))
}

// nextPhrase returns the index of the first phrase of ps from k on that
// has one word or whose second word is next, or len(ps) if there is none.
// Most phrases a word starts are passed over here, in a loop of its own
// that makes no call.
func nextPhrase(ps []phrase, k int, next wordID) int {
	for ; k < len(ps); k++ {
		if s := ps[k].second; s == 0 || s == next {
			return k
		}
	}
	return len(ps)
}

// maxPhrase is the most words a phrase table entry may have.
const maxPhrase = 6

// matchPhrase reports whether p matches at i and where it ends. The words
// after the first match as word matches them: the tokenizer gives no word
// a control byte, so that is the same as comparing their lower case.
func (a *annotator) matchPhrase(i int, p *phrase) (int, bool) {
	if len(p.ids)+1 > maxPhrase {
		return 0, false
	}
	j := i + 1
	for _, id := range p.ids {
		if !a.word(j, id) || !a.same(i, j) {
			return 0, false
		}
		j++
	}
	switch p.cond {
	case condNumber:
		// "about 40": the number annotator took "about" into the amount
		if !(a.taken(i) && j < a.n && a.taken(j) && a.same(i, j)) {
			return 0, false
		}
	case condNotNumber:
		if a.taken(i) {
			return 0, false // "more than 40": a bound inside an amount
		}
		if a.word(i, wdDue) && a.dueSchedule(j) {
			return 0, false // "is due to be", "trials due to report": a schedule
		}
	case condFrom:
		if !a.taken(j) {
			return 0, false // "rose from his chair"
		}
	case condWasNow:
		// "was £49.99, now £29.99": an old price and the new one
		k := i - 2
		for k > 0 && a.taken(k) {
			k--
		}
		if !a.isPunct(i-1, ',') || k == i-2 || !a.word(k, wdWas) || !a.taken(j) {
			return 0, false
		}
	case condSchedule:
		if !a.dueSchedule(j) {
			return 0, false // "is due to better recording practices": a cause
		}
	case condVerb:
		k := j
		for steps := 0; steps < 2 && a.sameAmong(i, k, wdNot, wdAlso, wdLikely, wdProbably, wdSoon, wdStill, wdOnly, wdNever, wdThen, wdNow, wdEver); steps++ {
			k++
			if steps == 0 && a.isPunct(k, ',') && a.sameAmong(i, k+1, wdEver, wdNever) {
				k++ // "will never, ever privatise"
			}
		}
		if !a.same(i, k) || !a.isLowerWord(k) || a.is(k, wDet|wPrep|wStop) && !baseAsPast(a.text(k)) && !a.wordAmong(k, wdBe, wdHave, wdMake, wdTake, wdGet, wdGo, wdCome, wdRemain, wdInclude, wdDo, wdLast) {
			return 0, false
		}
		if a.word(i, wdShould) && !a.shouldForecast(k) {
			return 0, false // "Ministers should resign": a duty, not a forecast
		}
		if a.word(i, wdWill) && a.sameIs(i, i-1, wDet) {
			return 0, false // "the will to fight"
		}
		if a.word(i, wdWill) && !a.same(i-1, i) && a.text(i)[0] == 'W' {
			return 0, false // "Will house prices fall?": a question, its subject after it
		}
		if t := a.text(k); len(t) > 2 && t[len(t)-1] == 's' && t[len(t)-2] != 's' && t[len(t)-2] != 'u' && t[len(t)-2] != 'y' {
			return 0, false // a noun, not a verb: "How much will bills go up?" ("will always" is kept)
		}
		if a.word(i, wdWould) && (a.textIs(i-1, "I") || a.word(k, wdBe) && a.opinionAdjective(k+1) || a.wordAmong(k, wdLike, wdLove, wdRather, wdHave)) {
			return 0, false // "I would point out", "would be wise": opinion, not a forecast
		}

		if a.word(i, wdWould) && a.isPunct(i-1, ',') && a.word(i-3, wdIf) && a.textIn(i-2, "confirmed true accurate verified") {
			return 0, false // "the attack, if confirmed, would be the deadliest": what it is, if true, not a forecast
		}
		if a.word(i, wdWould) && !a.word(k, wdBe) && a.childhoodBefore(i) {
			return 0, false // "As a boy he would walk five miles": what he did, not a forecast
		}
		j = k + 1
		if a.word(k, wdCause) && a.causeVerb(k) {
			j = k // "will cause delays": a forecast, and a cause of its own
		}
	}
	if p.kind == Prediction && len(p.ids) == 1 && (p.ids[0] == wdOn || p.ids[0] == wdFrom) && !a.comingDay(j) {
		return 0, false // "expected from the study", "expected on arrival": no day named
	}
	if p.kind == Prediction && j == i+1 && a.textIs(i, "expected") && !a.expectedTo(i) {
		return 0, false // "than expected", "had expected a fall": no forecast made
	}
	if p.kind == Prediction && j == i+2 && a.textIs(i+1, "expected") && !(a.same(i, j) && a.textIn(j, "in between at along over later soon within before after tomorrow tonight this next")) {
		return 0, false // "Much is expected of him", "A fall is expected.": no time or place it comes at
	}
	if p.kind == Comparison && a.fl(j-1)&wSuperlative != 0 && a.payGroup(j-1) {
		return 0, false // "worth 6.2% to the lowest paid": a group of people
	}
	if p.kind == Prediction && j == i+1 && a.textIn(i, "outlook forecast forecasts") && (a.textIs(i, "outlook") || a.is(i-1, wDet) || a.shapeOf(i-1)&shPoss != 0 ||
		a.isLowerWord(i-1) && !a.is(i-1, wStop) && (!a.plural(i-1) || bytes.HasSuffix(a.text(i-1), []byte("us"))) && !a.textIn(i-1, "it which who previously originally initially")) {
		return 0, false // "the outlook for the year", "a forecast published on Monday", "its profit forecast", "the surplus forecast": a noun, not a forecast made
	}
	if p.kind == Prediction && a.textIn(i, "plan plans") {
		if a.pastPlan(i) || a.textIn(i-1, "no No") {
			return 0, false // "In 1919, the government approved a plan to regulate the lake": history, not a forecast; "has no plans to change the guidance": no plan
		}
		// "offer payment plans to anyone struggling", "savings plans to
		// customers": a noun, and "to" its receiver
		if t := a.text(j); a.is(j, wDet) || a.textIn(j, "anyone everyone anybody everybody") || isPlural(t) && t[len(t)-2] != 's' && t[len(t)-2] != 'u' {
			return 0, false
		}
	}
	if p.kind == Rule && j == i+1 && a.word(i, wdRegulation) && a.kind(j) != tokenize.Number {
		k := i - 1
		if !a.is(k, wDet) && a.isLowerWord(k) {
			k-- // "the new regulation", "a clear regulation"
		}
		if !a.is(k, wDet) {
			return 0, false // "because of higher costs and new regulation": regulating in general, no rule ("the new regulation requires" is one)
		}
	}
	if p.kind == Rule && j == i+1 && (a.wordAmong(i, wdBreaches, wdBreached) || a.textIs(i, "breaching")) && a.physicalBreach(j) {
		return 0, false // "the Minho breaches its banks": water, not a rule
	}
	if p.kind == Rule && a.wordAmong(j-1, wdArticle, wdSection) && a.sameKind(i, j, tokenize.Number) && !a.taken(j) {
		j++ // "under Article 8": the article's number is part of the rule
		if e := a.lawOf(j); e > 0 {
			j = e // and the law it is part of: "under section 288 of the Town and Country Planning Act 1990"
		}
	}
	if p.kind == Causal && j == i+2 && a.word(i+1, wdThat) && a.textIs(i, "so") && a.wishBefore(i) {
		return 0, false // "I want prices to rise more slowly, so that housing becomes affordable": an aim, not a cause
	}
	if p.kind == Causal && j == i+2 && a.textIn(i, "result results") && a.same(i-1, i) && (a.is(i-1, wDet) && !a.textIs(i-1, "that") || bytes.HasSuffix(a.text(i-1), []byte("est")) || a.textIn(i-1, "worst good bad poor strong great election receiving received")) {
		return 0, false // "their best result in Hartmoor", "receiving results in T-levels": a noun, not a cause ("could result in" is the verb)
	}
	if p.kind == Causal && a.textIs(i+1, "cause") {
		for k := j; k < j+8 && a.same(i, k); k++ {
			if a.textIn(k, "investigation unknown unclear investigated") {
				return 0, false // "The cause of the fire remains under investigation": no cause is given
			}
		}
	}
	if p.kind == Causal && j == i+1 && a.wordAmong(i, wdCause, wdCauses) && !a.causeVerb(i) {
		return 0, false // "deaths from other causes", "the cause": nouns
	}
	if a.wordPair(i, wdThe, wdFirst) && j == i+2 {
		if a.is(j, wTimeUnit) || a.word(j, wdHalf) || halfTime(a.text(j)) || a.isLowerWord(j) && a.plural(j) && !a.word(j, wdOnes) || a.taken(j) || a.wordAmong(j, wdRound, wdLeg, wdOf, wdTwo, wdThree, wdStep, wdPhase, wdStage) || a.textIn(j, "part tranche batch set innings count") ||
			a.lowerIn(j, "officer minister lady mate secretary") || a.word(j, wdIn) && a.textIn(j+2, "family generation") {
			return 0, false // "the first round", "the first phase", "The first set": a sequence's first part; "The first officer, 29, had 2,150 hours.": a rank; "the first in her family to go to university": no comparison
		}
	}
	return j, true
}

// halfTime reports whether t is half a unit of time written as one word,
// "half-hour", "half-century": "in the first half-hour" is a time, not a
// first ("the first half-marathon in the city" is one).
func halfTime(t []byte) bool {
	return len(t) >= 5 && string(t[:5]) == "half-" && durationUnits.Has(t[5:])
}

// contractedWill reports whether t ends in a contracted will, "'ll" or
// "’ll": "We'll", "They’ll".
func contractedWill(t []byte) bool {
	return bytes.HasSuffix(t, []byte("'ll")) || bytes.HasSuffix(t, []byte("’ll"))
}

// baseAsPast reports whether t is one of the verbs of the stop words whose
// base form is also their past: "will hit", "will put", "will cut".
func baseAsPast(t []byte) bool {
	return len(t) >= 3 && len(t) <= 5 && wordIn("hit put hurt quit shut read cut set let", t)
}

// wishBefore reports whether a word of wanting comes before position i in
// its sentence, within 20 words: "want", "wish", "hope", "aim", or the
// "order" of "in order". A "so that" after one gives the aim of what is
// wanted ("What I want is for prices to rise more slowly than wages, so
// that housing becomes affordable"), which is no cause and no claim.
func (a *annotator) wishBefore(i int) bool {
	for n := i - 1; n >= 0 && n >= i-20 && a.same(n, i); n-- {
		if a.kind(n) == tokenize.Word && a.lowerIn(n, "want wants wanted wish wishes wished hope hopes hoped aim aims order") {
			return true
		}
	}
	return false
}

// shouldForecast reports whether "should" before the verb at k forecasts:
// the verb names a change that comes about ("ease", "improve", "reopen")
// and a coming time follows within a few words, as in "Conditions should
// ease from Saturday afternoon". "Ministers should resign on Monday" is a
// duty, and "should have" looks back.
func (a *annotator) shouldForecast(k int) bool {
	if !a.textIn(k, "ease improve clear arrive reach rise fall peak begin start return resume reopen drop increase decrease continue end pass subside recover finish open weaken strengthen fade settle spread") {
		return false
	}
	for n := k + 1; n <= k+8 && a.same(k, n); n++ {
		if a.fl(n)&wWeekday != 0 || a.wordAmong(n, wdLater, wdNext) || a.textIn(n, "tomorrow tonight overnight weekend") {
			return true
		}
	}
	return false
}

// expectedTo reports whether "expected" at i, in no longer phrase, tells
// a forecast made: its object of a few words, then "to" and a verb, "He
// said he expected the index to end the year above 8,500". After "had" it
// is the forecast an outcome missed, "Analysts had expected the index to
// rise"; after "than", "as", "never" or a copula, no forecast.
func (a *annotator) expectedTo(i int) bool {
	if a.textIn(i-1, "had than as never be been being is was are were") {
		return false
	}
	for k := i + 2; k <= i+5 && a.same(i, k) && a.kind(k) == tokenize.Word; k++ {
		if a.word(k, wdTo) {
			return a.same(k, k+1) && a.isLowerWord(k+1) && !a.is(k+1, wDet)
		}
	}
	return false
}

// comingDay reports whether position j, after "expected on" or "expected
// from", names a day: a weekday, a month ("from March") or a date ("on 3
// March").
func (a *annotator) comingDay(j int) bool {
	if !a.same(j-1, j) {
		return false
	}
	if a.fl(j)&(wWeekday|wMonth) != 0 || a.textIn(j, "tomorrow tonight") {
		return true
	}
	return a.sameKind(j+1, j, tokenize.Number) && a.fl(j+1)&wMonth != 0
}

// childhoodBefore reports whether "As a boy", "as a child" or the like,
// then a comma or not and a one-word subject, come just before "would" at
// position i: then it tells what someone used to do, "As a girl she would
// swim in the lake every morning", not what will happen. "As a teenager
// he said he would never vote" is still a forecast, and so (by its caller)
// is "As a child he would be eligible".
func (a *annotator) childhoodBefore(i int) bool {
	p := i - 4 // "As a boy he would"
	if a.isPunct(i-2, ',') {
		p = i - 5 // "As a boy, Varga would"
	}
	return p >= 0 && a.sameWord(i, p, wdAs) && a.wordAmong(p+1, wdA, wdAn) &&
		a.textIn(p+2, "boy girl child kid teenager youngster schoolboy schoolgirl")
}

// pastPlan reports whether the noun "plan" or "plans" at i is the object
// of a verb in the past tense after a year in the same sentence: "In 1919,
// the government approved a plan to", "in 2012 it unveiled plans to". It
// tells what was decided then, not what will happen.
func (a *annotator) pastPlan(i int) bool {
	v := i - 1
	if a.wordAmong(v, wdA, wdThe, wdIts, wdTheir) {
		v--
	}
	if t := a.text(v); !a.isLowerWord(v) || len(t) < 4 || t[len(t)-2] != 'e' || t[len(t)-1] != 'd' {
		return false
	}
	for k := v - 1; k >= 0 && k >= i-30 && a.same(k, i); k-- {
		if a.isYear(k) {
			return true
		}
	}
	return false
}

// physicalBreach reports whether the words from k, after "breaches" or
// "breached", are a bank, a wall or a defence that water or a crowd breaks
// through, perhaps after a determiner and one more word: "its banks",
// "the flood defences", "a sea wall". "breached the rules", "the law", "the
// ceasefire" and "the agreement" stay rules.
func (a *annotator) physicalBreach(k int) bool {
	for n := 0; n < 3 && a.sameLower(k-1, k); n, k = n+1, k+1 {
		if a.textIn(k, "bank banks wall walls defence defences defense defenses barrier barriers levee levees dam dams dyke dykes dike dikes embankment embankments perimeter fence fences hull") {
			return true
		}
	}
	return false
}

// causeVerb reports whether "cause" or "causes" at i is the verb, with an
// object after it: "Smoking causes cancer", "which can cause plaques to
// rupture", "could also cause delays". "cause" is the verb after a modal
// or "to" ("likely to cause"), a negated auxiliary ("doesn't cause") or a
// plural subject ("Gas stoves cause asthma"); "causes" is not after a determiner or a
// preposition. "deaths from non-cardiac causes (HR 1.04)", "the causes of
// the fire" and "natural causes." are nouns.
func (a *annotator) causeVerb(i int) bool {
	k := i + 1
	if !a.same(i, k) || !a.kindIn(k, tokenize.Word, tokenize.Number) || a.is(k, wPrep|wCopula) ||
		a.wordAmong(k, wdOf, wdAnd, wdOr, wdSuch) {
		return false // no object
	}
	p := i - 1
	if a.textIn(p, "rarely often seldom sometimes usually") {
		if p--; a.wordAmong(p, wdBut, wdAnd) {
			return true // strikes "are common but rarely cause serious damage"
		}
	}
	if a.wordAmong(p, wdAlso, wdNot) || a.kind(p) == tokenize.OpenQuote {
		p-- // "can also cause", "did not cause", gas stoves "cause ..."
	}
	if !a.same(p, i) {
		return false
	}
	if a.word(i, wdCauses) {
		// "died of natural causes", "deaths from all causes", "from
		// cardiovascular causes fell": a noun after a kind of cause
		noun := a.textIn(p, "all other natural unknown underlying various multiple several many possible external cardiovascular") ||
			a.textIn(p-1, "of from to") && a.adjective(p)
		return !noun && !a.is(p, wDet|wPrep) && a.kind(p) != tokenize.Number
	}
	// "this", "has" and "its" end in "s" but are stop words
	return a.kind(p) == tokenize.Word && a.plural(p) && !a.is(p, wStop|wDet|wPrep) || a.wordAmong(p, wdCan, wdCould, wdMay, wdMight, wdWill, wdWould) ||
		a.wordAmong(p, wdShould, wdMust, wdTo, wdDo, wdDoes, wdDid) || notContraction(a.text(p))
}

// actName returns the position of "the" that opens the name of a law,
// "the Renters’ Rights Act", whose "Act" is at i, or -1.
func (a *annotator) actName(i int) int {
	p := i
	for a.same(p-1, i) && (a.shapeOf(p-1)&shUpper != 0 && a.isWord(p-1) && !a.word(p-1, wdThe) || a.textIn(p-1, "' ’") && a.shapeOf(p-2)&shUpper != 0) {
		p-- // "Renters’" is two tokens
	}
	if p == i || a.shapeOf(i)&shUpper == 0 || !a.word(p-1, wdThe) {
		return -1
	}
	return p - 1
}

// pattern tries the comparison patterns at i: superlatives, "-er than",
// "more X than", "most X", "record high", "fivefold increase".
func (a *annotator) pattern(i int) (int, Kind) {
	if a.word(i, wdUnder) {
		// "under the contract rules", "under EU law", "under the new regulations"
		for k := i + 1; k < i+5 && a.same(i, k); k++ {
			if a.wordAmong(k, wdLaw, wdLaws, wdRules, wdRegulations, wdLegislation,
				wdAct, wdTreaty, wdConstitution, wdStatute, wdCode) {
				if a.isYear(k+1) && a.lawYear(k+1) {
					k++ // "under the Trade Union Act 2016"
				}
				return k + 1, Rule
			}
			if a.kind(k) != tokenize.Word || a.is(k, wStop) && !a.wordAmong(k, wdThe, wdNew, wdCurrent) || a.word(k, wdUnder) {
				break
			}
		}
	}
	if a.word(i, wdHave) {
		if a.counterfactual(i) {
			return i + 2, Causal // "If Reform hadn't split the vote, we'd have won"
		}
		if a.word(i+1, wdTo) {
			if j := a.duty(i+1, a.negatedFrom(i, 0, Rule)-1); j > i+1 {
				return j, Rule
			}
		}
		return i, 0
	}
	if a.fl(i)&(wSuperlative|wMultiplier) == 0 && a.tbits[i]&tbTail == 0 {
		return i, 0 // none of the patterns: "-er than", "record", "most", "least", "less"
	}
	t := a.text(i)
	if a.fl(i)&wMultiplier != 0 && a.same(i, i+1) && a.growthNoun(i+1) {
		return i + 2, Comparison // "fivefold increase"
	}
	if a.wordAmong(i, wdTwice, wdTimes) && a.word(i+1, wdAs) && a.same(i, i+2) &&
		(a.wordAmong(i+2, wdMany, wdMuch) || a.adjective(i+2) || a.wordAmong(i+2, wdLikely, wdBig) ||
			a.wordAmong(i+2, wdHigh, wdLarge, wdFast, wdLong, wdOften)) {
		return i + 3, Comparison // "twice as many", "three times as likely"
	}
	for k := i + 2; k < i+5 && a.wordAmong(i, wdTwice, wdTimes) && a.word(i+1, wdThe) && a.same(i, k) && a.kind(k) == tokenize.Word; k++ {
		if a.textIn(k, "average rate level norm limit size amount number price cost figure") {
			if a.textIn(k+1, "rate level") && a.same(i, k+1) {
				k++
			}
			return k + 1, Comparison // "twice the national average", "three times the legal limit"
		}
	}
	if a.taken(i) || !a.isLowerWord(i) && !(a.shapeOf(i)&shSentStart != 0 && a.shapeOf(i)&shUpper != 0) && !a.titleSuperlative(i) {
		return i, 0
	}
	switch {
	case len(t)|3 == 11 && wordIn("consecutive straight", t) && a.ordinal(i-1) && a.sameIs(i-1, i+1, wTimeUnit):
		// (len(t)|3 == 11: 8 to 11 bytes, as the two words have)
		return i + 2, Comparison // a run: "fourth consecutive quarter", "third straight month"
	case a.fl(i)&wSuperlative == 0 && a.tbits[i]&tbOdd != 0 && superlativeCompound(t):
		return i + 1, Comparison // "the fastest-growing company"
	case a.fl(i)&wSuperlative != 0:
		if a.payGroup(i) || a.word(i, wdBest) && a.sameWord(i, i+1, wdBefore) {
			return i, 0 // "the worst off": a group of people; a label's "Best before: 12/2026"
		}
		j := i + 1
		if a.sameWord(i, j, wdEver) {
			j++
		}
		return j, Comparison
	case a.kind(i) == tokenize.Number:
		return i, 0
	case a.sameAmong(i+1, i, wdMost, wdLeast) && a.adjective(i+1):
		if a.word(i, wdMost) && !a.word(i-1, wdThe) && !a.textIn(i-1, "our its his her their my your and , Our Its His Her Their My Your") && a.isLowerWord(i+2) && a.plural(i+2) && !a.is(i+2, wStop|wCopula) && a.same(i, i+2) {
			return i, 0 // "most insured patients": the greater part of them, no superlative ("our most advanced computers" is one)
		}
		return i + 2, Comparison
	case a.sameAmong(i+2, i, wdMore, wdLess) && a.adjective(i+1) && a.word(i+2, wdThan):
		return i + 3, Comparison
	case a.word(i, wdRecord):
		if a.kind(i+1) == tokenize.Number && a.same(i-1, i) && (a.nameToken(i-1) || a.plural(i-1) && !a.is(i-1, wStop|wDet|wPrep)) {
			return i, 0 // a verb after its subject: "Logs record 58 falls", "… seen by the Herald record 58 falls"
		}
		if a.same(i, i+1) && (a.taken(i+1) || a.wordAmong(i+1, wdHigh, wdLow, wdHighs, wdLows) ||
			a.wordAmong(i+1, wdLevel, wdLevels, wdNumber, wdNumbers, wdYear) ||
			a.wordAmong(i+1, wdAmount, wdTemperatures, wdProfits, wdProfit) ||
			a.wordAmong(i+1, wdSales, wdTurnout, wdLosses, wdHeat)) {
			if a.taken(i + 1) {
				return i + 1, Comparison
			}
			return i + 2, Comparison
		}
		if a.word(i-1, wdA) && a.isPunct(i-2, ',') && a.taken(i-3) && a.same(i-3, i) {
			return i + 1, Comparison // a figure set off as one: "to $412,300, a record for October"
		}
	case len(t) >= 5 && t[len(t)-2] == 'e' && t[len(t)-1] == 'r' && a.sameWord(i, i+1, wdThan) &&
		!a.wordAmong(i, wdRather, wdOther, wdWhether, wdSooner) && !a.taken(i+2) && !a.goNoFurther(i):
		return i + 2, Comparison
	}
	return i, 0
}

// counterfactual reports whether "have" at position i is in a claim of
// what an unmet condition would have caused to a contest: "would have
// won" or "we'd have lost" after an "if" earlier in the sentence ("If
// Reform hadn't split the vote, we'd have won this comfortably"), which
// says the condition decided it.
func (a *annotator) counterfactual(i int) bool {
	t := a.text(i - 1)
	n := len(t)
	would := a.word(i-1, wdWould) || n > 2 && t[n-1] == 'd' && (t[n-2] == '\'' || n > 4 && string(t[n-4:n-1]) == "’")
	if !would || !a.same(i-1, i+1) || !(a.word(i+1, wdWon) || a.textIs(i+1, "lost")) {
		return false
	}
	for p := i - 2; p >= 0 && p > i-25 && a.same(p, i); p-- {
		if a.word(p, wdIf) {
			return true
		}
	}
	return false
}

// ordinal reports whether position i is an ordinal from "second" to
// "twelfth", in words or digits ("4th").
func (a *annotator) ordinal(i int) bool {
	if i < 0 || i >= a.n {
		return false
	}
	t := a.text(i)
	n := len(t)
	// all of them end in "st", "nd", "rd" or "th", which few words do
	if n < 3 || !(t[n-1] == 'h' && t[n-2] == 't' || t[n-1] == 'd' && (t[n-2] == 'n' || t[n-2] == 'r') || t[n-1] == 't' && t[n-2] == 's') {
		return false
	}
	if a.kind(i) == tokenize.Number || t[0] >= '0' && t[0] <= '9' {
		return true // "4th", "2nd"
	}
	var small [16]byte
	return a.kind(i) == tokenize.Word && wordIn(amount.Ordinals, lowerSmall(&small, t))
}

// goNoFurther reports whether "further than" at i ends its sentence with
// "that" or "this": "I won't go further than that." closes a topic and
// compares nothing ("went further than any president" does).
func (a *annotator) goNoFurther(i int) bool {
	return a.word(i, wdFurther) && (a.word(i+2, wdThat) || a.textIs(i+2, "this")) && a.kind(i+3) == tokenize.Punct && !a.same(i, i+4)
}

// titleSuperlative reports whether position i is a superlative in a
// headline written in title case: "Unemployment Falls To Lowest Level
// Since 1970" (not in a name: "Best Buy").
func (a *annotator) titleSuperlative(i int) bool {
	return a.fl(i)&wSuperlative != 0 && a.shapeOf(i)&(shUpper|shAllCaps) == shUpper && a.roleOf(i) == segment.Heading && !a.inEnt(i)
}

// opinionAdjective reports whether position j is an adjective of advice
// or taste: "would be wise".
func (a *annotator) opinionAdjective(j int) bool {
	return a.wordAmong(j, wdWise, wdBetter, wdBest, wdGood, wdRight, wdWrong,
		wdHappy, wdGlad, wdNice, wdPrudent, wdFoolish, wdHelpful,
		wdUseful, wdUnfair, wdFair, wdNaive, wdMistake, wdA)
}

// dueSchedule reports whether the word at j, after "due to", says what is
// scheduled ("is due to meet unions", "is due to expand the fleet")
// rather than a cause ("is due to better recording practices", "due to
// rising costs", "due to a staff shortage").
func (a *annotator) dueSchedule(j int) bool {
	if a.scheduleVerb(j) {
		return true
	}
	if !a.isLowerWord(j) || a.is(j, wDet|wPrep|wStop) || !a.same(j-1, j) {
		return false
	}
	if t := a.text(j); len(t) > 3 && (string(t[len(t)-3:]) == "ing" || string(t[len(t)-2:]) == "ed" || t[len(t)-1] == 's') {
		return false
	}
	// the verb's particle or the way it goes says it too: "due to lift
	// off at 14:32", "due to fly to Brussels", "due to fly home"
	k := j + 1
	return a.same(j, k) && (a.lowerIs(k, wDet|wPrep) || a.kind(k) == tokenize.Number || wordIn("to off out up home back", a.text(k)))
}

// scheduleVerb reports whether position j is a verb that follows "due to"
// in a schedule: "due to report", "due to meet".
func (a *annotator) scheduleVerb(j int) bool {
	return a.wordAmong(j, wdBe, wdReport, wdBegin, wdStart, wdEnd, wdMeet,
		wdTake, wdArrive, wdVisit, wdReturn, wdVote, wdOpen,
		wdClose, wdExpire, wdFinish, wdPublish, wdLaunch, wdHold,
		wdSign, wdSpeak, wdAppear, wdGive, wdMake, wdAnnounce,
		wdTestify, wdResume, wdConclude, wdFace, wdStand, wdRetire,
		wdLeave, wdComplete, wdDeliver, wdDecide, wdRule, wdGo)
}

// growthNoun reports whether position j names a change: "increase", "rise".
func (a *annotator) growthNoun(j int) bool {
	return a.wordAmong(j, wdIncrease, wdRise, wdJump, wdGrowth, wdDrop,
		wdDecline, wdFall, wdReduction, wdSurge, wdIncreases,
		wdExpansion, wdCut, wdGain)
}

// adjective reports whether position j is a lower-case word that reads as
// an adjective after "most" or "more": by suffix, or a few common ones.
func (a *annotator) adjective(j int) bool {
	if !a.isLowerWord(j) || a.fl(j)&(wStop|wCountNoun|wDet|wPrep) != 0 {
		return false
	}
	t := a.text(j)
	for _, suf := range []string{"ant", "ent", "ive", "ous", "ful", "al", "ic", "able", "ible", "ary", "ory", "less", "ile", "ed", "ing"} {
		if len(t) > len(suf)+2 && string(t[len(t)-len(suf):]) == suf {
			return true
		}
	}
	return commonAdjectives.Has(t)
}

// ruleNouns are the rules whose start "will" tells, "The ban will take
// effect on 1 January" (see lexical), in a table: the word before "will"
// is any word, and a list would be searched at each of its first letter's
// places.
var ruleNouns = wordset.Of("directive|ban|law|rules|regulation|act|Act|Directive|Regulation|legislation|treaty")

// commonAdjectives are the adjectives adjective knows that no suffix shows
// (see unitWords).
var commonAdjectives = wordset.Of("popular|common|severe|serious|secure|sure|safe|complex|mature|urgent|intense|" +
	"acute|extreme|remote|vulnerable|costly|deadly|likely|senior|recent|populous|affordable|" +
	"risky|wealthy|heavy|healthy|busy|happy|easy|difficult|important|expensive|powerful")

// payGroup reports whether the superlative at i names a group of people
// after "the", "the lowest paid", "the worst off", with no noun after it:
// "worth 6.2% to the lowest paid", not "the lowest paid staff"; and
// whether it ranks one from the end, "the lowest grade but one", or names
// a storey, "get to the highest floor", so that none is marked a
// superlative.
func (a *annotator) payGroup(i int) bool {
	if !a.word(i-1, wdThe) || !a.lowerIn(i, "lowest highest worst best") || !a.textIn(i+1, "paid off") || !a.same(i, i+1) {
		return a.textIs(i+2, "but") && a.word(i+3, wdOne) || a.textIn(i+1, "floor floors storey") // "get to the highest floor": a height
	}
	k := i + 2
	return !a.same(i, k) || a.kind(k) != tokenize.Word || a.is(k, wStop|wPrep|wCopula|wDet|wSuperlative) || a.textIn(k, "once when if who as")
}
