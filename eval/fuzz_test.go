package eval

import (
	"path/filepath"
	"testing"
)

// Suites, cases and templates come from strangers: whatever they hold,
// reading them returns an error, never a panic.
func FuzzParseSuite(f *testing.F) {
	f.Add("prompts: [\"Hi {{x}}\"]\nproviders: [echo]\ntests:\n  - vars: {x: [a, b]}\n    assert: [{type: contains-any, value: 'a, \"b, c\"'}]\n")
	f.Add("prompts: {a.txt: A}\nproviders: [{openai:gpt-4o: {config: {temperature: 0}}}]\ndefaultTest: {options: {provider: {text: x}}}\nscenarios: [{config: [{vars: {a: 1}}]}]\n")
	f.Add("tests: [{assert: [{type: assert-set, assert: [{type: equals, value: {a: [1]}}]}]}]\n")
	f.Fuzz(func(t *testing.T, src string) {
		dir := t.TempDir()
		s, err := ParseSuite(filepath.Join(dir, "s.yaml"), []byte(src), ConfinedReader(dir, false))
		if err == nil {
			s.expandTests()
		}
	})
}

func FuzzCSVCases(f *testing.F) {
	f.Add("q,__expected1,__expected2,__config:__expected1:threshold\nx,\"contains-any:a,\"\"b\"\"\",similar(0.5):y,0.3\n")
	f.Add("a,__metadata:tags[]\n1,\"x\\,y,z\"\n")
	f.Fuzz(func(t *testing.T, src string) {
		csvCases("c.csv", []byte(src))
	})
}

func FuzzTemplates(f *testing.F) {
	f.Add("Hello {{ name | upper }} {% for x in xs %}{{ loop.index }}{% endfor %}")
	f.Add(`[{"role": "user", "content": "{{ a | dump }}"}]`)
	f.Add("{{ unclosed")
	f.Fuzz(func(t *testing.T, src string) {
		vars := map[string]any{"name": "x", "xs": []any{"a", 1.5, true, map[string]any{"k": nil}}, "a": "{{ name }}"}
		if out, err := renderPrompt(src, vars); err == nil {
			chatMessages(out)
		}
	})
}

func FuzzAssertionCells(f *testing.F) {
	f.Add(`contains-all:"a,b",c`)
	f.Add("not-rouge-n(0.5):x")
	f.Fuzz(func(t *testing.T, s string) {
		assertionFromString(s)
		splitCommaValues(s)
		extractJSONObjects(s)
		treebankTokens(s)
	})
}
