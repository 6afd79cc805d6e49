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
}

// Weights are a trained logistic regression in full precision.
type Weights struct {
	Features FeatureConfig
	Bias     float64
	W        []float32 // one per hash bucket
}

// Score returns the probability the weights give to a feature list.
func (w *Weights) Score(feats []uint32) float32 {
	if len(feats) == 0 {
		return sigmoid(w.Bias)
	}
	v := 1 / math.Sqrt(float64(len(feats)))
	z := w.Bias
	mask := uint32(len(w.W) - 1)
	for _, f := range feats {
		z += float64(w.W[f&mask]) * v
	}
	return sigmoid(z)
}

// Model quantizes w into a [Model] with the given threshold and note.
func (w *Weights) Model(threshold float32, note string) *Model {
	return NewModel(w.Features, float32(w.Bias), w.W, threshold, note)
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
	for ep := range epochs {
		r := rand.New(rand.NewPCG(cfg.Seed, uint64(ep)))
		r.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			s := samples[i]
			if len(s.Features) == 0 {
				continue
			}
			v := 1 / math.Sqrt(float64(len(s.Features)))
			z := bias
			for _, f := range s.Features {
				z += float64(w[f&mask]) * v
			}
			p := float64(sigmoid(z))
			y, cw := 0.0, 1.0
			if s.Label {
				y, cw = 1, posW
			}
			g := (p - y) * cw
			biasG2 += g * g
			bias -= rate * g / math.Sqrt(biasG2+eps)
			for _, f := range s.Features {
				f &= mask
				gi := g*v + cfg.L2*float64(w[f])
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
	out := &Weights{Features: cfg.Features, Bias: biasAvg / float64(averaged), W: w}
	for i := range w {
		w[i] = float32(avg[i] / float64(averaged))
	}
	return out
}
