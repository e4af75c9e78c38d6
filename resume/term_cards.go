package resume

import "strings"

// cardTermFields name the fields of a role told as a definition list of
// its particulars, one term each, beside fieldNames: the Spanish academic
// CV's "Puesto / Organismo / Fecha de incorporación / Centro / Unidad".
var cardTermFields = map[string]string{"organismo": "company", "entidad": "company", "institución": "company",
	"fecha de incorporación": "start", "fecha de inicio": "start", "fecha de alta": "start", "desde": "start",
	"data de início": "start", "date d'entrée": "start", "start date": "start", "hasta": "end", "end date": "end",
	"centro": "department", "unidad": "department", "departamento": "department", "servicio": "department",
	"categoría": "title", "categoria": "title"}

// termCardField: the field a definition-list term names, or "".
func termCardField(t string) string {
	n := strings.ToLower(strings.TrimSpace(strings.TrimRight(strings.TrimSpace(t), ":：")))
	if f, ok := cardTermFields[n]; ok {
		return f
	}
	return fieldNames[n]
}

// termCards: in an experience section, a run of definition-list terms
// that each name a particular of one role ("Puesto" : "Bioinformático",
// "Organismo" : "Universidad de Llanera", "Fecha de incorporación" : "1 de
// Octubre de 2014"), a title among them, is that one role, not one role a
// term; the body after the last term is the role's.
func termCards(es []*entry) []*entry {
	out := es[:0:0]
	for i := 0; i < len(es); {
		j, title := i, false
		for j < len(es) {
			e := es[j]
			if len(e.head) != 2 || e.head[0].Kind != BlockTerm || e.merged != nil {
				break
			}
			f := termCardField(e.head[0].Text)
			if f == "" {
				break
			}
			title = title || f == "title"
			j++
			if e.hasBody() {
				// the body after the last term is the role's
				break
			}
		}
		if j-i < 2 || !title {
			out = append(out, es[i])
			i++
			continue
		}
		card := &entry{fields: map[string]rich{}, line: es[i].line}
		for _, e := range es[i:j] {
			f := termCardField(e.head[0].Text)
			if f == "title" {
				card.head = []*Block{e.head[1]}
			}
			if _, seen := card.fields[f]; !seen {
				card.fields[f] = richOf(e.head[1]).trim()
			}
			card.bullets = append(card.bullets, e.bullets...)
			card.prose = append(card.prose, e.prose...)
		}
		out = append(out, card)
		i = j
	}
	return out
}

// termJobAtSchool: a definition-list entry whose term is only its dates
// and whose definition names a school but no degree ("2008 - 2008" :
// "Universidad de Llanera"), over prose ("*Profesor asociado*. Profesor a
// tiempo parcial..."), is a job held at the school, as a pandoc CV lists
// its posts.
func termJobAtSchool(e *entry) bool {
	if len(e.prose) == 0 || len(e.head) != 2 || e.head[0].Kind != BlockTerm || degreeRe().MatchString(e.head[1].Text) {
		return false
	}
	// (what the prose says is left out: a rewrite of it must not turn the
	// post into a degree)
	_, dateOnly := ParseDateRange(strings.TrimSpace(e.head[0].Text))
	return dateOnly
}
