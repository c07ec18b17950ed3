package graph

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	bolt "go.etcd.io/bbolt"

	"github.com/natokg/natokg/graph/voc/kg"
	"github.com/natokg/natokg/graph/voc/rdf"
	"github.com/natokg/natokg/graph/voc/schema"
)

// whole returns a release as natokg load writes one: a NewsArticle with a
// headline and its count of quads, plus body.
func whole(r quad.IRI, title string, body ...quad.Quad) []quad.Quad {
	out := []quad.Quad{
		q(r, rdf.Type, quad.IRI(schema.NewsArticle), r),
		q(r, schema.Headline, quad.String(title), r),
	}
	out = append(out, body...)
	return append(out, q(r, kg.QuadCount, quad.Int(len(out)+1), r))
}

// Two versions of a release: Brussels is named by three quads of the
// first and by one other quad of the second, so an edit deletes more of
// its quads than it adds. In one ApplyDeltas call Cayley's kv store nets
// Brussels's reference count to -2 and stores the added quad without it.
var (
	editedRelease = kg.IRI(kg.Release, "edited")
	otherRelease  = kg.IRI(kg.Release, "other")
	brussels      = kg.IRI(kg.Place, "Brussels")
	meeting       = kg.IRI(kg.Event, "Meeting in Brussels")
	visit         = kg.IRI(kg.Event, "Visit to Brussels")
)

func editV1() []quad.Quad {
	r := editedRelease
	return whole(r, "A meeting",
		q(brussels, rdf.Type, quad.IRI(schema.City), r),
		q(brussels, schema.Name, quad.String("Brussels"), r),
		q(meeting, schema.Location, brussels, r),
		q(meeting, rdf.Type, quad.IRI(schema.Event), r),
		q(meeting, schema.Name, quad.String("Meeting in Brussels"), r))
}

func editV2() []quad.Quad {
	r := editedRelease
	return whole(r, "A visit",
		q(visit, schema.Location, brussels, r),
		q(visit, rdf.Type, quad.IRI(schema.Event), r),
		q(visit, schema.Name, quad.String("Visit to Brussels"), r))
}

func otherQuads() []quad.Quad {
	r := otherRelease
	return whole(r, "Another release",
		q(brussels, rdf.Type, quad.IRI(schema.City), r),
		q(brussels, schema.Name, quad.String("Brussels"), r))
}

// releaseSet returns the N-Quads of what s holds under release, sorted.
func releaseSet(t *testing.T, s *Store, release quad.IRI) []string {
	t.Helper()
	got, err := s.ReleaseQuads(context.Background(), release)
	if err != nil {
		t.Fatal(err)
	}
	return nquadSet(got)
}

