package graph

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/natokg/natokg/graph/voc/kg"
	"github.com/natokg/natokg/graph/voc/rdf"
	"github.com/natokg/natokg/graph/voc/schema"
	"github.com/natokg/natokg/graph/voc/xsd"
	"github.com/natokg/natokg/internal/pgtest"
)

// backends lists the stores every test runs on: a function returning a
// fresh address for each.
var backends = []struct {
	name string
	addr func(t *testing.T) string
}{
	{"memory", func(*testing.T) string { return "memory" }},
	{"bolt", func(t *testing.T) string { return "bolt:" + filepath.Join(t.TempDir(), "kg") }},
	{"postgres", func(t *testing.T) string { return pgtest.Addr(t) }},
}

// forEachBackend runs fn as a subtest on a new, empty store of each backend.
func forEachBackend(t *testing.T, fn func(t *testing.T, s *Store)) {
	t.Helper()
	for _, b := range backends {
		t.Run(b.name, func(t *testing.T) {
			fn(t, openStore(t, b.addr(t)))
		})
	}
}

// openStore opens addr and closes it at the end of the test.
func openStore(t *testing.T, addr string) *Store {
	t.Helper()
	s, err := Open(context.Background(), addr)
	if err != nil {
		t.Fatalf("Open(%q): %v", addr, err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return s
}

// Test data: two releases sharing a person.
var (
	release1 = kg.IRI(kg.Release, "2024-07-10 Washington Summit Declaration")
	release2 = kg.IRI(kg.Release, "2024-10-01 Rutte takes office")
	rutte    = kg.IRI(kg.Person, "Mark Rutte")
	jens     = kg.IRI(kg.Person, "Jens Stoltenberg")
	nato     = kg.IRI(kg.Org, "NATO")
	summit   = kg.IRI(kg.Event, "Washington Summit 2024")
	dc       = kg.IRI(kg.Place, "Washington")
	turkiye  = kg.IRI(kg.Place, "Türkiye")

	// tricky is a literal with diacritics, quotes, a backslash and a line
	// break: everything N-Quads must escape or keep as UTF-8.
	tricky = quad.String("Türkiye’s « Bucureşti » \"quoted\" back\\slash\nnew line\ttab")
)

// q builds a quad with IRIs from strings.
func q(s quad.IRI, p string, o quad.Value, label quad.IRI) quad.Quad {
	return quad.Quad{Subject: s, Predicate: quad.IRI(p), Object: o, Label: label}
}

// release1Quads returns the quads of the first release.
func release1Quads() []quad.Quad {
	l := release1
	return []quad.Quad{
		q(release1, rdf.Type, quad.IRI(schema.NewsArticle), l),
		q(release1, schema.DatePublished, quad.TypedString{Value: "2024-07-10", Type: quad.IRI(xsd.Date)}, l),
		q(release1, schema.Headline, quad.String("Washington Summit Declaration"), l),
		q(release1, schema.Mentions, rutte, l),
		q(rutte, rdf.Type, quad.IRI(schema.Person), l),
		q(rutte, schema.Name, quad.String("Mark Rutte"), l),
		q(nato, rdf.Type, quad.IRI(schema.Organization), l),
		q(nato, rdf.Type, quad.IRI(schema.GovernmentOrganization), l),
		q(nato, schema.Name, quad.String("NATO"), l),
		q(summit, rdf.Type, quad.IRI(schema.Event), l),
		q(summit, schema.Location, dc, l),
		q(dc, rdf.Type, quad.IRI(schema.City), l),
		q(turkiye, rdf.Type, quad.IRI(schema.Country), l),
		q(turkiye, schema.AlternateName, tricky, l),
		q(turkiye, schema.Name, quad.LangString{Value: "Türkiye", Lang: "tr"}, l),
	}
}

// release2Quads returns the quads of the second release; Rutte's type is
// stated again, under this release's label.
func release2Quads() []quad.Quad {
	l := release2
	return []quad.Quad{
		q(release2, rdf.Type, quad.IRI(schema.NewsArticle), l),
		q(release2, schema.DatePublished, quad.TypedString{Value: "2024-10-01", Type: quad.IRI(xsd.Date)}, l),
		q(rutte, rdf.Type, quad.IRI(schema.Person), l),
		q(jens, rdf.Type, quad.IRI(schema.Person), l),
		q(jens, schema.Name, quad.String("Jens Stoltenberg"), l),
	}
}

// writeBoth writes the two test releases.
func writeBoth(t *testing.T, s *Store) {
	t.Helper()
	ctx := context.Background()
	for _, r := range []struct {
		release quad.IRI
		quads   []quad.Quad
	}{{release1, release1Quads()}, {release2, release2Quads()}} {
		added, err := s.WriteRelease(ctx, r.release, r.quads)
		if err != nil {
			t.Fatalf("WriteRelease(%s): %v", r.release, err)
		}
		if added != len(r.quads) {
			t.Fatalf("WriteRelease(%s) added %d quads, want %d", r.release, added, len(r.quads))
		}
	}
}

// nquadSet returns the N-Quad lines of quads, sorted.
func nquadSet(quads []quad.Quad) []string {
	out := make([]string, len(quads))
	for i, q := range quads {
		out[i] = q.NQuad()
	}
	slices.Sort(out)
	return out
}

// exportNQuads exports s as N-Quads.
func exportNQuads(t *testing.T, s *Store) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := s.Export(context.Background(), &buf, NQuads); err != nil {
		t.Fatalf("Export: %v", err)
	}
	return buf.Bytes()
}

// readNQuads parses N-Quads with Cayley's reader.
func readNQuads(t *testing.T, data []byte) []quad.Quad {
	t.Helper()
	r := nquads.NewReader(bytes.NewReader(data), false)
	var out []quad.Quad
	for {
		q, err := r.ReadQuad()
		if err == io.EOF {
			return out
		} else if err != nil {
			t.Fatalf("reading exported N-Quads: %v\n%s", err, data)
		}
		out = append(out, q)
	}
}

func TestRoundTrip(t *testing.T) {
	want := nquadSet(append(release1Quads(), release2Quads()...))
	var exports [][]byte
	forEachBackend(t, func(t *testing.T, s *Store) {
		writeBoth(t, s)
		data := exportNQuads(t, s)
		exports = append(exports, data)

		got := readNQuads(t, data)
		for _, q := range got {
			if q.Label == nil {
				t.Errorf("exported quad without label: %s", q.NQuad())
			}
		}
		if g := nquadSet(got); !slices.Equal(g, want) {
			t.Errorf("exported quads differ:\ngot:\n%s\nwant:\n%s", strings.Join(g, "\n"), strings.Join(want, "\n"))
		}
		lines := strings.SplitAfter(strings.TrimSuffix(string(data), "\n"), "\n")
		if len(lines) != len(want) {
			t.Errorf("export has %d lines, want %d", len(lines), len(want))
		}
		if !slices.IsSorted(lines) {
			t.Errorf("export lines are not sorted:\n%s", data)
		}
		if again := exportNQuads(t, s); !bytes.Equal(again, data) {
			t.Errorf("second export differs from the first")
		}
		if !strings.Contains(string(data), `"2024-07-10"^^<`+xsd.Date+`>`) {
			t.Errorf("export lacks the typed date:\n%s", data)
		}
	})
	if len(exports) == 2 && !bytes.Equal(exports[0], exports[1]) {
		t.Errorf("exports of equal graphs differ across backends:\n%s\n---\n%s", exports[0], exports[1])
	}
}

func TestWriteRelease(t *testing.T) {
	extra := q(jens, schema.AlternateName, quad.String("Stoltenberg"), release2)
	tests := []struct {
		name      string
		release   quad.IRI
		quads     []quad.Quad
		wantAdded int
		wantErr   string
	}{
		{name: "rewrite", release: release1, quads: release1Quads(), wantAdded: 0},
		{name: "rewrite in another order", release: release1, quads: reversed(release1Quads()), wantAdded: 0},
		{name: "one new quad", release: release2, quads: append(release2Quads(), extra), wantAdded: 1},
		{name: "repeated quads count once", release: release2, quads: append(append(release2Quads(), extra),
			q(jens, schema.HonorificPrefix, quad.String("Mr"), release2),
			q(jens, schema.HonorificPrefix, quad.String("Mr"), release2),
		), wantAdded: 1},
		{name: "wrong label", release: release2, quads: []quad.Quad{
			q(jens, schema.Name, quad.String("J. Stoltenberg"), release2),
			q(jens, schema.Name, quad.String("Stoltenberg, Jens"), release1),
		}, wantErr: "not with the release"},
		{name: "no label", release: release2, quads: []quad.Quad{
			{Subject: jens, Predicate: quad.IRI(schema.Name), Object: quad.String("J. S.")},
		}, wantErr: "not with the release"},
		{name: "IRI with a space", release: release2, quads: []quad.Quad{
			q(jens, schema.Name, quad.String("J. Stoltenberg"), release2),
			q(jens, schema.Mentions, quad.IRI(kg.NS+"person/jens stoltenberg"), release2),
		}, wantErr: "forbids"},
		{name: "literal subject", release: release2, quads: []quad.Quad{
			{Subject: quad.String("Jens"), Predicate: quad.IRI(schema.Name), Object: quad.String("J."), Label: release2},
		}, wantErr: "subject"},
		{name: "bad language tag", release: release2, quads: []quad.Quad{
			q(jens, schema.Name, quad.LangString{Value: "Jens", Lang: "no way"}, release2),
		}, wantErr: "language tag"},
		{name: "relative release IRI", release: quad.IRI("release/1"), quads: nil, wantErr: "not absolute"},
	}
	forEachBackend(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		writeBoth(t, s)
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				before := exportNQuads(t, s)
				added, err := s.WriteRelease(ctx, tt.release, tt.quads)
				if tt.wantErr != "" {
					if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
						t.Fatalf("WriteRelease error = %v, want one containing %q", err, tt.wantErr)
					}
					if after := exportNQuads(t, s); !bytes.Equal(after, before) {
						t.Errorf("refused write changed the store:\nbefore:\n%s\nafter:\n%s", before, after)
					}
					return
				}
				if err != nil {
					t.Fatalf("WriteRelease: %v", err)
				}
				if added != tt.wantAdded {
					t.Errorf("added = %d, want %d", added, tt.wantAdded)
				}
				after := readNQuads(t, exportNQuads(t, s))
				if got, want := len(after), len(readNQuads(t, before))+tt.wantAdded; got != want {
					t.Errorf("store has %d quads, want %d", got, want)
				}
			})
		}
	})
}

