package eval

import (
	"context"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// is-json and contains-json with a schema judge as promptfoo's ajv does:
// draft-07 unless the schema names another draft, formats asserted
// (ajv-formats), other documents never loaded.
func TestSchemaAssertions(t *testing.T) {
	cases := []struct {
		name, typ, schema, output string
		pass                      bool
		reason                    string // in the outcome's reason
		err                       string // the assertion fails to run
	}{
		{name: "required and enum", typ: "is-json", schema: `{type: object, required: [category, priority], properties: {category: {enum: [bug, billing]}, priority: {type: integer, minimum: 1, maximum: 3}}}`,
			output: `{"category": "bug", "priority": 2}`, pass: true},
		{name: "maximum names the place", typ: "is-json", schema: `{type: object, properties: {priority: {type: integer, maximum: 3}}}`,
			output: `{"priority": 7}`, reason: "/priority"},
		{name: "missing property", typ: "is-json", schema: `{required: [category]}`, output: `{"priority": 1}`, reason: "category"},
		{name: "integer accepts 1.0", typ: "is-json", schema: `{type: integer}`, output: `1.0`, pass: true},
		{name: "integer rejects 1.5", typ: "is-json", schema: `{type: integer}`, output: `1.5`},
		{name: "const", typ: "is-json", schema: `{properties: {category: {const: billing}}}`, output: `{"category": "bug"}`},
		{name: "pattern", typ: "is-json", schema: `{type: object, required: [city, pincode], properties: {pincode: {type: string, pattern: "^[0-9]{6}$"}}}`,
			output: `{"city": "Springfield", "pincode": "56001"}`, reason: "/pincode"},
		{name: "pattern ok", typ: "is-json", schema: `{properties: {pincode: {type: string, pattern: "^[0-9]{6}$"}}}`, output: `{"pincode": "560001"}`, pass: true},
		{name: "nested array of objects", typ: "is-json", schema: `{properties: {findings: {type: array, items: {type: object, required: [severity], properties: {severity: {enum: [high, low]}}}}}}`,
			output: `{"findings": [{"severity": "high"}, {"severity": "urgent"}]}`, reason: "/findings/1/severity"},
		{name: "text that is no schema", typ: "is-json", schema: `Verify structured output`, output: `{}`, err: "schema"},
		{name: "unknown keywords are ignored", typ: "is-json", schema: `{type: object, x-note: kept}`, output: `{}`, pass: true},
		// draft-07 is the default: tuple items, definitions, dependencies
		{name: "draft-07 tuple items", typ: "is-json", schema: `{items: [{type: string}, {type: integer}], additionalItems: false}`, output: `["a", 1]`, pass: true},
		{name: "draft-07 tuple items, wrong type", typ: "is-json", schema: `{items: [{type: string}, {type: integer}]}`, output: `["a", "b"]`},
		{name: "draft-07 additionalItems", typ: "is-json", schema: `{items: [{type: string}], additionalItems: false}`, output: `["a", 1]`},
		{name: "draft-07 definitions", typ: "is-json", schema: `{definitions: {p: {type: integer, minimum: 1}}, properties: {priority: {$ref: "#/definitions/p"}}}`, output: `{"priority": 0}`},
		{name: "draft-07 dependencies", typ: "is-json", schema: `{dependencies: {a: [b]}}`, output: `{"a": 1}`},
		{name: "draft-07 dependencies met", typ: "is-json", schema: `{dependencies: {a: [b]}}`, output: `{"a": 1, "b": 2}`, pass: true},
		{name: "draft-07 if/then", typ: "is-json", schema: `{if: {properties: {category: {const: bug}}}, then: {required: [severity]}}`, output: `{"category": "bug"}`},
		// formats are asserted
		{name: "format email", typ: "is-json", schema: `{properties: {email: {type: string, format: email}}}`, output: `{"email": "not an address"}`},
		{name: "format email ok", typ: "is-json", schema: `{properties: {email: {type: string, format: email}}}`, output: `{"email": "jane@example.com"}`, pass: true},
		{name: "format date", typ: "is-json", schema: `{properties: {on: {format: date}}}`, output: `{"on": "yesterday"}`},
		{name: "format date ok", typ: "is-json", schema: `{properties: {on: {format: date}}}`, output: `{"on": "2024-02-01"}`, pass: true},
		// a schema may name a later draft
		{name: "2020-12 prefixItems", typ: "is-json", schema: `{$schema: "https://json-schema.org/draft/2020-12/schema", prefixItems: [{type: string}], items: false}`, output: `["a"]`, pass: true},
		{name: "2020-12 items after prefixItems", typ: "is-json", schema: `{$schema: "https://json-schema.org/draft/2020-12/schema", prefixItems: [{type: string}], items: false}`, output: `["a", 1]`},
		{name: "2020-12 $defs", typ: "is-json", schema: `{$schema: "https://json-schema.org/draft/2020-12/schema", $defs: {p: {maximum: 3}}, properties: {priority: {$ref: "#/$defs/p"}}}`, output: `{"priority": 4}`},
		{name: "2019-09 dependentRequired", typ: "is-json", schema: `{$schema: "https://json-schema.org/draft/2019-09/schema", dependentRequired: {a: [b]}}`, output: `{"a": 1}`},
		// not-, contains-json
		{name: "not-is-json with a schema", typ: "not-is-json", schema: `{required: [category]}`, output: `{"priority": 1}`, pass: true},
		{name: "not-is-json, conforming", typ: "not-is-json", schema: `{required: [category]}`, output: `{"category": "bug"}`},
		{name: "contains-json, the second conforms", typ: "contains-json", schema: `{required: [category]}`, output: `First {"note": 1} then {"category": "bug"}.`, pass: true},
		{name: "contains-json, none conforms", typ: "contains-json", schema: `{required: [category]}`, output: `Only {"note": 1}.`, reason: "category"},
		// schemas that cannot be used
		{name: "not a schema", typ: "is-json", schema: `{type: 5}`, output: `{}`, err: "schema"},
		{name: "a bad pattern", typ: "is-json", schema: `{pattern: "(("}`, output: `"x"`, err: "schema"},
		{name: "an unknown type", typ: "is-json", schema: `{type: strin}`, output: `{}`, err: "meta-schema"},
		{name: "an unknown type, draft-04", typ: "is-json", schema: `{$schema: "http://json-schema.org/draft-04/schema#", type: strin}`, output: `{}`, err: "meta-schema"},
		{name: "an unknown type, draft-06", typ: "is-json", schema: `{$schema: "http://json-schema.org/draft-06/schema#", type: strin}`, output: `{}`, err: "meta-schema"},
		{name: "a $ref to nowhere", typ: "is-json", schema: `{$ref: "#/definitions/missing"}`, output: `{}`, err: "schema"},
		{name: "not a 2020-12 schema", typ: "is-json", schema: `{$schema: "https://json-schema.org/draft/2020-12/schema", type: 5}`, output: `{}`, err: "schema"},
		{name: "a bad 2020-12 pattern", typ: "is-json", schema: `{$schema: "https://json-schema.org/draft/2020-12/schema", pattern: "(("}`, output: `"x"`, err: "schema"},
		{name: "another document is not fetched", typ: "is-json", schema: `{$ref: "https://example.com/ticket.json"}`, output: `{}`, err: "schema"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var schema any
			if err := yaml.Unmarshal([]byte(c.schema), &schema); err != nil {
				t.Fatal(err)
			}
			s := &subject{ctx: context.Background(), Output: c.output, Value: c.output, Vars: map[string]any{}}
			o, err := judge(Assertion{Type: c.typ, Value: schema}, s)
			if c.err != "" {
				if err == nil || !strings.Contains(err.Error(), c.err) {
					t.Fatalf("error %v, want one naming %q (outcome %+v)", err, c.err, o)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if o.Pass != c.pass {
				t.Errorf("pass = %v, want %v: %s", o.Pass, c.pass, o.Reason)
			}
			if !strings.Contains(o.Reason, c.reason) {
				t.Errorf("reason %q does not name %q", o.Reason, c.reason)
			}
		})
	}
}
