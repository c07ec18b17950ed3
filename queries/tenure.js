// When a person held each post, as the releases tell it: for each role
// and organisation or country, the dates of the first and the last
// release that give the person the post (from, to), those releases, and
// how many releases say so; the post seen most recently first.
//
// @param person:person required the person's name, in any form ("Rutte", "mark rutte", "Frostadottir")
// @param role optional only posts with this title ("Secretary General"); case and diacritics do not matter
// @example natokg query tenure --param person="Mark Rutte" --param role="Secretary General"
var people = entity("person"), role = params.role || "";
var spans = {};
holdings(people).forEach(function (h) {
  if (role && fold(h.role) !== fold(role)) { return; }
  var k = h.person + "|" + h.role + "|" + h.org;
  var s = spans[k] || (spans[k] = {person: h.person, role: h.role, org: h.org, releases: []});
  s.releases.push({r: h.release, d: h.date});
});
var rows = Object.keys(spans).map(function (k) {
  var s = spans[k];
  // Undated releases count, but say nothing of when.
  var rel = s.releases.sort(byKeys(["d", "r"])), dated = rel.filter(function (x) { return x.d; });
  var lo = dated.length ? dated[0] : rel[0], hi = dated.length ? dated[dated.length - 1] : rel[rel.length - 1];
  return {person: s.person, role: s.role, org: s.org, from: lo.d, to: hi.d, first: lo.r, last: hi.r, releases: rel.length};
});
if (role && !rows.length) {
  nothing("role", "tenure: no release gives " + JSON.stringify(params.person) + " a post titled " + JSON.stringify(role) +
    " (natokg query person-posts lists the posts the releases give)");
}
rows.sort(byKeys(["-to", "-from", "person", "role", "org"]));
emitRows(rows);
