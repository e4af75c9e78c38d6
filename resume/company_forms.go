package resume

import (
	"strings"

	"github.com/bulletproof-cli/bulletproof/internal/lazy"
)

// Company forms written with words in lower case and periods (Polish
// "Sp. z o.o.", "S.A.", "Sp. j.", "Sp. k.", "S.K.A."; Czech and Slovak
// "s.r.o.", "spol. s r.o.", "a.s.") end an employer's name: their words
// are not a sentence's, and their last period ends no sentence.
const companyForms = `sp\.\s?z\s?o\.\s?o\.?|sp\.\s?[jkp]\.?|s\.\s?k\.\s?a\.?|s\.\s?a\.|spol\.\s?s\s?r\.\s?o\.?|s\.\s?r\.\s?o\.?|a\.\s?s\.`

var (
	companyFormRe    = lazy.Regexp(`(?i)(^|[\s,])(` + companyForms + `)($|[\s,)])`)
	companyFormEndRe = lazy.Regexp(`(?i)(^|\s)(` + companyForms + `)\)?$`)
)

// withoutCompanyForms is t with its company forms taken out.
func withoutCompanyForms(t string) string {
	return companyFormRe().ReplaceAllString(t, "$1$3")
}

// endsWithCompanyForm: t's final period closes a company form.
func endsWithCompanyForm(t string) bool {
	return companyFormEndRe().MatchString(strings.TrimSpace(t))
}
