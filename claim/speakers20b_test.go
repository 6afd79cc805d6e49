package claim

import "testing"

// TestSpeakers20bPostHeader checks that a social post's header line, "Maya
// Rennick @mayarennick_news · 2:14 PM", is no one's statement, while the
// post under it stays its author's (UX review 20, S3).
func TestSpeakers20bPostHeader(t *testing.T) {
	const thread = "Maya Rennick @mayarennick_news · 2:14 PM\nI've been going through the council documents all morning. 1/7\n\n" +
		"Ben Sallow MP @BenSallowMP · 5:20 PM\nI've written to the Transport Secretary asking for emergency funding.\n\n" +
		"Lena Okoro 🌻 @lena_okoro · 3:11 PM\nReplying to @mayarennick_news\nMy kids' school is on the other side.\n"
	checkReview9(t, []review9Case{
		{"the header line", thread, "Maya Rennick @", "", false, ""},
		{"a header with letters after the name", thread, "Ben Sallow MP @", "", false, ""},
		{"a header with a symbol", thread, "Lena Okoro", "", false, ""},
		{"the reply line", thread, "Replying to", "", false, ""},
		{"the post, as before", thread, "I've been going", "Maya Rennick", false, "Maya Rennick"},
		{"the MP's post, as before", thread, "I've written", "Ben Sallow", false, ""},
		{"the reply, as before", thread, "My kids", "Lena Okoro", false, ""},
	})
}

// TestSpeakers20bQuoteTail checks that a quotation with its attribution is
// mostly a quotation, and so not listed again as a statement, when a
// clause about the speaker follows the name ("…,' said Maria Lopez, who
// chairs the Friends of Eastside Library."), while a tail that reports
// more of what was said keeps the sentence a statement (UX review 20,
// S4).
func TestSpeakers20bQuoteTail(t *testing.T) {
	checkReview9(t, []review9Case{
		{"who chairs", "'We are ready for a fight,' said Maria Lopez, who chairs the Friends of Eastside Library.\n",
			"'We are", "Maria Lopez", true, ""},
		{"a strategist at", "\"If the PMIs come in soft, June is a done deal,\" said Lena Fischer, a strategist at Commerzbank in Frankfurt.\n",
			"\"If the", "Lena Fischer", true, ""},
		{"chief economist at", "\"It was a dovish hold, no question,\" said Pieter van Dam, chief euro zone economist at ING in Amsterdam.\n",
			"\"It was", "Pieter van Dam", true, ""},
		{"adding that, as before", "'We are ready,' said Maria Lopez, adding that the council had cut library budgets by 30% since 2019.\n",
			"'We are", "Maria Lopez", false, ""},
		{"and the council, as before", "'Enough,' said Maria Lopez, and the council voted 7-2 to close the two libraries on Friday.\n",
			"'Enough", "Maria Lopez", false, ""},
		{"the name before the quotation and a colon", "Maria Lopez, who chairs the Friends of Eastside Library, said: 'We are ready for a fight.'\n",
			"Maria Lopez", "Maria Lopez", true, ""},
		{"no tail, as before", "'We are ready for a fight,' said Maria Lopez.\n", "'We are", "Maria Lopez", true, ""},
	})
}
