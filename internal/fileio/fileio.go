// Package fileio reads the user's inputs with limits and writes outputs
// atomically. It is the one place commands touch files they are given.
package fileio

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"

	"github.com/bulletproof-cli/bulletproof/internal/parallel"
	"github.com/bulletproof-cli/bulletproof/internal/usage"
)

// MaxInput is the largest input accepted: a resume or job ad is kilobytes;
// anything this large is a mistake.
const MaxInput = 5 << 20

// InputError is a problem with a file the user named (exit code 2).
type InputError struct {
	Path string
	Err  error
}

// errNoSuchFile says what to do about a path that names nothing.
var errNoSuchFile = errors.New("no such file: check the path, or give - to read standard input")

func (e *InputError) Error() string { return e.Path + ": " + e.Err.Error() }
func (e *InputError) Unwrap() error { return e.Err }

// Is marks the error as the user's to fix.
func (e *InputError) Is(target error) bool { return target == usage.Err }

// Read reads path, or stdin when path is "-", refusing directories, missing
// files and inputs over MaxInput. The returned name is path, or "stdin".
func Read(path string, stdin io.Reader) ([]byte, string, error) {
	if path == "-" {
		b, err := ReadAtMost(stdin, MaxInput)
		var tl *TooLargeError
		if errors.As(err, &tl) {
			err = fmt.Errorf("%w: is this really a resume?", err)
		}
		if err != nil {
			return nil, "stdin", &InputError{"stdin", err}
		}
		return b, "stdin", nil
	}
	st, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, path, &InputError{path, errNoSuchFile}
	case errors.Is(err, fs.ErrPermission):
		return nil, path, &InputError{path, errors.New("permission denied")}
	case err != nil:
		return nil, path, &InputError{path, err}
	case st.IsDir():
		return nil, path, &InputError{path, errors.New("is a directory, not a file")}
	case st.Size() > MaxInput:
		return nil, path, &InputError{path, fmt.Errorf("is %.1f MiB; the limit is %d MiB: is this really a resume?", float64(st.Size())/(1<<20), MaxInput>>20)}
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, path, &InputError{path, err}
	}
	defer f.Close()
	b, err := ReadAtMost(f, MaxInput)
	if err != nil {
		return nil, path, &InputError{path, err}
	}
	if UTF16(b) {
		return nil, path, &InputError{path, ErrUTF16}
	}
	return b, path, nil
}

// ErrUTF16 is text saved as UTF-16, which Windows editors offer as
// "Unicode": readable text, but not the UTF-8 every reader here expects.
var ErrUTF16 = errors.New("is saved as UTF-16: save it as UTF-8 (in most editors: Save As, Encoding: UTF-8) and try again")

// UTF16 reports whether b looks like UTF-16 text: a UTF-16 byte-order
// mark, or (no mark) most byte pairs holding one NUL on the same side, as
// ASCII text in UTF-16 does. A binary file has NULs on both sides.
func UTF16(b []byte) bool {
	if len(b) >= 2 && (b[0] == 0xff && b[1] == 0xfe || b[0] == 0xfe && b[1] == 0xff) {
		return true
	}
	pairs, low, high := len(b)/2, 0, 0
	if pairs < 2 {
		return false
	}
	for i := 0; i+1 < len(b); i += 2 {
		switch {
		case b[i] != 0 && b[i+1] == 0:
			low++
		case b[i] == 0 && b[i+1] != 0:
			high++
		}
	}
	return max(low, high)*2 >= pairs && min(low, high)*8 < pairs
}

// ReadContext is Read that returns as soon as ctx is cancelled: reading a
// FIFO no one writes to, or a terminal's stdin, blocks in the kernel where
// nothing else can stop it, and Ctrl-C must still end the command.
func ReadContext(ctx context.Context, path string, stdin io.Reader) ([]byte, string, error) {
	type read struct {
		b    []byte
		name string
	}
	r, err := parallel.Await(ctx, func() (read, error) {
		b, name, err := Read(path, stdin)
		return read{b, name}, err
	})
	if err != nil && ctx.Err() != nil {
		name := path
		if path == "-" {
			name = "stdin"
		}
		return nil, name, err
	}
	return r.b, r.name, err
}

// Open opens a file the user named for streaming, with Read's checks and
// one-line errors (no such file, a directory).
func Open(path string) (*os.File, error) {
	st, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, &InputError{path, errNoSuchFile}
	case err != nil:
		return nil, &InputError{path, err}
	case st.IsDir():
		return nil, &InputError{path, errors.New("is a directory, not a file")}
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, &InputError{path, err}
	}
	return f, nil
}

