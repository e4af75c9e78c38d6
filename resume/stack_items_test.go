package resume

import "testing"

// TestStackItem: a tools label over names is a field line; over a
// sentence it stays a bullet.
func TestStackItem(t *testing.T) {
	for _, c := range []struct {
		t    string
		want bool
	}{
		{"Stack: C#, ASP.NET Core, Azure", true},
		{"Tech: Go, Kafka, Postgres", true},
		{"Technologies: React / Redux", true},
		{"Tools used: Jira, Figma", true},
		{"Environment: Linux, Docker", true},
		{"Stack: Java 21, Spring Boot, Kotlin, PostgreSQL, Kafka, AWS", true},
		{"Tecnologías: NumPy, SciPy, Cython, Matplotlib, Jupyter, etc.", true},
		{"Stos technologiczny: TypeScript, NestJS, k8s", true},
		{"Технологии: Go, PostgreSQL, Kafka", true},
		{"技术栈：Go、Redis、Kafka", true},
		{"기술 스택: Spring Boot, MySQL", true},
		{"Tech: Kubernetes", true},
		{"Tech: migrated the queue to Kafka, cutting lag 40%", false},
		{"Tech: Kafka, lag cut by 40%", false},
		{"Tools: cut cloud spend from €520 to €210", false},
		{"Stack: riscritto il servizio incassi in Kotlin", false},
		{"Responsibilities: Go, Kafka", false},
		{"Backend: Java 8, Spring 4, Hibernate", false},
	} {
		if got := stackItem(c.t); got != c.want {
			t.Errorf("stackItem(%q) = %v, want %v", c.t, got, c.want)
		}
	}
}
