package claimlight_test

import (
	"testing"

	"github.com/claimlight/claimlight"
)

// A quantity or percent span's unit comes with its value, so that a value
// keeps its meaning when it is printed away from the text: "11.2
// percentage points" is 11.2 points, not 11.2%; "47.3C" is 47.3 °C. Odds
// and one-in-N chances give the reading itself: 2.75 would read as a
// wrong figure beside "11/4", and 0.002 beside "one-in-500-year".
func TestSpanUnit(t *testing.T) {
	tests := []struct{ text, span, want string }{
		// percentage points and basis points (ux20 N2)
		{"Labour's share rose by 11.2 percentage points to 41%.", "11.2 percentage points to 41%", "points"},
		{"The margin of error is plus or minus three percentage points.", "plus or minus three percentage points", "points"},
		{"The bank cut rates by 80 basis points on Thursday.", "80 basis points", "bps"},
		{"Inflation rose to 5% in May.", "5%", ""},
		{"Turnout fell 70bps to 34.8% in the north.", "70bps", "bps"}, // the change, apart from the level it came to
		// betting odds and one-in-N chances (N1)
		{"Silver Arrow was the 11/4 favourite but finished third.", "11/4 favourite", "11/4 odds"},
		{"Copper Lantern won at 100-1 in the Gold Cup.", "100-1", "100-1 odds"},
		{"Silver Almanac won at evens.", "evens", "1/1 odds"},
		{"He won at even money in the Gold Cup.", "even money", "1/1 odds"},
		{"It was a one-in-500-year flood.", "one-in-500-year", "1 in 500"},
		{"Roughly one in 12 homes was hit.", "Roughly one in 12", "1 in 12"},
		{"Around 1 in 10 people were affected.", "Around 1 in 10", "1 in 10"},
		{"Two in five voters were undecided.", "Two in five", ""}, // 0.4 says it
		{"Nearly a third of voters stayed home.", "Nearly a third of", ""},
		{"The jug holds 1/4 cup.", "1/4 cup", "cup"},
		// measures (N3)
		{"Temperatures hit 47.3C in Seville.", "47.3C", "°C"},
		{"It reached 117.1F in the valley.", "117.1F", "°F"},
		{"Winds reached 94mph on the coast.", "94mph", "mph"},
		{"Trains run at 112km/h on the line.", "112km/h", "km/h"},
		{"The tower stands 412 m tall.", "412 m", "m"},
		{"The plant makes 1.2GW at full load.", "1.2GW", "GW"},
		{"The plant makes 1.2 GW at full load.", "1.2 GW", "GW"},
		{"It rained 45mm in an hour.", "45mm", "mm"},
		{"The truck carried 12 tonnes of sand.", "12 tonnes", "tonnes"},
		{"The shares trade at 0.4x book value.", "0.4x", "x"},
		{"The lake covers 18.8 sq mi in all.", "18.8 sq mi", ""}, // left: a square mile is not a mile
		{"Snow was just 6.2 inches deep.", "just 6.2 inches", "inches"},
		{"Hail fell, and 3.8in of rain.", "3.8in", "in"},
		{"She leads by 4.3 points in the poll.", "4.3 points", "points"},
		{"The park covers 48.7 square kilometres.", "48.7 square kilometres", ""},
		{"The plan meant a 50-cent-a-gallon rise.", "50-cent-a-gallon", ""}, // cents for a gallon
		{"The city uses 50 million gallons a day.", "50 million gallons a day", "gallons a day"},
		{"We won one in '82 and lost one in '86.", "one in '82", "1 in 82"}, // left: the value, 1/82, is wrong already
		// counts name no unit
		{"About 20,000 people marched.", "About 20,000 people", ""},
		{"The fund paid into 401K plans.", "401K", "no span"}, // the plan's name (session 34)
		{"They sold 250K copies.", "250K", ""},
		{"The air force bought 16 F-35 jets.", "16 F-35 jets", ""},
		{"The region has 15m people.", "15m people", ""},
		{"The screen is 3024 x 1964 pixels.", "3024 x 1964", ""},
		{"Three in 10 adults said so.", "Three in 10", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			d := claimlight.Analyze([]byte(tt.text))
			got := "no span"
			for i, s := range d.Spans {
				if string(s.Text(d.Src)) == tt.span {
					got = d.SpanUnit(i)
				}
			}
			if got != tt.want {
				var all []string
				for _, s := range d.Spans {
					all = append(all, s.Kind.String()+" "+string(s.Text(d.Src)))
				}
				t.Errorf("unit of %q = %q, want %q (spans %q)", tt.span, got, tt.want, all)
			}
		})
	}
}
