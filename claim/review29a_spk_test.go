package claim

import "testing"

// The tests in this file check the speaker misses of session 34's review
// 29a (earnings call, housing regulator, Holyrood questions, racing).

// TestReview29aFirstMinister checks that "The First Minister said" names
// the First Minister named before, not the opposition leader who spoke
// last, and that a sentence's first "First" stays in the title (review
// 29a, F1, F9).
func TestReview29aFirstMinister(t *testing.T) {
	const fm = "First Minister Alasdair Kerr said the government had invested £19.5bn in health. "
	const lab = "Labour leader Fraser Dunlop said that claim ignored the delayed discharge figure. "
	checkReview9(t, []review9Case{
		{"the title's span", fm, "First", "Alasdair Kerr", false, "First Minister Alasdair Kerr"},
		{"The First Minister", fm + lab + "The First Minister said the government would open 500 extra care home places by March.\n", "The First", "Alasdair Kerr", false, "The First Minister"},
		{"no First Minister named", lab + "The First Minister said the government would open 500 places.\n", "The First", "", false, "The First Minister"},
		{"The Prime Minister, as before", "Prime Minister Keir Starmer said taxes would rise. " + lab + "The Prime Minister said the plan would work.\n", "The Prime", "Keir Starmer", false, ""},
		{"the leader, as before", fm + lab + "The Labour leader said the figure was wrong.\n", "The Labour", "Fraser Dunlop", false, ""},
		{"Former, as before", "Former President Jimmy Carter said taxes would rise.\n", "Former", "Jimmy Carter", false, "President Jimmy Carter"},
	})
}

// TestReview29aLeaderIsla checks that a name after "leader," whose first
// word also opens a place's name, "Isla Fairbairn", is a person, and so
// the "She" after it (review 29a, F2).
func TestReview29aLeaderIsla(t *testing.T) {
	const in = "The Scottish Liberal Democrats’ leader, Isla Fairbairn, asked about mental health waits. She said one in five young people waited more than 18 weeks.\n"
	checkReview9(t, []review9Case{
		{"She", in, "She", "Isla Fairbairn", false, "She"},
	})
	checkLast28Ents(t, map[string][]string{
		in: {"org: Liberal Democrats", "person: Isla Fairbairn"},
		"The leader, Isla Fairbairn, asked about waits.": {"person: Isla Fairbairn"},
		"The ferry sailed to Isla Mujeres.":              {"place: Isla Mujeres"},
		"Their holiday, Isla Mujeres, was sunny.":        {"place: Isla Mujeres"},
	})
}

// TestReview29aTwoWordTitle checks that a speaker span keeps a title of
// several words that opens the sentence, "Chief financial officer", even
// when "chief" was written in small letters before (review 29a, F9).
func TestReview29aTwoWordTitle(t *testing.T) {
	const before = "“It was our best quarter,” chief executive Matthias Brunner said.\n"
	checkReview9(t, []review9Case{
		{"Chief financial officer", "Chief financial officer Leonie Chaudhry said the core operating margin improved to 38.4%.\n", "Chief", "Leonie Chaudhry", false, "Chief financial officer Leonie Chaudhry"},
		{"after chief executive", before + "Chief financial officer Leonie Chaudhry said the margin improved to 38.4%.\n", "Chief", "Leonie Chaudhry", false, "Chief financial officer Leonie Chaudhry"},
		{"Chief executive after chief executive", before + "Chief executive Jane Doe said the margin improved.\n", "Chief executive", "Jane Doe", false, "Chief executive Jane Doe"},
		{"lower case, as before", "The margin improved, chief financial officer Leonie Chaudhry said.\n", "The", "Leonie Chaudhry", false, "chief financial officer Leonie Chaudhry"},
		{"a verb before, as before", "Sales rose, new officer Leonie Chaudhry said.\n", "Sales", "Leonie Chaudhry", false, "officer Leonie Chaudhry"},
	})
}

