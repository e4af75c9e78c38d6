package resume

// Home-grown bilingual JSON may write each bullet as an object of its
// translations, keyed by language code ("punkte": [{"de": "…", "en":
// "…"}]), under a key of its author's own language. The bullets are read
// in the language written first, as langVariant reads fields.

// langCodeKey: a key that is a language code alone ("de", "en", "pt-BR").
func langCodeKey(k string) bool {
	if len(k) == 5 && (k[2] == '-' || k[2] == '_') {
		k = k[:2]
	}
	return len(k) == 2 && k[0] >= 'a' && k[0] <= 'z' && k[1] >= 'a' && k[1] <= 'z'
}

// langText is the key of o's first translation, when every key of o is a
// language code and holds a string; "" otherwise.
func langText(o *object) string {
	if o == nil || len(o.keys) == 0 {
		return ""
	}
	for _, k := range o.keys {
		if _, ok := o.get(k).(string); !ok || !langCodeKey(k) {
			return ""
		}
	}
	return o.keys[0]
}

// langItemList is the one key of o whose array holds translated items,
// most of them sentences (three words or more): a work entry's bullets.
// Two such keys leave it undecided, so none is taken.
func langItemList(o *object) string {
	found := ""
	for _, k := range o.keys {
		items := indexedObjects(o.arr(k))
		if len(items) == 0 || len(items) != len(o.arr(k)) {
			continue
		}
		long := 0
		for _, it := range items {
			lk := langText(it.v)
			if lk == "" {
				long = -len(items)
				break
			}
			if t := it.v.str(lk); wordCount(t) >= 3 || unspacedLetters(t) >= 12 {
				long++
			}
		}
		if 2*long <= len(items) {
			continue
		}
		if found != "" {
			return ""
		}
		found = k
	}
	return found
}
