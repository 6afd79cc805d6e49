package claim

import (
	"bytes"
	"unicode/utf8"

	"github.com/claimlight/claimlight/internal/wordset"
	"github.com/claimlight/claimlight/segment"
	"github.com/claimlight/claimlight/tokenize"
)

// This file finds people, organisations and places: runs of capitalized
// words, classified by titles ("Secretary-General Mark Rutte"), built-in
// lists ("NATO", "The Hague"), organisation words ("Ministry of Defence")
// and, for people, the shape of a two- or three-word name.

// maxRun is the longest run of capitalized words looked at as a whole.
const maxRun = 8

// entities marks Person, Org and Place spans.
func (a *annotator) entities() {
	tbits := a.tbits[:a.n]
	for i := 0; i < len(tbits); {
		if tbits[i]&tbName == 0 || !a.nameToken(i) { // the bit first: most words have none
			i++
			continue
		}
		if a.zoneOfClock(i) || a.kind(i-1) == tokenize.Number && isClock(a.text(i-1)) && a.clockDay(i) > i {
			i++ // "14:52 GMT Met Office": the zone ends the time and starts no name; nor is "Sun" in "18:00 Sun" a place
			continue
		}
		e, amp := a.runEnd(i)
		if e-i >= 3 && a.lowerWord(i+1, wdOf) && a.textIs(i, "Courtesy") {
			i += 2 // a credit line's words, no part of the name it credits: "Courtesy of Harrow & Vane"
			continue
		}
		if amp && a.textIn(i-1, "its their") {
			i = e // a product, "its Honey & Oat Granola", no firm
			continue
		}
		if amp {
			// a person of a firm: "Tom Ashdown of Wexley & Co."
			for k := i + 2; k < e-1 && k <= i+3; k++ {
				if a.lowerWord(k, wdOf) && a.nameShape(i, k) && a.entityKind(i, k) == 0 {
					a.addEntity(Person, i, k)
					i = k + 1
					break
				}
			}
		}
		if amp && a.entityKind(i, e) != Place {
			a.addEntity(Org, a.withThe(i, Org, e), e) // a firm's name: "Marks & Spencer"
		} else if a.fl(e-1)&wOrgKey != 0 && a.sameKind(i-1, i, tokenize.Word) && mixedCase(a.text(i-1)) {
			a.addEntity(Org, i-1, e) // a brand in mixed case opens the body's name: "iShares Bitcoin Trust"
		} else {
			a.classifyRun(i, e)
		}
		i = e
	}
	a.orgsAgree()
}

// mixedCase reports whether t is a brand's word in mixed case, a small
// letter before a capital: "iShares", "eBay".
func mixedCase(t []byte) bool {
	return len(t) > 3 && t[0]-'a' < 26 && t[1]-'A' < 26 && t[2]-'a' < 26
}

// zoneOfClock reports whether position i is a time zone that ends a clock
// time: "GMT" in "14:52 GMT", "ET" in "9 p.m. ET", "Pacific" in "10am
// Pacific time"; or the "US" of "64 US
// cents", in the money span, which is no place either.
func (a *annotator) zoneOfClock(i int) bool {
	if a.shapeOf(i)&shAllCaps == 0 && !a.word(i+1, wdTime) {
		return false // every zone of zoneNames is in capitals, or "Pacific time" has "time": most names are not
	}
	n := i - 1
	if n < 0 || a.kind(n) != tokenize.Number && !a.wordAmong(n, wdAMDot, wdPMDot, wdAm, wdPm) {
		return false
	}
	if a.kind(n) != tokenize.Number {
		n--
		if n < 0 || a.kind(n) != tokenize.Number {
			return false
		}
	}
	return a.isZone(i) && a.clock(n) == i+1 || a.word(i+1, wdTime) && a.clock(n) == i+2 || n == i-1 && a.textIs(i, "US") && a.sameTextIn(i, i+1, "cents cent")
}

// orgsAgree makes a name of two or more words that the text shows to be an
// organisation one everywhere: "Siemens Energy and Thyssenkrupp Nucera are
// among the bidders" … "Shares of Thyssenkrupp Nucera rose".
func (a *annotator) orgsAgree() {
	type name struct{ s, w, l int32 } // start (without "the"), words, bytes of the first
	var orgs [16]name
	n := 0
	for _, e := range a.ents {
		if e.kind != Org || e.b-e.a < 2 || n == len(orgs) {
			continue
		}
		s := e.a
		if a.word(int(s), wdThe) {
			s++
		}
		if e.b-s >= 2 {
			orgs[n], n = name{s, e.b - s, int32(len(a.text(int(s))))}, n+1
		}
	}
	if n == 0 {
		return
	}
	for k := range a.ents {
		e := &a.ents[k]
		if e.kind != Person || e.b-e.a < 2 {
			continue
		}
		l := int32(len(a.text(int(e.a))))
	next:
		for _, o := range orgs[:n] {
			if o.w != e.b-e.a || o.l != l {
				continue
			}
			for i := int32(0); i < o.w; i++ {
				if string(trimPoss(a.text(int(e.a+i)))) != string(a.text(int(o.s+i))) { // "Fair Basket's" after "consumer group Fair Basket"
					continue next
				}
			}
			a.toOrg(k)
			break
		}
	}
}

// toOrg makes the name a.ents[k] and its span an organisation.
func (a *annotator) toOrg(k int) {
	e := &a.ents[k]
	e.kind = Org
	start := a.tok(int(e.a)).Start
	for j := range a.spans {
		if a.spans[j].Start == start && a.spans[j].Kind == Person {
			a.spans[j].Kind = Org
		}
	}
}

// nameToken reports whether position i can be part of a name: whether it
// is in range and has tbName, which positions takes from a capitalized
// word glued to a currency sign after it.
func (a *annotator) nameToken(i int) bool {
	return uint(i) < uint(a.n) && a.tbits[i]&tbName != 0
}

// sameName reports whether position j may be part of a name and is in
// the sentence of position i: a.nameToken(j) && a.same(i, j), in one call
// for the size of the wasm build.
func (a *annotator) sameName(i, j int) bool {
	return a.nameToken(j) && a.same(i, j)
}

// nameText reports whether a token of kind k, shape sh, word classes
// flagSets[c] and text t, which holds a "-" if hyphen, may be part of a
// name, as far as these tell:
// newAnnotator works it out once for each position, and nameToken adds
// what depends on the next position.
func nameText(k tokenize.Kind, sh shape, c uint8, t []byte, hyphen bool) bool {
	if sh&shUpper == 0 {
		// Arabic names with a particle: "al-Sisi", "el-Sheikh"
		if k != tokenize.Word || !hyphen {
			return false
		}
		return len(t) > 4 && (t[2] == '-' || t[3] == '-') &&
			(t[0] == 'a' || t[0] == 'e') && (t[3] >= 'A' && t[3] <= 'Z' || t[2] == '-' && t[3] >= 'A' && t[3] <= 'Z' || len(t) > 4 && t[3] == '-' && t[4] >= 'A' && t[4] <= 'Z')
	}
	switch k {
	case tokenize.Word:
		if sh&shLetters == 0 {
			return false
		}
	case tokenize.Abbrev:
	default:
		return false
	}
	if flagSets[c]&(wMonth|wWeekday) != 0 && (k == tokenize.Abbrev || len(t) > 4) || string(t) == "I" {
		return false
	}
	return !contraction(t)
}

// contraction reports whether a word is a contraction such as "I'll",
// "We're" or "Don't" (a possessive "'s" or a name like "O'Brien" is not).
func contraction(t []byte) bool {
	var small [16]byte
	// The last apostrophe decides; one more than three bytes from the end
	// leaves a tail longer than any contraction's.
	for k := len(t) - 1; k > 0 && k >= len(t)-3; k-- {
		var tail []byte
		switch {
		case t[k] == '\'':
			tail = t[k+1:]
		case k >= 2 && t[k-2] == 0xE2 && t[k-1] == 0x80 && t[k] == 0x99: // ’
			tail = t[k+1:]
		default:
			continue
		}
		return wordIn("ll ve d m re t", lowerSmall(&small, tail))
	}
	return false
}

// runEnd returns the end of the run of name tokens starting at i, and
// whether "&" joins names in it, which makes it a firm's name ("Harwell
// & Finch", "Tull & Partners"). A run may hold particles ("Bank of
// England", "Ursula von der Leyen") and ends after a possessive
// ("NATO's").
func (a *annotator) runEnd(i int) (int, bool) {
	j, amp := i, false
	for j < a.n && j-i < 3*maxRun {
		// possessiveOrg asks first for a possessive at j or a closing
		// quotation mark after it, which most words have not.
		if a.shapeOf(j)&shPoss != 0 || a.kind(j+1) == tokenize.CloseQuote {
			if q := a.possessiveOrg(i, j); q > 0 {
				j = q
				continue
			}
		}
		if a.shapeOf(j)&shPoss != 0 {
			return j + 1, amp
		}
		k := j + 1
		if !a.same(j, k) || a.cellGap(j) {
			return k, amp // a tab or a wide gap parts a table's cells: "Location\tInnlandet"
		}
		// a stock index, a body's name as "S&P 500" is: "FTSE 100",
		// "Nikkei 225", "Euro Stoxx 50", "CAC 40"; "DAX", "Hang Seng",
		// "Dow Jones Industrial Average" with no number
		if t := a.text(j); a.kind(k) == tokenize.Number && len(a.text(k)) <= 3 && wordIn("FTSE Nikkei ASX Nifty Stoxx CAC", t) {
			return k + 1, true
		} else if len(t) <= 4 && (t[0] == 'D' || t[0] == 'S') && wordIn("DAX Seng Dow", t) {
			amp = true
		}
		if (a.nameToken(k) || a.fl(k)&wMonth != 0 && a.monthAsName(j, k)) && a.shapeOf(k)&shLineStart == 0 { // the month's class first, the cheaper test
			j = k
			continue
		}
		// a station's number: "BBC Radio 4", "Radio 5 Live", "Channel 4 News"
		if a.kind(k) == tokenize.Number && len(a.text(k)) <= 2 && a.wordAmong(j, wdRadio, wdChannel) && a.shapeOf(j)&shUpper != 0 {
			j = k
			continue
		}
		// "Shares of Apple", "Members of Congress" at the start of a
		// sentence: a plural noun, capitalised there, is not a name's head
		if j == i && a.word(k, wdOf) && !a.word(k+1, wdThe) && a.initial(i) && a.plural(i) && a.fl(i)&(wOrgKey|wTitle) == 0 { // "of" first, the cheaper test
			return k, amp
		}
		if a.kind(k) == tokenize.Punct {
			if r := a.commaList(i, j); r > 0 {
				j = r - 1
				continue
			}
			// a firm's name joined by "&": "Marks & Spencer", "Tull &
			// Partners"; not "the S&L crisis", "R&D"; a short one glued
			// together before a reporting verb: "PG&E said", "M&S said"
			if a.punctText(k, '&') && a.textIs(j, "S") && a.textIs(k+1, "P") && a.textIs(k+2, "500") {
				return k + 3, true // the index, "S&P 500"
			}
			if a.punctText(k, '&') && a.sameName(j, k+1) && a.shapeOf(k+1)&shUpper != 0 && (len(a.text(j))+len(a.text(k+1)) > 3 || a.shapeOf(k+1)&shGlued != 0 && a.is(k+2, wCue)) {
				j, amp = k+1, true
				continue
			}
		}
		if a.lowerWord(k, wdAnd) {
			if a.sameName(k, k+1) && a.entityKind(i, k+2) == Place {
				j = k + 1 // a listed place: "Bosnia and Herzegovina", "North Wales and Mersey"
				continue
			}
			if r := a.andJoin(i, k); r > 0 {
				j = r - 1
				continue
			}
		}
		// particles: "of", "of the", "von der", "al", and "on" after a
		// body's word before its subject: "Intergovernmental Panel on
		// Climate Change", "Framework Convention on Climate Change"; not
		// "the Commission on Monday", "the Old Post Office on Pennsylvania
		// Avenue" or "Services on Avanti" at a sentence's start
		// "to" and a verb in a campaign's name: "Campaign to Protect
		// Rural England" (see orgRun)
		if a.campaignTo(k) && a.nameToken(k+1) && a.same(j, k+1) {
			j = k + 1
			continue
		}
		m := k
		for m < a.n && m-k < 2 && a.is(m, wConnector) && (a.isLowerWord(m) || a.allCapsPair(j, m)) && !a.word(m, wdAnd) && (!a.word(m, wdOn) || m == j+1 && (a.fl(j)&wOrgKey != 0 || a.textIs(j, "Convention")) && a.shapeOf(j)&shUpper != 0 && !a.initial(j) &&
			a.nameToken(m+1) && a.fl(m+1)&(wWeekday|wMonth|wCommon) == 0 && a.entityKind(m+1, m+2) != Place && !a.textIn(m+1, "Facebook Instagram Twitter YouTube TikTok LinkedIn")) && a.same(j, m) && !a.textIn(j, "Fellow Fellows") {
			m++
		}
		if m > k && a.sameName(j, m) && (m-k == 1 || a.wordPair(k, wdOf, wdThe) || a.wordAmong(k, wdVon, wdVan, wdDe)) && !(a.word(k, wdThe) && m-k == 1) {
			j = m
			continue
		}
		return k, amp
	}
	return j + 1, amp
}

