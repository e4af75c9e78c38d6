package eval

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/nikolalohinski/gonja/v2"
	"github.com/nikolalohinski/gonja/v2/builtins"
	"github.com/nikolalohinski/gonja/v2/config"
	"github.com/nikolalohinski/gonja/v2/exec"
	"github.com/nikolalohinski/gonja/v2/loaders"

	"github.com/bulletproof-cli/bulletproof/internal/fileio"
	"github.com/bulletproof-cli/bulletproof/internal/parallel"
)

// Templates in suites (prompts, vars, assertion values) are written for
// promptfoo, which renders them with Nunjucks. gonja is a maintained Go
// Jinja2 engine — Nunjucks is Jinja2's JavaScript port, so the syntax
// promptfoo users write ({{ var }}, filters with (args), {% if %},
// {% for %}, loop.index) parses as written. pongo2 speaks Django's dialect
// (filter:arg), which those templates do not use. What differs from
// Nunjucks is how values print; jsValue below makes them print the way
// JavaScript would (true, "a,b"), and dump/load are Nunjucks's and
// promptfoo's own filters.

// Limits on rendering a template from a suite: the suite is untrusted.
const maxRenderedBytes = 4 << 20

var maxRenderTime = 5 * time.Second

var nunjucksConfig = sync.OnceValue(func() *config.Config {
	c := config.New()
	c.AutoEscape = false
	c.KeepTrailingNewline = true // Nunjucks keeps a template's last newline
	return c
})

var nunjucksEnv = sync.OnceValue(func() *exec.Environment {
	return &exec.Environment{
		// no file loader, no env: a template sees its vars and nothing else
		Context:           exec.EmptyContext().Update(builtins.GlobalFunctions),
		Filters:           exec.NewFilterSet(map[string]exec.FilterFunction{}).Update(builtins.Filters).Update(exec.NewFilterSet(map[string]exec.FilterFunction{"dump": filterDump, "load": filterLoad, "join": filterJoin})),
		Tests:             builtins.Tests,
		ControlStructures: builtins.ControlStructures,
		Methods:           builtins.Methods,
	}
})

func init() { gonja.SetLoggerOutput(io.Discard) }

// renderTemplate renders Nunjucks-style source with vars.
func renderTemplate(src string, vars map[string]any) (string, error) {
	if !strings.Contains(src, "{{") && !strings.Contains(src, "{%") && !strings.Contains(src, "{#") {
		return src, nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), maxRenderTime)
	defer cancel()
	out, err := parallel.Await(ctx, func() (out string, err error) {
		// the engine panics on some inputs (x % 0): an error, not a crash
		defer func() {
			if p := recover(); p != nil {
				out, err = "", fmt.Errorf("template: %v", p)
			}
		}()
		tpl, err := parseTemplate(src)
		if err != nil {
			return "", err
		}
		b := fileio.LimitedBuffer{Limit: maxRenderedBytes}
		if err := tpl.Execute(&b, exec.NewContext(jsVars(vars))); err != nil {
			return "", templateError(err)
		}
		return b.String(), nil
	})
	if errors.Is(err, context.DeadlineExceeded) {
		return "", fmt.Errorf("template: still rendering after %s (a loop too long?)", maxRenderTime)
	}
	return out, err
}

// parsed keeps parsed templates: a suite's few prompts render once per
// cell, thousands of times.
var parsed struct {
	sync.Mutex
	m map[string]*exec.Template
}

func parseTemplate(src string) (*exec.Template, error) {
	parsed.Lock()
	tpl := parsed.m[src]
	parsed.Unlock()
	if tpl != nil {
		return tpl, nil
	}
	loader, err := loaders.NewMemoryLoader(map[string]string{"/t": src})
	if err != nil {
		return nil, err
	}
	tpl, err = exec.NewTemplate("/t", nunjucksConfig(), loader, nunjucksEnv())
	if err != nil {
		return nil, templateError(err)
	}
	parsed.Lock()
	if parsed.m == nil || len(parsed.m) >= 1024 {
		parsed.m = map[string]*exec.Template{}
	}
	parsed.m[src] = tpl
	parsed.Unlock()
	return tpl, nil
}

var errTooLong = fmt.Errorf("template: output over %d MiB", maxRenderedBytes>>20)

