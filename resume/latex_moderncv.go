package resume

import (
	"bytes"
	"strings"
)

// moderncvBody: the document sets its entries as moderncv does, with
// \cventry or with moderncv 1.x's \cvline ("\cvline{seit 3.2018}{Firma
// ...}" under "\subsection{Werkstudentin}"), or is of the moderncv class:
// a \subsection there heads an entry under its \section, never a section
// of its own.
func moderncvBody(src []byte, start, end int) bool {
	body := src[start:end]
	if bytes.Contains(body, []byte(`\cventry{`)) || bytes.Contains(body, []byte(`\cvline{`)) {
		return true
	}
	return bytes.Contains(src[:start], []byte(`{moderncv}`))
}

// listAfterText: an argument that opens with text and goes on with a list
// ("Universität Kassel% \begin{itemize} \item ..."): where the list
// begins.
func listAfterText(t string) (int, bool) {
	k := -1
	for _, env := range []string{`\begin{itemize}`, `\begin{enumerate}`, `\begin{compactitem}`} {
		if i := strings.Index(t, env); i >= 0 && (k < 0 || i < k) {
			k = i
		}
	}
	if k <= 0 {
		return 0, false
	}
	lead := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(t[:k]), "%"))
	return k, lead != "" && !strings.Contains(lead, `\item`)
}

// labelledItemCmd: a class's item that sets a label beside its text, moderncv's
// \cvitem{Label}{text} and europecv's \ecvitem{Dates}{2019 -- 2021}: the
// line "Label: text", not a list item.
func labelledItemCmd(name string) bool {
	return (strings.HasPrefix(name, `\cv`) || strings.HasPrefix(name, `\ecv`)) && strings.Contains(name, "item")
}
