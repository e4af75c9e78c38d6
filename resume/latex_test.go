package resume

import (
	"strings"
	"testing"
)

// TestLaTeXText: escapes, accents, letters written as commands and math
// separators read as the characters they print; an edit is written back
// with LaTeX's escapes and reads back as written.
func TestLaTeXText(t *testing.T) {
	src := "\\documentclass{article}\n\\begin{document}\n\\section{Experience}\n" +
		"\\textbf{Engineer} $|$ Acme in Z\\\"urich and Troms\\o{} $|$ 2019 -- 2021\n" +
		"\\begin{itemize}\n  \\item Cut costs by 40\\% at Jos\\'{e}'s \\& Co.\n\\end{itemize}\n\\end{document}\n"
	d, err := Parse(Text, []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Roles) != 1 || len(d.Roles[0].Bullets) != 1 {
		t.Fatalf("roles %+v", d.Roles)
	}
	if got := d.Roles[0].Bullets[0]; got != "Cut costs by 40% at José's & Co." {
		t.Errorf("bullet %q", got)
	}
	if got := d.Roles[0].Company + " " + d.Roles[0].Title; !strings.Contains(got, "Zürich and Tromsø") {
		t.Errorf("role %q", got)
	}
	out, err := d.Splice(map[string]string{"experience.0.bullets.0": `Cut costs by 50% & more_x \ {ok} ~^ #1 $5`})
	if err != nil {
		t.Fatal(err)
	}
	if want := `\item Cut costs by 50\% \& more\_x \textbackslash{} \{ok\} \textasciitilde{}\textasciicircum{} \#1 \$5` + "\n"; !strings.Contains(string(out), want) {
		t.Errorf("written\n%s", out)
	}
	d2, err := Parse(Text, out)
	if err != nil || d2.Roles[0].Bullets[0] != `Cut costs by 50% & more_x \ {ok} ~^ #1 $5` {
		t.Errorf("read back %v %q", err, d2.Roles[0].Bullets[0])
	}
}
