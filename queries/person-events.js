// The events a person took part in: each event's date, end date, place and
// kind, with the releases that say the person attended, newest first
// (events with no date of their own come last, newest release first).
//
// @param person:person required the person's name, in any form ("Rutte", "mark rutte", "Frostadottir")
// @example natokg query person-events --param person=Rutte
var people = entity("person");
var seen = {}, hits = [];
if (people.length) {
  // The label of each attendee quad is the release that says so.
  vs(people).Tag("person").LabelContext(g.V(), "release").In(S("attendee")).Tag("event").ForEach(function (d) {
    var k = d.person + "|" + d.event;
    if (!seen[k]) { seen[k] = {person: d.person, event: d.event, releases: []}; hits.push(seen[k]); }
    seen[k].releases.push(d.release);
  });
}
// The order: newest first by the event's date, else by its first
// release's date. Only the events that can make the page are read in
// full (the busiest people attended a thousand).
var pnames = nameMap(people);
var dates = outMap(uniq(hits.map(function (h) { return h.event; })), [S("startDate")]);
var undatedRels = [];
hits.forEach(function (h) {
  h.date = first(dates, h.event, S("startDate"));
  if (!h.date) { append(undatedRels, h.releases); }
});
var undatedDates = outMap(uniq(undatedRels), [S("datePublished")]);
hits.forEach(function (h) {
  h.person_ = pnames[h.person];
  h._undated = h.date ? 0 : 1;
  h._when = h.date || reportedOn(h.releases, undatedDates);
});
var total = hits.length;
hits = pageCut(hits, ["person_", "_undated", "-_when"]);
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
    _undated: h._undated, _when: h._when
  };
});
rows.sort(byKeys(["person", "_undated", "-_when", "event"]));
rows.forEach(function (r) { delete r._undated; delete r._when; });
emitRows(rows, total);

// reportedOn is the date of the earliest of releases (their dates in
// dates, an outMap), or "".
function reportedOn(releases, dates) {
  var ds = releases.map(function (r) { return first(dates, r, S("datePublished")); }).filter(String).sort();
  return ds[0] || "";
}