// cellGap reports whether a tab, or two spaces or more, follow the token
// at position i, as between the cells of a table: tabAfter or a gap of
// spaces, with the token read once.
func (a *annotator) cellGap(i int) bool {
	e := int(a.tok(i).End)
	return e < len(a.src) && (a.src[e] == '\t' || a.src[e] == ' ' && e+1 < len(a.src) && a.src[e+1] == ' ')
}

// allCapsPair reports whether the words at j and m are both in capitals,
// as a particle is in a name written in capitals: "THE STATE DEPARTMENT
// OF HEALTH".
func (a *annotator) allCapsPair(j, m int) bool {
	return a.shapeOf(j)&shAllCaps != 0 && a.shapeOf(m)&shAllCaps != 0 && a.kind(m) == tokenize.Word
}

// possessiveOrg returns the position of the organisation's word that
// follows the possessive at j, in the name that starts at i, when both are
// one name ("the Taxpayers' Alliance", "the National Farmers' Union", "the
// People's Bank of China"), or 0. After a known name or a title the
// possessive ends the name: "China's Ministry of Commerce", "Mr. Bush's
// Bureau of Labor Statistics"; so does a portfolio before a title,
// "Tamil Nadu’s Industries Minister".
func (a *annotator) possessiveOrg(i, j int) int {
	k := j + 1
	if a.kind(k) == tokenize.CloseQuote && a.shapeOf(k)&shGlued != 0 && len(a.text(k)) <= 3 && a.text(j)[len(a.text(j))-1] == 's' {
		k++ // "Taxpayers'"
	} else if a.shapeOf(j)&shPoss == 0 {
		return 0
	}
	if k+1 < a.n && a.fl(k+1)&wOrgKey != 0 && a.nameToken(k) && a.sameName(k, k+1) && (a.shapeOf(k)&shPoss != 0 || a.saint(i) || k > j+1 && a.fl(k)&wOrgKey == 0) {
		k++ // "the Boone County State's Attorney's Office", "St. Brendan's Lutheran Church", "Tenants' Rights Coalition"
	}
	if j-i > 2 && (j-i > 3 || !a.word(i, wdThe)) || // "The Ontario Home Builders' Association"
		!a.nameToken(k) || !a.same(j, k) || a.fl(k)&wOrgKey == 0 || a.listed(j, j+1) && !a.ownPossessive(j) || a.fl(k+1)&wTitle != 0 && a.plural(k) {
		return 0
	}
	for p := i; p < j; p++ {
		if a.fl(p)&wTitle != 0 {
			return 0
		}
	}
	return k
}

// saint reports whether position i is "St." or "Saint", which start the
// names of churches, schools and hospitals.
func (a *annotator) saint(i int) bool {
	return a.textIn(i, "St. St Saint")
}

// commaList returns the end of a name whose object after an
// organisation's "of" or "for" is a list, the run [i, j] holding its
// first item: "Ministry of Housing, Communities and Local Government",
// "Department for Digital, Culture, Media and Sport"; or 0. No item may be
// a known name or hold an organisation's word ("the Ministry of Defence,
// Treasury and Home Office" are three bodies).
func (a *annotator) commaList(i, j int) int {
	if !a.isPunct(j+1, ',') || !a.same(i, j+2) {
		return 0
	}
	p := j - 1
	for p > i && !(a.isLowerWord(p) && a.wordAmong(p, wdOf, wdFor)) {
		p--
	}
	if p <= i || j-p > 2 || a.fl(p-1)&wOrgKey == 0 || !a.plainItem(p+1, j+1) {
		return 0
	}
	m := j + 1
	for items := 0; items < 4; items++ {
		if !a.isPunct(m, ',') {
			return 0
		}
		q := m + 1
		for q-m <= 2 && a.sameName(m, q) && a.shapeOf(q)&shLineStart == 0 {
			q++
		}
		if q == m+1 || !a.plainItem(m+1, q) {
			return 0
		}
		if a.lowerWord(q, wdAnd) {
			r := q + 1
			for r-q <= 3 && a.sameName(q, r) {
				r++
			}
			if r == q+1 || a.sameName(q, r) || a.isPunct(r, ',') && a.nameToken(r+1) || !a.plainItem(q+1, r) {
				return 0
			}
			return r
		}
		m = q
	}
	return 0
}

// plainItem reports whether [s, e) can be an item in a name's list: no
// known name, no word for a body of its own ("Home Office"), no title, no
// possessive. "Media" and "Local Government" can be.
func (a *annotator) plainItem(s, e int) bool {
	if a.listed(s, e) {
		return false
	}
	for p := s; p < e; p++ {
		if a.fl(p)&wTitle != 0 || a.shapeOf(p)&shPoss != 0 || a.listed(p, p+1) ||
			a.fl(p)&wOrgKey != 0 && a.textIn(p, "Office Ministry Department Agency Bank Council Commission Bureau Service Authority Board Committee") {
			return false
		}
	}
	return true
}

// ownPossessive reports whether the word at j is a built-in name with an
// "'s" of its own ("Moody's"), which may go on: "Moody's Analytics".
func (a *annotator) ownPossessive(j int) bool {
	var buf [32]byte
	if t := a.text(j); len(t) <= len(buf) {
		_, ok := ownPossName(lowerInto(buf[:0], t))
		return ok
	}
	return false
}

// ownPossName looks up b, lower-case text that ends in "'s" (lowerInto
// makes a curly apostrophe straight), as a built-in name with an "'s" of
// its own: "moody's", "mcdonald's".
func ownPossName(b []byte) (Kind, bool) {
	if n := len(b); n < 3 || b[n-1] != 's' || b[n-2] != '\'' {
		return 0, false
	}
	return entityKind(b)
}

// andJoin returns the end of the capitalized words after the "and" at k
// when they finish the name that starts at i, and 0 when they start a name
// of their own. They finish it after an organisation's "of" or "for" whose
// object is not a known name ("Centers for Disease Control and
// Prevention", "Office of Rail and Road", not "Bank of England and
// Lloyds"), and when they end in an organisation's word after one or two
// words that are not a known name ("Food and Drug Administration"); the
// words after "and" may be four: "Elmbridge and Weald Hospitals NHS
// Trust".
func (a *annotator) andJoin(i, k int) int {
	r := k + 1
	for r-k <= 4 && a.sameName(k, r) {
		r++
		if a.shapeOf(r-1)&shPoss != 0 {
			break
		}
	}
	// two places after a body's "for" or "of" are its one area: "the
	// Crime Survey for England and Wales"
	if r == k+2 && k-i >= 3 && a.isLowerWord(k-2) && a.wordAmong(k-2, wdOf, wdFor) && a.entityKind(k-1, k) == Place && a.entityKind(k+1, r) == Place && a.shapeOf(k+1)&shPoss == 0 {
		return r
	}
	if r == k+1 || a.sameName(k, r) && a.shapeOf(r-1)&shPoss == 0 || a.listed(k+1, r) {
		return 0
	}
	if a.word(i, wdThe) {
		i++
	}
	// two names that end in the same word are two: "St Aidan's Church of
	// England Primary and Fenwick Road Primary"
	if string(a.text(k-1)) == string(a.text(r-1)) {
		return 0
	}
	for p := k - 2; p > i; p-- {
		if a.isLowerWord(p) && a.wordAmong(p, wdOf, wdFor) {
			// but a company's name after "and" is a body of its own:
			// "the Department for Transport and Wexcombe Estates Ltd"
			if (a.fl(p-1)&wOrgKey != 0 || a.fl(p-1)&(wTitle|wTitleMod) != 0 && a.lowerWord(p, wdFor) && !commonFirstName(a.text(k+1)) && !a.knownSurname(r-1)) && !a.listed(p+1, k) && a.plainItem(k+1, r) && !a.lowerIn(r-1, "inc inc. corp corp. corporation ltd ltd. plc llc") && !a.lowerIn(r, "inc inc. corp corp. corporation ltd ltd. plc llc") {
				return r
			}
			return 0
		}
	}
	if k-i <= 2 && r-k >= 3 && a.fl(r-1)&wOrgKey != 0 && !a.listed(i, k) && a.kind(i) == tokenize.Word && a.kind(k-1) == tokenize.Word &&
		a.fl(k+1)&wTitle == 0 && !a.lowerWord(i-1, wdBetween) && !camelCase(a.text(k+1)) { // "Verizon and General Electric" are two, so are the places "between Belleville Junction and Marais City", and "Northern and TransPennine Express"
		return r
	}
	return 0
}

// camelCase reports whether the word t has a capital letter after a
// small one, as a brand's name may: "TransPennine", "easyJet".
func camelCase(t []byte) bool {
	for i := 1; i < len(t); i++ {
		if 'A' <= t[i] && t[i] <= 'Z' && 'a' <= t[i-1] && t[i-1] <= 'z' {
			return true
		}
	}
	return false
}

// monthAsName reports whether the month name at k is a surname after the
// name token j: "Theresa May", not "in May 2024" or "Tuesday, May 5".
func (a *annotator) monthAsName(j, k int) bool {
	if !a.isWord(k) || a.fl(k)&wMonth == 0 || a.shapeOf(k)&shUpper == 0 || a.shapeOf(k)&shAllCaps != 0 {
		return false
	}
	if !a.nameToken(j) || a.fl(j)&(wMonth|wWeekday|wCommon|wTitle|wPrep) != 0 || a.kind(j) != tokenize.Word {
		return false
	}
	return a.kind(k+1) != tokenize.Number || !a.same(k, k+1)
}

// initial reports whether position i starts a sentence, a line, or a
// quotation, where any word is capitalized.
func (a *annotator) initial(i int) bool {
	if a.shapeOf(i)&(shSentStart|shLineStart) != 0 {
		return true
	}
	switch a.kind(i - 1) {
	case tokenize.OpenQuote, tokenize.Dash:
		return true
	case tokenize.Punct:
		t := a.text(i - 1)
		if len(t) == 1 && (t[0] == '*' || t[0] == '_') {
			return a.initial(i - 1) // markdown emphasis at the start: "**By Helen Marsh**"
		}
		return len(t) == 1 && (t[0] == ':' || t[0] == '(' || t[0] == '[')
	}
	return false
}

// commonInitial reports whether the capitalized word at i is probably an
// ordinary word capitalized because it starts a sentence.
func (a *annotator) commonInitial(i int) bool {
	if a.fl(i)&wCommon != 0 {
		return true
	}
	// a brand in lower case, "easyJet", is seen so everywhere
	return a.shapeOf(i)&shUpper != 0 && a.lowerSeen.has(a.hashAt(i))
}

