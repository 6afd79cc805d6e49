package claim

import (
	"slices"
	"testing"

	"github.com/claimlight/claimlight/segment"
	"github.com/claimlight/claimlight/tokenize"
)

// TestReview17Ampersand checks that names joined by "&" are one firm, the
// speaker's name the whole of it, and that "S&L" and "R&D" are no firm
// (review 17, H1).
func TestReview17Ampersand(t *testing.T) {
	checkReview9(t, []review9Case{
		{"a firm as subject", "Harwell & Finch said sales would reach $7.5 billion.\n", "Harwell", "Harwell & Finch", false, ""},
		{"Marks & Spencer", "Marks & Spencer said sales rose 4%.\n", "Marks", "Marks & Spencer", false, ""},
		{"a firm and Co", "A broker at Smith & Co said sales rose 4%.\n", "A broker", "Smith & Co", false, ""},
		{"a firm and Partners after a person", "Graham Tull, a broker at Tull & Partners in Leeds, said 40 clients had left.\n",
			"Graham", "Graham Tull", false, ""},
	})
	checkEntities(t, "Analysts at Harwell & Finch forecast peak annual sales of $7.5 billion by 2032.\n", Org, "Harwell & Finch")
	checkEntities(t, "Graham Tull, a broker at Tull & Partners in Leeds, said 40 clients had left.\n", Org, "Tull & Partners")
	checkEntities(t, "Graham Tull, a broker at Tull & Partners in Leeds, said 40 clients had left.\n", Person, "Graham Tull")
	checkEntities(t, "Analysts at Harwell Finch forecast sales of $7.5 billion by 2032.\n", Org, "Harwell Finch")
	checkEntities(t, "Analysts at Morgan Stanley forecast sales of $7.5 billion by 2032.\n", Org, "Morgan Stanley")
	checkEntities(t, "We don't have the S&L crisis anymore.\n", Org, "")
	checkEntities(t, "We don't have the S&L crisis anymore.\n", Person, "")
}

// TestReview17NameParticles checks that a surname with one or two
// particles, "van den", "de la", "de los", stays whole in the person
// span and the speaker's name (review 17, H2).
func TestReview17NameParticles(t *testing.T) {
	const flat = "\"The market is flat,\" said "
	checkReview14Quotes(t, []review14Quote{
		{"van den after said", flat + "Pieter van den Berg, a Dutch MEP.\n", "\"The market is flat,\"", Quote, "Pieter van den Berg"},
		{"de la after said", flat + "Ana de la Fuente.\n", "\"The market is flat,\"", Quote, "Ana de la Fuente"},
		{"de los after said", flat + "Carlos de los Ríos.\n", "\"The market is flat,\"", Quote, "Carlos de los Ríos"},
		{"van der, as before", flat + "Mark van der Linde.\n", "\"The market is flat,\"", Quote, "Mark van der Linde"},
		{"de, as before", flat + "Jan de Vries.\n", "\"The market is flat,\"", Quote, "Jan de Vries"},
		{"dos, as before", flat + "Maria dos Santos.\n", "\"The market is flat,\"", Quote, "Maria dos Santos"},
		{"von, as before", flat + "Hans von Braun.\n", "\"The market is flat,\"", Quote, "Hans von Braun"},
		{"von der, as before", flat + "Greta von der Heyde.\n", "\"The market is flat,\"", Quote, "Greta von der Heyde"},
	})
	checkReview9(t, []review9Case{
		{"van den as subject", "Pieter van den Berg, a Dutch MEP, said 412 MEPs backed the text.\n", "Pieter", "Pieter van den Berg", false, ""},
		{"de la as subject", "Ana de la Fuente said 412 MEPs backed the text.\n", "Ana", "Ana de la Fuente", false, ""},
		{"de las as subject", "Ana de las Fuentes said 412 MEPs backed the text.\n", "Ana", "Ana de las Fuentes", false, ""},
	})
	checkEntities(t, "Ana de la Fuente said 412 MEPs backed the text.\n", Person, "Ana de la Fuente")
}

