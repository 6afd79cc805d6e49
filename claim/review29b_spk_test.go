package claim

import "testing"

// The tests in this file check the speaker faults of review 29b (an Irish
// count, an oil market report, a hurricane, an obituary, a market close).

// TestReview29bDashAside checks that an aside set off by dashes between
// the name and the cue keeps the speaker, as one set off by commas does
// (F1).
func TestReview29bDashAside(t *testing.T) {
	checkReview9(t, []review9Case{
		{"em dashes", "Mr Rahim — a half-brother of the previous minister — said the group could pause the increases.\n", "Mr", "Rahim", false, "Mr Rahim"},
		{"em dashes, a firm inside", "Derek Pollard — a partner at Amberly Energy Advisers — said shale needs $62 oil.\n", "Derek", "Derek Pollard", false, ""},
		{"spaced hyphens", "Derek Pollard - a partner at Amberly - said shale needs $62 oil.\n", "Derek", "Derek Pollard", false, ""},
		{"commas, as before", "Mr Rahim, a half-brother of the previous minister, said the group could pause the increases.\n", "Mr", "Rahim", false, "Mr Rahim"},
		{"one dash: no aside", "Prices fell — the group said it could pause the increases.\n", "Prices", "", false, ""},
		{"a quote in the dashes", "Mr Rahim — who said “no” — told the group to pause.\n", "Mr", "", false, ""},
	})
}

// TestReview29bObituarySurname checks that in an obituary the subject's
// bare surname stays with her, not with a relative named after her who
// shares it, and that "She" then finds her (F2).
func TestReview29bObituarySurname(t *testing.T) {
	const born = "Professor Morag Cattanach has died aged 91. Her father was Alexander Cattanach, a clerk.\n"
	checkReview9(t, []review9Case{
		{"the father named later", born + "Cattanach said in 2012 that women were still held back in physics.\n", "Cattanach said", "Morag Cattanach", false, ""},
		{"daughter of a clerk, the name", "Professor Morag Cattanach has died aged 91. She was the daughter of a jute mill clerk, Alexander Cattanach, and a teacher.\nCattanach said in 2012 that women were still held back.\n", "Cattanach said", "Morag Cattanach", false, ""},
		{"She after the surname", born + "Dr Anjali Rao said she was kind. Cattanach was a vocal campaigner for women in science. She once told an interviewer that she had been asked at her Cambridge interview whether she planned to marry.\n", "She once", "Morag Cattanach", false, ""},
		{"no relative, as before", "Professor Morag Cattanach has died aged 91.\nCattanach said in 2012 that women were still held back in physics.\n", "Cattanach said", "Morag Cattanach", false, ""},
		{"a title keeps the nearest", "Jane Price died on Monday. Her husband, John Price, said she had been ill. Mr Price said the nurses were kind.\n", "Mr Price", "John Price", false, ""},
		{"the relative alone", "Her father, Alexander Cattanach, was a clerk. Cattanach said the mill was closing.\n", "Cattanach said", "Alexander Cattanach", false, ""},
		{"two people, the nearest, as before", "Tom Price won. Later Anna Price lost. Price said it was hard.\n", "Price said", "Anna Price", false, ""},
	})
}

// TestReview29bNameEndingInPlace checks that a name of two words whose
// last is a place, before a cue, is the speaker, not the place: "Entergy
// Louisiana said it had" (F3), "Michael Jordan said".
func TestReview29bNameEndingInPlace(t *testing.T) {
	const said = " said it had 9,400 workers ready to restore service once winds drop below 35mph.\n"
	checkReview9(t, []review9Case{
		{"Entergy Louisiana", "Entergy Louisiana" + said, "Entergy", "Entergy Louisiana", false, ""},
		{"after a date", "On Monday, Entergy Louisiana" + said, "On Monday", "Entergy Louisiana", false, ""},
		{"a person", "Michael Jordan said he would play.\n", "Michael", "Michael Jordan", false, ""},
		{"Tennis Australia, as before", "Tennis Australia" + said, "Tennis", "Tennis Australia", false, ""},
		{"a common word, as before", "Meanwhile Louisiana said it had 9,400 workers.\n", "Meanwhile", "Louisiana", false, ""},
		{"the place alone, as before", "Louisiana" + said, "Louisiana", "Louisiana", false, ""},
	})
	checkEntities(t, "Entergy Louisiana"+said, Org, "Entergy Louisiana")
	checkEntities(t, "Entergy Louisiana"+said, Place, "")
	checkEntities(t, "Michael Jordan said he would play.\n", Person, "Michael Jordan")
	checkEntities(t, "Prices in Entergy Louisiana fell.\n", Place, "Louisiana")
}

