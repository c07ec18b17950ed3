// What a person said: the quotations the releases attribute to a person,
// optionally only those that name an entity or contain a word, with the
// release each comes from, newest first (a release's quotations in the
// order it gives them).
//
// @param person:person required the speaker's name, in any form ("Rutte")
// @param about optional a person, organisation or place the quotation names, or a word in it ("Ukraine")
// @example natokg query quotes --param person=Rutte --param about=Ukraine
var about = params.about || "";
var people = entity("person");
var said = [];
if (people.length) {
  vs(people).Tag("person").In(S("creator")).Tag("quote").ForEach(function (d) { said.push(d); });
}
var quotes = uniq(said.map(function (d) { return d.quote; }));
// Without about, each quotation's date first, so that only those that
// can make the page are read in full.
var props = outMap(quotes, about ? [S("text"), S("citation"), S("mentions")] : [S("citation")]);
// The entities named as asked: a quotation that names one of them counts.
var wanted = {};
if (about) {
  var l = lookup(about);
  l.exact.concat(l.partial).forEach(function (n) { wanted[n] = true; });
}
var sentences = [];
quotes.forEach(function (q) { append(sentences, props[q][S("citation")] || []); });
var from = outMap(uniq(sentences), [DERIVED_FROM]);
var rels = [];
Object.keys(from).forEach(function (s) { append(rels, from[s][DERIVED_FROM] || []); });
var dates = outMap(uniq(rels), [S("datePublished")]);
var names = nameMap(people);
var rows = [];
said.forEach(function (d) {
  var p = props[d.quote], text = first(props, d.quote, S("text"));
  if (about && !(p[S("mentions")] || []).some(function (n) { return wanted[n]; }) && fold(text).indexOf(fold(about)) < 0) { return; }
  var rel = "";
  (p[S("citation")] || []).forEach(function (s) { rel = first(from, s, DERIVED_FROM) || rel; });
  rows.push({person: names[d.person], node: d.quote, date: rel ? first(dates, "<" + rel + ">", S("datePublished")) : "", release: rel,
    _seq: value(d.quote).replace(/\d+$/, function (n) { return ("000000" + n).slice(-7); })});
});
var total = rows.length;
rows = pageCut(rows, ["person", "-date"]);
var texts = about ? props : outMap(uniq(rows.map(function (r) { return r.node; })), [S("text")]);
rows.forEach(function (r) { r.quote = first(texts, r.node, S("text")); });
rows.sort(byKeys(["person", "-date", "release", "_seq"]));
emitRows(rows.map(function (r) { return {person: r.person, quote: r.quote, date: r.date, release: r.release}; }), total);
