// Command pfcompat runs the side-by-side check of bulletproof against
// promptfoo (see README.md here):
//
//	pfcompat serve -rules DIR/replies.yaml [-addr 127.0.0.1:8787]
//	    serves the fake OpenAI-compatible API (internal/fakeopenai)
//	pfcompat record promptfoo-output.json DIR > DIR/promptfoo-verdicts.json
//	    keeps, from promptfoo's JSON output, each cell's verdict (paths
//	    under DIR made relative)
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/bulletproof-cli/bulletproof/internal/fakeopenai"
)

func main() {
	if len(os.Args) < 2 {
		log.Fatal("usage: pfcompat serve -rules FILE | pfcompat record OUTPUT.json")
	}
	switch os.Args[1] {
	case "serve":
		serve(os.Args[2:])
	case "record":
		if len(os.Args) != 3 && len(os.Args) != 4 {
			log.Fatal("usage: pfcompat record OUTPUT.json [SUITE_DIR]")
		}
		dir := ""
		if len(os.Args) == 4 {
			dir = os.Args[3]
		}
		record(os.Args[2], dir)
	default:
		log.Fatalf("unknown command %q", os.Args[1])
	}
}

func serve(args []string) {
	fs := flag.NewFlagSet("serve", flag.ExitOnError)
	rules := fs.String("rules", "", "YAML file of {when, reply} rules")
	addr := fs.String("addr", "127.0.0.1:8787", "address to listen on (loopback)")
	fs.Parse(args)
	var rs fakeopenai.Rules
	if *rules != "" {
		b, err := os.ReadFile(*rules)
		if err != nil {
			log.Fatal(err)
		}
		if rs, err = fakeopenai.Load(b); err != nil {
			log.Fatalf("%s: %v", *rules, err)
		}
	}
	fmt.Fprintf(os.Stderr, "fake OpenAI API on http://%s/v1 (%d rules)\n", *addr, len(rs))
	log.Fatal(http.ListenAndServe(*addr, &fakeopenai.Server{Rules: rs}))
}

// Verdict is one cell as promptfoo judged it.
type Verdict struct {
	Prompt      int            `json:"prompt"`
	PromptLabel string         `json:"prompt_label"`
	Provider    string         `json:"provider"`
	Description string         `json:"description,omitempty"`
	Vars        map[string]any `json:"vars"`
	Verdict     string         `json:"verdict"` // pass, fail or error
	Score       float64        `json:"score"`
	Assertions  []bool         `json:"assertions,omitempty"`
	Output      any            `json:"output"`
}

func record(path, dir string) {
	b, err := os.ReadFile(path)
	if err != nil {
		log.Fatal(err)
	}
	var out struct {
		Results struct {
			Version int `json:"version"`
			Results []struct {
				PromptIdx int `json:"promptIdx"`
				TestIdx   int `json:"testIdx"`
				Prompt    struct {
					Label string `json:"label"`
				} `json:"prompt"`
				Provider struct {
					ID string `json:"id"`
				} `json:"provider"`
				Success       bool    `json:"success"`
				Score         float64 `json:"score"`
				FailureReason int     `json:"failureReason"`
				TestCase      struct {
					Description string         `json:"description"`
					Vars        map[string]any `json:"vars"`
				} `json:"testCase"`
				Response *struct {
					Output any `json:"output"`
				} `json:"response"`
				GradingResult *struct {
					ComponentResults []struct {
						Pass bool `json:"pass"`
					} `json:"componentResults"`
				} `json:"gradingResult"`
			} `json:"results"`
		} `json:"results"`
	}
	if err := json.Unmarshal(b, &out); err != nil {
		log.Fatal(err)
	}
	rs := out.Results.Results
	sort.SliceStable(rs, func(i, j int) bool {
		if rs[i].TestIdx != rs[j].TestIdx {
			return rs[i].TestIdx < rs[j].TestIdx
		}
		return rs[i].PromptIdx < rs[j].PromptIdx
	})
	var vs []Verdict
	for _, r := range rs {
		label := r.Prompt.Label
		if dir != "" {
			if abs, err := filepath.Abs(dir); err == nil {
				label = strings.ReplaceAll(label, abs+string(filepath.Separator), "")
			}
		}
		v := Verdict{Prompt: r.PromptIdx, PromptLabel: label, Provider: r.Provider.ID, Description: r.TestCase.Description, Vars: r.TestCase.Vars, Score: r.Score}
		switch {
		case r.Success:
			v.Verdict = "pass"
		case r.FailureReason == 2:
			v.Verdict = "error"
		default:
			v.Verdict = "fail"
		}
		if r.Response != nil {
			v.Output = r.Response.Output
		}
		if r.GradingResult != nil {
			for _, c := range r.GradingResult.ComponentResults {
				v.Assertions = append(v.Assertions, c.Pass)
			}
		}
		vs = append(vs, v)
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(map[string]any{"promptfoo": "0.123.1", "cells": vs}); err != nil {
		log.Fatal(err)
	}
}
