package eval

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"sync"

	"github.com/bulletproof-cli/bulletproof/llm"
)

// Cache stores model replies, keyed by a hash of everything that shapes
// the reply — provider type, base URL, model, messages, parameters — and
// the repeat index, so that repeat measures variance rather than replaying
// one answer. Errors are never stored. No key is part of the hash or the
// store.
//
// The store is one append-only file of JSON lines, {"k": HASH, "r": REPLY},
// under Dir/replies. Replies are written in batches: while one batch is
// being written and synced to disk, new replies queue for the next, so a
// busy run pays one fsync per batch rather than one per reply. The last
// line wins for a key; a line cut short by a crash is skipped. Several
// runs may share the file: each batch is one append.
type Cache struct {
	Dir string // "" disables the cache

	once    sync.Once
	f       *os.File
	openErr error

	mu        sync.Mutex
	idle      *sync.Cond // signalled when a batch is written
	index     map[[32]byte]span
	queue     []byte // lines waiting for the next batch
	queueKeys [][32]byte
	queued    map[[32]byte]llm.Response // queued or being written
	writing   bool
	torn      bool // the file ends in a partial line: start a fresh one
	writeErr  error
	// fresh are replies this process's batches brought: a cell answered
	// from them is new, not a cache hit
	fresh map[[32]byte]bool
}

// span is where a line sits in the store.
type span struct {
	off int64
	n   int32
}

// maxCacheLine bounds one stored reply.
const maxCacheLine = 16 << 20

