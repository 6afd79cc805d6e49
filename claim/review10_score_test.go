package claim

import (
	"strings"
	"testing"

	"github.com/claimlight/claimlight/tokenize"
)

// TestReview10SentenceAdverbs checks that "If anything,", "If so," and
// "If not," open an asserted claim, not a condition, and that "If true,"
// and "If confirmed," hedge the claim instead of halving its score.
func TestReview10SentenceAdverbs(t *testing.T) {
	tests := []review9ScoreCase{
		{name: "if anything", in: "If anything, the tax burden rose last year.", not: []string{hypotheticalReason}, cw: "yes"},
		{name: "if so", in: "If so, debt rose by £20bn last year.", not: []string{hypotheticalReason}, cw: "yes"},
		{name: "if not", in: "If not, debt rose by £20bn last year.", not: []string{hypotheticalReason}, cw: "yes"},
		{name: "if true is a hedge", in: "If true, that means 40,000 people lost their jobs.",
			want: []string{"hedged: If true"}, not: []string{hypotheticalReason}, cw: "yes"},
		{name: "if confirmed", in: "If confirmed, it would be the largest fall since 1990.", not: []string{hypotheticalReason}, cw: "yes"},
		{name: "a condition is still one", in: "If inflation fell to 2%, mortgage rates would drop.", want: []string{hypotheticalReason}},
		{name: "if so in a condition", in: "If so many people leave, rents will fall.", want: []string{hypotheticalReason}},
	}
	for _, tt := range tests {
		t.Run(tt.name, tt.run)
	}
}

// TestConditionGivingAFigure checks that a condition whose main clause
// gives a figure is not halved: the figure is an estimate a checker can
// test ("If the dam fails, 3,000 homes would flood"), while a figure in
// the condition alone, or a year in the main clause, leaves it supposed.
func TestConditionGivingAFigure(t *testing.T) {
	tests := []review9ScoreCase{
		{name: "homes would flood", in: "If the dam fails, 3,000 homes would flood.", want: []string{"quantity: 3,000 homes"}, not: []string{hypotheticalReason}},
		{name: "prices will rise", in: "If the bill passes, prices will rise by 12% within a year.", not: []string{hypotheticalReason}, cw: "yes"},
		{name: "figure in the condition", in: "If inflation fell to 2%, mortgage rates would drop.", want: []string{hypotheticalReason}},
		{name: "a year is no figure", in: "If elected, we will cut taxes by 2027.", want: []string{hypotheticalReason}},
	}
	for _, tt := range tests {
		t.Run(tt.name, tt.run)
	}
}

// TestReview10CurrencyWords checks that a forecast of a sum scores the
// same whatever its currency: a sign written with letters ("zł") and an
// ISO code next to the number ("PLN", "CHF") are the word "$" is to the
// model, and "bln" is a scale word as "billion" is.
func TestReview10CurrencyWords(t *testing.T) {
	_, _, base := judgeText("The plant will cost $1.4 bln.")
	for _, in := range []string{
		"The plant will cost zł1.4 bln.",
		"The plant will cost PLN 1.4 bln.",
		"The plant will cost CHF 1.4 bln.",
		"The plant will cost €1.4 bln.",
		"The plant will cost Rs 1.4 bln.",
		"The plant will cost 1.4 bln CHF.",
		"The plant will cost 1.4 bln zł.",
	} {
		_, _, js := judgeText(in)
		if d := js[0].Score - base[0].Score; d > 0.02 || d < -0.02 || !js[0].CheckWorthy {
			t.Errorf("%q: score %.3f (check-worthy %v), want check-worthy and within 0.02 of the dollar sum's %.3f", in, js[0].Score, js[0].CheckWorthy, base[0].Score)
		}
	}
	m, err := DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	for in, want := range map[string]string{
		"The EUR 40 fee.":       "the <cur> <num> fee",
		"It cost 1.4 bln CHF.":  "it cost <num> bln <cur>",
		"It cost zł1.4 bln.":    "it cost <cur> <num> bln",
		"In 2024 the EUR rose.": "in <year> the eur rose",
		"Rs and CHF are codes.": "rs and chf are codes",
	} {
		src := []byte(in)
		toks := tokenize.Append(nil, src)
		f := m.featurizer()
		f.splitWords(src, toks, 0, int32(len(src)))
		var got []string
		for _, w := range f.words {
			got = append(got, string(f.text(w)))
		}
		m.release(f)
		if g := strings.Join(got, " "); g != want {
			t.Errorf("%q: words %q, want %q", in, g, want)
		}
	}
}

