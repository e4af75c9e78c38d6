package resume

import (
	"fmt"
	"strings"
	"testing"
)

// blockKinds renders blocks as "kind:text" lines, for comparing.
func blockKinds(bs []Block) string {
	var out []string
	for _, b := range bs {
		s := fmt.Sprintf("%s:%s", b.Kind, b.Text)
		if b.Quote {
			s += " (boxed)"
		}
		if b.Strong {
			s += " (set off)"
		}
		out = append(out, s)
	}
	return strings.Join(out, "\n")
}

// TestTextBlocks: the plain-text reader's rules for lines people write.
func TestTextBlocks(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"Word's o-and-tab bullets", "o\tGrew online sales by 45%\n\no make a note\n",
			"item:Grew online sales by 45%\nparagraph:o make a note"},
		{"AsciiDoc headings", "== Experience\n=== Lead, Acme\n== \n",
			"heading:Experience\nheading:Lead, Acme\nparagraph:=="},
		{"glued markers", "*Modularized survey code\n*Implemented a timer\n*Note* that this is prose\n",
			"item:Modularized survey code\nitem:Implemented a timer\nparagraph:*Note* that this is prose"},
		{"a wrap at the margin continues its item", "- I can handle the rest of the engineering around software\nprojects, such as documentation.\n- Next\n",
			"item:I can handle the rest of the engineering around software projects, such as documentation.\nitem:Next"},
		{"a wrap at the marker's indent continues an unfinished item", "   - Moved payment processing from MySQL to a\n   Kafka-based pipeline\n",
			"item:Moved payment processing from MySQL to a Kafka-based pipeline"},
		{"a line after a finished item is not its wrap", "- Built the API.\nAcme Corp, 2019 - 2020\n",
			"item:Built the API.\nparagraph:Acme Corp, 2019 - 2020"},
		{"a dated line at the margin is not a wrap", "- Built the API\nAcme Corp, 2019 - 2020\n",
			"item:Built the API\nparagraph:Acme Corp, 2019 - 2020"},
		{"a heading and its first line", "EDUCATION Rochester Institute of Technology\nReferences \tAvailable upon request.\n",
			"paragraph:EDUCATION\nparagraph:Rochester Institute of Technology\nparagraph:References\nparagraph:Available upon request."},
		{"a dashed rule after a heading is no content", "SKILLS -------------\n", "paragraph:SKILLS -------------"},
		{"a line set off by a tab", "Objective \t\n    To grow.\n", "paragraph:Objective (set off)\nparagraph:To grow."},
		{"a box's sides are not text", "+--------------+\n| a@example.com |\n| -   Linux     |\n+==============+\n| Summary line  |\n+--------------+\nAfter\n",
			"rule:+--------------+\nparagraph:a@example.com (boxed)\nitem:Linux (boxed)\nrule:+==============+\nparagraph:Summary line (boxed)\nrule:+--------------+\nparagraph:After"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			src := []byte(c.src)
			bs := textBlocks(src, 0, len(src))
			if got := blockKinds(bs); got != c.want {
				t.Errorf("got\n%s\nwant\n%s", got, c.want)
			}
			// every block's span holds its text's literal pieces
			for _, b := range bs {
				for _, p := range b.blockPieces() {
					if p.Kind == PieceLiteral && string(src[p.Src.Start:p.Src.End]) != b.Text[p.Text.Start:p.Text.End] {
						t.Errorf("%q: piece %q sits on %q", b.Text, b.Text[p.Text.Start:p.Text.End], src[p.Src.Start:p.Src.End])
					}
				}
			}
		})
	}
}