// TestReview29bIrishParties checks that "Fine Gael" and "Fianna Fáil" are
// organisations, as "Sinn Féin" is, so that a party between a woman and
// "she" no longer takes her quote (F4).
func TestReview29bIrishParties(t *testing.T) {
	const mac = "Ms Mac Aodha said Fine Gael had been punished for the cost of living. “We heard the message loud and clear,” she said.\n"
	checkReview9(t, []review9Case{
		{"she after Fine Gael", mac, "“We heard", "Mac Aodha", true, ""},
		{"the party, as before", "Ms Mac Aodha said the party had been punished for the cost of living. “We heard the message loud and clear,” she said.\n", "“We heard", "Mac Aodha", true, ""},
		{"the full name before", "Fine Gael held its seat, with Senator Gráinne Mac Aodha elected on the fifth count.\n" + mac, "“We heard", "Gráinne Mac Aodha", true, ""},
		{"a spokesperson of Fianna Fáil", "A Fianna Fáil spokesperson said the party would talk.\n", "A Fianna", "Fianna Fáil", false, ""},
	})
	checkEntities(t, mac, Person, "Ms Mac Aodha")
	checkEntities(t, "Fine Gael held its seat.\n", Org, "Fine Gael")
	checkEntities(t, "Fianna Fail held its seat.\n", Org, "Fianna Fail")
	checkEntities(t, "Sinn Féin held its seat.\n", Org, "Sinn Féin")
}

// TestReview29bArabicParticle checks that a name with the particle "al-"
// after a title is a person, "Energy Minister Faisal al-Rahim", whom "Mr
// al-Rahim" then names (F5).
func TestReview29bArabicParticle(t *testing.T) {
	const two = "Energy Minister Faisal al-Rahim said output would rise. Mr al-Rahim said the group could “pause or reverse” the increases.\n"
	checkReview9(t, []review9Case{
		{"the title and the name", two, "Energy", "Faisal al-Rahim", false, ""},
		{"Mr al-Rahim", two, "Mr al-Rahim", "Faisal al-Rahim", false, ""},
		{"two titles", "Saudi Energy Minister Prince Faisal al-Rahim told reporters output would rise.\n", "Saudi", "Faisal al-Rahim", false, ""},
		{"President Abdel Fattah al-Sisi", "President Abdel Fattah al-Sisi said output would rise.\n", "President", "Abdel Fattah al-Sisi", false, ""},
		{"no al-, as before", "Energy Minister Faisal Rahim said output would rise. Mr Rahim said the group could pause.\n", "Mr Rahim", "Faisal Rahim", false, ""},
		{"after a quotation", "“The market is balanced,” Saudi Energy Minister Prince Faisal al-Rahim told reporters.\n", "“The", "Faisal al-Rahim", true, "Saudi Energy Minister Prince Faisal al-Rahim"},
		{"after a quotation, no al-", "“The market is balanced,” Saudi Energy Minister Faisal Rahim said.\n", "“The", "Faisal Rahim", true, "Saudi Energy Minister Faisal Rahim"},
		{"no title, as before", "Faisal al-Rahim said output would rise.\n", "Faisal", "Faisal al-Rahim", false, ""},
	})
	checkEntities(t, "Minister Faisal al-Rahim said output would rise.\n", Person, "Minister Faisal al-Rahim")
}

