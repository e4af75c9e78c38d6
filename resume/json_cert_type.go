package resume

import "strings"

// A home-grown list of "courses, trainings and certificates" says what
// each entry is ("tipo": "Certificado", "tipo": "Curso"): only those
// typed as certificates are certificates, the courses beside them are not.

// Keys a certificate's parts are read from, JSON Resume's first.
var (
	certNameKeys   = []string{"name", "title", "nome", "nombre", "nom", "titulo", "título"}
	certIssuerKeys = []string{"issuer", "authority", "organization", "onde", "emissor", "entidad"}
	certDateKeys   = []string{"date", "quando", "fecha"}
	entryTypeKeys  = []string{"type", "tipo", "kind", "category", "categoria", "typ"}
)

// typedCerts: some entry of the list is typed as a certificate, so the
// type decides for every entry.
func typedCerts(arr []any) bool {
	for _, v := range arr {
		if certTyped(v) {
			return true
		}
	}
	return false
}

// certTyped: v is an object whose type names a certificate or licence.
func certTyped(v any) bool {
	o, ok := v.(*object)
	if !ok {
		return false
	}
	t := strings.ToLower(foldAccents(firstStr(o, entryTypeKeys)))
	for _, w := range []string{"certif", "zertif", "licen", "certyf", "sertif"} {
		if strings.HasPrefix(t, w) {
			return true
		}
	}
	return false
}
