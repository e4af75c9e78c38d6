package fileio

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRead(t *testing.T) {
	dir := t.TempDir()
	ok := filepath.Join(dir, "r.md")
	os.WriteFile(ok, []byte("# Me"), 0o600)
	big := filepath.Join(dir, "big.txt")
	os.WriteFile(big, bytes.Repeat([]byte("a"), MaxInput+1), 0o600)
	cases := []struct {
		path, want string
	}{
		{filepath.Join(dir, "missing.md"), "no such file"},
		{dir, "is a directory"},
		{big, "the limit is 5 MiB"},
	}
	for _, c := range cases {
		_, _, err := Read(c.path, nil)
		var ie *InputError
		if err == nil || !strings.Contains(err.Error(), c.want) || !errors.As(err, &ie) {
			t.Errorf("%s: got %v, want %q", c.path, err, c.want)
		}
	}
	b, name, err := Read(ok, nil)
	if err != nil || string(b) != "# Me" || name != ok {
		t.Errorf("%q %q %v", b, name, err)
	}
	b, name, err = Read("-", strings.NewReader("stdin text"))
	if err != nil || string(b) != "stdin text" || name != "stdin" {
		t.Errorf("%q %q %v", b, name, err)
	}
	if _, _, err := Read("-", bytes.NewReader(bytes.Repeat([]byte("a"), MaxInput+1))); err == nil {
		t.Error("oversized stdin accepted")
	}
}

func TestWriteAtomic(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "out.md")
	if err := WriteAtomic(p, []byte("one"), 0o644); err != nil {
		t.Fatal(err)
	}
	os.Chmod(p, 0o600)
	if err := WriteAtomic(p, []byte("two"), 0o644); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(p)
	st, _ := os.Stat(p)
	if string(b) != "two" || st.Mode().Perm() != 0o600 {
		t.Errorf("%q %v", b, st.Mode())
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("temp files left: %v", entries)
	}
	if err := WriteAtomic(filepath.Join(dir, "nope", "x"), []byte("x"), 0o644); err == nil {
		t.Error("write into a missing folder succeeded")
	}
}
