package segment

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimlight/claimlight/tokenize"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// split tokenizes and splits src.
func split(src []byte) ([]tokenize.Token, []Sentence) {
	toks := tokenize.Append(nil, src)
	return toks, Append(nil, src, toks)
}

// render prints one segment a line: paragraph, role, text, with each line
// break inside a segment (a wrapped line) shown as "⏎".
func render(src []byte, sents []Sentence) string {
	var b strings.Builder
	for _, s := range sents {
		fmt.Fprintf(&b, "%d %-9s | %s\n", s.Para, s.Role, showBreaks(s.Text(src)))
	}
	return b.String()
}

// checkSplit reports an error unless text splits into the segments want,
// as render prints them.
func checkSplit(t *testing.T, text, want string) {
	t.Helper()
	src := []byte(text)
	_, sents := split(src)
	if got := render(src, sents); got != want {
		t.Errorf("%q:\n%s\nwant\n%s", text, got, want)
	}
}

// lineBreaks spells the line breaks inside a segment as "⏎".
var lineBreaks = strings.NewReplacer("\r\n", "⏎", "\n", "⏎", "\r", "⏎", "\u2028", "⏎", "\u2029", "⏎")

func showBreaks(text []byte) string { return lineBreaks.Replace(string(text)) }

// TestGolden splits the news-like texts in testdata/*.txt and compares the
// segments with testdata/*.golden. Run with -update to rewrite them.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden inputs: %v", err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			toks, sents := split(src)
			checkSegments(t, src, toks, sents)
			got := render(src, sents)
			golden := strings.TrimSuffix(f, ".txt") + ".golden"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if got != string(want) {
				t.Errorf("segments differ from %s:\n%s", golden, diff(string(want), got))
			}
		})
	}
}

// diff lists the lines of want and got that differ, in order.
func diff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	for i := 0; i < len(w) || i < len(g); i++ {
		var x, y string
		if i < len(w) {
			x = w[i]
		}
		if i < len(g) {
			y = g[i]
		}
		if x != y {
			fmt.Fprintf(&b, "line %d\n  want %q\n   got %q\n", i+1, x, y)
		}
	}
	return b.String()
}

