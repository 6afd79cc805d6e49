package segment

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// flat lists the segments of src as "para role text", with each run of
// white space in the text read as one space.
func flat(src []byte) []string {
	_, sents := split(src)
	out := make([]string, len(sents))
	for i, s := range sents {
		out[i] = fmt.Sprintf("%d %s %s", s.Para, s.Role, strings.Join(strings.Fields(string(s.Text(src))), " "))
	}
	return out
}

// sameSegments fails t with the first difference between want and got.
func sameSegments(t *testing.T, want, got []string) {
	t.Helper()
	for i := 0; i < len(want) || i < len(got); i++ {
		var w, g string
		if i < len(want) {
			w = want[i]
		}
		if i < len(got) {
			g = got[i]
		}
		if w != g {
			t.Fatalf("segment %d differs\nwant %q\n got %q", i, w, g)
		}
	}
}

// TestWrappedMatchesUnwrapped checks that the hard-wrapped wire story in
// testdata gives the same segments, roles and paragraphs as the same story
// pasted a paragraph a line.
func TestWrappedMatchesUnwrapped(t *testing.T) {
	wrapped, err := os.ReadFile("testdata/wrapped.txt")
	if err != nil {
		t.Fatal(err)
	}
	unwrapped, err := os.ReadFile("testdata/unwrapped.txt")
	if err != nil {
		t.Fatal(err)
	}
	sameSegments(t, flat(unwrapped), flat(wrapped))
}

// wrap hard-wraps text as a wire desk or a mail client would: each line
// longer than width is filled greedily into lines of at most width runes,
// and paragraphs are separated by blank lines; list items stay on
// consecutive lines.
func wrap(text string, width int) string {
	var b strings.Builder
	prevItem := false
	for i, line := range strings.Split(strings.TrimRight(text, "\n"), "\n") {
		item := isItem(line)
		if i > 0 {
			b.WriteString("\n")
			if !item || !prevItem && !strings.HasSuffix(strings.TrimSpace(lastLine(b.String())), ":") {
				b.WriteString("\n")
			}
		}
		prevItem = item
		n := 0
		for j, w := range strings.Fields(line) {
			size := len([]rune(w))
			switch {
			case j == 0:
			case n+1+size > width:
				b.WriteString("\n")
				n = 0
			default:
				b.WriteString(" ")
				n++
			}
			b.WriteString(w)
			n += size
		}
	}
	return b.String() + "\n"
}

func isItem(line string) bool {
	for _, m := range []string{"- ", "* ", "• ", "1. ", "2) "} {
		if strings.HasPrefix(line, m) {
			return true
		}
	}
	return false
}

func lastLine(s string) string { return s[strings.LastIndexByte(strings.TrimRight(s, "\n"), '\n')+1:] }

// TestRewrap wraps news texts at common widths and checks that the
// segments stay those of the text pasted a paragraph a line.
func TestRewrap(t *testing.T) {
	for _, name := range []string{"unwrapped.txt", "wire.txt", "abbrev.txt", "quotes.txt", "furniture.txt"} {
		src, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		want := flat(src)
		for _, width := range []int{50, 56, 60, 66, 72, 80, 100} {
			t.Run(fmt.Sprintf("%s/%d", name, width), func(t *testing.T) {
				wrapped := []byte(wrap(string(src), width))
				toks, sents := split(wrapped)
				checkSegments(t, wrapped, toks, sents)
				sameSegments(t, want, flat(wrapped))
			})
		}
	}
}

