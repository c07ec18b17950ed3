//go:build !linux

package graph

// describeHolders names the processes that hold a lock on file where the
// system tells; here it cannot.
func describeHolders(file string) string { return "" }
