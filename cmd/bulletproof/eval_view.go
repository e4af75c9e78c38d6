package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os/exec"
	"path/filepath"
	"runtime"
	"time"

	"github.com/spf13/cobra"

	"github.com/bulletproof-cli/bulletproof/eval"
	"github.com/bulletproof-cli/bulletproof/internal/fileio"
	"github.com/bulletproof-cli/bulletproof/internal/usage"
)

// maxReport bounds a report read whole (the viewer, --filter-failing).
const maxReport = 512 << 20

func (a *app) evalViewCmd() *cobra.Command {
	var noOpen bool
	cmd := &cobra.Command{
		Use:   "view REPORT.json",
		Short: "Show a JSON report in the browser: the matrix, fabrication, each output beside its input",
		Long: `Serve a JSON report (bulletproof's, or promptfoo's -o results.json) as a page
on this machine only: 127.0.0.1, a random port and a random path. The address
is printed and opened in the browser when one can be started. Ctrl-C stops it.
The .html report of eval run is the same page as one file.`,
		Example: `  bulletproof eval run suite.yaml -o report.json
  bulletproof eval view report.json
  bulletproof eval view report.json --no-open`,
		Args: exactArgs(1, "a JSON report"),
		RunE: func(cmd *cobra.Command, args []string) error { return a.viewReport(cmd.Context(), args[0], noOpen) },
	}
	cmd.Flags().BoolVar(&noOpen, "no-open", false, "print the address without opening a browser")
	return cmd
}

func (a *app) viewReport(ctx context.Context, path string, noOpen bool) error {
	f, err := fileio.Open(path)
	if err != nil {
		return err
	}
	data, err := fileio.ReadAtMost(f, maxReport)
	f.Close()
	if err != nil {
		return &fileio.InputError{Path: path, Err: err}
	}
	page, err := eval.ViewPage(data, filepath.Base(path))
	if err != nil {
		return usage.Errorf("%s: %w", path, err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return fmt.Errorf("start the viewer: %w", err)
	}
	tok := make([]byte, 12)
	rand.Read(tok)
	token := hex.EncodeToString(tok)
	url := fmt.Sprintf("http://%s/%s/", ln.Addr(), token)
	srv := &http.Server{Handler: eval.ViewHandler(page, token), ReadHeaderTimeout: 10 * time.Second}
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	fmt.Fprintln(a.stdout, url)
	a.notice("serving %s on this machine only; Ctrl-C stops", path)
	if !noOpen {
		if err := openBrowser(url); err != nil {
			a.notice("open the address above in a browser (%v)", err)
		}
	}
	select {
	case <-ctx.Done():
	case err := <-done:
		return fmt.Errorf("the viewer stopped: %w", err)
	}
	shut, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	if err := srv.Shutdown(shut); err != nil && !errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	return errStopped
}

// openBrowser starts the desktop's browser on url without waiting for it.
func openBrowser(url string) error {
	var name string
	var args []string
	switch runtime.GOOS {
	case "darwin":
		name = "open"
	case "windows":
		name, args = "rundll32", []string{"url.dll,FileProtocolHandler"}
	default:
		name = "xdg-open"
	}
	if _, err := exec.LookPath(name); err != nil {
		return fmt.Errorf("no %s here", name)
	}
	c := exec.Command(name, append(args, url)...)
	if err := c.Start(); err != nil {
		return err
	}
	go c.Wait()
	return nil
}
