package bulletproof

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// The public packages (no internal/ in the path) are a library another
// module can import, and such a module cannot name an internal type: an
// exported signature that names one is a part of the API nobody outside can
// use. So no exported func, method, type, field, var or const of a public
// package names a type of a package under internal/.
//
// The check reads the source, not the types: it sees what a declaration
// writes, so an exported var whose value comes from an internal package
// (var X = lexicon.New()) counts even when its type would not, and a
// promoted method of an embedded unexported type is not seen.
func TestPublicAPINamesNoInternalType(t *testing.T) {
	found, read, err := internalInPublicAPI(".")
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"cmd/bulletproof", "eval", "guard", "llm", "prompts", "resume", "rewrite"} {
		if !read[p] {
			t.Errorf("package %s was not read", p)
		}
	}
	for _, f := range found {
		t.Error(f)
	}
}

// TestInternalInPublicAPIFinds: the check finds what it is meant to, so
// that its silence on the tree means something.
func TestInternalInPublicAPIFinds(t *testing.T) {
	const mod = "github.com/bulletproof-cli/bulletproof"
	tests := []struct {
		name string
		src  string
		want []string // the declarations reported, in order
	}{
		{"a parameter", `func F(l *lexicon.Lexicon) {}`, []string{"F"}},
		{"a result in a type parameter's constraint", `func F[T interface{ ~[]lexicon.Mention }]() T { var t T; return t }`, []string{"F"}},
		{"an exported field", `type T struct{ L lexicon.Lexicon }`, []string{"T.L"}},
		{"an embedded field", `type T struct{ lexicon.Lexicon }`, []string{"T.Lexicon"}},
		{"a field promoted from an unexported embedded struct", "type T struct{ inner }\ntype inner struct{ L *lexicon.Lexicon }", []string{"T.L"}},
		{"an interface method", `type I interface{ M() lexicon.Mention }`, []string{"I.M"}},
		{"a method of an exported type", "type T struct{}\nfunc (T) M(lexicon.Mention) {}", []string{"T.M"}},
		{"an alias", `type A = lexicon.Lexicon`, []string{"A"}},
		{"a var's value", `var V = lexicon.Default()`, []string{"V"}},
		{"a var's type", `var V lexicon.Mention`, []string{"V"}},
		{"unexported names are private", "func f(lexicon.Mention) {}\ntype t struct{ L lexicon.Lexicon }\ntype T struct{ l lexicon.Lexicon }\nfunc (t) M(lexicon.Mention) {}\nvar v = lexicon.Default()", nil},
		{"a function body is private", `func F() { _ = lexicon.Default() }`, nil},
		{"a public package is fine", `func F(r resume.Document) {}`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := "package p\nimport (\n\t\"" + mod + "/internal/lexicon\"\n\t\"" + mod + "/resume\"\n)\nvar _ = resume.Markdown\n" + tt.src + "\n"
			fset := token.NewFileSet()
			f, err := parser.ParseFile(fset, "p.go", src, parser.SkipObjectResolution)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, d := range apiFindings(fset, []*ast.File{f}) {
				got = append(got, d.decl)
			}
			if strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Errorf("found %q, want %q", got, tt.want)
			}
		})
	}
}

// internalInPublicAPI reads every public package below root and says where
// an exported declaration names an internal package, one line a place, and
// which packages (directories) it read.
func internalInPublicAPI(root string) ([]string, map[string]bool, error) {
	fset := token.NewFileSet()
	pkgs := map[string][]*ast.File{} // by directory
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			name := d.Name()
			if path != root && (strings.HasPrefix(name, ".") || name == "testdata" || name == "internal" || name == "scripts") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		// the command too: its names cannot be imported, but the rule is
		// kept for every top-level package alike
		pkgs[filepath.Dir(path)] = append(pkgs[filepath.Dir(path)], f)
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	var out []string
	read := map[string]bool{}
	for dir, files := range pkgs {
		read[filepath.ToSlash(dir)] = true
		for _, d := range apiFindings(fset, files) {
			out = append(out, d.String())
		}
	}
	sort.Strings(out)
	return out, read, nil
}

