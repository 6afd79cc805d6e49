package claim

import (
	"strings"
	"testing"
)

// The tests in this file check speaker and scoring misses left by reviews
// 27 and 28 and cleared in session 34.

// TestLeftovers28BodyListSaid checks that a list of three or more bodies
// before "said" names them all, as two did ("Barclays and HSBC said"), and
// that a list after a preposition or a verb stays out of the speaker.
func TestLeftovers28BodyListSaid(t *testing.T) {
	checkReview9(t, []review9Case{
		{"three known bodies", "Barclays, Lloyds and HSBC said rates would rise.\n", "Barclays", "Barclays, Lloyds and HSBC", false, "Barclays, Lloyds and HSBC"},
		{"four known bodies", "Barclays, Lloyds, NatWest and HSBC said rates would rise.\n", "Barclays", "Barclays, Lloyds, NatWest and HSBC", false, "Barclays, Lloyds, NatWest and HSBC"},
		{"two, as before", "Barclays and HSBC said rates would rise.\n", "Barclays", "Barclays and HSBC", false, "Barclays and HSBC"},
		{"after a preposition", "He sold shares in Barclays, Lloyds and HSBC said it would buy them.\n", "He", "HSBC", false, "HSBC"},
		{"a body alone, as before", "HSBC said rates would rise.\n", "HSBC", "HSBC", false, "HSBC"},
		{"three persons", "Anna Berg, Tom Hale and Ed Moss said rates would rise.\n", "Anna", "Anna Berg, Tom Hale and Ed Moss", false, "Anna Berg, Tom Hale and Ed Moss"},
		{"a place before a body's pair", "In Paris, Lloyds and HSBC said rates would rise.\n", "In", "HSBC", false, "HSBC"},
		{"Westpac, Kiwibank and ASB", "Westpac, Kiwibank and ASB said rates would rise.\n", "Westpac", "Westpac, Kiwibank and ASB", false, "Westpac, Kiwibank and ASB"},
	})
}

// TestLeftovers28BodyFigures checks that the figures of a body no list
// knows, named before "figures" inside a sentence, name the body, while a
// common word that opens the sentence names no one.
func TestLeftovers28BodyFigures(t *testing.T) {
	checkReview9(t, []review9Case{
		{"Zapmap figures, trailing", "There were 84,600 charging devices, a rise of 24% in a year, Zapmap figures showed.\n", "There", "Zapmap", false, "Zapmap figures"},
		{"Zapmap data, trailing", "There were 84,600 charging devices, Zapmap data showed.\n", "There", "Zapmap", false, "Zapmap data"},
		{"Stats NZ, as before", "GDP fell 0.9% in the June quarter, Stats NZ figures showed in September.\n", "GDP", "Stats NZ", false, ""},
		{"Cost figures, as before", "Cost figures showed the scheme would cost £2bn.\n", "Cost", "", false, ""},
		{"the figures, as before", "There were 84,600 charging devices, the figures showed.\n", "There", "", false, ""},
		{"official figures, as before", "There were 84,600 charging devices, official figures showed.\n", "There", "", false, ""},
	})
}

// TestLeftovers28Particles checks that "von der Leyen said" gives the
// person "von der Leyen", named from the full name before, as "van Loon
// said" gives "van Loon", and that "der" alone opens no name.
func TestLeftovers28Particles(t *testing.T) {
	checkEntities(t, "\u201cNo,\u201d von der Leyen said.\n", Person, "von der Leyen")
	checkEntities(t, "\u201cNo,\u201d van Loon said.\n", Person, "van Loon")
	checkReview9(t, []review9Case{
		{"von der Leyen said", "Ursula von der Leyen spoke in Brussels. \u201cWe are ready,\u201d von der Leyen said.\n", "\u201cWe", "Ursula von der Leyen", true, "von der Leyen"},
	})
}

// TestLeftovers28MeetingRecord checks that "the record of the meeting
// said" and "the record said" have the record as the speaker, and that a
// word of the speaker is no claim wording in the reasons.
func TestLeftovers28MeetingRecord(t *testing.T) {
	checkReview9(t, []review9Case{
		{"record of the meeting", "Rates will stay at 5.5%, the record of the meeting said.\n", "Rates", "", false, "the record of the meeting"},
		{"the record said", "The vote was 5-1. \u201cWe do not take the strength of the dairy sector as a sign that the economy has turned,\u201d the record said.\n", "\u201cWe", "", true, "the record"},
		{"a record high, no speaker", "Rates hit a record high, he said.\n", "Rates", "", false, "he"},
	})
	_, _, js := judgeText("The vote was 5-1. \u201cWe do not take the strength of the dairy sector as a sign that the economy has turned,\u201d the record said.\n")
	for _, r := range js[1].Reasons {
		if strings.Contains(r, "'record'") {
			t.Errorf("reason %q quotes the speaker's word", r)
		}
	}
}

// TestLeftovers28BodyShortLater checks that a body named shorter after
// its full name ("the Department of Health" after "the Department of
// Health and Social Care") has the full name, so that the Speakers view
// shows one group, while a body named before a longer name, or a body
// whose name is the first of a pair, keeps its own.
func TestLeftovers28BodyShortLater(t *testing.T) {
	const full = "The Department of Health and Social Care said the award would be backdated. "
	checkReview9(t, []review9Case{
		{"shorter later", full + "The Department of Health said it had not received the letter.\n", "The Department of Health said", "Department of Health and Social Care", false, ""},
		{"full, as before", full + "The Department of Health said it had not received the letter.\n", "The Department of Health and", "Department of Health and Social Care", false, ""},
		{"shorter first", "The Department of Health said it had not received the letter. The Department of Health and Social Care said the award would be backdated.\n", "The Department of Health said", "Department of Health", false, ""},
		{"a pair before", "The Bank of England and HSBC said rates would rise. The Bank of England said it would act.\n", "The Bank of England said", "Bank of England", false, ""},
	})
}

// TestLeftovers28GuidanceRule checks that guidance or rules that say what
// people should or must do give a rule span (the laws/rules type), and
// that "should" said by a person or a report stays no rule.
func TestLeftovers28GuidanceRule(t *testing.T) {
	for _, tt := range []struct {
		text, rule string
	}{
		{"Government guidance says unvaccinated children should stay away from school for 21 days.\n", "should stay"},
		{"Exclusion guidance says unvaccinated children who have been in contact with a case should stay away from school for 21 days.\n", "should stay"},
		{"The rules say drivers must stop at the line.\n", "must stop"},
		{"Airlines must still provide meals.\n", "must still provide"},
		{"Smith says children should stay away from school.\n", ""},
		{"The report says ministers should resign.\n", ""},
		{"Birch said companies should spread critical systems across two providers.\n", ""},
	} {
		checkEntities(t, tt.text, Rule, tt.rule)
	}
}
