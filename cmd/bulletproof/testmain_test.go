package main

import (
	"os"
	"testing"
)

// TestMain lets a test run this binary as the real command, signals and
// terminal included: with BULLETPROOF_RUN_MAIN=1 the test binary is
// bulletproof (the signal tests start it as a child, the review test
// inside tmux).
func TestMain(m *testing.M) {
	if os.Getenv("BULLETPROOF_RUN_MAIN") == "1" {
		main()
		return
	}
	os.Exit(m.Run())
}
