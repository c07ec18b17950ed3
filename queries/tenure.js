// When a person held each post, as the releases tell it: for each role
// and organisation or country, the dates of the first and the last
// release that give the person the post (from, to), those releases, and
// how many releases say so; the post seen most recently first.
//
// @param person:person required the person's name, in any form ("Rutte", "mark rutte", "Frostadottir")
// @param role optional only posts with this title ("Secretary General"); case and diacritics do not matter
// @example natokg query tenure --param person="Mark Rutte" --param role="Secretary General"
var people = entity("person"), role = params.role || "";
var rows = keptTenures(people) || readTenures(people);
if (role && !rows.length) {
  nothing("role", "tenure: no release gives " + JSON.stringify(params.person) + " a post titled " + JSON.stringify(role) +
    " (natokg query person-posts lists the posts the releases give)");
}
rows.sort(byKeys(["-to", "-from", "person", "role", "org"]));
emitRows(rows);

// keptTenures reads the tenures from the holdings the figures keep (each
// holding's first and last dated release), counting in Go the releases
// that state each: a look-up, where the busiest people have thousands of
// releases. It returns null where the figures keep no holdings, or where
// a holding has no dated release (readTenures then says which releases
// come first).
function keptTenures(people) {
  if (!keepsHoldings()) { return null; }
  var hs = [];
  if (people.length) {
    vs(people).Tag("holder").In(iri(VOC.kgHolder)).Tag("h").In(iri(VOC.kgHeldAs)).Tag("post").ForEach(function (d) { hs.push(d); });
  }
  hs = heldWhen(hs);
  var posts = outMap(uniq(hs.map(function (h) { return h.post; })), [ORG("role"), ORG("postIn")]);
  var nodes = people.slice();
  Object.keys(posts).forEach(function (p) { append(nodes, posts[p][ORG("role")] || [], posts[p][ORG("postIn")] || []); });
  var names = nameMap(nodes), rows = [], spans = {};
  for (var i = 0; i < hs.length; i++) {
    var h = hs[i], r = first(posts, h.post, ORG("role")), o = first(posts, h.post, ORG("postIn"));
    if (!h.first) { return null; }
    var row = {person: names[h.holder], role: r ? names["<" + r + ">"] : "", org: o ? names["<" + o + ">"] : "",
      from: h.from, to: h.to, first: h.first, last: h.last};
    if (role && fold(row.role) !== fold(role)) { continue; }
    var k = row.person + "|" + row.role + "|" + row.org;
    if (spans[k]) { return null; } // two posts named alike: readTenures merges them
    spans[k] = row;
    row.releases = g.V(h.holder).Out(ORG("holds")).Is(h.post).Count();
    rows.push(row);
  }
  return rows;
}

// readTenures works the tenures out from every release that gives the
// people a post (holdings).
function readTenures(people) {
  var spans = {};
  holdings(people).forEach(function (h) {
    if (role && fold(h.role) !== fold(role)) { return; }
    var k = h.person + "|" + h.role + "|" + h.org;
    var s = spans[k] || (spans[k] = {person: h.person, role: h.role, org: h.org, releases: []});
    s.releases.push({r: h.release, d: h.date});
  });
  return Object.keys(spans).map(function (k) {
    var s = spans[k];
    // Undated releases count, but say nothing of when.
    var rel = s.releases.sort(byKeys(["d", "r"])), dated = rel.filter(function (x) { return x.d; });
    var lo = dated.length ? dated[0] : rel[0], hi = dated.length ? dated[dated.length - 1] : rel[rel.length - 1];
    return {person: s.person, role: s.role, org: s.org, from: lo.d, to: hi.d, first: lo.r, last: hi.r, releases: rel.length};
  });
}
