// Package usage marks the errors a user fixes — a flag, an argument, a
// configuration key, an input file, a suite — apart from those a program or
// a server causes. A command exits 2 on the first kind and 1 on the other,
// and tells them apart by one question, Is, whichever package made the
// error.
package usage

import (
	"errors"
	"fmt"
)

// Err is the marker: errors.Is(err, Err) holds for every usage error. An
// error type that is always the user's to fix (an unreadable input file, a
// malformed suite) says so with a method Is(target error) bool that is true
// for Err; any other error is marked by Wrap or made by Errorf.
var Err = errors.New("usage error")

// Error is an error marked as the user's to fix. Its message is its
// cause's.
type Error struct{ Err error }

func (e *Error) Error() string { return e.Err.Error() }

// Unwrap returns the cause, so errors.Is and errors.As see through.
func (e *Error) Unwrap() error { return e.Err }

// Is makes the error match the marker.
func (e *Error) Is(target error) bool { return target == Err }

// Errorf is fmt.Errorf (%w included) marked as a usage error.
func Errorf(format string, a ...any) error { return &Error{Err: fmt.Errorf(format, a...)} }

// Wrap marks err as a usage error; nil stays nil.
func Wrap(err error) error {
	if err == nil || Is(err) {
		return err
	}
	return &Error{Err: err}
}

// Is reports whether err, or an error it wraps, is a usage error.
func Is(err error) bool { return errors.Is(err, Err) }
