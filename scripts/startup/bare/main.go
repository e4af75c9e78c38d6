// Command bare is a cobra binary that does nothing: the floor that
// scripts/bench-startup.sh measures bulletproof's start-up against.
package main

import (
	"os"

	"github.com/spf13/cobra"
)

func main() {
	root := &cobra.Command{Use: "bare", SilenceUsage: true}
	root.AddCommand(&cobra.Command{Use: "guard", RunE: func(*cobra.Command, []string) error { return nil }})
	if root.Execute() != nil {
		os.Exit(1)
	}
}