func TestAppend(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string // "role|text"
	}{
		{"empty", "", nil},
		{"only space", " \n\t\n", nil},
		{"two sentences", "It rained. Then it stopped.", []string{"body|It rained.", "body|Then it stopped."}},
		{"U.S. ends a sentence", "He lives in the U.S. The rest moved.", []string{"body|He lives in the U.S.", "body|The rest moved."}},
		{"U.S. inside a sentence", "U.S. officials met U.S. Senate aides.", []string{"body|U.S. officials met U.S. Senate aides."}},
		{"U.S. before an ordinary capital", "He left the U.S. Millions stayed.", []string{"body|He left the U.S.", "body|Millions stayed."}},
		{"The U.S. opens a sentence", "The U.S. Preventive Services Task Force is expected to act.", []string{"body|The U.S. Preventive Services Task Force is expected to act."}},
		{"U.S. before a name of capitals", "Officials at the U.S. Preventive Services Task Force said no.", []string{"body|Officials at the U.S. Preventive Services Task Force said no."}},
		{"U.S. before a capital and a lower-case word", "He left the U.S. Millions stayed home.", []string{"body|He left the U.S.", "body|Millions stayed home."}},
		{"U.S. before a starter after a capital", "Aid to the U.S. It is small.", []string{"body|Aid to the U.S.", "body|It is small."}},
		{"a question quoted, then who asked it", "\"Why trust a single trial?\" Dr Ruth Okafor asked. \"We won!\" Smith said. \"Is it over?\" The crowd said nothing.",
			[]string{"body|\"Why trust a single trial?\" Dr Ruth Okafor asked.", "body|\"We won!\" Smith said.", "body|\"Is it over?\"", "body|The crowd said nothing."}},
		{"titles", "Mr. Smith met Sen. Jones and Dr. Who.", []string{"body|Mr. Smith met Sen. Jones and Dr. Who."}},
		{"hon. in Hansard", "The right hon. Lady is wrong. I thank my hon. Friend. Several hon. Members rose.",
			[]string{"body|The right hon. Lady is wrong.", "body|I thank my hon. Friend.", "body|Several hon. Members rose."}},
		{"initials", "J. K. Rowling wrote it. Fans agreed.", []string{"body|J. K. Rowling wrote it.", "body|Fans agreed."}},
		{"No. before a number", "He lives at No. 10 Downing St. in London.", []string{"body|He lives at No. 10 Downing St. in London."}},
		{"decimals", "Growth was 2.5 percent. It was 3.1 a year ago.", []string{"body|Growth was 2.5 percent.", "body|It was 3.1 a year ago."}},
		{"ellipsis before lower case", "He paused... and went on.", []string{"body|He paused... and went on."}},
		{"ellipsis before capital", "He paused... Then he went on.", []string{"body|He paused...", "body|Then he went on."}},
		{"closing quote after the stop", "“It is final.” The judge left.", []string{"body|“It is final.”", "body|The judge left."}},
		{"quote then attribution", "“We will win,” she said. He agreed.", []string{"body|“We will win,” she said.", "body|He agreed."}},
		{"a quotation after a colon is split as running text", `Outside court, DI Carl Mbeki said: "This was callous. The victims were vulnerable."`,
			[]string{`body|Outside court, DI Carl Mbeki said: "This was callous.`, `body|The victims were vulnerable."`}},
		{"a quotation before its attribution stays whole", "“We won. We will win again,” she said.", []string{"body|“We won. We will win again,” she said."}},
		{"question in a quote", `"Why?" he asked.`, []string{`body|"Why?" he asked.`}},
		{"month before a day", "On Jan. 5 it snowed.", []string{"body|On Jan. 5 it snowed."}},
		{"clock time ends", "They met at 6 p.m. Talks failed.", []string{"body|They met at 6 p.m.", "body|Talks failed."}},
		{"clock time before a name ends a clause with its subject", "Police arrived at 6 a.m. Mr. Okafor was already gone.",
			[]string{"body|Police arrived at 6 a.m.", "body|Mr. Okafor was already gone."}},
		{"fronted clock time runs on into a name", "At 6 a.m. Mr. Okafor opened the polls.", []string{"body|At 6 a.m. Mr. Okafor opened the polls."}},
		{"long clause opening with a preposition is no fronted time", "In a statement released by the ministry late on Tuesday after weeks of talks, officials said the strike ended at 6 a.m. Mr. Okafor welcomed it.",
			[]string{"body|In a statement released by the ministry late on Tuesday after weeks of talks, officials said the strike ended at 6 a.m.", "body|Mr. Okafor welcomed it."}},
		{"fronted clock time after a colon", "The log shows: by 9 p.m. Okafor had left.", []string{"body|The log shows: by 9 p.m. Okafor had left."}},
		{"clock time before a zone", "Polls close at 8 p.m. EST on Tuesday.", []string{"body|Polls close at 8 p.m. EST on Tuesday."}},
		{"era before a name ends a clause with its subject", "The wall was built in 120 A.D. Hadrian ordered it.",
			[]string{"body|The wall was built in 120 A.D.", "body|Hadrian ordered it."}},
		{"fronted era runs on into a name", "In 120 A.D. Hadrian ordered a wall.", []string{"body|In 120 A.D. Hadrian ordered a wall."}},
		{"era before a number", "A.D. 79 was the year of the eruption.", []string{"body|A.D. 79 was the year of the eruption."}},
		{"spaced quote before an attribution closes", "Crews worked through the night. ' Is the bridge safe? ' she asked, and the engineer nodded. 'Yes,' he said.",
			[]string{"body|Crews worked through the night.", "body|' Is the bridge safe? ' she asked, and the engineer nodded.", "body|'Yes,' he said."}},
		{"tokenized quotes pair in order", "'' We won , '' she said . '' Now we rebuild .",
			[]string{"body|'' We won , '' she said .", "body|'' Now we rebuild ."}},
		{"tokenized quote inside a quotation", "The mayor said '' ... the count was fair . It stands '' on Monday .",
			[]string{"body|The mayor said '' ... the count was fair . It stands '' on Monday ."}},
		{"tokenized first quote may close one opened before", "The count was fair . '' Officials disagreed .",
			[]string{"body|The count was fair . ''", "body|Officials disagreed ."}},
		{"line breaks are paragraphs", "One\nTwo.\n\nThree.", []string{"heading|One", "body|Two.", "body|Three."}},
		{"dateline in capitals", "THE HAGUE — The court ruled.", []string{"dateline|THE HAGUE —", "body|The court ruled."}},
		{"dateline with agency", "Washington (Reuters) - Talks resumed.", []string{"dateline|Washington (Reuters) -", "body|Talks resumed."}},
		{"not a dateline", "Prices rose — sharply.", []string{"body|Prices rose — sharply."}},
		{"a conjunction in capitals before a dash is no dateline", "BUT - a 2021 inspection report rated the bridge \"poor\".\nUPDATE - the bridge will stay shut.",
			[]string{"body|BUT - a 2021 inspection report rated the bridge \"poor\".", "body|UPDATE - the bridge will stay shut."}},
		{"bracket then dash is no dateline", "Officials (including two ministers) - resigned.", []string{"body|Officials (including two ministers) - resigned."}},
		{"dateline with date", "LONDON, Nov. 27 (Reuters) - Gold fell.", []string{"dateline|LONDON, Nov. 27 (Reuters) -", "body|Gold fell."}},
		{"dateline with a lower-case agency", "BONN (epd) — Rents rose.", []string{"dateline|BONN (epd) —", "body|Rents rose."}},
		{"a lower-case word in brackets after a mixed-case name is no dateline", "Bonn (east) — Rents rose.", []string{"body|Bonn (east) — Rents rose."}},
		{"list items", "- one\n* two\n• three\n1. four\n2) five", []string{"list_item|- one", "list_item|* two", "list_item|• three", "list_item|1. four", "list_item|2) five"}},
		{"inline list", "a) here b) there c) everywhere", []string{"list_item|a) here", "list_item|b) there", "list_item|c) everywhere"}},
		{"furniture", "Advertisement\nShare this article\nRead more: the story\nBy Jane Doe\nListen to this article · 5 min", []string{"furniture|Advertisement", "furniture|Share this article", "furniture|Read more: the story", "furniture|By Jane Doe", "furniture|Listen to this article · 5 min"}},
		{"byline with date and reading time", "By Tomás Ferreira | November 26, 2026 6:15 PM GMT | 4 min read\nShares fell 14%.", []string{"furniture|By Tomás Ferreira | November 26, 2026 6:15 PM GMT | 4 min read", "body|Shares fell 14%."}},
		{"a sentence that starts with By", "By 2030 the plant will close. By Friday | at noon.", []string{"body|By 2030 the plant will close.", "body|By Friday | at noon."}},
		{"sources and footnotes", "Prices rose 5%.[1]\nSource: ONS\n[1] Office for National Statistics, 2025.", []string{"body|Prices rose 5%.[1]", "furniture|Source: ONS", "furniture|[1] Office for National Statistics, 2025."}},
		{"furniture word in a sentence", "Follow the money, he said.", []string{"body|Follow the money, he said."}},
		{"time stamps", "Ten years ago\n2 hours ago\nPublished 2 hours ago\nUpdated 27 November 2026, 9:14 a.m.\nUpdated figures came out in 2024.",
			[]string{"heading|Ten years ago", "furniture|2 hours ago", "furniture|Published 2 hours ago", "furniture|Updated 27 November 2026, 9:14 a.m.", "body|Updated figures came out in 2024."}},
		{"heading", "Key figures\nThe deficit rose.", []string{"heading|Key figures", "body|The deficit rose."}},
		{"the last row of a list without markers is a heading as the rows above it",
			"Turnout by ward:\nMarlow Vale 24.8%\nSt Bede's 28.1%\nHollins Cross 19.6%",
			[]string{"body|Turnout by ward:", "heading|Marlow Vale 24.8%", "heading|St Bede's 28.1%", "heading|Hollins Cross 19.6%"}},
		{"the text's last line after a blank line is no row", "Key figures\n\nThe deficit rose", []string{"heading|Key figures", "body|The deficit rose"}},
		{"long time stamp", "Published 7:42 a.m. ET Nov. 26, 2026 | Updated 11:05 a.m. ET Nov. 26, 2026\nPublished 12 of the 40 reports in 2025, the agency has kept the rest.",
			[]string{"furniture|Published 7:42 a.m. ET Nov. 26, 2026 | Updated 11:05 a.m. ET Nov. 26, 2026", "body|Published 12 of the 40 reports in 2025, the agency has kept the rest."}},
		{"social chrome", "He voted against.\nReply · Repost · Like · 1.2K views", []string{"body|He voted against.", "furniture|Reply · Repost · Like · 1.2K views"}},
		{"wire notes", "(Adds analyst comment, updates share price)\nShares fell.\n($1 = 11.0560 Swedish crowns)\n(Reporting by Sofia Lindqvist; Editing by Mark Potter)\n(The plant opened in 1990.)",
			[]string{"furniture|(Adds analyst comment, updates share price)", "body|Shares fell.", "furniture|($1 = 11.0560 Swedish crowns)", "furniture|(Reporting by Sofia Lindqvist; Editing by Mark Potter)", "body|(The plant opened in 1990.)"}},
		{"table", "| Utility | Monthly bill (typical) | Change |\n|---|---|---|\n| Calder Valley | $70.00 | +14% |\nRates rose.",
			[]string{"list_item|| Utility | Monthly bill (typical) | Change |", "furniture||---|---|---|", "list_item|| Calder Valley | $70.00 | +14% |", "body|Rates rose."}},
		{"rows of a table are list items, with cells set apart by bars or tabs", "Band | Charge | Rise\nA | £1,391.62 | £66.14\nD | £2,087.43 | £99.21\n\nCuts:\n\tLibraries\t£410,000\n\tStreet cleaning\t£260,000\n\nShare: Facebook | X | Email\n\nRates rose.",
			[]string{"list_item|Band | Charge | Rise", "list_item|A | £1,391.62 | £66.14", "list_item|D | £2,087.43 | £99.21", "body|Cuts:",
				"list_item|Libraries\t£410,000", "list_item|Street cleaning\t£260,000", "heading|Share: Facebook | X | Email", "body|Rates rose."}},
		{"rows of a table set out with spaces are list items; its header with no figure is not",
			"Candidate          Party          Votes    Share\nRuth Fenwick       Labour         1,406    38.2%\nAlan Murch         Lib Dem          133     3.6%\nMajority: 212   Turnout: 24.8% (-9.3)   Electorate: 14,851\n\nHe won.  She lost.\nIt was 1 am.  The end.\n\nRates rose.",
			[]string{"heading|Candidate          Party          Votes    Share", "list_item|Ruth Fenwick       Labour         1,406    38.2%", "list_item|Alan Murch         Lib Dem          133     3.6%",
				"list_item|Majority: 212   Turnout: 24.8% (-9.3)   Electorate: 14,851", "body|He won.", "body|She lost.", "body|It was 1 am.", "body|The end.", "body|Rates rose."}},
		{"footnote", "It is a gas.[1] It burns.", []string{"body|It is a gas.[1]", "body|It burns."}},
		{"an encyclopedia's references and page footer", "It froze in 1941.\n\nReferences\n\n^ \"Norges dypeste innsjøer\". Norwegian Water Resources and Energy Directorate. 2018. Retrieved 3 March 2021.\n^ Halvorsen, K. (2009). Lakes of Scandinavia. Oslo: Fjell Press. p. 112. ISBN 978-82-0000-000-0.\nRetrieved 12 May 2020.\nISBN 978-82-0000-000-0.\n\nCategories: Lakes of Innlandet | Sel | Glacial lakes of Norway\nThis page was last edited on 4 September 2024, at 18:22 (UTC).\nRetrieved from the lake, the boat was sold.",
			[]string{"body|It froze in 1941.", "heading|References", "furniture|^ \"Norges dypeste innsjøer\". Norwegian Water Resources and Energy Directorate. 2018. Retrieved 3 March 2021.",
				"furniture|^ Halvorsen, K. (2009). Lakes of Scandinavia. Oslo: Fjell Press. p. 112. ISBN 978-82-0000-000-0.", "furniture|Retrieved 12 May 2020.", "furniture|ISBN 978-82-0000-000-0.",
				"furniture|Categories: Lakes of Innlandet | Sel | Glacial lakes of Norway", "furniture|This page was last edited on 4 September 2024, at 18:22 (UTC).", "body|Retrieved from the lake, the boat was sold."}},
		{"everything after an encyclopedia's References[edit] is furniture", "It froze in 1941.\n\nReferences[edit]\n\nHalvorsen, K. (2009). Lakes of Scandinavia.\nExternal links[edit]\nOfficial site of the lake.",
			[]string{"body|It froze in 1941.", "furniture|References[edit]", "furniture|Halvorsen, K. (2009). Lakes of Scandinavia.", "furniture|External links[edit]", "furniture|Official site of the lake."}},
		{"a printed page's footnotes before its page number", "Bills rose 6.1% in full.17\n\n12 Regulator, Leakage data tables 2023-24,\ntable 2b.\n13 Final Determination 2019, p. 44.\n\n- 8 -\n\n1 Geography\n2 History\n\nThe lake is deep.",
			[]string{"body|Bills rose 6.1% in full.17", "furniture|12 Regulator, Leakage data tables 2023-24,\ntable 2b.", "furniture|13 Final Determination 2019, p. 44.", "furniture|- 8 -",
				"heading|1 Geography", "heading|2 History", "body|The lake is deep."}},
		{"numbered lines not before a page number are text", "3 Ecology\n4 Tourism\n\nThe lake is deep.\n\n2 Things to know\n3 Things to do\n",
			[]string{"heading|3 Ecology", "heading|4 Tourism", "body|The lake is deep.", "heading|2 Things to know", "heading|3 Things to do"}},
		{"a thread's post counters and a post's counts", "Cracks were found. 1/7\nThose works were budgeted at £4.2m and never started 👀 4/7\n8/7 (sorry!)\nMore to follow. 9/7 (sorry!)\n#Ashford #Kent 7/7\nThe vote is on 4/7\n12.4K views  ·  318 reposts  ·  1,102 likes",
			[]string{"body|Cracks were found.", "furniture|1/7", "body|Those works were budgeted at £4.2m and never started 👀", "furniture|4/7", "furniture|8/7 (sorry!)",
				"body|More to follow.", "furniture|9/7 (sorry!)",
				"body|#Ashford #Kent", "furniture|7/7", "heading|The vote is on 4/7", "furniture|12.4K views  ·  318 reposts  ·  1,102 likes"}},
		{"a lone fraction at a line end is no post counter", "The vote is on 4/7\nIt passed 5/7.",
			[]string{"heading|The vote is on 4/7", "body|It passed 5/7."}},
		{"running headers and an infobox's coordinates", "Regional Water Resilience Review 2024                                    Page 7\n\nAnnual report | Page 3 of 12\nCoordinates\t61°12′N 9°48′E\nThe figures are on page 7",
			[]string{"furniture|Regional Water Resilience Review 2024                                    Page 7", "furniture|Annual report | Page 3 of 12",
				"furniture|Coordinates\t61°12′N 9°48′E", "body|The figures are on page 7"}},
		{"wiki maintenance tags after a stop", "It froze in 1941.[citation needed] It is the most scenic.[who?] Both are disputed.[14][dubious – discuss]",
			[]string{"body|It froze in 1941.[citation needed]", "body|It is the most scenic.[who?]", "body|Both are disputed.[14][dubious – discuss]"}},
		{"a footnote marker glued to a range of years", "It will cost £6bn over the period 2025-2050.16 Without it, we\nexpect a deficit of 310 Ml/d by 2040.",
			[]string{"body|It will cost £6bn over the period 2025-2050.16", "body|Without it, we\nexpect a deficit of 310 Ml/d by 2040."}},
		{"footnote markers glued after a stop", "It rose to 7%.15 Around half was spent. It was \"final\".3 It fell to 676 Ml/d.12 This is the lowest.",
			[]string{"body|It rose to 7%.15", "body|Around half was spent.", "body|It was \"final\".3", "body|It fell to 676 Ml/d.12", "body|This is the lowest."}},
		{"no space after stop", "Hello world.Today is Tuesday.", []string{"body|Hello world.", "body|Today is Tuesday."}},
		{"html tags", "<p>One. Two.</p>", []string{"furniture|<p>", "body|One.", "body|Two.", "furniture|</p>"}},
		{"separator", "Text.\n* * *\nMore.", []string{"body|Text.", "furniture|* * *", "body|More."}},
		{"invalid bytes", "Bad \xff byte. Next\xfe.", []string{"body|Bad \xff byte.", "body|Next\xfe."}},
		{"crlf", "One.\r\nTwo.", []string{"body|One.", "body|Two."}},
		{"titles in capitals before names in capitals", "MS. ALVAREZ: Good morning.\nDR. OKOYE: Thank you, Renata.\nMEETING WITH DR. SAMUEL OKOYE\nHe spoke.",
			[]string{"body|MS. ALVAREZ: Good morning.", "body|DR. OKOYE: Thank you, Renata.", "heading|MEETING WITH DR. SAMUEL OKOYE", "body|He spoke."}},
		{"a title in capitals after lower-case words ends a sentence", "She was diagnosed with MS. NHS figures show more cases.",
			[]string{"body|She was diagnosed with MS.", "body|NHS figures show more cases."}},
		{"clock time before an aside in brackets", "The market closed at 3:30 p.m. (0630 GMT). Shares rose.\nThey met at 6 p.m. (The vote was delayed.) It ended.",
			[]string{"body|The market closed at 3:30 p.m. (0630 GMT).", "body|Shares rose.", "body|They met at 6 p.m.", "body|(The vote was delayed.)", "body|It ended."}},
		{"a reporter's turn is no dateline", "Q (Inaudible) — how many doses were given?", []string{"body|Q (Inaudible) — how many doses were given?"}},
		{"bylines, links and stamps", "Written by Meera Iyengar | New Delhi | Updated: February 1, 2027 18:42 IST\nALSO READ | Budget 2027 live updates: Stocks, tax slabs\nFirst published on: 01-02-2027 at 12:14 IST\nWritten by hand, the letter was sent.",
			[]string{"furniture|Written by Meera Iyengar | New Delhi | Updated: February 1, 2027 18:42 IST", "furniture|ALSO READ | Budget 2027 live updates: Stocks, tax slabs",
				"furniture|First published on: 01-02-2027 at 12:14 IST", "body|Written by hand, the letter was sent."}},
		{"copyright notices", "Copyright 2027 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.\n© 2027 Reuters\nCopyright infringement cases rose 20% in 2024.",
			[]string{"furniture|Copyright 2027 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.",
				"furniture|© 2027 Reuters", "body|Copyright infringement cases rose 20% in 2024."}},
		{"credits to reporters", "Associated Press writer Rahel Tesfaye in Dakar, Senegal, contributed to this report.\nJohn Roe contributed reporting.\nSeveral factors contributed to this report's delay.",
			[]string{"furniture|Associated Press writer Rahel Tesfaye in Dakar, Senegal, contributed to this report.", "furniture|John Roe contributed reporting.", "body|Several factors contributed to this report's delay."}},
		{"photo credits", "AP Photo/Kelechi Nwosu\nRescue workers search the site on Tuesday. (AP Photo/Kelechi Nwosu)\n(Marc-André Côté/The Canadian Press)\nShares fell (Reuters/Ipsos) on Monday.",
			[]string{"furniture|AP Photo/Kelechi Nwosu", "body|Rescue workers search the site on Tuesday.", "furniture|(AP Photo/Kelechi Nwosu)",
				"furniture|(Marc-André Côté/The Canadian Press)", "body|Shares fell (Reuters/Ipsos) on Monday."}},
		{"caption labels and credits after a caption", "Pictured: Gulls over the harbour at dawn.\nAbove: a crew clears the road on Monday.\nTop photo: The bridge in 1990.\nPhoto caption: The old mill on the river at Kelby, seen from the footbridge on a foggy morning in late October. (Credit: Sam Orr/Valley News)\nImage 3 of 14: Smoke over the valley.\nThe ferry leaves port. (Photo by Ana Ruiz/Getty Images)\nThe ferry leaves port. AP Photo/Ana Ruiz\nAbove all, prices rose 5%. Image 3 shows it.\nShares fell. Reuters/Ipsos polled 500 people.",
			[]string{"furniture|Pictured: Gulls over the harbour at dawn.", "furniture|Above: a crew clears the road on Monday.", "furniture|Top photo: The bridge in 1990.",
				"furniture|Photo caption: The old mill on the river at Kelby, seen from the footbridge on a foggy morning in late October. (Credit: Sam Orr/Valley News)", "furniture|Image 3 of 14: Smoke over the valley.",
				"body|The ferry leaves port.", "furniture|(Photo by Ana Ruiz/Getty Images)", "body|The ferry leaves port.", "furniture|AP Photo/Ana Ruiz",
				"body|Above all, prices rose 5%.", "body|Image 3 shows it.", "body|Shares fell.", "body|Reuters/Ipsos polled 500 people."}},
		{"a list of label: figure lines", "Earnings per share: $1.37 adjusted vs. $1.22 expected\nRevenue: $4.82 billion vs. $4.61 billion expected\n\nBudget 2027: 5 things to know\nThe plan was set out.\nPrice: $40\nThe tickets sold out.\nQ: You said 500 homes.\nA: We built 120.\nMore to come.",
			[]string{"list_item|Earnings per share: $1.37 adjusted vs. $1.22 expected", "list_item|Revenue: $4.82 billion vs. $4.61 billion expected",
				"heading|Budget 2027: 5 things to know", "body|The plan was set out.", "heading|Price: $40", "body|The tickets sold out.",
				"body|Q: You said 500 homes.", "body|A: We built 120.", "body|More to come."}},
		{"a pinned post", "Pinned post\nGas was banned, a post claims.\nPinned to the wall was a note.",
			[]string{"furniture|Pinned post", "body|Gas was banned, a post claims.", "body|Pinned to the wall was a note."}},
		{"a degree sign before a stop", "It hit 40.2°C. Then it rained.\nIt was 104°F. Then 40.2 °C. The service said so.",
			[]string{"body|It hit 40.2°C.", "body|Then it rained.", "body|It was 104°F.", "body|Then 40.2 °C.", "body|The service said so."}},
		{"links to other stories", "▶ Man, 47, charged with attempted murder after Eastholme stabbing\n→ Teenager found safe\n▶ Watch: Flash flooding in Figueres (0:48)\n→ Prices rose 5% in 2024.",
			[]string{"furniture|▶ Man, 47, charged with attempted murder after Eastholme stabbing", "furniture|→ Teenager found safe",
				"furniture|▶ Watch: Flash flooding in Figueres (0:48)", "body|→ Prices rose 5% in 2024."}},
		{"a block of most read links", "1. Prices rose\nMost read:\n1. Heatwave warning issued for south-east\n2. Junior doctors vote on new pay offer\nThe end.\n3. Not a link",
			[]string{"list_item|1. Prices rose", "furniture|Most read:", "furniture|1. Heatwave warning issued for south-east", "furniture|2. Junior doctors vote on new pay offer", "body|The end.", "list_item|3. Not a link"}},
		{"closed comments", "Comments are closed on this article.\nComments are closed.\nComments have been disabled\nComments are closed on Sundays, the editor said.",
			[]string{"furniture|Comments are closed on this article.", "furniture|Comments are closed.", "furniture|Comments have been disabled", "body|Comments are closed on Sundays, the editor said."}},
		{"topics and tags", "Topics: Heart disease | Medical research | NHS\nTags: Spain, heatwave, wildfires\nTopics: the budget and how prices rose were discussed.",
			[]string{"furniture|Topics: Heart disease | Medical research | NHS", "furniture|Tags: Spain, heatwave, wildfires", "body|Topics: the budget and how prices rose were discussed."}},
		{"captions in brackets and credits", "[Photo: Veltro CEO Marisol Quintero-Haas shows off the Nimbus 9 Pro at the launch event on Tuesday. Credit: Dana Whitfield/Tech Ledger]\n[Image: A pharmacist. Photograph: Marta Ibáñez/Courier Press]\nImage: The Commons. Photograph: UK Parliament/Jessica Taylor\nPhotograph: UK Parliament/Jessica Taylor\n[Photo: 3 of 40 people] said so.",
			[]string{"furniture|[Photo: Veltro CEO Marisol Quintero-Haas shows off the Nimbus 9 Pro at the launch event on Tuesday. Credit: Dana Whitfield/Tech Ledger]",
				"furniture|[Image: A pharmacist. Photograph: Marta Ibáñez/Courier Press]", "furniture|Image: The Commons. Photograph: UK Parliament/Jessica Taylor",
				"furniture|Photograph: UK Parliament/Jessica Taylor", "body|[Photo: 3 of 40 people] said so."}},
		{"a note on the print edition", "A version of this article appears in print on May 2, 2027, Section A, Page 9 of the Chicago edition with the headline: Bridge Reopens After Two Years.\nThis article is republished from a campus paper under a free license.\nA version of the plan was approved.",
			[]string{"furniture|A version of this article appears in print on May 2, 2027, Section A, Page 9 of the Chicago edition with the headline: Bridge Reopens After Two Years.",
				"furniture|This article is republished from a campus paper under a free license.", "body|A version of the plan was approved."}},
		{"a list of sources", "Sources\nStatistics Agency, Housing starts: third quarter 2026 (published 4 March 2027)\nCity Council, Planning register extracts\nTreasury, Budget tables, 2026.\nWas this helpful? Yes / No\n\nWe asked the council, which did not reply.",
			[]string{"heading|Sources", "furniture|Statistics Agency, Housing starts: third quarter 2026 (published 4 March 2027)", "furniture|City Council, Planning register extracts",
				"furniture|Treasury, Budget tables, 2026.", "body|Was this helpful?", "body|Yes / No", "body|We asked the council, which did not reply."}},
		{"what a fact check looked at", "What we checked\n- Labour Force Survey, year to June 2026\n- Council tax records, 2019-20 to 2025-26\n- Did the mayor say it?\nThe mayor said it, twice.",
			[]string{"heading|What we checked", "furniture|- Labour Force Survey, year to June 2026", "furniture|- Council tax records, 2019-20 to 2025-26",
				"list_item|- Did the mayor say it?", "body|The mayor said it, twice."}},
		{"links under a related heading", "RELATED\n* Rovers 3-0 United: as it happened\n* Is the league too long?\nRelated coverage\n▸ Analysis: Why the club sold\nMore on this story\nTransfers\nThe club was sold in 2024.",
			[]string{"furniture|RELATED", "furniture|* Rovers 3-0 United: as it happened", "furniture|* Is the league too long?", "furniture|Related coverage",
				"furniture|▸ Analysis: Why the club sold", "furniture|More on this story", "furniture|Transfers", "body|The club was sold in 2024."}},
		{"readers' comments to the end of the text", "Rents rose 4% last year.\n\nComments (2)\n\n**kestrel77** 3 days ago\nRents here went up 20% in a year!\n\n**Ann Boyd** 1 day ago\nThat figure is wrong.",
			[]string{"body|Rents rose 4% last year.", "furniture|Comments (2)", "furniture|**kestrel77** 3 days ago", "furniture|Rents here went up 20% in a year!",
				"furniture|**Ann Boyd** 1 day ago", "furniture|That figure is wrong."}},
		{"a comments link under a headline does not end the story", "Bus fares to rise\n\n124 comments\n\nFares will rise by 5% in May, the operator said. Passengers were angry.\n\nThe last rise was in 2023.",
			[]string{"heading|Bus fares to rise", "furniture|124 comments", "body|Fares will rise by 5% in May, the operator said.", "body|Passengers were angry.", "body|The last rise was in 2023."}},
		{"a comments link between two stories of a page does not end the text", "Rents rose 4% last year in the city, the council said on Monday.\n\nBus fares will rise by 5% in May, the operator said.\n\nComments (214)\n\nThe port handled 3.1 million containers in 2025.\n\nThe vote is on Dec. 11.",
			[]string{"body|Rents rose 4% last year in the city, the council said on Monday.", "body|Bus fares will rise by 5% in May, the operator said.", "furniture|Comments (214)",
				"body|The port handled 3.1 million containers in 2025.", "body|The vote is on Dec. 11."}},
		{"comments whose handles and times stand on lines of their own", "Fares will rise 4.6% in March.\n\nComments (214)\n\nTrainWreck77\n3h ago\nMy train was cancelled four times last week.",
			[]string{"body|Fares will rise 4.6% in March.", "furniture|Comments (214)", "furniture|TrainWreck77", "furniture|3h ago", "furniture|My train was cancelled four times last week."}},
		{"a markdown byline, and a line that is no commenter", "**By Carys Lloyd** | Photographs by Ian Rowe | 9 min read\n\nFlood hit 2 days ago\n\nThe river rose 3 metres.",
			[]string{"furniture|**By Carys Lloyd** | Photographs by Ian Rowe | 9 min read", "heading|Flood hit 2 days ago", "body|The river rose 3 metres."}},
		{"a sentence that goes on after an advertisement is no heading", "Duty was cut by 2%, a change which\n\nADVERTISEMENT\nContinue reading below\n\ncame a year too late.",
			[]string{"body|Duty was cut by 2%, a change which", "furniture|ADVERTISEMENT", "furniture|Continue reading below", "body|came a year too late."}},
		{"a block quote that repeats a quotation is a pull quote", "“We will never sell the farm to developers,” she said.\n\n> “We will never sell the farm.”\n\n> “Prices doubled since the vote.”",
			[]string{"body|“We will never sell the farm to developers,” she said.", "furniture|> “We will never sell the farm.”", "body|> “Prices doubled since the vote.”"}},
		{"tags written with character references are furniture", "&lt;p&gt;\nThe rate rose 4% in May.\n&lt;/p&gt;",
			[]string{"furniture|&lt;p&gt;", "body|The rate rose 4% in May.", "furniture|&lt;/p&gt;"}},
		{"a bold run-in subhead ends at its stop", "**What next?** The pair plan a taproom. It was *great.* Then it ended.",
			[]string{"body|**What next?**", "body|The pair plan a taproom.", "body|It was *great.*", "body|Then it ended."}},
		{"links under a heading with blank lines between, as pasted pages have them", "Top stories\n\nMan charged over Harlow robbery\n\nSchools to close early after heat warning\n\nPrices rose 4% last year.",
			[]string{"furniture|Top stories", "furniture|Man charged over Harlow robbery", "furniture|Schools to close early after heat warning", "body|Prices rose 4% last year."}},
		{"a time stamp after a dateline", "DENVER — March 3, 2027, 7:15 a.m. MT\nOSLO — Monday 12 May 2026 14:05 CET\nDENVER — March 3 was the day of the vote.",
			[]string{"dateline|DENVER — March 3, 2027, 7:15 a.m. MT", "dateline|OSLO — Monday 12 May 2026 14:05 CET", "dateline|DENVER —", "body|March 3 was the day of the vote."}},
		{"a caption that ends with its credit", "The old pier at Saltby in 1962. Credit: County Archive\nA lifeboat crew at work. Pictures: Jo Marsh/Coast News\nHe took the credit. Credit: the team did the work",
			[]string{"furniture|The old pier at Saltby in 1962. Credit: County Archive", "furniture|A lifeboat crew at work. Pictures: Jo Marsh/Coast News",
				"body|He took the credit.", "body|Credit: the team did the work"}},
		{"furniture with a count", "View comments (312)\nComments 45\nView comments (312) here.", []string{"furniture|View comments (312)", "furniture|Comments 45", "body|View comments (312) here."}},
		{"an update stamp before a paragraph's text", "Updated 07:40: Northern has now also cancelled services from 6pm.\n\nUpdate 9:15 GMT - Ferries resumed.\n\nUpdated 3:47am\n\nUpdated figures came out at 10:30: They were bad.",
			[]string{"furniture|Updated 07:40:", "body|Northern has now also cancelled services from 6pm.", "furniture|Update 9:15 GMT -", "body|Ferries resumed.",
				"furniture|Updated 3:47am", "body|Updated figures came out at 10:30: They were bad."}},
		{"a live blog's time stamps", "14:52 GMT Ferry services suspended in the west\n2.05pm Roads reopen\n10:05 a.m. ET\nMarkets opened lower.\n14.52 Million people voted.\n9:30 is when it starts.",
			[]string{"furniture|14:52 GMT", "heading|Ferry services suspended in the west", "furniture|2.05pm", "heading|Roads reopen", "furniture|10:05 a.m. ET",
				"body|Markets opened lower.", "body|14.52 Million people voted.", "body|9:30 is when it starts."}},
		{"a clock time alone", "11:07 A.M. EDT\nThanks, everybody.\nEND\n11:34 A.M. EDT", []string{"furniture|11:07 A.M. EDT", "body|Thanks, everybody.", "heading|END", "furniture|11:34 A.M. EDT"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := []byte(tt.in)
			toks, sents := split(src)
			checkSegments(t, src, toks, sents)
			var got []string
			for _, s := range sents {
				got = append(got, s.Role.String()+"|"+string(s.Text(src)))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("Append(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestRoleString(t *testing.T) {
	for r, want := range map[Role]string{Body: "body", Heading: "heading", ListItem: "list_item",
		Dateline: "dateline", Furniture: "furniture", Role(99): "unknown"} {
		t.Run(want, func(t *testing.T) {
			if r.String() != want {
				t.Errorf("Role(%d).String() = %q, want %q", r, r.String(), want)
			}
		})
	}
}

func TestMismatchedTokens(t *testing.T) {
	src := []byte("Short text.")
	toks := tokenize.Append(nil, []byte("A different and much longer text."))
	if got := Append(nil, src, toks); len(got) != 0 {
		t.Errorf("tokens of another text: got %d segments, want none", len(got))
	}
}

// checkSegments fails t unless the segments are sorted, do not overlap,
// are trimmed, agree with their token ranges, do not cross a blank line,
// and together hold every token that is not white space exactly once.
func checkSegments(t testing.TB, src []byte, toks []tokenize.Token, sents []Sentence) {
	t.Helper()
	covered := make([]int, len(toks))
	prevEnd, prevPara := int32(0), int32(0)
	for i, s := range sents {
		if s.Start < prevEnd || s.End <= s.Start || int(s.End) > len(src) {
			t.Fatalf("segment %d [%d,%d): out of order, empty or out of bounds (previous end %d)", i, s.Start, s.End, prevEnd)
		}
		if s.Tok < 0 || s.TokEnd <= s.Tok || int(s.TokEnd) > len(toks) ||
			toks[s.Tok].Start != s.Start || toks[s.TokEnd-1].End != s.End {
			t.Fatalf("segment %d [%d,%d): token range [%d,%d) does not match", i, s.Start, s.End, s.Tok, s.TokEnd)
		}
		if toks[s.Tok].Kind.IsSpace() || toks[s.TokEnd-1].Kind.IsSpace() {
			t.Fatalf("segment %d %q is not trimmed", i, s.Text(src))
		}
		if s.Para < prevPara || s.Role >= numRoles {
			t.Fatalf("segment %d: paragraph %d after %d, role %d", i, s.Para, prevPara, s.Role)
		}
		breaks := 0
		for k := s.Tok; k < s.TokEnd; k++ {
			covered[k]++
			switch toks[k].Kind {
			case tokenize.LineBreak:
				if breaks++; breaks == 2 {
					t.Fatalf("segment %d %q crosses a blank line", i, s.Text(src))
				}
			case tokenize.Space:
			default:
				breaks = 0
			}
		}
		if !utf8.Valid(s.Text(src)) && !bytes.ContainsFunc(s.Text(src), func(r rune) bool { return r == utf8.RuneError }) {
			t.Fatalf("segment %d: invalid UTF-8 without invalid bytes", i)
		}
		prevEnd, prevPara = s.End, s.Para
	}
	for k, tok := range toks {
		want := 1
		if tok.Kind.IsSpace() {
			want = covered[k] // white space may fall inside a sentence or between
			if want > 1 {
				t.Fatalf("white space token %d in %d segments", k, want)
			}
		}
		if covered[k] != want {
			t.Fatalf("token %d %s %q is in %d segments, want %d", k, tok.Kind, tok.Text(src), covered[k], want)
		}
	}
}

func FuzzAppend(f *testing.F) {
	for _, s := range []string{
		"", "U.S. The", "“It’s,” he said. Then.", "THE HAGUE — x", "- a\n1) b\n(c) d", "a) x b) y c) z",
		"<p>x</p> &lt;b&gt;", "\\r\\n x", "Mr . X", "a.) b b.) c", "'' x ! '' .", "to--\" At", "I thought... I",
		"7.Bg5 x", "x.[1] Y", "….. 5", "Advertisement\nFollow\nBy A B",
		"The court said on Monday that it would rule on\nthe case by the U.S.\nelection, officials said:\n- one\n\nSMITH: no",
		"“We won,” she said on the steps of the court in\nthe capital. No.\n10 was next, and the\n> crowd ... sur-\nvey\t  x",
	} {
		f.Add([]byte(s))
	}
	for _, name := range []string{"wire.txt", "quotes.txt", "wrapped.txt"} {
		if b, err := os.ReadFile(filepath.Join("testdata", name)); err == nil {
			f.Add(b)
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		toks, sents := split(src)
		checkSegments(t, src, toks, sents)
	})
}

func BenchmarkTokenizeAndSplit(b *testing.B) {
	src, err := os.ReadFile("testdata/wire.txt")
	if err != nil {
		b.Fatal(err)
	}
	toks := make([]tokenize.Token, 0, len(src))
	sents := make([]Sentence, 0, 64)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		toks = tokenize.Append(toks[:0], src)
		sents = Append(sents[:0], src, toks)
	}
}

func BenchmarkSplit(b *testing.B) { benchSplit(b, readBench(b, "testdata/wire.txt")) }

// readBench reads a benchmark input from testdata.
func readBench(b *testing.B, name string) []byte {
	src, err := os.ReadFile(name)
	if err != nil {
		b.Fatal(err)
	}
	return src
}

// benchSplit measures Append alone over src, tokenized once beforehand.
func benchSplit(b *testing.B, src []byte) {
	toks := tokenize.Append(nil, src)
	sents := make([]Sentence, 0, 64)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		sents = Append(sents[:0], src, toks)
	}
}

// BenchmarkHostile splits one 256 KB line built to stress the per-line
// bookkeeping (brackets that never close, inline list markers, quotes,
// stops); its MB/s should stay within a small factor of news text.
func BenchmarkHostile(b *testing.B) {
	for _, unit := range []string{"(a) x. ", "a. b. c. ", "(((( “x. ", "\"a.\" 'b' ", "<p>x.</p> ", "U.S. I. ", "At 6 a.m. Mr. Li met "} {
		src := bytes.Repeat([]byte(unit), 256<<10/len(unit))
		b.Run(strings.TrimSpace(unit), func(b *testing.B) { benchSplit(b, src) })
	}
}

// BenchmarkFeature tokenizes and splits a 64 KB text built from the golden
// inputs, the size of a long feature article.
func BenchmarkFeature(b *testing.B) {
	files, _ := filepath.Glob("testdata/*.txt")
	var one []byte
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		one = append(append(one, data...), '\n')
	}
	src := bytes.Repeat(one, 64<<10/len(one)+1)[:64<<10]
	toks := make([]tokenize.Token, 0, len(src)/3)
	var sents []Sentence
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		toks = tokenize.Append(toks[:0], src)
		sents = Append(sents[:0], src, toks)
	}
}

