package graph

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/jsonld"
	"github.com/cayleygraph/quad/nquads"
	"github.com/cayleygraph/quad/pquads"
	"github.com/cayleygraph/quad/voc/xsd"
	"google.golang.org/protobuf/proto"

	"github.com/natokg/natokg/internal/linesort"
)

// Format is a serialisation of the graph that Export writes.
type Format string

// The formats Export writes.
const (
	// NQuads is N-Quads: one quad per line, with full IRIs and the
	// release as the graph label, lines sorted.
	NQuads Format = "nquads"
	// JSONLD is JSON-LD, one named graph per release.
	JSONLD Format = "jsonld"
)

// ParseFormat returns the Format named s: "nquads" (or "nq") or "jsonld"
// (or "json-ld"), in any case.
func ParseFormat(s string) (Format, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "nquads", "nq", "n-quads":
		return NQuads, nil
	case "jsonld", "json-ld":
		return JSONLD, nil
	}
	return "", fmt.Errorf("graph: unknown export format %q (want nquads or jsonld)", s)
}

// Export writes every quad of the store to w in format f.
//
// The N-Quads output is sorted by line, so that exports of equal graphs are
// byte-identical; the lines are sorted in runs written to temporary files
// and merged, so memory holds a bounded part of them. The JSON-LD writer
// of Cayley builds its whole document in memory.
//
// Export fails, naming the quad, on a quad that cannot be written as valid
// N-Quads (one written to the store around Store.WriteRelease).
func (s *Store) Export(ctx context.Context, w io.Writer, f Format) error {
	unlock, err := s.readLock()
	if err != nil {
		return fmt.Errorf("graph: export %s: %w", f, err)
	}
	defer unlock()
	switch f {
	case NQuads:
		err = s.exportNQuads(ctx, w)
	case JSONLD:
		err = s.exportJSONLD(ctx, w)
	default:
		err = fmt.Errorf("unknown format")
	}
	if err != nil {
		return fmt.Errorf("graph: export %s: %w", f, err)
	}
	return nil
}

// exportNQuads writes the store as sorted N-Quads. The lines are sorted
// in runs on disk and merged (linesort), so memory holds a few runs, not
// the whole export.
func (s *Store) exportNQuads(ctx context.Context, w io.Writer) error {
	return linesort.Write(ctx, w, linesort.Options{}, func(add func(string) error) error {
		lw := &lineWriter{add: add}
		enc := nquads.NewWriter(lw)
		if _, err := s.eachQuad(ctx, enc.WriteQuad); err != nil {
			return err
		}
		if err := enc.Close(); err != nil {
			return fmt.Errorf("encode quads: %w", err)
		}
		return nil
	})
}

// lineWriter is an io.Writer that hands each whole line written to it
// (with its newline) to add. N-Quads escapes line breaks in literals and
// forbids them in IRIs: every '\n' ends a quad.
type lineWriter struct {
	add     func(string) error
	partial []byte
}

// Write hands add the lines p completes, and keeps the rest.
func (lw *lineWriter) Write(p []byte) (int, error) {
	n := len(p)
	for {
		i := bytes.IndexByte(p, '\n')
		if i < 0 {
			lw.partial = append(lw.partial, p...)
			return n, nil
		}
		line := string(lw.partial) + string(p[:i+1])
		lw.partial = lw.partial[:0]
		if err := lw.add(line); err != nil {
			return 0, err
		}
		p = p[i+1:]
	}
}

// exportJSONLD writes the store as a JSON-LD document.
func (s *Store) exportJSONLD(ctx context.Context, w io.Writer) error {
	enc := jsonld.NewWriter(w)
	if _, err := s.eachQuad(ctx, enc.WriteQuad); err != nil {
		return err
	}
	if err := enc.Close(); err != nil {
		return fmt.Errorf("encode JSON-LD: %w", err)
	}
	return nil
}

// eachQuad calls fn with every quad of the store in its logical form,
// ready for export (each release's quads labelled with it, the facts of
// the bundles it states among them: see layout.go; not the figures
// derived from them: see figures.go), and returns how many there were.
// The releases' own quads come first, as stored; then each bundle's
// facts, once for each release that states the bundle.
//
// A bundle's facts and the releases that state it are joined on disk
// (linesort), not in memory: at 100,000 releases they are millions of
// quads.
func (s *Store) eachQuad(ctx context.Context, fn func(quad.Quad) error) (int, error) {
	n := 0
	g := &bundleGroups{stated: func(facts []quad.Quad, statement quad.Quad) error {
		for _, f := range facts {
			f.Label = statement.Label
			if err := fn(f); err != nil {
				return fmt.Errorf("encode quad %s: %w", f.NQuad(), err)
			}
			n++
		}
		return nil
	}}
	err := s.joinBundles(ctx, func(q quad.Quad) error {
		if isBundle(q.Label) || q.Label == figuresIRI || q.Predicate == statesIRI {
			return nil
		}
		n++
		return fn(q)
	}, g)
	return n, err
}

