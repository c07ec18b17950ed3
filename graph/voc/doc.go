// Package voc is the root of natokg's vocabulary packages.
//
// Each sub-package covers one vocabulary, in the style of
// github.com/cayleygraph/quad/voc: an NS and a Prefix constant, then one
// commented constant per term. Terms are full IRIs, so a constant can be
// written into a store or an export as it is. No other package of natokg
// spells an IRI: it names a term from here.
//
//	schema  http://schema.org/                        people, organisations, places, events, releases
//	org     http://www.w3.org/ns/org#                 posts and roles (W3C Organization Ontology)
//	skos    http://www.w3.org/2004/02/skos/core#      labels of roles
//	prov    http://www.w3.org/ns/prov#                provenance of facts
//	xsd     http://www.w3.org/2001/XMLSchema#         datatypes of dates
//	kg      natokg's own node IRIs (person/…, org/…, place/…, release/…)
package voc