func TestWrap(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string // "para role|text", line breaks as ⏎
	}{
		{"wire paragraph wrapped at 66",
			"The central bank raised its main interest rate by half a point on\nThursday, its fourth increase this year, and said inflation would\nstay above target until 2027.\n\nMarkets fell.",
			[]string{
				"0 body|The central bank raised its main interest rate by half a point on⏎Thursday, its fourth increase this year, and said inflation would⏎stay above target until 2027.",
				"1 body|Markets fell.",
			}},
		{"a sentence ends inside a line and another at a line end",
			"Turnout was 61 percent, the election commission said on Monday. The\nfigure is the highest since 1998, when 64 percent of voters cast ballots.\nOfficials expect the final count by Wednesday evening at the latest.\n",
			[]string{
				"0 body|Turnout was 61 percent, the election commission said on Monday.",
				"0 body|The⏎figure is the highest since 1998, when 64 percent of voters cast ballots.",
				"0 body|Officials expect the final count by Wednesday evening at the latest.",
			}},
		{"U.S. at a line end runs on before a name it starts",
			"The fund's largest shareholder is a pension plan for teachers in the U.S.\nTreasury officials said on Monday that they had not been consulted\nabout the deal, which was announced late on Friday by the two boards.\n",
			[]string{
				"0 body|The fund's largest shareholder is a pension plan for teachers in the U.S.⏎Treasury officials said on Monday that they had not been consulted⏎about the deal, which was announced late on Friday by the two boards.",
			}},
		{"U.S. at a line end ends a sentence before The",
			"Most of the steel for the new bridge was bought from mills in the U.S.\nThe rest came from Canada and Mexico, the transport ministry said in\na statement on Friday.\n",
			[]string{
				"0 body|Most of the steel for the new bridge was bought from mills in the U.S.",
				"0 body|The rest came from Canada and Mexico, the transport ministry said in⏎a statement on Friday.",
			}},
		{"no blank lines: a short last line ends the paragraph",
			"The company said sales rose 12 percent to $4.1bn in the third quarter,\nhelped by strong demand for its electric vans in Europe and Asia.\nProfit fell.\nIts shares, which have lost a third of their value this year, closed\n3 percent higher in New York on Wednesday after the results.\n",
			[]string{
				"0 body|The company said sales rose 12 percent to $4.1bn in the third quarter,⏎helped by strong demand for its electric vans in Europe and Asia.",
				"0 body|Profit fell.",
				"1 body|Its shares, which have lost a third of their value this year, closed⏎3 percent higher in New York on Wednesday after the results.",
			}},
		{"indented paragraphs",
			"    The mayor said the new tram line would open in March, two years\nlater than planned and 40 percent over budget, after delays.\n    Critics said the city had ignored warnings from its own engineers\nabout the soil under the old market square.\n",
			[]string{
				"0 body|The mayor said the new tram line would open in March, two years⏎later than planned and 40 percent over budget, after delays.",
				"1 body|Critics said the city had ignored warnings from its own engineers⏎about the soil under the old market square.",
			}},
		{"web paste: a paragraph a line, all short, stays apart",
			"Fire crews were called to the warehouse on Dock Road at 3 a.m. on Sunday.\nNo one was hurt, a spokesperson for the fire service said.\nThe cause of the fire is not yet known\nPolice have closed the road until Monday morning, officials said.\n",
			[]string{
				"0 body|Fire crews were called to the warehouse on Dock Road at 3 a.m. on Sunday.",
				"1 body|No one was hurt, a spokesperson for the fire service said.",
				"2 heading|The cause of the fire is not yet known",
				"3 body|Police have closed the road until Monday morning, officials said.",
			}},
		{"a poem keeps its short lines",
			"The river rose in the night\nand took the bridge at Mostar\nwe watched it from the hill\n",
			[]string{"0 heading|The river rose in the night", "1 body|and took the bridge at Mostar", "2 body|we watched it from the hill"}},
		{"an address keeps its lines",
			"Ministry of Water Resources and Environmental Protection\nDepartment of Rivers and Dams, Building 4\n12 Skanderbeg Square, Tirana 1001, Albania\n",
			[]string{
				"0 heading|Ministry of Water Resources and Environmental Protection",
				"1 heading|Department of Rivers and Dams, Building 4",
				"2 heading|12 Skanderbeg Square, Tirana 1001, Albania",
			}},
		{"a wrapped list item goes on; the next item stays apart",
			"The report makes three recommendations to the government and the\nregional water authority:\n- raise the height of the flood walls along the river by two metres by\n  the end of 2028\n- move 400 families out of the flood plain\n",
			[]string{
				"0 body|The report makes three recommendations to the government and the⏎regional water authority:",
				"1 list_item|- raise the height of the flood walls along the river by two metres by⏎  the end of 2028",
				"2 list_item|- move 400 families out of the flood plain",
			}},
		{"a colon before short lines without markers",
			"The committee approved the following measures after a long debate on\nthe budget, which the opposition said was unlawful in several places:\nHigher fuel taxes\nA freeze on public pay\n",
			[]string{
				"0 body|The committee approved the following measures after a long debate on⏎the budget, which the opposition said was unlawful in several places:",
				"1 heading|Higher fuel taxes",
				"2 heading|A freeze on public pay",
			}},
		{"a stop at a line end inside a wrapped quotation ends the sentence",
			"Dr Imogen Tarrant, who chairs the Review\npanel, said: \"The numbers are unambiguous.\nIf we keep investing at current rates, cus-\ntomers in the east of the region will face\nhosepipe bans by the late 2030s.\"\n",
			[]string{
				"0 body|Dr Imogen Tarrant, who chairs the Review⏎panel, said: \"The numbers are unambiguous.",
				"0 body|If we keep investing at current rates, cus-⏎tomers in the east of the region will face⏎hosepipe bans by the late 2030s.\"",
			}},
		{"a colon before a quotation on the next line",
			"Speaking to reporters outside the court on Tuesday, the minister said:\n\"We will comply with the order, but we will also appeal it,\" and left\nwithout taking any further questions from the waiting journalists.\n",
			[]string{
				"0 body|Speaking to reporters outside the court on Tuesday, the minister said:⏎\"We will comply with the order, but we will also appeal it,\" and left⏎without taking any further questions from the waiting journalists.",
			}},
		{"furniture between wrapped lines stays apart",
			"The airline said it would cut 2,000 jobs over the next two years as\nit tries to reduce costs after a third year of losses in a row.\nAdvertisement\nUnions said they would call a strike if the cuts went ahead as planned.\n",
			[]string{
				"0 body|The airline said it would cut 2,000 jobs over the next two years as⏎it tries to reduce costs after a third year of losses in a row.",
				"1 furniture|Advertisement",
				"2 body|Unions said they would call a strike if the cuts went ahead as planned.",
			}},
		{"a transcript turns at each speaker",
			"SMITH: We have said from the start that the contract was never legal,\nand the court has now agreed with us on every single point.\nJONES: That is simply not what the judgment says, and you know it.\n",
			[]string{
				"0 body|SMITH: We have said from the start that the contract was never legal,⏎and the court has now agreed with us on every single point.",
				"1 body|JONES: That is simply not what the judgment says, and you know it.",
			}},
		{"a title in capitals over a wrapped paragraph",
			"Court Orders Lorvania To Halt Construction Of The Sava-Drin River Dam\nThe International Court of Justice on Thursday ordered Lorvania to halt\nwork on a dam on the Sava-Drin river, ruling by 13 votes to 2.\n",
			[]string{
				"0 heading|Court Orders Lorvania To Halt Construction Of The Sava-Drin River Dam",
				"1 body|The International Court of Justice on Thursday ordered Lorvania to halt⏎work on a dam on the Sava-Drin river, ruling by 13 votes to 2.",
			}},
		{"a dateline starts its line after a wrapped paragraph",
			"The Senate voted 52-48 on Tuesday to extend the farm support program\nfor another five years, sending the bill to the president's desk.\nBRUSSELS (Claimlight Wire) - European ministers agreed on a similar plan\nlate on Tuesday after talks that lasted more than fourteen hours.\n",
			[]string{
				"0 body|The Senate voted 52-48 on Tuesday to extend the farm support program⏎for another five years, sending the bill to the president's desk.",
				"1 dateline|BRUSSELS (Claimlight Wire) -",
				"1 body|European ministers agreed on a similar plan⏎late on Tuesday after talks that lasted more than fourteen hours.",
			}},
		{"one wrap before a capital is not evidence enough",
			"His name is Mark E. Smith. a. here it is b. another c. one more\n They went to the store. It was John A. Smith.",
			[]string{
				"0 body|His name is Mark E. Smith.", "0 body|a. here it is", "0 body|b. another", "0 body|c. one more",
				"1 body|They went to the store.", "1 body|It was John A. Smith.",
			}},
		{"one wrap before a lower-case word is",
			"Officials said the bridge over the river would reopen on Monday after\nrepairs to its main supports were finished.\n",
			[]string{"0 body|Officials said the bridge over the river would reopen on Monday after⏎repairs to its main supports were finished."}},
		{"crlf line ends and a word broken at a hyphen",
			"Unemployment fell to 5.2 percent in October, the statistics office\r\nsaid, as employers in construction and manufacturing took on more\r\nstaff ahead of the winter, according to the office's monthly sur-\r\nvey of businesses.\r\n",
			[]string{"0 body|Unemployment fell to 5.2 percent in October, the statistics office⏎said, as employers in construction and manufacturing took on more⏎staff ahead of the winter, according to the office's monthly sur-⏎vey of businesses."}},
		{"a list without markers or stops keeps its lines",
			"Inflation rose faster than expected in all regions\nWages grew more slowly than prices for a third year\nHousing costs were the main driver of the increase\n",
			[]string{
				"0 heading|Inflation rose faster than expected in all regions",
				"1 heading|Wages grew more slowly than prices for a third year",
				"2 heading|Housing costs were the main driver of the increase",
			}},
		{"a table laid out in columns keeps its rows, which are list items under a header of words and years",
			"Company            Revenue 2025    Revenue 2024    Change\nNorthline Rail     $4.1bn          $3.8bn          up 8%\nSava Energy Group  $2.9bn          $3.2bn          down 9%\nAdria Telecom      $1.7bn          $1.6bn          up 6%\n",
			[]string{
				"0 heading|Company            Revenue 2025    Revenue 2024    Change",
				"1 list_item|Northline Rail     $4.1bn          $3.8bn          up 8%",
				"2 list_item|Sava Energy Group  $2.9bn          $3.2bn          down 9%",
				"3 list_item|Adria Telecom      $1.7bn          $1.6bn          up 6%",
			}},
		{"a long URL passes the wrap width",
			"The full ruling, which runs to 212 pages, was published on the\ncourt's website at https://www.example.org/cases/2026/lorvania-v-dam-project/judgment-full-text.pdf\nalong with a summary for the press in English and French.\n\nThe court said the order took effect at once, and that it would review\nprogress in six months, when both sides must report on the dam.\n",
			[]string{
				"0 body|The full ruling, which runs to 212 pages, was published on the⏎court's website at https://www.example.org/cases/2026/lorvania-v-dam-project/judgment-full-text.pdf⏎along with a summary for the press in English and French.",
				"1 body|The court said the order took effect at once, and that it would review⏎progress in six months, when both sides must report on the dam.",
			}},
		{"a credit line at the end does not leave the text open-ended",
			"The strike closed 40 schools across the region on Monday and Tuesday,\nThe union said, and another is planned for the first week of March\nunless the regional government improves its offer of a 3 percent rise.\nReporting by Mara Jensen; editing by Tom Okoye\n",
			[]string{
				"0 body|The strike closed 40 schools across the region on Monday and Tuesday,⏎The union said, and another is planned for the first week of March⏎unless the regional government improves its offer of a 3 percent rise.",
				"1 furniture|Reporting by Mara Jensen; editing by Tom Okoye",
			}},
		{"an e-mail reply: the quoted lines go on among themselves",
			"On Tue, Nov 24, 2026 at 9:14 AM Jane Doe <jane@example.org> wrote:\n> The ministry confirmed that 1,200 jobs would go by the end of next\n> year, most of them at the plant in Durres, which employs 3,400.\n\nThanks Jane. Can you confirm whether the 1,200 figure includes\ncontractors? The union told us it was closer to 2,000 people.\n",
			[]string{
				"0 body|On Tue, Nov 24, 2026 at 9:14 AM Jane Doe <jane@example.org> wrote:",
				"1 body|> The ministry confirmed that 1,200 jobs would go by the end of next⏎> year, most of them at the plant in Durres, which employs 3,400.",
				"2 body|Thanks Jane.",
				"2 body|Can you confirm whether the 1,200 figure includes⏎contractors?",
				"2 body|The union told us it was closer to 2,000 people.",
			}},
		{"text copied from a PDF: no blank lines, words broken at line ends",
			"The results of the survey, carried out among 2,400 households in the sum-\nmer of 2025, show that average spending on energy rose by 18 percent com-\npared with the previous year. In rural areas the increase was higher, at\n24 percent, while in the capital it was 11 percent.\nTable 3 shows the breakdown by region.\n",
			[]string{
				"0 body|The results of the survey, carried out among 2,400 households in the sum-⏎mer of 2025, show that average spending on energy rose by 18 percent com-⏎pared with the previous year.",
				"0 body|In rural areas the increase was higher, at⏎24 percent, while in the capital it was 11 percent.",
				"1 body|Table 3 shows the breakdown by region.",
			}},
		{"after a stop, a short line that is itself filled goes on",
			"“We will not back down. This is our land.\nOur grandparents farmed it, and our\ngrandchildren will too. We have said this to\nevery government since 1991,” said the mayor.\n",
			[]string{ // one paragraph; the stop at the line end ends a sentence even inside the quotation
				"0 body|“We will not back down. This is our land.",
				"0 body|Our grandparents farmed it, and our⏎grandchildren will too. We have said this to⏎every government since 1991,” said the mayor.",
			}},
		{"a web address in lower case starts no wrapped line",
			"Sources:\nCouncil of Harlow Vale, minutes of its meeting, Mar. 4, 2026\nLetter from Ines Carvell, parish clerk, Mar. 9, 2026\nwww.example-journal.org/ozone-2021\n",
			[]string{
				"0 furniture|Sources:", "1 furniture|Council of Harlow Vale, minutes of its meeting, Mar. 4, 2026",
				"2 furniture|Letter from Ines Carvell, parish clerk, Mar. 9, 2026", "3 furniture|www.example-journal.org/ozone-2021",
			}},
		{"lines too wide to be wrapped",
			"Fire crews were called to the warehouse on Dock Road in the early hours of Sunday, and residents of nearby streets were told to keep windows closed because of\nthe smoke.\n",
			[]string{
				"0 body|Fire crews were called to the warehouse on Dock Road in the early hours of Sunday, and residents of nearby streets were told to keep windows closed because of",
				"1 body|the smoke.",
			}},
		{"a line that ends in a preposition goes on before a lower-case word, even in text too narrow to be wrapped",
			"Leakage fell to 612 Ml/d in\nthe year, a reduction of 9.4 per cent.",
			[]string{"0 body|Leakage fell to 612 Ml/d in⏎the year, a reduction of 9.4 per cent."}},
		{"a PDF paragraph: short lines that end in a preposition and lines that end in a footnote marker",
			"Total leakage across the six regional compa-\nnies fell to 612 megalitres per day (Ml/d) in\n2023-24, a reduction of 9.4 per cent on the\n2019-20 baseline of 676 Ml/d.12 This is the\nlowest level since reporting began, but it re-\nmains well short of the 2025 target of 560\nMl/d set by the regulator in its final deter-\nmination.13\n\n" +
				"Average household bills rose by 6.1% in\nApril 2024 to £463 a year. Bills are forecast\nto rise by a further 21% in real terms by\n2029-30 if the companies' business plans are\napproved in full.17\n",
			[]string{
				"0 body|Total leakage across the six regional compa-⏎nies fell to 612 megalitres per day (Ml/d) in⏎2023-24, a reduction of 9.4 per cent on the⏎2019-20 baseline of 676 Ml/d.12",
				"0 body|This is the⏎lowest level since reporting began, but it re-⏎mains well short of the 2025 target of 560⏎Ml/d set by the regulator in its final deter-⏎mination.13",
				"1 body|Average household bills rose by 6.1% in⏎April 2024 to £463 a year.",
				"1 body|Bills are forecast⏎to rise by a further 21% in real terms by⏎2029-30 if the companies' business plans are⏎approved in full.17",
			}},
		{"a line of a poem in lower case after one that ends in a noun stays apart",
			"the fog comes\non little cat feet.",
			[]string{"0 body|the fog comes", "1 body|on little cat feet."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := []byte(tt.in)
			toks, sents := split(src)
			checkSegments(t, src, toks, sents)
			got := make([]string, len(sents))
			for i, s := range sents {
				got[i] = fmt.Sprintf("%d %s|%s", s.Para, s.Role, showBreaks(s.Text(src)))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("Append(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func BenchmarkSplitWrapped(b *testing.B) { benchSplit(b, readBench(b, "testdata/wrapped.txt")) }

// BenchmarkHostileWrapped splits 256 KB of hostile units hard-wrapped at
// 70 columns into one block, which becomes one long line to split; its
// MB/s should stay close to that of BenchmarkHostile.
func BenchmarkHostileWrapped(b *testing.B) {
	for _, unit := range []string{"(a) x. ", "(((( “x. ", "U.S. I. ", "word "} {
		src := []byte(wrap(strings.Repeat(unit, 256<<10/len(unit)), 70))
		b.Run(strings.TrimSpace(unit), func(b *testing.B) { benchSplit(b, src) })
	}
}
