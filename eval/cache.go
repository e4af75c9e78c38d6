package eval

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"

	"github.com/bulletproof-cli/bulletproof/internal/fileio"
	"github.com/bulletproof-cli/bulletproof/internal/llm"
)

// Cache stores model replies on disk, one file per request, keyed by a hash
// of everything that shapes the reply — provider type, base URL, model,
// messages, parameters — and the repeat index, so that repeat measures
// variance rather than replaying one answer. Errors are never stored. No
// key is part of the hash or the file.
type Cache struct {
	Dir string // "" disables the cache
}

// CacheKey hashes a request.
func CacheKey(provType, baseURL, model string, req llm.Request, repeat int) string {
	b, _ := json.Marshal(struct {
		Type, BaseURL, Model string
		Messages             []llm.Message
		Temperature          float64
		MaxTokens            int
		JSON                 bool
		Repeat               int
	}{provType, baseURL, model, req.Messages, req.Temperature, req.MaxTokens, req.JSON, repeat})
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

func (c *Cache) path(key string) string { return filepath.Join(c.Dir, "replies", key[:2], key+".json") }

// Get returns a stored reply.
func (c *Cache) Get(key string) (llm.Response, bool) {
	if c == nil || c.Dir == "" {
		return llm.Response{}, false
	}
	b, err := os.ReadFile(c.path(key))
	if err != nil {
		return llm.Response{}, false
	}
	var r llm.Response
	if json.Unmarshal(b, &r) != nil {
		return llm.Response{}, false
	}
	return r, true
}

// Put stores a reply.
func (c *Cache) Put(key string, r llm.Response) error {
	if c == nil || c.Dir == "" {
		return nil
	}
	b, err := json.Marshal(r)
	if err != nil {
		return err
	}
	p := c.path(key)
	if err := os.MkdirAll(filepath.Dir(p), 0o700); err != nil {
		return err
	}
	return fileio.WriteAtomic(p, b, 0o600)
}

// Clear removes the stored replies and run journals — the folders
// bulletproof made inside Dir, nothing else — and returns how many files
// went.
func (c *Cache) Clear() (int, error) {
	if c == nil || c.Dir == "" {
		return 0, errors.New("no cache folder")
	}
	n := 0
	for _, sub := range []string{"replies", "runs"} {
		dir := filepath.Join(c.Dir, sub)
		err := filepath.WalkDir(dir, func(_ string, d os.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() {
				n++
			}
			return nil
		})
		if err != nil && !os.IsNotExist(err) {
			return n, err
		}
		if err := os.RemoveAll(dir); err != nil {
			return n, err
		}
	}
	return n, nil
}

// cachingProvider answers from the cache before asking the provider.
type cachingProvider struct {
	llm.Provider
	cache   *Cache
	typ     string
	baseURL string
	repeat  int
	onHit   func()
}

func (c *cachingProvider) Complete(ctx context.Context, req llm.Request) (llm.Response, error) {
	model := req.Model
	if model == "" {
		model = c.Provider.Model()
	}
	key := CacheKey(c.typ, c.baseURL, model, req, c.repeat)
	if r, ok := c.cache.Get(key); ok {
		if c.onHit != nil {
			c.onHit()
		}
		return r, nil
	}
	r, err := c.Provider.Complete(ctx, req)
	if err != nil {
		return r, err // errors are never cached
	}
	_ = c.cache.Put(key, r)
	return r, nil
}
