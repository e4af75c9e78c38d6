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

// TestSpliceKeepsLineBreaks: an item whose text runs over a line break
// (a JSON string's "\n", kept together because the line runs on) is
// rewritten on one line; the break the rewrite left alone stays as it was
// in the file, escape and all, and only the changed words are written.
func TestSpliceKeepsLineBreaks(t *testing.T) {
	src := `{"work": [{"name": "Acme", "position": "Analyst", "startDate": "2020-01", "summary": "Processed the survey results of\nregional households."}]}`
	d, err := Parse(DetectFormat("cv.json", []byte(src)), []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Roles) != 1 || len(d.Roles[0].Bullets) != 1 {
		t.Fatalf("roles %+v", d.Roles)
	}
	out, err := d.Splice(map[string]string{"experience.0.bullets.0": "Processed the survey results of regional households reliably."})
	if err != nil {
		t.Fatal(err)
	}
	want := `{"work": [{"name": "Acme", "position": "Analyst", "startDate": "2020-01", "summary": "Processed the survey results of\nregional households reliably."}]}`
	if string(out) != want {
		t.Errorf("got  %s\nwant %s", out, want)
	}
}

func TestKeepBreaks(t *testing.T) {
	cases := []struct{ old, final, want string }{
		{"Ran X.\nWrote Y.", "Ran X. Wrote Y reliably.", "Ran X.\nWrote Y reliably."},
		{"Ran X.\nWrote Y.", "Led X. Wrote Y.", "Led X.\nWrote Y."},
		{"Ran X and\n  wrote Y.", "Ran X and wrote Z.", "Ran X and\n  wrote Z."},
		{"one line", "one line changed", "one line changed"},
		{"A\nB", "A C B", "A\nC B"},
		{"с\tмарта  2007 работал", "с марта 2007 руководил", "с\tмарта  2007 руководил"},
		{"Ran  X.", "Ran X.", "Ran  X."},
	}
	for _, c := range cases {
		if got := keepBreaks(c.old, c.final); got != c.want {
			t.Errorf("keepBreaks(%q, %q) = %q, want %q", c.old, c.final, got, c.want)
		}
	}
}
