package resume

import (
	"fmt"
	"testing"
)

func TestFindDateRange(t *testing.T) {
	cases := []struct {
		in, start, end string
		current        bool
		from, to       string // "2021-03"
	}{
		{"Denver, CO | March 2022 – Present", "March 2022", "Present", true, "2022-03", "0-00"},
		{"*12.2016 - present* | Remote job", "12.2016", "present", true, "2016-12", "0-00"},
		{"Jun 2021 -- Present", "Jun 2021", "Present", true, "2021-06", "0-00"},
		{"June 2019 -- _present_ +", "June 2019", "present", true, "2019-06", "0-00"},
		{"May 2016 -- *Aug 2018*", "May 2016", "Aug 2018", false, "2016-05", "2018-08"},
		{"Oct, 2017- Mar, 2018", "Oct, 2017", "Mar, 2018", false, "2017-10", "2018-03"},
		{"Juin 17 - Aujourd'hui", "Juin 17", "Aujourd'hui", true, "2017-06", "0-00"},
		{"한빛네트웍스 (2021. 03. - 현재)", "2021. 03.", "현재", true, "2021-03", "0-00"},
		{"Mai/2025 – Atualmente", "Mai/2025", "Atualmente", true, "2025-05", "0-00"},
		{"Out/2024 – Abr/2025", "Out/2024", "Abr/2025", false, "2024-10", "2025-04"},
		{"Intern, Acme, May-August 2015, Providence, RI", "May", "August 2015", false, "2015-05", "2015-08"},
		{"Jan-2020 to Dec-2021", "Jan-2020", "Dec-2021", false, "2020-01", "2021-12"},
		{"(2019. 11. - 2021. 02.)", "2019. 11.", "2021. 02.", false, "2019-11", "2021-02"},
		{"Déc. 16 - Juin 17", "Déc. 16", "Juin 17", false, "2016-12", "2017-06"},
		{"Janvier 2015 - Mai 2015", "Janvier 2015", "Mai 2015", false, "2015-01", "2015-05"},
		{"janv. 2021 – aujourd'hui", "janv. 2021", "aujourd'hui", true, "2021-01", "0-00"},
		{"Ene 2023 – Presente", "Ene 2023", "Presente", true, "2023-01", "0-00"},
		{"2018 - 2020/21", "2018", "2020/21", false, "2018-00", "2020-00"},
		{"_2019 September - Present_", "2019 September", "Present", true, "2019-09", "0-00"},
		{"**fin 2022 – début 2025** - Dérogo", "fin 2022", "début 2025", false, "2022-12", "2025-01"},
		{"Agosto de 2021 – Fevereiro de 2024", "Agosto de 2021", "Fevereiro de 2024", false, "2021-08", "2024-02"},
		{"marzo del 2019 - actualidad", "marzo del 2019", "actualidad", true, "2019-03", "0-00"},
		{"03/2016 - heute", "03/2016", "heute", true, "2016-03", "0-00"},
		{"04/21-03/23 | student assistant", "04/21", "03/23", false, "2021-04", "2023-03"},
		{"since 04/23 | research assistant", "04/23", "", true, "2023-04", "0-00"},
		{"01.2021 – 03.2024", "01.2021", "03.2024", false, "2021-01", "2024-03"},
		{"2023.01 - 2025.06", "2023.01", "2025.06", false, "2023-01", "2025-06"},
		{"2017.10 - 2019.3", "2017.10", "2019.3", false, "2017-10", "2019-03"},
		{"2025.02 ~ 현재", "2025.02", "현재", true, "2025-02", "0-00"},
		{"2025.11 부터 현재", "2025.11", "현재", true, "2025-11", "0-00"},
		{"2022.08 부터 2025.11", "2022.08", "2025.11", false, "2022-08", "2025-11"},
		{"2025 年 6 月至今：", "2025 年 6 月", "至今", true, "2025-06", "0-00"},
		{"2024 年 12 月至 2025 年 5 月", "2024 年 12 月", "2025 年 5 月", false, "2024-12", "2025-05"},
		{"2025年6月〜現在", "2025年6月", "現在", true, "2025-06", "0-00"},
		{"2020年4月 ~ 10月", "2020年4月", "10月", false, "2020-04", "2020-10"},
		{"2015年6月-現在｜東都工業大学", "2015年6月", "現在", true, "2015-06", "0-00"},
		{"Since 2013", "2013", "", true, "2013-00", "0-00"},
		{"2020 - Now", "2020", "Now", true, "2020-00", "0-00"},
		{"April 2023 to Now", "April 2023", "Now", true, "2023-04", "0-00"},
		{"Summit Parking, April 2023 - CurrentParking Lot Supervisor", "April 2023", "Current", true, "2023-04", "0-00"},
		{"Apex, May 2019 - August 2019Assistant Machine Operator", "May 2019", "August 2019", false, "2019-05", "2019-08"},
		{"2024-        BRIGHTSTACK Senior SE ------ Medford MA", "2024", "", true, "2024-00", "0-00"},
		{"`Mintbox`_ 풀스택 프로그래머 2016.3 --", "2016.3", "", true, "2016-03", "0-00"},
		{"Altexia, Lille ~Octobre 2016 -> Février 2018 (1,5 ans)~", "Octobre 2016", "Février 2018", false, "2016-10", "2018-02"},
		{"2018-2023    SALTMARSH, Staff SE", "2018", "2023", false, "2018-00", "2023-00"},
		{"9 years as Developer at Aerospace From 2005 to 2014", "2005", "2014", false, "2005-00", "2014-00"},
		{"Q3 2021 – Q1 2022", "Q3 2021", "Q1 2022", false, "2021-07", "2022-01"},
		{"Summer 2019", "Summer 2019", "", false, "2019-06", "0-00"},
		{"March 1, 2021 – the present", "March 1, 2021", "the present", true, "2021-03", "0-00"},
		{"2021-03-01 – 2022-01-31", "2021-03-01", "2022-01-31", false, "2021-03", "2022-01"},
		{"Feb 2018 - Dec 2020", "Feb 2018", "Dec 2020", false, "2018-02", "2020-12"},
		{"07 / 2024 – heute", "07 / 2024", "heute", true, "2024-07", "0-00"},
		{"с 2019 по 2021", "2019", "2021", false, "2019-00", "2021-00"},
		{"с\tмарта 2007 --- программист", "марта 2007", "", true, "2007-03", "0-00"},
		{"сентябрь 2019 - настоящее время", "сентябрь 2019", "настоящее время", true, "2019-09", "0-00"},
	}
	for _, c := range cases {
		t.Run(c.in, func(t *testing.T) {
			r, ok := FindDateRange(c.in)
			if !ok {
				t.Fatalf("no range in %q", c.in)
			}
			got := fmt.Sprintf("%q %q %v %d-%02d %d-%02d", r.Start, r.End, r.Current, r.From.Year, r.From.Month, r.To.Year, r.To.Month)
			want := fmt.Sprintf("%q %q %v %s %s", c.start, c.end, c.current, c.from, c.to)
			if got != want {
				t.Errorf("got  %s\nwant %s", got, want)
			}
		})
	}
}

