package claim

import "testing"

// TestReview20PronounGender checks that "she" never stands for a man
// named in between ("Andrew Pell", or "Pell" after him), and that a man
// named only in what the speaker before said does not stand between "He
// said" and that speaker (review 20, F1).
func TestReview20PronounGender(t *testing.T) {
	const pell = "Andrew Pell, 58, of Sleaford Road, was jailed.\n\n"
	checkReview14Quotes(t, []review14Quote{
		{"she after the judge gave Pell", "Andrew Pell was jailed.\n\nThe judge gave Pell 25% credit for his guilty pleas.\n\n" +
			"\u201cThe public is entitled to expect a substantial sentence,\u201d she added.\n",
			"\u201cThe public is entitled to expect a substantial sentence,\u201d", Quote, ""},
		{"she after Judge Whitby told Pell", pell + "Sentencing, Judge Caroline Whitby told Pell it was a betrayal.\n\nThe judge gave Pell 25% credit.\n\n" +
			"\u201cThe public is entitled to expect a substantial sentence,\u201d she added.\n",
			"\u201cThe public is entitled to expect a substantial sentence,\u201d", Quote, "Caroline Whitby"},
		{"he after the judge gave Pell, as before", "Andrew Pell was jailed.\n\nThe judge gave Pell 25% credit.\n\n\u201cI am sorry for what I did to them,\u201d he said.\n",
			"\u201cI am sorry for what I did to them,\u201d", Quote, "Andrew Pell"},
	})
	checkReview9(t, []review9Case{
		{"she after Okafor said Pell", pell + "Prosecuting, Ms Rachel Okafor said Pell had lied.\n\nShe told the court that he created false invoices.\n",
			"She told", "Rachel Okafor", false, ""},
		{"she after Okafor said he, as before", pell + "Prosecuting, Ms Rachel Okafor said he had lied.\n\nShe told the court that he created false invoices.\n",
			"She told", "Rachel Okafor", false, ""},
		{"she after a quotation to Pell", pell + "Sentencing, Judge Caroline Whitby told Pell: \u201cYou were in a position of complete trust.\u201d\n\n" +
			"She said the offences fell into category 1A.\n", "She said", "Caroline Whitby", false, ""},
		{"he after Fairbairn said Pell", pell + "Mr Fairbairn said Pell had lost his home and his marriage.\n\nHe said about \u00a337,000 had been repaid.\n",
			"He said", "Fairbairn", false, ""},
		{"he after a sentence that names Pell, as before", pell + "Mr Fairbairn said his client was sorry.\n\nPell had lost his home.\n\nHe said about \u00a337,000 had been repaid.\n",
			"He said", "Andrew Pell", false, ""},
		{"she after Rao said Jones, as before", "Dr Sunita Rao said Sarah Jones had lied.\n\nShe said about \u00a337,000 had been repaid.\n",
			"She said", "", false, ""},
		{"she after Rao said Jones, named before", "Sarah Jones was jailed.\n\nDr Sunita Rao said Jones had lied.\n\nShe said about \u00a337,000 had been repaid.\n",
			"She said", "Sunita Rao", false, ""},
		{"she after Rao, then Jones named, as before", "Dr Sunita Rao said the trust had lost money.\n\nThe trust had hired Sarah Jones.\n\nShe said about \u00a337,000 had been repaid.\n",
			"She said", "", false, ""},
	})
}

// TestReview20AfterClause checks that a body that announced something in a
// clause after "after" or "when" is no source of the sentence's figure,
// while what it said there, and its words in a main clause, stay its own
// (review 20, F2).
func TestReview20AfterClause(t *testing.T) {
	checkReview9(t, []review9Case{
		{"after the US announced new tariffs", "Bitcoin fell as low as $84,300 on 7 April, after the US announced new tariffs.\n",
			"Bitcoin", "", false, ""},
		{"when the Fed announced a cut", "Shares rose 3% when the Federal Reserve announced a rate cut.\n", "Shares", "", false, ""},
		{"After, opening the sentence", "After the US announced new tariffs, Bitcoin fell 8% to $84,300.\n", "After", "", false, ""},
		{"after the company said that, as before", "Shares fell 8% after the company said that profits would fall.\n",
			"Shares", "", false, "the company"},
		{"when Kissinger announced a clause, as before", "Prices rose in 1972, when Mr. Kissinger announced peace is at hand.\n",
			"Prices", "Kissinger", false, ""},
		{"after Quellmark warned that, as before", "The results come after Quellmark reported a drop and warned that sales would fall 5%.\n",
			"The results", "Quellmark", false, ""},
		{"the US announced in a main clause, as before", "The US announced new tariffs of 25% on 7 April.\n", "The US", "US", false, ""},
	})
}