// TestReview29aPersonOfFirm checks that a name no list knows after a
// person's full name and "of", "Jenny Walcott of Star Bet", is the firm
// she works for, no person, so that "She said" after it is hers (review
// 29a, F3).
func TestReview29aPersonOfFirm(t *testing.T) {
	const in = "“It was a bad day,” said Jenny Walcott of Star Bet. She said the market had moved.\n"
	checkReview9(t, []review9Case{
		{"She", in, "She", "Jenny Walcott", false, "She"},
	})
	checkLast28Ents(t, map[string][]string{
		in: {"person: Jenny Walcott", "org: Star Bet"},
		"Hanna Lindqvist of Norsk Capital said the index would rise.": {"person: Hanna Lindqvist", "org: Norsk Capital"},
		"Jenny Walcott of Oxford said the index would rise.":          {"person: Jenny Walcott", "place: Oxford"},
		// no org from the words after "of"; and since the ship rule of
		// review 29 ("the Glen Sannox, …") a name after "the" and before
		// a small word is no person either
		"He is the Joe Isuzu of American politics.":         {},
		"Mayor Jo Park of Leeds said the index would rise.": {"person: Mayor Jo Park", "place: Leeds"},
	})
}

// TestReview29aRegulatorOf checks that "The Regulator of Social Housing"
// is a body, which "The regulator said" names, as "The Office of Rail and
// Road" was (review 29a, F6).
func TestReview29aRegulatorOf(t *testing.T) {
	const in = "The Regulator of Social Housing said 1,240 homes had hazards. The regulator said the landlord had serious failings.\n"
	checkReview9(t, []review9Case{
		{"the body", in, "The Regulator", "Regulator of Social Housing", false, "Regulator of Social Housing"},
		{"The regulator", in, "The regulator", "Regulator of Social Housing", false, "The regulator"},
		{"Office of Rail and Road, as before", "The Office of Rail and Road said trains were late. The regulator said it would act.\n", "The regulator", "Office of Rail and Road", false, ""},
	})
	checkLast28Ents(t, map[string][]string{
		in: {"org: Regulator of Social Housing"},
		"The energy regulator Ofgem said bills would fall.": {"org: Ofgem"},
	})
}

// TestReview29aDean checks that "Dean" before a surname alone is a first
// name, so that "Dean Halloran" is named in full, while "Dean" before a
// full name stays a title (review 29a, F5).
func TestReview29aDean(t *testing.T) {
	const in = "Dean Halloran said rents were too high. He said the rise was 4.8%.\n"
	checkReview9(t, []review9Case{
		{"Dean Halloran", in, "Dean", "Dean Halloran", false, "Dean Halloran"},
		{"He", in, "He", "Dean Halloran", false, "He"},
		{"said Dean Halloran of", "“Nobody should pay more rent,” said Dean Halloran of the tenants’ group.\n", "“Nobody", "Dean Halloran", false, ""},
		{"Dean and a full name, as before", "Dean Jane Halloran said rents were too high.\n", "Dean", "Jane Halloran", false, ""},
		{"Mr, as before", "Mr Halloran said rents were too high.\n", "Mr", "Halloran", false, ""},
	})
}

// TestReview29aItConfirmed checks that "It also confirmed that …" after a
// company spoke is the company's, as "It said" is (review 29a, F10).
func TestReview29aItConfirmed(t *testing.T) {
	const said = "Veltrane AG said sales rose. "
	checkReview9(t, []review9Case{
		{"It also confirmed that", said + "It also confirmed that it would buy back up to $5bn of shares.\n", "It also", "Veltrane AG", false, "It"},
		{"It confirmed that", said + "It confirmed that it would buy back up to $5bn of shares.\n", "It confirmed", "Veltrane AG", false, "It"},
		{"no that", said + "It confirmed the sale of its plant for $5bn.\n", "It confirmed", "", false, ""},
		{"It said, as before", said + "It said it would buy back up to $5bn of shares.\n", "It said", "Veltrane AG", false, "It"},
	})
}

// TestReview29aConsensus checks that "according to a consensus compiled
// by the company" gives the figures a source, as "a survey" does (review
// 29a, F11).
func TestReview29aConsensus(t *testing.T) {
	checkReview9(t, []review9Case{
		{"a consensus compiled by", "Core earnings per share came in at $2.41, against the $2.28 analysts had expected, according to a consensus compiled by the company.\n", "Core", "", false, "a consensus compiled by the company"},
		{"a survey, as before", "Core earnings per share came in at $2.41, according to a survey compiled by the company.\n", "Core", "", false, "a survey compiled by the company"},
	})
}
