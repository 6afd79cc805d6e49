package claim

import (
	"strings"
	"testing"

	"github.com/claimlight/claimlight/segment"
	"github.com/claimlight/claimlight/tokenize"
)

// review9Case is a short text, the start of one of its sentences, and
// what a user sees for that sentence: the name of its speaker ("" for
// none) and whether it is marked quoted.
type review9Case struct {
	name, text string
	sentence   string // the start of the sentence looked at
	speaker    string // SpeakerName of the sentence's speaker span
	quoted     bool
	span       string // when not "", the speaker span's text
}

// checkReview9 runs the engine over each case and compares the sentence's
// speaker name and quoted flag.
func checkReview9(t *testing.T, tests []review9Case) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := []byte(tt.text)
			toks := tokenize.Append(nil, src)
			sents := segment.Append(nil, src, toks)
			spans := Annotate(src, toks, sents)
			js := Judge(src, toks, sents, spans)
			for i, s := range sents {
				if !strings.HasPrefix(string(s.Text(src)), tt.sentence) {
					continue
				}
				got, text := "", ""
				if k := js[i].Speaker; k >= 0 {
					got, text = SpeakerName(src, spans, int(k)), string(spans[k].Text(src))
				}
				if tt.span != "" && text != tt.span {
					t.Errorf("speaker span of %q = %q, want %q", s.Text(src), text, tt.span)
				}
				if got != tt.speaker {
					t.Errorf("speaker of %q = %q, want %q", s.Text(src), got, tt.speaker)
				}
				if js[i].Quoted != tt.quoted {
					t.Errorf("Quoted of %q = %v, want %v", s.Text(src), js[i].Quoted, tt.quoted)
				}
				return
			}
			t.Fatalf("no sentence starts %q", tt.sentence)
		})
	}
}

// A question-and-answer interview: the answers are the interviewee's, and
// bold names, names in capitals and "Q."/"A." are turn labels.
func TestInterviewTurns(t *testing.T) {
	checkReview9(t, []review9Case{
		{"A: is the one person the standfirst says was interviewed",
			"Housing minister Ada Brandt has staked her job on a target. She talked to our editor, Tom Ferry, about rents.\n\nQ: How many homes were built?\n\nA: We built 30,000 homes last year. Rents fell 3%.\n",
			"Rents fell", "Ada Brandt", false, ""},
		{"no interview phrase, no name for A:",
			"Housing minister Ada Brandt has staked her job on a target.\n\nQ: How many homes were built?\n\nA: We built 30,000 homes last year.\n",
			"A: We built", "", false, ""},
		{"two people named: whose answers is not clear",
			"Ada Brandt and Lena Ruiz talked to our editor about rents.\n\nQ: How many homes were built?\n\nA: We built 30,000 homes last year.\n",
			"A: We built", "", false, ""},
		{"a name in bold",
			"**Tom Ferry:** How many homes were built?\n\n**Ada Brandt:** We built 30,000 homes last year. Rents fell 3%.\n",
			"Rents fell", "Ada Brandt", false, ""},
		{"a surname in capitals before a first person",
			"BRANDT: We built 30,000 homes last year.\n",
			"BRANDT", "Brandt", false, ""},
		{"a dateline in capitals is no label",
			"LONDON: The Bank of England raised rates to 5%.\n",
			"LONDON", "", false, ""},
		{"Q. and A.",
			"Ada Brandt spoke to the Ledger.\n\nQ. How many homes?\nA. We built 30,000 homes last year.\n",
			"A. We built", "Ada Brandt", false, ""},
	})
}

// A live blog: a timestamp starts a new post, and a role in lower case
// before a colon is the speaker of the quotation after it.
func TestLiveBlogPosts(t *testing.T) {
	checkReview9(t, []review9Case{
		{"a timestamp ends the last speaker's quotations",
			"Its director, Miriam Aske, said:\n\n\"Households are £410 worse off.\"\n\n15:40\n\"smoke and mirrors\"\n",
			"\"smoke", "", false, ""},
		{"a role in lower case before a colon",
			"Its director, Miriam Aske, said:\n\n\"Households are £410 worse off.\"\n\n15:40\nOpposition leader: \"smoke and mirrors\"\n",
			"Opposition leader", "", true, "Opposition leader"},
		{"the role label named by the next paragraph",
			"15:40\nOpposition leader: \"smoke and mirrors\"\n\nResponding in the Commons, Leader of the Opposition Gareth Wyn-Pryce called the budget \"a smoke and mirrors job\".\n",
			"Opposition leader", "Gareth Wyn-Pryce", true, "Opposition leader"},
	})
}

// A quotation split over two sentences after a colon keeps one span: both
// sentences have its speaker, and each is marked quoted when the
// quotation is at least half of it, as the same words in one sentence
// would be; so is the first after a long lead-in ("In the video, filmed
// outside …, Mr Reid says:"), which says who speaks and where, not more
// of what he said (the Speakers view listed it twice, as the quotation
// and as a statement; review ux20 S4).
func TestQuoteOverTwoSentences(t *testing.T) {
	const short = "Colin Reid said: \"Crime has fallen by 30% since 2019 in every ward. That is thousands of fewer victims.\"\n"
	const long = "In the video, filmed outside a new police station, Colin Reid says: \"Crime has fallen by 30%. That is thousands of fewer victims.\"\n"
	checkReview9(t, []review9Case{
		{"short lead-in, first sentence", short, "Colin Reid said", "Colin Reid", true, ""},
		{"short lead-in, second sentence", short, "That is", "Colin Reid", true, ""},
		{"long lead-in, first sentence", long, "In the video", "Colin Reid", true, ""},
		{"long lead-in, second sentence", long, "That is", "Colin Reid", true, ""},
		{"the same words in one sentence", "In the video, filmed outside a new police station, Colin Reid says: \"Crime has fallen by 30%.\"\n",
			"In the video", "Colin Reid", true, ""},
	})
}

