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
var pnames = nameMap(people);
// First each item's day (events by their own dates), so that only the
// items that can make the page are read in full: the busiest people
// have thousands. Events' first start dates are read in one traversal
// from each person; their end dates, for every event only when a span
// is asked for (an item's days must meet it), else for the page's only.
var evList = Object.keys(events).sort().map(function (k) { return events[k]; });
var starts = {};
people.forEach(function (p) { eventStarts(p, starts); });
var evIds = uniq(evList.map(function (e) { return e.event; }));
var ends = (from || to) && evIds.length ? outMap(evIds, [S("endDate")]) : {};
evList.forEach(function (h) {
  var rel = firstRelease(h.releases), start = value(starts[h.event]);
  addItem({person: h.person, date: start || rel.d, end: first(ends, h.event, S("endDate")), dated: start ? "event" : "release",
    item: "event", node: h.event, release: rel.r});
});
eachOnce(holds, "post", function (d) {
  addItem({person: d.person, date: relDate(d.release), end: "", dated: "release", item: "post", node: d.post, release: d.release});
});
eachOnce(quotes, "quote", function (d) {
  addItem({person: d.person, date: relDate(d.release), end: "", dated: "release", item: "quote", node: d.quote, release: d.release});
});
var total = items.length;
items = pageCut(items, ["_person", "-date"]);
// Then what the page shows of each.
var nodesOf = function (kind) { return uniq(items.filter(function (r) { return r.item === kind; }).map(function (r) { return r.node; })); };
var evProps = outMap(nodesOf("event"), [S("additionalType"), S("location"), S("endDate")]);
Object.keys(evProps).forEach(function (e) { nodes.push(e); append(nodes, evProps[e][S("location")] || []); });
var posts = outMap(nodesOf("post"), [ORG("role"), ORG("postIn")]);
Object.keys(posts).forEach(function (p) { append(nodes, posts[p][ORG("role")] || [], posts[p][ORG("postIn")] || []); });
var texts = outMap(nodesOf("quote"), [S("text")]);
var names = nameMap(nodes);
var named = function (l) { return (l || []).map(function (n) { return names[n]; }).sort().join("; "); };
var order = {event: 0, post: 1, quote: 2};
var rows = items.map(function (r) {
  var row = {person: names[r.person], date: r.date, end: r.end, dated: r.dated, item: r.item, kind: "", what: "", where: "",
    release: value(r.release), _order: order[r.item], _q: r.item === "quote" ? seq(r.node) : ""};
  if (r.item === "event") {
    row.end = first(evProps, r.node, S("endDate"));
    row.kind = first(evProps, r.node, S("additionalType"));
    row.what = names[r.node];
    row.where = named(evProps[r.node][S("location")]);
  } else if (r.item === "post") {
    row.what = named(posts[r.node][ORG("role")]);
    row.where = named(posts[r.node][ORG("postIn")]);
  } else {
    row.what = first(texts, r.node, S("text"));
  }
  return row;
});
rows.sort(byKeys(["person", "-date", "_order", "release", "_q", "what"]));
rows.forEach(function (r) { delete r._order; delete r._q; });
emitRows(rows, total);

// addItem keeps an item whose days meet the span asked for.
function addItem(it) {
  if (!overlaps(it.date, it.end, from, to)) { return; }
  it._person = pnames[it.person];
  items.push(it);
}

// eachOnce calls fn with each of links (person, node tagged key, release)
// once.
function eachOnce(links, key, fn) {
  var seen = {};
  links.forEach(function (d) {
    var k = d.person + "|" + d[key] + "|" + d.release;
    if (!seen[k]) { seen[k] = true; fn(d); }
  });
}

// seq is a quotation's IRI with its closing number padded, to keep a
// release's quotations in the order they come (2 before 10).
function seq(q) { return value(q).replace(/\d+$/, function (n) { return ("000000" + n).slice(-7); }); }
