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
	"github.com/cayleygraph/cayley/graph/refs"
	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/quad"
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

// sqlLedgerTable is the table natokg keeps its ledger in on PostgreSQL: a
// release's IRI and the number of quads it holds. It sits beside
// Cayley's tables, which Cayley alone reads.
const sqlLedgerTable = "natokg_releases"

// sqlWrite writes, in one transaction of natokg's own on Cayley's
// PostgreSQL schema, the additions adds (as bulkAdd does), then the
// deletions dels (as Cayley's ApplyDeltas does: each quad's row, then the
// reference counts of its nodes, then the nodes no quad names), and the
// ledger entries of ledger (a count of 0 removes one).
//
// The named steps of the write are those of a Bolt write (see
// kvStore.joined), where tests make it fail or crash.
func sqlWrite(ctx context.Context, db *sql.DB, adds, dels []cgraph.Delta, ledger map[quad.IRI]int) error {
	if err := crashPoint("write:begin"); err != nil {
		return err
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	err = sqlWriteTx(ctx, tx, adds, dels, ledger)
	if err == nil {
		err = crashPoint("write:commit")
	}
	if err != nil {
		tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return crashPoint("write:done")
}

// sqlWriteTx is sqlWrite's work inside tx.
func sqlWriteTx(ctx context.Context, tx *sql.Tx, adds, dels []cgraph.Delta, ledger map[quad.IRI]int) error {
	_, err := tx.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS `+sqlLedgerTable+` (iri TEXT PRIMARY KEY, quads BIGINT NOT NULL)`)
	if err != nil {
		return fmt.Errorf("create the ledger: %w", err)
	}
	if len(adds) > 0 {
		if err := bulkRows(ctx, tx, graphlog.SplitDeltas(adds)); err != nil {
			return err
		}
	}
	if err := crashPoint("write:step"); err != nil {
		return err
	}
	if len(dels) > 0 {
		if err := deleteRows(ctx, tx, graphlog.SplitDeltas(dels)); err != nil {
			return err
		}
	}
	return writeSQLLedger(ctx, tx, ledger)
}

// deleteRows deletes the quads of d, which holds deletions only, and
// lowers the reference counts of their nodes, deleting the nodes no quad
// names any more. A quad not stored leaves its nodes' counts as they are.
func deleteRows(ctx context.Context, tx *sql.Tx, d *graphlog.Deltas) error {
	missing := map[refs.ValueHash]int{}
	for _, q := range d.QuadDel {
		var args []any
		for _, h := range q.Quad.Dirs() {
			args = append(args, csql.NodeHash{ValueHash: h}.SQLValue())
		}
		res, err := tx.ExecContext(ctx, `DELETE FROM quads WHERE subject_hash = $1 AND predicate_hash = $2 AND object_hash = $3 AND label_hash = $4`, args...)
		if err != nil {
			return fmt.Errorf("delete a quad: %w", err)
		}
		if n, err := res.RowsAffected(); err != nil {
			return fmt.Errorf("delete a quad: %w", err)
		} else if n != 1 {
			for _, h := range q.Quad.Dirs() {
				if h.Valid() {
					missing[h]++
				}
			}
		}
	}
	for _, n := range d.DecNode {
		inc := n.RefInc + missing[n.Hash]
		if inc == 0 {
			continue
		}
		_, err := tx.ExecContext(ctx, `UPDATE nodes SET refs = refs + $1 WHERE hash = $2`, inc, csql.NodeHash{ValueHash: n.Hash}.SQLValue())
		if err != nil {
			return fmt.Errorf("count the references of a node: %w", err)
		}
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM nodes WHERE refs <= 0`); err != nil {
		return fmt.Errorf("delete the nodes no quad names: %w", err)
	}
	return nil
}

// writeSQLLedger sets the ledger entries of ledger in tx.
func writeSQLLedger(ctx context.Context, tx *sql.Tx, ledger map[quad.IRI]int) error {
	var rows [][]any
	for r, n := range ledger {
		if n > 0 {
			rows = append(rows, []any{string(r), n})
			continue
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM `+sqlLedgerTable+` WHERE iri = $1`, string(r)); err != nil {
			return fmt.Errorf("ledger entry of %s: %w", r, err)
		}
	}
	err := insertRows(ctx, tx, sqlLedgerTable, []string{"iri", "quads"}, "", rows,
		` ON CONFLICT (iri) DO UPDATE SET quads = EXCLUDED.quads`)
	if err != nil {
		return fmt.Errorf("ledger: %w", err)
	}
	return nil
}

// ledger reads the ledger, and reports false when the database keeps
// none (written before natokg kept one, or CockroachDB, whose writes go
// through Cayley).
func (s sqlStore) ledger(ctx context.Context) (map[quad.IRI]int, bool, error) {
	if !s.bulk {
		return nil, false, nil
	}
	var kept bool
	if err := s.db.QueryRowContext(ctx, `SELECT to_regclass($1) IS NOT NULL`, sqlLedgerTable).Scan(&kept); err != nil {
		return nil, false, fmt.Errorf("read the ledger: %w", err)
	}
	if !kept {
		return nil, false, nil
	}
	rows, err := s.db.QueryContext(ctx, `SELECT iri, quads FROM `+sqlLedgerTable)
	if err != nil {
		return nil, false, fmt.Errorf("read the ledger: %w", err)
	}
	defer rows.Close()
	out := map[quad.IRI]int{}
	for rows.Next() {
		var iri string
		var n int
		if err := rows.Scan(&iri, &n); err != nil {
			return nil, false, fmt.Errorf("read the ledger: %w", err)
		}
		out[quad.IRI(iri)] = n
	}
	if err := rows.Err(); err != nil {
		return nil, false, fmt.Errorf("read the ledger: %w", err)
	}
	return out, true, nil
}
