// What a person said: the quotations the releases attribute to a person,
// optionally only those that name an entity or contain a word, with the
// release each comes from.
//
// @param person required the speaker's name, in any form ("Rutte")
// @param about optional a person, organisation or place the quotation names, or a word in it ("Ukraine")
// @example natokg query quotes --param person=Rutte --param about=Ukraine
var about = params.about || "";
findPeople(require("person")).forEach(function (p) {
  g.V(p).In(S("creator")).Tag("quote").Out(S("text")).Tag("text").ForEach(function (d) {
    var text = value(d.text);
    if (about) {
      var named = false;
      g.V(d.quote).Out(S("mentions")).Out(NAMES).ForEach(function (n) { if (matches(value(n.id), about)) { named = true; } });
      if (!named && fold(text).indexOf(fold(about)) < 0) { return; }
    }
    var rel = "";
    g.V(d.quote).Out(S("citation")).Out(DERIVED_FROM).ForEach(function (r) { rel = value(r.id); });
    g.Emit({person: name(p), quote: text, date: releaseDate("<" + rel + ">"), release: rel});
  });
});
