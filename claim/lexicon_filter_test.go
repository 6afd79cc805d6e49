package claim

import "testing"

// TestEntityFilterHoldsEveryEntity checks that maybeEntity lets through
// every name of entities, which entityKind would otherwise never find, and
// that it turns most other names away.
func TestEntityFilterHoldsEveryEntity(t *testing.T) {
	for name := range entities {
		if !maybeEntity([]byte(name)) {
			t.Errorf("maybeEntity(%q) = false", name)
		}
	}
	passed := 0
	others := []string{"john smith", "acme widgets", "the prime minister", "tuesday", "anna berg", "hello", "x", ""}
	for _, name := range others {
		if _, ok := entities[name]; !ok && maybeEntity([]byte(name)) {
			passed++
		}
	}
	if passed > len(others)/2 {
		t.Errorf("maybeEntity let %d of %d names that are no entity through", passed, len(others))
	}
}
