package claimlight

import (
	"math/rand"
	"os"
	"path/filepath"
	"testing"
)

func TestLooksEnglish(t *testing.T) {
	tests := []struct {
		name, text string
		english    bool
	}{
		{"short text", "Die Inflation lag bei 2,4 Prozent.", true},
		{"English news", "The government will spend €35 billion on new rail lines over the next decade, the transport ministry said on Tuesday. It is the largest investment in the network since it was built, and officials said it would cut journey times by a third.", true},
		{"German", "Die Bundesregierung will im kommenden Jahr 12 Milliarden Euro zusätzlich in die Bahn investieren, teilte das Verkehrsministerium am Dienstag mit. Die Inflation lag im Oktober bei 2,4 Prozent. „Wir haben keine Zeit zu verlieren“, sagte Minister Jan Vogel.", false},
		{"Spanish", "El Gobierno aprobó el martes un presupuesto de 45.000 millones de euros, el mayor de la historia del país, según informó el ministerio. La inflación bajó al 3,1% en octubre y el paro cayó por sexto mes consecutivo.", false},
		{"French", "Le gouvernement a présenté mardi un budget de 45 milliards d'euros, le plus important de l'histoire du pays, selon le ministère. L'inflation est tombée à 3,1 % en octobre et le chômage a reculé pour le sixième mois consécutif.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if d := Analyze([]byte(tt.text)); d.NotEnglish == tt.english {
				t.Errorf("NotEnglish = %v, want %v", d.NotEnglish, !tt.english)
			}
		})
	}
	// Every English article the project has reads as English.
	files, _ := filepath.Glob("claim/testdata/articles/*.txt")
	files = append(files, "web/sample.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if Analyze(b).NotEnglish {
			t.Errorf("%s does not look English", f)
		}
	}
}

// TestWordKeyAt checks that wordKeyAt, which reads eight bytes at once,
// packs every stretch of up to seven bytes as wordKey does, whatever the
// bytes, near the end of the text too.
func TestWordKeyAt(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	alphabet := []byte("aZzA@[`{\x00\x7f\x80\xc3\xa9\xffQm-'")
	for range 20000 {
		src := make([]byte, 1+r.Intn(12))
		for i := range src {
			if r.Intn(4) == 0 {
				src[i] = byte(r.Intn(256))
			} else {
				src[i] = alphabet[r.Intn(len(alphabet))]
			}
		}
		s := r.Intn(len(src))
		e := s + 1 + r.Intn(len(src)-s)
		k, ok := wordKeyAt(src, int32(s), int32(e))
		wk, wok := wordKey(src[s:e])
		if k != wk || ok != wok {
			t.Fatalf("%q [%d:%d]: %x %v, want %x %v", src, s, e, k, ok, wk, wok)
		}
	}
}
