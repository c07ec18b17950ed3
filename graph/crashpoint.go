package graph

// crashPoint is called at the named steps of a write to Bolt or
// PostgreSQL (see kvStore.joined and sqlWrite). It does nothing, except
// in tests: a test of this package sets it to fail a step, and a binary
// built with the tag natokg_testhooks kills itself at the step named by
// $NATOKG_TEST_KILL_AT (crashpoint_testhooks.go).
var crashPoint = func(step string) error { return nil }