// apiFinding is an exported declaration that names an internal package.
type apiFinding struct {
	pos  token.Position
	decl string // F, T, T.Field, T.Method
	name string // what it names: lexicon.Lexicon
}

func (f apiFinding) String() string {
	return f.pos.String() + ": exported " + f.decl + " names " + f.name
}

// apiFindings checks one package's files.
func apiFindings(fset *token.FileSet, files []*ast.File) []apiFinding {
	types := map[string]*ast.TypeSpec{} // the package's types, for embedded ones
	for _, f := range files {
		for _, d := range f.Decls {
			if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.TYPE {
				for _, s := range gd.Specs {
					ts := s.(*ast.TypeSpec)
					types[ts.Name.Name] = ts
				}
			}
		}
	}
	var out []apiFinding
	for _, f := range files {
		internal := map[string]bool{} // the file's names for internal packages
		for _, im := range f.Imports {
			path, _ := strconv.Unquote(im.Path.Value)
			if !strings.Contains("/"+path+"/", "/internal/") {
				continue
			}
			name := path[strings.LastIndex(path, "/")+1:]
			if im.Name != nil {
				name = im.Name.Name
			}
			internal[name] = true
		}
		check := func(decl string, n ast.Node) {
			if n == nil {
				return
			}
			ast.Inspect(n, func(n ast.Node) bool {
				if sel, ok := n.(*ast.SelectorExpr); ok {
					if id, ok := sel.X.(*ast.Ident); ok && internal[id.Name] {
						out = append(out, apiFinding{fset.Position(sel.Pos()), decl, id.Name + "." + sel.Sel.Name})
					}
				}
				return true
			})
		}
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if !d.Name.IsExported() {
					continue
				}
				name := d.Name.Name
				if d.Recv != nil {
					recv := receiverType(d.Recv.List[0].Type)
					if !ast.IsExported(recv) {
						continue
					}
					name = recv + "." + name
				}
				check(name, d.Type)
			case *ast.GenDecl:
				for _, s := range d.Specs {
					switch s := s.(type) {
					case *ast.TypeSpec:
						if s.Name.IsExported() {
							checkType(s.Name.Name, s, types, check, map[string]bool{})
						}
					case *ast.ValueSpec:
						for _, n := range s.Names {
							if n.IsExported() {
								check(n.Name, s.Type)
								for _, v := range s.Values {
									check(n.Name, v)
								}
							}
						}
					}
				}
			}
		}
	}
	return out
}

// checkType checks an exported type: its type parameters and, for a struct
// or an interface, what of it is exported (fields promoted from embedded
// local types included); any other type as a whole.
func checkType(name string, s *ast.TypeSpec, types map[string]*ast.TypeSpec, check func(string, ast.Node), seen map[string]bool) {
	if seen[s.Name.Name] {
		return
	}
	seen[s.Name.Name] = true
	if s.TypeParams != nil {
		check(name, s.TypeParams)
	}
	switch x := s.Type.(type) {
	case *ast.StructType:
		for _, f := range x.Fields.List {
			if len(f.Names) == 0 { // embedded
				emb := receiverType(f.Type)
				if local, ok := types[emb]; ok && !ast.IsExported(emb) {
					checkType(name, local, types, check, seen)
					continue
				}
				if ast.IsExported(emb) {
					check(name+"."+emb, f.Type)
				}
				continue
			}
			for _, n := range f.Names {
				if n.IsExported() {
					check(name+"."+n.Name, f.Type)
				}
			}
		}
	case *ast.InterfaceType:
		for _, m := range x.Methods.List {
			if len(m.Names) == 0 {
				check(name, m.Type)
				continue
			}
			for _, n := range m.Names {
				check(name+"."+n.Name, m.Type)
			}
		}
	default:
		check(name, s.Type)
	}
}

// receiverType is the name of the type a receiver or an embedded field
// names: T for T, *T, T[P], pkg.T.
func receiverType(e ast.Expr) string {
	for {
		switch x := e.(type) {
		case *ast.StarExpr:
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		case *ast.IndexListExpr:
			e = x.X
		case *ast.SelectorExpr:
			return x.Sel.Name
		case *ast.Ident:
			return x.Name
		default:
			return ""
		}
	}
}
