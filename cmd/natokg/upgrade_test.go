package main

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/natokg/natokg/data"
	"github.com/natokg/natokg/graph"
	"github.com/natokg/natokg/graph/voc/kg"
	"github.com/natokg/natokg/loader"
	"github.com/natokg/natokg/loader/extract"
)

// TestUpgradeOldStore writes the bundled releases as an earlier natokg
// did (each release labelling its own copy of its entities' facts): every
// command that opens the store names natokg upgrade, which rewrites it
// with the same export and compacts it, and check passes after it.
func TestUpgradeOldStore(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	db := filepath.Join(dir, "old.db")
	writeOldLayout(t, db)
	before, _, code := natokg(t, dir, "export", "--db", db)
	if code != 0 {
		t.Fatal("export of the old store failed")
	}
	out, errs, code := natokg(t, dir, "check", "--db", db)
	if code != 1 || !strings.Contains(out, "natokg upgrade") || !strings.Contains(errs, `"natokg upgrade --db `+db+`"`) {
		t.Errorf("check of a store in the earlier layout: exit %d\n%s\n%s", code, out, errs)
	}
	out, errs, code = natokg(t, dir, "upgrade", "--db", db)
	if code != 0 || !strings.Contains(out, "10 releases upgraded; the store holds 2676 quads (2085 before)") {
		t.Errorf("upgrade: exit %d\n%s\n%s", code, out, errs)
	}
	if after, _, _ := natokg(t, dir, "export", "--db", db); after != before {
		t.Errorf("the export changed with the upgrade")
	}
	// The upgrade compacted the store: compacting it again changes nothing.
	compactChangesNothing(t, dir, db)
	out, errs, code = natokg(t, dir, "check", "--db", db)
	if code != 0 || strings.Contains(errs, "upgrade") {
		t.Errorf("check after the upgrade: exit %d\n%s\n%s", code, out, errs)
	}
}

// writeOldLayout writes the bundled releases into a new Bolt store at db,
// each quad labelled with its release, around natokg's write path.
func writeOldLayout(t *testing.T, db string) {
	t.Helper()
	ctx := context.Background()
	x, err := extract.Load(data.Gazetteer)
	if err != nil {
		t.Fatal(err)
	}
	srcs, err := loader.FSSources(data.Releases, "releases")
	if err != nil {
		t.Fatal(err)
	}
	s, err := graph.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	l := loader.New(x)
	for _, src := range srcs {
		err := l.Each(ctx, src, func(r loader.Result) error {
			ds := make([]cgraph.Delta, len(r.Quads))
			for i, q := range r.Quads {
				ds[i] = cgraph.Delta{Quad: q, Action: cgraph.Add}
			}
			return s.QuadStore().ApplyDeltas(ds, cgraph.IgnoreOpts{})
		})
		if err != nil {
			t.Fatal(err)
		}
	}
}

// TestUpgradeBuildsMentionFigures takes from a store the figures of the
// releases naming each entity, as a natokg before them left it: check
// names natokg upgrade, which builds them again as a load would have
// and compacts the store.
func TestUpgradeBuildsMentionFigures(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	db := filepath.Join(dir, "db")
	if out, errs, code := natokg(t, dir, "load", "--db", db); code != 0 {
		t.Fatalf("load: exit %d\n%s\n%s", code, out, errs)
	}
	want, _, _ := natokg(t, dir, "export", "--db", db)
	dropMentionFigures(t, db)
	out, errs, code := natokg(t, dir, "check", "--db", db)
	if code != 1 || !strings.Contains(out, "no months of the releases naming each entity (built by an earlier natokg): `natokg upgrade` builds them") {
		t.Errorf("check of a store without mention figures: exit %d\n%s\n%s", code, out, errs)
	}
	out, errs, code = natokg(t, dir, "upgrade", "--db", db)
	if code != 0 || !strings.Contains(out, "0 releases upgraded; the store holds 2676 quads") {
		t.Errorf("upgrade: exit %d\n%s\n%s", code, out, errs)
	}
	if got, _, _ := natokg(t, dir, "export", "--db", db); got != want {
		t.Error("the export changed with the upgrade")
	}
	if out, errs, code := natokg(t, dir, "check", "--db", db); code != 0 {
		t.Errorf("check after the upgrade: exit %d\n%s\n%s", code, out, errs)
	}
	compactChangesNothing(t, dir, db)
}

// dropMentionFigures deletes from the store at db the figures of the
// releases naming each entity and the quad saying it keeps them, around
// natokg's write path.
func dropMentionFigures(t *testing.T, db string) {
	t.Helper()
	s, err := graph.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, pred := range []string{kg.MentionMonth, kg.MonthMention, kg.MentionCount} {
		deleteQuads(t, s, quad.Predicate, quad.IRI(pred), nil)
	}
	deleteQuads(t, s, quad.Object, quad.IRI(kg.MentionFigures), nil)
}

// compactChangesNothing checks that natokg compact leaves the store at
// db, compacted already, at its size.
func compactChangesNothing(t *testing.T, dir, db string) {
	t.Helper()
	size := boltSize(t, db)
	if out, errs, code := natokg(t, dir, "compact", "--db", db); code != 0 || boltSize(t, db) != size {
		t.Errorf("compact of a compacted store: exit %d, %d bytes -> %d\n%s\n%s", code, size, boltSize(t, db), out, errs)
	}
}
