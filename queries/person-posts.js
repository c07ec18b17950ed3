// The posts a person held, per release: each role and organisation or
// country the graph gives the person, with the release that says so and
// its date, oldest first.
//
// @param person required the person's name, in any form ("Rutte", "mark rutte", "Frostadottir")
// @example natokg query person-posts --param person="Mark Rutte"
var rows = [];
findPeople(require("person")).forEach(function (p) {
  // The releases that give the person a post are those with a sentence
  // that both cites the person and states the post.
  g.V(p).Out(ORG("holds")).ForEach(function (d) {
    var role = "", org = "";
    g.V(d.id).Out(ORG("role")).Out(SKOS_PREF).ForEach(function (r) { role = value(r.id); });
    g.V(d.id).Out(ORG("postIn")).ForEach(function (o) { org = name(o.id); });
    statedIn(p, d.id).forEach(function (rel) {
      rows.push({person: name(p), role: role, org: org, date: releaseDate(rel), release: value(rel)});
    });
  });
});
rows.sort(function (a, b) { return a.date < b.date ? -1 : a.date > b.date ? 1 : a.release < b.release ? -1 : 1; });
var seen = {};
rows.forEach(function (r) {
  var k = r.person + "|" + r.role + "|" + r.org + "|" + r.release;
  if (!seen[k]) { seen[k] = true; g.Emit(r); }
});
