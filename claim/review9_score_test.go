package claim

import (
	"slices"
	"testing"
)

// review9ScoreCase is a text written for these tests and what a reader should
// see for its sentence at index sent: reasons it must have (want) and must
// not have (not), whether it is check-worthy (cw: "yes", "no" or "" for
// either way), and types it must have.
type review9ScoreCase struct {
	name, in  string
	sent      int
	want, not []string
	cw        string
	types     Type
}

func (tt review9ScoreCase) run(t *testing.T) {
	t.Helper()
	src, sents, js := judgeText(tt.in)
	if tt.sent >= len(js) {
		t.Fatalf("%d sentences, want one at %d", len(js), tt.sent)
	}
	j := js[tt.sent]
	text := sents[tt.sent].Text(src)
	for _, w := range tt.want {
		if !slices.Contains(j.Reasons, w) {
			t.Errorf("%q (score %.3f): reasons %q, want %q among them", text, j.Score, j.Reasons, w)
		}
	}
	for _, w := range tt.not {
		if slices.Contains(j.Reasons, w) {
			t.Errorf("%q (score %.3f): reasons %q, want no %q", text, j.Score, j.Reasons, w)
		}
	}
	if tt.cw == "yes" && !j.CheckWorthy || tt.cw == "no" && j.CheckWorthy {
		t.Errorf("%q: score %.3f, check-worthy %v, want %s", text, j.Score, j.CheckWorthy, tt.cw)
	}
	if j.Types&tt.types != tt.types {
		t.Errorf("%q: types %v, want %v among them", text, j.Types.Names(), tt.types.Names())
	}
}

// TestReview9ReasonsUnderThreshold checks that a sentence under the
// threshold but at or above ReasonFloor, which the page lists when its
// slider is moved down, gives its types and reasons, and that the rule
// that set it aside comes last.
func TestReview9ReasonsUnderThreshold(t *testing.T) {
	tests := []review9ScoreCase{
		{name: "a forecast of a figure under the threshold",
			in:   "The figure will be above 36,000.",
			want: []string{"quantity: above 36,000", "prediction: will be"}, cw: "no", types: TypeQuantity | TypePrediction},
		{name: "a comparison under the threshold",
			in:   "The new park is bigger than the old one.",
			want: []string{"comparison: bigger than"}, cw: "no", types: TypeOther},
		{name: "a question is set aside by its rule, and names its figure",
			in:   "Will the council spend £4m on the bridge?",
			want: []string{"quantity: £4m", "question"}, cw: "no"},
	}
	for _, tt := range tests {
		t.Run(tt.name, tt.run)
	}
	// under the floor: no types, no reasons but a rule's
	src, sents, js := judgeText("Sign up for our newsletter.")
	for k, j := range js {
		if j.Score < ReasonFloor && (j.Types != 0 || len(j.Reasons) > 1) {
			t.Errorf("%q: score %.3f, types %v, reasons %q: want none under the floor", sents[k].Text(src), j.Score, j.Types.Names(), j.Reasons)
		}
	}
}

