// The prelude natokg puts before every library query, after the line that
// defines params. It names the vocabulary and the helpers the queries share.
var RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>";
var S = function (t) { return "<http://schema.org/" + t + ">"; };
var ORG = function (t) { return "<http://www.w3.org/ns/org#" + t + ">"; };
var SKOS_PREF = "<http://www.w3.org/2004/02/skos/core#prefLabel>";
var NAMES = [S("name"), S("alternateName")];

// fold is s in lower case without diacritics or punctuation, for matching
// names whatever form the user types ("Frostadottir", "mark rutte").
function fold(s) {
  return String(s).normalize("NFD").replace(/[\u0300-\u036f]/g, "")
    .toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
}

// value is a stored value as plain text: IRIs without brackets, literals
// without quotes or datatypes.
function value(v) {
  if (v === undefined || v === null) { return ""; }
  v = String(v);
  if (v.charAt(0) === "<" && v.charAt(v.length - 1) === ">") { return v.slice(1, -1); }
  var m = v.match(/^"([\s\S]*)"(\^\^<[^>]*>|@[A-Za-z-]+)?$/);
  return m ? m[1] : v;
}

// matches reports whether a name answers what the user typed: every word
// typed is a word of the name ("Rutte", "mark rutte").
function matches(name, typed) {
  var n = " " + fold(name) + " ", t = fold(typed).split(" ");
  for (var i = 0; i < t.length; i++) {
    if (t[i] && n.indexOf(" " + t[i] + " ") < 0) { return false; }
  }
  return t.join("") !== "";
}

// find returns the nodes of a type (a schema.org type name, or a full IRI)
// whose name or other name matches what the user typed, best first: an
// exact name before a partial one.
function find(type, typed) {
  var t = type.charAt(0) === "<" ? type : S(type);
  var seen = {}, exact = [], partial = [];
  g.V().Has(RDF_TYPE, t).Tag("node").Out(NAMES).Tag("name").ForEach(function (d) {
    if (seen[d.node] || !matches(value(d.name), typed)) { return; }
    seen[d.node] = true;
    (fold(value(d.name)) === fold(typed) ? exact : partial).push(d.node);
  });
  return exact.concat(partial.filter(function (n) { return exact.indexOf(n) < 0; }));
}

// name returns a node's longest name.
function name(node) {
  var best = "";
  g.V(node).Out([S("name"), SKOS_PREF]).ForEach(function (d) {
    var v = value(d.id);
    if (v.length > best.length) { best = v; }
  });
  return best || value(node);
}

// releaseDate returns the date of a release, or "".
function releaseDate(rel) {
  var d = "";
  g.V(rel).Out(S("datePublished")).ForEach(function (x) { d = value(x.id); });
  return d;
}

// require stops the query with a clear message when a parameter is missing.
function require(p) {
  if (params[p] === undefined || params[p] === "") { throw new Error("parameter " + p + " is required"); }
  return params[p];
}

// ---- Helpers for queries that work on many nodes at once. ----

var TYPE_KINDS = {};
TYPE_KINDS[S("Person")] = "person";
TYPE_KINDS[S("Organization")] = "org";
TYPE_KINDS[S("GovernmentOrganization")] = "org";
["Place", "City", "Country", "Continent", "AdministrativeArea", "BodyOfWater",
  "CivicStructure", "LandmarksOrHistoricalBuildings"].forEach(function (t) { TYPE_KINDS[S(t)] = "place"; });
TYPE_KINDS[S("Event")] = "event";
TYPE_KINDS[S("NewsArticle")] = "release";

// vs starts a path at the nodes of a list (never at all nodes: callers
// check that the list is not empty).
function vs(nodes) {
  if (!nodes.length) { throw new Error("vs: no nodes"); }
  return g.V.apply(g, nodes);
}

// uniq returns the distinct strings of a list, sorted.
function uniq(list) {
  var seen = {}, out = [];
  list.forEach(function (x) { if (!seen[x]) { seen[x] = true; out.push(x); } });
  return out.sort();
}

// outMap follows preds out of nodes in one traversal and returns
// {node: {pred: [value, ...]}} with raw values, each list sorted.
function outMap(nodes, preds) {
  var m = {};
  nodes.forEach(function (n) { m[n] = {}; });
  if (!nodes.length) { return m; }
  vs(nodes).Tag("n").Out(preds, "p").ForEach(function (d) {
    var e = m[d.n] || (m[d.n] = {});
    (e[d.p] || (e[d.p] = [])).push(d.id);
  });
  Object.keys(m).forEach(function (n) {
    Object.keys(m[n]).forEach(function (p) { m[n][p] = uniq(m[n][p]); });
  });
  return m;
}

// first returns the plain text of a node's first value of pred in an
// outMap, or "".
function first(m, node, pred) {
  var l = m[node] && m[node][pred];
  return l && l.length ? value(l[0]) : "";
}

// nameMap returns {node: name} for many nodes in one traversal, with the
// choice name() makes (the longest schema:name or skos:prefLabel; a
// release's headline; else the IRI).
function nameMap(nodes) {
  var out = {};
  nodes = uniq(nodes);
  nodes.forEach(function (n) { out[n] = ""; });
  if (!nodes.length) { return out; }
  vs(nodes).Tag("n").Out([S("name"), SKOS_PREF]).ForEach(function (d) {
    var v = value(d.id);
    if (v.length > out[d.n].length) { out[d.n] = v; }
  });
  var missing = nodes.filter(function (n) { return !out[n]; });
  if (missing.length) {
    vs(missing).Tag("n").Out(S("headline")).ForEach(function (d) { out[d.n] = out[d.n] || value(d.id); });
  }
  nodes.forEach(function (n) { out[n] = out[n] || value(n); });
  return out;
}

