package claim

import (
	"slices"
	"strings"
	"testing"

	"github.com/claimlight/claimlight/segment"
)

// TestReview8Speakers checks the speaker spans and names the eighth review
// found wrong.
func TestReview8Speakers(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"a body, a post and the person who holds it",
			`"It will track close to the coast," said Met Office chief meteorologist Dr Alun Prothero.`,
			[]string{"Met Office chief meteorologist Dr Alun Prothero = Alun Prothero"}},
		{"letters after a post author's name",
			"Ben Sallow MP @BenSallowMP · 5:20 PM\nThe bridge has been shut for 40 days.\n",
			[]string{"Ben Sallow = Ben Sallow"}},
		{"a study's speaker span stops before its sample's figure",
			"A subgroup analysis of 1,204 people with type 2 diabetes found a stronger association (HR 0.68).",
			[]string{"A subgroup analysis = "}},
		{"a name in apposition after a role is the speaker span",
			`"Aspirin is not a harmless sweet," said its medical director, Dr Priya Venkataraman.`,
			[]string{"Dr Priya Venkataraman = Priya Venkataraman"}},
		{"a police rank in capitals",
			`Outside court, DI Carl Mbeki said: "This was callous."`,
			[]string{"DI Carl Mbeki = Carl Mbeki"}},
		{"letters after a name before a cue",
			"Ben Sallow MP said the bridge cost £4m.",
			[]string{"Ben Sallow MP = Ben Sallow"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := speakerNames(tt.in); !slices.Equal(got, tt.want) {
				t.Errorf("speakers %q, want %q", got, tt.want)
			}
		})
	}
}

// TestReview8Orgs checks that companies speaking are organisations, not
// persons.
func TestReview8Orgs(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"a nation's adjective before a plural", "Irish Ferries says sailings are cancelled.", []string{"org: Irish Ferries"}},
		{"a name after a company noun", "Energy network operator Northpower said 190,000 homes were without power.", []string{"org: Northpower"}},
		{"a person stays a person", "Jane Smith said it was over. Prothero said so.", []string{"person: Jane Smith", "person: Prothero"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src, _, spans := annotateText(tt.in)
			if got := spanStrings(src, spans, map[Kind]bool{Person: true, Org: true}); !slices.Equal(got, tt.want) {
				t.Errorf("entities %q, want %q", got, tt.want)
			}
		})
	}
}

// TestReview8Reasons checks reasons the eighth review found misleading:
// each sentence must have the reason want and none of the reasons not.
func TestReview8Reasons(t *testing.T) {
	tests := []struct {
		name, in  string
		want, not string
		types     Type // types the sentence must have
	}{
		{"an association is no cause",
			"Taking a low-dose aspirin every day was associated with a 21% lower risk of developing bowel cancer.",
			"association: associated with", "cause: associated with", TypeCausation},
		{"a headline link is no cause",
			"Daily low-dose aspirin linked to lower bowel cancer risk",
			"association: linked to", "cause: linked to", TypeCausation},
		{"a cause is still a cause",
			"Electricity prices have doubled since 2021 because of the war in Ukraine.",
			"cause: because of", "association: because of", TypeCausation},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, js := judgeText(tt.in)
			j := js[0]
			if !slices.Contains(j.Reasons, tt.want) || slices.Contains(j.Reasons, tt.not) {
				t.Errorf("reasons %q, want %q and not %q", j.Reasons, tt.want, tt.not)
			}
			if j.Types&tt.types != tt.types {
				t.Errorf("types %v, want %v", j.Types, tt.types)
			}
		})
	}
}

// TestReview8TurnSource checks that a source the speaker of a transcript's
// turn cites is a reason of its own, and the turn's speaker keeps the
// sentence.
func TestReview8TurnSource(t *testing.T) {
	src, sents, js := judgeText("Marcus Feld, Chief Executive Officer: Thanks. Sales rose 11%.\n\nSales there rose 11% to $412 million, and we gained 80 basis points of market share in frozen meals according to Circana data.\n\nDaniel Ostrowski: Thanks.\n")
	for i, j := range js {
		if !strings.HasPrefix(string(sents[i].Text(src)), "Sales there") {
			continue
		}
		if !slices.Contains(j.Reasons, "according to Circana data") || !slices.Contains(j.Reasons, "attributed to Marcus Feld") {
			t.Errorf("reasons %q, want the source and the turn's speaker", j.Reasons)
		}
		return
	}
	t.Error("no sentence found")
}