// joinBundles calls each with every stored quad (as eachStored gives
// them) and joins, on disk, each bundle's facts with the releases' kg:states
// links that name it (joinLine), handing g the join's records in order.
func (s *Store) joinBundles(ctx context.Context, each func(quad.Quad) error, g *bundleGroups) error {
	err := linesort.Each(ctx, linesort.Options{}, func(add func(string) error) error {
		return s.eachStored(ctx, func(q quad.Quad) error {
			if err := each(q); err != nil {
				return err
			}
			switch {
			case isBundle(q.Label):
				return addJoin(add, q.Label, "0", q)
			case q.Label != figuresIRI && q.Predicate == statesIRI:
				return addJoin(add, q.Object, "1", q)
			}
			return nil
		})
	}, g.line)
	if err != nil {
		return err
	}
	g.end()
	return nil
}

// addJoin adds quad q's record to the join (joinLine).
func addJoin(add func(string) error, bundle quad.Value, kind string, q quad.Quad) error {
	l, err := joinLine(bundle, kind, q)
	if err != nil {
		return err
	}
	return add(l)
}

// joinLine is the record of quad q in the join of bundles and the
// releases that state them: the bundle's IRI, kind ("0" a fact of the
// bundle, "1" a release stating it: a bundle's facts sort before its
// statements) and q in Cayley's protocol-buffer form, which keeps each
// value's type and lexical form (N-Quads read back would turn
// "1.50"^^xsd:double into 1.5). An IRI holds no space, so the records of
// one bundle sort together.
func joinLine(bundle quad.Value, kind string, q quad.Quad) (string, error) {
	b, err := proto.Marshal(pquads.MakeQuad(q))
	if err != nil {
		return "", fmt.Errorf("encode quad %s: %w", q.NQuad(), err)
	}
	return bundle.String() + " " + kind + " " + string(b), nil
}

// bundleGroups reads the join's records in order and gathers each
// bundle's facts: it calls stated with them and each release's kg:states
// link to the bundle (a bundle's facts sort before its statements), and
// ended, if set, once the bundle's records are read, saying whether a
// release stated it.
type bundleGroups struct {
	stated func(facts []quad.Quad, statement quad.Quad) error
	ended  func(facts []quad.Quad, stated bool)
	bundle string
	facts  []quad.Quad
	seen   bool // a release stated the bundle
}

// readJoinLine reads a record of the join (joinLine): the bundle's IRI
// as written, whether the quad is one of its facts (or a release stating
// it), and the quad.
func readJoinLine(l string) (bundle string, fact bool, q quad.Quad, err error) {
	bundle, rest, _ := strings.Cut(l, " ")
	kind, data, _ := strings.Cut(rest, " ")
	var pq pquads.Quad
	if err := proto.Unmarshal([]byte(data), &pq); err != nil {
		return "", false, quad.Quad{}, fmt.Errorf("read back a quad of bundle %s: %w", bundle, err)
	}
	return bundle, kind == "0", pq.ToNative(), nil
}

// line takes the join's next record.
func (g *bundleGroups) line(l string) error {
	bundle, fact, q, err := readJoinLine(l)
	if err != nil {
		return err
	}
	if bundle != g.bundle {
		g.end()
		g.bundle, g.facts, g.seen = bundle, g.facts[:0], false
	}
	if fact {
		g.facts = append(g.facts, q)
		return nil
	}
	g.seen = true
	return g.stated(g.facts, q)
}

// end ends the bundle whose records were read last.
func (g *bundleGroups) end() {
	if g.ended != nil && g.bundle != "" {
		g.ended(g.facts, g.seen)
	}
}

// eachStored calls fn with every quad the store holds, ready for export,
// bundles as they are stored.
func (s *Store) eachStored(ctx context.Context, fn func(quad.Quad) error) error {
	return s.eachRaw(ctx, func(q quad.Quad) error {
		q = exportQuad(q)
		if err := checkQuad(q); err != nil {
			return fmt.Errorf("quad %s cannot be exported: %w", q.NQuad(), err)
		}
		if err := fn(q); err != nil {
			return fmt.Errorf("encode quad %s: %w", q.NQuad(), err)
		}
		return nil
	})
}

// eachRaw calls fn with every quad the store holds, as Cayley gives it.
func (s *Store) eachRaw(ctx context.Context, fn func(quad.Quad) error) error {
	it := s.qs.QuadsAllIterator().Iterate()
	defer it.Close()
	for it.Next(ctx) {
		q, err := s.qs.Quad(it.Result())
		if err != nil {
			return fmt.Errorf("read quad: %w", err)
		}
		if err := fn(q); err != nil {
			return err
		}
	}
	if err := it.Err(); err != nil {
		return fmt.Errorf("iterate quads: %w", err)
	}
	return ctx.Err()
}

// exportQuad prepares a stored quad for export: full IRIs, and booleans
// in their xsd:boolean lexical form (quad.Bool prints as "True").
func exportQuad(q quad.Quad) quad.Quad {
	q = normalizeQuad(q)
	if b, ok := q.Object.(quad.Bool); ok {
		lex := "false"
		if b {
			lex = "true"
		}
		q.Object = quad.TypedString{Value: quad.String(lex), Type: quad.IRI(xsd.Boolean).Full()}
	}
	return q
}

// Each calls fn with every quad of the store, with full IRIs, in the
// store's order. It stops at fn's first error.
func (s *Store) Each(ctx context.Context, fn func(quad.Quad) error) error {
	unlock, err := s.readLock()
	if err != nil {
		return fmt.Errorf("graph: read quads: %w", err)
	}
	defer unlock()
	if _, err := s.eachQuad(ctx, fn); err != nil {
		return fmt.Errorf("graph: read quads: %w", err)
	}
	return nil
}
