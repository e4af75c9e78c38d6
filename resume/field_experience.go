package resume

import "strings"

// experienceFields name the line of work a section of jobs is in, as a
// lawyer, nurse or cook titles it ("Legal Experience", "Clinical
// Experience", "Nursing Experience"): the word before "experience" says
// which jobs, the section is the jobs all the same. (Not "Technical
// Experience", which may list skills.)
var experienceFields = map[string]bool{"legal": true, "law": true, "clinical": true, "nursing": true, "medical": true,
	"healthcare": true, "sales": true, "marketing": true, "consulting": true, "military": true, "accounting": true,
	"hospitality": true, "retail": true, "paralegal": true, "editorial": true, "journalism": true, "pharmacy": true,
	"veterinary": true, "culinary": true, "construction": true}

// fieldExperienceTitle: a title of a field of work and "experience"
// ("LEGAL EXPERIENCE"), a section of jobs known by its name.
func fieldExperienceTitle(n string) bool {
	ws := strings.Fields(n)
	return len(ws) == 2 && (ws[1] == "experience" || ws[1] == "experiences") && experienceFields[ws[0]]
}
