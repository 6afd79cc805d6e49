package claimdata

import "sort"

// PRF holds the positive-class precision, recall and F1 at one threshold.
type PRF struct {
	Threshold             float32
	Precision, Recall, F1 float64
	TP, FP, FN            int
}

// At returns precision, recall and F1 of predicting "check-worthy" when
// score >= threshold.
func At(scores []float32, labels []bool, threshold float32) PRF {
	r := PRF{Threshold: threshold}
	for i, s := range scores {
		switch {
		case s >= threshold && labels[i]:
			r.TP++
		case s >= threshold:
			r.FP++
		case labels[i]:
			r.FN++
		}
	}
	if r.TP+r.FP > 0 {
		r.Precision = float64(r.TP) / float64(r.TP+r.FP)
	}
	if r.TP+r.FN > 0 {
		r.Recall = float64(r.TP) / float64(r.TP+r.FN)
	}
	if r.Precision+r.Recall > 0 {
		r.F1 = 2 * r.Precision * r.Recall / (r.Precision + r.Recall)
	}
	return r
}

// order returns the indexes of scores from highest to lowest score, ties in
// index order.
func order(scores []float32) []int {
	idx := make([]int, len(scores))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return scores[idx[a]] > scores[idx[b]] })
	return idx
}

// BestF1 returns the threshold that maximizes F1 on scores, placed halfway
// between the lowest score predicted positive and the next one below it.
func BestF1(scores []float32, labels []bool) PRF {
	idx := order(scores)
	pos := 0
	for _, l := range labels {
		if l {
			pos++
		}
	}
	best := PRF{Threshold: 1}
	tp := 0
	for k, i := range idx {
		if labels[i] {
			tp++
		}
		// Only cut between different scores.
		if k+1 < len(idx) && scores[idx[k+1]] == scores[i] {
			continue
		}
		p := float64(tp) / float64(k+1)
		r := 0.0
		if pos > 0 {
			r = float64(tp) / float64(pos)
		}
		if p+r == 0 {
			continue
		}
		if f := 2 * p * r / (p + r); f > best.F1 {
			th := scores[i]
			if k+1 < len(idx) {
				th = (scores[i] + scores[idx[k+1]]) / 2
			}
			best = PRF{Threshold: th, Precision: p, Recall: r, F1: f, TP: tp, FP: k + 1 - tp, FN: pos - tp}
		}
	}
	return best
}

// AveragePrecision returns the mean, over positive items, of the precision
// of the ranking by score down to that item (0 when there is none).
func AveragePrecision(scores []float32, labels []bool) float64 {
	idx := order(scores)
	tp, sum := 0, 0.0
	for k, i := range idx {
		if labels[i] {
			tp++
			sum += float64(tp) / float64(k+1)
		}
	}
	if tp == 0 {
		return 0
	}
	return sum / float64(tp)
}

// Folds returns the fold, in [0, k), of each of n items: item i goes to
// fold i mod k after a fixed shuffle, so folds are reproducible.
func Folds(n, k int, seed uint64) []int {
	f := make([]int, n)
	perm := permutation(n, seed)
	for pos, i := range perm {
		f[i] = pos % k
	}
	return f
}

// permutation is a Fisher-Yates shuffle driven by a small xorshift
// generator, so that folds do not depend on math/rand's algorithms.
func permutation(n int, seed uint64) []int {
	p := make([]int, n)
	for i := range p {
		p[i] = i
	}
	x := seed*0x9E3779B97F4A7C15 + 1
	for i := n - 1; i > 0; i-- {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		j := int(x % uint64(i+1))
		p[i], p[j] = p[j], p[i]
	}
	return p
}

// HighestNearBest returns the highest threshold whose F1 is within tol of
// the best F1 on scores: a threshold that trades a little F1 on a small
// tuning set for precision, and moves less from one model to the next than
// the argmax does.
func HighestNearBest(scores []float32, labels []bool, tol float64) PRF {
	best := BestF1(scores, labels)
	idx := order(scores)
	out := best
	for k := range idx {
		if k+1 < len(idx) && scores[idx[k+1]] == scores[idx[k]] {
			continue
		}
		th := scores[idx[k]]
		if k+1 < len(idx) {
			th = (scores[idx[k]] + scores[idx[k+1]]) / 2
		}
		if r := At(scores, labels, th); r.F1 >= best.F1-tol && th > out.Threshold {
			out = r
		}
	}
	return out
}