// wantProblem fails the test unless Check finds a problem saying want.
func wantProblem(t *testing.T, s *Store, want string) {
	t.Helper()
	problems, err := s.Check(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(problems, func(p Problem) bool { return strings.Contains(p.String(), want) }) {
		t.Errorf("Check: %v; want a problem saying %q", problems, want)
	}
}

// mustCheck fails the test if Check finds anything wrong.
func mustCheck(t *testing.T, s *Store) {
	t.Helper()
	problems, err := s.Check(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(problems) > 0 {
		t.Errorf("Check: %v", problems)
	}
}

// An edit that deletes a node from more quads than it adds it to keeps
// the node, on every backend: the added quad is stored whole.
func TestEditKeepsSharedNode(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		for _, r := range []struct {
			iri   quad.IRI
			quads []quad.Quad
		}{{otherRelease, otherQuads()}, {editedRelease, editV1()}, {editedRelease, editV2()}} {
			if _, err := s.PutRelease(ctx, r.iri, r.quads); err != nil {
				t.Fatal(err)
			}
		}
		if got, want := releaseSet(t, s, editedRelease), nquadSet(editV2()); !slices.Equal(got, want) {
			t.Errorf("after the edit the release holds\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
		if got, want := releaseSet(t, s, otherRelease), nquadSet(otherQuads()); !slices.Equal(got, want) {
			t.Errorf("the other release holds\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
		// The visit's location is Brussels, found from either side.
		res, err := s.Query(ctx, "gizmo", `g.V("<`+string(brussels)+`>").In("<`+schema.Location+`>").All()`, 10)
		if err != nil {
			t.Fatal(err)
		}
		if len(res) != 1 || !strings.Contains(fmt.Sprint(res[0]), "visit-to-brussels") {
			t.Errorf("what is located in Brussels: %v; want the visit", res)
		}
		mustCheck(t, s)
	})
}

// errInjected is the failure tests inject at a step of a write.
var errInjected = errors.New("injected failure")

// failAt makes the writes of this test fail at step.
func failAt(t *testing.T, step string) {
	old := crashPoint
	crashPoint = func(s string) error {
		if s == step {
			return errInjected
		}
		return nil
	}
	t.Cleanup(func() { crashPoint = old })
}

// An edit that fails at any step, on Bolt or PostgreSQL, leaves the
// former version whole (the new one when the failure follows the commit);
// a Bolt store refuses writes until reopened. Reopened, the store takes
// the edit.
func TestEditFailsWhole(t *testing.T) {
	for _, b := range backends[1:] { // Bolt, PostgreSQL: memory has no steps
		for _, tc := range []struct {
			step string
			want func() []quad.Quad
		}{
			{"write:begin", editV1},
			{"write:step", editV1},
			{"write:commit", editV1},
			{"write:done", editV2},
		} {
			t.Run(b.name+"/"+tc.step, func(t *testing.T) {
				addr := b.addr(t)
				s := openStore(t, addr)
				writeRelease(t, s, otherRelease, otherQuads())
				writeRelease(t, s, editedRelease, editV1())
				failAt(t, tc.step)
				if _, err := s.PutRelease(context.Background(), editedRelease, editV2()); !errors.Is(err, errInjected) {
					t.Fatalf("edit failing at %s: %v", tc.step, err)
				}
				if _, err := s.PutRelease(context.Background(), otherRelease, nil); b.name == "bolt" && !errors.Is(err, ErrWriteFailed) {
					t.Errorf("a write after a failed one: %v, want ErrWriteFailed", err)
				}
				if got, want := releaseSet(t, s, editedRelease), nquadSet(tc.want()); !slices.Equal(got, want) {
					t.Errorf("after the failed edit the release holds\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
				}
				s.Close()
				crashPoint = func(string) error { return nil }
				s = openStore(t, addr)
				writeRelease(t, s, otherRelease, otherQuads())
				mustCheck(t, s)
				writeRelease(t, s, editedRelease, editV2())
				if got, want := releaseSet(t, s, editedRelease), nquadSet(editV2()); !slices.Equal(got, want) {
					t.Errorf("after the edit again the release holds\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
				}
				if got, want := releaseSet(t, s, otherRelease), nquadSet(otherQuads()); !slices.Equal(got, want) {
					t.Errorf("the other release holds\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
				}
				mustCheck(t, s)
			})
		}
	}
}

// writeRelease writes a release or fails the test.
func writeRelease(t *testing.T, s *Store, r quad.IRI, quads []quad.Quad) {
	t.Helper()
	if _, err := s.PutRelease(context.Background(), r, quads); err != nil {
		t.Fatalf("PutRelease(%s): %v", r, err)
	}
}

// Check finds a release the ledger records and the store lacks (lost), a
// stored release the ledger does not record, and one whose count differs,
// on the stores that keep a ledger.
func TestCheckLedger(t *testing.T) {
	// Each case damages the store around natokg, through Cayley's store.
	for _, tc := range []struct {
		name   string
		damage func(s *Store) error
		want   string
	}{
		{"lost", func(s *Store) error {
			return s.QuadStore().ApplyDeltas(deltas(cgraph.Delete, ownGraph(t, s, editedRelease)), cgraph.IgnoreOpts{})
		}, "edited>: release lost: the ledger records it with 8 quads, and the store holds none"},
		{"unrecorded", func(s *Store) error {
			return s.QuadStore().ApplyDeltas(deltas(cgraph.Add, whole(kg.IRI(kg.Release, "unrecorded"), "Unrecorded")), cgraph.IgnoreOpts{})
		}, "unrecorded>: release is stored but not recorded in the ledger"},
		{"count", func(s *Store) error {
			r := editedRelease
			extra := []quad.Quad{q(meeting, schema.AlternateName, quad.String("The meeting"), r)}
			return s.QuadStore().ApplyDeltas(deltas(cgraph.Add, extra), cgraph.IgnoreOpts{})
		}, "edited>: the ledger records 8 quads of this release, the store holds 9"},
	} {
		for _, b := range backends {
			t.Run(tc.name+"/"+b.name, func(t *testing.T) {
				s := openStore(t, b.addr(t))
				writeRelease(t, s, otherRelease, otherQuads())
				writeRelease(t, s, editedRelease, editV1())
				mustCheck(t, s)
				if err := tc.damage(s); err != nil {
					t.Fatal(err)
				}
				wantProblem(t, s, tc.want)
			})
		}
	}
}

// ownGraph returns the quads the store holds under release's label: its
// own graph, without the bundles it states.
func ownGraph(t *testing.T, s *Store, release quad.IRI) []quad.Quad {
	t.Helper()
	var out []quad.Quad
	err := s.quadsWith(context.Background(), quad.Label, release, func(q quad.Quad) error {
		out = append(out, q)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// deltas returns the changes of action on quads.
func deltas(action cgraph.Procedure, quads []quad.Quad) []cgraph.Delta {
	out := make([]cgraph.Delta, len(quads))
	for i, q := range quads {
		out[i] = cgraph.Delta{Quad: q, Action: action}
	}
	return out
}

// A Bolt store written before natokg kept a ledger checks clean; its
// first write records every stored release, so a release lost after it
// is found.
func TestLedgerOfOlderStore(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "kg")
	s := openStore(t, dir)
	writeRelease(t, s, otherRelease, otherQuads())
	writeRelease(t, s, editedRelease, editV1())
	s.Close()
	db, err := bolt.Open(filepath.Join(dir, boltFile), 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx *bolt.Tx) error { return tx.DeleteBucket([]byte(ledgerBucket)) })
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		t.Fatal(err)
	}
	s = openStore(t, dir)
	mustCheck(t, s)
	writeRelease(t, s, kg.IRI(kg.Release, "third"), whole(kg.IRI(kg.Release, "third"), "Third"))
	mustCheck(t, s)
	if err := s.QuadStore().ApplyDeltas(deltas(cgraph.Delete, ownGraph(t, s, otherRelease)), cgraph.IgnoreOpts{}); err != nil {
		t.Fatal(err)
	}
	problems, err := s.Check(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(problems) != 1 || !strings.Contains(problems[0].What, "release lost") {
		t.Errorf("Check after losing a release recorded on the first write: %v", problems)
	}
}
