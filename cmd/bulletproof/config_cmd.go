package main

import (
	"fmt"
	"os"
	"path/filepath"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/bulletproof-cli/bulletproof"
	"github.com/bulletproof-cli/bulletproof/internal/config"
	"github.com/bulletproof-cli/bulletproof/internal/fileio"
	"github.com/bulletproof-cli/bulletproof/internal/usage"
)

func (a *app) configCmd() *cobra.Command {
	cmd := group(&cobra.Command{
		Use:   "config",
		Short: "Show, locate and create the configuration",
		Long: `Settings come from flags, then BULLETPROOF_* environment variables
(BULLETPROOF_REWRITE_MAX_ATTEMPTS=5), then the config file (--config, else
./bulletproof.yaml, else $XDG_CONFIG_HOME/bulletproof/config.yaml), then
defaults. config.example.yaml documents every key.`,
	})
	var format string
	show := &cobra.Command{
		Use:   "show",
		Short: "Print the effective configuration and where each value came from",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := checkFormat(format, "text", "json"); err != nil {
				return err
			}
			cfg, err := a.loadConfig(cmd)
			if err != nil {
				return err
			}
			entries := cfg.Effective()
			if format == "json" {
				return writeJSON(a, map[string]any{"file": cfg.File, "settings": entries})
			}
			file := cfg.File
			if file == "" {
				file = "(none)"
			}
			fmt.Fprintf(a.stdout, "config file: %s\n\n", file)
			tw := tabwriter.NewWriter(a.stdout, 0, 0, 2, ' ', 0)
			fmt.Fprintln(tw, "KEY\tVALUE\tFROM")
			for _, e := range entries {
				fmt.Fprintf(tw, "%s\t%v\t%s\n", e.Key, e.Value, e.Source)
			}
			if err := tw.Flush(); err != nil {
				return err
			}
			a.keyStatus(cfg)
			return nil
		},
	}
	show.Flags().StringVarP(&format, "format", "f", "text", "output: text or json")
	path := &cobra.Command{
		Use:   "path",
		Short: "Print the config file in use, or where `config init` would write one",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			p, err := config.Path(config.Options{File: a.configFile, Dir: a.workDir(), Getenv: a.getenv})
			if err != nil {
				return err
			}
			if p == "" {
				user, err := config.UserPath(a.getenv)
				if err != nil {
					return err
				}
				fmt.Fprintf(a.stdout, "%s\n", user)
				a.notice("(no config file yet: `bulletproof config init` creates it)")
				return nil
			}
			fmt.Fprintln(a.stdout, p)
			return nil
		},
	}
	var force bool
	initCmd := &cobra.Command{
		Use:   "init",
		Short: "Write the documented example configuration to the user config path (or --config)",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			p := a.configFile
			if p == "" {
				var err error
				if p, err = config.UserPath(a.getenv); err != nil {
					return err
				}
			}
			if fileio.Exists(p) && !force {
				return usage.Errorf("%s already exists: edit it, or add --force to replace it with the example", p)
			}
			if err := os.MkdirAll(filepath.Dir(p), 0o700); err != nil {
				return fmt.Errorf("create %s: %w", filepath.Dir(p), err)
			}
			if err := fileio.WriteAtomic(p, bulletproof.ConfigExample, 0o600); err != nil {
				return err
			}
			fmt.Fprintf(a.stdout, "wrote %s\n", p)
			return nil
		},
	}
	initCmd.Flags().BoolVar(&force, "force", false, "replace an existing config file")
	cmd.AddCommand(show, path, initCmd)
	return cmd
}

// keyStatus says, for each provider that names a key variable, whether it
// is set, without printing the key.
func (a *app) keyStatus(cfg *config.Config) {
	var lines []string
	for _, n := range cfg.ProviderNames() {
		p := cfg.Providers[n]
		if p.APIKeyEnv == "" {
			continue
		}
		state := "not set"
		if a.getenv(p.APIKeyEnv) != "" {
			state = "set (****)"
		}
		lines = append(lines, fmt.Sprintf("  %s: $%s %s", n, p.APIKeyEnv, state))
	}
	if len(lines) > 0 {
		fmt.Fprintln(a.stdout, "\nAPI keys (read from the environment only):")
		for _, l := range lines {
			fmt.Fprintln(a.stdout, l)
		}
	}
}