// TestReview20UtilityNamedForPlace checks that "Electricity North West",
// a power company named for the region it serves, is one organisation
// and the speaker, not the place "North West" (review 20, F3).
func TestReview20UtilityNamedForPlace(t *testing.T) {
	const enw = "Electricity North West said 240 engineers would be on standby.\n"
	checkReview9(t, []review9Case{
		{"Electricity North West said", enw, "Electricity", "Electricity North West", false, "Electricity North West"},
		{"Statistics Sweden, as before", "Statistics Sweden said prices rose 2%.\n", "Statistics", "Statistics Sweden", false, ""},
	})
	checkEntities(t, enw, Org, "Electricity North West")
	checkEntities(t, enw, Place, "")
	checkEntities(t, "Electricity in the North West costs more.\n", Place, "North West")
	checkEntities(t, "Gales hit the North West on Saturday.\n", Place, "North West")
}

// TestReview20StatementFrom checks that a woman introduced as the author of
// a statement ("A second statement, from parent volunteer Gemma Lowe,")
// is the "she" who wrote the quotation after it, not the woman who spoke
// before her (review 20, F4).
func TestReview20StatementFrom(t *testing.T) {
	const rao = "Dr Sunita Rao said: \u201cIt was coins in collection tins.\u201d\n\n"
	const found = "\u201cI found out my son\u2019s money had been spent in a betting shop,\u201d"
	checkReview14Quotes(t, []review14Quote{
		{"a statement, from", rao + "A second statement, from parent volunteer Gemma Lowe, described raising \u00a33,400.\n\n" + found + " she wrote.\n",
			found, Quote, "Gemma Lowe"},
		{"a statement by", rao + "A statement by Gemma Lowe described raising \u00a33,400.\n\n" + found + " she wrote.\n",
			found, Quote, "Gemma Lowe"},
		{"a letter from", rao + "In a letter from Gemma Lowe, the family thanked the nurses.\n\n" + found + " she wrote.\n",
			found, Quote, "Gemma Lowe"},
		{"the quotation's next sentence", rao + "A second statement, from parent volunteer Gemma Lowe, described raising \u00a33,400.\n\n" + found +
			" she wrote. \u201cI cannot put into words how that feels.\u201d\n", "\u201cI cannot put into words how that feels.\u201d", Quote, "Gemma Lowe"},
		{"a gift from, as before", rao + "The fund had a gift from Gemma Lowe of \u00a33,400.\n\n" + found + " she wrote.\n",
			found, Quote, "Sunita Rao"},
	})
}

// TestReview20PoliceRanks checks that the police ranks "Det Con", "PC" and
// "DS" are no part of the speaker's name, as "Det Sgt" is not (review 20,
// F9).
func TestReview20PoliceRanks(t *testing.T) {
	checkReview9(t, []review9Case{
		{"Det Con", "Det Con Mark Ellery said after the hearing: \u201cPell hid his crimes for more than five years.\u201d\n", "Det", "Mark Ellery", true, ""},
		{"PC", "PC Andrew Harper said the car had been stolen.\n", "PC", "Andrew Harper", false, ""},
		{"DS", "DS Jane Hill said 40 people had been arrested.\n", "DS", "Jane Hill", false, ""},
		{"Con Edison, as before", "Con Edison said 40,000 homes had no power.\n", "Con", "Con Edison", false, ""},
		{"Det Sgt, as before", "Det Sgt Mark Ellery said after the hearing: \u201cPell hid his crimes for more than five years.\u201d\n", "Det", "Mark Ellery", true, ""},
	})
}

// TestReview20QuoteOverSentences checks that a quotation of several
// sentences in one paragraph is a quotation span in each sentence, linked
// to its speaker, as a quotation over several paragraphs is one in each
// (review 20, F7).
func TestReview20QuoteOverSentences(t *testing.T) {
	const ea = "An Environment Agency spokesperson said: \u201cSignificant river flooding is possible on Sunday. People should have a bag packed.\u201d\n"
	const gn = "Gary Neville on Sky Sports: \u201cArsenal have been the better side for 20 minutes now. Chelsea can\u2019t get out.\u201d\n"
	checkReview14Quotes(t, []review14Quote{
		{"the first sentence", ea, "\u201cSignificant river flooding is possible on Sunday.", Quote, "Environment Agency"},
		{"the second sentence", ea, "People should have a bag packed.\u201d", Quote, "Environment Agency"},
		{"a pundit's first sentence", gn, "\u201cArsenal have been the better side for 20 minutes now.", Quote, "Gary Neville"},
		{"a pundit's second sentence", gn, "Chelsea can\u2019t get out.\u201d", Quote, "Gary Neville"},
		{"one sentence, as before", "She said: \u201cWe will build 300 homes in Leeds.\u201d\n", "\u201cWe will build 300 homes in Leeds.\u201d", Quote, ""},
		{"Mr. inside, as before", "Tom Hale said: \u201cI met Mr. Price in Leeds on Monday.\u201d\n", "\u201cI met Mr. Price in Leeds on Monday.\u201d", Quote, "Tom Hale"},
	})
	checkReview9(t, []review9Case{
		{"the first sentence is judged on its words", ea, "An Environment", "Environment Agency", true, ""},
		{"the second sentence too", ea, "People should", "Environment Agency", true, ""},
	})
}

