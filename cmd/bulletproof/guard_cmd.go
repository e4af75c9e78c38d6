package main

import (
	"errors"
	"fmt"
	"os"
	"runtime/debug"

	"github.com/spf13/cobra"

	"github.com/bulletproof-cli/bulletproof/guard"
	"github.com/bulletproof-cli/bulletproof/guard/pairs"
	"github.com/bulletproof-cli/bulletproof/internal/config"
	"github.com/bulletproof-cli/bulletproof/internal/fileio"
	"github.com/bulletproof-cli/bulletproof/internal/usage"
)

type guardFlags struct {
	source, rewrite, pairs string
	format                 string
}

func (a *app) guardCmd() *cobra.Command {
	o := &guardFlags{}
	cmd := &cobra.Command{
		Use:   "guard",
		Short: "Check a rewrite against its source: no invented metrics or tools",
		Long: `Check a rewrite you got anywhere (a chat assistant, a colleague) against the
text it came from. Every number must be supported by the source in the same
unit (40% = forty percent; 2M = 2,000,000), and every technology must be named
in the source or implied by one it names (EKS implies Kubernetes and AWS).

Exit code: 0 when accepted (or only placeholders to fill), 1 when rejected,
2 on a usage or input error.`,
		Example: `  bulletproof guard --source old.txt --rewrite new.txt
  bulletproof guard --source old.txt --rewrite new.txt --facts metrics.txt --format json
  bulletproof guard --pairs pairs.jsonl > verdicts.jsonl`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return a.runGuard(cmd, o) },
	}
	f := cmd.Flags()
	f.StringVar(&o.source, "source", "", "the original text (- for stdin)")
	f.StringVar(&o.rewrite, "rewrite", "", "the rewritten text (- for stdin)")
	config.AddFlag(f, "guard.facts", "a file of facts you vouch for (repeatable)")
	f.StringVar(&o.pairs, "pairs", "", `JSON Lines of {"id", "source", "rewrite", "facts"} to check in bulk (- for stdin)`)
	f.StringVarP(&o.format, "format", "f", "", "output: text or json (jsonl with --pairs)")
	return cmd
}

func (a *app) runGuard(cmd *cobra.Command, o *guardFlags) error {
	cfg, lex, err := a.configAndLexicon(cmd)
	if err != nil {
		return err
	}
	g := guardFor(cfg, lex)
	if o.pairs != "" {
		if o.source != "" || o.rewrite != "" {
			return usage.Errorf("--pairs checks a file of pairs: leave out --source and --rewrite")
		}
		if o.format == "" {
			o.format = "jsonl"
		}
		if err := checkFormat(o.format, "jsonl"); err != nil {
			return err
		}
		facts, err := a.readFacts(cfg.Guard.Facts)
		if err != nil {
			return err
		}
		in := a.stdin
		if o.pairs != "-" {
			f, err := fileio.Open(o.pairs)
			if err != nil {
				return err
			}
			defer f.Close()
			in = f
		}
		// a batch makes short-lived garbage at a steady rate: collecting
		// half as often is 10% faster for a few MB more (GOGC still rules)
		if os.Getenv("GOGC") == "" {
			defer debug.SetGCPercent(debug.SetGCPercent(200))
		}
		sum, err := pairs.Run(cmd.Context(), in, a.stdout, g, facts, 0)
		var le *pairs.LineError
		if errors.As(err, &le) {
			return usage.Errorf("%s: %w", o.pairs, le)
		}
		if err != nil {
			return err
		}
		if a.verbose {
			a.notice("%d pairs: %d accepted, %d rejected, %d need input", sum.Total, sum.Accepted, sum.Rejected, sum.NeedsInput)
		}
		if sum.Rejected > 0 {
			return errFindings
		}
		return nil
	}
	if o.format == "" {
		o.format = "text"
	}
	if err := checkFormat(o.format, "text", "json"); err != nil {
		return err
	}
	if o.source == "" || o.rewrite == "" {
		return usage.Errorf("give --source FILE and --rewrite FILE (or --pairs FILE.jsonl)")
	}
	if o.source == "-" && o.rewrite == "-" {
		return usage.Errorf("--source and --rewrite cannot both be stdin")
	}
	src, err := a.readText(o.source)
	if err != nil {
		return err
	}
	cand, err := a.readText(o.rewrite)
	if err != nil {
		return err
	}
	// --facts is bound to guard.facts: the config's files, or the flag's
	// when given
	facts, err := a.readFacts(cfg.Guard.Facts)
	if err != nil {
		return err
	}
	v := g.Check(src, trimNewline(cand), facts...)
	if o.format == "json" {
		if err := writeJSON(a, v); err != nil {
			return err
		}
	} else {
		fmt.Fprint(a.stdout, guard.Render(trimNewline(cand), v, a.color(a.stdout)))
	}
	if v.Decision == guard.Reject {
		return errFindings
	}
	return nil
}

func trimNewline(s string) string {
	for len(s) > 0 && (s[len(s)-1] == '\n' || s[len(s)-1] == '\r') {
		s = s[:len(s)-1]
	}
	return s
}
