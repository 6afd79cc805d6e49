package claim

import (
	"testing"
)

// TestReview16StateSource checks that "state" before a body or a post is
// a modifier, as "national" is, and not a verb of speech that cuts the
// source off: "the state transportation department said", "state
// treasurer Ellis Fordyce" (review 16, H1).
func TestReview16StateSource(t *testing.T) {
	const homes = " said 40 homes were lost.\n"
	checkReview9(t, []review9Case{
		{"a state department after a comma", "Interstate 10 was closed because of flooding, the state transportation department said.\n",
			"Interstate 10", "", false, "the state transportation department"},
		{"a state department as subject", "The state transportation department said 40 roads were closed.\n",
			"The state", "", false, "The state transportation department"},
		{"a state miner", "The state miner said output rose 8% to 214,000 tonnes.\n",
			"The state", "", false, "The state miner"},
		{"a state treasurer in apposition", "His running mate, state treasurer Ellis Fordyce," + homes,
			"His running", "Ellis Fordyce", false, ""},
		{"a state senator in apposition", "His running mate, state senator Ellis Fordyce," + homes,
			"His running", "Ellis Fordyce", false, ""},
		{"the department without state, as before", "Interstate 10 was closed because of flooding, the transportation department said.\n",
			"Interstate 10", "", false, "the transportation department"},
		{"the state Department of Transportation, as before", "Interstate 10 was closed because of flooding, the state Department of Transportation said.\n",
			"Interstate 10", "Department of Transportation", false, ""},
		{"State treasurer first, as before", "State treasurer Ellis Fordyce" + homes, "State treasurer", "Ellis Fordyce", false, ""},
		{"finance minister in apposition, as before", "His deputy, finance minister Ellis Fordyce," + homes, "His deputy", "Ellis Fordyce", false, ""},
	})
	checkReview14Quotes(t, []review14Quote{
		{"a quotation after a state treasurer", "Vanlandt's running mate, state treasurer Ellis Fordyce, told reporters outside the headquarters that the campaign \"is not going anywhere tonight\".\n",
			"\"is not going anywhere tonight\"", Quote, "Ellis Fordyce"},
		{"a quotation after the name alone, as before", "Vanlandt's running mate, Ellis Fordyce, told reporters that the campaign \"is not going anywhere tonight\".\n",
			"\"is not going anywhere tonight\"", Quote, "Ellis Fordyce"},
	})
}

// TestReview16LocalOfficial checks that a county's or parish's official
// quoted as "said Harris County Judge Maria Ocampo" is the speaker, not
// the county, and that the quotation before the name is hers (review
// 16, H2).
func TestReview16LocalOfficial(t *testing.T) {
	const gone = "\"Whole streets are gone,\" "
	checkReview14Quotes(t, []review14Quote{
		{"a parish president after said", gone + "said Coralline Parish President Augustin Leblanc.\n", "\"Whole streets are gone,\"", Quote, "Augustin Leblanc"},
		{"a county judge", gone + "said Harris County Judge Maria Ocampo.\n", "\"Whole streets are gone,\"", Quote, "Maria Ocampo"},
		{"a county mayor", gone + "said Dade County Mayor Ana Ruiz.\n", "\"Whole streets are gone,\"", Quote, "Ana Ruiz"},
		{"a parish sheriff", gone + "said Coralline Parish Sheriff Tom Guidry.\n", "\"Whole streets are gone,\"", Quote, "Tom Guidry"},
		{"a parish president and no parish name", gone + "said Parish President Augustin Leblanc.\n", "\"Whole streets are gone,\"", Quote, "Augustin Leblanc"},
		{"the name before said", gone + "Coralline Parish President Augustin Leblanc said.\n", "\"Whole streets are gone,\"", Quote, "Augustin Leblanc"},
		{"the post after the name, as before", gone + "said Augustin Leblanc, the Coralline Parish president.\n", "\"Whole streets are gone,\"", Quote, "Augustin Leblanc"},
	})
	checkReview9(t, []review9Case{
		{"the next quotation", "\"This is the worst storm this parish has seen,\" said Coralline Parish President Augustin Leblanc. \"Whole streets are simply gone.\"\n",
			"\"Whole streets", "Augustin Leblanc", true, ""},
		{"the official as subject, as before", "Coralline Parish President Augustin Leblanc said 40 homes were lost.\n",
			"Coralline", "Augustin Leblanc", false, ""},
		{"a county's sheriff's office", "Two men died near Pointe Noyer, the Delacroix Parish sheriff's office said.\n",
			"Two men", "", false, "the Delacroix Parish sheriff's office"},
		{"a place before a senator stays out", "In New Hampshire Senator Kerrey said you ought to level.\n",
			"In New", "Kerrey", false, "Senator Kerrey"},
	})
}

// TestReview16AccordingToDescribed checks that an adjective or a noun
// that describes a body between "according to the" and its name keeps
// the name as the source (review 16, H5).
func TestReview16AccordingToDescribed(t *testing.T) {
	const spent = "Spending topped $94 million, according to "
	const losses = "Insured losses could reach $27 billion, according to "
	checkReview9(t, []review9Case{
		{"nonpartisan", spent + "the nonpartisan Harrowgate Money Watch.\n", "Spending", "Harrowgate Money Watch", false, ""},
		{"a catastrophe modeler", losses + "the catastrophe modeler Calder-Hale.\n", "Insured", "Calder-Hale", false, ""},
		{"a modeler", losses + "the modeler Calder-Hale.\n", "Insured", "Calder-Hale", false, ""},
		{"independent", losses + "the independent Transport Safety Board.\n", "Insured", "Transport Safety Board", false, ""},
		{"a poll after a known name", "Sales rose 4%, according to the latest Gallup poll.\n", "Sales", "Gallup", false, "the latest Gallup poll"},
		{"the name alone, as before", spent + "Harrowgate Money Watch.\n", "Spending", "Harrowgate Money Watch", false, ""},
		{"a watchdog, as before", spent + "the watchdog Harrowgate Money Watch.\n", "Spending", "Harrowgate Money Watch", false, ""},
		{"a research firm, as before", losses + "the research firm Calder Hale.\n", "Insured", "Calder Hale", false, ""},
		{"a month's figures, as before", "Sales rose 4%, according to the January figures.\n", "Sales", "", false, "the January figures"},
	})
}

