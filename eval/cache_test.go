package eval

import (
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/bulletproof-cli/bulletproof/llm"
)

func key(i int) string {
	return cacheKey("openai", "http://x", "m", llm.Request{Messages: []llm.Message{{Role: "user", Content: fmt.Sprint(i)}}}, 0)
}

// TestCacheStore: replies put concurrently are all found, in the same run
// and after reopening; a torn last line is skipped and does not spoil the
// next batch; two stores sharing the file (two runs) keep both's replies.
func TestCacheStore(t *testing.T) {
	dir := t.TempDir()
	c := &Cache{Dir: dir}
	var wg sync.WaitGroup
	for w := 0; w < 16; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < 2000; i += 16 {
				if err := c.Put(key(i), llm.Response{Text: fmt.Sprint("reply ", i), Usage: llm.Usage{PromptTokens: i}}); err != nil {
					t.Error(err)
				}
				if r, ok := c.Get(key(i)); !ok || r.Text != fmt.Sprint("reply ", i) {
					t.Errorf("get %d right after put: %v %+v", i, ok, r)
				}
			}
		}()
	}
	wg.Wait()
	if err := c.Close(); err != nil {
		t.Fatal(err)
	}
	check := func(c *Cache, n int) {
		t.Helper()
		for i := 0; i < n; i++ {
			if r, ok := c.Get(key(i)); !ok || r.Text != fmt.Sprint("reply ", i) || r.Usage.PromptTokens != i {
				t.Fatalf("reply %d after reopening: %v %+v", i, ok, r)
			}
		}
		if _, ok := c.Get(key(-1)); ok {
			t.Error("a reply never put was found")
		}
	}
	check(&Cache{Dir: dir}, 2000)

	// a kill mid-write leaves half a line
	path := filepath.Join(dir, "replies", "store.jsonl")
	f, _ := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
	f.WriteString(`{"k":"` + key(5000) + `","r":{"Text":"cut sh`)
	f.Close()
	a, b := &Cache{Dir: dir}, &Cache{Dir: dir}
	if _, ok := a.Get(key(5000)); ok {
		t.Error("a torn line was read")
	}
	b.Get(key(0))
	a.Put(key(2000), llm.Response{Text: "reply 2000", Usage: llm.Usage{PromptTokens: 2000}})
	b.Put(key(2001), llm.Response{Text: "reply 2001", Usage: llm.Usage{PromptTokens: 2001}})
	a.Close()
	b.Close()
	check(&Cache{Dir: dir}, 2002)

	n, err := (&Cache{Dir: dir}).Clear()
	if err != nil || n != 1 {
		t.Errorf("clear: %d files, %v", n, err)
	}
	if _, ok := (&Cache{Dir: dir}).Get(key(1)); ok {
		t.Error("a cleared reply was found")
	}
}

// TestCacheUnwritable: a cache folder that cannot be made is a miss, not
// a failure of the run.
func TestCacheUnwritable(t *testing.T) {
	file := filepath.Join(t.TempDir(), "file")
	os.WriteFile(file, nil, 0o600)
	c := &Cache{Dir: filepath.Join(file, "sub")}
	if _, ok := c.Get(key(1)); ok {
		t.Error("hit")
	}
	if err := c.Put(key(1), llm.Response{Text: "x"}); err == nil {
		t.Error("put into a file's subfolder succeeded")
	}
	if err := c.Close(); err != nil {
		t.Errorf("close: %v", err)
	}
}
