package claim

import (
	"testing"

	"github.com/claimlight/claimlight/amount"
)

// The tests in this file check the figures of review 14's numbers, dates
// and units, as review13Figures renders them.

// TestReview14Versions checks that a software version, digits with two
// dots or more or glued to "v4.", names a release and is no quantity,
// while a figure beside it still is (review 14, H1).
func TestReview14Versions(t *testing.T) {
	checkReview13(t, []review13Case{
		{"iOS 18.3.2", "Apple fixed the flaw in iOS 18.3.2, the company said.", nil},
		{"iOS 18.3.3", "Upgrade to iOS 18.3.3 now, the agency said.", nil},
		{"v4.2.1", "The patch shipped in v4.2.1 on Jan. 14 and fixed 12 bugs.", []string{"date: on Jan. 14", "quantity: 12 bugs = 12"}},
		{"a build of four parts", "Chrome 124.0.6367.60 patched 12 flaws.", []string{"quantity: 12 flaws = 12"}},
		{"version 4.2.1, as before", "Users should install version 4.2.1 of the app.", nil},
		{"a decimal, as before", "It grew 18.3 percent.", []string{"percent: 18.3 percent = 18.3"}},
	})
}

// TestReview14Statutes checks that the number of a section, a title or a
// regulation in a citation, "s.3(1)", "§ 1983", "42 U.S.C.", is neither a
// quantity nor a year, while the figures of the claim around it stay
// (review 14, H2).
func TestReview14Statutes(t *testing.T) {
	checkReview13(t, []review13Case{
		{"s.3(1)", "The duty in s.3(1) of the Human Rights Act 1998 applies to all courts.", nil},
		{"s.213", "The landlord breached s.213 of the Housing Act 2004.", nil},
		{"U.S.C. and §", "The claim was brought under 42 U.S.C. § 1983.", nil},
		{"section of a title", "The claim was brought under section 1983 of title 42.", nil},
		{"ss. and § alone", "It breached ss.3-4 and § 12 of the code.", nil},
		{"figures beside a section", "Under section 21 of the Housing Act 1988, 40 tenants were evicted in 2024.",
			[]string{"quantity: 40 tenants = 40", "date: in 2024"}},
		{"a year after a section, as before", "The rule in section 5 took effect in 1983.", []string{"date: in 1983"}},
	})
}

// TestReview14BasketballScores checks that a final score of three digits
// after a team's name is a score span, whatever follows it, as a score of
// two digits is, while an aircraft's model stays a name (review 14, H4).
func TestReview14BasketballScores(t *testing.T) {
	checkReview13(t, []review13Case{
		{"on Sunday", "The Mariners beat the Stormhawks 112-104 on Sunday.", []string{"quantity: 112-104", "date: on Sunday"}},
		{"in overtime", "The Mariners beat the Stormhawks 112-104 in overtime.", []string{"quantity: 112-104"}},
		{"held off", "The Mariners held off Denton 112-104.", []string{"quantity: 112-104"}},
		{"two names", "Harbor City beat Denton 112-104.", []string{"quantity: 112-104"}},
		{"two digits, as before", "The Mariners beat the Stormhawks 27-24 on Sunday.", []string{"quantity: 27-24", "date: on Sunday"}},
		{"a plain range, as before", "Between 100-120 people were hurt.", []string{"quantity: 100-120 = 100..120"}},
		{"Boeing 737-8", "A Boeing 737-8 overran the runway.", nil},
		{"Boeing 747-400", "A Boeing 747-400 landed safely.", nil},
	})
}