// templateError keeps gonja's message, minus its wrapping and internal
// template name.
func templateError(err error) error {
	var tl *fileio.TooLargeError
	if errors.As(err, &tl) {
		return errTooLong
	}
	msg := err.Error()
	msg = strings.ReplaceAll(msg, "unable to execute template: ", "")
	msg = strings.ReplaceAll(msg, "/t", "template")
	return errors.New("template: " + msg)
}

// jsVars converts vars so that they print as JavaScript prints them.
func jsVars(vars map[string]any) map[string]any {
	out := make(map[string]any, len(vars))
	for k, v := range vars {
		out[k] = jsValue(v)
	}
	return out
}

func jsValue(v any) any {
	switch x := v.(type) {
	case bool:
		return jsBool(x)
	case float64:
		if x == math.Trunc(x) && math.Abs(x) < 1e15 {
			return int64(x)
		}
		return jsNumber(x)
	case []any:
		out := make(jsArray, len(x))
		for i, e := range x {
			out[i] = jsValue(e)
		}
		return out
	case map[string]any:
		out := make(jsObject, len(x))
		for k, e := range x {
			out[k] = jsValue(e)
		}
		return out
	}
	return v
}

type (
	jsBool   bool
	jsNumber float64
	jsArray  []any
	jsObject map[string]any
)

func (b jsBool) String() string   { return strconv.FormatBool(bool(b)) }
func (n jsNumber) String() string { return jsNumberText(float64(n)) }

// String joins the elements with commas, as Array.prototype.toString does.
func (a jsArray) String() string {
	parts := make([]string, len(a))
	for i, e := range a {
		if e != nil {
			parts[i] = fmt.Sprint(e)
		}
	}
	return strings.Join(parts, ",")
}

func (jsObject) String() string { return "[object Object]" }

// jsNumberText formats a number as JavaScript's String(n) does for the
// numbers suites hold.
func jsNumberText(f float64) string {
	switch {
	case math.IsNaN(f):
		return "NaN"
	case math.IsInf(f, 1):
		return "Infinity"
	case math.IsInf(f, -1):
		return "-Infinity"
	}
	if a := math.Abs(f); a != 0 && (a >= 1e21 || a < 1e-6) {
		s := strconv.FormatFloat(f, 'e', -1, 64)
		return strings.Replace(strings.Replace(s, "e+0", "e+", 1), "e-0", "e-", 1)
	}
	return strconv.FormatFloat(f, 'f', -1, 64)
}

// filterDump is Nunjucks's dump: JSON.stringify, with an optional indent.
func filterDump(_ *exec.Evaluator, in *exec.Value, params *exec.VarArgs) *exec.Value {
	indent := 0
	if len(params.Args) > 0 && params.Args[0].IsInteger() {
		indent = params.Args[0].Integer()
	}
	b, err := jsonMarshal(plainValue(in.Interface()), indent)
	if err != nil {
		return exec.AsValue(fmt.Errorf("dump: %w", err))
	}
	return exec.AsValue(string(b))
}

// filterJoin is Jinja's join, for lists only: Nunjucks calls the list's
// join, so a string (a list var expanded to one value) is an error there.
func filterJoin(e *exec.Evaluator, in *exec.Value, params *exec.VarArgs) *exec.Value {
	if !in.IsList() {
		return exec.AsValue(fmt.Errorf("join: %s is not a list", in.String()))
	}
	f, _ := builtins.Filters.Get("join")
	return f(e, in, params)
}

// filterLoad is promptfoo's load: JSON.parse.
func filterLoad(_ *exec.Evaluator, in *exec.Value, _ *exec.VarArgs) *exec.Value {
	var v any
	if err := json.Unmarshal([]byte(in.String()), &v); err != nil {
		return exec.AsValue(fmt.Errorf("load: %w", err))
	}
	return exec.AsValue(jsValue(v))
}

// plainValue undoes jsValue, for JSON.
func plainValue(v any) any {
	switch x := v.(type) {
	case jsBool:
		return bool(x)
	case jsNumber:
		return float64(x)
	case jsArray:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = plainValue(e)
		}
		return out
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = plainValue(e)
		}
		return out
	case jsObject:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = plainValue(e)
		}
		return out
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = plainValue(e)
		}
		return out
	}
	return v
}

// jsonMarshal is JSON.stringify: no HTML escaping, an optional indent.
func jsonMarshal(v any, indent int) ([]byte, error) {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if indent > 0 {
		enc.SetIndent("", strings.Repeat(" ", indent))
	}
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return []byte(strings.TrimSuffix(b.String(), "\n")), nil
}
