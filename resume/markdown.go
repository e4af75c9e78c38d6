package resume

// ParseMarkdown reads a Markdown resume.
func ParseMarkdown(src string) *Document {
	b := []byte(src)
	return Interpret(Markdown, markdownBlocks(b), b)
}

// ParseText reads a plain-text resume: capitals or underlines for section
// headings, list markers for bullets, the same interpretation as Markdown.
func ParseText(src string) *Document {
	b := []byte(src)
	return Interpret(Text, textBlocks(b, 0, len(b)), b)
}
