package lint

import (
	"strings"
	"testing"
)

// TestDateFalseAlarms: dates the reader understands are never reported as
// missing a month or an end: in emphasis, MM.YYYY, months in other
// languages, "the present".
func TestDateFalseAlarms(t *testing.T) {
	clean := guideStyle(t)
	for _, dates := range []string{
		"*July 2015 – May 2017*",
		"_07.2015 – 05.2017_",
		"07/2015 – 05/2017",
		"2015-07 – 2017-05",
		"juil. 2015 – mai 2017",
		"Juli 2015 bis Mai 2017",
		"julio 2015 – mayo 2017",
		"июль 2015 – май 2017",
		"2015年7月 – 2017年5月",
		"(July 2015 to May 2017)",
		"Juil. 15 – Mai 17",
		"July – August 2015",
	} {
		md := strings.Replace(clean, "Seattle, WA | July 2015 – May 2017", "Seattle, WA | "+dates, 1)
		if got := rules(lintMD(t, md))["experience-dates"]; got != 0 {
			t.Errorf("%q: experience-dates fired", dates)
		}
	}
	for _, present := range []string{"the present", "Present", "aujourd'hui", "heute", "actualidad", "至今", "현재", "Current", "Now",
		"по настоящее время", "настоящее время", "наст. время", "дотепер", "теперішній час", "heden", "nu", "oggi", "in corso", "atual", "atualmente", "o momento", "até o momento", "hoy", "hasta la fecha", "presente", "現在", "jetzt", "aktuell", "actuel", "à ce jour", "ce jour", "today", "date", "ongoing"} {
		md := strings.Replace(clean, "– Present", "– "+present, 1)
		if !strings.Contains(md, "– "+present) {
			t.Fatalf("fixture has no current role")
		}
		if got := rules(lintMD(t, md)); got["experience-dates"] != 0 || got["tense"] != 0 {
			t.Errorf("%q: %v", present, got)
		}
	}
	// a season is a period of its own
	md := strings.Replace(clean, "Seattle, WA | July 2015 – May 2017", "Seattle, WA | Summer 2016", 1)
	if got := rules(lintMD(t, md))["experience-dates"]; got != 0 {
		t.Error("a role dated Summer 2016 was told it lacks an end or a month")
	}
	// and a real gap still fires
	md = strings.Replace(clean, "Seattle, WA | July 2015 – May 2017", "Seattle, WA | July 2015", 1)
	if got := rules(lintMD(t, md))["experience-dates"]; got == 0 {
		t.Error("a role with a start and no end passed")
	}
	// education: a month in a graduation date, in any language, is reported
	md = strings.Replace(clean, "Corvallis, OR | 2015", "Corvallis, OR | juin 2015", 1)
	if got := rules(lintMD(t, md))["education-date"]; got == 0 {
		t.Error("education-date missed a French month")
	}
}
