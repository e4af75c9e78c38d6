package main

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bulletproof-cli/bulletproof/llm/llmtest"
)

// syncBuffer is written by the command while the test reads it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}
func (s *syncBuffer) String() string { s.mu.Lock(); defer s.mu.Unlock(); return s.b.String() }

// TestEvalView: the viewer serves the report's page on loopback at a
// random path, refuses other Host names and paths, and stops on Ctrl-C.
func TestEvalView(t *testing.T) {
	dir := isolate(t)
	t.Parallel()
	s := llmtest.New(t, "openai")
	s.Reply(`{"rewrite": "Led the billing API rewrite in Rust for 2M users <img src=x onerror=alert(1)>."}`)
	withFake(t, dir, s, "")
	suite := filepath.Join(dir, "suite.yaml")
	os.WriteFile(suite, []byte("prompts: [tighten-bullets]\nproviders: [fake]\ntests:\n  - vars: {input: \"Worked on the billing API.\"}\n"), 0o644)
	report := filepath.Join(dir, "r.json")
	if r := cli(t, "", "eval", "run", suite, "-o", report); r.code != 0 {
		t.Fatalf("%+v", r)
	}
	ctx, cancel := context.WithCancel(context.Background())
	var out, errb syncBuffer
	code := make(chan int, 1)
	go func() {
		code <- runWith(ctx, []string{"eval", "view", report, "--no-open"}, strings.NewReader(""), &out, &errb, defaultDeps())
	}()
	var url string
	for i := 0; i < 200 && url == ""; i++ {
		time.Sleep(10 * time.Millisecond)
		url = strings.TrimSpace(out.String())
	}
	if !strings.HasPrefix(url, "http://127.0.0.1:") || len(url) < 40 {
		cancel()
		t.Fatalf("address %q; stderr %s", url, errb.String())
	}
	get := func(u, host string) (int, string) {
		req, _ := http.NewRequest("GET", u, nil)
		if host != "" {
			req.Host = host
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		if resp.StatusCode == 200 && !strings.Contains(resp.Header.Get("Content-Security-Policy"), "default-src 'none'") {
			t.Error("no CSP header")
		}
		return resp.StatusCode, string(b)
	}
	code200, page := get(url, "")
	if code200 != 200 || !strings.Contains(page, `"provider":"fake"`) || !strings.Contains(page, "Fabrication") || strings.Contains(page, "<img src=x") {
		t.Errorf("page: %d\n%.600s", code200, page)
	}
	if c, _ := get(url, "evil.example:80"); c != 403 {
		t.Errorf("a foreign Host got %d", c)
	}
	if c, _ := get(strings.TrimSuffix(url, "/")+"x/", ""); c != 404 {
		t.Errorf("a wrong path got %d", c)
	}
	cancel()
	select {
	case c := <-code:
		if c != 0 {
			t.Errorf("exit %d: %s", c, errb.String())
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Ctrl-C did not stop the viewer")
	}
	// not a report: usage error
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte(`{"hello": 1}`), 0o600)
	if r := cli(t, "", "eval", "view", bad, "--no-open"); r.code != 2 {
		t.Errorf("not a report: %+v", r)
	}
}