// TestReview17RoleWithOfBeforeName checks that "said ROLE of …, NAME"
// names NAME, as "said ROLE, NAME" does (review 17, H3).
func TestReview17RoleWithOfBeforeName(t *testing.T) {
	const shocked = "\"People are shocked,\" said "
	checkReview14Quotes(t, []review14Quote{
		{"its head of", "“People are shocked when they find out,” said its head of digital policy, Ines Szabó-Kertész.\n",
			"“People are shocked when they find out,”", Quote, "Ines Szabó-Kertész"},
		{"its director of", shocked + "its director of research, Mary Jones.\n", "\"People are shocked,\"", Quote, "Mary Jones"},
		{"the chair of the committee", shocked + "the chair of the committee, Mary Jones.\n", "\"People are shocked,\"", Quote, "Mary Jones"},
		{"its director, as before", shocked + "its director, Mary Jones.\n", "\"People are shocked,\"", Quote, "Mary Jones"},
		{"the name first, as before", shocked + "Mary Jones, its head of digital policy.\n", "\"People are shocked,\"", Quote, "Mary Jones"},
	})
	checkReview9(t, []review9Case{
		{"head of research at", "40 firms had closed, said the head of research at the group, Mary Jones.\n", "40 firms", "Mary Jones", false, ""},
		{"the role as subject, as before", "Its head of research, Mary Jones, said 40 firms had closed.\n", "Its head", "Mary Jones", false, ""},
	})
}

// TestReview17Relatives checks that "her son", "his wife" and "her
// daughter" name the relative named with the same noun in apposition
// before, and no one else (review 17, H4).
func TestReview17Relatives(t *testing.T) {
	checkReview9(t, []review9Case{
		{"her son after her son, NAME, said", "Her son, Erik Price, said the cause was heart failure.\nHer son said 48 students had been funded.\n",
			"Her son said", "Erik Price", false, ""},
		{"her son after confirmed by her son, NAME", "Her death was confirmed by her son, Erik Halvorsen-Price.\nHer son said 48 students had been funded.\n",
			"Her son said", "Erik Halvorsen-Price", false, ""},
		{"he after her son", "Her death was confirmed by her son, Erik Halvorsen-Price.\nHer son said 48 students had been funded.\n“Mum would have hated a fuss,” he said.\n",
			"“Mum", "Erik Halvorsen-Price", true, ""},
		{"his wife after survived by", "He is survived by his wife, Anna Price.\nHis wife said 48 students had been funded.\n",
			"His wife", "Anna Price", false, ""},
		{"her daughter after a quotation", "Her daughter, Ingrid Lund, spoke at the service.\n\"She loved the ice,\" her daughter said.\n",
			"\"She loved", "Ingrid Lund", true, ""},
		{"a wife named nowhere is no one", "His wife said 40 people came.\nPolice chief John Smith said 12 people were hurt.\n",
			"His wife", "", false, ""},
		{"a wife after another man is no one", "Tom Hale said prices rose. His wife said 40 people came.\n",
			"His wife", "", false, ""},
		{"the minister, as before", "The minister, Kwame Asante, visited Leeds.\nThe minister said 40 homes were built.\n",
			"The minister said", "Kwame Asante", false, ""},
	})
}

// TestReview17ConfirmedBy checks that "confirmed by NAME" and "NAME, who
// said" name NAME as the source (review 17, M1).
func TestReview17ConfirmedBy(t *testing.T) {
	checkReview9(t, []review9Case{
		{"confirmed by her son, NAME, who said", "Her death, on November 19, was confirmed by her son, Erik Halvorsen-Price, who said the cause was heart failure.\n",
			"Her death", "Erik Halvorsen-Price", false, ""},
		{"confirmed by his daughter, NAME, who said", "His death was confirmed by his daughter, Jane Price, who said the cause was cancer.\n",
			"His death", "Jane Price", false, ""},
		{"confirmed by NAME, who said", "The death was confirmed by Jane Price, who said the cause was cancer.\n", "The death", "Jane Price", false, ""},
		{"confirmed by NAME alone", "Her death was confirmed by her son, Erik Halvorsen-Price.\n", "Her death", "Erik Halvorsen-Price", false, ""},
		{"NAME, who said, in a debate", "I stand with the Secretary of State, Mr. Herter, who said these islands were indefensible.\n", "I stand", "Herter", false, ""},
		{"NAME, his daughter, confirmed, as before", "Jane Price, his daughter, confirmed that he died of cancer.\n", "Jane Price", "Jane Price", false, ""},
		{"her son, NAME, said, as before", "Her son, Erik Price, said the cause was heart failure.\n", "Her son", "Erik Price", false, ""},
	})
}

// TestReview17BareApostrophe checks that a name's possessive written
// with the apostrophe alone, "Corvalis' chief executive", makes a speaker
// as "Corvalis's chief executive" does (review 17, M7).
func TestReview17BareApostrophe(t *testing.T) {
	const rose = " said sales rose 11%.\n"
	checkReview9(t, []review9Case{
		{"Corvalis'", "Corvalis' chief executive" + rose, "Corvalis", "", false, "Corvalis' chief executive"},
		{"Siemens'", "Siemens' chief executive" + rose, "Siemens", "", false, "Siemens' chief executive"},
		{"Siemens’ curly", "Siemens’ chief executive" + rose, "Siemens", "", false, "Siemens’ chief executive"},
		{"Corvalis's, as before", "Corvalis's chief executive" + rose, "Corvalis", "", false, "Corvalis's chief executive"},
		{"with the name after, as before", "Corvalis' chief executive, Marcus Pendlebury," + rose, "Corvalis", "Marcus Pendlebury", false, ""},
	})
}

