// The releases that mention an entity: a person, organisation, place or
// event named in any form (an event counts when a release is about it),
// each with the release's date and headline, newest first.
//
// @param entity:entity required the entity's name, in any form ("Dayton", "NATO", "Frostadottir", "Washington Summit")
// @param kind optional only entities of this kind: person, org, place or event
// @example natokg query mentions --param entity=Dayton
var kinds = params.kind ? [fold(params.kind).replace(/^organi[sz]ation$/, "org")] : null;
if (kinds && ["person", "org", "place", "event"].indexOf(kinds[0]) < 0) {
  fail("kind", "mentions: kind=" + JSON.stringify(params.kind) + " is not a kind of entity: write person, org, place or event");
}
var nodes = entity("entity", kinds);
var names = nameMap(nodes);
byName(nodes, names);
// Each release that names an entity or is about it, once. Where the
// figures keep the releases naming each entity by month, and the page is
// small beside the answer (NATO is named by every release), only the
// latest months that make the page are read, and the figures count the
// rest.
var hits = {}, found = 0, total = keepsMentions() ? figureSum(nodes, iri(VOC.kgMentionCount)) : 0;
var byMonths = byMonthsFor(total, keepsMentions);
var hit = function (d) {
  var k = d.entity + "|" + d.release;
  if (!hits[k]) { hits[k] = d; found++; }
};
if (byMonths) {
  latestMonths(nodes, function (x, m) {
    g.V(m).Out(iri(VOC.kgMonthMention)).ForEach(function (d) { hit({entity: x, release: d.id}); });
    return found;
  }, iri(VOC.kgMentionMonth));
} else if (nodes.length) {
  // Releases are told by their IRIs' kind: a Has on rdf:type would read
  // a quad more for each of NATO's thousands.
  [S("mentions"), S("about")].forEach(function (p) {
    vs(nodes).Tag("entity").In(p).Tag("release").ForEach(function (d) {
      if (kindOf(d.release) === "release") { hit(d); }
    });
  });
}
var list = Object.keys(hits).map(function (k) { return hits[k]; });
// The releases' dates, in one traversal.
var dates = {}, releases = uniq(list.map(function (d) { return d.release; }));
if (releases.length) {
  vs(releases).Tag("release").Out(S("datePublished")).ForEach(function (d) { keepLeast(dates, d.release, d.id); });
}
var rows = list.map(function (d) {
  return {entity: names[d.entity], _eid: d.entity, date: value(dates[d.release]), node: d.release, release: value(d.release)};
});
if (!byMonths) { total = rows.length; }
// Dates first, so that only the releases that can make the page are
// read in full.
rows = pageCut(rows, ["entity", "_eid", "-date", "release"]);
var heads = outMap(uniq(rows.map(function (r) { return r.node; })), [S("headline")]);
emitRows(rows.map(function (r) {
  return {entity: r.entity, date: r.date, headline: first(heads, r.node, S("headline")), release: r.release};
}), total);
