package claim

import (
	"slices"
	"testing"
)

// The tests in this file check review 29's entity faults (both reviews)
// and the scoring faults of its second review.

// checkRv29Ents checks each text's spans of the kinds Person, Place and
// Org, as "kind: text".
func checkRv29Ents(t *testing.T, cases map[string][]string) {
	t.Helper()
	for text, want := range cases {
		src, _, spans := annotateText(text)
		if got := spanStrings(src, spans, map[Kind]bool{Person: true, Place: true, Org: true}); !slices.Equal(got, want) {
			t.Errorf("%q: spans %q, want %q", text, got, want)
		}
	}
}

// TestRv29PlaceInName checks that a place inside a name is no place: a
// crude benchmark, "West Texas Intermediate"; a short name after an agency
// named "Gulf Press" is still the Gulf; "the Gulf of Mexico" is one place.
func TestRv29PlaceInName(t *testing.T) {
	checkRv29Ents(t, map[string][]string{
		"West Texas Intermediate (WTI) crude dropped 2.0% to $61.08.":                                        nil,
		"Louisiana Light Sweet crude rose 1%.":                                                               nil,
		"Rain fell across West Texas on Sunday.":                                                             {"place: West Texas"},
		"The photo agency Gulf Press sent six photographers. Water temperatures in the Gulf were about 31C.": {"org: Gulf Press", "place: Gulf"},
		"Helix Semiconductor said sales rose. Helix shares fell 2%.":                                         {"org: Helix Semiconductor", "org: Helix"},
		"Oil output in the Gulf of Mexico was shut in.":                                                      {"place: Gulf of Mexico"},
		"About 95% of oil production in the US Gulf of Mexico was shut in.":                                  {"place: US", "place: Gulf of Mexico"},
		"They asked the Gulf states to pay.":                                                                 nil,
		"Mexico said output fell.":                                                                           {"place: Mexico"},
	})
}

// TestRv29Housebuilder checks that a housing association's or a
// housebuilder's name ending "Homes" or "Living" is a body, no person.
func TestRv29Housebuilder(t *testing.T) {
	checkRv29Ents(t, map[string][]string{
		"Northfold Homes was formed in 2019.": {"org: Northfold Homes"},
		"Tollbridge Homes fell 4.2%.":         {"org: Tollbridge Homes"},
		"Other housebuilders also fell, with Tollbridge Homes down 4.2% and Kestrel Living down 3.9%.": {"org: Tollbridge Homes", "org: Kestrel Living"},
		"Shares in Tollbridge Homes fell 4.2%.":                                                        {"org: Tollbridge Homes"},
		"Tom Holmes said rents rose.":                                                                  {"person: Tom Holmes"},
		"The charity Warm Homes Now said bills rose.":                                                  {"org: Warm Homes Now"},
	})
}

// TestRv29RegulatorNotLandlord checks that "the regulator" stands for no
// housing association the text named, now a body, and still for a
// regulator's name.
func TestRv29RegulatorNotLandlord(t *testing.T) {
	for in, want := range map[string]string{
		"The watchdog has downgraded Northfold Homes. It is the first time Northfold has been graded below C2. The landlord paid £2.1m in compensation, the regulator said.": "",
		"Ofwat has fined Northvale Water £3m. Bills rose 4%, the regulator said.":                                                                                            "Ofwat",
		"The Financial Conduct Authority fined Harland Bank £3m. Complaints rose 4%, the regulator said.":                                                                    "Financial Conduct Authority",
	} {
		src, _, spans := annotateText(in)
		got := "(no speaker)"
		for k, sp := range spans {
			if sp.Kind == Speaker {
				got = SpeakerName(src, spans, k) // the last one's
			}
		}
		if got != want {
			t.Errorf("%q: speaker name %q, want %q", in, got, want)
		}
	}
}

// TestRv29ShipAndSite checks that a ship after "the" is no person, and a
// site named "… Point" is a place.
func TestRv29ShipAndSite(t *testing.T) {
	checkRv29Ents(t, map[string][]string{
		"The Glen Sannox has carried more than 250,000 passengers since it entered service.":               nil,
		"He added that the Glen Sannox had carried more than 250,000 passengers since it entered service.": nil,
		"Was this the George Bush who cut taxes?":                                                          {"person: George Bush"},
		"He praised the Joe Biden administration.":                                                         {"person: Joe Biden"},
		"Glen Sannox said he had carried more than 250 bags.":                                              {"person: Glen Sannox"},
		"The Games would need a 70,000-seat stadium at Kessel Point, a former rail yard on the harbour.":   {"place: Kessel Point"},
		"Work at Kessel Point would start in 2030.":                                                        {"place: Kessel Point"},
	})
}

// TestRv29bLifeFacts checks review 29b's scoring faults F24-F26: an
// obituary's last line with its dates is no heading; "She is survived by
// two daughters" and "Amtrak suspended service" are flagged, while other
// "survived by" and "suspended" are as before.
func TestRv29bLifeFacts(t *testing.T) {
	for _, tt := range []review9ScoreCase{
		{name: "obituary's life line", in: "She said she had been working until the end.\nMorag Cattanach, physicist, born 3 October 1934; died 28 February 2027\n\nMore obituaries", sent: 1, not: []string{"short heading"}, cw: "yes"},
		{name: "a name alone, as before", in: "She said she had been working until the end.\nMorag Cattanach, physicist\n\nMore obituaries", sent: 1, want: []string{"short heading"}, cw: "no"},
		{name: "survived by", in: "She is survived by their two daughters, Fiona and Catriona, and five grandchildren.", want: []string{survivorsReason}, cw: "yes"},
		{name: "survived by, short", in: "She is survived by two daughters.", want: []string{survivorsReason}, cw: "yes"},
		{name: "survived by cutting, as before", in: "Two passengers survived by clinging to the hull.", not: []string{survivorsReason}},
		{name: "suspended service", in: "Amtrak suspended service between New Orleans and Houston.", want: []string{suspendedReason}, cw: "yes"},
		{name: "suspended a player, as before", in: "He was suspended for the final.", not: []string{suspendedReason}},
	} {
		t.Run(tt.name, tt.run)
	}
	checkRv29Ents(t, map[string][]string{"Amtrak suspended service between New Orleans and Houston.": {"org: Amtrak", "place: New Orleans", "place: Houston"}})
}

// TestRv29SmallNames checks names the lists lacked: a town "Port
// Glasgow" (not Glasgow), the oilfield firm "Baker Hughes", the Dáil and
// the party Aontú (reviews 29a F27, 29b F34, F36).
func TestRv29SmallNames(t *testing.T) {
	checkRv29Ents(t, map[string][]string{
		"The two ferries built at Port Glasgow cost £420m.":                     {"place: Port Glasgow"},
		"The ferries were built in Glasgow.":                                    {"place: Glasgow"},
		"The number of active oil rigs fell by four to 461, Baker Hughes said.": {"org: Baker Hughes"},
		"The new Dáil will meet on 5 March to elect a Taoiseach.":               {"org: Dáil"},
		"Aontú’s candidate, Séamus Ó Ceallaigh, polled 2,230 votes.":            {"org: Aontú’s", "person: Séamus Ó Ceallaigh"},
	})
}
