package claims

import (
	"github.com/bulletproof-cli/bulletproof/internal/english"
	"github.com/bulletproof-cli/bulletproof/internal/wordset"
	"slices"
	"strings"
	"sync"
)

// Subjects say what a figure measures, so that a figure moved to another
// thing ("40% lower latency" becoming "40% lower cost", "120 services and 18
// teams" becoming "120 teams and 18 services") is not read as the same
// claim. A subject is a family key for words that mean one thing ("time":
// latency, response time, runtime; "cost": spend, bill) or, for a word in no
// family, its lemma written "~word".

// familyData: one family a line, "key: word, word phrase, ...". Words are
// lowercase; a phrase is two words; plurals are found by their lemma. A key
// written "*key" is a family of things counted (services, people); the
// others are measures (time, cost). A measure found beside a thing is the
// subject ("Android app size": size).
const familyData = `
time: performance, overtime, overtime hour, hour, labor hour, labour hour, man-hour, latency, lag, response time, ttfb, time to first byte, load time, page load, runtime, run time, duration, turnaround, cycle time, lead time, wait time, time, speed, faster, slower, quicker, shorter, mttr, mttd, recovery time, processing time, execution time, build time, training time, cold start, cold-start, latencia, latência, latenza, latenz, opóźnienie, opóźnienia, задержка, задержку, затримка, затримку, gecikme, độ trễ, 遅延, 延迟, 지연
cost: cost, spend, spending, bill, expense, fee, cheaper, saving, savings, saved, credit, credit usage, opex, capex, tco, outlay, costi, kosten, coûts, costes, custos, koszty, koszt, kosztów, coût, coste, custo, costo, затраты, расходы, витрати, maliyet, náklady, biaya, chi phí, cac, cpl, cpc, cost per acquisition, customer acquisition cost, acquisition cost, cost per lead, cost per click, cost per hire
budget: budget
waste: waste, food waste, wastage, spoilage, scrap, scrap rate, spillage, shrinkage
revenue: revenue, sales, arr, mrr, gmv, income, recurring revenue, top line, fatturato, umsatz, facturación, faturamento, omzet, przychód, chiffre d'affaires
profit: profit, margin, ebitda
errors: error, error rate, mispick, mis-pick, picking error, failure, failure rate, failing, crashed, crashed session, crashing, crashing session, failed session, failed order, failed checkout, failed login, failed upload, failed sync, failing test, failing-test, test failure, fail rate, failed, failed deployment, failed deploy, failed release, failed build, failed job, failed payment, failed transaction, failed request, bug, defect, incident, outage, crash, crashes, crash rate, exception, 5xx, 4xx, timeout, flakiness, flaky, rollback, regression, sev, change failure rate, wrong, incorrect, mislabeled, mislabelled, inaccurate, correction, manual correction
alerts: alert, page, paging, noise, on-call page, false alarm
false positives: false positive, false-positive rate, false positive rate, false alarm rate, false-positive, fpr
availability: uptime, availability, reliability, sla, crash-free rate, crash-free, verfügbarkeit, disponibilité, disponibilidad, disponibilidade, disponibilità, beschikbaarheid, dostępność, dostupnost, доступность, доступність, tillgänglighet, tilgjengelighet, erişilebilirlik
downtime: downtime, idle time, ausfallzeit, ausfallzeiten, ausfälle, stillstandszeit, stillstandszeiten, indisponibilité, inactividad, inatividade, przestoje, przestojów, простои, простоев, простої, простоїв, stilleståndstid, kesinti, kesintiler, kesintileri, uitvaltijd, nedostupnost
punctuality: on-time, on time, on-time delivery, on-time rate, on-time shipping, otd
lateness: late, late shipment, late delivery, late order, late arrival, lateness
throughput: throughput, qps, rps, tps, traffic, capacity, bandwidth, requests per second
memory: memory, ram, heap, memory usage, memory use
frame rate: frame rate, framerate, fps, frames per second
cpu: cpu, cpu usage, cpu time, cpu utilization, processor
size: size, line of code, lines of code, loc, weight, storage, shrank, shrunk, shrink, shrinking, smaller, compressed, disk, bundle, payload, image size, app size, page weight
signups: signup, sign-up, registration, activation
conversion: conversion, conversion rate, win rate, close rate, trial-to-paid, checkout conversion, abandonment, cart abandonment, checkout abandonment, drop-off
retention: retention, renewal rate
churn: churn, attrition, cancellation
regretted attrition: regretted attrition, regrettable attrition, regretted churn, regretted turnover
backlog: backlog, queue, queue depth, queue size, open tickets
clicks: click-through, click through, ctr, click, click rate, click-through rate
opens: open rate, opens
engagement: engagement, session length, time on site, dwell time
order value: average order value, order value, aov, basket size, ticket size, contract value, average contract value, acv, deal size, average deal size
coverage: coverage, test coverage, code coverage
accuracy: accuracy, correct, accurate, akurasi, genauigkeit, exactitud, acurácia, accuratezza, dokładność, точность, точність, nauwkeurigheid, doğruluk, přesnost
f1: f1, f1 score, f1-score
auc: auc, roc auc, auroc, roc-auc, area under the curve
ndcg: ndcg
error metric: mape, rmse, wer, mae
precision: precision, 精确率, 精准率, 查准率, 適合率, 정밀도
recall: recall, sensitivity, true positive rate, hit rate, 召回率, 查全率, 再現率, 재현율
specificity: specificity, true negative rate
pass rate: pass rate, first time, first-time, first-time pass rate, success rate, task success, task success rate, completion rate, yield, first-pass yield, first pass yield
satisfaction: nps, csat, satisfaction
complaints: complaint, grievance
resolution: resolution rate, first-contact resolution, first contact resolution, first-call resolution, fcr
*users: class size, user, dau, mau, wau, actives, active user, visitor, subscriber, learner, student, pupil, schoolchild, child, children, kid, player, reader, audience, daily active, monthly active
*customers: customer, client, account, merchant, tenant, business, integrator, partner
*people: team, squad, engineer, developer, member, staff, employee, hire, intern, analyst, agent, rep, headcount, designer, scientist, contractor, fte, direct report, teammate, manager, product manager, pm, recruiter, researcher, consultant, architect, tester, technician, administrator, mentee, apprentice, volunteer, teacher, nurse, instructor, tutor, accountant, lawyer, attorney, paralegal, clinician, physician, pharmacist, therapist, salesperson, driver, coordinator, specialist, associate, worker, operator, caregiver, auditor, dipendenti, collaboratori, persone, empleados, personas, trabajadores, employés, salariés, personnes, collaborateurs, mitarbeiter, mitarbeitende, mitarbeitern, personen, medewerkers, pracowników, pracownicy, osób, funcionários, pessoas, colaboradores, zaměstnanců, angajați, sre, swe, sdet, qa engineer
*anyone: people, person, individual
*teams: teams, squads, groups, orgs, departments, business units
*services: service, microservice, app, application, system, component, api
*repositories: repo, repository, codebase
*regions: region, zone, data center, datacenter, availability zone
*countries: country, market
*offices: office, site, location, campus
*schools: school, academy
*grants: grant, award
*projects: project
*downloads: download, install, installation
*views: view, pageview, page view, impression, stream, play, listen, read, citation
*districts: district, school district
*orders: order, transaction, payment, purchase, checkout, deal, sale, closing
*tickets: ticket, escalation, case, inquiry, support request, support ticket, claim
*requests: request, call, api call, query, lookup, cache hit, hits
*releases: release, deploy, deployment, ship, build
*tests: test, test case, spec, suite
*hosts: host, server, node, instance, machine, vm, container, pod, box
*documents: document, record, row, file, message, event, log
*meetings: meeting, training session, training, workshop, talk, presentation, demo, webinar, office hour, class, lecture, seminar, brown bag
`

