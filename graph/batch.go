package graph

import (
	"context"
	"errors"
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// Release is the quads of one release, to write with PutReleases.
type Release struct {
	IRI   quad.IRI
	Quads []quad.Quad
}

// The batch natokg load hands PutReleases: it writes when it has
// BatchReleases releases or BatchQuads quads, whichever comes first. The
// the benchmarks in docs/scale.md say what larger and smaller batches gain.
const (
	BatchReleases = 64
	BatchQuads    = 10000
)

// PutReleases does what PutRelease does for each release, in fewer
// transactions: the releases the store does not hold yet are written
// together in one Cayley transaction, so a batch is stored whole or not at
// all, and a crash never leaves part of a release. A release the store
// holds in another version is replaced on its own, as PutRelease does;
// one it holds unchanged is left alone. The changes come back in the
// order of rs.
func (s *Store) PutReleases(ctx context.Context, rs []Release) ([]Change, error) {
	changes := make([]Change, len(rs))
	type pending struct {
		i      int
		deltas []cgraph.Delta
	}
	var fresh []pending
	var changed []int
	inBatch := map[quad.IRI]bool{}
	for i, r := range rs {
		iri := r.IRI.Full()
		deltas, err := releaseDeltas(iri, r.Quads)
		if err != nil {
			return nil, err
		}
		held, err := s.holds(ctx, iri)
		if err != nil {
			return nil, err
		}
		if held || inBatch[iri] {
			changed = append(changed, i)
			continue
		}
		inBatch[iri] = true
		fresh = append(fresh, pending{i, deltas})
	}
	if len(fresh) > 0 {
		var all []cgraph.Delta
		for _, p := range fresh {
			all = append(all, p.deltas...)
			changes[p.i].Added = len(p.deltas)
		}
		s.mu.Lock()
		err := s.applyLocked(ctx, all)
		s.mu.Unlock()
		if err != nil {
			return nil, fmt.Errorf("graph: write %d releases: %w", len(fresh), err)
		}
	}
	for _, i := range changed {
		c, err := s.PutRelease(ctx, rs[i].IRI, rs[i].Quads)
		if err != nil {
			return nil, err
		}
		changes[i] = c
	}
	return changes, nil
}

// holds reports whether the store holds any quad labelled release.
func (s *Store) holds(ctx context.Context, release quad.IRI) (bool, error) {
	unlock, err := s.readLock()
	if err != nil {
		return false, fmt.Errorf("graph: read release %s: %w", release, err)
	}
	defer unlock()
	found := false
	err = s.quadsWith(ctx, quad.Label, release, func(quad.Quad) error {
		found = true
		return errStop
	})
	if err != nil && err != errStop {
		return false, fmt.Errorf("graph: read release %s: %w", release, err)
	}
	return found, nil
}

// errStop ends a walk over quads early.
var errStop = errors.New("stop")

// applyLocked applies additions in one ApplyDeltas; s.mu must be held.
func (s *Store) applyLocked(ctx context.Context, deltas []cgraph.Delta) error {
	if s.closed {
		return ErrClosed
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	opts := cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}
	if sq, ok := s.qs.(sqlStore); ok {
		return sq.applyContext(ctx, deltas, opts) // a bulk write stops when ctx ends
	}
	return s.qs.ApplyDeltas(deltas, opts)
}
