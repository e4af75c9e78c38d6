package main

import (
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/bulletproof-cli/bulletproof/internal/lexicon"
)

// Keyword is one technology found in a text.
type Keyword struct {
	Term     string   `json:"term"`
	Category string   `json:"category"`
	Mentions []string `json:"mentions"`
	Count    int      `json:"count"`
}

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
			kws := keywords(lex, text)
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

// keywords groups a text's mentions by technology, most frequent first,
// then in order of first appearance.
func keywords(lex *lexicon.Lexicon, text string) []Keyword {
	out := []Keyword{}
	idx := map[*lexicon.Entry]int{}
	for _, m := range lex.Find(text) {
		i, ok := idx[m.Entry]
		if !ok {
			i = len(out)
			idx[m.Entry] = i
			out = append(out, Keyword{Term: m.Entry.Name, Category: m.Entry.Category, Mentions: []string{}})
		}
		out[i].Count++
		seen := false
		for _, s := range out[i].Mentions {
			if s == m.Text {
				seen = true
			}
		}
		if !seen {
			out[i].Mentions = append(out[i].Mentions, m.Text)
		}
	}
	// stable: by count, ties in order of appearance
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].Count > out[j-1].Count; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}
