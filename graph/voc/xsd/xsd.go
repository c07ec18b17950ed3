// Package xsd holds the XML Schema datatypes natokg uses for dates.
package xsd

import "github.com/cayleygraph/quad/voc"

func init() {
	voc.RegisterPrefix(Prefix, NS)
}

const (
	// NS is the XML Schema datatypes namespace.
	NS = `http://www.w3.org/2001/XMLSchema#`
	// Prefix is the usual short prefix for NS.
	Prefix = `xsd:`
)

const (
	// Date is a whole day: 2025-05-28.
	Date = NS + `date`
	// GYearMonth is a month: 2025-05.
	GYearMonth = NS + `gYearMonth`
	// GYear is a year: 2025.
	GYear = NS + `gYear`
)