// affinity lists the measures a figure about a thing may be ("the app 30%
// smaller" is its size): a thing and such a measure agree.
const affinityData = `
services: size, time, errors, cost, memory, cpu, throughput, availability, downtime, alerts
releases: time, errors, size
tests: time, coverage, pass rate, errors
hosts: cost, memory, cpu, size
documents: size, time
downloads: size, time, errors
orders: revenue, order value, conversion, time, errors, throughput
tickets: time
users: engagement, retention, churn, signups, conversion, pass rate
customers: revenue, churn, retention, satisfaction
requests: throughput, time, errors, cost
anyone: users, customers, people
backlog: size, tickets, requests, orders, cases, claims, applications, documents
`

var (
	familyOnce   sync.Once
	families     map[string]string // word or two-word phrase -> family key
	familyFilter *wordset.Filter
	things       map[string]bool // family keys of counted things
	affinity     map[string]bool // "thing|measure"
)

func loadFamilies() {
	families, things, affinity = map[string]string{}, map[string]bool{}, map[string]bool{}
	for _, line := range strings.Split(familyData, "\n") {
		key, words, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		if k, thing := strings.CutPrefix(key, "*"); thing {
			key = k
			things[key] = true
		}
		for _, w := range strings.Split(words, ",") {
			if w = strings.TrimSpace(w); w != "" {
				families[w] = key
			}
		}
	}
	for _, line := range strings.Split(affinityData, "\n") {
		thing, measures, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		for _, m := range strings.Split(measures, ",") {
			affinity[thing+"|"+strings.TrimSpace(m)] = true
		}
	}
	familyFilter = wordset.Of(families)
}

// Agree reports whether two subjects may name the same thing: equal, a
// thing and a measure of it ("app" and "size"), or "people" and users.
func Agree(a, b string) bool {
	familyOnce.Do(loadFamilies)
	// any thing counted per second is a throughput: "900 documents per
	// second" tripled is throughput tripled
	return a == b || affinity[a+"|"+b] || affinity[b+"|"+a] || a == "throughput" && things[b] || b == "throughput" && things[a]
}

// Family is the family key of a word ("transactions" and "deal" are
// orders), or "".
func Family(w string) string { return familyOf(w) }

// Measure reports whether a subject is a measure (time, cost) rather than
// a thing counted (services, people) or a word in no family.
func Measure(s string) bool {
	familyOnce.Do(loadFamilies)
	return !strings.HasPrefix(s, "~") && !things[s]
}

// familyOf is the family of a word or two-word phrase, trying its lemma.
func familyOf(w string) string {
	familyOnce.Do(loadFamilies)
	if familyFilter.MayHave(w) {
		if f, ok := families[w]; ok {
			return f
		}
	}
	if l := lemma(w); len(l) != len(w) && familyFilter.MayHave(l) {
		return families[l]
	}
	return ""
}

// lemma strips a plural: "services" -> "service", "queries" -> "query".
func lemma(w string) string {
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case len(w) > 4 && (strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "xes")):
		return w[:len(w)-2]
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		return w[:len(w)-1]
	}
	return w
}

// comparatives after a figure say what changed: "45% faster builds".
var comparatives = map[string]string{"faster": "time", "slower": "time", "quicker": "time", "shorter": "time", "cheaper": "cost",
	"smaller": "size", "lighter": "size", "lower": "", "higher": "", "fewer": "", "less": "", "more": "", "better": "",
	"larger": "", "bigger": "", "greater": "", "longer": ""}

// subjectStop ends the words a subject is looked for in.
func subjectStop(t *token) bool {
	if t.kind == tSym {
		switch t.text {
		case "-", "/", "'", "&":
			return false
		}
		return true
	}
	switch t.lower {
	case "while", "which", "that", "who", "when", "after", "before", "using", "via", "through", "because", "so", "thereby", "then", "with", "per", "against", "versus", "vs":
		// ("40 tickets per agent" counts tickets)
		return true
	}
	return false
}

