package graph

import (
	"context"
	"database/sql"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	graphlog "github.com/cayleygraph/cayley/graph/log"
	csql "github.com/cayleygraph/cayley/graph/sql"
)

// maxBindParams is the most parameters one PostgreSQL statement may
// carry (the protocol counts them in 16 bits).
const maxBindParams = 65535

// maxRowsPerInsert bounds the rows of one INSERT bulkAdd sends, so that a
// statement stays a few hundred kilobytes.
const maxRowsPerInsert = 4000

// bulkAdd writes additions to Cayley's PostgreSQL schema as Cayley's
// postgres backend does (graph/sql/postgres, RunTx): in one transaction,
// each node's row is inserted or, when stored, its reference count is
// raised by the quads that name it; then each quad's row is inserted, and
// one already stored is left as it is (Cayley's IgnoreDup). Cayley sends
// one statement per node and one per quad and waits for each answer, so
// its writes are bound by the round trips to the server, not by the
// server's work; bulkAdd sends thousands of rows per statement. The rows
// are the ones Cayley would write (csql.NodeValues makes a node's), so
// Cayley reads them back as its own. in must hold additions only.
func bulkAdd(ctx context.Context, db *sql.DB, in []cgraph.Delta) error {
	d := graphlog.SplitDeltas(in)
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	if err := bulkRows(ctx, tx, d); err != nil {
		tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

// bulkRows inserts the nodes, then the quads, of d in tx.
func bulkRows(ctx context.Context, tx *sql.Tx, d *graphlog.Deltas) error {
	// A node's columns depend on the type of its value (IRI, string,
	// typed string...): one INSERT per type.
	nodes := map[csql.ValueType][][]any{}
	for _, n := range d.IncNode {
		typ, vals, err := csql.NodeValues(csql.NodeHash{ValueHash: n.Hash}, n.Val)
		if err != nil {
			return fmt.Errorf("node %v: %w", n.Val, err)
		}
		nodes[typ] = append(nodes[typ], append([]any{n.RefInc}, vals...))
	}
	for _, t := range slices.Sorted(maps.Keys(nodes)) {
		cols := append([]string{"refs", "hash"}, t.Columns()...)
		err := insertRows(ctx, tx, "nodes", cols, "", nodes[t],
			` ON CONFLICT (hash) DO UPDATE SET refs = nodes.refs + EXCLUDED.refs`)
		if err != nil {
			return err
		}
	}
	quads := make([][]any, len(d.QuadAdd))
	for i, q := range d.QuadAdd {
		row := make([]any, 0, 4)
		for _, h := range q.Quad.Dirs() {
			row = append(row, csql.NodeHash{ValueHash: h}.SQLValue())
		}
		quads[i] = row
	}
	cols := []string{"subject_hash", "predicate_hash", "object_hash", "label_hash", "ts"}
	return insertRows(ctx, tx, "quads", cols, "now()", quads, ` ON CONFLICT DO NOTHING`)
}

// insertRows inserts rows into table's columns cols in as few statements
// as the parameter limit allows, each ending with suffix. When extra is
// not empty it is the SQL value of the last column, the same for every
// row (rows then hold one value fewer than cols). Every row holds as many
// values as the first.
func insertRows(ctx context.Context, tx *sql.Tx, table string, cols []string, extra string, rows [][]any, suffix string) error {
	if len(rows) == 0 {
		return nil
	}
	width := len(rows[0])
	per := min(maxBindParams/width, maxRowsPerInsert)
	head := "INSERT INTO " + table + " (" + strings.Join(cols, ", ") + ") VALUES "
	for len(rows) > 0 {
		chunk := rows[:min(per, len(rows))]
		rows = rows[len(chunk):]
		var b strings.Builder
		b.WriteString(head)
		args := make([]any, 0, len(chunk)*width)
		for i, row := range chunk {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteByte('(')
			for j, v := range row {
				if j > 0 {
					b.WriteByte(',')
				}
				args = append(args, v)
				b.WriteByte('$')
				b.WriteString(strconv.Itoa(len(args)))
			}
			if extra != "" {
				b.WriteByte(',')
				b.WriteString(extra)
			}
			b.WriteByte(')')
		}
		b.WriteString(suffix)
		if _, err := tx.ExecContext(ctx, b.String(), args...); err != nil {
			return fmt.Errorf("insert %d rows into %s: %w", len(chunk), table, err)
		}
	}
	return nil
}
