package rewrite

import "testing"

func TestParseReply(t *testing.T) {
	cases := []struct {
		raw, text, notes string
		err              bool
	}{
		{`{"rewrite": "Built the API.", "notes": "add a metric"}`, "Built the API.", "add a metric", false},
		{"```json\n{\"rewrite\": \"Built the API.\"}\n```", "Built the API.", "", false},
		{"```\nBuilt the API.\n```", "Built the API.", "", false},
		{"Here is your rewrite:\n```json\n{\"rewrite\": \"Built the API.\"}\n```", "Built the API.", "", false},
		{"Sure! {\"rewrite\": \"Built the API.\"}", "Built the API.", "", false},
		{`"Built the API."`, "Built the API.", "", false},
		{"- Built the API.", "Built the API.", "", false},
		{"- Built the API.\n- Ran it.", "Built the API.\nRan it.", "", false},
		{"Worked for clients:\n• Acme: built the API.", "Worked for clients:\n• Acme: built the API.", "", false},
		{"• “Built the API.”", "Built the API.", "", false},
		{"Built the API.", "Built the API.", "", false},
		{`{"text": "Built the API."}`, "Built the API.", "", false},
		{`{"rewrite": ["Languages: Go", "Data: Redis"]}`, "Languages: Go\nData: Redis", "", false},
		{`{"rewrite": "Built it.", "notes": ["one", "two"]}`, "Built it.", "one two", false},
		{"", "", "", true},
		{`{"rewrite": ""}`, "", "", true},
		{"```\n\n```", "", "", true},
	}
	for _, c := range cases {
		t.Run(c.raw, func(t *testing.T) {
			text, notes, err := parseReply(c.raw)
			if (err != nil) != c.err || text != c.text || notes != c.notes {
				t.Errorf("parseReply(%q) = %q, %q, %v; want %q, %q, err=%v", c.raw, text, notes, err, c.text, c.notes, c.err)
			}
		})
	}
}

func FuzzParseReply(f *testing.F) {
	for _, s := range []string{`{"rewrite": "x"}`, "```json\n{}\n```", "- \"x\"", "{", "```"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		text, _, err := parseReply(s)
		if err == nil && text == "" {
			t.Fatalf("no error for an empty rewrite from %q", s)
		}
	})
}
