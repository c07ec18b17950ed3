package graph

import (
	"context"
	"slices"
	"strings"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/natokg/natokg/graph/voc/kg"
	"github.com/natokg/natokg/graph/voc/rdf"
	"github.com/natokg/natokg/graph/voc/schema"
)

// Releases that say the same of Brussels share one bundle: the store
// holds each of its facts once, each release still gives them, and a
// bundle goes with the last release that states it.
func TestBundlesStoredOnce(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		third := kg.IRI(kg.Release, "third")
		thirdQuads := whole(third, "A third release",
			q(brussels, rdf.Type, quad.IRI(schema.City), third),
			q(brussels, schema.Name, quad.String("Brussels"), third))
		writeRelease(t, s, otherRelease, otherQuads())
		// Less the four quads that say the store keeps figures,
		// holdings, people's months and the releases naming each entity.
		one := statsOf(t, s).Quads - 4
		writeRelease(t, s, third, thirdQuads)
		// The second release adds its own graph and a link to the bundle
		// the first stored: not Brussels's type and name again.
		if got, want := statsOf(t, s).Quads, 2*one-2+4; got != want {
			t.Errorf("two releases stating the same facts of Brussels: %d quads stored, want %d", got, want)
		}
		for r, want := range map[quad.IRI][]quad.Quad{otherRelease: otherQuads(), third: thirdQuads} {
			if got := releaseSet(t, s, r); !slices.Equal(got, nquadSet(want)) {
				t.Errorf("%s gives\n%s\nwant\n%s", r, strings.Join(got, "\n"), strings.Join(nquadSet(want), "\n"))
			}
		}
		mustCheck(t, s)
		if _, err := s.RemoveRelease(ctx, otherRelease); err != nil {
			t.Fatal(err)
		}
		if got := releaseSet(t, s, third); !slices.Equal(got, nquadSet(thirdQuads)) {
			t.Errorf("after removing the other release, the third gives\n%s", strings.Join(got, "\n"))
		}
		mustCheck(t, s)
		if _, err := s.RemoveRelease(ctx, third); err != nil {
			t.Fatal(err)
		}
		if st := statsOf(t, s); st.Quads != 4 {
			t.Errorf("after removing every release the store holds %d quads, want only the four that say which figures it keeps", st.Quads)
		}
	})
}

// An edit that changes what a release says of an entity stores the new
// bundle and deletes the old one, unless another release states it.
func TestEditReplacesBundle(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		v1 := whole(editedRelease, "A meeting",
			q(brussels, rdf.Type, quad.IRI(schema.City), editedRelease),
			q(brussels, schema.Name, quad.String("Brussels"), editedRelease))
		v2 := whole(editedRelease, "A meeting",
			q(brussels, rdf.Type, quad.IRI(schema.City), editedRelease),
			q(brussels, schema.Name, quad.String("Brussels"), editedRelease),
			q(brussels, schema.AlternateName, quad.String("Bruxelles"), editedRelease))
		writeRelease(t, s, otherRelease, otherQuads())
		writeRelease(t, s, editedRelease, v1)
		before := statsOf(t, s).Quads
		c, err := s.PutRelease(ctx, editedRelease, v2)
		if err != nil {
			t.Fatal(err)
		}
		// The alias, and the release's new count of quads for its old one.
		if c != (Change{Added: 2, Removed: 1}) {
			t.Errorf("the edit's change: %+v, want the alias and the count added, the count removed", c)
		}
		// The new bundle (3 facts) is stored; the old one stays, stated by
		// the other release.
		if got := statsOf(t, s).Quads; got != before+3 {
			t.Errorf("after the edit %d quads stored, want %d", got, before+3)
		}
		if c, err := s.PutRelease(ctx, editedRelease, v1); err != nil || c != (Change{Added: 1, Removed: 2}) {
			t.Errorf("editing back: %+v, %v; want the alias and the count removed, the count added", c, err)
		}
		if got := statsOf(t, s).Quads; got != before {
			t.Errorf("after editing back %d quads stored, want %d: the alias's bundle goes", got, before)
		}
		mustCheck(t, s)
	})
}

// Check names a bundle no release states, a release stating a bundle the
// store lacks, and a bundle whose facts are not those its name says.
func TestCheckBundles(t *testing.T) {
	b := newBundle([]quad.Quad{q(brussels, schema.Name, quad.String("Brussels"), otherRelease)})
	for _, tc := range []struct {
		name   string
		damage func(t *testing.T, s *Store) []cgraph.Delta
		want   string
	}{
		{"unstated", func(t *testing.T, s *Store) []cgraph.Delta {
			return deltas(cgraph.Add, b.quads)
		}, "bundle no release states"},
		{"missing", func(t *testing.T, s *Store) []cgraph.Delta {
			return deltas(cgraph.Add, []quad.Quad{q(otherRelease, kg.States, b.iri, otherRelease)})
		}, "release states bundle <" + string(b.iri) + ">, which the store lacks"},
		{"altered", func(t *testing.T, s *Store) []cgraph.Delta {
			stated := storedBundles(t, s)
			return []cgraph.Delta{{Quad: q(brussels, schema.AlternateName, quad.String("Bruxelles"), stated[0]), Action: cgraph.Add}}
		}, "bundle's facts have the digest of"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := openStore(t, "memory")
			writeRelease(t, s, otherRelease, otherQuads())
			mustCheck(t, s)
			if err := s.QuadStore().ApplyDeltas(tc.damage(t, s), cgraph.IgnoreOpts{}); err != nil {
				t.Fatal(err)
			}
			wantProblem(t, s, tc.want)
		})
	}
}

