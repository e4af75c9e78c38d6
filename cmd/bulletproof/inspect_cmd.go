package main

import (
	"github.com/spf13/cobra"
)

func (a *app) inspectCmd() *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "inspect FILE|-",
		Short: "Show what the reader saw: sections, roles, bullets, with ids and lines",
		Long: `Show how bulletproof read a resume: its format, the header, each section
with its kind and line, each role (title, company, location, dates, whether it
is current) with its bullets, then projects, education, skills and
certifications. Each rewritable item shows the id that rewrite, the report and
review use (experience.0.bullets.2) and the line it sits on, so you can tell why
an item was or was not rewritten.`,
		Example: `  bulletproof inspect examples/resume.md
  bulletproof inspect resume.json --format json`,
		Args: exactArgs(1, "a resume file (or - for stdin)"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkFormat(format, "text", "json"); err != nil {
				return err
			}
			doc, _, err := a.readResume(args[0])
			if err != nil {
				return err
			}
			v := doc.Inspect()
			if format == "json" {
				return writeJSON(a, v)
			}
			v.WriteText(a.stdout)
			return nil
		},
	}
	cmd.Flags().StringVarP(&format, "format", "f", "text", "output: text or json")
	_ = cmd.RegisterFlagCompletionFunc("format", fixedCompletion("text", "json"))
	return cmd
}
