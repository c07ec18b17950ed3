// Package loader turns release files into quads: it reads files into
// releases (Reader), has package extract draw facts from each release,
// and writes the facts as quads in natokg's vocabulary (Quads), each
// labelled with its release's IRI. It never touches a store: the caller
// hands each release's quads to one (package graph).
package loader
