package llm

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
)

// send sends req through client and hands a successful reply's body to
// read: the REST calls that go-openai and langchaingo do not make for us
// (Gemini, the model lists, Anthropic's batches). client's transport retries
// and keeps the server's message, so a failed status needs only its code.
func send(client *http.Client, req *http.Request, read func(io.Reader) error) error {
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 400 {
		return fmt.Errorf("HTTP %d", resp.StatusCode)
	}
	return read(resp.Body)
}

// decodeJSON decodes a reply into v; what names the reply in the error.
func decodeJSON(r io.Reader, v any, what string) error {
	if err := json.NewDecoder(r).Decode(v); err != nil {
		return fmt.Errorf("unreadable %s: %w", what, err)
	}
	return nil
}
