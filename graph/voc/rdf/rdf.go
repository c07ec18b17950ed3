// Package rdf holds the RDF terms natokg uses.
package rdf

import "github.com/cayleygraph/quad/voc"

func init() {
	voc.RegisterPrefix(Prefix, NS)
}

const (
	// NS is the RDF namespace.
	NS = `http://www.w3.org/1999/02/22-rdf-syntax-ns#`
	// Prefix is the usual short prefix for NS.
	Prefix = `rdf:`
)

const (
	// Type links a node to its class.
	Type = NS + `type`
)
