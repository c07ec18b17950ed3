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
var names = nameMap(people);
byName(people, names);
// Each quotation of the people's, once per release that gives it. With
// "about", only those that name an entity of that name or whose text
// holds the word (hits). Where the figures keep each person's quotations
// by the month of their release and the answer is many times the page,
// only the latest months that make the page are read, and the rest are
// counted.
var hits = about && people.length ? aboutHits(people, about) : null;
var said = [], total = hits ? hits.said.length : people.length ? vs(people).In(S("creator")).Count() : 0;
var byMonths = byMonthsFor(total);
if (byMonths) {
  latestMonths(people, function (p, m) {
    g.V(m).Out(iri(VOC.kgMonthQuote)).ForEach(function (d) {
      if (!hits || hits.of[p + " " + d.id]) { said.push({person: p, quote: d.id}); }
    });
    return said.length;
  }, iri(VOC.kgQuoteMonth));
} else if (hits) {
  said = hits.said;
} else if (people.length) {
  vs(people).Tag("person").In(S("creator")).Tag("quote").ForEach(function (d) { said.push(d); });
}
var quotes = uniq(said.map(function (d) { return d.quote; }));
// Each quotation's release (through the sentence it cites) and the
// release's date, each read in one traversal from the speakers (or the
// quotations read by month): the busiest speak in thousands of releases,
// and a traversal that starts again at each quotation or release looks
// each one up.
var cites = {}, dates = {};
if (quotes.length) {
  var start = byMonths || hits ? vs(quotes).Tag("quote") : vs(people).In(S("creator")).Tag("quote");
  var cited = start.Out(S("citation")).Tag("sentence").Out(DERIVED_FROM).Tag("release");
  cited.ForEach(function (d) {
    var c = cites[d.quote] || (cites[d.quote] = {});
    keepLeast(c, d.sentence, d.release);
  });
  cited.Out(S("datePublished")).ForEach(function (d) {
    keepLeast(dates, d.release, d.id);
  });
}
var rows = [];
said.forEach(function (d) {
  // Of a quotation that cites several sentences, the release of the
  // last that has one (sentences in order).
  var c = cites[d.quote] || {}, rel = "";
  Object.keys(c).sort().forEach(function (s) { rel = c[s]; });
  rows.push({person: names[d.person], _pid: d.person, node: d.quote, date: value(dates[rel]), release: value(rel),
    _seq: value(d.quote).replace(/\d+$/, function (n) { return ("000000" + n).slice(-7); })});
});
if (!byMonths) { total = rows.length; }
rows = pageCut(rows, ["person", "_pid", "-date"]);
var shown = outMap(uniq(rows.map(function (r) { return r.node; })), [S("text")]);
rows.forEach(function (r) { r.quote = first(shown, r.node, S("text")); });
rows.sort(byKeys(["person", "_pid", "-date", "release", "_seq"]));
emitRows(rows.map(function (r) { return {person: r.person, quote: r.quote, date: r.date, release: r.release}; }), total);

// aboutHits finds the quotations of people that name an entity called
// about, or whose text holds it as a word. What the quotations name is
// checked here against the entities of that name (a word can name a
// thousand: "defence"; Cayley's Is with so many is slower than reading
// every link); Cayley finds the texts a pattern may match (foldPattern),
// so that only those come back here to be folded and matched. It
// returns {said: [{person, quote}], of: {"PERSON QUOTE": true}}.
function aboutHits(people, about) {
  var of = {}, said = [], word = fold(about), l = lookup(about), wanted = l.exact.concat(l.partial);
  var hit = function (d) {
    var k = d.person + " " + d.quote;
    if (!of[k]) { of[k] = true; said.push({person: d.person, quote: d.quote}); }
  };
  var quotes = function () { return vs(people).Tag("person").In(S("creator")).Tag("quote"); };
  if (wanted.length) {
    var want = {};
    wanted.forEach(function (e) { want[e] = true; });
    quotes().Out(S("mentions")).ForEach(function (d) { if (want[d.id]) { hit(d); } });
  }
  var texts = quotes().Out(S("text")), pattern = foldPattern(word);
  (pattern ? texts.Filter(regex(pattern)) : texts).ForEach(function (d) {
    if (fold(value(d.id)).indexOf(word) >= 0) { hit(d); }
  });
  return {said: said, of: of};
}