// rateNouns: what a rate word counts ("5M MAU" are users).
var rateNouns = map[string]string{"mau": "users", "maus": "users", "dau": "users", "daus": "users", "wau": "users", "arr": "revenue", "mrr": "revenue",
	"rps": "requests", "qps": "requests", "tps": "orders"}

// subjects gives every quantity what it measures.
func (p *parser) subjects() {
	for qi := range p.out {
		q := &p.out[qi]
		if q.Class == Count && q.PerItem == "" && p.source {
			// "teams of 5-7 engineers": so many per team, which a rewrite
			// may say "per team" (a rewrite's "groups of 8" restates a
			// source's size, whatever it called the group)
			q.PerItem = p.collectiveBefore(q)
		}
		if q.Class == Count && q.Noun == "" && p.ageAfterPeople(q) {
			q.measure = "age" // "adults over 50", "children under 5"
		}
		if q.rating {
			q.Subjects = []string{"~rating"} // what it rates is the thing before
			continue
		}
		if q.measure != "" {
			q.Subjects = []string{q.measure}
			continue
		}
		if q.Class == Duration && !q.Implied {
			// "p50 from 200 ms to 120 ms and p99 from 900 ms to 400 ms":
			// a span of time measures the percentile named before it
			q.Subjects = p.percentileBefore(q.first)
			if len(q.Subjects) == 0 && q.partner == 0 {
				// "mean time to patch from 30 days to 9": a time named
				// before it, so that another figure's subject is told
				// apart; other words say nothing of a span
				q.Subjects = p.measureBefore(q.first, "time", "")
			}
			continue
		}
		if q.Class == DataSize && !q.Implied {
			q.Subjects = p.measureBefore(q.first, "memory", "size")
			continue
		}
		if q.Implied && q.Class != Count || q.Class == Duration || q.Class == DataSize || q.Class == Rate && q.Of != Count && q.Of != Currency {
			continue
		}
		if q.last > 0 && q.last <= len(p.toks) {
			if n, ok := rateNouns[p.toks[q.last-1].lower]; ok {
				q.Subjects = []string{n}
				continue
			}
		}
		if dim, _ := q.Physical(); dim != "" {
			q.Subjects = []string{"~" + dim} // "1.5 km" and "1,500 m" measure one length
			continue
		}
		if q.Noun == "times" && q.Class == Rate {
			continue // "three times a week" says how often, of no time
		}
		if q.Noun != "" && !strings.HasPrefix(q.Noun, "per ") && (q.Class == Count || q.Class == Rate) {
			q.Subjects = []string{p.nounKey(q.Noun)}
			// "6 school sites" are six schools too: a place named by what
			// it is
			if q.Subjects[0] == "offices" {
				for k := q.first + 2; k <= q.first+4 && k < len(p.toks); k++ {
					if p.toks[k].lower == q.Noun {
						if f := familyOf(p.lower(k - 1)); f != "" && f != "offices" && !Measure(f) {
							q.Subjects = append(q.Subjects, f)
						}
						break
					}
				}
			}
			continue
		}
		if q.Class == Count {
			// "a team of 6", "groups of 12-15": the figure counts members
			// (of a range, the words before its first figure say so)
			f := q.first
			if q.RangeEnd && !q.RangeLow && f >= 2 && p.toks[f-2].kind == tNum && (p.is(f-1, "-") || p.is(f-1, "–") || p.is(f-1, "to")) {
				f -= 2
			}
			switch collective := p.lower(f - 2); {
			case p.lower(f-1) != "of":
			case collective == "team" || collective == "squad" || collective == "crew" || collective == "department" || collective == "unit" || collective == "staff" ||
				collective == "teams" || collective == "squads" || collective == "crews":
				q.Subjects = []string{"people"}
				continue
			case collective == "class" || collective == "cohort" || collective == "classes" || collective == "cohorts":
				q.Subjects = []string{p.nounKey("students")} // "a class of 28" is 28 students
				continue
			case collective == "group" || collective == "groups":
				q.Subjects = nil // of patients, students, visitors: any people
				continue
			}
		}
		s := p.forwardSubject(qi)
		if len(s) == 0 {
			s = p.backwardSubject(qi)
		}
		q.Subjects = measuresFirst(s)
	}
	// the halves of a range or comparison measure one thing: "cut MTTR from
	// 45 to 12 minutes", "1 day instead of 3"
	// "3 backend and 2 frontend engineers": the first count's noun is the
	// second's head, left out
	for qi := 0; qi+1 < len(p.out); qi++ {
		a, b := &p.out[qi], &p.out[qi+1]
		if a.Class != Count || b.Class != Count || a.Implied || b.Implied || a.Noun == "" || hasStrong(a.Subjects) || !hasStrong(b.Subjects) {
			continue
		}
		k := a.last
		for k < len(p.toks) && (p.toks[k].end <= a.End || p.toks[k].text == "-" && !p.toks[k-1].spaceAfter && !p.toks[k].spaceAfter ||
			p.toks[k-1].text == "-" && !p.toks[k-1].spaceAfter && p.toks[k].kind == tWord) {
			k++ // past the counted noun ("4 day-shift and 3 night-shift nurses")
		}
		if w := p.lower(k); k+1 == b.first && (w == "and" || w == "or" || w == ",") {
			a.Subjects = b.Subjects
		}
	}
	// "6 engineers in Lisbon, 4 in Warsaw and 3 in Bangalore": a count
	// with no noun, then a place, counts what the count before it counted
	for qi := 1; qi < len(p.out); qi++ {
		a, b := &p.out[qi-1], &p.out[qi]
		if b.Class != Count || b.Noun != "" || b.Implied || a.Class != Count || a.Implied || !hasStrong(a.Subjects) {
			continue
		}
		if before := p.lower(b.first - 1); before != "," && before != "and" {
			continue // a list: "…, 4 in Warsaw and 3 in Bangalore"
		}
		if w := p.lower(b.last); (w == "in" || w == "at" || w == "for" || w == "from" || w == "across") && (a.Noun != "" || qi >= 2) {
			b.Subjects = a.Subjects
		}
	}
	// "reaching 0.84 AUC, up from a 0.78 baseline": the figure a change
	// came from measures what the figure before it measures
	for qi := 1; qi < len(p.out); qi++ {
		a, b := &p.out[qi-1], &p.out[qi]
		if b.Class != a.Class || b.Implied || a.Implied || hasStrong(b.Subjects) || !hasStrong(a.Subjects) {
			continue
		}
		k := b.first - 1
		if w := p.lower(k); w == "a" || w == "an" || w == "the" {
			k--
		}
		if p.lower(k) == "from" && (p.lower(k-1) == "up" || p.lower(k-1) == "down") {
			b.Subjects = a.Subjects
		}
	}
	// the second half may name only what it is a share of ("crash rate
	// from 1.2% to 0.3% of sessions") or pick up a word between the halves
	// ("from 18 in Q1 to 7"): a half that names no measure or counted thing
	// takes the other's
	for qi := range p.out {
		b := &p.out[qi]
		if b.partner == 0 {
			continue
		}
		a := &p.out[b.partner-1]
		switch {
		case len(b.Subjects) == 0:
			b.Subjects = a.Subjects
		case !hasStrong(b.Subjects) && hasStrong(a.Subjects):
			b.Subjects = append(slices.Clip(a.Subjects), b.Subjects...)
		case !hasStrong(a.Subjects) && hasStrong(b.Subjects):
			a.Subjects = append(slices.Clip(b.Subjects), a.Subjects...)
		}
	}
}

