package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"
	"sync"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/bulletproof-cli/bulletproof/internal/config"
	"github.com/bulletproof-cli/bulletproof/internal/safetext"
	"github.com/bulletproof-cli/bulletproof/internal/usage"
)

// Set at build time: go build -ldflags "-X main.version=1.2.0 -X main.commit=abc123".
var (
	version = ""
	commit  = ""
)

// Exit codes.
const (
	exitOK       = 0
	exitFindings = 1 // findings, rejections, runtime failures
	exitUsage    = 2 // usage or input errors
	// exitInterrupted is the shell's code for a command ended by SIGINT
	// (128 + 2); SIGTERM ends the same way.
	exitInterrupted = 130
)

// exitError carries an exit code; a nil err prints nothing.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string {
	if e.err == nil {
		return fmt.Sprintf("exit %d", e.code)
	}
	return e.err.Error()
}

func (e *exitError) Unwrap() error { return e.err }

// errStopped ends a command whose normal end is Ctrl-C (a server, a
// watch): exit 0, not the interrupted 130.
var errStopped = &exitError{code: exitOK}

// errFindings ends a command with exit 1 and no further message.
var errFindings = &exitError{code: exitFindings}

// app holds what commands share: streams, the terminal, configuration, and
// the dependencies tests replace.
type app struct {
	ctx            context.Context // cancelled on Ctrl-C or SIGTERM
	stdin          io.Reader
	stdout, stderr io.Writer
	configFile     string
	verbose        bool
	colorMode      colorMode // --color
	cfg            *config.Config
	deps           deps
	jobs           int        // requests a command runs at once: sizes connection pools
	noticeMu       sync.Mutex // notices come from concurrent requests (--verbose)
}

// run executes the CLI in-process and returns the exit code.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return runWith(ctx, args, stdin, stdout, stderr, defaultDeps())
}

func runWith(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer, d deps) int {
	if d.getenv == nil {
		d.getenv = os.Getenv
	}
	if d.setenv == nil {
		d.setenv = os.Setenv
	}
	a := &app{ctx: ctx, stdin: stdin, stdout: stdout, stderr: stderr, deps: d}
	root := a.rootCmd()
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.ExecuteContext(ctx)
	if errors.Is(err, errStopped) {
		return exitOK
	}
	if ctx.Err() != nil {
		// interrupted: what was finished is written; say so, and exit as
		// the shell expects of a command stopped by a signal
		msg := "interrupted"
		if err != nil && !errors.Is(err, context.Canceled) && !errors.Is(err, context.DeadlineExceeded) && err.Error() != "" {
			var ee *exitError
			if !errors.As(err, &ee) || ee.err != nil {
				msg = oneLine(err.Error())
			}
		}
		if !strings.HasPrefix(msg, "interrupted") {
			msg = "interrupted: " + msg
		}
		fmt.Fprintf(stderr, "bulletproof: %s\n", safetext.Terminal(msg))
		return exitInterrupted
	}
	if err == nil {
		return exitOK
	}
	if strings.HasPrefix(err.Error(), "unknown command") || strings.HasPrefix(err.Error(), "unknown flag") {
		err = usage.Wrap(err) // cobra's own, before any flag is parsed
	}
	code := exitCode(err)
	var ee *exitError
	if !errors.As(err, &ee) || ee.err != nil {
		// an error may quote a server or a file: no escape reaches the terminal
		fmt.Fprintf(stderr, "bulletproof: %s\n", safetext.Terminal(oneLine(err.Error())))
	}
	return code
}

// exitCode is the code an error ends a command with: its own, 2 for an
// error the user fixes (usage.Is), else 1.
func exitCode(err error) int {
	var ee *exitError
	switch {
	case errors.As(err, &ee):
		return ee.code
	case usage.Is(err):
		return exitUsage
	}
	return exitFindings
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func (a *app) rootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:   "bulletproof",
		Short: "Rewrite resume bullets with a language model, and prove every rewrite",
		Long: `bulletproof rewrites resume bullets and summaries with a language model, then
checks every rewrite against your own words: a rewrite that invents a metric or
a tool is rejected, sent back with the reasons, and never reaches you as fact.

With no model configured it runs offline, sends nothing anywhere, and still
tightens weak bullets by rule.`,
		Example: `  bulletproof rewrite resume.md --prompt tighten-bullets
  bulletproof lint resume.md
  bulletproof match resume.md --job ad.txt
  bulletproof guard --source old.txt --rewrite new.txt`,
		Version:       versionString(),
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetVersionTemplate("bulletproof {{.Version}}\n")
	root.PersistentFlags().StringVar(&a.configFile, "config", "", "config file (default ./bulletproof.yaml, then $XDG_CONFIG_HOME/bulletproof/config.yaml)")
	root.PersistentFlags().BoolVarP(&a.verbose, "verbose", "v", false, "explain what is happening on stderr")
	a.colorMode = colorAuto
	root.PersistentFlags().Var(&a.colorMode, "color", "color the output: auto (on a terminal, unless NO_COLOR is set or TERM=dumb), always or never")
	_ = root.RegisterFlagCompletionFunc("color", fixedCompletion(string(colorAuto), string(colorAlways), string(colorNever)))
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return usage.Errorf("%w (see `%s --help`)", err, c.CommandPath())
	})
	root.AddCommand(
		a.rewriteCmd(),
		a.guardCmd(),
		a.keywordsCmd(),
		a.lintCmd(),
		a.inspectCmd(),
		a.matchCmd(),
		a.tailorCmd(),
		a.promptsCmd(),
		a.providersCmd(),
		a.evalCmd(),
		a.configCmd(),
		a.versionCmd(),
	)
	return root
}

