//go:build unix

package fileio

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestReadContextStopsOnCancel: a FIFO no one writes to blocks a plain
// read forever; a cancelled read returns at once.
func TestReadContextStopsOnCancel(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "ad.fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, _, err := ReadContext(ctx, fifo, nil)
	if !errors.Is(err, context.DeadlineExceeded) || time.Since(start) > 2*time.Second {
		t.Errorf("%v after %v", err, time.Since(start))
	}
	// a writer that comes in time is read (a new FIFO: the abandoned read
	// still waits on the first)
	fifo = filepath.Join(t.TempDir(), "ad2.fifo")
	syscall.Mkfifo(fifo, 0o600)
	go func() {
		f, err := os.OpenFile(fifo, os.O_WRONLY, 0)
		if err == nil {
			f.WriteString("Senior Go engineer")
			f.Close()
		}
	}()
	b, _, err := ReadContext(context.Background(), fifo, nil)
	if err != nil || string(b) != "Senior Go engineer" {
		t.Errorf("%q %v", b, err)
	}
}

func TestCheckOutput(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "out.md")
	os.WriteFile(file, []byte("x"), 0o600)
	fifo := filepath.Join(dir, "out.fifo")
	syscall.Mkfifo(fifo, 0o600)
	link := filepath.Join(dir, "null.md")
	os.Symlink(os.DevNull, link)
	cases := []struct{ path, want string }{
		{file, ""},
		{filepath.Join(dir, "new.md"), ""},
		{filepath.Join(dir, "missing", "out.md"), "does not exist"},
		{os.DevNull, "a device"},
		{link, "a device"},
		{fifo, "a FIFO"},
		{dir, "a folder"},
	}
	for _, c := range cases {
		t.Run(filepath.Base(c.path), func(t *testing.T) {
			err := CheckOutput(c.path)
			if c.want == "" && err != nil || c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want)) {
				t.Errorf("%s: %v, want %q", c.path, err, c.want)
			}
		})
	}
	// and the writer refuses them too, whatever the caller checked
	for _, p := range []string{link, fifo} {
		if err := WriteAtomic(p, []byte("x"), 0o644); err == nil {
			t.Errorf("%s: written", p)
		}
	}
	if st, err := os.Stat(fifo); err != nil || st.Mode()&os.ModeNamedPipe == 0 {
		t.Error("the FIFO was replaced")
	}
}
