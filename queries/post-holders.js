// Who held a post, and when: each person the graph says held a post with
// the given role (and organisation or country), with the dates and IRIs
// of the first and the last release that say so (from, to, first, last),
// the latest first (natokg query tenure counts a person's releases). With "on", those whose releases span
// that day, else those the latest release before it shows in the post.
//
// @param role:role required the role's title ("Secretary General"); case and diacritics do not matter
// @param org:org+place optional the organisation or country of the post ("NATO", "Iceland")
// @param on:date optional an ISO date (2015-01-09): who held the post then
// @example natokg query post-holders --param role="Secretary General" --param on=2025-05-30
var role = require("role"), org = params.org || "", on = params.on || "";
var rows = [];
// The roles titled so (from the index of name words, else from every
// post), then their posts. Each step reads distinct nodes: a chained path
// would walk every release's copy of every link.
var roleNodes = indexed(searchWords(role));
var found = [];
if (roleNodes === null) {
  g.V().Has(RDF_TYPE, ORG("Post")).Tag("post").Out(ORG("role")).Out(SKOS_PREF).Tag("role").ForEach(function (d) {
    if (fold(value(d.role)) === fold(role)) { found.push(d); }
  });
} else if (roleNodes.length) {
  var labels = outMap(roleNodes, [SKOS_PREF]), titled = {};
  roleNodes.forEach(function (r) {
    (labels[r][SKOS_PREF] || []).forEach(function (l) { if (fold(value(l)) === fold(role)) { titled[r] = l; } });
  });
  var ok = Object.keys(titled).sort();
  if (ok.length) {
    vs(ok).Tag("r").In(ORG("role")).Unique().ForEach(function (d) { found.push({post: d.id, role: titled[d.r]}); });
  }
}
if (!found.length) { unknown("role", role, ["role"]); }
// An organisation or country that names nothing is a mistake, not an
// empty answer.
if (org) { entity("org"); }
// The posts in the organisation or country asked (by any of its names).
var postNodes = uniq(found.map(function (d) { return d.post; }));
var where = outMap(postNodes, [ORG("postIn")]);
var orgs = [];
postNodes.forEach(function (p) { append(orgs, where[p][ORG("postIn")] || []); });
var orgNames = nameMap(orgs), orgAliases = {};
NAMES.forEach(function (n) {
  var vals = valuesOf(orgs, n, NAME_READS);
  Object.keys(vals).forEach(function (o) { (orgAliases[o] || (orgAliases[o] = {}))[n] = vals[o]; });
});
var roleOf = {};
found.forEach(function (d) { roleOf[d.post] = value(d.role); });
postNodes = postNodes.filter(function (p) {
  if (!org) { return true; }
  return (where[p][ORG("postIn")] || []).some(function (o) {
    return matches(orgNames[o], org) || NAMES.some(function (n) {
      return (orgAliases[o][n] || []).some(function (a) { return matches(value(a), org); });
    });
  });
});
// The holders, each with the span of the releases that give them the
// post.
var hs = postHoldings(postNodes);
var names = nameMap(hs.map(function (h) { return h.holder; }));
hs.forEach(function (h) {
  var o = (where[h.post][ORG("postIn")] || [])[0];
  rows.push({person: names[h.holder], role: roleOf[h.post], org: o ? orgNames[o] : "",
    from: h.from, to: h.to, first: h.first, last: h.last});
});
if (on) { rows = holdersOn(rows, on); }
rows.sort(byKeys(["-to", "-from", "person", "role", "org"]));
emitRows(rows);

// holdersOn returns the rows whose releases span day (the first on or
// before it, the last on or after it); when none does, those whose last
// release is the latest before it.
function holdersOn(rows, day) {
  var spanning = rows.filter(function (r) { return r.from && r.from <= day && day <= r.to; });
  if (spanning.length) { return spanning; }
  var latest = "";
  rows.forEach(function (r) { if (r.to && r.to < day && r.to > latest) { latest = r.to; } });
  return rows.filter(function (r) { return latest && r.to === latest; });
}
