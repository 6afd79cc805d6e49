package claim

import (
	"math"
	"math/rand/v2"
)

// Sample is one training sentence: its hashed features (from
// [TextFeatures]) and whether it is check-worthy.
type Sample struct {
	Features []uint32
	Label    bool
}

// TrainConfig sets the training of a model.
type TrainConfig struct {
	Features FeatureConfig
	// Epochs is the number of passes over the samples.
	Epochs int
	// Rate is AdaGrad's base learning rate.
	Rate float64
	// L2 is the L2 penalty, applied to the weights of the features of each
	// sample as it is seen.
	L2 float64
	// PosWeight multiplies the loss of check-worthy samples (1 when zero).
	PosWeight float64
	// Seed fixes the order in which samples are seen.
	Seed uint64
	// NB scales each feature by its naive Bayes log-count ratio in the
	// training samples (as in Wang and Manning's NBSVM, 2012) while
	// training; the ratio is folded into the returned weights, so the
	// model stays linear in the plain features.
	NB bool
	// MinCount, when above 1, leaves at zero the weight of every hash
	// bucket that fewer than MinCount samples have a feature in: most
	// buckets are seen once or twice, and their weights, many and nearly
	// useless on new text, would make up most of the model file.
	MinCount int
	// Levels is the number of quantization steps on each side of zero of
	// the shipped model (see [NewModel]); 0 means 127.
	Levels int
}

// Weights are a trained logistic regression in full precision.
type Weights struct {
	Features FeatureConfig
	Bias     float64
	W        []float32 // one per hash bucket
	// Levels is the number of quantization steps on each side of zero
	// that [Weights.Model] uses (0 means 127).
	Levels int
}

// Score returns the probability the weights give to a feature list.
func (w *Weights) Score(feats []uint32) float32 {
	if len(feats) == 0 {
		return logistic(w.Bias)
	}
	cv := w.Features.charValue()
	v := featureNorm(feats, cv)
	z := w.Bias
	mask := uint32(len(w.W) - 1)
	for _, f := range feats {
		x := float64(w.W[f&mask]) * v
		if f&charFlag != 0 {
			x *= cv
		}
		z += x
	}
	return logistic(z)
}

// Model quantizes w into a [Model], with w.Levels steps on each side of
// zero, the given threshold and note.
func (w *Weights) Model(threshold float32, note string) *Model {
	return NewModel(w.Features, float32(w.Bias), w.W, w.Levels, threshold, note)
}

// Train fits a logistic regression to samples by AdaGrad, one sample at a
// time, in an order drawn from cfg.Seed. It uses one goroutine and no clock,
// so the same samples and config give the same weights, bit for bit.
// The returned weights are the average of the weights after each epoch
// from the second half of training on, which smooths the last updates.
func Train(samples []Sample, cfg TrainConfig) *Weights {
	n := 1 << cfg.Features.Bits
	w := make([]float32, n)
	g2 := make([]float32, n) // AdaGrad's sums of squared gradients
	avg := make([]float64, n)
	var bias, biasG2, biasAvg float64
	posW := cfg.PosWeight
	if posW == 0 {
		posW = 1
	}
	rate := cfg.Rate
	if rate == 0 {
		rate = 0.1
	}
	epochs := max(cfg.Epochs, 1)
	order := make([]int, len(samples))
	for i := range order {
		order[i] = i
	}
	averaged := 0
	const eps = 1e-6
	mask := uint32(n - 1)
	var r []float32
	if cfg.NB {
		r = nbRatios(samples, n)
	}
	var keep []bool
	if cfg.MinCount > 1 {
		keep = frequent(samples, n, cfg.MinCount)
	}
	scale := func(f uint32) float64 {
		if r == nil {
			return 1
		}
		return float64(r[f])
	}
	cv := cfg.Features.charValue()
	// value is the value of feature f in a sample whose norm factor is v.
	value := func(f uint32, v float64) float64 {
		x := v * scale(f&mask)
		if f&charFlag != 0 {
			x *= cv
		}
		return x
	}
	for ep := range epochs {
		r := rand.New(rand.NewPCG(cfg.Seed, uint64(ep)))
		r.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			s := samples[i]
			if len(s.Features) == 0 {
				continue
			}
			v := featureNorm(s.Features, cv)
			z := bias
			for _, f := range s.Features {
				z += float64(w[f&mask]) * value(f, v)
			}
			p := float64(logistic(z))
			y, cw := 0.0, 1.0
			if s.Label {
				y, cw = 1, posW
			}
			g := (p - y) * cw
			biasG2 += g * g
			bias -= rate * g / math.Sqrt(biasG2+eps)
			for _, f := range s.Features {
				x := value(f, v)
				f &= mask
				if keep != nil && !keep[f] {
					continue
				}
				gi := g*x + cfg.L2*float64(w[f])
				g2[f] += float32(gi * gi)
				w[f] -= float32(rate * gi / math.Sqrt(float64(g2[f])+eps))
			}
		}
		if ep >= epochs/2 {
			averaged++
			biasAvg += bias
			for i, x := range w {
				avg[i] += float64(x)
			}
		}
	}
	out := &Weights{Features: cfg.Features, Bias: biasAvg / float64(averaged), W: w, Levels: cfg.Levels}
	for i := range w {
		w[i] = float32(avg[i] / float64(averaged) * scale(uint32(i)))
	}
	return out
}

// nbRatios returns, for each of n buckets, the log-ratio of how often it
// occurs in positive and in negative samples (presence, add-one smoothed,
// each side normalized by its total), in absolute value plus a floor of
// 0.1, so that no feature is switched off.
func nbRatios(samples []Sample, n int) []float32 {
	pos := make([]float64, n)
	neg := make([]float64, n)
	seen := make([]int, n)
	for i := range seen {
		seen[i] = -1
	}
	for k, s := range samples {
		for _, f := range s.Features {
			f &= uint32(n - 1)
			if seen[f] == k {
				continue
			}
			seen[f] = k
			if s.Label {
				pos[f]++
			} else {
				neg[f]++
			}
		}
	}
	var pt, nt float64
	for i := range pos {
		pos[i]++
		neg[i]++
		pt += pos[i]
		nt += neg[i]
	}
	r := make([]float32, n)
	for i := range r {
		x := math.Abs(math.Log(pos[i] / pt * nt / neg[i]))
		r[i] = float32(x + 0.1)
	}
	return r
}

// frequent returns, for each of n buckets, whether at least min samples
// have a feature in it.
func frequent(samples []Sample, n, min int) []bool {
	count := make([]int32, n)
	last := make([]int32, n) // 1 + index of the last sample counted
	for k, s := range samples {
		for _, f := range s.Features {
			f &= uint32(n - 1)
			if last[f] != int32(k+1) {
				last[f] = int32(k + 1)
				count[f]++
			}
		}
	}
	keep := make([]bool, n)
	for i, c := range count {
		keep[i] = int(c) >= min
	}
	return keep
}