// versionString is "1.2.0 (commit abc123)"; builds without ldflags read the
// module version and VCS revision Go recorded.
func versionString() string {
	v, c := version, commit
	if info, ok := debug.ReadBuildInfo(); ok {
		if v == "" && info.Main.Version != "" && info.Main.Version != "(devel)" {
			v = info.Main.Version
		}
		for _, s := range info.Settings {
			if s.Key == "vcs.revision" && c == "" {
				c = s.Value
				if len(c) > 12 {
					c = c[:12]
				}
			}
		}
	}
	if v == "" {
		v = "dev"
	}
	if c == "" {
		c = "unknown"
	}
	return v + " (commit " + c + ")"
}

func (a *app) versionCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version and commit",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			fmt.Fprintf(a.stdout, "bulletproof %s\n", versionString())
			return nil
		},
	}
}

// notice writes a line to stderr.
func (a *app) notice(format string, args ...any) {
	a.noticeMu.Lock()
	defer a.noticeMu.Unlock()
	fmt.Fprintln(a.stderr, safetext.Terminal(fmt.Sprintf(format, args...)))
}

// colorMode is --color: auto, always or never.
type colorMode string

const (
	colorAuto   colorMode = "auto"
	colorAlways colorMode = "always"
	colorNever  colorMode = "never"
)

func (m *colorMode) String() string { return string(*m) }
func (m *colorMode) Type() string   { return "when" }

func (m *colorMode) Set(s string) error {
	switch v := colorMode(s); v {
	case colorAuto, colorAlways, colorNever:
		*m = v
		return nil
	}
	return fmt.Errorf("%q: use auto, always or never", s)
}

// color reports whether output to w is colored: --color=always and never
// decide; auto colors a terminal, unless NO_COLOR is set or TERM is dumb.
func (a *app) color(w io.Writer) bool {
	switch a.colorMode {
	case colorAlways:
		return true
	case colorNever:
		return false
	}
	if a.getenv("NO_COLOR") != "" || a.getenv("TERM") == "dumb" {
		return false
	}
	return isTerminal(w)
}

// isTerminal reports whether a stream (stdin, stdout, stderr) is a
// terminal.
func isTerminal(stream any) bool {
	f, ok := stream.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// group makes a command that only holds subcommands reject an unknown one
// (exit 2, with a suggestion) instead of printing help and succeeding.
func group(cmd *cobra.Command) *cobra.Command {
	cmd.Args = func(c *cobra.Command, args []string) error {
		if len(args) == 0 {
			return nil
		}
		msg := fmt.Sprintf("unknown command %q for %q", args[0], c.CommandPath())
		c.SuggestionsMinimumDistance = 2
		if s := c.SuggestionsFor(args[0]); len(s) > 0 {
			msg += fmt.Sprintf(": did you mean %q?", s[0])
		}
		return usage.Errorf("%s (see `%s --help`)", msg, c.CommandPath())
	}
	cmd.RunE = func(c *cobra.Command, _ []string) error { return c.Help() }
	return cmd
}

// noArgs and exactArgs return usage errors (exit 2).
func noArgs(cmd *cobra.Command, args []string) error {
	if len(args) > 0 {
		// The first example shows the flags the user meant to type.
		if ex, _, _ := strings.Cut(strings.TrimSpace(cmd.Example), "\n"); ex != "" {
			return usage.Errorf("%s takes no arguments, got %q; try: %s", cmd.Name(), args[0], ex)
		}
		return usage.Errorf("%s takes no arguments, got %q (see `%s --help`)", cmd.Name(), args[0], cmd.CommandPath())
	}
	return nil
}

func exactArgs(n int, what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) != n {
			return usage.Errorf("%s needs %s (see `%s --help`)", cmd.Name(), what, cmd.CommandPath())
		}
		return nil
	}
}

// checkFormat validates --format against the formats a command offers.
func checkFormat(format string, allowed ...string) error {
	for _, f := range allowed {
		if f == format {
			return nil
		}
	}
	return usage.Errorf("unknown --format %q: use %s", format, strings.Join(allowed, ", "))
}
