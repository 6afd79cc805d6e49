package claim

import (
	"strings"
	"testing"

	"github.com/claimlight/claimlight/segment"
	"github.com/claimlight/claimlight/tokenize"
)

// Judgement.Speaker is the span of whoever the sentence's words are
// attributed to.
func TestJudgementSpeaker(t *testing.T) {
	tests := []struct {
		name, text string
		sentence   string // the start of the sentence looked at
		want       string // the speaker span's text; "" for -1
		quoted     bool   // whether the sentence is mostly that speaker's quotation
	}{
		{"quote with she said",
			"Anna Berg runs the housing office. “We will build 300 homes next year,” she said.",
			"“We will build", "she", true},
		{"a short quotation in a long sentence is a statement",
			"Anna Berg runs the housing office. “We will build 300 homes,” she said on Monday, after the council approved a budget of £4 million for the scheme.",
			"“We will build", "she", false},
		{"reported speech",
			"The ministry said 40 people had died.", "The ministry", "The ministry", false},
		{"transcript label, its own sentence",
			"CHIEF MARGARET OYELARAN: Good afternoon. At approximately 1:47 p.m. today, our dispatch center received the first of more than 60 calls.\n\nQ: Were there two shooters?\n\nOYELARAN: No. We have one suspect.\n",
			"CHIEF", "CHIEF MARGARET OYELARAN", false},
		{"transcript label, a later sentence",
			"CHIEF MARGARET OYELARAN: Good afternoon. At approximately 1:47 p.m. today, our dispatch center received the first of more than 60 calls.\n\nQ: Were there two shooters?\n\nOYELARAN: No. We have one suspect.\n",
			"At approximately", "CHIEF MARGARET OYELARAN", false},
		{"label followed by a reported source",
			"HOST (MAYA LINDQVIST): Good evening.\n\nLINDQVIST: Critics say the formula cuts money for rural districts by 12 percent.\n",
			"LINDQVIST: Critics", "Critics", false},
		{"a later sentence of a quotation",
			"His family said in a statement:\n\n“Liam was the kindest man. He was 34 and had worked for the council for 12 years.\n\n“We ask for privacy.”\n",
			"He was 34", "His family", true},
		{"unattributed",
			"Unemployment fell to 4.1% in May, the lowest since 2008.", "Unemployment", "", false},
		{"a small quotation of someone else's",
			"The ministry said the council approved £4 million for roads in the north last year, which Anna Berg said was “far too small”.",
			"The ministry", "The ministry", false},
		{"a transcript's later turn",
			"CHIEF MARGARET OYELARAN: Good afternoon. At approximately 1:47 p.m. today, our dispatch center received the first of more than 60 calls.\n\nQ: Were there two shooters?\n\nOYELARAN: No. We have one suspect.\n",
			"We have one", "OYELARAN", false},
		{"a call transcript's label with a title",
			"Marcus Feld, Chief Executive Officer: Net sales were $1.27 billion, up 5.8%.",
			"Marcus Feld", "Marcus Feld", false},
		{"a call transcript's label with a firm",
			"Daniel Ostrowski, Barclays: Hi. You said positive for four quarters.\n\nMarcus Feld: Yes.\n\nDaniel Ostrowski: Thanks.\n",
			"You said", "Daniel Ostrowski", false},
		{"a turn goes on past a source the speaker cites",
			"Marcus Feld, Chief Executive Officer: Thanks. Sales rose 11%.\n\nWe gained 80 basis points of share according to Circana data. Segment sales fell 2.3%.\n\nSnacks grew about 1%.\n\nDaniel Ostrowski: Thanks.\n",
			"Snacks grew", "Marcus Feld", false},
		{"the sentence that cites a source in a turn is still the turn speaker's",
			"Marcus Feld, Chief Executive Officer: Thanks. Sales rose 11%.\n\nWe gained 80 basis points of share according to Circana data. Segment sales fell 2.3%.\n\nSnacks grew about 1%.\n\nDaniel Ostrowski: Thanks.\n",
			"We gained", "Marcus Feld", false},
		{"a source cited in the sentence a label opens",
			"Marcus Feld, Chief Executive Officer: Sales rose 11%, and we gained 80 basis points of share according to Circana data.\n\nDaniel Ostrowski: Thanks.\n",
			"Marcus Feld", "Marcus Feld", false},
		{"according to outside a transcript names the speaker",
			"Sales rose 11%, according to Circana data.", "Sales", "Circana data", false},
		{"a social media post's author",
			"Maya Rennick @mayarennick_news · 2:14 PM\nThe bridge was closed at 6am.\n\nKent County Council @KentCC · 2:52 PM\nReplying to @dcolborne66\nHi Dave, this is not correct. The council's rebrand in 2023 cost £38,000, not £900,000.\n",
			"The council's rebrand", "Kent County Council", false},
		{"a post's author, with an emoji after the name",
			"Lena Okoro 🌻 @lena_okoro · 3:11 PM\nReplying to @mayarennick_news\nIt took 45 minutes to do a 10-minute trip.\n",
			"It took", "Lena Okoro", false},
		{"a source the post names is the sentence's speaker",
			"Maya Rennick @mayarennick_news · 2:16 PM\nThe bridge was closed at 6am. Kent County Council says about 14,000 vehicles a day use it.\n",
			"Kent County", "Kent County Council", false},
		{"the post ends at page furniture",
			"Maya Rennick @mayarennick_news · 2:16 PM\nThe bridge was closed at 6am.\n\n---\n\nThe council spent £38,000 on a logo.\n",
			"The council spent", "", false},
		{"a handle in running text is no post header",
			"Maya Rennick @mayarennick_news said the bridge was closed.\n\nThe council spent £38,000 on a logo.\n",
			"The council spent", "", false},
		{"the turn ends with its paragraph",
			"Maria Lindqvist: Sure. We had about $140 million in deals slip.\n\nRevenue fell 8% in the quarter.\n",
			"Revenue", "", false},
	}
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
				k := js[i].Speaker
				got := ""
				if k >= 0 {
					if spans[k].Kind != Speaker {
						t.Fatalf("Speaker %d is a %v span", k, spans[k].Kind)
					}
					got = string(spans[k].Text(src))
				}
				if got != tt.want {
					t.Errorf("speaker of %q = %d %q, want %q", s.Text(src), k, got, tt.want)
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

// Every sentence whose reasons say "attributed to X" has a speaker that
// stands for X, whichever sentence of the test texts it is.
func TestJudgementSpeakerMatchesReason(t *testing.T) {
	texts := []string{
		"“We will build 300 homes next year,” Anna Berg said. The ministry said 40 people had died in the floods.",
		"Maria Lindqvist: Sure, thanks Priya. We had about $140 million in deals slip into the fourth quarter.\n",
		"His family said in a statement:\n\n“Liam was the kindest man. He was 34 and had worked for the council for 12 years.\n\n“We ask for privacy.”\n",
		"CHIEF MARGARET OYELARAN: Good afternoon. At approximately 1:47 p.m. today, our dispatch center received the first of more than 60 calls.\n\nQ: Were there two shooters?\n\nOYELARAN: No. We have one suspect.\n",
		"HOST (MAYA LINDQVIST): Good evening.\n\nLINDQVIST: Critics say the formula cuts money for rural districts by 12 percent.\n",
	}
	n := 0
	for _, text := range texts {
		src := []byte(text)
		toks := tokenize.Append(nil, src)
		sents := segment.Append(nil, src, toks)
		spans := Annotate(src, toks, sents)
		for i, j := range Judge(src, toks, sents, spans) {
			for _, r := range j.Reasons {
				who, ok := strings.CutPrefix(r, attributedTo)
				if !ok {
					continue
				}
				n++
				var rt reasonText
				if j.Speaker >= 0 {
					rt.appendSpeaker(src, spans, int(j.Speaker))
				}
				if j.Speaker < 0 || string(rt.buf) != who {
					t.Errorf("%q: reason %q, speaker span %d", sents[i].Text(src), r, j.Speaker)
				}
			}
		}
	}
	if n < 4 {
		t.Errorf("%d reasons name a speaker, want at least 4", n)
	}
}
