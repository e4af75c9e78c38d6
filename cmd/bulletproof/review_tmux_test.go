package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// tmuxSession is a command running in a detached tmux pane of 80x24.
type tmuxSession struct {
	t            *testing.T
	socket, name string
}

func (s tmuxSession) tmux(args ...string) (string, error) {
	out, err := exec.Command("tmux", append([]string{"-L", s.socket}, args...)...).CombinedOutput()
	return string(out), err
}

func (s tmuxSession) keys(keys ...string) {
	s.t.Helper()
	if out, err := s.tmux(append([]string{"send-keys", "-t", s.name}, keys...)...); err != nil {
		s.t.Fatalf("send-keys %q: %v %s", keys, err, out)
	}
}

// screen is the pane as text; with escapes, its colors too.
func (s tmuxSession) screen(escapes bool) string {
	args := []string{"capture-pane", "-p", "-t", s.name}
	if escapes {
		args = append(args, "-e", "-N")
	}
	out, _ := s.tmux(args...)
	return out
}

func (s tmuxSession) waitFor(text string) {
	s.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if strings.Contains(s.screen(false), text) {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	s.t.Fatalf("the pane never showed %q:\n%s", text, s.screen(false))
}

// TestReviewInTerminal runs the full-screen review in a real pseudo-terminal
// (tmux, 80x24) against the fake model server: accept, skip, a refused
// placeholder filled by editing, asking again with a note, accept. Set
// BULLETPROOF_SCREENSHOT=FILE to keep the pane (with colors) as it looks
// when the placeholder is refused (the README's screenshot).
func TestReviewInTerminal(t *testing.T) {
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not installed")
	}
	if testing.Short() {
		t.Skip("starts a terminal")
	}
	shot := os.Getenv("BULLETPROOF_SCREENSHOT") // isolate clears BULLETPROOF_*
	dir := isolate(t)
	t.Parallel()
	s := reviewServer(t, dir)
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	src, _ := os.ReadFile(repo(t, "cmd/bulletproof/"+fourBullets))
	os.WriteFile(filepath.Join(dir, "resume.md"), src, 0o644)
	script := fmt.Sprintf("BULLETPROOF_RUN_MAIN=1 HOME=%q XDG_CONFIG_HOME=%q XDG_CACHE_HOME=%q %q rewrite resume.md --prompt tighten-bullets --review --output out.md 2>stderr.txt; echo $? > status.txt; sleep 30",
		dir, filepath.Join(dir, "config"), filepath.Join(dir, "cache"), self)
	ts := tmuxSession{t: t, socket: fmt.Sprintf("bulletproof-test-%d", os.Getpid()), name: "review"}
	if out, err := ts.tmux("-f", "/dev/null", "new-session", "-d", "-x", "80", "-y", "24", "-s", ts.name, "-c", dir,
		"env", "-u", "NO_COLOR", "TERM=xterm-256color", "sh", "-c", script); err != nil {
		t.Fatalf("tmux: %v %s", err, out)
	}
	t.Cleanup(func() { ts.tmux("kill-server") })

	ts.waitFor("1 of 4")
	ts.keys("a")
	ts.waitFor("2 of 4")
	ts.keys("s")
	ts.waitFor("fill in [X%]")
	ts.keys("a")
	ts.waitFor("fill [X%] first")
	if shot != "" {
		os.WriteFile(shot, []byte(ts.screen(true)), 0o644)
	}
	ts.keys("e")
	ts.waitFor("Your text")
	ts.keys("C-u")
	ts.keys("-l", "Made checkout faster by caching catalog lookups.")
	ts.keys("Enter")
	ts.waitFor("4 of 4")
	ts.keys("r")
	ts.waitFor("note:")
	ts.keys("-l", "keep the 'in Go'")
	ts.keys("Enter")
	ts.waitFor("end to end")
	pane := ts.screen(false)
	lines := strings.Split(strings.TrimRight(pane, "\n"), "\n")
	if len(lines) > 24 {
		t.Errorf("%d lines in a 24-line terminal", len(lines))
	}
	for _, want := range []string{"Original", "Rewrite", "Guard", "a accept", "2 to write", "candidate 2"} {
		if !strings.Contains(pane, want) {
			t.Errorf("the pane lacks %q:\n%s", want, pane)
		}
	}
	ts.keys("A") // accept the rest: shift works in a real terminal
	deadline := time.Now().Add(10 * time.Second)
	var status []byte
	for time.Now().Before(deadline) {
		if status, _ = os.ReadFile(filepath.Join(dir, "status.txt")); len(status) > 0 {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	stderr, _ := os.ReadFile(filepath.Join(dir, "stderr.txt"))
	if strings.TrimSpace(string(status)) != "0" {
		t.Fatalf("exit %q\n%s\n%s", status, stderr, ts.screen(false))
	}
	sameBytes(t, filepath.Join(dir, "out.md"), repo(t, "cmd/bulletproof/"+fourBulletsReviewed))
	if n := len(s.Calls()); n != 5 {
		t.Errorf("%d requests, want 4 and one more", n)
	}
}
