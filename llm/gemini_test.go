package llm

import (
	"encoding/json"
	"testing"
)

func TestGeminiRequestFor(t *testing.T) {
	tests := []struct {
		name string
		req  Request
		json bool
		want string
	}{
		{"system becomes the instruction, assistant the model role",
			Request{Messages: []Message{{"system", "Be exact."}, {"user", "Rewrite: X"}, {"assistant", "Y"}, {"user", "Again"}}, Temperature: 0, MaxTokens: 64}, false,
			`{"contents":[{"role":"user","parts":[{"text":"Rewrite: X"}]},{"role":"model","parts":[{"text":"Y"}]},{"role":"user","parts":[{"text":"Again"}]}],"systemInstruction":{"parts":[{"text":"Be exact."}]},"generationConfig":{"temperature":0,"maxOutputTokens":64}}`},
		{"JSON mode asks for a JSON reply",
			Request{Messages: []Message{{"user", "Hi"}}, Temperature: 0.2}, true,
			`{"contents":[{"role":"user","parts":[{"text":"Hi"}]}],"generationConfig":{"temperature":0.2,"responseMimeType":"application/json"}}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := json.Marshal(geminiRequestFor(tt.req, tt.json))
			if err != nil || string(b) != tt.want {
				t.Errorf("got %s (%v)\nwant %s", b, err, tt.want)
			}
		})
	}
}

func TestGeminiFinish(t *testing.T) {
	for in, want := range map[any]string{"STOP": "stop", "MAX_TOKENS": "length", float64(1): "stop", float64(2): "length", nil: "stop", "SAFETY": "safety"} {
		if got := geminiFinish(in); got != want {
			t.Errorf("geminiFinish(%v) = %q, want %q", in, got, want)
		}
	}
}
