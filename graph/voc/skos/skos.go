// Package skos holds the SKOS terms natokg uses.
package skos

import "github.com/cayleygraph/quad/voc"

func init() {
	voc.RegisterPrefix(Prefix, NS)
}

const (
	// NS is the SKOS namespace.
	NS = `http://www.w3.org/2004/02/skos/core#`
	// Prefix is the usual short prefix for NS.
	Prefix = `skos:`
)

const (
	// PrefLabel is the preferred label of a role ("Secretary General").
	PrefLabel = NS + `prefLabel`
)
