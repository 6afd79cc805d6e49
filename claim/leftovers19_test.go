package claim

import (
	"slices"
	"testing"

	"github.com/claimlight/claimlight/amount"
)

// TestLeftovers19RelativeClauseSpeaker checks that a body or person named
// in a "that", "which" or "who" clause describing the speaker is not the
// speaker: the sentence is the described speaker's, unnamed, while a
// body named before the clause still names it.
func TestLeftovers19RelativeClauseSpeaker(t *testing.T) {
	const rose = " said prices rose 4%.\n"
	checkReview9(t, []review9Case{
		{"that", "A firm that supplies the NHS" + rose, "A firm", "", false, "A firm that supplies the NHS"},
		{"which", "A charity which works with Oxfam" + rose, "A charity", "", false, "A charity which works with Oxfam"},
		{"who, a person", "A man who knows Boris Johnson" + rose, "A man", "", false, "A man who knows Boris Johnson"},
		{"who, a body", "Officials who spoke to Reuters" + rose, "Officials", "", false, "Officials who spoke to Reuters"},
		{"a body alone, as before", "The NHS" + rose, "The NHS", "NHS", false, ""},
		{"a person alone, as before", "Boris Johnson" + rose, "Boris", "Boris Johnson", false, ""},
	})
	if _, _, js := judgeText("A firm that supplies the NHS" + rose); !slices.Contains(js[0].Reasons, "attributed to A firm that supplies the NHS") {
		t.Errorf("reasons %q, want \"attributed to A firm that supplies the NHS\"", js[0].Reasons)
	}
}

// TestLeftovers19SourceAfterDescription checks that "according to an
// estimate by" or "figures from" a body described before its name ("the
// open-source group Frontline Ledger") names the whole body, not its last
// word, and that the forms that worked still do.
func TestLeftovers19SourceAfterDescription(t *testing.T) {
	const lost = "The division has lost a third of its tanks, according to "
	checkReview9(t, []review9Case{
		{"an estimate by the group X", lost + "an estimate by the open-source group Frontline Ledger.\n", "The division", "Frontline Ledger", false, "Frontline Ledger"},
		{"figures from the charity X", lost + "figures from the charity Safe Passage.\n", "The division", "Safe Passage", false, "Safe Passage"},
		{"an estimate by X, as before", lost + "an estimate by Frontline Ledger.\n", "The division", "Frontline Ledger", false, "an estimate by Frontline Ledger"},
		{"a survey by X, as before", lost + "a survey by Frontline Ledger.\n", "The division", "Frontline Ledger", false, "a survey by Frontline Ledger"},
		{"analysis by X, as before", lost + "analysis by Frontline Ledger.\n", "The division", "Frontline Ledger", false, "analysis by Frontline Ledger"},
		{"figures from the ONS, as before", lost + "figures from the Office for National Statistics.\n", "The division", "Office for National Statistics", false, ""},
		{"X alone, as before", lost + "Frontline Ledger.\n", "The division", "Frontline Ledger", false, "Frontline Ledger"},
		{"a post, a comma and a name, as before", "Prices rose, said the chair of the committee, Mary Jones.\n", "Prices", "Mary Jones", false, "Mary Jones"},
	})
}

// TestLeftovers19NamedTeam checks that "Brandt's Vortex team said" is the
// Vortex team's, whether or not the driver was named in full before, and
// that a person's team or campaign with no name of its own stays theirs.
func TestLeftovers19NamedTeam(t *testing.T) {
	const review = " said it would review the pit stop.\n"
	checkReview9(t, []review9Case{
		{"the team alone", "Brandt's Vortex team" + review, "Brandt's", "Vortex team", false, "Brandt's Vortex team"},
		{"after the driver's full name", "Lukas Brandt won. Brandt's Vortex team" + review, "Brandt's", "Vortex team", false, "Brandt's Vortex team"},
		{"a team with no name, as before", "Lukas Brandt won. Brandt's team" + review, "Brandt's", "Lukas Brandt's team", false, ""},
		{"a campaign, as before", "Grant Hollister won. Hollister's campaign" + review, "Hollister's", "Grant Hollister's campaign", false, ""},
	})
}