// comparedUnits gives a bare figure a target names the unit of the figure
// it is compared with: "165 units/hr against a target of 140" is 140
// units an hour, "$1.3M against a quota of 1M" a million dollars.
func (p *parser) comparedUnits() {
	for qi := 1; qi < len(p.out); qi++ {
		q, a := &p.out[qi], &p.out[qi-1]
		if q.Class != Count || q.Noun != "" || q.Implied || a.Implied || !(p.lower(q.first-1) == "of" && comparisonNouns[p.lower(q.first-2)] || comparisonNouns[p.lower(q.first-1)]) {
			continue
		}
		switch {
		case a.Class == Rate && a.Per > 0 && a.PerUnits == 0:
			q.Class, q.Of, q.Per, q.Noun = Rate, a.Of, a.Per, a.Noun
			q.Value, q.Tolerance = q.Value/a.Per, q.Tolerance/a.Per
		case a.Class == Currency && a.Currency != "":
			q.Class, q.Currency = Currency, a.Currency
		}
	}
}

// hasStrong: some subject is a family, not a single word.
func hasStrong(ss []string) bool {
	for _, s := range ss {
		if !strings.HasPrefix(s, "~") {
			return true
		}
	}
	return false
}

// measureBefore is family a or b when a word of it comes a few words
// before token k, within the clause: "memory use by 300 MB".
func (p *parser) measureBefore(k int, a, b string) []string {
	for x := k - 1; x >= max(0, k-6); x-- {
		t := &p.toks[x]
		if subjectStop(t) || t.kind == tNum {
			return nil
		}
		if t.kind != tWord {
			continue
		}
		if f, _ := p.phraseFamily(x, -1); f != "" && (f == a || f == b) {
			return []string{f}
		}
	}
	return nil
}

// percentileBefore is the percentile label a few words before token k,
// within the clause, as a subject ("~p99").
func (p *parser) percentileBefore(k int) []string {
	for x := k - 1; x >= max(0, k-5); x-- {
		t := &p.toks[x]
		if subjectStop(t) || t.kind == tNum {
			return nil
		}
		if w := t.lower; len(w) >= 3 && w[0] == 'p' && allDigits(w[1:]) {
			return []string{"~" + w}
		}
	}
	return nil
}

// measuresFirst drops the things a figure is about when a measure of them
// is named: "cut Android app cold-start time by 50%" measures time.
func measuresFirst(ss []string) []string {
	measure := false
	for _, s := range ss {
		measure = measure || Measure(s)
	}
	if !measure {
		return ss
	}
	out := ss[:0]
	for _, s := range ss {
		if Measure(s) {
			out = append(out, s)
		}
	}
	return out
}

// nounKey is the subject of a counted noun: its family, or its lemma.
func (p *parser) nounKey(noun string) string {
	if f := familyOf(noun); f != "" {
		return f
	}
	return "~" + lemma(noun)
}

// collectiveBefore is the item a count is per when a plural collective
// and "of" come before it (or before its range's first figure): "teams of
// 5-7 engineers" are so many per team.
func (p *parser) collectiveBefore(q *Quantity) string {
	f := q.first
	if q.RangeEnd && !q.RangeLow && f >= 2 && p.toks[f-2].kind == tNum && (p.is(f-1, "-") || p.is(f-1, "–") || p.is(f-1, "to")) {
		f -= 2
	}
	if p.lower(f-1) != "of" {
		return ""
	}
	return perCollective(p.lower(f - 2))
}

// perCollective: "teams of 5" count per team; "a team of 5" is one team.
func perCollective(w string) string {
	switch w {
	case "classes":
		return "class"
	case "teams", "squads", "crews", "groups", "cohorts":
		return strings.TrimSuffix(w, "s")
	}
	return ""
}

