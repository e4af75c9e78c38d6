package llm

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"strings"
	"syscall"
	"time"

	"github.com/bulletproof-cli/bulletproof/internal/parallel"
)

// callInfo is what the transport saw during one Complete call; backends'
// own errors rarely carry the status, the server's message or Retry-After.
type callInfo struct {
	status     int
	message    string
	retries    int
	timedOut   bool
	canceled   bool
	connectErr string
	url        string
	limit      int64 // most bytes of a successful body to read; 0: no limit
	tooLarge   bool  // the body went over limit
}

type infoKey struct{}

func withInfo(ctx context.Context) (context.Context, *callInfo) {
	info := &callInfo{}
	return context.WithValue(ctx, infoKey{}, info), info
}

func infoFrom(ctx context.Context) *callInfo {
	if i, ok := ctx.Value(infoKey{}).(*callInfo); ok {
		return i
	}
	return &callInfo{}
}

// MaxRetryAfter is the longest server-requested wait honoured; a longer one
// fails at once with the server's message instead of hanging.
const MaxRetryAfter = 2 * time.Minute

// transport retries 429, 5xx and dropped connections with exponential
// backoff and jitter, honouring Retry-After and retry-after-ms; it gives
// each attempt its own timeout and records what it saw in the call's info.
type transport struct {
	base       http.RoundTripper
	maxRetries int
	timeout    time.Duration
	key        string
	log        func(string, ...any)
	sleep      func(context.Context, time.Duration) error
	// header is added to every request: the Gemini key, which the
	// google client leaves to a custom HTTP client to send
	header http.Header
	// limit paces attempts (rpm, tpm, the AIMD window); nil: unlimited
	limit *limiter
}

func (t *transport) RoundTrip(req *http.Request) (*http.Response, error) {
	info := infoFrom(req.Context())
	info.url = scrubURL(req.URL.String(), t.key)
	var body []byte
	if req.Body != nil {
		var err error
		if body, err = io.ReadAll(req.Body); err != nil {
			return nil, err
		}
		req.Body.Close()
	}
	for attempt := 0; ; attempt++ {
		// the wait for the rate limits is not part of the attempt's timeout
		release := func(outcome) {}
		if t.limit != nil {
			rel, err := t.limit.acquire(req.Context(), tokensFrom(req.Context()))
			if err != nil {
				info.canceled = true
				return nil, err
			}
			release = rel
		}
		ctx, cancel := context.WithCancel(req.Context())
		var timer *time.Timer
		timedOut := make(chan struct{})
		if t.timeout > 0 {
			timer = time.AfterFunc(t.timeout, func() { close(timedOut); cancel() })
		}
		r := req.Clone(ctx)
		for k, v := range t.header {
			if r.Header.Get(k) == "" {
				r.Header[k] = v
			}
		}
		if body != nil {
			r.Body = io.NopCloser(bytes.NewReader(body))
			r.ContentLength = int64(len(body))
			r.GetBody = func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(body)), nil }
		}
		start := time.Now()
		resp, err := t.base.RoundTrip(r)
		expired := func() bool {
			select {
			case <-timedOut:
				return true
			default:
				return false
			}
		}
		if err != nil {
			release(neutral)
			stop(timer)
			cancel()
			switch {
			case req.Context().Err() != nil:
				info.canceled = true
				return nil, req.Context().Err()
			case expired():
				info.timedOut = true
				t.logf("%s %s: timeout after %s", req.Method, info.url, t.timeout)
				return nil, fmt.Errorf("timeout after %s", t.timeout)
			}
			t.logf("%s %s: %v (attempt %d)", req.Method, info.url, redact(err.Error(), t.key), attempt+1)
			if retryableErr(err) && attempt < t.maxRetries {
				info.retries++
				if serr := t.wait(req.Context(), attempt, 0); serr != nil {
					info.canceled = true
					return nil, serr
				}
				continue
			}
			if !retryableErr(err) || isConnect(err) {
				info.connectErr = connectMessage(err)
			}
			return nil, err
		}
		t.logf("%s %s: %d in %s (attempt %d)", req.Method, info.url, resp.StatusCode, time.Since(start).Round(time.Millisecond), attempt+1)
		info.status = resp.StatusCode
		if resp.StatusCode >= 400 {
			// read the server's message now, and give the backend the same
			// body so its own error handling still works
			b, _ := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
			resp.Body.Close()
			stop(timer)
			cancel()
			wait := retryAfter(resp.Header, time.Now())
			if overloaded(resp.StatusCode) {
				release(throttled)
				if wait > 0 && wait <= MaxRetryAfter && t.limit != nil {
					t.limit.pause(wait)
				}
			} else {
				release(neutral)
			}
			if expired() {
				info.timedOut = true
				return nil, fmt.Errorf("timeout after %s", t.timeout)
			}
			info.message = serverMessage(b, resp.Status)
			if retryableStatus(resp.StatusCode) && attempt < t.maxRetries && wait <= MaxRetryAfter {
				info.retries++
				if serr := t.wait(req.Context(), attempt, wait); serr != nil {
					info.canceled = true
					return nil, serr
				}
				continue
			}
			if wait > MaxRetryAfter {
				info.message += fmt.Sprintf(" (the server asks to wait %s)", wait.Round(time.Second))
			}
			resp.Body = io.NopCloser(bytes.NewReader(b))
			return resp, nil
		}
		// success: the attempt's timer and context end when the body is closed
		var body io.ReadCloser = resp.Body
		if info.limit > 0 {
			body = &limitedBody{ReadCloser: body, left: info.limit, info: info}
		}
		resp.Body = &cancelBody{ReadCloser: body, done: func() { release(succeeded); stop(timer); cancel() }, expired: expired, info: info}
		return resp, nil
	}
}

