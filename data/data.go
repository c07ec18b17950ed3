// Package data holds what natokg ships: the bundled NATO releases, which
// `natokg load` reads when given no path, and the gazetteers of general
// facts (countries, cities, NATO's bodies, role titles, ranks) the
// extractor reads.
package data

import "embed"

// Releases holds the bundled releases under releases/, as .txt files.
//
//go:embed releases/*.txt
var Releases embed.FS

// Gazetteer holds the gazetteers under gazetteer/, as .tsv files.
//
//go:embed gazetteer/*.tsv
var Gazetteer embed.FS