// forwardSubject reads a subject after the figure: "99.9% uptime", "40%
// lower latency", "a 12% increase in engagement", "75% of the
// reconciliations", "$2.4M in revenue", "doubled traffic".
func (p *parser) forwardSubject(qi int) []string {
	q := &p.out[qi]
	k := q.last
	if k >= len(p.toks) {
		return nil
	}
	// a measure right after the figure: "99.95 percent availability"
	if f := p.familyAt(k, 1); f != "" && Measure(f) {
		return []string{f}
	}
	// "98.5% were correct", "1.5% were wrong": a share said by what it is
	if w := p.lower(k); q.Class == Percent && (w == "were" || w == "was" || w == "are" || w == "is") {
		if f := p.familyAt(k+1, 1); f == "accuracy" || f == "errors" || f == "punctuality" {
			return []string{f}
		}
	}
	comp := ""
	switch w := p.lower(k); {
	case hasKey(comparatives, w):
		comp = comparatives[w]
		k++
	case changeNouns[w]:
		k++
		if p.lower(k) != "in" && p.lower(k) != "of" && p.lower(k) != "to" {
			return nil
		}
		k++
	case w == "of" && (q.Class == Percent || q.Class == Count && q.Noun == ""):
		k++
		if q.Class == Percent && comparisonNouns[p.lower(k)] {
			return []string{"~" + p.lower(k)} // "112% of quota": attainment of a target
		}
		if q.Class == Percent && shareBases[p.lower(k)] && q.first > 0 {
			// "shrink from 2.1% to 1.4% of sales": sales are what the
			// share is taken of; the measure is the one before
			return nil
		}
		if t := p.tok(k); t != nil && (t.kind == tNum || numberWords[t.lower] > 0) {
			k++ // "2 of 3 data centers"
			if t := p.tok(k); t != nil && t.kind == tWord && strings.HasSuffix(t.lower, "ed") && familyOf(t.lower) == "" {
				return nil // "1,800 of 6,000 worked by sales": the whole's subject
			}
		}
	case w == "in" && q.Class == Currency:
		k++
	case q.Class == Multiplier && multiplierWords[p.lower(q.first)] > 0,
		q.Class == Percent && strings.HasPrefix(p.lower(q.first), "halv"):
		// "doubled traffic", "tripled weekly active teams", "halved
		// on-call pages"
	case q.Class == Currency && p.toks[k].kind == tWord && familyOf(w) != "":
		// "$1.2M budget"
	default:
		if f := p.compoundMeasure(k); f != "" {
			return []string{f}
		}
		if t := &p.toks[k]; q.Class == Percent && t.kind == tWord && !nounStop[t.lower] && k+1 < len(p.toks) && familyOf(t.lower) == "" {
			if f := p.familyAt(k+1, 1); f != "" && Measure(f) {
				return []string{f} // "98.8% labelling accuracy": a word, then the measure it names
			}
		}
		if t := p.toks[k]; t.kind == tWord && t.text[0] >= 'A' && t.text[0] <= 'Z' && len(t.text) >= 2 && len(t.text) <= 5 && upperASCII(t.text) && magnitudes[t.lower] == 0 && rateWords[t.lower] == 0 {
			return []string{"~" + t.lower} // "2.8x MOIC", "24% IRR": the metric named after the figure
		}
		return nil
	}
	if s := p.scanFamilies(k, 1, 5); len(s) > 0 {
		q.Qualifiers = p.coordinated(k, min(len(p.toks), k+6))
		// "halving accounts payable processing time": a measure further in
		// the same noun phrase is its head, the accounts a modifier
		if !Measure(s[0]) && q.Class != Count {
			seen := false // the thing's own word, before the measure
			for j := k; j < min(len(p.toks), k+6); j++ {
				if t := &p.toks[j]; t.kind != tWord || nounStop[t.lower] {
					break
				}
				f := p.familyAt(j, 1)
				if seen && f != "" && Measure(f) {
					return []string{f}
				}
				seen = seen || f == s[0]
			}
		}
		return s
	}
	if comp != "" {
		return []string{comp}
	}
	if p.lower(q.last) == "of" || p.lower(q.last) == "in" && q.Class == Currency {
		// "75% of the reconciliations", "$2.6M in pipeline"
		if head, end := p.nounPhraseAfterDeterminers(k); head != "" && !pronouns[head] && !(end == k+1 && p.when(k)) {
			// ("$220K in Q1" names when, not what)
			return []string{"~" + lemma(head)}
		}
	}
	return nil
}

// shareBases are the wholes a measure is given as a share of ("labour at
// 14% of sales", "marketing at 8% of revenue").
var shareBases = map[string]bool{"sales": true, "revenue": true, "revenues": true, "turnover": true, "gmv": true, "income": true, "payroll": true}

// compoundMeasure: a measure after a hyphenated modifier right after the
// figure, "a 95% first-contact resolution rate".
func (p *parser) compoundMeasure(k int) string {
	glued := func(x int) bool {
		return x+2 < len(p.toks) && p.toks[x].kind == tWord && p.toks[x+1].text == "-" && !p.toks[x].spaceAfter && !p.toks[x+1].spaceAfter && p.toks[x+2].kind == tWord
	}
	if !glued(k) {
		return ""
	}
	x := k + 2
	for glued(x) {
		x += 2
	}
	x++ // the word after the compound
	if x >= len(p.toks) || p.toks[x].kind != tWord {
		return ""
	}
	f := familyOf(p.toks[x].lower)
	if x+1 < len(p.toks) && p.toks[x+1].kind == tWord {
		if f2 := familyOf(p.toks[x].lower + " " + p.toks[x+1].lower); f2 != "" {
			f = f2
		}
	}
	if f != "" && Measure(f) {
		return f
	}
	return ""
}

func hasKey(m map[string]string, k string) bool { _, ok := m[k]; return ok }

// nounPhraseAfterDeterminers skips "the", "our", "its" and reads a noun
// phrase's head.
func (p *parser) nounPhraseAfterDeterminers(k int) (string, int) {
	for {
		switch p.lower(k) {
		case "the", "our", "its", "their", "all", "a", "an", "his", "her", "my":
			k++
			continue
		}
		break
	}
	return p.nounPhrase(k)
}

// pronouns are no subject.
var pronouns = map[string]bool{"now": true, "then": true, "it": true, "them": true, "this": true, "that": true, "they": true, "we": true, "our": true,
	"its": true, "their": true, "these": true, "those": true, "us": true, "both": true, "each": true, "all": true}