// CheckOutput checks, before any work, that path can receive an output: its
// folder exists, and it is a regular file or nothing yet. A device, a FIFO
// or a folder is refused, through a symlink too, whatever --force says.
func CheckOutput(path string) error {
	if st, err := os.Stat(path); err == nil && !st.Mode().IsRegular() {
		return &InputError{path, fmt.Errorf("is %s, not a regular file: choose a file to write", describe(st.Mode()))}
	}
	dir := filepath.Dir(path)
	st, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return &InputError{path, fmt.Errorf("the folder %s does not exist: create it first (mkdir -p %s)", dir, dir)}
	case err != nil:
		return &InputError{path, err}
	case !st.IsDir():
		return &InputError{path, fmt.Errorf("%s is not a folder", dir)}
	}
	return nil
}

func describe(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "a folder"
	case m&fs.ModeNamedPipe != 0:
		return "a FIFO"
	case m&fs.ModeDevice != 0 || m&fs.ModeCharDevice != 0:
		return "a device"
	case m&fs.ModeSocket != 0:
		return "a socket"
	}
	return "not a regular file"
}

// SameFile reports whether a and b name the same file, through symlinks
// and hard links alike.
func SameFile(a, b string) bool {
	sa, err1 := os.Stat(a)
	sb, err2 := os.Stat(b)
	return err1 == nil && err2 == nil && os.SameFile(sa, sb)
}

// WriteAtomic writes data to path through a temporary file in the same
// folder and a rename, so a reader never sees half a file and a failure
// leaves the old file intact. The temporary file's name carries the
// writer's process id, so that one left by a killed run is removed by the
// next write to the same path (and one a live run is writing is not).
func WriteAtomic(path string, data []byte, perm fs.FileMode) error {
	// write through a symlink to its target, so the link stays a link
	if real, err := filepath.EvalSymlinks(path); err == nil {
		path = real
	}
	if st, err := os.Stat(path); err == nil && !st.Mode().IsRegular() {
		return fmt.Errorf("write %s: it is %s, not a regular file", path, describe(st.Mode()))
	}
	dir, base := filepath.Dir(path), filepath.Base(path)
	removeStaleTemps(dir, base)
	tmp, err := os.CreateTemp(dir, tempPrefix(base, os.Getpid())+"*.tmp")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	name := tmp.Name()
	ok := false
	defer func() {
		if !ok {
			tmp.Close()
			os.Remove(name)
		}
	}()
	if _, err := tmp.Write(data); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Sync(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if st, err := os.Stat(path); err == nil {
		perm = st.Mode().Perm()
	}
	if err := os.Chmod(name, perm); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(name, path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	ok = true
	return nil
}

// tempPrefix is ".resume.md.1234-": hidden, named after the target and the
// writing process.
func tempPrefix(base string, pid int) string {
	return "." + base + "." + strconv.Itoa(pid) + "-"
}

// removeStaleTemps removes the temporary files of earlier writes to base
// whose process is gone: a run killed between create and rename.
func removeStaleTemps(dir, base string) {
	matches, _ := filepath.Glob(filepath.Join(dir, "."+globEscape(base)+".*-*.tmp"))
	for _, m := range matches {
		rest := strings.TrimPrefix(filepath.Base(m), "."+base+".")
		pidText, _, _ := strings.Cut(rest, "-")
		pid, err := strconv.Atoi(pidText)
		if err != nil || pid == os.Getpid() || alive(pid) {
			continue
		}
		os.Remove(m)
	}
}

func globEscape(s string) string {
	r := strings.NewReplacer(`\`, `\\`, "*", `\*`, "?", `\?`, "[", `\[`)
	return r.Replace(s)
}

// alive reports whether process pid may still be running; where that
// cannot be told, it says yes, so nothing in use is removed.
func alive(pid int) bool {
	if pid <= 0 {
		return false
	}
	p, err := os.FindProcess(pid)
	if err != nil {
		return false
	}
	err = p.Signal(syscall.Signal(0))
	return err == nil || errors.Is(err, syscall.EPERM) || !errors.Is(err, os.ErrProcessDone) && !errors.Is(err, syscall.ESRCH)
}

// Exists reports whether path names an existing file or folder.
func Exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}
