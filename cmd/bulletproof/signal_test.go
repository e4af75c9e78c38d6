//go:build unix

package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// command starts the CLI in a child process.
func command(t *testing.T, dir string, args ...string) *exec.Cmd {
	t.Helper()
	c := exec.Command(os.Args[0], args...)
	c.Dir = dir
	c.Env = append(os.Environ(), "BULLETPROOF_RUN_MAIN=1", "HOME="+dir, "XDG_CONFIG_HOME="+filepath.Join(dir, "config"),
		"XDG_CACHE_HOME="+filepath.Join(dir, "cache"), "NO_COLOR=1")
	return c
}

// longResume is a resume of n bullets: a lint of it runs for seconds.
func longResume(n int) string {
	var b strings.Builder
	b.WriteString("# Jane Doe\njane@example.com\n\n## Experience\n")
	for i := 0; i < n; i++ {
		if i%5 == 0 {
			fmt.Fprintf(&b, "\n### Backend Engineer — Company %d\nMarch 2019 – June 2020\n", i/5)
		}
		fmt.Fprintf(&b, "- Responsible for the Go billing service and Kafka consumers, item %d.\n", i)
	}
	return b.String()
}

// TestSIGTERMStopsCommands: every command ends within two seconds of
// SIGTERM with exit 130, whether it is computing (a long lint, a long
// pairs file) or waiting on input that never comes (a FIFO, stdin).
func TestSIGTERMStopsCommands(t *testing.T) {
	if testing.Short() {
		t.Skip("starts child processes")
	}
	dir := t.TempDir()
	big := filepath.Join(dir, "big.md")
	os.WriteFile(big, []byte(longResume(55000)), 0o600)
	var pairs strings.Builder
	for i := 0; pairs.Len() < 12<<20; i++ {
		b, _ := json.Marshal(map[string]string{"id": fmt.Sprint(i), "source": "Cut p95 latency from 420 ms to 180 ms on the Go billing API with Kafka.", "rewrite": "Cut latency 60% with Kafka and Redis."})
		pairs.Write(append(b, '\n'))
	}
	pairsFile := filepath.Join(dir, "pairs.jsonl")
	os.WriteFile(pairsFile, []byte(pairs.String()), 0o600)
	fifo := filepath.Join(dir, "ad.fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	resume := filepath.Join(dir, "resume.md")
	os.WriteFile(resume, []byte(longResume(10)), 0o600)
	cases := []struct {
		name  string
		args  []string
		stdin bool // an open stdin that never ends
	}{
		{"lint a 55,000-bullet resume", []string{"lint", big}, false},
		{"guard --pairs, 12 MB", []string{"guard", "--pairs", pairsFile}, false},
		{"guard --pairs, stdin never closed", []string{"guard", "--pairs", "-"}, true},
		{"lint a FIFO no one writes", []string{"lint", fifo}, false},
		{"rewrite with the ad on a FIFO", []string{"rewrite", resume, "--prompt", "match-job-language", "--job", fifo}, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cmd := command(t, dir, c.args...)
			var stderr bytes.Buffer
			cmd.Stderr, cmd.Stdout = &stderr, io.Discard
			var stdin io.WriteCloser
			if c.stdin {
				stdin, _ = cmd.StdinPipe()
				defer stdin.Close()
			}
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			done := make(chan error, 1)
			go func() { done <- cmd.Wait() }()
			select {
			case err := <-done:
				t.Fatalf("finished before the signal (%v): %s", err, stderr.String())
			case <-time.After(700 * time.Millisecond):
			}
			cmd.Process.Signal(syscall.SIGTERM)
			start := time.Now()
			select {
			case <-done:
			case <-time.After(5 * time.Second):
				cmd.Process.Kill()
				t.Fatalf("still running 5 s after SIGTERM")
			}
			if el := time.Since(start); el > 2*time.Second {
				t.Errorf("stopped %v after SIGTERM", el)
			}
			if code := cmd.ProcessState.ExitCode(); code != exitInterrupted || !strings.Contains(stderr.String(), "interrupted") {
				t.Errorf("exit %d: %s", code, stderr.String())
			}
		})
	}
}
