// The posts a person held, per release: each role and organisation or
// country the graph gives the person, with the release that says so and
// its date, newest first.
//
// @param person:person required the person's name, in any form ("Rutte", "mark rutte", "Frostadottir")
// @example natokg query person-posts --param person="Mark Rutte"
emitRows(holdings(entity("person")).sort(byKeys(["-date", "release", "person", "role", "org"])));
