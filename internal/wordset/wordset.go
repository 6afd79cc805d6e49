// Package wordset holds tables of words, each with a byte of value, that
// the engine looks words up in: abbreviations, domain endings, words that
// keep a sentence going, the built-in names of places and organisations.
// A caller that keeps more about a word indexes a slice of its own by the
// word's slot in the table (see [Table.Add]).
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
	// lens has bit n set when a word of n bytes is in the table, bit 63
	// for any of 63 or more: a word of another length is looked up with
	// no hash (see lenBit).
	lens uint64
}

// lenBit returns the bit of lens for a word of n bytes.
func lenBit(n int) uint64 { return 1 << min(uint(n), 63) }

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
func (t *Table) Put(w string, v uint8) { t.vals[t.Add(w)] = v }

// Add adds the word w, which must not be empty, if the table does not hold
// it, and returns its slot: an index below [Table.Slots] that stays the
// word's, so that a caller can keep more about its words in a slice of
// its own (see [Table.Find]). The table must have room for it (see [New]).
//
//go:noinline
func (t *Table) Add(w string) int {
	if w == "" || len(t.keys) == 0 {
		panic("wordset: empty word or table")
	}
	m := uint32(len(t.keys) - 1)
	i := hash(w) & m
	for t.keys[i] != "" && t.keys[i] != w {
		i = (i + 1) & m
	}
	t.keys[i] = w
	t.lens |= lenBit(len(w))
	return int(i)
}

// Get returns the value of the word w and whether the table holds it. It
// is [Table.Find] but for the call, which most lookups of the segmenter
// would pay.
func (t *Table) Get(w []byte) (uint8, bool) {
	if t.lens&lenBit(len(w)) == 0 {
		return 0, false // no word of its length, as in an empty table
	}
	m := uint32(len(t.keys) - 1)
	for i := Hash(w) & m; ; i = (i + 1) & m {
		k := t.keys[i]
		if k == "" {
			return 0, false
		}
		if k == string(w) {
			return t.vals[i], true
		}
	}
}

// Find returns the slot of the word w (see [Table.Add]), -1 if the table
// does not hold it; h is Hash(w), which a caller may have at hand.
func (t *Table) Find(w []byte, h uint32) int {
	m := uint32(len(t.keys) - 1)
	if t.lens&lenBit(len(w)) == 0 {
		return -1
	}
	for i := h & m; ; i = (i + 1) & m {
		k := t.keys[i]
		if k == "" {
			return -1
		}
		if k == string(w) {
			return int(i)
		}
	}
}

// Slots returns the number of slots of the table, the bound of the slots
// that [Table.Add] and [Table.Find] return.
func (t *Table) Slots() int { return len(t.keys) }

// Has reports whether the table holds the word w.
func (t *Table) Has(w []byte) bool {
	_, ok := t.Get(w)
	return ok
}

// HasString reports whether the table holds the word w.
func (t *Table) HasString(w string) bool {
	if t.lens&lenBit(len(w)) == 0 {
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

// Hash is 32-bit FNV-1a, the hash of w that [Table.Find] takes.
func Hash(w []byte) uint32 {
	h := uint32(2166136261)
	for _, c := range w {
		h = (h ^ uint32(c)) * 16777619
	}
	return h
}

// hash is Hash of a string.
func hash(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * 16777619
	}
	return h
}
