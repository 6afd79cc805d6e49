package claim

import (
	"bytes"
	"math/bits"
	"unicode"
	"unicode/utf8"

	"github.com/claimlight/claimlight/amount"
	"github.com/claimlight/claimlight/internal/strs"
	"github.com/claimlight/claimlight/internal/wordset"
	"github.com/claimlight/claimlight/segment"
	"github.com/claimlight/claimlight/tokenize"
)

// Factors by which [Model.Judge] multiplies the model's score of sentences
// that are not claims whatever their words: the model was trained on
// debate transcripts, which have no page furniture, and its questions are
// often rhetorical claims; on a news page they are not.
const (
	FurnitureFactor   = 0.05 // segment.Furniture and segment.Dateline, and lines with no words
	HeadingFactor     = 0.3  // a segment.Heading of at most 8 words
	QuestionFactor    = 0.3  // a sentence ending in "?"
	ExhortationFactor = 0.2  // "Sign up now", "Click here", "Read more"
	InstructionFactor = 0.2  // a recipe's step, "7. Bake for 40-45 minutes"; see instruction
	ShortFactor       = 0.3  // fewer than 3 words and no number
	FragmentFactor    = 0.3  // 3 or 4 words, no number, claim part or telling word; see ruleFactor
	BoilerplateFactor = 0.2  // "declined to comment", "This article was amended"
	CaptionFactor     = 0.2  // a table's caption with its unit, "Costings (£ billion per year)"
	UnreadableFactor  = 0.05 // binary or mis-decoded bytes; see unreadable
)

// HypotheticalFactor is the factor of a sentence that opens with a
// condition, "If inflation fell to 2%, mortgage rates would drop.": its
// figures are supposed, not stated, and it keeps its reasons, the last
// saying so.
const HypotheticalFactor = 0.5

// HedgedFactor is the factor of a sentence whose only part of a claim is
// a hedge (see hedgeOnly): the hedge weakens what it says.
const HedgedFactor = 0.6

// statReason is the last reason of a match statistic's line, "Shots:
// 17-9", "Possession: 58%-42%" (see statRow): a figure to check, scored at
// the threshold, so that a run of them in a live text is flagged alike and
// ranks under every claim the model scores higher.
const statReason = "match statistics"

// boardReason is the last reason of a timetable's or a departures
// board's row (see boardRow), scored at the threshold as statReason is,
// so that every row of the board is flagged alike.
const boardReason = "a row of a timetable"

// transferReason is the last reason of a row of a list of transfers (see
// transferRow), scored at the threshold at least, so that every row of
// the list is flagged alike, with a fee or without.
const transferReason = "a transfer"

// hedgedReason is the last reason of such a sentence under the threshold.
const hedgedReason = "hedged, with no figure"

// MaxReasons is the most reasons a judgement carries.
const MaxReasons = 4

// ReasonFloor is the lowest score at which [Model.Judge] gives a sentence
// that no rule set aside its types and reasons: the floor of the page's
// threshold slider, so that every sentence the claims panel can list
// explains itself, whether or not it reaches the model's threshold. A
// sentence under it, or one a rule set aside (page furniture, a question,
// boilerplate) that stays under the threshold, carries only that rule's
// reason, if any; but a question with a money, percent or quantity span
// gives its reasons before "question", to name the figure it asks about.
const ReasonFloor = 0.05

// Judge returns one judgement per sentence of src, using the model embedded
// in the package (see [DefaultModel]); toks are the tokens of src and spans
// its annotations from [Annotate], sorted by Start. If the embedded model
// cannot be read, every judgement is zero.
func Judge(src []byte, toks []tokenize.Token, sents []segment.Sentence, spans []Span) []Judgement {
	m, err := DefaultModel()
	if err != nil {
		out := make([]Judgement, len(sents))
		for i := range out {
			out[i].Speaker = -1
		}
		return out
	}
	return m.Judge(src, toks, sents, spans)
}

// Judge returns one judgement per sentence. The score is the model's score
// ([Model.Score]), or for a sentence that is mostly direct quotation the
// score of its quotations alone (see [QuoteShare]), lowered for page
// furniture, datelines, short headings, questions, exhortations, fragments
// and news boilerplate (see [FurnitureFactor] and the factors after it).
// A sentence is check-worthy when its score reaches
// m.Threshold. Types are given to check-worthy sentences, and to those
// that no rule set aside and score at least [ReasonFloor]: quantity
// when it has a money, percent or quantity span, prediction, causation and
// rule for those spans, personal for first-person experience ("I was",
// "I saw", "my"), and other when none of these applies. Reasons say, in up
// to [MaxReasons] short strings, which spans and words drove the score of
// such a sentence (and last, for one under the threshold, why it is judged
// on its quotations), or why another sentence was set aside.
func (m *Model) Judge(src []byte, toks []tokenize.Token, sents []segment.Sentence, spans []Span) []Judgement {
	out := make([]Judgement, len(sents))
	f := m.featurizer()
	defer m.release(f)
	var arena []string
	var whys []string // one-reason slices, allocated 64 at a time
	var rt reasonText
	first := 0                          // the first span at or after the sentence before
	turn, turnPara := -1, int32(-1)     // a transcript's "NAME:" speaker whose turn the sentence may be in
	footer := false                     // under a press release's "About Norvik" or "Forward-Looking Statements"
	quote := -1                         // a quotation with a speaker that runs on past the sentence before
	post := -1                          // the author of the social media post the sentence may be in
	speech, speechPara := -1, int32(-1) // who gives a speech printed in full after its introduction's paragraph
	letter := -1                        // who signs the reader's letter the sentence is in
	lastLabel := int32(-1)              // where the last "NAME:" label of a transcript starts
	method := false                     // under a heading of instructions, "Method" (see methodHeading)
	numbered := int32(-1)               // the paragraph of the last list item that starts "1." or "1)"
	for k := len(spans) - 1; k >= 0; k-- {
		if spans[k].Kind == Speaker && transcriptLabel(src, spans, k) {
			lastLabel = spans[k].Start
			break
		}
	}
	for i, s := range sents {
		start, end := clampRange(s.Start, s.End, len(src))
		first = firstSpanFrom(spans, first, start)
		lo, ss := spansIn(spans, first, end)
		if s.Para != turnPara {
			if turn >= 0 && s.Para == turnPara+1 && turnGoesOn(src, toks, sents[i:], spans, first, turn, lastLabel) {
				turnPara = s.Para
			} else {
				turn = -1
			}
		}
		// who speaks a later sentence of a quotation: "“Liam was the
		// kindest man. He was 34 and worked for the council for 12
		// years.”" is his family's
		if s.Role == segment.Furniture {
			post = -1 // "---" before the replies
		}
		if s.Para != speechPara && (i == 0 || sents[i-1].Para != s.Para) && labelledNote(src[start:end]) || s.Role == segment.Heading && s.Para != speechPara {
			speech = -1 // "Fact check: …" after the speech
		}
		// (in a post, the quotation's speaker before the post's author)
		said := turn
		if quote >= 0 && spans[quote].End >= end && said < 0 {
			said = int(spans[quote].Link)
		}
		if said < 0 {
			said = post
		}
		if said < 0 && s.Para != speechPara && s.Role != segment.Furniture {
			said = speech
		}
		if letter >= 0 && start >= spans[letter].Start {
			letter = -1 // its signature
		}
		if letterOpens(src[start:end]) {
			letter = letterSigner(src, spans, lo, start)
		}
		if said < 0 {
			said = letter
		}
		carried := quote
		header := false // the sentence opens with a post's header
		if quote >= 0 && spans[quote].End <= end {
			quote = -1 // it ends here; one that runs on speaks the next sentence too
		}
		kinds := uint32(0) // bit Quote and bit Speaker for those in ss
		for k := lo; k < lo+len(ss); k++ {
			if kind := spans[k].Kind; kind != Quote && kind != Speaker {
				continue // the kinds of most spans, which the cases ask for first
			}
			kinds |= 1 << spans[k].Kind
			switch sp := spans[k]; {
			case sp.Kind == Quote && sp.End > end && sp.Link >= 0 && int(sp.Link) < len(spans):
				quote = k
			case sp.Kind == Speaker && labelStarts(src, sp, start) && transcriptLabel(src, spans, k):
				turn, turnPara = k, s.Para
			case sp.Kind == Speaker && sp.Start == start && postHeader(src, spans, k):
				post, header = k, true
			case sp.Kind == Speaker && speechCue(src, spans, k):
				speech, speechPara = k, s.Para
			}
		}
		// A quotation with its attribution is judged on the quoted words.
		// But a quotation that states a figure, a rule or a forecast
		// with a date or figure keeps them: it scores the greater of the
		// two.
		qs, quoted := float32(0), false
		if kinds&(1<<Quote) != 0 { // most sentences have no quotation
			qs, quoted = m.quoteScore(f, src, toks, s, ss, start, end)
		}
		var score float32
		whole, forecast := !quoted, false
		if quoted {
			whole, forecast = quotedClaimPart(src, ss)
		}
		if whole {
			score = m.score(f, src, toks, segment.Sentence{Start: start, End: end, Tok: s.Tok, TokEnd: s.TokEnd}, ss)
		}
		factor, why := m.ruleFactor(f, src, s.Role, ss, quoted, start, end)
		if s.Role == segment.Heading {
			footer = footerHeading(src[start:end])
		} else if footer && factor > BoilerplateFactor {
			factor, why = BoilerplateFactor, "news boilerplate"
		}
		// "Method", or "Instructions:", which the segmenter leaves in the
		// body, starts the steps; another heading ends them
		if s.Role == segment.Heading || start < end && src[end-1] == ':' {
			if method = methodHeading(src[start:end]); method {
				numbered = -1
			}
		}
		if s.Role == segment.ListItem && listNumber(f, src) > 0 {
			numbered = s.Para
		}
		if method && s.Role == segment.Body && numbered >= 0 {
			method = false // text after the numbered steps: "A few notes. ..."
		}
		// a step of a recipe or other instructions: "7. Bake for 40-45
		// minutes, until a skewer comes out clean." in a numbered list,
		// or under a "Method" heading
		if factor > InstructionFactor && !quoted && (method && s.Role == segment.Body || s.Role == segment.ListItem && (method || s.Para == numbered)) &&
			instruction(f, src) {
			factor, why = InstructionFactor, "instruction"
		}
		// splitWords, which met each of the sentence's tokens, tells
		// whether it may be unreadable
		if f.odd && unreadable(src, toks, s) {
			factor, why = UnreadableFactor, "not readable text"
		}
		if quoted && qs >= score {
			score = qs
			if why == "" {
				why = quotedReason
			}
		} else if why == askedClaimReason {
			// scored as the statement it makes, without its "?"
			// or the claim its question takes as given
			from := 0
			if !askedClaim(f, f.words, ss) {
				from = embeddedClaim(f, f.words, ss)
			}
			w := f.words[from:statementWords(f, f.words)]
			score = m.scoreWords(f, w, w[0].srcStart, w[len(w)-1].srcEnd, ss)
		}
		// A hedge makes a claim weaker, not more worth checking: a
		// sentence whose only part of a claim is a hedge, with no word of
		// weight and no named source either, "They said we could not win
		// in Harlow Vale.", has nothing to check that would lift it over
		// the threshold.
		if why == "" && !quoted && score >= m.Threshold && hedgeOnly(src, ss) && !m.namesWords(f, src) {
			factor, why = HedgedFactor, hedgedReason
		}
		n := len(ss)
		if kinds&(1<<Quote|1<<Speaker) == 0 {
			n = 0 // sentenceSpeaker looks only at quotations and speakers
		}
		j := Judgement{Score: score * factor, Speaker: int32(sentenceSpeaker(src, spans, lo, n, start, end, said))}
		if why == statReason || why == boardReason {
			j.Score = m.Threshold
		} else if why == transferReason {
			j.Score = max(j.Score, m.Threshold)
		}
		// a stage direction in a turn, "(inaudible)", is nobody's words, nor
		// a post's header line, "Maya Rennick @mayarennick_news · 2:14
		// PM", or its "Replying to @robvinter"
		// nor is an explainer's "A:" answer, with no one briefing or
		// interviewed to give it to (see briefer): it is the
		// publication's own, and the lines after it too
		k := j.Speaker
		if k >= 0 && spans[k].End-spans[k].Start == 1 && src[spans[k].Start] == 'A' && transcriptLabel(src, spans, int(k)) && SpeakerName(src, spans, int(k)) == "" ||
			s.Role == segment.Furniture || header && bytes.IndexByte(src[start:end], '\n') < 0 ||
			post >= 0 && bytes.HasPrefix(src[start:end], []byte("Replying to @")) {
			j.Speaker = -1
		}
		// A wiki maintenance tag ("[citation needed]", "[who?]") is the
		// source itself asking for the claim to be checked.
		flag := textRange{f.tagStart, f.tagEnd}
		if flag.start < flag.end && factor >= 1 {
			j.Score = max(j.Score, m.Threshold)
		} else {
			flag = textRange{}
		}
		// a sweeping claim about evidence, or a denial of harm, is
		// check-worthy whatever the model's score; sweep is its reason
		sweep := ""
		if factor >= 1 && sweepingEvidence(f) {
			sweep = sweepingReason
		} else if factor >= 1 && harmDenied(f) {
			sweep = harmReason
		} else if factor >= 1 && causeStated(f, src, ss) {
			sweep = causeReason
		} else if factor >= 1 && forecast && j.Score < m.Threshold {
			sweep = quotedForecastReason // named only when it lifts
		} else if factor >= 1 {
			sweep = recordOrRuleStart(f, src, ss)
		}
		if sweep != "" {
			j.Score = max(j.Score, m.Threshold)
		}
		j.Quoted = quotedBy(src, spans, lo, len(ss), carried, start, end, j.Speaker)
		j.CheckWorthy = j.Score >= m.Threshold
		// a question with a figure says what it asks about: "How much of
		// the £2bn went to consultants?"
		asks := why == "question" && !j.CheckWorthy && hasFigure(ss)
		if j.CheckWorthy || j.Score >= ReasonFloor && (factor >= 1 || why == hypotheticalReason) || asks {
			// under the threshold, a sentence no rule set aside: the
			// claims panel lists it when the slider goes down to it
			if !asks {
				j.Types = judgeTypes(f, src, ss, spans == nil)
			}
			j.Reasons = m.reasons(f, src, spans, lo, len(ss), said, end, flag, &arena, &rt, len(sents)-i)
			if sweep != "" {
				why = sweep
			}
			if why == askedClaimReason || why == interviewerReason || why == hypotheticalReason || why == statReason || why == boardReason || why == transferReason || sweep != "" && why == sweep || why != "" && !j.CheckWorthy {
				// the reasons' own MaxReasons slots in the arena hold it,
				// in place of the last reason when they are full
				if sweep != "" && len(j.Reasons) == 1 && j.Reasons[0] == overallWording {
					// the rule that lifted the score explains it, in place
					// of the reason that says nothing stands out
					j.Reasons = j.Reasons[:0]
				}
				if n := len(j.Reasons); n == MaxReasons {
					rt.drop(&j.Reasons[n-1])
					j.Reasons = j.Reasons[:n-1]
				}
				j.Reasons = append(j.Reasons, why)
			}
			// the slots after the last reason are the next sentence's
			n := len(j.Reasons)
			j.Reasons = j.Reasons[:n:n]
			arena = arena[:len(arena)+n]
		} else if why != "" {
			if len(whys) == cap(whys) {
				whys = make([]string, 0, min(64, len(sents)-i))
			}
			whys = append(whys, why)
			j.Reasons = whys[len(whys)-1 : len(whys) : len(whys)]
		}
		out[i] = j
	}
	rt.flush()
	return out
}

// sentenceSpeaker returns the index of the Speaker span the sentence
// [start, end) of src is attributed to, or -1 (see [Judgement.Speaker]):
// spans[lo:lo+n] are the spans that start in it, and said is the
// transcript label whose turn it goes on, or the speaker of a quotation
// that runs through it from an earlier sentence, or -1. It makes the
// choice of [Model.reasons]'s "attributed to" reason, but for a
// quotation that is less than half of the sentence.
func sentenceSpeaker(src []byte, spans []Span, lo, n int, start, end int32, said int) int {
	isSpeaker := func(k int32) bool { return k >= 0 && int(k) < len(spans) && spans[k].Kind == Speaker }
	for k := lo; k < lo+n; k++ {
		if sp := spans[k]; sp.Kind == Quote && isSpeaker(sp.Link) && coversHalf(sp, start, end) {
			return int(sp.Link)
		}
	}
	label := -1 // the first transcript label (see inTurn), found when a speaker span asks
	for k := lo; k < lo+n; k++ {
		if spans[k].Kind == Speaker && !speaksElsewhere(src, spans, k, lo+n) {
			if label < 0 {
				label = firstLabel(src, spans, lo, lo+n)
			}
			if inTurn(src, spans, label, k, said) && accordingSource(src, spans, k) {
				continue // "… we gained share according to Circana data": the turn's speaker cites a source
			}
			return k
		}
	}
	if said >= lo && said < lo+n || !isSpeaker(int32(said)) {
		return -1 // a label passed over above
	}
	return said
}

// coversHalf reports whether sp covers at least half of the bytes of
// [start, end).
func coversHalf(sp Span, start, end int32) bool {
	return 2*(min(sp.End, end)-max(sp.Start, start)) >= end-start
}

// quotedBy reports whether direct quotations of speaker span k cover at
// least half of [start, end), less a tail about the speaker named after
// them; they are among spans[lo:lo+n], which start in it, or carried, a
// quotation that began before it (-1 for none). A sentence that opens
// with such a quotation and then names the speaker ("“We are grateful,
// but we also count,” Ukraine’s finance minister, Oksana Hrytsenko,
// said in a statement.") is the quotation, as is one whose quotation
// follows the speaker and a colon and runs to its end ("Dr Imogen
// Tarrant, who chairs the Review panel, said: "The numbers are
// unambiguous."): the rest is who said it, and where.
func quotedBy(src []byte, spans []Span, lo, n, carried int, start, end, k int32) bool {
	if k < 0 {
		return false
	}
	// a tail about the speaker named after the quotation, "…,' said Maria
	// Lopez, who chairs the Friends of Eastside Library.", ", a strategist
	// at Commerzbank", ", holding a photograph", " told reporters at the
	// site", is no more of what was said; ", adding that …", ", and …"
	// or another quotation may be
	sk, cut := spans[k], end
	if start < sk.Start && sk.End < end {
		p := sk.End // after the speaker, or after its cue when that follows: "she said, holding …"
		if c := sk.Link; c >= 0 && int(c) < len(spans) && spans[c].Start == p+1 && spans[c].End < end {
			p = spans[c].End
		}
		if t := src[p:end]; t[0] == ',' && !speechGoesOn(t[1:]) ||
			t[0] != ',' && len(t) < 60 && !strs.HasDigit(t) && bytes.IndexByte(t, ',') < 0 && bytes.IndexByte(t, '"') < 0 && bytes.IndexByte(t, 0xe2) < 0 && !strs.Contains(t, " that ") {
			cut = sk.End // and no figure, clause or quotation mark ("“" starts with 0xe2) in a tail with no comma
		}
	}
	var before, after int32 // bytes of [start, end) quoted before the speaker, and after it
	var most int32          // the most any one quotation covers
	opens := false
	for i := lo - 1; i < lo+n; i++ {
		j := i
		if i < lo {
			j = carried // the quotation that began before
		}
		if j < 0 || spans[j].Kind != Quote || spans[j].Link != k {
			continue
		}
		sp := spans[j]
		e := end
		if sp.End <= sk.Start {
			e = cut
		}
		c := min(sp.End, e) - max(sp.Start, start)
		if c <= 0 {
			continue
		}
		most = max(most, c)
		if sp.End <= sk.Start {
			before += c
			opens = opens || sp.Start <= start
			continue
		}
		after += c
		// "… said: "The numbers are unambiguous."": a colon between the
		// speaker and the quotation, which runs to the end
		q := sp.Start - 1
		for q > sk.End && src[q] == ' ' {
			q--
		}
		if q >= sk.End && src[q] == ':' && sp.End <= end && !hasLetter(src[sp.End:end]) && !strs.HasDigit(src[sp.End:end]) {
			return true
		}
	}
	if opens && after == 0 && (cut < end || !hasLetter(src[sk.End:end])) {
		return true // "“…,” said Maria Lopez, who chairs …", "“…,” she said."
	}
	if after > 0 {
		cut = end // a quotation after the speaker: the tail is what was said
	}
	if before == 0 || after == 0 {
		// not one quotation split by its attribution ("“…,” Reid added,
		// “but …”"): the words between two quoted phrases, "She said the
		// offending was "…" and that …", are the statement
		before, after = most, 0
	}
	return 2*(before+after) >= cut-start
}

