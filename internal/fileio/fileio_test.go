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
		t.Run(filepath.Base(c.path), func(t *testing.T) {
			_, _, err := Read(c.path, nil)
			var ie *InputError
			if err == nil || !strings.Contains(err.Error(), c.want) || !errors.As(err, &ie) {
				t.Errorf("%s: got %v, want %q", c.path, err, c.want)
			}
		})
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

func TestUTF16(t *testing.T) {
	le := []byte{0xff, 0xfe, 'H', 0, 'i', 0, '\n', 0}
	noBOM := []byte("#\x00 \x00J\x00a\x00n\x00e\x00\n\x00")
	be := []byte("\x00#\x00 \x00J\x00a\x00n\x00e")
	for _, b := range [][]byte{le, noBOM, be} {
		if !UTF16(b) {
			t.Errorf("%q not seen as UTF-16", b)
		}
	}
	elf, _ := os.ReadFile("/proc/self/exe")
	for _, b := range [][]byte{[]byte("# Jane Doe\n- Built it."), []byte("中文 résumé"), elf[:min(len(elf), 4096)], {0, 0, 0, 0}} {
		if UTF16(b) {
			t.Errorf("%.20q seen as UTF-16", b)
		}
	}
	dir := t.TempDir()
	p := filepath.Join(dir, "r.md")
	os.WriteFile(p, le, 0o600)
	_, _, err := Read(p, nil)
	if !errors.Is(err, ErrUTF16) || !strings.Contains(err.Error(), "save it as UTF-8") {
		t.Errorf("%v", err)
	}
}

func TestSameFile(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "resume.md")
	os.WriteFile(in, []byte("x"), 0o600)
	link := filepath.Join(dir, "out.md")
	os.Symlink(in, link)
	hard := filepath.Join(dir, "hard.md")
	os.Link(in, hard)
	if !SameFile(in, link) || !SameFile(in, hard) || SameFile(in, filepath.Join(dir, "other.md")) {
		t.Error("SameFile")
	}
}

// TestStaleTempRemoved: the temporary file of a write killed before its
// rename is removed by the next write; a live writer's is left alone.
func TestStaleTempRemoved(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "resume.md")
	dead := filepath.Join(dir, tempPrefix("resume.md", 999999999)+"123.tmp")
	live := filepath.Join(dir, tempPrefix("resume.md", os.Getppid())+"456.tmp")
	other := filepath.Join(dir, tempPrefix("other.md", 999999999)+"789.tmp")
	for _, f := range []string{dead, live, other} {
		os.WriteFile(f, []byte("half"), 0o600)
	}
	if err := WriteAtomic(p, []byte("whole"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(dead); err == nil {
		t.Error("a dead writer's temp file lingers")
	}
	for _, f := range []string{live, other} {
		if _, err := os.Stat(f); err != nil {
			t.Errorf("%s removed", filepath.Base(f))
		}
	}
}