// classifyRun emits the entities in the run of name tokens [s, e).
func (a *annotator) classifyRun(s, e int) {
	if e-s > 3*maxRun {
		return
	}
	if e-s == 1 && a.shapeOf(s)&shAllCaps != 0 && a.textIs(s, "NICE") {
		a.addEntity(Org, s, e) // England's health body, not Nice
		return
	}
	// whom a quotation is told, a name of no first name no one bore
	// before, is a broadcaster or a paper: "told Cadena Norte: “…”"
	if e-s >= 2 && a.word(s-1, wdTold) && a.isPunct(e, ':') && a.kind(e+1) == tokenize.OpenQuote && !commonFirstName(a.text(s)) && !a.knownSurname(e-1) && a.entityKind(s, e) == 0 {
		a.addEntity(Org, s, e)
		return
	}
	// The short form in brackets after an organisation's name is that
	// organisation: "the Office for National Statistics (ONS)", and "the
	// National Institute for Health and Care Excellence (Nice)", not the
	// French city, as its letters are the name's initials. A known place
	// that is not is a place: "the Food Standards Agency (Georgia)". A
	// party's short form after a person's name is the party: "Kelly Dunn
	// (Reform)", "Jane Ross (Lab)".
	if e-s == 1 && a.isPunct(s-1, '(') && a.isPunct(e, ')') {
		if k := a.entEndingAt(s - 1); k >= 0 && (a.ents[k].kind == Org && (a.entityKind(s, e) == 0 || a.initialsOf(s, int(a.ents[k].a), s-1)) ||
			a.ents[k].kind == Person && a.textIn(s, "Lab Con LD Reform Green Ind Plaid")) {
			a.addEntity(Org, s, e)
			return
		}
	}

	// A label and its letter name no one: "a Band D property", "Grade
	// II listed", "Class A drugs". The words around it are looked at on
	// their own.
	for k := s; k < e-1; k++ {
		if t := a.text(k + 1); len(t) == 1 && t[0] >= 'A' && t[0] <= 'Z' && a.kind(k+1) == tokenize.Word &&
			a.textIn(k, "Band Grade Class Category Section Type Phase Zone Tier") {
			a.classifyRun(s, k)
			a.classifyRun(k+2, e)
			return
		}
	}
	// A name no list knows after a person's full name and "of" is whom
	// they work for: "Jenny Walcott of Star Bet"
	if a.word(s-1, wdOf) && e-s <= 3 && a.fl(e-1)&wOrgKey == 0 && (!a.isLowerWord(e) || a.is(e, wCue|wStop)) { // not "the Joe Isuzu of American politics"
		if k := a.entEndingAt(s - 1); k >= 0 && a.ents[k].kind == Person && a.ents[k].b-a.ents[k].a >= 2 && a.entityKind(s, e) == 0 {
			a.addEntity(Org, s, e)
			return
		}
	}
	// A flight's label names no one, the airline before it does:
	// "United Airlines Flight 1282".
	if e-s >= 3 && a.kind(e) == tokenize.Number && a.textIs(e-1, "Flight") {
		a.classifyRun(s, e-1)
		return
	}
	// "Elections Canada", "Statistics Sweden", "Police Scotland": a
	// national agency; "Tennis Australia": a sport's national body;
	// "Electricity North West": a regional utility;
	// "UK Finance", "UK Sport": a body named for its country and trade
	if e-s >= 2 && e-s <= 3 && (a.entityKind(s+1, e) == Place && a.textIn(s, agencyWords) || e-s == 2 && a.shapeOf(s)&shAllCaps != 0 && a.entityKind(s, s+1) == Place && a.textIn(s+1, agencyWords)) {
		a.addEntity(Org, s, e)
		return
	}
	// A broadcaster's station with its number: "Channel 4", "Radio 5
	// Live", "BBC Radio 4" (see runEnd).
	for k := s + 1; k < e; k++ {
		if a.kind(k) == tokenize.Number && a.wordAmong(k-1, wdRadio, wdChannel) {
			a.addEntity(Org, a.withThe(s, Org, e), e)
			return
		}
	}
	// A capitalized ordinary word that starts a sentence is not a name,
	// unless the rest of the run needs it ("The Hague"); nor is "Rival"
	// before a company's name ("Rival Dunmore Home said").
	if e-s >= 2 && a.textIs(s, "Rival") && a.initial(s) {
		s++
	}
	// A rival that speaks of "its" sales is a company: "Rival Dunmore
	// Home said last month that its sales fell".
	if a.word(e, wdSaid) && (a.textIs(s-1, "Rival") || a.textIs(s-1, "rival")) {
		for p := e + 1; p < e+6 && a.same(e, p); p++ {
			if a.word(p, wdIts) {
				a.addEntity(Org, s, e)
				return
			}
		}
	}
	for s < e && a.initial(s) && a.commonInitial(s) {
		if e-s >= 3 && a.fl(s)&wTitleMod != 0 && a.fl(s+1)&wTitle != 0 {
			break // "Prime Minister Martin Lefebvre"
		}
		if e-s >= 2 && !a.word(s, wdThe) && a.entityKind(s, e) != 0 {
			break // "NEW DELHI", "New Zealand"
		}
		if a.word(s, wdThe) {
			if k := a.entityKind(s, e); k != 0 && (k == Place || a.orgRun(s+1, e)) {
				break
			}
		}
		if e-s >= 2 && !a.word(s, wdThe) && a.fl(s)&wCommon == 0 && !a.commonInitial(s+1) && a.nameShape(s, e) {
			break // "Mark Rutte" although "mark" is a word
		}
		if e-s >= 2 && a.fl(s)&wCommon == 0 && (a.fl(s+1)&wOrgKey != 0 || e-s >= 3 && a.fl(e-1)&wOrgKey != 0) && a.isWord(s) && a.orgRun(s+1, e) {
			break // "Crime Survey for England", "Rail Delivery Group" although "crime" and "rail" are words
		}
		if e-s >= 3 && a.textIn(s, "Northern Southern Eastern Western Central") {
			break // "Northern Light Opera said", a region's body
		}
		if e-s == 2 && a.fl(s)&wCommon == 0 && a.textIn(s+1, "UK England Scotland Wales") {
			break // "Energy UK", "Sport England" although "energy" and "sport" are words
		}
		if e-s == 1 && a.shapeOf(s)&shAllCaps != 0 && a.knownOrgHead(s) {
			break // "THE said", after "Times Higher Education (THE)"
		}
		s++
	}
	if s >= e {
		return
	}
	// A maker whose name is also a person's or a place's, and its model:
	// "Ford Puma", "Kia Sportage", "Vauxhall Corsa" are the maker; "Harrison
	// Ford" and "Kia Smith" are persons (for makers the lists know, see the
	// known names below).
	if uint(e-s-2) < 2 && (string(a.text(s)) == "Ford" || string(a.text(s)) == "Kia" || string(a.text(s)) == "Vauxhall") && a.textIn(s+1, "Puma Fiesta Focus Kuga Ranger Transit Mustang Sportage Niro Picanto Ceed Sorento Stonic Corsa Astra Mokka Grandland Frontera") {
		a.addEntity(Org, s, s+1)
		return
	}
	// A compound that says where a body is or who owns it names no one:
	// "Mumbai-based", "Tata-owned". A known place before "-based" is a
	// place: "Zürich-based".
	if t := a.text(s); a.kind(s) == tokenize.Word && len(t) >= 8 && t[len(t)-1] == 'd' {
		if h := ownerSuffix(t); h > 0 {
			if string(t[h+1:]) == "based" {
				sh := shape(0)
				if h <= 3 && t[h-1] >= 'A' && t[h-1] <= 'Z' {
					sh = shAllCaps // "UK-based"
				}
				if wordEntity(tokenize.Word, sh, t[:h]) == Place {
					st := a.tok(s).Start
					a.spans = append(a.spans, Span{Start: st, End: st + int32(h), Kind: Place, Link: -1})
				}
			}
			a.classifyRun(s+1, e)
			return
		}
	}
	// The end of a post with "and" inside, before the holder's name,
	// names no one: "The Police and Crime Commissioner, Gavin Ruddock,".
	if e-s >= 2 && a.fl(e-1)&(wTitle|wPersonRole) != 0 && a.isPunct(e, ',') && a.word(s-1, wdAnd) && a.shapeOf(s-2)&shUpper != 0 && a.nameToken(e+1) {
		return
	}
	// The three tests of runs of two words or more; most runs are one.
	if e-s >= 2 {
		if t := a.text(s); len(t) <= 6 && (t[0] == 'H' || t[0] == 'D' || t[0] == 'T') && wordIn("Hi Hello Hey Dear Thanks", t) {
			s++ // "Hi Dave": a greeting and a name
		}
	}
	if e-s >= 2 {
		if t := a.text(e - 1); len(t) >= 2 && t[0] == 'U' && t[1] == 'K' && (len(t) == 2 || a.shapeOf(e-1)&shPoss != 0) && a.entityKind(s, e-1) == 0 && a.placeHead(s, e-1) {
			a.addEntity(Org, s, e) // "Reform UK", "Age UK's": a body named for the country it works in
			return
		}
		if e-s == 2 && a.workplaceBefore(s) && a.entityKind(s, s+1) == Place && a.entityKind(s, e) == 0 {
			a.addEntity(Org, s, e) // where analysts work, named for a place: "Analysts at Cornwall Insight"
			return
		}
		if t := a.text(e - 1); (t[0] == 'W' || t[0] == 'U') && wordIn("Water Utilities", t) && a.placeHead(s, e-1) {
			a.addEntity(Org, a.withThe(s, Org, e), e) // a water company: "Northvale Water", "Calder Valley Water"
			return
		}
	}
	role := a.roleOf(s)
	heading := role == segment.Heading || role == segment.Furniture
	if heading && a.word(s-1, wdBy) && a.initial(s-1) {
		heading = false // a byline: "By Helen Marsh"
	}
	if heading && a.word(s-1, wdAnd) {
		// the byline's second writer: "By Marta Kowalczyk and Henrik Olsen"
		if e := a.entEndingAt(s - 1); e >= 0 && a.ents[e].kind == Person && a.word(int(a.ents[e].a)-1, wdBy) && a.initial(int(a.ents[e].a)-1) {
			heading = false
		}
	}
	// A football club of the Spanish or Portuguese kind is no person nor
	// place: "Real Betis", "Sporting Lisbon", "Athletic Bilbao", "Boca
	// Juniors", "Real Oviedo Atlético".
	if e-s >= 2 && e-s <= 3 && !a.isLowerWord(s+1) && ((len(a.text(s)) == 4 || len(a.text(s))|1 == 9) && wordIn(clubFirsts, a.text(s)) || a.textIs(e-1, "Juniors") || a.textIs(e-1, "Atlético")) {
		a.addEntity(Org, a.withThe(s, Org, e), e)
		return
	}
	// A party's label before a name is not part of it: "Republican Mark
	// Hartley", "over Democrat Elena Delgado", "Liberal Democrat Jane Kerr".
	if k := a.partyLabel(s, e); k > 0 {
		a.classifyRun(s+k, e)
		return
	}
	// "Dr. Ding Ding of the University of Sydney": a person, then where
	// they work.
	for k := s + 1; k < e-1; k++ {
		if a.lowerWord(k, wdOf) {
			if _, ok := a.titled(s, k); ok || a.nameShape(s, k) && k-s <= 3 && !a.orgRun(s, k) && a.entityKind(s, k) == 0 {
				a.classifyRun(s, k)
				r := k + 1
				if a.word(r, wdThe) {
					r++
				}
				if r < e {
					a.classifyRun(r, e)
					// where a person works, a name no list knows: "Hannah
					// Lowe of Bernstein", "Ben Ruiz of Wedbush"
					if p := a.entStartingAt(s); p >= 0 && a.ents[p].kind == Person && e-r <= 3 && a.entStartingAt(r) < 0 &&
						(a.nameShape(r, e) || e-r == 1 && a.placeHead(r, e) && !demonyms.Has(a.text(r))) && !a.lowerIs(e, wOrgKey) {
						a.addEntity(Org, r, e)
					}
				}
				return
			}
			break
		}
	}
	// A title before a name makes a person: "Secretary-General Mark
	// Rutte"; not "General" before a law's name.
	if ps, ok := a.titled(s, e); ok && !wordIn(lawWords, a.text(e-1)) {
		if ps > s {
			a.classifyRun(s, ps)
		}
		a.addEntity(Person, ps, e)
		return
	}
	if k := a.entityKind(s, e); k != 0 {
		if k == Place && e-s == 1 && a.clubCity(s) {
			k = Org // "Liverpool drew with Chelsea"
		}
		if k != Place || len(a.text(e)) != 5 || !a.textIn(e, "geese goose") {
			a.addEntity(k, a.withThe(s, k, e), e) // no place in "Canada geese"
		}
		return
	}
	if e-s >= 2 && (len(a.text(e-1)) <= 4 && a.textIn(e-1, "SA NV BV AB ASA SpA Oyj AG SE KK GmbH") || uint(len(a.text(s))-5) < 2 && a.textIn(s, "Banco Banca Grupo Groupe Gruppo Caixa")) {
		a.addEntity(Org, a.withThe(s, Org, e), e) // "Korenbloem NV", "Farmacor SA", "Banco Paulista"
		return
	}
	if a.sameAmong(s, e, wdPlc, wdInc, wdIncDot, wdLtd, wdLlc, wdAg, wdSa, wdGmbh) {
		a.addEntity(Org, a.withThe(s, Org, e), e+1)
		return
	}
	// A minister's post is held by a person, and is no body: "the
	// Minister for Emergency Management" (its last word is no surname:
	// see addEntity).
	if e-s >= 3 && e-s <= 6 && a.textIs(s, "Minister") && a.lowerWord(s+1, wdFor) && !a.listed(s+2, e) {
		a.addEntity(Person, s, e)
		return
	}
	if a.orgRun(s, e) && e-s >= 2 {
		a.addEntity(Org, a.withThe(s, Org, e), e)
		return
	}
	if k := a.particleName(s, e); k != 0 {
		a.addEntity(k, s, e) // "near Ponte de Lima", not "Ponte de" and Lima
		return
	}
	// Known names inside the run, longest first; what is left may be a
	// person.
	rest := s
	for p := s; p < e; {
		q := min(e, p+maxRun)
		if !a.mayStartEntity(p) {
			q = p // no name starts here, of any length
		}
		for ; q > p; q-- {
			if k := a.entityKind(p, q); k != 0 {
				break
			}
		}
		if q == p {
			p++
			continue
		}
		if q-p == 1 && e-s == 2 && rest == s && p == s && a.placeAsFirstName(s) && a.surnameShape(s+1) && landWord(a.text(s+1))&landAfter == 0 {
			// "Jordan Smith", "Sofia Lindqvist", "Chelsea Clinton": a first
			// name that is also a place or a club (the rule here before
			// never fired: nameShape refuses a listed place)
			a.addEntity(Person, s, e)
			return
		}
		k := a.entityKind(p, q)
		if k == Place && q < e && a.textIn(e-1, "Intermediate Sweet Sour Select") {
			return // a crude's grade, no place: "West Texas Intermediate", "Louisiana Light Sweet"
		}
		if k == Place && p == s+1 && q == e && e-s == 2 && a.is(e, wCue) && a.kind(s) == tokenize.Word && a.fl(s)&wCommon == 0 {
			// a name of two words whose last is a place, before a cue:
			// "Michael Jordan said", or a body's if "it" follows,
			// "Entergy Louisiana said it had", not the state
			k = Person
			for r := e + 1; r < e+3; r++ {
				if a.wordAmong(r, wdIt, wdIts) {
					k = Org
				}
			}
			a.addEntity(k, s, e)
			return
		}
		if k == Place && p > rest && a.textIn(p-1, "North South East West Port") {
			p-- // a part of a place: "West Yorkshire", "South Lanarkshire"
		}
		if k == Place && p > rest && (a.textIs(p-1, "HMP") || a.textIs(p-1, "HMYOI")) {
			p, k = p-1, Org // a prison: "HMP Leeds"
		}
		a.leftover(rest, p, heading)
		if k == Org && q < e && e-q <= 3 && (a.fl(q)&wOrgKey != 0 || a.orgRun(q, e)) && (!a.plural(e-1) || a.fl(e-1)&wOrgKey != 0) {
			q = e // "BBC Radio Harbour", "BBC World Service", "NHS Providers", not "Reuters Trust Principles"
		}
		if k == Org && q < e && e-q <= 2 && string(a.text(q-1)) == "Lancet" {
			q = e // a journal of the Lancet's: "The Lancet Public Health"
		}
		if k == Place && q-p == 1 && a.clubCity(p) {
			k = Org // "Liverpool drew with Chelsea", "beat Newcastle 2-1"
		}
		if k == Place && q == e-1 && a.textIn(q, "Central North South East West") {
			q = e // a constituency: "Leeds Central", "Edinburgh West"
		}
		if k == Place && q < e && a.textIs(q, "Open") {
			k, q = Org, e // an event named for its country: "the US Open", not the US
		}
		if k == Place && q == e-1 && landWord(a.text(q))&landAfter != 0 {
			q = e // "the Florida Panhandle", "Colorado Springs"
		}
		a.addEntity(k, a.withThe(p, k, q), q)
		p, rest = q, q
		if k == Org && p == s+1 && e-p <= 2 && !a.listed(p, e) {
			return // a maker and its model: "Tesla Model Y", "Nissan Qashqai", "BYD Seal U"
		}
	}
	a.leftover(rest, e, heading)
}

