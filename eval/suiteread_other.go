//go:build !unix

package eval

const nonBlock = 0
