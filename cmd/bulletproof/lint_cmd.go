package main

import (
	"github.com/spf13/cobra"

	"github.com/bulletproof-cli/bulletproof/internal/fileio"
	"github.com/bulletproof-cli/bulletproof/internal/lint"
	"github.com/bulletproof-cli/bulletproof/internal/parallel"
	"github.com/bulletproof-cli/bulletproof/resume"
)

func (a *app) lintCmd() *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "lint FILE|-",
		Short: "Check a resume against the guide's checklist (offline, milliseconds)",
		Long: `Check a resume against the guide's checklist: unquantified bullets, weak
openers, vague phrases, first person, bullet counts, tense, dates, skills no
bullet backs, header links, GPA and layout. Each finding has a stable rule id,
a line and a suggestion; the score's weights are printed with it.

Exit code: 0 with no finding at warning or above, 1 with one, 2 on input error.
Turn rules off with lint.disable in the config.`,
		Example: `  bulletproof lint examples/resume.md
  bulletproof lint resume.json --format json`,
		Args: exactArgs(1, "a resume file (or - for stdin)"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkFormat(format, "text", "json"); err != nil {
				return err
			}
			cfg, err := a.loadConfig(cmd)
			if err != nil {
				return err
			}
			data, name, err := fileio.ReadContext(cmd.Context(), args[0], a.stdin)
			if err != nil {
				return err
			}
			lex, err := a.lexiconFor(cfg)
			if err != nil {
				return err
			}
			c := cfg.Lint
			// a 5 MiB resume takes seconds to read and lint: on Ctrl-C the
			// command returns at once, and the work stops on its own
			rep, err := parallel.Await(cmd.Context(), func() (*lint.Report, error) {
				doc, rf, err := a.parseResume(cmd.Context(), name, data)
				if err != nil {
					return nil, err
				}
				// line numbers count a Word file's paragraphs, a PDF's lines
				source := string(data)
				switch rf {
				case resume.PDF:
					source = string(doc.Source()) // its lines, whichever reader read them
				case resume.Docx:
					if source, err = resume.PlainText(data); err != nil {
						return nil, &fileio.InputError{Path: name, Err: err}
					}
				}
				return lint.LintContext(cmd.Context(), doc, lint.Options{
					Disable: c.Disable, SummaryMinLines: c.SummaryMinLines, SummaryMaxLines: c.SummaryMaxLines,
					BulletsMin: c.BulletsMin, BulletsMax: c.BulletsMax, LongBulletWords: c.LongBulletWords,
					RepeatedVerb: c.RepeatedVerb, GPAMin: c.GPAMin, Lexicon: lex, Source: source, Format: rf,
				})
			})
			if err != nil {
				return err
			}
			if format == "json" {
				if err := writeJSON(a, rep); err != nil {
					return err
				}
			} else {
				lint.RenderText(a.stdout, name, rep, a.color(a.stdout))
			}
			if rep.HasWarnings() {
				return errFindings
			}
			return nil
		},
	}
	cmd.Flags().StringVarP(&format, "format", "f", "text", "output: text or json")
	return cmd
}
