//go:build natokg_testhooks

package graph

import "os"

// KillAtEnv names the step of a write at which a binary built with the
// tag natokg_testhooks kills itself with SIGKILL (the first time it
// reaches it): the crash tests of cmd/natokg set it. Other builds never
// read it.
const KillAtEnv = "NATOKG_TEST_KILL_AT"

func init() {
	step := os.Getenv(KillAtEnv)
	if step == "" {
		return
	}
	crashPoint = func(s string) error {
		if s == step {
			p, err := os.FindProcess(os.Getpid())
			if err == nil {
				p.Kill() // SIGKILL on Unix
			}
			select {} // until the signal lands
		}
		return nil
	}
}
