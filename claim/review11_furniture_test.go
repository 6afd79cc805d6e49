package claim

import (
	"testing"

	"github.com/claimlight/claimlight/segment"
	"github.com/claimlight/claimlight/tokenize"
)

// TestReview11Circa checks that "c." (circa) before an amount is a hedge
// inside the amount, as "ca." is.
func TestReview11Circa(t *testing.T) {
	tests := []review9ScoreCase{
		{name: "circa before pounds", in: "The club paid c. £40m for him in 2023.",
			want: []string{"quantity: c. £40m", "hedged: c."}, cw: "yes"},
		{name: "circa before a percent", in: "The fee was c. 40% of the total.",
			want: []string{"hedged: c."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, tt.run)
	}
}

// review11Junk is a text written for these tests, the sentence of it that a
// reader should see set aside, and whether it must be furniture or only
// not check-worthy.
type review11Junk struct {
	name, in, sent string
	furniture      bool
}

// checkReview11Junk checks that each case's sentence is not check-worthy,
// and is furniture when the case says so.
func checkReview11Junk(t *testing.T, tests []review11Junk) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src, sents, js := judgeText(tt.in)
			for k, s := range sents {
				if string(s.Text(src)) != tt.sent {
					continue
				}
				if js[k].CheckWorthy || tt.furniture && s.Role != segment.Furniture {
					t.Errorf("%q: role %v, score %.3f, reasons %q; want it set aside", tt.sent, s.Role, js[k].Score, js[k].Reasons)
				}
				return
			}
			t.Errorf("no sentence %q in %q", tt.sent, tt.in)
		})
	}
}

// TestReview11WebJunk checks the consent banner, the paywall meter, the
// newsletter notice and readers' comments of a pasted web page (review 11
// H6).
func TestReview11WebJunk(t *testing.T) {
	const comments = "Fares will rise 4.6% in March.\n\nTrainWreck77\n3h ago\n" +
		"I pay £5,100 a year and my train was cancelled four times last week.\nReply  Like 312\n\n" +
		"MargaretH\n2h ago\nFares in France are half what we pay.\nReply  Like 98\n"
	checkReview11Junk(t, []review11Junk{
		{"a consent banner", "We and our 842 partners use cookies and similar technologies to store and access information on your device.\n",
			"We and our 842 partners use cookies and similar technologies to store and access information on your device.", true},
		{"a long consent banner", "We and our 842 partners store and access information on your device, such as cookies, and process personal data for personalised ads and content measurement.\n",
			"We and our 842 partners store and access information on your device, such as cookies, and process personal data for personalised ads and content measurement.", true},
		{"consent by continuing", "By continuing, you agree to our use of 12 cookies.\n", "By continuing, you agree to our use of 12 cookies.", true},
		{"a paywall meter", "You have read 3 of 5 free articles this month.\n", "You have read 3 of 5 free articles this month.", true},
		{"a newsletter notice", "Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties.\n",
			"Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties.", true},
		{"buttons alone", "Fares rose.\n\nReply  Like 98\n", "Reply  Like 98", true},
		{"a comment's handle", comments, "TrainWreck77", true},
		{"a comment's text", comments, "I pay £5,100 a year and my train was cancelled four times last week.", true},
		{"a second comment", comments, "Fares in France are half what we pay.", true},
		{"its buttons", comments, "Reply  Like 98", true},
	})
	// The article above the comments keeps its claim, and a post pasted
	// on its own, which starts with its handle, is no reader's comment.
	for _, in := range []string{comments, "TrainWreck77\n3h ago\nI pay £5,100 a year and my train was cancelled four times last week.\n"} {
		src, sents, js := judgeText(in)
		k := 0
		if sents[0].Role == segment.Furniture || sents[0].Role == segment.Heading {
			k = 2
		}
		if !js[k].CheckWorthy {
			t.Errorf("%q: score %.3f, want it check-worthy", sents[k].Text(src), js[k].Score)
		}
	}
}

// TestReview11PressRelease checks a press release's embargo line, contact
// line and notes after "Ends" (review 11 M3).
func TestReview11PressRelease(t *testing.T) {
	const release = "Night work raised the risk of diabetes by 27%.\n\nEnds\n\nNotes to editors\n\n" +
		"1. The paper is published in the Annals of Occupational Medicine (doi:10.1093/aom/kxa219).\n\n" +
		"About the University of Kellsworth\nThe University of Kellsworth has 24,000 students and was founded in 1891.\n"
	checkReview11Junk(t, []review11Junk{
		{"embargoed until", "Embargoed until 00:01 GMT on Thursday 3 December 2026.\n", "Embargoed until 00:01 GMT on Thursday 3 December 2026.", true},
		{"embargo in capitals", "EMBARGO: 00:01 BST, 3 December 2026\n", "EMBARGO: 00:01 BST, 3 December 2026", true},
		{"under embargo", "Under embargo until 00.01 hrs UK time Thursday 3 December 2026\n", "Under embargo until 00.01 hrs UK time Thursday 3 December 2026", true},
		{"a contact line", "For interviews, contact the University of Kellsworth press office on 01632 960 447.\n",
			"For interviews, contact the University of Kellsworth press office on 01632 960 447.", true},
		{"a note to editors", release, "1. The paper is published in the Annals of Occupational Medicine (doi:10.1093/aom/kxa219).", true},
		{"the boilerplate", release, "The University of Kellsworth has 24,000 students and was founded in 1891.", true},
	})
	src, sents, js := judgeText(release)
	if !js[0].CheckWorthy {
		t.Errorf("%q: score %.3f, want the release's claim check-worthy", sents[0].Text(src), js[0].Score)
	}
}

// TestReview11DOI checks that a DOI gives no figures.
func TestReview11DOI(t *testing.T) {
	for _, in := range []string{
		"The study appears in The Lancet (DOI: 10.1016/S0140-6736(24)01234-5).",
		"The paper is in the Annals of Occupational Medicine (doi:10.1093/aom/kxa219).",
		"The paper is at https://doi.org/10.1093/aom/kxa219 online.",
	} {
		src, sents, _ := judgeText(in)
		toks := tokenize.Append(nil, src)
		for _, sp := range Annotate(src, toks, sents) {
			if sp.Kind == Quantity || sp.Kind == Money || sp.Kind == Percent || sp.Kind == Date {
				t.Errorf("%q: span %v %q, want no figure", in, sp.Kind, src[sp.Start:sp.End])
			}
		}
	}
}
