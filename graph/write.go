package graph

import (
	"context"
	"errors"
	"fmt"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// Change is what writing or removing a release did to the store.
type Change struct {
	// Added counts the quads written that were not stored yet.
	Added int
	// Removed counts the quads of the release's former version that its
	// new version no longer states, or of a removed release.
	Removed int
}

// WriteRelease writes the quads of one release and reports how many of
// them were not in the store yet. It is PutRelease without the count of
// removed quads.
func (s *Store) WriteRelease(ctx context.Context, release quad.IRI, quads []quad.Quad) (added int, err error) {
	c, err := s.PutRelease(ctx, release, quads)
	return c.Added, err
}

// PutRelease makes quads what the store holds under release's label, in
// one Cayley transaction: it adds the quads not stored yet and deletes the
// quads the release's former version stated that this one does not. What
// other releases state is untouched, even the same facts: they carry
// other labels. Writing the same release again changes nothing.
//
// Every quad's label must be release; subjects must be IRIs or blank
// nodes, predicates IRIs, and every IRI valid in N-Quads. If any quad
// breaks these rules, PutRelease returns an error and writes nothing.
// IRIs written with a registered prefix (schema:Person) are stored in full.
// A failure never leaves part of a release in the store; the package
// documentation details the guarantees per backend.
func (s *Store) PutRelease(ctx context.Context, release quad.IRI, quads []quad.Quad) (Change, error) {
	release = release.Full()
	deltas, err := releaseDeltas(release, quads)
	if err != nil {
		return Change{}, err
	}
	return s.replace(ctx, release, deltas)
}

// releaseDeltas checks the quads of release and returns them as
// additions, without repeats: every label must be release, and every value
// valid in N-Quads.
func releaseDeltas(release quad.IRI, quads []quad.Quad) ([]cgraph.Delta, error) {
	if err := checkIRI(release); err != nil {
		return nil, fmt.Errorf("graph: write release %s: %w", release, err)
	}
	tx := cgraph.NewTransactionN(len(quads))
	for i, q := range quads {
		q = normalizeQuad(q)
		if q.Label != release {
			return nil, fmt.Errorf("graph: write release %s: quad %d (%s) is labelled %v, not with the release", release, i, q.NQuad(), q.Label)
		}
		if err := checkQuad(q); err != nil {
			return nil, fmt.Errorf("graph: write release %s: quad %d (%s): %w", release, i, q.NQuad(), err)
		}
		tx.AddQuad(q) // a Transaction drops repeated quads itself
	}
	return tx.Deltas, nil
}

// RemoveRelease deletes every quad labelled with release: all the release
// said, and nothing that other releases say. It reports how many quads it
// deleted (0 for a release the store does not hold).
func (s *Store) RemoveRelease(ctx context.Context, release quad.IRI) (int, error) {
	c, err := s.replace(ctx, release.Full(), nil)
	return c.Removed, err
}

// replace makes adds (the logical quads of release) what the store holds
// under release, in one transaction: its own graph and the bundles it
// states are written where not stored yet, and what its former version
// stated that this one does not is deleted, bundles no other release
// states included (all of it when adds is nil: a removal). The Change
// counts the release's logical quads.
func (s *Store) replace(ctx context.Context, release quad.IRI, adds []cgraph.Delta) (Change, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.writable(ctx); err != nil {
		return Change{}, fmt.Errorf("graph: write release %s: %w", release, err)
	}
	// ApplyDeltas takes no context: reading the release is the last moment
	// the write can be abandoned.
	old, err := s.readStored(ctx, release)
	if err != nil {
		return Change{}, fmt.Errorf("graph: write release %s: read its quads: %w", release, err)
	}
	quads := quadsOf(adds)
	if err := s.writeVersions(ctx, []version{{release: release, old: old, quads: quads}}); err != nil {
		return Change{}, fmt.Errorf("graph: write release %s: %w", release, err)
	}
	return logicalChange(old.logical(release), quads), nil
}

// version is what a write makes the store hold under a release: its
// logical quads (normalised, none for a removal), where it holds old;
// split, when set, is what stored makes of them.
type version struct {
	release quad.IRI
	old     storedRelease
	quads   []quad.Quad
	split   *split
}

// split is a release's quads as the store keeps them: its own graph and
// its bundles (stored).
type split struct {
	own     []quad.Quad
	bundles []bundle
}

// writeVersions stores vs in one transaction (none when nothing
// changes): each release's own graph and the bundles not stored yet,
// less what its former version stated that it does not; s.mu must be
// held.
func (s *Store) writeVersions(ctx context.Context, vs []version) error {
	p := newPlan()
	ledger := map[quad.IRI]int{}
	for _, v := range vs {
		sp := v.split
		if sp == nil {
			own, bundles := stored(v.release, v.quads)
			sp = &split{own, bundles}
		}
		if err := s.plan(ctx, p, v.release, v.old, sp.own, sp.bundles); err != nil {
			return fmt.Errorf("%s: %w", v.release, err)
		}
		ledger[v.release] = len(v.quads)
	}
	if err := s.planFigures(ctx, p, vs); err != nil {
		return fmt.Errorf("figures: %w", err)
	}
	if len(p.adds)+len(p.dels) == 0 {
		return nil
	}
	if err := s.writeLocked(ctx, p.adds, p.dels, ledger); err != nil {
		return err
	}
	if p.startsFigures {
		s.figures = figuresKept
	}
	return nil
}

// quadsOf returns the quads of ds.
func quadsOf(ds []cgraph.Delta) []quad.Quad {
	out := make([]quad.Quad, len(ds))
	for i, d := range ds {
		out[i] = d.Quad
	}
	return out
}

// logicalChange counts the quads of now that before lacks (added) and
// the quads of before that now lacks (removed).
func logicalChange(before, now []quad.Quad) Change {
	was := make(map[string]bool, len(before))
	for _, q := range before {
		was[q.NQuad()] = true
	}
	var c Change
	for _, q := range now {
		k := q.NQuad()
		if was[k] {
			delete(was, k)
			continue
		}
		c.Added++
	}
	c.Removed = len(was)
	return c
}

// writable reports why the store cannot be written now, if it cannot;
// s.mu must be held.
func (s *Store) writable(ctx context.Context) error {
	switch {
	case s.closed.Load():
		return ErrClosed
	case s.readOnly:
		return ErrReadOnly
	case s.failed != nil:
		return fmt.Errorf("%w (%v)", ErrWriteFailed, s.failed)
	}
	return ctx.Err()
}

// ErrWriteFailed is returned (wrapped) by the writes to a Bolt store after
// one of them failed: Cayley's kv store caches node identifiers it
// allotted in the transaction rolled back, and would give them to other
// nodes. Reading is safe; reopening the store makes it writable again.
var ErrWriteFailed = errors.New("an earlier write to this store failed: reopen it to write")

// writeLocked writes, in one transaction, the additions adds and the
// deletions dels (of quads stored), and sets the ledger entries of the
// releases written (a count of 0 removes one); s.mu must be held.
//
// On Bolt, Cayley's kv store gets adds and dels in two ApplyDeltas calls
// in one Bolt transaction (txkv.go says why two). Additions go first, so
// that a node an edit keeps never has its reference count reach zero. On
// the SQL backends Cayley's ApplyDeltas runs one database transaction and
// finds the nodes of added quads by hash, so all the changes go in one
// call; additions alone are written in bulk on PostgreSQL. The in-memory
// store applies the changes one by one and cannot fail half-way.
func (s *Store) writeLocked(ctx context.Context, adds, dels []cgraph.Delta, ledger map[quad.IRI]int) error {
	opts := cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}
	switch qs := s.qs.(type) {
	case kvStore:
		prune, err := qs.pruneKeys(figureQuads(dels))
		if err != nil {
			return err
		}
		return s.writeBolt(ctx, qs, boltWrite{steps: [][]cgraph.Delta{adds, dels}, ledger: ledger, prune: prune})
	case sqlStore:
		if qs.bulk {
			return s.writeSQL(ctx, qs, adds, dels, ledger)
		}
		return qs.QuadStore.ApplyDeltas(append(append([]cgraph.Delta{}, adds...), dels...), opts)
	}
	if err := s.qs.ApplyDeltas(append(append([]cgraph.Delta{}, adds...), dels...), opts); err != nil {
		return err
	}
	if s.memLedger == nil {
		s.memLedger = map[quad.IRI]int{}
	}
	for r, n := range ledger {
		if n == 0 {
			delete(s.memLedger, r)
		} else {
			s.memLedger[r] = n
		}
	}
	return nil
}