// A store in the earlier layout (each release labelling its own copy of
// its entities' facts) is recognised, answers the same, and Upgrade
// rewrites it into bundles: the export is the same, the store smaller,
// and a second Upgrade has nothing to do.
func TestUpgrade(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		var old [][]quad.Quad
		for _, r := range []string{"third", "fourth", "fifth"} {
			iri := kg.IRI(kg.Release, r)
			old = append(old, whole(iri, "The "+r+" release",
				q(brussels, rdf.Type, quad.IRI(schema.City), iri),
				q(brussels, schema.Name, quad.String("Brussels"), iri)))
		}
		old = append(old, otherQuads(), editV1())
		for _, r := range old {
			// Written around natokg, as an earlier natokg wrote them.
			if err := s.QuadStore().ApplyDeltas(deltas(cgraph.Add, r), cgraph.IgnoreOpts{}); err != nil {
				t.Fatal(err)
			}
		}
		var want []string
		for _, r := range old {
			want = append(want, nquadSet(r)...)
		}
		slices.Sort(want)
		if isOld, err := s.OldLayout(ctx); err != nil || !isOld {
			t.Errorf("OldLayout of a store in the earlier layout: %v, %v; want true", isOld, err)
		}
		problems, err := s.Check(ctx)
		if err != nil || !slices.ContainsFunc(problems, func(p Problem) bool { return strings.Contains(p.What, "natokg upgrade") }) {
			t.Errorf("Check of a store in the earlier layout: %v, %v; want it to name natokg upgrade", problems, err)
		}
		// The bundles store fewer quads, though the upgrade adds figures.
		before := statsOf(t, s).Quads
		n, err := s.Upgrade(ctx, nil)
		if err != nil || n != len(old) {
			t.Fatalf("Upgrade: %d releases, %v; want %d", n, err, len(old))
		}
		if got := strings.Split(strings.TrimSpace(string(exportNQuads(t, s))), "\n"); !slices.Equal(got, want) {
			t.Errorf("export after the upgrade:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
		if after := statsOf(t, s).Quads - int64(len(figureLines(t, s, func(quad.Quad) (string, bool) { return "", true }))); after >= before {
			t.Errorf("the upgraded store holds %d quads, %d before; want fewer", after, before)
		}
		if isOld, err := s.OldLayout(ctx); err != nil || isOld {
			t.Errorf("OldLayout after the upgrade: %v, %v; want false", isOld, err)
		}
		mustCheck(t, s)
		if n, err := s.Upgrade(ctx, nil); err != nil || n != 0 {
			t.Errorf("a second Upgrade: %d releases, %v; want none", n, err)
		}
	})
}

// statsOf returns s's Stats.
func statsOf(t *testing.T, s *Store) Stats {
	t.Helper()
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// storedBundles returns the labels of s's bundles, sorted.
func storedBundles(t *testing.T, s *Store) []quad.IRI {
	t.Helper()
	var out []quad.IRI
	err := s.eachStored(context.Background(), func(q quad.Quad) error {
		if isBundle(q.Label) && !slices.Contains(out, q.Label.(quad.IRI)) {
			out = append(out, q.Label.(quad.IRI))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(out)
	return out
}

// A bundle's IRI gives back its subject exactly, whatever the subject's
// path (one natokg did not mint by slugging, a mixed-script key).
func TestBundleSubject(t *testing.T) {
	for _, s := range []quad.IRI{
		brussels,
		kg.IRI(kg.Person, "Mark Rutte", "mixed-script-1a2b3c4d"),
		quad.IRI(kg.NS + "person/Not_Slugged.Name%20"),
	} {
		b := newBundle([]quad.Quad{q(s, rdf.Type, quad.IRI(schema.Person), otherRelease)})
		if got := bundleSubject(b.iri); got != s {
			t.Errorf("bundleSubject(%s) = %s, want %s", b.iri, got, s)
		}
	}
}

// TestCheckIRI checks which IRIs a write takes: absolute, with none of
// the characters N-Quads forbids in an IRIREF, any other character
// (letters with diacritics, other scripts) allowed; a refusal names the
// byte where the forbidden character is.
func TestCheckIRI(t *testing.T) {
	tests := []struct {
		iri     string
		wantErr string
	}{
		{"https://natokg.example/person/mark-rutte", ""},
		{"https://natokg.example/place/zürich", ""},
		{"https://natokg.example/person/frostadóttir-κ-в", ""},
		{"urn:x-natokg:a", ""},
		{"https://natokg.example/a b", "at byte 24"},
		{"https://natokg.example/a\tb", "at byte 24"},
		{"https://natokg.example/a\x7f", ""}, // DEL is not among the forbidden
		{"https://natokg.example/ü<", "at byte 25"},
		{`https://natokg.example/"`, "forbids"},
		{"https://natokg.example/{}", "forbids"},
		{"https://natokg.example/|", "forbids"},
		{"https://natokg.example/^", "forbids"},
		{"https://natokg.example/`", "forbids"},
		{`https://natokg.example/\`, "forbids"},
		{"person/mark-rutte", "not absolute"},
		{"1http://x", "not absolute"},
	}
	for _, tt := range tests {
		err := checkIRI(quad.IRI(tt.iri))
		switch {
		case tt.wantErr == "" && err != nil:
			t.Errorf("checkIRI(%q) = %v, want no error", tt.iri, err)
		case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)):
			t.Errorf("checkIRI(%q) = %v, want an error with %q", tt.iri, err, tt.wantErr)
		}
	}
}