// backwardSubject reads a subject before the figure, back to the verb that
// governs it, the clause's start or the previous figure: "cut p95 latency
// by 40%", "cut training time and inference cost by 30%".
func (p *parser) backwardSubject(qi int) []string {
	q := &p.out[qi]
	floor := 0
	if qi > 0 && p.out[qi-1].last <= q.first {
		floor = p.out[qi-1].last
	}
	// (from the first token before the figure's text: a currency written
	// as a word before it, "Rp 260 juta", is part of the figure)
	first := q.first
	for first > floor && p.toks[first-1].start >= q.Start && p.toks[first-1].kind == tWord {
		first--
	}
	k := first - 1
	for ; k >= floor; k-- {
		t := &p.toks[k]
		if t.kind == tNum && k >= 1 && p.toks[k-1].text == "@" && !p.toks[k-1].spaceAfter || t.text == "@" && !t.spaceAfter {
			continue // "recall@10 from 0.62": the cut-off is part of the metric's name
		}
		if k+1 < len(p.toks) && strings.IndexByte(p.text[t.end:p.toks[k+1].start], '\n') >= 0 {
			floor = k + 1 // a line is a bullet of its own: its subject is on it
			break
		}
		if !p.inCompound(k) && subjectStop(t) {
			floor = k + 1
			break
		}
		if p.verbAt(k) && !p.intransitive(k, q.first) {
			floor = k + 1
			break
		}
	}
	// a prepositional phrase between the subject and the figure says where
	// or for whom: "IAM roles across AWS accounts from 64 to 7", "latency
	// on the checkout API by 40%" ("the number of alerts" keeps its "of")
	end := first
	for k := first - 2; k > floor; k-- {
		if clauseOpeners[p.toks[k].lower] || p.verbAt(k) {
			break // ("on renewal calls as the renewal rate rose from 82%": the figure's own clause)
		}
		if locative(p.toks[k].lower) && p.toks[k-1].kind == tWord && !nounStop[p.toks[k-1].lower] {
			end = k
		}
	}
	if s := p.scanFamilies(end-1, -1, end-floor); len(s) > 0 {
		q.Qualifiers = p.coordinated(floor, end)
		if len(q.Qualifiers) == 0 {
			q.Qualifiers = p.trailingConjunct(floor, end)
		}
		return s
	}
	// "close time and audit adjustments by 30%": the measure stands in the
	// first of two coordinated things; the other is a thing the figure is
	// spread over, which the source must name too
	low := 0
	if qi > 0 && p.out[qi-1].last <= q.first {
		low = p.out[qi-1].last
	}
	for j := end - 2; j > low && j >= end-5; j-- {
		if subjectStop(&p.toks[j]) && !p.inCompound(j) {
			break
		}
		if w := p.toks[j].lower; w != "and" && w != "&" {
			continue
		}
		if _, form, ok := english.LookupVerb(p.lower(j + 1)); ok && (form == english.FormPast || form == english.FormIng) {
			break // "cut close time and reduced adjustments by 30%": two clauses
		}
		if s := p.scanFamilies(j-1, -1, min(4, j-low)); len(s) > 0 {
			for k := end - 1; k > j; k-- {
				if t := &p.toks[k]; t.kind == tWord && !nounStop[t.lower] && !pronouns[t.lower] && !p.verbAt(k) {
					q.Qualifiers = append(q.Qualifiers, t.lower)
					break
				}
			}
			return s
		}
		break
	}
	// no family: the nearest noun's lemma, "cut checkout abandonment by 18%"
	for k := end - 1; k >= floor; k-- {
		t := &p.toks[k]
		if t.kind != tWord || nounStop[t.lower] || pronouns[t.lower] || t.lower == "by" || p.verbAt(k) || comparisonNouns[t.lower] {
			continue
		}
		if _, hedge := hedgeWords[t.lower]; hedge {
			continue
		}
		q.Qualifiers = p.coordinatedNouns(k, floor)
		return []string{"~" + lemma(strings.TrimSuffix(p.compound(k), "'s"))}
	}
	return nil
}

// compound is the word at k with a prefix glued to it by a hyphen:
// "mis-picks" is no kind of "picks".
func (p *parser) compound(k int) string {
	if k >= 2 && p.toks[k-1].text == "-" && !p.toks[k-1].spaceAfter && !p.toks[k-2].spaceAfter && p.toks[k-2].kind == tWord {
		switch w := p.toks[k-2].lower; w {
		case "mis", "non", "re", "pre", "un", "de", "co", "over", "under", "cross", "multi", "self", "sub", "anti", "post":
			return w + "-" + p.toks[k].lower
		}
	}
	return p.toks[k].lower
}

// trailingConjunct: "invoice errors and payment delays 40%": the thing
// after "and" names no measure of its own, so the figure is spread over
// it too; it is returned for the source to name.
func (p *parser) trailingConjunct(floor, end int) []string {
	k := end - 1
	if k > floor && p.toks[k].lower == "by" {
		k-- // "wait times and readmissions by 30%"
	}
	if k <= floor || p.toks[k].kind != tWord || nounStop[p.toks[k].lower] || pronouns[p.toks[k].lower] || p.verbAt(k) || familyOf(p.toks[k].lower) != "" {
		return nil
	}
	for j := k - 1; j > floor && j >= k-3; j-- {
		switch w := p.toks[j].lower; {
		case w == "and" || w == "&":
			if _, form, ok := english.LookupVerb(p.lower(j + 1)); ok && (form == english.FormPast || form == english.FormIng) {
				return nil // two clauses
			}
			return []string{p.toks[k].lower}
		case w == "-" && j+1 <= k && p.toks[j].start == p.toks[j-1].end:
			// ("no-shows": one word)
		case p.toks[j].kind != tWord || nounStop[w] || p.verbAt(j):
			return nil
		}
	}
	return nil
}

