package claim

import "testing"

// TestReview24CaptionThenStory checks that a caption's line whose second
// sentence is the story's, "Photo: A smart meter display .... Around 22
// million households are on capped tariffs.", is cut after the caption and
// the second sentence is a claim, while a caption with a credit after it
// stays one line of page furniture (review 24, F18).
func TestReview24CaptionThenStory(t *testing.T) {
	for _, tt := range []review9ScoreCase{
		{name: "photo", in: "Photo: A smart meter display showing household energy use. Around 22 million households are on capped tariffs.", sent: 1, want: []string{"quantity: Around 22 million households"}, cw: "yes"},
		{name: "caption", in: "Caption: Police officers at a knife bin in Birmingham. The West Midlands force recorded the highest rate of knife crime.", sent: 1, want: []string{"comparison: the highest"}, cw: "yes"},
		{name: "the caption itself", in: "Photo: A smart meter display showing household energy use. Around 22 million households are on capped tariffs.", want: []string{"page furniture"}, cw: "no"},
	} {
		t.Run(tt.name, tt.run)
	}
	for _, in := range []string{
		"Photo: The recalled granola packs carry batch codes on the base of the box. (Grainfield Foods)",
		"Photo: The recalled granola packs carry batch codes on the base of the box. Credit: Getty Images.",
		"Photo: Firefighters at the scene on Tuesday. Picture: John Smith/PA.",
		"Image: Mr. Hale at the launch in London on Monday.",
	} {
		if _, sents, _ := judgeText(in); len(sents) != 1 {
			t.Errorf("%q: %d sentences, want the caption as one", in, len(sents))
		}
	}
}

// TestReview24ReaderAdvice checks that advice to the reader after "If
// you ...," or "Instead," is set aside as an exhortation, while a fact
// after such a clause, and a tip that gives a figure, stay claims
// (review 24, F19).
func TestReview24ReaderAdvice(t *testing.T) {
	for _, tt := range []review9ScoreCase{
		{name: "instead, return", in: "Instead, return it to the store from where it was bought for a full refund.", want: []string{"exhortation"}, cw: "no"},
		{name: "if you, seek", in: "If you have eaten it and feel unwell, seek medical advice or call 111.", want: []string{"exhortation"}, cw: "no"},
		{name: "if you, do not", in: "If you have bought the product, do not eat it.", cw: "no"},
		{name: "a fact after if you, as before", in: "If you look at the figures, unemployment rose by 4% last year.", not: []string{"exhortation"}, cw: "yes"},
		{name: "instead, a fact, as before", in: "Instead, the company cut 400 jobs in 2024.", not: []string{"exhortation"}, cw: "yes"},
		{name: "a rate, as before", in: "Instead, use the card that charges 0% interest for 20 months.", not: []string{"exhortation"}},
	} {
		t.Run(tt.name, tt.run)
	}
}

// TestReview24Penalty checks that a penalty a rule sets, "Firms that fail
// to do so can face unlimited fines.", has a rule span and is a claim,
// while a fine paid stays as it was (review 24, F20).
func TestReview24Penalty(t *testing.T) {
	for _, tt := range []review9ScoreCase{
		{name: "unlimited fines", in: "Firms that fail to do so can face unlimited fines.", want: []string{"rule: unlimited fines", dutyReason}, cw: "yes"},
		{name: "fines of up to", in: "Violators face fines of up to $500 for a first offense.", want: []string{"rule: fines of up to"}, cw: "yes"},
		{name: "maximum penalty", in: "The maximum penalty is two years in prison.", want: []string{"rule: maximum penalty"}, cw: "yes"},
		{name: "a fine paid, as before", in: "He paid a fine of £200.", not: []string{dutyReason}, cw: "yes"},
		{name: "we, as before", in: "We could face unlimited fines.", not: []string{dutyReason}},
	} {
		t.Run(tt.name, tt.run)
	}
}

// TestReview24QuotedTrigger checks that a quoted medical claim that a
// thing can trigger an illness, "“A trace can be enough to trigger
// anaphylaxis in some patients,” she told the BBC.", is a claim about
// cause and effect, not a quote that reads as opinion, while a forecast
// of what "it" could trigger and a noun "triggers" stay under the
// threshold (review 24, F21).
func TestReview24QuotedTrigger(t *testing.T) {
	for _, tt := range []review9ScoreCase{
		{name: "the quote", in: "Dr Leena Shah said reactions could be severe. “A trace can be enough to trigger anaphylaxis in some patients,” she told the BBC.", sent: 1, want: []string{"cause: enough to trigger", causeReason}, not: []string{quotedReason}, cw: "yes"},
		{name: "can trigger", in: "A trace can trigger anaphylaxis in some patients.", want: []string{causeReason}, cw: "yes"},
		{name: "it could, as before", in: "It could trigger a snap election.", not: []string{causeReason}, cw: "no"},
		{name: "a noun", in: "Common triggers include pollen and dust.", not: []string{causeReason}, cw: "no"},
	} {
		t.Run(tt.name, tt.run)
	}
}

