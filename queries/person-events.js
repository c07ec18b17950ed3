// The events a person took part in: each event's date, end date, place and
// kind, with the releases that say the person attended, newest first
// (events with no date of their own come last, newest release first).
//
// @param person:person required the person's name, in any form ("Rutte", "mark rutte", "Frostadottir")
// @example natokg query person-events --param person=Rutte
var people = entity("person");
var pnames = nameMap(people);
// People in the order of their rows: by name, then by IRI.
byName(people, pnames);
// First each event the person attended, once, with its first start date.
// Where the figures keep each person's events by month, only the latest
// months that make the page are read; else every event, in one traversal
// from the person (the busiest people attended ten thousand: a traversal
// per event, or every release of each, costs seconds). Undated events come
// last, by their first release's date: their releases are read only when
// the page reaches them.
var hits = [], undated = [], total;
var hit = function (p, starts) {
  Object.keys(starts).forEach(function (e) {
    var h = {person: p, event: e, person_: pnames[p], _pid: p, date: value(starts[e]), releases: null};
    h._undated = h.date ? 0 : 1;
    h._when = h.date;
    hits.push(h);
    if (!h.date) { undated.push(h); }
  });
};
var counted = keepsMonths() ? figureSum(people, iri(VOC.kgEventCount)) : 0;
if (byMonthsFor(counted)) {
  latestMonths(people, function (p, m) {
    var starts = {};
    g.V(m).Out(iri(VOC.kgMonthEvent)).ForEach(function (d) { starts[d.id] = ""; });
    hit(p, firstStarts(Object.keys(starts), starts));
    return hits.length;
  });
  total = counted;
} else {
  people.forEach(function (p) {
    var starts = {};
    g.V(p).In(S("attendee")).Unique().ForEach(function (d) { starts[d.id] = ""; });
    hit(p, eventStarts(p, starts));
  });
  total = hits.length;
}
var datedCount = hits.length - undated.length;
if (undated.length && (!pageEnd() || pageEnd() > datedCount)) {
  readReleases(undated);
  var undatedRels = [];
  undated.forEach(function (h) { append(undatedRels, h.releases); });
  var undatedDates = outMap(uniq(undatedRels), [S("datePublished")]);
  undated.forEach(function (h) { h._when = reportedOn(h.releases, undatedDates); });
}
// Then only the events that can make the page are read in full.
hits = pageCut(hits, ["person_", "_pid", "_undated", "-_when"]);
readReleases(hits.filter(function (h) { return !h.releases; }));
var events = uniq(hits.map(function (h) { return h.event; }));
var props = outMap(events, [S("startDate"), S("endDate"), S("location"), S("additionalType")]);
var places = [];
events.forEach(function (e) { append(places, (props[e] || {})[S("location")] || []); });
var names = nameMap(people.concat(events, places));
var rels = [];
hits.forEach(function (h) { append(rels, h.releases); });
var relDates = outMap(uniq(rels), [S("datePublished")]);
var rows = hits.map(function (h) {
  var releases = uniq(h.releases), p = props[h.event] || {};
  return {
    person: names[h.person], event: names[h.event],
    date: first(props, h.event, S("startDate")), end: first(props, h.event, S("endDate")),
    place: (p[S("location")] || []).map(function (l) { return names[l]; }).sort().join("; "),
    kind: first(props, h.event, S("additionalType")),
    reported: reportedOn(releases, relDates),
    releases: releases.map(value),
    _pid: h.person, _undated: h._undated, _when: h._when, _iri: h.event
  };
});
rows.sort(byKeys(["person", "_pid", "_undated", "-_when", "event", "_iri"]));
rows.forEach(function (r) { delete r._pid; delete r._undated; delete r._when; delete r._iri; });
emitRows(rows, total);

// readReleases gives each hit the releases that say its person attended
// its event: the labels of those attendee quads.
function readReleases(hs) {
  var byPerson = {};
  hs.forEach(function (h) {
    h.releases = [];
    (byPerson[h.person] || (byPerson[h.person] = {}))[h.event] = h;
  });
  Object.keys(byPerson).forEach(function (p) {
    var of = byPerson[p];
    vs(Object.keys(of)).Tag("event").LabelContext(g.V(), "release").Out(S("attendee")).Is(p).ForEach(function (d) {
      of[d.event].releases.push(d.release);
    });
  });
}

// reportedOn is the date of the earliest of releases (their dates in
// dates, an outMap), or "".
function reportedOn(releases, dates) {
  var ds = releases.map(function (r) { return first(dates, r, S("datePublished")); }).filter(String).sort();
  return ds[0] || "";
}
