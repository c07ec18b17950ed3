// Entities by any form of their name, a prefix of a word included.
//
// The indexed words come from the list the store's figures keep
// (kg:figures kg:word, one index look-up), or, in a store without it,
// from every node's kg:searchWord. Candidates are ranked by how their
// names answer first (the name typed, whole words, word beginnings, only
// through the index); the releases mentioning a candidate (or about it)
// are counted only for the rank groups the page reaches (those ranked up
// to the one holding its last row, ties included), and only those are
// named: rows past the page are counted in the total, never read.
//
// @param q:text required what to look for: a name or words of it, a word's beginning ("frostad")
var typed = require("q");
var words = searchWords(typed);
if (!words.length) { fail("q", "q=" + JSON.stringify(typed) + " holds no word to look names up by"); }
// Every indexed word that each word typed begins, once.
var all = [];
var FIGURES = iri(VOC.kgFigures), WORD = iri(VOC.kgWord);
if (g.V(FIGURES).Out(RDF_TYPE).Is(iri(VOC.kgFigureGraph)).Count() && g.V(FIGURES).Out(WORD).Limit(1).Count()) {
  g.V(FIGURES).Out(WORD).ForEach(function (d) { all.push(value(d.id)); });
} else {
  g.V().Out(SEARCH_WORD).Unique().ForEach(function (d) { all.push(value(d.id)); });
}
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
// foldName is fold, word by word, each distinct word folded once (names
// share most of their words: fold costs a Unicode normalisation).
var folded = {};
var foldName = function (name) {
  return String(name).split(/\s+/).map(function (w) {
    return folded.hasOwnProperty(w) ? folded[w] : (folded[w] = fold(w));
  }).filter(function (w) { return w; }).join(" ");
};
// The words typed, folded once (as matches() reads them).
var whole = ft.split(" ").filter(function (w) { return w; });
var longest = {};
NAMES.forEach(function (p) {
  var vals = valuesOf(nodes, p, NAME_READS);
  nodes.forEach(function (n) {
    vals[n].forEach(function (v) {
      var text = value(v);
      if (p === NAMES[0] && text.length > (longest[n] || "").length) { longest[n] = text; }
      var f = foldName(text), r = 3, padded = " " + f + " ";
      if (f === ft) {
        r = 0;
      } else if (whole.length && whole.every(function (w) { return padded.indexOf(" " + w + " ") >= 0; })) {
        r = 1;
      } else {
        var nw = f.split(" ");
        if (words.every(function (w) { return nw.some(function (x) { return x.indexOf(w) === 0; }); })) { r = 2; }
      }
      if (r < rank[n]) { rank[n] = r; }
    });
  });
});
// The rank groups the page reaches: every candidate ranked up to the
// rank of the page's last row.
var order = nodes.slice().sort(function (a, b) { return rank[a] - rank[b] || (a < b ? -1 : a > b ? 1 : 0); });
var end = pageEnd() || order.length;
var last = order.length ? rank[order[Math.min(end, order.length) - 1]] : 3;
var shown = order.filter(function (n) { return rank[n] <= last; });
// The releases mentioning each shown node (or about it, for an event),
// but for the nodes found only through the index (rank 3), in name order.
var rels = {}, counted = shown.filter(function (n) { return rank[n] < 3; });
if (counted.length) {
  [S("mentions"), S("about")].forEach(function (p) {
    vs(counted).Tag("n").In(p).ForEach(function (d) { (rels[d.n] || (rels[d.n] = {}))[d.id] = true; });
  });
}
// Names: the longest schema:name read above, or as infoMap names.
var unnamed = shown.filter(function (n) { return !longest[n]; });
var info = unnamed.length ? infoMap(unnamed) : {};
shown.forEach(function (n) { if (!info[n]) { info[n] = {id: value(n), name: longest[n], kind: kinds[n]}; } });
var rows = shown.map(function (n) {
  return {id: info[n].id, name: info[n].name, kind: info[n].kind, _rank: rank[n], _releases: Object.keys(rels[n] || {}).length};
});
rows.sort(byKeys(["_rank", "-_releases", "name", "id"]));
rows.forEach(function (r) { delete r._rank; delete r._releases; });
emitRows(rows, nodes.length);
