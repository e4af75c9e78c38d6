package main

import (
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"
)

func (a *app) keywordsCmd() *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "keywords FILE|-",
		Short: "List the technologies a text names (a job ad, a resume)",
		Long: `List the technologies in any text, with the spellings used and how often.
Words that are also ordinary English ("Go", "Spring", "React") count only where
the context makes them a technology.`,
		Example: `  bulletproof keywords examples/job.txt
  pbpaste | bulletproof keywords - --format json`,
		Args: exactArgs(1, "a text file (or - for stdin)"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkFormat(format, "text", "json"); err != nil {
				return err
			}
			_, lex, err := a.configAndLexicon(cmd)
			if err != nil {
				return err
			}
			text, err := a.readText(args[0])
			if err != nil {
				return err
			}
			kws := lex.Keywords(text)
			if format == "json" {
				return writeJSON(a, map[string]any{"keywords": kws})
			}
			if len(kws) == 0 {
				a.notice("no technologies found")
				return nil
			}
			tw := tabwriter.NewWriter(a.stdout, 0, 0, 2, ' ', 0)
			fmt.Fprintln(tw, "TERM\tCATEGORY\tCOUNT\tWRITTEN AS")
			for _, k := range kws {
				fmt.Fprintf(tw, "%s\t%s\t%d\t%s\n", k.Term, k.Category, k.Count, strings.Join(k.Mentions, ", "))
			}
			return tw.Flush()
		},
	}
	cmd.Flags().StringVarP(&format, "format", "f", "text", "output: text or json")
	return cmd
}
