package rewrite

import (
	"testing"

	"github.com/bulletproof-cli/bulletproof/resume"
)

// TestTense: finished work is told in the past; a current role keeps the
// tense its bullet opens with, gerunds included ("Building …" is work
// going on, not "Built").
func TestTense(t *testing.T) {
	cases := []struct {
		text string
		past bool
		want string
	}{
		{"Building a service that ranks listings", false, "present"},
		{"Lead the migration of the cache", false, "present"},
		{"Leads the migration of the cache", false, "present"},
		{"Led the migration of the cache", false, "past"},
		{"Building a service that ranks listings", true, "past"},
		{"Responsible for the cache", false, "past"},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			it := resume.Item{ID: "experience.0.bullets.0", Section: resume.SecExperience, Text: c.text, Past: c.past}
			if got := tense(it); got != c.want {
				t.Errorf("tense(%q, past=%v) = %q, want %q", c.text, c.past, got, c.want)
			}
		})
	}
}