// TestReview24RatingAfterText checks that a review's rating, "Verdict:
// 4/5", is a reviewer's rating after a sentence as alone, where the
// segmenter makes it a heading (review 24, F22).
func TestReview24RatingAfterText(t *testing.T) {
	const rating = "a reviewer's rating"
	for _, tt := range []review9ScoreCase{
		{name: "after a sentence", in: "The company’s shares rose 3.4% after the launch.\nVerdict: 4/5\nThe Nova X3 is an excellent phone.", sent: 1, want: []string{rating}, not: []string{"short heading"}, cw: "no"},
		{name: "alone, as before", in: "Verdict: 4/5", want: []string{rating}, cw: "no"},
		{name: "a score as a heading", in: "Score: 8/10\n\nIt was fine.", want: []string{rating}, cw: "no"},
		{name: "a heading, as before", in: "The company’s shares rose 3.4% after the launch.\nBattery life\nThe Nova X3 is an excellent phone.", sent: 1, want: []string{"short heading"}},
	} {
		t.Run(tt.name, tt.run)
	}
}

// TestReview24Praise checks that a reviewer's praise with nothing to
// check, "The Nova X3 is an excellent phone that is hard to recommend at
// full price.", "Photos in low light are the best we have seen on any
// phone this year.", is set aside, while praise with a figure, in a
// relative clause before a claim, or a plain superlative stay as they were
// (review 24, F23).
func TestReview24Praise(t *testing.T) {
	for _, tt := range []review9ScoreCase{
		{name: "excellent phone", in: "The Nova X3 is an excellent phone that is hard to recommend at full price.", want: []string{praiseReason}, cw: "no"},
		{name: "a review's headline", in: "Nova X3 review: a brilliant camera let down by the price", want: []string{praiseReason}, cw: "no"},
		{name: "the best we have seen", in: "Photos in low light are the best we have seen on any phone this year.", want: []string{praiseReason}, cw: "no"},
		{name: "with a figure, as before", in: "It is an excellent phone with a battery that lasts 31 hours.", not: []string{praiseReason}},
		{name: "a relative clause, as before", in: "Now, Alan Greenspan, who I think has done a terrific job in monetary policy, supports the president's tax cut.", not: []string{praiseReason}, cw: "yes"},
		{name: "a superlative, as before", in: "It is the best-selling phone in Britain.", not: []string{praiseReason}},
		{name: "quoted, as before", in: "“It is a brilliant camera,” she said.", not: []string{praiseReason}},
	} {
		t.Run(tt.name, tt.run)
	}
}

// TestReview24Product checks that a product named with "&" after "its",
// "its Honey & Oat Granola", is no organisation, while firms so named stay
// organisations; after a "Product:" label it is one still (review 24,
// F28, partly).
func TestReview24Product(t *testing.T) {
	for _, tt := range []struct {
		name, in string
		want     []string
	}{
		{"its", "Grainfield Foods is recalling two batches of its Honey & Oat Granola.", []string{"org: Grainfield Foods"}},
		{"Product:, left", "Product: Grainfield Honey & Oat Granola", []string{"org: Grainfield Honey & Oat Granola"}},
		{"a firm, as before", "She worked at Marks & Spencer for ten years.", []string{"org: Marks & Spencer"}},
		{"its before another word, as before", "She bought its shares from Harwell & Finch.", []string{"org: Harwell & Finch"}},
	} {
		t.Run(tt.name, func(t *testing.T) { checkSpanStrings(t, tt.in, review20Entities, tt.want) })
	}
}

// TestReview24PlaceWithAnd checks that a listed place whose name holds
// "and", "North Wales and Mersey", "Bosnia and Herzegovina", is one
// place, while two places joined by "and" stay two (review 24, F29).
func TestReview24PlaceWithAnd(t *testing.T) {
	for _, tt := range []struct {
		name, in string
		want     []string
	}{
		{"a region", "North Wales and Mersey: £1,801", []string{"place: North Wales and Mersey"}},
		{"a country", "Fighting broke out in Bosnia and Herzegovina in 1992.", []string{"place: Bosnia and Herzegovina"}},
		{"two places, as before", "Prices rose in North Wales and the Midlands.", []string{"place: North Wales", "place: Midlands"}},
		{"two countries, as before", "France and Germany agreed.", []string{"place: France", "place: Germany"}},
	} {
		t.Run(tt.name, func(t *testing.T) { checkSpanStrings(t, tt.in, review20Entities, tt.want) })
	}
}

// TestReview24NoComma checks the near misses of the rules of F19 and F23
// with no comma where they look for one, or praise after it.
func TestReview24NoComma(t *testing.T) {
	for _, tt := range []review9ScoreCase{
		{name: "if you, no comma", in: "If you vote one way you will have an expansion of family leave.", not: []string{"exhortation"}},
		{name: "praise after a comma", in: "And Alan Greenspan, who I think has done a terrific job, backs it.", not: []string{praiseReason}},
	} {
		t.Run(tt.name, tt.run)
	}
}
