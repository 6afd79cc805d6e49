package claim

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file holds the word lists the annotators look words up in, as the
// people who keep them write them: as text, one entry per line or separated
// by "|". All entries are lower case; multi-word entries are single-space
// separated. The engine does not read them at start-up: lexiconSource reads
// them into a lexSource, and TestLexiconGenerated (go generate) writes what
// the engine needs from it into lexicon_gen.go, as compact tables that
// loadLexicon turns into lookup tables at start-up without a map, a sort or
// a lower-casing. The lists and their code are not in the engine's build.
//
// Sources (facts to build on; lists were selected and extended by hand):
//   - reporting cues: Recasens et al. 2013 report verbs, Krestel et al. 2008
//     attribution verbs, Pareti 2015 PARC attribution nouns, and the cue
//     counts of the PolNeAR news corpus (cues used at least ~20 times);
//   - hedges: wooorm/hedges (MIT licence, see below), Hyland 2005 and
//     Islam et al. 2020 hedge words; only cues that rarely mean anything
//     else in news copy are kept;
//   - the rest (numbers, units, dates, titles, places, organisations,
//     comparisons, predictions, causal and rule cues) was written for
//     claimlight.
//
// The hedge cues selected from wooorm/hedges are used under its licence:
//
//	(The MIT License)
//
//	Copyright (c) 2014 Titus Wormer <tituswormer@gmail.com>
//
//	Permission is hereby granted, free of charge, to any person obtaining
//	a copy of this software and associated documentation files (the
//	'Software'), to deal in the Software without restriction, including
//	without limitation the rights to use, copy, modify, merge, publish,
//	distribute, sublicense, and/or sell copies of the Software, and to
//	permit persons to whom the Software is furnished to do so, subject to
//	the following conditions:
//
//	The above copyright notice and this permission notice shall be
//	included in all copies or substantial portions of the Software.
//
//	THE SOFTWARE IS PROVIDED 'AS IS', WITHOUT WARRANTY OF ANY KIND,
//	EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF
//	MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT.
//	IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY
//	CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT,
//	TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE
//	SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.

// lexSource is the lexicon as the lists give it.
type lexSource struct {
	words map[string]wflag // a lower-case word's classes
	// phraseFirsts lists the first words of phrases in the order they
	// were added, and phrases the phrases each starts, longest first, in
	// list order among equals.
	phraseFirsts []string
	phrases      map[string][]phraseSource
	entities     map[string]Kind // a lower-case name's kind: Org or Place
}

// phraseSource is an entry of the phrase table: lower-case words to match
// in a row, the kind of span they make, and a condition on what follows.
type phraseSource struct {
	words []string
	kind  Kind
	cond  phraseCond
}

// addWords adds the words of list with the class f.
func (s *lexSource) addWords(f wflag, list string) {
	for _, w := range splitList(list) {
		s.words[w] |= f
	}
}

// splitList returns the entries of a word list: separated by "|" or new
// lines, trimmed, lower-cased, without empty entries and "//" comments.
// Inner white space becomes single spaces: "in  the\tcity" is "in the city".
func splitList(list string) []string {
	var out []string
	for _, w := range fields(list, "|\n") {
		if strings.HasPrefix(w, "//") {
			continue
		}
		if strings.Contains(w, "  ") || strings.IndexByte(w, '\t') >= 0 || strings.IndexByte(w, '\r') >= 0 {
			var b []byte // rare: the lists use single spaces
			for _, part := range fields(w, " \t\r") {
				if len(b) > 0 {
					b = append(b, ' ')
				}
				b = append(b, part...)
			}
			w = string(b)
		}
		out = append(out, lowerString(w))
	}
	return out
}

// lowerString lower-cases s, rune by rune as strings.ToLower does, without
// allocating when s is already lower case.
func lowerString(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' || c >= utf8.RuneSelf {
			b := make([]byte, 0, len(s))
			for _, r := range s {
				b = utf8.AppendRune(b, unicode.ToLower(r))
			}
			return string(b)
		}
	}
	return s
}

// addPhrases adds the phrases of list, of kind k under the condition c; a
// phrase's first word takes the class wPhrase.
func (s *lexSource) addPhrases(k Kind, c phraseCond, list string) {
	for _, p := range splitList(list) {
		ws := fields(p, " ")
		if _, ok := s.phrases[ws[0]]; !ok {
			s.phraseFirsts = append(s.phraseFirsts, ws[0])
		}
		s.phrases[ws[0]] = append(s.phrases[ws[0]], phraseSource{words: ws, kind: k, cond: c})
		s.words[ws[0]] |= wPhrase
	}
}

// addEntities adds the names of list with the kind k.
func (s *lexSource) addEntities(k Kind, list string) {
	for _, e := range splitList(list) {
		s.entities[e] = k
	}
}