// reversed returns quads in reverse order.
func reversed(quads []quad.Quad) []quad.Quad {
	slices.Reverse(quads)
	return quads
}

func TestWriteReleasePrefixedIRIs(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		full := q(rutte, rdf.Type, quad.IRI(schema.Person), release1)
		short := q(rutte, rdf.Prefix+"type", quad.IRI(schema.Prefix+"Person"), release1)
		if _, err := s.WriteRelease(ctx, release1, []quad.Quad{full}); err != nil {
			t.Fatalf("WriteRelease: %v", err)
		}
		added, err := s.WriteRelease(ctx, release1, []quad.Quad{short})
		if err != nil {
			t.Fatalf("WriteRelease with prefixed IRIs: %v", err)
		}
		if added != 0 {
			t.Errorf("prefixed form of a stored quad added %d quads, want 0", added)
		}
	})
}

func TestStats(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		st, err := s.Stats(ctx)
		if err != nil {
			t.Fatalf("Stats of an empty store: %v", err)
		}
		if st != (Stats{}) {
			t.Errorf("Stats of an empty store = %+v, want zero", st)
		}
		writeBoth(t, s)
		st, err = s.Stats(ctx)
		if err != nil {
			t.Fatalf("Stats: %v", err)
		}
		want := Stats{
			// The releases' own quads and their kg:states links (13),
			// seven bundles of the facts of entities and events (14), the
			// four quads that say which figures the store keeps (no one
			// attended the event and no one holds a post, so there are
			// none of those yet), and the first release's mention of
			// Rutte in the figures: his month, the release in it and his
			// count (3).
			Quads:         34,
			Releases:      2,
			People:        2, // Rutte, typed by both releases, counts once
			Organisations: 1, // NATO, Organization and GovernmentOrganization
			Places:        2,
			Events:        1,
		}
		if st != want {
			t.Errorf("Stats = %+v, want %+v", st, want)
		}
	})
}

