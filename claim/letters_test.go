package claim

import (
	"slices"
	"strings"
	"testing"
)

// TestLettersSigned checks that on a letters page each reader's letter,
// from its "Sir," or "Madam," opening down to its "Name, Town" line, is
// its signer's, that the signature's name is a person, and that a text
// without such an opening gives nobody the sentences before a line of that
// shape. The signature does not change the scores of the letter's
// sentences.
func TestLettersSigned(t *testing.T) {
	const page = "Letters to the Editor\n\n" +
		"Sir, The council's own survey counted 14,200 vehicles a day on Morrow Street in 2024.\n\n" +
		"Spending £38m on the bypass is a strange set of priorities.\n\n" +
		"Gordon Pell, Fenwick\n\n" +
		"Madam, Brackwater Water put up charges by 9.4% in April and paid £112m in dividends. According to Ofwat, it missed 12 of its 15 targets.\n\n" +
		"Peter Lindqvist, Brackwater\n\n" +
		"Letters may be edited for length."
	const (
		byPell      = "attributed to Gordon Pell"
		byLindqvist = "attributed to Peter Lindqvist"
	)
	const article = "Sir Keir Lomax said the NHS would get £2bn more next year.\n\n" +
		"The council spent £38m on the bypass in 2024.\n\n" +
		"Gordon Pell, Fenwick"
	const unsignedFirst = "Letters\n\n" +
		"Sir, The bypass will cost £38m, twice the estimate.\n\n" +
		"Sir, My bank branch in Fenwick closes in January, the third in two years.\n\n" +
		"Gordon Pell, Fenwick"
	tests := []review9ScoreCase{
		{name: "first letter's opening", in: page, sent: 1, want: []string{byPell}, not: []string{byLindqvist}},
		{name: "first letter's next paragraph", in: page, sent: 2, want: []string{byPell}},
		{name: "second letter", in: page, sent: 4, want: []string{byLindqvist}, not: []string{byPell}},
		{name: "a source in the letter", in: page, sent: 5, want: []string{"attributed to Ofwat"}},
		{name: "after the last signature", in: page, sent: 7, not: []string{byPell, byLindqvist}},
		{name: "Sir as a title", in: article, sent: 0, want: []string{"attributed to Keir Lomax"}, not: []string{byPell}},
		{name: "no opening", in: article, sent: 1, not: []string{byPell}},
		{name: "a letter printed without its sign-off", in: unsignedFirst, sent: 1, not: []string{byPell}},
		{name: "the signed letter after it", in: unsignedFirst, sent: 2, want: []string{byPell}},
	}
	for _, tt := range tests {
		t.Run(tt.name, tt.run)
	}
	src, _, spans := annotateText(page)
	var people []string
	for _, sp := range spans {
		if sp.Kind == Person {
			people = append(people, string(sp.Text(src)))
		}
	}
	for _, name := range []string{"Gordon Pell", "Peter Lindqvist"} {
		if !slices.Contains(people, name) {
			t.Errorf("people %q, want %q among them", people, name)
		}

	}
	_, _, signed := judgeText(page)
	_, _, unsigned := judgeText(strings.Replace(page, "Gordon Pell, Fenwick", "", 1))
	if signed[1].Score != unsigned[1].Score {
		t.Errorf("opening scores %.3f signed, %.3f unsigned, want the same", signed[1].Score, unsigned[1].Score)
	}
}