// speechGoesOn reports whether t, what follows the comma after a
// speaker's name, goes on with what they said: another quotation, "and"
// or "but", a reporting verb in -ing ("adding", "saying") or another
// -ing word before "that"; not an apposition (", who chairs …", ", a
// strategist at Commerzbank") nor an -ing clause of what they did
// (", holding a photograph", ", repeating a phrase").
func speechGoesOn(t []byte) bool {
	if len(t) > 1 && t[0] == ' ' {
		t = t[1:]
	}
	if len(t) == 0 || t[0] == '"' || t[0] == '\'' || t[0] == 0xe2 { // "“", "‘"
		return len(t) > 0
	}
	w := t
	if i := bytes.IndexByte(t, ' '); i >= 0 {
		w = t[:i]
	}
	var small [16]byte
	return wordIn("and but", w) || bytes.HasSuffix(w, []byte("ing")) && (lexFlags(lowerSmall(&small, w))&wCue != 0 || bytes.HasPrefix(t[len(w):], []byte(" that ")))
}

// reasonText gathers the text of the reasons [Model.Judge] writes and
// makes it strings a few kilobytes at a time, so that a reason costs no
// allocation of its own.
type reasonText struct {
	buf      []byte
	pend     []pendingReason // reasons written in buf, not yet strings
	names    [4]cachedName   // the speakers the last reasons named (see appendSpeaker)
	nextName int             // where in names the next one goes
}

// pendingReason is a reason whose text is buf[start:end], to be put in
// *slot.
type pendingReason struct {
	slot       *string
	start, end int32
}

// maxReasonLen bounds the length in bytes of one reason: a label, a text
// shortened to 40 bytes and "…", and a closing quotation mark.
const maxReasonLen = 96

// start makes sure buf has room for one more reason, writes prefix there,
// and returns where the reason starts; left sentences, this one included,
// remain to be judged.
func (r *reasonText) start(left int, prefix string) int {
	if cap(r.buf)-len(r.buf) < maxReasonLen {
		r.flush()
		if cap(r.buf) == 0 {
			r.buf = make([]byte, 0, min(4096, max(left, 1)*maxReasonLen))
		}
	}
	at := len(r.buf)
	r.buf = append(r.buf, prefix...)
	return at
}

// end finishes the reason written in buf from at, whose prefix is n bytes
// long: unless nothing follows the prefix and keepEmpty is false, it adds
// suffix, appends a slot for the reason to out and reports true; else it
// takes the reason back. out must have room for the slot in its backing
// array, so that the slot stays where flush will fill it.
func (r *reasonText) end(out []string, at, n int, keepEmpty bool, suffix string) ([]string, bool) {
	if !keepEmpty && len(r.buf) == at+n {
		r.buf = r.buf[:at]
		return out, false
	}
	r.buf = append(r.buf, suffix...)
	out = append(out, "")
	r.pend = append(r.pend, pendingReason{&out[len(out)-1], int32(at), int32(len(r.buf))})
	return out, true
}

// drop forgets the pending reason to be put in *slot, if any.
func (r *reasonText) drop(slot *string) {
	for k := len(r.pend) - 1; k >= 0; k-- {
		if r.pend[k].slot == slot {
			r.pend = append(r.pend[:k], r.pend[k+1:]...)
			return
		}
	}
}

// flush turns the reasons in buf into strings and empties it.
func (r *reasonText) flush() {
	if len(r.pend) == 0 {
		r.buf = r.buf[:0]
		return
	}
	text := string(r.buf)
	for _, p := range r.pend {
		*p.slot = text[p.start:p.end]
	}
	r.pend = r.pend[:0]
	r.buf = r.buf[:0]
}

// QuoteShare is the share of a sentence's bytes that direct quotations must
// cover, one of them opening or closing the sentence, for [Model.Judge] to
// judge the sentence on the quoted words alone, leaving out the attribution
// ("“...,” said Anna Berg, an economist at ..."): the model learnt from
// debate transcripts, where names of people and institutions go with
// claims, and would otherwise score every attributed quotation as a claim.
const QuoteShare = 0.3

// quoteScore returns the highest model score of the quotations inside the
// sentence [start, end), and whether they cover at least QuoteShare of it.
// When they do, it leaves f holding the words of the sentence, for the
// rules and reasons.
func (m *Model) quoteScore(f *featurizer, src []byte, toks []tokenize.Token, s segment.Sentence, ss []Span, start, end int32) (float32, bool) {
	covered := int32(0)
	// a quotation opens or closes the sentence; one that goes on a past
	// perfect, Louise Tan had “prepared the dismissal letter before
	// ...”, tells what had happened, as a finding of fact, and the
	// sentence is judged whole
	edge, told := false, false
	for _, sp := range ss {
		if sp.Kind == Quote && sp.Start >= start && sp.End <= end && sp.Start < sp.End {
			covered += sp.End - sp.Start
			edge = edge || sp.Start-start <= 2 || end-sp.End <= 2
			told = told || sp.Start > 4 && string(src[sp.Start-4:sp.Start]) == "had "
		}
	}
	if covered == 0 || !edge || told || float64(covered) < QuoteShare*float64(end-start) || figureOutsideQuotes(src, ss, start, end) {
		return 0, false
	}
	best := float32(0)
	// The words of a quotation are those of the sentence between its
	// bounds, when no token crosses them (splitWords cuts tokens at the
	// bounds it is given): the sentence is split once, and each quotation
	// scored on a run of its words, which are in order. (f.w is m.w: see
	// Model.featurizer.)
	stoks := sentenceTokens(toks, s)
	f.splitWords(src, stoks, start, end)
	// i, the first word of a quotation, and from, the first span that
	// starts in it, only move forward while the quotations do, as
	// Annotate gives them, so that a sentence of thousands of quotations
	// is not scanned from its start for each. extract counts the spans
	// within the quotation, and so those that start in it; the spans not
	// in order of their starts are all given it.
	i, last := 0, int32(-1)
	sorted := startsInOrder(ss)
	from := 0
	for _, sp := range ss {
		if sp.Kind != Quote || sp.Start < start || sp.End > end || sp.Start >= sp.End {
			continue
		}
		var score float32
		if len(stoks) == 0 || !onTokenBounds(stoks, sp) {
			q := segment.Sentence{Start: sp.Start, End: sp.End, Tok: s.Tok, TokEnd: s.TokEnd}
			score = m.score(f, src, toks, q, ss)
			f.splitWords(src, stoks, start, end)
		} else {
			words := f.words
			if sp.Start < last || i > len(words) {
				i = 0 // out of order, or words split again: from the start
			}
			last = sp.Start
			for i < len(words) && words[i].srcStart < sp.Start {
				i++
				if looked != nil {
					*looked++
				}
			}
			j := i
			for j < len(words) && words[j].srcStart < sp.End {
				j++
			}
			in := ss
			if sorted {
				if from == len(ss) || sp.Start < ss[from].Start {
					from = 0
				}
				for from < len(ss) && ss[from].Start < sp.Start {
					from++
				}
				to := from
				for to < len(ss) && ss[to].Start <= sp.End {
					to++
				}
				in = ss[from:to]
			}
			score = m.scoreWords(f, words[i:j], sp.Start, sp.End, in)
		}
		if score > best {
			best = score
		}
	}
	f.counted = false // extract counted a quotation's words
	return best, true
}

// quotedClaimPart reports whether a direct quotation among the spans ss of
// a sentence of src holds a part of a claim that a quoted opinion seldom
// has: a sum, a rate or a count in digits ("“We will build 40,000 homes a
// year,” she said"), a rule, or a forecast with a date ("“Debt will fall by
// 2030,” he said"). [Model.Judge] then scores the sentence as a whole
// too, and keeps the greater score: the quoted words alone may lose what
// makes them a claim, since the model learnt from debates, where such
// pledges are said, not quoted.
//
// It also reports, as forecast, whether one quotation holds both a
// forecast and a sum, a rate or a count in digits, and the sentence names
// who said it, by name or pronoun: "“We think prices will fall 5pc next
// year,” she said." Such a quoted prediction is a claim a checker wants,
// whoever the cue names; the model, which learnt from debates, weighs a
// "she said" down, and [Model.Judge] lifts it to the threshold.
func quotedClaimPart(src []byte, ss []Span) (whole, forecast bool) {
	prediction, dated, pledge := false, false, false
	// The spans, as Annotate gives them, are in order of their starts:
	// those inside a quotation q are then among the spans from the first
	// that starts where q does up to q's end, which keeps a sentence of
	// thousands of quotations linear. Other input is looked at whole.
	sorted := startsInOrder(ss)
	for _, q := range ss {
		if q.Kind != Quote {
			continue
		}
		from, to := 0, len(ss)
		if sorted {
			from = firstSpanFrom(ss, 0, q.Start)
			to = from
			for to < len(ss) && ss[to].Start < q.End {
				to++
			}
		}
		if looked != nil {
			*looked += to - from
		}
		figure, forecasts := false, false // in q
		for _, sp := range ss[from:to] {
			if sp.Start < q.Start || sp.End > q.End || sp.Start >= sp.End {
				continue
			}
			switch sp.Kind {
			case Money, Percent, Rule:
				whole = true
				figure = figure || sp.Kind != Rule
			case Quantity:
				// a count in digits: "two soft goals" is as often said
				// in an opinion
				if strs.HasDigit(sp.Text(src)) {
					whole, figure = true, true
				}
			case Prediction:
				prediction, forecasts = true, true
				pledge = pledge || firstPersonWill(src, sp)
			case Date:
				dated = true
			}
		}
		forecast = forecast || figure && forecasts
	}
	forecast = forecast && hasSpeaker(ss)
	return whole || prediction && dated || pledge && hasSpeaker(ss), forecast
}

// quotedForecastReason is the last reason of a sentence whose quotation
// forecasts a figure (see quotedClaimPart).
const quotedForecastReason = "quoted forecast with a figure"

// firstPersonWill reports whether the prediction span sp of src is a
// first-person will: "We'll recruit", or "will not raise" after "We" or
// "I" ("“We will not raise income tax,” the Chancellor said"). Quoted
// from a speaker, it is a pledge that [Model.Judge] scores as a whole.
func firstPersonWill(src []byte, sp Span) bool {
	t := sp.Text(src)
	if k := bytes.IndexByte(t, ' '); k > 0 {
		t = t[:k]
	}
	if contractedWill(t) {
		t = t[:len(t)-len("ll")]
		_, n := utf8.DecodeLastRune(t)
		return firstPerson(t[:len(t)-n]) // "We'll", "I’ll"
	}
	if !wordIn("will won't shall", t) {
		return false
	}
	// The word before sp, after trailing spaces: after the last space,
	// quotation mark or parenthesis. (Written out, as are the byte tests
	// of the other helpers of this file, for the size of the wasm build:
	// bytes.TrimRight and bytes.LastIndexAny bring their own code.) A
	// quotation mark, “ or ‘, leaves its last two bytes before the word,
	// as LastIndexAny's index + 1 did.
	b := src[:sp.Start]
	for len(b) > 0 && b[len(b)-1] == ' ' {
		b = b[:len(b)-1]
	}
	i := len(b) - 1
	for ; i >= 0; i-- {
		if c := b[i]; c == ' ' || c == '"' || c == '\'' || c == '(' || c == 0xe2 && i+2 < len(b) && b[i+1] == 0x80 && (b[i+2] == 0x9c || b[i+2] == 0x98) {
			break
		}
	}
	return firstPerson(b[i+1:])
}

// hasSpeaker reports whether the spans ss name a speaker outside their
// quotations: who gave the quoted pledge ("the Chancellor said").
func hasSpeaker(ss []Span) bool {
	looked := 0
	for _, sp := range ss {
		if sp.Kind != Speaker {
			continue
		}
		if looked++; looked > 32 {
			return false // a hostile sentence of quotations and speakers: stay linear
		}
		inside := false
		for _, q := range ss {
			if q.Kind == Quote && q.Start <= sp.Start && sp.End <= q.End {
				inside = true
				break
			}
		}
		if !inside {
			return true
		}
	}
	return false
}

// firstPerson reports whether t is "I" or "we" as a subject.
func firstPerson(t []byte) bool { return wordIn("I We we", t) }

// startsInOrder reports whether the spans ss are in order of their starts,
// as Annotate gives them. (slices.IsSortedFunc's generic code would add
// to the wasm build.)
func startsInOrder(ss []Span) bool {
	for i := 1; i < len(ss); i++ {
		if ss[i].Start < ss[i-1].Start {
			return false
		}
	}
	return true
}

// figureOutsideQuotes reports whether the sentence [start, end) states a
// sum, a rate or a count of something outside its quotations and before
// one of them: "The minister said unemployment of 7.2% was “far too high
// for a country like ours”" is the reporter's claim as much as the
// minister's opinion. A figure in the attribution after the quotation
// ("“…,” Dufresne told about 200 supporters"), an age ("said Jane Doe,
// 45,") or a date is not such a figure; one that the attribution goes on
// to report, "“…,” she said, adding that free cash flow rose 15%", is.
func figureOutsideQuotes(src []byte, ss []Span, start, end int32) bool {
	for _, sp := range ss {
		if sp.Start < start || sp.End > end || sp.Start >= sp.End {
			continue
		}
		switch sp.Kind {
		case Money, Percent:
		case Quantity:
			if !hasLetter(sp.Text(src)) {
				continue
			}
		default:
			continue
		}
		inside, stated := false, false
		for _, q := range ss {
			if q.Kind == Quote && q.Start <= sp.Start && sp.End <= q.End {
				inside = true
			}
			stated = stated || q.Kind == Quote && (sp.End <= q.Start && q.End <= end || q.End <= sp.Start && q.Start >= start && reportsMore(src[q.End:sp.Start]))
		}
		if !inside && stated {
			return true
		}
	}
	return false
}

// reportsMore reports whether b, the words between a quotation and a
// figure after it, has a participle that reports more of what was said:
// "she said, adding that", "noting".
func reportsMore(b []byte) bool {
	for i := 0; i < len(b); i++ {
		j := i
		for j < len(b) && asciiLetter(b[j]) {
			j++
		}
		if wordIn("adding noting saying warning", b[i:j]) {
			return true
		}
		i = j
	}
	return false
}

// hasLetter reports whether t has an ASCII letter or a byte of a
// character beyond ASCII ("40 people", "€5"; not "45").
func hasLetter(t []byte) bool {
	for _, c := range t {
		if asciiLetter(c) || c >= 0x80 {
			return true
		}
	}
	return false
}

// onTokenBounds reports whether no token of toks, which are in order and
// do not overlap, starts before the start or end of sp and ends after it.
func onTokenBounds(toks []tokenize.Token, sp Span) bool {
	for _, at := range [2]int32{sp.Start, sp.End} {
		lo, hi := 0, len(toks) // the first token ending after at
		for lo < hi {
			m := int(uint(lo+hi) / 2)
			if toks[m].End <= at {
				lo = m + 1
			} else {
				hi = m
			}
		}
		if lo < len(toks) && toks[lo].Start < at {
			return false
		}
	}
	return true
}

// spansIn returns first, the index of the first span that may be in a
// sentence ending at end (see firstSpanFrom), and the spans from there
// that start before end; 0 and none when there are none.
func spansIn(spans []Span, first int, end int32) (int, []Span) {
	j := first
	for j < len(spans) && spans[j].Start < end {
		j++
	}
	if j == first {
		return 0, nil
	}
	return first, spans[first:j]
}

