package resume

import "testing"

// TestTextSplicer: only the changed stretch of an item is replaced, markup
// outside it stays, and markup a change crosses goes whole.
func TestTextSplicer(t *testing.T) {
	// "- Helped with the **Go** rollout of [keys](http://k) across the API.\n"
	src := "- Helped with the **Go** rollout of [keys](http://k) across the API.\n"
	// plain: "Helped with the Go rollout of keys across the API."
	pieces := []Piece{
		{Text: Span{0, 16}, Src: Span{2, 18}},                      // "Helped with the "
		{Text: Span{16, 16}, Src: Span{18, 20}, Kind: PieceMarkup}, // "**"
		{Text: Span{16, 18}, Src: Span{20, 22}},                    // "Go"
		{Text: Span{18, 18}, Src: Span{22, 24}, Kind: PieceMarkup}, // "**"
		{Text: Span{18, 30}, Src: Span{24, 36}},                    // " rollout of "
		{Text: Span{30, 30}, Src: Span{36, 37}, Kind: PieceMarkup}, // "["
		{Text: Span{30, 34}, Src: Span{37, 41}},                    // "keys"
		{Text: Span{34, 34}, Src: Span{41, 52}, Kind: PieceMarkup}, // "](http://k)"
		{Text: Span{34, 50}, Src: Span{52, 68}},                    // " across the API."
	}
	groups := []Group{
		{Text: Span{16, 18}, Outer: Span{18, 24}, Inner: Span{20, 22}},
		{Text: Span{30, 34}, Outer: Span{36, 52}, Inner: Span{37, 41}},
	}
	old := "Helped with the Go rollout of keys across the API."
	cases := []struct{ name, new, want string }{
		{"opener", "Contributed to the Go rollout of keys across the API.", "- Contributed to the **Go** rollout of [keys](http://k) across the API.\n"},
		{"inside a link", "Helped with the Go rollout of API keys across the API.", "- Helped with the **Go** rollout of [API keys](http://k) across the API.\n"},
		{"inside emphasis", "Helped with the Golang rollout of keys across the API.", "- Helped with the **Golang** rollout of [keys](http://k) across the API.\n"},
		{"crossing emphasis", "Helped with the Gopher launch of keys across the API.", "- Helped with the Gopher launch of [keys](http://k) across the API.\n"},
		{"end", "Helped with the Go rollout of keys across the API", "- Helped with the **Go** rollout of [keys](http://k) across the API\n"},
		{"escape", "Helped with the Go rollout of keys across *all* APIs.", "- Helped with the **Go** rollout of [keys](http://k) across \\*all\\* APIs.\n"},
		{"no change", old, src},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out, err := TextSplicer{Escape: escapeMarkdown}.Splice([]byte(src), []Edit{{ID: "x", Span: Span{2, 68}, Old: old, New: c.new, Pieces: pieces, Groups: groups}})
			if err != nil {
				t.Fatal(err)
			}
			if string(out) != c.want {
				t.Errorf("got  %q\nwant %q", out, c.want)
			}
		})
	}
}
