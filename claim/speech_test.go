package claim

import (
	"testing"
)

// TestSpeechInFull checks that a speech printed in full after a paragraph
// that introduces it is its speaker's, paragraph after paragraph, up to a
// note with a label such as "Fact check:", and that a paragraph that only
// mentions something paid "in full" gives nobody the text after it.
func TestSpeechInFull(t *testing.T) {
	const speech = "Harriet Osei-Blake used her first conference speech to promise a \"decade of renewal\". Here is the full text as delivered in Brightmouth on Tuesday.\n\n" +
		"Conference, we will build 300,000 homes a year.\n\n" +
		"(Applause)\n\n" +
		"Under the last government, waiting lists doubled.\n\n" +
		"Fact check: Official figures show 234,000 homes were built last year. That is fewer than in 2019."
	const byHer = "attributed to Harriet Osei-Blake"
	tests := []review9ScoreCase{
		{name: "first paragraph", in: speech, sent: 2, want: []string{byHer}},
		{name: "after the applause", in: speech, sent: 4, want: []string{byHer}},
		{name: "the checker's note", in: speech, sent: 5, not: []string{byHer}},
		{name: "the note's next sentence", in: speech, sent: 6, not: []string{byHer}},
		{name: "in full as a heading", in: "Harriet Osei-Blake's speech in full:\n\nUnder the last government, waiting lists doubled.", sent: 1, want: []string{byHer}},
		{name: "paid in full", in: "The minister, Harriet Osei-Blake, repaid the loan in full.\n\nThe council spent £2m on the scheme last year.", sent: 1,
			not: []string{byHer}},
	}
	for _, tt := range tests {
		t.Run(tt.name, tt.run)
	}
	src, sents, js := judgeText(speech)
	if j := js[3]; j.Speaker >= 0 {
		t.Errorf("%q: speaker %d, want none for a stage direction", sents[3].Text(src), j.Speaker)
	}
}