// agencyWords name a national body's trade, before or after its country:
// "Statistics Sweden", "UK Finance" (see classifyRun).
const agencyWords = "Statistics Elections Health Parks Transport Finance Environment Justice Employment Immigration Fisheries Agriculture Veterans Heritage Police Sport Historic Natural Electricity Athletics Music Hospitality Tennis Cricket Rugby Swimming Golf Hockey Cycling Netball Rowing"

// initialsOf reports whether the letters of the word at i, in order,
// are initials of the capitalized words of [s, e), the first the first's:
// "Nice" of "National Institute for Health and Care Excellence".
func (a *annotator) initialsOf(i, s, e int) bool {
	t := a.text(i)
	if len(t) < 2 {
		return false
	}
	n := 0
	for p := s; p < e && n < len(t); p++ {
		w := a.text(p)
		if len(w) == 0 || w[0] < 'A' || w[0] > 'Z' {
			continue
		}
		if w[0] == t[n]&^0x20 {
			n++
		} else if n == 0 {
			return false
		}
	}
	return n == len(t)
}

// lawWords end the names of laws and registers, which name no one:
// "the General Data Protection Regulation", "the EU Transparency
// Register".
const lawWords = "Regulation Directive Register"

// nameParticles are the lower-case words inside a place's or a person's
// name: "Ponte de Lima", "Vasco da Gama", "Ursula von der Leyen".
const nameParticles = "de da dos das del della di du van von der den la le los las het"

// particleName returns the kind of the run [s, e) when it is one name
// with a particle inside, although a piece of it is a built-in name, or
// 0: Place for "Ponte de Lima" (not "Ponte de" and the Peruvian capital)
// and "Santiago de Compostela", Person when a cue follows or the last word
// is a surname seen before ("Maria de Lima said"). One or two Titlecase
// words stand on each side of one or two particles, none of them a
// title, an organisation's word or a common word. Runs with no built-in
// piece are left to leftover, and a run a list knows as a whole to the
// lists.
func (a *annotator) particleName(s, e int) Kind {
	if e-s < 3 || e-s > 6 {
		return 0
	}
	p := s + 1
	for p < e && !a.isLowerWord(p) {
		p++
	}
	q := p
	for q < e && q-p < 2 && a.isLowerWord(q) && a.textIn(q, nameParticles) {
		q++
	}
	if p-s > 2 || q == p || e-q < 1 || e-q > 2 || a.listed(s, e) {
		return 0
	}
	place := false
	for _, r := range [2][2]int{{s, p}, {q, e}} {
		for i := r[0]; i < r[1]; i++ {
			if a.kind(i) != tokenize.Word || a.shapeOf(i)&(shUpper|shAllCaps|shPoss) != shUpper ||
				a.fl(i)&(wTitle|wTitleMod|wOrgKey|wMonth|wWeekday|wCommon) != 0 {
				return 0
			}
		}
		switch a.entityKind(r[0], r[1]) {
		case Place:
			place = true
		case 0:
		default:
			return 0
		}
	}
	if !place {
		return 0
	}
	if a.knownSurname(e-1) || a.speechVerb(e) {
		return Person
	}
	return Place
}

// partyLabel returns the number of words of a party's label that starts
// the run [s, e) and comes before a person's name of two or three words,
// or 0: 1 for "Republican Mark Hartley" and "Tory Jane Kerr", 2 for
// "Liberal Democrat Jane Kerr" and "Lib Dem Jane Kerr". "Green Bay
// Packers" and "Conservative Political Action Conference" are no label
// and a name. Labels that are built-in names ("Labour", "SNP") are
// organisations, and the name after them a person, already.
func (a *annotator) partyLabel(s, e int) int {
	n := 1
	switch {
	case e-s < 3:
		return 0
	case e-s >= 4 && (a.textIs(s, "Liberal") && a.textIs(s+1, "Democrat") || a.textIs(s, "Lib") && a.textIs(s+1, "Dem")):
		n = 2
	case !a.textIn(s, "Republican Democrat Conservative Tory Green Liberal Labor"):
		return 0
	}
	q := s + n // the name ends at its run's end or at "of": "Democrat Elena Delgado of Arizona"
	for q < e && !a.lowerWord(q, wdOf) {
		q++
	}
	if q-s-n > 3 || !a.nameShape(s+n, q) || a.listed(s+n, q) {
		return 0
	}
	return n
}

// clubFirsts are the words that start a football club's name of the
// Spanish or Portuguese kind (see classifyRun), of 4, 8 or 9 bytes:
// classifyRun tests the length first.
const clubFirsts = "Real Sporting Athletic Atlético Atletico Deportivo"

// clubCity reports whether the word at p, a city or a first name, names
// a football club, as it does in a match's report: before or after
// "beat", before "drew", a score or "won" and a score, before "lost to" a
// name, after "drew with" or "lost to": "Liverpool drew with Chelsea",
// "Arsenal beat Newcastle 2-1", "lost to Brighton". Elsewhere the city is
// a place and the name a person's: "flights from Liverpool", "his
// daughter Chelsea". After a score or "v", "Arsenal 2-1 Chelsea",
// "Arsenal v Chelsea", or with a word of football in its sentence
// ("league", "goal", "matches"), it is a club too, and the name alone is the club's
// later in the text (see addEntity). The words around it are read without regard to the
// sentence's end, as a full stop is a position of its own between them.
func (a *annotator) clubCity(p int) bool {
	if !clubCities.Has(a.text(p)) {
		return false
	}
	for _, c := range clubContexts {
		if wordIn(c.w, a.text(p+int(c.d))) && (c.v == "" || wordIn(c.v, a.text(p+int(c.e)))) {
			return true
		}
	}
	k := p + 1
	if a.textIn(k, "won lost") {
		k++ // "Chelsea won 3-1"
	}
	t, b := a.text(k), a.text(p-1)
	if len(t) > 0 && t[0]-'0' < 10 && (len(t) >= 3 && t[1] == '-' || len(t) == 1 && a.textIs(k+1, "–")) ||
		len(b) >= 3 && b[0]-'0' < 10 && b[1] == '-' { // "Arsenal 2-1 Chelsea"
		return true
	}
	// a word of football in the sentence: "Chelsea, who started the day
	// in fourth, stay on 31 points from 16 matches."
	for k = p - 12; k < p+16; k++ {
		if a.sameLower(p, k) && a.textIn(k, "league club match matches goal goals striker manager fixture derby defender midfielder transfer") {
			return true
		}
	}
	return false
}