// TestLeftovers19LoneCompanyName checks that a lone capitalised name
// before "said its", or in a text that speaks of "the company" or "the
// firm" in a later sentence, is an organisation, so that "The company
// said" names it; and that a first name, a surname met after a first
// name, "the company" in the same sentence, or neither cue leave a
// person.
func TestLeftovers19LoneCompanyName(t *testing.T) {
	for _, tt := range []struct {
		text string
		kind Kind
		want string
	}{
		{"Tesco said its sales rose 4%.\n", Org, "Tesco"},
		{"Stagecoach said it would cut 40 services. The company said drivers were short.\n", Org, "Stagecoach"},
		{"Stagecoach said it would cut 40 services.\n", Org, "Stagecoach"}, // a person until session 28 (TestLeftovers20LoneCompanyBeforeIt)
		{"Lincoln said it was 40 years ago.\n", Person, "Lincoln"},
		{"Sarah said its sales rose 4%.\n", Person, "Sarah"},
		{"Lincoln said the company would go.\n", Person, "Lincoln"},
		{"Whitcombe said it would grow. The company sold 40 phones.\n\nPhoto: Dana Whitcombe on stage.\n", Person, "Whitcombe"},
	} {
		checkEntities(t, tt.text, tt.kind, tt.want)
	}
	checkReview9(t, []review9Case{
		{"the company after Tesco said its", "Tesco said its sales rose 4%. The company said it would open 40 stores.\n", "The company", "Tesco", false, "The company"},
		{"the firm after Stagecoach", "Stagecoach said it would cut 40 services. The firm said drivers were short.\n", "The firm", "Stagecoach", false, "The firm"},
	})
}

// TestLeftovers19EveryOpensRate checks that "Every 1,000 births," opening
// a sentence is the base of the rate it states, as "For every 1,000
// births," is: no span; "every" after the sentence's start, or a figure
// that is the subject, keeps its span.
func TestLeftovers19EveryOpensRate(t *testing.T) {
	keep := map[Kind]bool{Quantity: true}
	checkSpanStrings(t, "Every 1,000 births, 12 babies die.\n", keep, []string{"quantity: 12 babies"})
	checkSpanStrings(t, "For every 1,000 births, 12 babies die.\n", keep, []string{"quantity: 12 babies"})
	checkSpanStrings(t, "Per 100,000 residents, 40 crimes were recorded.\n", keep, []string{"quantity: 40 crimes"})
	checkSpanStrings(t, "Every 1,000 births count.\n", keep, []string{"quantity: 1,000 births"})
}

// TestLeftovers19PriceUnitAndMinSec checks that a price by weight or
// volume keeps its unit ("₹94,300 a kg", as "£129 a year" keeps its
// year), with its value, and that "4 min 12 sec" is one measured time,
// a quantity like "3:58.21", not two.
func TestLeftovers19PriceUnitAndMinSec(t *testing.T) {
	keep := map[Kind]bool{Money: true, Quantity: true, Date: true}
	checkSpanStrings(t, "Gold cost ₹94,300 a kg.\n", keep, []string{"money: ₹94,300 a kg"})
	checkSpanStrings(t, "Oil sold at about $73.50 per barrel.\n", keep, []string{"money: about $73.50 per barrel"})
	checkSpanStrings(t, "Copper rose to $9,412 a tonne.\n", keep, []string{"money: $9,412 a tonne"})
	checkSpanStrings(t, "Gold cost ₹78,420 per 10 grams.\n", keep, []string{"money: ₹78,420 per 10 grams"})
	checkSpanStrings(t, "She won in 4 min 12 sec.\n", keep, []string{"quantity: 4 min 12 sec"})
	checkSpanStrings(t, "It took 4 hours 12 minutes.\n", keep, []string{"date: 4 hours 12 minutes"})
	src, _, spans := annotateText("Gold cost ₹94,300 a kg.\n")
	for _, sp := range spans {
		if v, ok := amount.Parse(sp.Text(src)); sp.Kind == Money && (!ok || v != 94300) {
			t.Errorf("value of %q = %v, %v, want 94300", sp.Text(src), v, ok)
		}
	}
}

// TestLeftovers19BodyAndCompany checks that a company's name after "and"
// ("Wexcombe Estates Ltd") is not taken into a body's name with "for" or
// "of" before it, while "Centers for Disease Control and Prevention" and
// "Office of Rail and Road" stay one organisation.
func TestLeftovers19BodyAndCompany(t *testing.T) {
	keep := map[Kind]bool{Org: true}
	checkSpanStrings(t, "In Harlow v Department for Transport and Wexcombe Estates Ltd, the justices ruled.\n", keep, []string{"org: Department for Transport", "org: Wexcombe Estates Ltd"})
	checkSpanStrings(t, "The Department for Transport and Wexcombe Estates plc signed the deal.\n", keep, []string{"org: Department for Transport", "org: Wexcombe Estates plc"})
	checkSpanStrings(t, "The Centers for Disease Control and Prevention agreed.\n", keep, []string{"org: Centers for Disease Control and Prevention"})
	checkSpanStrings(t, "The Office of Rail and Road agreed.\n", keep, []string{"org: Office of Rail and Road"})
}