// TestFurnitureHead checks that furniture reads enough of a line in lower
// case to match every furniture line and prefix.
func TestFurnitureHead(t *testing.T) {
	for _, w := range strings.Split(furnitureLineList, "|") {
		if len(w) >= furnitureHead {
			t.Errorf("furniture line %q is longer than furnitureHead", w)
		}
	}
	for _, p := range strings.Split(strings.TrimSuffix(furniturePrefixes, "\n"), "\n") {
		if len(p) >= furnitureHead {
			t.Errorf("furniture prefix %q is longer than furnitureHead", p)
		}
	}
}

// TestSmallPrint checks SmallPrint on a betting advert's notices and on
// near misses, and that no other furniture line is a part of
// smallPrintList, which SmallPrint takes a furniture line within it for.
func TestSmallPrint(t *testing.T) {
	for s, want := range map[string]bool{
		"18+ only.": true, "T&Cs apply.": true, "BeGambleAware.org": true, "Over-18s only": true,
		"Please gamble responsibly.": true, "18+ only | T&Cs apply | BeGambleAware.org": true,
		"18+ New customers only.": true, "18+ only | Share": true, "18+ customers staked £2 million.": false,
		"Gamble responsibly | Share": false, "Only.": false, "Print.": false,
		"T&Cs apply to all offers.": false, "": false,
	} {
		if got := SmallPrint([]byte(s)); got != want {
			t.Errorf("SmallPrint(%q) = %v, want %v", s, got, want)
		}
	}
	for _, w := range strings.Split(furnitureLineList[len(smallPrintList)+1:], "|") {
		if strings.Contains(smallPrintList, w) {
			t.Errorf("furniture line %q is within smallPrintList", w)
		}
	}
}