// clubCities are the cities and first names that are also a club's name
// (see clubCity).
var clubCities = wordset.Of("Liverpool|Newcastle|Barcelona|Southampton|Bournemouth|Brighton|Sunderland|Leeds|Leicester|Dortmund|Porto|Chelsea|Lyon|Marseille")

// clubContexts are the words around a club's name in a match's report
// (see clubCity): the word at d from it in w and, unless v is "", the
// word at e in v.
var clubContexts = [...]struct {
	d, e int8
	w, v string
}{
	{1, 0, "beat drew thrashed v vs", ""}, {-1, 0, "beat thrashed v vs", ""}, // "Liverpool beat", "beat Liverpool", "Arsenal v Chelsea"
	{-1, -2, "with", "drew"}, {-1, -2, "to", "lost"}, {1, 2, "lost", "to"}, // "drew with Leeds", "lost to Leeds", "Leeds lost to"
}

// sideWords are the players and staff of a side, after a country's name:
// "England captain", "Australia coach" (see addEntity); each is a
// wPersonRole word.
const sideWords = "captain coach skipper manager striker midfielder defender goalkeeper"

// nationalAdjectives are adjectives of a nation that no first name
// shares: before a plural they start a company's name, "Irish Ferries",
// "British Airways" (see leftover).
const nationalAdjectives = "Irish British Scottish Welsh English French Dutch Spanish Swiss Danish Swedish Finnish Polish Turkish Chinese Japanese Portuguese"

// leftover classifies a part of a run that matched no list: a person when
// it has the shape of a name, or a known surname.
func (a *annotator) leftover(s, e int, heading bool) {
	if s >= e {
		return
	}
	// a court list's address, "Name, 34, of Mill Lane, Hexford, admitted":
	// the street (no built-in name) and the town are places
	if a.isPunct(e, ',') {
		if k := a.entEndingAt(s - 1); a.lowerWord(s-1, wdOf) && a.isPunct(s-2, ',') && !a.listed(s, e) && a.shapeOf(e+1)&shUpper != 0 ||
			k >= 0 && a.ents[k].kind == Place && a.lowerWord(int(a.ents[k].a)-1, wdOf) && a.isPunct(int(a.ents[k].a)-2, ',') && !a.listed(int(a.ents[k].a), s-1) {
			a.addEntity(Place, s, e)
			return
		}
	}
	if e-s <= 3 && a.isPunct(e, ',') && a.stateAfter(e+1) && !a.initial(s) {
		a.addEntity(Place, s, e) // "in Rockford, Ill.,", "Loves Park, Illinois"
		return
	}
	if e-s <= 3 && (a.lowerWord(s-1, wdOf) && a.isLowerWord(s-2) && a.textIn(s-2, "city town village district province region community") || a.arabPlace(s, e)) && !a.knownSurname(e-1) {
		a.addEntity(Place, s, e) // "the village of Umm al-Qura", "the town of Kupiansk", "Beit Sarouf"
		return
	}
	if e-s == 1 {
		if a.fl(s)&wMonth != 0 && (a.is(s-1, wPrep|wRelMod) || a.wordAmong(s-1, wdEarly, wdLate, wdMid) || a.kind(s+1) == tokenize.Number) {
			return // "in May", "May 5": a date
		}
		if a.knownSurname(s) && !(a.isPunct(e, ')') && a.lowerWord(s-1, wdAnd)) {
			// but not the end of a constituency in brackets, "Tom Ferris
			// (Glenmoor and Ashby)", after Catherine Ashby
			a.addEntity(Person, s, e)
		} else if a.lowerWord(s-1, wdIn) && a.textIn(s-2, "home homes lives lived living born based") && a.placeHead(s, e) {
			a.addEntity(Place, s, e) // "his home in Harrogate", although "Harrogate and District Council" is a body
		} else if a.lowerWord(s-1, wdThe) && a.entityKind(s-1, e) == Place && !a.textIs(e, "states") {
			a.addEntity(Place, s, e) // "the Gulf", although "Gulf Press" is a body
		} else if a.knownOrgHead(s) && !(a.lowerWord(e, wdAnd) && a.lowerIn(e+2, "counties states provinces districts")) {
			// not a place's name of a list, "Shasta and Tehama counties",
			// after "Shasta College"
			if a.shapeOf(s)&shAllCaps != 0 && a.sameWord(s, s-1, wdThe) {
				s-- // "the OBR", as "the Office for Budget Responsibility"
			}
			a.addEntity(Org, s, e) // "Helix" of "Helix Semiconductor"
		} else if a.clubCity(s) || a.textIs(s-1, "consultancy") {
			a.addEntity(Org, s, e) // "drew with Chelsea", "of the consultancy Edubridge"
		} else if !heading && (a.routeEnd(s) || a.coveredPlace(s)) {
			a.addEntity(Place, s, e) // "the A591 between Keswick and Grasmere", "the Holyhead to Dublin sailing"
		} else if !heading && a.isPunct(e, ',') && a.lowerWord(e+1, wdWho) && a.oneName(s) &&
			(a.isPunct(s-1, ',') || a.initial(s) || a.isLowerWord(s-1) && a.wordAmong(s-1, wdAnd, wdBut)) {
			a.addEntity(Person, s, e) // a man known by one name: "Still, Idris, who does the books, reckons"
		} else if !heading && a.isPunct(e, ',') && a.lowerWord(e+1, wdWhich) && a.shapeOf(s)&shPoss != 0 && a.initial(s) {
			a.addEntity(Org, s, e) // a shop by its owner's name: "Marlow’s, which runs 40 stores, said"
		} else if !heading && a.isPunct(e, ',') && a.is(e+1, wDet) && !a.nameToken(s-1) {
			// a business described up to the next comma: "Corvane, the
			// cloud software company, said", "Talbrook, a Leeds-based
			// lender,"
			c := e + 3
			for c < e+5 && !a.isPunct(c, ',') {
				c++
			}
			if a.institutionBefore(c) && a.isPunct(c, ',') {
				a.addEntity(Org, s, e)
			}
		}
		return
	}
	if a.word(s-1, wdThe) && a.kind(s-2) == tokenize.OpenQuote && (a.kind(e) == tokenize.CloseQuote || a.isPunct(e, ',') && a.kind(e+1) == tokenize.CloseQuote) {
		return // a title that fills the quotation: "The Slow Flood,"
	}
	if t := a.text(e - 1); string(t) == "Age" && a.word(s-1, wdThe) || a.shapeOf(e-1)&shAllCaps != 0 && wordIn("EPS GAAP EBITDA EBIT", t) || jobWord(t) || wordIn("Masters Classic Championship Championships Dem "+lawWords, t) {
		// an age of history, "the Viking Age"; a measure, "Adjusted EPS"; a
		// job, "Chief Financial Officer"; a sporting event, "the Valmont
		// Masters"; parties, "a Conservative-Lib Dem coalition"; a law or
		// a register, "the General Data Protection Regulation", "the EU
		// Transparency Register"
		return
	}
	if !heading && e-s <= 3 && (landWord(a.text(e-1))&landAfter != 0 && a.placeHead(s, e-1) ||
		landWord(a.text(s))&landBefore != 0 && a.placeHead(s+1, e) && a.fl(e-1)&wNonName == 0 && !a.speechVerb(e) && !(a.isPunct(s-1, ',') && a.lowerIs(s-2, wTitle|wPersonRole)) ||
		landWord(a.text(s))&landStreet != 0 && !a.speechVerb(e)) {
		// "the Thwaites Glacier", "Death Valley", "Loch Ness", "Cabo
		// Carvoeiro"; not "the Rio Pact", "Rio Ferdinand said" or "leader,
		// Isla Fairbairn"; a
		// street or square, "Rua das Flores", "Calle Mayor"
		a.addEntity(Place, s, e)
		return
	}
	// a heading's name is a person's when the text named them before: a
	// results row's "Elena Marsh — Dem — 51.8%"
	if a.members(e - 1) {
		return // a group, no person: "Tory MPs", "Lib Dem Councillors"
	}
	if e-s == 3 && demonyms.Has(a.text(s)) && !a.plural(e-1) && a.nameShape(s, e) {
		s++ // a nationality before a name is no part of it: "Australian Jack Pryor"
	}
	// after "the charity", any Titlecase words: "the charity Warm Homes
	// Now", "the charity Hope Not Hate", and those words again later
	if (!heading || e-s <= 3 && a.knownSurname(e-1) && a.surnameShape(e-1)) && (e-s <= 3 || e-s == 4 && a.isLowerWord(s+1)) && (a.nameShape(s, e) || a.institutionBefore(s) || a.orgAgain(s, e)) {
		k := Person
		// "shares in Harrowgate Civils", "a stake in Harland Wolff", "Fenwick Marsh
		// shares": a company
		if a.wordAmong(s-1, wdIn, wdOf) && a.wordAmong(s-2, wdShares, wdStake) || a.sameWord(s, e, wdShares) ||
			a.institutionBefore(s) || a.workplaceBefore(s) || a.lowerWord(s-1, wdIn) && a.textIs(s-2, "published") && a.shapeOf(e-1)&shPoss == 0 || a.plural(e-1) && (demonyms.Has(a.text(s)) || a.textIn(s, nationalAdjectives)) || e-s == 2 && a.textIn(e-1, "Homes Living") { // "Norwegian Water Resources", "Irish Ferries"; a housebuilder, "Tollbridge Homes", "Kestrel Living"
			k = Org
		} else if (a.wordAmong(s-1, wdNear, wdOutside) || a.word(s-1, wdIn) && a.textIn(s-2, "home homes lives lived living born based")) && a.isLowerWord(s-1) && !a.knownSurname(e-1) && (!a.saint(s) || a.shapeOf(e-1)&shPoss == 0) {
			k = Place // "near Garden Prairie", "who lives in Warner Robins"
		} else if a.regionAfterIn(s, e) {
			k = Place // "rain in Minas Gerais"
		} else if a.saint(s) && a.shapeOf(e-1)&shPoss != 0 {
			if a.textIs(e, "Day") && a.same(s, e) {
				return // a feast day, "St Patrick's Day", names no one
			}
			k = Org // a school, church or hospital: "At St Aidan's the figure was 54%"
		} else if a.textIn(e-1, "Poll Survey Relations") {
			k = Org // "a Buckeye Poll survey", "Investor Relations"
		} else if a.isLowerWord(e) && a.sameTextIn(s, e, "fire wildfire blaze") {
			k = Place // a fire is named for where it started: "the Sable Ridge fire"
		} else if a.sameKind(s, e, tokenize.Number) && (a.lowerWord(s-1, wdThe) || a.modelNumber(s, e)) || a.textIs(e, "crude") {
			return // a product and its model: "the Halden Buds 2", "Pixelon Nova 9 review", "last year's Nova 8"; an oil's grade, "Bonny Light crude"
		} else if a.word(s-1, wdThe) && !a.knownSurname(e-1) && (a.isPunct(e, ',') || a.isLowerWord(e) && a.fl(e)&wStop != 0 && !a.textIn(e, "who that")) {
			return // a ship or a thing, no one: "the Glen Sannox had carried"; not "the Joe Biden administration"
		}
		for c := e; k == Person && c < e+4 && a.same(s, c); c++ {
			if a.isPunct(c, '(') && a.kind(c+1) == tokenize.Number && len(a.text(c+1)) == 4 && a.isPunct(c+2, ')') && (c > e || a.is(s-1, wDet)) {
				return // a work's title before its year: "Swimming Pool at Noon (1962)", "Untitled (Blue Figure) (1971)", "Study for a Pool (1961)"
			}
		}
		a.addEntity(k, s, e)
	}
}

