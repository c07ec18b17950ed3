// A person's timeline: the events they attended (date, kind, event,
// place), the posts the releases give them (release date, role,
// organisation) and their quotations (release date, text), newest first.
// An event with no date of its own takes its first release's date (dated
// "release"). With from and to, only items whose days meet that span.
//
// @param person:person required the person's name, in any form ("Rutte", "mark rutte", "Frostadottir")
// @param from:date optional an ISO date (2025-05-01, or 2025-05): only items on or after it
// @param to:date optional an ISO date (2025-05-31, or 2025-05): only items on or before it
// @example natokg query timeline --param person=Rutte --param from=2025-05-26
var from = params.from || "", to = params.to || "";
var people = entity("person");
var items = [], rels = [], nodes = people.slice();
var events = {}, holds = [], quotes = [];
if (people.length) {
  vs(people).Tag("person").LabelContext(g.V(), "release").In(S("attendee")).Tag("event").ForEach(function (d) {
    var k = d.person + "|" + d.event;
    (events[k] || (events[k] = {person: d.person, event: d.event, releases: []})).releases.push(d.release);
    rels.push(d.release);
  });
  vs(people).Tag("person").LabelContext(g.V(), "release").Out(ORG("holds")).Tag("post").ForEach(function (d) {
    holds.push(d);
    rels.push(d.release);
  });
  vs(people).Tag("person").LabelContext(g.V(), "release").In(S("creator")).Tag("quote").ForEach(function (d) {
    quotes.push(d);
    rels.push(d.release);
  });
}
var relDates = outMap(uniq(rels), [S("datePublished")]);
var relDate = function (r) { return first(relDates, r, S("datePublished")); };
var firstRelease = function (list) {
  return uniq(list).map(function (r) { return {r: r, d: relDate(r)}; }).sort(byKeys(["d", "r"]))[0];
};
// Events.
var evList = Object.keys(events).sort().map(function (k) { return events[k]; });
var evProps = outMap(uniq(evList.map(function (e) { return e.event; })), [S("startDate"), S("endDate"), S("additionalType"), S("location")]);
Object.keys(evProps).forEach(function (e) { nodes.push(e); nodes = nodes.concat(evProps[e][S("location")] || []); });
// Posts.
var posts = outMap(uniq(holds.map(function (d) { return d.post; })), [ORG("role"), ORG("postIn")]);
Object.keys(posts).forEach(function (p) { nodes = nodes.concat(posts[p][ORG("role")] || [], posts[p][ORG("postIn")] || []); });
// Quotations.
var texts = outMap(uniq(quotes.map(function (d) { return d.quote; })), [S("text")]);
var names = nameMap(nodes);
var named = function (l) { return (l || []).map(function (n) { return names[n]; }).sort().join("; "); };

evList.forEach(function (h) {
  var p = evProps[h.event], rel = firstRelease(h.releases);
  var start = first(evProps, h.event, S("startDate")), end = first(evProps, h.event, S("endDate"));
  var date = start || rel.d;
  if (!overlaps(date, end, from, to)) { return; }
  items.push({person: names[h.person], date: date, end: end, dated: start ? "event" : "release", item: "event",
    kind: first(evProps, h.event, S("additionalType")), what: names[h.event], where: named(p[S("location")]),
    release: value(rel.r)});
});
var seenPost = {};
holds.forEach(function (d) {
  var k = d.person + "|" + d.post + "|" + d.release;
  if (seenPost[k]) { return; }
  seenPost[k] = true;
  var date = relDate(d.release);
  if (!overlaps(date, "", from, to)) { return; }
  items.push({person: names[d.person], date: date, end: "", dated: "release", item: "post",
    kind: "", what: named(posts[d.post][ORG("role")]), where: named(posts[d.post][ORG("postIn")]),
    release: value(d.release)});
});
var seenQuote = {};
quotes.forEach(function (d) {
  var k = d.person + "|" + d.quote + "|" + d.release;
  if (seenQuote[k]) { return; }
  seenQuote[k] = true;
  var date = relDate(d.release);
  if (!overlaps(date, "", from, to)) { return; }
  items.push({person: names[d.person], date: date, end: "", dated: "release", item: "quote",
    kind: "", what: first(texts, d.quote, S("text")), where: "", release: value(d.release), _q: seq(d.quote)});
});
var order = {event: 0, post: 1, quote: 2};
// seq is a quotation's IRI with its closing number padded, to keep a
// release's quotations in the order they come (2 before 10).
function seq(q) { return value(q).replace(/\d+$/, function (n) { return ("000000" + n).slice(-7); }); }
items.forEach(function (r) { r._order = order[r.item]; });
items.sort(byKeys(["person", "-date", "_order", "release", "_q", "what"]));
items.forEach(function (r) { delete r._order; delete r._q; });
emitRows(items);
