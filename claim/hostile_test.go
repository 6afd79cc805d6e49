package claim

import (
	"runtime"
	"strings"
	"testing"
	"unsafe"

	"github.com/claimlight/claimlight/segment"
	"github.com/claimlight/claimlight/tokenize"
)

// These tests guard against work that grows faster than the text on
// hostile input: a user may paste megabytes of anything. None of them
// times anything; each checks that a scan which once ran for every
// speaker, or every span, now runs once, or that what replaced it agrees
// with the scan.

// annotated runs the annotators over text and returns the annotator,
// which the caller must release.
func annotated(text string) *annotator {
	src := []byte(text)
	toks := tokenize.Append(nil, src)
	a := newAnnotator(src, toks, segment.Append(nil, src, toks))
	if a.n > 0 {
		a.entities()
		a.numbers()
		a.lexical()
		a.transcriptLines(a.quotes())
		a.postHeaders()
	}
	return a
}

// TestCompanyNameAgreesWithAScan checks that what companyName and
// knownOrgWord ask (the two-word company names, the names whose shares
// the text speaks of, the organisations named before a word) agrees with
// the scans of the entities and positions that they replace, which made a
// text of many speakers quadratic: "said Anna said Berg said …".
func TestCompanyNameAgreesWithAScan(t *testing.T) {
	texts := withArticles(t, []string{
		"Shares of Pixelon Inc. fell 4%. Pixelon said the battery lasts 30 hours.",
		"Pixelon shares fell. Pixelon’s shares rose. Pixelon said so.",
		"Brightwater Energy plc said profits rose. Brightwater said more. The Acme Group said. Acme said.",
		"Anna Morgan spoke. Morgan Inc. said. Morgan said.",
		strings.Repeat("said Anna said Berg said ", 200),
	})
	var small [16]byte
	for _, text := range texts {
		a := annotated(text)
		for s := 0; s < a.n; s++ {
			company := false
			for _, e := range a.ents {
				if e.kind == Org && e.b-e.a == 2 && string(a.text(int(e.a))) == string(a.text(s)) &&
					wordIn("inc inc. corp corp. corporation ltd ltd. plc llc", lowerSmall(&small, a.text(int(e.a)+1))) {
					company = true
				}
			}
			if got := !a.companies.empty() && a.companies.has(annHash(a.text(s))); got != company {
				t.Errorf("%.40q: position %d %q: a company %v, a scan of the entities says %v", text, s, a.text(s), got, company)
			}
			h := a.stemHash(s)
			shares := false
			for p := 1; p < a.n; p++ {
				if a.word(p, wdShares) && (a.isLowerWord(p) && a.nameToken(p-1) && a.kind(p-1) == tokenize.Word && a.same(p-1, p) && a.stemHash(p-1) == h && !a.nameToken(p-2) ||
					(a.word(p+1, wdOf) || a.word(p+1, wdIn)) && a.same(p, p+2) && a.nameToken(p+2) && a.stemHash(p+2) == h && !a.nameToken(p+3)) {
					shares = true
				}
			}
			if !a.sharesFound {
				a.findShareNames()
			}
			if got := !a.shareNames.empty() && a.shareNames.has(h); got != shares {
				t.Errorf("%.40q: position %d %q: shares %v, a scan of the positions says %v", text, s, a.text(s), got, shares)
			}
			before := false
			for _, e := range a.ents {
				if int(e.a) >= s {
					break
				}
				if f := int(e.a); e.kind == Org && e.b-e.a >= 2 {
					if a.word(f, wdThe) {
						f++
					}
					before = before || a.hashAt(f) == h
				}
			}
			if got := a.orgFirsts.below(h, int32(s)); got != before {
				t.Errorf("%.40q: position %d %q: orgFirsts says %v, a scan of the entities %v", text, s, a.text(s), got, before)
			}
		}
		a.release()
	}
}

// TestLabelsAreLookedForOncePerSentence checks that judging a text of
// many speakers ("Anna Berg arrived. he said he said …") looks at each
// span for a transcript's label a bounded number of times: not once for
// every speaker before it in its sentence, as inTurn did, nor for every
// "he" within SpeakerName's reach, as SpeakerName did before it stopped
// at maxSamePronoun of them.
func TestLabelsAreLookedForOncePerSentence(t *testing.T) {
	for _, text := range []string{
		"Anna Berg arrived. " + strings.Repeat("he said ", 2000),
		strings.Repeat("said Anna said Berg said ", 1000),
		"ANNA BERG: " + strings.Repeat("according to Reuters, ", 1000),
	} {
		src := []byte(text)
		toks := tokenize.Append(nil, src)
		sents := segment.Append(nil, src, toks)
		spans := Annotate(src, toks, sents)
		calls := 0
		labelChecks = &calls
		Judge(src, toks, sents, spans)
		labelChecks = nil
		if calls > 40*len(spans) {
			t.Errorf("%.30q: %d label checks for %d spans, want at most %d", text, calls, len(spans), 40*len(spans))
		} else {
			t.Logf("%.30q: %d label checks for %d spans", text, calls, len(spans))
		}
	}
}

// TestQuotationsLookAtTheirOwnWords checks that scoring a sentence of
// thousands of quotations and no full stop ("“we will” he said “we will”
// …") looks at a bounded number of words and spans for each quotation:
// quoteScore once went through the sentence's words from its start, and
// extract and quotedClaimPart through all its spans, for each.
func TestQuotationsLookAtTheirOwnWords(t *testing.T) {
	for _, text := range []string{
		strings.Repeat("“we will” he said “we will” ", 1000),
		strings.Repeat("“We will cut taxes by 5% in 2030,” she said, “and by 6%”. ", 500),
	} {
		src := []byte(text)
		toks := tokenize.Append(nil, src)
		sents := segment.Append(nil, src, toks)
		spans := Annotate(src, toks, sents)
		n := 0
		looked = &n
		Judge(src, toks, sents, spans)
		looked = nil
		if n > 20*(len(spans)+len(toks)) {
			t.Errorf("%.30q: %d words and spans looked at for %d spans and %d tokens", text, n, len(spans), len(toks))
		} else {
			t.Logf("%.30q: %d words and spans looked at for %d spans and %d tokens", text, n, len(spans), len(toks))
		}
	}
}

// TestLongSentenceWordsAreAllocatedOnce checks that splitting a sentence
// of half a megabyte, one of pasted text with no full stop, into words
// allocates room for them about once: append, growing the slice a
// quarter at a time, copied them about five times over.
func TestLongSentenceWordsAreAllocatedOnce(t *testing.T) {
	m, err := DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{strings.Repeat(`"`, 500_000), strings.Repeat("he said ", 60_000)} {
		src := []byte(text)
		toks := tokenize.Append(nil, src)
		f := newFeaturizer(m.Features)
		f.w = m.w
		f.splitWords([]byte("A warm-up."), nil, 0, 10) // its memo
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		f.splitWords(src, toks, 0, int32(len(src)))
		runtime.ReadMemStats(&after)
		f.releaseMemo()
		room := uint64(len(toks))*uint64(unsafe.Sizeof(fword{})) + uint64(len(src)+maxMemoWord)
		if got := after.TotalAlloc - before.TotalAlloc; got > room+room/2 {
			t.Errorf("%.20q: %d words allocated %d bytes, want at most %d", text, len(f.words), got, room+room/2)
		} else {
			t.Logf("%.20q: %d words allocated %d bytes (room for a word a token: %d)", text, len(f.words), got, room)
		}
	}
}
