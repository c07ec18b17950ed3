// Package org holds the W3C Organization Ontology terms natokg uses.
package org

import "github.com/cayleygraph/quad/voc"

func init() {
	voc.RegisterPrefix(Prefix, NS)
}

const (
	// NS is the W3C Organization Ontology namespace.
	NS = `http://www.w3.org/ns/org#`
	// Prefix is the usual short prefix for NS.
	Prefix = `org:`
)

const (
	// Post is the type of a post: a role in an organisation or country.
	Post = NS + `Post`
	// Role is the type of a role ("Secretary General").
	Role = NS + `Role`
	// Holds links a person to a post they hold.
	Holds = NS + `holds`
	// RoleProp links a post to its role (org:role).
	RoleProp = NS + `role`
	// PostIn links a post to the organisation or country it belongs to.
	PostIn = NS + `postIn`
)