// verbForms returns the usual forms of regular reporting verbs given as
// "base" or "base/past" ("say/said"): base, base+s, past, base+ing.
func verbForms(list string) string {
	var b strings.Builder
	for _, v := range splitList(list) {
		base, past, _ := strings.Cut(v, "/")
		third := base + "s"
		ing := base + "ing"
		switch {
		case strings.HasSuffix(base, "y") && !strings.HasSuffix(base, "ay"):
			third = base[:len(base)-1] + "ies"
		case strings.HasSuffix(base, "s") || strings.HasSuffix(base, "sh") || strings.HasSuffix(base, "ch"):
			third = base + "es"
		}
		if strings.HasSuffix(base, "e") && !strings.HasSuffix(base, "ee") {
			ing = base[:len(base)-1] + "ing"
		}
		if past == "" {
			switch {
			case strings.HasSuffix(base, "e"):
				past = base + "d"
			case strings.HasSuffix(base, "y") && !strings.HasSuffix(base, "ay"):
				past = base[:len(base)-1] + "ied"
			default:
				past = base + "ed"
			}
		}
		b.WriteString(base + "|" + third + "|" + past + "|" + ing + "\n")
	}
	return b.String()
}

// lexiconSource reads the word lists.
func lexiconSource() *lexSource {
	s := &lexSource{words: map[string]wflag{}, phrases: map[string][]phraseSource{}, entities: map[string]Kind{}}
	s.addWords(wNumWord, `one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen
		fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety
		hundred|thousand|million|billion|trillion|dozen`)
	for _, tens := range []string{"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"} {
		for _, unit := range []string{"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"} {
			s.words[tens+"-"+unit] |= wNumWord
		}
	}
	s.addWords(wScale, `hundred|thousand|million|billion|trillion|bn|bln|mn|mln|m|tn|trn|k|b|crore|crores|lakh|lakhs|mrd|mio|cr`)
	s.addWords(wCurrency, `euro|euros|dollar|dollars|pound|pounds|sterling|yen|yuan|renminbi|rupee|rupees
		franc|francs|rouble|roubles|ruble|rubles|hryvnia|hryvnias|peso|pesos|real|reais|rand|won|lira|lire
		krona|kronor|krone|kroner|zloty|zlotys|shekel|shekels|dinar|dinars|dirham|dirhams|riyal|riyals
		ringgit|baht|naira|shilling|shillings|bitcoin|bitcoins|btc|xbt|eth|ether|usdt|usdc|cents|pence|usd|eur|gbp|jpy|cny|chf|cad|aud|inr|rub|uah|rs|rs.|rp|ksh
		sek|nok|dkk|pln|czk|huf|zar|try|brl|mxn|krw|sgd|nzd|hkd|aed|sar|ils|egp|ngn|kes|pkr|idr|myr|thb|php|vnd|rmb
		soles|bolivianos|quetzales|colones|lempiras|cedis|kwacha|taka|dong|tenge|lari|dram|manat|somoni
		crowns|koruna|forint|forints|leu|lei|lev|leva|paise|paisa|krónur`)
	s.addWords(wMonth, `january|february|march|april|may|june|july|august|september|october|november|december
		jan.|feb.|mar.|apr.|jun.|jul.|aug.|sep.|sept.|oct.|nov.|dec.|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec`)
	s.addWords(wWeekday, `monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon.|tue.|tues.|wed.|thu.|thur.|thurs.|fri.|sat.|sun.`)
	s.addWords(wTimeUnit, `second|seconds|minute|minutes|hour|hours|day|days|week|weeks|fortnight|fortnights
		month|months|year|years|decade|decades|century|centuries|quarter|quarters|weekend|weekends
		millennium|millennia|season|seasons|summer|summers|winter|winters|spring|autumn
		hr|hrs|mins|secs|yrs|wks|hr.|hrs.|yrs.|sols`)
	s.addWords(wRelMod, `last|next|this|past|coming|previous|following|current|same|recent|upcoming|final`)
	s.addWords(wTimeWord, `yesterday|today|tomorrow|tonight|overnight|noon|midnight|midday|year-end|month-end|mid-year|midyear
		first-quarter|second-quarter|third-quarter|fourth-quarter|year-earlier|ytd`)
	s.addWords(wApprox, `nearly|almost|about|around|roughly|approximately|some|estimated|over|under|only|just
		barely|upwards|close|fewer|less|more|least|most|up|as|another|further|additional|extra|exactly|precisely
		circa|ca.|c.|approx.|almost|maximum|minimum|below|above|beyond|than`)
	s.addWords(wCue, verbForms(`say/said|tell/told|find/found|add|announce|warn|argue|claim|note|state|explain|insist|stress
		confirm|deny|acknowledge|admit/admitted|declare|write/wrote|ask|reply|respond|recall|promise|urge|accuse
		testify|tweet|post|conclude|concede|contend|emphasise|emphasize|remark|continue|allege|assert|complain
		disclose|mention|observe|reiterate|retort|quip/quipped|vow|pledge|suggest|predict|report|caution
		counter|recount|boast|lament|concur|insist|reveal|comment|signal|submit/submitted|contend|write/wrote|inform|assure|call|estimate|shout|yell|scream|whisper|mutter|exclaim|joke|chant`))
	// "per" only as a source after a comma, "…, per PowerWatch." (see attributions)
	s.addWords(wCue, `per`)
	// "put" and "puts" only in "put it at 0.9%" (see attributions)
	s.addWords(wCue, `put|puts`)
	s.words["writ"] &^= wCue
	s.addWords(wCue, `writes|writing|written|cried|cries|show|shows|showed|heard|pointed|blamed|blames`) // "heard" only after "The court" or its like
	// "Brenner confirmed the club had spent £400m", "Marca reports
	// Kestrel have bid €80m"; a source's count, "Police recorded 412
	// burglaries", "The UN has documented 217 attacks"; a person's
	// forecast, "She expects the RBI to cut" (see bareCue, attributions)
	s.addWords(wBareCue, `confirmed|confirms|revealed|reveals|admitted|admits|noted|notes|suggested|suggests|reported|reports|found|finds|showed|shows
		recorded|documented|registered|counted|logged|expects|forecasts|forecast|expect|accepted|accepts|understands`)
	s.addWords(wFinite, `had|has|have|will|would|could|can|may|might|should|must|did|does|was|were|is|are`)
	// the day's parts anchor "this morning" (see relative)
	s.addWords(wMargin, `neck|nose|head|length|morning|afternoon|evening|night`)
	s.addWords(wPronoun, `he|she|they|he'd|she'd|they'd|he's|she's|they've`) // "He'd said", "she's told"
	s.addWords(wDet, `the|a|an|his|her|its|their|our|my|your|one|two|three|several|many|some|other|another|this|that|these|those|both|each|every|no|any`)
	s.addWords(wSpeakerNoun, `official|officials|spokesman|spokeswoman|spokesperson|spokespeople|minister|ministers
		president|chief|head|leader|leaders|chairman|chairwoman|chair|director|executive|executives|ceo|founder
		secretary|secretary-general|general|commander|officer|officers|analyst|analysts|expert|experts|economist
		economists|critic|critics|source|sources|resident|residents|witness|witnesses|investigator|investigators
		prosecutor|prosecutors|lawyer|lawyers|attorney|attorneys|researcher|researchers|scientist|scientists|engineer|engineers
		diplomat|diplomats|lawmaker|lawmakers|legislator|legislators|activist|activists|doctor|doctors|medic|medics
		rescuer|rescuers|organiser|organisers|organizer|organizers|police|authorities|government|ministry
		department|agency|company|firm|group|alliance|bank|union|coach|manager|captain|player|players|striker
		midfielder|goalkeeper|defender|ambassador|envoy|governor|mayor|senator|senators|premier|chancellor|treasurer
		king|queen|pope|judge|judges|court|report|statement|study|research|survey|document|letter|memo|analysis|filing
		ruling|complaint|lawsuit|indictment|data|figures|statistics|poll|index|review|audit|forecast|estimate|estimates|consensus
		military|army|army's|regulator|watchdog|council|commission|committee|board|office|campaign|campaigners
		spokesmen|representative|representatives|aide|aides|adviser|advisers|advisor|advisors|insider|insiders
		operator|owner|owners|family|relative|relatives|mother|father|son|daughter|wife|husband|colleague|colleagues
		teacher|teachers|headteacher|commissioner|registrar|clerk|supervisor|councilmember|boss|magistrate|magistrates|bench|statistician|statisticians|forecaster|forecasters|parent|parents|results|patient|patients|passenger|passengers|student|students|worker|workers|nurse|nurses|farmer|farmers|millers|growers|voter|voters|customer|customers
		woman|man|people|person|professor|author|authors|historian|journalist|journalists|reporter|correspondent
		negotiator|negotiators|counterpart|veteran|candidate|opponent|opponents|opposition|detective|detectives|supporter|supporters|member|members
		ex-minister|chiefs|heads|skipper|persons|service|services|brigade|unit|team|squad|councillor|councilor|councillors|mep|mp|mpp|td|force|forces|navy|guard|guards|administration|prosecutor's|firms|companies|businesses|employers|groups|clubs|teams|fans|banks|governments|ministries|agencies|states|countries|allies|partners|generals|cabinet|white|kremlin|pentagon|release|post|website|committees|commissions|councils|departments|unions|regulators|boards|reports|studies|surveys|statements|documents|filings|records|polls|projections|models|bureau|bureaus|institute|institutes|society|association|associations|authority|federation|foundation|organisation|organization|organisations|organizations|coalition|charity|charities|fund|insurer|insurers|lender|lenders|retailer|retailers|airline|airlines|airport|airports|carmaker|carmakers|automaker|automakers|manufacturer|manufacturers|maker|makers|producer|producers|supplier|suppliers|provider|providers|broadcaster|newspaper|magazine|network|panel|tribunal|inspector|inspectors|auditor|auditors|ombudsman|coroner|sheriff|trust|university|hospital|school|club|league|party|trial|trials|investigation|investigations|inquiry|probe|paper|papers|assessment|assessments|reviews|analyses|census|counters|counts|tallies|tests|utility|utilities|operator|operators|watchdog|watchdogs|town|mum|mums|dad|dads|grandmother|grandfather|grandparent|grandparents|pupil|pupils|neighbour|neighbours|neighbor|neighbors|shopper|shoppers|volunteer|volunteers|ordinance|video|videos|clip|meme|center|centre|tracker|landlord
		friend|friends|pal|pals|star|singer|actor|actress|presenter|rep|couple|employee|employees|carer|carers|whistleblower|whistleblowers|staffer|staffers|staff|emails|e-mails|spreadsheets|accounts|logs|guidance|invoices|messages|traders|dealers|brokers|bankers|miner|miners|projection|publisher|publishers|agent|agents|publicist|publicists|label|promoter|promoters|distributor|distributors|studio|bookmaker|bookmakers|punters|tipsters|record|meeting`)
	s.addWords(wPersonRole, `chief|minister|president|secretary-general|secretary|spokesman|spokeswoman|spokesperson
		leader|chairman|chairwoman|chair|director|executive|ceo|founder|general|commander|premier|chancellor|king|queen
		pope|coach|manager|captain|striker|midfielder|goalkeeper|defender|ambassador|envoy|governor|mayor|senator
		judge|prosecutor|economist|analyst|official|head|professor|author|veteran|candidate|president-elect
		vice-president|diplomat|negotiator|lawmaker|prime|boss|player|star|winger|forward|skipper|champion|actor|singer
		councillor|councilor|mp|mpp|mep|td|spokesperson|deputy|local|former|senior|clerk|registrar|supervisor|inspector|treasurer`)
	s.addWords(wTitle, `president|minister|secretary-general|secretary|chancellor|premier|senator|sen.|rep.|sens.|reps.|representative|councillor|councilor|councilman|councilwoman|councilmember|supervisor|registrar|clerk|journalist|alderman
		congressman|congresswoman|governor|gov.|mayor|general|gen.|admiral|adm.|colonel|col.|lt.|lieutenant|captain|capt.
		sergeant|sgt.|commander|cmdr.|chief|director|chairman|chairwoman|ceo|king|queen|prince|princess|pope|judge
		justice|ambassador|envoy|spokesman|spokeswoman|commissioner|inspector|detective|det|constable|dci|insp|insp.|pcso|supt|ch|det.|supt.|superintendent
		professor|prof.|dr.|dr|mr.|mr|mrs.|mrs|ms.|ms|mx.|sir|dame|lord|lady|baroness|baron|rev.|reverend|bishop|archbishop|cardinal
		rabbi|imam|sheikh|emir|sultan|coach|manager|attorney|prosecutor|defender|speaker|leader|president-elect|vice-president
		chancellor-elect|secretary-general-elect|officer|maj.|major|brig.|brigadier|marshal|field|ayatollah|crown
		ceo|cfo|coo|cto|chair|dean|rector|premier|taoiseach|kaiser|tsar|czar|mp|mpp|mep|td|sen|rep|gov|gen|lt|col|sgt|capt|prof|mrs|mx
		rt|rt.|hon|hon.|honourable|honorable|treasurer|cllr|cllr.|cr.|resident|pensioner|shopkeeper|commuter|nurse|teacher|student|voter
		passenger|parent|farmer|campaigner|motorist|supporter|volunteer|donor|shopper|fundraiser|witness|survivor|victim|quarterback|guard|center|centre|forward|kicker|pilot|sheriff|analyst|owner|trainer|jockey|father-of-two|father-of-three|father-of-four|mother-of-two|mother-of-three|mother-of-four`)
	s.addWords(wTitleMod, `prime|deputy|district|vice|foreign|defence|defense|finance|interior|health|home|trade|energy|education
		economy|economic|environment|culture|transport|agriculture|labour|labor|state|attorney|chief|executive|acting
		former|senior|junior|assistant|associate|head|supreme|lieutenant|lt.|major|first|crown|grand|high|special
		general|opposition|shadow|treasury|justice|security|intelligence|army|navy|police|fire|team|club|board|party
		managing|national|federal|regional|european|economy|housing|development|science|technology|digital|climate
		immigration|migration|business|industry|industries|communications|veterans|war|cabinet|press|revenue|public|welfare|water|transportation
		white|house|senate|majority|minority|democratic|republican|conservative|council|union|city|county|company|committee|campaign
		solicitor|advocate|additional|battalion|parish|borough`)
	s.addWords(wOrgKey, `ministry|commission|players|dance|opera|writers|composite|etf|gallery|council|bank|agency|association|party|union|organization|organisation
		committee|university|institute|inc.|inc|corp.|corp|corporation|ltd|ltd.|plc|group|fund|parliament|congress
		senate|court|system|systems|department|dept.|office|service|services|authority|board|federation|league|forces|army|navy
		police|assembly|reserve|foundation|company|co.|airlines|airways|ferries|line|times|post|news|club|fc|institution
		alliance|coalition|cabinet|administration|government|tribunal|bureau|directorate|secretariat|command
		guard|trust|society|network|press|journal|annals|telegraph|guardian|herald|tribune|gazette|broadcasting|television
		radio|holdings|industries|motors|systems|technologies|partners|capital|securities|labs|laboratories|school
		college|academy|hospital|hospice|centre|center|centers|centres|program|programme|initiative|movement|front|brigade
		brigades|regiment|division|battalion|church|ministries|commissions|councils|banks|agencies|unions|parties
		nations|fbi|cia|rovers|united|athletic|wanderers|rangers|albion|city|town|hotspur|energy|oil|gas|petroleum
		pharmaceuticals|pharma|foods|media|telecom|telecoms|communications|logistics|shipping|mining|steel|chemicals
		wire|exchange|insurance|investments|ventures|solutions|electric|aerospace|defence|airport|railways|rail|advisors|advisers|associates|inspectorate|inspectorate's|regulator
		consulting|consultants|chiefs|semiconductor|semiconductors|software|therapeutics|biosciences|biotech|robotics|automotive|brewing|brewery|brewers|research|analytics|economics|strategies|management|council's|chamber|chambers|advice|watch|equities|université|universidad|universität|università|institut|hôpital|hospital's
		survey|panel|sports|estates|express|incentive|millers|stade|olympique|orchestra|philharmonic|conservatory|conservatoire|choir|care|forum|branch|lab|racing|corps|fleet|ledger|investors|anonymous|campaign|library|libraries|solicitors|llp|unit|cloud|industry|ports|consortium|railway|athletico|cooperation|nursery|primary|trains|providers|employers|confederation`)
	s.addWords(wConnector, `of|for|de|del|della|van|von|der|den|al|bin|ibn|la|le|du|da|di|dos|das|y|and|on|the|los|las|het`)
	s.addWords(wStop, `the|a|an|and|or|but|nor|of|in|on|at|to|for|from|by|with|as|than|that|this|these|those|which
		who|whom|whose|what|when|where|why|how|it|its|is|are|was|were|be|been|being|am|has|have|had|do|does|did
		will|would|shall|should|can|could|may|might|must|not|no|so|if|then|there|here|he|she|they|we|i|you|him
		her|them|us|me|my|our|your|his|their|said|says|say|told|added|more|less|fewer|most|least|per|each|every
		into|onto|over|under|after|before|since|until|during|about|against|between|among|through|across|up|down
		out|off|also|just|only|even|still|yet|all|both|either|neither|such|own|same|other|another|some|any|many
		much|few|several|percent|cent|pct|times|per|while|because|though|although|whether|ago|later|earlier
		again|too|very|well|now|already|almost|nearly|around|roughly|approximately|were|including|included
		include|includes|against|toward|towards|within|without|despite|like|unlike|via|upon|above|below|beyond
		behind|beside|besides|near|inside|outside|past|last|next|this|following|coming|according|billion|million
		trillion|thousand|hundred|bn|m|tn|k|mn|is|got|get|gets|came|come|went|go|went|left|took|take|made|make
		rose|fell|died|killed|injured|wounded|arrested|remain|remained|remains|away|back|apart|together|percentage
		kept|won|lost|saw|gave|became|began|fled|held|met|paid|sent|spent|built|bought|sold|felt|found|fought|led|ran
		stood|struck|brought|caught|chose|drew|drove|ate|flew|grew|hit|hurt|knew|lay|meant|put|quit|read|rode|sat
		shot|shut|slept|spoke|stole|threw|understood|woke|wore|wrote|became|did|had|scored|signed|voted`)
	s.addWords(wCommon, `the|a|an|and|or|but|nor|so|yet|for|of|in|on|at|to|from|by|with|as|than|that|this|these|those
		which|who|whom|whose|what|when|where|why|how|it|its|is|are|was|were|be|been|has|have|had|do|does|did
		will|would|shall|should|can|could|may|might|must|not|no|if|then|there|here|he|she|they|we|i|you|his
		her|their|our|my|your|more|less|most|many|much|few|several|some|any|all|both|each|every|after|before
		since|until|during|about|against|between|among|through|across|while|because|though|although|however
		meanwhile|moreover|furthermore|nevertheless|nonetheless|instead|still|also|even|just|only|now|today
		yesterday|tomorrow|last|next|earlier|later|once|twice|again|already|perhaps|maybe|indeed|overall|thus
		therefore|hence|yes|well|asked|despite|unlike|like|under|over|according|amid|following|without|within
		other|another|such|first|second|third|finally|then|separately|elsewhere|officials|analysts|experts|critics
		residents|owners|police|speaking|writing|asked|none|nobody|everyone|everybody|someone|something|nothing|one|two
		three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|millions|billions|half|about|around
		nearly|almost|roughly|some|new|big|top|key|local|western|eastern|northern|southern|central|global|former
		in|breaking|update|updated|exclusive|analysis|opinion|comment|editorial|watch|read|listen|follow|share
		advertisement|sponsored|related|more|q|a|note|editor|photo|video|live|latest|but|and|or|if|unless|whether
		whatever|whoever|whichever|wherever|whenever|let|please|thank|thanks|sorry|no|not|never|always|often
		sometimes|usually|why|look|see|take|make|give|get|go|come|put|keep|tell|say|says|said|added|noted|under|call`)
	s.addWords(wNonName, `cup|prix|bowl|mayday|utc|day|days|year|street|avenue|road|lane|boulevard|crescent|terrace|sea|ocean|river|valley|mountain|mountains|island
		islands|square|bridge|station|airport|stadium|park|hall|tower|palace|cathedral|war|act|bill|treaty|accord
		accords|summit|games|olympics|olympic|championship|championships|series|open|trophy|award|awards|prize|index
		exchange|strait|gulf|coast|desert|basin|north|south|east|west|central|northern|southern|eastern|western
		upper|lower|new|old|great|grand|royal|national|international|global|world|week|month|christmas|easter
		ramadan|covid|covid-19|coronavirus|conference|forum|festival|league|final|finals|semi-final|quarter-final
		agreement|plan|programme|program|strategy|budget|report|review|inquiry|act|law|code|rule|rules|policy
		doctrine|declaration|charter|convention|protocol|pact|deal|framework|fund|stock|market|markets|street
		county|province|region|state|states|republic|kingdom|city|town|village|district|lake|hills|bay|peninsula
		canal|port|harbour|harbor|border|front|zone|strip|bank|line|route|highway|motorway|corridor|building
		storm|hurricane|typhoon|cyclone|grade|cohort|recommendation|rate|ytd
		house|center|centre|church|mosque|temple|museum|gallery|theatre|theater|school|college|hospital|prison
		english|french|german|russian|ukrainian|american|british|european|chinese|african|asian|dutch|israeli
		palestinian|iranian|indian|japanese|korean|spanish|italian|polish|arab|muslim|christian|jewish|catholic
		democrat|democrats|republican|republicans|democratic|conservative|conservatives|labour|liberal|liberals
		green|greens|reform|socialist|socialists|communist|communists|internet|web|ai|tv|gdp|ceo|pm|am|security|care
		marathon|walk|tour|rally|parade|show|awards|medal|medals|tax|credit|plan|scheme|zone|area|airlines
		glacier|glaciers|false|true|section|wage|wages|allowance|allowances|payment|payments|guarantee|benefit|benefits|discount|pension|premium|flight
		fire|warning|jayanti|drive|trail|fairgrounds|measure|proposition|repay|briton`)
	s.addWords(wVague, `dozens|hundreds|thousands|millions|billions|trillions|scores|tens|most|many|several|numerous
		majority|minority|handful|plenty|lots|bulk|all|none|few|half|couple|digits|evens|even-money|even`)
	s.addWords(wMultiplier, `twofold|threefold|fourfold|fivefold|sixfold|sevenfold|eightfold|ninefold|tenfold|hundredfold
		thousandfold|doubled|tripled|trebled|quadrupled|halved|twice|double|triple|doubling|tripling|halving`)
	s.addWords(wFraction, `half|halves|third|thirds|quarter|quarters|fifth|fifths|sixth|sixths|seventh|sevenths|eighth
		eighths|ninth|ninths|tenth|tenths|hundredth|hundredths|fourth`)
	s.addWords(wSuperlative, `largest|biggest|greatest|highest|lowest|smallest|worst|best|fastest|slowest|strongest
		weakest|deadliest|costliest|richest|poorest|oldest|youngest|longest|shortest|heaviest|lightest|hottest
		coldest|warmest|wettest|driest|cheapest|toughest|harshest|widest|deepest|steepest|sharpest|busiest
		safest|fewest|furthest|farthest|closest|tallest|most-watched|most-visited|best-selling|top-selling
		bloodiest|heaviest|mightiest|wealthiest|healthiest|happiest|hardest|easiest|lowest-ever|highest-ever|biggest-ever
		largest-ever|worst-ever|best-ever|record-breaking|record-high|record-low|all-time`)
	s.addWords(wAdverb, `also|later|previously|recently|then|once|separately|repeatedly|earlier|again|further|has|have|had
		reportedly|publicly|privately|often|frequently|still|only|simply|quickly|flatly|angrily|bluntly|openly|firmly
		now|always|already|usually|sometimes|routinely|regularly|consistently|initially|subsequently`)
	s.addWords(wNaming, `called|calls|calling|dubbed|dubs|labelled|labeled|labels|termed|terms|branded|so-called|nicknamed
		described|describing|describes|known|word|words|phrase|term|coined|deemed|as|titled|entitled|headlined`)
	s.addWords(wCopula, `is|are|was|were|be|been|being|remains|remain|remained|became|become|becomes|is'nt|isn't|wasn't|aren't|weren't|not`)
	s.addWords(wPercentWord, `percent|pct|pc|p.c.`)
	s.addWords(wCountNoun, `people|persons|troops|soldiers|civilians|children|students|workers|jobs|homes|houses|cases|deaths
		votes|voters|members|patients|refugees|migrants|prisoners|hostages|residents|employees|staff|passengers
		tonnes|tons|kilometres|kilometers|miles|metres|meters|feet|acres|hectares|barrels|units|vehicles|tanks
		aircraft|jets|drones|missiles|shells|rounds|vessels|ships|cars|games|goals|points|runs|seats|countries
		states|companies|firms|schools|hospitals|beds|doses|tests|infections|visitors|fans|spectators|users|customers
		subscribers|households|families|women|men|girls|boys|babies|adults|officers|officials|doctors|nurses|teachers`)
	s.addWords(wPrep, `in|on|since|by|until|till|from|during|for|over|within|through|throughout|before|after|between`)
	s.addWords(wBoundStart, `between|plus|at|up|close|upwards|in|as|a|an|just|well|only|exactly|another|further|additional|extra|maximum|minimum|north|south`)
	s.addWords(wDateStart, `the|a|an|early|late|mid|recent|spring|summer|autumn|fall|winter|fiscal|earlier|later|several|few|many
		decades|years|centuries|months|noon|midnight|midday|one`)
	s.addWords(wAmountStart, `a|an|one|the|half|once`)
	for w, f := range s.words {
		if f&(wRelMod|wTimeWord|wWeekday|wMonth|wTimeUnit|wNumWord|wApprox|wBoundStart) != 0 {
			s.words[w] |= wDateStart
		}
		if f&(wNumWord|wMultiplier|wFraction|wVague|wCurrency) != 0 {
			s.words[w] |= wAmountStart
		}
		if f&wApprox != 0 {
			s.words[w] |= wBoundStart
		}
	}

	// The phrase table: one entry per line or "|"; the first word is the key.
	s.addPhrases(Hedge, condNone, `reportedly|allegedly|apparently|purportedly|supposedly|presumably|arguably|seemingly
		possibly|probably|perhaps|maybe|may|might|could|likely|unlikely|unclear|uncertain|unconfirmed|unverified
		approximately|roughly|nearly|almost|an estimated|estimated|estimates|estimate|somewhat|relatively|largely|mostly
		partly|partially|virtually|practically|appears to|appear to|appeared to|seems to|seem to|seemed to
		is believed to|are believed to|was believed to|were believed to|is thought to|are thought to
		was thought to|were thought to|is said to|are said to|was said to|were said to|in part|more or less
		is reported to have|are reported to have|was reported to have|were reported to have|is reported to be|are reported to be
		it is possible|tend to|tends to|tended to|suspected|alleged|rumoured|rumored
		possible|is understood to|understood to|it is understood|widely believed|generally believed|widely thought
		commonly believed|commonly thought|popularly believed|widely considered|generally considered|if confirmed|if true
		low confidence|medium confidence|very likely|virtually certain|almost certain|very unlikely|extremely unlikely|exceptionally unlikely
		about as likely as not|cannot be ruled out|can't be ruled out|could not be ruled out|per reports`)
	// "likely voters" is a poll's term, not a hedge: the phrase makes no
	// span; nor are a comparative, "more likely", a right, "entitled
	// to expect", and a past inability, "could not explain", a hedge or a
	// forecast; nor is the most one could, "as long as we could",
	// "everything we could".
	s.addPhrases(noSpan, condNone, `won't lie|likely voters|likely voter|more likely|less likely|entitled to expect
		as we could|as they could|as I could|as he could|as she could|as you could|everything we could|everything they could|all we could|all they could
		as much as we could|as much as they could|as much as I could|as many as we could|as many as they could
		could not produce|could not explain|could not control|could not account|could not remember|could not recall
		could not afford|could not find|could not pay|could not cope|could not stop|could not believe|could not say`)
	s.addPhrases(Hedge, condNumber, `about|around|some|circa|ca.|c.|approx.|in the region of|the order of|or so`)
	s.addPhrases(Causal, condNone, `because|because of|led to|lead to|leads to|leading to|so that|as a result|as a result of
		caused|causes|cause|caused by|causing|thanks to|resulted in|results in|resulting in|result in|owing to
		therefore|consequently|hence|contributed to|contributes to|contributing to|triggered|triggered by
		fuelled by|fueled by|driven by|blamed on|blamed for|blamed|blames|as a consequence|as a consequence of|on account of|stemming from
		stems from|stem from|the result of|a result of|attributed to|in order to|which means|meaning that
		so as to|responsible for|the cause of|a cause of|linked to|associated with|correlated with|prompted|prompted by
		enough to trigger|can trigger|could trigger|may trigger|might trigger|triggers|triggering`)
	s.addPhrases(Causal, condNotNumber, `due to`)
	s.addPhrases(Prediction, condSchedule, `is due to|are due to|was due to|were due to|been due to`)
	s.addPhrases(Prediction, condNone, `is expected to|are expected to|was expected to|were expected to|expected to|expects|expect
		is set to|are set to|was set to|were set to|is likely to|are likely to|due to be|due to report|due to meet|due to begin|due to start|due to take|due to vote|due to open|due to expire|due to publish|due to hold|due to sign|plans to|plan to|planned to|planning to|intends to|intend to|intended to
		aims to|aim to|aimed to|aiming to|is poised to|are poised to|poised to|is on track to|on track to
		is projected to|are projected to|projected to|is forecast to|are forecast to|forecast to|forecast
		forecasts|forecasting|predicts|predicted|predict|prediction|predictions|is going to|are going to
		was going to|were going to|projected|projection|projections|is scheduled to|are scheduled to
		scheduled to|is slated to|are slated to|slated to|vowed to|pledged to|promised to|will soon|outlook
		expected on|expected from|expected|is expected|are expected`)
	s.addPhrases(Prediction, condVerb, `will|would|shall|won't|wouldn't|'ll|should|we'll|i'll|they'll|you'll|it'll|he'll|she'll|that'll|there'll`)
	s.addPhrases(Comparison, condNotNumber, `more than|less than|fewer than|greater than|higher than|lower than|larger than
		bigger than|smaller than|better than|worse than|faster than|slower than|cheaper than|older than
		younger than|longer than|shorter than|stronger than|weaker than|richer than|poorer than|wider than
		deeper than|earlier than|later than|more expensive than|less expensive than|more likely than|less likely than
		more likely to|less likely to
		as many as|as much as`)
	s.addPhrases(Comparison, condNone, `up from|down from|compared with|compared to|in comparison with
		in comparison to|outnumber|outnumbers|outnumbered|exceeds|exceeded|exceeding|surpassed|surpasses|overtook
		outpace|outpaced|outpacing|outstrip|outstripped|outstripping|outperformed|outgrew
		overtaken|all-time high|all-time low|unprecedented|the first|for the first time|the highest|the lowest
		the only|has the most|have the most|had the most|the second-largest|the second-biggest|the third-largest|second-largest|second-biggest|world's first|first-ever`)
	s.addPhrases(Comparison, condWasNow, `now`)
	s.addPhrases(Comparison, condFrom, `rose from|fell from|risen from|fallen from|grew from|dropped from|increased from|climbed from`)
	s.addPhrases(Rule, condCopula, `illegal|unlawful|unconstitutional|banned|prohibited|outlawed|forbidden|mandatory|compulsory
		required by law|legally required|legally binding|against the law|exempt from|in breach of|in violation of
		not allowed|not permitted|barred from|obliged to|obligated to|required to`)
	s.addPhrases(Rule, condNone, `ban on|bans|banning|prohibits|prohibit|prohibiting|prohibition|outlaws|outlaw|forbids
		the law requires|law requires|laws require|mandate requires|directive requires|the law says|the law states|by law|under the law|under law
		under the new law|under the rules|under current rules|under new rules|under the new rules|regulation
		regulations|violates|violated|violating|violation of|breaches|breached|breaching|the rules require|rules require
		the constitution|constitution requires|legislation requires|statute|must by law|legal obligation
		legal requirement|under the treaty|under article|under section|criminal offence|criminal offense
		cannot legally|can legally|may not legally|can't legally|legally allowed|legally entitled|zoning rules|zoning laws
		as required by|as required under|required by article|required by section|as the law requires|the charter requires
		pleaded guilty to|pleaded guilty|pleads guilty to|pleads guilty|pleaded not guilty to|pleaded not guilty
		contrary to section|under sentencing guidelines|sentencing guidelines
		guidance recommends|guidance currently recommends|guidelines recommend|guidelines currently recommend
		guidance advises|guidance currently advises|guidelines advise|guidelines currently advise
		transpose the directive|transposed the directive|transposing the directive|transpose the rules|into national law
		unlimited fine|unlimited fines|liable to a fine|maximum fine|maximum penalty|fines of up to|a fine of up to`)

	s.addEntities(Org, orgList)
	s.addEntities(Place, placeList)
	for _, ps := range s.phrases {
		// longest first, in list order among equals: an insertion sort,
		// as a handful of phrases share a first word
		for i := 1; i < len(ps); i++ {
			for j := i; j > 0 && len(ps[j].words) > len(ps[j-1].words); j-- {
				ps[j], ps[j-1] = ps[j-1], ps[j]
			}
		}
	}
	return s
}
