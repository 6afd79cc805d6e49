package claim

import "testing"

// TestLeftovers27TitleBeforeName checks that a lower-case post between an
// inverted cue and a name gives the name, also a surname that names places
// ("Park"), and never the first word of the post alone: "said chief
// engineer Lena Park" is Lena Park, not "chief".
func TestLeftovers27TitleBeforeName(t *testing.T) {
	const q = "\u201cWe will close the plant,\u201d "
	checkReview9(t, []review9Case{
		{"said chief engineer NAME Park", q + "said chief engineer Lena Park.\n", "\u201cWe", "Lena Park", true, "chief engineer Lena Park"},
		{"said senior economist NAME Park", "Costs rose 5%, said senior economist Ana Park.\n", "Costs", "Ana Park", false, "senior economist Ana Park"},
		{"said lead author NAME Hall", "The effect was large, said lead author Tom Hall.\n", "The effect", "Tom Hall", false, "lead author Tom Hall"},
		{"said chief engineer NAME Park of", q + "said chief engineer Lena Park of Acme.\n", "\u201cWe", "Lena Park", true, "chief engineer Lena Park"},
		{"a post, then a name not taken", q + "said chief designer Lena Street.\n", "\u201cWe", "", false, ""},
		{"said chief engineer NAME, as before", q + "said chief engineer Lena Smith.\n", "\u201cWe", "Lena Smith", true, "chief engineer Lena Smith"},
		{"said chief executive NAME Park", "The bridge is safe, said chief executive Lena Park.\n", "The bridge", "Lena Park", false, "chief executive Lena Park"},
		{"said park rangers, a place after", "The trail is closed, said park rangers near Central Park.\n", "The trail", "", false, ""},
		{"said the chief, as before", "The plant will close, said the chief.\n", "The plant", "", false, "the chief"},
	})
}

// TestLeftovers27CapitalPost checks that a post in Titlecase before a full
// name at a sentence's start is not part of the speaker's name, as
// "Spokeswoman Jane Doe" is not: "Economist Harjit Sandhu said" is Harjit
// Sandhu.
func TestLeftovers27CapitalPost(t *testing.T) {
	checkReview9(t, []review9Case{
		{"Economist NAME", "Economist Harjit Sandhu said prices rose 4% in 2024.\n", "Economist", "Harjit Sandhu", false, ""},
		{"Analyst NAME", "Analyst Mary Chen said sales fell 3%.\n", "Analyst", "Mary Chen", false, ""},
		{"Researcher NAME", "Researcher Mary Chen said sales fell 3%.\n", "Researcher", "Mary Chen", false, ""},
		{"Spokeswoman NAME, as before", "Spokeswoman Jane Doe said the firm hired 200 staff.\n", "Spokeswoman", "Jane Doe", false, ""},
		{"a two-word name stays", "Chen said sales fell 3%. Mary Chen said it again.\n", "Mary", "Mary Chen", false, ""},
	})
}

// TestLeftovers27OwnGroup checks that in a transcript's turn "Our team
// found" is the turn's speaker's, who speaks for the team, while a body
// the speaker cites ("The report found") is still the speaker (review
// 27b, F13).
func TestLeftovers27OwnGroup(t *testing.T) {
	const host = "HOST: What did you find?\n"
	checkReview9(t, []review9Case{
		{"GUEST: Our team found", host + "GUEST: Our team found that about 40% of the surface was in a heatwave.\n", "GUEST", "Guest", false, "GUEST"},
		{"timestamped", host + "[00:01:14] GUEST: Our team found that about 40% of the surface was in a heatwave.\n", "GUEST", "Guest", false, "GUEST"},
		{"GUEST: My colleagues found", host + "GUEST: My colleagues found that about 40% of the surface was in a heatwave.\n", "GUEST", "Guest", false, "GUEST"},
		{"GUEST: The report found, as before", host + "GUEST: The report found that about 40% of the surface was in a heatwave.\n", "GUEST", "", false, "The report"},
	})
}

// TestLeftovers27TwoBodies checks that two bodies joined by "and" before
// "said" are both the speaker's name, not the first alone (review 27b,
// F5).
func TestLeftovers27TwoBodies(t *testing.T) {
	checkReview9(t, []review9Case{
		{"Westpac and ASB said", "Westpac and ASB said they would review their rates.\n", "Westpac", "Westpac and ASB", false, "Westpac and ASB"},
		{"ASB said, as before", "ASB said it would review its rates.\n", "ASB", "ASB", false, "ASB"},
		{"Anna Berg and Tom Hale, as before", "Anna Berg and Tom Hale said rates would rise.\n", "Anna", "Anna Berg and Tom Hale", false, ""},
	})
}

// TestLeftovers26IndexFound checks that "the index found" names the body
// whose index was named paragraphs back ("according to the Homefinder
// rental index"), within the reach other descriptions have, while an
// index named with no body, or a body with no index after it, gives no
// name as before.
func TestLeftovers26IndexFound(t *testing.T) {
	const rise = "\n\nThe rise was the fastest on record.\n\nHomes to rent were 21% fewer than in 2019, the index found.\n"
	checkReview9(t, []review9Case{
		{"two paragraphs on", "Rents rose 8.9%, according to the Homefinder rental index." + rise, "Homes to rent", "Homefinder", false, ""},
		{"the next sentence, as before", "Rents rose 8.9%, according to the Homefinder rental index. Homes to rent were 21% fewer than in 2019, the index found.\n", "Homes to rent", "Homefinder", false, ""},
		{"a body with no index", "Rents rose 8.9%, according to Homefinder." + rise, "Homes to rent", "", false, ""},
		{"a survey, two paragraphs on", "Rents rose 8.9%, according to the Homefinder tenant survey.\n\nThe rise was the fastest on record.\n\nThe survey found that homes to rent were 21% fewer.\n", "The survey found", "Homefinder", false, ""},
	})
}
