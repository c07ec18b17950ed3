// Whom a person met: the other people who attended the same events, with
// each event, its date and place. Tagged source and target, so Cayley's
// Visualize view draws the pairs.
//
// @param person required the person's name, in any form ("Rutte", "mark rutte")
// @example natokg query people-met --param person=Rutte
var seen = {};
findPeople(require("person")).forEach(function (p) {
  g.V(p).In(S("attendee")).Tag("event").Out(S("attendee")).Tag("other").ForEach(function (d) {
    if (d.other === p) { return; }
    var k = d.other + "|" + d.event;
    if (seen[k]) { return; }
    seen[k] = true;
    var date = "", place = "";
    g.V(d.event).Out(S("startDate")).ForEach(function (x) { date = value(x.id); });
    g.V(d.event).Out(S("location")).ForEach(function (x) { place = name(x.id); });
    g.Emit({source: ref(p), target: ref(d.other), person: name(p), met: name(d.other), event: name(d.event), date: date, place: place});
  });
});
