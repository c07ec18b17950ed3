package main

import (
	"os"
	"runtime/debug"
	"testing"
)

// TestTuneMemory checks that a load sets Go's memory limit and the
// collector's pace only where the environment leaves them, and sets them
// back after.
func TestTuneMemory(t *testing.T) {
	t.Setenv("GOMEMLIMIT", "")
	t.Setenv("GOGC", "")
	limit, pct := debug.SetMemoryLimit(-1), debug.SetGCPercent(-1)
	debug.SetGCPercent(pct)

	restore := tuneMemory(100)
	got, gotPct := debug.SetMemoryLimit(-1), debug.SetGCPercent(-1)
	debug.SetGCPercent(gotPct)
	// Set but empty variables count as set: the user chose Go's defaults.
	if got != limit || gotPct != pct {
		t.Errorf("with GOMEMLIMIT and GOGC set: limit %d, GOGC %d; want them left at %d, %d", got, gotPct, limit, pct)
	}
	restore()

	unsetenv(t, "GOMEMLIMIT")
	unsetenv(t, "GOGC")
	restore = tuneMemory(100)
	got, gotPct = debug.SetMemoryLimit(-1), debug.SetGCPercent(-1)
	debug.SetGCPercent(gotPct)
	if got != 100<<20 || gotPct != loadGCPercent {
		t.Errorf("tuneMemory(100): limit %d, GOGC %d; want %d, %d", got, gotPct, 100<<20, loadGCPercent)
	}
	restore()
	got, gotPct = debug.SetMemoryLimit(-1), debug.SetGCPercent(-1)
	debug.SetGCPercent(gotPct)
	if got != limit || gotPct != pct {
		t.Errorf("after the load: limit %d, GOGC %d; want them set back to %d, %d", got, gotPct, limit, pct)
	}

	restore = tuneMemory(0)
	got = debug.SetMemoryLimit(-1)
	if got != limit {
		t.Errorf("tuneMemory(0): limit %d, want it left at %d", got, limit)
	}
	restore()
}

// unsetenv unsets the environment variable key for the rest of t, and
// sets it back after.
func unsetenv(t *testing.T, key string) {
	t.Setenv(key, "") // so that the test restores it
	if err := os.Unsetenv(key); err != nil {
		t.Fatal(err)
	}
}
