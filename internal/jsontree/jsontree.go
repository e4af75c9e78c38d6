// Package jsontree reads one JSON value into a tree of the caller's own
// nodes, keeping each object's keys in the order they are written: what
// encoding/json's maps lose, and what a file written back (a JSON Resume)
// or a prompt rendered as promptfoo renders it needs.
package jsontree

import (
	"encoding/json"
	"fmt"
)

// Builder makes a tree's nodes as Read meets them, children first.
type Builder[N any] interface {
	// Object is an object's members in written order; a key written twice
	// comes twice.
	Object(keys []string, vals []N) N
	// Array is an array's elements; none is an empty slice or nil.
	Array(vals []N) N
	// Scalar is a string, a json.Number (with dec.UseNumber), a float64, a
	// bool or nil.
	Scalar(v any) N
}

// Read reads the next JSON value from dec.
func Read[N any](dec *json.Decoder, b Builder[N]) (N, error) {
	var zero N
	tok, err := dec.Token()
	if err != nil {
		return zero, err
	}
	d, ok := tok.(json.Delim)
	if !ok {
		return b.Scalar(tok), nil
	}
	var keys []string
	var vals []N
	for dec.More() {
		if d == '{' {
			k, err := dec.Token()
			if err != nil {
				return zero, err
			}
			keys = append(keys, k.(string)) // the decoder returns nothing else here
		}
		v, err := Read(dec, b)
		if err != nil {
			return zero, err
		}
		vals = append(vals, v)
	}
	if _, err := dec.Token(); err != nil { // the closing delimiter
		return zero, err
	}
	switch d {
	case '{':
		return b.Object(keys, vals), nil
	case '[':
		return b.Array(vals), nil
	}
	return zero, fmt.Errorf("unexpected %v", d)
}