// TestReview17PolledByThe checks that "polled by the NAME" gives NAME as
// the source, as "polled by NAME" does (review 17, L4).
func TestReview17PolledByThe(t *testing.T) {
	const fall = " had expected a fall of 0.1%.\n"
	checkReview9(t, []review9Case{
		{"by the Ledger", "Economists polled by the Ledger" + fall, "Economists", "Ledger", false, "the Ledger"},
		{"by Reuters, as before", "Economists polled by Reuters" + fall, "Economists", "Reuters", false, "Reuters"},
		{"a projection after the name", "Corwin Ashby won by fewer than 2,000 votes, according to the ABN projection.\n", "Corwin", "ABN", false, "the ABN projection"},
		{"a known body, as before", "One in three adults does not get enough sleep, according to the Centers for Disease Control and Prevention.\n",
			"One in", "Centers for Disease Control and Prevention", false, ""},
	})
}

// TestReview17BodysIndex checks that a body's index or survey after its
// possessive names the body (review 17, L5).
func TestReview17BodysIndex(t *testing.T) {
	checkReview9(t, []review9Case{
		{"a building society's monthly index", "Prices fell 0.4%, according to the Ashcombe Building Society's monthly index.\n",
			"Prices", "Ashcombe Building Society", false, ""},
		{"Nationwide's index, as before", "Prices fell 0.4%, according to Nationwide's house price index.\n", "Prices", "Nationwide", false, ""},
		{"a ministry stays whole, as before", "Russia's foreign ministry said 40 people died.\n", "Russia", "Russia's foreign ministry", false, ""},
	})
}

// TestReview17EstimatedAt checks that "the cost, estimated at £1.1bn"
// makes no speaker of the outlet that was told before it (review 17,
// L7).
func TestReview17EstimatedAt(t *testing.T) {
	const relief = "Ormerod is expected to extend the relief, Treasury sources "
	const cost = ", though the cost, estimated at £1.1bn a year, has divided ministers.\n"
	for _, text := range []string{relief + "told the Ledger" + cost, relief + "said" + cost} {
		checkEntities(t, text, Speaker, "Treasury sources")
	}
	checkReview9(t, []review9Case{
		{"told the Ledger", relief + "told the Ledger" + cost, "Ormerod", "Treasury", false, "Treasury sources"},
		{"estimated at the weekend, as before", "The OBR estimated at the weekend that 40,000 jobs would go.\n", "The OBR", "OBR", false, ""},
	})
}

// TestReview17SurveyAfterCue checks that a survey reported after "said"
// is the speaker of what it found, not its sample (review 17, L3).
func TestReview17SurveyAfterCue(t *testing.T) {
	src := []byte("EuroConsumers said a survey of 9,000 people in nine countries found that 73% did not know.\n")
	toks := tokenize.Append(nil, src)
	var got []string
	for _, sp := range Annotate(src, toks, segment.Append(nil, src, toks)) {
		if sp.Kind == Speaker {
			got = append(got, string(sp.Text(src)))
		}
	}
	if !slices.Equal(got, []string{"EuroConsumers", "a survey"}) {
		t.Errorf("speaker spans %q, want the body and the survey", got)
	}
	checkReview9(t, []review9Case{
		{"the sentence's speaker stays", "EuroConsumers said a survey of 9,000 people in nine countries found that 73% did not know.\n",
			"EuroConsumers", "EuroConsumers", false, "EuroConsumers"},
		{"a survey first, as before", "A survey of 9,000 people found that 73% did not know.\n", "A survey", "", false, "A survey"},
	})
}

// TestReview17LawNames checks that a law's or a register's name is no
// person (review 17, M8).
func TestReview17LawNames(t *testing.T) {
	checkEntities(t, "The rules build on the General Data Protection Regulation (GDPR), which since 2018 has brought fines of more than €4.5 billion.\n", Person, "")
	checkEntities(t, "He said lobbyists had spent €8 million, citing figures from the EU Transparency Register.\n", Person, "")
	checkEntities(t, "The Digital Markets Act took effect in 2023.\n", Person, "")
	checkEntities(t, "Attorney General Jane Doe said 40 firms were fined.\n", Person, "Attorney General Jane Doe")
}
