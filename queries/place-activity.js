// The people and events at a place: the events held there or at any place
// within it (Brussels takes in NATO Headquarters and Egmont Palace), each
// with its date, kind, exact place and attendees, newest first; with from
// and to, only events whose days meet that span.
//
// @param place:place required the place's name, in any form ("Brussels", "NATO HQ")
// @param from:date optional an ISO date (2025-05-01, or 2025-05): only events on or after it
// @param to:date optional an ISO date (2025-05-31, or 2025-05): only events on or before it
// @example natokg query place-activity --param place=Brussels --param from=2025-05-01 --param to=2025-05-31
var from = params.from || "", to = params.to || "";
var roots = entity("place");
// The places within, breadth first, each once (a loop in the data stops).
var within = {}, frontier = roots.slice();
roots.forEach(function (p) { within[p] = true; });
while (frontier.length) {
  var next = [];
  vs(frontier).In(S("containedInPlace")).ForEach(function (d) {
    if (!within[d.id]) { within[d.id] = true; next.push(d.id); }
  });
  frontier = next;
}
var places = Object.keys(within).sort();
var located = {};
var at = function (d) { if (within[d.place]) { (located[d.event] || (located[d.event] = [])).push(d.place); } };
// Without dates, a page of a busy place's events (NATO Headquarters:
// tens of thousands) is read month by month, newest first, from the
// months of the releases that name its places (the figures'); the whole
// answer is then not counted, and the count given is a lower bound.
var walked = !from && !to && places.length ? walkMonths(places, at, function () { return Object.keys(located).length; }) : -1;
// With both dates, the events that start in the span or the month
// before it (which may still run in it), then where they were; but a
// place named by few releases is read from its own events, cheaper than
// every event of the span's days (walkCost events a month). Without
// dates, and not walked: every event at the places.
var days = from && to ? dateValues(daysBefore(from, 31), to, 3660) : null;
if (days !== null && fewerThanMonths(places, days.filter(function (v) { return v.indexOf("#gYearMonth>") >= 0; }).length)) { days = null; }
if (walked < 0 && days !== null) {
  placedOn(days, at);
} else if (walked < 0 && places.length) {
  vs(places).Tag("place").In(S("location")).Tag("event").ForEach(at);
}
// Each event's days first, so that only the events that can make the
// page are read in full (thousands of events were held in Brussels).
var events = Object.keys(located).sort();
var days = outMap(events, [S("startDate"), S("endDate")]);
var dated = events.map(function (e) {
  return {e: e, date: first(days, e, S("startDate")), end: first(days, e, S("endDate"))};
}).filter(function (d) { return overlaps(d.date, d.end, from, to); });
var total = dated.length;
events = pageCut(dated, ["-date"]).map(function (d) { return d.e; });
var props = outMap(events, [S("startDate"), S("endDate"), S("additionalType"), S("attendee")]);
var people = [];
events.forEach(function (e) { append(people, props[e][S("attendee")] || []); });
var names = nameMap(events.concat(places, people, roots));
var rows = events.map(function (e) {
  return {
    place: roots.map(function (r) { return names[r]; }).join("; "),
    at: uniq(located[e]).map(function (p) { return names[p]; }).sort().join("; "),
    event: names[e], date: first(props, e, S("startDate")), end: first(props, e, S("endDate")),
    kind: first(props, e, S("additionalType")),
    attendees: (props[e][S("attendee")] || []).map(function (p) { return names[p]; }).sort()
  };
});
rows.sort(byKeys(["-date", "event"]));
emitRows(rows, total, walked >= 0);