// kindMap returns {node: kind} ("person", "org", "place", "event",
// "release" or "") for many nodes in one traversal.
function kindMap(nodes) {
  var out = {};
  nodes.forEach(function (n) { out[n] = ""; });
  if (!nodes.length) { return out; }
  vs(uniq(nodes)).Tag("n").Out(RDF_TYPE).ForEach(function (d) {
    if (!out[d.n] && TYPE_KINDS[d.id]) { out[d.n] = TYPE_KINDS[d.id]; }
  });
  return out;
}

// lookup returns the nodes whose name or other name matches what the user
// typed, as {exact: [...], partial: [...]} (each sorted; a node named
// exactly by one of its names is not partial), keeping only persons,
// organisations, places and events, or the kinds listed (["place"]). It
// reads each distinct name once, then the nodes of the names that match.
function lookup(typed, kinds) {
  var hit = [];
  g.V().Out(NAMES).Unique().ForEach(function (d) { if (matches(value(d.id), typed)) { hit.push(d.id); } });
  var exact = {}, partial = {};
  if (hit.length) {
    vs(hit).Tag("name").In(NAMES).ForEach(function (d) {
      (fold(value(d.name)) === fold(typed) ? exact : partial)[d.id] = true;
    });
  }
  var all = Object.keys(exact).concat(Object.keys(partial));
  var k = kindMap(all);
  var keep = function (n) { return k[n] && k[n] !== "release" && (!kinds || kinds.indexOf(k[n]) >= 0); };
  return {
    exact: Object.keys(exact).filter(keep).sort(),
    partial: Object.keys(partial).filter(function (n) { return !exact[n] && keep(n); }).sort()
  };
}

// findAny returns the persons, organisations, places and events (or only
// the kinds listed, as in ["place"]) named exactly as the user typed when
// there are any, else all whose names match, sorted.
function findAny(typed, kinds) {
  var l = lookup(typed, kinds);
  return l.exact.length ? l.exact : l.partial;
}

// findPeople is find("Person", typed) for large graphs: the persons whose
// names match, those named exactly so first.
function findPeople(typed) {
  var l = lookup(typed, ["person"]);
  return l.exact.concat(l.partial);
}

// dateLo and dateHi are the first and last days a date, full or partial
// ("2025", "2025-05", "2025-05-28"), may stand for, as comparable text.
function dateLo(d) {
  d = String(d || "");
  return d.length === 4 ? d + "-01-01" : d.length === 7 ? d + "-01" : d;
}
function dateHi(d) {
  d = String(d || "");
  return d.length === 4 ? d + "-12-31" : d.length === 7 ? d + "-31" : d;
}

// overlaps reports whether the days from start to end (end may be "")
// meet the days from "from" to "to" (either may be "": no bound). A
// partial date counts when it overlaps. Without a start, it is false unless
// there is no bound at all.
function overlaps(start, end, from, to) {
  if (!from && !to) { return true; }
  if (!start) { return false; }
  if (to && dateLo(start) > dateHi(to)) { return false; }
  if (from && dateHi(end || start) < dateLo(from)) { return false; }
  return true;
}

// byKeys returns a comparator on the fields listed, in order; a field
// written "-name" sorts descending. Numbers compare as numbers, the rest
// as text.
function byKeys(keys) {
  return function (a, b) {
    for (var i = 0; i < keys.length; i++) {
      var k = keys[i], dir = 1;
      if (k.charAt(0) === "-") { k = k.slice(1); dir = -1; }
      var x = a[k], y = b[k];
      if (typeof x !== "number") { x = x === undefined || x === null ? "" : String(x); }
      if (typeof y !== "number") { y = y === undefined || y === null ? "" : String(y); }
      if (x < y) { return -dir; }
      if (x > y) { return dir; }
    }
    return 0;
  };
}

// flag reports whether a yes/no parameter is set ("yes", "true", "1").
function flag(p) {
  return /^(1|y|yes|true|on)$/i.test(String(params[p] || ""));
}

// dateKey is a date as a sort key that puts an unknown date ("") last.
function dateKey(d) { return d ? String(d) : "\uffff"; }

// ref is a node as Cayley's UI draws it: {"@id": IRI}. Queries tag the two
// ends of a relationship source and target with it, so the UI's Visualize
// view draws the pair.
function ref(node) { return {"@id": value(node)}; }

// statedIn returns the releases (as IRIs) that state that person holds
// post: those with a sentence that cites both (schema:citation), found by
// traversal rather than by reading labels.
function statedIn(person, post) {
  var sents = {};
  g.V(person).Out(S("citation")).ForEach(function (s) { sents[s.id] = true; });
  var rels = {};
  g.V(post).Out(S("citation")).ForEach(function (s) {
    if (sents[s.id]) {
      g.V(s.id).Out("<http://www.w3.org/ns/prov#wasDerivedFrom>").ForEach(function (r) { rels[r.id] = true; });
    }
  });
  return Object.keys(rels).sort();
}