// firstSpanFrom returns the index of the first span (sorted by Start)
// that starts at or after start, looking first just after hint, where it
// is when the sentences come in order and hint is the answer for the
// sentence before.
func firstSpanFrom(spans []Span, hint int, start int32) int {
	lo, hi := 0, len(spans)
	if hint > 0 && hint <= len(spans) && spans[hint-1].Start < start {
		lo = hint
		for k := 0; k < 16 && lo < hi; k, lo = k+1, lo+1 {
			if spans[lo].Start >= start {
				return lo
			}
		}
	}
	for lo < hi {
		m := int(uint(lo+hi) / 2)
		if spans[m].Start < start {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// judgeExhortations are the imperative verbs that open calls to action,
// separated by spaces (see wordInfoTable).
const judgeExhortations = "sign click subscribe follow share read watch download register join log tap listen contact " +
	"email visit like comment shop donate discover enter continue scroll please don't get see " +
	"try learn find explore support call earn switch offer"

// tipVerbs are the verbs that open the tips of a consumer's list, "1. Use
// a price tracker", "- Check the returns policy", in their base form,
// separated by spaces. Verbs that as often open a pledge ("Cut", "Build",
// "Make") are left out.
const tipVerbs = "use compare check take ask avoid look keep shop buy pay book set read watch remember consider " +
	"think wait stick choose save switch sign turn call contact claim apply search track submit write tell " +
	"don't do try find know bring leave plan return seek"

// ctaNext are the words that follow the verb of a call to action ("Follow
// us", "Read more", "Sign up", "Call your senators", "Get rid of"),
// separated by spaces.
const ctaNext = "up in on here now us our the this these those more to for a an your you me my with below at " +
	"free out today it them him her his along and or what how why who back ahead off rid going all everyone everybody"

// callToAction reports whether a sentence whose first word is one of
// judgeExhortations reads as a call to action: the verb alone or before
// punctuation, a figure, a name or handle, or a word of ctaNext. The same
// words also open statements as nouns or a preposition, which are not:
// "Support rose 8.7 points", "Share prices fell 4%", "Like other central
// banks, the Fed held rates", "Support for the bill fell" ("like" asks
// only in "Like us", "Like this").
func callToAction(f *featurizer, src []byte, words []fword) bool {
	first := f.text(words[0])
	if len(words) == 1 || string(first) == "please" || bytes.HasPrefix(first, []byte("don")) {
		return true
	}
	switch string(first) {
	case "switch":
		return string(f.text(words[1])) == "to" // "Switch to Northvale and get £175", not "Switch 2 sales rose 9%"
	case "offer":
		return wordIn("ends expires closes valid", f.text(words[1])) // an advertiser's terms, "Offer ends 31 December."
	}
	if e := int(words[0].srcEnd); e < len(src) && bytes.IndexByte([]byte(",:;.!—–-("), src[e]) >= 0 {
		return true // "Watch: …", "See, I …", "Call (202) 555-0143"
	}
	w := words[1]
	if w.class != fwAlpha {
		return true // "Call 101"
	}
	if c := src[w.srcStart]; 'A' <= c && c <= 'Z' || c == '@' {
		return true // "Follow Kendra Mayfield on X", "Follow @CPPolitics"
	}
	switch string(first) {
	case "like":
		return wordIn("us this our it and", f.text(w))
	case "support":
		if string(f.text(w)) == "for" {
			return false // "Support for the bill fell to 30%."
		}
	}
	return wordIn(ctaNext, f.text(w))
}

// methodHeading reports whether the heading text h leads the steps of a
// recipe or other instructions: "Method", "Instructions", "Directions",
// "Steps", "Preparation", maybe with a colon.
func methodHeading(h []byte) bool {
	h = strs.TrimSpace(h)
	if len(h) > 0 && h[len(h)-1] == ':' {
		h = h[:len(h)-1]
	}
	if len(h) < 5 || len(h) > 12 {
		return false
	}
	var small [16]byte
	return wordIn("method instructions directions steps preparation", lowerSmall(&small, h))
}

// listNumber returns how many of the words f holds open the sentence as
// its list number, "7." or "7)": 1 or 0.
func listNumber(f *featurizer, src []byte) int {
	words := f.words
	if len(words) < 2 || words[0].class != fwNumber {
		return 0
	}
	if e := int(words[0].srcEnd); e+1 < len(src) && (src[e] == '.' || src[e] == ')') && (src[e+1] == ' ' || src[e+1] == '\t') {
		return 1
	}
	return 0
}

// instructionVerbs are the verbs that open the steps of recipes and
// other instructions, in their base form, separated by spaces. Verbs
// that as often open a pledge in a list ("Cut taxes", "Build 300,000
// homes") are left out.
const instructionVerbs = "heat preheat bake melt peel core slice fry whisk fold spoon pour grease line cool stir mix " +
	"combine beat chop dice mince season simmer boil roast grill toss drain rinse sift knead roll sprinkle " +
	"scatter cover leave let spread brush drizzle grate squeeze blend whip chill refrigerate freeze steam " +
	"sear saute poach marinate transfer arrange garnish strain tip wash dry soak rub layer halve quarter " +
	"trim crack pat press place lay lower flip turn serve store wrap unwrap repeat preheat put add keep"

// instructionNext are the words that may follow an instruction's verb
// ("Bake for", "Heat the", "Fry them", "Fold in", "Spoon into"),
// separated by spaces; a noun's next word ("Heat waves killed 40") is not
// one of them.
const instructionNext = "the a an in into for them it over until off up out down on with together through all " +
	"each your any half both some this these those well gently lightly briefly quickly onto from at " +
	"aside everything everyone going"

// instruction reports whether the sentence f holds, after its list number
// if any, opens with a verb of instructionVerbs in the base form, then a
// comma ("Peel, core and slice"), a figure or a word of instructionNext.
func instruction(f *featurizer, src []byte) bool {
	words := f.words[listNumber(f, src):]
	if len(words) < 2 || words[0].class != fwAlpha || !wordIn(instructionVerbs, f.text(words[0])) {
		return false
	}
	if c := src[words[0].srcStart]; c < 'A' || c > 'Z' {
		return false // a verb in capitals opens the sentence
	}
	if e := int(words[0].srcEnd); e < len(src) && src[e] == ',' {
		return true
	}
	switch w := words[1]; w.class {
	case fwNumber:
		return true
	case fwAlpha:
		return wordIn(instructionNext, f.text(w))
	}
	return false
}

// statRow returns where the pair of figures starts in line, a match
// statistic's line, "Shots: 17-9", "Possession: 58%-42%", "Shots on target
// 6-2": a label of at most four words, a colon or not, and two figures of
// at most three digits (and decimals, or "%") joined by a hyphen; or -1.
// A season, "2024-25", is no pair.
func statRow(line []byte) int {
	k, figs, digits := len(line), 0, 0
	if k == 0 || line[k-1] == '.' {
		return -1 // "England 184-3.": a sentence
	}
	for k > 0 {
		c := line[k-1]
		if c-'0' < 10 {
			digits++
		} else if c == '-' && figs == 0 && digits > 0 {
			figs, digits = 1, 0
		} else if c != '.' && c != '%' {
			break
		} else if c == '.' {
			digits = 0
		}
		if digits > 3 {
			return -1
		}
		k--
	}
	if figs == 0 || digits == 0 || k < 3 || line[k-1] != ' ' {
		return -1
	}
	at, words := k, 0
	for k = at - 1; k > 0 && line[k-1] == ':'; k-- {
	}
	for i := 0; i < k; i++ {
		c := line[i] | 0x20
		if c == ' ' {
			continue
		}
		if c < 'a' || c > 'z' {
			return -1
		}
		if i == 0 || line[i-1] == ' ' {
			words++
		}
	}
	if words == 0 || words > 4 {
		return -1
	}
	return at
}

// ruleFactor returns the factor for the sentence of src whose words f holds
// and whose spans are ss, and the reason for it; quoted is whether Judge
// scores it on its quotations alone, and sent is its text.
func (m *Model) ruleFactor(f *featurizer, src []byte, role segment.Role, ss []Span, quoted bool, start, end int32) (float32, string) {
	sent := src[start:end]
	words := f.words
	c := f.wordCounts()
	alpha := c.alpha
	if c.numbers && role != segment.Furniture && role != segment.Dateline && statRow(sent) > 0 {
		return 1, statReason // "Shots: 17-9", whatever the segmenter made of the line
	}
	if c.numbers && role != segment.Furniture && boardRow(sent) {
		return 1, boardReason
	}
	if alpha <= 4 && c.numbers && role != segment.Furniture && len(words) > 2 && string(f.text(words[1])) == ":" && rating(f, src, words) {
		// a heading or not, as the lines around it make it
		return BoilerplateFactor, "a reviewer's rating" // "Rating: 4.5 out of 5 stars", "Score: 8/10"
	}
	if len(sent) > 8 && sent[0] == '-' && role != segment.Furniture && transferRow(sent) {
		return 1, transferReason
	}
	if n := len(sent); alpha <= 2 && c.numbers && n > 8 && sent[n-1] == '%' && sent[0] >= 'A' && sent[0] <= 'Z' {
		// a market box's row, "NZX 50 13,102.44 +0.6%", "NZD/USD 0.5832
		// -0.4%": a symbol, a level of two or more decimals and a signed
		// change, and no other word
		k := bytes.LastIndexByte(sent, ' ')
		if d := bytes.LastIndexByte(sent[:max(k, 0)], '.'); k > 3 && (sent[k+1] == '+' || sent[k+1] == '-') && d > 0 && k-d > 2 && bytes.IndexByte(sent[d:k], ' ') < 0 {
			return FurnitureFactor, "page furniture"
		}
	}
	switch role {
	case segment.Furniture:
		return FurnitureFactor, "page furniture"
	case segment.Dateline:
		return FurnitureFactor, "dateline"
	case segment.Heading:
		if sent[len(sent)-1] == ')' && !(len(ss) == 1 && ss[0].Kind == Date && ss[0].End == end-1 && ss[0].Start > start && src[ss[0].Start-1] == '(') {
			// the segmenter's heading that ends in a bracket is a table's
			// caption with its unit, "Costings (£ billion per year, by
			// 2029-30)": its scale and date are the table's, no claim;
			// a name with life dates, "Margit Halvorsen (1938-2026)", is
			// a short heading
			return CaptionFactor, "table caption"
		}
		// a dated row of a table, "Nov 24 — ministry: 8 killed in
		// Tel-Hamra", gives a figure for its date: no heading
		// nor does a spec sheet's row with a quantity, "Display: 6.3-inch
		// OLED, 120Hz", taken for one after the sheet's title; a row of a
		// timeline with seconds, "14:32:15 UTC Captain takes control", or
		// a dash, "14:32 — Lift-off from Pad 2", is a timed event from a
		// log: no heading
		// nor a dated row with a span of hours, "Calderbridge Leisure
		// Centre swimming pool, Saturday 8 November, 9am to 12pm": an
		// exposure site's or an event's when and where; nor a row of
		// figures by name, "Marlow Vale 24.8%" under "Turnout by ward"
		n := len(ss)
		if alpha <= 8 && !(alpha <= 3 && n > 0 && ss[n-1].Kind == Percent && ss[n-1].End == end) && !(n > 2 && ss[n-3].Kind == Date && ss[n-2].Kind == Date && ss[n-1].Kind == Date && ss[n-1].End == end && string(src[ss[n-2].End:ss[n-1].Start]) == " to ") && !(len(ss) > 1 && ss[0].Kind == Date && ss[0].Start == start && hasFigure(ss[1:])) && !(uint(bytes.IndexByte(sent, ':')-1) < 20 && hasFigure(ss)) && !headline(f, ss, sent) &&
			!(len(sent) > 9 && sent[2] == ':' && (sent[5] == ':' && sent[7]-'0' < 10 || sent[5] == ' ' && sent[6] == 0xe2)) &&
			!(n > 1 && ss[n-1].Kind == Date && ss[n-1].End == end && bytes.Contains(sent, []byte("; died "))) { // an obituary's last line, "…, physicist, born 3 October 1934; died 28 February 2027"
			return HeadingFactor, "short heading"
		}
	case segment.Body:
		// a header row of years alone, at the text's end, which the
		// segmenter leaves in the body: "Year to 31 January | 2026 | 2025
		// | Change"
		if c.numbers && !hasFigure(ss) && bytes.IndexByte(sent, '|') > 0 && yearCells(sent) >= 2 {
			return HeadingFactor, "table header"
		}
		// a table's caption with its period and its source's initials
		// in brackets, "Operator performance, year to September 2026
		// (ORR)": the table's, no claim; so is one with no comma over
		// the table's rows, "Top risers and fallers (FTSE 100)"
		if c.numbers && alpha <= 6 && sent[len(sent)-1] == ')' && !hasFigure(ss) {
			if o := bytes.LastIndexByte(sent, '('); o > 0 && len(sent)-o > 3 && bytes.IndexByte(sent, '.') < 0 && allCaps(sent[o+1:len(sent)-1]) && (bytes.IndexByte(sent, ',') > 0 || rowAfter(src, int(end))) {
				return CaptionFactor, "table caption"
			}
		}
	case segment.ListItem:
		// the header row of a table, "Band | Annual charge | Increase",
		// which the segmenter makes a list item as its other rows
		if bytes.IndexByte(sent, '|') >= 0 || bytes.IndexByte(sent, '\t') >= 0 {
			// a column's note in brackets, "Hazard ratio (95% CI)", gives
			// its unit, not a figure
			figure, depth := false, 0
			for k := 0; c.numbers && !figure && k < len(sent); k++ {
				switch b := sent[k]; b {
				case '(':
					depth++
				case ')':
					depth--
				default:
					figure = depth == 0 && b-'0' < 10
				}
			}
			// nor does a header of years, "Year to 31 January | 2026 |
			// 2025 | Change"
			if !figure || !hasFigure(ss) && yearCells(sent) >= 2 {
				return HeadingFactor, "table header"
			}
		}
		// a tip of a list, "1. Use a price tracker to see a product's
		// history.", "- Take a meter reading on 31 December": advice, as
		// the imperative is without its number; but not one that gives a
		// sum, a rate or a count, or a figure or a date in a clause after
		// its comma or colon, "3. Check the returns window, which many
		// retailers extend to 31 January."
		if w := words[listNumber(f, src):]; len(w) > 2 && w[0].class == fwAlpha && src[w[0].srcStart]-'A' < 26 && wordIn(tipVerbs, f.text(w[0])) && !kindAfter(ss, Percent, start) {
			if !factClause(f, src, w, ss, true) {
				return ExhortationFactor, "exhortation"
			}
		}
	}
	if n := len(words); n > 0 && string(f.text(words[n-1])) == "?" {
		if !quoted && statementWords(f, words) < n && (askedClaim(f, words, ss) || embeddedClaim(f, words, ss) >= 0) {
			return 1, askedClaimReason
		}
		return QuestionFactor, "question"
	}
	// a written question in Parliament's record, "To ask His Majesty's
	// Government how many applications … were received in 2025/26.",
	// asks, whatever its stop: who is asked, "His …", "the Secretary of
	// State", tells it from "To ask about the rise, we called …"; and the
	// labels around it, "Asked by Helen Marsh (Bristol North) (LD)",
	// "Answered on 31 October 2026 by Catherine Ashby", are headings, with
	// no final stop ("Asked by reporters, she said 40 people died." is told)
	for k, p := range writtenQuestion {
		if len(sent) < 10 || sent[0] != 'T' && sent[0] != 'A' || sent[1] != 'o' && sent[1] != 's' && sent[1] != 'n' {
			break // most sentences: no such opening ("The", "A ", "They" at once)
		}
		if len(sent) > len(p) && string(sent[:len(p)]) == p && (k < 2 || alpha <= 16 && sent[len(sent)-1] != '.') {
			if k < 2 {
				return BoilerplateFactor, "question"
			}
			return HeadingFactor, "short heading"
		}
	}
	// a reporter's turn in a transcript: "Q: Is that fair." asks, and
	// "Q One more on the money." states no figure, date or the like; what
	// a questioner says is put to the speaker, not claimed. But a claim
	// the questioner reports ("Q: Your opponents say you are cutting the
	// budget.") is scored as it would be anywhere, and says who put it.
	if len(words) > 1 {
		if q := src[words[0].srcStart:]; len(q) > 2 && q[0] == 'Q' && (q[1] == ':' && q[2] == ' ' || q[1] == ' ' && 'A' <= q[2] && q[2] <= 'Z') {
			k := 1
			if string(f.text(words[1])) == ":" {
				k = 2
			}
			switch {
			case k < len(words) && words[k].class == fwAlpha && wordIn(askingWords, f.text(words[k])):
				return QuestionFactor, "question"
			case reportedClaim(ss, words[0].srcEnd):
				return 1, interviewerReason
			case !hasClaimPart(ss):
				return QuestionFactor, "interviewer's words, not a claim"
			}
		}
	}
	if alpha > 0 && alpha <= 15 && words[0].class == fwAlpha && words[0].info&infoExhort != 0 && callToAction(f, src, words) {
		// but a clause after a comma that gives a figure or a date is a
		// fact to check: "Don't miss the Bolhão market, reopened in 2022
		// after a restoration that cost €22 million."
		if !factClause(f, src, words, ss, false) {
			return ExhortationFactor, "exhortation"
		}
	}
	// advice to the reader after a condition or instead of something,
	// in the clause after the first comma:
	// "If you have eaten it and feel unwell, seek medical advice or call
	// 111.", "Instead, return it to the store for a full refund."
	if len(words) > 3 && f.buf[words[0].start] == 'i' && wordIn("if instead", f.text(words[0])) && !kindAfter(ss, Percent, start) {
		k := 0
		for k+2 < len(words) && src[words[k].srcEnd] != ',' {
			k++
		}
		if src[words[k].srcEnd] == ',' && wordIn(tipVerbs, f.text(words[k+1])) {
			return ExhortationFactor, "exhortation"
		}
	}
	// a newsletter's notes on itself: its reading time, "It's a 5-minute
	// read."; its last item's heading, "5. AND FINALLY"
	if n := len(words); alpha <= 6 && n >= 2 {
		if last := string(f.text(words[n-1])); last == "read" && bytes.Contains(src[words[n-2].srcStart:words[n-2].srcEnd], []byte("min")) || last == "finally" && alpha == 2 {
			return BoilerplateFactor, newsletterReason
		}
	}
	// a donate box's ask, "£10 could pay for an hour of nursing care":
	// a small sum, what it could do and no final stop ("£4bn could fund
	// new hospitals" is a headline's claim)
	if alpha <= 12 && len(ss) > 0 && ss[0].Kind == Money && ss[0].Start == start && ss[0].End-start < 6 && src[ss[0].End-1]-'0' < 10 && sent[len(sent)-1] != '.' && wordIn("could can", firstWord(src[ss[0].End:])) {
		return ExhortationFactor, "exhortation"
	}
	// a police appeal: "Anyone with information should call 101, …",
	// "Anyone with video is asked to call the tip line"; and a helpline,
	// "Anyone affected by gambling can contact the National Gambling
	// Helpline on …"
	if len(words) > 3 && string(f.text(words[0])) == "anyone" && (string(f.text(words[1])) == "with" && string(f.text(words[2])) == "information" || appeal(f, words)) {
		return ExhortationFactor, "exhortation"
	}
	if n := len(words); n > 2 && string(f.text(words[n-1])) == ":" && (alpha <= 12 || alpha <= 20 && bytes.Contains(sent, []byte("following"))) {
		// a caption that leads in to a table or a list: "Casualty figures
		// reported so far:"; what it introduces holds the claims
		return HeadingFactor, "lead-in to a table or list"
	}
	if role == segment.ListItem && alpha <= 8 && sent[len(sent)-1]|0x20-'a' < 26 && bytes.Contains(sent, []byte(", ")) && !hasClaimPart(ss) {
		// a row of a list of places with no stop, "- Redding Civic
		// Center, 700 Auditorium Drive", "- Tidewater Dance, Hull": an
		// address, no claim
		return BoilerplateFactor, "a list's entry, not a claim"
	}
	if caseTitle(sent) {
		return HeadingFactor, "short heading"
	}
	if len(ss) == 1 && ss[0].Kind == Date && ss[0].Start == start && end-ss[0].End < 2 && alpha < 4 {
		// a date alone, an exhibition's run, "Until 14 June 2027."
		return HeadingFactor, "short heading"
	}
	if role == segment.ListItem && len(sent) > 0 && sent[len(sent)-1] == ')' {
		// a bestseller list's entry, "1. The Salt Road – Maeve Tierney
		// (Harbour, £20)": a title, its author, and its publisher and
		// price in brackets, which is no claim; a figure before the
		// bracket is still one
		if o := bytes.LastIndexByte(sent, '('); o > 0 && bytes.IndexByte(sent[o:], ',') > 0 && bytes.Contains(sent[:o], []byte(" – ")) {
			given := false
			for _, sp := range ss {
				given = given || sp.Kind <= Percent && sp.Start < start+int32(o)
			}
			if !given {
				return BoilerplateFactor, "a list's entry, not a claim"
			}
		}
	}
	if alpha <= 6 && segment.SmallPrint(sent) {
		// a betting advert's small print, "18+ only.", "18+ only | T&Cs
		// apply | BeGambleAware.org", and "T&Cs apply." or
		// "BeGambleAware.org" after another sentence of a line; segment
		// holds the list, whose lines it takes for furniture
		return FurnitureFactor, "page furniture"
	}
	if alpha <= 12 && c.numbers && bytes.IndexByte(sent, 0x96) >= 0 {
		// a price ticker, "BTC $97,450 ▲2.1%   ETH $3,412 ▼0.8%": a
		// symbol, a price and an arrow, ▲ or ▼ (0xe2 0x96 and a byte),
		// for each item, and no other word
		arrows := 0
		for k := 2; k < len(sent); k++ {
			if sent[k-2] == 0xe2 && sent[k-1] == 0x96 && (sent[k] == 0xb2 || sent[k] == 0xbc) {
				arrows++
			}
		}
		if arrows >= max(2, alpha-1) {
			return FurnitureFactor, "page furniture"
		}
	}
	// a live page's ball, "47.6 Archer to Zampa, 1 run.": an over and
	// its ball, the bowler to the batter and a comma, and what came of
	// it, a run or none; a wicket, "OUT! Bowled.", is left to the model
	if alpha <= 12 && len(words) > 4 && words[0].class == fwNumber && string(f.text(words[2])) == "to" && src[words[3].srcEnd] == ',' &&
		(sent[1] == '.' && sent[3] == ' ' || sent[2] == '.' && sent[4] == ' ') && !bytes.Contains(sent, []byte("OUT")) {
		return BoilerplateFactor, "ball-by-ball commentary"
	}
	if alpha <= 12 && signpost(f, words) && !kindAfter(ss, Date, start) {
		return BoilerplateFactor, "a signpost to a part of a document"
	}
	if alpha > 0 && alpha <= 5 && string(f.text(words[0])) == "certificate" {
		return FurnitureFactor, "page furniture" // a film's "Certificate 15, 2h 14m."
	}
	if alpha <= 5 && !c.numbers && len(words) > 2 && string(f.text(words[1])) == ":" && wordIn("rating verdict", f.text(words[0])) {
		// a fact-checker's verdict on the claim it checked, "RATING:
		// Mostly false", "Verdict: Misleading": its finding, not a claim
		return BoilerplateFactor, "a fact-checker's rating"
	}
	if n := len(sent); alpha > 0 && alpha <= 16 && n > 0 && (sent[n-1]|0x20 >= 'a' && sent[n-1]|0x20 <= 'z' || sent[n-1] == ')') {
		// a title or a fact box's line with no final stop: a short label,
		// a colon and a few words, "Rocket: Vanguard Heavy (Aurelia Space
		// Systems)", or a count or a time and a colon, "48 hours in Porto:
		// port cellars, tiles and the best custard tart in town"; but a
		// figure, a date or a quotation after the colon is given
		// ("Lander mass: 1,900 kg", "Applies from: 1 January 2028"), and
		// a label's line with digits is left to the model ("State senate:
		// Progressives 22")
		for k := 1; k < 6 && k < len(words); k++ {
			if string(f.text(words[k])) == ":" {
				if len(ss) > 0 && ss[0].Start <= words[k].srcStart && words[k].srcStart < ss[0].End {
					continue // a colon inside a time, "14:32:15 UTC Captain takes control": a log's row
				}
				if !kindAfter(ss, Quote, words[k].srcStart) && (k <= 2 && len(words)-k < 10 && !c.numbers || len(ss) > 0 && ss[0].Start == start && ss[0].Kind <= Date) {
					return HeadingFactor, "short heading"
				}
				break
			}
		}
	}
	if alpha <= 40 && claimantLabel(f, words) {
		// a fact check's field naming who made the claim under test,
		// "Who said it: Mayor Colin Ashworth-Reid, in a video posted on 4
		// March": the claim's speaker, not a claim of its own
		return BoilerplateFactor, "a fact check's field: who made the claim"
	}
	if alpha == 2 && c.numbers && wordIn("posted updated published", f.text(words[0])) && string(f.text(words[1])) == "at" {
		return FurnitureFactor, "page furniture" // a live blog's "Posted at 14:32"
	}
	if alpha <= 6 && !c.numbers && len(ss) > 0 && ss[0].Kind == Person && int32(ss[0].Start) == words[0].srcStart && writerTagline(f, words, int32(ss[0].End)) {
		return BoilerplateFactor, "writer's tagline" // "Dana Whitfield covers housing."
	}
	if alpha <= 3 && codeCall(sent) {
		return FurnitureFactor, "code, not a claim" // "alert(1)", "javascript:alert(3)"
	}
	if alpha == 0 && !(len(ss) > 1 && ss[0].Kind == Date && ss[0].Start == start && hasFigure(ss[1:]) && bytes.IndexByte(sent, '|') > 0) {
		// no words at all: "(541) 555-0199", "16-17", "###": a figure
		// with nothing said about it is no claim, whatever the model makes
		// of its digits; but a table's row led by its year, "2025 | 84,200
		// | 67%", gives figures for that year, as "March 2025 | …" does
		return FurnitureFactor, "too short to be a claim"
	}
	// two words that give a figure are a claim: "Spending doubled."
	if alpha < 3 && !c.numbers && !(alpha == 2 && (hasFigure(ss) || electionResult(f, src, words, ss))) {
		return ShortFactor, "too short to be a claim"
	}
	// Every sentence the model learnt from has five words or more, so on
	// three or four words ("Others are waiting.") its score is a guess from
	// too few features, and it often passes the threshold with nothing to
	// show for it. Such a sentence keeps its score only when it has a part
	// of a claim ("Spending doubled.") or, unless it is judged on its
	// quotations, a word of weight that a reason can name ("We're not
	// raising taxes.").
	if alpha < 5 && !c.numbers && !hasClaimPart(ss) && (quoted || !m.namesWords(f, src)) && !harmDenied(f) && !electionResult(f, src, words, ss) {
		return FragmentFactor, "short sentence with no figures"
	}
	if c.infos&infoOpener != 0 && hasBoilerplate(f) {
		return BoilerplateFactor, "news boilerplate"
	}
	if hypothetical(f, src, start, end) {
		return HypotheticalFactor, hypotheticalReason
	}
	if (c.numbers || bytes.IndexByte(sent[:min(len(sent), 40)], ':') > 0) && greeting(f) {
		// a host's greeting, "Operator: Good morning, and welcome to the
		// third-quarter 2024 earnings call.", "Pre-match: Hello and
		// welcome to our live coverage of …"; one with no figure and no
		// label scores low as it is
		return BoilerplateFactor, "greeting"
	}
	// a court report's colour, "Pell, who wore a grey suit, showed no
	// emotion as the sentence was passed.": what someone named first
	// wore, with no figure, date or quotation, is narration, not a claim
	if len(words) > 3 && (src[words[0].srcEnd] == ',' || string(f.text(words[1])) == "wore") && bytes.Contains(sent, []byte(" wore ")) && !hasFigure(ss) && !kindAfter(ss, Quote, start-1) {
		return BoilerplateFactor, "narration of appearance"
	}
	// a results table's caption: "Results (94% reporting)"
	if n := len(words); n >= 2 && words[n-2].class != fwAlpha && string(f.text(words[n-1])) == "reporting" {
		return BoilerplateFactor, "news boilerplate"
	}
	if alpha <= 20 && c.infos&infoSweep != 0 && !quoted && !hasFigure(ss) && praise(f, src, words, ss) {
		return HedgedFactor, praiseReason
	}
	if alpha <= 16 && c.infos&flagFeeling != 0 && !quoted && !hasClaimPart(ss) && feelingOnly(f, words) {
		return BoilerplateFactor, feelingReason
	}
	// a demand, "Campaigners called for a ban.", is no claim to check: the
	// model learnt "called" from debates, where it leads a record ("I've
	// called for a 25% reduction"); alone, with no part of a claim, it
	// lifts nothing
	for i := 1; i+1 < len(words) && !quoted && c.infos&flagCalled != 0; i++ {
		if words[i].info&flagCalled != 0 && string(f.text(words[i+1])) == "for" && !wordIn("was were is are be been being", f.text(words[i-1])) {
			if bs, _ := m.topWords(f, src, nil); bs == words[i].srcStart && !hasClaimPart(ss) {
				return FragmentFactor, "a demand, not a claim"
			}
			break
		}
	}
	return 1, ""
}

// writtenQuestion are the openings of a written question in Parliament's
// record and of the labels around it (see [Model.ruleFactor]).
var writtenQuestion = [...]string{"To ask His ", "To ask the ", "Asked by ", "Asked on ", "Answered on ", "Answered by "}

// praiseReason is the last reason of a sentence of praise (see praise).
const praiseReason = "praise or a verdict, not a fact to check"

// praise reports whether words, a sentence's, whose spans are ss, praise
// before any comma with nothing to check, "The Nova X3 is an excellent
// phone.", "They have done a brilliant job.", or give a reviewer's best:
// "Photos in low light are the best we have seen on any phone this year."
// Praise after a comma may come before a claim: "Alan Greenspan, who I
// think has done a terrific job, supports the tax cut."
func praise(f *featurizer, src []byte, words []fword, ss []Span) bool {
	for k := 0; k+1 < len(words); k++ {
		if t := f.text(words[k]); words[k].info&infoSweep != 0 && (wordIn("excellent brilliant superb terrific fantastic wonderful", t) && !hasClaimPart(ss) || string(t) == "best" && string(f.text(words[k+1])) == "we") {
			return true
		}
		if src[words[k].srcEnd] == ',' {
			return false
		}
	}
	return false
}

// feelingReason is the reason of a sentence that states only a feeling
// (see feelingOnly).
const feelingReason = "a feeling, with nothing to check"

// rowAfter reports whether the next line with text after position k is
// a table's row: a '|' comes before its end.
func rowAfter(src []byte, k int) bool {
	for k < len(src) && src[k] == '\n' {
		k++
	}
	for k < len(src) && src[k] != '\n' && src[k] != '|' {
		k++
	}
	return k < len(src) && src[k] == '|'
}

// feelingOnly reports whether words, a sentence's, end on a feeling after
// "was", "were", "felt" or the like, with at most a short phrase after it
// led by "by", "at", "with", "over" or "of", quotation marks aside: "Housing
// advocates said they were disappointed.", "The family said they were
// devastated by the news.", "… said the authority was “deeply
// disappointed”." Whatever topic words the model weighs in it, nothing in
// it can be checked; [Model.ruleFactor] asks it only of a sentence with a
// feeling (flagFeeling) and no part of a claim, so that "… angry that
// rents rose 12%" and "73% of voters said they were worried" keep their
// scores. A feeling "about" something is left to the model.
func feelingOnly(f *featurizer, words []fword) bool {
	// w holds the last ten words but quotation marks, the last first
	var w [10][]byte
	n := 0
	for k := len(words) - 1; k >= 0 && n < len(w); k-- {
		if words[k].fixed != uint8(fxQuote)+1 {
			w[n], n = f.text(words[k]), n+1
		}
	}
	k := 0 // the feeling's, last or before a short phrase
	if infoOf(w[0])&flagFeeling == 0 {
		for j := 1; j < 5 && j < n; j++ {
			if wordIn("by at with over of", w[j]) {
				k = j + 1
				break
			}
		}
	}
	if string(w[k]) == "down" {
		if string(w[k+1]) != "let" {
			return false // "Prices were down."
		}
		k++
	} else if infoOf(w[k])&flagFeeling == 0 {
		return false
	}
	for j := k + 2; j < n && string(w[k]) == "concerned"; j++ {
		if string(w[j]) == "far" && string(w[j-1]) == "as" {
			return false // "as far as religion is concerned"
		}
	}
	v := k + 1
	if wordIn("very so deeply really extremely bitterly utterly incredibly", w[v]) {
		v++
	}
	return v+1 < n && wordIn("was were is are am feel feels felt i'm we're they're", w[v])
}

// factClause reports whether the clause after the first comma of words
// (or colon, when colon is set) states a figure or a date, and is one:
// after a colon any clause, after a comma one led by a participle or by
// "which", "who", "where" or "built" ("Don't miss the Bolhão market,
// reopened in 2022 after a restoration that cost €22 million."). An
// exhortation or a tip with such a clause is a fact to check.
func factClause(f *featurizer, src []byte, words []fword, ss []Span, colon bool) bool {
	for k := 1; k+1 < len(words); k++ {
		if c := src[words[k].srcEnd]; c == ',' || colon && c == ':' {
			t := f.text(words[k+1])
			return (c == ':' || bytes.HasSuffix(t, []byte("ed")) || wordIn("which who where built", t)) && kindAfter(ss, Date, words[k].srcEnd)
		}
	}
	return false
}

// signpost reports whether the words of a sentence point to a part of a
// document, "Chapter 3 of the report sets out the delays.": a part and its
// number or letter, then within a few words a verb that says what the part
// covers, not what it finds.
func signpost(f *featurizer, words []fword) bool {
	if len(words) < 4 || words[1].class != fwNumber && len(f.text(words[1])) != 1 || !wordIn("chapter section part annex appendix paragraph", f.text(words[0])) {
		return false
	}
	for k := 2; k < len(words) && k < 8; k++ {
		if wordIn("sets describes lists looks explains outlines covers examines considers summarises summarizes details discusses presents", f.text(words[k])) {
			return true
		}
	}
	return false
}

// newsletterReason is the reason of a sentence that is a newsletter's
// note on itself.
const newsletterReason = "a newsletter's note on itself"

// quotedReason is the last reason of a sentence under the threshold that
// [Model.Judge] scores on its quotations alone (see [QuoteShare]): what
// the quote says, not that someone said it, is weighed, and it reads as
// the speaker's view rather than a fact a checker could test. (It read
// "quotation judged on its own words" until session 29, which told a
// checker how the score was made but not what it meant for them.)
const quotedReason = "a quote that reads as opinion, not a fact to check"

// sweepingReason is the last reason of a sentence that claims all the
// evidence, or none, is on one side (see sweepingEvidence).
const sweepingReason = "sweeping claim about evidence"

// sweepWords open a sweeping claim about evidence, separated by spaces
// (see wordInfoTable and sweepingEvidence), or give an inspection's grade
// (see gradeGiven), or praise (see praise).
const sweepWords = "every all no rated graded excellent brilliant superb terrific fantastic wonderful best"

// sweepingEvidence reports whether the sentence f holds says that every,
// all or no study, expert or the like says, shows or finds something:
// "Every serious study says so.", "No economist believes the figures."
// A checker can test such a claim against the studies; [Model.Judge]
// makes it check-worthy whatever the model's score.
func sweepingEvidence(f *featurizer) bool {
	if f.counted && f.counts.infos&infoSweep == 0 {
		return false // most sentences: extract saw none of the words
	}
	words := f.words
	for i := 0; i+2 < len(words); i++ {
		if words[i].info&infoSweep == 0 || !wordIn("every all no", f.text(words[i])) {
			continue // not a sweep, or a grade or praise: "The best experts say"
		}
		for k := i + 1; k <= i+3 && k+1 < len(words); k++ {
			if evidenceNouns.Has(f.text(words[k])) {
				return wordIn("says say shows show showed finds find found suggests suggest confirms confirm supports support backs back agrees agree believes believe thinks think", f.text(words[k+1]))
			}
		}
	}
	return false
}

// evidenceNouns are the sources a sweeping claim about evidence names
// after "every", "all" or "no" (see sweepingEvidence), in a table.
var evidenceNouns = wordset.Of("study|studies|expert|experts|economist|economists|scientist|scientists|doctor|doctors|" +
	"survey|surveys|poll|polls|analysis|analyses|research|evidence")

// harmReason is the last reason of a sentence that says nobody or nothing
// was harmed (see harmDenied).
const harmReason = "says no one or nothing was harmed"

// harmDenied reports whether the sentence f holds, of at most ten words,
// ends by saying that nobody or nothing was harmed: "Nobody was injured.",
// "No customer data was stolen.", "Passwords were not affected.", "There
// were no fatalities." After a
// breach or a crash these are what a checker verifies, as "Nobody was
// killed." ([Model.Judge] makes them check-worthy whatever the model's
// score), while "He was not elected." is no such claim.
func harmDenied(f *featurizer) bool {
	w := f.words
	n := len(w)
	for n > 0 && w[n-1].class != fwAlpha {
		n--
	}
	if n < 3 || n > 10 {
		return false
	}
	if t := f.text(w[n-1]); !harmWords.Has(t) {
		return false
	} else if t[len(t)-1] == 's' {
		return string(f.text(w[n-2])) == "no" // "There were no fatalities."
	}
	if string(f.text(w[n-2])) == "not" {
		return wordIn("was were is are been", f.text(w[n-3]))
	}
	return wordIn("was were been", f.text(w[n-2])) && wordIn("no nobody none nothing", f.text(w[0]))
}

// harmWords are the last words harmDenied looks for, in a table: the
// losses that follow "no", which end in "s", and what was done to whom,
// which do not.
var harmWords = wordset.Of("fatalities|casualties|injuries|deaths|" +
	"stolen|affected|injured|hurt|compromised|accessed|disrupted|harmed|exposed|leaked|breached|damaged|killed")

// firstOrSecondPerson are the flags of the words "I", "we" and "you" in
// any form (see featWordLists). The lifts of causeStated and
// recordOrRuleStart leave a sentence with any of them to the model.
const firstOrSecondPerson = flagFirstSingular | flagFirstPlural | flagSecond

// causeReason is the last reason of a sentence that states what causes
// something (see causeStated).
const causeReason = "claim about cause and effect"

// causeStated reports whether the sentence f holds, of at most 30 words,
// neither a question nor in the first or second person, says of a named
// thing that it causes, or does not cause, something, or that it raises
// or lowers the risk of something: "Smoking can cause lung cancer.", "The
// vaccine does not cause autism.", "Eating eggs every day raises the risk
// of heart disease.", "The crash was caused by a worn bolt." ss are the
// sentence's spans, whose Causal spans say where to look. These are the
// claims health and science checkers test first, and the debates the
// model learnt from hold few of them, so [Model.Judge] makes them
// check-worthy whatever the model's score; "It would cause chaos.", "That
// caused the problem.", "What causes inflation?" and "It cannot prove that
// aspirin caused the fall." are not such claims.
func causeStated(f *featurizer, src []byte, ss []Span) bool {
	c := f.wordCounts()
	words := f.words
	if c.alpha > 30 || c.infos&firstOrSecondPerson != 0 || len(words) == 0 || words[len(words)-1].fixed == uint8(fxQuestion+1) {
		return false
	}
	for _, sp := range ss {
		if sp.Kind != Causal || !validSpan(src, sp) {
			continue
		}
		t := sp.Text(src)
		i := bytes.LastIndexByte(t, ' ') + 1
		// "blamed X for Y", "Y was blamed on X": a cause named
		// ("the minister was blamed for the delays" blames a person)
		blame := bytes.HasPrefix(t, []byte("blame"))
		if blame && bytes.HasSuffix(t, []byte(" for")) {
			continue
		}
		if !blame && (!wordIn("cause causes caused by of trigger", t[i:]) || t[i] == 'o' && !bytes.HasSuffix(t, []byte("risk of")) || t[i] == 'b' && !bytes.HasSuffix(t, []byte("caused by"))) {
			continue
		}
		// the span's first word, then the subject's last word before it
		// and any modal or auxiliary; the object after it
		k := 0
		for k < len(words) && words[k].srcStart < sp.Start {
			k++
		}
		e := k
		for e < len(words) && words[e].srcStart < sp.End {
			e++
		}
		if blame && i == 0 {
			// "blamed" alone: a quoted cause after it, "blamed “a faulty
			// configuration change”", or a "for" or "on" giving the effect
			n := e
			for e < len(words) && words[e].class != fwAlpha {
				e++
			}
			if e == n {
				for n < len(words) && !wordIn("for on", f.text(words[n])) {
					n++
				}
			}
			if n == len(words) {
				continue
			}
		}
		k--
		for k >= 0 && (wordIn("can could may might does do did not doesn't don't didn't also often is was are were been has have had", f.text(words[k])) || bytes.HasSuffix(f.text(words[k]), []byte("ly"))) {
			k--
		}
		// "It cannot prove that aspirin caused the fall." is no such claim
		neg := false
		for _, w := range words[:max(k, 0)] {
			neg = neg || wordIn("not cannot can't never doesn't don't didn't isn't", f.text(w))
		}
		if k >= 0 && e < len(words) && !neg && words[k].class == fwAlpha && words[e].class == fwAlpha && !wordIn("of for", f.text(words[e])) &&
			!wordIn("i we you they he she it this that what what's which who there these those to would will should must shall going and or but the a an its their his her", f.text(words[k])) {
			return true
		}
	}
	return false
}

// recordReason is the last reason of a sentence that claims a record
// (see recordOrRuleStart).
const recordReason = "claims a record"

// ruleStartReason is the last reason of a sentence that dates when a
// rule starts (see recordOrRuleStart).
const ruleStartReason = "date a rule takes effect"

// dividendReason is the last reason of a sentence that dates a dividend
// to be paid (see recordOrRuleStart).
const dividendReason = "date a dividend is paid"

// closeReason is the last reason of a sentence that dates a closure
// (see recordOrRuleStart).
const closeReason = "date of a closure"

// decisionReason is the last reason of a sentence that dates a decision
// a body is to take (see decisionDated).
const decisionReason = "date of a decision"

// decisionDated reports whether the sentence f holds, whose spans are ss,
// dates a vote or a decision that a council, a cabinet, a committee or
// the like is to take: "Full council will vote on 25 February.", "The
// plan will be considered by the cabinet on 10 February." The day is
// fixed by the body's calendar: a checkable fact.
func decisionDated(f *featurizer, src []byte, ss []Span) bool {
	day := int32(-1) // the last date led by "on", "by" or "before"
	for _, sp := range ss {
		if t := sp.Text(src); sp.Kind == Date && bytes.IndexByte(t, ' ') > 1 && wordIn("on by before", t[:bytes.IndexByte(t, ' ')]) {
			day = sp.Start
		}
	}
	words := f.words
	if day < 0 && len(words) > 0 {
		// or a parliament's calendar: "before the summer recess"
		if k := bytes.Index(src[words[0].srcStart:words[len(words)-1].srcEnd], []byte(" recess")); k >= 0 {
			day = words[0].srcStart + int32(k)
		}
	}
	verb, body := false, false
	for i := 1; day >= 0 && i < len(words) && words[i].srcEnd < day; i++ {
		t := f.text(words[i])
		if c := t[0]; c != 'v' && c != 'd' && c != 'a' && c != 'c' && c != 'b' && c != 'p' && c != 'm' {
			continue // most words
		}
		body = body || wordIn("council cabinet committee board parliament mps", t)
		verb = verb || wordIn("vote decide considered debate approve", t) &&
			(string(f.text(words[i-1])) == "will" || i > 1 && string(f.text(words[i-2])) == "will" && wordIn("be then", f.text(words[i-1])))
	}
	return verb && body
}

// electionReason is the last reason of a sentence that gives an election's
// result (see electionResult).
const electionReason = "an election result"

// parties are a results page's names of British parties, short and long.
const parties = "lab con ld lib snp green reform ind dup sdlp uup labour conservative conservatives tory plaid alliance"

// electionResult reports whether words, a sentence's, whose spans are
// ss, give an election's result in the shorthand of a results page,
// "Con gain from LD.", "Lab hold.", or say that a party kept, took or
// lost control of a council: "Labour kept control of Hartmoor Borough
// Council." (the council named within 60 bytes of the party) Who won a seat, and who runs a council, are the facts of an
// election night.
func electionResult(f *featurizer, src []byte, words []fword, ss []Span) bool {
	// the party is an organisation, and "control of" follows its verb
	for _, sp := range ss {
		if sp.Kind != Org || sp.End < 0 || int(sp.End) >= len(src) {
			continue
		}
		if r := src[sp.End:min(len(src), int(sp.End)+60)]; len(r) > 20 && r[0] == ' ' {
			if i := bytes.IndexByte(r[1:], ' ') + 1; bytes.HasPrefix(r[i:], []byte(" control of ")) && wordIn("kept keeps retained retains took takes won wins lost loses gained regained seized", r[1:i]) && bytes.Contains(r[i:], []byte("ouncil")) {
				return true
			}
		}
	}
	// a result line is short
	if len(words) > 12 || f.wordCounts().alpha > 6 {
		return false
	}
	for i := 1; i < len(words); i++ {
		t := string(f.text(words[i]))
		if t == "hold" && (i+1 == len(words) || i+2 == len(words) && words[i+1].class != fwAlpha) && wordIn(parties, f.text(words[i-1])) ||
			t == "gain" && i+2 < len(words) && string(f.text(words[i+1])) == "from" && wordIn(parties, f.text(words[i+2])) {
			return true
		}
	}
	return false
}

// outpaceReason is the last reason of a sentence that says one thing
// outpaces, outstrips or outnumbers another (see recordOrRuleStart).
const outpaceReason = "claims one thing outpaces another"

// gradeReason is the last reason of a sentence that gives an
// inspection's grade (see gradeGiven).
const gradeReason = "an inspection grade"

// gradeGiven returns gradeReason if the sentence f holds gives the grade
// an inspectorate's scale rates something: "The school was rated good in
// all four areas: ...", "Hartwell Academy rated ‘good’ after Ofsted
// return visit", "The trust was rated requires improvement."; the grade
// may be in quotation marks, and what follows it is the end, a
// punctuation mark or a word such as "in", "by" or "after" (not "Diners
// rated good food highly"). Otherwise it returns "".
func gradeGiven(f *featurizer) string {
	if f.counted && f.counts.infos&infoSweep == 0 {
		return "" // most sentences: extract saw none of the words
	}
	words := f.words
	for i := 2; i < len(words); i++ {
		if words[i-1].info&infoSweep == 0 || !wordIn("rated graded", f.text(words[i-1])) {
			continue
		}
		k := i
		if words[k].class == fwSymbol {
			k++ // ‘good’
		}
		if k+1 < len(words) && string(f.text(words[k])) == "requires" {
			k++ // "requires improvement"
		}
		if k < len(words) && wordIn("good outstanding inadequate improvement", f.text(words[k])) &&
			(k+1 == len(words) || words[k+1].class != fwAlpha || wordIn("in by after at for overall across on and but with following since", f.text(words[k+1]))) {
			return gradeReason
		}
	}
	return ""
}

// warningReason is the last reason of a sentence that says a graded
// warning is in force or issued (see recordOrRuleStart).
const warningReason = "a warning in force"

// productAbsentReason is the last reason of a short sentence that says
// what a product's box lacks (see recordOrRuleStart).
const productAbsentReason = "states what a product lacks"

// survivorsReason is the last reason of a sentence that counts the
// family a person leaves (see recordOrRuleStart).
const survivorsReason = "the family a person leaves"

// suspendedReason is the last reason of a sentence that says a
// service was suspended (see recordOrRuleStart).
const suspendedReason = "a service suspended"

// sideEffectsReason is the last reason of a sentence that lists a drug's
// commonest side effects (see recordOrRuleStart).
const sideEffectsReason = "a drug's side effects found in trials"

// dutyReason is the last reason of a sentence that states what a rule
// binds a business or body to do (see annotator.duty).
const dutyReason = "states what the rules require"

// recordOrRuleStart returns recordReason if the sentence f holds, whose
// spans are ss, has a superlative and says it is a record: "This was the
// hottest summer on record.", "the lowest figure since records began",
// "the biggest crowd in the club's history". A record can be checked
// against the records; "the greatest country in history" and "the best
// team in history" are praise, not records, and "our best year on
// record" is left to the model, as other claims in the first or second
// person. It returns ruleStartReason if the sentence dates when a rule
// takes effect: "The ban will take effect on 1 January 2028.", "The
// directive will apply from 2028."; the date is fixed by the rule's text,
// not forecast, and the present tense scores over the threshold. It
// returns dividendReason if the sentence dates a dividend to be paid:
// "Hartwell will pay the final dividend on 19 June to shareholders on
// the register on 15 May.", a date the company has announced. It returns
// closeReason if the sentence forecasts that something shuts or closes
// on a day, a month or a year given right after the verb, which ends the
// prediction or follows it ("will be closed on Monday"): "The libraries
// at Fenby, Marsh Lane and Oldcastle would shut at the end of June."
// states which and when. It returns outpaceReason if one thing
// outpaces, outstrips or outnumbers another: "Rents continue to outpace
// prices.", a comparison the figures settle.
// It returns dutyReason for a duty a rule sets ("Airlines must provide
// meals"), gradeReason for an inspection's grade (see gradeGiven) and
// warningReason for a graded warning in force: "A severe flood warning
// is in force at Bewdley.", "The Environment Agency has issued a severe
// flood warning."
// Otherwise it returns "".
// [Model.Judge] makes such claims check-worthy whatever the model's score.
//
// It returns productAbsentReason for a sentence of under ten words that
// says a product's box lacks a thing: "There is no charger in the box.",
// "There are no cables included."
func recordOrRuleStart(f *featurizer, src []byte, ss []Span) string {
	c := f.wordCounts()
	if c.infos&firstOrSecondPerson != 0 {
		return ""
	}
	if n := len(f.words); n > 3 && n < 10 {
		// what a product's box lacks: "There is no charger in the box."
		t := src[f.words[0].srcStart:f.words[n-1].srcEnd]
		if (bytes.HasPrefix(t, []byte("There is no ")) || bytes.HasPrefix(t, []byte("There are no "))) && (bytes.HasSuffix(t, []byte(" in the box")) || bytes.HasSuffix(t, []byte(" included"))) {
			return productAbsentReason
		}
	}
	sup, rule, duty := false, false, false
	kinds := uint64(0) // a bit for each kind of span in ss
	for _, sp := range ss {
		kinds |= 1 << (sp.Kind & 63)
		if (sp.Kind == Comparison || sp.Kind == Rule) && validSpan(src, sp) {
			t := sp.Text(src)
			if sp.Kind == Rule {
				// "will apply", "will take effect", "will come into
				// force", and a deadline to "transpose the directive"
				rule = rule || wordIn("apply effect force", t[bytes.LastIndexByte(t, ' ')+1:]) || bytes.HasPrefix(t, []byte("transpos"))
				// and a penalty a rule sets, "can face unlimited fines"
				duty = duty || bytes.HasPrefix(t, []byte("must ")) || bytes.Contains(t, []byte("have to ")) || bytes.Contains(t, []byte("fine"))
				continue
			}
			if bytes.HasPrefix(t, []byte("out")) {
				return outpaceReason // "Rents continue to outpace prices."
			}
			// a drug's commonest side effects, "The most common side
			// effects were fatigue and nausea": what its trials found
			if r := src[sp.End:]; bytes.HasSuffix(t, []byte("common")) && bytes.HasPrefix(r, []byte(" side effects")) && wordIn("were are included include", firstWord(r[13:])) {
				return sideEffectsReason
			}
			sup = sup || bytes.HasSuffix(t, []byte("est")) && !bytes.HasSuffix(t, []byte("greatest")) && !bytes.HasSuffix(t, []byte("best"))
		}
	}
	// an obituary's survivors, "She is survived by two daughters and
	// five grandchildren": a family's facts, checked first; and a
	// service stopped, "Amtrak suspended service between New Orleans
	// and Houston": the operator's act, which its notices settle
	for i := 1; c.infos&flagGrade != 0 && kinds&(1<<Quantity|1<<Org) != 0 && i+1 < len(f.words); i++ {
		w := f.words[i]
		if w.info&flagGrade == 0 || (w.end-w.start)>>1 != 4 { // of the flagged words, "survived" and "suspended" alone have 8 or 9 letters
			continue
		}
		if n := string(f.text(f.words[i+1])); w.end-w.start == 8 { // "survived"
			if kinds&(1<<Quantity) != 0 && n == "by" && wordIn("is was", f.text(f.words[i-1])) {
				return survivorsReason
			}
		} else if n == "service" || n == "services" { // "suspended"
			return suspendedReason
		}
	}
	dated := kinds&(1<<Date) != 0
	if rule && dated {
		return ruleStartReason
	}
	if duty {
		return dutyReason
	}
	words := f.words
	if dated && kinds&(1<<Prediction) != 0 {
		will, shut := false, int32(-1)
		for _, sp := range ss {
			t := sp.Text(src)
			will = will || sp.Kind == Prediction && bytes.HasPrefix(t, []byte("will "))
			if sp.Kind == Prediction {
				if wordIn("shut close", finalWord(t)) {
					shut = sp.End + 1
				}
				// the verb after the prediction: "will be closed on
				// Monday", "is set to close by 2027"
				if r := src[sp.End:min(len(src), int(sp.End)+9)]; len(r) > 6 && r[0] == ' ' && (r[1] == 'c' || r[1] == 's') {
					if v := bytes.IndexByte(r[1:], ' ') + 1; v > 0 && wordIn("close closed shut", r[1:v]) {
						shut = sp.End + int32(v) + 1
					}
				}
			}
			// the closure's date right after it and led by "on", "in",
			// "at" or "by", "on 30 June", not a clock time nor today
			// ("will close at 5pm today") nor another clause's ("Schools
			// will close early, and … every six minutes")
			if sp.Kind == Date && sp.Start == shut && sp.End > shut+3 && src[shut+2] == ' ' {
				return closeReason
			}
		}
		if will && len(words) > 0 && bytes.Index(src[words[0].srcStart:words[len(words)-1].srcEnd], []byte("ividend")) >= 0 {
			return dividendReason // "dividend", "Dividends"
		}
		if will && decisionDated(f, src, ss) {
			return decisionReason
		}
	} else if kinds&(1<<Prediction) != 0 && decisionDated(f, src, ss) {
		return decisionReason // "before the summer recess", no date span
	}
	if electionResult(f, src, words, ss) {
		return electionReason
	}
	if g := gradeGiven(f); g != "" {
		return g
	}
	// a warning graded "severe", "red", "amber" or "yellow" one or two
	// words before it: "A severe flood warning is in force at Bewdley.",
	// "an amber rain warning"; the grade and the place are what a live
	// page is read for, and the agency's list settles them
	for i := 1; i < len(words) && c.infos&flagGrade != 0; i++ {
		if w := words[i]; w.end-w.start < 7 || f.buf[w.start] != 'w' {
			continue // most words, tested without slicing
		}
		if t := f.text(words[i]); string(t[:7]) == "warning" && (wordIn("severe red amber yellow", f.text(words[i-1])) || i > 1 && wordIn("severe red amber yellow", f.text(words[i-2]))) {
			return warningReason
		}
	}
	in := -9 // the last "in"
	for i := 1; sup && i < len(words); i++ {
		p := f.text(words[i-1])
		switch string(f.text(words[i])) {
		case "in":
			in = i
		case "history":
			if i-in <= 4 {
				return recordReason
			}
		case "record":
			if string(p) == "on" {
				return recordReason
			}
		case "began":
			if string(p) == "records" {
				return recordReason
			}
		case "recorded":
			if string(p) == "ever" {
				return recordReason
			}
		}
	}
	return ""
}

// hypotheticalReason is the last reason of a sentence that opens with a
// condition (see hypothetical).
const hypotheticalReason = "hypothetical (if …)"

// hypothetical reports whether the sentence of src that f holds, whose
// text is sent, opens with a condition set off by a comma, maybe after
// "and", "but" or "so": "If inflation fell to 2%, mortgage rates would drop." Its figures
// are supposed, not stated. "If you look at the record, …" and the like
// lead in to a claim and are not hypothetical, nor are the sentence
// adverbs "If anything,", "If so," and "If not,", whose main clause is
// asserted; "If true," and "If confirmed," are hedges, and the hedge
// says so. Nor is a condition that things stay as they are ("If we do
// nothing,", "If current trends continue,"), nor one whose main clause
// gives a figure ("If the dam fails, 3,000 homes would flood.").
func hypothetical(f *featurizer, src []byte, start, end int32) bool {
	sent := src[start:end]
	words := f.words
	k := 0
	for ; k < len(words) && k < 2; k++ {
		if t := f.text(words[k]); string(t) != "and" && string(t) != "but" && string(t) != "so" {
			break
		}
	}
	if k+2 >= len(words) || string(f.text(words[k])) != "if" || bytes.IndexByte(sent, ',') < 0 {
		return false
	}
	if e := int(words[k+1].srcEnd); e < len(src) && src[e] == ',' && wordIn("anything so not true confirmed", f.text(words[k+1])) {
		return false
	}
	if string(f.text(words[k+1])) == "you" && wordIn("look take think go listen compare", f.text(words[k+2])) {
		return false
	}
	// "If we do nothing, …", "If current trends continue, …": what comes
	// of things as they are is a forecast to check, not a supposition
	comma := int32(bytes.Index(sent, []byte(", ")))
	if comma >= 0 {
		comma += start
	}
	for n := k + 1; n < len(words) && n <= k+5 && (comma < 0 || words[n].srcStart < comma); n++ {
		if wordIn("nothing continue continues", f.text(words[n])) {
			return false
		}
	}
	// "If the dam fails, 3,000 homes would flood.": a figure the main
	// clause gives is an estimate to check, whatever it is supposed on;
	// a year there ("by 2030") is not such a figure
	for _, w := range words {
		if t := src[w.srcStart:w.srcEnd]; w.class == fwNumber && comma >= 0 && w.srcStart > comma && !(len(t) == 4 && (t[0] == '1' || t[0] == '2')) {
			return false
		}
	}
	return true
}

// interviewerReason is the last reason of a claim an interviewer's "Q:"
// turn reports: "Q: Your opponents say you are cutting the budget."
const interviewerReason = "put by the interviewer"

// reportedClaim reports whether the spans ss of a sentence have a speaker
// that starts at or after from: the "Your opponents" of "Q: Your
// opponents say …", not the "Q" label.
func reportedClaim(ss []Span, from int32) bool {
	for _, sp := range ss {
		if sp.Kind == Speaker && sp.Start >= from {
			return true
		}
	}
	return false
}

// askedClaimReason is the reason of a statement of a figure that ends in
// a question mark: "The council spent £900k on a new logo last year and
// can't fix a bridge??". [Model.Judge] scores it without the marks.
const askedClaimReason = "claim phrased as a question"

// askedClaim reports whether the sentence of words, which ends in "?",
// states a figure rather than asks for one: it has a money or percent
// span among ss and opens, maybe after a label and a colon or after
// "and", "but" or "so", with no question word or auxiliary ("How much
// …?", "Did the council spend …?", "Didn't it cost …?"). A question may
// also take a claim with a figure as given (see embeddedClaim).
func askedClaim(f *featurizer, words []fword, ss []Span) bool {
	figure := false
	for _, sp := range ss {
		figure = figure || sp.Kind == Money || sp.Kind == Percent
	}
	if !figure {
		return false
	}
	for k := range words[:min(6, len(words))] {
		if string(f.text(words[k])) == ":" {
			words = words[k+1:] // after a label: "Fact check: Did the city …?"
			break
		}
	}
	for _, w := range words[:min(2, len(words))] {
		if w.class != fwAlpha {
			return false
		}
		t := uncontract(f.text(w))
		if n := len(t); n > 3 && string(t[n-3:]) == "n't" {
			t = t[:n-3] // "didn't" is "did", "can't" "ca"
		} else if n > 5 && string(t[n-5:]) == "n’t" {
			t = t[:n-5]
		}
		if wordIn("and but so or", t) {
			continue
		}
		return !wordIn(askingWords, t)
	}
	return false
}

// embeddedClaim returns the index in words of the first word of a
// clause with a figure that the question of words takes as given, or
// -1: what follows "Did you know (that)" ("Did you know that 7.4 million
// people are waiting?"), or a "that" after a noun or adjective ("Isn't
// it true that crime has risen 20%?", "How can a party that let bills
// rise by 54% lecture us?"). A money, percent or quantity span of ss
// must start in the clause.
func embeddedClaim(f *featurizer, words []fword, ss []Span) int {
	for k := 2; k+1 < len(words); k++ {
		if t := string(f.text(words[k])); k == 2 && t == "know" || t == "that" && !wordIn("so it this is are was were do does did can could will would should has have had", f.text(words[k-1])) {
			for i, sp := range ss {
				if sp.Start >= words[k].srcEnd && hasFigure(ss[i:i+1]) {
					if string(f.text(words[k+1])) == "that" {
						k++ // "Did you know that"
					}
					return k + 1
				}
			}
			return -1
		}
	}
	return -1
}

// askingWords open a question: question words and auxiliaries, as
// askedClaim leaves them ("isn't" is "is", "can't" "ca", "won't" "wo").
const askingWords = "who what when where why how which whose whom is are am was were do does did can ca could will wo would shall sha should has have had may might must"

// statementWords returns how many of words come before the question
// marks that end them.
func statementWords(f *featurizer, words []fword) int {
	n := len(words)
	for n > 0 && string(f.text(words[n-1])) == "?" {
		n--
	}
	return n
}

// appeal reports whether the sentence of words, which opens "Anyone",
// asks its reader to call or contact someone: "Anyone with video is asked
// to call the tip line at 555-0142", "Anyone affected can contact …".
func appeal(f *featurizer, words []fword) bool {
	for _, w := range words[2:min(len(words), 12)] {
		if wordIn("call contact email phone ring", f.text(w)) {
			return true
		}
	}
	return false
}

// rating reports whether the sentence of words in src, a label and a
// colon, is a reviewer's score: "Rating: 4.5 out of 5 stars", "Score:
// 8/10", "Verdict: 4/5".
func rating(f *featurizer, src []byte, words []fword) bool {
	if !wordIn("rating score verdict stars", f.text(words[0])) {
		return false
	}
	n := src[words[2].srcStart:words[2].srcEnd]
	if len(n) == 0 || n[0] < '0' || n[0] > '9' {
		return false
	}
	if len(words) < 4 || words[3].srcStart < words[2].srcEnd {
		return false
	}
	// "8/10": the slash between the numbers is no word
	return string(strs.TrimSpace(src[words[2].srcEnd:words[3].srcStart])) == "/" || string(f.text(words[3])) == "out"
}

// writerTagline reports whether the words of a sentence after the name that opens
// it, which ends at end, say what its writer covers: "Dana Whitfield covers
// housing.", "Sam Ode reports on crime."
func writerTagline(f *featurizer, words []fword, end int32) bool {
	for i, w := range words {
		if w.srcStart >= end {
			t := f.text(w)
			return string(t) == "covers" || wordIn("reports writes", t) && i+1 < len(words) && wordIn("on about", f.text(words[i+1]))
		}
	}
	return false
}

// footerHeading reports whether the heading t opens a press release's
// notes about itself, which tell no news: "About Norvik Technologies"
// (a name of up to three words, not a headline's "About Half of Voters
// Back Plan"), "Forward-Looking Statements", "Safe Harbor Statement".
func footerHeading(t []byte) bool {
	for _, p := range [...]string{"about ", "forward-looking statement", "safe harbo"} {
		if len(t) > len(p) && bytes.EqualFold(t[:len(p)], []byte(p)) {
			return p != "about " || 'A' <= t[6] && t[6] <= 'Z' && len(appendFields(nil, t)) <= 4
		}
	}
	return false
}

// hasClaimPart reports whether spans has a span of a kind that makes a
// claim checkable: an amount, a date, a comparison, a prediction, a cause or
// a rule.
func hasClaimPart(spans []Span) bool {
	for _, sp := range spans {
		switch sp.Kind {
		case Quantity, Money, Percent, Date, Comparison, Prediction, Causal, Rule:
			return true
		}
	}
	return false
}

// hedgeOnly reports whether spans, in src, have a hedge but no part of a
// claim (see hasClaimPart) and no speaker but a pronoun.
func hedgeOnly(src []byte, spans []Span) bool {
	if hasClaimPart(spans) {
		return false
	}
	hedged := false
	for _, sp := range spans {
		switch sp.Kind {
		case Hedge:
			hedged = true
		case Speaker:
			if !validSpan(src, sp) || !namesNoOne(sp.Text(src)) {
				return false
			}
		}
	}
	return hedged
}

// comparedIn reports whether the first comparison of spans that ends by
// end, the one a reason cites, holds the quantity q: "twice as likely".
func comparedIn(spans []Span, q Span, end int32) bool {
	for _, c := range spans {
		if c.Kind == Comparison && c.End <= end {
			return c.Start <= q.Start && q.End <= c.End
		}
	}
	return false
}

// codeCall reports whether sent is a call in code, one run with no
// space that ends in ")" or ");" with "(" glued to a letter before it:
// "alert(1)", "javascript:alert(3)".
func codeCall(t []byte) bool {
	n := len(t)
	if n > 0 && t[n-1] == ';' {
		n--
	}
	k := bytes.IndexByte(t, '(')
	return k > 0 && n > k && t[n-1] == ')' && 'a' <= t[k-1]|0x20 && t[k-1]|0x20 <= 'z' && bytes.IndexByte(t, ' ') < 0
}

// otherFigure reports whether spans have a quantity or date, but the one
// at k, that ends by end.
func otherFigure(spans []Span, k int, end int32) bool {
	for i, q := range spans {
		if i != k && (q.Kind == Quantity || q.Kind == Date) && q.End <= end {
			return true
		}
	}
	return false
}

// hasFigure reports whether spans has a money, percent or quantity span.
func hasFigure(spans []Span) bool {
	for _, sp := range spans {
		if sp.Kind == Money || sp.Kind == Percent || sp.Kind == Quantity {
			return true
		}
	}
	return false
}

// headline reports whether a heading whose words f holds, with spans ss,
// is a headline that states figures, "Inspector approves 450 homes
// despite 1,200 objections": four words or more, no final stop, and a
// figure after its first two words; not a list's title, "The best 10
// things to do in Porto", nor "Key figures 2025".
func headline(f *featurizer, ss []Span, sent []byte) bool {
	words := f.words
	if f.wordCounts().alpha < 4 || len(words) < 3 || sent[len(sent)-1] == '.' {
		return false
	}
	for _, sp := range ss {
		if sp.Start > words[1].srcEnd && (sp.Kind == Money || sp.Kind == Percent || sp.Kind == Quantity) {
			k := 2
			for k < len(words) && words[k].srcEnd <= sp.Start {
				k++
			}
			return !wordIn("best top worst", f.text(words[k-1])) // a list's title: "The best 10 things to do in Porto"
		}
	}
	return false
}

// boardRow reports whether line is a row of a timetable or a departures
// board laid out in columns with spaces: a clock time first, then
// columns set apart by two gaps or more of two spaces, "06:05 EZY8421
// Malaga        CANCELLED", and no full stop.
func boardRow(line []byte) bool {
	if len(line) < 8 || line[2] != ':' || line[5] != ' ' || line[0]-'0' > 2 || line[1]-'0' > 9 || line[3]-'0' > 5 || line[4]-'0' > 9 {
		return false
	}
	gaps := 0 // runs of two spaces or more
	for k := 7; k < len(line); k++ {
		if line[k] == ' ' && line[k-1] == ' ' && line[k-2] != ' ' {
			gaps++
		}
	}
	return gaps >= 2 && bytes.IndexByte(line, '.') < 0
}

// transferRow reports whether line is a row of a list of transfers: a
// dash, a name of one to three words and a colon, then "Club to Club"
// in Titlecase words up to the end or a comma, "- Asante: Lyon to
// Northbridge, undisclosed", "- Duarte: Rovers to Castlebridge, loan".
func transferRow(line []byte) bool {
	if !bytes.HasPrefix(line, []byte("- ")) {
		return false
	}
	rest := line[2:]
	c := bytes.IndexByte(rest, ':')
	if c < 2 || c+2 >= len(rest) || rest[c+1] != ' ' || !titleWords(rest[:c], 3) {
		return false
	}
	rest = rest[c+2:]
	if k := bytes.IndexByte(rest, ','); k >= 0 {
		rest = rest[:k]
	}
	k := bytes.Index(rest, []byte(" to "))
	return k >= 0 && titleWords(rest[:k], 3) && titleWords(rest[k+4:], 3)
}

// titleWords reports whether t is one to max words, each starting with a
// capital letter.
func titleWords(t []byte, max int) bool {
	n := 0
	for k := 0; k < len(t); k++ {
		if k == 0 || t[k-1] == ' ' {
			if n++; n > max || t[k]-'A' > 'Z'-'A' {
				return false
			}
		}
	}
	return n > 0 && t[len(t)-1] != ' '
}

// yearCells counts the cells of a table's row, cut at '|', that are a
// year alone: "2026" in "Year to 31 January | 2026 | 2025". A first cell
// "Year" alone heads a column of years, and counts for two: "Year |
// Applications | Within 12 weeks" is a header.
func yearCells(row []byte) int {
	n, digits, other := 0, 0, false
	if bytes.HasPrefix(row, []byte("Year |")) {
		n = 2
	}
	for k := 0; k <= len(row); k++ {
		switch {
		case k == len(row) || row[k] == '|':
			if digits == 4 && !other {
				n++
			}
			digits, other = 0, false
		case row[k]-'0' < 10:
			digits++
		case row[k] != ' ':
			other = true
		}
	}
	return n
}

// kindAfter reports whether one of the spans ss of a kind up to last, in
// the order of the kinds (Quantity, Money, Percent, Date, Quote), starts
// after the byte offset at.
func kindAfter(ss []Span, last Kind, at int32) bool {
	for _, sp := range ss {
		if sp.Kind <= last && sp.Start > at {
			return true
		}
	}
	return false
}

// unreadable reports whether a tenth or more of sentence s's bytes are
// invalid UTF-8 or control characters other than white space: a binary file
// or text decoded with the wrong encoding, which the model would otherwise
// score on whatever digits and letters it happens to contain.
func unreadable(src []byte, toks []tokenize.Token, s segment.Sentence) bool {
	if s.Tok < 0 || s.TokEnd > int32(len(toks)) || s.Tok >= s.TokEnd {
		return false
	}
	bad := 0
	for _, t := range toks[s.Tok:s.TokEnd] {
		if t.Kind == tokenize.Invalid {
			bad += int(t.End - t.Start)
			continue
		}
		if t.End-t.Start == 1 && t.Start < int32(len(src)) {
			if c := src[t.Start]; c < 0x20 && c != '\t' && c != '\n' && c != '\r' {
				bad++
			}
		}
	}
	return bad*10 >= int(s.End-s.Start)
}

// boilerplatePhrases are word sequences of the notes a news page carries
// about itself and its sources rather than claims, separated by "|", the
// words by one space. (One string, not a [][]string: the build's data
// then holds no string or slice header per word.)
const boilerplatePhrases = "" +
	"declined to comment|" +
	"did not respond to|" +
	// a reply refused, ending the sentence or a clause before "and":
	// "Asked why …, the company did not respond."
	"did not respond $|" +
	"did not reply $|" +
	"did not immediately respond|" +
	// a question left open, "?" standing for who, how, whether and the
	// like: "The company did not say how many customers were affected."
	"did not say ?|" +
	"did not disclose ?|" +
	"did not specify ?|" +
	// a figure left out: "It did not give a figure.", "… a breakdown",
	// "… a timeline", "… details"
	"did not give a figure|" +
	"did not give a breakdown|" +
	"did not give a timeline|" +
	"did not give details|" +
	"could not be reached|" +
	// a rejection with nothing in it: "The attorney general rejected
	// that.", "She denied it."
	"rejected that $|" +
	"rejected this $|" +
	"rejected it $|" +
	"denied that $|" +
	"denied this $|" +
	"denied it $|" +
	"rejected the claim $|" +
	"denied the claim $|" +
	"not available for comment|" +
	"this article was|" +
	"this story was|" +
	"this story has been|" +
	"this article has been|" +
	// a correction's account of what the text said before, which is
	// withdrawn: "An earlier version of this article said 14 shelters"
	"earlier version of this|" +
	"previous version of this|" +
	"contributed to this report|" +
	"contributed reporting|" +
	"additional reporting by|" +
	"editing by|" +
	"all rights reserved|" +
	// a press release's safe-harbour notice, a writer's note
	"forward-looking statements|" +
	"forward-looking statement|" +
	"undertakes no obligation|" +
	"contributing writer|" +
	// a transcript's note on itself: "The following is a lightly edited
	// transcript of the news conference.", "The following exchange is
	// taken from the call transcript."
	"edited transcript|" +
	"following exchange is|" +
	"following exchange was|" +
	"following exchange took|" +
	"transcript has been edited|" +
	"contributing editor|" +
	// the Commons' procedure: "On a point of order, Mr Speaker.", "We now
	// come to the statement", "If he will list his official engagements"
	"point of order|" +
	"we now come to|" +
	"official engagements|" +
	"calm down $|" +
	// a live blog's and an interview's notes on themselves, and a
	// fact-checker's key to its ratings: "We're closing the live blog
	// now.", "Show key events only", "Please turn on JavaScript to use
	// this feature", "This interview has been edited for length and
	// clarity.", "Rating guide: We rate a claim Misleading when …"
	"closing the live blog|" +
	"closing this live blog|" +
	"pausing the live blog|" +
	"show key events|" +
	"turn on javascript|" +
	"enable javascript|" +
	"edited for length|" +
	// a podcast's sponsor read: "This episode is brought to you by
	// Tidewell.", "use code DEEP20 for 20% off"
	"brought to you by|" +
	"use code|" +
	// a party's imprint, which the law asks of its leaflets and
	// manifestos: "Printed and promoted by T. Hale on behalf of …"
	"printed and promoted|" +
	"promoted and printed|" +
	"published and promoted|" +
	"edited for clarity|" +
	"edited and condensed|" +
	"rating guide|" +
	// the police's note that a victim's family knows, which a report of a
	// death repeats: "His family have been informed." It must end the
	// sentence or a clause before "and" ("$", see phraseIDsAt): "The
	// family has been informed that 40 patients …" goes on to a claim.
	"family have been informed $|" +
	"family has been informed $|" +
	"families have been informed $|" +
	"kin have been informed $|" +
	"kin has been informed $|" +
	"family have been notified $|" +
	"family has been notified $|" +
	"kin have been notified $|" +
	"kin has been notified $|" +
	// a newsletter's footer: "You are receiving this email because you
	// signed up at …"
	// a written answer's stock replies: "The Department does not hold
	// this information centrally.", "Dental services in Scotland are a
	// devolved matter.", "Decisions on … are a matter for local highway
	// authorities", "The attachment provides a breakdown …", "Figures
	// are published quarterly in …"
	"hold this information|" +
	"figures are published|" +
	"devolved matter|" +
	"matter for local|" +
	"attachment provides|" +
	// a disclosure and a caption's credit: "The author holds no position
	// in the stocks mentioned.", "On loan from a private collection.";
	// a site's footer, "Catch all the Business News … on The Economic Times."
	"stocks mentioned $|" +
	"loan from a private collection|" +
	"catch all the|" +
	"receiving this email|" +
	"receiving this newsletter|" +
	"received this email"

// phraseEnd is the id of "$" in boilerplateIDs: the phrase ends there;
// phraseWh the id of "?", a question word (whWords).
const (
	phraseEnd = 255
	phraseWh  = 254
)

// whWords are the words that "?" stands for in a boilerplate phrase.
const whWords = "who how whether what when why which where"

// boilerplateVocab holds the words of the boilerplate phrases, numbered
// from 1 (boilerplateVocab[0] is ""), and boilerplateIDs are the phrases as
// those numbers.
var boilerplateVocab, boilerplateIDs = func() ([]string, [][]uint8) {
	vocab := make([]string, 1, 64)
	ids := make([][]uint8, strs.CountByte([]byte(boilerplatePhrases), '|')+1)
	rest := boilerplatePhrases
	for i := range ids {
		var p string
		p, rest = strs.Cut(rest, '|')
		for p != "" {
			var w string
			w, p = strs.Cut(p, ' ')
			if w == "$" {
				ids[i] = append(ids[i], phraseEnd)
				continue
			}
			if w == "?" {
				ids[i] = append(ids[i], phraseWh)
				continue
			}
			id := 0
			for id < len(vocab) && vocab[id] != w {
				id++
			}
			if id == len(vocab) {
				vocab = append(vocab, w)
			}
			ids[i] = append(ids[i], uint8(id))
		}
	}
	return vocab, ids
}()

// boilerplateFrom holds, for each word of boilerplateVocab, the indexes in
// boilerplateIDs of the phrases it opens, in their order there ("family"
// opens "family have been informed" and three more).
var boilerplateFrom = func() [][]uint8 {
	from := make([][]uint8, len(boilerplateVocab))
	for k, p := range boilerplateIDs {
		from[p[0]] = append(from[p[0]], uint8(k))
	}
	return from
}()

// hasBoilerplate reports whether the words of f contain one of the
// boilerplate phrases, trying at each word the phrases it may open.
func hasBoilerplate(f *featurizer) bool {
	for i := range f.words {
		w := &f.words[i] // not copied: most words are passed over
		if w.info&infoOpener == 0 {
			continue
		}
		if int(w.bp) >= len(boilerplateFrom) {
			continue
		}
		for _, k := range boilerplateFrom[w.bp] {
			if p := boilerplateIDs[k]; phraseIDsAt(f, p, i) {
				if i > 7 && wordIn("rejected denied", f.text(*w)) {
					continue // "Prices rose 4% last year, but the union rejected that.": more than who rejects
				}
				// "… declined to comment but said in a statement that
				// the department had spent $4 million": the rest is said;
				// "This story has been updated to correct the number of
				// shelters, which is 41": the rest states the right figure;
				// "The company did not respond and its shares fell 10%":
				// the clause after a phrase that ends one states a figure
				rest := f.words[min(i+len(p), len(f.words)):]
				figure := p[len(p)-1] == phraseEnd
				for k, w := range rest {
					switch t := string(f.text(w)); {
					case t == "but":
						return false
					case t == "correct" && k > 0 && string(f.text(rest[k-1])) == "to":
						figure = true
					case figure && w.class == fwNumber:
						return false
					}
				}
				return true
			}
		}
	}
	return false
}

// greeting reports whether the words of f, after a transcript's label,
// open with a host's greeting: "Operator: Good morning, and welcome to
// the third-quarter 2024 earnings call.", "Thank you for joining us for
// our 2024 results." The date in it is the call's, not a claim.
func greeting(f *featurizer) bool {
	w := f.words
	for i := 0; i < min(len(w), 6); i++ {
		if t := f.text(w[i]); len(t) == 1 && t[0] == ':' {
			w = w[i+1:] // "Operator:", "Marcus Feld, Chief Executive Officer:"
			break
		}
	}
	if len(w) < 2 {
		return false
	}
	switch string(f.text(w[0])) {
	case "good", "hello", "thank", "thanks":
	default:
		return false // most sentences: no greeting's first word
	}
	is := func(i int, words ...string) bool {
		if i+len(words) > len(w) {
			return false
		}
		for k, word := range words {
			if string(f.text(w[i+k])) != word {
				return false
			}
		}
		return true
	}
	switch {
	case is(0, "good", "morning"), is(0, "good", "afternoon"), is(0, "good", "evening"), is(0, "hello"):
		return is(2, "and", "welcome") || is(1, "and", "welcome")
	case is(0, "thank", "you", "for", "joining"), is(0, "thanks", "for", "joining"):
		return true
	}
	return false
}

// phraseIDsAt reports whether the words of f from i on are the boilerplate
// phrase p, given as the ids of boilerplateVocab.
func phraseIDsAt(f *featurizer, p []uint8, i int) bool {
	words := f.words
	if n := len(p); p[n-1] == phraseEnd {
		// the phrase ends the words or comes before "and"
		if i+n-1 > len(words) || i+n-1 < len(words) && string(f.text(words[i+n-1])) != "and" {
			return false
		}
		p = p[:n-1]
	}
	if i+len(p) > len(words) {
		return false
	}
	for k, id := range p {
		if words[i+k].bp != id && (id != phraseWh || !wordIn(whWords, f.text(words[i+k]))) {
			return false
		}
	}
	return true
}

// personalOpeners are the words with which personalAt can return true.
var personalOpeners = []string{"i", "we", "i've", "i'd", "we've", "my", "our"}

// personalAt reports whether the words of f from i on tell of personal
// experience: "I" or "we" before a verb of experience ("I was", "I saw",
// "I've seen", "we lived"), or "my" before a person or thing of one's own
// life ("my father", "my home"). "My plan" and "my administration" are not.
func personalAt(f *featurizer, i int) bool {
	if f.words[i].info&infoPersonal == 0 {
		return false
	}
	next := func(k int) []byte {
		if i+k < len(f.words) {
			return f.text(f.words[i+k])
		}
		return nil
	}
	// has reports whether the word k after i is in the list of info bit b.
	has := func(k int, b wordInfo) bool { return infoOf(next(k))&b != 0 }
	switch string(f.text(f.words[i])) {
	case "i", "we":
		if v := next(1); wordIn("have had was were", v) {
			// "I have seen", "I was born", "I had lost"; not "I have a plan".
			if has(2, infoExperience) || wordIn("born been there", next(2)) {
				return true
			}
			return wordIn("was were", v)
		}
		return has(1, infoExperience)
	case "i've", "i'd", "we've":
		return has(1, infoExperience) || string(next(1)) == "been"
	case "my", "our":
		return has(1, infoPersonalNoun)
	}
	return false
}

// infoOf returns the flags of the word w (see wordInfoTable).
func infoOf(w []byte) wordInfo { return wordInfoTable.lookup(w).info }

// judgePersonalNouns are the people and things of one's own life,
// separated by spaces (see wordInfoTable).
const judgePersonalNouns = "father mother dad mom mum son daughter wife husband brother sister family children kids " +
	"parents grandfather grandmother grandparents friend friends home house life childhood " +
	"uncle aunt neighbor neighbour doctor school hometown"

// judgeExperienceVerbs follow "I" or "we" in a sentence of personal
// experience; separated by spaces (see wordInfoTable).
const judgeExperienceVerbs = "was saw had have met grew went visited worked lived spent heard watched lost remember knew " +
	"served taught wrote walked felt found got used came seen born raised studied moved left " +
	"fought suffered survived experienced"

// judgeTypes returns the claim types of a check-worthy sentence. When the
// document has no spans at all (no annotator ran), numbers and a few words
// stand in for them.
func judgeTypes(f *featurizer, src []byte, ss []Span, noSpans bool) Type {
	var t Type
	for _, sp := range ss {
		switch sp.Kind {
		case Money, Percent, Quantity:
			t |= TypeQuantity
		case Prediction:
			t |= TypePrediction
		case Causal:
			t |= TypeCausation
		case Rule:
			t |= TypeRule
		case Hedge:
			if hedgedForecast(src, sp) {
				t |= TypePrediction
			}
		}
	}
	// The words are looked at when one may make the sentence personal
	// (as far as the counts extract left tell), or when there are no spans
	// to stand for them.
	if noSpans || !f.counted || f.counts.infos&infoPersonal != 0 {
		for i := range f.words {
			w := &f.words[i]
			if w.info&infoPersonal != 0 && personalAt(f, i) {
				t |= TypePersonal
			}
			if noSpans {
				wt := f.textOf(w)
				switch {
				case w.class == fwNumber && string(wt) != "<year>" && string(wt) != "<decade>", string(wt) == "%", string(wt) == "<cur>", w.info&flagMagnitude != 0:
					t |= TypeQuantity
				case wordIn("will 'll forecast expected", wt):
					t |= TypePrediction
				case wordIn("because caused led due", wt):
					t |= TypeCausation
				case wordIn("illegal law banned unlawful", wt):
					t |= TypeRule
				}
			}
		}
	}
	if t == 0 {
		t = TypeOther
	}
	return t
}

// hedgedForecast reports whether hedge span sp is a modal before a verb of
// what a figure will do, "could climb", "may rise", "might cost": a claim
// about the future, hedged, whose type is a prediction as well ("could
// not explain", "may be", "may have taken" are not).
func hedgedForecast(src []byte, sp Span) bool {
	var small [16]byte
	if n := sp.End - sp.Start; n < 3 || n > 5 || src[sp.Start]|0x20 != 'c' && src[sp.Start]|0x20 != 'm' {
		return false // not "could", "may" or "might", in any case: most predictions ("will")
	}
	return wordIn("could may might", lowerSmall(&small, sp.Text(src))) && forecastVerbs.Has(firstWord(src[sp.End:]))
}

// forecastVerbs are the verbs of what a figure will do after a hedging
// modal (see hedgedForecast): a table, as the list's first letters are
// those of most words.
var forecastVerbs = wordset.Of("rise|climb|fall|drop|reach|hit|top|exceed|double|triple|halve|grow|shrink|increase|decrease|" +
	"cost|jump|soar|slump|plunge|decline|surge")

// spanReasons lists the span kinds that make reasons, in order of
// importance, with the label each gets.
var spanReasons = []struct {
	kind  Kind
	label string
}{
	{Money, "quantity: "}, {Percent, "quantity: "}, {Quantity, "quantity: "},
	{Quote, ""}, {Speaker, ""},
	{Prediction, "prediction: "}, {Comparison, "comparison: "}, {Causal, "cause: "},
	{Rule, "rule: "}, {Date, "date: "}, {Hedge, "hedged: "},
}

// kindReasons holds, for each span kind, the bits of the entries of
// spanReasons that have it: bit i for spanReasons[i]. (A table, not a
// loop at start-up, for the size of the wasm build.)
var kindReasons = [NumKinds]uint16{
	Money: 1 << 0, Percent: 1 << 1, Quantity: 1 << 2,
	Quote: 1 << 3, Speaker: 1 << 4,
	Prediction: 1 << 5, Comparison: 1 << 6, Causal: 1 << 7,
	Rule: 1 << 8, Date: 1 << 9, Hedge: 1 << 10,
}

// reasons explains a check-worthy sentence: spans[lo:lo+n] are the spans
// that may be inside it, f holds its words, and left sentences, this one
// included, remain to be judged. The texts of the reasons are written in
// rt, and are strings once rt is flushed. turn is the index of the
// transcript label ("MARIA LINDQVIST:") whose turn the sentence goes on,
// or -1. end is where the sentence ends: a span that runs on past it is
// cited by no reason. flag is the text of a wiki maintenance tag glued to
// the sentence, which gives the first reason, if not empty.
func (m *Model) reasons(f *featurizer, src []byte, spans []Span, lo, n, turn int, end int32, flag textRange, arena *[]string, rt *reasonText, left int) []string {
	// The reasons of all sentences share backing arrays, allocated for 64
	// sentences at a time, or for the left sentences when fewer, at
	// MaxReasons slots each. A sentence may fill MaxReasons slots; Judge
	// then takes from *arena only those its reasons use.
	if cap(*arena)-len(*arena) < MaxReasons {
		*arena = make([]string, 0, min(64, max(left, 1))*MaxReasons)
	}
	a := *arena
	out := a[len(a) : len(a) : len(a)+MaxReasons]
	if flag.start < flag.end {
		// the text of a wiki maintenance tag: "source flags this: citation needed"
		at := rt.start(left, sourceFlags)
		rt.buf = appendShortened(rt.buf, src[flag.start:flag.end])
		out, _ = rt.end(out, at, len(sourceFlags), false, "")
	}
	attributed, sourced := false, false
	var labels [MaxReasons]string // the labels of the reasons so far
	nl := 0
	var shown [MaxReasons + 2]textRange // the spans the reasons so far quote, and two names
	nshown := 0
	age := -1 // the first age group among the quantities, as in "people over 60"
	// The entries of spanReasons whose kind the sentence's spans have,
	// bit i for spanReasons[i]: the loop below looks for no other.
	// from holds the first span of each kind, counted from lo, so that
	// the loop for an entry passes over the spans before the first of
	// its kind.
	var todo uint16
	var from [NumKinds]int32
	for k := lo + n - 1; k >= lo; k-- {
		if sp := spans[k]; sp.Start >= 0 && sp.End <= int32(len(src)) && sp.Start <= sp.End && sp.Kind < NumKinds {
			todo |= kindReasons[sp.Kind]
			from[sp.Kind] = int32(k - lo)
		}
	}
	first := -1 // the first transcript label of the sentence (see inTurn), found when a speaker span asks
	for ; todo != 0; todo &= todo - 1 {
		sr := &spanReasons[bits.TrailingZeros16(todo)]
		if sr.kind == Hedge && age >= 0 && len(out) < MaxReasons-1 && !has(labels[:nl], spanReasons[2].label) {
			// the age group, "quantity: over 60", when no other figure
			// is a reason: after the dates, before the hedges
			at := rt.start(left, spanReasons[2].label)
			rt.buf = appendShortened(rt.buf, spans[age].Text(src))
			out, _ = rt.end(out, at, len(spanReasons[2].label), true, "")
		}
		for k := lo + int(from[sr.kind]); k < lo+n && len(out) < MaxReasons-1; k++ {
			if spans[k].Kind != sr.kind {
				continue // most spans: their kind is read alone
			}
			sp := spans[k]
			if sp.Start < 0 || sp.End > int32(len(src)) || sp.Start > sp.End {
				continue
			}
			switch sp.Kind {
			case Quote:
				if attributed || sp.Link < 0 || int(sp.Link) >= len(spans) || spans[sp.Link].Kind != Speaker || phraseOnly(src, spans, int(sp.Link)) {
					continue
				}
				at := rt.start(left, attributedTo)
				rt.appendSpeaker(src, spans, int(sp.Link))
				out, attributed = rt.end(out, at, len(attributedTo), false, "")
				continue
			case Speaker:
				if first < 0 {
					first = firstLabel(src, spans, lo, lo+n)
				}
				if inTurn(src, spans, first, k, turn) && accordingSource(src, spans, k) {
					// a source the turn's speaker cites, who still speaks
					// the sentence: "according to Circana data"
					if !sourced {
						at := rt.start(left, accordingTo)
						rt.appendSpeaker(src, spans, k)
						out, sourced = rt.end(out, at, len(accordingTo), false, "")
					}
					continue
				}
				if attributed || speaksElsewhere(src, spans, k, lo+n) {
					continue // "LINDQVIST: Critics say ...": the critics
				}
				if heardBy(src, spans, k) {
					// "The court heard that …": evidence put to the court,
					// not the court's claim
					out, attributed = append(out, heardInCourt), true
					if nshown < len(shown) {
						shown[nshown], nshown = textRange{sp.Start, sp.End}, nshown+1
					}
					continue
				}
				at := rt.start(left, attributedTo)
				rt.appendSpeaker(src, spans, k)
				out, attributed = rt.end(out, at, len(attributedTo), false, "")
				if attributed && nshown < len(shown) {
					shown[nshown], nshown = textRange{sp.Start, sp.End}, nshown+1
				}
				continue
			}
			if sp.End > end {
				continue // a span that runs on into the next sentence is not highlighted in this one
			}
			label := sr.label
			if (sp.Kind == Date || sp.Kind == Quantity) && durationText(sp.Text(src)) {
				label = durationLabel // "for six years", "less than five years": a length of time, which "date:" or "quantity:" would misstate
			}
			if sp.Kind == Causal && associationText(sp.Text(src)) {
				label = associationLabel // "linked to": a link that is not shown to be a cause
			}
			if has(labels[:nl], label) {
				break // one reason per label: the first quantity is enough
			}
			if sp.Kind == Quantity && digitQuantity(src, sp.End, spans[k+1:lo+n]) && smallCount(sp.Text(src)) {
				continue // "the two countries ... about 3,400 cubic metres": the figure in digits leads
			}
			if sp.Kind == Quantity && apposedAge(src, spans[lo:k], sp) {
				continue // "Desmond Achterberg, 58, … pleaded guilty": the age is no claim
			}
			if sp.Kind == Quantity && age < 0 && ageGroup(src, sp) {
				// "people over 60": who, not how much; said after the
				// other reasons, at the hedges' entry, which the loop now visits
				age = k
				todo |= kindReasons[Hedge]
				continue
			}
			if sp.Kind == Money && k+1 < lo+n && spans[k+1].Kind == Comparison && spans[k+1].Start == sp.End+2 && src[sp.End+2] == 'n' {
				continue // "was £49.99, now £29.99": the price now leads
			}
			if k+1 < lo+n && spans[k+1].Kind == sp.Kind && spans[k+1].Start == sp.End+4 && sp.Start > 4 && string(src[sp.Start-5:sp.Start]) == "from " && string(src[sp.End:sp.End+4]) == " to " {
				continue // "risen from 1,050 to 2,603 homes": the new figure leads
			}
			if has(shown[:nshown], textRange{sp.Start, sp.End}) {
				continue // "nearly two decades", a quantity and a date: said once
			}
			if sp.Kind == Quantity && label == durationLabel && bytes.IndexByte(sp.Text(src), ' ') < 0 && otherFigure(spans[lo:lo+n], k-lo, end) {
				continue // "the 10-year note rose 12 basis points": the figure leads, not the note's term
			}
			if sp.Kind == Quantity && comparedIn(spans[lo:lo+n], sp, end) {
				continue // "twice as likely": the comparison says it, figure and all
			}
			at := rt.start(left, label)
			if sp.Kind == Quantity {
				if ms, me := measureBefore(src, sp.Start); ms < me {
					// "the hazard ratio was 0.79": "quantity: hazard ratio 0.79"
					rt.buf = append(append(rt.buf, src[ms:me]...), ' ')
				}
			}
			rt.buf = appendShortened(rt.buf, sp.Text(src))
			out, _ = rt.end(out, at, len(label), true, "")
			labels[nl], nl = label, nl+1
			if nshown < len(shown) {
				shown[nshown], nshown = textRange{sp.Start, sp.End}, nshown+1
			}
			break
		}
	}
	if !attributed && turn >= 0 && (turn < lo || turn >= lo+n) {
		// a later sentence of a transcript's turn: "Maria Lindqvist: Sure.
		// Our win rates were up about 300 basis points." Who said it
		// matters more than the last of three other reasons. The same
		// for a sentence inside a quotation, whose speaker may come after
		// it ("“… It cost $4m. …,” she said").
		if len(out) >= MaxReasons-1 {
			out = out[:MaxReasons-2]
		}
		at := rt.start(left, attributedTo)
		rt.appendSpeaker(src, spans, turn)
		out, _ = rt.end(out, at, len(attributedTo), false, "")
	}
	for _, sp := range spans[lo : lo+n] {
		if sp.Kind-Speaker <= Place-Speaker && sp.Kind != Cue && nshown < len(shown) && (sp.Kind <= Person || nameSpan(src, sp)) {
			// a name is no reason: not "wording typical of claims: 'Patel'",
			// nor a word of a longer name, 'North' of "Rail Users North",
			// nor of who speaks: 'record' of "the record said"
			shown[nshown], nshown = textRange{sp.Start, sp.End}, nshown+1
		}
	}
	// The word with the largest weight, only when no figure, date,
	// prediction, comparison, cause, rule or hedge is a reason: beside
	// "quantity: $4.87 billion" a checker has nothing to do with
	// "'billion'", and alone it says why the sentence scored.
	if nl == 0 && age < 0 && len(out) < MaxReasons {
		if bs, be := m.topWords(f, src, shown[:nshown]); bs < be {
			// wordingReason and "'" around the words' shortened text,
			// unless that text is empty.
			at := rt.start(left, wordingReason)
			rt.buf = appendShortened(rt.buf, src[bs:be])
			out, _ = rt.end(out, at, len(wordingReason), false, "'")
		}
	}
	if len(out) == 0 {
		// Every highlight explains itself, even when the score comes from
		// many small weights and no span: "The sea was the colour of slate."
		out = append(out, overallWording)
	}
	return out
}

// nameSpan reports whether the name sp of a body or a place has several
// words, which are then no reason to show.
func nameSpan(src []byte, sp Span) bool {
	return bytes.IndexByte(sp.Text(src), ' ') > 0
}

// apposedAge reports whether the Quantity span sp is a person's age set
// off by commas after their name, "Desmond Achterberg, 58, of Wetherby":
// one to three digits right after ", " and before ",", where one of
// before, the spans before it, is a Person that ends at the comma.
func apposedAge(src []byte, before []Span, sp Span) bool {
	t := sp.Text(src)
	if len(t) == 0 || len(t) > 3 || sp.Start < 3 || int(sp.End) >= len(src) || src[sp.End] != ',' || string(src[sp.Start-2:sp.Start]) != ", " {
		return false
	}
	for _, c := range t {
		if c < '0' || c > '9' {
			return false
		}
	}
	for k := len(before) - 1; k >= 0; k-- {
		if before[k].Kind == Person && before[k].End == sp.Start-2 {
			return true
		}
	}
	return false
}

// ageGroup reports whether the Quantity span sp is an age group: "people
// over 60", "aged 50 to 74", "if you are 50 to 74". Its text is one or two
// numbers of two digits, perhaps after "over", "under" or "aged", joined
// by "to" or "-"; the word before it is "aged", "are" or a word for
// people, unless the text starts with "aged".
func ageGroup(src []byte, sp Span) bool {
	t := sp.Text(src)
	aged := false
	for _, p := range [...]string{"over ", "under ", "aged ", "aged over ", "aged under "} {
		if len(t) > len(p) && string(t[:len(p)]) == p {
			t, aged = t[len(p):], p[0] == 'a'
			break
		}
	}
	digits, numbers := 0, 0
	for i, c := range t {
		switch {
		case '0' <= c && c <= '9':
			digits++
			if digits > 2 {
				return false
			}
		case c == ' ' || c == '-' || c == 't' && i+1 < len(t) && t[i+1] == 'o' || c == 'o' && i > 0 && t[i-1] == 't':
			if digits > 0 {
				if digits < 2 {
					return false
				}
				numbers++
			}
			digits = 0
		default:
			return false
		}
	}
	if digits < 2 || numbers > 1 {
		return false
	}
	if aged {
		return true
	}
	ws, we := wordBefore(src, sp.Start)
	var small [16]byte
	return ws < we && wordIn("aged are people adults men women patients those anyone children", lowerSmall(&small, src[ws:we]))
}

// wordBefore returns the bounds of the run of ASCII letters that ends
// before at, after the spaces there; empty if there is none.
func wordBefore(src []byte, at int32) (int32, int32) {
	e := min(at, int32(len(src)))
	for e > 0 && src[e-1] == ' ' {
		e--
	}
	s := e
	for s > 0 && ('a' <= src[s-1]|0x20 && src[s-1]|0x20 <= 'z') {
		s--
	}
	return s, e
}

// measureBefore returns the bounds of the name of the statistic that a
// figure starting at at gives, or an empty range: "hazard ratio" in "the
// hazard ratio was 0.79", "odds ratio" in "an odds ratio of 1.27",
// "relative risk" in "a relative risk of 0.8". A bare figure does not say
// what it measures; the reason names it for whoever checks it.
func measureBefore(src []byte, at int32) (int32, int32) {
	ws, we := wordBefore(src, at)
	var small [16]byte
	if ws < we && wordIn("was is of", lowerSmall(&small, src[ws:we])) {
		ws, we = wordBefore(src, ws)
	}
	if ws == we || we < int32(len(src)) && we != at && src[we] != ' ' {
		return 0, 0
	}
	w := lowerSmall(&small, src[ws:we])
	if !wordIn("ratio risk", w) {
		return 0, 0
	}
	ps, pe := wordBefore(src, ws)
	if ps == pe || pe != ws-1 || !wordIn("hazard odds risk rate relative absolute", lowerSmall(&small, src[ps:pe])) {
		return 0, 0
	}
	return ps, we
}

// sampleSize reports whether the figure that starts at at is a sample
// size, after "n =" or "n=": "(n = 9,840)".
func sampleSize(src []byte, at int32) bool {
	k := min(at, int32(len(src)))
	for k > 0 && src[k-1] == ' ' {
		k--
	}
	if k == 0 || src[k-1] != '=' {
		return false
	}
	k--
	for k > 0 && src[k-1] == ' ' {
		k--
	}
	return k > 0 && src[k-1]|0x20 == 'n' && (k == 1 || !('a' <= src[k-2]|0x20 && src[k-2]|0x20 <= 'z'))
}

// smallCount reports whether t, the text of a Quantity span, counts from
// two to nine in a word: "two countries", "six hospitals", "four". News
// style writes such counts in words and a measured figure in digits. Not
// a range ("two to three cups") nor a multiple ("twice", "three times").
func smallCount(t []byte) bool {
	w := t
	if k := bytes.IndexByte(t, ' '); k >= 0 {
		w = t[:k]
	}
	var small [16]byte
	if !wordIn("two three four five six seven eight nine", lowerSmall(&small, w)) || strs.Contains(t, " times") {
		return false
	}
	lo, hi, ok := amount.ParseRange(t)
	return ok && lo == hi && lo <= 9 // not "five million jobs"
}

// digitQuantity reports whether one of spans, after end, is a Quantity
// written with digits and standing apart from the count that ends at end:
// not an ordinal ("35th"), not in "nine out of 10" (one share), and not
// right after it ("five 45-day extensions", "six roughly 15-minute
// segments" describe the same things), not a number joined to a noun by
// a hyphen ("a 21-story tower" describes a thing).
func digitQuantity(src []byte, end int32, spans []Span) bool {
	for _, sp := range spans {
		if sp.Kind != Quantity || sp.Start < end || sp.End > int32(len(src)) || sp.Start > sp.End || sampleSize(src, sp.Start) {
			continue // not a sample size, "(n = 9,840)", which counts no outcome
		}
		if gap := src[end:sp.Start]; !hasLetter(gap) || strs.Contains(gap, "out of") {
			return false
		}
		t := sp.Text(src)
		d := 0
		for d < len(t) && (t[d] < '0' || t[d] > '9') {
			d++
		}
		if d == len(t) {
			return false
		}
		e := d
		for e < len(t) && ('0' <= t[e] && t[e] <= '9' || t[e] == ',' || t[e] == '.') {
			e++
		}
		var small [16]byte
		suf := t[e:]
		if k := bytes.IndexByte(suf, ' '); k >= 0 {
			suf = suf[:k]
		}
		return !wordIn("st nd rd th", lowerSmall(&small, suf)) && (len(suf) == 0 || suf[0] != '-') // not "35th", "a 21-story tower"
	}
	return false
}

// overallWording is the reason of a check-worthy sentence that has no
// other: its words as a whole, none of them alone.
const overallWording = "scored on its wording as a whole: no single word or figure stands out"

// wordingReason opens the reason that quotes the word or pair of words
// of a sentence with the largest weight toward a claim ("wording typical
// of claims: 'budget gap'"), when no span gives a reason.
const wordingReason = "wording typical of claims: '"

// transcriptLabel reports whether the speaker span spans[k] is a
// transcript's "NAME:" label, or its "Q." or "A.".
func transcriptLabel(src []byte, spans []Span, k int) bool {
	if labelChecks != nil {
		*labelChecks++
	}
	c := spans[k].Link
	return c >= 0 && int(c) < len(spans) && spans[c].Kind == Cue && spans[c].End-spans[c].Start == 1 &&
		spans[c].Start >= 0 && spans[c].End <= int32(len(src)) &&
		(src[spans[c].Start] == ':' || src[spans[c].Start] == '.' && spans[k].End-spans[k].Start == 1)
}

// labelChecks, when a test sets it, counts the calls of transcriptLabel:
// the loops that look for labels among a sentence's spans are to look
// once per sentence, not once per speaker (see firstLabel).
var labelChecks *int

// looked, when a test sets it, counts the words and spans that the loops
// of quoteScore, quotedClaimPart and extract look at for each quotation
// of a sentence: for a sentence of many quotations each is to look at
// its own, not at the whole sentence's.
var looked *int

// labelStarts reports whether the speaker span sp opens the sentence that
// starts at start, perhaps in bold: "**Delia Okonkwo:** …".
func labelStarts(src []byte, sp Span, start int32) bool {
	return sp.Start == start || sp.Start == start+2 && int(start)+2 <= len(src) && string(src[start:start+2]) == "**"
}

// turnGoesOn reports whether the paragraph that sents opens goes on with the
// turn of the transcript's speaker spans[turn], whose turn the paragraph
// before is in: "CHIEF OYELARAN: Good afternoon. …" then "Four people were
// wounded. …". It does not when the paragraph is a heading or furniture,
// opens with a label of its own ("Q: …", "Q Doctor, …", "ASHCROFT: …"),
// or gives anyone as a speaker ("Captain Ferrante later told reporters
// that …"), though a source cited after its cue while labels follow
// does not count (see citedSource); nor when no label follows in the
// text and the paragraph does not speak in the first person, as the
// narration that closes a transcript does ("Anyone with video is asked
// to call the tip line.").
// The questioner's turn ("Q: …") never goes on. first is the index of a
// span at or before the paragraph's first; lastLabel is where the text's
// last label starts.
func turnGoesOn(src []byte, toks []tokenize.Token, sents []segment.Sentence, spans []Span, first, turn int, lastLabel int32) bool {
	if t := spans[turn]; t.End-t.Start == 1 && src[t.Start] == 'Q' {
		return false
	}
	// a table row's label with only a figure after it, "South West:
	// £1,749", "Total: £1.7bn", starts no turn: no word of three letters
	if c, ok := speakerCue(src, spans, turn); ok {
		run := 0
		for p := int(c.End); p < len(src) && src[p] != '\n' && run < 3; p++ {
			if run++; src[p]|0x20 < 'a' || src[p]|0x20 > 'z' {
				run = 0
			}
		}
		if run < 3 {
			return false
		}
	}
	para := sents[0].Para
	n := 0
	for n < len(sents) && sents[n].Para == para {
		if sents[n].Role != segment.Body {
			return false
		}
		n++
	}
	start, end := clampRange(sents[0].Start, sents[n-1].End, len(src))
	if labelOpens(src[start:end]) {
		return false
	}
	for k := firstSpanFrom(spans, first, start); k < len(spans) && spans[k].Start < end; k++ {
		if spans[k].Kind == Speaker && !(lastLabel > start && citedSource(src, spans, k)) {
			return false
		}
	}
	if lastLabel > start {
		return true
	}
	var small [16]byte
	for _, s := range sents[:n] {
		for t := s.Tok; t < s.TokEnd && int(t) < len(toks); t++ {
			if tk := toks[t]; tk.Kind == tokenize.Word && wordIn("i we our us my me ours", lowerSmall(&small, uncontract(tk.Text(src)))) {
				return true
			}
		}
	}
	return false
}

// postHeader reports whether the speaker span spans[k] is the author's
// name in a social media post's header line, "Maya Rennick
// @mayarennick_news · 2:14 PM", whose cue is the handle: the post's
// sentences, up to the next header or page furniture, are the author's.
func postHeader(src []byte, spans []Span, k int) bool {
	c, ok := speakerCue(src, spans, k)
	return ok && c.Start > spans[k].Start && src[c.Start] == '@'
}

// speechCue reports whether the speaker span spans[k] gives a speech
// printed in full after it, whose cue is "full text", "in full", "as
// delivered" or "transcript" (see annotator.speechIntros).
func speechCue(src []byte, spans []Span, k int) bool {
	c, ok := speakerCue(src, spans, k)
	t := c.Text(src)
	return ok && (c.Start > spans[k].End && wordIn("text full delivered transcript", t[bytes.LastIndexByte(t, ' ')+1:]) || string(t) == "Answered")
}

// letterSigner returns the index of the speaker span that signs the
// reader's letter opening at start, "Sir, …" down to "Gordon Pell,
// Fenwick" (see annotator.letters), or -1: the first speaker after start
// that opens a line and whose cue follows it after a comma and a space,
// before the next letter opens (a letter printed without its sign-off is
// no one's).
func letterSigner(src []byte, spans []Span, lo int, start int32) int {
	next := int32(len(src)) // the line break before the next letter's opening
	for i := start; ; {
		j := bytes.IndexByte(src[i:], '\n')
		if j < 0 {
			break
		}
		i += int32(j) + 1
		if letterOpens(src[i:]) {
			next = i - 1
			break
		}
	}
	for k := lo; k < len(spans) && spans[k].Start < next; k++ {
		sp := spans[k]
		if c, ok := speakerCue(src, spans, k); ok && sp.Kind == Speaker && sp.Start > start && validSpan(src, sp) && c.Start == sp.End+2 && src[sp.End] == ',' && src[sp.Start-1] == '\n' {
			return k
		}
	}
	return -1
}

// letterOpens reports whether b opens as a reader's letter does: "Sir,"
// or "Madam,".
func letterOpens(b []byte) bool {
	return bytes.HasPrefix(b, []byte("Sir,")) || bytes.HasPrefix(b, []byte("Madam,"))
}

// labelledNote reports whether the sentence opens with a label of one to
// three words and a colon: "Fact check:", "Editor's note:".
func labelledNote(sent []byte) bool {
	spaces := 0
	for i, c := range sent[:min(len(sent), 24)] {
		switch {
		case c == ':':
			return i > 0
		case c == ' ':
			spaces++
		case c == '"' || c-'0' < 10 || c >= 0x80 || spaces > 2:
			return false
		}
	}
	return false
}

// speakerCue returns the cue that the speaker span spans[k] links to, and
// false when it links to none or to no cue within src.
func speakerCue(src []byte, spans []Span, k int) (Span, bool) {
	c := spans[k].Link
	if c < 0 || int(c) >= len(spans) || spans[c].Kind != Cue || !validSpan(src, spans[c]) {
		return Span{}, false
	}
	return spans[c], true
}

// speaksElsewhere reports whether the speaker span spans[k] is not who
// speaks its sentence, whose spans end before spans[end]: a transcript's
// label with a speaker after it ("LINDQVIST: Critics say …": the
// critics speak), or one who only used a phrase the sentence quotes (see
// phraseOnly). sentenceSpeaker and the reasons pass over such a span.
func speaksElsewhere(src []byte, spans []Span, k, end int) bool {
	return transcriptLabel(src, spans, k) && speakerAfter(src, spans, k+1, end) || phraseOnly(src, spans, k)
}

// phraseOnly reports whether the speaker span spans[k] only says who
// used a phrase the sentence quotes, "in what critics called a “jobs
// crisis”", "the offer, which ministers called “fair and final”": they
// speak the quoted words, not the sentence.
func phraseOnly(src []byte, spans []Span, k int) bool {
	// "what " or "which " (not "while ") before the speaker, and "call…",
	// byte by byte
	s := int(spans[k].Start)
	if s < 6 || s > len(src) || src[s-1] != ' ' || !(src[s-5] == 'w' && src[s-2] == 't' || src[s-6] == 'w' && src[s-2] == 'h') {
		return false
	}
	c, ok := speakerCue(src, spans, k)
	return ok && c.End-c.Start > 3 && src[c.Start] == 'c' && src[c.Start+3] == 'l'
}

// citedSource reports whether the speaker span spans[k] follows its cue,
// as a source the turn's speaker cites does: "we gained 80 basis points
// of market share according to Circana data". Such a paragraph goes on
// with the turn when another label follows in the text.
func citedSource(src []byte, spans []Span, k int) bool {
	c, ok := speakerCue(src, spans, k)
	return ok && c.End <= spans[k].Start
}

// labelOpens reports whether the paragraph p opens with a transcript's
// label: "Q" before a colon or a space ("Q: Was there a motive?", "Q
// Doctor, are we close?"), or up to four words in capitals before a
// colon ("ASHCROFT:", "Dr. Okoye:").
func labelOpens(p []byte) bool {
	if len(p) > 1 && (p[0] == 'Q' && (p[1] == ':' || p[1] == ' ' || p[1] == '.') || p[0] == 'A' && p[1] == '.') {
		return true
	}
	if len(p) > 2 && p[0] == '*' && p[1] == '*' {
		p = p[2:] // "**Tom Ferraby:** …"
	}
	words, capital := 0, false
	for i, c := range p {
		switch {
		case c == ':':
			return i > 0 && words < 4 && capital
		case c == '\n' || c == '.' && i+1 < len(p) && p[i+1] != ' ':
			return false
		case c == ' ':
			words++
			capital = false
		case i == 0 || p[i-1] == ' ':
			if c < 'A' || c > 'Z' {
				return false
			}
			capital = true
		}
		if words >= 4 {
			return false
		}
	}
	return false
}

// speakerAfter reports whether spans[from:to] has a Speaker span.
func speakerAfter(src []byte, spans []Span, from, to int) bool {
	for k := from; k < to && k < len(spans); k++ {
		// but not the turn's speaker's own side: "GUEST: Our team found"
		if spans[k].Kind == Speaker && !accordingSource(src, spans, k) && !wordIn("Our our My my", firstWord(src[spans[k].Start-1:spans[k].End])) {
			return true
		}
	}
	return false
}

// accordingTo is the label of a reason that names a source the speaker
// of a transcript's turn cites (see accordingSource).
const accordingTo = "according to "

// accordingSource reports whether the speaker span spans[k] is a source
// named after "according to": "we gained 80 basis points of market share
// according to Circana data". In a transcript's turn the source backs one
// clause; the turn's speaker still speaks the sentence.
func accordingSource(src []byte, spans []Span, k int) bool {
	c := spans[k].Link
	if c < 0 || int(c) >= len(spans) || spans[c].Kind != Cue || spans[c].Start < 0 || spans[c].End > int32(len(src)) {
		return false
	}
	t := src[spans[c].Start:spans[c].End]
	return len(t) > 9 && (t[0] == 'a' || t[0] == 'A') && string(t[1:9]) == "ccording"
}

// inTurn reports whether the speaker span spans[k] is in a transcript's
// turn: turn is the label whose turn goes on into the sentence, or a label
// opens the sentence before k, label being the first of the sentence (see
// firstLabel).
func inTurn(src []byte, spans []Span, label, k, turn int) bool {
	if turn >= 0 && turn < len(spans) && spans[turn].Kind == Speaker && transcriptLabel(src, spans, turn) {
		return true
	}
	return label < k
}

// firstLabel returns the index of the first transcript label among
// spans[lo:hi], the spans of a sentence, or hi when there is none. It is
// found once per sentence, so that a sentence of many speakers ("he said"
// ten thousand times with no full stop) is not rescanned for each.
func firstLabel(src []byte, spans []Span, lo, hi int) int {
	for j := lo; j < hi; j++ {
		if spans[j].Kind == Speaker && transcriptLabel(src, spans, j) {
			return j
		}
	}
	return hi
}

// heardInCourt is the reason of a sentence that reports what a court
// heard: evidence put before it, usually by the prosecution.
const heardInCourt = "heard in court"

// heardBy reports whether the speaker span spans[k] is what heard the
// words, as "The court" of "The court heard that …" is, whose cue is
// "heard".
func heardBy(src []byte, spans []Span, k int) bool {
	c, ok := speakerCue(src, spans, k)
	return ok && string(c.Text(src)) == "heard"
}

// attributedTo starts the reason that names a quotation's speaker.
const attributedTo = "attributed to "

// sourceFlags starts the reason for a claim the source itself flags with
// a wiki maintenance tag.
const sourceFlags = "source flags this: "

// appendSpeaker appends to r.buf who the speaker span i stands for,
// shortened (see shortenReason): the name [SpeakerName] resolves, else the
// span's own text unless it is a pronoun or the "A" of a Q&A. It asks
// SpeakerName once for a speaker the last few sentences' reasons named: a
// run of sentences often has one speaker, and each call of SpeakerName
// makes a new string.
func (r *reasonText) appendSpeaker(src []byte, spans []Span, i int) {
	for _, c := range r.names {
		if c.set && c.k == i {
			r.buf = appendSpeakerName(r.buf, src, spans, i, c.name)
			return
		}
	}
	name := SpeakerName(src, spans, i)
	r.names[r.nextName] = cachedName{k: i, name: name, set: true}
	r.nextName = (r.nextName + 1) % len(r.names)
	r.buf = appendSpeakerName(r.buf, src, spans, i, name)
}

// cachedName is a speaker span's index and the name SpeakerName gave it.
type cachedName struct {
	k    int
	name string
	set  bool
}

// namesNoOne reports whether t, a speaker span's text, is a pronoun (or
// "a"), which stands for someone named elsewhere or for no one: "he",
// "She's", "they".
func namesNoOne(t []byte) bool {
	var small [16]byte
	return wordIn("he she they it we i you him her them a", lowerSmall(&small, uncontract(t)))
}

// appendSpeakerName appends to dst who the speaker span i stands for (see
// appendSpeaker), given the name SpeakerName gives it.
func appendSpeakerName(dst, src []byte, spans []Span, i int, name string) []byte {
	if name != "" {
		return appendShortened(dst, []byte(name))
	}
	sp := spans[i]
	if !validSpan(src, sp) {
		return dst
	}
	t := sp.Text(src)
	if namesNoOne(t) {
		return dst
	}
	if n := len(t); n >= 5 && bytes.EqualFold(t[n-5:], []byte("claim")) {
		return append(dst, "the claim"...) // "CLAIM:", "The claim:" of a fact check
	}
	if len(t) == 1 && t[0] == 'Q' {
		return append(dst, "the questioner"...) // a briefing's "Q:"
	}
	return appendShortened(dst, t)
}

// durationLabel is the label of a reason that quotes a date or quantity
// span that is a length of time (see durationText).
const durationLabel = "duration: "

// durationText reports whether t, the text of a date or quantity span, is
// a length of time: a count and its unit, perhaps after "for", "in",
// "over" or a bound, "for six years and four months", "45 minutes", "seven
// years", "several months", "for at least eight weeks", "in four years",
// "less than five years", "about 1 hour 15 minutes". A time placed by a
// point, "three weeks ago", "the past two years", "in two years' time", is
// not one. A prison term or a wait is then not given as a date or a bare
// quantity; the span's kind, and so the score, stay as they were. "An hour
// and a half" is one too.
func durationText(t []byte) bool {
	if bytes.HasSuffix(t, []byte(" and a half")) {
		t = t[:len(t)-len(" and a half")]
	}
	if w := finalWord(t); len(w) == len(t) {
		// one hyphenated word, "five-year", "10-year": a length of
		// time before the noun it measures
		if k := bytes.LastIndexByte(w, '-'); k > 0 && durationUnits.Has(w[k+1:]) {
			c, ok := plainInt(w[:k])
			return durationCounts.Has(w[:k]) || ok && c > 0 && c < 1000
		}
		if n, u := digitsOf(w); len(n) > 0 && durationUnits.Has(u) {
			return true // a unit glued to its count, "21.97sec", "90mins"
		}
	}
	if !durationUnits.Has(finalWord(t)) {
		return false // the test at the end, made first: most spans are no length of time
	}
	first, rest := cutWord(t)
	for range 4 {
		if !durationLeads.Has(first) {
			break
		}
		first, rest = cutWord(rest)
	}
	if len(first) == 0 {
		return false
	}
	if c := first[0]; c >= '0' && c <= '9' {
		if len(first) == 4 {
			return false // "for 2024 and 2025": years
		}
	} else if !durationCounts.Has(first) {
		return false
	}
	last, prev := rest, first
	for len(rest) > 0 {
		prev = last
		last, rest = cutWord(rest)
		if len(rest) > 0 && wordIn("a an per each every of over for in", last) && !wordIn("and total", prev) {
			return false // a rate, "14,000 vehicles a day", or a count over a length, "2 million people over five years"
		}
	}
	return durationUnits.Has(last)
}

// durationUnits are the words that end a length of time, amount.TimeUnits
// and their plurals, with the abbreviations the lexicon knows ("hrs",
// "mins"), in a table rather than a list for wordIn:
// durationText tests the last word of every date and quantity a reason
// quotes.
var durationUnits = func() wordset.Table {
	t := wordset.New(2*16 + 10)
	for rest := amount.TimeUnits; rest != ""; {
		u, after := strs.Cut(rest, ' ')
		t.Put(u, 1)
		t.Put(u+"s", 1)
		rest = after
	}
	t.PutList(1, "centuries|hr|hrs|mins|sec|secs|yrs|wks|hr.|hrs.|yrs.")
	return t
}()

// durationLeads are the words durationText passes over before a length
// of time's count ("for", "at least", "about"), and durationCounts the
// words that may give the count in letters.
var (
	durationLeads = wordset.Of("for|For|in|In|over|Over|within|Within|at|least|most|more|More|less|Less|fewer|than|about|About|almost|Almost|" +
		"nearly|Nearly|around|Around|roughly|just|Just|only|Only|up|Up|to|barely")
	durationCounts = wordset.Of("a|an|A|An|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|" +
		"several|few|many|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Several")
)

// finalWord returns the last word of t, after its last space, tab or line
// break.
func finalWord(t []byte) []byte {
	i := len(t)
	for i > 0 && t[i-1] != ' ' && t[i-1] != '\n' && t[i-1] != '\t' && t[i-1] != '\r' {
		i--
	}
	return t[i:]
}

// associationLabel is the label of a reason that quotes a causal span
// that only links two things (see associationText).
const associationLabel = "association: "

// associationText reports whether t, the text of a causal span, names an
// association and not a cause: "associated with", "linked to", "tied to",
// "correlated with". A study that finds one has not shown that one thing
// causes the other; the span's kind, and so the score, stay as they were.
func associationText(t []byte) bool {
	first, _ := cutWord(t)
	return wordIn("associated linked tied correlated Associated Linked Tied Correlated", first)
}

// cutWord returns the first word of t, up to a space, tab or line break,
// and what follows the white space after it: a span may run over a
// wrapped line ("in four\n  years").
func cutWord(t []byte) (word, rest []byte) {
	for i, c := range t {
		if c == ' ' || c == '\n' || c == '\t' || c == '\r' {
			j := i + 1
			for j < len(t) && (t[j] == ' ' || t[j] == '\n' || t[j] == '\t' || t[j] == '\r') {
				j++
			}
			return t[:i], t[j:]
		}
	}
	return t, nil
}

// has reports whether xs holds x: slices.Contains, written out for the
// size of the wasm build (the slices package brings its own code).
func has[T comparable](xs []T, x T) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// shortenReason returns b as a string of at most 40 bytes, white space
// collapsed; a longer b is cut between words (or on a rune boundary) and
// ends with "…".
func shortenReason(b []byte) string {
	var buf [64]byte
	return string(appendShortened(buf[:0], b))
}

// appendShortened appends to dst the text shortenReason returns for b.
func appendShortened(dst, b []byte) []byte {
	const limit = 40
	if len(b) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(b[cut]) {
			cut--
		}
		// Prefer to cut between words, if that loses little.
		if sp := bytes.LastIndexByte(b[:cut], ' '); b[cut] != ' ' && sp >= limit/2 {
			cut = sp
		}
		b = b[:cut]
		return append(appendCleanSpace(dst, b), "…"...)
	}
	return appendCleanSpace(dst, b)
}

// cleanSpace reports whether b, which does not end in ' ', has no tab, line
// break or two spaces in a row.
func cleanSpace(b []byte) bool {
	for i, c := range b {
		// Most bytes are above ' '; b does not end in ' '.
		if c <= ' ' && (c == '\n' || c == '\r' || c == '\t' || c == ' ' && b[i+1] == ' ') {
			return false
		}
	}
	return true
}

// appendCleanSpace appends b to dst with runs of white space turned into
// one space and no white space at either end.
func appendCleanSpace(dst, b []byte) []byte {
	start := len(dst)
	if len(b) > 0 && b[0] != ' ' && b[len(b)-1] != ' ' && cleanSpace(b) {
		return append(dst, b...)
	}
	// The fields of b as bytes.Fields gives them, joined by one space.
	field := false
	for i := 0; i < len(b); {
		r, size := rune(b[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(b[i:])
		}
		if unicode.IsSpace(r) {
			field = false
		} else {
			if !field && len(dst) > start {
				dst = append(dst, ' ')
			}
			field = true
			dst = append(dst, b[i:i+size]...)
		}
		i += size
	}
	return dst
}

// textRange is a range [start, end) of bytes of a text.
type textRange struct{ start, end int32 }

// topWords returns the bounds in src of the word or pair of words of the
// sentence held by f with the highest positive weight, if that weight is
// large enough to matter, else -1, -1. Words inside the ranges shown are
// passed over: another reason already quotes them ("comparison: largest"
// needs no "words: 'largest'").
func (m *Model) topWords(f *featurizer, src []byte, shown []textRange) (int32, int32) {
	mask := uint32(len(m.w) - 1)
	var best float32 = 0
	// A weight under floor is not large enough to matter: such a word or
	// pair is passed over without asking whether it may stand in a
	// reason (see shownAlone), which is most of the work. The first
	// word or pair of the highest weight is the same, since a weight it
	// passes over is under any that is returned.
	floor := 8 * m.Scale
	// With a positive scale (of a normal float's size), a weight under 7
	// is under floor, which the weight's byte tells at once.
	low := int8(-128)
	if m.Scale > 1e-30 {
		low = 7
	}
	bs, be := int32(-1), int32(-1)
	var prev uint32
	words, counted := f.words, f.counted
	for i := range words {
		w := &words[i]
		// extract, when it scored all the words as one sentence with
		// m's weights, left the weights in w.
		wu, wb := w.wu, w.wb
		if !counted {
			wu, wb = m.w[w.uh&mask], m.w[fhMix(nsBigram, prev, w.wh)&mask]
		}
		prev = w.wh
		if wu >= low && w.class == fwAlpha && w.end-w.start >= 4 {
			if x := float32(wu) * m.Scale; !(x < floor) && x > best && shownAlone(f, src, i) && !overlaps(shown, w.srcStart, w.srcEnd) {
				best, bs, be = x, w.srcStart, w.srcEnd
			}
		}
		if wb >= low && i > 0 {
			if x := float32(wb) * m.Scale; !(x < floor) && x > best && shownAlone(f, src, i) && shownAlone(f, src, i-1) &&
				!overlaps(shown, words[i-1].srcStart, w.srcEnd) && src[words[i-1].srcEnd] != ',' { // not "47th, sharing"
				best, bs, be = x, words[i-1].srcStart, w.srcEnd
			}
		}
	}
	if bs < 0 || best < floor || be > int32(len(src)) {
		return -1, -1
	}
	return bs, be
}

// shownAlone reports whether the word f.words[i] of src may stand in a
// "words:" reason: no symbol or stop word does, nor the first part of a
// fixed phrase ("press" of "press conference"), nor a list number ("7.
// Bake"), nor a transcript's label (see capitalLabel).
func shownAlone(f *featurizer, src []byte, i int) bool {
	w := &f.words[i]
	if w.class == fwSymbol || w.info&infoStop != 0 || i+1 < len(f.words) && f.words[i+1].srcStart == w.srcEnd+1 && wordIn("conference cancer release", f.textOf(&f.words[i+1])) {
		return false // nor the first part of a fixed phrase, 'press' of "press conference", 'cell lung' of "lung cancer"
	}
	return (i > 0 || listNumber(f, src) == 0) && !capitalLabel(f, src, i)
}

// capitalLabel reports whether the word f.words[i] of src is in capitals
// and followed by a colon: a transcript's label, "SMITH:", which names a
// speaker, not something said.
func capitalLabel(f *featurizer, src []byte, i int) bool {
	// The word ":" is the fixed word fxColon, the only word of that text:
	// one byte tells it.
	if i+1 >= len(f.words) || f.words[i+1].fixed != uint8(fxColon)+1 {
		return false
	}
	return allCaps(src[f.words[i].srcStart:f.words[i].srcEnd])
}

// namesWords reports whether topWords finds a word or pair of words in the
// sentence f holds that a "words:" reason would name.
func (m *Model) namesWords(f *featurizer, src []byte) bool {
	bs, be := m.topWords(f, src, nil)
	return bs < be
}

// overlaps reports whether [start, end) overlaps one of rs.
func overlaps(rs []textRange, start, end int32) bool {
	for _, r := range rs {
		if start < r.end && r.start < end {
			return true
		}
	}
	return false
}

// reasonStopwords are function words never shown alone as a reason,
// separated by spaces (see wordInfoTable).
const reasonStopwords = "the a an and or of to in on at for by with from that this these those it its is are was " +
	"were be been has have had than as there their they he she his her we our i you not but so " +
	"what which who about more over into only also just very " +
	// Reporting verbs and bare time or modal words weigh on the score but
	// explain nothing on their own.
	"said says say told according since will would could can may after before when then now last year " +
	// Words that weigh on the score but say nothing a reader can check:
	// a contraction ("We're closing the live blog"), a hedge of a
	// rating ("Mostly false"), the word for what is checked ("The spoken
	// claim"), an ordinal with no thing counted ("its first reaction").
	"we're i'm you're they're it's that's there's we've i've mostly claim claims claimed first " +
	// Function words, contractions and adverbs that name nothing a
	// reader can look up ("Thanks for following along.", "Under the
	// plan, …").
	"along where under your them he's she's they've didn't wasn't hasn't aren't even ever still same " +
	"among during until except below whose whom upon within without through across toward towards here how why whether altogether"

// claimantLabel reports whether words open with the label of a fact
// check's field naming who made the claim: "Who said it:", "Claimed by:",
// "Who made the claim:" (the fields claimantFields lists).
func claimantLabel(f *featurizer, words []fword) bool {
	if len(words) < 3 || words[0].class != fwAlpha || words[0].end-words[0].start != 3 && words[0].end-words[0].start != 7 || !wordIn("who claimed", f.text(words[0])) {
		return false
	}
	for _, field := range claimantFields {
		label := field[:len(field)-len(":")]
		k := 0
		for k < len(words) && label != "" {
			w, rest := strs.Cut(label, ' ')
			if !bytes.EqualFold(f.text(words[k]), []byte(w)) {
				break
			}
			label = rest
			k++
		}
		if label == "" && k < len(words) && string(f.text(words[k])) == ":" {
			return true
		}
	}
	return false
}

// caseTitle reports whether sent is a case's title, "Okoye v Brightwater
// Care Homes Ltd, case number 1804512/2025.": names, no verb, perhaps the
// case's number; a reference line ("Okoye v Brightwater was heard in
// May" is told).
func caseTitle(sent []byte) bool {
	if len(sent) < 6 || sent[0]-'A' >= 26 {
		return false
	}
	for k := 0; k+1 < min(len(sent)-3, 40); {
		n := bytes.IndexByte(sent[k+1:min(len(sent)-3, 40)], 'v')
		if n < 0 {
			return false
		}
		if k += n + 1; sent[k-1] != ' ' || sent[k+1] != ' ' || sent[k+2]-'A' >= 26 {
			continue
		}
		e := 1
		for e < len(sent) && sent[e] != ',' && (sent[e-1] != ' ' || sent[e]-'a' >= 26 || e == k) {
			e++
		}
		return e == len(sent) || sent[e] == ',' && e+8 < len(sent) && sent[e+2] == 'c' && sent[e+6] == ' ' && sent[e+7] == 'n'
	}
	return false
}
