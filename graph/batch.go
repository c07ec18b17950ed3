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
	// Origin, if set, says where the release was read from (file:line):
	// an error writing it names it.
	Origin string
}

// The batch natokg load hands PutReleases: it writes when it has
// BatchReleases releases or BatchQuads quads, whichever comes first. The
// the benchmarks in docs/benchmarks.md say what larger and smaller batches gain.
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
	return s.putReleases(ctx, rs, nil)
}

// putReleases is PutReleases, with the releases' deltas when the caller
// made them already (prepared[i] for rs[i]; nil: made here).
func (s *Store) putReleases(ctx context.Context, rs []Release, prepared []preparedRelease) ([]Change, error) {
	changes := make([]Change, len(rs))
	var fresh []pending
	var changed []int
	inBatch := map[quad.IRI]bool{}
	for i, r := range rs {
		iri := r.IRI.Full()
		var p preparedRelease
		if prepared != nil {
			p = prepared[i]
		} else {
			p = prepareRelease(r)
		}
		if p.err != nil {
			return nil, p.err
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
		fresh = append(fresh, pending{i, p})
	}
	if len(fresh) > 0 {
		if err := s.putFresh(ctx, rs, fresh, changes); err != nil {
			return nil, err
		}
	}
	for _, i := range changed {
		c, err := s.PutRelease(ctx, rs[i].IRI, rs[i].Quads)
		if err != nil {
			if o := rs[i].Origin; o != "" {
				err = fmt.Errorf("%s: %w", o, err)
			}
			return nil, err
		}
		changes[i] = c
	}
	return changes, nil
}

// preparedRelease is a release's quads checked and made into deltas
// (releaseDeltas) and split into its own graph and bundles (stored), or
// why they cannot be.
type preparedRelease struct {
	deltas []cgraph.Delta
	split  split
	err    error
}

// prepareRelease checks r's quads, makes them into deltas and splits
// them: the work on a release that needs no store.
func prepareRelease(r Release) preparedRelease {
	iri := r.IRI.Full()
	d, err := releaseDeltas(iri, r.Quads)
	if err != nil {
		return preparedRelease{err: err}
	}
	own, bundles := stored(iri, quadsOf(d))
	return preparedRelease{deltas: d, split: split{own, bundles}}
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

// batchOrigin names the releases rs[first..last] of a batch for an
// error message: by where they were read from when known, else by IRI.
func batchOrigin(rs []Release, first, last int) string {
	name := func(r Release) string {
		if r.Origin != "" {
			return r.Origin
		}
		return string(r.IRI)
	}
	if first == last {
		return name(rs[first])
	}
	return name(rs[first]) + " to " + name(rs[last])
}

// pending is a release of a batch the store does not hold yet: its index
// in the batch, and its quads as deltas and as the store keeps them.
type pending struct {
	i int
	preparedRelease
}

// putFresh writes the releases fresh of rs, which the store does not
// hold, in one transaction, each bundle once, and sets their changes.
func (s *Store) putFresh(ctx context.Context, rs []Release, fresh []pending, changes []Change) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	err := s.writable(ctx)
	if err == nil {
		vs := make([]version, len(fresh))
		for k, f := range fresh {
			vs[k] = version{release: rs[f.i].IRI.Full(), quads: quadsOf(f.deltas), split: &f.split}
			changes[f.i].Added = len(f.deltas)
		}
		err = s.writeVersions(ctx, vs)
	}
	if err != nil {
		return fmt.Errorf("graph: write %d releases (%s): %w", len(fresh), batchOrigin(rs, fresh[0].i, fresh[len(fresh)-1].i), err)
	}
	return nil
}
