package graph

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/cayley/query/path"
	"github.com/cayleygraph/cayley/query/shape"
	"github.com/cayleygraph/quad"

	"github.com/natokg/natokg/graph/voc/rdf"
	"github.com/natokg/natokg/graph/voc/schema"
)

// TestKVPrefixScan checks that a look-up fixing the leading directions of
// a Bolt index is answered by a scan of that index, with the answer the
// unoptimised look-up gives.
func TestKVPrefixScan(t *testing.T) {
	ctx := context.Background()
	s := openStore(t, "bolt:"+filepath.Join(t.TempDir(), "kg"))
	writeBoth(t, s)
	kvs, ok := s.qs.(kvStore)
	if !ok {
		t.Fatalf("a Bolt store's quad store is %T, want kvStore", s.qs)
	}
	ref := func(v quad.Value) cgraph.Ref {
		t.Helper()
		r, err := kvs.ValueOf(v)
		if err != nil || r == nil {
			t.Fatalf("ValueOf(%v) = %v, %v", v, r, err)
		}
		return r
	}
	tests := []struct {
		name   string
		result quad.Direction
		filter map[quad.Direction]quad.Value
		want   []quad.Value
	}{
		{"people (object, predicate)", quad.Subject, map[quad.Direction]quad.Value{
			quad.Object: quad.IRI(schema.Person), quad.Predicate: quad.IRI(rdf.Type)},
			[]quad.Value{jens, rutte}},
		{"NATO's types (subject, predicate)", quad.Object, map[quad.Direction]quad.Value{
			quad.Subject: nato, quad.Predicate: quad.IRI(rdf.Type)},
			[]quad.Value{quad.IRI(schema.GovernmentOrganization), quad.IRI(schema.Organization)}},
		{"one quad (object, predicate, subject)", quad.Label, map[quad.Direction]quad.Value{
			quad.Object: rutte, quad.Predicate: quad.IRI(schema.Mentions), quad.Subject: release1},
			[]quad.Value{release1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qa := shape.QuadsAction{Result: tt.result, Filter: map[quad.Direction]refs.Ref{}}
			for d, v := range tt.filter {
				qa.Filter[d] = ref(v)
			}
			opt, ok := kvs.OptimizeShape(ctx, qa)
			if !ok {
				t.Fatalf("OptimizeShape(%v) did not optimise", qa)
			}
			if nf, ok := opt.(shape.NodesFrom); !ok {
				t.Fatalf("optimised to %#v, want NodesFrom an index scan", opt)
			} else if _, ok := nf.Quads.(indexScan); !ok {
				t.Fatalf("optimised to NodesFrom %#v, want an index scan", nf.Quads)
			}
			got := values(t, kvs, opt)
			// The unoptimised shape, on the plain kv store.
			plain := values(t, kvs.QuadStore, qa.Simplify())
			want := make([]string, len(tt.want))
			for i, v := range tt.want {
				want[i] = quad.StringOf(v)
			}
			if !slices.Equal(got, want) || !slices.Equal(plain, want) {
				t.Errorf("optimised look-up = %q, unoptimised = %q, want %q", got, plain, want)
			}
		})
	}
}