// modelNumber reports whether the number at e, after the name [s, e)
// that no one was called before, is a product's model number: one or two
// bare digits, then a word or the end of the sentence ("Nova 9 review",
// "last year's Nova 8."), not a scorer's tally or a minute ("Haaland 2,
// Foden 1", "Kane 9'").
func (a *annotator) modelNumber(s, e int) bool {
	t := a.text(e)
	if len(t) > 2 || t[0] < '0' || t[0] > '9' || t[len(t)-1] < '0' || t[len(t)-1] > '9' || a.knownSurname(e-1) {
		return false
	}
	return a.sameKind(e, e+1, tokenize.Word) && a.isLowerWord(e+1) || a.isPunct(e+1, '.') && !a.same(e, e+2)
}

// landWords are the words that make a name a place's, after
// ("Thwaites Glacier") or before ("Loch Ness", "Cabo Carvoeiro", "Punta
// Arenas", "Isla Mujeres", "the Rivers Wye and Usk") Titlecase words
// (see leftover); "Lake" and "River" go either way ("the River Severn").
var landWords = func() (t wordset.Table) {
	t = wordset.New(64)
	t.PutList(landAfter, "Point|Glacier|Island|Islands|Mountains|Valley|Peninsula|Desert|Canyon|Springs|Panhandle|Falls|Creek|Heights|Vale|Cross|Lawns|Moor|Parish|County|Borough|Junction")
	t.PutList(landBefore, "Mount|Loch|Lough|Cape|Capel|Cairn|Llyn|Cabo|Capo|Cap|Ponta|Punta|Isla|Ilha|Monte|Rio|Lago|Sierra|Rivers")
	t.PutList(landAfter|landBefore, "Lake|River")
	t.PutList(landArab, "Beit|Umm|Deir|Tel|Khan|Kfar|al|el")
	t.PutList(landStreet, "Rua|Rue|Calle|Via|Praça|Piazza|Plaza|Avenida|Carrer|Largo|Rambla")
	return t
}()

const (
	landAfter  = 1
	landBefore = 2
	landArab   = 4 // the first word or prefix of an Arabic place's name, "Beit Sarouf", "Tel-Hamra", "al-Masriya"
	landStreet = 8 // the first word of a street's or a square's name, "Rue de Rivoli", "Praça do Comércio"
)

// arabPlace reports whether the name [s, e) that no list knows is a
// place's by its first word, "Beit Sarouf", "Umm al-Qura", "Deir
// al-Balah", or, when it is one word, by the prefix before its hyphen,
// "Tel-Hamra", "al-Masriya"; not when a speech verb follows, "al-Sisi
// said".
func (a *annotator) arabPlace(s, e int) bool {
	t := a.text(s)
	if e-s == 1 {
		h := bytes.IndexByte(t, '-')
		if h < 0 {
			return false
		}
		t = t[:h]
	}
	return landWord(t)&landArab != 0 && !a.speechVerb(e)
}

// landWord returns the landAfter and landBefore bits of the word t.
func landWord(t []byte) uint8 {
	v, _ := landWords.Get(t)
	return v
}

// routeEnd reports whether the one unknown name at s is an end of a
// route: "between Keswick and Grasmere" after a road or a service ("the
// A591", "services", "trains"), or where the other end is a built-in
// place ("between Carlisle and Maryport", "the 20:15 Holyhead to Dublin
// sailing", after "from" or a time). "a row between Smith and Jones"
// names people.
func (a *annotator) routeEnd(s int) bool {
	if !a.placeHead(s, s+1) {
		return false
	}
	other, between := -1, -1
	switch {
	case a.lowerWord(s-1, wdBetween) && a.word(s+1, wdAnd) && a.same(s-1, s+2):
		other, between = s+2, s-1
	case a.word(s-1, wdAnd) && a.lowerWord(s-3, wdBetween) && a.same(s-3, s):
		other, between = s-2, s-3
	case a.lowerWord(s+1, wdTo) && a.same(s-1, s+2) && (a.lowerWord(s-1, wdFrom) || a.kind(s-1) == tokenize.Number):
		other = s + 2 // "from Holyhead to Dublin", "the 20:15 Holyhead to Dublin sailing"; not "the Marines to Lebanon"
	default:
		return false
	}
	if a.entityKind(other, other+1) == Place && (!a.same(other, other+1) || a.shapeOf(other+1)&shUpper == 0) {
		return true // the other end is a known place, not the start of a longer name
	}
	if between < 0 || !a.placeHead(other, other+1) {
		return false
	}
	b := between - 1
	if t := a.text(b); a.kind(b) == tokenize.Word && len(t) >= 2 && len(t) <= 5 && (t[0] == 'A' || t[0] == 'M' || t[0] == 'B') && '0' <= t[1] && t[1] <= '9' {
		return true // a British road: "the A591", "the M6"
	}
	return a.isLowerWord(b) && a.lowerIn(b, "services service trains train buses bus flights ferries sailings road roads route line lines railway closed shut")
}

// coveredPlace reports whether the one unknown name at s is in the list
// of places a route or a service covers or serves: "a route covering
// Keswick, Ambleside and Grasmere", "buses serving Hexham".
func (a *annotator) coveredPlace(s int) bool {
	if !a.placeHead(s, s+1) {
		return false
	}
	p := s - 1
	for k := 0; k < 8 && a.same(p, s) && (a.isPunct(p, ',') || a.lowerWord(p, wdAnd)); k++ {
		if a.word(p, wdAnd) && a.isPunct(p-1, ',') {
			p-- // "Keswick, Ambleside, and Grasmere"
		}
		if !a.placeHead(p-1, p) && a.entityKind(p-1, p) != Place {
			return false
		}
		p -= 2
	}
	if t := a.text(p); !a.same(p-1, s) || !wordIn("covering serving", t) {
		return false
	}
	return (a.isLowerWord(p-1) || a.initial(p-1)) && a.lowerIn(p-1, "route routes service services bus buses line lines train trains network")
}

// placeHead reports whether [s, e) can be the first words of a place
// named for a feature of the land, "Thwaites" in "Thwaites Glacier":
// Titlecase words, none a built-in name, a title, a month or a common word.
func (a *annotator) placeHead(s, e int) bool {
	for i := s; i < e; i++ {
		if a.kind(i) != tokenize.Word || a.shapeOf(i)&(shUpper|shAllCaps|shPoss) != shUpper || a.listed(i, i+1) ||
			a.fl(i)&(wTitle|wTitleMod|wMonth|wWeekday|wCommon|wOrgKey) != 0 {
			return false
		}
	}
	return s < e
}

// stateAfter reports whether a state or a country ends a place's name
// at i: a known place or an abbreviated US state, followed by a comma or
// the sentence's end ("Rockford, Ill., on Sunday"), not "Texas's governor".
func (a *annotator) stateAfter(i int) bool {
	if !a.same(i-1, i) || a.shapeOf(i)&shPoss != 0 || !a.clauseEnds(i+1) {
		return false
	}
	return a.entityKind(i, i+1) == Place || a.kind(i) == tokenize.Abbrev &&
		wordIn("Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Ky. La. Md. Mass. Mich. Minn. Miss. Mo. Mont. Neb. Nev. "+
			"N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I. S.C. S.D. Tenn. Tex. Vt. Va. Wash. Wis. Wyo.", a.text(i))
}

// institutionBefore reports whether the name at s follows a noun for
// what it names: "the journal Cardiovascular Outlook", "the broadcaster
// Radio Lindholm", "the firm Harland Marsh".
// orgAgain reports whether the words at positions s to e repeat the end
// of an organisation's name found before them: a bare "Warm Homes Now"
// after "the charity Warm Homes Now". orgsAgree then makes it that body.
func (a *annotator) orgAgain(s, e int) bool {
	t := a.src[a.tok(s).Start:a.tok(e-1).End]
	for _, n := range a.ents {
		if f := int(n.b) - (e - s); n.kind == Org && f >= int(n.a) && int(n.b) <= s && string(a.src[a.tok(f).Start:a.tok(int(n.b)-1).End]) == string(t) {
			return true
		}
	}
	return false
}

func (a *annotator) institutionBefore(s int) bool {
	p := s - 1
	if !a.isLowerWord(p) || !a.same(p, s) {
		return false
	}
	if a.wordAmong(p, wdJournal, wdNewspaper, wdPaper, wdMagazine, wdBroadcaster,
		wdPodcast, wdStation, wdChannel, wdOutlet, wdNetwork,
		wdWebsite, wdPublisher, wdFirm, wdCompany, wdCharity) {
		return true
	}
	// (every industry noun has four bytes or more and ends in a letter of
	// industryEnds: "the", "of", "said" are passed over without lowering
	// their text)
	if t := a.text(p); len(t) < 4 || industryEnds&(1<<(t[len(t)-1]&31)) == 0 {
		return false
	}
	// "online game Starfall Arena", not "the game Sarah Jones designed"
	return a.lowerIn(p, industryNouns) && !(a.textIs(p, "game") && commonFirstName(a.text(s)))
}

// campaignTo reports whether position i is the "to" after "Campaign" in
// a campaign's name, "Campaign to Protect Rural England" (see runEnd,
// orgRun and officeEnd).
func (a *annotator) campaignTo(i int) bool {
	return a.lowerWord(i, wdTo) && a.textIs(i-1, "Campaign")
}

// industryNouns name a business by its trade, or a think tank, a group or
// a watchdog, separated by spaces: the name right after one is the body's,
// "steelmaker Kanto Seitetsu", "lender Banco Paulista", "the think tank
// Civitas Nova", "consumer group Fair Basket", "cloud provider Nimbra" (see
// institutionBefore).
const industryNouns = "steelmaker carmaker automaker chipmaker drugmaker lender retailer miner insurer airline supermarket " +
	"housebuilder brewer conglomerate utility operator manufacturer tank think-tank group watchdog portal provider game consultancy"

// industryEnds has bit c&31 set for the last letter c of each industry
// noun, in either case (see institutionBefore).
const industryEnds uint32 = 1<<('e'&31) | 1<<('g'&31) | 1<<('k'&31) | 1<<('l'&31) | 1<<('p'&31) | 1<<('r'&31) | 1<<('t'&31) | 1<<('y'&31)

// regionAfterIn reports whether the two words [s, e), which have the
// shape of a name, after "in", are rather a region's name: the first is no
// common first name, and the second is no surname the text gave before
// ("rain in Minas Gerais", not "faith in Keir Lomax" or "in Lomax's").
func (a *annotator) regionAfterIn(s, e int) bool {
	if e-s != 2 || !a.lowerWord(s-1, wdIn) || a.knownSurname(e-1) || a.shapeOf(e-1)&shPoss != 0 || a.fl(s)&wTitle != 0 {
		return false
	}
	return !commonFirstName(a.text(s)) && !a.textIn(s-2, "faith confidence trust interest belief believe believes believed")
}

// commonFirstName reports whether the word t, in any case, is one of the
// common first names given almost only to women or to men.
func commonFirstName(t []byte) bool {
	var small [16]byte
	w := lowerSmall(&small, t)
	return wordIn(womensNames, w) || wordIn(mensNames, w)
}

// workplaceBefore reports whether the name at s follows "at" after people
// who work at a body: "analysts at Banco Paulista", "economists at
// Harlow Dawson", "an analyst at Peel Hunt".
func (a *annotator) workplaceBefore(s int) bool {
	if !a.lowerWord(s-1, wdAt) || !a.same(s-1, s) {
		return false
	}
	return a.word(s-2, wdAnalysts) || a.lowerIn(s-2, "economists strategists researchers scientists analyst economist strategist")
}

// postNominals are the letters written after a British name.
const postNominals = "MP MEP MSP MLA TD QC KC OBE MBE CBE PhD"

