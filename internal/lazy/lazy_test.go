package lazy

import (
	"sync"
	"testing"
)

func TestRegexpCompilesOnce(t *testing.T) {
	re := Regexp(`\d+ ms`)
	var wg sync.WaitGroup
	got := make(chan any, 8)
	for range 8 {
		wg.Go(func() { got <- re() })
	}
	wg.Wait()
	close(got)
	first := re()
	for r := range got {
		if r != first {
			t.Fatal("compiled more than once")
		}
	}
	if !first.MatchString("cut to 180 ms") {
		t.Error("does not match")
	}
}

func TestRegexpPanicsOnFirstUseOfABadExpression(t *testing.T) {
	re := Regexp(`(`) // does not panic here
	defer func() {
		if recover() == nil {
			t.Error("a bad expression compiled")
		}
	}()
	re()
}
