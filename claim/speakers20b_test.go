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
