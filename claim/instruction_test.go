package claim

import (
	"strings"
	"testing"
)

// TestInstructions checks that the steps of a recipe, in a numbered list
// or under a "Method" heading, are set aside with the reason
// "instruction", that a numbered list of claims is not, and that a list
// number never shows in a "words:" reason.
func TestInstructions(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string // each sentence's reason "instruction", or "-" for a sentence without it
	}{
		{"numbered steps under Method",
			"Method\n1. Heat the oven to 180C (160C fan, gas 4). Grease a 23cm springform tin and line the base with baking paper.\n" +
				"7. Bake for 40-45 minutes, until a skewer comes out clean. Cool in the tin for 15 minutes.\n\nA few notes. Bake it badly, and it will still be the best thing on the table.",
			[]string{"-", "instruction", "instruction", "instruction", "instruction", "-", "-"}},
		{"numbered steps without a heading",
			"3. Peel, core and slice the pears into eighths. Fry them in 1 tbsp of the brown butter for 3 minutes a side.\n5. Fold in the flour, ground hazelnuts, baking powder and salt.",
			[]string{"instruction", "instruction", "instruction"}},
		{"steps in paragraphs under Instructions",
			"Instructions:\n\nWhisk the sugar and eggs for 2 minutes until pale.\n\nSpoon into the tin and bake for 40 minutes.",
			[]string{"-", "instruction", "instruction"}},
		{"a numbered list of claims",
			"1. Heat waves killed 400 people in the region in 2022.\n2. Turnout rose to 61% in the northern towns, the highest since 1998.",
			[]string{"-", "-"}},
		{"imperatives outside instructions",
			"Bake sales raised £4,000 for the school last year. Look at the record: we cut waiting lists by 12%.",
			[]string{"-", "-"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src, sents, js := judgeText(tt.in)
			if len(js) != len(tt.want) {
				for _, s := range sents {
					t.Logf("%q", s.Text(src))
				}
				t.Fatalf("%d sentences, want %d", len(js), len(tt.want))
			}
			for i, j := range js {
				got := "-"
				for _, r := range j.Reasons {
					if r == "instruction" {
						got = r
					}
					if strings.HasPrefix(r, "wording typical of claims: '") && r[len("wording typical of claims: '")] >= '0' && r[len("wording typical of claims: '")] <= '9' {
						t.Errorf("sentence %d: list number in reason %q", i, r)
					}
				}
				if got != tt.want[i] {
					t.Errorf("sentence %d %q: reasons %q, want %s", i, sents[i].Text(src), j.Reasons, tt.want[i])
				}
				if got == "instruction" && j.CheckWorthy {
					t.Errorf("sentence %d %q is check-worthy (%.3f)", i, sents[i].Text(src), j.Score)
				}
			}
		})
	}
}

// TestListNumberNotInReason checks that the number of a list item is no
// part of a wording reason ("wording typical of claims: '7. Bake'").
func TestListNumberNotInReason(t *testing.T) {
	for _, in := range []string{
		"7. Bake sales across the county raised a record sum for the hospice.",
		"7. Northern rail cancelled services between Lancaster and Morecambe.",
	} {
		src, _, js := judgeText(in)
		for _, r := range js[0].Reasons {
			if strings.HasPrefix(r, "wording typical of claims: '7") {
				t.Errorf("%q: reason %q", src, r)
			}
		}
	}
}
