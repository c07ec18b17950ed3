package main

import (
	"strings"
	"testing"

	"github.com/natokg/natokg/internal/pgtest"
)

// TestPostgres loads the bundled releases into PostgreSQL through Cayley's
// SQL backend: loading again adds nothing, the store checks whole, and
// the export is the very graph a Bolt store gives.
func TestPostgres(t *testing.T) {
	t.Parallel()
	pg := pgtest.Addr(t)
	dir := t.TempDir()
	out, errs, code := natokg(t, dir, "load", "--db", pg)
	if code != 0 || !strings.Contains(out, "store: 10 releases") {
		t.Fatalf("load into PostgreSQL: exit %d: %s%s", code, out, errs)
	}
	if strings.Contains(errs, "ERROR") {
		t.Errorf("load into PostgreSQL logged errors:\n%s", errs)
	}
	out, _, code = natokg(t, dir, "load", "--db", pg)
	if code != 0 || !strings.Contains(out, " 0 new quads") {
		t.Errorf("second load: exit %d: %s", code, out)
	}
	if out, _, code := natokg(t, dir, "check", "--db", pg); code != 0 {
		t.Errorf("check: %s", out)
	}
	pgExport, _, code := natokg(t, dir, "export", "--db", pg)
	if code != 0 {
		t.Fatal("export from PostgreSQL failed")
	}
	if _, errs, code := natokg(t, dir, "load", "--db", "bolt"); code != 0 {
		t.Fatal(errs)
	}
	boltExport, _, _ := natokg(t, dir, "export", "--db", "bolt")
	if pgExport != boltExport {
		t.Errorf("PostgreSQL and Bolt hold different graphs (%d and %d bytes)", len(pgExport), len(boltExport))
	}
	res, _, code := natokg(t, dir, "query", "--db", pg, "--format", "csv", "people-met", "--param", "person=Rutte")
	if code != 0 || !strings.Contains(res, "Kristrún Frostadóttir") {
		t.Errorf("people-met on PostgreSQL: exit %d: %s", code, res)
	}
}
