// The most connected people: for each person, the number of other people
// they attended an event with (degree) and the number of events they
// attended, most connected first (ties: more events first, then by name).
//
// @param limit optional how many people to list (default 10; 0 for all)
// @example natokg query most-connected --param limit=5
var limit = params.limit === undefined || params.limit === "" ? 10 : parseInt(params.limit, 10);
if (!(limit >= 0)) { throw new Error("parameter limit must be a number, 0 for all"); }
// One pass over all attendee links.
var byEvent = {}, people = {};
g.V().Tag("event").Out(S("attendee")).Tag("person").ForEach(function (d) {
  (byEvent[d.event] || (byEvent[d.event] = {}))[d.person] = true;
});
g.V().Has(RDF_TYPE, S("Person")).ForEach(function (d) { people[d.id] = {met: {}, events: 0}; });
Object.keys(byEvent).forEach(function (e) {
  var here = Object.keys(byEvent[e]);
  here.forEach(function (p) {
    var s = people[p] || (people[p] = {met: {}, events: 0});
    s.events++;
    here.forEach(function (q) { if (q !== p) { s.met[q] = true; } });
  });
});
var names = nameMap(Object.keys(people));
var rows = Object.keys(people).map(function (p) {
  return {person: names[p], degree: Object.keys(people[p].met).length, events: people[p].events};
});
rows.sort(byKeys(["-degree", "-events", "person"]));
(limit ? rows.slice(0, limit) : rows).forEach(function (r) { g.Emit(r); });
