package rewrite

import (
	"reflect"
	"testing"
)

func TestWordDiff(t *testing.T) {
	cases := []struct {
		a, b string
		want []DiffPart
	}{
		{"Helped with the rollout.", "Contributed to the rollout.", []DiffPart{{Added, "Contributed to"}, {Removed, "Helped with"}, {Same, "the rollout."}}},
		{"Built it", "Built it", []DiffPart{{Same, "Built it"}}},
		{"", "New text", []DiffPart{{Added, "New text"}}},
		{"Old  text\n", "", []DiffPart{{Removed, "Old text"}}},
		{"Cut latency 40% on the API.", "Cut API latency 40%.", []DiffPart{{Same, "Cut"}, {Added, "API"}, {Same, "latency"}, {Added, "40%."}, {Removed, "40% on the API."}}},
	}
	for _, c := range cases {
		t.Run(c.a+"→"+c.b, func(t *testing.T) {
			if got := WordDiff(c.a, c.b); !reflect.DeepEqual(got, c.want) {
				t.Errorf("got %+v\nwant %+v", got, c.want)
			}
		})
	}
	del, add := wordDiff("Helped with the rollout.", "Contributed to the rollout.", Palette{Del: "<", Add: ">", Reset: "|"})
	if del != "<Helped| <with| the rollout." || add != ">Contributed| >to| the rollout." {
		t.Errorf("coloured: %q %q", del, add)
	}
}
