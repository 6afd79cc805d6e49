package segment

import "testing"

// TestReview20LiveEvents checks that an event word in capitals with "!"
// after a live text's minute stamp, "23' GOAL!", "88 min: RED CARD!", is
// a label that does not end its sentence (the stamp itself is set apart as
// furniture, as a live blog's "14:52 GMT" is), while an exclamation that opens
// no stamp, or a lower-case one, still ends it (review 20, F34).
func TestReview20LiveEvents(t *testing.T) {
	tests := []struct {
		name, text string
		want       string
	}{
		{"N' GOAL!",
			"23' GOAL! Arsenal 1-0 Chelsea (Saka 23')\n",
			"0 furniture | 23'\n0 body      | GOAL! Arsenal 1-0 Chelsea (Saka 23')\n"},
		{"N min: RED CARD!",
			"88 min: RED CARD! Cucurella is sent off for a second yellow after hauling down Saka.\n",
			"0 furniture | 88 min:\n0 body      | RED CARD! Cucurella is sent off for a second yellow after hauling down Saka.\n"},
		{"N+N min: GOAL!",
			"45+2 min: GOAL! Arsenal 1-1 Chelsea (Palmer pen)\n",
			"0 furniture | 45+2 min:\n0 body      | GOAL! Arsenal 1-1 Chelsea (Palmer pen)\n"},
		{"a mark with nothing before it", "! Yes.\n", "0 body      | !\n0 body      | Yes.\n"},
		{"no stamp, as before",
			"What a goal! Arsenal lead.\n",
			"0 body      | What a goal!\n0 body      | Arsenal lead.\n"},
		{"lower case, as before",
			"88 min: what a goal! Arsenal lead.\n",
			"0 body      | 88 min: what a goal!\n0 body      | Arsenal lead.\n"},
		{"a capital word far from the stamp, as before",
			"2024 was the year the club finally scored a GOAL! Fans cheered.\n",
			"0 body      | 2024 was the year the club finally scored a GOAL!\n0 body      | Fans cheered.\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkSplit(t, tt.text, tt.want) })
	}
}
