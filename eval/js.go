package eval

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/dop251/goja"

	"github.com/bulletproof-cli/bulletproof/internal/lazy"
)

// JavaScript in a suite — javascript assertions and transforms — runs in
// goja, a JavaScript engine written in Go: no file system, no network, no
// require, no environment (process.env is empty), a time limit. It is the
// same language promptfoo runs, so expressions written for promptfoo
// (output.length < 280, JSON.parse(output).score) mean the same here.

var maxScriptTime = 5 * time.Second

// runJS runs body as a function of params and returns what it returns. A
// single line is an expression (promptfoo prepends return); more lines
// are a function body that returns.
func runJS(ctx context.Context, body string, params []string, args []any) (out any, err error) {
	defer func() {
		if p := recover(); p != nil {
			out, err = nil, fmt.Errorf("javascript: %v", p)
		}
	}()
	vm := goja.New()
	vm.SetFieldNameMapper(goja.TagFieldNameMapper("json", true))
	_ = vm.Set("console", map[string]any{"log": func(...any) {}, "error": func(...any) {}, "warn": func(...any) {}})
	timer := time.AfterFunc(maxScriptTime, func() { vm.Interrupt(fmt.Sprintf("stopped after %s", maxScriptTime)) })
	defer timer.Stop()
	stop := context.AfterFunc(ctx, func() { vm.Interrupt("interrupted") })
	defer stop()

	src := "(function(" + strings.Join(params, ", ") + ") {\n" + body + "\n})"
	fv, err := vm.RunString(src)
	if err != nil {
		return nil, jsError(err)
	}
	fn, ok := goja.AssertFunction(fv)
	if !ok {
		return nil, errors.New("not a function")
	}
	vals := make([]goja.Value, len(args))
	for i, a := range args {
		vals[i] = vm.ToValue(a)
	}
	v, err := fn(goja.Undefined(), vals...)
	if err != nil {
		return nil, jsError(err)
	}
	if p, ok := v.Export().(*goja.Promise); ok {
		switch p.State() {
		case goja.PromiseStateFulfilled:
			v = p.Result()
		case goja.PromiseStateRejected:
			return nil, fmt.Errorf("the promise was rejected: %v", p.Result())
		default:
			return nil, errors.New("the promise never settled (no timers or I/O here)")
		}
	}
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return nil, nil
	}
	return v.Export(), nil
}

func jsError(err error) error {
	var ex *goja.Exception
	if errors.As(err, &ex) {
		return errors.New(ex.Value().String())
	}
	var in *goja.InterruptedError
	if errors.As(err, &in) {
		return fmt.Errorf("%v", in.Value())
	}
	return err
}

// functionBody is promptfoo's rule for a one-line script: an expression
// gets return; "const x = …; x > 1" gets return before its last statement.
func functionBody(code string) string {
	code = strings.TrimRight(code, " \t\r\n")
	if strings.Contains(code, "\n") {
		return code
	}
	t := strings.TrimSpace(trailingSemis().ReplaceAllString(code, ""))
	if declRe().MatchString(t) {
		if i := lastStatementSemicolon(t); i >= 0 {
			if expr := strings.TrimSpace(t[i+1:]); expr != "" {
				return t[:i+1] + " return " + expr
			}
		}
		return t
	}
	return "return " + t
}

var (
	trailingSemis = lazy.Regexp(`;+\s*$`)
	declRe        = lazy.Regexp(`^(const|let|var)\s`)
)

// lastStatementSemicolon finds the last ; outside string literals.
func lastStatementSemicolon(code string) int {
	var inS, inD, inT bool
	last := -1
	for i := 0; i < len(code); i++ {
		ch := code[i]
		escaped := false
		for k := i - 1; k >= 0 && code[k] == '\\'; k-- {
			escaped = !escaped
		}
		if !escaped {
			switch {
			case ch == '\'' && !inD && !inT:
				inS = !inS
			case ch == '"' && !inS && !inT:
				inD = !inD
			case ch == '`' && !inS && !inD:
				inT = !inT
			}
		}
		if ch == ';' && !inS && !inD && !inT {
			last = i
		}
	}
	return last
}

// runTransform is promptfoo's transform: a JavaScript expression (or
// body) of output and context that returns the new output.
func runTransform(ctx context.Context, code string, output any, vars map[string]any, prompt string) (any, error) {
	if strings.HasPrefix(code, "file://") {
		return nil, errors.New("transforms from files are not supported: write the expression inline")
	}
	body := code
	if !strings.Contains(code, "\n") {
		body = "return " + code
	}
	v, err := runJS(ctx, body, []string{"output", "context", "process"}, []any{output, map[string]any{"vars": vars, "prompt": map[string]any{"raw": prompt}}, processShim()})
	if err != nil {
		return nil, err
	}
	if v == nil {
		return nil, errors.New("the transform returned nothing")
	}
	return jsonSafe(v), nil
}

func processShim() map[string]any { return map[string]any{"env": map[string]any{}} }

// jsonSafe makes an exported JavaScript value plain Go data (int64 stays,
// maps and slices become map[string]any and []any).
func jsonSafe(v any) any {
	switch x := v.(type) {
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = jsonSafe(e)
		}
		return out
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = jsonSafe(e)
		}
		return out
	}
	return v
}
