package tokenize

import (
	"unicode"
	"unicode/utf8"

	"github.com/claimlight/claimlight/internal/wordset"
)

// AbbrevClass says how an abbreviation behaves where a sentence could end.
// The sentence splitter uses it to decide whether the dot that closes an
// abbreviation also closes the sentence.
type AbbrevClass uint8

// Abbreviation classes.
const (
	NotAbbrev     AbbrevClass = iota // not a known abbreviation
	AbbrevTitle                      // comes before a name and never ends a sentence: "Mr.", "Sen.", "Dr."
	AbbrevNumber                     // comes before a number: "No. 10", "Vol. 3", "pp. 4-6"
	AbbrevMonth                      // a month, usually before a day: "Jan.", "Sept."
	AbbrevInitial                    // one capital letter, an initial: "J."
	AbbrevOther                      // anything else; may end a sentence: "U.S.", "Inc.", "etc.", "a.m."
)

// abbrevs maps the letters of known abbreviations (without the final dot)
// to their class. Lookups are exact: "Mr" is a title, "mr" is not; Hansard
// writes "hon." in lower case ("my hon. Friend", "the right hon. Lady").
// Abbreviations with inner dots ("U.S.", "e.g.") are recognised by shape,
// not listed here.
var abbrevs = func() wordset.Table {
	t := wordset.New(231)
	t.PutList(uint8(AbbrevTitle), "Mr|Mrs|Ms|Mx|Messrs|Mmes|Mme|Mlle|Dr|Drs|Prof|Profs|Sen|Sens|Rep|Reps|Gov|Govs|"+
		"Gen|Lt|Col|Sgt|Capt|Cmdr|Adm|Maj|Brig|Cpl|Pvt|Pfc|Supt|Insp|Det|Insp|Amb|Atty|"+
		"Pres|Rev|Revs|Hon|hon|Fr|Msgr|Sr|Sra|Srta|St|Ste|Mt|Ft|Pt|Gens|Lieut|Comdr|Cdr|Asst|"+
		"Assoc|Cllr|Cllrs|Cr")
	t.PutList(uint8(AbbrevNumber), "No|Nos|no|nos|Vol|Vols|vol|vols|Art|art|Fig|Figs|fig|figs|p|pp|Ch|ch|Sec|sec|"+
		"Para|para|Ex|Nr|nr|Op|op|c|ca|Rt|Ref|ref|Tel|tel|Rs|rs|SEC|ART|NO|VOL|FIG|PARA|"+
		"CH|Pg|pg|Sch|Cl|s|ss|r|reg|Prop|Props|Ep|ep")
	t.PutList(uint8(AbbrevMonth), "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec")
	// companies and organisations; Latin and scholarly; days; units,
	// US states and Canadian provinces. A word listed twice takes the
	// class of its last list ("Sr").
	t.PutList(uint8(AbbrevOther), "Inc|Corp|Co|Cos|Ltd|Bros|Plc|Dept|Univ|Assn|Intl|Govt|Natl|Mfg|Ave|Blvd|Rd|Hwy|"+
		"Ln|Sq|Bldg|etc|vs|v|def|al|cf|viz|approx|est|Est|ibid|Ibid|ed|eds|Ed|Eds|trans|repr|"+
		"vs|Jr|Sr|Esq|Ph|Mon|Tues|Tue|Wed|Thur|Thurs|Fri|Sat|min|max|hr|hrs|sq|ft|lb|lbs|"+
		"oz|mi|yr|yrs|mo|dept|govt|incl|excl|Mass|Calif|Conn|Ariz|Colo|Fla|Ga|Ill|Ind|Kan|"+
		"Kans|Ky|La|Md|Mich|Minn|Miss|Mo|Mont|Neb|Nebr|Nev|Okla|Ore|Pa|Penn|Tenn|Tex|Va|"+
		"Vt|Wash|Wis|Wisc|Wyo|Ala|Ark|Del|Ida|Dak|Ariz|Alta|Ont|Que|Sask")
	return t
}()

// ClassifyAbbrev returns the class of an abbreviation token's text, with or
// without its final dot: "Mr." is [AbbrevTitle], "J." is [AbbrevInitial],
// "U.S." is [AbbrevOther]. Text that is not a known abbreviation gives
// [NotAbbrev].
func ClassifyAbbrev(text []byte) AbbrevClass {
	n := len(text)
	if n > 0 && text[n-1] == '.' {
		n--
	}
	w := text[:n]
	if len(w) == 0 {
		return NotAbbrev
	}
	if c, ok := abbrevs.Get(w); ok {
		return AbbrevClass(c)
	}
	if len(w) == 1 && 'A' <= w[0] && w[0] <= 'Z' {
		return AbbrevInitial
	}
	if isUpperInitial(w) {
		return AbbrevInitial
	}
	for _, b := range w {
		if b == '.' {
			return AbbrevOther
		}
	}
	return NotAbbrev
}

// isUpperInitial reports whether w is exactly one upper-case letter of any
// script, such as "Ö" in "Ö. Yılmaz".
func isUpperInitial(w []byte) bool {
	if len(w) < 2 || len(w) > 4 || w[0] < 0x80 {
		return false
	}
	r, size := decodeUpper(w)
	return size == len(w) && r
}

// decodeUpper decodes the first rune of w and reports whether it is an
// upper-case letter, with its size in bytes.
func decodeUpper(w []byte) (bool, int) {
	r, size := utf8.DecodeRune(w)
	return unicode.IsUpper(r), size
}
