package claim

import (
	"strings"
	"testing"

	"github.com/claimlight/claimlight/segment"
	"github.com/claimlight/claimlight/tokenize"
)

// TestReview25GluedAmpersand checks that a short firm's name glued
// together by "&" before a reporting verb, "PG&E said", is one
// organisation and the speaker, and "The utility" after it stands for
// it, while "R&D" and "the S&L crisis" stay no one (review 25, F1).
func TestReview25GluedAmpersand(t *testing.T) {
	const pge = "PG&E said it had cut power to about 12,700 customers in Shasta and Tehama counties. The utility said the shutoffs could last until Thursday.\n"
	checkReview9(t, []review9Case{
		{"PG&E said", pge, "PG&E", "PG&E", false, "PG&E"},
		{"The utility", pge, "The utility", "PG&E", false, ""},
		{"AT&T said", "AT&T said it had cut 4,000 jobs.\n", "AT&T", "AT&T", false, ""},
		{"M&S said", "M&S said sales rose 4%.\n", "M&S", "M&S", false, ""},
		{"P&O said", "P&O said it had cut 800 jobs.\n", "P&O", "P&O", false, ""},
		{"Marks & Spencer, as before", "Marks & Spencer said sales rose 4%.\n", "Marks", "Marks & Spencer", false, ""},
		{"R&D, as before", "R&D fell 4%.\n", "R&D", "", false, ""},
	})
	checkEntities(t, "M&S said sales rose 4%.\n", Org, "M&S")
	checkEntities(t, "M&S said sales rose 4%.\n", Person, "")
	checkEntities(t, "R&D spending rose 4%.\n", Org, "")
	checkEntities(t, "We don't have the S&L crisis anymore.\n", Org, "")
}

// TestReview25AsPerDataFrom checks that "as per" and "as per data from",
// the usual sourcing of Indian copy, name their source as "according
// to" does, while "as per the agreement" and "£5 per person" name no one
// (review 25, F2).
func TestReview25AsPerDataFrom(t *testing.T) {
	checkReview9(t, []review9Case{
		{"As per data from the RBI", "As per data from the RBI, bank credit to the auto sector grew 14.2% y-o-y as of Sept 30.\n", "As per", "RBI", false, "the RBI"},
		{"as per data from, after", "Sales rose 4%, as per data from the Society of Manufacturers of Electric Vehicles.\n", "Sales", "Society of Manufacturers of Electric Vehicles", false, ""},
		{"As per the RBI", "As per the RBI, credit grew 4%.\n", "As per", "RBI", false, ""},
		{", per data from", "Prices rose 4%, per data from the RBI.\n", "Prices", "RBI", false, ""},
		{"according to, as before", "According to the RBI, credit grew 4%.\n", "According", "RBI", false, ""},
		{"as per the agreement, as before", "As per the agreement, prices rose 4%.\n", "As per", "", false, ""},
		{"per person, as before", "Tickets cost \u00a35 per person, the RBI said.\n", "Tickets", "RBI", false, ""},
	})
	checkEntities(t, "As per data from the RBI, bank credit grew 14.2%.\n", Org, "RBI")
}

// TestReview25AccordingToCommaList checks that "according to" a body whose
// name runs on past a comma, "the Department for Culture, Media and
// Sport", names the whole body, while an office after "the" is still the
// source (review 25, F3).
func TestReview25AccordingToCommaList(t *testing.T) {
	const dcms = "Department for Culture, Media and Sport"
	checkReview9(t, []review9Case{
		{"according to", "Museums in England recorded 46.2 million visits in 2025-26, according to the " + dcms + ".\n", "Museums", dcms, false, "the " + dcms},
		{"said, as before", "Visits rose 4%, the " + dcms + " said.\n", "Visits", dcms, false, ""},
		{"one name, as before", "Visits rose 4%, according to the Department for Education.\n", "Visits", "Department for Education", false, ""},
		{"an office, as before", "Visits rose 4%, according to the Secretary of State.\n", "Visits", "", false, "the Secretary of State"},
	})
}

