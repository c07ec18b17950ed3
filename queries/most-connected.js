// The most connected people: for each person, the number of other people
// they attended an event with (degree) and the number of events they
// attended, most connected first (ties: more events first, then by name).
//
// @param limit:number optional how many people to list (default 10; 0 for all)
// @example natokg query most-connected --param limit=5
var limit = params.limit === undefined || params.limit === "" ? 10 : parseInt(params.limit, 10);
if (!(limit >= 0)) { fail("limit", "most-connected: limit=" + params.limit + " is below 0: give how many people to list, 0 for all"); }
// The events (the nodes typed schema:Event), then their attendees: reads
// each attendee link once, not the whole store.
var byEvent = {}, stats = {};
g.V(S("Event")).In(RDF_TYPE).Tag("event").Out(S("attendee")).Tag("person").ForEach(function (d) {
  (byEvent[d.event] || (byEvent[d.event] = {}))[d.person] = true;
});
Object.keys(byEvent).forEach(function (e) {
  var here = Object.keys(byEvent[e]);
  here.forEach(function (p) {
    var s = stats[p] || (stats[p] = {met: {}, events: 0});
    s.events++;
    here.forEach(function (q) { if (q !== p) { s.met[q] = true; } });
  });
});
var rows = Object.keys(stats).map(function (p) {
  return {node: p, degree: Object.keys(stats[p].met).length, events: stats[p].events};
});
// People who attended nothing count only when the list asked for is
// longer than the list of those who did.
if (!limit || rows.length < limit) {
  g.V(S("Person")).In(RDF_TYPE).Unique().ForEach(function (d) {
    if (!stats[d.id]) { stats[d.id] = true; rows.push({node: d.id, degree: 0, events: 0}); }
  });
}
// Names only for the people that can make the list: those at least as
// connected as the limit-th.
rows.sort(byKeys(["-degree", "-events"]));
if (limit && rows.length > limit) {
  var last = rows[limit - 1];
  rows = rows.filter(function (r) { return r.degree > last.degree || r.degree === last.degree && r.events >= last.events; });
}
var names = nameMap(rows.map(function (r) { return r.node; }));
rows.forEach(function (r) { r.person = names[r.node]; delete r.node; });
rows.sort(byKeys(["-degree", "-events", "person"]));
(limit ? rows.slice(0, limit) : rows).forEach(function (r) { g.Emit({person: r.person, degree: r.degree, events: r.events}); });
