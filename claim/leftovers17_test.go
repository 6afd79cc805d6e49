package claim

import (
	"slices"
	"testing"

	"github.com/claimlight/claimlight/segment"
)

// The tests in this file check misses left over from reviews 16 and 17,
// as a user sees them: the figure's span, the speaker's name, and the
// score on the right side of the threshold.

// TestLeftovers17RatePerMillionTokens checks that a price per million
// tokens keeps the noun after its modifier, "$0.60 per million input
// tokens", as "$2 per million tokens" does.
func TestLeftovers17RatePerMillionTokens(t *testing.T) {
	checkReview16(t, []review13Case{
		{"input tokens", "The model costs $0.60 per million input tokens.", []string{"money: $0.60 per million input tokens = 0.6 $"}},
		{"output tokens", "Output costs $2.40 per million output tokens.", []string{"money: $2.40 per million output tokens = 2.4 $"}},
		{"tokens, as before", "The model costs $2 per million tokens.", []string{"money: $2 per million tokens = 2 $"}},
		{"people, as before", "The rate was 38.6 cases per 100,000 people.", []string{"quantity: 38.6 cases per 100,000 people = 38.6"}},
		{"adults, as before", "The rate was 4 per million adults.", []string{"quantity: 4 per million adults = 4"}},
		{"an hour, as before", "It costs $15 per hour.", []string{"money: $15 per hour = 15 $"}},
		{"parts per million, as before", "The level reached 427 parts per million.", []string{"quantity: 427 parts per million = 427"}},
	})
}

// TestLeftovers17LowerCasePost checks that a post written in lower case
// with its brief after "of", "the secretary of state said", speaks, as
// "the Secretary of State said" does, while "of" and a determiner ("the
// release of that report") give no speaker.
func TestLeftovers17LowerCasePost(t *testing.T) {
	const closed = " said 40 polling places closed."
	tests := []struct{ name, in, want string }{
		{"the secretary of state", "the secretary of state" + closed, "the secretary of state"},
		{"after a place", "In Ohio, the secretary of state" + closed, "the secretary of state"},
		{"the minister of health", "the minister of health said 40 clinics closed.", "the minister of health"},
		{"the secretary of defense", "The secretary of defense has said these would be devastating.", "The secretary of defense"},
		{"capitals, as before", "the Secretary of State" + closed, "the Secretary of State"},
		{"its office, as before", "the secretary of state's office" + closed, "the secretary of state's office"},
		{"the secretary, as before", "the secretary" + closed, "the secretary"},
		{"a determiner after of", "The White House did not prevent the release of that report.", ""},
		{"the state is no speaker, as before", "the state" + closed, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src, toks, spans := annotateText(tt.in)
			js := Judge(src, toks, segment.Append(nil, src, toks), spans)
			got := ""
			if k := js[0].Speaker; k >= 0 {
				got = string(spans[k].Text(src))
			}
			if got != tt.want {
				t.Errorf("speaker of %q = %q, want %q", tt.in, got, tt.want)
			}
			if tt.want != "" && !slices.Contains(js[0].Reasons, "attributed to "+tt.want) {
				t.Errorf("reasons %q, want %q among them", js[0].Reasons, "attributed to "+tt.want)
			}
		})
	}
}

// TestLeftovers17TransposeDeadline checks that a deadline to transpose a
// directive is a rule span with its date, and is check-worthy as the date
// a rule takes effect is, while a key or a matrix transposed stays no
// rule and a deadline in the first person is left to the model.
func TestLeftovers17TransposeDeadline(t *testing.T) {
	keep := map[Kind]bool{Rule: true, Date: true}
	tests := []struct {
		name, in string
		want     []string
	}{
		{"until a year", "Member states will have until 2030 to transpose the directive.", []string{"date: until 2030", "rule: transpose the directive"}},
		{"into national law", "Member states have until 2030 to transpose the directive into national law.",
			[]string{"date: until 2030", "rule: transpose the directive", "rule: into national law"}},
		{"in the past", "The UK transposed the directive in 2019.", []string{"rule: transposed the directive", "date: in 2019"}},
		{"a key is no rule", "He said he would transpose the song into a lower key.", nil},
		{"when it applies, as before", "The directive will apply from 1 January 2028.", []string{"rule: directive will apply", "date: from 1 January 2028"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkSpanStrings(t, tt.in, keep, tt.want)
		})
	}
	for _, tt := range []review9ScoreCase{
		{name: "a deadline to transpose", in: "Member states will have until 2030 to transpose the directive.", want: []string{ruleStartReason}, cw: "yes"},
		{name: "when it applies, as before", in: "The directive will apply from 1 January 2028.", want: []string{ruleStartReason}, cw: "yes"},
		{name: "no date, no lift", in: "Member states will have to transpose the rules.", not: []string{ruleStartReason}, cw: "no"},
		{name: "the first person, as before", in: "We will have until 2030 to transpose the directive.", not: []string{ruleStartReason}, cw: "no"},
	} {
		t.Run(tt.name, tt.run)
	}
}
