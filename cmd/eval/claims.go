package main

import (
	"fmt"
	"io"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/claimlight/claimlight/claim"
	"github.com/claimlight/claimlight/cmd/internal/claimdata"
)

// evalClaims measures check-worthiness scoring on the CT24 and CLEF 2019
// data under dir/claims:
//
//  1. the embedded model, as Judge ships it, on CT24 dev-test and dev;
//  2. a model fit here on CT24 train only, with the threshold chosen by
//     5-fold cross-validation on train, on dev and dev-test (both held out);
//  3. that same model ranking the sentences of each CLEF 2019 debate (mean
//     average precision), leaving out sentences that also occur in CT24
//     train, so that nothing scored was trained on.
func evalClaims(dir string, w io.Writer, verbose bool) error {
	start := time.Now()
	cdir := filepath.Join(dir, "claims")
	ct, err := claimdata.ReadCT24Dir(cdir)
	if err != nil {
		return err
	}
	train, dev, devTest, trainSt := ct.Train, ct.Dev, ct.DevTest, ct.TrainStats
	docs, docSt, err := claimdata.ReadCLEF2019(filepath.Join(cdir, claimdata.CLEF2019Dir))
	if err != nil {
		return err
	}
	m, err := claim.DefaultModel()
	if err != nil {
		return err
	}

	fmt.Fprintf(w, "## Check-worthiness\n\n")
	fmt.Fprintf(w, "Data: CT24 train %d sentences (%d recovered from a joined line, %d skipped), dev %d, dev-test %d; "+
		"CLEF 2019 train %d debates, %d sentences (%d lines skipped).\n\n",
		len(train), trainSt.Recovered, trainSt.Skipped, len(dev), len(devTest), len(docs), docSt.Sentences, docSt.Skipped)
	fmt.Fprintf(w, "Embedded model: %s.\n\n", m.Note)

	// 1. The shipped model.
	dtLabels, devLabels := claimdata.Labels(devTest), claimdata.Labels(dev)
	dtScores := claimdata.ScoreModel(m, devTest)
	devScores := claimdata.ScoreModel(m, dev)
	devHeld := !strings.Contains(m.Note, "train+dev")
	fmt.Fprintf(w, "### Shipped model (Judge, rules included), positive class\n\n")
	fmt.Fprintln(w, "| set | threshold | precision | recall | F1 | average precision | note |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|---|")
	row := func(name string, r claimdata.PRF, ap float64, note string) {
		fmt.Fprintf(w, "| %s | %.3f | %.3f | %.3f | %.3f | %.3f | %s |\n", name, r.Threshold, r.Precision, r.Recall, r.F1, ap, note)
	}
	row("CT24 dev-test", claimdata.At(dtScores, dtLabels, m.Threshold), claimdata.AveragePrecision(dtScores, dtLabels),
		"threshold chosen on dev-test: F1 optimistic")
	row("CT24 dev-test, best threshold", claimdata.BestF1(dtScores, dtLabels), claimdata.AveragePrecision(dtScores, dtLabels),
		"oracle: the threshold that maximizes F1 here")
	devNote := "held out"
	if !devHeld {
		devNote = "**not held out**: dev is in the training data"
	}
	row("CT24 dev", claimdata.At(devScores, devLabels, m.Threshold), claimdata.AveragePrecision(devScores, devLabels), devNote)
	fmt.Fprintln(w)

	// 2. A model fit on train only, threshold by cross-validation.
	cfg := claimdata.ConfigFor(m.Features, 1)
	trainS := claimdata.Samples(train, cfg.Features)
	oof := claimdata.CrossValidate(trainS, cfg, 5, cfg.Seed)
	trainLabels := claimdata.Labels(train)
	cv := claimdata.BestF1(oof, trainLabels)
	wts := claim.Train(trainS, cfg)
	honest := wts.Model(cv.Threshold, "fit on CT24 train")
	hDT := claimdata.ScoreModel(honest, devTest)
	hDev := claimdata.ScoreModel(honest, dev)
	fmt.Fprintf(w, "### Fit on CT24 train only (%s), threshold %.3f from 5-fold CV on train\n\n", claimdata.Describe(cfg), cv.Threshold)
	fmt.Fprintln(w, "| set | precision | recall | F1 | F1 at best threshold (oracle) | average precision |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|")
	hrow := func(name string, scores []float32, labels []bool) {
		r := claimdata.At(scores, labels, cv.Threshold)
		fmt.Fprintf(w, "| %s | %.3f | %.3f | %.3f | %.3f | %.3f |\n", name, r.Precision, r.Recall, r.F1,
			claimdata.BestF1(scores, labels).F1, claimdata.AveragePrecision(scores, labels))
	}
	fmt.Fprintf(w, "| CT24 train, 5-fold CV | %.3f | %.3f | %.3f | %.3f | %.3f |\n", cv.Precision, cv.Recall, cv.F1, cv.F1,
		claimdata.AveragePrecision(oof, trainLabels))
	hrow("CT24 dev", hDev, devLabels)
	hrow("CT24 dev-test", hDT, dtLabels)
	fmt.Fprintln(w)

	// Reference points.
	num := containsNumber(devTest)
	fmt.Fprintln(w, "### Reference points on CT24 dev-test (positive-class F1)")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "| system | F1 |")
	fmt.Fprintln(w, "|---|---|")
	fmt.Fprintln(w, "| best CheckThat! 2023 systems (fine-tuned transformers), from data/README.md | 0.88-0.90 |")
	fmt.Fprintln(w, "| naive Bayes, threshold tuned on dev-test, from data/README.md | ~0.78 |")
	fmt.Fprintln(w, "| \"contains a number\", from data/README.md | 0.46 |")
	fmt.Fprintf(w, "| \"contains a digit\", measured here | %.3f |\n", claimdata.At(num, dtLabels, 0.5).F1)
	fmt.Fprintf(w, "| \"contains a digit or a number word\" (one..fifty, hundred..trillion, percent, half, dozen), measured here | %.3f |\n",
		claimdata.At(containsNumberWord(devTest), dtLabels, 0.5).F1)
	fmt.Fprintf(w, "| claimlight shipped model, threshold chosen on dev-test | %.3f |\n", claimdata.At(dtScores, dtLabels, m.Threshold).F1)
	fmt.Fprintf(w, "| claimlight fit on train only, threshold from CV on train | %.3f |\n", claimdata.At(hDT, dtLabels, cv.Threshold).F1)
	fmt.Fprintln(w)

	// 3. CLEF 2019 debates, ranked by the train-only model.
	seen := make(map[string]bool, len(train))
	for _, s := range train {
		seen[claimdata.Normalize(s.Text)] = true
	}
	fmt.Fprintln(w, "### CLEF 2019 debates: ranking within each document (fit on CT24 train only)")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Sentences that also occur in CT24 train (same letters and digits, case and punctuation ignored) are left out of the ranking; empty ones too.")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "| debate | sentences | in CT24 train (left out) | scored | check-worthy scored | average precision | random (expected) |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|---|")
	var sumAP, sumRand float64
	nDocs, totOverlap, totScored := 0, 0, 0
	for _, d := range docs {
		var keep []claimdata.Sentence
		overlap := 0
		for _, s := range d.Sentences {
			n := claimdata.Normalize(s.Text)
			switch {
			case seen[n]:
				overlap++
			case n != "":
				keep = append(keep, s)
			}
		}
		labels := claimdata.Labels(keep)
		pos := 0
		for _, l := range labels {
			if l {
				pos++
			}
		}
		totOverlap += overlap
		totScored += len(keep)
		if pos == 0 {
			fmt.Fprintf(w, "| %s | %d | %d | %d | 0 | - | - |\n", d.Name, len(d.Sentences), overlap, len(keep))
			continue
		}
		ap := claimdata.AveragePrecision(claimdata.ScoreModel(honest, keep), labels)
		rnd := float64(pos) / float64(len(keep))
		sumAP += ap
		sumRand += rnd
		nDocs++
		fmt.Fprintf(w, "| %s | %d | %d | %d | %d | %.3f | %.3f |\n", d.Name, len(d.Sentences), overlap, len(keep), pos, ap, rnd)
	}
	if nDocs > 0 {
		fmt.Fprintf(w, "| **mean (MAP)** over %d debates | %d | %d | %d | | **%.3f** | %.3f |\n",
			nDocs, docSt.Sentences, totOverlap, totScored, sumAP/float64(nDocs), sumRand/float64(nDocs))
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "CLEF 2019 labels mark only claims that fact-checkers actually checked (about 3% of lines), a different task from CT24's crowd labels; \"random\" is the positive rate, the expected average precision of a random ranking.")
	fmt.Fprintln(w)

	if verbose {
		fmt.Fprintln(w, "### Shipped model's errors on CT24 dev-test")
		fmt.Fprintln(w)
		idx := make([]int, len(devTest))
		for i := range idx {
			idx[i] = i
		}
		sort.SliceStable(idx, func(a, b int) bool { return dtScores[idx[a]] > dtScores[idx[b]] })
		for _, i := range idx {
			if (dtScores[i] >= m.Threshold) != dtLabels[i] {
				kind := "false positive"
				if dtLabels[i] {
					kind = "false negative"
				}
				fmt.Fprintf(w, "- %s %.3f: %s\n", kind, dtScores[i], devTest[i].Text)
			}
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "(check-worthiness evaluation took %s)\n\n", time.Since(start).Round(time.Second))
	return nil
}

// containsNumber scores 1 for sentences with an ASCII digit, 0 otherwise.
func containsNumber(sents []claimdata.Sentence) []float32 {
	out := make([]float32, len(sents))
	for i, s := range sents {
		if strings.ContainsAny(s.Text, "0123456789") {
			out[i] = 1
		}
	}
	return out
}

var numberWord = regexp.MustCompile(`(?i)\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|trillion|percent|half|dozen)\b`)

// containsNumberWord scores 1 for sentences with a digit or a number word.
func containsNumberWord(sents []claimdata.Sentence) []float32 {
	out := containsNumber(sents)
	for i, s := range sents {
		if numberWord.MatchString(s.Text) {
			out[i] = 1
		}
	}
	return out
}
