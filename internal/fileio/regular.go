package fileio

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

// ReadRegular reads a file a suite or a setting names, not the user's
// input: a regular file (a symlink to one is fine; to a device, FIFO or
// socket is not, since reading it could block forever or never end) of at
// most MaxInput bytes. Its errors say what is wrong, not which file: the
// caller names it.
func ReadRegular(path string) ([]byte, error) {
	if err := CheckRegular(path); err != nil {
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
	b, err := ReadAtMost(f, MaxInput)
	var tl *TooLargeError
	if errors.As(err, &tl) {
		return nil, fmt.Errorf("is %w", err)
	}
	return b, err
}

// CheckRegular refuses what is not a regular file of a readable size.
func CheckRegular(path string) error {
	st, err := os.Stat(path) // follows a symlink to what it names
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return errNoSuchFile
	case err != nil:
		return err
	case st.IsDir():
		return errors.New("is a directory, not a file")
	case !st.Mode().IsRegular():
		return fmt.Errorf("is not a regular file (%s): name a file", describe(st.Mode()))
	case st.Size() > MaxInput:
		return fmt.Errorf("is %.1f MiB; the limit is %d MiB", float64(st.Size())/(1<<20), MaxInput>>20)
	}
	return nil
}
