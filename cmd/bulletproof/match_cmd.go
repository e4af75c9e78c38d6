package main

import (
	"errors"

	"github.com/spf13/cobra"

	"github.com/bulletproof-cli/bulletproof/internal/fileio"
	"github.com/bulletproof-cli/bulletproof/internal/jobad"
	"github.com/bulletproof-cli/bulletproof/internal/lexicon"
	"github.com/bulletproof-cli/bulletproof/internal/match"
	"github.com/bulletproof-cli/bulletproof/internal/usage"
)

// readAd reads and parses a job ad, printing its notices on stderr.
func (a *app) readAd(path string, lex *lexicon.Lexicon) (*jobad.Ad, error) {
	text, err := a.readText(path)
	if err != nil {
		return nil, err
	}
	ad, err := jobad.Parse(text, lex)
	if errors.Is(err, jobad.ErrEmpty) {
		return nil, &fileio.InputError{Path: path, Err: err}
	}
	if err != nil {
		return nil, err
	}
	for _, n := range ad.Notices {
		a.notice("note: %s", n)
	}
	return ad, nil
}

func (a *app) matchCmd() *cobra.Command {
	var job, format string
	cmd := &cobra.Command{
		Use:   "match RESUME --job AD",
		Short: "Show which of a job ad's technologies your resume can honestly claim",
		Long: `Compare a resume with a pasted job ad: the technologies you can claim and the
bullets that prove them, those only implied (AWS via Redshift), those you list
but no bullet shows, those the ad asks for that you do not show, and the ad's
spellings to mirror. It never tells you to add a skill you do not have.

coverage = the weighted share of the ad's technologies your resume shows:
required ones weigh 2, nice-to-haves 1; shown or implied counts fully,
listed-only counts half.`,
		Example: `  bulletproof match examples/resume.md --job examples/job.txt
  pbpaste | bulletproof match resume.md --job - --format json`,
		Args: exactArgs(1, "a resume file"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkFormat(format, "text", "json"); err != nil {
				return err
			}
			if job == "" {
				return usage.Errorf("match needs the job ad: add --job FILE (or --job - to paste it on stdin)")
			}
			if job == "-" && args[0] == "-" {
				return usage.Errorf("the resume and the job ad cannot both come from stdin")
			}
			_, lex, err := a.configAndLexicon(cmd)
			if err != nil {
				return err
			}
			doc, _, err := a.readResume(args[0])
			if err != nil {
				return err
			}
			ad, err := a.readAd(job, lex)
			if err != nil {
				return err
			}
			rep := match.Compare(doc, ad, lex)
			if format == "json" {
				return writeJSON(a, rep)
			}
			match.RenderText(a.stdout, rep, a.color(a.stdout))
			return nil
		},
	}
	cmd.Flags().StringVar(&job, "job", "", "the job ad (a text file, or - for stdin)")
	cmd.Flags().StringVarP(&format, "format", "f", "text", "output: text or json")
	return cmd
}