func TestQuery(t *testing.T) {
	people := fmt.Sprintf(`g.V().Has("<%s>", "<%s>").Unique().Out("<%s>").All()`, rdf.Type, schema.Person, schema.Name)
	tests := []struct {
		name  string
		lang  string
		text  string
		limit int
		want  []string // sorted "id" values of the results
	}{
		{"people", "gizmo", people, 0, []string{"Jens Stoltenberg", "Mark Rutte"}},
		{"limit", "gizmo", people, 1, nil},
		{"negative limit", "gizmo", people, -1, []string{"Jens Stoltenberg", "Mark Rutte"}},
		{"emit", "gizmo", `g.Emit({"id": "x"})`, 0, []string{"x"}},
		{"nothing", "gizmo", fmt.Sprintf(`g.V("<%s>").Out("<%s>").All()`, kg.IRI(kg.Person, "nobody"), schema.Name), 0, []string{}},
	}
	forEachBackend(t, func(t *testing.T, s *Store) {
		writeBoth(t, s)
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				res, err := s.Query(context.Background(), tt.lang, tt.text, tt.limit)
				if err != nil {
					t.Fatalf("Query: %v", err)
				}
				if _, err := json.Marshal(res); err != nil {
					t.Errorf("results do not marshal to JSON: %v", err)
				}
				if tt.want == nil { // only the count matters
					if len(res) != tt.limit {
						t.Errorf("got %d results, want %d: %v", len(res), tt.limit, res)
					}
					return
				}
				got := []string{}
				for _, r := range res {
					m, ok := r.(map[string]any)
					if !ok {
						t.Fatalf("result %#v is not an object", r)
					}
					got = append(got, fmt.Sprint(m["id"]))
				}
				slices.Sort(got)
				if !slices.Equal(got, tt.want) {
					t.Errorf("got %q, want %q", got, tt.want)
				}
			})
		}
	})
}

