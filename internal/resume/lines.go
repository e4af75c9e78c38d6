package resume

import (
	"regexp"
	"strings"
)

// sectionKey maps a heading to a section key ("Work Experience" ->
// experience); unknown headings return "".
func sectionKey(heading string) string {
	h := strings.ToLower(strings.TrimSpace(strings.Trim(heading, "#*:_ \t")))
	h = strings.Join(strings.Fields(h), " ")
	switch h {
	case "summary", "professional summary", "profile", "about", "about me", "objective", "career summary", "overview", "professional profile":
		return SecSummary
	case "experience", "work experience", "professional experience", "employment", "employment history", "work history", "work", "career history", "relevant experience":
		return SecExperience
	case "skills", "technical skills", "core skills", "skills & tools", "skills and tools", "technologies", "tech stack", "core competencies", "hard skills":
		return SecSkills
	case "projects", "personal projects", "selected projects", "side projects", "key projects", "open source", "open-source projects":
		return SecProjects
	case "education", "education & training", "academic background":
		return SecEducation
	case "certifications", "certificates", "certification", "licenses & certifications", "licenses and certifications", "credentials":
		return SecCertifications
	}
	return ""
}

var (
	bulletRe     = regexp.MustCompile(`^\s*([-*•+·▪‣◦–]|\d+[.)])\s+`)
	itemSepRe    = regexp.MustCompile(`\s*[,;·|•]\s*`)
	fieldSepRe   = regexp.MustCompile(`\s*[|·•]\s*`)
	contactSepRe = regexp.MustCompile(`\s+[|·•]\s+|\s{2,}|\s+[|·•]|[|·•]\s+`)
)

// isBullet reports whether a line is a list item.
func isBullet(l string) bool { return bulletRe.MatchString(l) }

// stripBullet removes a leading list marker.
func stripBullet(l string) string { return bulletRe.ReplaceAllString(l, "") }

// splitItems splits "Go, Python · Rust" into items.
func splitItems(s string) []string {
	var out []string
	for _, p := range itemSepRe.Split(s, -1) {
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
	mdLinkRe  = regexp.MustCompile(`^\[([^\]]+)\]\(([^)]+)\)`)
	yearRe    = regexp.MustCompile(`\b(19|20)\d{2}\b`)
	presentRe = regexp.MustCompile(`(?i)\b(present|current|now|today|ongoing)\b`)
	dateSepRe = regexp.MustCompile(`\s*(?:–|—|-|\bto\b)\s*`)
)

// parseCertLine reads "Name — Issuer, 2023", "[Name](url) — Issuer, 2023" or
// "Name, Issuer (2023)".
func parseCertLine(l string) Certification {
	l = strings.TrimSpace(stripBullet(l))
	var c Certification
	if m := mdLinkRe.FindStringSubmatch(l); m != nil {
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
	if open := strings.LastIndex(l, "("); open >= 0 && strings.HasSuffix(l, ")") && yearRe.MatchString(l[open:]) {
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

func looksLikeDate(s string) bool {
	s = strings.TrimSpace(s)
	return s != "" && len(s) <= 32 && (yearRe.MatchString(s) || presentRe.MatchString(s))
}

// parseDates reads "March 2021 – Present", "2019-2021", "2020".
func parseDates(s string) (start, end string) {
	s = strings.TrimSpace(s)
	parts := dateSepRe.Split(s, 2)
	// "2021-03-01" is one ISO date, not a range
	if isoDateRe.MatchString(s) {
		return s, ""
	}
	if len(parts) == 2 && isoDateRe.MatchString(parts[0]) {
		return parts[0], parts[1]
	}
	if m := isoRangeRe.FindStringSubmatch(s); m != nil {
		return m[1], m[2]
	}
	if len(parts) == 1 {
		return parts[0], ""
	}
	return strings.TrimSpace(parts[0]), strings.TrimSpace(parts[1])
}

var (
	isoDateRe  = regexp.MustCompile(`^\d{4}-\d{2}(-\d{2})?$`)
	isoRangeRe = regexp.MustCompile(`^(\d{4}-\d{2}(?:-\d{2})?)\s*(?:–|—|to|-)\s*(\d{4}-\d{2}(?:-\d{2})?|[A-Za-z]+)$`)
)

// splitDatesLocation reads a line such as "Austin, TX | March 2021 – Present"
// into location and dates; ok is false when the line holds no date.
func splitDatesLocation(l string) (loc, start, end string, ok bool) {
	if !yearRe.MatchString(l) && !presentRe.MatchString(l) {
		return "", "", "", false
	}
	var locs []string
	for _, p := range fieldSepRe.Split(l, -1) {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		if (yearRe.MatchString(p) || presentRe.MatchString(p)) && start == "" {
			start, end = parseDates(p)
			continue
		}
		locs = append(locs, p)
	}
	return strings.Join(locs, ", "), start, end, start != ""
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
	emailRe  = regexp.MustCompile(`^[^@\s]+@[^@\s]+\.[a-zA-Z]{2,}$`)
	phoneRe  = regexp.MustCompile(`^[+()\d][\d\s().+\-xX]{6,}$`)
	domainRe = regexp.MustCompile(`(?i)^(https?://)?([a-z0-9-]+\.)+(com|dev|io|me|org|net|app|co|ai|tech|xyz|page|site|info|us|uk|de)(/\S*)?$`)
)

// classifyContact sorts a header fragment into the header.
func classifyContact(h *Header, part string) {
	part = strings.TrimSpace(part)
	if part == "" {
		return
	}
	if m := mdLinkRe.FindStringSubmatch(part); m != nil && len(m[0]) == len(part) {
		if strings.HasPrefix(m[2], "mailto:") {
			h.Email = strings.TrimPrefix(m[2], "mailto:")
			return
		}
		h.Links = append(h.Links, Link{Label: m[1], URL: m[2]})
		return
	}
	if label, url, ok := strings.Cut(part, ": "); ok && domainRe.MatchString(url) && !strings.Contains(label, " ") {
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
	case emailRe.MatchString(part) && h.Email == "":
		h.Email = part
	case phoneRe.MatchString(part) && digits >= 7 && h.Phone == "":
		h.Phone = part
	case domainRe.MatchString(part):
		h.Links = append(h.Links, Link{URL: part})
	case h.Location == "":
		h.Location = part
	default:
		h.Location += ", " + part
	}
}

// contactParts splits a header line on its separators.
func contactParts(l string) []string {
	return contactSepRe.Split(strings.TrimSpace(l), -1)
}

// looksLikeContact: a header line holding an e-mail, a phone number, a
// link or a Markdown link (a headline such as "Engineer | Go, AWS" holds none).
func looksLikeContact(l string) bool {
	if strings.Contains(l, "@") || strings.Contains(l, "](") || strings.Contains(l, "://") {
		return true
	}
	for _, p := range contactParts(l) {
		p = strings.TrimSpace(p)
		if domainRe.MatchString(p) || phoneRe.MatchString(p) && strings.Count(p, "")-1 >= 7 {
			return true
		}
	}
	return false
}

// splitRoleHeading reads "Title — Company", "Title at Company",
// "Title | Company", "Title, Company".
func splitRoleHeading(h string) (title, company string) {
	h = strings.TrimSpace(strings.ReplaceAll(h, "**", ""))
	t, c := splitFirst(h, " — ", " – ", " | ", " @ ", " at ")
	if c != "" {
		return t, c
	}
	if i := strings.LastIndex(h, ", "); i > 0 {
		return strings.TrimSpace(h[:i]), strings.TrimSpace(h[i+2:])
	}
	return h, ""
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
