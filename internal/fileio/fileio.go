// Package fileio reads the user's inputs with limits and writes outputs
// atomically. It is the one place commands touch files they are given.
package fileio

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// MaxInput is the largest input accepted: a resume or job ad is kilobytes;
// anything this large is a mistake.
const MaxInput = 5 << 20

// InputError is a problem with a file the user named (exit code 2).
type InputError struct {
	Path string
	Err  error
}

func (e *InputError) Error() string { return e.Path + ": " + e.Err.Error() }
func (e *InputError) Unwrap() error { return e.Err }

// Read reads path, or stdin when path is "-", refusing directories, missing
// files and inputs over MaxInput. The returned name is path, or "stdin".
func Read(path string, stdin io.Reader) ([]byte, string, error) {
	if path == "-" {
		b, err := io.ReadAll(io.LimitReader(stdin, MaxInput+1))
		if err != nil {
			return nil, "stdin", &InputError{"stdin", err}
		}
		if len(b) > MaxInput {
			return nil, "stdin", &InputError{"stdin", fmt.Errorf("larger than %d MiB: is this really a resume?", MaxInput>>20)}
		}
		return b, "stdin", nil
	}
	st, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, path, &InputError{path, errors.New("no such file")}
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
	b, err := io.ReadAll(io.LimitReader(f, MaxInput+1))
	if err != nil {
		return nil, path, &InputError{path, err}
	}
	if len(b) > MaxInput {
		return nil, path, &InputError{path, fmt.Errorf("larger than %d MiB", MaxInput>>20)}
	}
	return b, path, nil
}

// Open opens a file the user named for streaming, with Read's checks and
// one-line errors (no such file, a directory).
func Open(path string) (*os.File, error) {
	st, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, &InputError{path, errors.New("no such file")}
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

// WriteAtomic writes data to path through a temporary file in the same
// folder and a rename, so a reader never sees half a file and a failure
// leaves the old file intact.
func WriteAtomic(path string, data []byte, perm fs.FileMode) error {
	// write through a symlink to its target, so the link stays a link
	if real, err := filepath.EvalSymlinks(path); err == nil {
		path = real
	}
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
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

// Exists reports whether path names an existing file or folder.
func Exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}
