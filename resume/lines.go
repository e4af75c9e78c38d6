package resume

import (
	"github.com/bulletproof-cli/bulletproof/internal/lazy"
	"strings"
)

var (
	bulletRe     = lazy.Regexp(`^\s*([-*•+·▪‣◦–]|\d+[.)])\s+`)
	itemSepRe    = lazy.Regexp(`\s*[,;·|•]\s*`)
	contactSepRe = lazy.Regexp(`\s+[|·•]\s+|\s{2,}|\s+[|·•]|[|·•]\s+`)
)

// stripBullet removes a leading list marker.
func stripBullet(l string) string { return bulletRe().ReplaceAllString(l, "") }

// splitItems splits "Go, Python · Rust" into items.
func splitItems(s string) []string {
	var out []string
	for _, p := range itemSepRe().Split(s, -1) {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// parseSkillLine reads "Languages: Go, Python" or "Go, Python".
func parseSkillLine(l string, g SkillGroup) SkillGroup {
	l = strings.TrimSpace(stripBullet(l))
	l = strings.ReplaceAll(l, "**", "")
	if name, rest, ok := strings.Cut(l, ":"); ok && !strings.Contains(name, ",") && len(name) < 40 {
		g.Name = strings.TrimSpace(name)
		g.Items = splitItems(rest)
		return g
	}
	g.Name = ""
	g.Items = splitItems(l)
	return g
}

var (
	mdLinkRe = lazy.Regexp(`^\[([^\]]+)\]\(([^)]+)\)`)
)

// parseCertLine reads "Name — Issuer, 2023", "[Name](url) — Issuer, 2023" or
// "Name, Issuer (2023)".
func parseCertLine(l string) Certification {
	l = strings.TrimSpace(stripBullet(l))
	var c Certification
	if m := mdLinkRe().FindStringSubmatch(l); m != nil {
		c.Name, c.URL = m[1], m[2]
		l = strings.TrimSpace(l[len(m[0]):])
		l = strings.TrimLeft(l, "—–-|, ")
	} else {
		name, rest := splitFirst(l, " — ", " – ", " | ", " - ")
		c.Name = name
		l = rest
	}
	if open := strings.LastIndex(l, " (http"); open >= 0 && strings.HasSuffix(l, ")") {
		c.URL = strings.TrimSuffix(l[open+2:], ")")
		l = strings.TrimSpace(l[:open])
	}
	if open := strings.LastIndex(l, "("); open >= 0 && strings.HasSuffix(l, ")") && looksLikeDate(l[open:]) {
		c.Date = strings.Trim(l[open:], "()")
		l = strings.TrimSpace(l[:open])
	}
	if c.Name == "" {
		c.Name = l
		return c
	}
	if i := strings.LastIndex(l, ","); i >= 0 && looksLikeDate(l[i+1:]) {
		c.Date = strings.TrimSpace(l[i+1:])
		l = strings.TrimSpace(l[:i])
	} else if looksLikeDate(l) && c.Date == "" {
		c.Date, l = strings.TrimSpace(l), ""
	}
	c.Issuer = strings.TrimSpace(l)
	return c
}

// splitFirst splits s at the first separator, in order of preference, that
// occurs in it: an em dash beats a hyphen wherever each stands.
func splitFirst(s string, seps ...string) (string, string) {
	for _, sep := range seps {
		if i := strings.Index(s, sep); i >= 0 {
			return strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+len(sep):])
		}
	}
	return strings.TrimSpace(s), ""
}

// looksLikeDate: the text is a date or a range, by the one grammar.
func looksLikeDate(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 40 {
		return false
	}
	_, ok := ParseDateRange(s)
	return ok || IsPresent(s)
}

// formatDates renders a date range for the Markdown and text writers.
func formatDates(start, end string) string {
	switch {
	case start == "" && end == "":
		return ""
	case end == "":
		return start
	case start == "":
		return end
	}
	return start + " – " + end
}

var (
	emailRe  = lazy.Regexp(`^[^@\s]+@[^@\s]+\.[a-zA-Z]{2,}$`)
	phoneRe  = lazy.Regexp(`^[+()\d][\d\s().+\-xX]{6,}$`)
	domainRe = lazy.Regexp(`(?i)^(https?://)?([a-z0-9-]+\.)+(com|dev|io|me|org|net|app|co|ai|tech|xyz|page|site|info|us|uk|de)(/\S*)?$`)
)

// classifyContact sorts a header fragment into the header.
func classifyContact(h *Header, part string) {
	part = strings.TrimSpace(part)
	if part == "" {
		return
	}
	if m := mdLinkRe().FindStringSubmatch(part); m != nil && len(m[0]) == len(part) {
		if strings.HasPrefix(m[2], "mailto:") {
			h.Email = strings.TrimPrefix(m[2], "mailto:")
			return
		}
		h.Links = append(h.Links, Link{Label: m[1], URL: m[2]})
		return
	}
	if label, url, ok := strings.Cut(part, ": "); ok && domainRe().MatchString(url) && !strings.Contains(label, " ") {
		h.Links = append(h.Links, Link{Label: label, URL: url})
		return
	}
	digits := 0
	for _, r := range part {
		if r >= '0' && r <= '9' {
			digits++
		}
	}
	switch {
	case emailRe().MatchString(part) && h.Email == "":
		h.Email = part
	case phoneRe().MatchString(part) && digits >= 7 && h.Phone == "":
		h.Phone = part
	case domainRe().MatchString(part):
		h.Links = append(h.Links, Link{URL: part})
	case h.Location == "":
		h.Location = part
	default:
		h.Location += ", " + part
	}
}

// contactParts splits a header line on its separators.
func contactParts(l string) []string {
	return contactSepRe().Split(strings.TrimSpace(l), -1)
}

func joinNonEmpty(sep string, parts ...string) string {
	var out []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}