// TestReview25GovernorAbbreviated checks that "The governor" stands for a
// person given the title in its abbreviation, "Gov. Gavin Newsom", and
// not for a person given another title (review 25, F4).
func TestReview25GovernorAbbreviated(t *testing.T) {
	const gov = "Gov. Gavin Newsom declared a state of emergency for Shasta County. "
	checkReview9(t, []review9Case{
		{"Gov.", gov + "The governor also said the state had secured a federal grant that covers 75% of eligible firefighting costs.\n", "The governor", "Gavin Newsom", false, ""},
		{"Sen.", "Sen. Alex Padilla said it was bad. The senator said 4% were hurt.\n", "The senator", "Alex Padilla", false, ""},
		{"another title, as before", "Sen. Alex Padilla said it was bad. The governor said 4% were hurt.\n", "The governor", "", false, ""},
		{"the whole word, as before", "Mayor Karen Bass said it was bad. The mayor said 4% were hurt.\n", "The mayor", "Karen Bass", false, ""},
	})
}

// TestReview25OneOfApposition checks that a person named in apposition
// to "One of the students" opening a sentence is its subject and the
// antecedent of a "he said" after it, past a man who spoke before, while
// one named in apposition to an object is not (review 25, F5).
func TestReview25OneOfApposition(t *testing.T) {
	const ian, he = "\u201cGrades are fair,\u201d said Ian Whitcombe. ", " \u201cI refreshed the page about ten times,\u201d he said.\n"
	checkReview9(t, []review9Case{
		{"One of the students", ian + "One of the students, James Mensah, secured three A grades." + he, "\u201cI refreshed", "James Mensah", true, ""},
		{"the subject, as before", ian + "James Mensah secured three A grades." + he, "\u201cI refreshed", "James Mensah", true, ""},
		{"an object's apposition, as before", ian + "He met one of the students, James Mensah, on Monday." + he, "\u201cI refreshed", "", true, ""},
	})
}

// TestReview25AdmissionsService checks that "the admissions service" and
// "the exams regulator" stand for the body that spoke just before, which
// they also show to be a body, not a person, while "the city council"
// is no company's (review 25, F6).
func TestReview25AdmissionsService(t *testing.T) {
	const ucas = "Ucas said 246,300 UK 18-year-olds had been accepted on to a degree course by midnight. "
	checkReview9(t, []review9Case{
		{"the admissions service", ucas + "A record 31,900 students from the most disadvantaged areas have been placed, the admissions service said.\n", "A record", "Ucas", false, ""},
		{"the exams regulator", "Ofqual said 4% rose. The exams regulator said 5% fell.\n", "The exams", "Ofqual", false, ""},
		{"the service", "Ucas said 4% rose. The service said 5% fell.\n", "The service", "Ucas", false, ""},
		{"the company, as before", "Ucas said 4% rose. The company said 5% fell.\n", "The company", "Ucas", false, ""},
		{"the city council, as before", "Northgate Power said 4% rose. The city council said 5% fell.\n", "The city", "", false, ""},
	})
	checkEntities(t, "Ofqual said 4% rose. The exams regulator said 5% fell.\n", Person, "")
	checkEntities(t, "Ofqual said 4% rose. The exams regulator said 5% fell.\n", Org, "Ofqual")
}

// TestReview25InitialsAfterPost checks that a person's initials stay with
// the name after a post the entity pass does not take whole, "Union
// Minister for Heavy Industries H.D. Kumaraswamy said", and that a later
// "the company" does not make him one, while "U.S. Steel" is still a
// company (review 25, F8).
func TestReview25InitialsAfterPost(t *testing.T) {
	const hd = "Union Minister for Heavy Industries H.D. Kumaraswamy said only 2.8 GWh had been commissioned. Shares rose 38%, giving the company a value of \u20b927,300 crore.\n"
	checkReview9(t, []review9Case{
		{"H.D.", hd, "Union", "H.D. Kumaraswamy", false, "H.D. Kumaraswamy"},
		{"M.K., as before", "Chief Minister M.K. Stalin said 6% rose.\n", "Chief", "M.K. Stalin", false, ""},
		{"U.S. Steel, as before", "U.S. Steel said 4% rose.\n", "U.S.", "U.S. Steel", false, ""},
	})
	checkEntities(t, hd, Person, "H.D. Kumaraswamy")
	checkEntities(t, hd, Org, "")
	checkEntities(t, "U.S. Steel said 4% rose.\n", Org, "U.S. Steel")
}

