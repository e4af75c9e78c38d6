// Package lazy defers a package's fixed work (compiling its regular
// expressions) from program start to first use: every command links every
// package, so work done in a package variable is paid on every run, by
// commands that never use it.
package lazy

import (
	"regexp"
	"sync"
)

// Regexp returns a function that compiles expr on its first call and
// returns the same *regexp.Regexp on every call, from any goroutine. expr
// must compile (as for regexp.MustCompile); a package's tests show it does.
func Regexp(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}
