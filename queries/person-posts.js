// The posts a person held, per release: each role and organisation or
// country the graph gives the person, with the release that says so and
// its date, newest first.
//
// @param person:person required the person's name, in any form ("Rutte", "mark rutte", "Frostadottir")
// @example natokg query person-posts --param person="Mark Rutte"
var people = entity("person");
var holds = [];
if (people.length) {
  // The release that gives a person a post is the label of the org:holds
  // quad.
  vs(people).Tag("person").LabelContext(g.V(), "release").Out(ORG("holds")).Tag("post").ForEach(function (d) { holds.push(d); });
}
var posts = outMap(uniq(holds.map(function (d) { return d.post; })), [ORG("role"), ORG("postIn")]);
var nodes = people.slice();
Object.keys(posts).forEach(function (p) { nodes = nodes.concat(posts[p][ORG("role")] || [], posts[p][ORG("postIn")] || []); });
var names = nameMap(nodes);
var dates = outMap(uniq(holds.map(function (d) { return d.release; })), [S("datePublished")]);
var rows = [], seen = {};
holds.forEach(function (d) {
  var p = posts[d.post], role = (p[ORG("role")] || [])[0], org = (p[ORG("postIn")] || [])[0];
  var r = {person: names[d.person], role: role ? names[role] : "", org: org ? names[org] : "",
    date: first(dates, d.release, S("datePublished")), release: value(d.release)};
  var k = r.person + "|" + r.role + "|" + r.org + "|" + r.release;
  if (!seen[k]) { seen[k] = true; rows.push(r); }
});
rows.sort(byKeys(["-date", "release", "person", "role", "org"]));
emitRows(rows);