// TestReview10WordReasons checks that a "words:" reason names a word a
// reader can look up: never a function word or a transcript's label,
// while an acronym in capitals stays a reason.
func TestReview10WordReasons(t *testing.T) {
	tests := []review9ScoreCase{
		{name: "along", in: "Thanks for following along.", not: []string{"wording typical of claims: 'along'"}},
		{name: "where", in: "We asked his campaign where the figure came from.", not: []string{"wording typical of claims: 'where'"}},
		{name: "under", in: "No charges have been brought under that section.", not: []string{"wording typical of claims: 'under'"}},
		{name: "a label in capitals", in: "SMITH: Migration is a problem for us all.", not: []string{"wording typical of claims: 'SMITH'"}},
		{name: "an acronym", in: "ISIS controls the town.", want: []string{"wording typical of claims: 'ISIS'"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, tt.run)
	}
}

// TestReview10ContractedWillAfterLabel checks that a contracted will that
// opens a transcript's turn, capitalized after the label, is a forecast,
// and that the dated pledge scores no lower than the undated one.
func TestReview10ContractedWillAfterLabel(t *testing.T) {
	tests := []review9ScoreCase{
		{name: "we'll after a label", in: "DOYLE: We'll recruit 15,000 more nurses.", want: []string{"prediction: We'll recruit"}, cw: "yes", types: TypePrediction},
		{name: "they’ll after a label", in: "Doyle: They’ll recruit 15,000 more nurses.", want: []string{"prediction: They’ll recruit"}, types: TypePrediction},
		{name: "Will after a label is still a question", in: "DOYLE: Will prices fall?", not: []string{"prediction: Will prices"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, tt.run)
	}
	_, _, undated := judgeText("DOYLE: We'll recruit 15,000 more nurses.")
	_, _, dated := judgeText("DOYLE: We'll recruit 15,000 more nurses by 2030.")
	if dated[0].Score < undated[0].Score {
		t.Errorf("the dated pledge scores %.3f, under the undated one's %.3f", dated[0].Score, undated[0].Score)
	}
}

// TestReview10QuotedPledge checks that a quoted first-person pledge from
// a named speaker ("we will not …", "we'll …") is scored as its whole
// sentence, as a sum or a dated forecast in a quotation is, while a
// quoted opinion and an unattributed quotation stay on their own words.
func TestReview10QuotedPledge(t *testing.T) {
	tests := []review9ScoreCase{
		{name: "we will not", in: "\"We will not raise income tax, VAT or national insurance,\" the Chancellor said.",
			want: []string{"prediction: will not raise", "attributed to the Chancellor"}, not: []string{quotedReason}},
		{name: "we'll with a figure", in: "\"We'll recruit 15,000 more nurses,\" the health secretary said.",
			want: []string{"prediction: We'll recruit"}, cw: "yes"},
		{name: "an opinion", in: "\"The signal matters more than the sum,\" said Anna Berg.", want: []string{quotedReason}, cw: "no"},
		{name: "no speaker", in: "\"We will fight them on the beaches.\"", want: []string{quotedReason}, cw: "no"},
	}
	for _, tt := range tests {
		t.Run(tt.name, tt.run)
	}
	_, _, quoted := judgeText("\"We will not raise income tax, VAT or national insurance,\" the Chancellor said.")
	_, _, words := judgeText("We will not raise income tax, VAT or national insurance.")
	if quoted[0].Score < words[0].Score {
		t.Errorf("the quoted pledge scores %.3f, under its words alone (%.3f)", quoted[0].Score, words[0].Score)
	}
}
