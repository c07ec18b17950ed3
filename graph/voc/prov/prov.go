// Package prov holds the W3C PROV terms natokg uses.
package prov

import "github.com/cayleygraph/quad/voc"

func init() {
	voc.RegisterPrefix(Prefix, NS)
}

const (
	// NS is the PROV namespace.
	NS = `http://www.w3.org/ns/prov#`
	// Prefix is the usual short prefix for NS.
	Prefix = `prov:`
)

const (
	// WasDerivedFrom links a sentence node to the release it belongs to.
	WasDerivedFrom = NS + `wasDerivedFrom`
)
