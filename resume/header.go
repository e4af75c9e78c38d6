package resume

import (
	"fmt"
	"github.com/bulletproof-cli/bulletproof/internal/lazy"
	"sort"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// The header: name, headline and contacts, from the lines before the first
// section, a contact section anywhere, tables, labels and front matter.

var (
	// "Email: x", "Phone: x", "手机：x", "Telefon: x": a label to drop
	contactLabelRe = lazy.Regexp(`(?i)^\s*(e-?mail|email address|mail|phone|phone number|mobile|cell|tel|telephone|telefon|téléphone|teléfono|handy|telegram|telegram profile|skype|whatsapp|website|homepage|web|site|portfolio|blog|github|gitlab|linkedin|location|address|adresse|dirección|city|ort|wohnort|手机|电话|邮箱|邮件|地址|微信|电子邮件|メール|電話|電話番号|住所|이메일|전화|전화번호|주소|휴대폰|почта|электронная почта|эл\. почта|e-mail адрес|мобильный телефон|телефон|адрес|електронна пошта|пошта|sede|indirizzo|cellulare|telefono|città)\s*[:：]\s*`)
	// "First Name: Oybek", "Name: Lena Brandt", "姓名：陈宇"
	nameLabelRe = lazy.Regexp(`(?i)^\s*(first name|given name|last name|surname|family name|full name|name|nome e cognome|nome completo|nome|cognome|nom|prénom|vorname|nachname|nombre|apellidos?|имя|фамилия|фио|ф\.и\.о\.|піб|姓名|氏名|이름)\s*[:：]\s*(.+)$`)
	emojiLeadRe = lazy.Regexp(`^[^\p{L}\p{N}+(<\[]+`)
)

// pagePartRe: a heading that names the part of a personal page the
// person's particulars are in ("Información general", "General
// information"), no name.
var pagePartRe = lazy.Regexp(`(?i)^(información general|informacion general|datos generales|general information|general info|informations générales|allgemeine informationen|allgemeine angaben|informazioni generali|informações gerais|dados gerais|algemene informatie)$`)

// header reads the header zone: blocks before the first section.
func (in *interp) header(zone []*Block) {
	h := &in.d.Header
	var first, last string
	rest := zone
	// the name: a name label, the first heading that is not the document's
	// title, else a short first line
	for i, b := range zone {
		if m := nameLabelRe().FindStringSubmatch(b.Text); m != nil {
			v := strings.TrimSpace(m[2])
			switch strings.ToLower(m[1]) {
			case "last name", "surname", "family name", "nachname", "apellido", "apellidos", "фамилия":
				last = v
			default:
				if first == "" {
					first = v
				}
			}
			in.used[b] = true
			continue
		}
		// the front matter named the person: a sentence is no name
		if h.Name != "" || first != "" || in.fmName != "" && b.Kind != BlockHeading && fullStop(strings.TrimSpace(b.Text)) {
			continue
		}
		t, headline := nameAndSentence(cleanName(b.Text))
		if b.Kind == BlockHeading || (i == 0 || allTitles(zone[:i]) && (b.Strong || !titleRe().MatchString(t))) && (b.Kind == BlockParagraph || b.Kind == BlockTableRow) {
			if headline != "" && h.Headline == "" {
				h.Headline = headline
			}
			if t == "" || docTitleRe().MatchString(t) || pagePartRe().MatchString(t) {
				in.used[b] = true
				continue
			}
			// "Name | Email: a@b.example": the name's part is judged alone
			name, more := splitFirst(t, " | ", " - ", " — ", " · ", " – ")
			whole, judged := b.Text, t
			if more != "" && looksLikeName(name) {
				whole, judged = name, name
			}
			if strings.ContainsAny(whole, "\"@{}=;[]") || strings.Contains(whole, ": ") || b.Kind != BlockHeading && !looksLikeName(judged) {
				continue
			}
			h.Name = name
			in.nameBlock = b
			in.used[b] = true
			if more != "" {
				in.contactLine(strings.ReplaceAll(more, " | ", "  "))
			}
			rest = zone[i+1:]
		}
	}
	if h.Name == "" && first != "" {
		h.Name = strings.TrimSpace(first + " " + last)
	}
	if in.fmName != "" {
		h.Name = in.fmName
	}
	var summary []*Block
	posts := false // a row of the person's posts came last (postRow)
	for _, b := range rest {
		if in.used[b] {
			continue
		}
		in.used[b] = true
		switch b.Kind {
		case BlockRule, BlockCode, BlockHTML, BlockFrontMatter:
			continue
		case BlockTableRow:
			if b.Head && !hasContact(b.Text) {
				continue
			}
			var told bool
			if told, posts = in.postRow(b, posts); told {
				continue
			}
			for _, c := range in.rawCells(b) {
				in.contactLine(c)
			}
			continue
		}
		t := b.Text
		words := len(strings.Fields(t))
		raw := in.rawLine(b)
		switch {
		case hasContact(t) || contactLabelRe().MatchString(t) || strings.Contains(raw, "](") && words <= 8:
			in.contactLine(raw)
		case b.Quote || b.Kind == BlockListItem && (b.Level > 0 || labelItem(t)):
			// a motto, or a list nested under a label: long prose may be a summary
			if words >= 10 && b.Style != boxStyle {
				summary = append(summary, b)
			}
		case isLocation(t):
			in.contactLine(t)
		case h.Headline == "" && h.Email == "" && h.Phone == "" && len(h.Links) == 0 && words <= 12 && !strings.HasSuffix(t, "."):
			h.Headline = strings.Trim(cleanName(t), "*_ ")
		default:
			summary = append(summary, b)
		}
	}
	in.headerProse = summary
}

// nameInProseRe: "Mein Name ist Mara Feldmann", where a cover letter is
// the only place the name is written.
var nameInProseRe = lazy.Regexp(`(?i:\b(?:my name is|mein name ist|je m'appelle|me llamo|mi nombre es|mi chiamo))\s+(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,2})\b`)

// nameFromProse finds the name in a sentence that gives it, when nothing
// else did.
func (in *interp) nameFromProse() {
	for _, b := range in.bs {
		if b.Kind != BlockParagraph || !strings.Contains(b.Text, " ") {
			continue
		}
		if m := nameInProseRe().FindStringSubmatch(b.Text); m != nil {
			in.d.Header.Name = m[1]
			return
		}
	}
}

var autolinkRe = lazy.Regexp(`<((?:https?://|mailto:)[^>\s]+|[^@>\s<]+@[^>\s]+)>`)

// rawLine is a block's source with its emphasis and HTML tags taken out
// but its links kept, so that contacts keep their URLs.
func (in *interp) rawLine(b *Block) string {
	if in.format != Markdown || b.Pieces == nil || b.Span.End > len(in.src) || b.Span.Start >= b.Span.End || b.Kind == BlockTableRow {
		return b.Text
	}
	s := string(in.src[b.Span.Start:b.Span.End])
	s = imageRe().ReplaceAllString(s, " ")
	s = autolinkRe().ReplaceAllString(s, "$1")
	s = htmlTagRe().ReplaceAllString(s, " ")
	s = strings.NewReplacer("**", "", "__", "", "\\", "", "`", "", "\r", "", "\n", " ").Replace(s)
	return strings.TrimSpace(s)
}

// rawCells is a table row's cells as written (links kept).
func (in *interp) rawCells(b *Block) []string {
	if in.format != Markdown || b.Span.End > len(in.src) || b.Span.Start >= b.Span.End {
		return b.Cells
	}
	s := strings.Trim(strings.TrimSpace(string(in.src[b.Span.Start:b.Span.End])), "|")
	s = strings.NewReplacer("**", "", "__", "").Replace(s)
	return strings.Split(s, "|")
}

var imageRe = lazy.Regexp(`!\[[^\]]*\]\([^)]*\)`)

var mdLinkAnyRe = lazy.Regexp(`\[([^\]]*)\]\(([^)\s]+)\)`)

// linkLabels: labels whose value is a link.
var linkLabels = map[string]bool{"github": true, "gitlab": true, "linkedin": true, "telegram": true, "telegram profile": true, "skype": true,
	"website": true, "homepage": true, "web": true, "site": true, "portfolio": true, "blog": true}

// allTitles: the blocks before are only the document's title.
func allTitles(bs []*Block) bool {
	for _, b := range bs {
		if !(b.Kind == BlockHeading && docTitleRe().MatchString(cleanName(b.Text))) && b.Kind != BlockRule {
			return false
		}
	}
	return true
}

// contactLine sorts the parts of one line into the header.
func (in *interp) contactLine(t string) { in.contacts1(t, false) }

// contacts1 sorts a line's parts; strict takes only what is surely a
// contact (an e-mail, a phone, a link, a labelled address), for lines of a
// personal-details section that also hold a birth year or a gender.
func (in *interp) contacts1(t string, strict bool) {
	h := &in.d.Header
	t = emojiLeadRe().ReplaceAllString(strings.TrimSpace(t), "")
	label0 := ""
	if m := contactLabelRe().FindStringSubmatch(t); m != nil {
		label0 = strings.ToLower(strings.TrimSpace(m[1]))
	}
	// a link stands in for itself in the line, so its target is kept and
	// its place among the other contacts too
	var links []Link
	t = mdLinkAnyRe().ReplaceAllStringFunc(t, func(m string) string {
		sm := mdLinkAnyRe().FindStringSubmatch(m)
		text, url := strings.TrimSpace(sm[1]), sm[2]
		label := text
		if domainRe().MatchString(text) || strings.Contains(text, "://") || label0 != "" && label0 != "website" {
			label = titleWord(label0)
		}
		if i := strings.IndexAny(label, ":："); i > 0 {
			label = strings.TrimSpace(label[:i])
		}
		links = append(links, Link{Label: label, URL: url})
		return fmt.Sprintf("  \x00%d\x00  ", len(links)-1)
	})
	if strings.TrimSpace(contactLabelRe().ReplaceAllString(t, "")) == "" {
		return
	}
	if m := nameLabelRe().FindStringSubmatch(t); m != nil {
		if h.Name == "" {
			h.Name = strings.TrimSpace(m[2])
		}
		return
	}
	label := ""
	if m := contactLabelRe().FindStringSubmatch(t); m != nil {
		label = strings.ToLower(strings.TrimSpace(m[1]))
		t = t[len(m[0]):]
	}
	for _, p := range contactParts(t) {
		var n int
		if _, err := fmt.Sscanf(strings.TrimSpace(p), "\x00%d\x00", &n); err == nil && n < len(links) {
			l := links[n]
			switch {
			case strings.HasPrefix(l.URL, "mailto:"):
				if h.Email == "" {
					h.Email = strings.TrimPrefix(l.URL, "mailto:")
				}
			case !hasLink(h, l.URL):
				h.Links = append(h.Links, l)
			}
			continue
		}
		p = strings.Trim(strings.TrimSpace(emojiLeadRe().ReplaceAllString(p, "")), "*_ ")
		if p == "" || strings.HasSuffix(p, ":") || strings.HasSuffix(p, "：") {
			continue
		}
		// "Phone: +1 555 0100" in the middle of a line has its own label
		label := label
		if m := contactLabelRe().FindStringSubmatch(p); m != nil {
			label = strings.ToLower(strings.TrimSpace(m[1]))
			p = strings.TrimSpace(p[len(m[0]):])
		}
		switch {
		case linkLabels[label]:
			h.Links = append(h.Links, Link{Label: titleWord(label), URL: p})
		case strict && label == "" && !anyEmailRe().MatchString(p) && !domainRe().MatchString(p) && !(phoneRe().MatchString(p) && !strings.Contains(p, "/")):
			continue
		case label == "" && h.Headline == "" && titleRe().MatchString(p) && !isLocation(p) && !hasContact(p) && len(strings.Fields(p)) <= 6:
			h.Headline = p
		case label == "location" || label == "address" || label == "city" || label == "ort" || label == "wohnort" || label == "adresse" || label == "地址" || label == "住所" || label == "주소":
			h.Location = joinNonEmpty(", ", h.Location, p)
		default:
			classifyContact(h, p)
		}
	}
}

func titleWord(s string) string {
	if s == "" {
		return s
	}
	switch s {
	case "github":
		return "GitHub"
	case "linkedin":
		return "LinkedIn"
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

var (
	anyEmailRe = lazy.Regexp(`[^@\s<>()\[\]]+@[^@\s<>()\[\]]+\.[a-zA-Z]{2,}`)
	anyPhoneRe = lazy.Regexp(`\+?\(?\d[\d\s().\-]{7,}\d`)
	anyURLRe   = lazy.Regexp(`(?i)(https?://\S+|\b[a-z0-9-]+\.(com|dev|io|me|org|net|app|ai)(/\S*)?\b|linkedin\.com/\S+|github\.com/\S+)`)
)

// hasContact: the line holds an e-mail, a link or a phone number.
func hasContact(t string) bool {
	if strings.IndexByte(t, '@') >= 0 && anyEmailRe().MatchString(t) || strings.IndexByte(t, '.') >= 0 && anyURLRe().MatchString(t) {
		return true
	}
	digits := 0
	for i := 0; i < len(t); i++ {
		if isDigit(t[i]) {
			digits++
		}
	}
	if digits < 7 {
		return false
	}
	for _, m := range anyPhoneRe().FindAllString(t, -1) {
		if _, ok := FindDateRange(m); !ok {
			return true
		}
	}
	return false
}

// nameAndSentence cuts "박서진. 웹 개발자." into the name and what it says
// of itself ("Dr. Lena Vasquez" and "J. Doe" stay whole).
func nameAndSentence(t string) (string, string) {
	n, rest, ok := strings.Cut(t, ". ")
	if !ok || !strings.HasSuffix(rest, ".") || strings.Contains(rest, ". ") || !looksLikeName(n) {
		return t, ""
	}
	last := n[strings.LastIndex(n, " ")+1:]
	if utf8.RuneCountInString(last) < 2 || honorifics[strings.ToLower(last)] {
		return t, ""
	}
	return n, strings.TrimSuffix(rest, ".")
}

var honorifics = map[string]bool{"dr": true, "mr": true, "mrs": true, "ms": true, "prof": true, "jr": true, "sr": true, "st": true}

// looksLikeName: a short line of words, no digits, no @, no sentence
// ("本简历使用 markdown 编写，转换为 PDF 后投递。": a CJK full stop or comma
// is never a name's).
func looksLikeName(t string) bool {
	if strings.ContainsAny(t, "@0123456789:。，！？") || strings.HasSuffix(t, ".") {
		return false
	}
	n := len(strings.Fields(t))
	if n == 0 || n > 5 {
		return false
	}
	if k, ok := sectionKind(t); ok && k != "" {
		return false
	}
	return true
}

// cleanName strips emoji and labels from a name heading.
func cleanName(t string) string {
	t = htmlTagRe().ReplaceAllString(t, " ")
	t = emojiLeadRe().ReplaceAllString(strings.TrimSpace(t), "")
	return strings.Join(strings.Fields(t), " ")
}

// frontMatterHeader reads name, e-mail, phone and links from YAML or TOML
// front matter.
func (in *interp) frontMatterHeader(b *Block) {
	vals := map[string]string{}
	var leaves []string
	if b.Style == "+++" {
		for _, l := range strings.Split(b.Text, "\n") {
			// a table ("[[experience]]") holds no person's details
			if strings.HasPrefix(strings.TrimSpace(l), "[") {
				break
			}
			k, v, ok := strings.Cut(l, "=")
			if !ok {
				continue
			}
			v = strings.Trim(strings.TrimSpace(v), `"'`)
			k = strings.ToLower(tomlKeyName(k))
			// a field written per language ("firstName.ru", "firstName.en")
			// is read in the first language written
			if base, _, ok := tomlLangKey(k); ok {
				if _, seen := vals[base]; seen {
					continue
				}
				k = base
			}
			vals[k] = v
			leaves = append(leaves, v)
		}
		personNameParts(vals)
	} else {
		var m any
		if err := yaml.Unmarshal([]byte(b.Text), &m); err != nil {
			// (a data file broken further down: its top keys still name
			// the person)
			cut, ok := yamlSoundPrefix([]byte(b.Text), err)
			if !ok || yaml.Unmarshal([]byte(b.Text)[:cut], &m) != nil {
				return
			}
		}
		if top, ok := m.(map[string]any); ok {
			for k, v := range top {
				if s, ok := v.(string); ok {
					vals[strings.ToLower(k)] = s
				}
			}
			// a resume written as YAML keeps the person under a key
			// (RenderCV's "cv:", a JSON Resume's "basics:")
			for _, key := range []string{"cv", "basics", "personal", "person"} {
				if sub, ok := top[key].(map[string]any); ok {
					for k, v := range sub {
						if s, ok := v.(string); ok && vals[strings.ToLower(k)] == "" {
							vals[strings.ToLower(k)] = s
						}
					}
				}
			}
		}
		collectStrings(m, &leaves, 0)
	}
	h := &in.d.Header
	// a name, else an author or a page title that reads as a person's name
	// (two words or more: "author: jdoe42" is a handle, "title: Resume" a title)
	for _, k := range []string{"name", "fullname", "full_name", "author", "title"} {
		v := strings.TrimSpace(vals[k])
		if v == "" || !looksLikeName(v) || docTitleRe().MatchString(v) || (k == "author" || k == "title") && len(strings.Fields(v)) < 2 {
			continue
		}
		in.fmName = v
		break
	}
	if v := vals["email"]; v != "" {
		h.Email = strings.TrimPrefix(v, "mailto:")
	}
	if v := vals["phone"]; v != "" {
		h.Phone = v
	}
	for _, k := range []string{"website", "url", "homepage"} {
		if v := vals[k]; v != "" && (strings.Contains(v, "://") || domainRe().MatchString(v)) {
			h.Links = append(h.Links, Link{URL: v})
		}
	}
	sort.Strings(leaves)
	for _, l := range leaves {
		l = strings.TrimSpace(htmlTagRe().ReplaceAllString(l, " "))
		switch {
		case h.Email == "" && anyEmailRe().MatchString(l):
			h.Email = strings.TrimPrefix(anyEmailRe().FindString(l), "mailto:")
		case strings.HasPrefix(l, "mailto:"):
		case strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://"):
			if !hasLink(h, l) {
				h.Links = append(h.Links, Link{URL: l})
			}
		case h.Phone == "" && anyPhoneRe().MatchString(l) && !strings.Contains(l, ":") && !dateRangeOnly(l):
			h.Phone = strings.TrimSpace(anyPhoneRe().FindString(l))
		}
	}
}

func hasLink(h *Header, u string) bool {
	for _, l := range h.Links {
		if l.URL == u {
			return true
		}
	}
	return false
}

func collectStrings(v any, out *[]string, depth int) {
	if depth > 8 || len(*out) > 200 {
		return
	}
	switch t := v.(type) {
	case string:
		*out = append(*out, t)
	case map[string]any:
		for _, x := range t {
			collectStrings(x, out, depth+1)
		}
	case []any:
		for _, x := range t {
			collectStrings(x, out, depth+1)
		}
	}
}

// dateRangeOnly: the text is a date range and nothing else ("2010 - 2013"),
// which a phone number's pattern would take.
func dateRangeOnly(t string) bool {
	_, ok := ParseDateRange(t)
	return ok
}