func TestQueryErrors(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		if _, err := s.Query(context.Background(), "sparql", "SELECT * {}", 0); err == nil {
			t.Errorf("Query in an unknown language succeeded")
		}
		if _, err := s.Query(context.Background(), "gizmo", "g.V(", 0); err == nil {
			t.Errorf("Query with a syntax error succeeded")
		}
		if _, err := s.Query(context.Background(), "gizmo", `throw new Error("boom")`, 0); err == nil {
			t.Errorf("Query that throws succeeded")
		}
	})
}

func TestQueryDeadline(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
		defer cancel()
		start := time.Now()
		_, err := s.Query(ctx, "gizmo", `while(true){}`, 0)
		if !errors.Is(err, context.DeadlineExceeded) {
			t.Errorf("endless query returned %v, want context.DeadlineExceeded", err)
		}
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("endless query stopped after %v", d)
		}
		// The store still works after an interrupted query.
		writeBoth(t, s)
		if _, err := s.Stats(context.Background()); err != nil {
			t.Errorf("Stats after an interrupted query: %v", err)
		}
	})
}

// TestStoppedScriptThenClose checks that a store closes soon after a
// query stopped at its deadline in the middle of nested reads: closing
// Bolt under the still-running script used to deadlock (its next read
// waited behind Close, which waited for its open one), and natokg query
// --timeout then never returned.
func TestStoppedScriptThenClose(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "kg"))
	if err != nil {
		t.Fatal(err)
	}
	var quads []quad.Quad
	for i := 0; i < 3000; i++ {
		quads = append(quads, q(kg.IRI(kg.Person, fmt.Sprint("p", i)), schema.Name, quad.String(fmt.Sprint("P ", i)), release1))
	}
	if _, err := s.PutRelease(ctx, release1, quads); err != nil {
		t.Fatal(err)
	}
	// Every node, and for each every node again: millions of reads.
	script := `var n = 0; g.V().ForEach(function (d) { g.V(d.id).Out().ForEach(function (e) { g.V().ForEach(function () { n++; }); }); }); g.Emit(n);`
	qctx, cancel := context.WithTimeout(ctx, 300*time.Millisecond)
	defer cancel()
	if _, err := s.Query(qctx, "gizmo", script, 0); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("nested query returned %v, want context.DeadlineExceeded", err)
	}
	closed := make(chan error, 1)
	go func() { closed <- s.Close() }()
	select {
	case err := <-closed:
		if err != nil {
			t.Errorf("Close: %v", err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("Close after a stopped query did not return in 20 s")
	}
}

func TestExportJSONLD(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		writeBoth(t, s)
		var buf bytes.Buffer
		if err := s.Export(context.Background(), &buf, JSONLD); err != nil {
			t.Fatalf("Export: %v", err)
		}
		var doc any
		if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
			t.Fatalf("JSON-LD export is not JSON: %v\n%s", err, buf.Bytes())
		}
		for _, want := range []string{string(release1), string(release2), "Mark Rutte", "Türkiye"} {
			if !strings.Contains(buf.String(), want) {
				t.Errorf("JSON-LD export lacks %q", want)
			}
		}
	})
}

