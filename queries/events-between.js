// The events that begin between two dates: each with its date, end date,
// kind, place, attendees and organisers, newest first. A partial start date
// ("2025-05", "2025") counts when the span it stands for meets the dates
// asked.
//
// @param from:date required the first day, an ISO date (2025-05-22; 2025-05 means from its first day)
// @param to:date required the last day, an ISO date (2025-05-23; 2025-05 means to its last day)
// @param kind optional the kind of event ("meeting", "summit", "press conference")
// @example natokg query events-between --param from=2025-05-22 --param to=2025-05-23
var from = require("from"), to = require("to"), kind = params.kind || "";
var starts = {};
var start = function (event, date) {
  var s = value(date);
  if (overlaps(s, "", from, to)) { keepLeast(starts, event, s); }
};
// The events that start on each day, month and year of the span; over
// ten years, one pass over the start dates of all events. Where a page is
// asked for and no kind, the dates are read newest first until a row
// past the page is found: a month of NATO's whole archive holds
// thousands of events, and the answer then says only that more exist.
var days = dateValues(from, to, 3660), cut = false;
if (days === null) {
  g.V().Tag("event").Out(S("startDate")).ForEach(function (d) { start(d.event, d.id); });
} else if (pageEnd() && !kind) {
  var last = startingNewest(days, start, function () { return Object.keys(starts).length > pageEnd(); });
  // An event read at a later date that also starts before the last date
  // read would sort among the events not read: then read those too.
  var read = last ? outMap(Object.keys(starts), [S("startDate")]) : {};
  cut = last !== "" && !Object.keys(read).some(function (e) {
    return (read[e][S("startDate")] || []).some(function (d) { return overlaps(value(d), "", from, to) && value(d) < last; });
  });
  if (last && !cut) { startingOn(days.filter(function (d) { return value(d) < last; }), start); }
} else {
  startingOn(days, start);
}
var events = Object.keys(starts).sort();
if (kind) {
  var kinds = outMap(events, [S("additionalType")]);
  events = events.filter(function (e) {
    return (kinds[e][S("additionalType")] || []).some(function (k) { return matches(value(k), kind); });
  });
}
var total = events.length;
// Dates first, so that only the events that can make the page are read
// in full (a month of NATO's whole archive holds hundreds).
events = pageCut(events.map(function (e) { return {node: e, date: starts[e]}; }), ["-date"])
  .map(function (r) { return r.node; });
var props = outMap(events, [S("endDate"), S("additionalType"), S("location"), S("attendee"), S("organizer")]);
var all = [];
var list = function (e, p) { return props[e][p] || []; };
events.forEach(function (e) {
  all.push(e);
  [S("location"), S("attendee"), S("organizer")].forEach(function (p) { append(all, list(e, p)); });
});
var names = nameMap(all);
var named = function (e, p) { return list(e, p).map(function (n) { return names[n]; }).sort(); };
var rows = events.map(function (e) {
  return {
    event: names[e], date: starts[e], end: first(props, e, S("endDate")),
    kind: list(e, S("additionalType")).map(value).join("; "),
    place: named(e, S("location")).join("; "),
    attendees: named(e, S("attendee")), organizers: named(e, S("organizer"))
  };
});
rows.sort(byKeys(["-date", "event"]));
emitRows(rows, total, cut);
