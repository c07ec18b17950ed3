package graph

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/jsonld"
	"github.com/cayleygraph/quad/nquads"
	"github.com/cayleygraph/quad/voc/xsd"
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
// byte-identical; sorting needs the whole output in memory before the
// first line is written. The JSON-LD writer of Cayley also builds its whole
// document in memory.
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

// exportNQuads writes the store as sorted N-Quads.
func (s *Store) exportNQuads(ctx context.Context, w io.Writer) error {
	var buf bytes.Buffer
	enc := nquads.NewWriter(&buf)
	n, err := s.eachQuad(ctx, enc.WriteQuad)
	if err != nil {
		return err
	}
	if err := enc.Close(); err != nil {
		return fmt.Errorf("encode quads: %w", err)
	}
	// N-Quads escapes line breaks in literals and forbids them in IRIs:
	// every '\n' ends a quad.
	lines := make([]string, 0, n)
	for line := range strings.Lines(buf.String()) {
		lines = append(lines, line)
	}
	buf = bytes.Buffer{}
	slices.Sort(lines)
	bw := bufio.NewWriter(w)
	for _, line := range lines {
		if _, err := bw.WriteString(line); err != nil {
			return fmt.Errorf("write: %w", err)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write: %w", err)
	}
	return nil
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
func (s *Store) eachQuad(ctx context.Context, fn func(quad.Quad) error) (int, error) {
	bundles := map[quad.Value][]quad.Quad{}
	var states []quad.Quad
	n := 0
	err := s.eachStored(ctx, func(q quad.Quad) error {
		switch {
		case isBundle(q.Label):
			bundles[q.Label] = append(bundles[q.Label], q)
			return nil
		case q.Label == figuresIRI:
			return nil
		case q.Predicate == statesIRI:
			states = append(states, q)
			return nil
		}
		n++
		return fn(q)
	})
	if err != nil {
		return n, err
	}
	for _, st := range states {
		for _, f := range bundles[st.Object] {
			f.Label = st.Label
			if err := fn(f); err != nil {
				return n, fmt.Errorf("encode quad %s: %w", f.NQuad(), err)
			}
			n++
		}
	}
	return n, nil
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
