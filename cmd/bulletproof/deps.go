package main

import (
	"context"
	"net/http"
	"os"
	"time"
)

// deps are what tests replace: the environment and the working directory
// (so that tests need not touch the process's, and run in parallel), the
// HTTP transport under every provider and the wait between retries.
type deps struct {
	getenv    func(string) string
	setenv    func(key, value string) error
	dir       string // where ./bulletproof.yaml is looked for; "": the working directory
	transport http.RoundTripper
	sleep     func(ctx context.Context, d time.Duration) error
	batchPoll time.Duration // between batch status checks; 0: 30 s
}

func defaultDeps() deps { return deps{getenv: os.Getenv, setenv: os.Setenv} }

// getenv reads the environment.
func (a *app) getenv(key string) string { return a.deps.getenv(key) }

// workDir is where ./bulletproof.yaml is looked for.
func (a *app) workDir() string {
	if a.deps.dir != "" {
		return a.deps.dir
	}
	wd, _ := os.Getwd()
	return wd
}
