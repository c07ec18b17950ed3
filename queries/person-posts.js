// The posts a person held, per release: each role and organisation or
// country the graph gives the person, with the release that says so and
// its date, newest first.
//
// @param person:person required the person's name, in any form ("Rutte", "mark rutte", "Frostadottir")
// @example natokg query person-posts --param person="Mark Rutte"
// Only the rows that can make the page are sorted: the busiest people
// have a row for each of thousands of releases. Where the figures keep
// the releases that give each person a post by month, only the latest
// months that make the page are read, and Cayley counts the rest.
var people = entity("person"), rows, total = people.length ? vs(people).Out(ORG("holds")).Count() : 0;
if (byMonthsFor(total)) {
  // Each release of a month gives a row at least: the months are gathered
  // until they hold the page, then each person's posts read at once (from
  // all their org:holds quads, whatever releases are asked).
  var holds = [], pending = {}, n = 0;
  monthsAcross(people, iri(VOC.kgPostMonth), iri(VOC.kgMonthPost), function (p, releases) {
    append(pending[p] || (pending[p] = []), releases);
    n += releases.length;
    return n;
  });
  Object.keys(pending).forEach(function (p) { heldIn([p], vs(pending[p]), holds); });
  rows = holdings(people, holds);
} else {
  rows = holdings(people);
  total = rows.length;
}
emitRows(pageCut(rows, ["-date", "release", "person", "role", "org"]), total);