// figureQuads returns the quads of the figures' graph among deltas.
func figureQuads(deltas []cgraph.Delta) []quad.Quad {
	var out []quad.Quad
	for _, d := range deltas {
		if d.Quad.Label == figuresIRI {
			out = append(out, d.Quad)
		}
	}
	return out
}

// writeBolt writes w to the Bolt store in one transaction, with the
// ledger entries of the releases stored before natokg kept a ledger the
// first time; s.mu must be held. A failure leaves the store refusing
// writes (ErrWriteFailed).
func (s *Store) writeBolt(ctx context.Context, qs kvStore, w boltWrite) error {
	ledger, err := s.withOlderReleases(ctx, w.ledger)
	if err != nil {
		return err
	}
	w.ledger = ledger
	if err := qs.joined(ctx, w); err != nil {
		s.failed = err
		return err
	}
	s.ledgerKept = true
	return nil
}

// writeSQL writes adds, then dels, and the ledger entries to PostgreSQL in
// one transaction of natokg's own, with the ledger entries of the
// releases stored before natokg kept a ledger the first time; s.mu must be
// held. Cayley's PostgreSQL backend caches its counts of quads and nodes
// and forgets them after its own writes: an empty write makes it forget
// them after natokg's.
func (s *Store) writeSQL(ctx context.Context, qs sqlStore, adds, dels []cgraph.Delta, ledger map[quad.IRI]int) error {
	ledger, err := s.withOlderReleases(ctx, ledger)
	if err != nil {
		return err
	}
	if err := sqlWrite(ctx, qs.db, adds, dels, ledger); err != nil {
		return err
	}
	s.ledgerKept = true
	return qs.QuadStore.ApplyDeltas(nil, cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true})
}