// TestReview25IndustryBody checks that a name after "Industry body",
// "Trade body" or "Consumer group", an acronym too, is an organisation
// and the speaker (review 25, F7).
func TestReview25IndustryBody(t *testing.T) {
	const cii = "Industry body CII said manufacturing investment had picked up in the second half of FY26.\n"
	checkReview9(t, []review9Case{
		{"Industry body CII", cii, "Industry", "CII", false, "CII"},
		{"Industry body Nasscom", "Industry body Nasscom said exports rose 4%.\n", "Industry", "Nasscom", false, ""},
		{"The CII, as before", "The CII said 4% rose.\n", "The CII", "CII", false, ""},
		{"operator, as before", "Network operator Northpower said 4% rose.\n", "Network", "Northpower", false, ""},
	})
	checkEntities(t, cii, Org, "CII")
	checkEntities(t, "Industry body Nasscom said exports rose 4%.\n", Org, "Nasscom")
	checkEntities(t, "Consumer group Fairtrade said the fall was small.\n", Person, "")
}

// TestReview25PointedTo checks that "pointed to" and "pointed out" after
// a named person or a pronoun report what they cite, while "pointed at
// the map" and "The data pointed to" name no one (review 25, F9).
func TestReview25PointedTo(t *testing.T) {
	const bryant = "Culture Minister Chris Bryant said the settlement was fair. "
	checkReview9(t, []review9Case{
		{"He pointed to", bryant + "He pointed to \u00a385 million of capital funding announced last year for museum repairs.\n", "He pointed", "Chris Bryant", false, "He"},
		{"pointed out", bryant + "He pointed out that \u00a385 million of capital funding was announced.\n", "He pointed", "Chris Bryant", false, ""},
		{"pointed at, as before", bryant + "She pointed at the map.\n", "She pointed", "", false, ""},
		{"The data, as before", "The data pointed to a slowdown.\n", "The data", "", false, ""},
	})
}

// TestReview25SaysCM checks that a headline's trailing ", says CM" or
// ", says PM" names its speaker as ", says minister" does (review 25,
// F10).
func TestReview25SaysCM(t *testing.T) {
	const cm = "Tamil Nadu signs Rs 4,500 crore EV battery deal; 2.3 lakh jobs in pipeline, says CM\n\nChennai: The Tamil Nadu government signed a deal on Wednesday.\n"
	checkReview9(t, []review9Case{
		{"says CM", cm, "Tamil Nadu signs", "CM", false, "CM"},
		{"says PM", "Jobs rose 4%, says PM.\n", "Jobs", "PM", false, ""},
		{"says minister, as before", "Jobs rose 4%, says minister.\n", "Jobs", "", false, "minister"},
		{"a unit, as before", "The width is 4 cm, officials said.\n", "The width", "", false, "officials"},
	})
}

// TestReview25NestedFinding checks that what a study or figures "showed"
// or "found" inside what a speaker said is that speaker's one claim, with
// no second speaker span, while figures that open a sentence still speak
// (review 25, F11).
func TestReview25NestedFinding(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"Teachers\u2019 unions said the regional figures showed that schools in poorer areas were being left behind.\n", "Teachers\u2019 unions"},
		{"Officials said the report found that 4% fell.\n", "Officials"},
		{"The regional figures showed that schools were left behind.\n", "The regional figures"},
		{"Officials said he found that 4% fell.\n", "Officials he"},
	} {
		src := []byte(tt.text)
		toks := tokenize.Append(nil, src)
		var got []string
		for _, sp := range Annotate(src, toks, segment.Append(nil, src, toks)) {
			if sp.Kind == Speaker {
				got = append(got, string(sp.Text(src)))
			}
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("%q: speakers %q, want %q", tt.text, got, tt.want)
		}
	}
}
