package resume

import "strings"

// popDateTerm takes off the end of bs a definition-list term that holds
// only dates, which heads the heading that follows it (an HTML CV's
// <dt>2018 – 2022</dt> over its <dd>'s <h3>), and returns it.
func popDateTerm(bs []*Block) ([]*Block, *Block) {
	n := len(bs)
	if n == 0 || bs[n-1].Kind != BlockTerm {
		return bs, nil
	}
	t := strings.TrimSpace(bs[n-1].Text)
	if _, ok := ParseDateRange(t); !ok {
		if _, dateOnly := ParseDate(t); !dateOnly {
			return bs, nil
		}
	}
	return bs[:n-1], bs[n-1]
}