// withOlderReleases returns ledger with, when the store keeps no ledger
// yet, an entry for each release it holds (stored before natokg kept a
// ledger), under the entries of ledger.
func (s *Store) withOlderReleases(ctx context.Context, ledger map[quad.IRI]int) (map[quad.IRI]int, error) {
	if s.ledgerKept {
		return ledger, nil
	}
	_, kept, err := s.readLedger(ctx)
	if err != nil || kept {
		return ledger, err
	}
	counts, err := s.releaseCounts(ctx)
	if err != nil {
		return nil, fmt.Errorf("record the stored releases in the ledger: %w", err)
	}
	for r, n := range ledger {
		counts[r] = n
	}
	return counts, nil
}

// normalizeQuad expands prefixed IRIs (registered with quad/voc) to full
// ones, in values and in the datatypes of typed literals.
func normalizeQuad(q quad.Quad) quad.Quad {
	for _, dir := range quad.Directions {
		q.Set(dir, normalizeValue(q.Get(dir)))
	}
	return q
}

// normalizeValue is normalizeQuad for one value. A value already in full
// is returned as it came: boxing a new copy in the interface cost an
// allocation per value, most of a load's look-ups.
func normalizeValue(v quad.Value) quad.Value {
	switch t := v.(type) {
	case quad.IRI:
		if f := t.Full(); f != t {
			return f
		}
	case quad.TypedString:
		if f := t.Type.Full(); f != t.Type {
			t.Type = f
			return t
		}
	}
	return v
}

