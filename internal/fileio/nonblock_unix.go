//go:build unix

package fileio

import "syscall"

// nonBlock keeps an open from waiting on a FIFO that slipped past the
// checks (a writer would never come).
const nonBlock = syscall.O_NONBLOCK
