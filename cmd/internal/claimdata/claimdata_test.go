package claimdata

import (
	"math"
	"os"
	"path/filepath"
	"testing"
)

func TestReadCT24(t *testing.T) {
	data := "Sentence_id\tText\tclass_label\n" +
		"1\tWe cut taxes by 10 percent.\tYes\n" +
		"2\t\"You know, I saw a movie - \"\"Crocodile Dundee.\"\"\"\tNo\n" +
		"3\tWe've got to invest and grow.\tNo29286\tYou can't bring back jobs.\tNo\n" +
		"4\tno label here\n" +
		"5\tA bad label.\tMaybe\n" +
		"\n"
	path := filepath.Join(t.TempDir(), "ct.tsv")
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	got, st, err := ReadCT24(path)
	if err != nil {
		t.Fatal(err)
	}
	want := []Sentence{
		{ID: "1", Text: "We cut taxes by 10 percent.", Label: true},
		{ID: "2", Text: `You know, I saw a movie - "Crocodile Dundee."`},
		{ID: "3", Text: "We've got to invest and grow."},
		{ID: "29286", Text: "You can't bring back jobs."},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d sentences %+v, want %d", len(got), got, len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("sentence %d = %+v, want %+v", i, got[i], want[i])
		}
	}
	if st.Lines != 5 || st.Recovered != 1 || st.Skipped != 2 || st.Sentences != 4 {
		t.Errorf("stats = %+v", st)
	}
}

func TestReadCT24Dir(t *testing.T) {
	dir := t.TempDir()
	head := "Sentence_id\tText\tclass_label\n"
	files := map[string]string{
		TrainFile:   head + "1\tWe cut taxes by 10 percent.\tYes\n2\tThank you.\tNo\n3\tbad\n",
		DevFile:     head + "4\tUnemployment is at 4 percent.\tYes\n",
		DevTestFile: head + "5\tGood evening.\tNo\n6\tWe built 300 schools.\tYes\n",
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ct, err := ReadCT24Dir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(ct.Train) != 2 || len(ct.Dev) != 1 || len(ct.DevTest) != 2 || ct.TrainStats.Skipped != 1 {
		t.Errorf("read %d/%d/%d sentences, %d train lines skipped; want 2/1/2, 1", len(ct.Train), len(ct.Dev), len(ct.DevTest), ct.TrainStats.Skipped)
	}
	if err := os.Remove(filepath.Join(dir, DevTestFile)); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadCT24Dir(dir); err == nil {
		t.Error("no error with the dev-test file missing")
	}
}

func TestMetrics(t *testing.T) {
	tests := []struct {
		name    string
		scores  []float32
		labels  []bool
		ap, f1  float64
		minThr  float32 // best threshold lies in (minThr, maxThr]
		maxThr  float32
		atHalf  float64 // F1 at threshold 0.5
		nearTol float64
	}{
		{"perfect", []float32{0.9, 0.8, 0.2, 0.1}, []bool{true, true, false, false}, 1, 1, 0.2, 0.8, 1, 0},
		{"inverted", []float32{0.9, 0.8, 0.2, 0.1}, []bool{false, false, true, true}, (1.0/3 + 2.0/4) / 2, 2.0 / 3, 0, 0.1, 0, 0},
		{"mixed", []float32{0.9, 0.7, 0.6, 0.3}, []bool{true, false, true, false}, (1 + 2.0/3) / 2, 0.8, 0.3, 0.6, 0.8, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if ap := AveragePrecision(tt.scores, tt.labels); math.Abs(ap-tt.ap) > 1e-9 {
				t.Errorf("AP = %v, want %v", ap, tt.ap)
			}
			best := BestF1(tt.scores, tt.labels)
			if math.Abs(best.F1-tt.f1) > 1e-9 {
				t.Errorf("best F1 = %v, want %v", best.F1, tt.f1)
			}
			if !(best.Threshold > tt.minThr && best.Threshold <= tt.maxThr) {
				t.Errorf("best threshold %v not in (%v, %v]", best.Threshold, tt.minThr, tt.maxThr)
			}
			if at := At(tt.scores, tt.labels, best.Threshold); math.Abs(at.F1-best.F1) > 1e-9 {
				t.Errorf("F1 at the best threshold = %v, BestF1 said %v", at.F1, best.F1)
			}
			if f := At(tt.scores, tt.labels, 0.5).F1; math.Abs(f-tt.atHalf) > 1e-9 {
				t.Errorf("F1 at 0.5 = %v, want %v", f, tt.atHalf)
			}
			near := HighestNearBest(tt.scores, tt.labels, 0.2)
			if near.Threshold < best.Threshold || near.F1 < best.F1-0.2 {
				t.Errorf("HighestNearBest = %+v, best %+v", near, best)
			}
		})
	}
}

func TestFolds(t *testing.T) {
	a, b := Folds(103, 5, 1), Folds(103, 5, 1)
	count := make([]int, 5)
	for i := range a {
		if a[i] != b[i] {
			t.Fatal("folds differ between calls")
		}
		count[a[i]]++
	}
	for k, c := range count {
		if c < 20 || c > 21 {
			t.Errorf("fold %d has %d items", k, c)
		}
	}
	c := Folds(103, 5, 2)
	same := 0
	for i := range a {
		if a[i] == c[i] {
			same++
		}
	}
	if same == len(a) {
		t.Error("another seed gave the same folds")
	}
}

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"We're consuming 50 percent!", "we re consuming 50 percent"},
		{"  “Hello,”   WORLD… ", "hello world"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
