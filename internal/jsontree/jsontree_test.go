package jsontree

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

// show writes a tree back as text, so that order and kinds are visible.
type show struct{}

func (show) Object(keys []string, vals []string) string {
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = k + "=" + vals[i]
	}
	return "{" + strings.Join(parts, " ") + "}"
}

func (show) Array(vals []string) string { return "[" + strings.Join(vals, " ") + "]" }

func (show) Scalar(v any) string { return fmt.Sprintf("%T:%v", v, v) }

func TestRead(t *testing.T) {
	tests := []struct {
		name, in, want, err string
	}{
		{"keys keep their order", `{"b": 1, "a": 2}`, "{b=json.Number:1 a=json.Number:2}", ""},
		{"a key written twice comes twice", `{"a": 1, "a": 2}`, "{a=json.Number:1 a=json.Number:2}", ""},
		{"nested", `{"z": [true, null, "x", {}], "y": []}`, "{z=[bool:true <nil>:<nil> string:x {}] y=[]}", ""},
		{"a scalar", `"s"`, "string:s", ""},
		{"cut short", `{"a": [1, 2`, "", "EOF"},
		{"bad", `{"a" 1}`, "", "invalid character"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dec := json.NewDecoder(strings.NewReader(tt.in))
			dec.UseNumber()
			got, err := Read[string](dec, show{})
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Errorf("err %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Errorf("got %q %v, want %q", got, err, tt.want)
			}
		})
	}
}