// TestReview8Forecasts checks that "should <verb>" about a coming time and
// "expected on <day>" are predictions, while "should" as a duty is not.
func TestReview8Forecasts(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"a forecast with should and one with expected on",
			"Conditions should ease from Saturday afternoon, with a cold, bright and calmer day expected on Sunday.",
			[]string{"prediction: should ease", "prediction: expected on"}},
		{"should as a duty", "Ministers should resign.", nil},
		{"should as a duty with a day", "Ministers should resign on Monday.", nil},
		{"should have is not a forecast", "The roads should have reopened on Friday.", nil},
		{"expected by a person", "The result was expected by analysts.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src, _, spans := annotateText(tt.in)
			if got := spanStrings(src, spans, map[Kind]bool{Prediction: true}); !slices.Equal(got, tt.want) {
				t.Errorf("predictions %q, want %q", got, tt.want)
			}
		})
	}
}

// TestReview8TimeOfDay checks that a time of day before its day is one
// date: "midday Friday", "midnight on Saturday".
func TestReview8TimeOfDay(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"a warning's start and end",
			"A yellow wind warning is in force from midday Friday until midnight on Saturday.",
			[]string{"date: from midday Friday", "date: until midnight on Saturday"}},
		{"noon alone", "The polls close at noon.", []string{"date: noon"}},
		{"midday alone", "The vote is at midday.", []string{"date: midday"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src, _, spans := annotateText(tt.in)
			if got := spanStrings(src, spans, map[Kind]bool{Date: true}); !slices.Equal(got, tt.want) {
				t.Errorf("dates %q, want %q", got, tt.want)
			}
		})
	}
}