// Quotation sources that are documents or readers, and the cues
// "blames", "confirms" and "insists".
func TestDocumentAndReaderSources(t *testing.T) {
	checkReview9(t, []review9Case{
		{"a press release from an office, with a time before the cue",
			"A press release from the mayor's office last October said \"vehicle crime is down almost a third since 2021\".\n",
			"A press release", "", false, "the mayor's office"},
		{"a reader who writes in, with a first name and a town",
			"A reader, Janet from Stockport, writes:\n\n\"Another 3p a litre means about £2 a week more for me.\"\n",
			"\"Another 3p", "Janet", true, ""},
		{"a reader with no name",
			"A reader writes: \"Another 3p a litre means about £2 a week more for me.\"\n",
			"A reader", "", true, "A reader"},
		{"blames before a quotation, the pronoun resolved",
			"Chancellor Ruth Harcourt said borrowing will rise.\n\nShe blames \"higher debt interest costs and a weaker economy\".\n",
			"She blames", "Ruth Harcourt", true, ""},
		{"confirms with no that",
			"Chancellor Ruth Harcourt spoke in the Commons.\n\nHarcourt confirms fuel duty will rise by 3p a litre from 6pm tonight.\n",
			"Harcourt confirms", "Ruth Harcourt", false, ""},
		{"insists",
			"Chancellor Ruth Harcourt spoke in the Commons.\n\nShe insists the fiscal rule will be met.\n",
			"She insists", "Ruth Harcourt", false, ""},
	})
}

// A post "<Role> of the <Body>" before a full name names the person.
func TestPostOfTheBodyBeforeName(t *testing.T) {
	checkReview9(t, []review9Case{
		{"Leader of the Opposition",
			"Leader of the Opposition Gareth Wyn-Pryce claimed that taxes are at their highest level since 1948.\n",
			"Leader", "Gareth Wyn-Pryce", false, "Leader of the Opposition Gareth Wyn-Pryce"},
		{"after an opening phrase",
			"Responding in the Commons, Leader of the Opposition Gareth Wyn-Pryce said taxes are at their highest level since 1948.\n",
			"Responding", "Gareth Wyn-Pryce", false, "Leader of the Opposition Gareth Wyn-Pryce"},
	})
}

// A fact check's claim under test is the claimant's, named in its "Who
// said it:" or "Claimed by:" field; with no such field it names no one.
func TestFactCheckClaimant(t *testing.T) {
	checkReview9(t, []review9Case{
		{"Who said it: after the claim",
			"Claim: \"Since I became mayor, crime in this city has fallen by 30%.\"\n\nVerdict: Misleading\n\nWho said it: Mayor Colin Reid, in a video posted on 4 March 2025.\n",
			"Claim", "Colin Reid", true, "Claim"},
		{"Claimed by: before the claim, no quotation marks",
			"CLAIMED BY: Senator Ann Hale\n\nCLAIM: Crime in this city has fallen by 30% since 2021.\n",
			"CLAIM:", "Ann Hale", false, "CLAIM"},
		{"no claimant field",
			"Claim: \"Since I became mayor, crime in this city has fallen by 30%.\"\n\nVerdict: Misleading\n",
			"Claim", "", true, "Claim"},
		{"a claimant field with no name",
			"Claim: \"Crime in this city has fallen by 30%.\"\n\nWho said it: a post shared on Facebook.\n",
			"Claim", "", true, "Claim"},
	})
}

// A translation in brackets right after a quotation is part of it.
func TestQuoteTranslationGloss(t *testing.T) {
	const text = "Chairman Urs Baertschi said: \"Nach 64 Jahren ist das der richtige Schritt\" (After 64 years, this is the right step).\n"
	checkReview9(t, []review9Case{
		{"the gloss makes the sentence quoted", text, "Chairman", "Urs Baertschi", true, ""},
	})
	src := []byte(text)
	toks := tokenize.Append(nil, src)
	spans := Annotate(src, toks, segment.Append(nil, src, toks))
	for _, sp := range spans {
		if sp.Kind == Quote {
			if got, want := string(sp.Text(src)), "\"Nach 64 Jahren ist das der richtige Schritt\" (After 64 years, this is the right step)"; got != want {
				t.Errorf("quote %q, want %q", got, want)
			}
			return
		}
	}
	t.Error("no quote")
}

// "it said" after "The company's …" is the company that last spoke, even
// when another company was named in passing in between.
func TestItSaidAfterTheCompany(t *testing.T) {
	const story = "Vale Ferro SA said it had hired Ana Kovac, previously at Bartschi AG, as its sales chief.\n\n" +
		"The company's output of iron ore fell 4% in 2024 to 61.3 million tonnes, it said in February.\n"
	checkReview9(t, []review9Case{
		{"The company's, then it said", story, "The company's", "Vale Ferro SA", false, "it"},
		{"without the description another company named stops it",
			"Vale Ferro SA said it had hired Ana Kovac, previously at Bartschi AG, as its sales chief.\n\nOutput of iron ore fell 4% in 2024 to 61.3 million tonnes, it said in February.\n",
			"Output", "", false, "it"},
	})
}
