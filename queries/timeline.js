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
var pnames = nameMap(people);
byName(people, pnames);
var items = [], nodes = people.slice(), starts = {}, relDates = {}, total;
var relDate = function (r) { return first(relDates, r, S("datePublished")); };
// Where the figures keep each person's events, quotations and releases
// giving posts by month, and no span is asked for, only the latest months
// that make the page are read (every item of a month read comes before
// every item of the months not read: an event with no date of its own is
// kept in the month of its first dated release, the date it takes here),
// and the whole answer is counted by the figures and Cayley. Else every
// item of the person's is read, its day first, so that only the items
// that can make the page are read in full: the busiest people have
// thousands.
var counted = people.length && keepsMonths() ?
  figureSum(people, iri(VOC.kgEventCount)) + vs(people).Out(ORG("holds")).Count() + vs(people).In(S("creator")).Count() : 0;
if (!from && !to && byMonthsFor(counted)) {
  var need = pageEnd();
  // Each member of a month is an item at least: the months are gathered
  // until they hold the page, then read at once (a person's posts are
  // read from all their org:holds quads, whatever releases are asked).
  people.some(function (p) {
    var em = monthMap(p, VOC.kgEventMonth), pm = monthMap(p, VOC.kgPostMonth), qm = monthMap(p, VOC.kgQuoteMonth);
    var keys = uniq(Object.keys(em).concat(Object.keys(pm), Object.keys(qm)).map(function (k) { return k.replace(/^undated-/, ""); }));
    var evs = [], rs = [], qs = [];
    var full = newestFirst(keys).some(function (k) {
      [em[k], em["undated-" + k]].forEach(function (m) { if (m) { append(evs, membersOf(m, iri(VOC.kgMonthEvent))); } });
      if (pm[k]) { append(rs, membersOf(pm[k], iri(VOC.kgMonthPost))); }
      if (qm[k]) { append(qs, membersOf(qm[k], iri(VOC.kgMonthQuote))); }
      return need > 0 && items.length + evs.length + rs.length + qs.length >= need;
    });
    readMonths(p, evs, rs, qs);
    return full;
  });
  total = counted;
} else {
  if (people.length) {
    var all = function () { return vs(people).Tag("person").LabelContext(g.V(), "release"); };
    people.forEach(function (p) { eventStarts(p, starts); });
    collect(attended(all().In(S("attendee")).Tag("event")), heldIn(people, g.V(), []), said(all().In(S("creator")).Tag("quote")));
  }
  total = items.length;
}
items = pageCut(items, ["_person", "_pid", "-date"]);
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
  var row = {person: names[r.person], _pid: r.person, date: r.date, end: r.end, dated: r.dated, item: r.item, kind: "", what: "", where: "",
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
rows.sort(byKeys(["person", "_pid", "-date", "_order", "release", "_q", "what"]));
rows.forEach(function (r) { delete r._pid; delete r._order; delete r._q; });
emitRows(rows, total);

// monthMap returns person p's months by the link of VOC name owner, by
// key (monthKey).
function monthMap(p, owner) {
  var m = {};
  g.V(p).Out(iri(owner)).ForEach(function (d) { m[monthKey(d.id)] = d.id; });
  return m;
}

// readMonths reads the items of person p's events evs, of the releases
// rs giving them posts and of their quotations qs.
function readMonths(p, evs, rs, qs) {
  firstStarts(evs, starts);
  collect(evs.length ? attended(vs(evs).Tag("event").LabelContext(g.V(), "release").Out(S("attendee")).Tag("person"), p) : [],
    rs.length ? heldIn([p], vs(rs), []) : [],
    qs.length ? said(vs(qs).Tag("quote").LabelContext(g.V(), "release").Out(S("creator")).Tag("person"), p) : []);
}

// attended returns, for each person and event a path tags, the releases
// that say they attended it: [{person, event, releases}], by person and
// event.
function attended(path, only) {
  var m = {};
  path.ForEach(function (d) {
    if (only && d.person !== only) { return; }
    var k = d.person + "|" + d.event;
    (m[k] || (m[k] = {person: d.person, event: d.event, releases: []})).releases.push(d.release);
  });
  return Object.keys(m).sort().map(function (k) { return m[k]; });
}

// said returns the {person, quote, release} a path tags.
function said(path, only) {
  var out = [];
  path.ForEach(function (d) { if (!only || d.person === only) { out.push(d); } });
  return out;
}

// collect adds the items of events ({person, event, releases}), holds
// and quotes ({person, post or quote, release}): each event on its first
// start date, else its first release's date; the rest on their
// releases' dates, read here.
function collect(evList, holds, quotes) {
  var rels = [];
  evList.forEach(function (h) { append(rels, h.releases); });
  holds.concat(quotes).forEach(function (d) { rels.push(d.release); });
  var todo = uniq(rels).filter(function (r) { return !relDates[r]; });
  var dates = outMap(todo, [S("datePublished")]);
  todo.forEach(function (r) { relDates[r] = dates[r]; });
  var evIds = uniq(evList.map(function (e) { return e.event; }));
  // End dates for every event only when a span is asked for (an item's
  // days must meet it), else for the page's only.
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
}

// firstRelease is the earliest dated release of list (releases whose
// dates relDates holds), else the first undated one, the IRI breaking
// ties: {r, d}.
function firstRelease(list) {
  return uniq(list).map(function (r) { var d = relDate(r); return {r: r, d: d, _u: d ? 0 : 1}; }).sort(byKeys(["_u", "d", "r"]))[0];
}

// addItem keeps an item whose days meet the span asked for.
function addItem(it) {
  if (!overlaps(it.date, it.end, from, to)) { return; }
  it._person = pnames[it.person];
  it._pid = it.person;
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
