package claim

import "testing"

// TestReview28StreetNoSpeaker checks that the street of a court
// round-up's "NAME, of STREET, TOWN, said" is no speaker: the name before
// it is; nor is one "told to pay" (review 28b, F1).
func TestReview28StreetNoSpeaker(t *testing.T) {
	checkReview9(t, []review9Case{
		{"of a street, a town", "Sophie Whitcombe, of Orchard Close, Bramley, said she was sorry.\n", "Sophie", "Sophie Whitcombe", false, ""},
		{"an age, a street, a town", "Sophie Whitcombe, 27, of Orchard Close, Bramley, said she was sorry.\n", "Sophie", "Sophie Whitcombe", false, ""},
		{"of a street, as before", "Sophie Whitcombe, of Orchard Close, said she was sorry.\n", "Sophie", "Sophie Whitcombe", false, ""},
		{"told to pay", "Sophie Whitcombe, of Orchard Close, Bramley, admitted stealing goods. She was fined and told to pay £312.60 compensation.\n", "She was", "", false, ""},
		{"told the court, as before", "Sophie Whitcombe admitted stealing goods. She told the court she was sorry.\n", "She told", "Sophie Whitcombe", false, ""},
		{"a description, a name, as before", "Ukraine's finance minister, Serhiy Marchenko, said the money had arrived.\n", "Ukraine", "Serhiy Marchenko", false, ""},
	})
}

// TestReview28SportsBody checks that a sport before its country names a
// body, "Tennis Australia said", not the country (review 28b, F2).
func TestReview28SportsBody(t *testing.T) {
	const said = " said the tournament drew a record 1,214,500 fans.\n"
	checkReview9(t, []review9Case{
		{"Tennis Australia", "Tennis Australia" + said, "Tennis", "Tennis Australia", false, ""},
		{"after and", "The final was watched by 14,820, and Tennis Australia" + said, "The final", "Tennis Australia", false, ""},
		{"Cricket Australia", "Cricket Australia" + said, "Cricket", "Cricket Australia", false, ""},
		{"Swimming Canada", "Swimming Canada" + said, "Swimming", "Swimming Canada", false, ""},
		{"Energy UK, as before", "Energy UK" + said, "Energy", "Energy UK", false, ""},
	})
	checkEntities(t, "Tennis Australia"+said, Place, "")
	checkEntities(t, "Tennis in Australia drew a record 1,214,500 fans.\n", Place, "Australia")
}

// TestReview28PassiveAside checks that a passive verb in a "who" or
// "whose" clause between the name and "said", "was admitted to
// hospital", "was warned", leaves the name the speaker (review 28a, F1).
func TestReview28PassiveAside(t *testing.T) {
	checkReview9(t, []review9Case{
		{"who was admitted", "Amir Khan, who was admitted to hospital last year, said the ward was full.\n", "Amir", "Amir Khan", false, ""},
		{"whose daughter was warned", "Amir Khan, whose daughter was warned about the risk, said he had no idea.\n", "Amir", "Amir Khan", false, ""},
		{"whose son was admitted", "Imran Chaudhry, whose youngest son was admitted to hospital, said he wished he had acted sooner.\n", "Imran", "Imran Chaudhry", false, ""},
		{"were told, were warned", "Amir Khan, whose parents were told and warned, said the ward was full.\n", "Amir", "Amir Khan", false, ""},
		{"who was taken, as before", "Amir Khan, whose son was taken to hospital, said the ward was full.\n", "Amir", "Amir Khan", false, ""},
		{"who asked not to be named, as before", "A nurse, who asked not to be named, said the ward was full.\n", "A nurse", "", false, "A nurse"},
	})
}

// TestReview28NHSBodies checks that "NHS Providers", "NHS Employers"
// and "NHS Confederation" are bodies of their own, not the NHS and a
// person (review 28a, F2).
func TestReview28NHSBodies(t *testing.T) {
	const said = " said trusts had been planning for weeks.\n"
	checkReview9(t, []review9Case{
		{"NHS Providers", "NHS Providers" + said, "NHS", "NHS Providers", false, ""},
		{"a spokesperson for NHS Providers", "A spokesperson for NHS Providers" + said, "A spokesperson", "NHS Providers", false, ""},
		{"NHS Employers", "NHS Employers" + said, "NHS", "NHS Employers", false, ""},
		{"NHS Confederation", "The NHS Confederation" + said, "The", "NHS Confederation", false, ""},
		{"the NHS, as before", "The NHS" + said, "The", "NHS", false, ""},
	})
	checkEntities(t, "NHS Providers"+said, Person, "")
	checkEntities(t, "NHS Providers"+said, Org, "NHS Providers")
}

