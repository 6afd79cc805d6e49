package claim

// Kind classifies a span.
type Kind uint8

// Span kinds. Their String names are the ones used in JSON and by the page.
const (
	Quantity   Kind = iota // a number with what it counts: "40 people", "fivefold", "a third"
	Money                  // "€35 billion", "$1.2tn", "£400m"
	Percent                // "5%", "5 percent", "5 per cent"
	Date                   // dates, years, weekdays, relative times, durations
	Quote                  // a direct quotation, marks included
	ScareQuote             // a short quoted word or phrase that is not speech: "irreversible"
	Speaker                // who said a quote: "Mark Rutte", "the NATO chief"
	Cue                    // a reporting cue: "said", "told reporters", "according to"
	Person                 // a person's name, with title: "Secretary-General Mark Rutte"
	Org                    // an organization: "NATO", "the European Commission"
	Place                  // a place: "The Hague", "Ukraine"
	Comparison             // comparisons and superlatives: "largest", "more than"
	Prediction             // "will provide", "is expected to"
	Causal                 // "because", "led to", "due to"
	Hedge                  // "nearly", "reportedly", "may"
	Rule                   // "is illegal", "the law requires", "banned"
	NumKinds
)

var kindNames = [NumKinds]string{
	"quantity", "money", "percent", "date", "quote", "scare_quote", "speaker", "cue",
	"person", "org", "place", "comparison", "prediction", "causal", "hedge", "rule",
}

// String returns the kind's JSON name, e.g. "scare_quote".
func (k Kind) String() string {
	if k < NumKinds {
		return kindNames[k]
	}
	return "unknown"
}

// KindByName returns the kind whose String is name, and whether there is one.
func KindByName(name string) (Kind, bool) {
	for i, n := range kindNames {
		if n == name {
			return Kind(i), true
		}
	}
	return 0, false
}

// Span is an annotated stretch of a source text: the bytes src[Start:End]
// (byte offsets, End excluded) and its kind. Spans start and end on token
// boundaries. Link is the index, in the same span slice, of a related span:
// for a Quote, its Speaker; for a Speaker, its Cue; -1 when there is none.
type Span struct {
	Start, End int32
	Kind       Kind
	Link       int32
}

// Text returns the span's bytes in src, without copying.
func (s Span) Text(src []byte) []byte { return src[s.Start:s.End] }
