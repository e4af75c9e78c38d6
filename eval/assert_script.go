package eval

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/bulletproof-cli/bulletproof/internal/fileio"
)

// scriptHandlers are promptfoo's javascript and python assertions: code
// that receives the output and a context ({prompt, vars, test, provider,
// providerResponse, config}) and returns a boolean, a score, or
// {pass, score, reason}.
var scriptHandlers = map[string]handler{
	"javascript": func(c *assertCall) (Outcome, error) {
		code, ok := c.value.(string)
		if !ok || strings.TrimSpace(code) == "" {
			return Outcome{}, errors.New("javascript assertion must have a string value")
		}
		var v any
		var err error
		if ref, isFile := strings.CutPrefix(code, "file://"); isFile {
			v, err = runJSFile(c, ref)
		} else {
			code = strings.TrimRight(code, " \t\r\n")
			v, err = runJS(c.s.ctx, functionBody(code), []string{"output", "context", "process"}, []any{c.s.Value, scriptContext(c), processShim()})
		}
		if err != nil {
			return Outcome{Pass: false, Score: 0, Reason: "Custom function threw error: " + err.Error()}, nil
		}
		return scriptResult(c, v, "Custom function", code)
	},
	"python": func(c *assertCall) (Outcome, error) {
		code, ok := c.value.(string)
		if !ok || strings.TrimSpace(code) == "" {
			return Outcome{}, errors.New("python assertion must have a string value")
		}
		if !c.s.trusted {
			return Outcome{}, errors.New("python assertions run the suite's code on this machine: pass --trust-suite if you trust it")
		}
		if _, err := exec.LookPath("python3"); err != nil {
			return Outcome{}, errors.New("python assertions need python3 on PATH")
		}
		v, err := runPython(c, code)
		if err != nil {
			return Outcome{Pass: false, Score: 0, Reason: "Python code execution failed: " + err.Error()}, nil
		}
		if s, ok := v.(string); ok {
			switch strings.ToLower(s) {
			case "true":
				v = true
			case "false":
				v = false
			default:
				if strings.HasPrefix(s, "{") {
					var m any
					if err := json.Unmarshal([]byte(s), &m); err != nil {
						return Outcome{Pass: false, Score: 0, Reason: "Python code execution failed: invalid JSON: " + err.Error()}, nil
					}
					v = m
				} else if f, err := strconv.ParseFloat(strings.TrimSpace(s), 64); err == nil {
					v = f
				}
			}
		}
		if m, ok := v.(map[string]any); ok {
			if _, has := m["pass"]; !has {
				m["pass"] = m["pass_"]
			}
			if t := c.a.Threshold; t != nil {
				if sc, ok := toNum(m["score"]); ok && sc < *t {
					m["pass"] = false
					m["reason"] = fmt.Sprintf("Python score %g is less than threshold %g: %v", sc, *t, m["reason"])
				}
			}
		}
		o, err := scriptResult(c, v, "Python code", code)
		if err != nil {
			return Outcome{Pass: false, Score: 0, Reason: "Python code execution failed: " + err.Error()}, nil
		}
		return o, nil
	},
}

// scriptContext is promptfoo's context argument.
func scriptContext(c *assertCall) map[string]any {
	ctx := map[string]any{
		"prompt":           c.s.Prompt,
		"vars":             c.s.Vars,
		"test":             testView(c.s.Test, c.s.Vars),
		"providerResponse": map[string]any{"output": c.s.Value},
	}
	if c.s.providerID != "" {
		ctx["provider"] = map[string]any{"id": c.s.providerID, "label": c.s.providerLabel}
	}
	if c.a.Config != nil {
		ctx["config"] = c.a.Config
	}
	return ctx
}

func testView(t *Test, vars map[string]any) map[string]any {
	if t == nil {
		return map[string]any{"vars": vars}
	}
	m := map[string]any{"vars": vars, "description": t.Description}
	if t.Metadata != nil {
		m["metadata"] = t.Metadata
	}
	return m
}

// scriptResult reads what a script returned: a boolean, a number (passing
// above 0, or at the threshold), or {pass, score, reason}.
func scriptResult(c *assertCall, v any, who, code string) (Outcome, error) {
	fail := func(raw bool) string {
		r := fmt.Sprintf("%s returned %v", who, raw)
		if code != "" {
			r += "\n" + code
		}
		return r
	}
	switch x := v.(type) {
	case bool:
		pass := x != c.inverse
		o := result(pass, fail(x))
		return o, nil
	case int64, float64, int:
		score, _ := toNum(x)
		raw := score > 0
		if c.a.Threshold != nil {
			raw = score >= *c.a.Threshold
		}
		pass := raw != c.inverse
		reason := "Assertion passed"
		if !pass {
			reason = fail(raw)
		}
		return Outcome{Pass: pass, Score: score, Reason: reason}, nil
	case map[string]any:
		p, okP := x["pass"].(bool)
		score, okS := toNum(x["score"])
		reason, okR := x["reason"].(string)
		if !okP || !okS || !okR {
			b, _ := json.Marshal(x)
			return Outcome{}, fmt.Errorf("%s must return a boolean, number, or {pass, score, reason} object; got %s", who, b)
		}
		pass := p != c.inverse
		if pass != p {
			reason = "Assertion passed"
			if !pass {
				reason = fmt.Sprintf("%s returned %v", who, p)
			}
		}
		return Outcome{Pass: pass, Score: score, Reason: reason}, nil
	}
	b, _ := json.Marshal(v)
	return Outcome{}, fmt.Errorf("%s must return a boolean, number, or {pass, score, reason} object; got %s", who, b)
}

