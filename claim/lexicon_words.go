package claim

// wordID numbers the words that annotator.word compares positions with,
// and the words of the phrase table (see wordTexts); 0 is no such word.
type wordID uint16

// The words annotator.word is given, in alphabetical order. Each name is
// "wd" and the word with each part (between "-", "'" and ".") capitalized,
// a final "." spelled "Dot". A new word needs its constant here, in order,
// and its text in wordConsts; TestWordTexts checks both.
const (
	wdNone wordID = iota
	wdA
	wdAMDot
	wdAbout
	wdAbove
	wdAccording
	wdAct
	wdAdditional
	wdAddress
	wdAfter
	wdAfternoon
	wdAg
	wdAgency
	wdAgo
	wdAhead
	wdAl
	wdAlmost
	wdAlso
	wdAm
	wdAmount
	wdAn
	wdAnalysts
	wdAnd
	wdAnnex
	wdAnnounce
	wdAnnounced
	wdAnother
	wdAnywhere
	wdAppear
	wdApproxDot
	wdApproximately
	wdArgued
	wdArgues
	wdAround
	wdArrive
	wdArticle
	wdAs
	wdAt
	wdAudience
	wdAutumn
	wdAware
	wdBarely
	wdBe
	wdBeen
	wdBefore
	wdBegin
	wdBelieve
	wdBelieves
	wdBelow
	wdBest
	wdBetter
	wdBetween
	wdBig
	wdBillions
	wdBin
	wdBn
	wdBreached
	wdBreaches
	wdBriefed
	wdBriefing
	wdBroadcaster
	wdBulk
	wdBut
	wdBy
	wdCDot
	wdCaDot
	wdCall
	wdCan
	wdCategory
	wdCause
	wdCauses
	wdCent
	wdCenturies
	wdCentury
	wdChannel
	wdChapter
	wdCharity
	wdCirca
	wdClaimed
	wdClaims
	wdClause
	wdClose
	wdCode
	wdCome
	wdCommittee
	wdCompany
	wdComplete
	wdConclude
	wdConcluded
	wdConcludes
	wdConference
	wdConstitution
	wdCould
	wdCr
	wdCrowd
	wdCurrent
	wdCut
	wdData
	wdDe
	wdDecade
	wdDecades
	wdDecide
	wdDeclared
	wdDecline
	wdDelegates
	wdDeliver
	wdDer
	wdDial
	wdDid
	wdDo
	wdDoes
	wdDouble
	wdDozens
	wdDrop
	wdDue
	wdDuring
	wdEarlier
	wdEarly
	wdEmail
	wdEmployees
	wdEnd
	wdEstimated
	wdEstimates
	wdEvening
	wdEver
	wdEvery
	wdExactly
	wdExcess
	wdExpansion
	wdExpire
	wdExtra
	wdFace
	wdFair
	wdFall
	wdFamiliar
	wdFast
	wdFear
	wdFears
	wdFew
	wdFewer
	wdFigures
	wdFiling
	wdFinal
	wdFinds
	wdFinish
	wdFirm
	wdFirst
	wdFiscal
	wdFlight
	wdFollowing
	wdFoolish
	wdFor
	wdFound
	wdFourth
	wdFrom
	wdFurther
	wdGain
	wdGate
	wdGet
	wdGive
	wdGlad
	wdGmbh
	wdGo
	wdGood
	wdGrade
	wdGrowth
	wdHad
	wdHalf
	wdHandful
	wdHappy
	wdHas
	wdHave
	wdHeard
	wdHearing
	wdHeat
	wdHelpful
	wdHer
	wdHigh
	wdHighs
	wdHim
	wdHold
	wdHundreds
	wdIf
	wdIn
	wdInc
	wdIncDot
	wdIncident
	wdInclude
	wdIncrease
	wdIncreases
	wdInsisted
	wdInsists
	wdInterview
	wdInvestors
	wdInvolved
	wdIt
	wdIts
	wdJoint
	wdJournal
	wdJournalists
	wdJuly
	wdJump
	wdJune
	wdJust
	wdKsh
	wdLarge
	wdLast
	wdLate
	wdLater
	wdLaunch
	wdLaw
	wdLawmakers
	wdLaws
	wdLeast
	wdLeave
	wdLeg
	wdLegislation
	wdLess
	wdLetter
	wdLevel
	wdLevels
	wdLike
	wdLikely
	wdLine
	wdLinked
	wdListeners
	wdLittle
	wdLlc
	wdLocal
	wdLog
	wdLong
	wdLosses
	wdLove
	wdLow
	wdLows
	wdLtd
	wdM
	wdMagazine
	wdMajority
	wdMake
	wdMany
	wdMaximum
	wdMay
	wdMe
	wdMedia
	wdMeet
	wdMemo
	wdMessage
	wdMid
	wdMidnight
	wdMight
	wdMilitary
	wdMillions
	wdMinimum
	wdMinority
	wdMinus
	wdMinute
	wdMistake
	wdMn
	wdMonth
	wdMonths
	wdMore
	wdMorning
	wdMost
	wdMps
	wdMuch
	wdMust
	wdNaive
	wdNear
	wdNearly
	wdNetwork
	wdNever
	wdNew
	wdNews
	wdNewspaper
	wdNext
	wdNice
	wdNight
	wdNo
	wdNoon
	wdNot
	wdNote
	wdNow
	wdNumber
	wdNumbers
	wdOClock
	wdOf
	wdOften
	wdOn
	wdOne
	wdOnes
	wdOnly
	wdOpEd
	wdOpen
	wdOr
	wdOther
	wdOutlet
	wdOutside
	wdOver
	wdOwn
	wdPMDot
	wdPage
	wdPages
	wdPaper
	wdPar
	wdParagraph
	wdParliament
	wdParts
	wdPeople
	wdPer
	wdPercentage
	wdPhase
	wdPlatform
	wdPlc
	wdPlus
	wdPm
	wdPodcast
	wdPoint
	wdPoints
	wdPolice
	wdPolled
	wdPost
	wdPrecisely
	wdPress
	wdProbably
	wdProfit
	wdProfits
	wdPromises
	wdPrudent
	wdPublish
	wdPublisher
	wdQuarter
	wdQuarters
	wdRadio
	wdRand
	wdRanging
	wdRather
	wdRead
	wdReal
	wdRecent
	wdRecord
	wdReduction
	wdReference
	wdRegulation
	wdRegulations
	wdRemain
	wdReport
	wdReported
	wdReporters
	wdResolution
	wdResume
	wdRetire
	wdReturn
	wdRight
	wdRise
	wdRisk
	wdRoom
	wdRoughly
	wdRound
	wdRoute
	wdRp
	wdRs
	wdRsDot
	wdRule
	wdRules
	wdSa
	wdSaid
	wdSales
	wdSame
	wdSay
	wdSays
	wdSchedule
	wdScores
	wdSecond
	wdSection
	wdSenators
	wdSeveral
	wdShareholders
	wdShares
	wdShortly
	wdShould
	wdShowed
	wdShows
	wdSign
	wdSocial
	wdSome
	wdSoon
	wdSooner
	wdSpeak
	wdSpeech
	wdSpring
	wdStaff
	wdStage
	wdStake
	wdStand
	wdStart
	wdStatement
	wdStation
	wdStatistics
	wdStatute
	wdStep
	wdStill
	wdSubsection
	wdSuch
	wdSuggested
	wdSuggests
	wdSummer
	wdSummit
	wdSupporters
	wdSurge
	wdSurveyed
	wdTake
	wdTelevised
	wdTell
	wdTells
	wdTemperatures
	wdTens
	wdTerm
	wdTestified
	wdTestify
	wdThan
	wdThat
	wdThe
	wdTheir
	wdThem
	wdThen
	wdThink
	wdThinks
	wdThird
	wdThis
	wdThousands
	wdThree
	wdTime
	wdTimes
	wdTn
	wdTo
	wdTold
	wdTotal
	wdTreaty
	wdTrillions
	wdTriple
	wdTurnout
	wdTv
	wdTweeted
	wdTwice
	wdTwo
	wdUnder
	wdUnfair
	wdUnless
	wdUntil
	wdUp
	wdUpwards
	wdUs
	wdUseful
	wdVan
	wdVersion
	wdVideo
	wdViewers
	wdVisit
	wdVon
	wdVote
	wdWarned
	wdWas
	wdWebsite
	wdWeek
	wdWell
	wdWere
	wdWhether
	wdWhich
	wdWho
	wdWill
	wdWinter
	wdWise
	wdWithin
	wdWon
	wdWords
	wdWould
	wdWrites
	wdWritten
	wdWrong
	wdWrote
	wdYear
	wdYears
	wdYou
	numWordConsts // the number of the constants above, wdNone included
)

