package config

// builtinProviders are ready entries, so `--provider openai` works with no
// config file. A config file's entry of the same name overrides fields.
var builtinProviders = map[string]map[string]any{
	"offline":   {"type": "offline"},
	"openai":    {"type": "openai", "api_key_env": "OPENAI_API_KEY", "model": "gpt-4o-mini"},
	"anthropic": {"type": "anthropic", "api_key_env": "ANTHROPIC_API_KEY", "model": "claude-3-5-haiku-latest"},
	"gemini":    {"type": "googleai", "api_key_env": "GEMINI_API_KEY", "model": "gemini-1.5-flash"},
	"ollama":    {"type": "ollama", "base_url": "http://localhost:11434", "model": "llama3.1"},
	"llamacpp":  {"type": "openai", "base_url": "http://localhost:8080/v1", "model": "local"},
	"vllm":      {"type": "openai", "base_url": "http://localhost:8000/v1", "model": "Qwen/Qwen2.5-7B-Instruct"},
	"lmstudio":  {"type": "openai", "base_url": "http://localhost:1234/v1", "model": "local-model", "json_mode": "off"},
}
