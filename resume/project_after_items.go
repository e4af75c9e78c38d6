package resume

// "### [tile-cache-api](...)" over a paragraph of what it is, its items,
// then "📖 [README](...) · [Architektur](...)" and "#### Stack" over its
// tools: the paragraph before the items describes the project; the lines
// after them are its links and tools. Joined to the description they
// would make one text over the items, and a rewrite of it would write
// over them.

// afterItems: block b comes after the project's first item, where a
// description stands before the items.
func afterItems(e *entry, b *Block, desc []rich) bool {
	return len(desc) > 0 && len(e.bullets) > 0 && b.Span.Start > e.bullets[0].Span.Start
}
