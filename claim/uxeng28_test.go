package claim

import "testing"

// The tests in this file check engine faults seen while using the page
// in session 33 (UXENG28).

// TestUxeng28Plea checks that a defendant who "admitted stealing" or
// "admitted the offence" made a plea, no speech, while "admitted that
// ..." and "admitted: '...'" keep their cue (fault 8).
func TestUxeng28Plea(t *testing.T) {
	review28Spans(t, map[Kind]bool{Speaker: true, Cue: true}, [][3]string{
		{"stealing", "Sophie Whitcombe, 27, of Orchard Close, Bramley, admitted stealing goods worth £312.60.", ""},
		{"the offence", "Sophie Whitcombe admitted the offence.", ""},
		{"a count, as before", "Greaves admitted 14 counts of fraud.", ""},
		{"that, as before", "Greaves admitted that costs had risen.", "speaker: Greaves; cue: admitted"},
		{"a clause, as before", "Greaves admitted costs had risen.", "speaker: Greaves; cue: admitted"},
		{"a quotation, as before", "Greaves admitted: 'We got it wrong.'", "speaker: Greaves; cue: admitted"},
	})
}

// TestUxeng28QandABox checks that a Q&A box's "A:", with no briefing
// nor interview before it, is no speaker, while a briefing's "A:" and an
// answer to a questioner's statement stay turns (fault 1).
func TestUxeng28QandABox(t *testing.T) {
	review28Spans(t, map[Kind]bool{Speaker: true, Cue: true}, [][3]string{
		{"a Q&A box", "Q: When is the strike?\n\nA: From 7am on Tuesday 18 November.\n", ""},
		{"after a news story", "Nurses will strike, Ms Colville said.\n\nQ: When is the strike?\n\nA: From 7am on Tuesday 18 November.\n", "speaker: Ms Colville; cue: said"},
		{"a briefing, as before", "Dr. Rosa Lind, the county's health officer, told a briefing that cases rose.\n\nQ: How many cases?\nA: Between 600 and 900.\n", "speaker: Dr. Rosa Lind; cue: told a briefing; speaker: A; cue: :"},
		{"after a questioner's statement, as before", "Q: Your plan cut bus routes by 8% this year.\n\nA: That is wrong.\n", "speaker: Q; cue: :; speaker: A; cue: :"},
	})
}

// TestUxeng28FirstSet checks that "the first set" of a match is a part
// of a sequence, no comparison, while "the first to" stays one (fault 5).
func TestUxeng28FirstSet(t *testing.T) {
	review28Spans(t, map[Kind]bool{Comparison: true}, [][3]string{
		{"set", "The first set turned when Valdes broke serve in the seventh game.", ""},
		{"the first to, as before", "She was the first to win the set.", "comparison: the first"},
		{"a first game of its kind, as before", "It was the first game of its kind in the world.", "comparison: the first"},
	})
}

// TestUxeng28MeasuredLength checks that a trial's measured length, after
// "survival was" or "a median of", is a quantity in months, while a
// sentence and a period of time stay dates (fault 2).
func TestUxeng28MeasuredLength(t *testing.T) {
	review28Spans(t, map[Kind]bool{Quantity: true, Date: true}, [][3]string{
		{"survival", "Median overall survival was 14.2 months with sotrelinib against 10.9 months with docetaxel.", "quantity: 14.2 months; quantity: 10.9 months"},
		{"a median of", "Patients lived a median of 14.2 months.", "quantity: 14.2 months"},
		{"follow-up", "The median follow-up was 24.3 months.", "quantity: 24.3 months"},
		{"a sentence, as before", "He was jailed for 18 months.", "date: for 18 months"},
		{"a period, as before", "Median house prices rose in the past 12 months.", "date: in the past 12 months"},
		{"after, as before", "The survival rate was high after 5 years.", "date: after 5 years"},
	})
}

// TestUxeng28Tiebreak checks that a set won on a tiebreak keeps its
// points, "7-6(5)", and stays one of the sets beside it (fault 6).
func TestUxeng28Tiebreak(t *testing.T) {
	review28Spans(t, map[Kind]bool{Quantity: true}, [][3]string{
		{"sets", "Okafor won 6-4 3-6 7-6(5) 6-2.", "quantity: 6-4; quantity: 3-6; quantity: 7-6(5); quantity: 6-2"},
		{"ten points", "Okafor won 7-6(10), 6-2.", "quantity: 7-6(10); quantity: 6-2"},
		{"a space, as before", "Okafor won 7-6 (5) times.", "quantity: 7-6; quantity: 5"},
	})
	src, _, spans := annotateText("Okafor won 6-4 3-6 7-6(5) 6-2.")
	for i, s := range spans {
		if s.Kind == Quantity && !Tally(src, spans, i) {
			t.Errorf("%q is no tally", s.Text(src))
		}
	}
}

// TestUxeng28Counts checks that a count with a participle before its
// noun, "61 unforced errors", keeps the noun, and that a player's count
// set beside another's, "to Valdes's 39", is one (fault 7).
func TestUxeng28Counts(t *testing.T) {
	review28Spans(t, map[Kind]bool{Quantity: true}, [][3]string{
		{"both", "Okafor hit 52 winners to Valdes's 39 but made 61 unforced errors.", "quantity: 52 winners; quantity: 39; quantity: 61 unforced errors"},
		{"curly", "Okafor hit 52 winners to Valdes’s 39.", "quantity: 52 winners; quantity: 39"},
		{"a verb, as before", "Of the patients, 4,210 developed kidney stones.", "quantity: 4,210"},
	})
}