// postNominal reports whether position k is letters written after a
// British name: "MP", "QC", "OBE", "PhD".
func (a *annotator) postNominal(k int) bool {
	t := a.text(k)
	return (a.shapeOf(k)&shAllCaps != 0 || string(t) == "PhD") && wordIn(postNominals, t)
}

// members reports whether the word at i is a plural of a title or of
// the letters after a name, which names a group and no one person: "MPs",
// "MSPs", "Councillors", "Senators" (not the surnames "Fields", "Rogers").
func (a *annotator) members(i int) bool {
	t := a.text(i)
	if a.kind(i) != tokenize.Word || !isPlural(t) || t[len(t)-1] != 's' || wordIn(pluralSurnames, t) {
		return false
	}
	stem := t[:len(t)-1]
	if wordIn(postNominals, stem) {
		return true
	}
	var small [16]byte
	return a.shapeOf(i)&shAllCaps == 0 && lexFlags(lowerSmall(&small, stem))&wTitle != 0
}

// surnameShape reports whether the word at i could be a surname: a word
// in Titlecase that no list knows and that names nothing but people.
func (a *annotator) surnameShape(i int) bool {
	t := a.text(i)
	return a.kind(i) == tokenize.Word && a.shapeOf(i)&(shUpper|shAllCaps|shPoss) == shUpper && !a.listed(i, i+1) &&
		a.fl(i)&(wNonName|wOrgKey|wTitle|wTitleMod|wMonth|wWeekday|wCommon) == 0 &&
		// not "Georgia Power", "Dallas Cowboys", "Paris Saint-Germain", but
		// "Chad Evans", "Jordan Williams", "Jordan Pelletier-Brooks"
		(!isPlural(t) || wordIn(pluralSurnames, t) || containsByte(t, '-')) && !saintName(t) && !wordIn("Power Tech Magic Heat Thunder United City Tribune", t)
}

// oneName reports whether the word at i could be a name used alone, as
// surnameShape does, but for the final "s" of a plural ("Idris", "Lewis",
// "Agnes"), and not a capitalized ordinary word that starts a sentence.
func (a *annotator) oneName(i int) bool {
	t := a.text(i)
	return a.kind(i) == tokenize.Word && a.shapeOf(i)&(shUpper|shAllCaps|shPoss) == shUpper && !a.listed(i, i+1) &&
		a.fl(i)&(wNonName|wOrgKey|wTitle|wTitleMod|wMonth|wWeekday|wCommon) == 0 && !(a.initial(i) && a.commonInitial(i)) &&
		!(len(t) > 2 && t[1] == '-') // a party and home town: "Rep. Hal Corbin, R-Valdosta, who"
}

// saintName reports whether t is a saint's name joined by hyphens, which
// names places and clubs: "Saint-Germain", "St-Laurent".
func saintName(t []byte) bool {
	return len(t) > 3 && (string(t[:3]) == "St-" || len(t) > 6 && string(t[:6]) == "Saint-")
}

// pluralSurnames are common surnames that end in "s" as plurals do.
const pluralSurnames = "Adams Banks Brooks Burns Collins Daniels Davies Davis Douglas Edwards Ellis Evans Fields Harris Hastings " +
	"Hayes Hughes Jenkins Jones Lewis Matthews Mills Morris Myers Nichols Owens Parsons Perkins Peters Phillips " +
	"Reynolds Richards Roberts Rogers Ross Sanders Simmons Stevens Thomas Watkins Wells Williams Willis"

// placeAsFirstName reports whether the place at s is also a common first
// name, so that with a surname after it it names a person: "Jordan
// Smith", "Sofia Lindqvist", "Georgia Hale".
func (a *annotator) placeAsFirstName(s int) bool {
	return a.shapeOf(s)&shAllCaps == 0 && wordIn("Jordan Sofia Georgia Chad Florence Victoria Adelaide Lincoln Austin Chelsea Paris "+
		"Sydney Madison Charlotte Savannah Dallas Orlando Tyler Eugene Regina Aurora Brooklyn Raleigh Lourdes Carolina "+
		"Virginia Florida Dakota Cheyenne Sierra Valencia Sofía", a.text(s))
}

// nameShape reports whether [s, e) looks like a person's name: Titlecase
// words (an initial allowed), none of them a word that names things other
// than people.
func (a *annotator) nameShape(s, e int) bool {
	if e-s < 2 {
		return false
	}
	for i := s; i < e; i++ {
		if a.kind(i) == tokenize.Abbrev {
			if t := a.text(i); len(t) != 2 && (len(t) != 4 || t[1] != '.' || a.is(i+1, wStop|wDet)) { // only initials: "J.", "J.K.", not "D.C. That's"
				return false
			}
			continue
		}
		if a.isLowerWord(i) {
			if i > s && a.nameToken(i) {
				continue // "al-Sisi"
			}
			if !a.wordAmong(i, wdDe, wdVan, wdVon, wdDer, wdAl, wdBin) && !a.textIn(i, nameParticles) { // "Vasco da Gama", "Pieter van den Berg", "Ana de la Fuente"
				return false
			}
			continue
		}
		if i > s && a.monthAsName(i-1, i) {
			continue
		}
		f := a.fl(i)
		if len(a.text(i)) <= 4 && a.isWord(i) {
			f &^= wMonth // "Jan Smith", "Aug Jones"
		}
		if a.shapeOf(i)&shAllCaps != 0 || f&(wNonName|wOrgKey|wTitle|wMonth|wWeekday|wCommon|wTitleMod) != 0 || a.listed(i, i+1) {
			// but a surname that also names places after a post in small
			// letters: "said chief engineer Lena Park"
			if (i == s || f&(wNonName|wOrgKey|wMonth|wWeekday|wCommon) != 0 || a.listed(i, i+1)) && !(i > s && a.textIn(i, "Park Hall Lane") && a.lowerIs(s-1, wSpeakerNoun|wPersonRole)) {
				return false
			}
		}
	}
	return true
}

// titled finds a title in [s, e) followed by a name, and returns where the
// person's span starts (the title and the words that qualify it).
func (a *annotator) titled(s, e int) (int, bool) {
	for t := s; t < e-1; t++ {
		if a.fl(t)&wTitle == 0 {
			continue
		}
		n := t + 1
		for n < e && a.fl(n)&wTitle != 0 && a.shapeOf(n)&shAllCaps == 0 {
			n++
		}
		// "Secretary of State Antony Blinken", "Chief of Staff Jane Doe"
		if a.word(n, wdOf) && n+2 < e && (a.fl(n+1)&(wTitleMod|wOrgKey) != 0 || a.word(n+1, wdStaff)) && a.shapeOf(n+1)&shUpper != 0 {
			n += 2
		}
		if n >= e || a.word(n, wdOf) || n == e-1 && a.textIs(t, "TD") {
			continue // "TD Garden", "TD Ameritrade" are a bank's; "TD Tom Fitzharris" is a member of the Dáil
		}
		// the name after the title: Titlecase words, not a list entry
		ok := true
		for k := n; k < e; k++ {
			if k > n && a.monthAsName(k-1, k) {
				continue
			}
			if k == e-1 && k > n && a.postNominal(k) {
				continue // "the Rt Hon Gareth Penhallow MP"
			}
			if k == e-1 && (k > n || a.textIn(t, "Mr Mrs Ms Dr Lord Lady Baroness Dame Sir")) && a.textIn(k, "Park Hall Lane") && a.fl(k-1)&(wNonName|wOrgKey) == 0 && !royalOrPresident(a.text(t)) {
				continue // a surname that also names places: "Mayor Jo Park", not "Queen Elizabeth Hall"
			}
			if a.shapeOf(k)&shAllCaps != 0 && a.kind(k) != tokenize.Abbrev || a.fl(k)&(wOrgKey|wNonName) != 0 && a.fl(k)&wTitle == 0 || a.isLowerWord(k) && a.fl(k)&wConnector == 0 && (k == n || !a.nameToken(k)) || k == e-1 && jobWord(a.text(k)) { // "Minister Faisal al-Rahim" is a name
				ok = false
				break
			}
		}
		if !ok || a.listed(n, e) {
			continue
		}
		ps := t
		// a rank before the title is the title's ("Battalion Chief"), but
		// not the end of a body's name ("Cal Fire Battalion Chief")
		// nor a place's last word ("Harris County Judge")
		for ps > s && a.fl(ps-1)&(wTitleMod|wTitle) != 0 && a.shapeOf(ps-1)&shAllCaps == 0 && !a.listed(ps-1, ps) && !(ps-2 >= s && (a.listed(ps-2, ps) || landWord(a.text(ps-1))&landAfter != 0)) {
			ps--
		}
		for ps < t && a.initial(ps) && a.fl(ps)&wCommon != 0 && !a.word(ps, wdFirst) { // but "First Minister"
			ps++
		}
		return ps, true
	}
	return 0, false
}

// jobWord reports whether t is a word that ends a job's title, which no
// name ends in: "Chief Executive Officer", "Chief Financial Officer".
func jobWord(t []byte) bool {
	return len(t) >= 6 && t[0] >= 'A' && t[0] <= 'Z' && jobWords.Has(t)
}

// jobWords are the words jobWord knows; also the measures that leftover
// takes for no person ("Adjusted EPS").
var jobWords = wordset.Of("Officer|Officers|Director|Directors|Analyst|Analysts|Manager|Managers|Executive|Executives|Controller|Treasurer|Partner|Partners|Counsel|Strategist|Economist|Writer|Editor|Reporter")

// royalOrPresident reports whether a title is one that places are named
// after: "Queen Elizabeth Hall", "King George Park", "President Kennedy Park".
func royalOrPresident(t []byte) bool {
	var small [16]byte
	return wordIn("king queen prince princess president", lowerSmall(&small, t))
}

// orgRun reports whether [s, e) holds a word that makes a name an
// organisation.
func (a *annotator) orgRun(s, e int) bool {
	for i := s; i < e; i++ {
		// the word ends the name, comes before "of"/"for" or before a
		// place that ends it: "Bank of England", "King's College London",
		// not "One Town Rebuilt After"; "to" after "Campaign"
		if (a.fl(i)&wOrgKey != 0 || a.word(i+1, wdOn) && i+1 < e) && a.shapeOf(i)&shUpper != 0 && (i == e-1 || (a.isLowerWord(i+1) || a.allCapsPair(i, i+1)) && (a.fl(i+1)&wConnector != 0 || a.campaignTo(i+1)) || i == e-2 && a.entityKind(i+1, e) == Place) {
			return true
		}
	}
	return false
}

// withThe returns s, moved back over a lower-case "the" before an
// organisation.
func (a *annotator) withThe(s int, k Kind, e int) int {
	if k == Org && e-s >= 2 && a.lowerWord(s-1, wdThe) && a.same(s-1, s) && !a.nounAfterName(e) {
		return s - 1
	}
	return s
}

// nounAfterName reports whether the word at e, after a name, is a noun the
// name qualifies, which an article before the name goes with: "the
// Halvorsen Foods plant", "the Acme Group spokesman".
func (a *annotator) nounAfterName(e int) bool {
	if !a.isLowerWord(e) || a.kind(e) != tokenize.Word || !a.same(e-1, e) || a.shapeOf(e-1)&shPoss != 0 || a.fl(e)&(wCue|wDet|wStop|wPrep) != 0 {
		return false
	}
	return a.fl(e)&wSpeakerNoun != 0 || a.lowerIn(e, "plant plants factory factories site sites depot store stores shop shops warehouse mill works headquarters")
}

// listed reports whether [s, e) is a built-in entity name.
func (a *annotator) listed(s, e int) bool { return a.entityKind(s, e) != 0 }

