package claim

import (
	"slices"
	"testing"
)

// The tests in this file check misses left by session 31's fixers,
// cleared in its late round of fixes.

// TestLate25PlaceRows checks that the rows of a regional box, "North
// West: £1,704", name no speaker however many there are, while a
// transcript's labels still speak.
func TestLate25PlaceRows(t *testing.T) {
	for _, tt := range []struct {
		name, text string
		want       []string
	}{
		{"bills box", "How much will I pay?\nTypical annual bill from 1 January, dual fuel, direct debit:\nNorth West: £1,704\nLondon: £1,682\nNorth Wales and Mersey: £1,801\nSouth West: £1,749\n", nil},
		{"percent rows", "Turnout by region:\nNorth West: 61%\nSouth West: 64%\nNorth East: 58%\n", nil},
		{"transcript, as before", "MODERATOR: Is crime down?\nCASTELL: Crime is down 5%.\nMODERATOR: And jobs?\nCASTELL: We added 3,000.\n", []string{"MODERATOR = Moderator", "CASTELL = Castell", "MODERATOR = Moderator", "CASTELL = Castell"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := speakerNames(tt.text); !slices.Equal(got, tt.want) {
				t.Errorf("speakers %q, want %q", got, tt.want)
			}
		})
	}
}

// TestLate25BracketAcronym checks that a short name defined in brackets
// after a body's name, "the Office for National Statistics (ONS)", names
// that body when it speaks later, while an acronym defined for another
// body, or never defined, keeps its own name.
func TestLate25BracketAcronym(t *testing.T) {
	checkReview9(t, []review9Case{
		{"ONS", "The Office for National Statistics (ONS) said crime fell 5% last year. The ONS said knife crime rose 2%.\n", "The ONS", "Office for National Statistics", false, "ONS"},
		{"the first, as before", "The Office for National Statistics (ONS) said crime fell 5% last year. The ONS said knife crime rose 2%.\n", "The Office", "Office for National Statistics", false, ""},
		{"FSA, said after", "Grainfield Foods is recalling its granola, the Food Standards Agency (FSA) said on Thursday.\n\nTwo customers have reported reactions, the FSA said.\n", "Two", "Food Standards Agency", false, "the FSA"},
		{"another body's acronym", "The Office for National Statistics (ONS) said crime fell 5% last year. The IFS said taxes rose 2%.\n", "The IFS", "IFS", false, "The IFS"},
		{"never defined, as before", "The ONS said knife crime rose 2%.\n", "The ONS", "ONS", false, "ONS"},
	})
}

// TestLate25BylineTimestamp checks that a byline with a role and a
// timestamp after a middle dot is furniture, as "By Jane Doe | 4 min
// read" is, while a sentence after "·" stays a claim.
func TestLate25BylineTimestamp(t *testing.T) {
	const by = "By Jane Willoughby, Local Democracy Reporter · Tuesday 10 February 2027, 18:42 GMT"
	checkReview11Junk(t, []review11Junk{
		{"role and timestamp", by + "\n\nThe council said it would cut 40 jobs.\n", by, true},
		{"name and date", "By Jane Willoughby · 10 February 2027\n\nThe council said it would cut 40 jobs.\n", "By Jane Willoughby · 10 February 2027", true},
	})
	_, _, js := judgeText("By 2030 · the council will cut 40% of its spending.\n")
	if !js[0].CheckWorthy {
		t.Errorf("a sentence opening with By 2030 set aside: %.3f", js[0].Score)
	}
}

// TestLate25MostWeCould checks that "could" in "as long as we could",
// "as much as we could" and "everything we could" is no hedge, while
// "we could" of a possibility still is.
func TestLate25MostWeCould(t *testing.T) {
	for _, tt := range []struct {
		text  string
		hedge bool
	}{
		{"We stayed open for as long as we could, and served 5,000 meals.", false},
		{"We did as much as we could to raise £5,000.", false},
		{"They did everything they could to save 300 jobs.", false},
		{"We could save £5,000 a year.", true},
		{"As we could not find the money, 300 jobs went.", false},
		{"Prices could rise 5% next year.", true},
	} {
		_, _, js := judgeText(tt.text)
		if got := slices.Contains(js[0].Reasons, "hedged: could"); got != tt.hedge {
			t.Errorf("%q: reasons %q, want hedged: %v", tt.text, js[0].Reasons, tt.hedge)
		}
	}
}

// TestLate25CountiesList checks that "Shasta" in "Shasta and Tehama
// counties" is no organisation after "Shasta College", so that "The
// utility said" still names PG&E, while "Shasta" alone after the college
// is the college's, as before.
func TestLate25CountiesList(t *testing.T) {
	const college = "- Shasta College, 11555 Old Oregon Trail, Redding\n\n"
	checkReview9(t, []review9Case{
		{"the utility", college + "PG&E said it had cut power to about 12,700 customers in Shasta and Tehama counties as a precaution.\n\nThe utility said the shutoffs could last until Thursday.\n", "The utility", "PG&E", false, "The utility"},
		{"Shasta said, as before", college + "Shasta said 400 students had left.\n", "Shasta said", "Shasta", false, "Shasta"},
	})
}

// TestLate25NorthernOpening checks that a body whose name opens with a
// region's adjective keeps it at a sentence's start, "Northern Light
// Opera said", as it does mid-sentence.
func TestLate25NorthernOpening(t *testing.T) {
	checkReview9(t, []review9Case{
		{"sentence start", "Northern Light Opera said ticket sales rose 12% this year.\n", "Northern", "Northern Light Opera", false, "Northern Light Opera"},
		{"mid-sentence, as before", "Ticket sales rose, Northern Light Opera said.\n", "Ticket", "Northern Light Opera", false, "Northern Light Opera"},
	})
}
