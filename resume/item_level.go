package resume

// topItemLevel is the shallowest list level among bs's items: in plain
// text a section whose whole list is indented under its heading
// ("   * AutoCAD Civil 3D") reads as nested, yet nothing is above it.
func topItemLevel(bs []*Block) int {
	top := -1
	for _, b := range bs {
		if b.Kind == BlockListItem && (top < 0 || b.Level < top) {
			top = b.Level
		}
	}
	return max(top, 0)
}
