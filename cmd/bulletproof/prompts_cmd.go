package main

import (
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/bulletproof-cli/bulletproof/internal/usage"
	"github.com/bulletproof-cli/bulletproof/prompts"
	"github.com/bulletproof-cli/bulletproof/rewrite"
)

func (a *app) promptsCmd() *cobra.Command {
	cmd := group(&cobra.Command{
		Use:   "prompts",
		Short: "List, show and render the prompt templates",
		Long: `The ten built-in prompts implement the guide's AI prompts. Add your own, or
override a built-in, by putting YAML templates in a folder named by prompts.dir.`,
	})
	var format string
	list := &cobra.Command{
		Use:   "list",
		Short: "List the prompts",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := checkFormat(format, "text", "json"); err != nil {
				return err
			}
			reg, err := a.loadRegistry(cmd)
			if err != nil {
				return err
			}
			if format == "json" {
				return writeJSON(a, reg.List())
			}
			tw := tabwriter.NewWriter(a.stdout, 0, 0, 2, ' ', 0)
			fmt.Fprintln(tw, "NAME\tSECTIONS\tJOB AD\tOFFLINE\tTITLE")
			for _, t := range reg.List() {
				job := ""
				if t.NeedsJob {
					job = "needed"
				}
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", t.Name, strings.Join(t.Sections, ","), job, offlineMark(t.Name), t.Title)
			}
			return tw.Flush()
		},
	}
	list.Flags().StringVarP(&format, "format", "f", "text", "output: text or json")
	show := &cobra.Command{
		Use:   "show NAME",
		Short: "Print a prompt template",
		Args:  exactArgs(1, "a prompt name"),
		RunE: func(cmd *cobra.Command, args []string) error {
			t, err := a.lookupPrompt(cmd, args[0])
			if err != nil {
				return err
			}
			fmt.Fprintf(a.stdout, "name: %s\ntitle: %s\ndescription: %s\nsections: [%s]\nunit: %s\nneeds_job: %v\ncontext: %s\norigin: %s\n\n--- system ---\n%s\n--- user ---\n%s\n",
				t.Name, t.Title, t.Description, strings.Join(t.Sections, ", "), t.Unit, t.NeedsJob, t.Context, t.Origin,
				strings.TrimSpace(t.System), strings.TrimSpace(t.User))
			return nil
		},
	}
	var job, section string
	render := &cobra.Command{
		Use:   "render NAME FILE|-",
		Short: "Print the exact messages that would be sent for each item, calling no model",
		Example: `  bulletproof prompts render tighten-bullets examples/resume.md
  bulletproof prompts render match-job-language examples/resume.md --job examples/job.txt`,
		Args: exactArgs(2, "a prompt name and a resume file"),
		RunE: func(cmd *cobra.Command, args []string) error {
			t, err := a.lookupPrompt(cmd, args[0])
			if err != nil {
				return err
			}
			if t.NeedsJob && job == "" {
				return usage.Errorf("prompt %s needs a job ad: add --job FILE", t.Name)
			}
			if section != "" && !t.AppliesTo(section) {
				return usage.Errorf("prompt %s rewrites %s, not %s", t.Name, strings.Join(t.Sections, " and "), section)
			}
			doc, _, err := a.readResume(args[1])
			if err != nil {
				return err
			}
			jobText := ""
			if job != "" {
				if jobText, err = a.readText(job); err != nil {
					return err
				}
			}
			reqs := rewrite.Requests(doc, t, rewrite.Options{Job: jobText, Section: section})
			for i, r := range reqs {
				if i > 0 {
					fmt.Fprintln(a.stdout)
				}
				fmt.Fprintf(a.stdout, "=== %s ===\n", r.Item.ID)
				for _, m := range r.Messages {
					fmt.Fprintf(a.stdout, "--- %s ---\n%s\n", m.Role, m.Content)
				}
			}
			return nil
		},
	}
	render.Flags().StringVar(&job, "job", "", "job ad file")
	render.Flags().StringVar(&section, "section", "", "only this section")
	cmd.AddCommand(list, show, render)
	return cmd
}

func offlineMark(name string) string {
	for _, n := range rewrite.OfflinePrompts {
		if n == name {
			return "yes"
		}
	}
	return "no"
}

// lookupPrompt finds a template by name; an unknown name is a usage error.
func (a *app) lookupPrompt(cmd *cobra.Command, name string) (*prompts.Template, error) {
	reg, err := a.loadRegistry(cmd)
	if err != nil {
		return nil, err
	}
	t, err := reg.Lookup(name)
	if err != nil {
		return nil, usage.Wrap(err)
	}
	return t, nil
}

// loadRegistry loads the configuration and the prompts it makes available.
func (a *app) loadRegistry(cmd *cobra.Command) (*prompts.Registry, error) {
	cfg, err := a.loadConfig(cmd)
	if err != nil {
		return nil, err
	}
	return a.registry(cfg)
}
