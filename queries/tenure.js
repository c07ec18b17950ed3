// When a person held each post, as the releases tell it: for each role
// and organisation or country, the dates of the first and the last
// release that give the person the post (from, to), those releases, and
// how many releases say so; the post seen most recently first.
//
// @param person:person required the person's name, in any form ("Rutte", "mark rutte", "Frostadottir")
// @param role optional only posts with this title ("Secretary General"); case and diacritics do not matter
// @example natokg query tenure --param person="Mark Rutte" --param role="Secretary General"
var people = entity("person"), role = params.role || "";
var rows = tenures(people, role);
if (role && !rows.length) {
  nothing("role", "tenure: no release gives " + JSON.stringify(params.person) + " a post titled " + JSON.stringify(role) +
    " (natokg query person-posts lists the posts the releases give)");
}
rows.sort(byKeys(["-to", "-from", "person", "role", "org"]));
emitRows(rows);
