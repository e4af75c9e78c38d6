package resume

import "testing"

// TestRstInlineSplice: an item with reStructuredText's inline markup reads
// as its text, and a rewrite keeps the markup around what it keeps.
func TestRstInlineSplice(t *testing.T) {
	src := "Jean Dupont\n===========\n\nExpériences\n-----------\n\n**Ingénieur chez Acme** à Lyon (2019 - 2021)\n\n- Migration vers **git** et formation de `l'équipe <https://x.example>`_\n- Mise en place d'une CI\n"
	d, err := Parse(Text, []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Roles) != 1 || len(d.Roles[0].Bullets) != 2 {
		t.Fatalf("roles %+v", d.Roles)
	}
	if got := d.Roles[0].Bullets[0]; got != "Migration vers git et formation de l'équipe" {
		t.Fatalf("bullet %q", got)
	}
	out, err := d.Splice(map[string]string{"experience.0.bullets.0": "Migré vers git et formé l'équipe"})
	if err != nil {
		t.Fatal(err)
	}
	want := "Jean Dupont\n===========\n\nExpériences\n-----------\n\n**Ingénieur chez Acme** à Lyon (2019 - 2021)\n\n- Migré vers git et formé `l'équipe <https://x.example>`_\n- Mise en place d'une CI\n"
	if string(out) != want {
		t.Errorf("got  %q\nwant %q", out, want)
	}
	if d.Roles[0].Title != "Ingénieur" {
		t.Errorf("title %q", d.Roles[0].Title)
	}
}
