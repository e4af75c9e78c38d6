package eval

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/bulletproof-cli/bulletproof/internal/fileio"
)

// A suite names other files — tests: file://cases.csv, file:// prompts and
// vars. Each is read with the limits of any input: a regular file (a
// symlink to one is fine; to a device, FIFO or socket is not, since reading
// it could block forever or never end) of at most fileio.MaxInput bytes.

// ReadFile reads a file a suite names, with those limits.
func ReadFile(path string) ([]byte, error) {
	if err := checkRegular(path); err != nil {
		return nil, err
	}
	f, err := os.OpenFile(path, os.O_RDONLY|nonBlock, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	// it could have been swapped for something else since the Stat
	if st2, err := f.Stat(); err != nil || !st2.Mode().IsRegular() {
		return nil, errors.New("is not a regular file")
	}
	b, err := io.ReadAll(io.LimitReader(f, fileio.MaxInput+1))
	if err != nil {
		return nil, err
	}
	if len(b) > fileio.MaxInput {
		return nil, fmt.Errorf("is larger than %d MiB", fileio.MaxInput>>20)
	}
	return b, nil
}

// checkRegular refuses what is not a regular file of a readable size.
func checkRegular(path string) error {
	st, err := os.Stat(path) // follows a symlink to what it names
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return errors.New("no such file")
	case err != nil:
		return err
	case st.IsDir():
		return errors.New("is a directory, not a file")
	case !st.Mode().IsRegular():
		return fmt.Errorf("is not a regular file (%s): name a file", kindOf(st.Mode()))
	case st.Size() > fileio.MaxInput:
		return fmt.Errorf("is %.1f MiB; the limit is %d MiB", float64(st.Size())/(1<<20), fileio.MaxInput>>20)
	}
	return nil
}

func kindOf(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a FIFO"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0, m&fs.ModeCharDevice != 0:
		return "a device"
	}
	return m.Type().String()
}

// ConfinedReader reads, with ReadFile's limits, only files that lie inside
// root once symlinks are resolved: a shared suite can name its own files,
// not the user's (~/.ssh/id_rsa as a var would go to the model). anywhere
// (--trust-suite) lifts the confinement, not the limits.
func ConfinedReader(root string, anywhere bool) func(string) ([]byte, error) {
	return func(path string) ([]byte, error) {
		if !anywhere {
			if err := checkRegular(path); err != nil {
				return nil, err
			}
			if err := inside(root, path); err != nil {
				return nil, err
			}
		}
		return ReadFile(path)
	}
}

func inside(root, path string) error {
	r, err := filepath.EvalSymlinks(root)
	if err != nil {
		r = root
	}
	r, _ = filepath.Abs(r)
	p, err := filepath.EvalSymlinks(path)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return errors.New("no such file")
		}
		return err
	}
	p, _ = filepath.Abs(p)
	if rel, err := filepath.Rel(r, p); err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return fmt.Errorf("is outside the suite's folder %s: a suite reads only its own files (pass --trust-suite if you wrote it)", r)
	}
	return nil
}
