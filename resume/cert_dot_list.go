package resume

import (
	"strings"

	"github.com/bulletproof-cli/bulletproof/internal/lazy"
)

// certExpiresRe: the end of a certificate's validity, beside its name.
var certExpiresRe = lazy.Regexp(`(?i)^(expires|expired|expiry|valid until|gültig bis|credential id)\b`)

// certVerifyRe: a link beside a certificate to check it by ("Verify",
// "Show credential", "Xác thực chứng chỉ"), no certificate of its own.
var certVerifyRe = lazy.Regexp(`(?i)^(verify|verification|show credential|see credential|view credential|xác thực|xác minh|verifizieren|nachweis|vérifier|verificar|verifica|проверить)(\s|$)`)

// "Microsoft Certified: Azure Fundamentals (AZ-900) · Azure Data
// Fundamentals (DP-900)": certificates run together on one line, parted
// by middle dots as a profile's badges are. Each is a certificate of its
// own, read from its own words (the first keeps the issuer's label before
// it). Dots before a date ("CCNA — Cisco · 2012"), LinkedIn's "Issued
// Oct 2020 · Expires Oct 2023", or dots in a line of columns part
// nothing.

// certParts is r cut at its middle dots into certificates, or r alone.
func certParts(r rich) []rich {
	const sep = " · "
	if !strings.Contains(r.text, sep) {
		return []rich{r}
	}
	var out []rich
	from := 0
	for {
		j := strings.Index(r.text[from:], sep)
		end := len(r.text)
		if j >= 0 {
			end = from + j
		}
		p := r.slice(from, end).trim()
		t := p.text
		if dr, dated := FindDateRange(t); dated && dr.Pos == 0 || t == "" || strings.Contains(t, " | ") || certIssuedRe().MatchString(t) || certExpiresRe().MatchString(t) {
			return []rich{r}
		}
		if len(out) == 0 || !certVerifyRe().MatchString(t) {
			out = append(out, p)
		}
		if j < 0 {
			break
		}
		from = end + len(sep)
	}
	return out
}