// scriptFile reads the file a script reference names (check.js, or
// check.py:fn with the function after a colon), relative to the suite,
// and returns it with the function's name ("" for none).
func scriptFile(c *assertCall, ref string) (b []byte, fn string, err error) {
	path, fn, _ := strings.Cut(ref, ":")
	if !filepath.IsAbs(path) {
		path = filepath.Join(c.s.suiteDir, path)
	}
	b, err = c.s.readFile(path)
	if err != nil {
		return nil, "", fmt.Errorf("%s: %w", ref, err)
	}
	return b, fn, nil
}

// runJSFile runs a CommonJS file's exported function (module.exports, or
// the name after a colon: file://check.js:isShort).
func runJSFile(c *assertCall, ref string) (any, error) {
	b, fn, err := scriptFile(c, ref)
	if err != nil {
		return nil, err
	}
	body := "var module = {exports: {}}; var exports = module.exports;\n" + string(b) + "\n;var f = module.exports;\n" +
		"if (" + strconv.Quote(fn) + " !== '') f = module.exports[" + strconv.Quote(fn) + "];\n" +
		"else if (typeof f !== 'function' && typeof f.default === 'function') f = f.default;\n" +
		"if (typeof f !== 'function') throw new Error('the file exports no function');\n" +
		"return f(output, context);"
	return runJS(c.s.ctx, body, []string{"output", "context", "process"}, []any{c.s.Value, scriptContext(c), processShim()})
}

// runPython runs the user's python3 on the assertion: inline code becomes
// the body of main(output, context); file://check.py[:fn] calls fn
// (get_assert by default).
func runPython(c *assertCall, code string) (any, error) {
	py, err := exec.LookPath("python3")
	if err != nil {
		return nil, errors.New("python assertions need python3 on PATH")
	}
	dir, err := os.MkdirTemp("", "bulletproof-py-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	script, fn := filepath.Join(dir, "assertion.py"), "main"
	if ref, ok := strings.CutPrefix(code, "file://"); ok {
		b, name, err := scriptFile(c, ref)
		if err != nil {
			return nil, err
		}
		fn = "get_assert"
		if name != "" {
			fn = name
		}
		err = os.WriteFile(script, b, 0o600)
		if err != nil {
			return nil, err
		}
	} else if err := os.WriteFile(script, []byte(pythonScript(code)), 0o600); err != nil {
		return nil, err
	}
	runner := filepath.Join(dir, "runner.py")
	if err := os.WriteFile(runner, []byte(pythonRunner), 0o600); err != nil {
		return nil, err
	}
	args, err := json.Marshal([]any{c.s.Value, scriptContext(c)})
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(c.s.ctx, 30*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, py, runner, script, fn)
	cmd.Stdin = bytes.NewReader(args)
	cmd.Dir = dir
	out, errb := fileio.LimitedBuffer{Limit: 1 << 20, Drop: true}, fileio.LimitedBuffer{Limit: 1 << 20, Drop: true}
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		msg := strings.TrimSpace(errb.String())
		if i := strings.LastIndex(msg, "\n"); i >= 0 {
			msg = msg[i+1:]
		}
		if ctx.Err() != nil {
			msg = "stopped after 30s"
		}
		return nil, fmt.Errorf("%s", firstNonEmpty(msg, err.Error()))
	}
	s := out.String()
	i := strings.LastIndex(s, pythonMarker)
	if i < 0 {
		return nil, errors.New("the script printed no result")
	}
	var v any
	if err := json.Unmarshal([]byte(s[i+len(pythonMarker):]), &v); err != nil {
		return nil, fmt.Errorf("the result is not JSON: %w", err)
	}
	if f, ok := v.(float64); ok && math.IsNaN(f) {
		return nil, errors.New("the script returned NaN")
	}
	return v, nil
}

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

const pythonMarker = "\n__bulletproof_result__"

const pythonRunner = `import importlib.util, json, sys
spec = importlib.util.spec_from_file_location("assertion", sys.argv[1])
mod = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mod)
args = json.load(sys.stdin)
res = getattr(mod, sys.argv[2])(*args)
sys.stdout.write("\n__bulletproof_result__" + json.dumps(res))
`

// pythonScript is promptfoo's wrapping of inline Python: one line is
// returned; several lines are main's body, indented as they are.
func pythonScript(code string) string {
	if !strings.Contains(code, "\n") {
		return "import json\n\ndef main(output, context):\n    return " + code + "\n"
	}
	indent := "    "
	for _, l := range strings.Split(code, "\n") {
		if strings.TrimSpace(l) != "" {
			if t := strings.TrimLeft(l, " \t"); len(t) < len(l) {
				indent = l[:len(l)-len(t)]
			}
			break
		}
	}
	var b strings.Builder
	b.WriteString("import json\n\ndef main(output, context):\n")
	for _, l := range strings.Split(code, "\n") {
		b.WriteString(indent + l + "\n")
	}
	return b.String()
}
