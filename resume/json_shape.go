package resume

// eduShaped: a list whose every entry is an object naming a school and a
// degree or field ({"award": ..., "institution": ...}) is a list of
// degrees, whatever its key is called. "name" alone is not a school: any
// entry has one.
func eduShaped(arr []any) bool {
	os := objects(arr)
	if len(os) == 0 || len(os) != len(arr) {
		return false
	}
	for _, o := range os {
		school := false
		for _, k := range schoolKeys {
			school = school || k != "name" && firstKey(o, []string{k}) != ""
		}
		if !school {
			return false
		}
		if firstKey(o, degreeKeys) == "" && firstKey(o, areaKeys) == "" {
			return false
		}
	}
	return true
}

// siblingListKeys are the keys the entries of one list hold their bullets
// under as lists of strings, in the order first met: a key JSON Resume
// names or one of the author's own that holds sentences.
func siblingListKeys(es []indexed[*object]) []string {
	var out []string
	for _, e := range es {
		k, _ := firstStrings(e.v, bulletKeys)
		if k == "" {
			k = sentenceList(e.v)
		}
		if k != "" && !containsFold(out, k) {
			out = append(out, k)
		}
	}
	return out
}