// TestReview14CryptoCurrencies checks that the tickers of crypto
// currencies after a number, "85 BTC", "300 ether", are money, with the
// currency's label, as "85 bitcoin" is (review 14, H6).
func TestReview14CryptoCurrencies(t *testing.T) {
	checkReview13(t, []review13Case{
		{"BTC", "The gang demanded 85 BTC, about $7.2m.", []string{"money: 85 BTC = 85", "money: about $7.2m = 7.2e+06"}},
		{"a ransom of", "The gang demanded a ransom of 12.5 BTC.", []string{"money: 12.5 BTC = 12.5"}},
		{"ether", "The gang demanded 300 ether.", []string{"money: 300 ether = 300"}},
		{"ETH", "Thieves took 1,200 ETH and 4m USDT.", []string{"money: 1,200 ETH = 1200", "money: 4m USDT = 4e+06"}},
		{"bitcoin, as before", "The gang demanded 85 bitcoin.", []string{"money: 85 bitcoin = 85"}},
	})
	for in, want := range map[string]string{"85 BTC": "₿", "2 XBT": "₿", "300 ether": "ETH", "1,200 ETH": "ETH", "4m USDT": "USDT", "5 USDC": "USDC", "85 bitcoin": "₿"} {
		if got := amount.Currency([]byte(in)); got != want {
			t.Errorf("amount.Currency(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestReview14ShootingSplits checks that a shooting split written as one
// hyphenated word, "11-of-19", is read as "11 of 19", a share, never as a
// range from 11 to 19 (review 14, M1).
func TestReview14ShootingSplits(t *testing.T) {
	checkReview13(t, []review13Case{
		{"11-of-19", "Okafor went 11-of-19 from the field.", []string{"quantity: 11-of-19 = 0.5789"}},
		{"3-of-12", "Whitlock was 3-of-12 from beyond the arc.", []string{"quantity: 3-of-12 = 0.25"}},
		{"with spaces, as before", "Whitlock was 3 of 12 from beyond the arc.", []string{"quantity: 3 of 12 = 0.25"}},
		{"one-in-three, as before", "There is a one-in-three chance.", []string{"quantity: one-in-three = 0.3333"}},
	})
}

// TestReview14LabelsAndGameClocks checks that a row's or a seat's number
// is a label, and that a game's clock, "with 1:12 left", is neither a time
// of day nor a figure, while times of day stay dates (review 14, M7).
func TestReview14LabelsAndGameClocks(t *testing.T) {
	checkReview13(t, []review13Case{
		{"row 14", "She was sitting in row 14 of the plane.", nil},
		{"seat and gate", "He sat in seat 3C and gate 22 was closed.", nil},
		{"left", "Denton cut the deficit to 104-101 with 1:12 left.", []string{"quantity: 104-101"}},
		{"to play", "The Pilots failed to convert on 4th-and-2 with 2:05 to play.", nil},
		{"times of day, one period since review 23", "The meeting ran from 9:30 to 11:00.", []string{"date: from 9:30 to 11:00"}},
		{"rows counted, as before", "Four rows of 14 seats were empty.", []string{"quantity: Four rows = 4", "quantity: 14 seats = 14"}},
	})
}

// TestReview14Mach checks that a speed in Mach numbers is a quantity with
// its scale, value the Mach number (review 14, H7).
func TestReview14Mach(t *testing.T) {
	checkReview13(t, []review13Case{
		{"Mach 0.78", "The jet was cruising at Mach 0.78 over Ohio.", []string{"quantity: Mach 0.78 = 0.78"}},
		{"beside feet", "A jet cruising at Mach 0.78 and 37,000 ft lost cabin pressure.", []string{"quantity: Mach 0.78 = 0.78", "quantity: 37,000 ft = 3.7e+04"}},
		{"Mach 2", "The Concorde flew at Mach 2.", []string{"quantity: Mach 2 = 2"}},
	})
}

// TestReview14PossessiveCounts checks that a bare number after a
// possessive and before a verb with its object is a count with no unit,
// and that a number word before a plural with a glued number, "six
// 3-pointers", is one count (review 14, M2).
func TestReview14PossessiveCounts(t *testing.T) {
	checkReview13(t, []review13Case{
		{"38 lift", "Okafor's 38 lift Harbor City past Stormhawks", []string{"quantity: 38 = 38"}},
		{"41 sink", "Okafor's 41 sink Denton", []string{"quantity: 41 = 41"}},
		{"38 points, as before", "Okafor's 38 points led the way.", []string{"quantity: 38 points = 38"}},
		{"six 3-pointers", "Okafor hit six 3-pointers in the win.", []string{"quantity: six 3-pointers = 6"}},
		{"two 10-year-olds", "Two 10-year-olds were hurt.", []string{"quantity: Two 10-year-olds = 2"}},
	})
}

// TestReview14CaseCitations checks that "a majority of" before the
// number that says it is no span of its own, and that the year of a
// case's neutral citation, "[2016] UKSC 28", is no date (review 14, M11).
func TestReview14CaseCitations(t *testing.T) {
	checkReview13(t, []review13Case{
		{"a majority of three to two", "The justices decided by a majority of three to two.", []string{"quantity: three to two"}},
		{"a majority of 60%", "A majority of 60% backed the plan.", []string{"percent: 60% = 60"}},
		{"a majority of voters, as before", "A majority of voters backed it.", []string{"quantity: A majority of"}},
		{"UKSC", "The court applied McDonald v McDonald [2016] UKSC 28.", nil},
		{"EWCA and EWHC", "The case is [2024] EWCA Civ 112 and [2023] EWHC 45 (KB).", nil},
		{"a year in a sentence, as before", "The court ruled in 2016.", []string{"date: in 2016"}},
	})
}
