// The organisations a person is linked to, and how, a row for each link:
// "post" (the person holds a post in it, detail its title; a national
// post points to its country), "event" (it organised events the person
// attended, detail the name of the latest) and, with mentioned=yes,
// "mentioned" (releases name both). count is how many releases give the
// post or name both, or how many events it organised; from and to are
// the dates of the first and the last of them, first and last a release
// that says so (of an event, a release about it). Posts first, then
// events, then mentions, each by count.
//
// @param person:person required the person's name, in any form ("Rutte", "mark rutte", "Frostadottir")
// @param mentioned:flag optional yes to add the organisations named in the same releases as the person
// @example natokg query person-orgs --param person=Rutte --param mentioned=yes
var people = entity("person");
var rows = [];
if (people.length) {
  // Posts: the tenures, read from the holdings the figures keep.
  tenures(people, "").forEach(function (t) {
    if (!t.org) { return; }
    rows.push({person: t.person, org: t.org, how: "post", detail: t.role, count: t.releases,
      from: t.from, to: t.to, first: t.first, last: t.last});
  });
  append(rows, organisedFor(people));
  if (flag("mentioned")) { append(rows, namedWith(people)); }
}
var order = {post: 0, event: 1, mentioned: 2};
rows.forEach(function (r) { r._order = order[r.how]; });
rows.sort(byKeys(["person", "_order", "-count", "org", "detail"]));
rows.forEach(function (r) { delete r._order; });
emitRows(rows);

// organisedFor returns a row for each person and body that organised
// events the person attended. The events are read in one traversal from
// each person (the busiest attended ten thousand, each read once), by
// the months the figures keep them in where they do: then only the
// events of each body's first and last months have their dates read.
function organisedFor(people) {
  var links = [], kept = keepsMonths();
  people.forEach(function (p) {
    var events = kept ? g.V(p).Out(iri(VOC.kgEventMonth)).Tag("month").Out(iri(VOC.kgMonthEvent)) : eventsOf(p);
    events.Tag("event").Out(S("organizer")).Tag("org").ForEach(function (d) {
      d.person = p;
      links.push(d);
    });
  });
  var dates = eventDates(links);
  var spans = spanBy(links, "event", dates);
  var ends = [];
  spans.forEach(function (s) { ends.push(s.lo, s.hi); });
  var about = {};
  if (ends.length) {
    vs(uniq(ends)).Tag("event").In(S("about")).ForEach(function (d) { (about[d.event] || (about[d.event] = [])).push(d.id); });
  }
  var names = nameMap(spans.map(function (s) { return s.hi; }).concat(linked(spans)));
  return spans.map(function (s) {
    var lo = (about[s.lo] || []).sort(), hi = (about[s.hi] || []).sort();
    return {person: names[s.person], org: names[s.org], how: "event", detail: names[s.hi], count: s.count,
      from: dates[s.lo] || "", to: dates[s.hi] || "", first: value(lo[0]), last: value(hi[hi.length - 1])};
  });
}

// eventDates returns {event: start date} for links' events. Of links
// read by month (d.month), it reads only the dates of the events of the
// first and last dated months of each person and body (linkKey), and
// gives the others their month's key ("2012-03"), which sorts as their
// dates do against those of other months; events of undated months have
// none.
function eventDates(links) {
  var ranks = {}, bounds = {};
  var rank = function (m) { return ranks[m] || (ranks[m] = monthRank(monthKey(m))); };
  links.forEach(function (d) {
    if (!d.month || rank(d.month).charAt(0) !== "2") { return; }
    var r = rank(d.month), b = bounds[linkKey(d)];
    if (!b) { bounds[linkKey(d)] = {lo: r, hi: r}; return; }
    if (r < b.lo) { b.lo = r; }
    if (r > b.hi) { b.hi = r; }
  });
  var read = [], dates = {};
  links.forEach(function (d) {
    var b = d.month && bounds[linkKey(d)], r = d.month ? rank(d.month) : "";
    if (!d.month || b && (r === b.lo || r === b.hi)) {
      read.push(d.event);
    } else if (r.charAt(0) === "2") {
      dates[d.event] = r.slice(1);
    }
  });
  var starts = firstStarts(uniq(read), {});
  Object.keys(starts).forEach(function (e) { dates[e] = value(starts[e]); });
  return dates;
}

// namedWith returns a row for each person and organisation named in the
// same releases as the person.
function namedWith(people) {
  var rels = [];
  vs(people).Tag("person").In(S("mentions")).Tag("release").ForEach(function (d) {
    if (kindOf(d.release) === "release") { rels.push(d); }
  });
  var byRel = {};
  rels.forEach(function (d) { (byRel[d.release] || (byRel[d.release] = [])).push(d.person); });
  var relList = Object.keys(byRel).sort();
  if (!relList.length) { return []; }
  var named = [];
  vs(relList).Tag("release").Out(S("mentions")).Tag("org").ForEach(function (d) { named.push(d); });
  var kinds = kindMap(uniq(named.map(function (d) { return d.org; })));
  var links = [];
  named.forEach(function (d) {
    if (kinds[d.org] !== "org") { return; }
    byRel[d.release].forEach(function (p) { links.push({person: p, org: d.org, release: d.release}); });
  });
  var dates = {};
  var pub = outMap(relList, [S("datePublished")]);
  relList.forEach(function (r) { dates[r] = first(pub, r, S("datePublished")); });
  var spans = spanBy(links, "release", dates);
  var names = nameMap(linked(spans));
  return spans.map(function (s) {
    return {person: names[s.person], org: names[s.org], how: "mentioned", detail: "", count: s.count,
      from: dates[s.lo], to: dates[s.hi], first: value(s.lo), last: value(s.hi)};
  });
}

// spanBy groups links ({person, org, and the node under field}) by
// person and organisation (linkKey) and returns for each group {person,
// org, count, lo, hi}: how many distinct nodes it holds, and the first
// and last of them by date (dates: {node: date, as plain text}; undated
// nodes come first, then by IRI).
function spanBy(links, field, dates) {
  var groups = {};
  var earlier = function (a, b) {
    var da = dates[a] || "", db = dates[b] || "";
    return da !== db ? da < db : a < b;
  };
  links.forEach(function (d) {
    var k = linkKey(d), n = d[field];
    var s = groups[k] || (groups[k] = {person: d.person, org: d.org, seen: {}, count: 0, lo: n, hi: n});
    if (s.seen[n]) { return; }
    s.seen[n] = true;
    s.count++;
    if (earlier(n, s.lo)) { s.lo = n; }
    if (earlier(s.hi, n)) { s.hi = n; }
  });
  return Object.keys(groups).map(function (k) { delete groups[k].seen; return groups[k]; });
}

// linkKey is the key of a link's person and organisation.
function linkKey(d) { return d.person + " " + d.org; }

// linked returns the people and organisations of spans.
function linked(spans) {
  var nodes = [];
  spans.forEach(function (s) { nodes.push(s.person, s.org); });
  return nodes;
}
