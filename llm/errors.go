package llm

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/bulletproof-cli/bulletproof/internal/lazy"
)

// Kind says what went wrong, for the message and the exit code.
type Kind string

// Error kinds.
const (
	KindMissingKey  Kind = "missing_key"
	KindConnect     Kind = "connect"
	KindTimeout     Kind = "timeout"
	KindAuth        Kind = "auth"
	KindRateLimit   Kind = "rate_limit"
	KindServer      Kind = "server"
	KindBadRequest  Kind = "bad_request"
	KindNotFound    Kind = "not_found"
	KindBadReply    Kind = "bad_reply"
	KindCanceled    Kind = "canceled"
	KindUnsupported Kind = "unsupported"
	KindOther       Kind = "other"
)

// Error is a failed request, with what a person needs to act on it: the
// provider, the model, the HTTP status, the server's own message, and what
// to do. It never holds the API key.
type Error struct {
	Provider string
	Model    string
	Kind     Kind
	Status   int    // HTTP status, 0 if none came back
	Message  string // the server's message, or the failure
	URL      string
	Retries  int // retries made before giving up
	Hint     string
	Err      error
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.Provider)
	if e.Model != "" {
		b.WriteString(" (" + e.Model + ")")
	}
	b.WriteString(": ")
	switch e.Kind {
	case KindMissingKey:
		b.WriteString(e.Message)
	case KindConnect:
		fmt.Fprintf(&b, "could not connect to %s: %s", e.URL, e.Message)
	case KindTimeout:
		fmt.Fprintf(&b, "timeout: %s", e.Message)
	case KindCanceled:
		b.WriteString("cancelled")
	default:
		if e.Status != 0 {
			fmt.Fprintf(&b, "HTTP %d: ", e.Status)
		}
		b.WriteString(e.Message)
	}
	if e.Retries > 0 {
		fmt.Fprintf(&b, " (after %d %s)", e.Retries, plural(e.Retries, "retry", "retries"))
	}
	if e.Hint != "" {
		b.WriteString("; " + e.Hint)
	}
	return b.String()
}

func (e *Error) Unwrap() error { return e.Err }

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// IsKind reports whether err is an *Error of kind k.
func IsKind(err error, k Kind) bool {
	var e *Error
	return errors.As(err, &e) && e.Kind == k
}

// keyLike matches strings shaped like API keys, which some servers echo.
var keyLike = lazy.Regexp(`\b(sk|pk|key|api|xai|gsk|AIza)[-_A-Za-z0-9]{12,}`)

// redact removes the key, and anything shaped like one, from s.
func redact(s, key string) string {
	if key != "" {
		s = strings.ReplaceAll(s, key, "****")
	}
	return keyLike().ReplaceAllStringFunc(s, func(m string) string {
		if len(m) > 6 {
			return m[:3] + "****"
		}
		return "****"
	})
}

// classify turns a backend error and what the transport saw into an Error.
func (p *base) classify(err error, info *callInfo, model string) error {
	if err == nil {
		return nil
	}
	var e *Error
	if errors.As(err, &e) {
		return e
	}
	out := &Error{Provider: p.cfg.Name, Model: model, URL: p.cfg.BaseURL, Err: err}
	if info != nil {
		out.Retries = info.retries
		out.Status = info.status
		if info.url != "" {
			out.URL = info.url
		}
	}
	msg := err.Error()
	if info != nil && info.message != "" {
		msg = info.message
	}
	out.Message = redact(oneLine(msg), p.key)
	switch {
	case info != nil && info.canceled:
		out.Kind = KindCanceled
		if !errors.Is(err, context.Canceled) && !errors.Is(err, context.DeadlineExceeded) {
			out.Err = fmt.Errorf("%w: %w", context.Canceled, err)
		}
	case info != nil && info.timedOut:
		out.Kind = KindTimeout
		if !errors.Is(err, context.DeadlineExceeded) {
			out.Err = fmt.Errorf("%w: %w", context.DeadlineExceeded, err)
		}
		out.Message = fmt.Sprintf("no answer from %s within %s", out.URL, p.cfg.Timeout)
		out.Hint = "a local model may need more: raise --timeout (e.g. --timeout 5m)"
	case info != nil && info.tooLarge:
		out.Kind = KindBadReply
		out.Status = 0
		out.Message = fmt.Sprintf("the reply is over %d KiB; a rewrite is never that long", info.limit>>10)
	case out.Status > 0 && out.Status < 400:
		// the server answered, but the backend could not use the answer
		out.Kind = KindBadReply
		out.Status = 0
		out.Message = "unusable reply: " + out.Message
	case info != nil && info.connectErr != "":
		out.Kind = KindConnect
		out.Message = redact(info.connectErr, p.key)
		out.Hint = "is the server running, and is base_url right?"
	case out.Status == 401 || out.Status == 403:
		out.Kind = KindAuth
		if p.cfg.APIKeyEnv != "" {
			out.Hint = fmt.Sprintf("check the key in $%s", p.cfg.APIKeyEnv)
		}
	case out.Status == 429:
		out.Kind = KindRateLimit
		out.Hint = "wait and try again, lower --concurrency, or raise max_retries"
	case out.Status == 404:
		out.Kind = KindNotFound
		out.Hint = "check the model name and base_url"
	case out.Status >= 500:
		out.Kind = KindServer
	case out.Status >= 400:
		out.Kind = KindBadRequest
	default:
		out.Kind = KindOther
	}
	return out
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// retryAfter reads Retry-After (seconds or an HTTP date) and retry-after-ms.
func retryAfter(h map[string][]string, now time.Time) time.Duration {
	get := func(k string) string {
		for key, v := range h {
			if strings.EqualFold(key, k) && len(v) > 0 {
				return strings.TrimSpace(v[0])
			}
		}
		return ""
	}
	if ms := get("retry-after-ms"); ms != "" {
		var v float64
		if _, err := fmt.Sscanf(ms, "%g", &v); err == nil && v >= 0 {
			return time.Duration(v * float64(time.Millisecond))
		}
	}
	ra := get("Retry-After")
	if ra == "" {
		return 0
	}
	var secs float64
	if _, err := fmt.Sscanf(ra, "%g", &secs); err == nil && !strings.ContainsAny(ra, ",:") {
		return time.Duration(secs * float64(time.Second))
	}
	if t, err := time.Parse(time.RFC1123, ra); err == nil {
		if d := t.Sub(now); d > 0 {
			return d
		}
	}
	return 0
}
