package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/kaptinlin/jsonschema"
	"go.yaml.in/yaml/v3"
)

// compileSchema reads an is-json / contains-json value: a schema as a
// mapping, as JSON or YAML text, or file://schema.json (.yaml). Schemas
// are self-contained: $refs to other documents are not fetched.
func compileSchema(c *assertCall) (*jsonschema.Schema, error) {
	var doc any
	switch v := c.value.(type) {
	case map[string]any:
		doc = normalizeJSON(v)
	case string:
		text := v
		if ref, ok := strings.CutPrefix(v, "file://"); ok {
			p := ref
			if !filepath.IsAbs(p) {
				p = filepath.Join(c.s.suiteDir, p)
			}
			b, err := c.s.readFile(p)
			if err != nil {
				return nil, fmt.Errorf("schema %s: %w", ref, err)
			}
			text = string(b)
		}
		var y any
		if err := yaml.Unmarshal([]byte(text), &y); err != nil {
			return nil, fmt.Errorf("the schema is not JSON or YAML: %w", err)
		}
		doc = normalizeJSON(y)
	default:
		return nil, fmt.Errorf("%s needs a schema: a mapping, JSON or YAML text, or file://schema.json", c.base)
	}
	return compileSchemaDoc(doc)
}

// compileSchemaDoc compiles a schema as promptfoo's ajv would: draft-07
// unless $schema names another draft, formats asserted (ajv-formats),
// checked against its draft's meta-schema where the library carries it
// (drafts 4 to 7), and never loading another document.
func compileSchemaDoc(doc any) (*jsonschema.Schema, error) {
	text, err := json.Marshal(doc)
	if err != nil {
		return nil, fmt.Errorf("schema: %w", err)
	}
	sch, err := newSchemaCompiler().Compile(text)
	if err != nil {
		return nil, fmt.Errorf("schema: %w", err)
	}
	if err := checkMeta(text); err != nil {
		return nil, err
	}
	if refs := sch.UnresolvedReferenceURIs(); len(refs) > 0 {
		return nil, fmt.Errorf("schema: $ref %s is not in the schema (schemas may not load other documents)", refs[0])
	}
	return sch, nil
}

// newSchemaCompiler is a compiler for one schema (schemas with the same
// $id would share one otherwise): draft-07 by default, formats asserted,
// no loaders.
func newSchemaCompiler() *jsonschema.Compiler {
	comp := jsonschema.NewCompiler()
	comp.Loaders = map[string]func(string) (io.ReadCloser, error){}
	return comp.SetDefaultDialect(jsonschema.Draft7).SetAssertFormat(true)
}

// schemaVerdicts remembers each schema's check against its meta-schema:
// a suite asks the same schema of every cell, and the library compiles
// the meta-schema for each check. Cleared when full.
var schemaVerdicts struct {
	sync.Mutex
	of map[string]error
}

// checkMeta checks a schema against its draft's meta-schema where the
// library carries it (drafts 4 to 7; compiling alone checks 2019-09 and
// 2020-12). It catches what compiling lets through: {type: strin},
// {minLength: -1}.
func checkMeta(text []byte) error {
	schemaVerdicts.Lock()
	err, ok := schemaVerdicts.of[string(text)]
	schemaVerdicts.Unlock()
	if ok {
		return err
	}
	if res, metaErr := newSchemaCompiler().ValidateSchema(text); metaErr == nil && !res.IsValid() {
		err = fmt.Errorf("schema: not valid against its draft's meta-schema: %s", schemaErr(res))
	}
	schemaVerdicts.Lock()
	defer schemaVerdicts.Unlock()
	if schemaVerdicts.of == nil || len(schemaVerdicts.of) >= 256 {
		schemaVerdicts.of = map[string]error{}
	}
	schemaVerdicts.of[string(text)] = err
	return err
}

// validateJSON checks a value read from JSON (or YAML flow) against a
// schema, as JSON text so that numbers keep their exact value.
func validateJSON(sch *jsonschema.Schema, v any) *jsonschema.EvaluationResult {
	b, err := json.Marshal(v)
	if err != nil {
		res := jsonschema.NewEvaluationResult(sch)
		res.AddError(jsonschema.NewEvaluationError("type", "not_json", err.Error()))
		return res
	}
	return sch.ValidateJSON(b)
}

// schemaErr lists a failed validation's errors, each after the place in
// the value it concerns ("/priority: 7 should be at most 3"), leaving out
// the applicators' summaries ("Property 'priority' does not match") that
// an error further down explains.
func schemaErr(res *jsonschema.EvaluationResult) string {
	var parts []string
	seen := map[string]bool{}
	var walk func(r *jsonschema.EvaluationResult, loc string)
	walk = func(r *jsonschema.EvaluationResult, loc string) {
		loc += r.InstanceLocation
		deeper := slices.ContainsFunc(r.Details, func(d *jsonschema.EvaluationResult) bool { return !d.Valid })
		for _, kw := range slices.Sorted(maps.Keys(r.Errors)) {
			if deeper && summaryKeywords[kw] {
				continue
			}
			at := loc
			if at == "" {
				at = "/"
			}
			if p := at + ": " + r.Errors[kw].Error(); !seen[p] {
				seen[p] = true
				parts = append(parts, p)
			}
		}
		for _, d := range r.Details {
			if !d.Valid {
				walk(d, loc)
			}
		}
	}
	walk(res, "")
	return oneLine(strings.Join(parts, ", "), 300)
}

// summaryKeywords fail because a subschema failed; that failure says more.
var summaryKeywords = map[string]bool{
	"properties": true, "patternProperties": true, "additionalProperties": true,
	"items": true, "prefixItems": true, "additionalItems": true,
	"$ref": true, "$dynamicRef": true, "$recursiveRef": true, "allOf": true,
	"then": true, "else": true, "dependentSchemas": true, "dependencies": true,
	"propertyNames": true, "unevaluatedProperties": true, "unevaluatedItems": true,
}
