package claims

import "testing"

func TestCJKDurationsAndPeriods(t *testing.T) {
	tests := []struct {
		text  string
		class Class
		value float64 // seconds, or per second for a rate
	}{
		{"审批周期从5天缩短到2天", Duration, 5 * day},
		{"処理時間を3時間から40分に短縮", Duration, 3 * hour},
		{"처리 시간을 3시간에서 40분으로 단축", Duration, 3 * hour},
		{"3年間で20件の案件を担当", Duration, 3 * year},
		{"培训周期缩短了2周", Duration, 2 * week},
		{"1日あたり約600件の出荷を管理", Rate, 600 / day},
		{"Zendeskで1日約60件の問い合わせに対応", Rate, 60 / day},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			qs := testReader.Read(tc.text).Quantities
			if len(qs) == 0 {
				t.Fatalf("no quantity")
			}
			if q := qs[0]; q.Class != tc.class || q.Value < tc.value*0.999 || q.Value > tc.value*1.001 {
				t.Errorf("got %s %v (%q), want %s %v", q.Class, q.Value, q.Text, tc.class, tc.value)
			}
		})
	}
	// a calendar year and a date are no durations
	for _, text := range []string{"2021年に入社", "3月1日に開始"} {
		for _, q := range testReader.Read(text).Quantities {
			if q.Class == Duration {
				t.Errorf("%q: read %q as a duration", text, q.Text)
			}
		}
	}
}
