package main

import (
	"errors"
	"path/filepath"
	"time"

	"github.com/fsnotify/fsnotify"
	"github.com/spf13/cobra"

	"github.com/bulletproof-cli/bulletproof/internal/usage"
)

// watchEval runs a suite, then again each time the suite or a file it
// read changes, until Ctrl-C. A run's failure is reported, not fatal.
func (a *app) watchEval(cmd *cobra.Command, path string, o *evalOptions) error {
	if path == "-" {
		return usage.Errorf("--watch needs a suite file, not stdin")
	}
	ctx := cmd.Context()
	for {
		files := map[string]bool{}
		add := func(p string) {
			if abs, err := filepath.Abs(p); err == nil {
				files[abs] = true
			}
		}
		add(path)
		err := a.runEvalOnce(cmd, path, o, add)
		if ctx.Err() != nil {
			return errStopped
		}
		var ee *exitError
		if err != nil && !(errors.As(err, &ee) && ee.err == nil) {
			a.notice("error: %v", err)
		}
		o.force = true // the reports are this watch's own now
		a.notice("watching %d files for changes (Ctrl-C stops)", len(files))
		if err := waitForChange(cmd, files); err != nil {
			return err
		}
		if ctx.Err() != nil {
			return errStopped
		}
		a.notice("\n--- a file changed: running again")
	}
}

// waitForChange returns when one of files is written, created, renamed or
// removed (editors replace files), after a short quiet period.
func waitForChange(cmd *cobra.Command, files map[string]bool) error {
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return err
	}
	defer w.Close()
	dirs := map[string]bool{}
	for f := range files {
		d := filepath.Dir(f)
		if !dirs[d] {
			dirs[d] = true
			if err := w.Add(d); err != nil {
				return err
			}
		}
	}
	var quiet <-chan time.Time
	for {
		select {
		case <-cmd.Context().Done():
			return nil
		case ev := <-w.Events:
			if files[ev.Name] && ev.Op&(fsnotify.Write|fsnotify.Create|fsnotify.Rename|fsnotify.Remove) != 0 {
				quiet = time.After(300 * time.Millisecond)
			}
		case err := <-w.Errors:
			return err
		case <-quiet:
			return nil
		}
	}
}
