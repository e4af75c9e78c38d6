package resume

import (
	"strings"
	"unicode/utf8"

	"github.com/bulletproof-cli/bulletproof/internal/lazy"
)

// areaItem: a list item that only names the fields a role worked in
// ("Áreas: derecho laboral, Seguridad Social, compliance laboral",
// "Schwerpunkte: Arbeitsrecht, Mietrecht") is a field line of the role, as
// a tools line is: subject names in a lawyer's, a doctor's or a
// teacher's words, no achievement to rewrite. Two names at least, none
// longer than four words, no figure among them.
func areaItem(t string) bool {
	c := strings.IndexAny(t, ":：")
	if c <= 0 {
		return false
	}
	label := strings.Trim(strings.TrimSpace(t[:c]), "*_` ")
	if !areaLabelRe().MatchString(label) {
		return false
	}
	_, n := utf8.DecodeRuneInString(t[c:])
	v := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(t[c+n:]), "."))
	if v == "" || unitFigureRe().MatchString(v) || strings.ContainsAny(v, ".!?") {
		return false
	}
	parts := strings.FieldsFunc(v, func(r rune) bool { return strings.ContainsRune(",;/|·•、，；", r) })
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if wordCount(strings.TrimSpace(p)) > 4 {
			return false
		}
	}
	return true
}

// areaLabelRe: a label that names the fields of practice or of study a
// role covered, in the languages of the table of section names.
var areaLabelRe = lazy.Regexp(`(?i)^((practice |key |main )?areas?( of (practice|law|expertise|focus))?|practice areas?|specialt(y|ies)|specialisms?|focus areas?|` +
	`áreas?( de (práctica|especialidad|actuación))?|ámbitos?|especialidad(es)?|materias|` +
	`domaines?( d'intervention| de compétence)?|spécialités?|matières|` +
	`schwerpunkte?|fachgebiete?|rechtsgebiete?|tätigkeitsschwerpunkte?|fachbereiche?|` +
	`aree( di (pratica|competenza))?|ambiti|specialità|materie|` +
	`áreas?( de atuação)?|especialidades|vakgebieden|rechtsgebieden|specialisaties)$`)
