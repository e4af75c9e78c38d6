package resume

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// truth is what a person reading a fixture sees (testdata/layouts/truth.txt).
type truth struct {
	bullets         []int // per role
	edu, proj, cert int
}

func readTruth(t *testing.T) map[string]truth {
	t.Helper()
	f, err := os.Open("testdata/layouts/truth.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string]truth{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		if len(fs) == 0 || strings.HasPrefix(fs[0], "#") {
			continue
		}
		if len(fs) != 5 {
			t.Fatalf("truth.txt: bad line %q", sc.Text())
		}
		var tr truth
		if fs[1] != "-" {
			for _, n := range strings.Split(fs[1], ",") {
				v, _ := strconv.Atoi(n)
				tr.bullets = append(tr.bullets, v)
			}
		}
		tr.edu, _ = strconv.Atoi(fs[2])
		tr.proj, _ = strconv.Atoi(fs[3])
		tr.cert, _ = strconv.Atoi(fs[4])
		out[fs[0]] = tr
	}
	return out
}

// readLayout parses one fixture as the CLI would.
func readLayout(t *testing.T, name string) (*Document, []byte, error) {
	t.Helper()
	data := readFile(t, filepath.Join("testdata/layouts", name))
	d, err := Parse(DetectFormat(name, data), data)
	return d, data, err
}

// rolesAndBullets says how the document's roles differ from the truth, or "".
func rolesAndBullets(d *Document, tr truth) string {
	var got []int
	for _, r := range d.Roles {
		got = append(got, len(r.Bullets))
	}
	if fmt.Sprint(got) != fmt.Sprint(tr.bullets) {
		return fmt.Sprintf("bullets per role %v, want %v", got, tr.bullets)
	}
	return ""
}

// TestLayoutCorpus reads every fixture and compares roles and bullets with
// what a person sees; the share read right is the figure the README gives.
func TestLayoutCorpus(t *testing.T) {
	truths := readTruth(t)
	right := 0
	for name, tr := range truths {
		d, _, err := readLayout(t, name)
		if err != nil {
			t.Logf("%s: %v", name, err)
			continue
		}
		if msg := rolesAndBullets(d, tr); msg != "" {
			t.Logf("%s: %s", name, msg)
			continue
		}
		right++
	}
	t.Logf("roles and bullets right: %d of %d", right, len(truths))
}