// cacheKey hashes a request.
func cacheKey(provType, baseURL, model string, req llm.Request, repeat int) string {
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

func (c *Cache) storePath() string { return filepath.Join(c.Dir, "replies", "store.jsonl") }

// open loads the store's index once.
func (c *Cache) open() error {
	c.once.Do(func() {
		c.idle = sync.NewCond(&c.mu)
		c.index = map[[32]byte]span{}
		c.queued = map[[32]byte]llm.Response{}
		if err := os.MkdirAll(filepath.Dir(c.storePath()), 0o700); err != nil {
			c.openErr = err
			return
		}
		f, err := os.OpenFile(c.storePath(), os.O_CREATE|os.O_RDWR|os.O_APPEND, 0o600)
		if err != nil {
			c.openErr = err
			return
		}
		c.f = f
		c.openErr = c.load()
	})
	return c.openErr
}

// load indexes every whole line of the store.
func (c *Cache) load() error {
	rd := bufio.NewReaderSize(io.NewSectionReader(c.f, 0, 1<<62), 64<<10)
	var off int64
	var line []byte
	for {
		var err error
		line, err = readLine(rd, line[:0])
		if errors.Is(err, io.EOF) {
			c.torn = len(line) > 0
			return nil
		}
		if err != nil {
			return err
		}
		if k, ok := lineKey(line); ok && len(line) <= maxCacheLine {
			c.index[k] = span{off, int32(len(line))}
		}
		off += int64(len(line))
	}
}

// lineKey reads the key at the start of a stored line without decoding the
// reply: the line is checked in full when it is read.
func lineKey(line []byte) ([32]byte, bool) {
	var k [32]byte
	const pre = `{"k":"`
	if len(line) < len(pre)+64 || !bytes.HasPrefix(line, []byte(pre)) {
		return k, false
	}
	_, err := hex.Decode(k[:], line[len(pre):len(pre)+64])
	return k, err == nil
}

type cacheLine struct {
	K string       `json:"k"`
	R llm.Response `json:"r"`
}

// Get returns a stored reply.
func (c *Cache) Get(key string) (llm.Response, bool) {
	var k [32]byte
	if c == nil || c.Dir == "" || c.open() != nil {
		return llm.Response{}, false
	}
	if _, err := hex.Decode(k[:], []byte(key)); err != nil {
		return llm.Response{}, false
	}
	c.mu.Lock()
	r, ok := c.queued[k]
	sp, inStore := c.index[k]
	c.mu.Unlock()
	if ok {
		return r, true
	}
	if !inStore {
		return llm.Response{}, false
	}
	b := make([]byte, sp.n)
	if _, err := c.f.ReadAt(b, sp.off); err != nil {
		return llm.Response{}, false
	}
	var l cacheLine
	if json.Unmarshal(b, &l) != nil || l.K != key {
		return llm.Response{}, false
	}
	return l.R, true
}

// Put queues a reply for the next batch; Flush waits for it to be on disk.
func (c *Cache) Put(key string, r llm.Response) error {
	var k [32]byte
	if c == nil || c.Dir == "" {
		return nil
	}
	if err := c.open(); err != nil {
		return err
	}
	if _, err := hex.Decode(k[:], []byte(key)); err != nil {
		return err
	}
	b, err := json.Marshal(cacheLine{K: key, R: r})
	if err != nil {
		return err
	}
	if len(b) >= maxCacheLine {
		return nil // not worth keeping; it is asked again next time
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.writeErr != nil {
		return c.writeErr
	}
	if c.torn {
		c.queue, c.torn = append(c.queue, '\n'), false
	}
	c.queue = append(append(c.queue, b...), '\n')
	c.queued[k] = r
	c.queueKeys = append(c.queueKeys, k)
	if !c.writing {
		c.writing = true
		go c.writeBatches()
	}
	return nil
}

// writeBatches writes and syncs what has queued until the queue is empty.
func (c *Cache) writeBatches() {
	c.mu.Lock()
	defer c.mu.Unlock()
	for len(c.queue) > 0 && c.writeErr == nil {
		batch, keys := c.queue, c.queueKeys
		c.queue, c.queueKeys = nil, nil
		c.mu.Unlock()
		end, err := c.append(batch)
		c.mu.Lock()
		for _, k := range keys {
			delete(c.queued, k) // Get found them here while they were written
		}
		if err != nil {
			c.writeErr = err
			break
		}
		c.indexBatch(batch, end-int64(len(batch)))
	}
	c.writing = false
	c.idle.Broadcast()
}

// append writes a batch in one call and syncs it; it returns the file
// offset after the batch.
func (c *Cache) append(batch []byte) (int64, error) {
	if _, err := c.f.Write(batch); err != nil {
		return 0, err
	}
	if err := c.f.Sync(); err != nil {
		return 0, err
	}
	// O_APPEND leaves the offset after our own write, whatever other
	// processes appended before it
	return c.f.Seek(0, io.SeekCurrent)
}

func (c *Cache) indexBatch(batch []byte, off int64) {
	for len(batch) > 0 {
		i := bytes.IndexByte(batch, '\n') + 1
		if k, ok := lineKey(batch[:i]); ok {
			c.index[k] = span{off, int32(i)}
		}
		off += int64(i)
		batch = batch[i:]
	}
}

// putFresh stores a reply that a batch of this run brought.
func (c *Cache) putFresh(key string, r llm.Response) error {
	if err := c.Put(key, r); err != nil {
		return err
	}
	var k [32]byte
	hex.Decode(k[:], []byte(key))
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.fresh == nil {
		c.fresh = map[[32]byte]bool{}
	}
	c.fresh[k] = true
	return nil
}

// isFresh reports whether a batch of this run brought the reply.
func (c *Cache) isFresh(key string) bool {
	var k [32]byte
	if c == nil || len(key) != 64 {
		return false
	}
	hex.Decode(k[:], []byte(key))
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.fresh[k]
}

// Flush waits until every reply put so far is on disk.
func (c *Cache) Flush() error {
	if c == nil || c.Dir == "" || c.f == nil {
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	for c.writing {
		c.idle.Wait()
	}
	return c.writeErr
}

// Close flushes and closes the store.
func (c *Cache) Close() error {
	err := c.Flush()
	if c != nil && c.f != nil {
		if cerr := c.f.Close(); err == nil {
			err = cerr
		}
	}
	return err
}

// Clear removes the stored replies and run journals — the folders
// bulletproof made inside Dir, nothing else — and returns how many files
// went.
func (c *Cache) Clear() (int, error) {
	if c == nil || c.Dir == "" {
		return 0, errors.New("no cache folder")
	}
	n := 0
	for _, sub := range []string{"replies", "runs", "batches"} {
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
	key := cacheKey(c.typ, c.baseURL, model, req, c.repeat)
	if r, ok := c.cache.Get(key); ok {
		if c.onHit != nil && !c.cache.isFresh(key) {
			c.onHit()
		}
		return r, nil
	}
	r, err := c.Provider.Complete(withCacheKey(ctx, key), req)
	if err != nil {
		return r, err // errors are never cached
	}
	_ = c.cache.Put(key, r)
	return r, nil
}

type cacheKeyCtx struct{}

// withCacheKey tells the providers under the cache which entry a request
// fills: a batch uses it as the request's id.
func withCacheKey(ctx context.Context, key string) context.Context {
	return context.WithValue(ctx, cacheKeyCtx{}, key)
}

func cacheKeyFrom(ctx context.Context) string {
	k, _ := ctx.Value(cacheKeyCtx{}).(string)
	return k
}
