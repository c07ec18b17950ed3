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
