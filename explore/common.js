// Helpers the explorer's programs share, after the library's prelude
// (queries/prelude.js: fold, nameMap, kindMap, outMap, ...).

// node is the IRI of parameter p, in brackets; the program stops (404)
// when the graph holds nothing about it.
function node(p) {
  var v = String(require(p)).replace(/^<|>$/g, "");
  var n = iri(v);
  if (!g.V(n).Out(RDF_TYPE).Count() && !g.V(n).Out(NAMES[0]).Count()) {
    nothing(p, p + "=" + JSON.stringify(v) + ": the graph holds no node with this IRI (search finds nodes by name: /api/explore/search?q=NAME)");
  }
  return n;
}

// explorerKinds returns {node: kind} for many nodes: person, org, place,
// event, release, post, role, or "other".
function explorerKinds(nodes) {
  var k = kindMap(nodes);
  nodes.forEach(function (n) { if (!k[n]) { k[n] = kindOf(n) || "other"; } });
  return k;
}

// slugName makes a name of an IRI's last part, for a node with none.
function slugName(n) {
  var v = value(n).replace(/\/+$/, "");
  var last = v.slice(v.lastIndexOf("/") + 1).replace(/-/g, " ");
  return last ? last.charAt(0).toUpperCase() + last.slice(1) : v;
}

// infoMap returns {node: {id, name, kind}} for many nodes: the longest
// name (nameMap); a post is named by its role and organisation
// ("Secretary General, North Atlantic Treaty Organization"); a node
// without a name by the last part of its IRI, never the whole IRI.
function infoMap(nodes) {
  nodes = uniq(nodes);
  var kinds = explorerKinds(nodes), names = nameMap(nodes), out = {};
  var posts = nodes.filter(function (n) { return kinds[n] === "post"; });
  var pm = outMap(posts, [ORG("role"), ORG("postIn")]), ends = [];
  posts.forEach(function (p) { ends = ends.concat(pm[p][ORG("role")] || [], pm[p][ORG("postIn")] || []); });
  var en = nameMap(ends);
  posts.forEach(function (p) {
    var role = (pm[p][ORG("role")] || [])[0], org = (pm[p][ORG("postIn")] || [])[0];
    var parts = [];
    if (role) { parts.push(en[role]); }
    if (org) { parts.push(en[org]); }
    if (parts.length) { names[p] = parts.join(", "); }
  });
  nodes.forEach(function (n) {
    var name = names[n];
    if (!name || name === value(n)) { name = slugName(n); }
    out[n] = {id: value(n), name: name, kind: kinds[n]};
  });
  return out;
}

// postsInfo returns {post: {role: name, org: node or ""}} for posts.
function postsInfo(posts) {
  posts = uniq(posts);
  var pm = outMap(posts, [ORG("role"), ORG("postIn")]), roles = [];
  posts.forEach(function (p) { roles = roles.concat(pm[p][ORG("role")] || []); });
  var rn = nameMap(roles), out = {};
  posts.forEach(function (p) {
    var role = (pm[p][ORG("role")] || [])[0];
    out[p] = {role: role ? rn[role] : slugName(p), org: (pm[p][ORG("postIn")] || [])[0] || ""};
  });
  return out;
}
