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
