package claim

// Type is a claim type after Full Fact's schema. Types combine as a bit set.
type Type uint8

// Claim types.
const (
	TypeQuantity Type = 1 << iota
	TypePrediction
	TypeCausation // correlation or causation
	TypeRule      // laws and rules
	TypePersonal  // personal experience
	TypeOther
)

var typeNames = []string{"quantity", "prediction", "causation", "rule", "personal", "other"}

// Names returns the names of the types in t, in a fixed order. An empty
// set means "not a claim".
func (t Type) Names() []string {
	var out []string
	for i, n := range typeNames {
		if t&(1<<i) != 0 {
			out = append(out, n)
		}
	}
	return out
}

// Judgement is the verdict on one sentence.
type Judgement struct {
	// Score is the check-worthiness of the sentence, in [0, 1].
	Score float32
	// CheckWorthy reports whether Score reaches the model's threshold.
	CheckWorthy bool
	// Types are the claim types the sentence makes; zero for "not a claim".
	Types Type
	// Reasons are the few features that drove the score, as short readable
	// strings such as "quantity: €35 billion" or "attributed to Mark Rutte".
	Reasons []string
	// Speaker is the index, in the document's spans, of the Speaker span
	// whose words the sentence gives, or -1 when it gives no one's. It is
	// the speaker the "attributed to" reason names, found for every
	// sentence, check-worthy or not, whether or not that reason fitted
	// in [MaxReasons]: in order,
	//
	//   - the speaker of a direct quotation that starts in the sentence
	//     and covers at least half of its bytes: "“We will build 300
	//     homes,” she said." is hers. A quotation that is a small part
	//     of the sentence does not make the sentence its speaker's: "The
	//     ministry said the council approved £4 million for roads last
	//     year, which Anna Berg said was “far too small”." is the
	//     ministry's, though its reason says "attributed to Anna Berg";
	//   - the first Speaker span in the sentence, passing over a
	//     transcript's "NAME:" label that another speaker follows
	//     ("LINDQVIST: Critics say ..." is the critics'): "The ministry
	//     said 40 people had died." is the ministry's;
	//   - the label of the transcript turn the sentence goes on
	//     ("OYELARAN: Good afternoon. We received the call at 1:47 p.m."
	//     gives the second sentence to the label), or the speaker of a
	//     quotation that began in an earlier sentence and runs on past
	//     this one.
	//
	// Unlike the reason, a speaker stays one when the text does not say
	// who it stands for ("he" with no one named before it).
	Speaker int32
	// Quoted reports that at least half of the sentence's bytes are a
	// direct quotation of its Speaker ("“We will build 300 homes,” she
	// said.", or the second sentence of a quotation that runs over two),
	// not counting a tail about the speaker (", who chairs …", ", holding
	// a photograph"), or that the rest is who said it and where ("Outside
	// court, Det Insp Carl Mbeki said: "…""): the sentence is that
	// quotation, not a statement of its own, and a list of who said what
	// names it once.
	Quoted bool
}
