package lazy

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
)

// notYet are the packages that still compile patterns as they start; their
// owners are changing them (issue 15, start-up). Remove a line once its
// package passes.
var notYet = map[string]bool{
	"resume/docx": true, "resume/pdftext": true,
	"guard/claims": true, "internal/lexicon": true,
}

// Every command links every package, so a package variable that compiles a
// regular expression or parses a template is paid by every start: such
// work goes in lazy.Regexp or a sync.OnceValue.
func TestPackageVariablesDoNoWork(t *testing.T) {
	root := filepath.Join("..", "..")
	fset := token.NewFileSet()
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		if d.IsDir() {
			if name := d.Name(); rel != "." && (strings.HasPrefix(name, ".") || name == "testdata" || rel == "scripts") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") || notYet[filepath.ToSlash(filepath.Dir(rel))] {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		for _, decl := range f.Decls {
			gd, ok := decl.(*ast.GenDecl)
			if !ok || gd.Tok != token.VAR {
				continue
			}
			for _, spec := range gd.Specs {
				for _, v := range spec.(*ast.ValueSpec).Values {
					if call := startupWork(v); call != "" {
						t.Errorf("%s: a package variable calls %s as the program starts: use lazy.Regexp or sync.OnceValue", fset.Position(v.Pos()), call)
					}
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// startupWork names the first compiling call that e makes when evaluated:
// calls inside a function literal count only when the literal is called
// on the spot.
func startupWork(e ast.Expr) string {
	found := ""
	ast.Inspect(e, func(n ast.Node) bool {
		if found != "" {
			return false
		}
		switch x := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			if lit, ok := x.Fun.(*ast.FuncLit); ok {
				found = startupWorkIn(lit.Body)
				return false
			}
			if sel, ok := x.Fun.(*ast.SelectorExpr); ok {
				if pkg, ok := sel.X.(*ast.Ident); ok {
					name := pkg.Name + "." + sel.Sel.Name
					switch name {
					case "regexp.MustCompile", "regexp.MustCompilePOSIX", "regexp.Compile", "template.Must":
						found = name
					}
				}
			}
		}
		return true
	})
	return found
}

func startupWorkIn(body *ast.BlockStmt) string {
	found := ""
	ast.Inspect(body, func(n ast.Node) bool {
		if e, ok := n.(ast.Expr); ok && found == "" {
			if _, lit := e.(*ast.FuncLit); !lit {
				if call, ok := e.(*ast.CallExpr); ok {
					found = startupWork(call)
					return found == ""
				}
			}
		}
		return found == ""
	})
	return found
}
