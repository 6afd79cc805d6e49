// Package wordset holds small tables of words, each with a byte of value,
// that the engine looks words up in: abbreviations, domain endings, words
// that keep a sentence going.
//
// A table is built at start-up from one constant string, entries separated
// by "|", into an open-addressing hash table. It costs the start-up of the
// WebAssembly build less than a Go map would: no map code runs (and none is
// compiled) before the first lookup, and the lists stay data, which
// compresses better than the code a map literal compiles to.
package wordset

// Table maps words to a byte value. Words are compared byte by byte, case
// included. Its zero value is an empty table.
type Table struct {
	keys []string // "" marks an empty slot; the length is a power of two
	vals []uint8
}

// New returns an empty table with room for n words.
//
//go:noinline
func New(n int) Table {
	size := 8
	for size < 2*n {
		size *= 2
	}
	return Table{keys: make([]string, size), vals: make([]uint8, size)}
}

// Of returns a table of the entries of list, separated by "|", each with
// the value 1.
func Of(list string) Table {
	n := 1
	for i := 0; i < len(list); i++ {
		if list[i] == '|' {
			n++
		}
	}
	t := New(n)
	t.PutList(1, list)
	return t
}

// PutList gives each entry of list, separated by "|", the value v. The
// table must have room for them (see [New]).
func (t *Table) PutList(v uint8, list string) {
	start := 0
	for i := 0; i <= len(list); i++ {
		if i == len(list) || list[i] == '|' {
			t.Put(list[start:i], v)
			start = i + 1
		}
	}
}

// Put gives the word w, which must not be empty, the value v. The table
// must have room for it (see [New]).
//
//go:noinline
func (t *Table) Put(w string, v uint8) {
	if w == "" || len(t.keys) == 0 {
		panic("wordset: empty word or table")
	}
	m := uint32(len(t.keys) - 1)
	i := hash(w) & m
	for t.keys[i] != "" && t.keys[i] != w {
		i = (i + 1) & m
	}
	t.keys[i], t.vals[i] = w, v
}

// Get returns the value of the word w and whether the table holds it.
//
// Not inlined, for the size of the WebAssembly build.
//
//go:noinline
func (t *Table) Get(w []byte) (uint8, bool) {
	if len(t.keys) == 0 {
		return 0, false
	}
	m := uint32(len(t.keys) - 1)
	h := uint32(2166136261)
	for _, c := range w {
		h = (h ^ uint32(c)) * 16777619
	}
	for i := h & m; ; i = (i + 1) & m {
		k := t.keys[i]
		if k == "" {
			return 0, false
		}
		if k == string(w) {
			return t.vals[i], true
		}
	}
}

// Has reports whether the table holds the word w.
func (t *Table) Has(w []byte) bool {
	_, ok := t.Get(w)
	return ok
}

// HasString reports whether the table holds the word w.
func (t *Table) HasString(w string) bool {
	if len(t.keys) == 0 {
		return false
	}
	m := uint32(len(t.keys) - 1)
	for i := hash(w) & m; ; i = (i + 1) & m {
		k := t.keys[i]
		if k == "" {
			return false
		}
		if k == w {
			return true
		}
	}
}

// Len returns the number of words in the table.
func (t *Table) Len() int {
	n := 0
	for _, k := range t.keys {
		if k != "" {
			n++
		}
	}
	return n
}

// hash is 32-bit FNV-1a.
func hash(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * 16777619
	}
	return h
}
