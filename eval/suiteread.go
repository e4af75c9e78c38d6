package eval

import (
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"strings"

	"github.com/bulletproof-cli/bulletproof/internal/fileio"
)

// A suite names other files — tests: file://cases.csv, file:// prompts and
// vars. Each is read with the limits of any input: a regular file (a
// symlink to one is fine; to a device, FIFO or socket is not, since reading
// it could block forever or never end) of at most fileio.MaxInput bytes.

// ConfinedReader reads, with fileio.ReadRegular's limits, only files that lie inside
// root once symlinks are resolved: a shared suite can name its own files,
// not the user's (~/.ssh/id_rsa as a var would go to the model). anywhere
// (--trust-suite) lifts the confinement, not the limits.
func ConfinedReader(root string, anywhere bool) func(string) ([]byte, error) {
	return func(path string) ([]byte, error) {
		if !anywhere {
			if err := fileio.CheckRegular(path); err != nil {
				return nil, err
			}
			if err := inside(root, path); err != nil {
				return nil, err
			}
		}
		return fileio.ReadRegular(path)
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
