package claims_test

import (
	"fmt"

	"github.com/bulletproof-cli/bulletproof/guard/claims"
)

func ExampleReader_Read() {
	r := claims.MustNew(claims.Options{})
	c := r.Read("Cut build times by two thirds on GitHub Actions, from 30 minutes to 10, for a team of 6.")
	for _, q := range c.Quantities {
		fmt.Printf("%q: %s, measuring %v\n", q.Text, q.Class, q.Subjects)
	}
	// Output:
	// "two thirds": percent, measuring [time]
	// "30 minutes": duration, measuring []
	// "10": duration, measuring []
	// "6": count, measuring [people]
}

func ExampleReader_Support() {
	r := claims.MustNew(claims.Options{})
	shown := r.Support(r.Read("Ran services on EKS; provisioned every account with Terraform."))
	for _, name := range []string{"Kubernetes", "Infrastructure as Code", "Helm"} {
		fmt.Printf("%s: %t (via %q)\n", name, shown.Has(name), shown.Via(name))
	}
	// Output:
	// Kubernetes: true (via "Amazon EKS")
	// Infrastructure as Code: true (via "Terraform")
	// Helm: false (via "")
}
