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
var hits = {}, dates = {};
if (nodes.length) {
  // Releases are told by their IRIs' kind: a Has on rdf:type would read
  // a quad more for each of NATO's thousands. Their dates are read in one
  // traversal from the entities, not by starting again at each release.
  [S("mentions"), S("about")].forEach(function (p) {
    var releases = vs(nodes).Tag("entity").In(p).Tag("release");
    releases.ForEach(function (d) {
      if (kindOf(d.release) === "release") { hits[d.entity + "|" + d.release] = d; }
    });
    releases.Out(S("datePublished")).ForEach(function (d) {
      keepLeast(dates, d.release, d.id);
    });
  });
}
var list = Object.keys(hits).map(function (k) { return hits[k]; });
var names = nameMap(nodes);
var rows = list.map(function (d) {
  return {entity: names[d.entity], date: value(dates[d.release]), node: d.release, release: value(d.release)};
});
var total = rows.length;
// Dates first, so that only the releases that can make the page are
// read in full.
rows = pageCut(rows, ["entity", "-date", "release"]);
var heads = outMap(uniq(rows.map(function (r) { return r.node; })), [S("headline")]);
emitRows(rows.map(function (r) {
  return {entity: r.entity, date: r.date, headline: first(heads, r.node, S("headline")), release: r.release};
}), total);