// values iterates sh on qs without optimising it and returns its results'
// values, sorted.
func values(t *testing.T, qs cgraph.QuadStore, sh shape.Shape) []string {
	t.Helper()
	ctx := context.Background()
	it := sh.BuildIterator(qs).Iterate()
	defer it.Close()
	var out []string
	for it.Next(ctx) {
		v, err := qs.NameOf(it.Result())
		if err != nil {
			t.Fatalf("NameOf: %v", err)
		}
		out = append(out, quad.StringOf(v))
	}
	if err := it.Err(); err != nil {
		t.Fatal(err)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// TestKVIndexJoin checks that following a predicate from several nodes on
// Bolt scans each node's index prefix with the predicate, and answers what
// Cayley's own plan answers.
func TestKVIndexJoin(t *testing.T) {
	ctx := context.Background()
	s := openStore(t, "bolt:"+filepath.Join(t.TempDir(), "kg"))
	writeBoth(t, s)
	kvs := s.qs.(kvStore)
	tests := []struct {
		name string
		path func(qs cgraph.QuadStore) *path.Path
		want []string
	}{
		{"names of three nodes", func(qs cgraph.QuadStore) *path.Path {
			return path.StartPath(qs, rutte, jens, nato).Out(quad.IRI(schema.Name))
		}, []string{`"Jens Stoltenberg"`, `"Mark Rutte"`, `"NATO"`}},
		{"who is typed Person or City", func(qs cgraph.QuadStore) *path.Path {
			return path.StartPath(qs, quad.IRI(schema.Person), quad.IRI(schema.City)).In(quad.IRI(rdf.Type))
		}, []string{quad.StringOf(jens), quad.StringOf(rutte), quad.StringOf(dc)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opt, _ := shape.Optimize(ctx, tt.path(kvs).Shape(), kvs)
			// shape.Walk cannot walk unexported fields: read the plan.
			if !strings.Contains(fmt.Sprintf("%#v", opt), "graph.indexJoin{") {
				t.Errorf("the plan %#v has no index join", opt)
			}
			got := values(t, kvs, opt)
			plain := values(t, kvs.QuadStore, tt.path(kvs.QuadStore).Shape())
			if !slices.Equal(got, tt.want) || !slices.Equal(plain, tt.want) {
				t.Errorf("with the join = %q, Cayley's plan = %q, want %q", got, plain, tt.want)
			}
		})
	}
}

// TestKVIndexJoinContains checks the join's look-up: a quad is in the
// join when its node is one of the nodes and its predicate is the fixed
// one.
func TestKVIndexJoinContains(t *testing.T) {
	ctx := context.Background()
	s := openStore(t, "bolt:"+filepath.Join(t.TempDir(), "kg"))
	writeBoth(t, s)
	kvs := s.qs.(kvStore)
	ref := func(v quad.Value) cgraph.Ref {
		r, err := kvs.ValueOf(v)
		if err != nil || r == nil {
			t.Fatalf("ValueOf(%v) = %v, %v", v, r, err)
		}
		return r
	}
	nodes := shape.Fixed{ref(rutte), ref(nato)}
	sh, ok := kvs.joinScan(shape.Quads{
		{Dir: quad.Predicate, Values: shape.Fixed{ref(quad.IRI(rdf.Type))}},
		{Dir: quad.Subject, Values: nodes},
	})
	if !ok {
		t.Fatal("joinScan did not join a node set and a fixed predicate")
	}
	idx := sh.BuildIterator(kvs).Lookup()
	defer idx.Close()
	all := kvs.QuadStore.QuadsAllIterator().Iterate()
	defer all.Close()
	var in []string
	for all.Next(ctx) {
		if idx.Contains(ctx, all.Result()) {
			q, err := kvs.Quad(all.Result())
			if err != nil {
				t.Fatal(err)
			}
			in = append(in, q.Subject.String()+" "+q.Object.String())
		}
	}
	if err := idx.Err(); err != nil {
		t.Fatal(err)
	}
	slices.Sort(in)
	want := []string{
		"<" + string(rutte) + "> <" + schema.Person + ">",
		"<" + string(rutte) + "> <" + schema.Person + ">", // stated by both releases
		"<" + string(nato) + "> <" + schema.GovernmentOrganization + ">",
		"<" + string(nato) + "> <" + schema.Organization + ">",
	}
	slices.Sort(want)
	if !slices.Equal(in, want) {
		t.Errorf("the join contains %q, want %q", in, want)
	}
}

// TestKVNameCache checks that a Bolt store names each node of every quad
// it holds by its value, through its cache of values, as Cayley's store
// does without it: after the nodes were read once, then edited, removed
// and written again.
func TestKVNameCache(t *testing.T) {
	ctx := context.Background()
	s := openStore(t, "bolt:"+filepath.Join(t.TempDir(), "kg"))
	kvs, ok := s.qs.(kvStore)
	if !ok {
		t.Fatalf("a Bolt store's quad store is %T, want kvStore", s.qs)
	}
	// nameAll names the nodes of every quad held, through the cache and
	// without it, and fails on a difference.
	nameAll := func(when string) {
		t.Helper()
		it := kvs.QuadsAllIterator().Iterate()
		defer it.Close()
		n := 0
		for it.Next(ctx) {
			for _, d := range []quad.Direction{quad.Subject, quad.Predicate, quad.Object} {
				ref, err := kvs.QuadDirection(it.Result(), d)
				if err != nil {
					t.Fatal(err)
				}
				got, err := kvs.NameOf(ref)
				if err != nil {
					t.Fatal(err)
				}
				want, err := kvs.QuadStore.NameOf(ref)
				if err != nil {
					t.Fatal(err)
				}
				if quad.StringOf(got) != quad.StringOf(want) {
					t.Errorf("%s: NameOf(%v) = %v, want %v", when, ref, got, want)
				}
				n++
			}
		}
		if n == 0 {
			t.Fatalf("%s: no quad held", when)
		}
	}
	writeRelease(t, s, editedRelease, editV1())
	writeRelease(t, s, otherRelease, otherQuads())
	nameAll("after two releases")
	writeRelease(t, s, editedRelease, editV2())
	nameAll("after an edit")
	if _, err := s.RemoveRelease(ctx, editedRelease); err != nil {
		t.Fatal(err)
	}
	writeRelease(t, s, editedRelease, editV1())
	nameAll("after a removal and the release again")
	if kvs.names.Len() == 0 {
		t.Error("no value was kept in the cache")
	}
}