// TestReview20NationalHighways checks that "National Highways", the
// English roads company, is an organisation and the speaker's whole name
// (review 20, F6).
func TestReview20NationalHighways(t *testing.T) {
	const nh = "National Highways said the A66 was likely to close from Saturday afternoon.\n"
	checkReview9(t, []review9Case{
		{"National Highways said", nh, "National", "National Highways", false, "National Highways"},
		{"the National Grid, as before", "National Grid said 240 engineers would be on standby.\n", "National", "National Grid", false, ""},
	})
	checkEntities(t, nh, Org, "National Highways")
	checkEntities(t, "Police closed the highways on Saturday.\n", Org, "")
}

// TestReview20GuiltyPlea checks that a defendant who "admitted 14 counts of
// fraud" pleaded guilty and is no speaker, while an admission of what
// happened stays one (review 20, F10).
func TestReview20GuiltyPlea(t *testing.T) {
	checkReview9(t, []review9Case{
		{"admitted 14 counts", "Andrew Pell admitted 14 counts of fraud by abuse of position.\n", "Andrew", "", false, ""},
		{"admitted two charges", "Andrew Pell admitted two charges of theft.\n", "Andrew", "", false, ""},
		{"admitted one count", "Andrew Pell admitted one count of false accounting.\n", "Andrew", "", false, ""},
		{"admitted costs had risen, as before", "Greaves admitted costs had risen by 14%.\n", "Greaves", "Greaves", false, ""},
		{"confirmed 31 deaths, as before", "The health ministry confirmed 31 deaths.\n", "The health", "", false, "The health ministry"},
	})
}

// TestReview20OnlyCompany checks that "the company said" names the one
// company the text has named before, however often and however short,
// when none was the subject of a sentence (review 20, F8).
func TestReview20OnlyCompany(t *testing.T) {
	const shares = "Shares in Hartwell Group fell 8.3% to 412p on Thursday.\n\n"
	checkReview9(t, []review9Case{
		{"the company said", shares + "Gross margin narrowed, which Hartwell blamed on freight costs.\n\nOnline sales grew 11%, the company said.\n", "Online", "Hartwell Group", false, ""},
		{"The FTSE 250 company reported", "Hartwell Group shares slide\n\n" + shares + "The FTSE 250 company reported revenue of £2.41bn.\n", "The FTSE", "Hartwell Group", false, ""},
		{"The Royal Bank, as before", shares + "The Royal Bank said profits rose 4%.\n", "The Royal", "Royal Bank", false, ""},
		{"named once, as before", shares + "Online sales grew 11%, the company said.\n", "Online", "", false, "the company"},
		{"two companies, as before", shares + "Shares in Dunmore Home fell 2%.\n\nShares in Hartwell Group rose.\n\nOnline sales grew 11%, the company said.\n", "Online", "", false, "the company"},
		{"the subject, short, as before", shares + "Hartwell blamed freight costs.\n\nOnline sales grew 11%, the company said.\n", "Online", "Hartwell", false, ""},
		{"the subject, as before", "Hartwell Group cut 40 jobs.\n\nOnline sales grew 11%, the company said.\n", "Online", "Hartwell Group", false, ""},
	})
}

// TestReview20RivalCompany checks that "Rival", a descriptor opening the
// sentence, is no part of a company's name (review 20, F5), and that the
// name, before "said" and "its", is an organisation.
func TestReview20RivalCompany(t *testing.T) {
	const dh = "Rival Dunmore Home said last month that its like-for-like sales had fallen 1.2% over Christmas.\n"
	checkReview9(t, []review9Case{
		{"Rival Dunmore Home said", dh, "Rival", "Dunmore Home", false, ""},
		{"Dunmore Home said, as before", "Dunmore Home said its sales had fallen 1.2%.\n", "Dunmore", "Dunmore Home", false, ""},
	})
	checkEntities(t, "Rival Dunmore Home said its sales had fallen.\n", Org, "Dunmore Home")
	checkEntities(t, "Tom Rival said its sales had fallen.\n", Person, "Tom Rival")
}

// TestReview20SaysSomething checks that "He says something to the fourth
// official" reports no words and names no source (review 20, F11).
func TestReview20SaysSomething(t *testing.T) {
	const arteta = "Mikel Arteta is furious on the touchline.\n\n"
	checkReview9(t, []review9Case{
		{"says something to", arteta + "He says something to the fourth official and gets a yellow card of his own.\n", "He says", "", false, ""},
		{"said something, as before", arteta + "He said something had gone wrong with the VAR.\n", "He said", "Mikel Arteta", false, ""},
		{"says that, as before", arteta + "He says that the referee was wrong.\n", "He says", "Mikel Arteta", false, ""},
	})
}
