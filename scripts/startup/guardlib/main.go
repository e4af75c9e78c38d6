// Command guardlib is a cobra binary that checks one pair with the guard
// library and links nothing else of bulletproof: what the guard costs at
// start-up on its own (scripts/bench-startup.sh).
package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/bulletproof-cli/bulletproof/guard"
)

func main() {
	root := &cobra.Command{Use: "guardlib", SilenceUsage: true}
	root.AddCommand(&cobra.Command{Use: "guard SOURCE REWRITE", Args: cobra.ExactArgs(2), RunE: func(_ *cobra.Command, args []string) error {
		src, err := os.ReadFile(args[0])
		if err != nil {
			return err
		}
		rw, err := os.ReadFile(args[1])
		if err != nil {
			return err
		}
		g, err := guard.New(guard.Options{})
		if err != nil {
			return err
		}
		fmt.Println(g.Check(string(src), string(rw)).Decision)
		return nil
	}})
	if root.Execute() != nil {
		os.Exit(1)
	}
}
