package claim

import (
	"github.com/claimlight/claimlight/segment"
	"github.com/claimlight/claimlight/tokenize"
)

// This file finds comparisons, predictions, causal links, hedges and rules:
// phrases from the phrase table in lexicon.go, plus a few patterns that a
// list cannot hold ("higher than", "most significant", "record high").

// lexical marks the phrase spans. Spans of these five kinds never overlap
// one another: a phrase cannot start inside an earlier one.
func (a *annotator) lexical() {
	end := 0 // end of the last lexical span
	for i := 0; i < a.n; i++ {
		if i < end {
			continue
		}
		if a.kind(i) != tokenize.Word && a.kind(i) != tokenize.Abbrev || a.roleOf(i) == segment.Furniture {
			continue
		}
		if j, k := a.pattern(i); j > i {
			a.add(k, i, j, -1)
			end = j
			continue
		}
		if a.fl(i)&wPhrase == 0 {
			continue
		}
		// Capitalized inside a sentence, "May", "Will" and "Hope" are names.
		if a.sh[i]&shUpper != 0 && a.sh[i]&shSentStart == 0 && a.kind(i-1) != tokenize.OpenQuote {
			continue
		}
		ps := phraseByHash[a.hashAt(i)]
		var hs [maxPhrase]uint64 // hashes of the words after i, 0 until needed
		for _, p := range ps {
			j, ok := a.matchPhrase(i, p, &hs)
			if !ok {
				continue
			}
			s := i
			if p.cond == condCopula {
				for s > 0 && i-s < 2 && a.same(s-1, i) && a.is(s-1, wCopula) {
					s--
				}
			}
			a.add(p.kind, s, j, -1)
			end = j
			break
		}
	}
}

// maxPhrase is the most words a phrase table entry may have.
const maxPhrase = 6

