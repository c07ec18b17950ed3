//go:build natokg_testhooks

package graph

import (
	"os"
	"time"
)

// KillAtEnv names the step of a write at which a binary built with the
// tag natokg_testhooks kills itself with SIGKILL (the first time it
// reaches it): the crash tests of cmd/natokg set it. Other builds never
// read it.
const KillAtEnv = "NATOKG_TEST_KILL_AT"

// HoldAtEnv names the step of a write at which a binary built with the
// tag natokg_testhooks, the first time it reaches it, creates the file
// named by $NATOKG_TEST_HOLD_FILE and waits until that file is gone: a
// test can then act (send Ctrl-C, say) at a known point of a load.
const HoldAtEnv = "NATOKG_TEST_HOLD_AT"

func init() {
	kill, hold, file := os.Getenv(KillAtEnv), os.Getenv(HoldAtEnv), os.Getenv("NATOKG_TEST_HOLD_FILE")
	if kill == "" && (hold == "" || file == "") {
		return
	}
	held := false
	crashPoint = func(s string) error {
		if s == kill {
			p, err := os.FindProcess(os.Getpid())
			if err == nil {
				p.Kill() // SIGKILL on Unix
			}
			select {} // until the signal lands
		}
		if s == hold && !held {
			held = true
			if err := os.WriteFile(file, nil, 0o644); err != nil {
				return err
			}
			for {
				if _, err := os.Stat(file); err != nil {
					return nil
				}
				time.Sleep(10 * time.Millisecond)
			}
		}
		return nil
	}
}