// TestReview9Pence checks that a sum in pence weighs as a sum does: "3p"
// is a currency and a number to the model, as "£3" is, and a time word
// after it does not push the forecast under the threshold.
func TestReview9Pence(t *testing.T) {
	tests := []review9ScoreCase{
		{name: "pence and tonight", in: "Fuel duty will rise by 3p a litre tonight.",
			want: []string{"quantity: 3p a litre", "prediction: will rise"}, types: TypeQuantity | TypePrediction},
		{name: "pence from a time", in: "Harcourt confirms fuel duty will rise by 3p a litre from 6pm tonight.",
			want: []string{"quantity: 3p a litre", "prediction: will rise"}, cw: "yes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, tt.run)
	}
}

// TestReview9QuotedClaims checks that a quotation holding a figure, a rule
// or a dated forecast keeps the score the sentence has as a whole, while
// a quoted opinion is still judged on its own words, and that this reason
// never stands in for the spans'. The reason says what that means for a
// checker, in words of theirs: the quote reads as opinion.
func TestReview9QuotedClaims(t *testing.T) {
	tests := []review9ScoreCase{
		{name: "a quoted pledge with a figure", in: `"We will build 40,000 homes a year," the minister said.`,
			want: []string{"quantity: 40,000 homes a year", "prediction: will build"}, not: []string{quotedReason}, cw: "yes", types: TypeQuantity | TypePrediction},
		{name: "a quoted forecast with a date", in: `"Unemployment will peak in 2026," the Chancellor said.`,
			want: []string{"prediction: will peak", "date: in 2026"}, not: []string{quotedReason}, cw: "yes", types: TypePrediction},
		{name: "a quoted rule", in: `"Under the new law, landlords must register every flat," the minister said.`,
			want: []string{"rule: Under the new law"}, cw: "yes", types: TypeRule},
		{name: "a quoted opinion with a small count stays under", in: `"We gave away two soft goals," the skipper said.`,
			want: []string{"a quote that reads as opinion, not a fact to check"}, cw: "no"},
		{name: "a quoted opinion keeps its spans as reasons", in: `"Prices will keep rising until the government acts," the economist said.`,
			want: []string{"prediction: will keep", quotedReason}, cw: "no", types: TypePrediction},
	}
	for _, tt := range tests {
		t.Run(tt.name, tt.run)
	}
}

// TestReview9InterviewerTurn checks that a statement in an interviewer's
// "Q:" turn is no question: a claim it reports is scored as anywhere and
// says who put it; only an interrogative is a "question".
func TestReview9InterviewerTurn(t *testing.T) {
	tests := []review9ScoreCase{
		{name: "a reported claim", in: "Q: Your opponents say you are cutting the social housing budget.\n\nA: That is simply false.",
			want: []string{"attributed to Your opponents", interviewerReason}, not: []string{"question"}, cw: "yes"},
		{name: "a reported claim with a figure", in: "Q: Critics say you cut the budget by £200m.",
			want: []string{"quantity: £200m", interviewerReason}, not: []string{"question"}, cw: "yes"},
		{name: "an interrogative with no question mark", in: "Q: Is it true that rents fell.",
			want: []string{"question"}, cw: "no"},
		{name: "a bare topic", in: "Q: Rents.",
			want: []string{"interviewer's words, not a claim"}, not: []string{"question"}, cw: "no"},
	}
	for _, tt := range tests {
		t.Run(tt.name, tt.run)
	}
}

// TestReview9Furniture checks that a fact-checker's verdicts and key, and
// a live blog's and an interview's notes on themselves, are set aside, and
// that words which explain nothing are never a "words:" reason.
func TestReview9Furniture(t *testing.T) {
	tests := []review9ScoreCase{
		{name: "a verdict in capitals", in: "RATING: Mostly false", want: []string{"a fact-checker's rating"}, not: []string{"wording typical of claims: 'Mostly'"}, cw: "no"},
		{name: "a verdict", in: "Verdict: Misleading", want: []string{"a fact-checker's rating"}, cw: "no"},
		{name: "a rating guide", in: "Rating guide: We rate a claim Misleading when it contains an accurate figure used to give a false impression.",
			want: []string{"news boilerplate"}, not: []string{"wording typical of claims: 'claim'"}, cw: "no"},
		{name: "a live blog's sign-off", in: "We're closing the live blog now.", want: []string{"news boilerplate"}, not: []string{"wording typical of claims: 'We're'"}, cw: "no"},
		{name: "a live blog's time stamp", in: "Posted at 14:32", want: []string{"page furniture"}, cw: "no"},
		{name: "a page's note on scripts", in: "Please turn on JavaScript to use this feature", cw: "no"},
		{name: "an interview's note on itself", in: "This interview has been edited for length and clarity.", want: []string{"news boilerplate"}, cw: "no"},
		{name: "the word claim is no reason", in: "The spoken claim in the video is unchanged.", not: []string{"wording typical of claims: 'claim'"}},
		{name: "who made the claim", in: "Claim: \"Crime has fallen by 30%.\"\n\nWho said it: Mayor Colin Ashworth-Reid, in a campaign video posted on 4 March.",
			sent: 1, want: []string{"a fact check's field: who made the claim"}, not: []string{"date: on 4 March"}, cw: "no"},
		{name: "a claimant field", in: "Claimed by: Jo Bloggs MP, on 4 March.", want: []string{"a fact check's field: who made the claim"}, cw: "no"},
		{name: "a question that starts alike", in: "Who said it would cost £40m?", not: []string{"a fact check's field: who made the claim"}},
		{name: "a bare ordinal is no reason", in: "The Institute for Fiscal Studies has just published its first reaction.", not: []string{"wording typical of claims: 'first'"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, tt.run)
	}
}

// TestReview9Purpose checks that "so that" after a wish gives an aim, not
// a cause, and stays a cause elsewhere.
func TestReview9Purpose(t *testing.T) {
	tests := []review9ScoreCase{
		{name: "an aim after a wish", in: "I want prices to rise more slowly than wages, so that housing becomes more affordable.",
			not: []string{"cause: so that"}},
		{name: "a result", in: "The river rose so that the bridge was closed for 40 days.",
			want: []string{"cause: so that"}, types: TypeCausation},
	}
	for _, tt := range tests {
		t.Run(tt.name, tt.run)
	}
	src, _, spans := annotateText("I want prices to rise more slowly than wages, so that housing becomes more affordable.")
	for _, sp := range spans {
		if sp.Kind == Causal {
			t.Errorf("causal span %q after a wish", sp.Text(src))
		}
	}
}

// TestReview9Forecasts checks forecasts with a verb whose base form is
// also its past ("will hit") and with a contracted "will" ("we'll").
func TestReview9Forecasts(t *testing.T) {
	tests := []review9ScoreCase{
		{name: "will hit", in: "We will hit the target in 2029.", want: []string{"prediction: will hit", "date: in 2029"}, types: TypePrediction},
		{name: "we'll", in: "We'll reach the target in 2029.", want: []string{"prediction: We'll reach"}, types: TypePrediction},
		{name: "they’ll with a figure", in: "They’ll build 40,000 homes by 2030.", want: []string{"prediction: They’ll build"}, cw: "yes", types: TypePrediction | TypeQuantity},
		{name: "a noun after will is none", in: "It was his last will and testament, signed in 2019.", not: []string{"prediction: will and"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, tt.run)
	}
}

// TestReview9Hypothetical checks that a sentence opening with a condition
// says it is hypothetical and weighs less, keeping its other reasons,
// while "If you look at …" leads in to a stated claim.
func TestReview9Hypothetical(t *testing.T) {
	tests := []review9ScoreCase{
		{name: "a condition with figures", in: "If we get prices growing at 2% and wages at 4%, that gap does the work.",
			want: []string{"quantity: 2%", hypotheticalReason}},
		{name: "a conditional forecast", in: "If inflation fell to 2%, mortgage rates would drop.",
			want: []string{"prediction: would drop", hypotheticalReason}, types: TypePrediction},
		{name: "a lead-in is no condition", in: "If you look at the record, unemployment doubled in 2009.",
			not: []string{hypotheticalReason}, cw: "yes"},
		{name: "things as they are is no supposition", in: "If we do nothing, we have roughly three years of water left.",
			not: []string{hypotheticalReason}},
		{name: "trends that continue", in: "If current trends continue, the lake will be dry by 2040.",
			not: []string{hypotheticalReason}},
	}
	for _, tt := range tests {
		t.Run(tt.name, tt.run)
	}
	_, _, stated := judgeText("Inflation fell to 2%, and mortgage rates dropped.")
	_, _, supposed := judgeText("If inflation fell to 2%, mortgage rates would drop.")
	if supposed[0].Score >= stated[0].Score {
		t.Errorf("a condition scores %.3f, not under the statement's %.3f", supposed[0].Score, stated[0].Score)
	}
}

// TestReview9SweepingEvidence checks that a claim that every, all or no
// study or expert says something is check-worthy and says why.
func TestReview9SweepingEvidence(t *testing.T) {
	tests := []review9ScoreCase{
		{name: "every study", in: "Q: Why?\n\nA: Every serious study says so.", sent: 1, want: []string{sweepingReason}, cw: "yes"},
		{name: "no economist", in: "No economist believes the figures.", want: []string{sweepingReason}, cw: "yes"},
		{name: "all the evidence", in: "All the evidence shows rents fall when supply rises.", want: []string{sweepingReason}, cw: "yes"},
		{name: "a study, not all", in: "One study says rents fall when supply rises.", not: []string{sweepingReason}},
	}
	for _, tt := range tests {
		t.Run(tt.name, tt.run)
	}
}

// TestReasonsOwnTheirSlice checks that the reasons of one sentence share
// no room with the next one's: sentences' reasons are cut from shared
// backing arrays, and a caller that appends to one judgement's reasons
// must not change another's.
func TestReasonsOwnTheirSlice(t *testing.T) {
	_, _, js := judgeText("Prices rose 4% in 2024, the council said. Fares will rise by 5% next year. Rents fell 3% in March. Wages rose 2%.")
	var before [][]string
	for _, j := range js {
		before = append(before, slices.Clone(j.Reasons))
	}
	for i := range js {
		_ = append(js[i].Reasons, "added by the caller")
	}
	withReasons := 0
	for i, j := range js {
		if !slices.Equal(j.Reasons, before[i]) {
			t.Errorf("sentence %d: reasons %q after appending to the others, want %q", i, j.Reasons, before[i])
		}
		if len(j.Reasons) > 0 {
			withReasons++
		}
	}
	if withReasons < 2 {
		t.Fatalf("%d sentences with reasons, want several for the test to mean anything", withReasons)
	}
}