func TestExportUnknownFormat(t *testing.T) {
	s := openStore(t, "memory")
	if err := s.Export(context.Background(), io.Discard, Format("turtle")); err == nil {
		t.Errorf("Export in an unknown format succeeded")
	}
}

func TestParseFormat(t *testing.T) {
	tests := []struct {
		in      string
		want    Format
		wantErr bool
	}{
		{"nquads", NQuads, false},
		{"nq", NQuads, false},
		{"N-Quads", NQuads, false},
		{"jsonld", JSONLD, false},
		{"json-ld", JSONLD, false},
		{"JSON-LD", JSONLD, false},
		{"turtle", "", true},
		{"", "", true},
	}
	for _, tt := range tests {
		got, err := ParseFormat(tt.in)
		if (err != nil) != tt.wantErr || got != tt.want {
			t.Errorf("ParseFormat(%q) = %q, %v; want %q, error %v", tt.in, got, err, tt.want, tt.wantErr)
		}
	}
}

func TestBoltReopen(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "kg")
	ctx := context.Background()
	for _, addr := range []string{dir, "bolt:" + dir} {
		t.Run(addr, func(t *testing.T) {
			s, err := Open(ctx, addr)
			if err != nil {
				t.Fatalf("Open: %v", err)
			}
			if s.Addr() != addr {
				t.Errorf("Addr() = %q, want %q", s.Addr(), addr)
			}
			writeOrKeep(t, s)
			want := exportNQuads(t, s)
			if err := s.Close(); err != nil {
				t.Fatalf("Close: %v", err)
			}
			if err := s.Close(); err != nil {
				t.Errorf("second Close: %v", err)
			}
			if _, err := s.Stats(ctx); !errors.Is(err, ErrClosed) {
				t.Errorf("Stats on a closed store: %v, want ErrClosed", err)
			}

			s = openStore(t, addr)
			if got := exportNQuads(t, s); !bytes.Equal(got, want) {
				t.Errorf("reopened store differs:\ngot:\n%s\nwant:\n%s", got, want)
			}
			if added, err := s.WriteRelease(ctx, release1, release1Quads()); err != nil || added != 0 {
				t.Errorf("rewrite after reopening: added %d, %v; want 0, nil", added, err)
			}
		})
	}
}

