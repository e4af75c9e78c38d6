// Package lexicon is bulletproof's one table of technologies: canonical names,
// the spellings people write, categories, which spellings are also ordinary
// English ("Go", "Spring", "React"), and one-way "entails" edges (EKS entails
// Kubernetes and AWS). It finds technology mentions in any text, judging
// ambiguous words by their context. Pure: the table is embedded; extra
// entries arrive as bytes the caller read.
//
// The data format, one entry a line:
//
//	name | category | aliases | flags | entails
//
// A "~" before a name or alias marks a spelling that is also an ordinary word;
// the flag "case" makes every spelling of the entry case-sensitive.
package lexicon
