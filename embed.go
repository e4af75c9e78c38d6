// Package bulletproof holds files the binary embeds from the repository
// root. The tool's code lives in cmd/bulletproof and the packages below.
package bulletproof

import _ "embed"

// ConfigExample is config.example.yaml, which `bulletproof config init`
// writes and which documents every configuration key.
//
//go:embed config.example.yaml
var ConfigExample []byte
