package claimdata

import (
	"fmt"

	"github.com/claimlight/claimlight/claim"
	"github.com/claimlight/claimlight/segment"
	"github.com/claimlight/claimlight/tokenize"
)

// Configs returns the few training configurations that model selection
// compares. The first is the base the others vary.
func Configs(seed uint64) []claim.TrainConfig {
	base := claim.TrainConfig{
		Features: claim.FeatureConfig{Bits: 18, CharMin: 3, CharMax: 5, CharWeight: 25},
		Epochs:   12, Rate: 0.1, L2: 1e-5, Seed: seed,
		MinCount: 26, Levels: 11,
	}
	both := base
	both.Features.SkipBigrams, both.Features.Conjunctions = true, true
	conj := base
	conj.Features.Conjunctions = true
	tri := base
	tri.Features.Trigrams = true
	chars := base
	chars.Features.CharWeight = 50
	words := base
	words.Features = claim.FeatureConfig{Bits: 18, Trigrams: true}
	return []claim.TrainConfig{base, both, conj, tri, chars, words}
}

// ConfigFor returns the configuration among [Configs] whose features are
// cfg, or the first one with its features set to cfg.
func ConfigFor(cfg claim.FeatureConfig, seed uint64) claim.TrainConfig {
	all := Configs(seed)
	for _, c := range all {
		if c.Features == cfg {
			return c
		}
	}
	c := all[0]
	c.Features = cfg
	return c
}

// Describe names a configuration in a table cell.
func Describe(c claim.TrainConfig) string {
	f := c.Features
	s := fmt.Sprintf("2^%d buckets, words 1-%d", f.Bits, 2+btoi(f.Trigrams))
	if f.CharMax > 0 {
		s += fmt.Sprintf(", chars %d-%d", f.CharMin, f.CharMax)
		if f.CharWeight != 0 {
			s += fmt.Sprintf(" at %d%%", f.CharWeight)
		}
	}
	if f.SkipBigrams {
		s += ", skip-bigrams"
	}
	if f.Conjunctions {
		s += ", flag pairs"
	}
	if c.NB {
		s += ", NB-scaled"
	}
	s += fmt.Sprintf(", L2 %g, %d epochs, rate %g", c.L2, c.Epochs, c.Rate)
	if c.MinCount > 1 {
		s += fmt.Sprintf(", buckets in %d+ samples", c.MinCount)
	}
	levels := c.Levels
	if levels <= 0 || levels > 127 {
		levels = 127
	}
	return s + fmt.Sprintf(", %d levels", 2*levels+1)
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// CrossValidate returns out-of-fold scores: each sample is scored by a model
// fit on the other k-1 folds and quantized as it would be shipped.
func CrossValidate(samples []claim.Sample, cfg claim.TrainConfig, k int, seed uint64) []float32 {
	folds := Folds(len(samples), k, seed)
	scores := make([]float32, len(samples))
	for fold := range k {
		var fit []claim.Sample
		for i, s := range samples {
			if folds[i] != fold {
				fit = append(fit, s)
			}
		}
		m := claim.Train(fit, cfg).Model(0.5, "")
		for i, s := range samples {
			if folds[i] == fold {
				scores[i] = m.ScoreFeatures(s.Features)
			}
		}
	}
	return scores
}

// ScoreWeights scores samples with full-precision weights.
func ScoreWeights(w *claim.Weights, samples []claim.Sample) []float32 {
	out := make([]float32, len(samples))
	for i, s := range samples {
		out[i] = w.Score(s.Features)
	}
	return out
}

// ScoreQuantized scores samples with w quantized as it would be shipped,
// without Judge's rules.
func ScoreQuantized(w *claim.Weights, samples []claim.Sample) []float32 {
	m := w.Model(0.5, "")
	out := make([]float32, len(samples))
	for i, s := range samples {
		out[i] = m.ScoreFeatures(s.Features)
	}
	return out
}

// ScoreModel scores each sentence as the engine would: the text is
// tokenized and annotated as one body sentence and judged by m, rules
// included.
func ScoreModel(m *claim.Model, sents []Sentence) []float32 {
	out := make([]float32, len(sents))
	for i, s := range sents {
		src := []byte(s.Text)
		toks := tokenize.Append(nil, src)
		ss := []segment.Sentence{{Start: 0, End: int32(len(src)), TokEnd: int32(len(toks))}}
		spans := claim.Annotate(src, toks, ss)
		out[i] = m.Judge(src, toks, ss, spans)[0].Score
	}
	return out
}
