package claim

import "testing"

// TestReview27aRegistrar checks that "the registrar said" and "the
// county clerk said" name a speaker, as "the mayor said" does, that
// "County Registrar Ken Tsai" is named Ken Tsai, and that a later "The
// registrar said" stands for him (review 27a, F1).
func TestReview27aRegistrar(t *testing.T) {
	const tsai = "County Registrar Ken Tsai said results would be certified by Dec. 3.\n"
	checkReview9(t, []review9Case{
		{"the registrar", "Turnout was 61%, the registrar said.\n", "Turnout", "", false, "the registrar"},
		{"the county registrar", "Turnout was 61%, the county registrar said.\n", "Turnout", "", false, "the county registrar"},
		{"the county clerk", "Turnout was 61%, the county clerk said.\n", "Turnout", "", false, "the county clerk"},
		{"the mayor, as before", "Turnout was 61%, the mayor said.\n", "Turnout", "", false, "the mayor"},
		{"County Registrar NAME", tsai, "County", "Ken Tsai", false, "County Registrar Ken Tsai"},
		{"County Clerk NAME", "County Clerk Ken Tsai said results would be certified.\n", "County", "Ken Tsai", false, ""},
		{"The registrar after", tsai + "The registrar said turnout was 61%.\n", "The registrar", "Ken Tsai", false, "The registrar"},
		{"the clerk of the court", "The clerk of the court said the file was lost.\n", "The clerk", "", false, "The clerk of the court"},
	})
}