// TestReview29bTD checks that the Irish title "TD" before a name, and
// after it, leaves a person (F9), while a bank's "TD Garden" is none.
func TestReview29bTD(t *testing.T) {
	checkReview9(t, []review9Case{
		{"Independent TD", "Independent TD Tom Fitzharris said he would not stand again.\n", "Independent", "Tom Fitzharris", false, ""},
		{"after the name", "Brendan O’Sullivan TD said the count was over.\n", "Brendan", "Brendan O’Sullivan", false, ""},
		{"MP, as before", "Independent MP Tom Fitzharris said he would not stand again.\n", "Independent", "Tom Fitzharris", false, ""},
		{"a bank, as before", "TD Bank said profits rose.\n", "TD", "TD Bank", false, ""},
	})
	checkEntities(t, "TD Tom Fitzharris lost the seat.\n", Person, "TD Tom Fitzharris")
	checkEntities(t, "Local TD Tom Fitzharris lost the seat.\n", Person, "TD Tom Fitzharris")
	checkEntities(t, "The game was at TD Garden in Boston.\n", Person, "")
	checkEntities(t, "She banked with TD Ameritrade for years.\n", Person, "")
}

// TestReview29bClubAcronym checks that a body's short name in capitals
// after "club", "union" or "charity" speaks, "motor club AAA said", as
// after "group" (F7).
func TestReview29bClubAcronym(t *testing.T) {
	const gas = "In the United States, gasoline averaged $3.12 a gallon, "
	checkReview9(t, []review9Case{
		{"motor club AAA", gas + "motor club AAA said.\n", "In the", "AAA", false, "AAA"},
		{"union", gas + "the union GMB said.\n", "In the", "GMB", false, ""},
		{"the motoring group AAA, as before", gas + "the motoring group AAA said.\n", "In the", "AAA", false, ""},
		{"AAA alone, as before", gas + "AAA said.\n", "In the", "AAA", false, ""},
		{"a club's name", gas + "motor club Autoline said.\n", "In the", "Autoline", false, ""},
	})
	checkEntities(t, gas+"motor club AAA said.\n", Org, "AAA")
	checkEntities(t, gas+"motor club Autoline said.\n", Org, "Autoline")
}

// TestReview29bSiteByDomain checks that "according to" a site described,
// then named by its domain, names the site (F6).
func TestReview29bSiteByDomain(t *testing.T) {
	const out = "About 1.2 million customers were without power by 6am, according to "
	checkReview9(t, []review9Case{
		{"the tracking site PowerOutage.us", out + "the tracking site PowerOutage.us.\n", "About", "PowerOutage.us", false, "the tracking site PowerOutage.us"},
		{"the domain alone, as before", out + "PowerOutage.us.\n", "About", "PowerOutage.us", false, ""},
		{"a name, as before", out + "the tracking site OutageWatch.\n", "About", "OutageWatch", false, ""},
	})
}

// TestReview29bItBlamed checks that "It blamed …" after a body spoke is
// that body's reason, as "It said" is (F8), and that a passive "was
// blamed" names no one.
func TestReview29bItBlamed(t *testing.T) {
	const co = "Haverhill Group said it now expected profit of £410m. "
	checkReview9(t, []review9Case{
		{"It blamed", co + "It blamed higher mortgage rates and a slowdown in reservations.\n", "It blamed", "Haverhill Group", false, "It"},
		{"She blamed", "Ann Lee said sales fell. She blamed the weather.\n", "She blamed", "Ann Lee", false, ""},
		{"It said, as before", co + "It said higher mortgage rates hurt.\n", "It said", "Haverhill Group", false, ""},
		{"was blamed", co + "The fall was blamed on higher mortgage rates.\n", "The fall", "", false, ""},
		{"a plain noun", co + "Economists blamed higher mortgage rates.\n", "Economists", "", false, ""},
	})
}

// TestReview29bForecasters checks that "Forecasters said" is an unnamed
// group, as "Analysts said" is, not a person named Forecasters (F11).
func TestReview29bForecasters(t *testing.T) {
	checkReview9(t, []review9Case{
		{"Forecasters", "The storm hit at 5 a.m. Forecasters said it would weaken.\n", "Forecasters", "", false, "Forecasters"},
		{"Analysts, as before", "The storm hit at 5 a.m. Analysts said it would weaken.\n", "Analysts", "", false, "Analysts"},
		{"a named forecaster", "Forecaster Jim Dale said it would weaken.\n", "Forecaster", "Jim Dale", false, ""},
	})
	checkEntities(t, "The storm hit at 5 a.m. Forecasters said it would weaken.\n", Person, "")
}
