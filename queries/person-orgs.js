// The organisations a person is linked to, and how: "post" (a post the
// person holds is in it; a national post points to its country), "event"
// (it organised an event the person attended) and, with mentioned=yes,
// "mentioned" (a release names both), each with the releases that say so
// and their count: posts first, then events, then mentions, each by count.
//
// @param person:person required the person's name, in any form ("Rutte", "mark rutte", "Frostadottir")
// @param mentioned:flag optional yes to add the organisations named in the same releases as the person
// @example natokg query person-orgs --param person=Rutte --param mentioned=yes
var people = entity("person");
var links = {}; // person|org|how -> {person, org, how, detail: {}, releases: {}}
var link = function (person, org, how, detail, release) {
  var k = person + "|" + org + "|" + how;
  var l = links[k] || (links[k] = {person: person, org: org, how: how, detail: {}, releases: {}});
  if (detail) { l.detail[detail] = true; }
  if (release) { l.releases[release] = true; }
};
if (people.length) {
  // Posts: the release is the label of the org:holds quad.
  var holds = [];
  vs(people).Tag("person").LabelContext(g.V(), "release").Out(ORG("holds")).Tag("post").ForEach(function (d) { holds.push(d); });
  var posts = outMap(uniq(holds.map(function (d) { return d.post; })), [ORG("postIn"), ORG("role")]);
  var roles = [];
  Object.keys(posts).forEach(function (p) { append(roles, posts[p][ORG("role")] || []); });
  var roleNames = nameMap(roles);
  holds.forEach(function (d) {
    var role = (posts[d.post][ORG("role")] || []).map(function (r) { return roleNames[r]; }).join("; ");
    (posts[d.post][ORG("postIn")] || []).forEach(function (o) { link(d.person, o, "post", role, d.release); });
  });
  // Events: the release is the label of the schema:organizer quad. Read
  // in one traversal from each person (the busiest attended ten thousand
  // events, each read once: eventsOf), and only the events a body
  // organised are named.
  var organised = [];
  people.forEach(function (p) {
    eventsOf(p).Tag("event").LabelContext(g.V(), "release").Out(S("organizer")).Tag("org").ForEach(function (d) {
      d.person = p;
      organised.push(d);
    });
  });
  var eventNames = nameMap(organised.map(function (d) { return d.event; }));
  organised.forEach(function (d) { link(d.person, d.org, "event", eventNames[d.event], d.release); });
  // Mentions: organisations named by the releases that name the person.
  if (flag("mentioned")) {
    var rels = [];
    vs(people).Tag("person").In(S("mentions")).Tag("release").ForEach(function (d) {
      if (kindOf(d.release) === "release") { rels.push(d); }
    });
    var byRel = {};
    rels.forEach(function (d) { (byRel[d.release] || (byRel[d.release] = [])).push(d.person); });
    var relList = Object.keys(byRel).sort();
    if (relList.length) {
      var named = [];
      vs(relList).Tag("release").Out(S("mentions")).Tag("org").ForEach(function (d) { named.push(d); });
      var kinds = kindMap(uniq(named.map(function (d) { return d.org; })));
      named.forEach(function (d) {
        if (kinds[d.org] !== "org") { return; }
        byRel[d.release].forEach(function (p) { link(p, d.org, "mentioned", "", d.release); });
      });
    }
  }
}
var list = Object.keys(links).map(function (k) { return links[k]; });
var names = nameMap(list.map(function (l) { return l.person; }).concat(list.map(function (l) { return l.org; })));
var order = {post: 0, event: 1, mentioned: 2};
var rows = list.map(function (l) {
  var releases = Object.keys(l.releases).sort();
  return {
    person: names[l.person], org: names[l.org], how: l.how, _order: order[l.how],
    detail: Object.keys(l.detail).sort().join("; "), count: releases.length, releases: releases.map(value)
  };
});
rows.sort(byKeys(["person", "_order", "-count", "org"]));
rows.forEach(function (r) { delete r._order; });
emitRows(rows);
