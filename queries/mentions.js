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
var hits = {};
if (nodes.length) {
  [S("mentions"), S("about")].forEach(function (p) {
    vs(nodes).Tag("entity").In(p).Has(RDF_TYPE, S("NewsArticle")).Tag("release").ForEach(function (d) {
      hits[d.entity + "|" + d.release] = d;
    });
  });
}
var list = Object.keys(hits).map(function (k) { return hits[k]; });
var rels = uniq(list.map(function (d) { return d.release; }));
var props = outMap(rels, [S("datePublished"), S("headline")]);
var names = nameMap(nodes);
var rows = list.map(function (d) {
  return {
    entity: names[d.entity], date: first(props, d.release, S("datePublished")),
    headline: first(props, d.release, S("headline")), release: value(d.release)
  };
});
rows.sort(byKeys(["entity", "-date", "release"]));
emitRows(rows);
