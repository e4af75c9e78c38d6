package resume

// jsonEdits places an item of a JSON Resume on its string values.
func (d *Document) jsonEdits(id, final string, errs *SpliceError) []Edit {
	errs.add(id, "JSON Resume splicing is not written yet")
	return nil
}

// jsonWholeEdits places a section-level rewrite of a JSON Resume.
func (d *Document) jsonWholeEdits(id string, lines []string, name func(string) string, errs *SpliceError) []Edit {
	errs.add(id, "JSON Resume splicing is not written yet")
	return nil
}