// entityKind looks [s, e) up in the built-in names (lower case, the final
// possessive removed) and returns its kind, or 0 (Quantity, never a name).
func (a *annotator) entityKind(s, e int) Kind {
	if e-s > maxRun || s >= e || !a.mayStartEntity(s) {
		return 0
	}
	if k := a.kind(s); e-s == 1 && (k == tokenize.Word || k == tokenize.Abbrev) {
		return Kind(a.tbits[s] >> 4) // see wordEntity
	}
	b := a.scratch[:0]
	for i := s; i < e; i++ {
		if i > s {
			b = append(b, ' ')
		}
		b = lowerInto(b, a.text(i))
	}
	a.scratch = b
	return entityNamed(b, e-s == 1, a.shapeOf(s), a.kind(s))
}

// wordEntity returns what entityKind returns for a word or abbreviation
// alone, of kind k, shape sh and text t, which may start an entity name.
// textBits keeps it in the word's text bits.
func wordEntity(k tokenize.Kind, sh shape, t []byte) Kind {
	var buf [maxWordLen]byte
	return entityNamed(lowerInto(buf[:0], t), true, sh, k)
}

// entityNamed returns the kind of the built-in entity name whose text in
// lower case is b, but for a final possessive, or 0; alone says the name
// is one token, whose shape is sh and kind k.
func entityNamed(b []byte, alone bool, sh shape, k tokenize.Kind) Kind {
	kind, ok := ownPossName(b)
	if !ok {
		b = stripPoss(b)
		kind, ok = entityKind(b)
		if !ok && len(b) > 0 {
			// A name with accents may be listed in ASCII: "Zürich",
			// "Kraków", "Łódź".
			if f := foldLatin(b); len(f) < len(b) {
				b = f
				kind, ok = entityKind(b)
			}
		}
	}
	// Short lower-case-looking entries need capitals: "US" and "WHO",
	// not "Us" and "Who"; but for "Qld", no word.
	if !ok || alone && len(b) <= 3 && sh&shAllCaps == 0 && k != tokenize.Abbrev && string(b) != "qld" {
		return 0
	}
	return kind
}

// mayStartEntity reports whether the text of position s may be the first
// word of a built-in name (see firstOfEntity): for a word or an
// abbreviation, its text bits know.
func (a *annotator) mayStartEntity(s int) bool {
	if k := a.kind(s); k == tokenize.Word || k == tokenize.Abbrev {
		return a.tbits[s]&tbEntity != 0
	}
	return firstOfEntity(a.text(s))
}

// firstOfEntity reports whether t, in lower case, may be the first word of
// a built-in name, alone with a final "'s" removed or followed by more
// words: false only when it is printable ASCII, with no space, and neither
// it nor its stem is a first word.
func firstOfEntity(t []byte) bool {
	n := len(t)
	h, stem := uint64(annFNVOffset), uint64(0) // stem: the hash of t but its last two bytes
	for i, c := range t {
		if c-'!' >= utf8.RuneSelf-'!' {
			return true // a space, a control byte or not ASCII
		}
		if i == n-2 {
			stem = h
		}
		h ^= uint64(asciiLowerOf[c])
		h *= annFNVPrime
	}
	if entityFirsts.has(h) {
		return true
	}
	return n > 2 && t[n-2] == '\'' && t[n-1]|0x20 == 's' && entityFirsts.has(stem)
}

// addEntity records an entity over [s, e). A person's span leaves out the letters after the name ("Judge Rosalind
// Kett KC"), which the entity keeps, so that a speaker takes them in. A
// place just after a dot is part of a site's name, "GOV.UK", and no place.
func (a *annotator) addEntity(k Kind, s, e int) {
	if k == Place && e-s == 1 && (a.fl(s+1)&wPersonRole != 0 && a.same(s, s+1) && a.textIn(s+1, sideWords) || a.kind(s+2) == tokenize.Number && a.same(s, s+2) && a.textIn(s+1, "need needed") && a.textIn(s+3, "from runs to")) {
		k = Org // a national side: "England captain Jos Buttler", "Australia need 74 from 30 balls"
	}
	if k == Place && a.isPunct(s-1, '.') && a.toks[a.tokIdx(s-1)].End == a.toks[a.tokIdx(s)].Start {
		return // a part of a site's name, "GOV.UK"
	}
	if k == Org && a.sameKind(s, s-1, tokenize.Number) && a.fl(e-1)&wOrgKey != 0 && !(a.sameCountable(s, e) && a.record(s-1)) {
		if t := a.text(s - 1); len(t) > 2 && t[len(t)-2] > '9' {
			s-- // a unit's ordinal is part of its name: "the 14th Mechanised Brigade", but not a record's, "his 60th Premier League goal"
		}
	}
	if k == Org && a.textIs(e-1, "Fund") && a.kind(e) == tokenize.Number && len(a.text(e)) == 1 && a.same(e-1, e) && !a.is(e+1, wTimeUnit) {
		e++ // a fund's series is part of its name: "SoftBank’s Vision Fund 2"
	}
	// "“…,” van Loon said", "von der Leyen said": the particles open the
	// surname; not "the van Smith drove"
	if p := s - 1; k == Person && a.same(p, s) && a.textIn(p, "der den van von") {
		if a.textIn(p, "der den") {
			p--
		}
		if a.textIn(p, "van von") && a.same(p, s) && !a.is(p-1, wDet) {
			s = p
		}
	}
	se := e
	if k == Person && e-s >= 3 && a.postNominal(e-1) {
		se--
	}
	idx := a.add(k, s, se, -1)
	if idx < 0 {
		return
	}
	en := ent{a: int32(s), b: int32(e), kind: k}
	at := a.searchEnts(s)
	// insert at its place; by hand, as slices.Insert's generic code cost
	// the wasm build 1 KB
	a.ents = append(a.ents, en)
	if at < len(a.ents)-1 { // most go at the end
		copy(a.ents[at+1:], a.ents[at:])
		a.ents[at] = en
	}
	if k == Org && e-s >= 2 {
		a.noteOrg(s, e)
	}
	// "Gareth Penhallow MP": the surname is Penhallow
	e = se
	if k == Person && e-s >= 2 && !a.lowerWord(s+1, wdFor) { // not "Minister for Health"
		a.surnames.add(a.stemHash(e - 1))
	}
	if k == Org && a.kind(s) == tokenize.Word && a.shapeOf(s)&(shUpper|shAllCaps|shPoss) == shUpper && a.fl(s)&(wCommon|wTitle|wTitleMod|wOrgKey|wCurrency) == 0 && (e-s >= 2 || a.clubCity(s)) && !a.listed(s, s+1) &&
		!a.textIn(s+1, "Council County Chamber District Borough City Town Police Leisure Civic Community Sports Crown Magistrates Central Railway Bus Airport Station Stadium Library Museum and") {
		// "Ashford Chamber of Commerce", "Hartmoor Leisure Centre": Ashford and Hartmoor are the towns
		a.orgHeads.add(a.hashAt(s))
	}
	if k == Org && e-s == 1 && a.kind(s) == tokenize.Word && a.shapeOf(s)&shAllCaps != 0 && a.isPunct(s-1, '(') && a.isPunct(e, ')') {
		// the short name a text gives a body, "the Office for Budget
		// Responsibility (OBR)", names it later: "The OBR expects"
		a.orgHeads.add(a.hashAt(s))
	}
}

// knownOrgHead reports whether the word at i is the first word of an
// organisation's name found earlier: "Helix shares rose" after "Helix
// Semiconductor said".
func (a *annotator) knownOrgHead(i int) bool {
	return !a.orgHeads.empty() && a.orgHeads.has(a.hashAt(i))
}

// knownSurname reports whether the word at i is the last word of a person
// found earlier.
func (a *annotator) knownSurname(i int) bool {
	return !a.surnames.empty() && a.surnames.has(a.stemHash(i))
}

// stemHash is the hash of position i's lower-case text without "'s".
func (a *annotator) stemHash(i int) uint64 {
	t := a.text(i)
	// In ASCII, what stripPoss takes from the lower case.
	stem := t
	if n := len(t); n > 2 && asciiLowerOf[t[n-1]] == 's' && t[n-2] == '\'' {
		stem = t[:n-2]
	}
	if h, ok := lowerHash(stem); ok {
		return h
	}
	a.scratch = stripPoss(lowerInto(a.scratch[:0], t))
	return annHash(a.scratch)
}

// entAt returns the index in ents of the entity that ends at e (or starts
// at s when e < 0), or -1.
func (a *annotator) entEndingAt(e int) int {
	k := a.searchEnts(e)
	for k--; k >= 0 && int(a.ents[k].a) >= e-maxRun*3; k-- {
		if int(a.ents[k].b) == e {
			return k
		}
	}
	return -1
}

// entStartingAt returns the index in ents of the entity that starts at s
// (or at "the" before it), or -1.
func (a *annotator) entStartingAt(s int) int {
	k := a.searchEnts(s)
	if k == len(a.ents) || int(a.ents[k].a) != s {
		return -1
	}
	return k
}

// inEnt reports whether position p is inside a name found by entities.
func (a *annotator) inEnt(p int) bool {
	k := a.searchEnts(p+1) - 1
	return k >= 0 && int(a.ents[k].a) <= p && p < int(a.ents[k].b)
}

// searchEnts returns the index of the first entity of a.ents, sorted by
// start, that starts at s or after.
func (a *annotator) searchEnts(s int) int {
	// Entities are found, and mostly looked for, in order: most searches
	// (addEntity's, entEndingAt's during entities) end past the last one,
	// and most others near where the search before ended (a.entHint),
	// from where the search widens before it halves.
	ents := a.ents
	n := len(ents)
	if n == 0 || int(ents[n-1].a) < s {
		return n
	}
	// The answer is below n, in [lo, hi] once the widening is done.
	h := min(a.entHint, n-1)
	lo, hi := h+1, h
	if int(ents[h].a) < s {
		for step := 1; hi < n && int(ents[hi].a) < s; step *= 2 {
			lo, hi = hi+1, hi+step
		}
		hi = min(hi, n)
	} else {
		lo = h
		for step := 1; lo >= 0 && int(ents[lo].a) >= s; step *= 2 {
			hi, lo = lo, lo-step
		}
		lo = max(lo, -1) + 1
	}
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if int(ents[m].a) < s {
			lo = m + 1
		} else {
			hi = m
		}
	}
	a.entHint = lo
	return lo
}

// ownerSuffix returns the byte offset of the hyphen in t when t is a
// compound that says where a body is or who owns or backs it ("Mumbai-based",
// "Tata-owned", "state-backed"), and 0 when it is not.
func ownerSuffix(t []byte) int {
	for h := len(t) - 5; h > 0 && h >= len(t)-7; h-- {
		if t[h] == '-' {
			if wordIn("based owned backed listed funded", t[h+1:]) {
				return h
			}
			return 0
		}
	}
	return 0
}

// latinBase holds, for each letter from U+00C0 to U+017F, the ASCII letter
// it is written with in lower case, its accents left out ("ü", "ó", "ł"),
// or '.' for one with none ("æ", "ß", "ŋ").
const latinBase = "aaaaaa.ceeeeiiii.nooooo.ouuuuy..aaaaaa.ceeeeiiii.nooooo.ouuuuy.y" +
	"aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii..jjkk.llllllllll" +
	"nnnnnn...oooooo..rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzz."

// foldLatin writes the Latin letters with accents of b, UTF-8 text, as
// their ASCII letters (see latinBase), in place, and returns the result,
// which is b itself when there were none. Romanian "ș" and "ț" fold too.
func foldLatin(b []byte) []byte {
	w := 0
	for r := 0; r < len(b); {
		c := b[r]
		if c < utf8.RuneSelf {
			b[w] = c
			w++
			r++
			continue
		}
		x, size := utf8.DecodeRune(b[r:])
		switch {
		case x >= 0xC0 && x <= 0x17F && latinBase[x-0xC0] != '.':
			b[w] = latinBase[x-0xC0]
			w++
		case x >= 0x218 && x <= 0x21B:
			b[w] = "sstt"[x-0x218]
			w++
		default:
			w += copy(b[w:], b[r:r+size])
		}
		r += size
	}
	return b[:w]
}
