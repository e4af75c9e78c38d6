// Package wordset holds a tiny filter that answers "surely not in the set"
// for a word without hashing it. The guard looks up every word of a bullet
// in several vocabularies, and nearly all lookups miss: a filter keyed on a
// word's length and its first and last letters turns most misses into one
// bit test.
package wordset

// Filter has one bit per (length, first byte, last byte) class; a clear bit
// means no word of that class was added. Safe for concurrent reads once
// built.
type Filter struct{ bits [filterBits / 64]uint64 }

const filterBits = 32 * 32 * 32

func class(w string) uint {
	return uint(len(w)&31)<<10 | uint(w[0]&31)<<5 | uint(w[len(w)-1]&31)
}

// Add records a word.
func (f *Filter) Add(w string) {
	if w == "" {
		return
	}
	c := class(w)
	f.bits[c>>6] |= 1 << (c & 63)
}

// MayHave is false when w was surely never added.
func (f *Filter) MayHave(w string) bool {
	if w == "" {
		return false
	}
	c := class(w)
	return f.bits[c>>6]&(1<<(c&63)) != 0
}

// Of builds a filter over a map's keys.
func Of[V any](m map[string]V) *Filter {
	f := new(Filter)
	for k := range m {
		f.Add(k)
	}
	return f
}
