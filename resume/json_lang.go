package resume

import "strings"

// Home-grown bilingual JSON writes each field twice, once per language,
// under the key with a language code after it ("position_pt",
// "position_en", "description_pt"). The resume is read in the language
// written first: a key the reader looks for and the object lacks is
// taken in that first language.

// langVariant is the first key of o, in the file's order, that is k with
// a two-letter language code after it ("position_pt" for "position").
func langVariant(o *object, k string) string {
	for _, ok := range o.keys {
		if base, ok2 := langBase(ok); ok2 && strings.EqualFold(base, k) {
			return ok
		}
	}
	return ""
}

// langBase splits a key with a language code after it ("description_en")
// into its base name; ok is false for any other key.
func langBase(k string) (string, bool) {
	n := len(k)
	if n < 4 || k[n-3] != '_' && k[n-3] != '-' {
		return "", false
	}
	for _, c := range []byte(k[n-2:]) {
		if c < 'a' || c > 'z' {
			return "", false
		}
	}
	return k[:n-3], true
}

// sameLangList: a and b are one field in two languages
// ("description_pt", "description_en").
func sameLangList(a, b string) bool {
	ba, okA := langBase(a)
	bb, okB := langBase(b)
	return okA && okB && ba == bb
}
