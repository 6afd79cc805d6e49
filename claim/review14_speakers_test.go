package claim

import (
	"slices"
	"testing"

	"github.com/claimlight/claimlight/segment"
	"github.com/claimlight/claimlight/tokenize"
)

// review14Quote is a quotation to find in a text, with the kind and the
// speaker's name a reader should see on it.
type review14Quote struct {
	name, text string
	quote      string // the quotation's text, marks included
	kind       Kind
	speaker    string // the name of the quotation's speaker, "" for none
}

// checkReview14Quotes runs the engine over each case and compares the kind
// and the speaker's name of the span whose text is the case's quotation.
func checkReview14Quotes(t *testing.T, tests []review14Quote) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := []byte(tt.text)
			toks := tokenize.Append(nil, src)
			spans := Annotate(src, toks, segment.Append(nil, src, toks))
			for _, sp := range spans {
				if (sp.Kind != Quote && sp.Kind != ScareQuote) || string(sp.Text(src)) != tt.quote {
					continue
				}
				if sp.Kind != tt.kind {
					t.Errorf("kind of %s = %v, want %v", tt.quote, sp.Kind, tt.kind)
				}
				if got := SpeakerName(src, spans, int(sp.Link)); got != tt.speaker {
					t.Errorf("speaker of %s = %q, want %q", tt.quote, got, tt.speaker)
				}
				return
			}
			t.Fatalf("no quotation %s", tt.quote)
		})
	}
}

// TestReview14QuoteInComplement checks that a short quotation in a second
// verb of what a cue reports, after "and was" or "and had", however many
// words follow the cue, is its speaker's words and not a scare quote
// (review 14, H5).
func TestReview14QuoteInComplement(t *testing.T) {
	checkReview14Quotes(t, []review14Quote{
		{"far from the cue", "The ICO said it was notified within the window and was \"making enquiries\".\n",
			"\"making enquiries\"", Quote, "ICO"},
		{"near the cue, as before", "The ICO said it had been notified and was \"making enquiries\".\n",
			"\"making enquiries\"", Quote, "ICO"},
		{"after and had", "Aerovance Technics said it was co-operating fully with investigators and had \"already introduced additional checks\".\n",
			"\"already introduced additional checks\"", Quote, "Aerovance Technics"},
		{"a word in a clause with no cue", "The new lines were built in a year and are \"smart\".\n",
			"\"smart\"", ScareQuote, ""},
	})
}

// TestReview14PostedResult checks that "posted" before a figure or a
// result reports a performance, not a post, even after a quotation: the
// sentence has no speaker (review 14, M3).
func TestReview14PostedResult(t *testing.T) {
	checkReview9(t, []review9Case{
		{"an ordinal", "“It was fun.”\n\nMarcus Dembele posted his 11th triple-double with 14 points.\n",
			"Marcus Dembele posted", "", false, ""},
		{"a number", "“It was fun.”\n\nDembele posted 14 points in the win.\n", "Dembele posted", "", false, ""},
		{"a firm's loss", "“It was fun.”\n\nThe firm posted a £4m loss.\n", "The firm", "", false, ""},
		{"a post on X, as before", "“It was fun,” Dembele posted on X.\n", "“It was fun,”", "Dembele", true, ""},
	})
}

// TestReview14RoleBeforeName checks that a role noun before a name, as
// "Teacher" is, stays out of the speaker's name: passengers, witnesses,
// survivors and players' positions (review 14, M4).
func TestReview14RoleBeforeName(t *testing.T) {
	checkReview9(t, []review9Case{
		{"passenger", "Passenger Hannah Morrow said the cabin filled with smoke.\n", "Passenger", "Hannah Morrow", false, ""},
		{"witness", "Witness Tom Hale said the crash happened at 9pm.\n", "Witness", "Tom Hale", false, ""},
		{"quarterback", "Quarterback Evan Doyle said the team was tired.\n", "Quarterback", "Evan Doyle", false, ""},
		{"survivor", "Survivor Ana Reyes said 40 people were on the bus.\n", "Survivor", "Ana Reyes", false, ""},
		{"guard", "Guard Coby Wells said he was tired.\n", "Guard", "Coby Wells", false, ""},
		{"center", "Center Marcus Dembele said he was tired.\n", "Center", "Marcus Dembele", false, ""},
		{"teacher, as before", "Teacher Ann Cole said the school was full.\n", "Teacher", "Ann Cole", false, ""},
		{"with an age and a clause", "Passenger Hannah Morrow, 34, who was sitting in row 14, said the cabin filled with smoke.\n",
			"Passenger", "Hannah Morrow", false, ""},
	})
}

// TestReview14NoSourceInsideQuote checks that a cue inside a quotation
// with a speaker of its own gives no speaker or cue span: the words are
// the speaker's, and what they report names no source; a quotation with
// no speaker keeps its inner speaker (review 14, M6).
func TestReview14NoSourceInsideQuote(t *testing.T) {
	tests := []struct {
		name, text string
		speakers   []string // the texts of the speaker spans, in order
	}{
		{"after a colon", "Gareth Lloyd said: “I found out before my bank told me.”\n", []string{"Gareth Lloyd"}},
		{"the speaker goes on", "One customer, Gareth Lloyd, said he received an email at 11 p.m. “I found out from the news before the company told me. That's not good enough.”\n",
			[]string{"One customer, Gareth Lloyd"}},
		{"no speaker for the quotation", "“Senator Hagel said that the handling of Iraq is beyond pitiful.”\n", []string{"Senator Hagel"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := []byte(tt.text)
			toks := tokenize.Append(nil, src)
			spans := Annotate(src, toks, segment.Append(nil, src, toks))
			var got []string
			cues := 0
			for _, sp := range spans {
				switch sp.Kind {
				case Speaker:
					got = append(got, string(sp.Text(src)))
				case Cue:
					cues++
				}
			}
			if !slices.Equal(got, tt.speakers) || cues != len(tt.speakers) {
				t.Errorf("speakers %q with %d cues, want %q with one cue each", got, cues, tt.speakers)
			}
		})
	}
}

// TestReview14FollowUpSpeaker checks that a spokesman with no name right
// after a body spoke is that body's, and that a short name in brackets
// after a body's name is no rival for a following "It" (review 14, M5).
func TestReview14FollowUpSpeaker(t *testing.T) {
	checkReview9(t, []review9Case{
		{"a spokesman after a ministry", "The Ministry of Housing said it was studying the judgment. A spokesman added that 40 staff were working on it.\n",
			"A spokesman", "Ministry of Housing", false, "A spokesman"},
		{"a spokeswoman with a quotation", "Stellair Airways said it had inspected 46 jets. A spokeswoman said: \"Safety is our priority.\"\n",
			"A spokeswoman", "Stellair Airways", true, "A spokeswoman"},
		{"a spokesman after a person", "Tom Hale said he was studying the judgment. A spokesman added that 40 staff were working on it.\n",
			"A spokesman", "", false, "A spokesman"},
		{"It after a name with its short form", "The National Cyber Security Centre (NCSC) urged organisations to update. It also warned that 12 flaws were being exploited.\n",
			"It also", "National Cyber Security Centre", false, "It"},
		{"It after a short name in capitals", "The NCSC urged firms to update. It also warned that 12 flaws were being exploited.\n",
			"It also", "NCSC", false, "It"},
		{"It after a figure in capitals", "The GDP figure rose. It also said that 12 flaws were being exploited.\n",
			"It also", "", false, "It"},
	})
}
