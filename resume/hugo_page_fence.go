package resume

import "bytes"

// A Hugo page kept under a data file's name (a widget's "experience.toml"
// or ".yaml") opens with the "+++" fence of TOML front matter, which no
// TOML or YAML file does: it is a Markdown page, its jobs in the front
// matter.

// opensWithTOMLFence: the first line is "+++" and a later line closes it.
func opensWithTOMLFence(data []byte) bool {
	first, rest, ok := bytes.Cut(data, []byte("\n"))
	if !ok || string(bytes.TrimRight(first, " \t\r")) != "+++" {
		return false
	}
	for line := range bytes.Lines(rest) {
		if string(bytes.TrimRight(line, " \t\r\n")) == "+++" {
			return true
		}
	}
	return false
}