// TestReview8QuotedEstimate checks that an estimate of three words or more
// in quotation marks after "expected" or "estimated" is the subject's
// quotation, while a word or two stays a scare quote.
func TestReview8QuotedEstimate(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"a company's estimate after said",
			`Energy network operator Northpower said it had 400 engineers on standby and expected "some tens of thousands" of homes to lose power.`,
			[]string{`speaker: Northpower`, `quote: "some tens of thousands"`}},
		{"the subject of expected",
			`The council expected "well over a thousand" people to attend.`,
			[]string{`speaker: The council`, `quote: "well over a thousand"`}},
		{"a word or two stays a scare quote",
			`The council expected "huge" crowds.`,
			[]string{`scare_quote: "huge"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src, _, spans := annotateText(tt.in)
			if got := spanStrings(src, spans, map[Kind]bool{Quote: true, ScareQuote: true, Speaker: true}); !slices.Equal(got, tt.want) {
				t.Errorf("quotes %q, want %q", got, tt.want)
			}
		})
	}
}

// TestReview8QuotationSentences checks that the sentences of one quotation
// after a colon are judged apart, each with the quotation's speaker, also
// in a social post, whose author does not take the second one.
func TestReview8QuotationSentences(t *testing.T) {
	tests := []struct{ name, in string }{
		{"a news paragraph", `Outside court, DI Carl Mbeki said: "This was callous. The victims were vulnerable."`},
		{"a post", "Maya Rennick @mayarennick_news · 2:19 PM\nCouncil leader Graham Thirsk told me: \"We had no choice. Safety comes first, and the engineers were very clear.\"\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src, sents, js := judgeText(tt.in)
			var texts []string
			spk := int32(-2)
			for i, s := range sents {
				if s.Role != segment.Body {
					continue
				}
				texts = append(texts, string(s.Text(src)))
				if spk == -2 {
					spk = js[i].Speaker
				} else if js[i].Speaker != spk || !js[i].Quoted {
					t.Errorf("sentence %q: speaker %d, quoted %v; want %d, true", s.Text(src), js[i].Speaker, js[i].Quoted, spk)
				}
			}
			if len(texts) != 2 || spk < 0 {
				t.Errorf("body sentences %q, first speaker %d; want two with a speaker", texts, spk)
			}
		})
	}
}

// TestReview8Statistics checks the figures of a medical study the eighth
// review found read as bare numbers: an effect size names its measure, a
// sample size yields to the outcome count, an age group comes after the
// other reasons, and guidance that recommends is a rule.
func TestReview8Statistics(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string // the first reasons, in order
		types    Type     // types the sentence must have
	}{
		{"a hazard ratio",
			"After adjusting for age, the hazard ratio was 0.79 (95% CI 0.71-0.88; p<0.001).",
			[]string{"quantity: hazard ratio 0.79"}, 0},
		{"an odds ratio",
			"Aspirin users had a higher rate of major bleeding, with an odds ratio of 1.27 (95% CI 1.1-1.4).",
			[]string{"quantity: odds ratio 1.27"}, 0},
		{"a sample size after the outcomes",
			"Two deaths from bleeding were recorded among aspirin users (n = 9,840) and one among non-users.",
			[]string{"quantity: Two deaths"}, 0},
		{"an age group after a date",
			"The researchers say a randomised trial in people over 60 is now needed and could begin recruiting in 2026.",
			[]string{"attributed to The researchers", "date: in 2026", "quantity: over 60"}, 0},
		{"an age group after a link",
			"Daily low-dose aspirin linked to lower bowel cancer risk in people over 60",
			[]string{"association: linked to", "quantity: over 60"}, 0},
		{"an age group after money",
			"Adults aged 50 to 74 will get £40 for each test.",
			[]string{"quantity: £40"}, 0},
		{"guidance that recommends",
			"NHS guidance currently recommends daily aspirin only for people who have already had a heart attack.",
			[]string{"rule: guidance currently recommends"}, TypeRule},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, js := judgeText(tt.in)
			j := js[0]
			if len(j.Reasons) < len(tt.want) || !slices.Equal(j.Reasons[:len(tt.want)], tt.want) {
				t.Errorf("reasons %q, want them to start with %q", j.Reasons, tt.want)
			}
			if j.Types&tt.types != tt.types {
				t.Errorf("types %v, want %v", j.Types, tt.types)
			}
		})
	}
}

// TestReview8RoutePlaces checks that the ends of a route are places when
// a cheap rule can tell: a road or a service before "between", a known
// place at the other end, or "from" or a time before "X to Y".
func TestReview8RoutePlaces(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"a road between two towns", "Police urged people to avoid the A591 between Keswick and Grasmere.", []string{"place: Keswick", "place: Grasmere"}},
		{"services between two towns", "Northern has cancelled services between Lancaster and Morecambe from 6pm.", []string{"place: Lancaster", "place: Morecambe"}},
		{"a known place at the other end", "Trains between Preston and Glasgow will run slowly.", []string{"place: Preston", "place: Glasgow"}},
		{"a sailing after its time", "Stena Line has cancelled the 20:15 Holyhead to Dublin sailing.", []string{"place: Holyhead", "place: Dublin"}},
		{"people in a row", "It was a row between Smith and Jones.", nil},
		{"a unit sent to a country", "He opposed sending the Marines to Lebanon.", []string{"place: Lebanon"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src, _, spans := annotateText(tt.in)
			if got := spanStrings(src, spans, map[Kind]bool{Place: true}); !slices.Equal(got, tt.want) {
				t.Errorf("places %q, want %q", got, tt.want)
			}
		})
	}
}

// TestGreeting checks that a host's greeting is no claim though it dates
// the call, and that a sentence that only starts alike still is one.
func TestGreeting(t *testing.T) {
	tests := []struct {
		in       string
		greeting bool
	}{
		{"Operator: Good morning, and welcome to the Halvorsen Foods third-quarter 2024 earnings conference call.", true},
		{"Good afternoon and welcome to the 2025 annual meeting of Norvik shareholders.", true},
		{"Thank you for joining us for our fourth-quarter 2024 results call.", true},
		{"Good morning figures showed retail sales fell 4% in October.", false},
		{"Welcome to the club that raised $4 million last year.", false},
	}
	for _, tt := range tests {
		_, _, js := judgeText(tt.in)
		got := slices.Contains(js[0].Reasons, "greeting")
		if got != tt.greeting || got && js[0].CheckWorthy {
			t.Errorf("%q: reasons %q, score %.3f; want greeting %v and not check-worthy when it is one", tt.in, js[0].Reasons, js[0].Score, tt.greeting)
		}
	}
}
