package resume

import "strings"

// eduProseOnto: under a degree, a paragraph of running prose that names
// no degree, school or date ("Todos los esfuerzos a lo largo del doctorado
// estuvieron encaminados a ...", what the thesis was about) tells of the
// degree before it; it is no degree of its own.
func eduProseOnto(es []*entry) []*entry {
	out := es[:0:0]
	for _, e := range es {
		if n := len(out); n > 0 && eduProse(e) {
			out[n-1].prose = append(out[n-1].prose, e.head...)
			continue
		}
		out = append(out, e)
	}
	return out
}

func eduProse(e *entry) bool {
	if len(e.head) == 0 || e.hasBody() {
		return false
	}
	var parts []string
	for _, b := range e.head {
		if b.Kind != BlockParagraph || b.Strong || b.Emph || b.Quote {
			return false
		}
		parts = append(parts, strings.TrimSpace(b.Text))
	}
	t := strings.Join(parts, " ")
	// (a degree named inside a sentence of twenty words and more is what
	// it tells of, not what the line is)
	// ("Extensões e Cursos Técnicos: Especialização em Ciência de Dados
	// (Instituto Araucária), ..." names schools: courses, not prose)
	if wordCount(t) < 20 || !strings.HasSuffix(t, ".") && degreeRe().MatchString(t) || schoolNamed(t) || dated(e.head[0]) {
		return false
	}
	_, dated := FindDateRange(t)
	return !dated
}
