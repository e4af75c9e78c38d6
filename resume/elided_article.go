package resume

import "strings"

// French and Italian glue an elided article to the name after "at" ("à
// l'IUT Lyon 1", "chez d'Artagnan Conseil", "presso l'Università"): the
// name starts after the apostrophe, the article goes with the separator.

// elidedArticles are the articles and prepositions that elide before a
// vowel, in lower case, each with its apostrophe (straight or curly).
var elidedArticles = []string{"l'", "l’", "d'", "d’", "dell'", "dell’", "all'", "all’", "nell'", "nell’"}

// elidedArticle is the length of the elided article w opens with, or 0.
func elidedArticle(w string) int {
	for _, a := range elidedArticles {
		if strings.HasPrefix(w, a) && len(w) > len(a) {
			return len(a)
		}
	}
	return 0
}