// matchPhrase reports whether p matches at i and where it ends.
func (a *annotator) matchPhrase(i int, p phrase, hs *[maxPhrase]uint64) (int, bool) {
	if len(p.hashes) > maxPhrase {
		return 0, false
	}
	j := i + 1
	for k, h := range p.hashes[1:] {
		if j >= a.n || !a.same(i, j) || a.key[j] != p.keys[k+1] {
			return 0, false
		}
		if hs[j-i] == 0 {
			hs[j-i] = a.hashAt(j)
		}
		if hs[j-i] != h {
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
		if a.word(i, "due") && (a.is(i-1, wCopula) || a.scheduleVerb(j)) {
			return 0, false // "is due to be", "trials due to report": a schedule
		}
	case condVerb:
		k := j
		for steps := 0; steps < 2 && a.same(i, k) && (a.word(k, "not") || a.word(k, "also") || a.word(k, "likely") || a.word(k, "probably") || a.word(k, "soon") || a.word(k, "still") || a.word(k, "only") || a.word(k, "never") || a.word(k, "then") || a.word(k, "now")); steps++ {
			k++
		}
		if !a.same(i, k) || !a.isLowerWord(k) || a.is(k, wDet|wPrep|wStop) && !a.word(k, "be") && !a.word(k, "have") && !a.word(k, "make") && !a.word(k, "take") && !a.word(k, "get") && !a.word(k, "go") && !a.word(k, "come") && !a.word(k, "remain") && !a.word(k, "include") && !a.word(k, "do") {
			return 0, false
		}
		if a.word(i, "will") && a.is(i-1, wDet) && a.same(i-1, i) {
			return 0, false // "the will to fight"
		}
		if a.word(i, "would") && (string(a.text(i-1)) == "I" || a.word(k, "be") && a.opinionAdjective(k+1) || a.word(k, "like") || a.word(k, "love") || a.word(k, "rather") || a.word(k, "have")) {
			return 0, false // "I would point out", "would be wise": opinion, not a forecast
		}
		j = k + 1
	}
	if a.word(i, "the") && a.word(i+1, "first") && j == i+2 {
		if a.is(j, wTimeUnit) || a.word(j, "half") || a.isLowerWord(j) && isPlural(a.text(j)) && !a.word(j, "ones") || a.taken(j) || a.word(j, "round") || a.word(j, "leg") || a.word(j, "of") || a.word(j, "two") || a.word(j, "three") || a.word(j, "step") {
			return 0, false
		}
	}
	return j, true
}

// pattern tries the comparison patterns at i: superlatives, "-er than",
// "more X than", "most X", "record high", "fivefold increase".
func (a *annotator) pattern(i int) (int, Kind) {
	if a.word(i, "under") {
		// "under the contract rules", "under EU law", "under the new regulations"
		for k := i + 1; k < i+5 && a.same(i, k); k++ {
			switch {
			case a.word(k, "law"), a.word(k, "laws"), a.word(k, "rules"), a.word(k, "regulations"), a.word(k, "legislation"),
				a.word(k, "act"), a.word(k, "treaty"), a.word(k, "constitution"), a.word(k, "statute"), a.word(k, "code"):
				return k + 1, Rule
			}
			if a.kind(k) != tokenize.Word || a.is(k, wStop) && !a.word(k, "the") && !a.word(k, "new") && !a.word(k, "current") || a.word(k, "under") {
				break
			}
		}
	}
	t := a.text(i)
	if a.fl(i)&(wSuperlative|wMultiplier) == 0 && !(len(t) >= 4 && (t[len(t)-1] == 'r' || t[len(t)-1] == 'd' || t[len(t)-1] == 't' || t[len(t)-1] == 's')) {
		return i, 0 // none of the patterns: "-er than", "record", "most", "least", "less"
	}
	if a.fl(i)&wMultiplier != 0 && a.same(i, i+1) && a.growthNoun(i+1) {
		return i + 2, Comparison // "fivefold increase"
	}
	if (a.word(i, "twice") || a.word(i, "times")) && a.word(i+1, "as") && a.same(i, i+2) &&
		(a.word(i+2, "many") || a.word(i+2, "much") || a.adjective(i+2) || a.word(i+2, "likely") || a.word(i+2, "big") ||
			a.word(i+2, "high") || a.word(i+2, "large") || a.word(i+2, "fast") || a.word(i+2, "long") || a.word(i+2, "often")) {
		return i + 3, Comparison // "twice as many", "three times as likely"
	}
	if a.taken(i) || !a.isLowerWord(i) && !(a.sh[i]&shSentStart != 0 && a.sh[i]&shUpper != 0) {
		return i, 0
	}
	switch {
	case a.fl(i)&wSuperlative != 0:
		j := i + 1
		if a.same(i, j) && a.word(j, "ever") {
			j++
		}
		return j, Comparison
	case a.kind(i) == tokenize.Number:
		return i, 0
	case (a.word(i, "most") || a.word(i, "least")) && a.same(i, i+1) && a.adjective(i+1):
		return i + 2, Comparison
	case (a.word(i, "more") || a.word(i, "less")) && a.same(i, i+2) && a.adjective(i+1) && a.word(i+2, "than"):
		return i + 3, Comparison
	case a.word(i, "record"):
		if a.same(i, i+1) && (a.taken(i+1) || a.word(i+1, "high") || a.word(i+1, "low") || a.word(i+1, "highs") || a.word(i+1, "lows") ||
			a.word(i+1, "level") || a.word(i+1, "levels") || a.word(i+1, "number") || a.word(i+1, "numbers") || a.word(i+1, "year") ||
			a.word(i+1, "amount") || a.word(i+1, "temperatures") || a.word(i+1, "profits") || a.word(i+1, "profit") ||
			a.word(i+1, "sales") || a.word(i+1, "turnout") || a.word(i+1, "losses") || a.word(i+1, "heat")) {
			if a.taken(i + 1) {
				return i + 1, Comparison
			}
			return i + 2, Comparison
		}
	case len(t) >= 5 && t[len(t)-2] == 'e' && t[len(t)-1] == 'r' && a.word(i+1, "than") && a.same(i, i+1) &&
		!a.word(i, "rather") && !a.word(i, "other") && !a.word(i, "whether") && !a.word(i, "sooner") && !a.taken(i+2):
		return i + 2, Comparison
	}
	return i, 0
}

// opinionAdjective reports whether position j is an adjective of advice
// or taste: "would be wise".
func (a *annotator) opinionAdjective(j int) bool {
	switch {
	case a.word(j, "wise"), a.word(j, "better"), a.word(j, "best"), a.word(j, "good"), a.word(j, "right"), a.word(j, "wrong"),
		a.word(j, "happy"), a.word(j, "glad"), a.word(j, "nice"), a.word(j, "prudent"), a.word(j, "foolish"), a.word(j, "helpful"),
		a.word(j, "useful"), a.word(j, "unfair"), a.word(j, "fair"), a.word(j, "naive"), a.word(j, "mistake"), a.word(j, "a"):
		return true
	}
	return false
}

// scheduleVerb reports whether position j is a verb that follows "due to"
// in a schedule: "due to report", "due to meet".
func (a *annotator) scheduleVerb(j int) bool {
	switch {
	case a.word(j, "be"), a.word(j, "report"), a.word(j, "begin"), a.word(j, "start"), a.word(j, "end"), a.word(j, "meet"),
		a.word(j, "take"), a.word(j, "arrive"), a.word(j, "visit"), a.word(j, "return"), a.word(j, "vote"), a.word(j, "open"),
		a.word(j, "close"), a.word(j, "expire"), a.word(j, "finish"), a.word(j, "publish"), a.word(j, "launch"), a.word(j, "hold"),
		a.word(j, "sign"), a.word(j, "speak"), a.word(j, "appear"), a.word(j, "give"), a.word(j, "make"), a.word(j, "announce"),
		a.word(j, "testify"), a.word(j, "resume"), a.word(j, "conclude"), a.word(j, "face"), a.word(j, "stand"), a.word(j, "retire"),
		a.word(j, "leave"), a.word(j, "complete"), a.word(j, "deliver"), a.word(j, "decide"), a.word(j, "rule"), a.word(j, "go"):
		return true
	}
	return false
}

// growthNoun reports whether position j names a change: "increase", "rise".
func (a *annotator) growthNoun(j int) bool {
	switch {
	case a.word(j, "increase"), a.word(j, "rise"), a.word(j, "jump"), a.word(j, "growth"), a.word(j, "drop"),
		a.word(j, "decline"), a.word(j, "fall"), a.word(j, "reduction"), a.word(j, "surge"), a.word(j, "increases"),
		a.word(j, "expansion"), a.word(j, "cut"), a.word(j, "gain"):
		return true
	}
	return false
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
	switch string(t) {
	case "popular", "common", "severe", "serious", "secure", "sure", "safe", "complex", "mature", "urgent", "intense",
		"acute", "extreme", "remote", "vulnerable", "costly", "deadly", "likely", "senior", "recent", "populous", "affordable",
		"risky", "wealthy", "heavy", "healthy", "busy", "happy", "easy", "difficult", "important", "expensive", "powerful":
		return true
	}
	return false
}
