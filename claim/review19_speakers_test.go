package claim

import "testing"

// TestReview19PostWithOf checks that "said FIRM's TITLE of SOMETHING,
// NAME" names NAME, that the firm or place is no person and no speaker,
// and that the next quotation goes to NAME too (review 19, H1).
func TestReview19PostWithOf(t *testing.T) {
	const rose = "\"Sales rose 4%,\""
	checkReview14Quotes(t, []review14Quote{
		{"head of insight", "\"People have stopped walking,\" said Trackwell's head of insight, Priya Venkataraman.\n",
			"\"People have stopped walking,\"", Quote, "Priya Venkataraman"},
		{"clerk of the course, then a quotation", "\"The race is wonderful,\" said Newbury's clerk of the course, Gareth Lyle. \"We sold 14,000 tickets.\"\n",
			"\"We sold 14,000 tickets.\"", Quote, "Gareth Lyle"},
		{"two-word firm, director of campaigns", "\"A red sticker is not a bargain,\" said Fair Basket's director of campaigns, Tomasz Wierzbicki.\n",
			"\"A red sticker is not a bargain,\"", Quote, "Tomasz Wierzbicki"},
		{"head of research", rose + " said Trackwell's head of research, Priya Venkataraman.\n", rose, Quote, "Priya Venkataraman"},
		{"chief executive, as before", rose + " said Tesco's chief executive, Ken Murphy.\n", rose, Quote, "Ken Murphy"},
		{"director, as before", rose + " said Trackwell's director, Priya Venkataraman.\n", rose, Quote, "Priya Venkataraman"},
		{"NAME, FIRM's post, as before", rose + " said Priya Venkataraman, Trackwell's head of insight.\n", rose, Quote, "Priya Venkataraman"},
		{"the firm's post, as before", rose + " said the firm's head of insight, Priya Venkataraman.\n", rose, Quote, "Priya Venkataraman"},
	})
	checkReview9(t, []review9Case{
		{"the post as subject, as before", "Trackwell's head of insight, Priya Venkataraman, said sales rose 4%.\n", "Trackwell", "Priya Venkataraman", false, ""},
	})
	checkEntities(t, rose+" said Trackwell's head of research, Priya Venkataraman.\n", Person, "Priya Venkataraman")
	checkEntities(t, rose+" said Trackwell's head of research, Priya Venkataraman.\n", Org, "Trackwell's")
	checkEntities(t, "\"The race is wonderful,\" said Newbury's clerk of the course, Gareth Lyle.\n", Person, "Gareth Lyle")
}
