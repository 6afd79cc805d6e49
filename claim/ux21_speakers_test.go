package claim

import "testing"

// TestUX21QuoteWithAttribution checks that a sentence that is a quotation
// and who said it, however the attribution is dressed, is marked quoted,
// so that the Speakers view lists it once, as the quotation, not again
// as a statement (review ux20 S4): a name and a clause about them before
// a colon, a quotation split by its attribution, a tail of what the
// speaker was doing, and an apposition before the name. A sentence whose
// words outside the quotations say more keeps being a statement.
func TestUX21QuoteWithAttribution(t *testing.T) {
	checkReview9(t, []review9Case{
		{"a clause about the speaker, then a colon", "Dr Imogen Tarrant, who chairs the Review panel, said: \"The numbers are unambiguous.\"\n",
			"Dr Imogen", "Imogen Tarrant", true, ""},
		{"where, then a colon", "Outside court, Detective Inspector Carl Mbeki of West Yorkshire Police said: \"This was one of the most callous frauds my team has investigated.\"\n",
			"Outside court", "Carl Mbeki", true, ""},
		{"split by its attribution", "Tom Reid leads the council.\n\n\"I don't like it any more than you do,\" Reid added, \"but the law says we must balance the books.\"\n",
			"\"I don't", "Tom Reid", true, ""},
		{"what she was doing", "“It rings. It just rings,” she said, holding a photograph.\n", "“It rings", "", true, ""},
		{"told reporters where", "“We are not giving up,” Farinre told reporters at the site.\n", "“We are", "Farinre", true, ""},
		{"a post before the name", "“We are grateful, but we also count,” Ukraine’s finance minister, Oksana Hrytsenko, said in a statement.\n",
			"“We are", "Oksana Hrytsenko", true, ""},
		{"adding that, as before", "“Cash generation remains strong,” she said, adding that free cash flow rose 15% to £121m.\n", "“Cash", "", false, ""},
		{"quoted phrases in reported speech, as before", "She said the offending was \"planned, sustained and sophisticated\" and that the addiction was \"no excuse at all.\"\n",
			"She said", "", false, ""},
		{"a figure in the tail, as before", "“Tonight, the people chose stability,” Dufresne told about 200 supporters at a banquet hall shortly after midnight.\n",
			"“Tonight", "Dufresne", false, ""},
	})
}