// coordinatedNouns: the noun at k closes the second of two coordinated
// things ("patient falls and pressure injuries"); both heads, which the
// source must name when one figure is spread over them.
func (p *parser) coordinatedNouns(k, floor int) []string {
	for j := k - 1; j > floor && j >= k-3; j-- {
		w := p.toks[j].lower
		if w != "and" && w != "&" {
			if t := &p.toks[j]; t.kind != tWord || nounStop[t.lower] || p.verbAt(j) {
				return nil
			}
			continue
		}
		a := &p.toks[j-1]
		if a.kind != tWord || nounStop[a.lower] || pronouns[a.lower] || p.verbAt(j-1) || familyOf(a.lower) != "" {
			return nil
		}
		if _, form, ok := english.LookupVerb(p.lower(j + 1)); ok && (form == english.FormPast || form == english.FormIng) {
			return nil // two clauses
		}
		return []string{p.toks[k].lower, a.lower}
	}
	return nil
}

// coordinated finds modifiers coordinated before one measure in tokens a
// to b: "compile" and "test" in "compile and test time". Each is a thing the
// figure is about, which the source must name too.
func (p *parser) coordinated(a, b int) []string {
	var out []string
	for k := a; k < b; k++ {
		if w := p.toks[k].lower; w == "and" || w == "or" || w == "&" {
			break
		}
		if k == b-1 {
			return nil // nothing coordinated
		}
	}
	modifier := func(k int) bool {
		t := &p.toks[k]
		f := familyOf(t.lower)
		return t.kind == tWord && !nounStop[t.lower] && !pronouns[t.lower] && (f == "" || !Measure(f)) && !p.verbAt(k) && !p.masks(k)
	}
	for k := a; k+3 < b; k++ {
		if c := p.toks[k+1].lower; (c == "and" || c == "or" || c == "&") && modifier(k) && modifier(k+2) {
			if f := familyOf(p.toks[k+3].lower); f != "" && Measure(f) {
				out = append(out, p.compound(k), p.toks[k+2].lower)
			}
		}
	}
	return out
}

// locative: w opens a phrase of place or beneficiary.
func locative(w string) bool {
	switch w {
	case "across", "in", "on", "at", "for", "within", "throughout", "into", "onto", "among", "during", "under", "after", "before", "per":
		return true
	}
	return false
}

// intransitive: the verb at k reaches the figure at first with nothing but
// "by", "from", "to" or a hedge between ("completion rose from 61%",
// "revenue grew 40%"): its subject is before it.
func (p *parser) intransitive(k, first int) bool {
	level := levelVerbs[p.toks[k].lower]
	if !changeVerbs[p.toks[k].lower] && !level || k == 0 || p.toks[k-1].kind != tWord {
		return false
	}
	for x := k + 1; x < first; x++ {
		switch w := p.toks[x].lower; {
		case w == "by" || w == "from" || w == "to" || w == "up" || w == "down" || w == "over" || w == "nearly" || w == "about" || w == "roughly" || w == "~":
		case level && (w == "at" || w == "steady" || w == "constant" || w == "flat" || w == "stable" || w == "above" || w == "below"):
		default:
			return false
		}
	}
	return true
}

// ageAfterPeople: a bare count after people and "over", "under" or "aged"
// is their age ("adults over 50", "patients aged 65").
func (p *parser) ageAfterPeople(q *Quantity) bool {
	k := q.first - 1
	for k >= 0 && p.toks[k].end > q.Start {
		k--
	}
	if k >= 2 && (p.toks[k].lower == "to" || p.toks[k].lower == "-" || p.toks[k].lower == "–") && (p.toks[k-1].kind == tNum || numberWords[p.toks[k-1].lower] > 0) && p.toks[k-2].lower == "aged" {
		k -= 2 // the range's other end: "aged nine to ten"
	}
	if k >= 0 && p.toks[k].lower == "aged" {
		k--
	} else {
		l := strings.ToLower(q.Text)
		if !strings.HasPrefix(l, "over ") && !strings.HasPrefix(l, "under ") && !strings.HasPrefix(l, "above ") && !strings.HasPrefix(l, "below ") {
			return false
		}
	}
	if k < 0 {
		return false
	}
	switch p.toks[k].lower {
	case "adults", "adult", "children", "kids", "seniors", "people", "patients", "women", "men", "clients", "members", "residents", "learners",
		"pupils", "students", "boys", "girls", "infants", "toddlers", "teenagers", "participants", "players", "campers":
		return true
	}
	return false
}

// clauseOpeners begin a clause of their own, whose subject is in it.
var clauseOpeners = map[string]bool{"as": true, "while": true, "when": true, "whereas": true, "which": true, "after": true, "because": true, "so": true}

// changeVerbs may stand without an object: "revenue grew 40%".
var changeVerbs = map[string]bool{"rose": true, "rise": true, "risen": true, "fell": true, "fallen": true, "dropped": true, "grew": true,
	"climbed": true, "jumped": true, "declined": true, "increased": true, "decreased": true, "improved": true, "went": true, "shrank": true,
	"doubled": true, "tripled": true, "halved": true, "soared": true, "plummeted": true, "slipped": true}

// levelVerbs keep a measure at a figure: "inventory accuracy held at
// 99.6%", "recall stayed steady at 0.65".
var levelVerbs = map[string]bool{"held": true, "stayed": true, "remained": true, "stood": true, "hovered": true, "sat": true, "averaged": true,
	"peaked": true, "plateaued": true}

// moreVerbs are verbs of change and result that govern a figure and that
// the ownership verb list does not hold.
var moreVerbs = map[string]bool{}

func init() {
	for _, v := range strings.Fields(`raise raised raising rise rose risen rising fall fell fallen falling drop dropped dropping
		grow grew grown growing lift lifted lifting bring brought bringing keep kept keeping hold held holding take took taking
		went climb climbed climbing jump jumped jumping decline declined declining push pushed pull pulled shrink shrank shrunk
		halve halved double doubled triple tripled trim trimmed save saved saving add added adding get got reach reached reaching
		hit hitting achieve achieved achieving earn earned generate generated generating win won close closed sign signed land
		landed secure secured gain gained attract attracted acquire acquired lower lowered lowering boost boosted boosting
		slash slashed slashing shave shaved shaving increase increased increasing decrease decreased decreasing improve improved
		improving reduce reduced reducing cut cutting`) {
		moreVerbs[v] = true
	}
}

