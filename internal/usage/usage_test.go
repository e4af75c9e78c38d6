package usage

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"testing"
)

type inputError struct{ err error }

func (e *inputError) Error() string        { return e.err.Error() }
func (e *inputError) Is(target error) bool { return target == Err }

func TestIs(t *testing.T) {
	cause := fmt.Errorf("open x: %w", fs.ErrNotExist)
	tests := []struct {
		name string
		err  error
		want bool
	}{
		{"nil", nil, false},
		{"plain", errors.New("server said no"), false},
		{"Errorf", Errorf("--format %q: use text or json", "xml"), true},
		{"Wrap", Wrap(cause), true},
		{"wrapped again", fmt.Errorf("rewrite: %w", Wrap(cause)), true},
		{"a type that says so", fmt.Errorf("read: %w", &inputError{cause}), true},
		{"cancelled", context.Canceled, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Is(tt.err); got != tt.want {
				t.Errorf("Is(%v) = %v, want %v", tt.err, got, tt.want)
			}
		})
	}
}

func TestWrapKeepsTheChain(t *testing.T) {
	cause := fmt.Errorf("open x: %w", fs.ErrNotExist)
	err := Wrap(cause)
	if !errors.Is(err, fs.ErrNotExist) || err.Error() != cause.Error() {
		t.Errorf("Wrap(%v) = %v: the cause must show through", cause, err)
	}
	if Wrap(err) != err || Wrap(nil) != nil {
		t.Error("Wrap must not mark twice, and nil stays nil")
	}
	if e := Errorf("prompts.dir: %w", cause); !errors.Is(e, fs.ErrNotExist) {
		t.Errorf("Errorf must wrap with %%w: %v", e)
	}
}