func stop(t *time.Timer) {
	if t != nil {
		t.Stop()
	}
}

// wait sleeps before a retry: the server's Retry-After when it gave one,
// else exponential backoff with full jitter (0.5 s, 1 s, 2 s... capped 30 s).
func (t *transport) wait(ctx context.Context, attempt int, serverWait time.Duration) error {
	d := serverWait
	if d <= 0 {
		max := min(30*time.Second, 500*time.Millisecond<<min(attempt, 6)) // a larger shift overflows
		d = max/2 + time.Duration(rand.Int64N(int64(max/2)+1))
	}
	t.logf("retrying in %s", d.Round(time.Millisecond))
	if t.sleep != nil {
		return t.sleep(ctx, d)
	}
	return parallel.Sleep(ctx, d)
}

func (t *transport) logf(format string, args ...any) {
	if t.log != nil {
		t.log(format, args...)
	}
}

// cancelBody ends an attempt's context when the caller closes the body.
type cancelBody struct {
	io.ReadCloser
	done    func()
	expired func() bool
	info    *callInfo
}

func (b *cancelBody) Read(p []byte) (int, error) {
	n, err := b.ReadCloser.Read(p)
	if err != nil && err != io.EOF && b.expired() {
		b.info.timedOut = true
	}
	return n, err
}

func (b *cancelBody) Close() error {
	err := b.ReadCloser.Close()
	b.done()
	return err
}

// overloaded: the server says it has more than it can take (429, 503,
// Anthropic's 529).
func overloaded(code int) bool { return code == 429 || code == 503 || code == 529 }

// errTooLarge ends the read of a body over its limit.
var errTooLarge = errors.New("the reply is larger than the limit")

// limitedBody reads at most left bytes, then fails: a server that sends
// megabytes for a bullet costs the tool no more memory than the limit.
type limitedBody struct {
	io.ReadCloser
	left int64
	info *callInfo
}

func (b *limitedBody) Read(p []byte) (int, error) {
	if b.left < 0 {
		return 0, errTooLarge
	}
	if int64(len(p)) > b.left+1 {
		p = p[:b.left+1]
	}
	n, err := b.ReadCloser.Read(p)
	b.left -= int64(n)
	if b.left < 0 {
		b.info.tooLarge = true
		return 0, errTooLarge
	}
	return n, err
}

func retryableStatus(code int) bool {
	return code == http.StatusTooManyRequests || code >= 500 && code != http.StatusNotImplemented
}

// retryableErr: a dropped connection, not a refused one (a server that is
// not running will not start during backoff).
func retryableErr(err error) bool {
	if isConnect(err) {
		return false
	}
	return errors.Is(err, syscall.ECONNRESET) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) ||
		strings.Contains(err.Error(), "connection reset") || strings.Contains(err.Error(), "server closed") ||
		strings.Contains(err.Error(), "EOF")
}

func isConnect(err error) bool {
	var dns *net.DNSError
	var op *net.OpError
	return errors.Is(err, syscall.ECONNREFUSED) || errors.As(err, &dns) || errors.As(err, &op) && op.Op == "dial"
}

func connectMessage(err error) string {
	var dns *net.DNSError
	switch {
	case errors.Is(err, syscall.ECONNREFUSED):
		return "connection refused"
	case errors.As(err, &dns):
		return "no such host " + dns.Name
	}
	return oneLine(err.Error())
}

// serverMessage pulls the human part out of an error body: OpenAI's
// {"error": {"message"}}, Anthropic's {"error": {"message"}}, Gemini's
// {"error": {"message"}}, Ollama's {"error": "..."}, or plain text.
func serverMessage(b []byte, status string) string {
	var v struct {
		Error   json.RawMessage `json:"error"`
		Message string          `json:"message"`
		Detail  string          `json:"detail"`
	}
	if json.Unmarshal(b, &v) == nil {
		var s string
		if json.Unmarshal(v.Error, &s) == nil && s != "" {
			return s
		}
		var obj struct {
			Message string `json:"message"`
		}
		if json.Unmarshal(v.Error, &obj) == nil && obj.Message != "" {
			return obj.Message
		}
		if v.Message != "" {
			return v.Message
		}
		if v.Detail != "" {
			return v.Detail
		}
	}
	if t := strings.TrimSpace(string(b)); t != "" && len(t) < 300 && !strings.HasPrefix(t, "<") {
		return t
	}
	return status
}

// scrubURL drops query keys (Gemini passes ?key=) and a user and password
// (http://u:sk-…@host) from URLs we show.
func scrubURL(u, key string) string {
	if i := strings.Index(u, "?"); i >= 0 {
		u = u[:i]
	}
	if p, err := url.Parse(u); err == nil && p.User != nil {
		p.User = nil
		u = p.String()
	}
	return redact(u, key)
}