// writeOrKeep writes the test releases into s unless it has them already.
func writeOrKeep(t *testing.T, s *Store) {
	t.Helper()
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatalf("Stats: %v", err)
	}
	if st.Quads == 0 {
		writeBoth(t, s)
	}
}

func TestBoltInUse(t *testing.T) {
	dir := t.TempDir()
	openStore(t, dir)
	start := time.Now()
	s, err := Open(context.Background(), dir)
	if err == nil {
		s.Close()
		t.Fatalf("second Open of a Bolt store succeeded")
	}
	if !errors.Is(err, ErrInUse) {
		t.Errorf("second Open: %v, want ErrInUse", err)
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("second Open failed after %v", d)
	}
}

func TestOpenErrors(t *testing.T) {
	for _, addr := range []string{"bolt:", "", "redis://localhost", "mysql://u:p@h/db"} {
		if s, err := Open(context.Background(), addr); err == nil {
			s.Close()
			t.Errorf("Open(%q) succeeded", addr)
		}
	}
}

func TestRedact(t *testing.T) {
	tests := []struct{ in, want string }{
		{"postgres://natokg:secret@127.0.0.1:5432/kg?sslmode=disable", "postgres://natokg:xxxxx@127.0.0.1:5432/kg?sslmode=disable"},
		{"postgres://natokg@127.0.0.1/kg", "postgres://natokg@127.0.0.1/kg"},
		{"postgres://127.0.0.1/kg?user=a@b", "postgres://127.0.0.1/kg?user=a@b"},
		{"/var/lib/natokg", "/var/lib/natokg"},
	}
	for _, tt := range tests {
		if got := redact(tt.in); got != tt.want {
			t.Errorf("redact(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCheckValue(t *testing.T) {
	tests := []struct {
		v  quad.Value
		ok bool
	}{
		{quad.IRI(schema.Person), true},
		{rutte, true},
		{quad.IRI("urn:isbn:0451450523"), true},
		{quad.IRI(""), false},
		{quad.IRI("person/mark-rutte"), false},
		{quad.IRI("http://x/a b"), false},
		{quad.IRI("http://x/<a>"), false},
		{quad.BNode("b0"), true},
		{quad.BNode("b 0"), false},
		{quad.BNode(""), false},
		{tricky, true},
		{quad.TypedString{Value: "2024", Type: quad.IRI(xsd.GYear)}, true},
		{quad.TypedString{Value: "2024", Type: "year"}, false},
		{quad.LangString{Value: "Türkiye", Lang: "tr"}, true},
		{quad.LangString{Value: "x", Lang: "en-GB-oed"}, true},
		{quad.LangString{Value: "x", Lang: "1en"}, false},
		{quad.LangString{Value: "x", Lang: "en-"}, false},
		{quad.Int(3), true},
		{quad.Raw("<x>"), false},
		{nil, false},
	}
	for _, tt := range tests {
		if err := checkValue(tt.v); (err == nil) != tt.ok {
			t.Errorf("checkValue(%#v) = %v, want ok %v", tt.v, err, tt.ok)
		}
	}
}

func TestWriteReleaseCanceled(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		if _, err := s.WriteRelease(ctx, release1, release1Quads()); !errors.Is(err, context.Canceled) {
			t.Errorf("WriteRelease with a canceled context: %v, want context.Canceled", err)
		}
		if st, err := s.Stats(context.Background()); err != nil || st.Quads != 0 {
			t.Errorf("after a canceled write: %+v, %v; want no quads", st, err)
		}
	})
}

// TestConcurrent writes, queries, counts and exports at once; run it with
// -race to check the Store's locking.
func TestConcurrent(t *testing.T) {
	people := fmt.Sprintf(`g.V().Has("<%s>", "<%s>").All()`, rdf.Type, schema.Person)
	forEachBackend(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		const n = 8
		errc := make(chan error, 4*n)
		for i := range n {
			release := kg.IRI(kg.Release, fmt.Sprint(i))
			go func() {
				_, err := s.WriteRelease(ctx, release, []quad.Quad{
					q(release, rdf.Type, quad.IRI(schema.NewsArticle), release),
					q(kg.IRI(kg.Person, fmt.Sprint("p", i)), rdf.Type, quad.IRI(schema.Person), release),
				})
				errc <- err
			}()
			go func() { _, err := s.Query(ctx, "gizmo", people, 0); errc <- err }()
			go func() { _, err := s.Stats(ctx); errc <- err }()
			go func() { errc <- s.Export(ctx, io.Discard, NQuads) }()
		}
		for range 4 * n {
			if err := <-errc; err != nil {
				t.Error(err)
			}
		}
		st, err := s.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		// Each release: its type, its kg:states link and the bundle of its
		// person's type; and the four quads that say which figures the
		// store keeps.
		if want := (Stats{Quads: 3*n + 4, Releases: n, People: n}); st != want {
			t.Errorf("Stats = %+v, want %+v", st, want)
		}
	})
}