// TestReview28SpeakerDescriptors checks that "Analyst" and "Father-of-three"
// before a name are left out of the speaker's name, as "Parent" is, while
// "The analyst" and "An analyst at X" stay as before (review 28a, F3).
func TestReview28SpeakerDescriptors(t *testing.T) {
	const said = " said the figures were better than expected.\n"
	checkReview9(t, []review9Case{
		{"Analyst", "Analyst Jonathan Kerr" + said, "Analyst", "Jonathan Kerr", false, ""},
		{"Analyst, of a firm", "Analyst Jonathan Kerr, of the research firm Autovista Insight," + said, "Analyst", "Jonathan Kerr", false, ""},
		{"Mr Kerr after Analyst", "Analyst Jonathan Kerr" + said + "Mr Kerr said sales would rise.\n", "Mr Kerr", "Jonathan Kerr", false, ""},
		{"Mother-of-two", "Mother-of-two Jane Ellis said she had waited weeks.\n", "Mother", "Jane Ellis", false, ""},
		{"Father-of-three, whose son", "Father-of-three Imran Chaudhry, whose youngest son was admitted to hospital, said he wished he had acted sooner.\n", "Father", "Imran Chaudhry", false, ""},
		{"the analyst, as before", "The analyst" + said, "The analyst", "", false, "The analyst"},
		{"an analyst at a firm, as before", "An analyst at Barclays" + said, "An analyst", "Barclays", false, ""},
	})
}

// TestReview28CalledForTrainer checks that "Okafor called for the
// trainer" after a quotation is no attribution, while "He called for VAT
// … to be halved" and "…,” Okafor called" still are (review 28b, F3).
func TestReview28CalledForTrainer(t *testing.T) {
	const head = "Mara Valdes beat Adaeze Okafor.\n\u201cI was thinking about the fourth set.\u201d\n"
	checkReview9(t, []review9Case{
		{"the trainer", head + "Okafor called for the trainer after the third set.\n", "Okafor called", "", false, ""},
		{"a medical timeout", head + "Okafor called for a medical timeout after the third set.\n", "Okafor called", "", false, ""},
		{"a demand, as before", head + "Okafor called for an inquiry into the umpiring.\n", "Okafor called", "Adaeze Okafor", false, ""},
		{"called for VAT, as before", "Tom Bradshaw said sales were strong.\n\u201cIt is a good month.\u201d\nHe called for VAT on new electric cars to be halved.\n", "He called", "Tom Bradshaw", false, ""},
		{"the same sentence, as before", "Mara Valdes beat Adaeze Okafor. \u201cGet the trainer,\u201d Okafor called to her box.\n", "\u201cGet", "Adaeze Okafor", true, ""},
	})
}

// TestReview28TheBench checks that "The bench said" is a speaker, as
// "Magistrates heard" is, while "the bench" that says nothing is not
// (review 28b, F4).
func TestReview28TheBench(t *testing.T) {
	checkReview9(t, []review9Case{
		{"The bench said", "Magistrates heard she had attended 61% of sessions. The bench said its powers were insufficient.\n", "The bench", "", false, "The bench"},
		{"a park bench, as before", "A park bench was installed in 2019.\n", "A park", "", false, ""},
	})
}

// TestReview28AnalystsForecast checks that "Analysts at X forecast" names
// X, as "Analysts at X expect" does, while "The forecast" and a forecast
// with no named body stay as before (review 28b, F6).
func TestReview28AnalystsForecast(t *testing.T) {
	const sales = " peak annual sales of $2.8bn by 2032.\n"
	checkReview9(t, []review9Case{
		{"forecast", "Analysts at Corbel Securities forecast" + sales, "Analysts", "Corbel Securities", false, ""},
		{"expect, as before", "Analysts at Corbel Securities expect" + sales, "Analysts", "Corbel Securities", false, ""},
		{"no body, as before", "Analysts forecast" + sales, "Analysts", "", false, ""},
		{"a noun, as before", "The forecast shows" + sales, "The forecast", "", false, ""},
		{"a place, as before", "Britain forecast" + sales, "Britain", "", false, ""},
	})
}

// TestReview28FiguresFrom checks that "figures from X show", X a body no
// list knows, names X, an organisation, not a place; "officials in
// Andalusia said" keeps its place (review 28a, F6).
func TestReview28FiguresFrom(t *testing.T) {
	checkReview9(t, []review9Case{
		{"figures from", "Sales rose 7.4%, figures from Autovista show.\n", "Sales", "Autovista", false, ""},
		{"the review's sentence", "There were 84,600 public charging devices, a rise of 24% in a year, figures from Zapmap show.\n", "There", "Zapmap", false, ""},
	})
	checkEntities(t, "Sales rose 7.4%, figures from Autovista show.\n", Place, "")
	checkEntities(t, "Sales rose 7.4%, figures from Autovista show.\n", Org, "Autovista")
	checkEntities(t, "Health officials in Andalusia said the outbreak was over.\n", Place, "Andalusia")
}

// TestReview28WhoseRecords checks that "children whose records show a
// missed dose" is a description, not a second speaker, while "Court
// records show" stays a source (review 28a, F7).
func TestReview28WhoseRecords(t *testing.T) {
	const council = "The council said it would send text reminders to the parents of 6,200 children whose records show a missed dose.\n"
	checkReview9(t, []review9Case{
		{"whose records show", council, "The council", "", false, "The council"},
		{"Court records show, as before", "Court records show he was fined twice.\n", "Court", "", false, "Court records"},
	})
	checkEntities(t, council, Speaker, "The council")
}
