package claims

// findPhones finds phone numbers — (512) 555-0142, +1 415 555 0117,
// 555-0142 — so their digits are not read as claims. A stretch of digit
// groups joined by spaces, dots, dashes or brackets is a phone number when it
// ends in a group of four after a group of three. Hand-written: it runs on
// every text.
func findPhones(text string) []span {
	var out []span
	for i := 0; i < len(text); i++ {
		c := text[i]
		if !isDigitB(c) && c != '(' && c != '+' || i > 0 && (isDigitB(text[i-1]) || isLetterB(text[i-1])) {
			continue
		}
		var room [8]int // the groups, on the stack: this runs on every text
		groups := room[:0]
		j, n := i, 0
		for j < len(text) {
			switch ch := text[j]; {
			case isDigitB(ch):
				n++
			case ch == ' ' || ch == '-' || ch == '.' || ch == '(' || ch == ')' || ch == '+':
				if n > 0 {
					groups = append(groups, n)
					n = 0
				}
				if ch == ' ' && j+1 < len(text) && !isDigitB(text[j+1]) && text[j+1] != '(' {
					goto done
				}
			default:
				goto done
			}
			j++
		}
	done:
		if n > 0 {
			groups = append(groups, n)
		}
		end := j
		for end > i && !isDigitB(text[end-1]) {
			end--
		}
		if end < len(text) && end == j && isLetterB(text[end]) {
			continue // "555-0142ms" is no phone
		}
		if k := len(groups); k >= 2 && groups[k-1] == 4 && groups[k-2] == 3 {
			out = append(out, span{i, end})
			i = end
		}
	}
	return out
}
