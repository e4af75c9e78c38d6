package main

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"sync"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/bulletproof-cli/bulletproof/internal/config"
	"github.com/bulletproof-cli/bulletproof/internal/parallel"
	"github.com/bulletproof-cli/bulletproof/internal/safetext"
	"github.com/bulletproof-cli/bulletproof/llm"
)

func (a *app) providersCmd() *cobra.Command {
	var check bool
	cmd := &cobra.Command{
		Use:   "providers [NAME...]",
		Short: "List the configured model providers and check that each answers",
		Long: `List the provider entries (built in, and from your config) and check each with
a cheap call that lists its models: one OK or failed line each, with the
reason. No resume text is sent. Exit code 1 when the provider in use fails.`,
		Example: `  bulletproof providers
  bulletproof providers ollama lmstudio`,
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := a.loadConfig(cmd)
			if err != nil {
				return err
			}
			names := args
			if len(names) == 0 {
				names = cfg.ProviderNames()
			}
			type row struct{ name, typ, model, endpoint, status string }
			rows := make([]row, len(names))
			failedActive := false
			var mu sync.Mutex
			parallel.Each(cmd.Context(), len(names), maxProviderChecks, func(i int) {
				n := names[i]
				r := row{name: n}
				if cfg.IsOffline(n) {
					r.typ, r.status = "offline", "OK (built in, sends nothing)"
					rows[i] = r
					return
				}
				lc, err := a.providerConfig(cfg, n)
				if err != nil {
					r.status = "failed: " + err.Error()
					rows[i] = r
					return
				}
				r.typ, r.model = lc.Type, lc.Model
				lc.Timeout = min(lc.Timeout, 10*time.Second)
				lc.MaxRetries = 0
				prov, err := llm.New(lc)
				switch {
				case err != nil:
					r.status = "failed: " + err.Error()
				case !check:
					r.endpoint, r.status = config.RedactURL(prov.Endpoint()), "not checked"
				default:
					r.endpoint = config.RedactURL(prov.Endpoint())
					ctx, cancel := context.WithTimeout(cmd.Context(), 15*time.Second)
					models, err := prov.Models(ctx)
					cancel()
					switch {
					case llm.IsKind(err, llm.KindUnsupported):
						r.status = "configured (not checked: needs the AWS CLI)"
					case err != nil:
						r.status = "failed: " + err.Error()
					case lc.Model != "" && len(models) > 0 && !hasModel(models, lc.Model):
						r.status = fmt.Sprintf("OK, but model %q is not among its %d models", lc.Model, len(models))
					default:
						r.status = fmt.Sprintf("OK (%d models)", len(models))
					}
				}
				if strings.HasPrefix(r.status, "failed") && strings.SplitN(cfg.Provider, ":", 2)[0] == n {
					mu.Lock()
					failedActive = true
					mu.Unlock()
				}
				r.status = safetext.Terminal(oneLine(r.status)) // a server's message may hold escapes
				rows[i] = r
			})
			sort.SliceStable(rows, func(i, j int) bool { return rows[i].name < rows[j].name })
			tw := tabwriter.NewWriter(a.stdout, 0, 0, 2, ' ', 0)
			fmt.Fprintln(tw, "PROVIDER\tTYPE\tMODEL\tENDPOINT\tSTATUS")
			for _, r := range rows {
				active := ""
				if strings.SplitN(cfg.Provider, ":", 2)[0] == r.name {
					active = " *"
				}
				fmt.Fprintf(tw, "%s%s\t%s\t%s\t%s\t%s\n", r.name, active, r.typ, r.model, r.endpoint, r.status)
			}
			if err := tw.Flush(); err != nil {
				return err
			}
			a.notice("* is the provider in use (set provider, or --provider)")
			if failedActive {
				return errFindings
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&check, "check", true, "call each provider to check it answers")
	return cmd
}

// maxProviderChecks bounds the providers checked at once.
const maxProviderChecks = 8

func hasModel(models []string, m string) bool {
	for _, x := range models {
		if x == m || strings.TrimPrefix(x, "models/") == m || strings.HasPrefix(x, m+":") {
			return true
		}
	}
	return false
}
