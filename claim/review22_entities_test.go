package claim

import "testing"

// TestReview22CompanyWords checks that a name that ends in a word of a
// company's or a scheme's, "Harrow Estates", "TransPennine Express", "the
// Sustainable Farming Incentive", "UK Flour Millers", is an organisation,
// not a person; that a brand in mixed case after "and" starts a name of
// its own; and that millers in general name no one (review 22, F29,
// F31).
func TestReview22CompanyWords(t *testing.T) {
	for _, tt := range []struct {
		name, in string
		want     []string
	}{
		{"Estates", "Harrow Estates wants to build 450 homes on 12.4 hectares of farmland off Moss Lane.", []string{"org: Harrow Estates"}},
		{"Express", "The fares announcement came as Northern and TransPennine Express confirmed the new December timetable.", []string{"org: TransPennine Express"}},
		{"Incentive", "He called on the government to restore funding for the Sustainable Farming Incentive, which was closed in March 2025.", []string{"org: the Sustainable Farming Incentive"}},
		{"Millers", "Millers said the quality of the crop was generally good. A spokesperson for UK Flour Millers said bread prices were unlikely to rise.", []string{"org: UK Flour Millers"}},
		{"and, as before", "Food and Drug Administration officials said so.", []string{"org: Food and Drug Administration"}},
		{"a person, as before", "Jean Estes said so.", []string{"person: Jean Estes"}},
	} {
		t.Run(tt.name, func(t *testing.T) { checkSpanStrings(t, tt.in, review20Entities, tt.want) })
	}
	for _, tt := range []review9ScoreCase{
		{name: "millers in general", in: "Millers said the quality of the crop was generally good. A spokesperson for UK Flour Millers said bread prices were unlikely to rise.", not: []string{"attributed to Flour Millers", "attributed to UK Flour Millers"}},
		{name: "the trade body", in: "Millers said the quality of the crop was generally good. A spokesperson for UK Flour Millers said bread prices were unlikely to rise.", sent: 1, want: []string{"attributed to UK Flour Millers"}},
	} {
		t.Run(tt.name, tt.run)
	}
}
