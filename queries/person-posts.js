// The posts a person held, per release: each role and organisation or
// country the graph gives the person, with the release that says so and
// its date, newest first.
//
// @param person:person required the person's name, in any form ("Rutte", "mark rutte", "Frostadottir")
// @example natokg query person-posts --param person="Mark Rutte"
// Only the rows that can make the page are sorted: the busiest people
// have a row for each of thousands of releases.
var rows = holdings(entity("person"));
emitRows(pageCut(rows, ["-date", "release", "person", "role", "org"]), rows.length);