// TestReview16MarketSources checks that traders, dealers and brokers
// before "said" are unnamed sources, as officials are (review 16, M7).
func TestReview16MarketSources(t *testing.T) {
	const sold = "The central bank sold $250 million to lenders this week, "
	checkReview9(t, []review9Case{
		{"traders", sold + "traders said.\n", "The central", "", false, "traders"},
		{"dealers", sold + "dealers said.\n", "The central", "", false, "dealers"},
		{"brokers", sold + "brokers said.\n", "The central", "", false, "brokers"},
		{"officials, as before", sold + "officials said.\n", "The central", "", false, "officials"},
	})
}

// TestReview16Parishes checks that a parish or a county is a place, not
// a person, that "between A and B" names two places (review 16, M9), and
// that a crude's grade and a newspaper are no persons (L3).
func TestReview16Parishes(t *testing.T) {
	keep := map[Kind]bool{Person: true, Org: true, Place: true}
	tests := []struct {
		name, in string
		want     []string
	}{
		{"two parishes", "Flooding hit Delacroix Parish and Coralline Parish.", []string{"place: Delacroix Parish", "place: Coralline Parish"}},
		{"a county before a judge", "Harris County Judge Maria Ocampo spoke.", []string{"place: Harris County", "person: Judge Maria Ocampo"}},
		{"between a junction and a city", "The road was closed between Belleville Junction and Marais City.", []string{"place: Belleville Junction", "org: Marais City"}},
		{"Baton Rouge", "The road was closed between Baton Rouge and New Orleans.", []string{"place: Baton Rouge", "place: New Orleans"}},
		{"two towns, as before", "The road was closed between Belleville and Marais.", []string{"place: Belleville", "place: Marais"}},
		{"a crude grade is no person (L3)", "Bonny Light crude sold at about $73.50 per barrel.", nil},
		{"a newspaper before a slash (L3)", "The Harrowgate Ledger/Kessler University poll showed a closer race.", []string{"org: Harrowgate Ledger", "org: Kessler University"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkSpanStrings(t, tt.in, keep, tt.want)
		})
	}
}

// TestReview16NameOfNoSex checks that a storm's or a product's name typed
// person, whose sex no list knows, does not stand between "she" and the
// woman who spoke before it; a woman named in between still does (review
// 16, H6).
func TestReview16NameOfNoSex(t *testing.T) {
	checkReview9(t, []review9Case{
		{"a product", "Renata Osei said the Slate Pro's price was aggressive. She said the chip was cheap.\n",
			"She said", "Renata Osei", false, ""},
		{"a storm", "A forecaster, Lena Marchetti, said Odalys had intensified in 36 hours. \"That's rapid,\" she said.\n",
			"\"That's", "Lena Marchetti", true, ""},
		{"no product, as before", "Renata Osei said the laptop's price was aggressive. She said the chip was cheap.\n",
			"She said", "Renata Osei", false, ""},
		{"a man between, as before", "Mary Osei said Tom Brady's price was aggressive. She said the chip was cheap.\n",
			"She said", "Mary Osei", false, ""},
		{"a woman between stays unclear", "Mary Osei said Sarah Brady's price was aggressive. She said the chip was cheap.\n",
			"She said", "", false, ""},
		{"two men named, none spoke: unclear", "Tom Hale and Ed Marsh left. \"It is over,\" he said.\n",
			"\"It is", "", true, ""},
	})
}

// TestReview16SecretaryOfState checks that "the secretary of state's
// office" in lower case is one source, not "the secretary" (review 16,
// M8).
func TestReview16SecretaryOfState(t *testing.T) {
	const led = "Okoye led by 118,406 votes, according to "
	checkReview9(t, []review9Case{
		{"posted by", led + "unofficial results posted by the secretary of state's office.\n",
			"Okoye", "", false, "unofficial results posted by the secretary of state's office"},
		{"the office", led + "the secretary of state's office.\n", "Okoye", "", false, "the secretary of state's office"},
		{"a curly apostrophe", led + "the secretary of state’s office.\n", "Okoye", "", false, "the secretary of state’s office"},
		{"the secretary of state", led + "the secretary of state.\n", "Okoye", "", false, "the secretary of state"},
		{"in capitals, as before", led + "results posted by the Secretary of State.\n",
			"Okoye", "", false, "results posted by the Secretary of State"},
	})
}

// TestReview16Projection checks that a news agency's projection after
// "according to" is a source (review 16, L2).
func TestReview16Projection(t *testing.T) {
	const led = "Okoye led 51% to 47%, according to "
	checkReview9(t, []review9Case{
		{"the ABN projection, named since review 17", led + "the ABN projection.\n", "Okoye", "ABN", false, "the ABN projection"},
		{"an AP projection", led + "an AP projection.\n", "Okoye", "AP", false, "an AP projection"},
		{"NBC News projections, as before", led + "NBC News projections.\n", "Okoye", "NBC News", false, "NBC News projections"},
	})
}
