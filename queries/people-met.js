// Whom a person met: the other people who attended the same events, with
// each event, its date and place, newest first (then by the other's
// name). Tagged source and target, so Cayley's Visualize view draws the
// pairs.
//
// @param person:person required the person's name, in any form ("Rutte", "mark rutte")
// @example natokg query people-met --param person=Rutte
var people = entity("person");
var pairs = [], seen = {}, starts = {}, total;
// pair keeps who a person met at an event, once.
var pair = function (p) {
  return function (d) {
    var k = p + "|" + d.id + "|" + d.event;
    if (d.id === p || seen[k]) { return; }
    seen[k] = true;
    pairs.push({person: p, other: d.id, event: d.event});
  };
};
var counted = keepsMonths() ? figureSum(people, iri(VOC.kgMeetingCount)) : 0;
if (byMonthsFor(counted)) {
  // The figures keep each person's events by month: only the latest
  // months that make the page are read (the undated events, whose rows
  // are ordered by name, all together), and the whole answer's count is
  // the people's meeting counts.
  latestMonths(people, function (p, m) {
    g.V(m).Out(iri(VOC.kgMonthEvent)).Tag("event").Out(S("attendee")).ForEach(pair(p));
    return pairs.length;
  }, null, function (m) { var k = monthKey(m); return /^\d/.test(k) ? k : "undated"; });
  firstStarts(uniq(pairs.map(function (d) { return d.event; })), starts);
  total = counted;
} else {
  // Everyone at the events each person attended, in one traversal from
  // the person: each event once (every release that says so holds its
  // own copy of the link: a traversal through both links would read
  // copies times copies), then its attendees.
  people.forEach(function (p) {
    g.V(p).In(S("attendee")).Unique().Tag("event").Out(S("attendee")).ForEach(pair(p));
    eventStarts(p, starts);
  });
  total = pairs.length;
}
// The order a person's meetings come in: newest first, then by the
// other's name and the event's name. Only the meetings that can make the
// page are named and placed (the busiest people met hundreds).
var order = {};
people.forEach(function (p, i) { order[p] = i; });
pairs.forEach(function (d) { d._order = order[d.person]; d.date = value(starts[d.event]); });
pairs = pageCut(pairs, ["_order", "-date"]);
var events = uniq(pairs.map(function (d) { return d.event; }));
var props = outMap(events, [S("location")]);
var places = [];
events.forEach(function (e) { append(places, props[e][S("location")] || []); });
var names = nameMap(people.concat(events, places, pairs.map(function (d) { return d.other; })));
var rows = pairs.map(function (d) {
  var loc = props[d.event][S("location")] || [];
  return {
    _order: d._order, source: ref(d.person, names[d.person]), target: ref(d.other, names[d.other]), person: names[d.person], met: names[d.other],
    event: names[d.event], date: d.date, place: loc.length ? names[loc[loc.length - 1]] : ""
  };
});
rows.sort(byKeys(["_order", "-date", "met", "event"]));
rows.forEach(function (r) { delete r._order; });
emitRows(rows, total);
