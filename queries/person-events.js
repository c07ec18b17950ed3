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
var events = uniq(hits.map(function (h) { return h.event; }));
var props = outMap(events, [S("startDate"), S("endDate"), S("location"), S("additionalType")]);
var places = [];
events.forEach(function (e) { places = places.concat((props[e] || {})[S("location")] || []); });
var names = nameMap(people.concat(events, places));
var rels = [];
hits.forEach(function (h) { rels = rels.concat(h.releases); });
var relDates = outMap(uniq(rels), [S("datePublished")]);
var rows = hits.map(function (h) {
  var releases = uniq(h.releases), p = props[h.event] || {};
  var reported = releases.map(function (r) { return first(relDates, r, S("datePublished")); }).filter(String).sort();
  return {
    person: names[h.person], event: names[h.event],
    date: first(props, h.event, S("startDate")), end: first(props, h.event, S("endDate")),
    place: (p[S("location")] || []).map(function (l) { return names[l]; }).sort().join("; "),
    kind: first(props, h.event, S("additionalType")),
    reported: reported[0] || "",
    releases: releases.map(value)
  };
});
rows.forEach(function (r) { r._undated = r.date ? 0 : 1; r._when = r.date || r.reported; });
rows.sort(byKeys(["person", "_undated", "-_when", "event"]));
rows.forEach(function (r) { delete r._undated; delete r._when; });
emitRows(rows);
