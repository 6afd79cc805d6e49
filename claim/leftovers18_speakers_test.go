package claim

import (
	"slices"
	"testing"
)

// TestLeftovers18AgencyAcronym checks that "COUNTRY's DESCRIPTION
// ACRONYM said", with or without commas round the acronym and with
// "meanwhile" between, names the acronym, an organisation, while a body
// named by its description alone keeps it (review 18, M4).
func TestLeftovers18AgencyAcronym(t *testing.T) {
	const launch = " said it would launch in 2027.\n"
	checkReview9(t, []review9Case{
		{"ACRONYM, meanwhile,", "India's space agency ISRO, meanwhile," + launch, "India's", "ISRO", false, "ISRO"},
		{", ACRONYM,", "India's space agency, ISRO," + launch, "India's", "ISRO", false, "ISRO"},
		{"ACRONYM", "Japan's space agency JAXA" + launch, "Japan's", "JAXA", false, "JAXA"},
		{"a known body after commas", "America's space agency, NASA," + launch, "America's", "NASA", false, "NASA"},
		{"the union, ACRONYM,", "The seamen’s union, PNO, said 40% of ferries were tied up.\n", "The seamen", "PNO", false, "PNO"},
		{"the description alone, as before", "Brazil's central bank said inflation rose 4%.\n", "Brazil's", "Brazil's central bank", false, ""},
		{"the acronym alone, as before", "ISRO" + launch, "ISRO", "ISRO", false, ""},
		{"the agency INDEC, as before", "The national statistics agency INDEC said inflation rose 4%.\n", "The national", "INDEC", false, ""},
		{"NASA, meanwhile, as before", "NASA, meanwhile," + launch, "NASA", "NASA", false, ""},
		{"a post before a name, as before", "ISRO chairman S. Raghunathan" + launch, "ISRO", "S. Raghunathan", false, ""},
		{"a person's post and letters", "The company's chief executive, ABC, said sales rose 4%.\n", "The company", "", false, "The company's chief executive"},
	})
	checkEntities(t, "India's space agency ISRO, meanwhile,"+launch, Org, "ISRO")
	checkEntities(t, "India's space agency, ISRO,"+launch, Org, "ISRO")
	checkEntities(t, "The seamen’s union, PNO, said 40% of ferries were tied up.\n", Org, "PNO")
}

// TestLeftovers18AcronymAfterSource checks that "according to a body,
// ACRONYM" keeps the body as the name and makes the acronym an
// organisation (review 18, L5, second half).
func TestLeftovers18AcronymAfterSource(t *testing.T) {
	const ine = "Rents rose 65%, according to Portugal’s statistics institute, INE.\n"
	checkReview9(t, []review9Case{
		{"body, ACRONYM", ine, "Rents", "Portugal’s statistics institute", false, ""},
		{"body, ACRONYM, more", "Rents rose 65%, according to Portugal’s statistics institute, INE, in a report.\n", "Rents", "Portugal’s statistics institute", false, ""},
		{"a body alone, as before", "Rents rose 65%, according to Spain's central bank.\n", "Rents", "Spain's central bank", false, ""},
	})
	checkEntities(t, ine, Org, "INE")
	checkEntities(t, "Rents rose 65%, according to Spain's central bank, in a report.\n", Org, "")
}

// TestLeftovers18TheyOfTheGroup checks that "they" in a clause after a
// plural group that opens the sentence stands for that group, "which
// they said" after "ministers", and that "they" stays unnamed when no
// such group opens the sentence (review 18, L6).
func TestLeftovers18TheyOfTheGroup(t *testing.T) {
	const fell = " pointed to a sharp fall in the asylum backlog, which they said had dropped to about 61,400 cases.\n"
	checkReview9(t, []review9Case{
		{"But ministers", "But ministers" + fell, "But ministers", "ministers", false, "they"},
		{"Officials", "Officials" + fell, "Officials", "Officials", false, "they"},
		{"The doctors", "The doctors" + fell, "The doctors", "doctors", false, "they"},
		{"Ministers said, as before", "Ministers said the backlog had dropped to 61,400 cases.\n", "Ministers", "", false, "Ministers"},
		{"a body, no group", "The government" + fell, "The government", "", false, "they"},
		{"they opens the sentence", "They said the backlog had dropped to 61,400 cases.\n", "They", "", false, "They"},
		{"a group in the sentence before", "Ministers pointed to the backlog. They said it had dropped to 61,400 cases.\n", "They", "", false, "They"},
	})
	if _, _, js := judgeText("But ministers" + fell); !slices.Contains(js[0].Reasons, "attributed to ministers") {
		t.Errorf("reasons %q, want \"attributed to ministers\"", js[0].Reasons)
	}
}

// TestLeftovers18ThinkTankAndStreets checks that a name after "think
// tank" is an organisation, as after "charity", and that a street or a
// square named by its foreign head word is a place, not a person (review
// 18, L3).
func TestLeftovers18ThinkTankAndStreets(t *testing.T) {
	const work = " said 40% of migrants work.\n"
	checkReview9(t, []review9Case{
		{"the think tank", "The think tank Civitas Nova" + work, "The think", "Civitas Nova", false, ""},
		{"the charity, as before", "The charity Safe Passage" + work, "The charity", "Safe Passage", false, ""},
	})
	for _, tt := range []struct {
		text string
		kind Kind
		want string
	}{
		{"The think tank Civitas Nova" + work, Org, "Civitas Nova"},
		{"He advises the think-tank Civitas Nova.\n", Org, "Civitas Nova"},
		{"The bar is on Rua das Flores.\n", Place, "Rua das Flores"},
		{"The bar is on Rue de Rivoli.\n", Place, "Rue de Rivoli"},
		{"The bar is on Calle Mayor.\n", Place, "Calle Mayor"},
		{"The bar is on Via Roma.\n", Place, "Via Roma"},
		{"The bar is in Plaza Mayor.\n", Place, "Plaza Mayor"},
		{"Via Rail said 40% of trains ran late.\n", Org, "Via Rail"},
		{"Rio Ferdinand said 40% of players agreed.\n", Person, "Rio Ferdinand"},
	} {
		checkEntities(t, tt.text, tt.kind, tt.want)
	}
}

// TestLeftovers18ToldObject checks that the object of "told" is never the
// speaker, whoever the subject is: a name, a description, a pronoun, or
// a quotation's speaker after it (review 17's leftover).
func TestLeftovers18ToldObject(t *testing.T) {
	const ran = " that 40% of services ran.\n"
	checkReview9(t, []review9Case{
		{"a name told the paper", "John Smith told the Ledger" + ran, "John Smith", "John Smith", false, "John Smith"},
		{"a title told a known paper", "Mr Smith told The Times" + ran, "Mr Smith", "Smith", false, "Mr Smith"},
		{"a description told a paper", "The minister told the Daily Ledger" + ran, "The minister", "", false, "The minister"},
		{"a pronoun told a paper", "He told The Guardian" + ran, "He told", "", false, "He"},
		{"a name told a name", "Smith told Jones" + ran, "Smith", "Smith", false, "Smith"},
		{"a group told an agency", "The source told Meridian Wire" + ran, "The source", "", false, "The source"},
		{"a quotation, then told", "\"Sales rose 4%,\" Smith told the Ledger.\n", "\"Sales", "Smith", true, "Smith"},
	})
}
