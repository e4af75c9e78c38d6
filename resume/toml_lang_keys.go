package resume

import "strings"

// A multilingual data file writes a field once per language, under the key
// with a dot and a language code after it ("about.ru", "about.en",
// "responsibilities.de"). The resume is read in the language written first;
// the same field in the other languages is passed over, as the JSON reader
// does with "position_pt" beside "position_en".

// tomlKeyName is a key as written, its quotes taken off
// (`"responsibilities.en"` is responsibilities.en).
func tomlKeyName(k string) string {
	k = strings.TrimSpace(k)
	if len(k) >= 2 && (k[0] == '"' || k[0] == '\'') && k[len(k)-1] == k[0] {
		k = k[1 : len(k)-1]
	}
	return k
}

// tomlLangKey splits a key with a dot and a two-letter language code after
// it ("about.en") into its base name and the code.
func tomlLangKey(k string) (base, lang string, ok bool) {
	n := len(k)
	if n < 4 || k[n-3] != '.' {
		return "", "", false
	}
	for _, c := range []byte(k[n-2:]) {
		if c < 'a' || c > 'z' {
			return "", "", false
		}
	}
	return k[:n-3], k[n-2:], true
}

// tomlFirstLang is the language code of the file's first key written with
// one, or "" where no key has one.
func tomlFirstLang(ls []fmLine) string {
	for _, l := range ls {
		t := strings.TrimSpace(l.text)
		if t == "" || t[0] == '#' || t[0] == '[' {
			continue
		}
		key, _, ok := strings.Cut(t, "=")
		if !ok {
			continue
		}
		if _, lang, ok := tomlLangKey(strings.ToLower(tomlKeyName(key))); ok {
			return lang
		}
	}
	return ""
}

// tomlMultiline: a value that opens a multi-line string.
func tomlMultiline(val string) bool {
	v := strings.TrimSpace(val)
	return strings.HasPrefix(v, `"""`) || strings.HasPrefix(v, `'''`)
}