// verbAt: token k is a verb in no family, the word that governs a figure
// ("cut", "reduced", "raising").
func (p *parser) verbAt(k int) bool {
	t := &p.toks[k]
	if t.kind != tWord || familyOf(t.lower) != "" {
		return false
	}
	if k > 0 && p.toks[k-1].text == "-" && !p.toks[k-1].spaceAfter {
		return false // "on-call", "zero-result"
	}
	_, form, ok := lookupVerb(t.lower)
	if !ok {
		return moreVerbs[t.lower] && !nounLike[t.lower]
	}
	if nounLike[t.lower] {
		return false
	}
	return form != 0 || k == 0 || subjectStop(&p.toks[k-1]) || p.lower(k-1) == "and"
}

// inCompound: token k is part of a hyphenated word ("click-through").
func (p *parser) inCompound(k int) bool {
	t := &p.toks[k]
	if t.text == "-" {
		return k > 0 && k+1 < len(p.toks) && !p.toks[k-1].spaceAfter && !t.spaceAfter && p.toks[k+1].kind == tWord
	}
	return k > 0 && p.toks[k-1].text == "-" && !p.toks[k-1].spaceAfter && k > 1 && !p.toks[k-2].spaceAfter ||
		k+1 < len(p.toks) && p.toks[k+1].text == "-" && !t.spaceAfter && !p.toks[k+1].spaceAfter
}

// familyAt is the family of the word at k or of the phrase it ends (dir
// -1) or starts (dir 1), hyphenated compounds whole: "on-call", "cold
// start", "crash-free rate".
func (p *parser) familyAt(k, dir int) string {
	t := &p.toks[k]
	if t.kind != tWord || t.lower == "times" && k > 0 && (p.toks[k-1].kind == tNum || numberWords[p.toks[k-1].lower] > 0) {
		return "" // "three times" is a multiple
	}
	// a hyphenated compound read whole, and its parts not at all
	a, b := k, k
	for a >= 2 && p.toks[a-1].text == "-" && !p.toks[a-2].spaceAfter && !p.toks[a-1].spaceAfter {
		a -= 2
	}
	for b+2 < len(p.toks) && p.toks[b+1].text == "-" && !p.toks[b].spaceAfter && !p.toks[b+1].spaceAfter {
		b += 2
	}
	if a != b {
		return familyOf(p.ltext[p.toks[a].start:p.toks[b].end])
	}
	f, _ := p.phraseFamily(k, dir)
	return f
}

// phraseFamily is the family of the two-word phrase the word at k starts
// (dir 1) or ends (dir -1), and 2; else of the word, and 1.
func (p *parser) phraseFamily(k, dir int) (string, int) {
	t := &p.toks[k]
	if dir > 0 && k+1 < len(p.toks) {
		if f := familyOf(p.pair(k)); f != "" {
			return f, 2
		}
	}
	if dir < 0 && k > 0 {
		if f := familyOf(p.pair(k - 1)); f != "" {
			return f, 2
		}
	}
	return familyOf(t.lower), 1
}

// pair is tokens k and k+1 as one lowercase phrase: a slice of the text
// when one space parts them, as it mostly does.
func (p *parser) pair(k int) string {
	a, b := &p.toks[k], &p.toks[k+1]
	if b.start == a.end+1 && p.ltext[a.end] == ' ' {
		return p.ltext[a.start:b.end]
	}
	return a.lower + " " + b.lower
}

// scanFamilies collects the families of words from token k on, stepping by
// dir, over at most n tokens and within the clause.
//
// A noun phrase names one thing, its head, the last noun: "manual
// regression cases" are cases, "CPU time" is time. So of the families in
// one phrase only the head's counts; "and", "of" and the like start
// another ("training time and inference cost").
func (p *parser) scanFamilies(k, dir, n int) []string {
	var out []string
	head := -1 // index in out of the current phrase's family
	for steps := 0; steps < n && k >= 0 && k < len(p.toks); steps++ {
		t := &p.toks[k]
		if t.text == "-" {
			n++ // "on-call" is one word
		}
		if dir < 0 && k >= 1 && t.kind == tNum && p.toks[k-1].text == "@" && !p.toks[k-1].spaceAfter {
			k -= 2 // "recall@10": the cut-off is part of the metric's name
			n += 2
			continue
		}
		if dir > 0 && t.lower == "and" && len(out) > 0 {
			n += 3 // "page volume and incident count": the next phrase too
		}
		if !p.inCompound(k) && subjectStop(t) || t.kind == tNum || dir > 0 && p.verbAt(k) && steps > 0 {
			break
		}
		if t.kind != tWord && t.text != "-" || nounStop[t.lower] {
			head = -1
		}
		f, width := p.familyAt(k, dir), 1
		if !p.inCompound(k) {
			f, width = p.phraseFamily(k, dir)
		}
		if strings.HasSuffix(t.lower, "'s") {
			f = "" // a possessive modifies the subject: "the team's test cases"
		}
		switch {
		case f == "":
		case head >= 0 && dir < 0:
			// read backwards, the phrase's head came first
		case head >= 0:
			if i := slices.Index(out, f); i >= 0 && i != head {
				out = slices.Delete(out, head, head+1)
				head = slices.Index(out, f)
			} else {
				out[head] = f
			}
		case !contains(out, f):
			out = append(out, f)
			head = len(out) - 1
		default:
			head = slices.Index(out, f)
		}
		k += dir * (width - 1)
		steps += width - 1
		if dir > 0 && len(out) > 0 && (k+1 >= len(p.toks) || nounStop[p.lower(k+1)] && p.lower(k+1) != "and") {
			break // the noun phrase ended: "of AWS costs"
		}
		k += dir
	}
	return out
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}