// wordConsts holds the text of each constant above.
var wordConsts = [numWordConsts]string{
	wdA:             "a",
	wdAMDot:         "a.m.",
	wdAbout:         "about",
	wdAbove:         "above",
	wdAccording:     "according",
	wdAct:           "act",
	wdAdditional:    "additional",
	wdAddress:       "address",
	wdAfter:         "after",
	wdAfternoon:     "afternoon",
	wdAg:            "ag",
	wdAgency:        "agency",
	wdAgo:           "ago",
	wdAhead:         "ahead",
	wdAl:            "al",
	wdAlmost:        "almost",
	wdAlso:          "also",
	wdAm:            "am",
	wdAmount:        "amount",
	wdAn:            "an",
	wdAnalysts:      "analysts",
	wdAnd:           "and",
	wdAnnex:         "annex",
	wdAnnounce:      "announce",
	wdAnnounced:     "announced",
	wdAnother:       "another",
	wdAnywhere:      "anywhere",
	wdAppear:        "appear",
	wdApproxDot:     "approx.",
	wdApproximately: "approximately",
	wdArgued:        "argued",
	wdArgues:        "argues",
	wdAround:        "around",
	wdArrive:        "arrive",
	wdArticle:       "article",
	wdAs:            "as",
	wdAt:            "at",
	wdAudience:      "audience",
	wdAutumn:        "autumn",
	wdAware:         "aware",
	wdBarely:        "barely",
	wdBe:            "be",
	wdBeen:          "been",
	wdBefore:        "before",
	wdBegin:         "begin",
	wdBelieve:       "believe",
	wdBelieves:      "believes",
	wdBelow:         "below",
	wdBest:          "best",
	wdBetter:        "better",
	wdBetween:       "between",
	wdBig:           "big",
	wdBillions:      "billions",
	wdBin:           "bin",
	wdBn:            "bn",
	wdBreached:      "breached",
	wdBreaches:      "breaches",
	wdBriefed:       "briefed",
	wdBriefing:      "briefing",
	wdBroadcaster:   "broadcaster",
	wdBulk:          "bulk",
	wdBut:           "but",
	wdBy:            "by",
	wdCDot:          "c.",
	wdCaDot:         "ca.",
	wdCall:          "call",
	wdCan:           "can",
	wdCategory:      "category",
	wdCause:         "cause",
	wdCauses:        "causes",
	wdCent:          "cent",
	wdCenturies:     "centuries",
	wdCentury:       "century",
	wdChannel:       "channel",
	wdChapter:       "chapter",
	wdCharity:       "charity",
	wdCr:            "cr",
	wdCirca:         "circa",
	wdClaimed:       "claimed",
	wdClaims:        "claims",
	wdClause:        "clause",
	wdClose:         "close",
	wdCode:          "code",
	wdCome:          "come",
	wdCommittee:     "committee",
	wdCompany:       "company",
	wdComplete:      "complete",
	wdConclude:      "conclude",
	wdConcluded:     "concluded",
	wdConcludes:     "concludes",
	wdConference:    "conference",
	wdConstitution:  "constitution",
	wdCould:         "could",
	wdCrowd:         "crowd",
	wdCurrent:       "current",
	wdCut:           "cut",
	wdData:          "data",
	wdDe:            "de",
	wdDecade:        "decade",
	wdDecades:       "decades",
	wdDecide:        "decide",
	wdDeclared:      "declared",
	wdDecline:       "decline",
	wdDelegates:     "delegates",
	wdDeliver:       "deliver",
	wdDer:           "der",
	wdDial:          "dial",
	wdDid:           "did",
	wdDo:            "do",
	wdDoes:          "does",
	wdDouble:        "double",
	wdDozens:        "dozens",
	wdDrop:          "drop",
	wdDue:           "due",
	wdDuring:        "during",
	wdEarlier:       "earlier",
	wdEarly:         "early",
	wdEmail:         "email",
	wdEmployees:     "employees",
	wdEnd:           "end",
	wdEstimated:     "estimated",
	wdEstimates:     "estimates",
	wdEvening:       "evening",
	wdEver:          "ever",
	wdEvery:         "every",
	wdExactly:       "exactly",
	wdExcess:        "excess",
	wdExpansion:     "expansion",
	wdExpire:        "expire",
	wdExtra:         "extra",
	wdFace:          "face",
	wdFair:          "fair",
	wdFall:          "fall",
	wdFamiliar:      "familiar",
	wdFast:          "fast",
	wdFear:          "fear",
	wdFears:         "fears",
	wdFew:           "few",
	wdFewer:         "fewer",
	wdFigures:       "figures",
	wdFiling:        "filing",
	wdFinal:         "final",
	wdFinds:         "finds",
	wdFinish:        "finish",
	wdFirm:          "firm",
	wdFirst:         "first",
	wdFiscal:        "fiscal",
	wdFlight:        "flight",
	wdFollowing:     "following",
	wdFoolish:       "foolish",
	wdFor:           "for",
	wdFound:         "found",
	wdFourth:        "fourth",
	wdFrom:          "from",
	wdFurther:       "further",
	wdGain:          "gain",
	wdGate:          "gate",
	wdGet:           "get",
	wdGive:          "give",
	wdGlad:          "glad",
	wdGmbh:          "gmbh",
	wdGo:            "go",
	wdGood:          "good",
	wdGrade:         "grade",
	wdGrowth:        "growth",
	wdHad:           "had",
	wdHalf:          "half",
	wdHandful:       "handful",
	wdHappy:         "happy",
	wdHas:           "has",
	wdHave:          "have",
	wdHeard:         "heard",
	wdHearing:       "hearing",
	wdHeat:          "heat",
	wdHelpful:       "helpful",
	wdHer:           "her",
	wdHigh:          "high",
	wdHighs:         "highs",
	wdHim:           "him",
	wdHold:          "hold",
	wdHundreds:      "hundreds",
	wdIf:            "if",
	wdIn:            "in",
	wdInc:           "inc",
	wdIncDot:        "inc.",
	wdIncident:      "incident",
	wdInclude:       "include",
	wdIncrease:      "increase",
	wdIncreases:     "increases",
	wdInsisted:      "insisted",
	wdInsists:       "insists",
	wdInterview:     "interview",
	wdInvestors:     "investors",
	wdInvolved:      "involved",
	wdIt:            "it",
	wdIts:           "its",
	wdJoint:         "joint",
	wdJournal:       "journal",
	wdJournalists:   "journalists",
	wdJuly:          "july",
	wdJump:          "jump",
	wdJune:          "june",
	wdJust:          "just",
	wdKsh:           "ksh",
	wdLarge:         "large",
	wdLast:          "last",
	wdLate:          "late",
	wdLater:         "later",
	wdLaunch:        "launch",
	wdLaw:           "law",
	wdLawmakers:     "lawmakers",
	wdLaws:          "laws",
	wdLeast:         "least",
	wdLeave:         "leave",
	wdLeg:           "leg",
	wdLegislation:   "legislation",
	wdLess:          "less",
	wdLetter:        "letter",
	wdLevel:         "level",
	wdLevels:        "levels",
	wdLike:          "like",
	wdLikely:        "likely",
	wdLine:          "line",
	wdLinked:        "linked",
	wdListeners:     "listeners",
	wdLittle:        "little",
	wdLlc:           "llc",
	wdLocal:         "local",
	wdLog:           "log",
	wdLong:          "long",
	wdLosses:        "losses",
	wdLove:          "love",
	wdLow:           "low",
	wdLows:          "lows",
	wdLtd:           "ltd",
	wdM:             "m",
	wdMagazine:      "magazine",
	wdMajority:      "majority",
	wdMake:          "make",
	wdMany:          "many",
	wdMaximum:       "maximum",
	wdMay:           "may",
	wdMe:            "me",
	wdMedia:         "media",
	wdMeet:          "meet",
	wdMemo:          "memo",
	wdMessage:       "message",
	wdMid:           "mid",
	wdMidnight:      "midnight",
	wdMight:         "might",
	wdMilitary:      "military",
	wdMillions:      "millions",
	wdMinimum:       "minimum",
	wdMinority:      "minority",
	wdMinus:         "minus",
	wdMinute:        "minute",
	wdMistake:       "mistake",
	wdMn:            "mn",
	wdMonth:         "month",
	wdMonths:        "months",
	wdMore:          "more",
	wdMorning:       "morning",
	wdMost:          "most",
	wdMps:           "mps",
	wdMuch:          "much",
	wdMust:          "must",
	wdNaive:         "naive",
	wdNear:          "near",
	wdNearly:        "nearly",
	wdNetwork:       "network",
	wdNever:         "never",
	wdNew:           "new",
	wdNews:          "news",
	wdNewspaper:     "newspaper",
	wdNext:          "next",
	wdNice:          "nice",
	wdNight:         "night",
	wdNo:            "no",
	wdNoon:          "noon",
	wdNot:           "not",
	wdNote:          "note",
	wdNow:           "now",
	wdNumber:        "number",
	wdNumbers:       "numbers",
	wdOClock:        "o'clock",
	wdOf:            "of",
	wdOften:         "often",
	wdOn:            "on",
	wdOne:           "one",
	wdOnes:          "ones",
	wdOnly:          "only",
	wdOpEd:          "op-ed",
	wdOpen:          "open",
	wdOr:            "or",
	wdOther:         "other",
	wdOutlet:        "outlet",
	wdOutside:       "outside",
	wdOver:          "over",
	wdOwn:           "own",
	wdPMDot:         "p.m.",
	wdPage:          "page",
	wdPages:         "pages",
	wdPaper:         "paper",
	wdParagraph:     "paragraph",
	wdParliament:    "parliament",
	wdParts:         "parts",
	wdPeople:        "people",
	wdPar:           "par",
	wdPer:           "per",
	wdPercentage:    "percentage",
	wdPhase:         "phase",
	wdPlatform:      "platform",
	wdPlc:           "plc",
	wdPlus:          "plus",
	wdPm:            "pm",
	wdPodcast:       "podcast",
	wdPoint:         "point",
	wdPoints:        "points",
	wdPolice:        "police",
	wdPolled:        "polled",
	wdPost:          "post",
	wdPrecisely:     "precisely",
	wdPress:         "press",
	wdProbably:      "probably",
	wdProfit:        "profit",
	wdProfits:       "profits",
	wdPromises:      "promises",
	wdPrudent:       "prudent",
	wdPublish:       "publish",
	wdPublisher:     "publisher",
	wdQuarter:       "quarter",
	wdQuarters:      "quarters",
	wdRadio:         "radio",
	wdRand:          "rand",
	wdRanging:       "ranging",
	wdRather:        "rather",
	wdRead:          "read",
	wdReal:          "real",
	wdRecent:        "recent",
	wdRecord:        "record",
	wdReduction:     "reduction",
	wdReference:     "reference",
	wdRegulation:    "regulation",
	wdRegulations:   "regulations",
	wdRemain:        "remain",
	wdReport:        "report",
	wdReported:      "reported",
	wdReporters:     "reporters",
	wdResolution:    "resolution",
	wdResume:        "resume",
	wdRetire:        "retire",
	wdReturn:        "return",
	wdRight:         "right",
	wdRise:          "rise",
	wdRisk:          "risk",
	wdRoom:          "room",
	wdRoughly:       "roughly",
	wdRound:         "round",
	wdRoute:         "route",
	wdRp:            "rp",
	wdRs:            "rs",
	wdRsDot:         "rs.",
	wdRule:          "rule",
	wdRules:         "rules",
	wdSa:            "sa",
	wdSaid:          "said",
	wdSales:         "sales",
	wdSame:          "same",
	wdSay:           "say",
	wdSays:          "says",
	wdSchedule:      "schedule",
	wdScores:        "scores",
	wdSecond:        "second",
	wdSection:       "section",
	wdSenators:      "senators",
	wdSeveral:       "several",
	wdShareholders:  "shareholders",
	wdShares:        "shares",
	wdShortly:       "shortly",
	wdShould:        "should",
	wdShowed:        "showed",
	wdShows:         "shows",
	wdSign:          "sign",
	wdSocial:        "social",
	wdSome:          "some",
	wdSoon:          "soon",
	wdSooner:        "sooner",
	wdSpeak:         "speak",
	wdSpeech:        "speech",
	wdSpring:        "spring",
	wdStaff:         "staff",
	wdStage:         "stage",
	wdStake:         "stake",
	wdStand:         "stand",
	wdStart:         "start",
	wdStatement:     "statement",
	wdStation:       "station",
	wdStatistics:    "statistics",
	wdStatute:       "statute",
	wdStep:          "step",
	wdStill:         "still",
	wdSubsection:    "subsection",
	wdSuch:          "such",
	wdSuggested:     "suggested",
	wdSuggests:      "suggests",
	wdSummer:        "summer",
	wdSummit:        "summit",
	wdSupporters:    "supporters",
	wdSurge:         "surge",
	wdSurveyed:      "surveyed",
	wdTake:          "take",
	wdTelevised:     "televised",
	wdTell:          "tell",
	wdTells:         "tells",
	wdTemperatures:  "temperatures",
	wdTens:          "tens",
	wdTerm:          "term",
	wdTestified:     "testified",
	wdTestify:       "testify",
	wdThan:          "than",
	wdThat:          "that",
	wdThe:           "the",
	wdTheir:         "their",
	wdThem:          "them",
	wdThen:          "then",
	wdThink:         "think",
	wdThinks:        "thinks",
	wdThird:         "third",
	wdThis:          "this",
	wdThousands:     "thousands",
	wdThree:         "three",
	wdTime:          "time",
	wdTimes:         "times",
	wdTn:            "tn",
	wdTo:            "to",
	wdTold:          "told",
	wdTotal:         "total",
	wdTreaty:        "treaty",
	wdTrillions:     "trillions",
	wdTriple:        "triple",
	wdTurnout:       "turnout",
	wdTv:            "tv",
	wdTweeted:       "tweeted",
	wdTwice:         "twice",
	wdTwo:           "two",
	wdUnder:         "under",
	wdUnfair:        "unfair",
	wdUnless:        "unless",
	wdUntil:         "until",
	wdUp:            "up",
	wdUpwards:       "upwards",
	wdUs:            "us",
	wdUseful:        "useful",
	wdVan:           "van",
	wdVersion:       "version",
	wdVideo:         "video",
	wdViewers:       "viewers",
	wdVisit:         "visit",
	wdVon:           "von",
	wdVote:          "vote",
	wdWarned:        "warned",
	wdWas:           "was",
	wdWebsite:       "website",
	wdWeek:          "week",
	wdWell:          "well",
	wdWere:          "were",
	wdWhether:       "whether",
	wdWhich:         "which",
	wdWho:           "who",
	wdWill:          "will",
	wdWinter:        "winter",
	wdWise:          "wise",
	wdWithin:        "within",
	wdWon:           "won",
	wdWords:         "words",
	wdWould:         "would",
	wdWrites:        "writes",
	wdWritten:       "written",
	wdWrong:         "wrong",
	wdWrote:         "wrote",
	wdYear:          "year",
	wdYears:         "years",
	wdYou:           "you",
}
