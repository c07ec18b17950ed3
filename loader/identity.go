package loader

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"

	"github.com/cayleygraph/quad"
)

// Identities tells releases apart when their IRIs meet. A release's IRI is
// made of its date and the slug of its title, and a slug drops case,
// punctuation and emoji: two different titles can make one IRI, and two
// releases can share a date and a title exactly. Identities keeps each
// release of a load at an IRI of its own, or refuses it with a
// *CollisionError; reading the same release again gives the IRI it had.
type Identities struct {
	// Stored reports the title of the release the store holds at iri and
	// the name of the file it was read from ("" when not recorded), and
	// false when it holds none.
	Stored func(ctx context.Context, iri quad.IRI) (title, file string, ok bool, err error)

	seen map[quad.IRI]origin
}

// origin is where a release of this load came from, with digests of its
// title and of its source hash: a load remembers one per release, so it
// keeps them small (64 bytes, where the title and the hash themselves
// took about 130).
type origin struct {
	file  string
	line  int
	title [32]byte
	hash  [32]byte
}

// CollisionError says that two different releases have the same date and
// title, so natokg cannot tell the second from an edited version of the
// first.
type CollisionError struct {
	// File and Line say where the refused release is.
	File string
	Line int
	// Title is its title.
	Title string
	// Other names the release it collides with ("r1.txt:1", or "the
	// stored release read from r1.txt").
	Other string
	// Stored says the other release is in the store, not in this load.
	Stored bool
}

func (e *CollisionError) Error() string {
	hint := ""
	if e.Stored {
		hint = " (or, if this is a new version of the stored one, remove that first with natokg remove)"
	}
	return fmt.Sprintf("%s:%d: release %q has the same date and title as %s, but a different text; natokg tells releases apart by date and title: give one of them another title%s",
		e.File, e.Line, e.Title, e.Other, hint)
}

// Resolve returns res at the IRI it must be stored under: its own, or, when
// another title holds that IRI, one that adds a digest of its exact title.
// It returns a *CollisionError for a release whose date and exact title
// are those of another release of this load or of a release the store
// holds from another file.
func (ids *Identities) Resolve(ctx context.Context, res Result, sourceHash string) (Result, error) {
	if ids.seen == nil {
		ids.seen = map[quad.IRI]origin{}
	}
	r := res.Release
	me := origin{file: r.File, line: r.Line, title: sha256.Sum256([]byte(r.Title)), hash: sha256.Sum256([]byte(sourceHash))}
	for attempt := 0; attempt < 2; attempt++ {
		if o, ok := ids.seen[res.IRI]; ok {
			if o.title != me.title {
				res = disambiguate(res)
				continue
			}
			if o.hash == me.hash {
				// The same text twice in one load: the same release.
				return res, nil
			}
			return res, &CollisionError{File: r.File, Line: r.Line, Title: r.Title, Other: fmt.Sprintf("%s:%d", o.file, o.line)}
		}
		title, file, ok, err := ids.Stored(ctx, res.IRI)
		if err != nil {
			return res, err
		}
		if ok && sha256.Sum256([]byte(title)) != me.title {
			res = disambiguate(res)
			continue
		}
		if ok && file != "" && file != SourceFileName(r) {
			return res, &CollisionError{File: r.File, Line: r.Line, Title: r.Title, Other: "the stored release read from " + file, Stored: true}
		}
		ids.seen[res.IRI] = me
		return res, nil
	}
	return res, fmt.Errorf("%s:%d: release %q: no IRI of its own", r.File, r.Line, r.Title)
}

// disambiguate moves res to an IRI that adds a digest of its exact title
// to its date and slug.
func disambiguate(res Result) Result {
	sum := sha256.Sum256([]byte(res.Release.Title))
	key := releaseKey(res.Facts) + " " + hex.EncodeToString(sum[:4])
	res.IRI, res.Quads = quadsKeyed(res.Facts, key)
	return res
}
