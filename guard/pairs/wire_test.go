package pairs

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/bulletproof-cli/bulletproof/guard"
)

// sameAsUnmarshal: where the fast reader answers, it answers as
// json.Unmarshal does, and it never accepts a line Unmarshal refuses.
func sameAsUnmarshal(t *testing.T, line []byte) {
	t.Helper()
	var want Input
	werr := json.Unmarshal(line, &want)
	got, ok := fastInput(line)
	if !ok {
		return
	}
	if werr != nil {
		t.Fatalf("fast reader accepted %q, Unmarshal: %v", line, werr)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("%q: fast %#v, Unmarshal %#v", line, got, want)
	}
}

func TestDecodeInputAgreesWithUnmarshal(t *testing.T) {
	tests := []struct {
		name string
		line string
		fast bool // the fast reader answers
	}{
		{"plain", `{"id":"a","source":"Cut latency 40%.","rewrite":"Cut latency by 40%.","facts":[]}`, true},
		{"spaces and labels", ` { "id" : "b" , "expect":"reject","kinds":["metric"],"n":-1.5e3,"ok":true,"x":null,"o":{"a":[1,{}]}, "source":"s","rewrite":"r"} `, true},
		{"escapes", `{"source":"\u00e9t\u00e9 \"q\" \\ \/ \n\t\ud83d\ude00","rewrite":"caf\u00e9"}`, true},
		{"lone surrogate", `{"source":"a\ud800b","rewrite":"\udc00\u0041"}`, true},
		{"facts null", `{"source":"s","rewrite":"r","facts":null}`, true},
		{"raw utf-8", `{"source":"Kafka – 40 %","rewrite":"Kafka — 40%"}`, true},
		{"id a number", `{"id":7,"source":"s","rewrite":"r"}`, false},
		{"key in capitals", `{"Source":"s","rewrite":"r"}`, false},
		{"long s folds", `{"ſource":"s","rewrite":"r"}`, false},
		{"repeated key", `{"source":"s","source":"t","rewrite":"r"}`, false},
		{"null source", `{"source":null,"rewrite":"r"}`, false},
		{"fact null", `{"source":"s","rewrite":"r","facts":["a",null]}`, false},
		{"invalid utf-8", "{\"source\":\"a\xffb\",\"rewrite\":\"r\"}", false},
		{"trailing text", `{"source":"s","rewrite":"r"} x`, false},
		{"control character", "{\"source\":\"a\tb\",\"rewrite\":\"r\"}", false},
		{"bad number", `{"n":01,"source":"s","rewrite":"r"}`, false},
		{"not an object", `["source"]`, false},
		{"empty", `{}`, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, ok := fastInput([]byte(tc.line)); ok != tc.fast {
				t.Errorf("fast reader answered %v, want %v", ok, tc.fast)
			}
			sameAsUnmarshal(t, []byte(tc.line))
		})
	}
}

// Every labelled pair in the corpus reads the same both ways.
func TestDecodeInputCorpus(t *testing.T) {
	files, _ := filepath.Glob("../testdata/corpus/*.jsonl")
	if len(files) == 0 {
		t.Fatal("no corpus")
	}
	fast := 0
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(nil, MaxLine)
		for sc.Scan() {
			sameAsUnmarshal(t, sc.Bytes())
			if _, ok := fastInput(sc.Bytes()); ok {
				fast++
			}
		}
		fh.Close()
	}
	if fast == 0 {
		t.Error("the fast reader read no corpus line")
	}
}

func FuzzDecodeInput(f *testing.F) {
	f.Add([]byte(`{"id":"a","source":"Cut \u00e9 40%","rewrite":"x","facts":["y"],"kinds":[]}`))
	f.Add([]byte(`{"source":"\ud800\udc00\ud800","rewrite":"\\"}`))
	f.Add([]byte(`{"n":-0.5E+2,"source":"s","rewrite":"r"}`))
	f.Fuzz(func(t *testing.T, line []byte) { sameAsUnmarshal(t, line) })
}

// The verdict line is byte for byte what json.Marshal writes.
func TestAppendOutputAsMarshal(t *testing.T) {
	texts := []string{"", "plain", `"quoted" \ back`, "<b>&</b>", "tab\tnew\nline\r\b\f\x01\x1f", "\u2028\u2029 é 😀", "bad \xff utf-8 \xc3"}
	for i, s := range texts {
		o := Output{ID: s, Verdict: guard.Reject, Findings: []guard.Finding{{Kind: guard.KindMetric, Code: "c" + s, Text: s, Start: i, End: -i, Severity: guard.Error, Detail: s}}}
		want, _ := json.Marshal(o)
		if got := appendOutput(nil, o); string(got) != string(want) {
			t.Errorf("%q:\n got %s\nwant %s", s, got, want)
		}
	}
	for _, fs := range [][]guard.Finding{nil, {}} {
		o := Output{ID: "x", Verdict: guard.Accept, Findings: fs}
		want, _ := json.Marshal(o)
		if got := appendOutput(nil, o); string(got) != string(want) {
			t.Errorf("got %s want %s", got, want)
		}
	}
}

func FuzzAppendString(f *testing.F) {
	f.Add("a<b>&\"\\\u2028\xff\t")
	f.Fuzz(func(t *testing.T, s string) {
		want, _ := json.Marshal(s)
		if got := appendString(nil, s); string(got) != string(want) {
			t.Fatalf("%q: got %s want %s", s, got, want)
		}
	})
}
