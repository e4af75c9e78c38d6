package guard_test

import (
	"fmt"

	"github.com/bulletproof-cli/bulletproof/guard"
)

func Example() {
	g, err := guard.New(guard.Options{})
	if err != nil {
		panic(err)
	}
	v := g.Check("Cut p95 latency from 420 ms to 180 ms with Redis.", "Cut p95 latency 57% with Redis and Kafka.")
	fmt.Println(v.Decision)
	for _, f := range v.Errors() {
		fmt.Println(f.Code, f.Text)
	}
	// Output:
	// reject
	// unsupported_tool Kafka
}

func ExampleGuard_Check() {
	g := guard.MustNew(guard.Options{})
	for _, rewrite := range []string{
		"Cut p99 checkout latency by 40% by caching cart lookups.",  // the source's figure
		"Cut checkout infrastructure cost by 40% by caching carts.", // moved to another thing
		"Cut p99 checkout latency by [X%] by caching cart lookups.", // a gap to fill
	} {
		v := g.Check("Cut p99 checkout latency by 40% by caching cart lookups.", rewrite)
		fmt.Print(v.Decision)
		for _, f := range v.Errors() {
			fmt.Print(" ", f.Code)
		}
		fmt.Println()
	}
	// Output:
	// accept
	// reject changed_subject
	// needs_input
}

func ExampleGuard_Check_facts() {
	g := guard.MustNew(guard.Options{})
	v := g.Check("Cut infrastructure costs.", "Cut AWS costs by $144K a year.", "The AWS bill fell by $12K a month.")
	fmt.Println(v.Decision)
	for _, f := range v.Findings {
		if f.Code == guard.CodeDerived {
			fmt.Println(f.Text, "is derived")
		}
	}
	// Output:
	// accept
	// $144K a year is derived
}

func ExampleGuard_Claims() {
	g := guard.MustNew(guard.Options{})
	c := g.Claims("Served 2M+ users on k8s with 99.99% uptime, upgrading Python to 3.12.")
	for _, q := range c.Quantities {
		fmt.Printf("%s: %s %s, measuring %v\n", q.Text, q.Class, q.Bound, q.Subjects)
	}
	for _, t := range c.Technologies {
		fmt.Printf("%s is %s\n", t.Text, t.Name)
	}
	for _, t := range c.Tokens {
		fmt.Printf("%s: %s %s of %s\n", t.Text, t.Kind, t.Key, t.Of)
	}
	// Output:
	// 2M+ users: count at least, measuring [users]
	// 99.99%: percent exact, measuring [availability]
	// k8s is Kubernetes
	// Python is Python
	// 3.12: version 3.12 of Python
}

func ExampleGuard_Prepare() {
	g := guard.MustNew(guard.Options{Ownership: guard.OwnershipReject})
	src := g.Prepare(guard.Source{Text: "Helped migrate 40 services to Kubernetes."})
	for _, rewrite := range []string{
		"Helped migrate forty services to Kubernetes.",
		"Led the migration of 40 services to Kubernetes.",
	} {
		fmt.Println(src.Check(rewrite).Decision)
	}
	// Output:
	// accept
	// reject
}

func ExampleOptions_lexicon() {
	// a technology the embedded table lacks, in the lexicon's line format:
	// name | category | aliases | flags | entails
	g := guard.MustNew(guard.Options{Lexicon: []byte("Quarkflow | framework | QF | | Java\n")})
	v := g.Check("Built the ingest service on QF.", "Built the ingest service in Java on Quarkflow.")
	fmt.Println(v.Decision)
	// Output:
	// accept
}

func ExampleRender() {
	g := guard.MustNew(guard.Options{})
	rewrite := "Cut latency 60% with Kafka."
	fmt.Print(guard.Render(rewrite, g.Check("Cut latency from 420 ms to 180 ms.", rewrite), false))
	// Output:
	// Cut latency 60% with Kafka.
	//             ^^^      ^^^^^
	//
	// reject: 2 unsupported claims
	//   ✗ "60%" is not in the source
	//   ✗ "Kafka" (technology Apache Kafka) is not named in the source, nor implied by anything it names
	//   · the source's "420 ms" is no longer stated
	//   · the source's "180 ms" is no longer stated
}

func ExampleFeedback() {
	g := guard.MustNew(guard.Options{})
	v := g.Check("Cut latency from 420 ms to 180 ms.", "Cut latency 60% with Kafka.")
	fmt.Println(guard.Feedback(v)) // what the model is told on its next attempt
	// Output:
	// - "60%" is not in the source: remove it, or keep the source's figure exactly, or write a placeholder such as [X%].
	// - "Kafka" (technology Apache Kafka) is not named in the source, nor implied by anything it names: remove it; name only technologies the source names.
}

func ExampleGuard_Join() {
	g := guard.MustNew(guard.Options{})
	// facts the user vouches for, read once for a whole run of items
	facts := g.Prepare(guard.Source{Facts: []string{"The billing API served 2M users."}})
	for _, item := range []struct{ source, rewrite string }{
		{"Rebuilt the billing API in Go.", "Rebuilt the billing API in Go for 2M users."},
		{"Wrote the invoicing jobs.", "Wrote the invoicing jobs for 3M users."},
	} {
		src := g.Join(g.Prepare(guard.Source{Text: item.source}), facts)
		fmt.Println(src.Check(item.rewrite).Decision)
	}
	// Output:
	// accept
	// reject
}
