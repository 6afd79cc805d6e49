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
