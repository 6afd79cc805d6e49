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
}