// checkQuad reports why q cannot be written out as valid N-Quads, if it
// cannot: subject an IRI or blank node, predicate an IRI, object any
// term, label an IRI, and every IRI, blank node and language tag well-formed.
func checkQuad(q quad.Quad) error {
	switch v := q.Subject.(type) {
	case quad.IRI, quad.BNode:
		if err := checkValue(v); err != nil {
			return fmt.Errorf("subject: %w", err)
		}
	default:
		return fmt.Errorf("subject %v is not an IRI or a blank node", q.Subject)
	}
	if p, ok := q.Predicate.(quad.IRI); !ok {
		return fmt.Errorf("predicate %v is not an IRI", q.Predicate)
	} else if err := checkIRI(p); err != nil {
		return fmt.Errorf("predicate: %w", err)
	}
	if err := checkValue(q.Object); err != nil {
		return fmt.Errorf("object: %w", err)
	}
	if l, ok := q.Label.(quad.IRI); !ok {
		return fmt.Errorf("label %v is not an IRI", q.Label)
	} else if err := checkIRI(l); err != nil {
		return fmt.Errorf("label: %w", err)
	}
	return nil
}

// checkValue checks one term of a quad.
func checkValue(v quad.Value) error {
	switch v := v.(type) {
	case nil:
		return fmt.Errorf("missing value")
	case quad.IRI:
		return checkIRI(v)
	case quad.BNode:
		if v == "" || strings.ContainsFunc(string(v), func(r rune) bool {
			return r <= ' ' || strings.ContainsRune(`<>"{}|^`+"`"+`\.:`, r)
		}) {
			return fmt.Errorf("invalid blank node label %q", string(v))
		}
	case quad.String, quad.Int, quad.Float, quad.Bool, quad.Time:
	case quad.TypedString:
		if err := checkIRI(v.Type); err != nil {
			return fmt.Errorf("datatype of %s: %w", v, err)
		}
	case quad.LangString:
		if !validLangTag(v.Lang) {
			return fmt.Errorf("invalid language tag %q", v.Lang)
		}
	default:
		return fmt.Errorf("unsupported value %v of type %T", v, v)
	}
	return nil
}

// iriForbidden marks the bytes N-Quads forbids in an IRIREF: controls,
// the space and <>"{}|^`\. All are ASCII, so a byte of a longer UTF-8
// character is never one of them.
var iriForbidden = func() (t [256]bool) {
	for c := 0; c <= ' '; c++ {
		t[c] = true
	}
	for _, c := range []byte(`<>"{}|^` + "`" + `\`) {
		t[c] = true
	}
	return t
}()

// checkIRI reports whether iri is a valid, absolute N-Quads IRIREF:
// a scheme followed by ':' and none of the characters N-Quads forbids.
func checkIRI(iri quad.IRI) error {
	s := string(iri)
	for i := 0; i < len(s); i++ {
		if iriForbidden[s[i]] {
			return fmt.Errorf("IRI %q has a character N-Quads forbids at byte %d", s, i)
		}
	}
	scheme, _, ok := strings.Cut(s, ":")
	if !ok || !validScheme(scheme) {
		return fmt.Errorf("IRI %q is not absolute", s)
	}
	return nil
}

// validScheme reports whether s is a URI scheme (RFC 3986, section 3.1).
func validScheme(s string) bool {
	for i, r := range s {
		switch {
		case 'a' <= r && r <= 'z', 'A' <= r && r <= 'Z':
		case i > 0 && ('0' <= r && r <= '9' || r == '+' || r == '-' || r == '.'):
		default:
			return false
		}
	}
	return s != ""
}

// validLangTag reports whether s matches N-Quads' LANGTAG without its '@':
// [a-zA-Z]+ ('-' [a-zA-Z0-9]+)*.
func validLangTag(s string) bool {
	for i, part := range strings.Split(s, "-") {
		if part == "" {
			return false
		}
		for _, r := range part {
			alpha := 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
			if !alpha && (i == 0 || r < '0' || r > '9') {
				return false
			}
		}
	}
	return true
}
