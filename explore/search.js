// Entities by any form of their name, a prefix of a word included.
//
// @param q:text required what to look for: a name or words of it, a word's beginning ("frostad")
var typed = require("q");
var words = searchWords(typed);
if (!words.length) { fail("q", "q=" + JSON.stringify(typed) + " holds no word to look names up by"); }
// Every indexed word that each word typed begins, once.
var all = [];
g.V().Out(SEARCH_WORD).Unique().ForEach(function (d) { all.push(value(d.id)); });
var cands = null;
words.forEach(function (w) {
  var hit = all.filter(function (x) { return x.indexOf(w) === 0; }), next = {};
  if (hit.length && (cands === null || Object.keys(cands).length)) {
    vs(hit).In(SEARCH_WORD).Unique().ForEach(function (d) {
      if (cands === null || cands[d.id]) { next[d.id] = true; }
    });
  }
  cands = next;
});
var nodes = Object.keys(cands || {}).sort();
var kinds = kindMap(nodes);
nodes = nodes.filter(function (n) { return ["person", "org", "place", "event"].indexOf(kinds[n]) >= 0; });
if (!nodes.length) {
  nothing("q", "q=" + JSON.stringify(typed) + ": no person, organisation, place or event has a name with these words or word beginnings");
}
// How well a node's names answer: 0 a name is what was typed, 1 every
// word typed is a whole word of a name, 2 the beginning of a word, 3
// only through the index (an event indexed by its attendees' names).
var rank = {};
nodes.forEach(function (n) { rank[n] = 3; });
var ft = fold(typed);
NAMES.forEach(function (p) {
  var vals = valuesOf(nodes, p, NAME_READS);
  nodes.forEach(function (n) {
    vals[n].forEach(function (v) {
      var f = fold(value(v)), r = 3;
      if (f === ft) {
        r = 0;
      } else if (matches(value(v), typed)) {
        r = 1;
      } else {
        var nw = f.split(" ");
        if (words.every(function (w) { return nw.some(function (x) { return x.indexOf(w) === 0; }); })) { r = 2; }
      }
      if (r < rank[n]) { rank[n] = r; }
    });
  });
});
// The releases mentioning each node (or about it, for an event).
var rels = {};
if (nodes.length) {
  [S("mentions"), S("about")].forEach(function (p) {
    vs(nodes).Tag("n").In(p).ForEach(function (d) { (rels[d.n] || (rels[d.n] = {}))[d.id] = true; });
  });
}
var info = infoMap(nodes);
var rows = nodes.map(function (n) {
  return {id: info[n].id, name: info[n].name, kind: info[n].kind, _rank: rank[n], _releases: Object.keys(rels[n] || {}).length};
});
rows.sort(byKeys(["_rank", "-_releases", "name", "id"]));
rows.forEach(function (r) { delete r._rank; delete r._releases; });
emitRows(rows);
