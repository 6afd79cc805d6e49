package claim

import "testing"

// TestReview27aWarningInForce checks that a graded warning stated in
// force or issued, "A severe flood warning is in force at Bewdley.", is
// check-worthy, while a warning with no grade, or one asked about, stays
// to the model (review 27a, F21).
func TestReview27aWarningInForce(t *testing.T) {
	for _, tt := range []review9ScoreCase{
		{name: "in force", in: "A severe flood warning is in force at Bewdley.", want: []string{warningReason}, cw: "yes"},
		{name: "issued", in: "The Environment Agency has issued a severe flood warning for Bewdley.", want: []string{warningReason}, cw: "yes"},
		{name: "danger to life", in: "A severe flood warning, meaning danger to life, is in force for the riverside at Bewdley in Worcestershire.", want: []string{warningReason}, cw: "yes"},
		{name: "amber", in: "An amber weather warning is in place for Wales.", want: []string{warningReason}, cw: "yes"},
		{name: "no grade", in: "People should sign up for free flood warnings and make a plan now.", not: []string{warningReason}, cw: "no"},
		{name: "a question", in: "What does a severe flood warning mean?", not: []string{warningReason}, cw: "no"},
		{name: "force first", in: "Force was used at Bewdley.", not: []string{warningReason}},
		{name: "first person", in: "We have issued a severe warning to our members.", not: []string{warningReason}},
	} {
		t.Run(tt.name, tt.run)
	}
}

// review27aEntities checks the person, org and place spans of each case.
func review27aEntities(t *testing.T, cases [][3]string) {
	t.Helper()
	review28Spans(t, map[Kind]bool{Person: true, Org: true, Place: true}, cases)
}

// TestReview27aOrgHeads checks that "Peel Ports", "The British Retail
// Consortium" and "West Midlands Railway" are organisations and
// "Athletico Vern" no person, while a person's name beside them stays one
// (review 27a, F27, F28, F30 in part, F31 in part).
func TestReview27aOrgHeads(t *testing.T) {
	review27aEntities(t, [][3]string{
		{"ports", "Peel Ports said its offer was above the rate of inflation.", "org: Peel Ports"},
		{"consortium", "The British Retail Consortium said costs could rise 1.5%.", "org: British Retail Consortium"},
		{"consortium figures", "British Retail Consortium figures show prices rose 1.5%.", "org: British Retail Consortium"},
		{"railway", "West Midlands Railway said no trains would run.", "org: West Midlands Railway"},
		{"club", "Meanwhile, Athletico Vern have made a £30m offer for defender Jonah Pike.", "person: Jonah Pike"},
		{"a person, as before", "Tom Porter said the port was busy.", "person: Tom Porter"},
		{"the region, as before", "Rain fell across the West Midlands.", "place: West Midlands"},
	})
}

// TestReview27aMeasuresRivers checks that a ballot measure, "Measure J",
// and rivers named together, "the Rivers Wye and Usk", are no persons,
// nor "J" of "Yes on J" and "The Wye" later; "Rivers Wye" is a place,
// while a person named Rivers stays one (review 27a, F26, F29).
func TestReview27aMeasuresRivers(t *testing.T) {
	review27aEntities(t, [][3]string{
		{"measure", "Measure J passed with 54.2% of the vote.", ""},
		{"yes on", "Measure J passed. Volunteers for the Yes on J campaign cheered.", ""},
		{"proposition", "Proposition Four failed narrowly.", ""},
		{"rivers", "Flooding was reported on the Rivers Wye and Usk.", "place: Rivers Wye"},
		{"the wye", "Natural Resources Wales has issued warnings on the Rivers Wye and Usk. The Wye at Monmouth is expected to peak at about 4.6m.", "org: Natural Resources Wales; place: Rivers Wye"},
		{"a person, as before", "Joan Rivers said the show was sold out.", "person: Joan Rivers"},
	})
}

// TestReview27aPlaces checks that Worcester, Hereford, Genoa and the Cape
// of Good Hope are places (review 27a, F31).
func TestReview27aPlaces(t *testing.T) {
	review27aEntities(t, [][3]string{
		{"towns", "Trains will not run between Worcester and Hereford.", "place: Worcester; place: Hereford"},
		{"cape", "Vessels are sailing around the Cape of Good Hope.", "place: Cape of Good Hope"},
		{"lane", "Rates on the Shanghai–Genoa lane rose 4%.", "place: Shanghai; place: Genoa"},
		{"a county, as before", "Flooding hit Worcestershire.", "place: Worcestershire"},
	})
}

// TestReview27aConsultancy checks that a name after "the consultancy" is
// an organisation, of one word or two (review 27a, F32).
func TestReview27aConsultancy(t *testing.T) {
	review27aEntities(t, [][3]string{
		{"consultancy", "Higher-education analyst Tomasz Wren, of the consultancy Edubridge, said fees were too low.", "person: Tomasz Wren; org: Edubridge"},
		{"freight consultancy", "Rates rose 4%, said Mara Olsen of the freight consultancy Harbourline.", "person: Mara Olsen; org: Harbourline"},
		{"two words", "Tomasz Wren, of the consultancy Edu Bridge, said fees were too low.", "person: Tomasz Wren; org: Edu Bridge"},
		{"a surname, as before", "The report by Tomasz Wren said fees were too low.", "person: Tomasz Wren"},
	})
}

// TestReview27aBylineJob checks that a byline's job title, "Chief
// Football Writer", is no person, while the writer's name stays one
// (review 27a, F33).
func TestReview27aBylineJob(t *testing.T) {
	review27aEntities(t, [][3]string{
		{"writer", "By Marcus Hale, Chief Football Writer\nCastlebury signed Luca Veltri for £45m.", "person: Marcus Hale; person: Luca Veltri"},
		{"editor", "By Anna Cole, Political Editor\nThe vote was lost.", "person: Anna Cole"},
		{"correspondent, as before", "By Anna Cole, Education Correspondent\nThe vote was lost.", "person: Anna Cole"},
	})
}
