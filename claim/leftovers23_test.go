package claim

import "testing"

// The tests in this file check faults left from reviews 21 and 22 (the
// README's known misses), cleared in session 30.

// TestLeftovers23UnnamedBody checks that "it said" after a sentence about
// a body the text does not name ("In March, the airline, …", "Tom Price,
// the airline's boss, …") stays unnamed rather than going to the body on
// the other side of a dispute that spoke before, while a description
// that a body named before resolves (the subject of the paragraph before
// it, as for "the airline said"), and "it" after a named body, stay as
// they were.
func TestLeftovers23UnnamedBody(t *testing.T) {
	const swissport = "Swissport said the offer was worth 6.2%.\n\nStaff walked out at 04:00 in a dispute over pay.\n\n"
	checkReview9(t, []review9Case{
		{"it after In March, the airline,", swissport + "In March, the airline, which flies from Bristol, cancelled 41 departures.\n\nAll departures after 14:00 on Saturday will go ahead, it said.\n",
			"All departures", "", false, "it"},
		{"it after the airline's boss", swissport + "Tom Price, the airline's boss, said fares would rise.\n\nMore flights will run next year, it said.\n",
			"More flights", "", false, "it"},
		{"it after The airline opens", swissport + "The airline cancelled 41 departures on Friday.\n\nAll departures after 14:00 will go ahead, it said.\n",
			"All departures", "", false, "it"},
		{"it after the airline named before", "Ryanair said its flights were full.\n\nThe airline cancelled 41 departures on Friday.\n\nAll departures after 14:00 will go ahead, it said.\n",
			"All departures", "Ryanair", false, "it"},
		{"it after the airline, the paragraph after Ryanair", "Ryanair said its flights were full.\n\nIn March, the airline, which flies from Bristol, cancelled 41 departures.\n\nAll departures after 14:00 will go ahead, it said.\n",
			"All departures", "Ryanair", false, "it"},
		{"it after easyJet, the airline, as before", swissport + "easyJet, the airport's biggest airline, cancelled 41 departures on Friday.\n\nAll departures after 14:00 will go ahead, it said.\n",
			"All departures", "easyJet", false, "it"},
		{"it after Swissport, as before", swissport + "Staff will get a further 3% next April, it said.\n",
			"Staff will", "Swissport", false, "it"},
	})
}
