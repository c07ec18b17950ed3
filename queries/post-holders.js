// Who held a post, and when: each person the graph says held a post with
// the given role (and organisation or country), with each release that
// says so and its date. With "on", only those the latest release on or
// before that day shows in the post.
//
// @param role required the role's title ("Secretary General"); case and diacritics do not matter
// @param org optional the organisation or country of the post ("NATO", "Iceland")
// @param on optional an ISO date (2015-01-09): who held the post then
// @example natokg query post-holders --param role="Secretary General" --param on=2025-05-30
var role = require("role"), org = params.org || "", on = params.on || "";
var rows = [];
// The roles titled so: from the index of name words, else every post's.
var roles = indexed(searchWords(role));
var posts = roles === null ? g.V().Has(RDF_TYPE, ORG("Post")) : roles.length ? vs(roles).In(ORG("role")) : null;
var found = [];
if (posts) {
  posts.Tag("post").Out(ORG("role")).Out(SKOS_PREF).Tag("role").ForEach(function (d) {
    if (fold(value(d.role)) === fold(role)) { found.push(d); }
  });
}
found.forEach(function (d) {
  var orgName = "";
  g.V(d.post).Out(ORG("postIn")).ForEach(function (o) { orgName = name(o.id); });
  if (org && !matches(orgName, org)) {
    var alias = false;
    g.V(d.post).Out(ORG("postIn")).Out(NAMES).ForEach(function (n) { if (matches(value(n.id), org)) { alias = true; } });
    if (!alias) { return; }
  }
  // The holders, then the releases that name each and give them the post.
  g.V(d.post).In(ORG("holds")).ForEach(function (h) {
    statedIn(h.id, d.post).forEach(function (rel) {
      rows.push({person: name(h.id), role: value(d.role), org: orgName, date: releaseDate(rel), release: value(rel)});
    });
  });
});
if (on) {
  var latest = "";
  rows.forEach(function (r) { if (r.date && r.date <= on && r.date > latest) { latest = r.date; } });
  rows = rows.filter(function (r) { return r.date === latest; });
}
rows.sort(function (a, b) { return a.date < b.date ? -1 : a.date > b.date ? 1 : a.person < b.person ? -1 : a.person > b.person ? 1 : a.release < b.release ? -1 : a.release > b.release ? 1 : 0; });
var seen = {};
rows.forEach(function (r) {
  var k = r.person + "|" + r.org + "|" + r.release;
  if (!seen[k]) { seen[k] = true; g.Emit(r); }
});
