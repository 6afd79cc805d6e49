package claim

import "testing"

// TestMends19LabelWords checks what a reader sees of a number after a
// word of labelWords, which the date annotator and the featurizer now
// read from one list: the number labels a lap, a pay band, a grade, a tier
// or a school year and is no quantity, while a year after "Year", a count
// after "a year" and an amount after "level" or "stage" stay figures.
func TestMends19LabelWords(t *testing.T) {
	keep := map[Kind]bool{Quantity: true, Money: true, Percent: true, Date: true}
	for _, tt := range []struct {
		name, in string
		want     []string
	}{
		{"band 5 nurse", "A band 5 nurse earns £29,970.", []string{"money: £29,970"}},
		{"Year 9 pupils", "Year 9 pupils sat the test.", nil},
		{"Year 9 pupils with a count", "Year 9 pupils sat the test. In one year 300 people died.", []string{"quantity: 300 people"}},
		{"lap 12", "He led on lap 12.", nil},
		{"Lap 41", "Okoro passed Brandt on Lap 41 and won by 4.3 seconds.", []string{"quantity: 4.3 seconds"}},
		{"Tier 2 in capitals", "The Tier 2 rules cost £5m.", []string{"money: £5m"}},
		{"the Year 2000", "The Year 2000 problem cost firms $300 billion.", []string{"date: 2000", "money: $300 billion"}},
		{"a year and a count", "In one year 300 people died.", []string{"quantity: 300 people"}},
		{"sea level", "Sea level 2 metres higher would flood 300 cities.", []string{"quantity: 2 metres", "quantity: 300 cities"}},
		{"at this stage", "At this stage 40% of voters were undecided.", []string{"percent: 40%"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			checkSpanStrings(t, tt.in, keep, tt.want)
		})
	}
}

// TestMends19LabelScores checks that the model, which sees a number after
// a word of labelWordsLoose as the word "<label>", takes a lap, a school
// year or a grade alone for no figure.
func TestMends19LabelScores(t *testing.T) {
	for _, tt := range []review9ScoreCase{
		{name: "a lap", in: "He led on lap 12.", cw: "no"},
		{name: "a school year", in: "Year 9 pupils sat the test.", cw: "no", not: []string{"quantity: 9 pupils"}},
		{name: "a stage", in: "She has stage 4 cancer.", cw: "no"},
		{name: "a band and a sum, as before", in: "A band 5 nurse earns £29,970.", cw: "yes"},
	} {
		t.Run(tt.name, tt.run)
	}
}

// TestMends19GroupSubject checks that "they" speaks for the plural group
// that opens its sentence, which groupSubject finds with sentenceStart,
// also after a quotation that ends the sentence before and after two
// spaces.
func TestMends19GroupSubject(t *testing.T) {
	for _, tt := range []struct{ name, in, want string }{
		{"after a full stop", "Prices fell. But ministers pointed to a fall, which they said had cut bills by 5%.", "ministers"},
		{"after a quotation", "He said: \"Prices fell.\" But ministers pointed to a fall, which they said had cut bills by 5%.", "ministers"},
		{"after two spaces", "Prices fell.  Ministers pointed to a fall, which they said had cut bills by 5%.", "Ministers"},
		{"not the subject", "Prices fell. The fall, which they said had cut bills by 5%, was small.", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			src, _, spans := annotateText(tt.in)
			got, found := "", false
			for i, s := range spans {
				if s.Kind == Speaker && string(s.Text(src)) == "they" {
					got, found = SpeakerName(src, spans, i), true
				}
			}
			if !found || got != tt.want {
				t.Errorf("speaker \"they\" found %v, named %q, want %q", found, got, tt.want)
			}
		})
	}
}