// TestQueryStopsBeforeReturning checks that a query stopped by its limit
// or deadline no longer reads the store once Query has returned, while
// writes go on (run with -race).
func TestQueryStopsBeforeReturning(t *testing.T) {
	busy := `for (var i = 0; i < 1e9; i++) { g.V().All() }`
	forEachBackend(t, func(t *testing.T, s *Store) {
		writeBoth(t, s)
		for i := range 5 {
			ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
			_, err := s.Query(ctx, "gizmo", busy, 1)
			cancel()
			if err != nil && !errors.Is(err, context.DeadlineExceeded) {
				t.Errorf("Query: %v", err)
			}
			release := kg.IRI(kg.Release, fmt.Sprint("busy", i))
			for j := range 50 {
				if _, err := s.WriteRelease(context.Background(), release, []quad.Quad{
					q(kg.IRI(kg.Person, fmt.Sprint("busy", i, j)), rdf.Type, quad.IRI(schema.Person), release),
				}); err != nil {
					t.Fatalf("WriteRelease: %v", err)
				}
			}
		}
	})
}

func TestLanguages(t *testing.T) {
	got := Languages()
	for _, want := range []string{"gizmo", "graphql", "mql"} {
		if !slices.Contains(got, want) {
			t.Errorf("Languages() = %q, lacks %q", got, want)
		}
	}
}

// TestPostgresLabelIndex checks that a PostgreSQL store has an index on
// the quads' labels (Cayley's schema has none, and every look-up of a
// release scanned the table), and that opening it again keeps it.
func TestPostgresLabelIndex(t *testing.T) {
	addr := pgtest.Addr(t)
	for range 2 {
		s, err := Open(context.Background(), addr)
		if err != nil {
			t.Fatalf("Open: %v", err)
		}
		writeOrKeep(t, s)
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
	}
	db, err := sql.Open("postgres", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var n int
	err = db.QueryRow(`SELECT count(*) FROM pg_indexes WHERE tablename = 'quads' AND indexdef LIKE '%(label_hash)'`).Scan(&n)
	if err != nil {
		t.Fatal(err)
	}
	if n != 1 {
		t.Errorf("the quads table has %d indexes on label_hash alone, want 1", n)
	}
}