func TestNoDateRange(t *testing.T) {
	for _, s := range []string{"Raleigh, NC | (919) 555-0163", "+33 6 55 01 00 39", "GPA 3.8/4.0", "Swift 3.1 and MVVM", "Set up the CI", "May the team", "RFC 9112 server", "30B+ models", "Helped 1,200 users"} {
		if r, ok := FindDateRange(s); ok {
			t.Errorf("%q: found %+v", s, r)
		}
	}
}

func TestParseDateAndPresent(t *testing.T) {
	for _, s := range []string{"Present", "present.", "the present", "Current", "Now", "today", "aujourd'hui", "Aujourd’hui", "présent", "heute", "actualidad", "la actualidad", "至今", "현재", "現在", "*Present*"} {
		if !IsPresent(s) {
			t.Errorf("IsPresent(%q) = false", s)
		}
	}
	for _, s := range []string{"", "2021", "Presently unknown", "Pre"} {
		if IsPresent(s) {
			t.Errorf("IsPresent(%q) = true", s)
		}
	}
	months := map[string]int{"March 2021": 3, "03/2021": 3, "2021-03": 3, "2021": 0, "janv. 2021": 1, "*Mar 2023*": 3, "2021年3月": 3, "MM.YYYY": -1, "12.2016": 12, "Dezember 2019": 12}
	for s, m := range months {
		d, ok := ParseDate(s)
		if m < 0 {
			if ok {
				t.Errorf("ParseDate(%q) = %+v", s, d)
			}
			continue
		}
		if !ok || d.Month != m {
			t.Errorf("ParseDate(%q) = %+v %v, want month %d", s, d, ok, m)
		}
	}
	if r, ok := ParseDateRange("(2019 – 2021)"); !ok || r.Start != "2019" || r.End != "2021" {
		t.Errorf("ParseDateRange: %+v %v", r, ok)
	}
	if _, ok := ParseDateRange("Senior Engineer 2019"); ok {
		t.Error("ParseDateRange took a title")
	}
}

func TestMonthTakesEndYear(t *testing.T) {
	for in, want := range map[string]string{"January - August 2008": "2008-01 2008-08", "(February - November 2016)": "2016-02 2016-11"} {
		r, ok := FindDateRange(in)
		if got := fmt.Sprintf("%d-%02d %d-%02d", r.From.Year, r.From.Month, r.To.Year, r.To.Month); !ok || got != want {
			t.Errorf("%q: %s %v, want %s", in, got, ok, want)
		}
	}
	if r, ok := FindDateRange("May the team - Acme 2020"); ok && r.From.Month != 0 {
		t.Errorf("took %+v", r)
	}
}
