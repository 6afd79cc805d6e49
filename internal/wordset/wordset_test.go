package wordset

import (
	"strings"
	"testing"
)

func TestTable(t *testing.T) {
	list := "Mr|Mrs|Dr|U.S.|e.g.|a|Ü|share this article"
	s := Of(list)
	for _, w := range strings.Split(list, "|") {
		if v, ok := s.Get([]byte(w)); !ok || v != 1 {
			t.Errorf("Get(%q) = %d, %v", w, v, ok)
		}
		if !s.HasString(w) || !s.Has([]byte(w)) {
			t.Errorf("%q not held", w)
		}
	}
	for _, w := range []string{"", "mr", "Mr.", "M", "share this", "b"} {
		if s.Has([]byte(w)) || s.HasString(w) {
			t.Errorf("%q held", w)
		}
	}
	if s.Len() != 8 {
		t.Errorf("Len = %d", s.Len())
	}
	tb := New(3)
	tb.PutList(2, "x|y")
	tb.Put("x", 5) // a later value wins
	if v, _ := tb.Get([]byte("x")); v != 5 {
		t.Errorf("x = %d, want 5", v)
	}
	if v, _ := tb.Get([]byte("y")); v != 2 {
		t.Errorf("y = %d, want 2", v)
	}
	var zero Table
	if zero.Has([]byte("x")) || zero.HasString("x") {
		t.Error("the zero table holds x")
	}
}

func BenchmarkGet(b *testing.B) {
	s := Of("Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Inc|Corp|Co|Ltd|etc|vs|Jan|Feb|Mar")
	w := []byte("Corp")
	for b.Loop() {
		s.Get(w)
	}
}
