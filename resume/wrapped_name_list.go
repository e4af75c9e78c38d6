package resume

// A definition under "Skills used:" wrapped over lines ("Python 2/3,
// Django, Pillow, pytest, Apache HTTP server, HTML, CSS," over
// "PostgreSQL, git, subversion."): the list is judged whole, so its last
// line is no item of its own when the first alone reads as the list.

// wrappedNameList: the lines joined as whole, from prose line k on, only
// name things, and tell nothing done.
func wrappedNameList(whole string, prose []*Block, k int) bool {
	return (itemList(whole) || toolNames(whole)) && !asideList(whole) && !toldAmongLines(prose, k)
}