// TestHotIn checks hotIn against a filter of sp.hot.
func TestHotIn(t *testing.T) {
	for _, hot := range [][]int32{nil, {5}, {2, 3, 7, 9}, {0, 1, 2, 3}} {
		sp := &splitter{hot: hot}
		for a := 0; a <= 11; a++ {
			for b := a; b <= 11; b++ {
				var want []int32
				for _, h := range hot {
					if int(h) >= a && int(h) < b {
						want = append(want, h)
					}
				}
				if got := sp.hotIn(a, b); !slices.Equal(got, want) {
					t.Errorf("hot %v: hotIn(%d, %d) = %v, want %v", hot, a, b, got, want)
				}
			}
		}
	}
}

// TestScanLinesBadTokens checks that scanLines turns down tokens that do
// not cover the source in order, wherever on a line the fault is, and
// takes the tokens of the source; and that URL and Email, which it tells
// by one comparison, are adjacent kinds.
func TestScanLinesBadTokens(t *testing.T) {
	if tokenize.Email != tokenize.URL+1 {
		t.Fatalf("Email is %d, URL %d", tokenize.Email, tokenize.URL)
	}
	src := []byte("One line here.\nSee www.example.org now.\nLast.")
	good := tokenize.Append(nil, src)
	sp := &splitter{src: src, toks: good}
	if !sp.scanLines() || len(sp.lines) != 3 || !sp.lines[1].url || sp.lines[0].url {
		t.Fatalf("scanLines of good tokens: lines %+v", sp.lines)
	}
	for k := range good {
		for _, bad := range []func(tk *tokenize.Token){
			func(tk *tokenize.Token) { tk.End = int32(len(src)) + 3 }, // past the end
			func(tk *tokenize.Token) { tk.Start++ },                   // a gap
			func(tk *tokenize.Token) { tk.End = tk.Start - 1 },        // backwards
		} {
			toks := slices.Clone(good)
			bad(&toks[k])
			sp := &splitter{src: src, toks: toks}
			if sp.scanLines() || len(sp.lines) != 0 {
				t.Errorf("token %d %+v: scanLines took it, lines %+v", k, toks[k], sp.lines)
			}
		}
	}
}
