// Package data holds what natokg ships: the bundled NATO releases, which
// `natokg load` reads when given no path; the gazetteers of general facts
// (countries, cities, NATO's bodies, role titles, ranks); and the lexicon
// of word lists the extractor's grammar is written over (event words,
// heads of organisations, places and posts, given names).
package data

import "embed"

// Releases holds the bundled releases under releases/, as .txt files.
//
//go:embed releases/*.txt
var Releases embed.FS

// Gazetteer holds the gazetteers under gazetteer/ and the word lists
// under lexicon/, as .tsv files.
//
//go:embed gazetteer/*.tsv lexicon/*.tsv
var Gazetteer embed.FS
