package graph

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"testing"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/natokg/natokg/graph/voc/kg"
	"github.com/natokg/natokg/graph/voc/rdf"
	"github.com/natokg/natokg/graph/voc/schema"
	"github.com/natokg/natokg/graph/voc/xsd"
	"github.com/natokg/natokg/internal/pgtest"
)

// TestPostgresBulkRows checks that bulkAdd leaves in PostgreSQL the rows
// Cayley's postgres backend leaves for the same writes: the same nodes
// with the same reference counts, and the same quads, for values of every
// type Cayley's schema has a column for, a quad written twice in one batch,
// batches that state again quads already stored, and more rows than one
// INSERT carries.
func TestPostgresBulkRows(t *testing.T) {
	ctx := context.Background()
	when := time.Date(2025, 5, 14, 9, 30, 0, 0, time.UTC)
	var batches [][]cgraph.Delta
	for b := range 3 {
		label := kg.IRI(kg.Release, fmt.Sprintf("bulk %d", b%2)) // the third batch repeats the first
		var ds []cgraph.Delta
		add := func(s quad.IRI, p string, o quad.Value) {
			ds = append(ds, cgraph.Delta{Action: cgraph.Add, Quad: quad.Quad{Subject: s, Predicate: quad.IRI(p), Object: o, Label: label}})
		}
		for i := range 2500 {
			add(kg.IRI(kg.Person, fmt.Sprintf("Person %d", i)), rdf.Type, quad.IRI(schema.Person))
		}
		add(rutte, schema.Name, quad.String("Mark Rutte"))
		add(rutte, schema.Name, quad.String("Mark Rutte")) // twice in one batch
		add(turkiye, schema.AlternateName, tricky)
		add(turkiye, schema.Name, quad.LangString{Value: "Türkiye", Lang: "tr"})
		add(summit, schema.StartDate, quad.TypedString{Value: "2024-07-10", Type: quad.IRI(xsd.Date)})
		add(summit, schema.Position, quad.Int(32))
		add(summit, schema.Text, quad.Bool(false))
		add(summit, schema.Citation, quad.Float(2.5))
		add(summit, schema.EndDate, quad.Time(when))
		add(summit, schema.About, quad.BNode("b1"))
		batches = append(batches, ds)
	}

	tables := func(write func(s sqlStore, ds []cgraph.Delta) error) (string, string) {
		addr := pgtest.Addr(t)
		s, err := Open(ctx, addr)
		if err != nil {
			t.Fatalf("Open: %v", err)
		}
		defer s.Close()
		st, ok := s.qs.(sqlStore)
		if !ok || !st.bulk {
			t.Fatalf("a postgres store is %T (bulk %v), want a sqlStore writing in bulk", s.qs, ok && st.bulk)
		}
		for i, ds := range batches {
			if err := write(st, ds); err != nil {
				t.Fatalf("batch %d: %v", i, err)
			}
		}
		db, err := sql.Open("postgres", addr)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		return dumpRows(t, db, `SELECT * FROM nodes ORDER BY hash`),
			dumpRows(t, db, `SELECT subject_hash, predicate_hash, object_hash, label_hash FROM quads ORDER BY 1, 2, 3, 4`)
	}
	opts := cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}
	cayleyNodes, cayleyQuads := tables(func(s sqlStore, ds []cgraph.Delta) error {
		return s.QuadStore.ApplyDeltas(ds, opts) // Cayley's own write
	})
	bulkNodes, bulkQuads := tables(func(s sqlStore, ds []cgraph.Delta) error {
		return s.ApplyDeltas(ds, opts)
	})
	if n := strings.Count(cayleyQuads, "\n"); n != 2*(2500+9) {
		t.Fatalf("Cayley stored %d quads, want %d", n, 2*(2500+9))
	}
	if bulkNodes != cayleyNodes {
		t.Errorf("nodes differ from Cayley's:\n%s", firstDiff(bulkNodes, cayleyNodes))
	}
	if bulkQuads != cayleyQuads {
		t.Errorf("quads differ from Cayley's:\n%s", firstDiff(bulkQuads, cayleyQuads))
	}
}

// dumpRows returns the rows query selects, one line each.
func dumpRows(t *testing.T, db *sql.DB, query string) string {
	t.Helper()
	rows, err := db.Query(query)
	if err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	vals := make([]any, len(cols))
	ptrs := make([]any, len(cols))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	for rows.Next() {
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		for i, v := range vals {
			if i > 0 {
				b.WriteByte('\t')
			}
			if t, ok := v.(time.Time); ok {
				v = t.UTC()
			}
			fmt.Fprintf(&b, "%s=%v", cols[i], v)
		}
		b.WriteByte('\n')
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// firstDiff shows the first line where got and want differ.
func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := range min(len(g), len(w)) {
		if g[i] != w[i] {
			return fmt.Sprintf("line %d:\n got  %s\n want %s", i+1, g[i], w[i])
		}
	}
	return fmt.Sprintf("%d lines, want %d", len(g), len(w))
}
