package extract

import (
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/natokg/natokg"
)

// stages runs the stages up to the people over a title and a body.
type stages struct {
	res    Resolved
	people *People
}

func runStages(t *testing.T, body string) stages {
	t.Helper()
	return runTitled(t, "Title", body)
}

// runTitled runs the stages up to the people over a release with the
// given title.
func runTitled(t *testing.T, title, body string) stages {
	t.Helper()
	x := testExtractor(t)
	r := &natokg.Release{Title: title, Source: "NATO", Body: body}
	tx := Tokenize(r.Text(), x.abbrev)
	dates := x.dates.Find(tx)
	res := x.resolver.Resolve(tx, x.recognizer.Candidates(tx, dates.Mentions))
	dl := dateline(tx, res.Mentions)
	posts := x.posts.Find(tx, res.Mentions, PostContext{Publisher: "North Atlantic Treaty Organization", Dateline: dl, MainCountry: x.mainCountry(tx, res.Mentions, res.Named, dl),
		HostCountry: x.hostCountry(res.Mentions, dl, "North Atlantic Treaty Organization")})
	people := x.people.Find(tx, res.Mentions, res.Named, posts)
	return stages{res: res, people: people}
}

// postsMarked lists the people's posts as "NAME: ROLE @ ORG", with
// " (former)" after a post left, sorted.
func (s stages) postsMarked() []string {
	var out []string
	for _, p := range s.people.List {
		for _, q := range p.Posts {
			former := ""
			if q.Former {
				former = " (former)"
			}
			out = append(out, fmt.Sprintf("%s: %s @ %s%s", p.Name, q.Role, q.Org, former))
		}
	}
	sort.Strings(out)
	return out
}

// postsOf lists the people's posts as "NAME: ROLE @ ORG", sorted.
func (s stages) postsOf() []string {
	var out []string
	for _, p := range s.people.List {
		for _, q := range p.Posts {
			out = append(out, fmt.Sprintf("%s: %s @ %s", p.Name, q.Role, q.Org))
		}
	}
	sort.Strings(out)
	return out
}

// TestOneEventPerHappening checks that an undated event told again, of
// the same kind, place and people, is the event told before (joinRepeats),
// and that a past event dated by its year alone sets no scene for the
// sentences after it (yearOnly).
func TestOneEventPerHappening(t *testing.T) {
	body := "Dayton, 22 May 2025 – General Tom Rask, the Deputy Chair of the NATO Military Committee, took part in the Public Forum of the NATO Parliamentary Assembly Spring Session. General Rask intervened in a panel discussion on the defence industry.\n\nFrom 22 to 26 May 2025, Dayton hosted the Spring Session. The region is home to Wright-Patterson Air Force Base, where the Dayton Accords were signed in 1995.\n\nDCMC participated in a panel on industry.\n\nIn the panel discussion, DCMC pointed out that industry matters."
	f := testExtractor(t).Extract(&natokg.Release{Title: "Title", Source: "NATO", Body: body})
	var panels []string
	for _, e := range f.Events {
		if e.Kind == "panel discussion" {
			panels = append(panels, e.Location)
		}
	}
	if !slices.Equal(panels, []string{"Dayton"}) {
		t.Errorf("panel discussions at %q, want one at Dayton", panels)
	}
}

// TestGroupCountries checks that the countries of a group of people
// ("the ambassadors of Albania, ... and Slovakia") give no later post in
// their sentence its country (talkedOf).
func TestGroupCountries(t *testing.T) {
	body := "The delegation, with the ambassadors of Albania, Bulgaria, the Czech Republic, Estonia, Latvia and Slovakia, met the Deputy Prime Minister, Anna Berg, in Kyiv on 13 October 2022."
	f := testExtractor(t).Extract(&natokg.Release{Title: "Title", Source: "NATO", Body: body})
	for _, p := range f.People {
		for _, q := range p.Posts {
			if q.Org == "Slovakia" {
				t.Errorf("%s: %s of %s, a country of the ambassadors", p.Name, q.Role, q.Org)
			}
		}
	}
}

// titledPosts is a release's title and body and the posts its people
// must hold ("NAME: ROLE @ ORG", " (former)" after a post left), sorted.
type titledPosts struct {
	title, body string
	want        []string
}

// checkTitledPosts runs the stages up to the people over each case and
// compares the posts they give.
func checkTitledPosts(t *testing.T, tests []titledPosts) {
	t.Helper()
	for _, tc := range tests {
		if got := runTitled(t, tc.title, tc.body).postsMarked(); !slices.Equal(got, tc.want) {
			t.Errorf("%q:\n got %q\nwant %q", tc.body, got, tc.want)
		}
	}
}

// TestTitleCountry checks whose a post is that "the country's" or a
// bare national title names: the one country of the title, whatever the
// body names more often; else the one the release names most. A former
// state's posts are its own.
func TestTitleCountry(t *testing.T) {
	checkTitledPosts(t, []titledPosts{
		{"Chairman holds talks in Albania", "Tirana, 7 November 2014 – General Ann Ray met the country's President, Mr Ivo Petrov, and the Minister of Defence, Mr Tom Rask. She thanked the country for its troops in Afghanistan. Its forces served in Afghanistan for years and still train in Afghanistan.",
			[]string{"Ivo Petrov: President @ Albania", "Tom Rask: Minister of Defence @ Albania"}},
		{"Chairman holds talks", "General Ann Ray visited Albania. She met the country's President, Mr Ivo Petrov, and thanked him for the country's troops in Afghanistan. Albania sent troops to Afghanistan and to Kosovo, and Albania trains them.",
			[]string{"Ivo Petrov: President @ Albania"}},
		{"Italian General Tom Rask takes command of ISAF in Afghanistan", "Kabul, 4 August 2005 – General Tom Rask of the Italian Army took over command of the force. Italy's troops and Italy's Minister of Defence, Mr Ivo Berg, attended. The country's President, Mr Jan Holm, spoke.",
			[]string{"Ivo Berg: Minister of Defence @ Italy", "Jan Holm: President @ Afghanistan", "Tom Rask: Commander @ International Security Assistance Force"}},
		{"Secretary General returns to Belgrade for talks on Kosovo", "Belgrade, 18 July 2005 – The Secretary General came back to Belgrade. Kosovo, the future of Kosovo and the talks on Kosovo were discussed. He met the President, Mr Ivo Berg.",
			[]string{"Ivo Berg: President @ Serbia"}},
		{"Talks in Brussels with Serbia and Montenegro", "Brussels, 3 May 2005 – The Secretary General met Vuk Drašković, Foreign Minister of Serbia and Montenegro.",
			[]string{"Vuk Drašković: Foreign Minister @ Serbia and Montenegro"}},
	})
}

// TestChangesOfCommand checks that a change of command whose verb names no
// body ("relinquished command to", "assumed command from") is one of the
// body its sentence names before the first person, the unit rather than
// the force it is of, or else of the body the release's title names
// (contextBody); that "command of X and of Y" is the command of both;
// that "Having taken command of X, General Y" is Y's (subjectAfterHaving);
// and that "X will take over from Y", which names no post, is a change of
// the post the release's title names and states earlier with "as" of X
// (postTakenUp), not of another post of X's; and that "handed over the
// command of X" names X as "handed over command of X" does
// (commandedBody).
func TestChangesOfCommand(t *testing.T) {
	checkTitledPosts(t, []titledPosts{
		{"Title", "Pristina, 3 May 2022 – The ceremony of the Polish Military Contingent of KFOR was held at Camp Novo Selo, where Lieutenant Colonel Tom Rask relinquished command to Lieutenant Colonel Ivo Berg.",
			[]string{"Ivo Berg: Commander @ Polish Military Contingent", "Tom Rask: Commander @ Polish Military Contingent (former)"}},
		{"Title", "Izmir, 2 March 2016 – General Tom Rask took over command of Allied Land Command and of the NATO Rapid Deployable Corps Turkey from General Ivo Berg.",
			[]string{"Ivo Berg: Commander @ Allied Land Command (former)", "Ivo Berg: Commander @ NATO Rapid Deployable Corps - Türkiye (former)", "Tom Rask: Commander @ Allied Land Command", "Tom Rask: Commander @ NATO Rapid Deployable Corps - Türkiye"}},
		{"Title", "Stavanger, 19 August 2019 – Having taken command of NATO's Joint Warfare Centre on 10 July 2019, Rear Admiral Tom Rask has spent the past weeks in the region.",
			[]string{"Tom Rask: Commander @ Joint Warfare Centre"}},
		{"Title", "A Change of Command was held at NATO's Allied Land Command on Friday, 29 June 2018, when U.S. Army Lieutenant General Tom Rask handed command over to Lieutenant General Ivo Berg.",
			[]string{"Ivo Berg: Commander @ Allied Land Command", "Tom Rask: Commander @ Allied Land Command (former)"}},
		{"Title", "A Change of Command was held at NATO's Allied Land Command on Friday, 29 June 2018, when Lieutenant General Tom Rask handed command over to the Deputy Commander, Italian Army Lieutenant General Ivo Berg.",
			[]string{"Ivo Berg: Commander @ Allied Land Command", "Ivo Berg: Deputy Commander @ Allied Land Command", "Tom Rask: Commander @ Allied Land Command (former)"}},
		{"Title", "Souda Bay, 3 May 2019 – Captain Tom Rask of the Royal Danish Navy turned command of Standing NATO Mine Countermeasures Group One over to Captain Ivo Berg of the Royal Norwegian Navy.",
			[]string{"Ivo Berg: Commander @ Standing NATO Mine Countermeasures Group 1", "Tom Rask: Commander @ Standing NATO Mine Countermeasures Group 1 (former)"}},
		{"Title", "Salamis, 29 July 2016 – Ships of SNMCMG2 met units of the Hellenic Navy for the ceremony. Captain Tom Rask turned command of the group over to Captain Ivo Berg.",
			[]string{"Ivo Berg: Commander @ Standing NATO Mine Countermeasures Group 2", "Tom Rask: Commander @ Standing NATO Mine Countermeasures Group 2 (former)"}},
		{"Title", "Stavanger, 8 August 2019 – After assuming command of NATO's Joint Warfare Centre (JWC) on July 10, 2019, Rear Admiral Tom Rask paid courtesy visits.",
			[]string{"Tom Rask: Commander @ Joint Warfare Centre"}},
		{"Title", "Tapa, 3 May 2019 – During the ceremony, the command over the eFP Battlegroup Estonia was handed over from Lieutenant Colonel Tom Rask to Lieutenant Colonel Ivo Berg.",
			[]string{"Ivo Berg: Commander @ Enhanced Forward Presence Battlegroup Estonia", "Tom Rask: Commander @ Enhanced Forward Presence Battlegroup Estonia (former)"}},
		{"Title", "Swinoujscie, 8 January 2024 – Commander Tom Rask of the Polish Navy handed over the command of Standing NATO Mine Countermeasures Group One (SNMCMG1) to Commander Ivo Berg of the German Navy.",
			[]string{"Ivo Berg: Commander @ Standing NATO Mine Countermeasures Group 1", "Tom Rask: Commander @ Standing NATO Mine Countermeasures Group 1 (former)"}},
		{"Title", "Herat, 15 July 2007 – Brigadier General Tom Rask transferred responsibility of Regional Command West to Brigadier General Ivo Berg.",
			[]string{"Ivo Berg: Commander @ Regional Command West", "Tom Rask: Commander @ Regional Command West (former)"}},
		{"New Supreme Allied Commander Transformation", "Brussels, 6 August 2012 – The North Atlantic Council approved the nomination of General Tom Rask as Supreme Allied Commander Transformation. General Rask is now serving as the Chief of Staff of the Danish Air Force. General Rask will be taking over from General Ivo Berg.",
			[]string{"Ivo Berg: Supreme Allied Commander Transformation @ North Atlantic Treaty Organization (former)", "Tom Rask: Chief of Staff @ Danish Air Force", "Tom Rask: Supreme Allied Commander Transformation @ North Atlantic Treaty Organization"}},
		{"Council approves a nomination", "Brussels, 6 August 2012 – The North Atlantic Council approved the nomination of General Tom Rask as Supreme Allied Commander Transformation. General Rask is now serving as the Chief of Staff of the Danish Air Force. General Rask will be taking over from General Ivo Berg.",
			[]string{"Tom Rask: Chief of Staff @ Danish Air Force", "Tom Rask: Supreme Allied Commander Transformation @ North Atlantic Treaty Organization"}},
		{"Title", "Souda Bay, 3 June 2009 – Commodore Tom Rask took over SNMG2 from Rear Admiral Ivo Berg of the Italian Navy.",
			[]string{"Ivo Berg: Commander @ Standing NATO Maritime Group 2 (former)", "Tom Rask: Commander @ Standing NATO Maritime Group 2"}},
		{"Title", "Norfolk, 28 September 2012 – General Tom Rask took command of Allied Command Transformation from General Ivo Berg.",
			[]string{"Ivo Berg: Supreme Allied Commander Transformation @ North Atlantic Treaty Organization (former)", "Tom Rask: Supreme Allied Commander Transformation @ North Atlantic Treaty Organization"}},
		{"Title", "Mons, 3 May 2019 – General Tom Rask assumed command of Allied Command Operations (ACO) from General Ivo Berg in a change of command ceremony held at SHAPE.",
			[]string{"Ivo Berg: Supreme Allied Commander Europe @ North Atlantic Treaty Organization (former)", "Tom Rask: Supreme Allied Commander Europe @ North Atlantic Treaty Organization"}},
		{"A General Becomes Chairman of the Military Committee", "Brussels, 17 November 2011 – Today, General Tom Rask assumed his position as Chairman of the NATO Military Committee. General Rask succeeds Admiral Ivo Berg.",
			[]string{"Ivo Berg: Chairman @ NATO Military Committee (former)", "Tom Rask: Chairman @ NATO Military Committee"}},
		{"Title", "Pristina, 28 November 2018 – Major General Tom Rask relieved Major General Ivo Berg, becoming KFOR's latest commander in its 19-year history.",
			[]string{"Ivo Berg: Commander @ Kosovo Force (former)", "Tom Rask: Commander @ Kosovo Force"}},
		{"Title", "Brussels, 1 October 2014 – Mr Tom Rask took up his post as NATO Secretary General today. The former Prime Minister was appointed by the Allies in March to succeed Mr Ivo Berg as Secretary General.",
			[]string{"Ivo Berg: Secretary General @ North Atlantic Treaty Organization (former)", "Tom Rask: Secretary General @ North Atlantic Treaty Organization"}},
		{"Title", "Brussels, 24 September 2024 – On Tuesday, 1 October 2024, NATO Secretary General Tom Rask's tenure will come to an end. He will be succeeded by Mr Ivo Berg, former Prime Minister of the Netherlands.",
			[]string{"Ivo Berg: Prime Minister @ Netherlands (former)", "Ivo Berg: Secretary General @ North Atlantic Treaty Organization", "Tom Rask: Secretary General @ North Atlantic Treaty Organization"}},
		{"Transfer of Authority in Regional Command-South", "Kandahar, 1 May 2007 – Major General Tom Rask, of the United Kingdom, assumed command from Major General Ivo Berg, of the Netherlands.",
			[]string{"Ivo Berg: Commander @ Regional Command-South (former)", "Tom Rask: Commander @ Regional Command-South"}},
	})
}

// The grammar of posts: every arrangement of title and name that
// releases use gives the post to the right person, with its organisation
// or country only from the post's own phrase.
func TestPostRules(t *testing.T) {
	tests := []struct {
		rule, body string
		want       []string
	}{
		{"fieldWord, fieldOpens, fieldHead: field words of a title after a body or a demonym that \"the\" opens; a head written as the naval rank; a mixed-case acronym matches no name", "Constanta, 3 May 2017 – The ceremony was attended by the Danish Hawk Force Commander, Colonel Tom Rask, the Latvian Base Commander, Colonel Ivo Berg, the RAF Detachment Commander, Wing Commander Andrew Coe, and the Base Flight Safety Officer Major Jan Holm.",
			[]string{"Tom Rask: Hawk Force Commander @ Denmark", "Ivo Berg: Base Commander @ Latvia", "Andrew Coe: Commander @ RAF Detachment"}},
		{"nameFirstList, postAfter: in a list of names each followed by its title, a title that \"the\" opens after a name is that name's, not the peer's after it, whose own title is a former one", "Edinburgh, 3 May 2009 – The session was addressed by Tom Rask, the NATO Parliamentary Assembly's President, Lord Berg of Hull, former NATO Secretary General, and others.",
			[]string{"Tom Rask: President @ NATO Parliamentary Assembly", "Lord Berg of Hull: Secretary General @ North Atlantic Treaty Organization"}},
		{"bodysForces: a body's forces in lower case after a title's \"of\" are the body, and the holder's rank follows", "Kabul, 3 May 2011 – He met the Commander of ISAF forces General Tom Rask and Ivo Berg, Commander of KFOR troops, on Monday.",
			[]string{"Tom Rask: Commander @ International Security Assistance Force", "Ivo Berg: Commander @ Kosovo Force"}},
		{"bodysForces, mission-heads.tsv: a body's mission in lower case, perhaps after a word that qualifies it, after a title's \"of\" is the body", "Islamabad, 3 November 2005 – According to the commander of the NATO Response Force (NRF) relief mission, Vice Admiral Tom Rask, the team moved fast. Ivo Berg, Commander of the KFOR mission, agreed.",
			[]string{"Tom Rask: Commander @ NATO Response Force", "Ivo Berg: Commander @ Kosovo Force"}},
		{"command-verbs.tsv: \"assumed authority of\" a body from an officer is a change of command", "Kabul, 3 May 2008 – Lieutenant Colonel Tom Rask assumed authority of ISAF's Zabul Provincial Reconstruction Team from Lieutenant Colonel Ivo Berg in a ceremony.",
			[]string{"Tom Rask: Commander @ Zabul Provincial Reconstruction Team", "Ivo Berg: Commander @ Zabul Provincial Reconstruction Team"}},
		{"possessedLowerTitle: a head in lower case after a body's possessive, past a word of status, before a comma, a stop or the holder's name", "Pristina, 3 May 2018 – KFOR's new commander, General Tom Rask, arrived. Major General Ivo Berg relieved Major General Jan Holm, becoming KFOR's latest commander.",
			[]string{"Tom Rask: Commander @ Kosovo Force", "Ivo Berg: Commander @ Kosovo Force", "Jan Holm: Commander @ Kosovo Force"}},
		{"fieldThenHolder, fieldWordIn: capitalised words after a title that name no field are its holder's name, not its field", "Skopje, 3 May 2010 – He met Deputy Prime Minister Abdulakim Tomski, Mr Ivo Berg, and Mr Tom Rask.",
			[]string{"Abdulakim Tomski: Deputy Prime Minister @ "}},
		{"roleNotRank, owner: a venue's name before \"Commander\" (role-heads.tsv: the seat \"base\") makes it a title of the base, not the naval rank", "Keflavik, 3 May 2019 – \"It works,\" said Tom Rask, Keflavik Air Base Commander. The Camp Bondsteel Commander, Colonel Ivo Berg, spoke.",
			[]string{"Tom Rask: Commander @ Keflavík Air Base", "Ivo Berg: Commander @ Camp Bondsteel"}},
		{"orgs.tsv: the AWACS force's E-3A Component, however its code is written", "Geilenkirchen, 3 May 2018 – \"It works,\" said Colonel Tom Rask, Deputy E3-A Component Commander, Royal Netherlands Air Force.",
			[]string{"Tom Rask: Deputy Commander @ NATO E-3A Component"}},
		{"bracketedTitle: a caption's title in brackets after a name, with the country whose post it is", "Brussels, 5 December 2012 – Left to right: Tomas Rasku (Minister of Foreign Affairs, Afghanistan) shaking hands with NATO Secretary General Ivo Berg. He talked with Ershad Holm (Deputy Minister of Defence, Estonia) on Monday.",
			[]string{"Tomas Rasku: Minister of Foreign Affairs @ Afghanistan", "Ershad Holm: Deputy Minister of Defence @ Estonia", "Ivo Berg: Secretary General @ North Atlantic Treaty Organization"}},
		{"nameOfBody: a given name and a surname before \"of\" and a body are a person of that body, not a body's name", "Djibouti, 3 November 2013 – The threat remains, said the Chair of the Contact Group, Donna Rask of the U.S. State Department.",
			[]string{"Donna Rask: Chair @ Contact Group"}},
		{"addNameBefore: honours between commas after a name, before its post in lower case", "Innsworth, 3 May 2016 – \"Welcome,\" said Lt. Gen. Tom Rask, CBE DSO, commander of the ARRC.",
			[]string{"Tom Rask: Commander @ Allied Rapid Reaction Corps"}},
		{"Text.Possessive, roleNotRank: an apostrophe alone after a body's name in s is its possessive, and \"Commander\" after it the body's title, not the naval rank", "Fairford, 3 May 2020 – The Allied Rapid Reaction Corps’ Commander, Lieutenant General Ivo Berg, briefed the visitors.",
			[]string{"Ivo Berg: Commander @ Allied Rapid Reaction Corps"}},
		{"orgAfter, Gazetteer.partOf: a parent body's name before a body of its own after a title's \"of\" is a modifier; the post is the inner body's", "Brussels, 3 May 2006 – The Permanent Chairman of the Alliance Conference of National Armaments Directors, Tom Rask, and the Chairman of the NATO Military Committee, General Ivo Berg, signed the study.",
			[]string{"Tom Rask: Permanent Chairman @ Conference of National Armaments Directors", "Ivo Berg: Chairman @ NATO Military Committee"}},
		{"roles.tsv, role-modifiers.tsv: a First Lady's title before her name, with the demonym's country; \"Emerita\" after a head stays in the title", "Kabul, 3 May 2015 – Afghan First Lady Rula Tomski said so. Speaker Emerita of the United States House of Representatives, Eva Holm, spoke.",
			[]string{"Rula Tomski: First Lady @ Afghanistan", "Eva Holm: Speaker Emerita @ United States House of Representatives"}},
		{"spelledField, spelledOut: an acronym for a title's field is written as the words the text spells it out with", "Brussels, 19 January 2024 – The new Advisory Panel on Women, Peace, and Security (WPS) met under the Secretary General's Special Representative for WPS Tom Rask.",
			[]string{"Tom Rask: Special Representative for Women, Peace, and Security @ North Atlantic Treaty Organization"}},
		{"lowerFieldOfTitle, field-nouns.tsv: a capitalised title's field in lower case after \"for\" that ends the phrase; not what a verb of thanks is for", "Prague, 3 May 2009 – Tom Rask served as NATO Assistant Secretary General for defence matters (1984-87). The Minister, Ivo Berg, spoke. He thanked the Minister for defence support.",
			[]string{"Tom Rask: Assistant Secretary General for defence matters @ North Atlantic Treaty Organization", "Ivo Berg: Minister @ "}},
		{"knownThenService: a known body's name, then a country's armed service, are two bodies; the title is the first's", "Algiers, 3 May 2023 – Commander, SNMCMG2 Italian Navy Captain Tom Rask welcomed guests on board.",
			[]string{"Tom Rask: Commander @ Standing NATO Mine Countermeasures Group 2"}},
		{"fieldGoesOn: a field's word after a title with \"of\", before the holder's rank, goes on the title", "Keflavik, 3 May 2020 – The NATO representative, Allied Air Command Deputy Chief of Staff Support Air Commodore Tom Rask, thanked Iceland.",
			[]string{"Tom Rask: Deputy Chief of Staff Support @ Allied Air Command"}},
		{"orgAfter: a body and \"at\" or \"in\" a town that the gazetteer names together are that body; \"at\" another town is where the post is held, not its body", "Torrejon, 3 May 2021 – said Lieutenant General Tom Rask, Commander of NATO’s Combined Air Operations Centre at Torrejón. Ivo Berg, Commander of the Joint Force Command in Brunssum, agreed.",
			[]string{"Tom Rask: Commander @ Combined Air Operations Centre Torrejón", "Ivo Berg: Commander @ Joint Force Command Brunssum"}},
		{"soleBody, placeWord: a body whose name ends with a town after its head is a body of that head, so a bare title's body is not the only other one named", "Norfolk, 24 June 2024 – Ministers visited Joint Force Command Norfolk. They were hosted by the Commander – Vice Admiral Tom Rask, United States Navy. They spoke of the growth of Joint Force Command Norfolk. NATO also stood up its Joint Strategic Enablement Command in Ulm.",
			[]string{"Tom Rask: Commander @ Joint Force Command Norfolk"}},
		{"domainAfterAnd: a second field after \"and\" runs to the holder's name that follows it with no comma", "Brussels, 13 July 2011 – Minister of Defence Tom Rask and Deputy Minister of Foreign Affairs and European Integration Andrei Berg of Moldova visited NATO.",
			[]string{"Tom Rask: Minister of Defence @ Moldova", "Andrei Berg: Deputy Minister of Foreign Affairs and European Integration @ Moldova"}},
		{"nameRun: a name of many hyphenated parts runs to its end", "Kuwait, 3 May 2019 – He met the Prime Minister of Kuwait, Sheikh Jaber Al-Mubarak Al-Hamad Al-Sabah.",
			[]string{"Jaber Al-Mubarak Al-Hamad Al-Sabah: Prime Minister @ Kuwait"}},
		{"titleTokens: the last word of a title joined by hyphens opens no body's name", "Vienna, 3 May 2023 – He met the Chairman-in-Office of the OSCE, Tom Rask, on Monday.",
			[]string{"Tom Rask: Chairman-in-Office @ Organization for Security and Co-operation in Europe"}},
		{"rankedHolderAfter, pastService: in a list, a post between a name with no rank and an officer's is the officer's", "Lisbon, 3 May 2018 – The Commander discussed the hub with Ambassador Tom Rask, Chief of the Portuguese Navy, Admiral Ivo Berg, and other officials. The Minister of Foreign Affairs, Eva Holm, Chief NATO Liaison Office, Navy Captain Jan Olsen, met on 4 May.",
			[]string{"Ivo Berg: Chief @ Portuguese Navy", "Jan Olsen: Chief @ NATO Liaison Office"}},
		{"rankedHolderAfter, postAfter: each name's title follows it in a list of titled names", "Oberammergau, 3 May 2006 – Ms Eva Holm, Minister of Foreign Affairs of Croatia, Lieutenant General Tom Rask, Head of Operations of the Afghan Army, and others spoke.",
			[]string{"Eva Holm: Minister of Foreign Affairs @ Croatia"}},
		{"ownCountry, listedAfter: a country inside another post's phrase is that post's, and a post after a clause of its own is no item of its list", "Moscow, 3 May 2010 – During her visit to Russia, Eva Holm, former US Secretary of State, will hold discussions with Foreign Minister Ivo Berg.",
			[]string{"Ivo Berg: Foreign Minister @ Russia"}},
		{"bodysHeadApposed, beforeTitledName, withPost, ApartDash: a body's title in lower case before a colon or a dash and a ranked name, or after a name and a dash", "Tapa, 3 May 2018 – General Ann Lund met 1st Infantry Brigade commander: Colonel Tom Rask and the Scouts Battalion commander - Lt Col Ivo Berg. She then met Colonel Jan Holm - 2nd Infantry Brigade commander.",
			[]string{"Tom Rask: Commander @ 1st Infantry Brigade", "Ivo Berg: Commander @ Scouts Battalion", "Jan Holm: Commander @ 2nd Infantry Brigade"}},
		{"officeVerbs, bodyRightBefore: \"chaired by\" after a body's acronym in brackets, with no comma", "Capellen, 22 November 2018 – NSPA hosted the Military Committee (MC) chaired by Air Chief Marshal Sir Tom Rask. A session of the Council chaired by Dr Ivo Berg followed.",
			[]string{"Tom Rask: Chair @ NATO Military Committee"}},
		{"complement: a body that closes a title in brackets, with no \"of\" or comma, is its body", "Bristol, 6 February 2013 – From left to right: Tom Rask (Director of Procurement NSPA), Ivo Berg (General Manager, NSPA).",
			[]string{"Tom Rask: Director of Procurement @ NATO Support and Procurement Agency", "Ivo Berg: General Manager @ NATO Support and Procurement Agency"}},
		{"bodyEndAt, forComplement: a body its head names after \"for\" is the post's", "Bagram, 3 May 2008 – Colonel Tom Rask, the new Commander for Regional Command East, visited Kabul.",
			[]string{"Tom Rask: Commander @ Regional Command East"}},
		{"officeVerbs, namesBody: a finite verb of office right after its subject, and the body it names", "Bagram, 3 May 2008 – Colonel Tom Rask visited Bagram. Colonel Rask commands the 86th Infantry Brigade Combat Team, based in Vermont. Dr Ivo Berg heads the Centre for Security Studies.",
			[]string{"Tom Rask: Commander @ 86th Infantry Brigade Combat Team", "Ivo Berg: Head @ Centre for Security Studies"}},
		{"abbreviatedUnits, compassLetters, compass.tsv letters: a unit's short form and compass capitals", "Kandahar, 3 May 2008 – Major General Tom Rask, RC-S commander, met Colonel Ivo Berg, RC-SW commander.",
			[]string{"Tom Rask: Commander @ Regional Command South", "Ivo Berg: Commander @ Regional Command Southwest"}},
		{"changingHolder, statedBefore, releaseBody, successorOrg: outgoing and incoming holders of a bare title take the post of the body the release is about, not the presiding officer's", "Uedem, 3 May 2016 – The command of the Combined Air Operations Centre Uedem passed to Belgium. The Combined Air Operations Centre Uedem directs air policing in the north. In a ceremony at Uedem, the Commander of Allied Air Command, General Ann Lund, received the flag from outgoing Commander, Lieutenant General Tom Rask, to hand it over to the incoming Commander, Major General Ivo Berg.",
			[]string{"Ann Lund: Commander @ Allied Air Command", "Tom Rask: Commander @ Combined Air Operations Centre Uedem", "Ivo Berg: Commander @ Combined Air Operations Centre Uedem"}},
		{"bodysHeadApposed, determinedBody: a body's title in lower case before a comma and a name, after a possessive or opening the sentence", "Izmir, 23 February 2015 – NATO's Allied Land Command (LANDCOM) commander, Lieutenant General Tom Rask, spoke. Joint Warfare Centre commander, Major General Ivo Berg, left.",
			[]string{"Tom Rask: Commander @ Allied Land Command", "Ivo Berg: Commander @ Joint Warfare Centre"}},
		{"bodyAfterComma, nationalService: a bare head's body after its comma and before a ranked name, not a national service", "Tunis, 3 May 2022 – \"We are glad to be here,\" Commander, SNMG2 Rear Admiral Tom Rask said. Commander, NATO Air Command Uedem, German Air Force General Ivo Berg, and Commander, Belgian Air Force Colonel Jan Holm, spoke.",
			[]string{"Tom Rask: Commander @ Standing NATO Maritime Group 2"}},
		{"lowerOwned, afterName: a lower-case title after a demonym in apposition, with a field in capitals or none", "Paris, 3 May 2018 – They met Ms Ana Rask, the French minister of Defence, and Tom Holm, the Estonian prime minister. In Riga, the Latvian prime minister, Ivo Berg, spoke.",
			[]string{"Ana Rask: Minister of Defence @ France", "Tom Holm: Prime Minister @ Estonia", "Ivo Berg: Prime Minister @ Latvia"}},
		{"staffShorthand, roles.tsv COM and DCOM: a military title's staff shorthand before a body stands for the title spelt out", "Norfolk, 3 May 2023 – He met with COM JFCNF Vice Admiral Tom Rask and DCOM JFCNF Rear Admiral Ivo Berg. Ms Ana Holm, CEO of the Stimson Center, spoke.",
			[]string{"Tom Rask: Commander @ Joint Force Command Norfolk", "Ivo Berg: Deputy Commander @ Joint Force Command Norfolk", "Ana Holm: CEO @ Stimson Center"}},
		{"insertedDash: a spaced dash between two words of a body's name", "Pristina, 3 May 2017 – The Commander of the Joint Force Command – Naples, Adm. Tom Rask, was in attendance.",
			[]string{"Tom Rask: Commander @ Joint Force Command Naples"}},
		{"bodyEnds, skipThe: a body after a bare head ends before \"and the\" and a second title", "Stavanger, 3 May 2016 – Polish Army Major General Tom Rask, Commander JWC and the Exercise Director said: “It is fine.”",
			[]string{"Tom Rask: Commander @ Joint Warfare Centre"}},
		{"roles.tsv Head of Branch: a branch's head or chief, titled before the branch's name", "Naples, 3 May 2017 – Colonel Tom Rask, Branch Head of J9 Military Partnership Branch, led a delegation. Colonel Ivo Berg, Branch Chief of the Plans Branch, spoke.",
			[]string{"Tom Rask: Branch Head @ J9 Military Partnership Branch", "Ivo Berg: Branch Chief @ Plans Branch"}},
		{"soleOffice, role-heads.tsv Chair office Committee: a bare chair is the chair of the one committee the release names, not of the body it visits", "Norfolk, 5 March 2025 – The Military Committee visited Joint Force Command Norfolk today. The Commander, Vice Admiral Tom Rask, welcomed the Chair, Admiral Ivo Berg.",
			[]string{"Ivo Berg: Chair @ NATO Military Committee"}},
		{"possessor, scopePrep: \"its\" refers past a body named as the range of what is said (\"across the Alliance\")", "Riga, 3 May 2020 – The Chair visited the Joint Warfare Centre to learn about its role in training across the Alliance. He met its Director Tom Rask.",
			[]string{"Tom Rask: Director @ Joint Warfare Centre"}},
		{"orgs.tsv Private Office: the Secretary General's office named with NATO, and a post \"in\" it", "Helsinki, 3 May 2010 – Speakers were Tom Rask, Director of Policy Planning in the Private Office of the NATO Secretary General; and others.",
			[]string{"Tom Rask: Director of Policy Planning @ Private Office of the Secretary General"}},
		{"roleNotRank: \"Commander\" after a body and a code in brackets is the title, not the naval rank", "Bydgoszcz, 3 May 2016 – NFIU (POL) Commander, Colonel Tom Rask congratulated the agency.",
			[]string{"Tom Rask: Commander @ NATO Force Integration Units"}},
		{"posts.tsv SCR: the Senior Civilian Representative is NATO's post", "Kabul, 3 May 2021 – The last Senior Civilian Representative was Ambassador Tom Rask.",
			[]string{"Tom Rask: Senior Civilian Representative @ North Atlantic Treaty Organization"}},
		{"role-heads.tsv: an alderman is a town's officer", "Brunssum, 21 September 2024 – Alderman Merle Bruning took part in the ceremony.",
			[]string{"Merle Bruning: Alderman @ "}},
		{"acronymInsideName: the longest known name its bracketed acronym splits", "Bodø, 17 March 2022 – The Commander of Allied Joint Force Command (JFC) Brunssum, General Tom Rask, lauded the nations.",
			[]string{"Tom Rask: Commander @ Joint Force Command Brunssum"}},
		{"bodyEnds, bareSecondBody, bodyBeforeVerb: a title in lower case before two bodies joined by \"and\" and a verb", "Ghazni, 21 November 2018 – General Tom Rask, commander Resolute Support Mission and United States Forces - Afghanistan visited the capital of Ghazni province.",
			[]string{"Tom Rask: Commander @ Resolute Support Mission", "Tom Rask: Commander @ United States Forces – Afghanistan"}},
		{"seatAfter, place-of-nouns.tsv: a governor's post is the town's the sentence names after it", "Ghazni, 21 November 2018 – General Tom Rask walked with Provincial Governor Ivo Berg in the streets of Ghazni.",
			[]string{"Ivo Berg: Provincial Governor @ Ghaznī"}},
		{"acronymInsideName, nameRun: a body's name its bracketed acronym splits; initials with their stops after a rank", "Lisbon, 3 May 2021 – The day began with briefings from Commander Joint Force Command (JFC) Naples Admiral Tom Rask and LANDCOM Commander Lt. Gen. J.T. Thomson.",
			[]string{"Tom Rask: Commander @ Joint Force Command Naples", "J.T. Thomson: Commander @ Allied Land Command"}},
		{"pluralAfterNames: a plural title after names listed before a comma", "Sarajevo, 3 May 2024 – The Deputy Secretary General met Tom Rask, Jan Holm and Ivo Berg, members of the Presidency of Bosnia and Herzegovina.",
			[]string{"Tom Rask: Member @ Presidency of Bosnia and Herzegovina", "Jan Holm: Member @ Presidency of Bosnia and Herzegovina", "Ivo Berg: Member @ Presidency of Bosnia and Herzegovina"}},
		{"bodyComplement: a body after a dash ends a title in apposition", "Mons, 3 May 2019 – The course was briefed by Major General Tom Rask, Deputy Chief of Staff – Strategic Development and Preparation Directorate, on the work.",
			[]string{"Tom Rask: Deputy Chief of Staff @ Strategic Development and Preparation Directorate"}},
		{"lowerTitleAfterArticle: a status word with no article before a lower-case title", "Pristina, 3 May 2019 – Colonel Tom Rask, outgoing commander of the Multinational Battle Group West, handed over to Colonel Ivo Berg.",
			[]string{"Tom Rask: Commander @ Multinational Battle Group West"}},
		{"orgAfter, owner, lowerOwned, shipNamed: a ship is the body of its officers' posts, named whole", "Djibouti, 3 May 2011 – HNLMS De Ruyter freed the crew. De Ruyter's commanding officer, Commander Tom Rask, reported to the Commanding Officer of HMS Duncan, Captain Ivo Berg.",
			[]string{"Tom Rask: Commanding Officer @ HNLMS De Ruyter", "Ivo Berg: Commanding Officer @ HMS Duncan"}},
		{"withPost: a possessive opens a title in apposition after a name", "Brussels, 3 May 2019 – The Secretary General met Tom Rask, Estonia's Minister of Defence, and Ivo Berg, his Latvian counterpart.",
			[]string{"Tom Rask: Minister of Defence @ Estonia", "Ivo Berg: Minister of Defence @ Latvia"}},
		{"pastOrgApposition: the body a title's body is part of, after \"at\", before the holder", "Kyiv, 3 May 2019 – The visit was hosted by the Head of the Defence Policy Department at the Ministry of Defence, Ms Ana Rask.",
			[]string{"Ana Rask: Head @ Defence Policy Department"}},
		{"addNameBefore: a title in apposition after a nation's and a service's letters in brackets", "Szczecin, 3 May 2019 – Colonel Tom Rask (DEU A), the Chief of Staff of Multinational Corps Northeast, briefed the visitors.",
			[]string{"Tom Rask: Chief of Staff @ Multinational Corps Northeast"}},
		{"townAfterCountry: a national post's country is that of the town named after it, where the release names that country", "NATO Secretary General Jens Stoltenberg is meeting Chancellor Angela Merkel in Berlin on Friday (19 November 2021). He thanked Germany for its deployments in Lithuania, to the Aegean and in Kosovo, and discussed Belarus and Russia.",
			[]string{"Angela Merkel: Chancellor @ Germany"}},
		{"extendTitle: a field's acronym in brackets is no part of the title", "Brussels, 8 January 2018 – Ann Berg took office as the NATO Secretary General's Special Representative for Women, Peace and Security (WPS) on Monday.",
			[]string{"Ann Berg: Special Representative for Women, Peace and Security @ North Atlantic Treaty Organization"}},
		{"serviceBeforeName: a naval rank after a country's navy, right before a name, is no post; joinedFold: a hyphened compound matches the name written as one word", "Kiel, 3 May 2016 – Royal Netherlands Navy Commander Tom Rask relinquished command of Standing NATO Mine Counter-Measures Group 1 to German Navy Commander Ivo Berg. The KFOR Commander Jan Holm sent greetings. General Ann Lund, Commander of the NATO Air-Borne Early Warning and Control Force, attended.",
			[]string{"Ivo Berg: Commander @ Standing NATO Mine Countermeasures Group 1", "Jan Holm: Commander @ Kosovo Force", "Ann Lund: Commander @ NATO Airborne Early Warning and Control Force"}},
		{"pastLetters: a title in apposition after a name and its service's and honours' letters", "Northwood, 19 October 2016 – Vice Admiral Tom Rask RCN, CMM CD, Commander of the Royal Canadian Navy, met with Vice Admiral Ivo Berg RN, CB CBE, Commander of Allied Maritime Command at the headquarters.",
			[]string{"Tom Rask: Commander @ Royal Canadian Navy", "Ivo Berg: Commander @ Allied Maritime Command"}},
		{"commandObject, commandedEnds: a change of command of two bodies joined by \"and\", not of a body that a verb follows", "Mons, 3 May 2016 – General Tom Rask assumed command of Allied Joint Force Command Naples and United States European Command. Admiral Ivo Berg assumed command of KFOR and NATO thanked him.",
			[]string{"Tom Rask: Commander @ Joint Force Command Naples", "Tom Rask: Commander @ United States European Command", "Ivo Berg: Commander @ Kosovo Force"}},
		{"lowerTitleOfPlace: a town's post in lower case, after its holder or before", "Pristina, 3 May 2014 – The commander met Ivo Berg, the mayor of Prizren, and then the governor of Kherson, Tom Rask.",
			[]string{"Ivo Berg: Mayor @ Prizren", "Tom Rask: Governor @ Kherson"}},
		{"titleJoiner: titles joined by a slash between capitalised words are one holder's, with the first's body", "Stavanger, 3 May 2017 – He met the JFTC Deputy Commander/ Chief of Staff, Brigadier General Tom Rask, and the JWC Deputy Commander/Chief of Staff, Brigadier General Ivo Berg.",
			[]string{"Ivo Berg: Chief of Staff @ Joint Warfare Centre", "Ivo Berg: Deputy Commander @ Joint Warfare Centre", "Tom Rask: Chief of Staff @ Joint Force Training Centre", "Tom Rask: Deputy Commander @ Joint Force Training Centre"}},
		{"acronymPost, acronymSubject: a modifier before a post's acronym; an acronym an auxiliary follows is no apposition", "Pristina, 3 May 2014 – The Deputy Supreme Allied Commander Europe (DSACEUR), General Ivo Berg, visited KFOR. Welcomed by Deputy COM KFOR, General Tom Rask, DSACEUR was briefed by the staff.",
			[]string{"Ivo Berg: Deputy Supreme Allied Commander Europe @ North Atlantic Treaty Organization", "Tom Rask: Deputy Commander @ Kosovo Force"}},
		{"shortGiven, abbreviations.tsv: a given name cut short inside a name", "Reykjavik, 3 May 2016 – He met the Director General of the Icelandic Coast Guard, Georg Kr. Lárusson, who showed him the centre.",
			[]string{"Georg Kr. Lárusson: Director General @ Icelandic Coast Guard"}},
		{"bodyEnds, verbLike: a body right after a title, then the sentence's verb", "Stavanger, 30 November 2016 – General Tom Rask, Commander JFC Brunssum chaired the conference.",
			[]string{"Tom Rask: Commander @ Joint Force Command Brunssum"}},
		{"core: modifiers and an open head", "Brussels, 3 June 2024 – The Secretary General met State Secretary for Security Policy Anna Kowalska.",
			[]string{"Anna Kowalska: State Secretary for Security Policy @ "}},
		{"an object pronoun is not its sentence's subject", "General Knud Bartels visited Washington. General Martin Dempsey awarded him a medal for his service as Chief of Defence of Denmark.",
			[]string{"Knud Bartels: Chief of Defence @ Denmark"}},
		{"a body after a possessive ends the title", "He met the Chair of Parliament's Defence Committee, Ms Ewa Wojcik.",
			[]string{"Ewa Wojcik: Chair @ Defence Committee"}},
		{"lowerBodies, bodiesOfPosts: a body whose head follows in lower case (lower-org-heads.tsv)", "Rome, 3 June 2024 – Next, the Director of the IMS Cooperative Security division, Major General Tom Serban, spoke. The Head of the Public Diplomacy directorate, Ms Eva Holm, closed the day.",
			[]string{"Tom Serban: Director @ Cooperative Security Division", "Eva Holm: Head @ Public Diplomacy Directorate"}},
		{"fieldThenHolder: a title's field after it with no \"for\", then its titled holder", "Mons, 3 June 2015 – Talks were given by NCI Agency Director Demand Management, Dr Ivo Berg, and by Director Anna Holm, Mr Tom Rask.",
			[]string{"Ivo Berg: Director Demand Management @ NATO Communications and Information Agency", "Anna Holm: Director @ "}},
		{"forComplement: a known body after \"for\" is the post's", "Mons, 3 June 2015 – Lieutenant General Tom Rask, the Vice Chief of Staff for Supreme Headquarters Allied Powers Europe, agreed. Ms Eva Holm, the Deputy Director for the NATO Defence College, spoke.",
			[]string{"Tom Rask: Vice Chief of Staff @ Supreme Headquarters Allied Powers Europe", "Eva Holm: Deputy Director @ NATO Defense College"}},
		{"surnameHolders: a post in apposition before a rank and the surname of a person named before", "Rome, 13 July 2023 – The College thanked Lieutenant General Tom Rask. The NDC Commandant, Lieutenant General Rask, welcomed the guests.",
			[]string{"Tom Rask: Commandant @ NATO Defense College"}},
		{"lowerApposition: a lower-case title after \"served as\"", "Brussels, 3 May 2016 – General Tom Rask took command today. Before, he served with distinction as commander of Allied Land Command in Izmir. He thanked Ivo Berg for his work as head of the Council.",
			[]string{"Tom Rask: Commander @ Allied Land Command"}},
		{"forComplement: a country after a national post's \"for\" is the post's", "London, 3 June 2024 – He met the National Security Advisor for the United Kingdom, Sir Tom Rask, and the UN Special Representative for Afghanistan, Ivo Berg.",
			[]string{"Tom Rask: National Security Advisor @ United Kingdom", "Ivo Berg: Special Representative for Afghanistan @ United Nations"}},
		{"possessedBodyAt: a known body's own body after a title's \"for\"", "Brussels, 11 October 2011 – Dr Anna Berg, Deputy Assistant Secretary General for NATO's Public Diplomacy Division, briefed the visitors.",
			[]string{"Anna Berg: Deputy Assistant Secretary General @ Public Diplomacy Division"}},
		{"talkedOf: countries talked about give no post its country", "The Secretary General visited Germany on 19 November 2021. He discussed Belarus, Russia, with President Tom Rask.",
			[]string{"Tom Rask: President @ Germany"}},
		{"pastColon, nameThenCountry: a plural title's holders listed after a colon, each with a country in brackets", "Brussels, 12 December 2011 – The delegation met Permanent Representatives to the North Atlantic Council: Amb. Eva Holm (Norway), Amb. Tom Rask (Denmark) and Amb. Ivo Berg (Estonia).",
			[]string{"Eva Holm: Permanent Representative @ Norway", "Tom Rask: Permanent Representative @ Denmark", "Ivo Berg: Permanent Representative @ Estonia"}},
		{"bracketedAcronymBefore: a body's possessive and its acronym in brackets before a title", "Mons, 15 April 2021 – The NATO Communications and Information Agency's (NCI Agency) General Manager Tom Rask met the Commander.",
			[]string{"Tom Rask: General Manager @ NATO Communications and Information Agency"}},
		{"org-heads: a component of the armed forces is a body", "Siauliai, 1 May 2014 – General Tom Rask joined Lieutenant General Claude Van De Voorde, Commander of the Belgian Air Component, for the ceremony.",
			[]string{"Claude Van De Voorde: Commander @ Belgian Air Component"}},
		{"givenNameAfter, capitalTitle: a lower-case title right before a given name and a surname", "Brunssum, 8 March 2024 – The Commander warmly welcomed deputy mayor Marcel Meurkens and the members of the council.",
			[]string{"Marcel Meurkens: Deputy Mayor @ "}},
		{"subjectBody: \"as its TITLE\" is the post of the body the sentence opens with", "Rome, 4 December 2025 – The Academic Advisory Board advises the Commandant on ways to improve the NATO Defense College, and as its Chair, Admiral Tom Rask led the agenda.",
			[]string{"Tom Rask: Chair @ Academic Advisory Board"}},
		{"listCountry: a post of no body listed next to a country's post is that country's", "Rabat, 13 March 2010 – The Chairman held talks in Rabat with the Moroccan Deputy Minister for Defence Omar Idrissi, Director General of Studies and Documentation Karim Salhi and other officials.",
			[]string{"Omar Idrissi: Deputy Minister for Defence @ Morocco", "Karim Salhi: Director General of Studies and Documentation @ Morocco"}},
		{"mainCountry: the town of an event's name counts for no country", "Historic first visit to Algeria\n\nNATO's Secretary General made his first visit to a partner on 25 November 2004. It is the first such visit to the region. He met President Karim Hadj and Foreign Minister Omar Salhi. They discussed the decisions of the Istanbul Summit. At the Istanbul Summit, Allies took decisions.",
			[]string{"Karim Hadj: President @ Algeria", "Omar Salhi: Foreign Minister @ Algeria"}},
		{"pastLowerWord: a known body's possessive, an adjective, then its body, after a title's \"for\"", "Brussels, 3 May 2010 – Ms Eva Holm, Deputy Assistant Secretary General for NATO's new Emerging Security Challenges Division, spoke.",
			[]string{"Eva Holm: Deputy Assistant Secretary General @ Emerging Security Challenges Division"}},
		{"fieldComplement: places after a title's \"on\" are its field", "Brussels, 3 May 2011 – Mr Tom Rask, Special Representative on Central Asia and the Caucasus, spoke.",
			[]string{"Tom Rask: Special Representative on Central Asia and the Caucasus @ "}},
		{"headAfterKnown: known bodies joined by \"and\" before a body's head are one body's fields", "Brussels, 3 May 2011 – Mr Nicola de Santis, Head of the Mediterranean Dialogue and Istanbul Cooperation Initiative Countries Section, spoke.",
			[]string{"Nicola de Santis: Head @ Mediterranean Dialogue and Istanbul Cooperation Initiative Countries Section"}},
		{"servesBody: an adviser to a body is the body's adviser; an ambassador to a body is accredited to it", "Washington, 3 June 2005 – A panel with Mr Tom Rask, Political Advisor to US Central Command, and Mr Ivo Berg, Russia's Ambassador to NATO, followed.",
			[]string{"Tom Rask: Political Advisor @ United States Central Command", "Ivo Berg: Ambassador to NATO @ Russia"}},
		{"fieldComplement: the President of the Republic of a country named after it; roles.tsv: Attorney General", "Nouakchott, 3 June 2018 – He met the President of the Republic of Mauritania, Omar Salhi, and the Chief of Defence, Major General Karim Hadj. In Brussels, the Attorney General of Australia, Tom Rask, met the Deputy Secretary General.",
			[]string{"Omar Salhi: President @ Mauritania", "Karim Hadj: Chief of Defence @ Mauritania", "Tom Rask: Attorney General @ Australia"}},
		{"releaseBody: a bare title after \"the\" is a post of the body the release is about", "Rome, 27 January 2023 – The Graduation Ceremony concluded the course of the NATO Defense College (NDC). The NDC's Main Auditorium hosted the guests. The Commandant, Lieutenant General Tom Rask, welcomed Ambassador Eva Holm.",
			[]string{"Tom Rask: Commandant @ NATO Defense College"}},
		{"apposedAt, roles.tsv: a town's lower-case title in apposition; an abbreviated title is its title", "Herat, 3 May 2007 – Mr Tom Rask, Herat governor, met the team. Later, Kandahar Gov. Ivo Berg met the soldiers.",
			[]string{"Tom Rask: Governor @ Herāt", "Ivo Berg: Governor @ Kandahār"}},
		{"roleNotRank: a title, a comma and its body: a post, not a rank", "Lisbon, 5 May 2021 – Vice Admiral Tom Rask, Commander, Naval Striking and Support Forces NATO, was welcomed by the Chief of the Naval Staff.",
			[]string{"Tom Rask: Commander @ Naval Striking and Support Forces NATO"}},
		{"domainComplement, apposedAt: a lower-case title with its field after \"of\" in apposition after a body", "Mons, 3 May 2023 – “We are ready,” said Admiral Tom Rask, SHAPE chief of staff.",
			[]string{"Tom Rask: Chief of Staff @ Supreme Headquarters Allied Powers Europe"}},
		{"nameRun: a country's name as the surname of a ranked given name", "Mons, 3 May 2023 – “Readiness is strengthened,” said Maj. Gen. Adrian Spain, EUCOM chief of staff.",
			[]string{"Adrian Spain: Chief of Staff @ United States European Command"}},
		{"titleWordBefore: acting before the owner's demonym", "Washington, 29 January 2019 – Mr Jens Stoltenberg held talks with the acting US Secretary of Defense, Patrick Shanahan.",
			[]string{"Patrick Shanahan: acting Secretary of Defense @ United States"}},
		{"a word kept after the head: Magnificus", "The Hague, 19 April 2018 – Among the guests was the Rector Magnificus of Leiden University, Carel Stolker.",
			[]string{"Carel Stolker: Rector Magnificus @ Leiden University"}},
		{"soleOffice: the one university of the release", "Bratislava, 20 February 2025 – Mark Rutte spoke at Comenius University. Rector Marek Števček welcomed him, and the Vice-Rector for External Relations, Radomír Masaryk, spoke.",
			[]string{"Marek Števček: Rector @ Comenius University", "Radomír Masaryk: Vice-Rector for External Relations @ Comenius University"}},
		{"soleOffice: two universities, whose is unclear", "Bratislava, 20 February 2025 – Students of Comenius University and of the University of Oxford met. Rector Marek Števček spoke.",
			[]string{"Marek Števček: Rector @ "}},
		{"subjectAfterClause: no clause ends without a comma", "Growing trade was on the agenda during the visit of Uzbek President Timur Alimov to NATO Headquarters.",
			[]string{"Timur Alimov: President @ Uzbekistan"}},
		{"countryTravelledTo: the country reached a few sentences before", "Brussels, 3 May 2019 – The Secretary General ended a tour of New Zealand and Australia. New Zealand and New Zealand's forces were thanked.\n\nOn Monday, the Secretary General visited Canberra, Australia, for talks with Prime Minister Tom Reid. He thanked Australia for its troops in Iraq. He praised its work on women's rights. He also met Foreign Minister Jane Cole and Defence Minister Paul Hart.",
			[]string{"Jane Cole: Foreign Minister @ Australia", "Paul Hart: Defence Minister @ Australia", "Tom Reid: Prime Minister @ Australia"}},
		{"incomingHolders: the incoming holder after the outgoing one", "The ceremony between the outgoing KFOR Commander Major General Aldo Rossi and the incoming Major General Piero Bianchi took place in Pristina.",
			[]string{"Aldo Rossi: Commander @ Kosovo Force", "Piero Bianchi: Commander @ Kosovo Force"}},
		{"office-verbs: a person representing a body is its representative", "The chair, Mr Tom Rask, representing the US Mission to NATO, welcomed the guests.",
			[]string{"Tom Rask: Representative @ US Mission to NATO"}},
		{"core: \"at Large\" ends an ambassador's title; complementOfTitle: a name after \"Ambassador to NATO\"", "Moscow, 3 February 2010 – Speakers included Russian Ambassador at Large Ivan Petrov, Lithuanian Ambassador to NATO Linas Jonaitis, and others.",
			[]string{"Ivan Petrov: Ambassador at Large @ Russia", "Linas Jonaitis: Ambassador to NATO @ Lithuania"}},
		{"skipTitles: the holder's country before the rank after a title and its comma", "Oberammergau, 3 May 2009 – NATO School Commandant, US Colonel Tom Rask, chaired the meeting.",
			[]string{"Tom Rask: Commandant @ NATO School Oberammergau"}},
		{"owner, servedComplement: an adverb and a participle after the owner, and \"to the region\", before the name", "Yerevan, 24 September 2007 – Mr Ivo Berg visited Armenia. He also introduced NATO's newly appointed Liaison Officer to the region, Tom Rask, to the authorities.",
			[]string{"Tom Rask: Liaison Officer @ North Atlantic Treaty Organization"}},
		{"bodysHeadApposed: a lower-case title after a body and its acronym in brackets", "On 6 July 2022, Major General Tom Rask, Kosovo Force (KFOR) commander, received the guests.",
			[]string{"Tom Rask: Commander @ Kosovo Force"}},
		{"officeVerbs, frontedSubject: a participle of office that opens the sentence, its body the subject after the comma", "Led by Rear Adm. Tom Rask (USA N) since July, SNMG2 is currently composed of four ships.",
			[]string{"Tom Rask: Commander @ Standing NATO Maritime Group 2"}},
		{"officeVerbs: a body led by its own titled head", "The Military Committee is led by Air Chief Marshal Sir Tom Reed, Chairman of the NATO Military Committee.",
			[]string{"Tom Reed: Chairman @ NATO Military Committee"}},
		{"titleEndsAt: a list of titled names is no body's name", "He met Defence Minister Jan Novak, Senate Chairman Petr Dvorak and House of Representatives Chairman Karel Cerny.",
			[]string{"Jan Novak: Defence Minister @ ", "Karel Cerny: Chairman @ House of Representatives", "Petr Dvorak: Chairman @ "}},
		{"namesAfterTitles: a name after a title and 'of' is its body", "The debate was led by Rosa Hale, Director of Carnegie Europe, in Brussels.",
			[]string{"Rosa Hale: Director @ Carnegie Europe"}},
		{"namesAfterTitles: a province the title makes a place", "He met the Governor of Limburg, Theo Maas, in Maastricht.",
			[]string{"Theo Maas: Governor @ Limburg"}},
		{"namesAfterTitles: a field is no body", "He met the Director General of Studies and Documentation, Mr Tom Hale, and the Head of State, Mr Ivo Ras.",
			[]string{"Ivo Ras: Head of State @ ", "Tom Hale: Director General of Studies and Documentation @ "}},
		{"honorifics: H. E. with a space", "Hungary, represented by Minister of Defence, H. E. Csaba Hende, took over the task.",
			[]string{"Csaba Hende: Minister of Defence @ Hungary"}},
		{"soleCountry: the one country of the sentence", "Munich, 15 February 2019 – At the conference, the Secretary General met Chancellor Anna Berg of Germany and Prime Minister Ivo Horvat of Croatia. He met President Petro Dorenko to discuss NATO's support for Ukraine.",
			[]string{"Anna Berg: Chancellor @ Germany", "Ivo Horvat: Prime Minister @ Croatia", "Petro Dorenko: President @ Ukraine"}},
		{"hostCountry: the dateline's country, which the release names too", "Skopje, 18 July 2012 – The Deputy Secretary General was in Skopje on Wednesday. It was his first visit to the former Yugoslav Republic of Macedonia since February, and he also spoke of Türkiye and of the Chicago Summit.\n\nHe held talks with Prime Minister Ivo Petrov and Minister of Defence Ana Kralj.",
			[]string{"Ana Kralj: Minister of Defence @ North Macedonia", "Ivo Petrov: Prime Minister @ North Macedonia"}},
		{"hostCountry: not the dateline's country alone", "Tallinn, 3 May 2021 – He held talks with Prime Minister Ivo Petrov.",
			[]string{"Ivo Petrov: Prime Minister @ "}},
		{"lowerOwned: a lower-case title after 'and' shares the list's demonym", "He met German Foreign Minister Karl Bauer and defence minister Anna Vogel.",
			[]string{"Anna Vogel: Defence Minister @ Germany", "Karl Bauer: Foreign Minister @ Germany"}},
		{"role-heads: Ireland's heads of government", "Dublin, 5 September 2013 – The Secretary General thanked Ireland for its support. He met Taoiseach Ian Walsh and Tánaiste Mary Burke.",
			[]string{"Ian Walsh: Taoiseach @ Ireland", "Mary Burke: Tánaiste @ Ireland"}},
		{"underOffice: a body under the command of a named officer", "The task falls to Standing NATO Maritime Group 2 (SNMG2), under the command of Commodore Tom Rask of the Royal Navy.",
			[]string{"Tom Rask: Commander @ Standing NATO Maritime Group 2"}},
		{"underOffice: a meeting under the chairmanship of someone is no body's", "The meeting, under the chairmanship of Ambassador Tom Rask, discussed Kosovo.",
			nil},
		{"possessor: as its new TITLE after a verb of appointment is the electing body's", "Members of the NATO Parliamentary Assembly met in Warsaw. On Tuesday the Assembly elected Dr Karl Bauer, head of the German delegation and Chairman of the Political Committee, as its new President.",
			[]string{"Karl Bauer: Chairman @ Political Committee", "Karl Bauer: Head of the German delegation @ ", "Karl Bauer: President @ NATO Parliamentary Assembly"}},
		{"surnameAppositions, predicateAfter: the TITLE in apposition after a surname, before the clause's verb", "Lieutenant General Tom Rask took over. General Rask, the Commander of NATO Rapid Deployable Corps – Italy (NRDC-IT), brings the staff of his corps to Kabul.",
			[]string{"Tom Rask: Commander @ NATO Rapid Deployable Corps - Italy"}},
		{"areaField: a continent joined to a field is the title's field", "In Tirana, she met the Minister of Europe and Foreign Affairs of Albania, Mr Ivo Berg.",
			[]string{"Ivo Berg: Minister of Europe and Foreign Affairs @ Albania"}},
		{"serviceBeforeRank: a demonym and a service's head before the holder's rank", "The Commander of KFOR, German Army Major General Tom Rask, presided over the ceremony.",
			[]string{"Tom Rask: Commander @ Kosovo Force"}},
		{"withPost: TITLE is NAME", "The Commander of KFOR is Major General Tom Rask of Germany.",
			[]string{"Tom Rask: Commander @ Kosovo Force"}},
		{"withPost: TITLE is no name's before an adjective", "The Secretary General is Confident of progress, said Mr Ivo Berg.",
			nil},
		{"statedElsewhere: a bare title that ends the holder's stated one is that post again", "Noordwijk, 25 October 2007 – The meeting was hosted by the Minister of Defence of the Netherlands, Jan Berg. Allies were joined by Afghanistan's Defence Minister, Tom Rask. Minister Rask thanked the troops.",
			[]string{"Jan Berg: Minister of Defence @ Netherlands", "Tom Rask: Defence Minister @ Afghanistan"}},
		{"complements: of ORG", "Later, the Chairman of the National Reconciliation Commission, Mr Piet Janssen, spoke.",
			[]string{"Piet Janssen: Chairman @ National Reconciliation Commission"}},
		{"owner: demonym", "He met the Moldovan Speaker, Mr Igor Grosu, in Chisinau.",
			[]string{"Igor Grosu: Speaker @ Moldova"}},
		{"a bracket closed by the post's acronym after a comma", "The chiefs will be joined by General Ann Ray (Supreme Allied Commander Europe, SACEUR).",
			[]string{"Ann Ray: Supreme Allied Commander Europe @ North Atlantic Treaty Organization"}},
		{"a service in brackets before the apposition", "General Ann Ray (Royal Air Force), Supreme Allied Commander Transformation, handed over on 3 May 2021.",
			[]string{"Ann Ray: Supreme Allied Commander Transformation @ North Atlantic Treaty Organization"}},
		{"apposition: NAME, TITLE of ORG", "Jane Doe, Minister for Defence Industry of Sweden, opened the fair.",
			[]string{"Jane Doe: Minister for Defence Industry @ Sweden"}},
		{"apposition in brackets", "The award went to Anna Nowak (Deputy Minister of Defence of Poland) on Monday.",
			[]string{"Anna Nowak: Deputy Minister of Defence @ Poland"}},
		{"complements: , ORG", "In his first remarks as Commander, Allied Air Command, General James Hecker thanked his staff.",
			[]string{"James Hecker: Commander @ Allied Air Command"}},
		{"coordinated: one holder, shared organisation", "She met the Deputy Prime Minister and Minister of Foreign Affairs of Moldova, Mr Nicu Popescu.",
			[]string{"Nicu Popescu: Deputy Prime Minister @ Moldova", "Nicu Popescu: Minister of Foreign Affairs @ Moldova"}},
		{"coordinated: two holders", "The Deputy Secretary General and Prime Minister Dorin Recean discussed reforms.",
			[]string{"Dorin Recean: Prime Minister @ "}},
		{"list: a country's officials", "He met the President of Poland, Mr Andrzej Duda, and the Prime Minister, Mr Donald Tusk.",
			[]string{"Andrzej Duda: President @ Poland", "Donald Tusk: Prime Minister @ Poland"}},
		{"respectively", "He met the Foreign Ministers of Poland and Germany, Mr Adam Rotfeld and Mr Joschka Fischer.",
			[]string{"Adam Rotfeld: Foreign Minister @ Poland", "Joschka Fischer: Foreign Minister @ Germany"}},
		{"formerly", "General Joseph Dunford, formerly Assistant Commandant of the US Marine Corps, spoke.",
			[]string{"Joseph Dunford: Assistant Commandant @ United States Marine Corps"}},
		{"of after the name", "Brussels, 4 April 2023 – The Secretary General welcomed President Sauli Niinistö of Finland.",
			[]string{"Sauli Niinistö: President @ Finland"}},
		{"nationalityAfterName: a NATO post's holder of a country", "Brussels, 4 April 2020 – He met the Deputy Supreme Allied Commander Europe, General Sir James Everard of the United Kingdom.",
			[]string{"James Everard: Deputy Supreme Allied Commander Europe @ North Atlantic Treaty Organization"}},
		{"a title word naming the activity the post runs", "Before the start, the Exercise Director, Major General Reinhard Wolski, spoke to the staff.",
			[]string{"Reinhard Wolski: Exercise Director @ "}},
		{"verb of office", "General Christopher Cavoli comes from US Army Europe and Africa, which he commanded.",
			[]string{"Christopher Cavoli: Commander @ United States Army Europe and Africa"}},
		{"body chaired by", "The seminar was held under the Senior Politico-Military Group on Proliferation, a body chaired by Ambassador Martin Erdmann.",
			[]string{"Martin Erdmann: Chair @ Senior Politico-Military Group on Proliferation"}},
		{"a list of names, each with its title after it", "He was met by Colonel Anna Holm, the Director of the Analysis Centre, Major Per Dahl, Commander of the Signal Battalion, and others.",
			[]string{"Anna Holm: Director @ Analysis Centre", "Per Dahl: Commander @ Signal Battalion"}},
		{"a title many bodies have is no post of the publisher's", "At the national training camp, Captain Ola Dahl, the Commander, welcomed the visitors.",
			[]string{"Ola Dahl: Commander @ "}},
		{"a field word before the head", "Mr Otto Brand, the outgoing Project Manager, thanked the staff of its Public Affairs Office.",
			[]string{"Otto Brand: Project Manager @ "}},
		{"indefiniteFormerTitle: 'and a former' after a title in apposition", "Brussels, 9 March 2021 – He met Ann Dahl, Director of the Nordic Institute and a former Minister of Defence of Norway, and others.",
			[]string{"Ann Dahl: Director @ Nordic Institute", "Ann Dahl: Minister of Defence @ Norway"}},
		{"indefiniteFormerTitle: the former title with its owner", "Brussels, 9 March 2021 – He met Rose Gottemoeller, Senior Fellow at the Hoover Institution and a former NATO Deputy Secretary General.",
			[]string{"Rose Gottemoeller: Senior Fellow @ Hoover Institution", "Rose Gottemoeller: Deputy Secretary General @ North Atlantic Treaty Organization"}},
		{"an academic head and a title word before it", "Brussels, 9 March 2021 – He met John Brown, Senior Lecturer at the University of Oslo, and Mary Smith, Distinguished Fellow at the Hudson Institute.",
			[]string{"John Brown: Senior Lecturer @ University of Oslo", "Mary Smith: Distinguished Fellow @ Hudson Institute"}},
		{"atBody: a lower-case title in apposition serves the body after 'at'", "Tokyo, 3 May 2019 – The panel heard Mr James Sherr, senior fellow at the Institute of International Affairs, and Ms Anna Berg, adviser at the Institute of Strategic Studies.",
			[]string{"James Sherr: Senior Fellow @ Institute of International Affairs", "Anna Berg: Adviser @ Institute of Strategic Studies"}},
		{"coordinated: a former title after 'and'", "They met the Head of the Senate's Defence Committee and former Prime Minister, Leo Varn.",
			[]string{"Leo Varn: Head @ Defence Committee", "Leo Varn: Prime Minister @ "}},
		{"a word of the title before its owner", "On Friday, the Deputy NATO Secretary General, Ambassador Lena Roos, met the press.",
			[]string{"Lena Roos: Deputy Secretary General @ North Atlantic Treaty Organization"}},
		{"a domain stops before a name that a town's name ends", "He met US Secretary of State Antony Blinken and Secretary of Defence Lloyd Austin in Washington.",
			[]string{"Antony Blinken: Secretary of State @ United States", "Lloyd Austin: Secretary of Defence @ "}},
		{"a body's name, then its post's head", "Kosovo Force Commander Major General Ferenc Kajári welcomed the ministers.",
			[]string{"Ferenc Kajári: Commander @ Kosovo Force"}},
		{"a post's acronym with its field", "The Director met the ASG for Public Diplomacy Ina Vik and the UN SRSG Lena Holm.",
			[]string{"Ina Vik: Assistant Secretary General for Public Diplomacy @ North Atlantic Treaty Organization", "Lena Holm: Special Representative @ United Nations"}},
		{"a service before the holder's rank", "Chief NATO Liaison Office, Navy Captain Ed Lum, hosted the visit.",
			[]string{"Ed Lum: Chief @ NATO Liaison Office"}},
		{"one change of command, two posts", "General James Hecker took over from General Jeffrey Harrigian as Commander of Allied Air Command. In the same ceremony, General Hecker also succeeded General Harrigian at the head of US Air Forces in Europe – Air Forces Africa and as Director of the Joint Air Power Competence Centre.",
			[]string{"James Hecker: Commander @ Allied Air Command", "James Hecker: Commander @ United States Air Forces in Europe – Air Forces Africa", "James Hecker: Director @ Joint Air Power Competence Centre",
				"Jeffrey Harrigian: Commander @ Allied Air Command", "Jeffrey Harrigian: Commander @ United States Air Forces in Europe – Air Forces Africa", "Jeffrey Harrigian: Director @ Joint Air Power Competence Centre"}},
		{"two command verbs, one subject", "General Jeffrey Harrigian took command of US Air Forces in Europe – Air Forces Africa from General Tod Wolters and succeeded him as Director of the Joint Air Power Competence Centre.",
			[]string{"Jeffrey Harrigian: Commander @ United States Air Forces in Europe – Air Forces Africa", "Jeffrey Harrigian: Director @ Joint Air Power Competence Centre",
				"Tod Wolters: Commander @ United States Air Forces in Europe – Air Forces Africa", "Tod Wolters: Director @ Joint Air Power Competence Centre"}},
		{"hand over command: the subject's post", "The Supreme Allied Commander Europe, General John Craddock, visited Athens. He will hand over command to Admiral James Stavridis on 2 July 2009, after two years at the head of Allied Command Operations.",
			[]string{"John Craddock: Supreme Allied Commander Europe @ North Atlantic Treaty Organization", "James Stavridis: Supreme Allied Commander Europe @ North Atlantic Treaty Organization"}},
		{"a country of another event's place is no official's", "Their talks focused on what leaders decided at the NATO Summit in Warsaw. Later, the Chief of the General Staff, General Nicolae Ciucă, briefed him.",
			[]string{"Nicolae Ciucă: Chief of the General Staff @ "}},
		{"a body after a group noun that opens a sentence", "Soldiers of Multinational Task Force South, commanded by Brigadier Robert Prader of Austria, were on parade.",
			[]string{"Robert Prader: Commander @ Multinational Task Force South"}},
		{"a partner of a fund", "The fund's Managing Partner, Andrea Traversone, and Partner Chris O'Connor met the founders.",
			[]string{"Andrea Traversone: Managing Partner @ ", "Chris O'Connor: Partner @ "}},
		{"a country left from names no official's", "Mr Smith came to Brussels directly from Afghanistan, where he had travelled with the Chief of the Defence Force, General David Hurley.",
			[]string{"David Hurley: Chief of the Defence Force @ "}},
		{"a body led by", "Some 7,000 strong, EUFOR will be led by Major General David Leakey of the British Army.",
			[]string{"David Leakey: Commander @ EUFOR Althea"}},
		{"a senator's seat is a post", "On 21 May 2024 US Senator Laura Greene met the Secretary General.",
			[]string{"Laura Greene: Senator @ United States"}},
		{"the title of the post a post serves", "Among the guests was the Special Representative of the UN Secretary-General for Kosovo, Mr Lamberto Zannier.",
			[]string{"Lamberto Zannier: Special Representative of the Secretary-General for Kosovo @ United Nations"}},
		{"a representative in a place at a sentence's end", "He met Mr Pieter Feith, who is also the European Union's Special Representative in Kosovo.",
			[]string{"Pieter Feith: Special Representative in Kosovo @ European Union"}},
		{"its title, of a body named by its head", "Admiral Giuseppe Cavo Dragone once served as Commander of the Italian Joint Operations Headquarters. Addressing the Committee for the first time as its Chair, Admiral Cavo Dragone spoke.",
			[]string{"Giuseppe Cavo Dragone: Commander @ Italian Joint Operations Headquarters", "Giuseppe Cavo Dragone: Chair @ "}},
		{"a holder's name after a ministry with no comma", "She met State Secretary of the Ministry of Defence Tomas Berzin in Riga.",
			[]string{"Tomas Berzin: State Secretary @ Ministry of Defence"}},
		{"a body's possessive and its part's short name", "He met the Chairman of the European Union's Military Committee, General Henri Bentégeat.",
			[]string{"Henri Bentégeat: Chairman @ European Union Military Committee"}},
		{"the incoming holder of the same title", "Guests included NATO's Senior Civilian Representative in Afghanistan, Ambassador Maurits Jochems, who ends his tour in the coming days, and the incoming Senior Civilian Representative, Ambassador İsmail Aramaz.",
			[]string{"Maurits Jochems: Senior Civilian Representative in Afghanistan @ North Atlantic Treaty Organization", "İsmail Aramaz: Senior Civilian Representative @ North Atlantic Treaty Organization"}},
		{"a body after a hyphenated modifier", "General David McKiernan, Commander of the NATO-led International Security Assistance Force, spoke.",
			[]string{"David McKiernan: Commander @ International Security Assistance Force"}},
		{"titledByOtherBody: led by a titled member of another body", "A delegation of the NATO Parliamentary Assembly, led by the Chairman of the Assembly's Political Committee, Mr Peter Viggers, arrives in Georgia today.",
			[]string{"Peter Viggers: Chairman @ Political Committee"}},
		{"a meeting chaired by", "Ministers met in a session of the North Atlantic Council, chaired by Secretary General Anna Berg.",
			[]string{"Anna Berg: Secretary General @ North Atlantic Treaty Organization"}},
		{"as, after a pronoun", "General Philip Breedlove arrived. He previously served as Commander, Allied Air Command.",
			[]string{"Philip Breedlove: Commander @ Allied Air Command"}},
		{"counterpart", "The Minister of Defence of Ukraine, Mr Oleksii Reznikov, met his Moldovan counterpart, Mr Anatolie Nosatîi.",
			[]string{"Anatolie Nosatîi: Minister of Defence @ Moldova", "Oleksii Reznikov: Minister of Defence @ Ukraine"}},
		{"post after a surname", "Mr Shinzo Abe arrived in Brussels. Prime Minister Abe met the Council.",
			[]string{"Shinzo Abe: Prime Minister @ "}},
		{"no post from a nearby country", "The Secretary General welcomed President Alexander Stubb's decision on Finland's membership.",
			[]string{"Alexander Stubb: President @ "}},
		{"relative clause", "General Curtis Scaparrotti, who is also Commander of US European Command, visited Tallinn.",
			[]string{"Curtis Scaparrotti: Commander @ United States European Command"}},
		{"office of a bare title", "At the Ministry of National Defence, he met the Minister, Mr Teodor Meleşcanu.",
			[]string{"Teodor Meleşcanu: Minister of National Defence @ "}},
		{"country named before", "Allies backed the reforms of Ukraine's government and of President Viktor Yushchenko.",
			[]string{"Viktor Yushchenko: President @ Ukraine"}},
		{"where he was", "General Piet Smit comes from Ramstein, Germany, where he was Commander of Allied Air Command.",
			[]string{"Piet Smit: Commander @ Allied Air Command"}},
		{"a second body", "The guests included the Commander of Allied Air Command and of the US 6th Fleet, Vice Admiral Anna Berg.",
			[]string{"Anna Berg: Commander @ Allied Air Command", "Anna Berg: Commander @ US 6th Fleet"}},
		{"the President of the Government", "The Secretary General will visit Spain on 12 March 2015. He will meet the President of the Government, Mr Mariano Rajoy.",
			[]string{"Mariano Rajoy: President of the Government @ Spain"}},
		{"a rank word heads a title", "The Secretary General and Supreme Allied Commander General James Jones are visiting Kabul.",
			[]string{"James Jones: Supreme Allied Commander @ "}},
		{"a country as a field", "He met the UN Special Representative for Afghanistan, Mr. Kai Eide, in Kabul.",
			[]string{"Kai Eide: Special Representative for Afghanistan @ United Nations"}},
		{"country of the sentence's city", "Brussels, 27 February 2004 – In Madrid, on 26 February, the Secretary General met Prime Minister José Maria Aznar.",
			[]string{"José Maria Aznar: Prime Minister @ Spain"}},
		{"apposition in brackets with an acronym", "He will be supported by General Curtis M. Scaparrotti (Supreme Allied Commander Europe or SACEUR) in each session.",
			[]string{"Curtis M. Scaparrotti: Supreme Allied Commander Europe @ North Atlantic Treaty Organization"}},
		{"a company's branch", "Mr Thomas Gottschild, Managing Director of MBDA Deutschland, said the plant would open.",
			[]string{"Thomas Gottschild: Managing Director @ MBDA Deutschland"}},
		{"the body named again", "Members heard the Executive Director of Frontex, the European Border and Coast Guard Agency, Fabrice Leggeri.",
			[]string{"Fabrice Leggeri: Executive Director @ European Border and Coast Guard Agency"}},
		{"hyphenCompound: a title joined by hyphens", "Allied ambassadors met Konstiantyn Morozov, Ukraine's Ambassador-at-large for NATO, in Brussels.",
			[]string{"Konstiantyn Morozov: Ambassador-at-large for NATO @ Ukraine"}},
		{"designate after the head", "He met the Commander-designate of ISAF, General Joseph Dunford, in Brussels.",
			[]string{"Joseph Dunford: Commander designate @ International Security Assistance Force"}},
		{"the subject's pronoun", "General Bantz Craddock arrived. He took up the post in 2006, succeeding General James Jones. Before coming to Europe, he was Commander of US Southern Command.",
			[]string{"Bantz Craddock: Commander @ US Southern Command"}},
		{"a parent body after the post's", "The Commander of the Regional Command West of the NATO-led KFOR mission, Colonel Francesco Ferrara, presided.",
			[]string{"Francesco Ferrara: Commander @ Regional Command West"}},
		{"a service before the rank", "NATO Headquarters Sarajevo opened in 2004. Its Commander, US Army Brigadier General Walter T. Lord, said the reforms were on track.",
			[]string{"Walter T. Lord: Commander @ NATO Headquarters Sarajevo"}},
		{"accredited to a country", "The Deputy Ambassador of Germany to Estonia, Mr Reinhard Wiemer, spoke.",
			[]string{"Reinhard Wiemer: Deputy Ambassador to Estonia @ Germany"}},
		{"a style heads a title", "The US Ambassador to NATO, Julianne Smith, briefed Allies.",
			[]string{"Julianne Smith: Ambassador to NATO @ United States"}},
		{"standingAt: a permanent representative's body is not in the title", "The Permanent Representative of Poland to NATO, Ambassador Tomasz Szatkowski, chaired the session.",
			[]string{"Tomasz Szatkowski: Permanent Representative @ Poland"}},
		{"standingAt: an ambassador's body is", "The Ambassador of Poland to NATO, Mr Jan Nowak, chaired the session.",
			[]string{"Jan Nowak: Ambassador to NATO @ Poland"}},
		{"bodyOfKnownBody: a part of a known body, named with it", "He met the Chairman of the Defence Committee of the Riigikogu, Mr Jaak Tamm.",
			[]string{"Jaak Tamm: Chairman @ Defence Committee of the Riigikogu"}},
		{"articleStatus: 'the first' TITLE in apposition", "The school was founded by General John Carter, the first Commander of the Kosovo Force, in 1999.",
			[]string{"John Carter: Commander @ Kosovo Force"}},
		{"seatedName: a body with a seat after a field's word is a body", "General Ann Ray served as Commander and President of Air University in Alabama.",
			[]string{"Ann Ray: Commander @ Air University", "Ann Ray: President @ Air University"}},
		{"secondLowerTitle: a second title in lower case after 'and'", "Admiral Tom Reed was formerly Assistant Chief of Naval Staff and head of the Fleet Air Arm.",
			[]string{"Tom Reed: Head @ Fleet Air Arm"}},
		{"apposition: 'a former' TITLE after a name another post gave", "The Chairman of the Military Committee, General Jan Olsen, a former Chief of Defence of Norway, attended.",
			[]string{"Jan Olsen: Chairman @ NATO Military Committee", "Jan Olsen: Chief of Defence @ Norway"}},
		{"untilNow: a post in apposition after 'until now'", "The ceremony was held today. General John Smith, until now Commanding General of US Army Europe, spoke.",
			[]string{"John Smith: Commanding General @ United States Army Europe"}},
		{"surnameAppositions: a post in apposition after a surname", "General Anne Dufour visited Paris. There, General Dufour, a former Chief of Staff of the French Air Force, addressed students.",
			[]string{"Anne Dufour: Chief of Staff @ French Air Force"}},
		{"servedInTitle: the post served, with its body after it, stays in the title", "Questions should go to Colonel Jan Berg, Public Information Advisor to the Chairman of the Military Committee, at NATO Headquarters.",
			[]string{"Jan Berg: Public Information Advisor to the Chairman @ NATO Military Committee"}},
		{"servedInTitle: an owner before the post served leaves it out", "He met the National Security Advisor to the US President, Ambassador John Bolton.",
			[]string{"John Bolton: National Security Advisor @ United States"}},
		{"stylePosts: a professor of a university", "Professor Irakli Beridze of the Georgian Technical University spoke next.",
			[]string{"Irakli Beridze: Professor @ Georgian Technical University"}},
		{"in a body", "He met the State Secretary in the Ministry of Defence, Tone Skogen.",
			[]string{"Tone Skogen: State Secretary @ Ministry of Defence"}},
		{"now", "Former NATO Secretary General Javier Solana, now President of the EsadeGeo Center for Global Economy, also attended.",
			[]string{"Javier Solana: President @ EsadeGeo Center for Global Economy"}},
		{"a body after the title without 'of'", "Kyiv, 5 May 2021 – Commander Joint Force Command Naples, Admiral Stuart B. Munsch, met the staff.",
			[]string{"Stuart B. Munsch: Commander @ Joint Force Command Naples"}},
		{"a post to another post", "He also met the Assistant to the President and National Security Advisor, Ambassador John Bolton.",
			[]string{"John Bolton: Assistant to the President @ ", "John Bolton: National Security Advisor @ "}},
		{"two titles, two bodies", "He also met the Supreme Allied Commander Europe (SACEUR) and Commander of the U.S. European Command (EUCOM), General Tod Wolters, on 18 May.",
			[]string{"Tod Wolters: Supreme Allied Commander Europe @ North Atlantic Treaty Organization", "Tod Wolters: Commander @ United States European Command"}},
		{"as the new TITLE", "The Secretary General appointed Ms Baiba Braže of Latvia as the new Assistant Secretary General for Public Diplomacy.",
			[]string{"Baiba Braže: Assistant Secretary General for Public Diplomacy @ North Atlantic Treaty Organization"}},
		{"copulaSubject: NAME was TITLE, no article", "Mr Alexander Vershbow was US Ambassador to the Russian Federation from 2001 to 2005.",
			[]string{"Alexander Vershbow: Ambassador to the Russian Federation @ United States"}},
		{"NAME is currently TITLE", "Ms Baiba Braže arrived. Ms Braže is currently Latvia's Ambassador to the Netherlands.",
			[]string{"Baiba Braže: Ambassador to the Netherlands @ Latvia"}},
		{"as its TITLE", "The NATO Parliamentary Assembly elected Gerald E. Connolly of the United States as its President in Copenhagen.",
			[]string{"Gerald E. Connolly: President @ NATO Parliamentary Assembly"}},
		{"a body before a rank word that is a title", "He met the KFOR Commander, Major General Ferenc Kajári, in Pristina.",
			[]string{"Ferenc Kajári: Commander @ Kosovo Force"}},
		{"to the US President", "He met the National Security Advisor to the US President, Ambassador John Bolton.",
			[]string{"John Bolton: National Security Advisor @ United States"}},
		{"a name after a body's name", "In Moscow, he met the Deputy Secretary of the National Security Council Erzhan Utembayev and the Chairman of the Council of Ministers Denis Zvizdic.",
			[]string{"Erzhan Utembayev: Deputy Secretary @ National Security Council", "Denis Zvizdic: Chairman @ Council of Ministers"}},
		{"a possessive title", "Robert Simmons, NATO Secretary General's Special Representative for the Caucasus and Central Asia, visited Astana.",
			[]string{"Robert Simmons: Special Representative for the Caucasus and Central Asia @ North Atlantic Treaty Organization"}},
		{"the name in brackets after the title", "The Slovakian Minister of Defence (Mr Peter Gajdoš) opened the unit.",
			[]string{"Peter Gajdoš: Minister of Defence @ Slovakia"}},
		{"a gazetteer title written with a comma", "General Philip Breedlove (Supreme Allied Commander, Europe) closed the conference.",
			[]string{"Philip Breedlove: Supreme Allied Commander Europe @ North Atlantic Treaty Organization"}},
		{"a body after the title, at the sentence's end", "The exercise is directed by Rear Admiral Jan C. Kaack, Commander JWC.",
			[]string{"Jan C. Kaack: Commander @ Joint Warfare Centre"}},
		{"a lower-case head with a body after it", "General Salvatore FARINA, commander Allied Joint Force Command Brunssum, attended.",
			[]string{"Salvatore FARINA: Commander @ Joint Force Command Brunssum"}},
		{"became the sixth commander of", "Lieutenant General Thierry Corbet became the sixth commander of the Rapid Reaction Corps France.",
			[]string{"Thierry Corbet: Commander @ Rapid Reaction Corps - France"}},
		{"a title's field, then its body", "The project was presented by Major General Nasser Al-Alathamneh, the Chief of Staff for Strategic Planning and Defence Resources of the Jordanian Armed Forces.",
			[]string{"Nasser Al-Alathamneh: Chief of Staff for Strategic Planning and Defence Resources @ Jordanian Armed Forces"}},
		{"two places name a body's field", "He met Mr Nicola de Santis, Head of the Middle East and North Africa Section, NATO Political Affairs and Security Policy Division.",
			[]string{"Nicola de Santis: Head @ Middle East and North Africa Section"}},
		{"a city visited", "The Secretary General visited Washington on 7 November 2011 to meet President Barack Obama. He also discussed Afghanistan and Afghanistan.",
			[]string{"Barack Obama: President @ United States"}},
		{"a field that is a country, without an owner", "They met the High Representative for Bosnia and Herzegovina, Christian Schmidt, in Sarajevo.",
			[]string{"Christian Schmidt: High Representative for Bosnia and Herzegovina @ "}},
		{"a monarch's number", "The Secretary General was received by His Majesty King Abdullah II of Jordan.",
			[]string{"Abdullah II: King @ Jordan"}},
		{"titles in apposition, one holder", "The chairman of the NRC, NATO Secretary General Jaap de Hoop Scheffer, opened the meeting.",
			[]string{"Jaap de Hoop Scheffer: Chairman @ NATO-Russia Council", "Jaap de Hoop Scheffer: Secretary General @ North Atlantic Treaty Organization"}},
		{"a list of one holder's titles", "He met the Prime Minister, Minister for Religious Affairs and Minister of Culture of the Grand Duchy of Luxembourg, Mr. Xavier Bettel.",
			[]string{"Xavier Bettel: Prime Minister @ Luxembourg", "Xavier Bettel: Minister for Religious Affairs @ Luxembourg", "Xavier Bettel: Minister of Culture @ Luxembourg"}},
		{"a verb of office after the name", "LTG Saint Claire Deville, commanding the French Land Forces, thanked the staff.",
			[]string{"Saint Claire Deville: Commander @ French Land Forces"}},
		{"a word between two heads", "Before that, Mr Kevin Scheid was Chief Operating Officer of the NATO Consultation, Command and Control Agency.",
			[]string{"Kevin Scheid: Chief Operating Officer @ NATO Consultation, Command and Control Agency"}},
		{"a chief of defence is the visited country's", "Amman, 3 May 2009 – During his visit to Jordan, the Secretary General met the Chief of Defence Staff General Khaled Jamil Stayfah.",
			[]string{"Khaled Jamil Stayfah: Chief of Defence Staff @ Jordan"}},
		{"a country's representative on a body", "Brussels, 3 May 2016 – The delegation met the Permanent Representative of Norway on the North Atlantic Council, Kari Olsen, NATO's Assistant Secretary General for Operations, Piet de Vries, and others.",
			[]string{"Kari Olsen: Permanent Representative @ Norway", "Piet de Vries: Assistant Secretary General for Operations @ North Atlantic Treaty Organization"}},
		{"apposition: NAME, the former TITLE", "Oslo, 3 May 2014 – The meeting was chaired by General Jan Olsen, the former Chief of Defence of Norway.",
			[]string{"Jan Olsen: Chief of Defence @ Norway"}},
		{"apposition past the holder's service", "Oslo, 3 May 2014 – The visitors were met by Lieutenant General Uwe Kranz, German Army, Commander Joint Warfare Centre.",
			[]string{"Uwe Kranz: Commander @ Joint Warfare Centre"}},
		{"a field that goes on before a comma", "London, 5 March 2014 – He met the Minister for Defence Procurement, Ms Ana Lopez.",
			[]string{"Ana Lopez: Minister for Defence Procurement @ "}},
		{"a field after the country", "Warsaw, 5 March 2014 – He met the State Minister of Poland for Digital Affairs, Anna Nowak.",
			[]string{"Anna Nowak: State Minister for Digital Affairs @ Poland"}},
		{"a word between a head and a gazetteer title", "Lublin, 5 March 2014 – He met the Deputy County Governor of Lublin, Anna Nowak.",
			[]string{"Anna Nowak: Deputy County Governor @ Lublin"}},
		{"a national office joined to a court's", "Amman, 5 March 2014 – During his visit to Jordan, he met the Chief of the Royal Court and Deputy Prime Minister, Dr. Omar Haddad.",
			[]string{"Omar Haddad: Chief @ Royal Court", "Omar Haddad: Deputy Prime Minister @ Jordan"}},
		{"a rank word that ends a title", "Tunis, 5 March 2014 – He met the Inspector General of the Tunisian Armed Forces, General Rudolf Elmi.",
			[]string{"Rudolf Elmi: Inspector General @ Tunisian Armed Forces"}},
		{"a topic's place gives no country", "Ottawa, 5 March 2014 – The Secretary General thanked Canada for its role in the training mission in Iraq. He also had discussions with Defence Minister Jason Kenney.",
			[]string{"Jason Kenney: Defence Minister @ "}},
		{"a title before the holder's service", "Mons, 5 March 2014 – The Supreme Allied Commander Europe, U.S. Air Force General Peter Lang, arrived.",
			[]string{"Peter Lang: Supreme Allied Commander Europe @ North Atlantic Treaty Organization"}},
		{"two national offices of one holder, without an article", "Oslo, 3 May 2023 – During his visit to Norway, he also held talks with Deputy Prime Minister and Foreign Minister Anna Berg.",
			[]string{"Anna Berg: Deputy Prime Minister @ Norway", "Anna Berg: Foreign Minister @ Norway"}},
		{"a field after a post's acronym, and a second title with its owner", "Brussels, 3 May 2023 – Mr. John Doe, the Assistant Secretary General (ASG) for Operations and NATO Special Envoy for the Sahel, spoke.",
			[]string{"John Doe: Assistant Secretary General for Operations @ North Atlantic Treaty Organization", "John Doe: Special Envoy for the Sahel @ North Atlantic Treaty Organization"}},
		{"a title in brackets after a name", "Mons, 3 May 2017 – General Mark Hale met General Tom Reed (Commander KFOR).",
			[]string{"Tom Reed: Commander @ Kosovo Force"}},
		{"a post's acronym introduced in brackets", "Mons, 3 May 2017 – NATO's Supreme Allied Commander Europe (known as SACEUR), General Mark Hale, met troops.",
			[]string{"Mark Hale: Supreme Allied Commander Europe @ North Atlantic Treaty Organization"}},
		{"a body's name ends before a phrase of its sentence", "Riga, 3 May 2017 – General Karl Vance, Commander JFC Brunssum in his first visit to Latvia, met troops.",
			[]string{"Karl Vance: Commander @ Joint Force Command Brunssum"}},
		{"served as the last", "Kabul, 3 May 2017 – General John Campbell served as the last Commander of the International Security Assistance Force.",
			[]string{"John Campbell: Commander @ International Security Assistance Force"}},
		{"a plural title, then names and their countries", "Brussels, 3 May 2023 – He met Foreign Ministers Yoshimasa Hayashi of Japan and Nanaia Mahuta of New Zealand.",
			[]string{"Yoshimasa Hayashi: Foreign Minister @ Japan", "Nanaia Mahuta: Foreign Minister @ New Zealand"}},
		{"a plural title, then countries and their names", "Brussels, 3 May 2023 – He met the Defence Ministers of Finland, Antti Kaikkonen, and Sweden, Peter Hultqvist.",
			[]string{"Antti Kaikkonen: Defence Minister @ Finland", "Peter Hultqvist: Defence Minister @ Sweden"}},
		{"the country of the town a sentence opens with", "Helsinki, 25 October 2021 – NATO Secretary General Jens Stoltenberg met Foreign Minister Pekka Haavisto of Finland in Helsinki. In Stockholm on Tuesday, he will meet Prime Minister Stefan Löfven. He will also meet Foreign Minister Ann Linde.",
			[]string{"Ann Linde: Foreign Minister @ Sweden"}},
		{"a body's possessive past a status word", "Ramstein, 3 May 2016 – The Allied Air Command's new Chief of Staff, Major General Ann Low, arrived.",
			[]string{"Ann Low: Chief of Staff @ Allied Air Command"}},
		{"a city before a national title", "Herat, 3 May 2016 – He met the Herat Governor, Dr. Mohammed Saba.",
			[]string{"Mohammed Saba: Governor @ Herāt"}},
		{"a name's own country over the list's", "Brussels, 3 May 2016 – He met Minister of Foreign Affairs of Azerbaijan Jeyhun Bayramov and Vice Minister for Foreign Affairs Tomoaki Shimada of Japan.",
			[]string{"Tomoaki Shimada: Vice Minister for Foreign Affairs @ Japan"}},
		{"a newspaper's editor", "Aspen, 20 July 2023 – He spoke with Anna Berg, Managing Editor at the Financial Times.",
			[]string{"Anna Berg: Managing Editor @ Financial Times"}},
		{"a lower-case title after a name, with its body", "Pristina, 3 May 2016 – He met General Tom Hale, the KFOR commander.",
			[]string{"Tom Hale: Commander @ Kosovo Force"}},
		{"the country a body's name names", "Washington, 11 July 2024 – The NATO-Ukraine Council met at the level of leaders with President Volodymyr Zelenskyy.",
			[]string{"Volodymyr Zelenskyy: President @ Ukraine"}},
		{"a chief of the defence force", "Canberra, 3 May 2012 – The Australian Chief of the Defence Force, General David Hurley, visited NATO.",
			[]string{"David Hurley: Chief of the Defence Force @ Australia"}},
		{"a field that reads as a body, after for", "London, 3 May 2017 – He met the Minister for Armed Forces, Mr James Heappey.",
			[]string{"James Heappey: Minister for Armed Forces @ "}},
		{"a domain that reads as a body", "The Chiefs heard an address by Pakistan’s Chief of Army Staff, General Ashfaq Parvez Kayani.",
			[]string{"Ashfaq Parvez Kayani: Chief of Army Staff @ Pakistan"}},
		{"apposition after the name's body", "The ceremony was presided over by General Egon Ramms of the German Army, Commander of Allied Joint Force Command Brunssum.",
			[]string{"Egon Ramms: Commander @ Joint Force Command Brunssum"}},
		{"an acronym that skips words of its long form", "The contract was placed by the NATO Airborne Early Warning and Control Programme Management Agency (NAPMA). The General Manager of NAPMA, Brigadier General Michael Gschossmann, spoke.",
			[]string{"Michael Gschossmann: General Manager @ NATO Airborne Early Warning and Control Programme Management Agency"}},
		{"a plural possessive owner", "He met the Latvian Joint Headquarters' Chief of Staff, Brigadier General Imants Ziedins.",
			[]string{"Imants Ziedins: Chief of Staff @ Latvian Joint Headquarters"}},
		{"a body without 'of', then its acronym", "He met Lieutenant General Juergen Bornemann, Director General International Military Staff (DG IMS), in Brussels.",
			[]string{"Juergen Bornemann: Director General @ International Military Staff"}},
		{"a title and its body before a rank", "He met Commander Maritime Component Command Naples Vice Admiral Roberto Cesaretti.",
			[]string{"Roberto Cesaretti: Commander @ Maritime Component Command Naples"}},
		{"ledBody: a bare title after a body and \"led by the\" is the body's", "Stavanger, 3 May 2008 – General Ivo Berg met the senior officers of the Joint Warfare Centre, led by the Director, Lieutenant General Tom Rask.",
			[]string{"Tom Rask: Director @ Joint Warfare Centre"}},
		{"standingBodies: a standing representation no country owns sits at the body after \"to\"", "Solbiate Olona, 3 May 2023 – The corps welcomed Ambassador Tom Rask, the Permanent Representative to NATO.",
			[]string{"Tom Rask: Permanent Representative @ North Atlantic Treaty Organization"}},
		{"bodysForces: a body's mission before the mission's place; appositionOpen: \"currently the\" after the name", "Brussels, 10 October 2012 – The Council approved the appointment of General Tom Rask, currently the commander of the NATO-led ISAF mission in Afghanistan, as the new Commander.",
			[]string{"Tom Rask: Commander @ International Security Assistance Force"}},
		{"placedPostAcronym: a title, its place after \"in\", then the post's acronym", "Brussels, 10 October 2012 – The Council approved General Tom Rask as the new Supreme Allied Commander in Europe (SACEUR).",
			[]string{"Tom Rask: Supreme Allied Commander Europe @ North Atlantic Treaty Organization"}},
		{"bodyComplement: a title's letters in brackets, then its body after \"of\"", "Capellen, 7 August 2013 – Brigadier General Tom Rask was selected as the General Manager (GM) of the NATO Airborne Early Warning and Control Programme Management Agency (NAPMA).",
			[]string{"Tom Rask: General Manager @ NATO Airborne Early Warning and Control Programme Management Agency"}},
		{"takenOffice: \"assume the positions of both\" two posts", "Brussels, 14 July 2006 – General Tom Rask will assume the positions of both SACEUR and Commander, U.S. European Command.",
			[]string{"Tom Rask: Commander @ United States European Command", "Tom Rask: Supreme Allied Commander Europe @ North Atlantic Treaty Organization"}},
		{"commandObject: \"took over the POST position from\" is a change of that post", "Brussels, 15 July 2019 – Lieutenant General Tom Rask took over the DGIMS position from Lieutenant General Ivo Berg on 11 July 2019.",
			[]string{"Ivo Berg: Director General @ International Military Staff", "Tom Rask: Director General @ International Military Staff"}},
		{"field-nouns.tsv: Acquisition and Contracts are a title's field, no body", "Brussels, 3 July 2017 – Tom Rask, Director of Acquisition, and Ivo Berg, Head of Contracts, spoke.",
			[]string{"Ivo Berg: Head of Contracts @ ", "Tom Rask: Director of Acquisition @ "}},
		{"postsOpenedBy: a title that opens the titles of one body's posts is that body's", "Kabul, 3 May 2006 – The Secretary General and Supreme Allied Commander General Tom Rask are visiting NATO troops in Afghanistan.",
			[]string{"Tom Rask: Supreme Allied Commander @ North Atlantic Treaty Organization"}},
		{"role-heads.tsv: Moderator and Instructor head titles", "Brussels, 3 May 2015 – The panel's Moderator, Tom Rask, and Chief Instructor Ivo Berg spoke.",
			[]string{"Ivo Berg: Chief Instructor @ ", "Tom Rask: Moderator @ "}},
		{"roles.tsv: Aide-de-Camp is a title", "Mons, 17 April 2018 – The delegation included Aide-de-Camp Captain Tom Rask.",
			[]string{"Tom Rask: Aide-de-Camp @ "}},
		{"role-heads.tsv: Assistant heads a title", "Mons, 17 April 2018 – The delegation included Executive Assistant Lieutenant Colonel Tom Rask.",
			[]string{"Tom Rask: Executive Assistant @ "}},
		{"skipAcronym: a body's seat in brackets, then the holder's rank", "Also present was the Commander of the Allied Land Command (Izmir) Lieutenant General Tom Rask.",
			[]string{"Tom Rask: Commander @ Allied Land Command"}},
		{"coordinated titles take the implied country", "Belgrade, 10 May 2015 – The Secretary General met Serbia's President. He also met the First Deputy Prime Minister and Minister of Foreign Affairs, Ivica Dačić.",
			[]string{"Ivica Dačić: First Deputy Prime Minister @ Serbia", "Ivica Dačić: Minister of Foreign Affairs @ Serbia"}},
		{"a particle joined by a hyphen", "He met Iraqi Defence Minister Najah al-Shammari in Baghdad.",
			[]string{"Najah al-Shammari: Defence Minister @ Iraq"}},
		{"a post acronym after a demonym", "He met the Danish CHOD General Flemming Lentfer.",
			[]string{"Flemming Lentfer: Chief of Defence @ Denmark"}},
		{"a lower-case title after a demonym", "The recently appointed Ukrainian foreign minister, Arseniy Yatsenyuk, attended.",
			[]string{"Arseniy Yatsenyuk: Foreign Minister @ Ukraine"}},
		{"a lower-case head after the body", "General Jeff Harrigian, NATO Allied Air Command commander, spoke.",
			[]string{"Jeff Harrigian: Commander @ Allied Air Command"}},
		{"a body's officials in a list", "They were welcomed by the General Manager of the NCI Agency, Mr Kevin J. Scheid and the Chief of Staff, Major General Göksel Sevindik.",
			[]string{"Göksel Sevindik: Chief of Staff @ NATO Communications and Information Agency"}},
		{"coordinated titles before a style", "In Amman, he met the Prime Minister and Defence Minister H.E. Mr. Nader Dhahabi.",
			[]string{"Nader Dhahabi: Prime Minister @ Jordan", "Nader Dhahabi: Defence Minister @ Jordan"}},
		{"the publisher's title for the one untitled person", "Brussels, 10 May 2009 – Anders Fogh Rasmussen highlighted the reforms of Ukraine. The Secretary General added that NATO would help.",
			[]string{"Anders Fogh Rasmussen: Secretary General @ North Atlantic Treaty Organization"}},
		{"lower-case titles before a name", "Munich, 16 February 2019 – He met the Russian foreign minister Sergey Lavrov, MARCOM's commander, Vice Admiral Mike Utley, and the Swedish Prime minister Ulf Kristersson.",
			[]string{"Sergey Lavrov: Foreign Minister @ Russia", "Mike Utley: Commander @ Allied Maritime Command", "Ulf Kristersson: Prime minister @ Sweden"}},
		{"a country's possessive after the title", "Munich, 16 February 2019 – He met Prime Minister Andrej Plenković to discuss Croatia's contributions to KFOR.",
			[]string{"Andrej Plenković: Prime Minister @ Croatia"}},
		{"a known post's acronym after a shorter title", "He met the Supreme Allied Commander (SACEUR), General John Craddock.",
			[]string{"John Craddock: Supreme Allied Commander Europe @ North Atlantic Treaty Organization"}},
		{"a body with a compass word", "He met the Regional Command South Commander, Major General Marc Lessard.",
			[]string{"Marc Lessard: Commander @ Regional Command South"}},
		{"a paragraph wrapped at a fixed width", "On Tuesday, 5 February 2019, the NATO Secretary General, Mr Jens\nStoltenberg, will meet the Prime Minister of Slovenia, Mr Marjan\nŠarec, at NATO Headquarters in Brussels.",
			[]string{"Jens Stoltenberg: Secretary General @ North Atlantic Treaty Organization", "Marjan Šarec: Prime Minister @ Slovenia"}},
		{"lowerTitleOfPlace: a title in lower case of a country, in apposition after or before a name", "On 3 May 2013 he met Hugh Bayley, the prime minister of Luxembourg, and the foreign minister of Sweden, Ann Linde, in Brussels.",
			[]string{"Hugh Bayley: Prime Minister @ Luxembourg", "Ann Linde: Foreign Minister @ Sweden"}},
		{"roleInLowerCase: a title of the gazetteer in lower case, in apposition after a name", "Major General Curtis Scaparrotti, commanding general of Regional Command East, met Mr Mircea Geoana, the deputy secretary general of NATO.",
			[]string{"Curtis Scaparrotti: Commanding General @ Regional Command East", "Mircea Geoana: Deputy Secretary General @ North Atlantic Treaty Organization"}},
		{"bareSecondBody: a second body after 'and' closing the phrase, a command with its theatre after a hyphen", "General Stanley McChrystal, commander of ISAF and U.S. Forces-Afghanistan, visited Kandahar.",
			[]string{"Stanley McChrystal: Commander @ International Security Assistance Force", "Stanley McChrystal: Commander @ United States Forces – Afghanistan"}},
		{"division: a division named with its kind in lower case", "On 3 May 2007 he met the Governor of Ghazni province, Mairajuddin Pataan, and the Governor of Kharkiv oblast, Oleh Syniehubov.",
			[]string{"Mairajuddin Pataan: Governor @ Ghaznī", "Oleh Syniehubov: Governor @ Kharkiv"}},
		{"a name's suffix after a comma", "Kabul, 2 March 2016 – General John W. Nicholson, Jr., the Commander of Resolute Support, spoke.",
			[]string{"John W. Nicholson, Jr.: Commander @ Resolute Support Mission"}},
		{"a name's suffix with its full stop", "Kabul, 2 March 2016 – General John W. Nicholson Jr., the Commander of Resolute Support, spoke.",
			[]string{"John W. Nicholson Jr.: Commander @ Resolute Support Mission"}},
		{"an abbreviated rank joined by a hyphen", "Northwood, 5 May 2019 – The Commander of the Royal Canadian Navy, Vice-Adm. Ron Lloyd, was there.",
			[]string{"Ron Lloyd: Commander @ Royal Canadian Navy"}},
		{"a body whose name opens with a dotted country", "He met the commander of the U.S. Combined Forces Command (CFC-A), Lieutenant General Karl Eikenberry.",
			[]string{"Karl Eikenberry: Commander @ U.S. Combined Forces Command"}},
		{"a field that goes on after a known title", "He met the United Kingdom's Minister for Defence Procurement James Cartlidge.",
			[]string{"James Cartlidge: Minister for Defence Procurement @ United Kingdom"}},
		{"a lower-case title after 'its'", "DIANA opened a site in London. Its work is led by its managing director Professor Deeph Chana.",
			[]string{"Deeph Chana: Managing Director @ Defence Innovation Accelerator for the North Atlantic"}},
		{"a body after a country's possessive", "He met Javed Iqbal, President of Pakistan's National Defence University, in Islamabad.",
			[]string{"Javed Iqbal: President @ National Defence University"}},
		{"a body's acronym before the title", "He met the African Union (AU) Chairperson, President Paul Kagame.",
			[]string{"Paul Kagame: Chairperson @ African Union"}},
		{"a former post in apposition", "Speakers included Stefanie Babst, former NATO Assistant Secretary General for Public Diplomacy, and others.",
			[]string{"Stefanie Babst: Assistant Secretary General for Public Diplomacy @ North Atlantic Treaty Organization"}},
		{"a gazetteer title that names its body", "The plenary session was presided by NATO PA President Paolo Alli.",
			[]string{"Paolo Alli: President @ NATO Parliamentary Assembly"}},
		{"the country of the sentence before", "On 2 July 2010, the Secretary General travelled to Lisbon, Portugal. Meeting with Prime Minister José Socrates, he discussed the Summit. Some 270 Portuguese soldiers serve in Afghanistan with Afghan forces.",
			[]string{"José Socrates: Prime Minister @ Portugal"}},
		{"a nationality in brackets after the name", "Rasa Jukneviciene (Lithuania), former NATO PA President, spoke.",
			[]string{"Rasa Jukneviciene: President @ NATO Parliamentary Assembly"}},
		{"'a' before a title in apposition", "Geoffrey Van Orden, a Member of the European Parliament, replied.",
			[]string{"Geoffrey Van Orden: Member @ European Parliament"}},
		{"an acronym before its long form", "The Commandant of the NSO (NATO School Oberammergau), Colonel Jay Smith, welcomed them.",
			[]string{"Jay Smith: Commandant @ NATO School Oberammergau"}},
		{"names at the end of fields in a list of titles", "Riga, 1 February 2018 – She met Latvian Foreign Minister Edgars Rinkēvičs, State Secretary for Foreign Affairs Andrejs Pildegovičs, State Secretary for Defence Jānis Garisons.",
			[]string{"Andrejs Pildegovičs: State Secretary for Foreign Affairs @ Latvia", "Jānis Garisons: State Secretary for Defence @ Latvia"}},
		{"a gazetteer title that opens with its body", "Brussels, 5 May 2015 – He met EU High Representative Federica Mogherini.",
			[]string{"Federica Mogherini: High Representative @ European Union"}},
		{"an adjective before the body", "She met Denis Bećirović, member of the tripartite Presidency of Bosnia and Herzegovina.",
			[]string{"Denis Bećirović: Member @ Presidency of Bosnia and Herzegovina"}},
		{"a name after a field's word, a mixed-case acronym, a gazetteer title's other form", "Bucharest, 5 May 2022 – He met the Chief of the Defense Staff (SMAp), General Daniel Petrescu, Vice-Minister of Foreign Affairs Arnoldas Pranckevičius and the Supreme Allied Commander for Transformation, General Philippe Lavigne.",
			[]string{"Daniel Petrescu: Chief of the Defense Staff @ ", "Arnoldas Pranckevičius: Vice-Minister of Foreign Affairs @ ", "Philippe Lavigne: Supreme Allied Commander for Transformation @ North Atlantic Treaty Organization"}},
		{"a second title after 'and' with a modifier", "Brussels, 12 July 2021 – The Secretary General met Yair Lapid, Minister of Foreign Affairs and Alternate Prime Minister of Israel.",
			[]string{"Yair Lapid: Minister of Foreign Affairs @ Israel", "Yair Lapid: Alternate Prime Minister @ Israel"}},
		{"a name's word that ends in an apostrophe", "Baghdad, 12 July 2025 – He met Prime Minister Mohammed Shia' al-Sudani of Iraq.",
			[]string{"Mohammed Shia' al-Sudani: Prime Minister @ Iraq"}},
		{"is the new commander", "Lieutenant General Wolfgang Korte of the German Army is the new commander of NATO's Joint Warfare Centre.",
			[]string{"Wolfgang Korte: Commander @ Joint Warfare Centre"}},
		{"its title, of a body named by its head before", "Wolfgang Korte leads NATO's Joint Warfare Centre. Air Marshal Peter Walker had led the Centre as its Director.",
			[]string{"Peter Walker: Director @ Joint Warfare Centre"}},
		{"bareHeadBody: a capitalised head alone names the body named before", "He spoke at the Council on Foreign Relations. The debate was chaired by the President of the Council, Richard Haass.",
			[]string{"Richard Haass: President @ Council on Foreign Relations"}},
		{"bareHeadBody: a lower-case head alone names the body named before", "She addressed students of the University of Chicago Booth School of Business. She was welcomed by the Dean of the school, Madhav Rajan.",
			[]string{"Madhav Rajan: Dean @ University of Chicago Booth School of Business"}},
		{"modifierBody: 'its' passes a body that only owns a noun phrase", "The Multinational Brigade South-East forms part of NATO's tailored forward presence. Its commander, Brigadier General Ion Lind, spoke.",
			[]string{"Ion Lind: Commander @ Multinational Brigade South-East"}},
		{"'whose' before a title: the body just named", "The lecture was organised with the Atlantic Treaty Association, whose President, Professor Anna Berg, chaired it.",
			[]string{"Anna Berg: President @ Atlantic Treaty Association"}},
		{"'acting' in lower case stays in the title", "The acting Deputy Secretary General, Boris Ruge, chaired the meeting.",
			[]string{"Boris Ruge: Acting Deputy Secretary General @ North Atlantic Treaty Organization"}},
		{"two titled names before one 'of COUNTRY'", "In the evening, King Willem-Alexander and Queen Máxima of the Netherlands hosted a dinner.",
			[]string{"Willem-Alexander: King @ Netherlands", "Máxima: Queen @ Netherlands"}},
		{"a holder's name that ends in a body's head", "They talked with NATO's Assistant Secretary General for Public Diplomacy, Jean-François Bureau.",
			[]string{"Jean-François Bureau: Assistant Secretary General for Public Diplomacy @ North Atlantic Treaty Organization"}},
		{"fieldsJoined: two fields joined by and before the head", "He took part in a panel with Mr Tom Hale, Foreign Affairs and Defence Advisor to the Prime Minister of the Netherlands.",
			[]string{"Tom Hale: Foreign Affairs and Defence Advisor to the Prime Minister @ Netherlands"}},
		{"domainEnd: a field's word joined by a hyphen to one in lower case", "The speakers included Mr Tom Hale, Director for Planning and Follow-up of the Bahraini Ministry of Foreign Affairs.",
			[]string{"Tom Hale: Director for Planning and Follow-up @ Bahraini Ministry of Foreign Affairs"}},
		{"newPostBefore, command-verbs.tsv: the handover of a post named new before", "Norfolk, 28 September 2012 – Today marks the welcoming ceremony of a new Supreme Allied Commander Transformation (SACT). General Tom Rask has taken the handover from General Ivo Berg in a ceremony.",
			[]string{"Tom Rask: Supreme Allied Commander Transformation @ North Atlantic Treaty Organization", "Ivo Berg: Supreme Allied Commander Transformation @ North Atlantic Treaty Organization"}},
		{"nameAfterTitle: an event's name before a title is no holder's, though 'Nato' is a given name", "The Ministers will take part in the NATO Transformation Seminar, organised by the Supreme Allied Commander Transformation, General Tom Rask.",
			[]string{"Tom Rask: Supreme Allied Commander Transformation @ North Atlantic Treaty Organization"}},
		{"nameAfterTitle: a holder's name that ends in a body's head, its title after it", "The speakers included Jean-François Bureau, NATO's Assistant Secretary General for Public Diplomacy.",
			[]string{"Jean-François Bureau: Assistant Secretary General for Public Diplomacy @ North Atlantic Treaty Organization"}},
		{"a body described again before the name", "It heard the President of the Riigikogu, the Estonian parliament, Ene Ergma.",
			[]string{"Ene Ergma: President @ Riigikogu"}},
		{"a complement in lower case before the name", "He met the High Representative of the international community, Paddy Ashdown, and others.",
			[]string{"Paddy Ashdown: High Representative @ "}},
		{"a body led 'as' a title; an acting post and the post", "The NATO Parliamentary Assembly met. Michał Szczerba of Poland, who had led the Assembly as acting President, was elected President of the NATO PA.",
			[]string{"Michał Szczerba: Acting President @ NATO Parliamentary Assembly", "Michał Szczerba: President @ NATO Parliamentary Assembly"}},
		{"a demonym shared by a second title after a name and 'and'", "Allies then met Afghan President Ashraf Ghani and Chief Executive Abdullah Abdullah.",
			[]string{"Ashraf Ghani: President @ Afghanistan", "Abdullah Abdullah: Chief Executive @ Afghanistan"}},
		{"a Congress named with 'of'", "He thanked the President of the Congress of Deputies, Meritxell Batet, for hosting the Assembly.",
			[]string{"Meritxell Batet: President @ Congress of Deputies"}},
		{"a one-letter name word joined by an apostrophe", "The visitors were greeted by the General Manager of the Agency, Mr Georges D'hollander.",
			[]string{"Georges D'hollander: General Manager @ "}},
		{"a peer's territorial name; 'a former' title in apposition", "Speakers included Lord Robertson of Port Ellen, a former Secretary General of NATO; and others.",
			[]string{"Lord Robertson of Port Ellen: Secretary General @ North Atlantic Treaty Organization"}},
		{"pluralHolders: a plural title in lower case, its group after of, a dash, each holder with a country", "The memorandum was signed by the foreign ministers of the three countries – Anna Berg of Finland, Tom Rask of Sweden, and Ivo Kaya of Türkiye – at the summit.",
			[]string{"Anna Berg: Foreign Minister @ Finland", "Tom Rask: Foreign Minister @ Sweden", "Ivo Kaya: Foreign Minister @ Türkiye"}},
		{"pluralHolders: a status word before a plural title is no word of it", "The memorandum was signed by the new foreign ministers Anna Berg of Finland and Tom Rask of Sweden.",
			[]string{"Anna Berg: Foreign Minister @ Finland", "Tom Rask: Foreign Minister @ Sweden"}},
		{"holders listed after a colon, each with a country", "The foreign ministers of the new Allies then took the floor: Solomon Passy of Bulgaria, Rihards Pīks of Latvia and Dimitrij Rupel of Slovenia.",
			[]string{"Solomon Passy: Foreign Minister @ Bulgaria", "Rihards Pīks: Foreign Minister @ Latvia", "Dimitrij Rupel: Foreign Minister @ Slovenia"}},
		{"a councillor", "Mr Stoltenberg held talks in Bern with Federal Councillor Didier Burkhalter.",
			[]string{"Didier Burkhalter: Federal Councillor @ "}},
		{"on DOMAIN, an acronym not known", "The Special Representative on Women, Peace and Security (SGSR WPS), Ms. Irene Fellin, spoke.",
			[]string{"Irene Fellin: Special Representative on Women, Peace and Security @ "}},
		{"companyAfter: a company after a corporate title", "Anna Berg, Chief Executive Officer of Nordwind Systems, welcomed the investment. Tom Hale, the Chief Executive of Baltic Drones, agreed.",
			[]string{"Anna Berg: Chief Executive Officer @ Nordwind Systems", "Tom Hale: Chief Executive @ Baltic Drones"}},
		{"fieldBeforeBody: a field, then the body after 'of the'", "He met the Deputy Chief of Joint Operations of the Norwegian Armed Forces, Major General Lars Dahl.",
			[]string{"Lars Dahl: Deputy Chief of Joint Operations @ Norwegian Armed Forces"}},
		{"complementAt: a second field before the sentence's end", "Moldova was represented by Ion Rusu, the Minister of Foreign Affairs and European Integration.",
			[]string{"Ion Rusu: Minister of Foreign Affairs and European Integration @ Moldova"}},
		{"successorOrg: the same title after an interim holder's", "Jan Kowal, who has served as DIANA's interim Managing Director, handed over to the incoming Managing Director, Ms Maria Lind.",
			[]string{"Maria Lind: Managing Director @ Defence Innovation Accelerator for the North Atlantic"}},
		{"fullerTitle: a bare title is the fuller one told before, with its body", "Eva Holm took office as NATO's Special Representative for Women, Peace and Security. She worked for years at the United Nations. She succeeds Ambassador Ana Lopes, who served as Special Representative from 2014 to 2017.",
			[]string{"Eva Holm: Special Representative for Women, Peace and Security @ North Atlantic Treaty Organization", "Ana Lopes: Special Representative for Women, Peace and Security @ North Atlantic Treaty Organization"}},
		{"postAt: a former title in apposition after a title no one holds", "The Council heard the report of the Reflection Group from its Chair, former Prime Minister Ana Lopes, on Monday.",
			[]string{"Ana Lopes: Chair @ Reflection Group", "Ana Lopes: Prime Minister @ "}},
		{"postsAlone: a post after 'formerly' is its subject's, not the post's later holder's", "Admiral Marco Neri, formerly Italy's Chief of Defence, spoke. Italy was represented by its new Chief of Defence, General Luca Conti.",
			[]string{"Marco Neri: Chief of Defence @ Italy", "Luca Conti: Chief of Defence @ Italy"}},
		{"lowerApposition: 'a member of BODY' in apposition", "The panel was chaired by Ms Ana Costa, a member of the Portuguese Assembly of the Republic, and others.",
			[]string{"Ana Costa: Member @ Portuguese Assembly of the Republic"}},
		{"apposition: a second title after a titled name", "He met Federal Councillor Hans Keller, Head of the Federal Department of Finance, in Bern.",
			[]string{"Hans Keller: Federal Councillor @ Switzerland", "Hans Keller: Head @ Federal Department of Finance"}},
		{"nameAfterPost: a title between two names is the second's", "Prime Minister Anna Berg, Romania's Minister of Foreign Affairs, Mr Ion Popa, and others met.",
			[]string{"Anna Berg: Prime Minister @ ", "Ion Popa: Minister of Foreign Affairs @ Romania"}},
		{"bodyEndAt: a known body after 'for' in a title that has its owner", "The visit was announced by Albania's National Coordinator for NATO, Mr Arben Hoxha.",
			[]string{"Arben Hoxha: National Coordinator for NATO @ Albania"}},
		{"an heir apparent, after the monarch of the same sentence", "In Doha he was received by the Emir of Qatar, Sheikh Hamad Al-Thani, and by the Heir Apparent, Sheikh Jassim Al-Thani.",
			[]string{"Jassim Al-Thani: Heir Apparent @ Qatar"}},
		{"a one-word alias of a body's title stays as written; an acronym names the body", "The debate was moderated by United States Congressman Tom Reed, and MEP Anna Nowak spoke.",
			[]string{"Tom Reed: Congressman @ United States", "Anna Nowak: Member @ European Parliament"}},
		{"relativeOpen: the subject of a copula past a relative clause", "General Paul Hart, who was ending his second tour in the country, was the last Commander of KFOR.",
			[]string{"Paul Hart: Commander @ Kosovo Force"}},
		{"paragraphCountry: the country of the paragraph's last national office", "The Chair visited Romania and Bulgaria. In Romania, he met Romanian officials.\n\nOn Tuesday, the Chair was received by the Bulgarian Minister of Defence, Mr Ivan Petrov. Their talks covered the Black Sea. Later, the Chief of Defence, Admiral Emil Eftimov, briefed the Chair.",
			[]string{"Ivan Petrov: Minister of Defence @ Bulgaria", "Emil Eftimov: Chief of Defence @ Bulgaria"}},
		{"appositiveSecondTitle: 'and the TITLE' ending the sentence is the same holder's", "The minister received Mr Jan Berg, NATO's Deputy Assistant Secretary General for Operations and the Secretary General's Special Representative for the Caucasus.",
			[]string{"Jan Berg: Deputy Assistant Secretary General for Operations @ North Atlantic Treaty Organization", "Jan Berg: Special Representative for the Caucasus @ North Atlantic Treaty Organization"}},
		{"lowerTitleWordBeforeHead: a lower-case title word before a lower-case head in apposition", "Mr Karim Aliyev, acting head of the Mission of the Republic of Azerbaijan to NATO, met him.",
			[]string{"Karim Aliyev: Acting Head @ Mission of the Republic of Azerbaijan to NATO"}},
		{"unitOfTitle: the delegation a head leads stays in the title", "Mr Ali Demir, head of the delegation of the Grand National Assembly of Türkiye to the NATO Parliamentary Assembly, spoke.",
			[]string{"Ali Demir: Head of the delegation @ Grand National Assembly of Türkiye"}},
		{"unitOfTitle: a demonym's delegation to a body named by its head", "The NATO Parliamentary Assembly met. The head of the Polish delegation to the Assembly, Jan Nowak, spoke.",
			[]string{"Jan Nowak: Head of the Polish delegation @ NATO Parliamentary Assembly"}},
		{"bodyAfterIn: the body after a country's adjective and 'in'", "The German State Secretary in the Federal Ministry of Defence, Mr Karl Weber, attended the signing.",
			[]string{"Karl Weber: State Secretary @ Federal Ministry of Defence"}},
		{"standingTo: a country's permanent representative to a body", "The ceremony was attended by the Netherlands' Permanent Representative to NATO, Ambassador Anna de Vries.",
			[]string{"Anna de Vries: Permanent Representative @ Netherlands"}},
		{"parentsPost: a post of the publisher listed after one of its committee", "The President met the Chairman of the NATO Military Committee, General Jan Olsen, and the Assistant Secretary General for Operations, Ambassador Karl Weber.",
			[]string{"Jan Olsen: Chairman @ NATO Military Committee", "Karl Weber: Assistant Secretary General for Operations @ North Atlantic Treaty Organization"}},
		{"parentsPost: a committee's own officer shares its body", "The President met the Chairman of the NATO Military Committee, General Jan Olsen, and the Deputy Chairman, Lieutenant General Karl Weber.",
			[]string{"Jan Olsen: Chairman @ NATO Military Committee", "Karl Weber: Deputy Chairman @ NATO Military Committee"}},
		{"asPost: 'as the next TITLE' after an appointment", "The Chiefs of Defence elected Admiral Marco Neri as the next Chair of the NATO Military Committee.",
			[]string{"Marco Neri: Chair @ NATO Military Committee"}},
		{"bodysHeadApposed: a body and a head in lower case in apposition, items of a list ended by a semicolon or 'and'", "Kabul, 30 June 2007 – The elders met Gen. Dan McNeill, ISAF commander; Maj. Gen. Jacko Page, the Regional Command South commander and Maj. Gen. Ivo Berg, the Afghan National Police commander.",
			[]string{"Dan McNeill: Commander @ International Security Assistance Force", "Jacko Page: Commander @ Regional Command South", "Ivo Berg: Commander @ Afghan National Police"}},
		{"bodysHeadApposed, seatBefore: a town before the head of a post that governs it", "Kabul, 30 June 2007 – Mairajuddin Pataan, Ghazni governor, asked the people to work together.",
			[]string{"Mairajuddin Pataan: Governor @ Ghaznī"}},
		{"seatedDivisions: a word that names nothing else before a governor names the province", "Kabul, 1 July 2007 – Ghowr Gov. Shah Abdul Ahad Afzali thanked the team. The tribal leaders met Abdul Hakim Munib, Marzan governor, on Monday.",
			[]string{"Shah Abdul Ahad Afzali: Governor @ Ghowr", "Abdul Hakim Munib: Governor @ Marzan"}},
		{"asPost, bodysHeadApposed: 'serves as both TITLE and BODY head'", "Mons, 3 May 2023 – Gen. Tom Rask serves as both Supreme Allied Commander Europe and EUCOM commander. NATO and U.S. staffs met.",
			[]string{"Tom Rask: Supreme Allied Commander Europe @ North Atlantic Treaty Organization", "Tom Rask: Commander @ United States European Command"}},
		{"bodysHeadApposed: 'the BODY head, NAME'", "Kabul, 3 May 2008 – The operation was announced by the ISAF spokesman, Brigadier General Carlos Branco.",
			[]string{"Carlos Branco: Spokesman @ International Security Assistance Force"}},
		{"lowerOwned: a country's head and its complement in apposition", "Brussels, 3 May 2008 – Karin Olsen, Norway's ambassador to NATO, welcomed the visitors.",
			[]string{"Karin Olsen: Ambassador to NATO @ Norway"}},
		{"lowerOwned, lowerField, lowerFieldEnd: a body's or a country's lower-case title with its fields after \"of\" and \"for\", in apposition", "Norfolk, 3 May 2011 – The talks were opened by General Tom Rask, ACT's deputy chief of staff for policy and planning, and by Karin Olsen, Norway's minister for defence.",
			[]string{"Tom Rask: Deputy Chief of Staff for Policy and Planning @ Allied Command Transformation", "Karin Olsen: Minister for Defence @ Norway"}},
		{"copulaSubject, titleOpensClause: a title that stands for its holder as the subject of 'is also'", "Mons, 3 May 2022 – NATO's Supreme Allied Commander Europe (SACEUR), General Tom Rask, visited the headquarters. In addition to his NATO duties, SACEUR is also Commander U.S. European Command (US EUCOM).",
			[]string{"Tom Rask: Commander @ United States European Command", "Tom Rask: Supreme Allied Commander Europe @ North Atlantic Treaty Organization"}},
		{"nameRun: a number after a comma ends a name whose apposition goes on", "Kabul, 3 May 2009 – Lt. Gen. Tom B. Rask, IV, the new commander of NTM-A, intends to continue.",
			[]string{"Tom B. Rask, IV: Commander @ NATO Training Mission-Afghanistan"}},
		{"coordinated, role-modifiers.tsv: 'Standing' is a title's word, so two titles before one name", "Pristina, 9 December 2024 – The Commander met the Member of the European Parliament and Standing Rapporteur for Kosovo, His Excellency Tom Rask, at KFOR Headquarters.",
			[]string{"Tom Rask: Member @ European Parliament", "Tom Rask: Standing Rapporteur for Kosovo @ European Parliament"}},
		{"role-modifiers.tsv: 'departing' marks a post left, as 'outgoing' does", "Ferrol, 3 May 2024 – Rear Admiral Tom Rask, departing SNMG1 Commander, thanked the crews.",
			[]string{"Tom Rask: Commander @ Standing NATO Maritime Group 1"}},
		{"datelineSeat, role-heads.tsv seat town: a mayor the text gives no town is the mayor of the dateline's town", "GJILAN, Kosovo, 3 May 2016 – The Commander opened the new building. Also present was the Mayor of the municipality, Mr. Tom Rask.",
			[]string{"Tom Rask: Mayor @ Gjilan"}},
		{"datelineSeat: a governor is no town's", "GJILAN, Kosovo, 3 May 2016 – The Commander met Governor Tom Rask.",
			[]string{"Tom Rask: Governor @ Kosovo"}},
		{"acronymInsideName, connectors.tsv: a name with \"and\" its bracketed acronym splits owns the post its \"its\" names", "The Hague, 3 July 2017 – The NATO Communications and Information (NCI) Agency has welcomed its new General Manager, Mr Tom Rask.",
			[]string{"Tom Rask: General Manager @ NATO Communications and Information Agency"}},
		{"pronouns: a subject pronoun after \"that\" is the teller's, not the told's", "Brussels, 3 September 2024 – Mr Tom Rask notified the Secretary General that he will step down as NATO Deputy Secretary General on 10 September. Secretary General Ivo Berg accepted the resignation.",
			[]string{"Tom Rask: Deputy Secretary General @ North Atlantic Treaty Organization", "Ivo Berg: Secretary General @ North Atlantic Treaty Organization"}},
		{"bodyComplement: a title \"within\" a body is that body's", "Chisinau, 3 May 2021 – “We are glad”, NATO’s Deputy Assistant Secretary General within the Operations Division, Tom Rask, said during the event.",
			[]string{"Tom Rask: Deputy Assistant Secretary General @ Operations Division"}},
		{"withPost, rankedNameEndsAt: a title right after a ranked name, with no comma between", "Lisbon, 17 November 2011 – Colonel Tom Rask Commander of the NATO School Oberammergau, visited the Centre in Lisbon.",
			[]string{"Tom Rask: Commander @ NATO School Oberammergau"}},
		{"visitedBody: a bare title after a visit to a body is that body's head's", "Tallinn, 3 May 2016 – Mrs Ann Lund, the Vice-President of the European Parliament, visited the CCDCOE and met with the Director Col Tom Rask.",
			[]string{"Tom Rask: Director @ Cooperative Cyber Defence Centre of Excellence", "Ann Lund: Vice-President @ European Parliament"}},
		{"visitedBody, knownPost: a title the gazetteer gives one body keeps it", "Mons, 14 January 2020 – The commander visited Supreme Headquarters Allied Powers Europe (SHAPE) in Mons, where he met the Deputy Supreme Allied Commander Europe, General Sir Tom Rask.",
			[]string{"Tom Rask: Deputy Supreme Allied Commander Europe @ North Atlantic Treaty Organization"}},
		{"bodyEnds, apposition, roles.tsv CoS: a title and its body before a colon label the ranked name after it", "Rome, 26 May 2020 – Three NATO representatives took part (DGIMS: LtGen Tom Rask, CoS ACT: VAdm Ivo Berg, and Commander of JALLC: BrigGen Jan Holm).",
			[]string{"Ivo Berg: Chief of Staff @ Allied Command Transformation", "Jan Holm: Commander @ Joint Analysis and Lessons Learned Centre"}},
		{"acronymOwnsTitle: an acronym no list knows before a title's head is the title's body", "Athens, 17 January 2014 – On Friday HNDGS Chief General Tom Rask visited the Multinational Peace Support Operations Training Center (MPSOTC).",
			[]string{"Tom Rask: Chief @ HNDGS"}},
		{"visitedBody, knownPost: a short title the list gives one body is still the visited body's", "Tallinn, 3 May 2016 – Mrs Ann Lund visited the CCDCOE and met with the Director Col Tom Rask and Chief of Staff LTC Ivo Berg.",
			[]string{"Tom Rask: Director @ Cooperative Cyber Defence Centre of Excellence", "Ivo Berg: Chief of Staff @ Cooperative Cyber Defence Centre of Excellence"}},
		{"pastOwnBody: a title shared by two bodies in apposition after a speaker's name", "Naples, 3 May 2011 – “The operation has come a long way”, said Vice Admiral Tom Rask, Commander Allied Maritime Command Naples and Commander OAE.",
			[]string{"Tom Rask: Commander @ Allied Maritime Command Naples"}},
		{"officeVerbs, underOffice, bodyEndingAt: \"under the command of\" right after a body and its acronym, no comma between", "Klaipeda, 12 October 2018 – Standing NATO Mine Counter Measures Group One (SNMCMG1) under the command of Commander Tom Rask of the Belgian Navy visited Klaipeda.",
			[]string{"Tom Rask: Commander @ Standing NATO Mine Countermeasures Group 1"}},
		{"acronymOwnsTitle, titleHeadAfter: an unknown acronym after \"the\" in apposition, before a title's head in either case, is the title's body", "Ramstein, 12 October 2016 – “It works,” said Colonel Tom Rask, the DARS director. “Good,” said Wing Commander Ivo Berg, the DARS’ Chief of Operations for the exercise.",
			[]string{"Tom Rask: Director @ DARS", "Ivo Berg: Chief of Operations @ DARS"}},
		{"roleNotRank: \"Commander\" after \"the\" and a body's head is a title, not the naval rank", "Elblag, 19 April 2019 – The Multinational Division North East (MND-NE) hosted senators from the Czech Republic. The Division Commander, MGen Tom Rask welcomed the guests.",
			[]string{"Tom Rask: Commander @ Multinational Division North East"}},
		{"bareTitleTaken: a lower-case head that ends its clause after a verb of appointment and \"the new\" is the subject's title", "Bemowo Piskie, 20 April 2018 – There was a Transfer of Authority between the battlegroups. Lt. Col. Tom Rask became the new commander.",
			[]string{"Tom Rask: Commander @ "}},
		{"nameStarts, field-nouns.tsv: three plain words after a field's noun (\"Interior\", \"Defense\") are the holder's name", "Kunduz, 3 October 2015 – He was joined by acting Minister of Defense Qorb Usto Berg and acting Afghan Minister of Interior Qalt Ahmad Rask.",
			[]string{"Qalt Ahmad Rask: acting Minister of Interior @ Afghanistan", "Qorb Usto Berg: Acting Minister of Defense @ Afghanistan"}},
		{"countryAfter, ownsTitleAfter: a country's possessive before another title is not the country of the title before it", "Kabul, 3 May 2017 – NATO welcomed talks between Afghanistan and Pakistan. President Tom Rask of the host country visited Islamabad and Pakistan’s Prime Minister visited Afghanistan. The people of Afghanistan thanked NATO.",
			[]string{"Tom Rask: President @ Afghanistan"}},
		{"townsForce: a town right before a title that opens with a body's head is the post's", "Kabul, 3 May 2017 – Kabul Police Chief General Tom Rask confirmed the figures.",
			[]string{"Tom Rask: Police Chief @ Kabul"}},
		{"bodyComplement, diplomatic: a diplomat's title after a demonym is the country's, \"at\" a body or not", "Pristina, 2 February 2022 – General Tom Rask, Hungarian National Military Representative at Supreme Headquarters Allied Powers Europe, visited KFOR.",
			[]string{"Tom Rask: National Military Representative @ Hungary"}},
		{"statusAfter: a status a hyphen joins to a title is read in either case", "Brussels, 3 May 2014 – I welcome the nomination of Mr. Tom Rask as Prime Minister-Designate of Iraq.",
			[]string{"Tom Rask: Prime Minister designate @ Iraq"}},
		{"appositionOpen, lowerTitleAndBefore: a title in lower case and \"and\" before a title in apposition leave the apposition open", "Norfolk, 9 May 2016 – Colonel Tom Rask, the current spokesperson and Director of the Civil-Military Cooperation Centre of Excellence, visited HQ SACT.",
			[]string{"Tom Rask: Director @ Civil-Military Cooperation Centre of Excellence"}},
		{"passiveSubject, copula-adverbs.tsv: an adverb between the auxiliary and \"led by\" keeps the body the subject", "Klaipeda, 3 May 2018 – SNMCMG1 is currently led by Belgium Navy Commander Tom Rask from the group flagship.",
			[]string{"Tom Rask: Commander @ Standing NATO Mine Countermeasures Group 1"}},
		{"officeVerbs, underOffice: \"under command of\", without the article, after a body's acronym", "Split, 4 May 2012 – Standing NATO Mine Counter Measures Group 2 (SNMCMG2) under command of Commander Tom Rask of the Italian Navy arrived in Split.",
			[]string{"Tom Rask: Commander @ Standing NATO Mine Countermeasures Group 2"}},
		{"role-heads.tsv: a title's head with \"vice\" written into it", "Graf Ignatievo, 14 July 2017 – The ceremony was attended by Bulgaria’s Viceminister of Defence, Tom Rask.",
			[]string{"Tom Rask: Viceminister of Defence @ Bulgaria"}},
		{"acronymOwnsTitle: an unknown acronym before a title that a comma and a ranked name follow is the title's body", "Geilenkirchen, 7 February 2019 – At the ceremony, NAPMA General Manager, Brigadier General Tom Rask, thanked the staff.",
			[]string{"Tom Rask: General Manager @ NAPMA"}},
		{"roles.tsv, accreditedHead: \"Deputy Chief of Mission\" is a diplomat's title; an embassy's name goes on with \"to\" and the receiving country", "Capellen, 3 May 2013 – Ambassador Tom Rask, previously Deputy Chief of Mission of the Embassy of Azerbaijan to the United States, visited the Agency.",
			[]string{"Tom Rask: Deputy Chief of Mission @ Embassy of Azerbaijan to the United States"}},
		{"unitTitle, lastBodyWith: a unit's noun and a title's head are the Commander of the unit named before, a venue by its name too", "Elbląg, 3 May 2018 – The ceremony at Multinational Division North East Headquarters was led by the Division Commander, Major General Tom Rask.",
			[]string{"Tom Rask: Commander @ Multinational Division North East Headquarters"}},
		{"bodyBeforeTitle: a body right before the comma that opens a title in apposition is the title's", "The Hague, 10 February 2014 – On 30 January, the UK Permanent Joint Headquarters, Assistant Chief of Staff J6, Commodore Tom Rask, visited the Agency.",
			[]string{"Tom Rask: Assistant Chief of Staff J6 @ Permanent Joint Headquarters"}},
		{"bareField, servedComplement: capitalised field words right after a title are the title's; a military title's \"to\" and a body make it the body's", "The Hague, 14 May 2014 – VADM Tom Rask, Deputy Chief of Staff Capability Development to Allied Command Transformation (ACT), visited the Agency.",
			[]string{"Tom Rask: Deputy Chief of Staff Capability Development @ Allied Command Transformation"}},
		{"unitTitle: a civil title opened by a body's head is that body's and keeps its words", "Pápa, 4 April 2013 – The NAM Programme Office held a handover ceremony with the incoming Programme Manager, Mr. Tom Rask.",
			[]string{"Tom Rask: Programme Manager @ NAM Programme Office"}},
		{"townVisitedBefore: a town's office bare is the town's the sentence goes to", "Pristina, 3 May 2016 – The Commander visited Gjilan Municipality and met the Mayor, Mr. Tom Rask, in the City Hall.",
			[]string{"Tom Rask: Mayor @ Gjilan"}},
		{"nameAfterBody: a name after a title's body, before 'and' and another title", "Washington, 3 April 2019 – US Vice President Tom Rask, Speaker of the US House of Representatives Nancy Pelosi and NATO Secretary General Ivo Berg met.",
			[]string{"Ivo Berg: Secretary General @ North Atlantic Treaty Organization", "Nancy Pelosi: Speaker @ United States House of Representatives", "Tom Rask: Vice President @ United States"}},
		{"honorifics.tsv: a style in lower case after a title in apposition", "Lisbon, 27 April 2016 – The Centre received a visit from NATO's Assistant Secretary General for Emerging Security Challenges, his Excellency Ambassador Tom Rask.",
			[]string{"Tom Rask: Assistant Secretary General for Emerging Security Challenges @ North Atlantic Treaty Organization"}},
		{"dashAt: a name that dashes enclose after a title", "Lisbon, 27 April 2016 – The JALLC Commander – Brigadier General Tom Rask – presented the Centre.",
			[]string{"Tom Rask: Commander @ Joint Analysis and Lessons Learned Centre"}},
		{"givenPairAt, nameStarts, joinedAt: a given name of two joined by a hyphen opens the holder's name after a title's field", "Yerevan, 3 May 2010 – In his opening remarks, NATO Assistant Secretary General for Public Diplomacy Jean-François Bureau underlined the relevance of the seminar.",
			[]string{"Jean-François Bureau: Assistant Secretary General for Public Diplomacy @ North Atlantic Treaty Organization"}},
		{"givenPairAt: two given names open the holder's name after a title's field, whatever the surname", "Constanta, 25 March 2008 – The visit was attended by NATO Assistant Secretary General for Public Diplomacy Jean Francois Bureau and the crew.",
			[]string{"Jean Francois Bureau: Assistant Secretary General for Public Diplomacy @ North Atlantic Treaty Organization"}},
		{"countryBefore, qualifiesRanked: the country of a ranked person is no country of the titles the sentence gives others", "Sofia, 10 July 2018 – While visiting the Bulgarian capital, U.S. Navy Admiral Tom Rask met the Minister of Defence, Mr. Ivo Berg.",
			[]string{"Ivo Berg: Minister of Defence @ Bulgaria"}},
		{"orgs.tsv: the Combined Security Transition Command – Afghanistan by its acronym, with NTM-A", "Kabul, 21 November 2009 – Lt. Gen. Tom Rask, the new commander of NTM-A and CSTC-A, spoke.",
			[]string{"Tom Rask: Commander @ Combined Security Transition Command – Afghanistan", "Tom Rask: Commander @ NATO Training Mission-Afghanistan"}},
		{"orgs.tsv: Resolute Support's regional commands, and the older names of commands", "Mazar-e-Sharif, 23 February 2018 – They met Brigadier General Tom Rask, the commander of Train, Advise and Assist Command-North, and Vice Admiral Ivo Berg, Commander Joint Command Lisbon.",
			[]string{"Ivo Berg: Commander @ Joint Command Lisbon", "Tom Rask: Commander @ Train, Advise and Assist Command – North"}},
		{"seatBefore, owner: a province's possessive before a governor is his province", "Tarin Kowt, 16 November 2008 – Those present were Helmand’s Governor Tom Rask and Zabul’s Governor Ivo Berg.",
			[]string{"Ivo Berg: Governor @ Zābul", "Tom Rask: Governor @ Helmand"}},
		{"ordinal: an ordinal in figures counts a post's holders as one in words does", "Brussels, 21 September 2023 – The Committee bid farewell to Lieutenant General Tom Rask, who served as the 23rd Deputy Chair of the NATO Military Committee since October 2021.",
			[]string{"Tom Rask: Deputy Chair @ NATO Military Committee"}},
		{"namedAfter: a clause after a comma is no apposition that names an exercise", "Lisbon, 11 May 2005 – Mr Tom Rask, Commander Joint Command Lisbon, will conduct the exercise.",
			[]string{"Tom Rask: Commander @ Joint Command Lisbon"}},
		{"lowerOwned, countryAt: a body's lower-case title with the country it serves in, in apposition", "Kabul, 3 May 2018 – They met Ambassador Tom Rask, NATO's senior civilian representative in Afghanistan, on Monday.",
			[]string{"Tom Rask: Senior Civilian Representative in Afghanistan @ North Atlantic Treaty Organization"}},
		{"classify: a unit by its number; cityWords: a town with 'City' after it", "Kabul, 3 May 2008 – The Governor was accompanied by Janet Gul, the Mayor of Qalat City, and Major General Jamal Uddin, the commander of the 2nd Brigade.",
			[]string{"Janet Gul: Mayor @ Qalāt", "Jamal Uddin: Commander @ 2nd Brigade"}},
		{"styleAsHead: a style that heads a title with 'at' and a body; stylePosts: 'from' a body", "Yerevan, 3 May 2016 – The President decorated Dr James Keagle, Professor at the US National Defense University and LtGen Tad Oelstrom. Prof. Irakli Beridze from the Georgian Technical University spoke.",
			[]string{"James Keagle: Professor @ US National Defense University", "Irakli Beridze: Professor @ Georgian Technical University"}},
		{"role-modifiers.tsv: 'deputy' in lower case before a title in apposition", "Singapore, 3 June 2016 – General Pavel met Admiral Sun Jianguo, deputy Chief of the Joint Staff Department of China's Central Military Commission, to exchange views.",
			[]string{"Sun Jianguo: Deputy Chief @ Joint Staff Department"}},
		{"Resolve: 'Staff' after 'of' is the body's word, not a rank's", "Amman, 3 May 2016 – He met the Chairman of the Joint Chiefs of Staff Lt.Gen. Mashal Mohammad Al-Zaben.",
			[]string{"Mashal Mohammad Al-Zaben: Chairman @ Joint Chiefs of Staff"}},
		{"stylePosts: a diplomat's style and the country the name is from", "Kandahar, 9 December 2009 – General Mart de Kruif hosted SACEUR and his guest Ambassador Sorin Dumitru Ducaru from Romania.",
			[]string{"Sorin Dumitru Ducaru: Ambassador @ Romania"}},
		{"bodysHeadApposed: title words in lower case before the head", "Herat, 3 May 2007 – Sayed Hussain Anwari, Herat provincial governor, and Maj. Gen. Ivo Berg, Afghan National Police regional commander, attended.",
			[]string{"Sayed Hussain Anwari: Provincial Governor @ Herāt", "Ivo Berg: Regional Commander @ Afghan National Police"}},
		{"nameFirstList, titleAhead: a list of names each with its title after it", "Kabul, 3 May 2008 – The governor travelled with Colonel John Marwick, the Task Force Helmand commander, Lieutenant Colonel Dan Royce, the PRT commander, and others.",
			[]string{"John Marwick: Commander @ Task Force Helmand"}},
		{"abbreviatedUnits: a unit by the short form of its kind and its name", "Kabul, 3 May 2008 – The Wardak Provincial Reconstruction Team met elders on 1 May. Lt. Col. Tom Brand, Wardak PRT commander, spoke first. RC North Commander, Brigadier General Hans Keller, and Col. Ray Burton, TF Bayonet commander, followed. Lt. Col. Mike Smith, RC-South spokesman, said it went well. Regional Command-South thanked them.",
			[]string{"Tom Brand: Commander @ Wardak Provincial Reconstruction Team", "Hans Keller: Commander @ Regional Command North", "Ray Burton: Commander @ Task Force Bayonet", "Mike Smith: Spokesman @ Regional Command-South"}},
		{"styleAsHead: a demonym before a diplomat's style", "Kabul, 28 April 2006 – Italian Ambassador Marco Lenti also spoke.",
			[]string{"Marco Lenti: Ambassador @ Italy"}},
		{"roles.tsv, rankedGivenName: a chief of police; a given name after a rank is no title", "Kabul, 2 June 2008 – The Governor told Provincial Chief of Police Col. Wali Zaman to help. Col. Amir Shah agreed.",
			[]string{"Wali Zaman: Provincial Chief of Police @ "}},
		{"lowerOwned, seatBefore: a province and a governor's title in lower case before the name, a style between", "Kabul, 3 May 2008 – Helmand provincial governor Mawlawi Gul Rahman Omari met farmers. The elders met Kandahar governor Asadullah Khalid.",
			[]string{"Gul Rahman Omari: Provincial Governor @ Helmand", "Asadullah Khalid: Governor @ Kandahār"}},
		{"bodyOfHead: a body's possessive head, the head before its 'of'", "Brussels, 12 June 2023 – General Amadou Sall visited the Royal Military Academy of Belgium, where he met with the Academy's Commander, Admiral Luc Martens.",
			[]string{"Luc Martens: Commander @ Royal Military Academy of Belgium"}},
		{"bodyComplement: 'TITLE, BODY (ACRONYM)' before a rank", "Northwood, 3 March 2023 – Commander, NATO Allied Maritime Command (MARCOM) Vice Admiral Sam Cole received the Danish Minister of Defence, Lars Holm.",
			[]string{"Sam Cole: Commander @ Allied Maritime Command", "Lars Holm: Minister of Defence @ Denmark"}},
		{"domainEnd, fieldWordAt: fields joined by 'to'", "Capellen, 8 June 2020 – The NSPA Deputy Director of Support to Operations, Mr. Tim Vos, opened the meeting.",
			[]string{"Tim Vos: Deputy Director of Support to Operations @ NATO Support and Procurement Agency"}},
		{"countryTravelledTo, seatTown: a visit to the dateline's town, which is not the publisher's seat, gives its country", "Skopje, 3 May 2019 – NATO Deputy Secretary General Pieter Mols visited Skopje on 3 May 2019. Mr Mols met with President Goran Ilievski, Prime Minister Stevo Markov and Defence Minister Vesna Petrova.",
			[]string{"Goran Ilievski: President @ North Macedonia", "Vesna Petrova: Defence Minister @ North Macedonia"}},
		{"bodyComplement: a national title in lower case 'in' a country is that country's", "Vienna, 3 May 2019 – Anna Kowalczyk, president of Poland, and Hans Gruber, minister of defence in Austria, were present.",
			[]string{"Anna Kowalczyk: President @ Poland", "Hans Gruber: Minister of Defence @ Austria"}},
		{"org-heads.tsv: a detachment is a body", "Siauliai, 3 May 2019 – \"We are proud to be here,\" says Major Pierre Lacombe, Commander of the French Detachment.",
			[]string{"Pierre Lacombe: Commander @ French Detachment"}},
		{"bodyEnds: a body right after a title ends before 'and' and a second title", "Norfolk, 3 May 2019 – Vice Admiral Ryan Holt, Commander Naval Striking and Support Forces NATO (STRIKFORNATO) and Commander US Sixth Fleet, spoke.",
			[]string{"Ryan Holt: Commander @ Naval Striking and Support Forces NATO", "Ryan Holt: Commander @ US Sixth Fleet"}},
		{"lowerApposition: 'a former' title in lower case in apposition", "Norfolk, 3 May 2019 – The speaker was General Tom Harlan, a former commander of United States European Command.",
			[]string{"Tom Harlan: Commander @ United States European Command"}},
		{"groupsBody: a body named after a group, in a list of titles before names", "Islamabad, 3 May 2016 – He met the Chairman of the Joint Chiefs of Staff Committee, General Omar Lind, the Chief of the Army Staff, General Ivo Berg, and the Chief of Air Staff, Air Marshal Tom Hale.",
			[]string{"Omar Lind: Chairman @ Joint Chiefs of Staff Committee", "Ivo Berg: Chief of the Army Staff @ ", "Tom Hale: Chief of Air Staff @ "}},
		{"envoysCountry: an envoy's post takes the country of the envoy's other post", "Rome, 3 September 2024 – The NATO Defense College opened its course. The Spanish Ambassador to Italy, Ivo Berg, delivered the address. Ambassador Berg previously served as the Permanent Representative to NATO.",
			[]string{"Ivo Berg: Ambassador to Italy @ Spain", "Ivo Berg: Permanent Representative to NATO @ Spain"}},
		{"asSuccessor: the successor takes the posts of the one succeeded", "Brussels, 16 September 2023 – Admiral Tom Harlan is the Chair of the NATO Military Committee. The Chiefs of Defence elected Admiral Ivo Berg as his successor.",
			[]string{"Tom Harlan: Chair @ NATO Military Committee", "Ivo Berg: Chair @ NATO Military Committee"}},
		{"heldThePost: who held the post held the post named before", "Brussels, 5 January 2004 – Mr Tom Harlan took office today as Secretary General of NATO. The ceremony was attended by Lord Ivo Berg, who held the post from 1999 to 2003.",
			[]string{"Tom Harlan: Secretary General @ North Atlantic Treaty Organization", "Ivo Berg: Secretary General @ North Atlantic Treaty Organization"}},
		{"asPost: 'previously' as 'formerly'", "Brussels, 26 June 2015 – General Tom Harlan, previously the Chief of Defence of Estonia, took over as Chairman of the Military Committee.",
			[]string{"Tom Harlan: Chief of Defence @ Estonia", "Tom Harlan: Chairman @ NATO Military Committee"}},
		{"officeVerbs: 'He also commanded X', 'after commanding X'", "Mons, 7 December 2006 – General Tom Harlan took over as SACEUR after commanding the US Southern Command since 2004. He also commanded the 194th Separate Armoured Brigade.",
			[]string{"Tom Harlan: Supreme Allied Commander Europe @ North Atlantic Treaty Organization", "Tom Harlan: Commander @ US Southern Command", "Tom Harlan: Commander @ 194th Separate Armoured Brigade"}},
		{"underCommand: the command of the body the main clause is about", "Casablanca, 3 May 2015 – Standing NATO Maritime Group Two arrived today. Under the command of Rear Admiral Tom Harlan, Spanish Navy, the Group is made up of four ships.",
			[]string{"Tom Harlan: Commander @ Standing NATO Maritime Group 2"}},
		{"lowerApposition: 'a former' title in lower case after 'is'", "Naples, 3 May 2019 – Admiral Tom Harlan took command. Harlan is a former commander of the 6th Fleet.",
			[]string{"Tom Harlan: Commander @ 6th Fleet"}},
		{"commaBody: a title in lower case, then its body between commas", "Naples, 3 May 2019 – General Tom Harlan, commander, U.S. Africa Command, attended.",
			[]string{"Tom Harlan: Commander @ United States Africa Command"}},
		{"sceneCountry, sceneAdjunctEnds: a town that opens a sentence past words of time sets the scene of the paragraph's posts after it", "Helsinki, 25 October 2021 – The Secretary General met President Tom Rask of Finland. In Stockholm later on Tuesday, he will be received by the King. He will meet Prime Minister Ivo Berg to discuss Sweden's role. He will also meet Foreign Minister Jan Holm and Defence Minister Eva Lund.",
			[]string{"Ivo Berg: Prime Minister @ Sweden", "Jan Holm: Foreign Minister @ Sweden", "Eva Lund: Defence Minister @ Sweden"}},
		{"possessedBodyAfter, possessedAliases: a body's possessive right after a title opens the title's body; the owner's name and the words after its possessive may name a known body", "Brunssum, 9 June 2020 – General Tom Rask met Vice Admiral Ivo Berg, Commander NATO’s Maritime Command in Northwood, and Jan Holm, Commander NATO's Joint Warfare Centre.",
			[]string{"Ivo Berg: Commander @ Allied Maritime Command", "Jan Holm: Commander @ Joint Warfare Centre"}},
		{"styleAsHead, countryLetters: a country's letters before the style \"Ambassador\" make it a title, as a demonym does", "Norfolk, 26 September 2023 – US Ambassador Tom Rask and Vice Admiral Ivo Berg stand for a photo. UK Ambassador Jan Holm spoke.",
			[]string{"Tom Rask: Ambassador @ United States", "Jan Holm: Ambassador @ United Kingdom"}},
		{"asTitle: a title after \"as\" takes the body after \"with\"", "Brussels, 8 January 2018 – Ivo Berg served as Legal Adviser with the European Union. Tom Rask worked as Political Adviser with the United Nations.",
			[]string{"Ivo Berg: Legal Adviser @ European Union", "Tom Rask: Political Adviser @ United Nations"}},
		{"pastLetters: a service's letters set off by commas between a name and its title", "Pristina, 3 May 2004 – A press conference with General Tom Rask, GEAR, Chairman of NATO’s Military Committee and Lieutenant General Ivo Berg, Commander, KFOR, will be held.",
			[]string{"Tom Rask: Chairman @ NATO Military Committee", "Ivo Berg: Commander @ Kosovo Force"}},
		{"coordinated, knownBody: a second title the gazetteer gives one body keeps it, not the first title's", "Budapest, 3 May 2010 – NATO's Military Committee meets. Debates will be stimulated by the presence of retired General Tom Rask, a former commander of United States Central Command and Supreme Allied Commander, Transformation.",
			[]string{"Tom Rask: Commander @ United States Central Command", "Tom Rask: Supreme Allied Commander Transformation @ North Atlantic Treaty Organization"}},
		{"nationalStaffAfter: a body no list knows after a title a demonym owns is the title's words", "Pristina, 3 May 2013 – The Swiss Chief Armed Forces Joint Staff Major-General Tom Rask visited KFOR HQ.",
			[]string{"Tom Rask: Chief Armed Forces Joint Staff @ Switzerland"}},
		{"heldThePost, postsHolder: the post's holder, named after a form of \"be\", held the post named before", "Brussels, 8 January 2018 – Tom Rask took office as the NATO Secretary General's Special Representative for Women, Peace and Security on Monday. The post's inaugural holder was Ivo Berg of Norway, who served from 2012 to 2014.",
			[]string{"Tom Rask: Special Representative for Women, Peace and Security @ North Atlantic Treaty Organization", "Ivo Berg: Special Representative for Women, Peace and Security @ North Atlantic Treaty Organization"}},
		{"parse: a second word of a title in lower case before the first (\"first deputy\")", "Baku, 3 May 2009 – The Assistant Secretary General Tom Rask and the first deputy Prime Minister of Azerbaijan, Ivo Berg, opened the plant.",
			[]string{"Ivo Berg: First Deputy Prime Minister @ Azerbaijan"}},
		{"seatedBody, orgs.tsv: a body and \"in\" a town the gazetteer names together are that body, \"Forces\" or not", "Solbiate Olona, 22 March 2010 – Lieutenant General Tom Rask, Deputy Commander of Joint Forces Command in Naples, visited the corps.",
			[]string{"Tom Rask: Deputy Commander @ Joint Force Command Naples"}},
		{"seatBefore: a known province before a capitalised governor", "Kabul, 1 July 2007 – The team met Helmand Governor Gulab Mangal and Provincial Governor Del Bar Arman.",
			[]string{"Gulab Mangal: Governor @ Helmand", "Del Bar Arman: Provincial Governor @ "}},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			got := runStages(t, tt.body).postsOf()
			want := append([]string(nil), tt.want...)
			sort.Strings(want)
			for _, w := range want {
				if !slices.Contains(got, w) && !(strings.HasSuffix(w, "@ ") && hasPrefix(got, w)) {
					t.Errorf("%q:\n posts %q\n want %q", tt.body, got, want)
					return
				}
			}
		})
	}
}

// TestUnseenPostPhrasings covers post phrasings read from releases the
// rules had not seen: an indefinite article and adverbs after a copula,
// a second body after "and" alone, an acting holder of the publisher's
// post, "to the COUNTRY", a retired rank, a known body before a title's
// field, and the head of a body named by its office.
func TestUnseenPostPhrasings(t *testing.T) {
	tests := []struct {
		rule, body string
		want       []string
	}{
		{"indefiniteTitle: NAME is a former TITLE", "Brussels, 3 May 2021 – Ambassador Jüri Luik arrived. Mr Luik is a former Minister of Foreign Affairs of Estonia.",
			[]string{"Jüri Luik: Minister of Foreign Affairs @ Estonia"}},
		{"copulaWith: NAME was most recently TITLE", "Brussels, 3 May 2019 – Mr Mircea Geoană spoke. Mr Geoană was most recently President of the Aspen Institute Romania.",
			[]string{"Mircea Geoană: President @ Aspen Institute Romania"}},
		{"bareSecondBody: a second body after 'and' alone", "Naples, 2 May 2012 – Admiral Bruce W. Clingan becomes Commander of US Naval Forces Europe and US Naval Forces Africa.",
			[]string{"Bruce W. Clingan: Commander @ US Naval Forces Europe", "Bruce W. Clingan: Commander @ US Naval Forces Africa"}},
		{"heldTitle: an acting holder of the publisher's post", "Brussels, 3 September 2024 – Until a successor is appointed, Ambassador Boris Ruge will serve as Acting Deputy Secretary General.",
			[]string{"Boris Ruge: Acting Deputy Secretary General @ North Atlantic Treaty Organization"}},
		{"countryAfterThe: 'to the COUNTRY' stays in the title", "Brussels, 3 May 2019 – He met Mr Mircea Geoană, Romania's Ambassador to the United States.",
			[]string{"Mircea Geoană: Ambassador to the United States @ Romania"}},
		{"retiredRanks: a rank with '(ret.)' before the name", "Bucharest, 8 November 2016 – The Minister met the Agency's General Manager, Major General (ret.) Koen Gijsbers, in Bucharest.",
			[]string{"Koen Gijsbers: General Manager @ "}},
		{"knownBodyThenField: 'of the BODY for FIELD' is the title's field", "Brussels, 4 November 2014 – He met the new High Representative of the European Union for Foreign Affairs and Security Policy, Federica Mogherini.",
			[]string{"Federica Mogherini: High Representative for Foreign Affairs and Security Policy @ European Union"}},
		{"newHolder: 'as the first TITLE' gives the subject a title an earlier holder had", "Brussels, 16 October 2019 – The Secretary General said goodbye to Deputy Secretary General Rose Gottemoeller. Her successor, the Romanian diplomat Mircea Geoană, takes up his post on 17 October 2019 as the first Deputy Secretary General from Central and Eastern Europe.",
			[]string{"Mircea Geoană: Deputy Secretary General @ North Atlantic Treaty Organization", "Rose Gottemoeller: Deputy Secretary General @ North Atlantic Treaty Organization"}},
		{"styledConnectorName: a given name that joins names elsewhere, after a style", "Brussels, 8 June 2007 – The Secretary of State for Defence of the United Kingdom, Mr Des Browne, came to NATO Headquarters.",
			[]string{"Des Browne: Secretary of State for Defence @ United Kingdom"}},
		{"fieldBeforeHead: a policy's name before the head is the title's field", "Ottawa, 8 October 2002 – He met the Foreign Policy Advisor to the Prime Minister of Canada, Mr Claude Laverdure.",
			[]string{"Claude Laverdure: Foreign Policy Advisor to the Prime Minister @ Canada"}},
		{"role-modifiers: 'County' is a title word", "Stavanger, 8 August 2019 – He called on the County Governor, Ms Lone Merethe Solheim.",
			[]string{"Lone Merethe Solheim: County Governor @ "}},
		{"officeHolder: a Directorate led by X is X's as Director", "Capellen, 12 January 2018 – The Agency now has a Directorate of Life Cycle Management, led by Mr Rudi Maus.",
			[]string{"Rudi Maus: Director @ Directorate of Life Cycle Management"}},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			got := runStages(t, tt.body).postsOf()
			for _, w := range tt.want {
				if !slices.Contains(got, w) && !(strings.HasSuffix(w, "@ ") && hasPrefix(got, w)) {
					t.Errorf("%q:\n posts %q\n want %q", tt.body, got, tt.want)
					return
				}
			}
		})
	}
}

// Coordinated titles that state a body outside the publisher are that
// body's, though the publisher holds the first title; a body of the
// publisher's own leaves the first title the publisher's.
func TestBodyBeyondPublisher(t *testing.T) {
	x := testExtractor(t)
	for _, tt := range []struct{ publisher, body, want string }{
		{"Allied Air Command", "General Ann Ray served as Commander and President of Air University.", "Air University"},
		{"North Atlantic Treaty Organization", "He met the Secretary General and Chairman of the North Atlantic Council, Mr Javier Solana.", "North Atlantic Treaty Organization"},
	} {
		tx := Tokenize(tt.body, x.abbrev)
		res := x.resolver.Resolve(tx, x.recognizer.Candidates(tx, x.dates.Find(tx).Mentions))
		posts := x.posts.Find(tx, res.Mentions, PostContext{Publisher: tt.publisher})
		if len(posts) == 0 || posts[0].Org != tt.want {
			t.Errorf("%q (%s): posts %+v, want the first of %s", tt.body, tt.publisher, posts, tt.want)
		}
	}
}

// A post in an opening clause is not the post of the subject named after
// its comma, unless "as" gives the subject that post.
func TestOpeningClause(t *testing.T) {
	tests := []struct{ body, want, not string }{
		{"Before receiving the Prime Minister, Mr Kai Olsen announced that he would travel.", "", "Kai Olsen: Prime Minister @ "},
		{"After meeting the Minister of Defence, Mr Jan Olsen, the delegation left.", "Jan Olsen: Minister of Defence @ ", ""},
		{"Addressing the Committee as its Chair, Admiral Rob Bauer spoke.", "Rob Bauer: Chair @ ", ""},
	}
	for _, tt := range tests {
		got := runStages(t, tt.body).postsOf()
		if tt.want != "" && !hasPrefix(got, tt.want) {
			t.Errorf("%q: posts %q, want %q", tt.body, got, tt.want)
		}
		if tt.not != "" && hasPrefix(got, tt.not) {
			t.Errorf("%q: posts %q, want none %q", tt.body, got, tt.not)
		}
	}
}

// A post whose organisation the text states somewhere outlives the same
// title with an implied country elsewhere: "the President of Colombia,
// Juan Manuel Santos ... During his stay in Brussels, President Santos".
// A body a release names by a bare head ("the Centre") is its publisher
// whose name has that head (publisherHead), and a post of it is the
// publisher's: no post points at a body the release no longer has.
func TestPublisherHead(t *testing.T) {
	f := testExtractor(t).Extract(&natokg.Release{Title: "Change of Command", Source: "NATO Cooperative Cyber Defence Centre of Excellence",
		Body: "Tallinn, 16 July 2012 – On Friday, the Centre welcomed Colonel Tom Rask, who is the Director of the Centre as of 16 July 2012."})
	var orgs []string
	for _, o := range f.Orgs {
		orgs = append(orgs, o.Name)
	}
	checkMembers(t, "publisherHead", "organisations", orgs, []string{"Cooperative Cyber Defence Centre of Excellence"}, []string{"Centre"})
	for _, p := range f.People {
		for _, q := range p.Posts {
			if q.Org != "Cooperative Cyber Defence Centre of Excellence" {
				t.Errorf("%s: %s @ %q, want the Centre's post", p.Name, q.Role, q.Org)
			}
		}
	}
}

// A title spelt the American way is the title stated with its country
// before (statedElsewhere, sameTitle), not the release's other country's.
func TestTitleSpellings(t *testing.T) {
	body := "Tirana, 9 December 2014 – Montenegrin rounds were destroyed under a project that Montenegro asked for. Albania's Defence Minister Ms Tom Rask visited the plant on 2 December. During her visit, Defense Minister, Tom Rask said she was optimistic."
	got := runStages(t, body).postsOf()
	if !slices.Contains(got, "Tom Rask: Defence Minister @ Albania") || hasPrefix(got, "Tom Rask: Defense Minister @ Montenegro") {
		t.Errorf("posts %q, want Defence Minister @ Albania only", got)
	}
}

func TestStatedPostOutlivesImplied(t *testing.T) {
	body := "Jens Stoltenberg received the President of Colombia, Juan Manuel Santos, on 31 May 2018. He paid tribute to President Santos for his work for Colombia. During his stay in Brussels, President Santos gave a lecture."
	got := runStages(t, body).postsOf()
	if !slices.Contains(got, "Juan Manuel Santos: President @ Colombia") || hasPrefix(got, "Juan Manuel Santos: President @ Belgium") {
		t.Errorf("posts %q, want President @ Colombia only", got)
	}
}

// A city that shares its name with others is the one in a country the
// release names, else the most populous; a town's ASCII spelling gives
// way to a larger city of that name.
func TestHomonyms(t *testing.T) {
	tests := []struct{ body, city, within string }{
		{"London, 4 March 2018 – NATO condemned the attack in Salisbury, in the United Kingdom.", "Salisbury", "United Kingdom"},
		{"NATO welcomed the talks in Salisbury.", "Salisbury", "Maryland"},
		{"Tripoli, 31 October 2011 – The Secretary General arrived.", "Tripoli", "Libya"},
		{"Norfolk, Virginia, 23 September 2016 – He travelled on to Paris.", "Paris", "France"},
		{"Norfolk, Virginia, 23 September 2016 – He recalled the Summit in Warsaw.", "Warsaw", "Poland"},
	}
	for _, tt := range tests {
		f := testExtractor(t).Extract(&natokg.Release{Title: "Title", Source: "NATO", Body: tt.body})
		found := false
		for _, p := range f.Places {
			if p.Name == tt.city {
				found = true
				if p.Within != tt.within {
					t.Errorf("%q: %s lies in %q, want %q", tt.body, p.Name, p.Within, tt.within)
				}
			}
		}
		if !found {
			t.Errorf("%q: no place %s", tt.body, tt.city)
		}
	}
}

// A country's name after a city and a comma is the city's state of that
// name where the city lies in another country's state so named.
func TestStatesAfterCities(t *testing.T) {
	tests := []struct{ body, city, within string }{
		{"The Deputy Secretary General will speak to students in Macon, Georgia, on 3 May 2012.", "Macon", "Georgia (US state)"},
		{"The Deputy Secretary General will speak to students in Batumi, Georgia, on 3 May 2012.", "Batumi", "Georgia"},
		{"The Deputy Secretary General will travel to Savannah, Georgia, and Tbilisi on 3 May 2012.", "Tbilisi", "Georgia"},
	}
	for _, tt := range tests {
		f := testExtractor(t).Extract(&natokg.Release{Title: "Title", Source: "NATO", Body: tt.body})
		var got []string
		for _, p := range f.Places {
			got = append(got, p.Name+" in "+p.Within)
		}
		if !slices.Contains(got, tt.city+" in "+tt.within) {
			t.Errorf("%q: places %q, want %s in %s", tt.body, got, tt.city, tt.within)
		}
	}
}

// A national title with no country in its sentence takes the country
// the release is about, but none where no country stands out; what a
// quotation names counts for none.
func TestMainCountry(t *testing.T) {
	tests := []struct{ body, want string }{
		{"Brussels, 3 May 2014 – The Secretary General will visit Vilnius. He will meet the Minister of Defence, Mr Juozas Olekas.", "Lithuania"},
		{"Chisinau, 3 May 2023 – Moldova's reforms and Moldova's army were discussed. He met President Maia Sandu.", "Moldova"},
		{"Munich, 16 February 2019 – Talks on Afghanistan, Afghanistan's future, Ukraine and Ukraine's reforms. He met President Petro Poroshenko.", ""},
		{"New York, 25 September 2018 – \"NATO and Russia disagree. Russia's exercises and Russia's actions worry us,\" he said. He met President Paul Kagame.", ""},
	}
	for _, tt := range tests {
		got := runStages(t, tt.body).postsOf()
		if len(got) != 1 || !strings.HasSuffix(got[0], "@ "+tt.want) {
			t.Errorf("%q: posts %q, want President @ %q", tt.body, got, tt.want)
		}
	}
}

// A town before a word of visiting in the title is what the release is
// about, whatever topic the title names beside it.
func TestMainCountryOfVisitInTitle(t *testing.T) {
	tests := []struct{ title, body, want string }{
		{"Secretary General urges resolve in Afghanistan during Copenhagen visit", "On 31 August the Secretary General met Foreign Minister Lene Espersen.", "Denmark"},
		{"Secretary General discusses Iraq on Oslo visit", "On 3 May the Secretary General met Defence Minister Ine Eriksen.", "Norway"},
		{"Secretary General urges resolve in Afghanistan", "On 31 August the Secretary General met Foreign Minister Lene Espersen.", "Afghanistan"},
	}
	for _, tt := range tests {
		got := runTitled(t, tt.title, tt.body).postsOf()
		if !slices.ContainsFunc(got, func(p string) bool { return strings.HasSuffix(p, "Minister @ "+tt.want) }) {
			t.Errorf("%q: posts %q, want a Minister @ %q", tt.title, got, tt.want)
		}
	}
}

// hasPrefix reports whether a string of list starts with p.
func hasPrefix(list []string, p string) bool {
	return slices.ContainsFunc(list, func(x string) bool { return strings.HasPrefix(x, p) })
}

// checkMembers reports each of want missing from got and each of not in
// it; what names got in the messages.
func checkMembers(t *testing.T, body, what string, got, want, not []string) {
	t.Helper()
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("%q: %s %q, want %q", body, what, got, w)
		}
	}
	for _, n := range not {
		if slices.Contains(got, n) {
			t.Errorf("%q: %s %q, want no %q", body, what, got, n)
		}
	}
}

// Changes of command give both commanders the post, the outgoing one's
// marked former.
func TestChangeOfCommand(t *testing.T) {
	tests := []struct {
		body     string
		in, out  string
		role, at string
	}{
		{"General Jörg Vollmer took over from General Erhard Bühler as Commander of Allied Joint Force Command Brunssum on Wednesday.",
			"Jörg Vollmer", "Erhard Bühler", "Commander", "Joint Force Command Brunssum"},
		{"French General Eva Berg took over as Commander of Allied Joint Force Command Brunssum from US General Tom Hale on Wednesday.",
			"Eva Berg", "Tom Hale", "Commander", "Joint Force Command Brunssum"},
		{"French General Eva Berg took over the position of Commander of Allied Joint Force Command Brunssum from US General Tom Hale on Wednesday.",
			"Eva Berg", "Tom Hale", "Commander", "Joint Force Command Brunssum"},
		{"Vice Admiral Keith Blount assumed command of Allied Maritime Command from Vice Admiral Clive Johnstone on 28 March 2019.",
			"Keith Blount", "Clive Johnstone", "Commander", "Allied Maritime Command"},
		{"General Anna Berg assumed command of NATO's Allied Air Command from General Peter Lang.",
			"Anna Berg", "Peter Lang", "Commander", "Allied Air Command"},
		{"Major General Salvatore Farina handed over command of the Kosovo Force to Major General Francesco Figliuolo.",
			"Francesco Figliuolo", "Salvatore Farina", "Commander", "Kosovo Force"},
		{"General Tod D. Wolters transferred authority over Allied Joint Force Command Brunssum (JFCBS) from General Erhard Bühler to General Jörg Vollmer.",
			"Jörg Vollmer", "Erhard Bühler", "Commander", "Joint Force Command Brunssum"},
		{"Izmir, 4 August 2022 – Today, U.S. Army General Darryl A. Williams assumed command of NATO Allied Land Command from U.S. Army Lieutenant General Roger L. Cloutier Jr. during a ceremony.",
			"Darryl A. Williams", "Roger L. Cloutier Jr.", "Commander", "Allied Land Command"},
		{"Kabul, 5 August 2008 – Regional Command Capital's change of command ceremony took place at Camp Warehouse between Italian Brigadier General Aldo Rossi, commanding RC-Capital since 6 December 2007, and French General Jean Morel.",
			"Jean Morel", "Aldo Rossi", "Commander", "Regional Command Capital"},
		{"Peja, 3 May 2018 – The ceremony of Multinational Battle Group West was held at Camp Villaggio Italia, where Colonel Aldo Rossi handed over authority to Colonel Piero Bianchi.",
			"Piero Bianchi", "Aldo Rossi", "Commander", "Multinational Battle Group West"},
		{"Pristina, 3 September 2014 – Kosovo Force conducted a change of command ceremony between Major General Salvatore FARINA and Major General Francesco Paolo FIGLIUOLO at Camp Film City.",
			"Francesco Paolo FIGLIUOLO", "Salvatore FARINA", "Commander", "Kosovo Force"},
		{"Rear Admiral Michael Sciretta assumed command of Standing NATO Maritime Group Two today. Sciretta relieved Rear Admiral Mauro Panebianco.",
			"Michael Sciretta", "Mauro Panebianco", "Commander", "Standing NATO Maritime Group 2"},
		{"Vice Admiral Karl Brandt will hand over command to Vice Admiral Luis Solis as the new Commander Allied Maritime Command.",
			"Luis Solis", "Karl Brandt", "Commander", "Allied Maritime Command"},
		{"Vice Admiral Ana Ruiz assumed Command of Allied Land Command from Lieutenant General Tom Hale on 4 May 2019.",
			"Ana Ruiz", "Tom Hale", "Commander", "Allied Land Command"},
		{"General Per Lund handed over command of Joint Force Command Brunssum to his successor, General Eva Berg.",
			"Eva Berg", "Per Lund", "Commander", "Joint Force Command Brunssum"},
		{"On 10 May, General Philip Breedlove succeeded Admiral James Stavridis at the head of US European Command.",
			"Philip Breedlove", "James Stavridis", "Commander", "United States European Command"},
		{"Lieutenant General Giuseppe Gay of the Italian Army assumed command of the NATO-led Kosovo Force (KFOR) from Lieutenant General Xavier de Marnhac of the French Army.",
			"Giuseppe Gay", "Xavier de Marnhac", "Commander", "Kosovo Force"},
		{"Major General Ole Bauer was succeeded as Commander of Kosovo Force by Major General Ida Nyx.",
			"Ida Nyx", "Ole Bauer", "Commander", "Kosovo Force"},
		{"General Ole Bauer will hand over command to General Ida Nyx, also of the Danish Army, who becomes the new Commander Allied Maritime Command.",
			"Ida Nyx", "Ole Bauer", "Commander", "Allied Maritime Command"},
		{"Vice Admiral Karl Brandt will hand over command to Vice Admiral Luis Solis, who will become the new Commander Allied Maritime Command.",
			"Luis Solis", "Karl Brandt", "Commander", "Allied Maritime Command"},
		{"Lieutenant General Ole Bauer handed command of the Kosovo Force over to Lieutenant General Ida Nyx.",
			"Ida Nyx", "Ole Bauer", "Commander", "Kosovo Force"},
		{"Standing NATO Mine Countermeasures Group 2 changed command today. Captain Ole Bauer turned command of the group over to Captain Ida Nyx.",
			"Ida Nyx", "Ole Bauer", "Commander", "Standing NATO Mine Countermeasures Group 2"},
		{"General Eva Holm handed command of Multinational Battle Group East from Colonel Ole Bauer to Colonel Ida Nyx.",
			"Ida Nyx", "Ole Bauer", "Commander", "Multinational Battle Group East"},
		{"The brigade took charge of Multinational Battle Group East today. General Eva Holm handed responsibility for the battle group from Colonel Ole Bauer to Colonel Ida Nyx.",
			"Ida Nyx", "Ole Bauer", "Commander", "Multinational Battle Group East"},
		{"A day earlier, General Ann Berg had taken the helm of United States European Command from General Peter Lang.",
			"Ann Berg", "Peter Lang", "Commander", "United States European Command"},
		{"General Tod Wolters has taken command of Allied Air Command from General Frank Gorenc.",
			"Tod Wolters", "Frank Gorenc", "Commander", "Allied Air Command"},
	}
	for _, tt := range tests {
		s := runStages(t, tt.body)
		for _, side := range []struct {
			name   string
			former bool
		}{{tt.in, false}, {tt.out, true}} {
			p := s.people.Get(side.name)
			if p == nil {
				t.Errorf("%q: no %s among %v", tt.body, side.name, s.postsOf())
				continue
			}
			ok := false
			for _, q := range p.Posts {
				ok = ok || q.Role == tt.role && q.Org == tt.at && q.Former == side.former
			}
			if !ok {
				t.Errorf("%q: %s holds %+v, want %s of %s (former %v)", tt.body, side.name, p.Posts, tt.role, tt.at, side.former)
			}
		}
	}
}

// A person needs evidence: a title, rank or honorific, a given name, or a
// later "Mr SURNAME". Capitalised words at a sentence's start, names of
// exercises and places are no people.
func TestPersonEvidence(t *testing.T) {
	tests := []struct {
		rule, body string
		want, not  []string
	}{
		{"shipsKind, ship-prefixes.tsv HRS: a name alone in brackets after a ship's name is the ship's kind", "Split, 4 May 2012 – The group trained with HRS Dubrovnik (Mine Hunter) and HRS Korkula (Patrol Boat).", nil, []string{"Mine Hunter"}},
		{"namedShips: the name after a ship's noun and a comma is the ship's, a rank within it too", "Constanta, 10 September 2008 – The group is made up of the Spanish frigate, Adm Juan de Borbón, and the German frigate, FGS Lübeck.", nil, []string{"Juan de Borbón"}},
		{"initialAfterRank: a one-letter initial without its stop after a rank opens a name, though it is spelt as the article", "The Hague, 3 May 2014 – Commodore A J Adams led the delegation.", []string{"A J Adams"}, nil},
		{"namesEvent: a given name and a word that a year follows, or that a form of \"be\" and an event's noun follow, name an event", "Cincu, 26 October 2016 – Dacian Lancer 2016 was a command post exercise. \u201cDacian Lynx is the last exercise of the year,\u201d said Brig. Gen. Tom Rask.", []string{"Tom Rask"}, []string{"Dacian Lancer", "Dacian Lynx"}},
		{"given name", "Mircea Geoană said the talks were useful.", []string{"Mircea Geoană"}, nil},
		{"honorifics.tsv: \"Sheik\" is the style Sheikh", "Brussels, 7 April 2005 – I congratulate Sheik Qazu al-Yawer for his election.", []string{"Qazu al-Yawer"}, nil},
		{"org-heads.tsv Engineers: a corps of engineers is no person, though a given name opens it", "London, 3 May 2021 – The lecture drew representatives of the British Royal Engineers and academics.", nil, []string{"Royal Engineers"}},
		{"bodyWords, event-heads.tsv: words after a rank that an event's head ends are no name", "Lisbon, 20 April 2023 – The JALLC received a visit from the Portuguese Flag Officers/General Officers Promotion Course 2022/2023.", nil, []string{"Officers Promotion Course"}},
		{"event-heads.tsv: a marathon is an event, though a given name opens its name", "Kharkiv, 3 May 2021 – The Fund supports the team's part in the Invictus Games and the US Marine Marathon in Washington.", nil, []string{"Marine Marathon"}},
		{"event-heads.tsv: a cup is an event, though a given name opens its name", "Mons, 12 February 2009 – The aircraft guarded the 2006 Emma Cup in Germany and the 2004 Summer Olympic Games in Greece.", nil, []string{"Emma Cup"}},
		{"role-modifiers.tsv domain: a title's fields after its head are no name", "Ottawa, 3 May 2014 – Mr Guy Charron is the Director General Information Management Technology and Strategic Planning in the Canadian Department of National Defence.", []string{"Guy Charron"}, []string{"Management Technology"}},

		{"event-heads.tsv: a wedding, a funeral, a coronation are events, not people", "Madrid, 3 May 2004 – This was the case for the Olympic Games in Athens and the Royal Wedding of Crown Prince Felipe in Madrid, and for the State Funeral of King Tom Rask.", []string{"Felipe"}, []string{"Royal Wedding", "State Funeral"}},

		{"bare, bracketedAcronym: capitals in brackets after a name are its acronym only where one opens with the name's letter", "Brussels, 3 May 2013 – Chris Metcalfe (NSPA) spoke on cooperation in Small Arms and Light Weapons and Mine Action (SALW/MA).", []string{"Chris Metcalfe"}, []string{"Mine Action", "Light Weapons"}},
		{"bare, givenTownName: a town's name that is also a given name opens a name listed with what its person serves in brackets", "Bristol, 6 February 2013 – From left to right: Douglas Heintz (NSPA), Mike Lyden (General Manager, NSPA). A team from the Farah Provincial reconstruction team visited Gulestan.", []string{"Douglas Heintz", "Mike Lyden"}, []string{"Farah Provincial", "Douglas"}},
		{"bare: a name may start right after a title in the plural", "Kabul, 18 December 2008 – United States Senators Tom Rask and Ivo Berg visited ISAF headquarters on Dec 18.", []string{"Tom Rask", "Ivo Berg"}, nil},
		{"nameRun, apostropheInWord: an apostrophe inside a surname, lower-case letters after it", "Jerusalem, 24 February 2005 – The Secretary General met Lieutenant General Moshe Ya’alon and Mr Tom O'Brien's deputy.", []string{"Moshe Ya’alon", "Tom O'Brien"}, []string{"Moshe Ya"}},
		{"nameRun, nickname: a nickname in quotes between the given name and the surname", `Norfolk, 3 May 2019 – The guests included Vice Admiral Andrew "Woody" Lewis.`, []string{`Andrew "Woody" Lewis`}, []string{"Andrew"}},
		{"honorifics.tsv: French styles before a name", "Paris, 3 May 2018 – They met Madame Laurence Rask and Monsieur Ivo Berg.", []string{"Laurence Rask", "Ivo Berg"}, []string{"Madame Laurence Rask", "Monsieur Ivo Berg"}},
		{"bare, givenTownName, person-nouns.tsv: a capital's name that is also a given name opens a person's name after a noun of person or before a verb of speech", "Brussels, 3 May 2021 – He said that his companion Sofia Rask must be released. Sofia Berg said so. He flew to Sofia on Monday.", []string{"Sofia Rask", "Sofia Berg"}, nil},
		{"headBefore, naming-words.tsv: a name after an event noun and \"called\" is the event's, there and later", "Naples, 3 May 2017 – The Exercise, called Noble Jump, is a challenge. Admiral Ann Berg said \"Noble Jump is an important exercise.\"", []string{"Ann Berg"}, []string{"Noble Jump"}},
		{"ranks.tsv CGen: a colonel general's staff abbreviation is a rank", "Kyiv, 3 May 2024 – The event was opened by CGEN Zorbak Tarasenko.", []string{"Zorbak Tarasenko"}, []string{"CGEN Zorbak Tarasenko"}},
		{"later Mr SURNAME", "Jaap de Hoop Scheffer arrived in Cairo. Mr de Hoop Scheffer then met the minister.", []string{"Jaap de Hoop Scheffer"}, nil},
		{"sentence start", "Visiting Lisbon on Thursday, the Secretary General met students.", nil, []string{"Visiting Lisbon"}},
		{"exercise name", "The exercise Noble Midas 07 began on Monday. Noble Midas 07 ends in October.", nil, []string{"Noble Midas"}},
		{"nationServiceTag: a nation's and a service's letters after a name are no part of it", "Mons, 1 March 2011 – The ceremony honoured General Sir John McColl GBR A, the outgoing Deputy.", []string{"John McColl"}, []string{"John McColl GBR A", "John McColl GBR"}},
		{"bodyGoesOn: a given name opens the first half of a body's name", "Helsinki, 5 June 2008 – Urban Search and Rescue Teams located the casualties.", nil, []string{"Urban Search"}},
		{"codeNameListed: names listed after a noun of code-named events", "Three exercises – Noble Mariner, Noble Award and Kindred Sword – tested the force in May 2007.", nil, []string{"Noble Mariner", "Noble Award"}},
		{"codeNameListed, list-openers.tsv: placed items after among them", "The group took part in exercises, among them Cold Response in Norway, Joint Warrior off the coast of the United Kingdom and Noble Mariner, with Admiral Ole Sandquist.", []string{"Ole Sandquist"}, []string{"Noble Mariner"}},
		{"codeNameListed, list-openers.tsv: such as", "The group took part in exercises such as Noble Mariner and Dynamic Manta.", nil, []string{"Noble Mariner"}},
		{"small word", "On Iraq, the two sides agreed to stay in touch.", nil, []string{"On Iraq"}},
		{"notNameStart, clause-openers.tsv: a word that opens a clause is no given name", "Lielvarde, 28 August 2017 – The pilot, Flight Lieutenant Ian Rask, landed. While Rask spoke, Major Ivo Berg unloaded. Although Berg was tired, he smiled.", []string{"Ian Rask", "Ivo Berg"}, []string{"While Rask", "Although Berg"}},
		{"nameRun: a title in the plural is no name's word", "Brussels, 2 October 2020 – The Committee also provides guidance to the two Strategic Commanders (Supreme Allied Commander Europe and Supreme Allied Commander Transformation).", nil, []string{"Strategic Commanders"}},
		{"nameRun: a plural's apostrophe ends a title, not a name's word", "Mons, 3 June 2015 – Chief Information Officers' Conference opens to partners.", nil, []string{"Officers' Conference", "Officers"}},
		{"peer", "The NATO Secretary General, Lord Robertson, will visit Tirana on 17 January 2002.", []string{"Lord Robertson"}, nil},
		{"bodyWords: capitalised words that end in a body's head after a post are no name", "Baghdad, 8 March 2005 – The Secretary General also consulted with the Commander of the NATO Training Mission on the current status of the effort.", nil, []string{"Training Mission"}},
		{"bodyWords: a body's head inside capitalised words after a naval rank, a number word ending them", "Norfolk, 3 May 2012 – Commander Expeditionary Strike Group Two and Major General Tom Rask visited the centre.", []string{"Tom Rask"}, []string{"Expeditionary Strike Group Two"}},
		{"post-nominals.tsv, HasAsWritten: letters after a name match only as written, so the \"Mc\" of a surname is not the Military Cross", "Kabul, 3 May 2008 – The Committee met the ISAF Commander, General David Mc Kiernan, who briefed on progress.", []string{"David Mc Kiernan"}, nil},
		{"bare: a name in quotation marks is no person's", "PRISTINA, 12 August 2019 – KFOR hosted the \"Charity Pizza” event for people with special needs.", nil, []string{"Charity Pizza"}},
		{"namedAfter: a titled name after \"the\" that ends in an event's head names the event", "Tapa, 3 May 2019 – Members of the Battlegroup completed the Admiral Pitka Recon Challenge last week.", nil, []string{"Pitka Recon Challenge"}},
		{"bare: a name before \"near\" and a place is a place's", "Rome, 3 May 2005 – Land forces will be operating in both Monte Romano near Rome and Capo Teulada, Sardinia.", nil, []string{"Monte Romano"}},
		{"particle after an honorific", "Mr de Hoop Scheffer arrived in Madrid on 26 February 2004.", []string{"de Hoop Scheffer"}, nil},
		{"bodyGoesOn: a known body after \"and\" opens a body of its own, not the rest of the name's", "Brussels, 3 June 2014 – The agreement was signed by the Undersecretary of State – Robert Kupiecki and NCI Agency General Manager Koen Gijsbers.", []string{"Robert Kupiecki", "Koen Gijsbers"}, nil},
		{"nameRun: capitals with no vowel after a name are a regiment's letters, no surname", "Mons, 8 November 2020 – The Act of Remembrance was supported by Warrant Officer Tom Rask RGR.", []string{"Tom Rask"}, []string{"Tom Rask RGR"}},
		{"ranks.tsv: a junior rank of a regiment is a rank", "Mons, 8 November 2020 – British Rifleman Tom Rask plays the bugle during the ceremony, with Warrant Officer (Class One) Ivo Berg.", []string{"Tom Rask", "Ivo Berg"}, nil},
		{"honorifics.tsv: a bishop is named by one name, as a peer is", "Decani, 3 May 2010 – The Secretary General held a discussion with Bishop Teodosije.", []string{"Bishop Teodosije"}, nil},
		{"honorifics.tsv: 'His Excellence' is the style misspelt", "Siauliai, 3 May 2024 – “Jets landed here,” said His Excellence Tom Rask, President of the Republic.", []string{"Tom Rask"}, []string{"Excellence Tom Rask"}},
		{"upperNameAfterTitle: a whole name in capitals after a title", "Pristina, 3 May 2014 – The ceremony was attended by President of Kosovo TOMA RASKI.", []string{"TOMA RASKI"}, nil},
		{"royalName: a royal's name of two words and its number, at a paragraph's end", "Madrid, 12 June 2014 – He will have an audience with His Majesty the King Juan Carlos I.\n\nImages will be posted.", []string{"Juan Carlos I"}, []string{"Juan Carlos"}},
		{"a royal's first name", "He had an audience with His Majesty King Harald V. He then met Crown Prince Haakon and Crown Princess Mary.", []string{"Harald V", "Haakon", "Mary"}, nil},
		{"a weekday after a name", "Mark Rutte Tuesday welcomed the ministers.", []string{"Mark Rutte"}, []string{"Mark Rutte Tuesday"}},
		{"a title's verb after a surname", "General Vance Visits Troops In Latvia", nil, []string{"Vance Visits Troops In Latvia", "Vance Visits Troops"}},
		{"a Ukrainian given name, romanised", "Dmytro Kuleba joined the meeting.", []string{"Dmytro Kuleba"}, nil},
		{"a Georgian given name, romanised", "Irakli Garibashvili welcomed the delegation.", []string{"Irakli Garibashvili"}, nil},
		{"a country after a word that is a given name", "He thanked our Ally Norway for its support.", nil, []string{"Ally Norway"}},
		{"a style in lower case", "The ship hosted his Royal Highness Prince Willem-Alexander of the Netherlands.", []string{"Willem-Alexander"}, []string{"Royal Highness"}},
		{"a place named after a general", "The command was activated in a ceremony at the General Vecihi Akın Garrison in Izmir.", nil, []string{"Vecihi Akın Garrison"}},
		{"an event's name before a speaker's title", "Defence will feature at the Vilnius Summit, the Secretary General said.", nil, []string{"Vilnius Summit"}},
		{"a Portuguese particle", "Lisbon, 3 May 2006 – He met Foreign Minister Diogo Freitas do Amaral in Lisbon.", []string{"Diogo Freitas do Amaral"}, []string{"Diogo Freitas"}},
		{"initials run together", "Mr. Paul J.K. Orme and Max A.L.T. Nielsen attended.", []string{"Paul J.K. Orme", "Max A.L.T. Nielsen"}, []string{"Paul J.K", "Max A.L"}},
		{"initials for first names after a rank", "He met Admiral H. G. Ulrich, the commander.", []string{"H. G. Ulrich"}, nil},
		{"letters after a name", "The conference was opened by Major General Tibor Benkő PhD, Chief of Defence of Hungary.", []string{"Tibor Benkő"}, []string{"Tibor Benkő PhD", "Benkő PhD"}},
		{"introduced by a noun", "One session featured the mentalist Gilan Gork, who spoke of trust.", []string{"Gilan Gork"}, nil},
		{"relativeWho: a name, its country and who", "Among those present was Hallgrímur Sigurðsson of Iceland, who runs the airport.", []string{"Hallgrímur Sigurðsson"}, nil},
		{"a sheikh", "Sheikh Fawaz Al-Sabah of Kuwait spoke about the Programme.", []string{"Fawaz Al-Sabah"}, nil},
		{"verb of speech", "The talks were useful, said Lars Løkke Rasmussen.", []string{"Lars Løkke Rasmussen"}, nil},
		{"name with a hyphen", "Secretary General Ban Ki-moon received the visitors.", []string{"Ban Ki-moon"}, nil},
		{"honorifics.tsv: a style in the plural before a list of names", "The delegation included Ambassadors Hans-Dieter Lucas, Germany; Tom Rask, Norway; and Karin Olsen, Denmark.", []string{"Hans-Dieter Lucas", "Tom Rask", "Karin Olsen"}, []string{"Dieter Lucas"}},
		{"one person, a name in capitals in the title", "NSPA hosts Jean-Claude JUNCKER\n\nMr Jean-Claude Juncker visited the Agency.", []string{"Jean-Claude Juncker"}, []string{"Jean-Claude JUNCKER"}},
		{"a title's verb ends a name", "The Rt Hon Theresa May Visits NATO Maritime Command", []string{"Theresa May"}, []string{"Theresa May Visits"}},
		{"a rank's service tag", "He met Admiral (DEU N) Manfred Nielson in Norfolk.", []string{"Manfred Nielson"}, nil},
		{"nameRun: an initial after a rank, then a surname with particles", "The group is led by Commodore A. van de Sande of the Royal Netherlands Navy.", []string{"A. van de Sande"}, nil},
		{"ranks.tsv: a rank of several words in the plural before a list of names", "Szczecin, 22 September 2020 – Lieutenant Generals Roger L. Cloutier Jr, Commander Allied Land Command, and Jan Nowak, Commander Multinational Corps Northeast, welcomed the guests.", []string{"Roger L. Cloutier Jr"}, []string{"Generals Roger L. Cloutier Jr"}},
		{"a surname in capitals", "Major General Salvatore FARINA handed over to his successor.", []string{"Salvatore FARINA"}, nil},
		{"a ship's name", "The Crown Prince visited HNLMS Rotterdam and USS Mount Whitney.", nil, []string{"Mount Whitney"}},
		{"a title and its body after a rank", "He met Commander Maritime Component Command Naples Vice Admiral Roberto Cesaretti.", []string{"Roberto Cesaretti"}, []string{"Maritime Component Command Naples"}},
		{"rankedGivenName: a given name after a rank that is also a title", "Col. Amir Shah and Gen. Emir Khan agreed.", []string{"Amir Shah"}, []string{"Shah"}},
		{"givenName, nameRun: a given name that is a town, before a particle", "Doha, 5 November 2024 – He met Lieutenant General Salem bin Nasser Al-Kuwari in Doha.", []string{"Salem bin Nasser Al-Kuwari"}, nil},
		{"afterLocative: a name after a preposition of place is a place's", "Kabul, 3 May 2008 – Soldiers met village elders in Musa Qala on Monday and at Kala Dara on Tuesday.", nil, []string{"Musa Qala", "Kala Dara"}},
		{"org-heads.tsv: a regiment named by its soldiers is a body", "Tapa, 3 May 2019 – The Battlegroup includes the Romanian Red Scorpions and the U.K. Royal Dragoons.", nil, []string{"Royal Dragoons"}},
		{"a religious style", "The elders met Maulavi Abdul Hakim Munib and Haji Mohammed Khan.", []string{"Abdul Hakim Munib", "Mohammed Khan"}, []string{"Maulavi Abdul Hakim Munib"}},
		{"styledConnectorName: a particle opens a name of three words after a title, not a surname after it", "He met Governor Del Bar Arman, then Defence Minister Le Drian and Mayor Van Basten.", []string{"Del Bar Arman"}, []string{"Le Drian", "Van Basten"}},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			s := runStages(t, tt.body)
			var names []string
			for _, p := range s.people.List {
				names = append(names, p.Name)
			}
			checkMembers(t, tt.body, "people", names, tt.want, tt.not)
		})
	}
}

// Organisations by their heads, places by theirs; events, plans and
// forums are neither.
func TestRecognizerRules(t *testing.T) {
	tests := []struct {
		rule, body, surface string
		kind                Kind
	}{
		{"org head with complement", "He visited the Zagreb Centre for Media Literacy.", "Zagreb Centre for Media Literacy", KOrg},
		{"ships, particles: a name particle inside a ship's name", "The group includes HNLMS De Ruyter, HMCS Ville de Quebec and HS Elli.", "HMCS Ville de Quebec", KShip},
		{"titleTokens: a ship's words open no body's name", "The group includes the mine hunter HNLMS Urk and Royal Norwegian Navy minesweeper HNoMS Otra.", "Royal Norwegian Navy", KOrg},
		{"connectors.tsv: through joins a body's words", "The grant came from the NATO Programme for Security through Science.", "NATO Programme for Security through Science", KOrg},
		{"demonymOfNumberedUnit: a unit named by its number, without the demonym before it", "He visited the Italian 5th Alpine Regiment in Peja.", "5th Alpine Regiment", KOrg},
		{"namedUnits: a kind of unit written in full, then its name", "He visited Task Force Bayonet on Monday.", "Task Force Bayonet", KOrg},
		{"capRun: a known body's name ends before \"for the\" and an ordinal", "He welcomed the delegation to the Headquarters of the African Union Commission for the 8th NATO-AU Staff Talks.", "Headquarters of the African Union Commission", KOrg},
		{"prepositionOpens: a preposition that opens a sentence is no word of the gazetteer's name after it", "At Taji, he visited the aviation unit.", "Taji", KPlace},
		{"headWithComplement: a defined acronym's long form with a body's head inside", "He will meet the Standing Committee on Military Matters (SCMM).", "Standing Committee on Military Matters", KOrg},
		{"match, joiningHyphen: a known name's words joined by hyphens", "Chiefs of Defence of the Partnership-for-Peace nations attended.", "Partnership-for-Peace", KOrg},
		{"docsAroundAcronyms: a document with its acronym in brackets before its head", "Allies discussed Russia's violation of the Intermediate-Range Nuclear Forces (INF) Treaty.", "Intermediate-Range Nuclear Forces (INF) Treaty", KDoc},
		{"unit head (org-heads.tsv: Wing)", "He visited the 80th Flying Training Wing at Sheppard Air Force Base.", "80th Flying Training Wing", KOrg},
		{"embassy, a body (org-heads.tsv: Embassy)", "The reception was co-hosted by the Embassy of the Russian Federation.", "Embassy of the Russian Federation", KOrg},
		{"rankInBodyName: a rank word in a body's field", "They met at the Ministry of General Affairs.", "Ministry of General Affairs", KOrg},
		{"rankInBodyName: a rank after the, before a body's words", "He addressed the General National Congress in Tripoli.", "General National Congress", KOrg},
		{"rankInBodyName: a rank before a name is no field", "He met the Chief of General Staff, General Jan Kowalski.", "Chief of General Staff", KRole},
		{"serviceOfRanked: a service before a ranked name is the person's, not the body's before it", "The Council approved the nomination by the President of the French Republic of Air Force General Jean Berg as Commander.", "French Republic", KPlace},
		{"placePairs: a body and another joined by a hyphen", "The committees debated NATO-EU relations.", "EU", KOrg},
		{"placePairs: a place and a body joined by a hyphen", "He welcomed closer US-EU ties.", "US", KPlace},
		{"unknownVenueWord: not a word a capitalised word goes on from", "He spoke at Chatham House, and at Kadriorg.", "Kadriorg", KPlace},
		{"venueOn: a body's seat after on is no field", "He met members of the Senate Foreign Relations Committee on Capitol Hill.", "Senate Foreign Relations Committee", KOrg},
		{"venueOn: the seat is a place", "He met members of the Senate Foreign Relations Committee on Capitol Hill.", "Capitol Hill", KPlace},
		{"compassPair: a body's head then a hyphenated compass point", "He visited the Multinational Brigade South-East.", "Multinational Brigade South-East", KOrg},
		{"venueOn: a field after on stays", "He met the Committee on Democracy and Security.", "Committee on Democracy and Security", KOrg},
		{"body of a post", "He met the Speaker of the Folketing, Mr Søren Gade.", "Folketing", KOrg},
		{"office of a post", "10:00 – Meeting, Chancellery of the Prime Minister, Warsaw", "Chancellery of the Prime Minister", KOrg},
		{"office of a body's post, with its domain", "He opened the Office of the NATO Liaison Officer for Central Asia in Tashkent.", "Office of the NATO Liaison Officer for Central Asia", KOrg},
		{"two bodies", "He met the Chairman of the National Defence Committee of the Riigikogu.", "National Defence Committee", KOrg},
		{"mission in a place", "He visited the NATO Training Mission in Iraq.", "NATO Training Mission in Iraq", KOrg},
		{"venue by its head", "The ministers dined at the Egmont Palace.", "Egmont Palace", KPlace},
		{"fold: a known name in British spelling", "Participants included the Organisation for Security and Co-operation in Europe.", "Organisation for Security and Co-operation in Europe", KOrg},
		{"mission-heads.tsv: a mission's headquarters is a venue", "He raised the flag over the new NATO Training Mission Headquarters in Baghdad.", "NATO Training Mission Headquarters", KPlace},
		{"bodyHeadquarters: a known body's possessive before its headquarters", "The President visited the Alliance’s Headquarters in Brussels.", "the Alliance’s Headquarters", KPlace},
		{"bodyHeadquarters: in lower case", "The President visited NATO's headquarters in Brussels.", "NATO's headquarters", KPlace},
		{"headThenCompass: a body's head then a compass word after a hyphen", "He visited Regional Command-South on Monday.", "Regional Command-South", KOrg},
		{"places.tsv: a town by the name English texts give it beside its local one", "KFOR troops patrolled the bridge in Kosovska Mitrovica.", "Kosovska Mitrovica", KPlace},
		{"a quoted name before a lower-case venue head", "He was decorated at the “Papagos” military camp in Athens.", "“Papagos” military camp", KPlace},
		{"a name that opens with The", "Leaders will meet at The Grove hotel in Watford.", "The Grove hotel", KPlace},
		{"venue in lower case", "They watched the drill at the Drawsko Pomorskie training area.", "Drawsko Pomorskie training area", KPlace},
		{"an arts centre in lower case", "He gave a lecture at the Bozar arts centre.", "Bozar arts centre", KPlace},
		{"an airport in lower case", "The Agency ran services at Kabul airport until the end of the evacuation.", "Kabul airport", KPlace},
		{"possessive venue", "They met at the Prime Minister's Office in Tokyo.", "Prime Minister's Office", KOrg},
		{"unknown town", "The ministers will meet in Zorbak, Spain, on 8 February.", "Zorbak", KPlace},
		{"a body named by an apposition", "He met start-up founders at Plexal, an innovation centre in east London.", "Plexal", KOrg},
		{"a body named by an apposition, with The", "He visited the site at The Engine, an accelerator founded by MIT.", "The Engine", KOrg},
		{"exercise named by an apposition", "He was briefed on Locked Shields 2024, the world's largest live-fire cyber defence exercise.", "Locked Shields 2024", KEvent},
		{"exercise after its description", "Iceland hosts NATO's premier anti-submarine warfare exercise, Dynamic Mongoose.", "Dynamic Mongoose", KEvent},
		{"exercise named by an apposition, whose name ends in a body's head", "The country is hosting Cyber Coalition 2014, NATO's biggest-ever cyber defence exercise.", "Cyber Coalition 2014", KEvent},
		{"a place across a compass word", "Ships gathered in the central Mediterranean on Monday.", "Mediterranean", KPlace},
		{"a name with a quoted part", "He visited the Military Academy of the Armed Forces “Alexandru cel Bun” in Chisinau.", "Military Academy of the Armed Forces “Alexandru cel Bun”", KOrg},
		{"a quoted part before", "He lectured at the “Carol I” National Defence University.", "“Carol I” National Defence University", KOrg},
		{"an award is no body", "He received the Medal of Honour of the Ministry of Defence.", "Ministry of Defence", KOrg},
		{"a house of parliament", "He met members of the House of Representatives.", "House of Representatives", KOrg},
		{"a town joined to a city", "Leaders will meet in Strasbourg and Kehl in April.", "Kehl", KPlace},
		{"an unknown town joined to a city", "Leaders will meet in Strasbourg and Zorbenhof in April.", "Zorbenhof", KPlace},
		{"a town visited", "Visiting Tarin Kowt on Friday, the Secretary General met soldiers.", "Tarin Kowt", KPlace},
		{"town of a dateline without a country", "Kananaskis, 17 June 2025 – The Secretary General joined the leaders on Tuesday.", "Kananaskis", KPlace},
		{"town in a state", "The summit was held in Kananaskis, Alberta, Canada.", "Kananaskis", KPlace},
		{"town in an apposition", "They met at the palace in Karwice, a village near the training area.", "Karwice", KPlace},
		{"a numbered body", "The ship served with Combined Task Force 151 off Somalia.", "Combined Task Force 151", KOrg},
		{"delegationTo, classify: forces are no delegation; the name ends before \"to\"", "He praised the contribution of the Royal Danish Armed Forces to NATO operations.", "Royal Danish Armed Forces", KOrg},
		{"capRun: a hyphen with a space after it joins no words", "Oeiras, Portugal- Standing NATO Maritime Group 1 Commander, Commodore Tom Rask, visited the headquarters.", "Portugal", KPlace},
		{"orgHeadquarters: a body's headquarters named after its acronym in brackets", "The Committee visited Allied Land Command (LANDCOM) Headquarters on 20 February 2019.", "Allied Land Command (LANDCOM) Headquarters", KPlace},
		{"capRun: known bodies listed with commas are bodies of their own", "Participants came from the Bureau for International Language Coordination, Allied Command Transformation, NATO Defense College and NATO School Oberammergau.", "NATO Defense College", KOrg},
		{"org-heads: a field of study ends a body's name, it heads none", "He briefed the Royal College of High Military Studies in Kenitra.", "Royal College of High Military Studies", KOrg},
		{"place-heads: a club that opens a venue's name", "The Secretary General gave a public speech at the Club des Pins.", "Club des Pins", KPlace},
		{"forceHead: a force sent to a region is no delegation to a body", "Ministers endorsed the expansion of the NATO-led International Security Assistance Force to the South of the country in 2006.", "International Security Assistance Force", KOrg},
		{"venueHeadBeforeName: a known programme that opens with a venue's head is no venue", "Since 2007, the NATO Building Integrity programme has been a key tool.", "Building Integrity", KOrg},
		{"divisionsOf: a country's division the gazetteer knows after a region's head and \"of\"", "Most troops are stationed in the province of Uruzgan.", "Uruzgan", KPlace},
		{"divisionsOf: divisions listed after a region's head in the plural", "Troops served in the provinces of Helmand and Uruzgan.", "Uruzgan", KPlace},
		{"classify: a title's opening word and its \"of the\" are no body's words", "Visit of the UK Permanent Joint Headquarters to NCI Agency in Brussels", "UK Permanent Joint Headquarters", KOrg},
		{"org-heads: a German foundation", "He spoke at an event of the Konrad Adenauer Stiftung in Tokyo.", "Konrad Adenauer Stiftung", KOrg},
		{"ships: an initial inside a ship's name", "The Secretary General will visit the aircraft carrier USS Harry S. Truman on Monday.", "USS Harry S. Truman", KPlace},
		{"namesAfterTitles: an unknown name after a town's office and 'of' is a town", "Pristina, 30 April 2014 – He hosted the Mayor of Leposavic, Mr Tom Rask.", "Leposavic", KPlace},
		{"orgs.tsv: KFOR's liaison teams by their plural", "Gjilan, 3 May 2016 – The Commander met the Liaison and Monitoring Teams working in the region.", "Liaison and Monitoring Teams", KOrg},
		{"orgs.tsv: the Hub for the South written without its hyphen", "Sofia, 10 July 2018 – He thanked Bulgaria for its contributions to the NATO Strategic Direction South Hub.", "NATO Strategic Direction South Hub", KOrg},
		{"capRun: a model's letters and number open a body's name", "Brussels, 3 July 2018 – Mr Tom Rask, Executive Officer of the F-35 Lightning II Joint Programme, spoke.", "F-35 Lightning II Joint Programme", KOrg},
		{"an exercise's name again", "Troops take part in Exercise Noble Jump in Poland. “Noble Jump shows our speed,” said General Hans-Lothar Domröse.", "Noble Jump", KEvent},
		{"a treaty named by its head first", "Russia stopped implementing the Treaty on Conventional Armed Forces in Europe.", "Treaty on Conventional Armed Forces in Europe", KDoc},
		{"a venue named like a body", "The briefing took place at the Ādaži Culture Centre, near Riga.", "Ādaži Culture Centre", KPlace},
		{"a venue opened by its head", "The welcoming ceremony took place at the Villa Rosenholm.", "Villa Rosenholm", KPlace},
		{"a town flown to", "He then flew to Kyria and toured a training facility.", "Kyria", KPlace},
		{"a town landed in", "After landing in Zorbovica, he met the troops.", "Zorbovica", KPlace},
		{"place-heads: a bunker named by its body", "He also visited the JWC Bunker, where he was briefed.", "JWC Bunker", KPlace},
		{"place-heads: a hangar", "The ceremony took place in the Rygge Hangar on 3 May.", "Rygge Hangar", KPlace},
		{"a venue by its head airbase", "The ceremony was held at Šiauliai Airbase on 3 May 2016.", "Šiauliai Airbase", KPlace},
		{"a venue opened by its head, before its city", "He visited Camp Film City Pristina, Kosovo.", "Camp Film City", KPlace},
		{"a list of places ending in a venue", "NATO trainers work at bases in Basra, Kirkuk, Mosul and Camp Taji in Baghdad province.", "Camp Taji", KPlace},
		{"two places joined by a hyphen", "He welcomed the Belgrade-Pristina dialogue.", "Pristina", KPlace},
		{"a town joined to an unknown town", "He then toured Zorbovica and Prizren.", "Prizren", KPlace},
		{"a town travelled to", "He later travelled to Mitrovica, where he visited the bridge.", "Mitrovica", KPlace},
		{"town of a dateline", "Åre, Sweden, 25 May 2005 – Ministers met in the ski resort of Åre.", "Åre", KPlace},
		{"government of a country", "ISAF works with the government of Afghanistan.", "government of Afghanistan", KOrg},
		{"accreditedHead: a mission of a country to a body", "He met the head of the Mission of the Republic of Azerbaijan to NATO in Brussels.", "Mission of the Republic of Azerbaijan to NATO", KOrg},
		{"venue after held at the", "The conference was held at the Grand Harbour The Lodge.", "Grand Harbour The Lodge", KPlace},
		{"event named by a group", "It hosted its 2019 Chiefs of Transformation Conference.", "Chiefs of Transformation Conference", KEvent},
		{"region", "Allies reassured the Baltic states of their support.", "Baltic states", KPlace},
		{"sea", "Ships sailed into the Norwegian Sea.", "Norwegian Sea", KPlace},
		{"a declaration on a subject", "Leaders signed the Joint Declaration on NATO-European Union Cooperation.", "Joint Declaration on NATO-European Union Cooperation", KDoc},
		{"a second body opened by a known body's name", "He met the Kosovo Security Forces and NATO Liaison Team.", "NATO Liaison Team", KOrg},
		{"a body whose field is a policy", "He will speak at the Institute for Security Policy in London.", "Institute for Security Policy", KOrg},
		{"a school of law", "He addressed students of the Riga Graduate School of Law.", "Riga Graduate School of Law", KOrg},
		{"a body that organised", "The forum was organised by Blue Harbor Partners.", "Blue Harbor Partners", KOrg},
		{"plan is a document", "Allies adopted the Readiness Action Plan in Wales.", "Readiness Action Plan", KDoc},
		{"demonym body", "The attack targeted the Czech MFA network.", "Czech MFA", KOrg},
		{"acronym defined", "He visited the Joint Analysis, Training and Education Centre (JATEC) in Bydgoszcz.", "Joint Analysis, Training and Education Centre", KOrg},
		{"event named with its body", "He spoke at the Spring Session of the NATO Parliamentary Assembly.", "Spring Session of the NATO Parliamentary Assembly", KEvent},
		{"exercise opened by its word", "Troops trained during Exercise Noble Jump in Poland.", "Exercise Noble Jump", KEvent},
		{"ordinal in a body's name", "Soldiers of the 11th Armoured Cavalry Division crossed the river.", "11th Armoured Cavalry Division", KOrg},
		{"introduced body", "The contract went to the defence company Rheinmetall on Friday.", "Rheinmetall", KOrg},
		{"numbered body", "He chaired the 1540 Committee of the United Nations Security Council.", "1540 Committee", KOrg},
		{"a town's name written with hyphens for its spaces", "They travelled to the bases in Mazar-e-Sharif and Kandahar.", "Mazar-e-Sharif", KPlace},
		{"a name particle inside a venue's name", "The King hosted a dinner at the historic Huis ten Bosch Palace.", "Huis ten Bosch Palace", KPlace},
		{"a preposition that opens a sentence is no part of a name", "At KFOR Headquarters, the Committee met the Commander.", "KFOR Headquarters", KPlace},
		{"a ministry's fields joined by 'and'", "She is Secretary General of the Ministry for Europe and Foreign Affairs.", "Ministry for Europe and Foreign Affairs", KOrg},
		{"a palace of a country", "The press conference is at the Palace of Serbia.", "Palace of Serbia", KPlace},
		{"a faculty of a university", "He will go to the Faculty of Political Sciences of the University of Belgrade.", "Faculty of Political Sciences of the University of Belgrade", KOrg},
		{"an acronym of a name in lower case after its first word", "He addressed the Institut des hautes études de défense nationale (IHEDN) in Paris.", "Institut des hautes études de défense nationale", KOrg},
		{"an acronym's long form with its area after a dash", "Ships drew on information from the Maritime Security Centre – Horn of Africa (MSCHOA).", "Maritime Security Centre – Horn of Africa", KOrg},
		{"a coalition by a former name", "Warsaw, 9 July 2016 – NATO AWACS aircraft will supply information to the Global Coalition to Counter ISIL.", "Global Coalition to Counter ISIL", KOrg},
		{"a training facility is a venue", "The ceremony began at the Centre's Ulsnes Training Facility in Stavanger, Norway.", "Ulsnes Training Facility", KPlace},
		{"a French school as a venue", "The programme opened with a ceremony at the École Militaire.", "École Militaire", KPlace},
		{"an ordinal counts a known body's sessions", "The Chiefs of Defence close the 166th Military Committee session.", "Military Committee", KOrg},
		{"a guest house named like a body is a venue", "The talks took place at the Government Guest House in Oslo.", "Government Guest House", KPlace},
		{"headBeforeOf, givenPairAt: an event's name of two words or more names the body after its \"of the\"; an acronym opens no person's name", "14:45 - Inauguration Ceremony of the NATO-Georgia Joint Training Centre (Krtsanisi Military Facility)", "NATO-Georgia Joint Training Centre", KOrg},
		{"bodyHeadquarters: a word of status between a body's possessive and \"headquarters\"", "The event will include an inauguration of NATO’s new Headquarters.", "NATO’s new Headquarters", KPlace},
		{"sharedModifier: two heads that share the words before the first name two known bodies", "She met the leaders of the European Parliament and Commission in the morning.", "Commission", KOrg},
		{"orgs.tsv: the strategic commands of 1951 to 2003 by their names with \"Supreme\"", "The Supreme Allied Command Atlantic (SACLANT), the second of NATO's strategic commands, was established in 1952.", "Supreme Allied Command Atlantic", KOrg},
		{"a sport centre is a venue", "He addressed soldiers at the Olympic Sport Centre in Riga.", "Olympic Sport Centre", KPlace},
		{"a body of no one's armed forces is one name", "He spoke to officers of the War College of the Armed Forces on Friday.", "War College of the Armed Forces", KOrg},
		{"a country's armed forces stay a body of their own", "He met the Aegean Army of the Turkish Land Forces.", "Turkish Land Forces", KOrg},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			s := runStages(t, tt.body)
			var got []string
			for _, m := range append(append([]Mention(nil), s.res.Mentions.List...), s.res.Named...) {
				got = append(got, m.Kind.String()+":"+m.Surface)
				if m.Surface == tt.surface && m.Kind == tt.kind {
					return
				}
			}
			t.Errorf("%q: mentions %q, want %s %q", tt.body, got, tt.kind, tt.surface)
		})
	}
}

// Events need a trigger in a reading that reports one, and take the place
// their sentence, their schedule line or their release gives them.
func TestEventRules(t *testing.T) {
	tests := []struct {
		rule, title, body string
		want              []string // "kind@place", any order
		not               []string
	}{
		{"alsoAt, locatesPlaceBefore, pastSerialComma: a list of towns, each with its country after a comma, a serial comma before \"and\"", "Title", "Riga, 9 May 2014 – The Group previously paid visits to Gdynia, Poland, and Klaipeda, Lithuania. In June it visited Tallinn, Estonia and Turku, Finland.", []string{"visit@Gdynia", "visit@Klaipėda", "visit@Tallinn", "visit@Turku"}, []string{"visit@Poland", "visit@Finland"}},
		{"seaOf: a sea that is the dateline places an operation at sea", "NATO Group Participates in OPEN SPIRIT 2015 Clearance Operation", "BALTIC SEA, 20 May 2015 – Today the ships of the Group joined in OPEN SPIRIT 2015, an annual ordnance disposal operation led by the Estonian Navy.", []string{"operation@Baltic Sea"}, nil},
		{"place-prepositions.tsv: a flight \"over\" a region is there", "Title", "5 October 2016 – NATO AWACS planes flew their 1000th flight over Eastern Europe on Wednesday (5 October). This milestone sends a strong signal.", []string{"event@Eastern Europe"}, []string{"event@"}},
		{"exerciseName: \"in\" and a town end an exercise's code name, and the town is the exercise's", "NATO Battlegroup Exercises in Lithuania", "Vilnius, 17 April 2019 – NATO’s multinational battlegroup in Lithuania began exercise Eager Leopard in Pabrade on Wednesday (17 April 2019). The exercise mobilises around 650 troops.", []string{"exercise@Pabrade"}, []string{"exercise@"}},
		{"lastCeremonial: \"the ceremony\" is the last ceremonial event told before it, though the release's main event is another", "Transfer of Authority in the battlegroup", "Bemowo Piskie, Poland, 23 April 2018 – Six months of service of the battlegroup stationed in Poland have come to an end. On 20 April there was a Transfer of Authority between the battlegroups' commanders.\n\nThe Under-secretary, Mr Tom Rask, received the readiness report. The ceremony was attended by, among others, Lt. Gen. Ivo Berg.", []string{"change of command@"}, []string{"ceremony@Bemowo Piskie", "ceremony@"}},
		{"placedByTown, townBefore, event-kinds.tsv town: a town right before an attack's word is where it happened", "Resolute Support condemns Kabul attack", "Headquarters Resolute Support strongly condemns an attack early this morning that killed civilians.", []string{"attack@Kabul"}, nil},
		{"lowerQuotedVenue, prepBefore, time-adverbs.tsv: a quoted venue after \"camp\", past \"today\" after the verb, is where the visit is", "Title", "Pristina, 3 May 2016 – KFOR Commander, Major General Tom Rask, visited today camp \"Villa Ulmo\" Multinational Battle Group West headquarters.", []string{"visit@Villa Ulmo"}, []string{"visit@Pristina"}},
		{"prepBefore, time-adverbs.tsv: \"yesterday\" between the verb and its venue", "Title", "Pristina, 3 May 2016 – Major General Tom Rask visited yesterday Camp Ulmo Varek.", []string{"visit@Camp Ulmo Varek"}, []string{"visit@Pristina"}},
		{"definiteWord, thisBefore: \"this\" a few modifiers before an event's kind refers to the event told before", "Title", "Pristina, 3 May 2017 – Exercise Ulmo Varek took place today in Camp Ulmo. This bi-annual KFOR led exercise was conducted for KFOR units in Kosovo.", []string{"exercise@Camp Ulmo"}, []string{"exercise@Kosovo"}},
		{"careerFact, career-verbs.tsv: an undated sentence that opens with a pronoun and a verb of a career tells no event and sets no scene", "Change of command at the unit", "Bucharest, Romania. On June 24, 2019, a ceremony took place at the unit.\n\nLieutenant-colonel Ivo Berg handed over the command of the unit to Lieutenant-colonel Jan Holm.\n\nHe graduated military courses in Fort Benning and Norfolk, USA. He was deployed in Kosovo (one tour) and Afghanistan (three tours).", []string{"change of command@Bucharest"}, []string{"change of command@Fort Benning", "change of command@Kosovo", "visit@Kosovo", "ceremony@Fort Benning"}},
		{"townOfVisitedBody: a country that opens the name of the body a visit's verb has for its object, and that the release names as a place, is where the visit is", "Visit of the Committee to the Kosovo Force", "On 19 July 2004, the Military Committee will visit the Kosovo Force (KFOR). The UN Mission in Kosovo will brief the Committee.", []string{"visit@Kosovo"}, nil},
		{"pastCountryNoun, country-nouns.tsv: a noun of a kind of state and its qualifiers before a country's name leave the country the verb's object", "Title", "Brunssum, 28 August 2019 – General Tom Rask visited the allied member state Iceland from 26 to 27 August.", []string{"visit@Iceland"}, []string{"visit@Brunssum"}},
		{"inLinkedAdjunct, event-links.tsv prior: a place in an opening adjunct linked to another event is that event's where the clause names its own", "Title", "Dundee, 2 February 2018 – The group arrived in Dundee on 2 February 2018. Prior to the visit to Dundee, the group conducted a port visit to Hull.", []string{"visit@Dundee", "visit@Hull"}, nil},
		{"hostBody: a host body's seat is no place of the event it hosts in a town the clause names (\"The Hague\", its article a word of the name)", "Title", "The Hague, 14 February 2014 – On Friday, the NCI Agency hosted its Bidders Conference in The Hague.", []string{"conference@The Hague"}, []string{"conference@NATO Communications and Information Agency"}},
		{"event-words.tsv stopped: a stop \"in\" a place on a visit is a visit there", "Title", "Brunssum, 14 December 2021 – General Tom Rask visited Latvia on 14 December. The Deputy Commander also stopped in Adazi, close to the Latvian capital.", []string{"visit@Latvia", "visit@Ādaži"}, nil},
		{"copyAt, joinBody: a speaker's words tell of no new event, at any of the places they list", "Title", "Varna, 10 September 2008 – The group completed its visit to the Black Sea today. Vice-Admiral Tom Rask stated, “The group was able to take part in a very successful visit to Romania and Bulgaria.”", []string{"visit@Black Sea"}, []string{"visit@Bulgaria", "visit@Romania"}},
		{"awayFrom, place-prepositions.tsv away: \"outside of\" a country puts an exercise elsewhere", "Title", "Rome, 3 May 2016 – The exercise ended. The exercise tested our ability to deploy 100 people outside of Italy.", []string{"exercise@Rome"}, []string{"exercise@Italy"}},
		{"opensWithDateline, onlyDateline: a town, its country and a date on a line of their own are the dateline", "Commanders hold a video call", "Brunssum, the Netherlands, Friday 15 May 2020\n\nGeneral Tom Rask today met his counterpart, Admiral Ivo Berg.", []string{"meeting@Brunssum"}, []string{"event@Brunssum"}},
		{"belongsToOrg, beforeOwner: a place after a body that organises the event, named with its owner's possessive, is the event's", "Secretary General to attend seminar", "Brussels, 24 February 2012 – NATO Secretary General Tom Rask will address the opening session of a seminar organized by NATO’s Allied Command Transformation in Washington, DC on February 28.", []string{"session@Washington"}, []string{"session@Brussels"}},
		{"topic, focus-words.tsv: a place after a word that singles out part of what was named is a topic", "Romanian President visits NATO Headquarters", "Brussels, 19 November 2009 – The President of Romania, Tom Rask, visited NATO Headquarters on 19 November. In speaking to the press after their meeting, the Secretary General Ivo Berg thanked the Romanian President for his country’s contributions to NATO operations, particularly in Afghanistan.", []string{"visit@NATO Headquarters"}, []string{"speech@Afghanistan"}},
		{"betweenParties: the places \"between\" joins are parties, not places", "Polish President visits NATO", "Brussels, 6 June 2007 – The President of Poland, Tom Rask, visited NATO Headquarters. He informed the Secretary General about talks between Poland and the United States.", []string{"visit@NATO Headquarters"}, []string{"meeting@United States", "meeting@Poland"}},
		{"stationedAt, visitedThere: the place where what a visit's verb names is located is the visit's", "Officials visit Patriot deployments", "Adana, 2 March 2013 – Later in the day the group visited the US Patriot batteries located in Gaziantep. NATO, whose forces are stationed in Poland, met the Minister in Riga.", []string{"visit@Gaziantep", "meeting@Riga"}, []string{"visit@United States"}},
		{"subjectsOrigin: where the verb's subject comes from, after \"from\" and a noun, is no place of the event", "Officials visit Patriot deployments", "A delegation from NATO Headquarters in Brussels, with senior officials from Germany, the Netherlands, Turkey and the United States, visited the Patriot sites in Turkey over the weekend.", []string{"visit@Türkiye"}, []string{"visit@NATO Headquarters", "visit@Brussels", "visit@United States"}},
		{"subjectsOrigin: where people a plural names come from is no place of the event", "NATO welcomes parliamentarians from Afghanistan, Japan and Pakistan at NATO Headquarters", "Brussels, 11 October 2011 – A group of parliamentarians from Afghanistan, Japan and Pakistan came to NATO Headquarters on 11 October.", []string{"visit@NATO Headquarters"}, []string{"visit@Afghanistan", "visit@Japan", "visit@Pakistan"}},
		{"headBefore: a title's last word, an event head, names no exercise after it in the dateline", "NATO troops to deploy to Romania for training exercise", "Riga, Latvia - Forces from NATO countries are preparing to deploy soldiers to Romania.", nil, []string{"exercise@Riga"}},
		{"linkWordBefore, marginsPlace: an event word after \"on the margins of\" and a body is where the meeting the verb reports happens", "Title", "Osaka, 28 June 2019 – On the margins of the G20 summit in Osaka, the Secretary General met the Prime Minister of Japan.", []string{"meeting@Ōsaka", "summit@Ōsaka"}, []string{"summit@"}},
		{"visitOccasion: a visit to a place of its own that \"During\" opens before the sentence's event", "Title", "Brussels, 3 May 2019 – During his visit to Georgia, the Secretary General met the President at the Presidential Palace.", []string{"meeting@Presidential Palace", "visit@Georgia"}, nil},
		{"postBody, postTokens: a body after a country's post and \"at\" is where the meeting is", "Title", "Mons, 3 May 2019 – The Supreme Allied Commander Europe met the Chief of Defence of Ukraine at SHAPE on Friday.", []string{"meeting@Supreme Headquarters Allied Powers Europe"}, nil},
		{"clauseEnd, commaAfter: a clause of \"since\" and a participle that runs to the sentence's end is another time and place", "Title", "Mar 10 2020\n\nBELGRADE - Brigadier General Tom Rask met Minister of Defence Ivo Berg since assuming the role of the Chief of the NATO Military Liaison Office in Belgrade in January 2020.", []string{"meeting@Belgrade"}, []string{"meeting@"}},
		{"pastVicinity, placeContext, vicinity-nouns.tsv: \"in the vicinity of\" and \"in the area of\" a town say where an event is, not the country named after it", "Title", "The exercise was held from 22 to 28 September 2012 in the vicinity of Tbilisi, the capital of Georgia. A second exercise followed on 3 October 2012 in the area of Ohrid and Struga, North Macedonia.", []string{"exercise@Tbilisi", "exercise@Ohrid"}, []string{"exercise@Georgia"}},
		{"opensWithPlaceLine, Text.WideGap: a town in capitals and its country set off from the sentence by space alone are a dateline", "Title", "Dec 7 2023\n\nSZCZECIN, Poland  On December 5-7, Lieutenant General Tom Rask chaired the Commanders' Conference.", []string{"conference@Szczecin"}, nil},
		{"clauseEnd, spokeBetween, report-openers.tsv: a question or a clause that \"how\" opens after a verb of speech is what was said; its places are not the event's", "Title", "Berlin, 10 November 2023 – In his acceptance speech Mr Tom Rask stressed the value of the bond and how it had made him feel safe as a young man in Norway.", nil, []string{"speech@Norway"}},
		{"cityIn, exerciseCode: an exercise's name is a code and names no place of it; a place the sentence gives still does", "Title", "The exercise Ramstein Alloy was launched on 3 May 2016. The exercise Warsaw Shield was held in Tbilisi on 9 May 2016.", []string{"exercise@Tbilisi"}, []string{"exercise@Ramstein-Miesenbach", "exercise@Warsaw"}},
		{"pastVicinity, belongsToOrg, vicinity-nouns.tsv: \"off the coast of\" a town, and \"in vicinity of\" with no article, say where an event is; after a body's name they are the body's area", "Title", "On Friday (22 September 2017), Allies wrapped up an exercise off the coast of Marmaris in southwestern Turkey. The meeting on 3 May 2013 was the 15th Plenary of the Contact Group on Piracy off the coast of Somalia.", []string{"exercise@Marmaris"}, []string{"exercise@Türkiye", "meeting@Somalia"}},
		{"event-words.tsv, place-heads.tsv: a \"point de presse\" is a press conference; a schedule's \"Main Entrance\" is a venue", "Visit to NATO HQ by the Minister", "The Minister, Mr. Tom Rask, will visit NATO HQ on Monday, 15 January 2007.\n\nMedia Advisory\n11:00 Point de presse of the Secretary General and Minister Rask at Main Entrance – open coverage", []string{"press conference@Main Entrance"}, nil},
		{"spokenAt: a title's statement made at a press point is the press point, with its people and place", "Statement by NATO Secretary General Tom Rask at the press point with the President of Afghanistan, Ivo Berg at NATO HQ", "23 Apr. 2013\n\nMr President, I am so pleased to welcome you to NATO Headquarters.", []string{"press conference@NATO Headquarters"}, []string{"statement@"}},
		{"objectIsPerson, force-nouns.tsv: hosting a body's detachments is no meeting, and joins no other event", "Title", "Amari, Estonia – Germany took over the mission at Amari Air Base, following an internal ceremony on Thursday, Jan. 5, 2017.\n\nMeantime, Belgium augmented the mission at Malbork, Poland – the base had been activated to host NATO detachments.", []string{"ceremony@Amari"}, []string{"ceremony@Poland", "meeting@Poland"}},
		{"event-words.tsv: a port call is a visit", "Title", "Batumi, 3 May 2017 – The ships of the group made a port call in Batumi on Wednesday.", []string{"visit@Batumi"}, nil},
		{"event-words.tsv: an inauguration is an event", "Title", "Kabul, 7 December 2004 – The Secretary General attended the inauguration of President Tom Rask in Kabul on 7 December.", []string{"inauguration@Kabul"}, nil},
		{"event-words.tsv: an information day is a conference", "Title", "19 May. 2014\n\nCyber defence was the focus of a Science for Peace and Security information day held in Rabat, Morocco on 19 May.", []string{"conference@Rabat"}, nil},
		{"event-words.tsv: remarks are a speech", "Title", "Istanbul, 23 January 2018 – The Deputy Secretary General highlighted Turkey's role in remarks at the National Defence University in Istanbul on Tuesday.", []string{"speech@National Defence University"}, nil},
		{"topic: places after a topic noun and \"between\" are what is talked about", "Title", "Kabul, 24 July 2008 – The Secretary General met several Afghan ministers and discussed the regional security situation and the relations between Afghanistan and Pakistan.", []string{"meeting@Kabul"}, []string{"meeting@Pakistan", "meeting@Afghanistan"}},
		{"verb+in, copula-adverbs.tsv: an adverb between the copula and \"in\"", "Title", "Brussels, 20 July 2004 – Tom Rask and Ivo Berg were both in Sarajevo on 15 July to discuss the handover.", []string{"visit@Sarajevo"}, nil},
		{"belongsToOrg, triggerEndsAt: a body right after the event's words and \"at\" stands for its gathering, held in the town after it", "Title", "07 Dec. 2017\n\nThe Deputy Secretary General outlined the approach in a keynote address at the OSCE Ministerial Council in Vienna on Thursday (7 December 2017).", []string{"speech@Vienna"}, nil},
		{"eventWords: an event's head before \"of\" and a date names a span of time", "NATO Update: Week of 25-31 October 2000", "26 Oct. 2000\n\nOn 26 October, Lord Robertson travelled to Switzerland.", []string{"visit@Switzerland"}, []string{"event@"}},
		{"org-heads.tsv seat: an agency is a body one visits", "Title", "Mons, 18 April 2018 – General Ivo Berg visited the NATO Communications and Information Agency on 18 April.", []string{"visit@NATO Communications and Information Agency"}, nil},
		{"verb+person: no event", "Title", "On 3 June 2024, Mr Rutte welcomed Japan's support to Ukraine.", nil, []string{"meeting@Ukraine"}},
		{"struckAt, impact-verbs.tsv: the place a verb of impact after a happening's word names", "Title", "Brussels, 8 June 2005 – The Alliance helped Georgia after the floods that hit Georgia in May 2005 and when a devastating earthquake struck Pakistan in October 2005.", []string{"incident@Georgia", "incident@Pakistan"}, nil},
		{"pastSeatOf: a list of stops goes on past \"the headquarters of\"", "Title", "Rome, 3 May 2015 – The Secretary General will also go to the NATO Defense College in Rome and to the headquarters of Allied Joint Force Command Naples.", []string{"visit@NATO Defense College", "visit@Joint Force Command Naples"}, nil},
		{"struckAt, modals.tsv: a verb of impact after \"that\" and an auxiliary", "Title", "Kabul, 3 May 2018 – His visit followed a deadly attack that had struck Kabul the day before.", []string{"attack@Kabul"}, nil},
		{"seaOf, event-kinds.tsv's sea: a sea its sentence names places an operation", "Title", "Naples, 9 May 2006 – Since 2001, as part of Operation Calm Tide, allied frigates have been patrolling the Aegean and stopping suspect vessels.", []string{"operation@Aegean Sea"}, nil},
		{"seaOf: not a sea inside another body's name, nor the date line's", "Title", "BALTIC SEA – Under Operation Calm Tide, the frigates trained with the Baltic air policing detachment on 3 May 2016.", nil, []string{"operation@Baltic Sea"}},
		{"footnoteMark: a footnote's mark after the dateline's country", "Title", "SKOPJE, Former Yugoslav Republic of Macedonia* - Today, July 3, marked the first official meeting between the Minister of Foreign Affairs, Tom Rask, and Captain Ivo Berg.", []string{"meeting@Skopje"}, nil},
		{"footnoteMark: a footnote's mark after the dateline's country, before its date", "Title", "SKOPJE, Former Yugoslav Republic of Macedonia*, 3 July 2017 - The Minister of Foreign Affairs, Tom Rask, met Captain Ivo Berg.", []string{"meeting@Skopje"}, nil},
		{"objectIsPerson, unit-nouns.tsv: a delegation hosted is people met", "Title", "Brunssum, The Netherlands – Lieutenant General Tom Rask hosted a delegation from the Polish Parliament, 14th March, 2023.", []string{"meeting@Brunssum"}, nil},
		{"objectIsPerson: command received is no one met", "Title", "Naples, 3 May 2018 – Rear Admiral Tom Rask received command of the group from Rear Admiral Ivo Berg.", nil, []string{"meeting@Naples"}},
		{"originOf: where a unit named before \"from\" comes from is no event's place", "Title", "Camp Bondsteel, 3 May 2018 – Colonel Tom Rask handed over the command to Colonel Ivo Berg of the 29th Infantry Brigade from Kapolei in Hawaii.", nil, []string{"change of command@Kapolei", "change of command@Hawaii"}},
		{"originOf: a conference held from a place is there", "Title", "Brussels, 10 January 2022 – The Military Committee will hold its Chiefs of Defence Session by video conference from NATO Headquarters in Brussels on 12 January.", []string{"conference@NATO Headquarters"}, nil},
		{"topic place", "Title", "On 3 June 2024 in Brussels, the ministers met and discussed the situation in Iraq.", []string{"meeting@Brussels"}, []string{"meeting@Iraq"}},
		{"fieldOfTitle: a region in a title's field is no stop of a visit", "NATO Special Representative for the Caucasus and Central Asia pays his first visit to the South Caucasus", "6 October 2021\n\nSpecial Representative Tom Rask is on his first visit to the South Caucasus.", []string{"visit@South Caucasus"}, []string{"visit@Central Asia"}},
		{"ofPerson: an official's election is held in no country of a title", "Title", "Brussels, 16 September 2017 – General Ivo Berg welcomed the election of General Tom Rask, Chief of Defence of Estonia.", nil, []string{"election@Estonia"}},
		{"hyphenedPair: a pair of towns that modifies a noun is no place", "Title", "Brussels, 18 March 2015 – Mr Tom Rask met the ministers and welcomed progress with respect to the Belgrade-Pristina dialogue.", []string{"meeting@Brussels"}, []string{"meeting@Belgrade"}},
		{"topic-nouns.tsv: a region after \"instability in\" in the talks' subjects is no place of the meeting", "Title", "Brussels, 21 January 2015 – The Secretary General welcomed the Prime Minister of Norway to NATO on Wednesday for talks on security challenges, including instability in the Middle East and North Africa.", nil, []string{"meeting@Middle East", "meeting@North Africa"}},
		{"topic: countries in a region after an adjective", "Title", "The second session, on 3 June 2024, looked at ties with interested countries in the broader Middle East.", nil, []string{"session@Middle East"}},
		{"title visit", "Secretary General to visit Moldova", "The Secretary General will meet the President on 4 June 2024.", []string{"meeting@Moldova"}, nil},
		{"margins", "Title", "On 20 May 2023, he met the Prime Minister on the margins of the G7 meeting in Hiroshima.", []string{"meeting@Hiroshima"}, nil},
		{"war", "Title", "Allies condemned Russia's war against Ukraine on 24 February 2022.", []string{"war@Ukraine"}, nil},
		{"schedule", "Media advisory", "Friday, 14 December 2018\n\n09:30 (CET) – Press conference – Cabinet of Ministers, Riga", []string{"press conference@Cabinet of Ministers"}, nil},
		{"acronymInBrackets: the acronym of the body a meeting is of names no venue", "Media advisory", "Monday, 4 December 2017\n\n15:30 Meeting of the North Atlantic Council (NAC) in Foreign Ministers' session", nil, []string{"session@North Atlantic Council"}},
		{"acronymInBrackets: the acronym of where a lecture is held still names it", "Media advisory", "Monday, 4 December 2017\n\n16:00 Lecture by the Secretary General at the Norwegian Institute of International Affairs (NUPI)", []string{"speech@NUPI"}, nil},
		{"schedule with one dash after the event", "Media advisory", "Monday, 19 June 2017\n\n14:05 (local) Joint press conference by the Secretary General with the President of Latvia – Camp Ādaži", []string{"press conference@Ādaži Military Base"}, nil},
		{"schedule with a range of times", "Media advisory", "Friday, 16 September 2016\n\n08:30–08:50 – Opening of the session (Le Méridien Lav), with remarks by General Pavel", []string{"session@Le Méridien Lav"}, nil},
		{"underTimeLine: a schedule's entry on the line under its times", "Media advisory", "Wednesday, 30 September 2015\n\n13:15 local / 17:15 GMT / 19:15 Brussels\nShort press point by the Secretary General\n\nLocation: Half Moone Cruise and Celebration Center", []string{"press conference@Half Moone Cruise and Celebration Center"}, []string{"press conference@Brussels"}},
		{"schedule with the event first", "Media advisory", "Friday, 14 December 2018\n\n18:05 The NATO Secretary General meets the press – Slatina Airport – Pristina", []string{"press conference@Slatina Airport"}, nil},
		{"further places", "Title", "Earlier seminars took place in Rome in 2004, in Sofia in 2005 and in Vilnius in 2007.", []string{"conference@Rome", "conference@Sofia", "conference@Vilnius"}, nil},
		{"event-words.tsv: a course that graduated, and who congratulated it", "Title", "Brussels, 14 November 2012 – Members of the Senior Course graduated at NATO HQ and were congratulated by Lt. Gen. Tom Rask.", []string{"ceremony@NATO Headquarters"}, nil},
		{"datedPlace: a place in brackets after an event's date", "Title", "Since 2004 the dialogue has grown, with a first meeting of foreign ministers in December 2004 (Brussels).", []string{"meeting@Brussels"}, nil},
		{"command-changes.tsv: a transfer of authority is a change of command", "Title", "Pristina, 3 May 2022 – The Transfer of Authority Ceremony between Lieutenant Colonel Tom Rask and Lieutenant Colonel Ivo Berg was held at Camp Novo Selo.",
			[]string{"change of command@Camp Novo Selo"}, nil},
		{"takenPartFrom: where someone took part from is not the event's place", "Title", "Brunssum, 22 April 2020 – General Tom Rask took over from General Ivo Berg as Commander of Allied Joint Force Command Brunssum. General Eva Holm presided over the transfer of authority from her office in Mons, Belgium.",
			[]string{"change of command@Brunssum"}, []string{"change of command@Mons"}},
		{"lower-place-heads.tsv: an observatory in lower case is a venue", "Title", "Seoul, 10 May 2022 – Admiral Tom Rask visited the Seoul National Cemetery and the Dora observatory in the Korean Demilitarized Zone.",
			[]string{"visit@Seoul National Cemetery", "visit@Dora observatory"}, nil},
		{"otherTownsIn: a visit to a country that went past its town stays the country's", "Title", "Mr Tom Rask completed a three-day visit to Afghanistan on 21 February 2008. In Kabul, Mr Rask met President Ivo Berg. Troops in Helmand and Herat were thanked for their work.",
			[]string{"visit@Afghanistan", "meeting@Kabul"}, []string{"visit@Kabul"}},
		{"namedBefore: towns a journey across a country already told goes on to are stops of its own", "Title", "On 22 February 2018, General Tom Rask travelled to Afghanistan for talks with Afghan leaders. He also travelled to Kandahar and Herat to visit troops.",
			[]string{"visit@Afghanistan", "visit@Kandahār", "visit@Herāt"}, nil},
		{"prepositionOpens: a stop placed by the preposition that opens its sentence", "Title", "On 16 September 2019, the Secretary General Jens Stoltenberg visited Baghdad for talks with the Iraqi government. At Taji, Mr Stoltenberg also visited the Tactical Aviation Detachment.",
			[]string{"visit@Baghdad", "visit@Taji"}, nil},
		{"andVerb: a visit's clause keeps its own place where the next verb's clause has another", "Title", "On 3 May 2016, Major General Tom Rask visited Prizren and met the Mayor, Mr. Ivo Berg, at the City Hall.",
			[]string{"visit@Prizren", "meeting@City Hall"}, []string{"visit@City Hall"}},
		{"leadTowns: the one town of the title's country that the lead sends its subject to", "NATO maritime group visits Norway", "The Standing NATO Mine Countermeasures Group 1 sent three ships to Bergen, Norway, from 18 to 21 July 2008. On 19 July, the ships' commander, Captain Tom Rask, met representatives of the city administration.",
			[]string{"meeting@Bergen"}, []string{"meeting@Norway"}},
		{"cityBefore: a town after a word of the future names a summit's place", "Title", "On 15 June 2023, the Secretary General said Allies will prepare for the upcoming Vilnius summit in July.",
			[]string{"summit@Vilnius"}, nil},
		{"seat, pastAdjective: a visited body after an adverb and a participle is where the visit is", "Title", "On 3 May 2022, the Chief of Defence visited the recently established Joint Force Command Norfolk where he met with its commander, Vice Admiral Tom Rask.",
			[]string{"visit@Joint Force Command Norfolk"}, nil},
		{"hostBefore: a country's possessive opening an event's phrase after \"at\" is where it is held", "Title", "Recently, at Finland's inaugural Security Defence Day (SecD-Day) conference on February 8th, 2023, she addressed a delegation.",
			[]string{"conference@Finland"}, nil},
		{"hostBefore: not a possessive after another word", "Title", "On 8 February 2023, she welcomed Japan's support to the conference.",
			nil, []string{"conference@Japan"}},
		{"closedWith: the event a day closed with is at its own phrase's place", "Title", "On 13 March 2019, the Committee visited the Pentagon and concluded with a wreath laying ceremony at Arlington Cemetery.",
			[]string{"visit@Pentagon", "ceremony@Arlington Cemetery"}, []string{"ceremony@Pentagon"}},
		{"stationedAt: where a body named before a participle of stationing is based, its country after a comma too", "Title", "On 10 October 2017, General Tom Rask hosted a ceremony to establish the relationship between NATO and the Security Force Assistance Centre of Excellence based in Rome, Italy.",
			nil, []string{"ceremony@Rome", "ceremony@Italy"}},
		{"event-heads.tsv, event-words.tsv: a named Event conducted at a venue", "Title", "BAGHDAD, Iraq - The recently established NATO Mission Iraq conducted an Introduction Event at the Iraqi Ministry of Defence, December 5, 2018. The conference was attended by General Tom Rask.",
			[]string{"event@Iraqi Ministry of Defence"}, []string{"conference@Baghdad"}},
		{"alsoAt, locatesListed: a town and its state after a listed venue locate it, and the list goes on", "Title", "General Tom Rask visited the United States Army War College in Carlisle, Pennsylvania and the Marine Corps War College, Quantico, Virginia, from 30 September to 3 October 2014.",
			[]string{"visit@United States Army War College", "visit@Marine Corps War College"}, nil},
		{"townOfVisitedBody: the country inside a visited body's name", "Title", "On 20-21 March 2023, Admiral Tom Rask visited NATO Mission Iraq (NMI). He praised Iraq's security institutions.",
			[]string{"visit@Iraq"}, nil},
		{"sceneVenue: a venue that hosts the guests of an event with no place of its own", "Title", "The Graduation Ceremony for the 141st Senior Course formally concluded the programme on 27 January 2023. The College's Main Auditorium hosted a wide array of attendees.",
			[]string{"ceremony@Main Auditorium"}, nil},
		{"slashedTowns, opensWithPlaceLine: a town's two names in capitals on a line of their own place the release", "Title", "FERIZAJ/UROSEVAC, Kosovo.\n\nToday the KFOR Commander, Major General Tom Rask, met the Mayor, Mr. Ivo Berg.",
			[]string{"meeting@Ferizaj"}, nil},
		{"quotedVenues: a camp whose name stands in quotation marks", "Title", "The Transfer of Authority ceremony was held at Camp \"Villaggio Italia\u201d in Peja on 3 May 2018.",
			[]string{"change of command@Camp Villaggio Italia"}, []string{"change of command@Peja"}},
		{"comparedSince: a superlative's noun measured against the past is no event", "Title", "On 1 February 2018, she noted that this is Canada's largest troop deployment in Europe since the Cold War.",
			nil, []string{"deployment@Europe"}},
		{"oneTown: a stop of a visit keeps the visit in its country", "Title", "On 22 February 2018, General Tom Rask travelled to Afghanistan for talks with Afghan leaders. He then travelled to Herat.",
			[]string{"visit@Afghanistan", "visit@Herāt"}, nil},
		{"townOfVisitedBody: the town that opens a visited body's name", "Title", "The Secretary General visited Afghanistan on 22 November 2007. In Kabul, he met President Hamid Karzai. He also visited the Kandahar Provincial Reconstruction Team in southern Afghanistan. He thanked Canada for its work in Kandahar.",
			[]string{"visit@Afghanistan", "meeting@Kabul", "visit@Kandahār"}, nil},
		{"adverbialEvent: what was said before 'at a meeting' is no place of the meeting", "NATO Secretary General in New York", "On 21 September 2011, Mr Rasmussen stressed the Alliance's determination to stay the course in Afghanistan at a meeting with the Afghan Foreign Minister, Dr Zalmay Rassoul.",
			[]string{"meeting@New York City"}, []string{"meeting@Afghanistan"}},
		{"releasePlace: where the title puts the release, an event no one attends is not its place", "NATO Secretary General in New York", "On 21 September 2011, Mr Rasmussen met the Afghan Foreign Minister, Dr Zalmay Rassoul. Implementing the Partnership will be one of the major issues on the agenda of the Chicago summit.",
			[]string{"meeting@New York City"}, []string{"meeting@Chicago"}},
		{"passesCommand: a command verb whose phrase names what is handed over reports a change of command", "Title", "Herat, 15 July 2007 – Brigadier General Tom Rask transferred responsibility of Regional Command West to Brigadier General Ivo Berg.",
			[]string{"change of command@Herāt"}, nil},
		{"shipVisited: a visited ship is the visit's place, and where the ship lies is not", "Title", "On 29 May 2015, the Secretary General commended the US contribution to missile defence in a visit to the USS Carney, an Aegis destroyer, at Naval Station Mayport in Florida.",
			[]string{"visit@USS Carney"}, []string{"visit@Naval Station Mayport"}},
		{"titlePlace, eventBefore: a place after a named event in the title is the event's, not the release's", "North Atlantic Council and NATO Parliamentary Assembly discuss NATO Summit in Warsaw", "The Council met the members on 15 February 2016.",
			nil, []string{"meeting@Warsaw"}},
		{"titleAtPlace: a place that ends a title in apposition after a person is no place of the event before it", "Title", "During the opening ceremony on 28 January 2016, President Tom Rask awarded a medal to Dr Ivo Berg, Professor at the US National Defense University.",
			nil, []string{"ceremony@US National Defense University"}},
		{"opensWithPlaceLine: a dateline with words in brackets and no date", "Title", "KABUL, Afghanistan (ISAF) – General Tom Rask met Admiral Ivo Berg on 3 May 2018.",
			[]string{"meeting@Kabul"}, nil},
		{"saintForms: a town's saint written short is the town of the saint written out, not a smaller town of that spelling", "Title", "Mr Tom Rask met the President in St. Petersburg on 3 May 2018.",
			[]string{"meeting@Saint Petersburg"}, []string{"meeting@St. Petersburg"}},
		{"dateline gives way", "Title", "Mons, 4 July 2022 – General Christopher Cavoli took over from General Tod Wolters as Supreme Allied Commander Europe. The change of command took place at Supreme Headquarters Allied Powers Europe.",
			[]string{"change of command@Supreme Headquarters Allied Powers Europe"}, []string{"change of command@Mons"}},
		{"Lead: the dateline of the first sentence of prose, after the page's heading lines", "Title", "Last updated: 05 Jun. 2018 10:37\n\nNews release\n\nBucharest, 5 June 2018 – The Secretary of State, Mr Dan Neculaescu, received on Tuesday (5 June) Mr Tom Rask.",
			[]string{"event@Bucharest"}, nil},
		{"pastClosing: a dateline whose date is in brackets", "Title", "BRUSSELS (Oct. 16, 2019) – Secretary General Jens Stoltenberg said goodbye to Deputy Secretary General Rose Gottemoeller at NATO Headquarters on Wednesday.",
			[]string{"event@NATO Headquarters"}, nil},
		{"datelineAfter, capitalised: a town the gazetteer lacks, in capitals, before its country and a date in brackets", "Title", "SALAMIS, Greece (Sept. 3, 2016) – Admiral Tom Rask took command of the group.",
			[]string{"change of command@Salamis"}, nil},
		{"bracketedDateline: a town the gazetteer lacks before its date in brackets", "Title", "KORZENIEWO (March 3, 2024) – Admiral Tom Rask took command of the group.",
			[]string{"change of command@Korzeniewo"}, nil},
		{"datelineAfter: a town the gazetteer lacks before its country and the dash of a dateline without a date", "Title", "KORZENIEWO, Poland – Admiral Tom Rask took command of the group on 3 May 2019.",
			[]string{"change of command@Korzeniewo"}, nil},
		{"placeContext: a known town before its date in brackets", "Title", "TRAPANI (Oct. 3, 2015) – Admiral Tom Rask took command of the group.",
			[]string{"change of command@Trapani"}, nil},
		{"statement at its dateline", "Statement by the North Atlantic Council", "Brussels, 4 March 2014 – Allies condemned the attacks.", []string{"statement@Brussels"}, nil},
		{"places in a list", "Secretary General to visit Latvia and Poland", "The Secretary General will meet the President on 6 November 2013.", []string{"meeting@Latvia", "visit@Poland"}, nil},
		{"will be in", "Title", "On 31 May 2021, the Deputy Secretary General will be in Bucharest.", []string{"visit@Bucharest"}, nil},
		{"stop on a visit", "Title", "The Secretary General visited Estonia on 5 September 2023. He then visited Tapa Army Base.", []string{"visit@Estonia", "visit@Tapa Army Base"}, nil},
		{"one more meeting", "Title", "On 3 May 2022 in Brussels, the Secretary General met the Prime Minister of Norway, Jonas Gahr Støre. Later, he also met the President of Finland, Sauli Niinistö, in Rome.",
			[]string{"meeting@Brussels", "meeting@Rome"}, nil},
		{"earlier, one more event", "Title", "On 9 February 2017 the Prime Minister, Duško Marković, visited NATO Headquarters in Brussels. Earlier in the day, Mr Marković held talks with David Hobbs in Mons.",
			[]string{"visit@NATO Headquarters", "meeting@Mons"}, nil},
		{"held at the", "Title", "The 2019 conference was held over two days at the Grand Harbour The Lodge in Norfolk.", []string{"conference@Grand Harbour The Lodge"}, nil},
		{"conflict", "Title", "Ministers discussed the conflict in Georgia on 19 August 2008.", []string{"war@Georgia"}, nil},
		{"an event at a named event", "Title", "Brussels, 20 July 2023 – Mircea Geoană gave a keynote speech at the Warsaw Security Forum on Thursday.",
			[]string{"speech@Warsaw", "forum@Warsaw"}, []string{"speech@Brussels"}},
		{"a named event talked about", "Title", "Aspen, 20 July 2023 – Mircea Geoană discussed the Vilnius Summit outcomes at the Aspen Security Forum on Thursday.",
			[]string{"forum@Aspen", "summit@Vilnius"}, []string{"summit@Aspen"}},
		{"during his visit, also met", "Title", "The Deputy Secretary General visited Washington on 19 July 2023. During his visit, Mr Geoană also met with Secretary of the Army Christine Wormuth.",
			[]string{"visit@Washington", "meeting@Washington"}, nil},
		{"a place after what kind of town it is", "Title", "Brussels, 9 November 2011 – The Council met President Mikheil Saakashvili in the port city of Batumi. On 25 March 2008 NATO held a media event in the Romanian port city of Constanta.",
			[]string{"meeting@Batumi", "meeting@Constanța"}, []string{"meeting@Brussels"}},
		{"places that are examples", "Title", "Kyiv, 10 July 2017 – Chairing a meeting of the Commission in Kyiv, Mr Stoltenberg praised Ukraine's contributions to NATO missions, including in Afghanistan and Iraq.",
			[]string{"meeting@Kyiv"}, []string{"meeting@Afghanistan", "meeting@Iraq"}},
		{"a speech at an unnamed event", "Title", "Brussels, 10 May 2012 – The Deputy Secretary General, Alexander Vershbow, delivered a keynote address at a public diplomacy conference in Amman on Thursday.",
			[]string{"speech@Amman", "conference@Amman"}, []string{"speech@Brussels"}},
		{"a town with a date after it", "Title", "The Secretary General recalled the Defence Ministers meeting in February 2006 in Taormina and the one in Seville in February 2007.",
			[]string{"meeting@Taormina"}, nil},
		{"a list of subjects is no dateline", "Title", "Kuwait City, 12 December 2016 – NATO and the Gulf states met in Kuwait City today. Oman, Saudi Arabia and the Gulf Cooperation Council were also represented at the meeting.",
			[]string{"meeting@Kuwait City"}, []string{"meeting@Saudi Arabia", "meeting@Oman"}},
		{"a deployment to a base", "Title", "US F-15 aircraft deployed to Keflavik Air Base, Iceland, on 3 May 2022 for the Icelandic Air Policing mission in the High North.",
			[]string{"deployment@Keflavík Air Base"}, []string{"deployment@High North"}},
		{"a ship is no town", "Title", "The Crown Prince visited HNLMS Rotterdam in the Gulf of Aden on 4 May 2010.",
			[]string{"visit@Gulf of Aden"}, []string{"visit@Rotterdam"}},
		{"places of missions are a topic", "Title", "Bucharest, 29 September 2016 – Meeting with President Klaus Werner Iohannis, Mr. Stoltenberg commended Romania for its contributions to NATO missions in Afghanistan and Kosovo.",
			[]string{"meeting@Bucharest"}, []string{"meeting@Afghanistan", "meeting@Kosovo", "event@Afghanistan"}},
		{"topic-nouns: places of deployments are a topic", "Title", "NATO Secretary General Omar Lind is meeting Chancellor Eva Holm in Berlin on Friday (19 November 2021).\n\nSpeaking at a press point at the Chancellery, Mr Lind thanked Germany for its support to the Alliance, including maritime deployments in the Aegean.",
			[]string{"press conference@Berlin"}, []string{"press conference@Aegean Sea"}},
		{"opensEventName: a body that opens an event's name is no venue", "Title", "General Tom Rask took part in the International Institute for Strategic Studies (IISS) Shangri-La Dialogue in Singapore on 3 June 2016, where he met regional Chiefs of Defence.",
			[]string{"meeting@Singapore"}, []string{"meeting@International Institute for Strategic Studies"}},
		{"another event's city", "Title", "The Chair visited Estonia on 5 September 2023 to discuss the decisions taken at the Vilnius Summit.", []string{"visit@Estonia"}, []string{"visit@Vilnius"}},
		{"summit named after its host", "Title", "Allies launched the initiative at the Wales Summit in September 2014.", []string{"summit@Wales"}, nil},
		{"place before a topic noun", "Title", "On 20 April 2005, ministers held a working dinner devoted to the Middle East peace process.", nil, []string{"dinner@Middle East"}},
		{"event after a link", "Title", "Åre, Sweden, 25 May 2005 – Ministers met in Åre. On the eve of the forum, 24 May, the Secretary General hosted a working dinner in Åre, where the minister welcomed guests to Sweden.",
			[]string{"dinner@Åre"}, []string{"dinner@Sweden", "forum@Sweden"}},
		{"the verb's object", "Title", "On 10 July 2023, the Secretary General hosted a trilateral meeting in Vilnius with the Prime Minister of Sweden, Ulf Kristersson.", []string{"meeting@Vilnius"}, nil},
		{"habitual", "Title", "Twice a year, the Military Committee meets at NATO Headquarters in Brussels.", nil, []string{"meeting@NATO Headquarters"}},
		{"dateline event named", "Title", "Norfolk, 11 December 2019 – The command brought chiefs together for its 2019 Chiefs of Transformation Conference, held over two days at the Harbour Lodge Hotel.",
			[]string{"conference@Harbour Lodge Hotel"}, []string{"event@Harbour Lodge Hotel"}},
		{"what was done to a document", "Title", "Sweden kept the commitments it made under the Joint Accord agreed in Madrid in 2022.", []string{"agreement@Madrid"}, nil},
		{"where clause", "Title", "The Secretary General will be in Tokyo on 31 January 2023, travelling on from Seoul, where he holds talks with the President on 29 and 30 January.",
			[]string{"visit@Tokyo", "meeting@Seoul"}, nil},
		{"schedule day with a remark", "Media advisory", "Thursday 27 August 2015 (local time)\n\n14:45 - Inauguration Ceremony of the Joint Training Centre (Krtsanisi Military Facility)",
			[]string{"ceremony@Krtsanisi Military Facility"}, nil},
		{"a summit discussed", "Secretary General discusses Riga Summit preparations with President Bush", "Washington, 21 March 2006 – President George W. Bush received the Secretary General at the White House.",
			[]string{"meeting@White House"}, []string{"summit@White House"}},
		{"a quotation reports no event", "Title", "On 2 July 2010 in Lisbon, the Secretary General said: \"this is only about a change of command, not of strategy\".", nil, []string{"change of command@Lisbon"}},
		{"clause on its event", "Title", "On 2 July 2010, the Secretary General travelled to Lisbon, Portugal, where the next Summit will be held in November.", []string{"visit@Lisbon", "summit@Lisbon"}, nil},
		{"a mission is no trigger before a visit", "Title", "NATO's mission in Afghanistan topped the agenda during the Secretary General's visit to Spain on 26 February 2004.",
			[]string{"visit@Spain", "mission@Afghanistan"}, []string{"mission@Spain"}},
		{"relative clause on a named event", "Title", "On 5 September 2023 he was briefed on Locked Shields 2024, the world's largest live-fire cyber defence exercise, which the Centre will organise in Tallinn in April 2024.",
			[]string{"exercise@Tallinn"}, nil},
		{"the ceremony of a change of command", "Title", "Kosovo Force held a change of command ceremony at Camp Film City on 3 September 2014. The ceremony was attended by the President of Kosovo, Atifete Jahjaga.",
			[]string{"change of command@Camp Film City"}, []string{"ceremony@Camp Film City"}},
		{"an event word with a clause on its place", "Title", "On 5 March 2009 ministers met before the summit that Allied leaders will hold in Strasbourg in April.", []string{"summit@Strasbourg"}, nil},
		{"a stop on a trip", "Title", "The Secretary General visited Afghanistan from 23 to 25 July 2008, ending his trip with a stop in Uruzgan Province.",
			[]string{"visit@Afghanistan"}, []string{"visit@Uruzgan Province"}},
		{"to stop is a verb", "Title", "On 5 March 2009 Allies met in Brussels and urged Russia to stop implementing its decision in Abkhazia.", []string{"meeting@Brussels"}, []string{"visit@Abkhazia"}},
		{"a day spent somewhere", "Title", "The Hague, 14 September 2018 – General Curtis Scaparrotti spent Friday in the Netherlands.", []string{"visit@The Hague"}, nil},
		{"a place located by an apposition", "Title", "São Vicente, Cape Verde, 22 June 2006 – The NATO Response Force staged a demonstration at Flamingo Bay, on the Cape Verdean island of São Vicente.",
			[]string{"demonstration@Flamingo Bay"}, []string{"demonstration@São Vicente"}},
		{"an operation names no meeting", "Title", "Brussels, 28 October 2011 – The Council met today with the partners taking part in Operation Unified Protector and confirmed its decision to end NATO's operation for Libya.",
			[]string{"meeting@Brussels"}, []string{"operation@Brussels"}},
		{"no one's command", "Title", "Since NATO took command of all international military operations for Libya on 31 March 2011, the Alliance has protected civilians.", nil, []string{"change of command@"}},
		{"is host to", "Title", "On 16 May 2024 the Secretary General met the Prime Minister. The country is host to a battlegroup and is home to the NATO Energy Security Centre of Excellence in Vilnius.",
			nil, []string{"meeting@NATO Energy Security Centre of Excellence"}},
		{"a list of places is no event's place", "Title", "Brussels, 12 February 2015 – Defence Ministers today agreed to set up units in Bulgaria, Estonia, Latvia, Lithuania, Poland and Romania.",
			nil, []string{"event@Bulgaria", "event@Romania", "event@Poland"}},
		{"then another kind of event", "Title", "Brussels, 6 March 2019 – The Secretary General addressed the Foreign Affairs Committee in Brussels on Tuesday. He then took part in a conference on hybrid threats organised by the OSCE in Vienna.",
			[]string{"speech@Brussels", "conference@Vienna"}, nil},
		{"a doorstep", "Media advisory", "Thursday, 14 February 2019\n\n10:00 – Doorstep statement by the Secretary General – NATO HQ, main entrance",
			[]string{"press conference@NATO Headquarters"}, nil},
		{"a part of a place", "Title", "Brussels, 4 April 2024 – A ceremony to mark the anniversary took place on 4 April in the Agora of NATO Headquarters.",
			[]string{"ceremony@NATO Headquarters"}, []string{"ceremony@Brussels"}},
		{"an election where its demonym says", "Title", "Brussels, 6 September 2010 – The Council discussed security in Afghanistan before the Afghan parliamentary elections on 18 September. Ukraine's presidential election on 31 March was free.",
			[]string{"election@Afghanistan", "election@Ukraine"}, []string{"election@Brussels"}},
		{"a lecture to the students of a college", "Title", "Sofia, 2 December 2017 – General Petr Pavel gave a lecture to officers and students of the Rakovski National Defence College.",
			[]string{"speech@Rakovski National Defence College"}, []string{"speech@Sofia"}},
		{"a town in a town in a country", "Title", "Oslo, 5 May 2021 – A ceremony was held in Kjeller, Lillestrøm, Norway, on 5 May 2021.",
			[]string{"ceremony@Kjeller"}, []string{"ceremony@Oslo"}},
		{"the town of a name with a particle", "Title", "Madrid, 5 May 2021 – The conference took place in the town of Hoyo de Manzanares, Spain.",
			[]string{"conference@Hoyo de Manzanares"}, []string{"conference@Manzanares"}},
		{"a dateline's country in brackets", "Title", "Tel Aviv (Israel) – 19 November 2009: The Chairman met the Minister of Defence, Ehud Barak.",
			[]string{"meeting@Tel Aviv-Yafo"}, nil},
		{"a body with a seat addressed", "Title", "Copenhagen, 5 March 2014 – General Knud Bartels addressed the Royal Danish Defence College on Wednesday.",
			[]string{"speech@Royal Danish Defence College"}, []string{"speech@Copenhagen"}},
		{"a place of another clause", "Title", "Washington, 21 March 2006 – In Washington, Mr Jaap de Hoop Scheffer also held talks with Secretary of State Condoleezza Rice, and he and the President spoke to journalists at the White House.",
			[]string{"meeting@Washington", "speech@White House"}, []string{"meeting@White House"}},
		{"a place of the means", "Title", "Oslo, 8 May 2019 – Mircea Geoană ended a two-day visit to Norway by addressing students at the University of Oslo.",
			[]string{"speech@University of Oslo"}, []string{"visit@University of Oslo"}},
		{"a venue named with of", "Title", "Sofia, 5 March 2014 – He spoke at the Palace of Culture in Sofia.",
			[]string{"speech@Palace of Culture"}, nil},
		{"a venue named with a Romance particle", "Title", "Rome, 5 March 2014 – He met the President at the Palazzo del Quirinale.",
			[]string{"meeting@Palazzo del Quirinale"}, nil},
		{"a venue after its city's possessive", "Title", "Lisbon, 5 March 2014 – He spoke at Lisbon's Teatro Camões.",
			[]string{"speech@Teatro Camões"}, nil},
		{"a schedule's venue in brackets", "Media advisory", "Monday, 5 March 2018\n\n18:30-19:00: Official Welcome Ceremony (Vrana Palace)",
			[]string{"ceremony@Vrana Palace"}, nil},
		{"a schedule's time with an h", "Media advisory", "Monday, 5 March 2018\n\n14h15 Press point – Vrana Palace",
			[]string{"press conference@Vrana Palace"}, nil},
		{"a body's headquarters in lower case", "Title", "Ministers met at Alliance headquarters on 9 October 2012.",
			[]string{"meeting@NATO Headquarters"}, nil},
		{"the headquarters of a body", "Title", "He met Foreign Minister Ana Lopez at the headquarters of the Organization for Security and Co-operation in Europe in Vienna on 9 October 2012.",
			[]string{"meeting@OSCE Headquarters"}, nil},
		{"the headquarters of a command is the command", "Title", "Norfolk, 5 May 2023 – The Committee visited the headquarters of Allied Command Transformation in Norfolk, Virginia, on 5 May 2023.",
			[]string{"visit@Allied Command Transformation"}, []string{"visit@ACT Headquarters"}},
		{"going to the headquarters of a command", "Title", "Rome, 3 May 2015 – The Secretary General will go to the headquarters of Allied Joint Force Command Naples on 4 May 2015.",
			[]string{"visit@Joint Force Command Naples"}, []string{"visit@JFCNP Headquarters"}},
		{"a body whose apposition names a seat", "Title", "London, 31 March 2023 – He met start-up founders at Plexal, an innovation centre in east London, on 31 March 2023.",
			[]string{"meeting@Plexal"}, []string{"meeting@London"}},
		{"places of what was said", "Title", "Copenhagen, 3 May 2016 – After his meeting with Prime Minister Lars Løkke Rasmussen, Mr Jens Stoltenberg said that NATO and Denmark cooperate closely on security in the Arctic and in the Baltic Sea region.",
			[]string{"meeting@Copenhagen"}, []string{"meeting@Baltic region", "meeting@Arctic"}},
		{"a forum held online", "Title", "Brussels, 3 November 2020 – The Deputy Secretary General spoke at the Riga Security Forum, held online on 3 November 2020.",
			nil, []string{"forum@Riga", "speech@Riga"}},
		{"a venue by a lower-case head", "Title", "Esbjerg, 3 February 2023 – They last met at the Tyra platform in the North Sea on 2 February 2023.",
			[]string{"meeting@Tyra platform"}, []string{"meeting@North Sea"}},
		{"a drill witnessed at a camp", "Title", "Kabul, 3 May 2016 – The Secretary General witnessed a commando drill at Camp Morehead in Kabul.",
			[]string{"visit@Camp Morehead"}, nil},
		{"remarks delivered", "Title", "Baghdad, 3 May 2016 – He delivered remarks at the Defence University in Baghdad.",
			[]string{"speech@Defence University"}, nil},
		{"a hall of a body's seat", "Title", "Bucharest, 3 May 2007 – General Bantz Craddock gave a lecture in the Aula of the National Defence University.",
			[]string{"speech@National Defence University"}, []string{"speech@Bucharest"}},
		{"a body with a seat, where an event happens", "Title", "Tartu, 3 May 2017 – She met Professor Anna Lind, the Rector of the University of Tartu, where she delivered a lecture on 3 May 2017.",
			[]string{"speech@University of Tartu"}, nil},
		{"an exercise's forces come from a place", "Title", "Mons, 3 May 2024 – Exercise Steadfast Defender is now underway with forces from all 31 Allies and Sweden.",
			nil, []string{"exercise@Sweden"}},
		{"meetings as a rule", "Title", "Tallinn, 3 May 2022 – The Chiefs of Defence met in Tallinn on 3 May 2022. The Military Committee meets three times a year. Two of these meetings occur at NATO Headquarters.",
			[]string{"meeting@Tallinn"}, []string{"meeting@NATO Headquarters"}},
		{"a ship on board which an event happens", "Title", "Tallinn, 3 May 2017 – The agreement was signed on board the EML Admiral Pitka on 3 May 2017.",
			[]string{"signing@EML Admiral Pitka"}, []string{"signing@Tallinn"}},
		{"where the subject works", "Title", "Mr Karl Weber, Assistant Secretary General at NATO Headquarters in Brussels, visited the Analysis Centre in Lisbon on 7 May 2015.",
			[]string{"visit@Analysis Centre"}, []string{"visit@NATO Headquarters"}},
		{"a country's possessive", "Title", "On 3 March 2022, ambassadors met at Latvia's request.", nil, []string{"meeting@Latvia"}},
		{"a line of a schedule that opens with its day", "Media advisory", "Brussels, 3 May 2020 – The President of Finland visits NATO.\n\n5 May 2020, 10:00 (CET) Joint press statements by the Secretary General with the President of Finland, Sauli Niinistö",
			[]string{"press conference@Brussels"}, nil},
		{"the place of the event before in its paragraph", "Title", "Brussels, 12 May 2021 – Mr Olsen was in Lviv for a two-day visit to Ukraine on 10-11 May. He held a press conference with the Prime Minister, Denys Shmyhal.",
			[]string{"press conference@Lviv"}, []string{"press conference@Brussels"}},
		{"the next day, the place of the day before", "Title", "Brussels, 18 February 2019 – On 16 February 2019, the Secretary General met Chancellor Angela Merkel in Munich.\n\nOn 17 February 2019, he met Vice-President Mike Pence.",
			[]string{"meeting@Munich"}, []string{"meeting@Brussels"}},
		{"the dateline's city for an event of a day near the release's", "Title", "Bucharest, 3 April 2008 – Leaders met at the Palace of the Parliament in Bucharest today. The Summit will conclude on Friday, 4 April, with a meeting of the NATO-Russia Council attended by the President of the Russian Federation, Mr Vladimir Putin.",
			[]string{"meeting@Bucharest"}, nil},
		{"talks followed by press statements", "Title", "Tokyo, 31 January 2023 – In the evening, he will hold talks with the Prime Minister of Japan, Mr Fumio Kishida, at the Prime Minister's Office, followed by joint press statements.",
			[]string{"meeting@Prime Minister's Office"}, nil},
		{"a change of command since which", "Title", "Pristina, 3 March 2023 – She met the Ambassador for the first time since General Anna Cole took over command of KFOR.",
			nil, []string{"change of command@Pristina"}},
		{"a dateline on a line of its own is no event", "Title", "02 Oct. 2015 -\n\nThe NATO Liaison Office held a ceremony in Skopje on 1 October 2015. The Chief of the Office, Colonel Ed Lum, welcomed Minister Ana Berg.",
			[]string{"ceremony@Skopje"}, []string{"event@"}},
		{"due to succeed a named general", "Title", "Ramstein, 1 May 2019 – General Jeffrey Harrigian took over from General Tod D. Wolters as Commander, Allied Air Command. General Wolters now heads to Mons, Belgium, where he is due to succeed General Curtis Scaparrotti as Supreme Allied Commander Europe on 3 May.",
			[]string{"change of command@Mons"}, nil},
		{"followed by", "Title", "London, 3 December 2019 – The Queen will host a reception for the leaders at Buckingham Palace, followed by a reception at 10 Downing Street.",
			[]string{"reception@Buckingham Palace", "reception@10 Downing Street"}, nil},
		{"a summit prepared", "Title", "Brussels, 5 April 2023 – The meeting also prepared the NATO Summit in Vilnius in July.",
			[]string{"summit@Vilnius"}, []string{"summit@Brussels"}},
		{"a place that only says where another lies", "Title", "Catania, 24 February 2020 – The exercise runs until 6 March in the waters east and south of Sicily.",
			nil, []string{"exercise@Sicily"}},
		{"a second verb after 'and'", "Title", "Tbilisi, 3 May 2019 – She also met President Salome Zourabichvili and held a joint press conference with Prime Minister Mamuka Bakhtadze.",
			[]string{"meeting@Tbilisi", "press conference@Tbilisi"}, nil},
		{"discussed with a person", "Title", "Madrid, 3 May 2019 – The Secretary General discussed the situation in the Sahel with President Ana Ruiz of Chile.",
			[]string{"meeting@Madrid"}, []string{"meeting@Sahel"}},
		{"what a speech is about", "Title", "Oslo, 4 May 2012 – She spoke about disinformation in the Caucasus.",
			[]string{"speech@Oslo"}, []string{"speech@Caucasus"}},
		{"a purpose clause's event", "Title", "Lima, 3 May 2019 – The Deputy Secretary General Rose Gottemoeller will visit Peru to attend the opening ceremony of the base in Ilo on 5 May.",
			[]string{"ceremony@Ilo"}, []string{"visit@Ilo"}},
		{"a purpose clause's event at the place gone to", "Title", "Brussels, 5 March 2009 – Mrs Hillary Clinton was due to travel on to Geneva, Switzerland, to meet the Russian Foreign Minister, Sergey Lavrov, on Friday (6 March).",
			[]string{"meeting@Geneva"}, nil},
		{"a deployment to a country", "Title", "Brussels, 3 May 2023 – The Alliance deployed battlegroups to Estonia in 2017.",
			[]string{"deployment@Estonia"}, nil},
		{"a campaign in a country", "Title", "Brussels, 3 May 2023 – Allies recalled the 1999 air campaign in Kosovo.",
			[]string{"operation@Kosovo"}, nil},
		{"what a visit follows", "Title", "Skopje, 12 June 2019 – The visit follows the signing of the Accession Protocol in Brussels in February.",
			[]string{"visit@Skopje", "signing@Brussels"}, nil},
		{"visits to a list of countries", "Title", "Madrid, 1 March 2004 – The Secretary General visited Spain, Portugal and Luxembourg from 26 February to 1 March.",
			[]string{"visit@Madrid", "visit@Portugal", "visit@Luxembourg"}, nil},
		{"flew to a town", "Title", "Kabul, 3 May 2008 – The Secretary General travelled to Tarin Kowt. He then flew to Deveselu, in Romania.",
			[]string{"visit@Tarīn Kōṯ", "visit@Deveselu"}, nil},
		{"a visit to a body's seat", "Title", "Mons, 3 May 2010 – The Chairman of the Military Committee visited SHAPE on 3 May.",
			[]string{"visit@Supreme Headquarters Allied Powers Europe"}, []string{"visit@Mons"}},
		{"welcomed a country's official, in the title", "Secretary General welcomes US Secretary of State to NATO Headquarters", "Brussels, 6 April 2022 – NATO Secretary General Jens Stoltenberg met US Secretary of State Antony Blinken on Wednesday.",
			[]string{"meeting@NATO Headquarters"}, []string{"meeting@Brussels"}},
		{"dine with", "Title", "Brussels, 3 May 2009 – In the evening, the Secretary General will dine with King Albert II at the Royal Palace.",
			[]string{"dinner@Royal Palace"}, nil},
		{"a war's possessive is its agent", "Title", "Allies condemned Russia's war on 24 February 2022.", nil, []string{"war@Russia"}},
		{"country of the dateline's city", "Title", "Cairo, 13 October 2005 – The Secretary General travelled to Egypt on 12 October 2005.", []string{"visit@Cairo"}, []string{"visit@Egypt"}},
		{"a hyphenated participle is no verb", "Title", "Russian troops stay in this Russian-speaking region of Moldova since the conflict there in 1992.", nil, []string{"speech@"}},
		{"came to a place", "Title", "The President of Moldova, Vladimir Voronin, came to NATO Headquarters on 7 June 2005.", []string{"visit@NATO Headquarters"}, nil},
		{"a relative date is no dateline", "Title", "Last month, New Zealand joined the Allies for a special meeting during the NATO Summit in Chicago on 20 May 2012.",
			[]string{"meeting@Chicago", "summit@Chicago"}, []string{"meeting@New Zealand"}},
		{"held at a named event", "Title", "On 3 June 2024, the ministers held talks at the Vilnius Summit.", []string{"meeting@Vilnius"}, nil},
		{"a town after its descriptor and a comma", "Title", "On 25 January 2010, the conference took place in the Moroccan capital, Rabat.", []string{"conference@Rabat"}, nil},
		{"attended a course is no event", "Title", "On 31 May 2018, he noted that officers had attended courses at the NATO School in Oberammergau.", nil, []string{"meeting@NATO School Oberammergau"}},
		{"will be in a country, said of a person", "Title", "The Deputy Secretary General, Mr Mircea Geoană, will be in France on 14 December 2023.", []string{"visit@France"}, nil},
		{"a surname inside a body's name is the body's", "Title", "Bratislava, 20 February 2025 – Mark Rutte praised the scholar John Amos Comenius. Mr Rutte gave an address at Comenius University in Bratislava on Thursday.",
			[]string{"speech@Comenius University"}, []string{"speech@Bratislava"}},
		{"will be in a country after 'the'", "Title", "The Secretary General, Mr Jens Stoltenberg, will be in the United States on Thursday 5 April and Friday 6 April 2018.", []string{"visit@United States"}, nil},
		{"a topic's place after 'work in'", "Title", "When he met President Begaj on 6 February 2023, Admiral Bauer commended the troops for their work in Kosovo.", nil, []string{"meeting@Kosovo"}},
		{"a town that hosts", "Title", "Czechia joined the Alliance on 12 March 1999, and Prague hosted a NATO Summit in 2002.", []string{"summit@Prague"}, nil},
		{"a Summit in the title that is talked about", "Secretary General discusses Summit preparations in Oslo", "Jens Stoltenberg was in Oslo on 5 February 2018 for talks with Prime Minister Erna Solberg.", []string{"visit@Oslo"}, []string{"summit@Oslo"}},
		{"which a country is to host", "Title", "On 5 February 2018 they discussed Trident Juncture 2018, the largest NATO exercise of the year, which Norway is to host later in 2018.", []string{"exercise@Norway"}, nil},
		{"a named lecture at a body's part", "Title", "On 30 March 2023, he delivered the annual Vincent Briscoe Lecture at Imperial College's Institute for Security Science and Technology.",
			[]string{"speech@Institute for Security Science and Technology"}, nil},
		{"in a council is no place", "Title", "NATO Ambassadors will meet Russia's representative in the NATO-Russia Council in Brussels on 13 July 2016.", nil, []string{"meeting@NATO-Russia Council"}},
		{"a body in a country on given days", "Title", "The North Atlantic Council was in Afghanistan from Monday, 4 September to Wednesday, 6 September 2006.", []string{"visit@Afghanistan"}, nil},
		{"a named event's relative clause past a place's commas", "Title", "He spoke at the 2015 NATO-Industry Forum, which met in Lisbon, Portugal, on 19 and 20 October 2015.", []string{"forum@Lisbon"}, nil},
		{"an event told as what came before", "Title", "Islamabad, 8 May 2007 – The Secretary General visited Pakistan. The visit came shortly after President Pervez Musharraf and Afghan President Hamid Karzai met in Ankara.",
			[]string{"visit@Islamabad", "meeting@Ankara"}, nil},
		{"a session closed, which had opened on a day", "Title", "The plenary sitting closed the four-day session, which had opened on 25 May 2012 in Tallinn.", []string{"session@Tallinn"}, nil},
		{"a gerund with an object is no meeting", "Title", "A readiness to talk goes together, he stressed, with meeting the Defence Investment Pledge agreed at the Wales Summit in 2014.", []string{"summit@Wales"}, []string{"meeting@Wales"}},
		{"a stop that was a town", "Title", "On Thursday, 15 January 2004, his first stop was Sarajevo.", []string{"visit@Sarajevo"}, nil},
		{"a named session of a body, in a town", "Title", "Addressing the Spring Session of the NATO Parliamentary Assembly in Tallinn, Estonia, on 28 May 2012, Alexander Vershbow told legislators that the Summit had delivered.", []string{"speech@Tallinn"}, []string{"speech@Estonia"}},
		{"a happening's phrase ends at 'and' before a preposition", "Title", "BRUSSELS – On Wednesday, 2 March 2016, General John W. Nicholson took over command of NATO's Resolute Support mission and of U.S. Forces – Afghanistan from General John F. Campbell.", nil, []string{"mission@United States"}},
		{"sat down with a person", "Title", "On Wednesday (4 June 2014), NATO Defence Ministers sat down at NATO Headquarters in Brussels with Afghanistan's Minister of Defence, Bismullah Khan Mohammadi.", []string{"meeting@NATO Headquarters"}, nil},
		{"round tables and a launch are events", "Title", "Berlin, 10 November 2008 – The launch was held in Berlin. On Tuesday, 11 November, the programme continues with expert round tables in Berlin.", []string{"launch@Berlin", "meeting@Berlin"}, nil},
		{"a purpose clause whose verb holds an event", "Title", "Funchal, 26 May 2007 – Meeting on the margins of the session, the Committee accepted an invitation to hold a roundtable in Pakistan in 2008.", []string{"meeting@Pakistan"}, []string{"session@Pakistan"}},
		{"a quoted name opened", "Title", "On Monday, 10 November 2008, Chancellor Angela Merkel opened \"NATO Talk\", a new platform for public debate, in Berlin, Germany.", []string{"meeting@Berlin"}, nil},
		{"a title's noun after an article", "Title", "Geneva, 2 March 2017 – Mr Jens Stoltenberg gave a townhall address at the Maison de la Paix. Allies will address the threat in Riga.", []string{"speech@Maison de la Paix"}, []string{"speech@Riga"}},
		{"afterArticle: a title's noun after an article and a capitalised word", "Title", "Bern, 1 March 2017 – Mr Jens Stoltenberg visited Bern. He set out his views during a Townhall address at the Palais des Nations in Geneva. They heard the President address the Council in Riga.", []string{"speech@Palais des Nations"}, []string{"speech@Riga"}},
		{"a named event dated after 'of'", "Title", "On 6 December 2006, President Mesic's visit came only days after the Riga Summit of 28-29 November.", []string{"summit@Riga"}, nil},
		{"a participle's clause after 'before' is an event of its own", "Title", "Riga, 6 November 2020 – Air Chief Marshal Peach met Lieutenant General Leonids Kalnins to discuss regional security, before taking part in a wreath-laying ceremony at the Riga Brethren Cemetery.",
			[]string{"meeting@Riga", "ceremony@Riga Brethren Cemetery"}, []string{"meeting@Riga Brethren Cemetery"}},
		{"a happening in a list of places", "Title", "On 3 May 2021, Allies recalled NATO's mission in Afghanistan, Iraq and Kosovo.", []string{"mission@Afghanistan", "mission@Iraq", "mission@Kosovo"}, nil},
		{"plural event nouns, each at its place", "Title", "On 3 June 2014, he said NATO had kept the promises made at its summits in Lisbon in 2010 and in Chicago in 2012.", []string{"summit@Lisbon", "summit@Chicago"}, nil},
		{"a further place after 'and of' NAME", "Title", "On 6 April 2006, ministers recalled the first meeting of Foreign Ministers in Brussels in December 2004 and of Defence Ministers in Taormina, Italy, in February 2006.",
			[]string{"meeting@Brussels", "meeting@Taormina"}, nil},
		{"an adjective between 'the' and a venue", "Title", "The Hague, 24 June 2025 – In the evening, King Willem-Alexander hosted a dinner for the leaders at the historic Huis ten Bosch Palace.", []string{"dinner@Huis ten Bosch Palace"}, []string{"dinner@The Hague"}},
		{"a visit to a country takes the one town of it where its events happen", "Title", "Norfolk, 23 September 2016 – General Denis Mercier paid official visits to Montenegro and Romania between 19 and 21 September 2016. In Podgorica, General Mercier was welcomed by Admiral Dragan Samardžić. On 21 September, General Mercier was received in Bucharest by Mr Mihnea Motoc.",
			[]string{"visit@Podgorica", "visit@Bucharest"}, []string{"visit@Montenegro", "visit@Romania"}},
		{"occasionOf: a change of command at a ceremony is one event, at the ceremony's place", "NATO launches an operation off the Horn of Africa", "Commodore Tom Rask took over SNMG2 from Rear Admiral Ivo Berg on 3 June 2009, at a ceremony in Souda Bay, on the Greek island of Crete.",
			[]string{"change of command@Souda Bay"}, []string{"ceremony@Souda Bay", "change of command@Horn of Africa"}},
		{"occasionOf: a signing during a ceremony is one signing", "Title", "The two ministers signed the agreement during a ceremony in Brussels on 3 June 2009.", []string{"signing@Brussels"}, []string{"ceremony@Brussels"}},
		{"partitives: an event noun in another noun's complement is no object", "Title", "On 3 June 2009, Allied Joint Force Command Lisbon holds overall command of the operation, while the headquarters in Northwood controls the ships.", nil, []string{"meeting@Northwood"}},
		{"partitives: a series of meetings is held", "Title", "On 3 June 2009, the Secretary General held a series of meetings in Oslo.", []string{"meeting@Oslo"}, nil},
		{"venue-parts: in the buildings of a body with a seat", "Title", "Warsaw, 16 November 2010 – The Assembly today concluded its Annual Session, held from 12 to 16 November in the buildings of the Sejm.", []string{"session@Sejm"}, nil},
		{"gatheringOn: a country before a gathering's noun is its topic", "Title", "On 16 January 2013, in the Afghanistan session that followed, the Commander of ISAF, General John Allen, briefed the partner chiefs.", nil, []string{"session@Afghanistan"}},
		{"oneTown: venues named after countries say in which country's town they lie", "NATO Secretary General to visit Finland and Sweden", "The Secretary General, Mr Jan Berg, will travel to Finland and Sweden on Thursday 9 and Friday 10 September 2004. On Thursday 9 September, he will be in Helsinki. Later in the day he will give a lecture at the Finnish Institute of International Affairs. On Friday 10 September, he will continue to Stockholm, where he is due to hold meetings with the Prime Minister, Mr Tom Rask. He will also deliver a speech at the Swedish Institute of International Affairs.",
			[]string{"visit@Helsinki", "visit@Stockholm"}, []string{"visit@Sweden", "visit@Finland"}},
		{"belongsToOrg: a town after a body whose command is taken; placesEvent: a dateline's lead has no one who went", "Italian General Ivo Berg takes command of ISAF in Kabul",
			"Kabul, Afghanistan, 4 August 2005 – Leadership of the International Security Assistance Force (ISAF) passed from Turkey to Italy today. At a ceremony at ISAF Headquarters in the Afghan capital, Lieutenant General Ivo Berg took over command of the force from Lieutenant General Tom Rask.",
			[]string{"change of command@ISAF Headquarters"}, []string{"event@Italy", "change of command@Kabul", "change of command@Italy"}},
		{"happeningPhrase: a named operation off a place", "Title", "Copenhagen, 3 May 2011 – Danish ships serve in Operation Ocean Shield off the Horn of Africa.", []string{"operation@Horn of Africa"}, nil},
		{"apposedPlace, apposedToNamed: an apposition places the named operation and is no operation of its own", "Title", "Copenhagen, 3 May 2011 – Danish ships serve in Operation Ocean Shield, NATO's counter-piracy operation off the Horn of Africa.", []string{"operation@Horn of Africa"}, nil},
		{"unknownVenueWord: one unknown capitalised word after at ends its phrase", "Title", "Tallinn, 20 November 2014 – Later in the day, in Tallinn, Mr Jan Berg met the President, Toomas Ilves, at Kadriorg.", []string{"meeting@Kadriorg"}, []string{"meeting@Tallinn"}},
		{"alikeTitles: a bare title written with of for the holder's for names the holder", "Title", "Tirana, 14 December 2018 – She met the Minister for Europe and Foreign Affairs, Mr. Tom Rask. Later she held a joint press conference with the Minister of Europe and Foreign Affairs.", []string{"press conference@Tirana"}, nil},
		{"newDuringVisit: a conference a visit brings in with 'an' is an event of its own", "Title", "Prague, 5 May 2008 – Secretary General Jan Berg travelled to Prague. The Secretary General also attended an international conference on missile defence.", []string{"visit@Prague", "conference@Prague"}, nil},
		{"within: a body's headquarters lies in it; a ceremony there is the change of command", "Title", "Mons, 3 May 2019 – General Tom Rask assumed command of Allied Command Operations from General Ivo Berg in a change of command ceremony held at Supreme Headquarters Allied Powers Europe (SHAPE). Guests attended the ceremony, held on the front lawn of SHAPE Headquarters.", []string{"change of command@SHAPE Headquarters"}, []string{"ceremony@SHAPE Headquarters"}},
		{"codeNames, venueOf: a role word inside an exercise's code name; a venue after its head and of", "Title", "Tbilisi, 1 August 2018 – The joint multinational exercise Noble Partner 2018 opened at the military base of Vaziani, outside Tbilisi, Georgia.", []string{"exercise@Vaziani"}, []string{"exercise@Tbilisi"}},
		{"event-words: a celebration is a ceremony", "Title", "Brussels, 29 November 2018 – The anniversary was celebrated at NATO Headquarters with the Deputy Secretary General, Rose Gottemoeller.", []string{"ceremony@NATO Headquarters"}, nil},
		{"namesOwn: a quoted name the gazetteer knows is no part of the venue after it", "Title", "Pristina, 23 January 2015 – General Tom Rask welcomed the Prime Minister, Mr Ivo Berg, at Camp \"Film City\" NATO KFOR Headquarters in Pristina.", []string{"meeting@NATO KFOR Headquarters"}, []string{"meeting@\"Film City\" NATO KFOR Headquarters"}},
		{"inRelative, onMargins: a relative clause's verb yields to the main verb; the gathering on whose margins they met is an event of its own", "Title", "Brussels, 20 November 2019 – Foreign Minister Jan Berg, who is visiting Brussels, met with Tom Rask, the Deputy Secretary General of NATO, on the sidelines of the NATO Foreign Ministerial today.", []string{"meeting@Brussels"}, []string{"visit@Brussels"}},
		{"event-heads: a revolution is a named happening, no person", "Title", "Brussels, 28 November 2005 – The Secretary General offered his congratulations on the anniversary of the Rose Revolution of November 2003 in Georgia.", []string{"revolution@Georgia"}, nil},
		{"a visit to a country with two towns stays the country's", "Title", "On 1 March 2017, the Secretary General travelled to Switzerland. He met the President in Bern. He later met the Director in Geneva.", []string{"visit@Switzerland"}, nil},
		{"a visit to a country with a stop elsewhere stays the country's", "Title", "On 5 September 2023, Admiral Rob Bauer visited Estonia. He met the Minister in Tallinn. On 6 September 2023, he travelled to Tapa Army Base.", []string{"visit@Estonia"}, []string{"visit@Tallinn"}},
		{"titleStop: a title's stop of a visit spread over a country is the body's event there", "General Olsen holds talks in Bucharest and visits the Navy in Constanța", "General Jan Olsen paid an official visit to Romania on 17 and 18 October 2012. In Bucharest, General Olsen held talks with the Minister of National Defence, Mr Ion Popa. On the second day, he travelled to Constanța, where Vice Admiral Dan Marin briefed him.",
			[]string{"visit@Romania", "meeting@Bucharest", "visit@Constanța"}, []string{"visit@Bucharest"}},
		{"a body with a seat that hosts is the venue", "Title", "The NATO Defense College (NDC) in Rome hosted a two-day seminar on energy security on 5 and 6 November 2014.", []string{"conference@NATO Defense College"}, []string{"conference@Rome"}},
		{"a body that hosts an event at a venue is not its place", "Title", "From 1 to 3 December 2008, NATO's Public Diplomacy Division hosted a three-day press tour at NATO Headquarters in Brussels.", []string{"visit@NATO Headquarters"}, []string{"visit@Public Diplomacy Division"}},
		{"a visit's noun names what it tours after 'of'", "Title", "Athens, 26 June 2009 – General Craddock met General Grapsas. Before leaving Athens, General Craddock was given a guided tour of the New Acropolis Museum.", []string{"visit@New Acropolis Museum"}, nil},
		{"a further place after a comma repeats a preposition", "Title", "Brussels, 12 February 2015 – Ministers agreed to set up six headquarters, known as NATO Force Integration Units, in Bulgaria, Estonia, Latvia, Lithuania, Poland and Romania.", nil, []string{"event@Bulgaria"}},
		{"a further place after an apposition repeats the preposition", "Title", "On 3 May 2007, General Craddock was received at Cotroceni Palace, the seat of the Romanian Presidency, and at Victoria Palace, the seat of the Government of Romania.", []string{"meeting@Cotroceni Palace", "meeting@Victoria Palace"}, nil},
		{"a body's town after 'with' is the event's place", "Title", "Brussels, 2 April 2004 – The seven countries became members on Monday, 29 March 2004, when their prime ministers deposited their instruments of accession with the Government of the United States in Washington.",
			[]string{"accession@Washington"}, nil},
		{"a force's area after 'with' is none", "Title", "Newport, 5 September 2014 – Leaders also met the nations that have served with the International Security Assistance Force (ISAF) in Afghanistan.", nil, []string{"meeting@Afghanistan"}},
		{"finish: in a release with no date, an event it dates nowhere is at the dateline's place", "Shura leaders ask for support", "URUZGAN, Afghanistan – Tribal leaders had a meeting with Gen. Dan McNeill, ISAF commander, and the governor.", []string{"meeting@Uruzgān"}, nil},
		{"alsoAt, titleField: the places of a post's field are no stops of a trip", "Title", "Brussels, 14 March 2022 – The Special Representative for the Caucasus and Central Asia, Pablo Moreno, travelled to the South Caucasus on 14 March 2022.", []string{"visit@South Caucasus"}, []string{"visit@Central Asia"}},
		{"describesTown, placeContext: 'the Adriatic port city of Durres' is Durres", "Title", "Durres, 8 June 2016 – Arriving in the Adriatic port city of Durres on 8 June 2016, the Deputy Secretary General met the Albanian Prime Minister Arben Hoxha.", []string{"meeting@Durrës"}, []string{"meeting@Adriatic Sea"}},
		{"orgHeadquarters: the headquarters of a body's post are not the body's", "Title", "Norfolk, 8 May 2018 – General Paul Roche hosted the Military Committee at the headquarters of NATO's Supreme Allied Commander Transformation (HQ SACT) on 7 and 8 May 2018.", nil, []string{"meeting@NATO Headquarters"}},
		{"ownThingObject: to meet one's own pledges is no meeting", "Title", "Brussels, 3 May 2019 – The Allies asked Russia to meet its pledges with regard to Moldova.", nil, []string{"meeting@Moldova"}},
		{"goalObject, goal-nouns.tsv: to meet all the challenges is no meeting", "Title", "Brussels, 3 May 2011 – His support helped this Alliance to meet all the challenges it now faces in Afghanistan.", nil, []string{"meeting@Afghanistan"}},
		{"goalObject: a speech verb whose object is a goal is no speech", "Title", "Brussels, 3 May 2011 – The ministers addressed the new requirements of the mission in Kosovo.", nil, []string{"speech@Kosovo"}},
		{"ownThingObject: to meet one's counterpart is a meeting", "Title", "Brussels, 3 May 2019 – The Secretary General met his Finnish counterpart in Brussels.", []string{"meeting@Brussels"}, nil},
		{"townsJoined: two towns joined by a slash in an event's name", "Title", "Brussels, 3 March 2009 – Ministers will meet again after the Strasbourg/Kehl Summit.", []string{"summit@Strasbourg"}, nil},
		{"event-words.tsv: a shura is a meeting", "Title", "KABUL, Afghanistan, 2 June 2007 – The team held a shura with Colonel Ivo Berg at the school.", []string{"meeting@Kabul"}, nil},
		{"a body's part after the possessive of its head noun", "Title", "He took over on 13 July 2007 at a ceremony at the Centre's Ulsnes Training Facility in Stavanger, Norway.", []string{"ceremony@Ulsnes Training Facility"}, []string{"ceremony@Stavanger"}},
		{"alsoAt: a place after a comma and another preposition locates the venue before it, no second event", "Title", "Pristina, 9 December 2024 – The KFOR Commander met Tom Rask at KFOR Headquarters, in Camp Film City in Pristina.", []string{"meeting@KFOR Headquarters"}, []string{"meeting@Camp Film City"}},
		{"seat, host-verbs.tsv: a body hosted came as a guest; its seat is no venue", "Title", "Mons, 29 October 2019 – General Tom Rask hosted US European Command staff for talks at Supreme Headquarters Allied Powers Europe (SHAPE) on 29 October 2019.", []string{"meeting@Supreme Headquarters Allied Powers Europe"}, []string{"meeting@United States European Command"}},
		{"prepBefore, quotedNameEnd: a venue whose name's part is quoted follows its preposition, with no date too", "Title", "The Transfer of Authority ceremony between Major General Tom Rask and Major General Ivo Berg took place in Camp \"Film City\".", []string{"change of command@Camp Film City"}, nil},
		{"alsoAt, stopWithin: the countries a visit to a region lists after a verb of visiting are visits of their own", "Title", "Brussels, 3 November 2021 – Mr. Tom Rask travelled to the South Caucasus, visiting Azerbaijan, Georgia and Armenia.", []string{"visit@South Caucasus", "visit@Azerbaijan", "visit@Georgia", "visit@Armenia"}, nil},
		{"afterOpeningAdjunct: an event noun after 'During' takes no place from the clause after it", "Title", "Lisbon, 11 May 2005 – NATO will hold exercise Allied Action 05 from 17 May to 1 June 2005 in Spain. During the exercise a press centre will open in Barcelona, Spain.", []string{"exercise@Spain"}, []string{"exercise@Barcelona"}},
		{"afterOpeningAdjunct: but the place of the noun's own preposition is its", "Title", "Brussels, 3 May 2019 – During the visit to Riga, the Secretary General thanked Latvia.", []string{"visit@Riga"}, nil},
		{"countedPeople: a verb of meeting whose object counts people", "Title", "AMSTERDAM – Colonel Tom Rask hosted 29 NATO-accredited Centre of Excellence directors at the Marine Establishment Amsterdam, The Netherlands, from 24 to 27 September 2023.", []string{"meeting@Marine Establishment Amsterdam"}, nil},
		{"alsoAt, event-kinds.tsv: an exercise held in two countries is one event, at the first", "Title", "Lisbon, 11 May 2005 – Joint Command Lisbon will conduct exercise Allied Action 05 from 17 May to 1 June 2005 in Spain and France.", []string{"exercise@Spain"}, []string{"exercise@France"}},
		{"stationedAt, stationing-words.tsv: where a thing will be located is no event's place, after a form of 'be' too", "Title", "Brussels, 3 May 2015 – Defence ministers met on Monday and agreed that the new headquarters will be located in Szczecin.", []string{"meeting@Brussels"}, []string{"meeting@Szczecin"}},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			f := testExtractor(t).Extract(&natokg.Release{Title: tt.title, Source: "NATO", Body: tt.body})
			var got []string
			for _, e := range f.Events {
				got = append(got, e.Kind+"@"+e.Location)
			}
			checkMembers(t, tt.body, "events", got, tt.want, tt.not)
		})
	}
}

// Towns of NATO's bases and missions are known by their English names,
// with the country they lie in.
func TestEnglishTownNames(t *testing.T) {
	for body, want := range map[string]string{
		"Baghdad, 3 July 2019 – SACEUR visited the training at Taji on Monday.": "Taji in Iraq",
		"Brussels, 3 May 2010 – The troops trained at Valdahon.":                "Valdahon in France",
		"Kabul, 3 May 2010 – The Minister flew to Bagram on Monday.":            "Bagram in Afghanistan",
	} {
		f := testExtractor(t).Extract(&natokg.Release{Title: "Title", Source: "NATO", Body: body})
		var got []string
		for _, p := range f.Places {
			got = append(got, p.Name+" in "+p.Within)
		}
		checkMembers(t, body, "places", got, []string{want}, nil)
	}
}

// The component commands' names with "NATO" for "Allied" (orgs.tsv)
// are the commands the gazetteer knows.
func TestComponentCommandNames(t *testing.T) {
	for body, want := range map[string]string{
		"Northwood, 20 May 2019 – NATO Maritime Command welcomed its new commander.": "Allied Maritime Command",
		"Ramstein, 3 May 2019 – NATO Air Command hosted the conference.":             "Allied Air Command",
	} {
		f := testExtractor(t).Extract(&natokg.Release{Title: "Title", Source: "NATO", Body: body})
		var got []string
		for _, o := range f.Orgs {
			got = append(got, o.Name)
		}
		checkMembers(t, body, "organisations", got, []string{want}, nil)
	}
}

// A committee of a body its head names in the possessive ("the
// Parliament's Foreign Affairs Committee") is known by that form too.
func TestPossessedCommitteeName(t *testing.T) {
	body := "Riga, 3 May 2018 – She met Ojars Kalnins, Chairman of the Parliament's Foreign Affairs Committee."
	f := testExtractor(t).Extract(&natokg.Release{Title: "Title", Source: "NATO", Body: body})
	var got []string
	for _, o := range f.Orgs {
		got = append(got, o.Name)
		got = append(got, o.Aliases...)
	}
	checkMembers(t, body, "organisation names", got, []string{"Parliament's Foreign Affairs Committee"}, nil)
}

// An exercise's name may follow its head past a phrase of time.
func TestExerciseNameAfterTime(t *testing.T) {
	body := "Lisbon, 11 May 2005 – The command will test its staff in its first command post exercise this year, ALLIED ACTION 05, which will take place from 17 May to 1 June 2005 in Spain."
	f := testExtractor(t).Extract(&natokg.Release{Title: "Title", Source: "NATO", Body: body})
	var got []string
	for _, e := range f.Events {
		got = append(got, e.Name)
	}
	checkMembers(t, body, "events", got, []string{"ALLIED ACTION 05"}, nil)
}

// The subject a sentence opens with takes part in its event, a pronoun
// too; one sentence that tells of one event twice makes one event.
// Two events of one kind, day and place in one release keep two keys,
// so that the store keeps both.
func TestEventKeys(t *testing.T) {
	body := "Friday, 14 December 2018\n\n09:30 – Joint press conference by the Secretary General with the Minister for Europe and Foreign Affairs, Mr Ditmir Bushati – Tirana\n\n11:45 – Joint press conference by the Secretary General with the Minister of Defence, Ms Olta Xhaçka – Tirana"
	f := testExtractor(t).Extract(&natokg.Release{Title: "Media advisory", Source: "NATO", Body: body})
	keys := map[string]bool{}
	for _, e := range f.Events {
		if keys[e.Key] {
			t.Errorf("two events with key %q", e.Key)
		}
		keys[e.Key] = true
	}
	if len(f.Events) < 2 {
		t.Errorf("%d events, want the two press conferences", len(f.Events))
	}
}

// Events are named as the text lets: an event a lower-case noun names in
// passing as an unnamed event is ("Meeting in London, 2019-12"); a day
// dated in passing right after a dateline's dash by no word of the
// dateline, the dash ending the clause before "on"; the plural of an
// event head that opens names ("exercises") before two names joined by
// "and" as an event of each name.
func TestEventNames(t *testing.T) {
	tests := []struct {
		rule, body       string
		want, not, opens []string // opens: the starts of names wanted
	}{
		{"passing noun", "Brussels, 17 February 2020 – Reflecting on the NATO leaders' meeting in London last December, the Secretary General underlined the Alliance's unity.",
			[]string{"Meeting in London, 2019-12"}, nil, nil},
		{"clauseBreak: a day after a dateline's dash", "GARDEZ, Afghanistan – On 1 January 2007 the team gave blankets and rice to local families.",
			[]string{"Occurrence on 2007-01-01"}, []string{"Afghanistan – on 2007-01-01"}, nil},
		{"pluralHead: two exercises", "Cartagena, 3 May 2017 – The group took part in Spanish exercises Minex and Flotex in the Alboran Sea.",
			nil, nil, []string{"Minex", "Flotex"}},
	}
	for _, tt := range tests {
		f := testExtractor(t).Extract(&natokg.Release{Title: "Title", Source: "NATO", Body: tt.body})
		var names []string
		for _, e := range f.Events {
			names = append(names, e.Name)
		}
		checkMembers(t, tt.rule, "events", names, tt.want, tt.not)
		for _, o := range tt.opens {
			if !slices.ContainsFunc(names, func(n string) bool { return strings.HasPrefix(n, o) }) {
				t.Errorf("%s: events %q, want one named %s", tt.rule, names, o)
			}
		}
	}
}

// A person the sentence quotes for what it says ("According to Mr X")
// attends nothing it tells of, and a named meeting takes the date
// "scheduled for" gives after its place.
func TestSourceAndSchedule(t *testing.T) {
	body := "Brussels, 20 November 2019 – Foreign Minister Jan Berg met the Deputy Secretary General. According to Mr Berg, the ministerial meeting is the last event ahead of the NATO Leaders' Meeting in London scheduled for 3-4 December."
	f := testExtractor(t).Extract(&natokg.Release{Title: "Title", Source: "NATO", Body: body})
	var london []string
	for _, e := range f.Events {
		if e.Location == "London" {
			london = append(london, fmt.Sprintf("%s %v", e.Start, e.Attendees))
		}
	}
	if want := []string{"2019-12-03 []"}; !slices.Equal(london, want) {
		t.Errorf("events in London %q, want %q", london, want)
	}
}

// A change of command told in the title, the body and a line of the
// programme is one event, at the venue the body names.
func TestOneHappening(t *testing.T) {
	body := "Izmir, 2 May 2022 – General Ana Ruiz will assume command of Allied Land Command from Lieutenant General Tom Hale on Thursday, 5 May 2022, at a ceremony at the Izmir Air Station.\n\n14:30 Change of command ceremony\n\n15:30 Press point"
	f := testExtractor(t).Extract(&natokg.Release{Title: "Media advisory: change of command at Allied Land Command", Source: "NATO", Body: body})
	var got []string
	for _, e := range f.Events {
		if e.Kind == "change of command" {
			got = append(got, e.Start.String()+"@"+e.Location)
		}
	}
	if len(got) != 1 || got[0] != "2022-05-05@Izmir Air Station" {
		t.Errorf("changes of command %v, want one on 2022-05-05 at Izmir Air Station", got)
	}
}

// A gathering that a verb reports and its sentence names after the verb,
// with the same day, is one event; a visit to a town and to the command
// named after the town, on that day, is one visit.
func TestOneGathering(t *testing.T) {
	tests := []struct{ title, body, want string }{
		{"201st Committee in Chiefs of Staff Session", "The Committee will meet in Chiefs of Staff Session on 3 and 4 March 2021 at NATO Headquarters in Brussels. General Ann Ray will chair it.",
			"2021-03-03@NATO Headquarters"},
		{"Supreme Allied Commander Europe visits Brunssum", "Brunssum, 4 May 2021 – On 4 May 2021, General Ann Ray visited Allied Joint Force Command Brunssum for the first time.",
			"2021-05-04@Joint Force Command Brunssum"},
	}
	for _, tt := range tests {
		f := testExtractor(t).Extract(&natokg.Release{Title: tt.title, Source: "NATO", Body: tt.body})
		var got []string
		for _, e := range f.Events {
			got = append(got, e.Start.String()+"@"+e.Location)
		}
		if len(got) != 1 || got[0] != tt.want {
			t.Errorf("%q: events %v, want one on %s", tt.body, got, tt.want)
		}
	}
}

// A release that is a statement is one statement event, on the
// release's day, however many times its body names it.
func TestTitleStatement(t *testing.T) {
	for _, body := range []string{
		"Brussels, 20 August 2021 – Ministers met today in a virtual session. Ministers agreed the following statement.",
		"Brussels, 8 July 2005 – The Council met in extraordinary session this morning. Allies condemned the attacks.",
	} {
		f := testExtractor(t).Extract(&natokg.Release{Title: "Statement by NATO Foreign Ministers", Source: "NATO", Body: body})
		var got []string
		for _, e := range f.Events {
			if e.Kind == "statement" {
				got = append(got, e.Start.String())
			}
		}
		if len(got) != 1 || got[0] != f.Published.String() {
			t.Errorf("%s\nstatements on %v, want one on %s", body, got, f.Published)
		}
	}
}

// A pronoun that opens a sentence, or a subject pronoun with no subject
// before it, speaks of the last person who was a sentence's subject, past
// sentences with none ("They discussed Libya"), and "he" of no woman.
func TestPronounSubject(t *testing.T) {
	body := "21 September 2011 – NATO Secretary General Anders Fogh Rasmussen met the Secretary General of the United Nations Ban Ki-moon on 20 September in New York. They discussed Libya. He also met the Emir of Qatar, Sheikh Hamad bin Khalifa Al-Thani."
	f := testExtractor(t).Extract(&natokg.Release{Title: "Title", Source: "NATO", Body: body})
	var got []string
	for _, e := range f.Events {
		got = append(got, strings.Join(e.Attendees, ", "))
	}
	checkMembers(t, body, "attendees", got, []string{"Anders Fogh Rasmussen, Hamad bin Khalifa Al-Thani"}, []string{"Ban Ki-moon, Hamad bin Khalifa Al-Thani"})

	// "he" is not a woman the text calls "her" or "Ms".
	body = "Munich, 16 February 2019 – Jens Stoltenberg met Chancellor Angela Merkel to thank her for Germany's contributions. He also met Ms Kaja Kallas. He then met US Vice-President Mike Pence."
	f = testExtractor(t).Extract(&natokg.Release{Title: "Title", Source: "NATO", Body: body})
	got = nil
	for _, e := range f.Events {
		got = append(got, strings.Join(e.Attendees, ", "))
	}
	checkMembers(t, body, "attendees", got, []string{"Jens Stoltenberg, Mike Pence"}, []string{"Angela Merkel, Mike Pence", "Kaja Kallas, Mike Pence"})

	// A subject pronoun after an opening phrase with no comma still
	// continues the last sentence's subject, not its object.
	body = "Riga, 5 May 2024 – Admiral Rob Bauer visited Latvia on 4 May. In Riga, he met the Chief of Defence, Major General Kaspars Pudans. At Adazi Military Base he observed a live-fire exercise."
	f = testExtractor(t).Extract(&natokg.Release{Title: "Title", Source: "NATO", Body: body})
	got = nil
	for _, e := range f.Events {
		got = append(got, e.Location+": "+strings.Join(e.Attendees, ", "))
	}
	checkMembers(t, body, "attendees", got, []string{"Ādaži Military Base: Rob Bauer"}, []string{"Ādaži Military Base: Kaspars Pudans"})

	// After a sentence whose subject is a body and which names one person,
	// "he" is that person (bodySubject).
	body = "Bydgoszcz, 10 May 2018 – Major General Ian Reed visited the Centre on 8 May. On 9 May, the Centre hosted Brigadier General Ole Dahl. He travelled to Torun on 10 May."
	f = testExtractor(t).Extract(&natokg.Release{Title: "Title", Source: "NATO", Body: body})
	got = nil
	for _, e := range f.Events {
		got = append(got, e.Location+": "+strings.Join(e.Attendees, ", "))
	}
	checkMembers(t, body, "attendees", got, []string{"Toruń: Ole Dahl"}, []string{"Toruń: Ian Reed"})

	// A body's title in lower case that "the" opens stands for its holder
	// named before (bodysHeadApposed, postsAlone); as the subject, it is
	// the one a later "he" means, not the person it met.
	body = "Tapa, 3 May 2018 – General Tom Rask, Commander of Joint Force Command Brunssum, arrived in Estonia on 2 May. The JFCBS commander visited Tapa military base and met Colonel Ivo Berg. He then travelled to Voru."
	f = testExtractor(t).Extract(&natokg.Release{Title: "Title", Source: "NATO", Body: body})
	got = nil
	for _, e := range f.Events {
		got = append(got, e.Location+": "+strings.Join(e.Attendees, ", "))
	}
	checkMembers(t, body, "attendees", got, []string{"Võru: Tom Rask"}, []string{"Võru: Ivo Berg"})
}

// A verb that reports a meeting with the person it names keeps its
// object past an adjunct that commas enclose.
func TestObjectPastAdjunct(t *testing.T) {
	body := "Pristina, 30 April 2014 – Major General Tom Rask hosted, for the first time at KFOR HQ in Camp Film City in Pristina, the Mayor of Leposavic, Mr Ivo Berg."
	f := testExtractor(t).Extract(&natokg.Release{Title: "Title", Source: "NATO", Body: body})
	var got []string
	for _, e := range f.Events {
		got = append(got, e.Kind+": "+strings.Join(e.Attendees, ", "))
	}
	checkMembers(t, body, "events", got, []string{"meeting: Tom Rask, Ivo Berg"}, nil)
}

func TestEventAttendees(t *testing.T) {
	body := "Tbilisi, 14 June 2021 – The Deputy Secretary General Mircea Geoană visited Georgia on Monday. He also held talks with the Speaker of Parliament, Kakha Kuchava. On Tuesday, he travelled to Batumi, where he addressed the Batumi International Conference."
	f := testExtractor(t).Extract(&natokg.Release{Title: "Title", Source: "NATO", Body: body})
	var got []string
	for _, e := range f.Events {
		got = append(got, e.Kind+"@"+e.Location+": "+strings.Join(e.Attendees, ", "))
	}
	checkMembers(t, body, "events", got, []string{"meeting@Tbilisi: Mircea Geoană, Kakha Kuchava"}, nil)
	n := 0
	for _, e := range f.Events {
		if e.Location == "Batumi" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%q: %d events in Batumi %q, want 1", body, n, got)
	}
}

// People a sentence names who take no part in its event: one who asked
// for it through others, one in a clause of what may happen.
// The people of a sentence that reports no event attend the release's
// main event, where the sentence gives no other time than the release's
// year; the people of a handover of an instrument of accession attend it,
// and the country of a person's title is not where it happens.
func TestLateAndAccessionAttendees(t *testing.T) {
	checkEventAttendees(t, map[string]string{
		"Istanbul, 5 February 2010 – NATO Defence Ministers met in Istanbul. The Commander of ISAF, General Stanley McChrystal, briefed ministers on the road ahead for 2010.":                                                                          "meeting@Istanbul: Stanley McChrystal",
		"Brussels, 4 April 2023 – Ministers met at NATO Headquarters. Earlier, Finland's Minister for Foreign Affairs, Mr Pekka Haavisto, handed over Finland's instrument of accession to the United States Secretary of State, Mr Antony J. Blinken.": "accession@NATO Headquarters: Pekka Haavisto, Antony J. Blinken",
	})
}

func TestNotAttendees(t *testing.T) {
	checkEventAttendees(t, map[string]string{
		"Brussels, 26 July 2023 – Secretary General Jens Stoltenberg convened the meeting at the request of the President of Ukraine, Volodymyr Zelenskyy.":                                          "meeting@Brussels: Jens Stoltenberg",
		"Kragujevac, 25 September 2019 – Officials gathered in the Serbian town of Kragujevac to mark the reopening of the facility. “Serbia is a valued partner”, said NATO Spokesperson Ann Lund.": "meeting@Kragujevac: ",
		"Warsaw, 18 November 2020 – Mr Tom Rask met students in Warsaw to discuss NATO 2030, Secretary General Ivo Berg's initiative.":                                                               "meeting@Warsaw: Tom Rask",
		"Izmir, 26 November 2019 – The Partner Land Commanders Conference, chaired by Lt. Gen. Ivo Berg on behalf of LANDCOM Commander Lt. Gen. Tom Thomson, brought together 16 nations.":           "meeting@Izmir: Ivo Berg",
		"Tallinn, 15 May 2016 – The ships of Standing NATO Maritime Group One, under the command of Rear Admiral Ivo Berg, began a port visit to Tallinn.":                                           "visit@Tallinn: Ivo Berg",
		"Riga, 27 March 2024 – Admiral Ivo Berg visited Latvia at the invitation of the Chief of Defence, Lieutenant General Tom Rask.":                                                              "visit@Riga: Ivo Berg, Tom Rask",
		"Madrid, 21 November 2022 – Jens Stoltenberg met the Assembly. If Russian President Vladimir Putin were allowed to win, he warned, every Ally would pay.":                                    "meeting@Madrid: Jens Stoltenberg",
		"Brussels, 14 May 2019 – Allied Chiefs of Defence met General Hans Olsen at NATO Headquarters. Point of contact: Colonel Mark Berry, Public Information Adviser.":                            "meeting@NATO Headquarters: Hans Olsen",
		"Brussels, 14 May 2019 – Allied Chiefs of Defence met General Hans Olsen at NATO Headquarters. For further information, please contact the Press Service, Mark Berry.":                       "meeting@NATO Headquarters: Hans Olsen",
		"Kabul, 3 May 2019 – Ambassador Ivo Berg met President Ann Lund. He mourned the death of the chairman of the National Peace Council Dr Omar Latif.":                                          "meeting@Kabul: Ivo Berg, Ann Lund",
		"Brussels, 16 May 2024 – The Chiefs of Defence met Secretary General Ivo Berg at NATO Headquarters. He said he was appalled by the shooting of Prime Minister Tom Rask.":                     "meeting@NATO Headquarters: Ivo Berg",
		"Brussels, 16 May 2024 – The Chiefs of Defence met Secretary General Ivo Berg at NATO Headquarters, where he reiterated that General Tom Rask had served the Alliance well.":                 "meeting@NATO Headquarters: Ivo Berg",
		"Brunssum, 7 July 2022 – Cadets visited the Headquarters. It moved to Brunssum after President Tom Rask of France withdrew from the military structure in the mid-1960s.":                    "visit@Brunssum: ",
	})
}

// Places a release names, and the ones it does not: a small town the
// gazetteer knows is none where its name is an event's word ("at the
// Summit"); a demonym before a lower-case venue word names no venue.
func TestPlacesNamed(t *testing.T) {
	tests := []struct {
		rule, body string
		want, not  []string
	}{
		{"attributiveCountries: a country's abbreviation before a word in lower case is a demonym; before \"and\", a title or a hyphen it stays a place", "The talks covered U.S. naval forces and UK plans. He later met US President Joe Biden and discussed Canada-led efforts.", []string{"United States"}, []string{"United Kingdom"}},
		{"capRun, eventNounAfterRun: a body's name does not run on over \"for the\" and words that qualify an event noun", "Heidelberg, 14 March 2013 – Hundreds came to bid farewell to Allied Force Command Heidelberg for the NATO Headquarters deactivation ceremony at Campbell Barracks.", []string{"Campbell Barracks"}, []string{"Allied Force Command Heidelberg for the NATO Headquarters"}},
		{"lower-place-heads.tsv: \"airbase\" written as one word in lower case after a town's name", "Siauliai, 3 May 2018 – The Belgian detachment took the lead at Siauliai airbase.", []string{"Siauliai airbase"}, nil},
		{"unknownTowns: an unknown acronym after a preposition and before a date names no town", "Brussels, 3 May 2022 – The ministers will meet via VTC on Friday 7 January. They met in Taormina on Friday.", []string{"Taormina"}, []string{"VTC", "Vtc"}},
		{"titleWordIn: a title's word, in the plural too, names no town", "Chairman's Summary of the meeting of the Council in Defence Ministers Sessions, Brussels, 9 June 2000. The Council met today at Defence Ministers level in Brussels.", []string{"Brussels"}, []string{"Defence Ministers"}},
		{"lowerVenues, openingWord: a preposition that opens a sentence, or a clause after a colon, is no word of the place", "Kabul, 3 May 2007 – In Pech district, ISAF soldiers gave food. A media opportunity today: At Pristina Airport, the press may film it.", []string{"Pech", "Pristina Airport"}, []string{"In Pech", "At Pristina Airport"}},
		{"possessiveVenues: a title's possessive before an event's head names an event, not a venue; before a venue's head, a venue", "Szczecin, 7 December 2023 – The general chaired the Commander's Conference. He met the Minister at the President's Residence.", []string{"President's Residence"}, []string{"Commander's Conference"}},
		{"lower-place-heads.tsv: an exercise area after a town's name is a venue", "Lago Patria, 20 June 2017 – The troops trained at the Cincu exercise area, Romania.", []string{"Cincu exercise area"}, nil},
		{"serviceThenEquipment: a venue named after a country's service is not cut at the service", "Teulada, 12 May 2023 – The day ended at the Italian Armed Forces Training Area in Teulada.", []string{"Italian Armed Forces Training Area"}, nil},
		{"fieldsOnly: capitalised words of fields after \"in\" and before a date name no town", "Stockholm, 3 May 2022 – He visited the Nordic Centre for Gender in Military Operations on 3 May 2022. They met in Taormina on 4 May 2022.", []string{"Taormina"}, []string{"Military Operations"}},
		{"titleWordIn: an event's head names no town", "Prague, 21 November 2002 – NATO invites seven countries to Accession Talks. The Commission met on 3 December 1999 in Defence Ministerial Session.", nil, []string{"Accession Talks", "Defence Ministerial Session"}},
		{"rankedSurname: a town's name right after a military rank is an officer's surname", "Pristina, 12 June 1999 – On 12 June, the first elements of KFOR, under General Jackson (COMKFOR), started deploying into Kosovo.", []string{"Kosovo"}, []string{"Jackson"}},
		{"groupWord: a noun for a group of people names no town the gazetteer lacks", "Norfolk, 11 December 2018 – The Conference is where national Chiefs of Transformation from the Alliance and Partners interact.", []string{"Norfolk"}, []string{"Partners"}},
		{"place-heads.tsv: a zone and a line are places where one is expected", "Seoul, 3 May 2022 – Admiral Tom Rask visited the Korean Demilitarized Zone. KFOR patrols along the Administrative Boundary Line.", []string{"Korean Demilitarized Zone", "Administrative Boundary Line"}, nil},
		{"cityWords: a word that heads venues after a town names a place in it, not the town", "The ceremony took place in Kiel Harbour on 3 May 2016, and the ships then sailed for Qalat City.", []string{"Kiel Harbour", "Qalāt"}, nil},
		{"longerTown: a known town's word opens a longer town of the state named after it", "In August 2022, the Secretary General went to the Canadian High Arctic Research Station in Cambridge Bay, Nunavut.", []string{"Cambridge Bay"}, []string{"Bay", "Cambridge"}},
		{"lower-place-heads.tsv: a peninsula in lower case after its adjective", "Allies condemned Russia's illegal annexation of the Crimean peninsula in 2014.", []string{"Crimean peninsula"}, nil},
		{"slashedTowns, listedAfter: a list of towns with their two names after \"the municipalities of\"", "In May 2021, the Commander visited the municipalities of Zubin Potok, Zveçan/Zvečan, Skenderaj/Srbica, Gjilan/Gnjilane and Rahovec/Orahovac.", []string{"Zubin Potok", "Zveçan", "Skenderaj", "Gjilan", "Rahovec"}, nil},
		{"twoVenues, venueListed: \"and\" and a comma between venues' names, each with its own opening word or head, part two venues", "Pristina, 13 April 2017 – The drill took place in Camp Ulmo and Camp Varek, then at Camp Film City, Camp Tordan and Slatina Military Airport, and ended at Rukla Military Base and Tapa Army Base.", []string{"Camp Ulmo", "Camp Varek", "Camp Film City", "Camp Tordan", "Slatina Military Airport", "Rukla Military Base", "Tapa Army Base"}, []string{"Camp Ulmo and Camp Varek", "Rukla Military Base and Tapa Army Base"}},
		{"lowerQuotedVenue, quotedParts: a quoted name after \"camp\" in lower case is a venue, and no part of the body named after it", "Pristina, 3 May 2016 – The Commander visited camp \"Villa Ulmo\" Multinational Battle Group West headquarters.", []string{"Villa Ulmo"}, []string{"\"Villa Ulmo\" Multinational Battle Group West"}},
		{"acronyms: a long form ending in a venue's strong head before its acronym in brackets is a venue", "Kabul, 3 May 2016 – The President spoke at the ceremony at Tom Rask International Airport (TRIA) in Kabul.", []string{"Tom Rask International Airport", "Kabul"}, nil},
		{"venueFirst, place-heads.tsv RAF: a body's acronym opens a station's name where a place is expected, and only there", "St Mawgan, 12 October 2013 – The corps completed the exercise at RAF St. Mawgan. The RAF Typhoons and RAF A400M aircraft flew over it.", []string{"RAF St. Mawgan"}, []string{"RAF Typhoons and RAF A400M", "RAF Typhoons"}},
		{"twoVenues, townSpans: \"and\" between a venue's name and a known town parts them", "Bucharest, 3 May 2019 – He trained at Camp Ulmo and Norfolk before he came.", []string{"Camp Ulmo", "Norfolk"}, []string{"Camp Ulmo and Norfolk"}},
		{"headWord, field-nouns.tsv: a province the gazetteer names after a field's word is no place where it stands alone", "Rome, 3 May 2015 – The exercise went from special forces integration up to Maritime and Air components.", nil, []string{"Maritime"}},
		{"seaOf, seaNamedOn: a sea's word then \"of\" and a name is a sea of its own, not the known place the word alone names", "Naples, 3 May 2011 – The ships trained in the Gulf of Squillace and in the Bay of Kotor, then sailed to the Gulf.", []string{"Gulf of Squillace", "Bay of Kotor", "Gulf region"}, nil},
		{"unknownTowns, outOf: a town the gazetteer lacks after \"out of\" and before its country", "Tallinn, 17 August 2018 – The Typhoons will fly out of Ämari, Estonia, from September.", []string{"Ämari"}, nil},
		{"gazetteer, model-suffixes.tsv: a town's name joined to \"class\" names a ship's class, no town", "Split, 3 May 2021 – The vessel HRMV Vukovar, a Helsinki-class missile boat, joined the group.", nil, []string{"Helsinki"}},
		{"oneCase: a venue written with a head in lower case is the venue named in capitals", "Volkel, 18 September 2025 – He travelled to Volkel Air Base on Thursday. Volkel air base also hosts a squadron.", []string{"Volkel Air Base"}, []string{"Volkel air base"}},
		{"unknownTowns, townEnd: a town the gazetteer lacks, then its country with no comma between; a compass word before a country stays a region's", "Zeebrugge, 5 October 2018 – A ceremony was held at the naval base in Zeebrugge Belgium. The troops serve in Southern Afghanistan.", []string{"Zeebrugge", "Belgium"}, []string{"Zeebrugge Belgium", "Southern"}},
		{"lowerVenues: a lower-case place phrase whose first word is written in capitals ends a venue's name", "Sofia, 2 December 2022 – The battlegroup trained at the Novo Selo Training area in Bulgaria.", []string{"Novo Selo Training area"}, []string{"Novo Selo"}},
		{"unknownTowns, cityDatelineAfter: a place the gazetteer lacks, then a known town and a dash, opens a dateline", "Nisida, Naples – Between 30 April and 4 May 2012 the group completed a port visit to Split, Croatia.", []string{"Nisida", "Naples", "Split"}, nil},
		{"townAfterVenue: a town the gazetteer lacks between commas after a venue's name", "Stavanger, 15 April 2008 – The exercise was conducted at the Joint Warfare Centre Training Facility, Ulsnes, between 4 and 15 April 2008.", []string{"Ulsnes"}, nil},
		{"townsListed, hyphenedParticle: towns the gazetteer lacks inside a list of towns it knows", "Kabul, 6 September 2006 – The ambassadors visited bases in Chag Charan, Kual-e-Naw, Kandahar, Tirin Kot and Herat. The area takes in six provinces – Day Kundi, Helmand, Kandahar and Zabul.", []string{"Chag Charan", "Kual-e-Naw", "Tirin Kot", "Day Kundi"}, nil},
		{"townsListed: one known town makes no list of towns; names of people are no towns", "Riga, 3 May 2019 – He went on to Tartu, Ozolnieki and the coast. He met in Riga, Tom Rask and Ivo Berg.", []string{"Tartu"}, []string{"Ozolnieki", "Tom Rask", "Ivo Berg"}},
		{"settlementOf, townEnd: villages the gazetteer lacks, listed after \"the villages of\"", "In May 2021, the Commander visited the villages of Zorbak, Kramvik/Kramvika and Dulnek.", []string{"Zorbak", "Kramvik/Kramvika", "Dulnek"}, nil},
		{"slashedTowns: not letters joined by a slash", "The Agenda covers Small Arms and Light Weapons and Mine Action (SALW/MA).", nil, []string{"Massachusetts"}},
		{"a town named like an event", "Mr Rasmussen said that Allies would agree at the Summit a package of measures for Georgia.", []string{"Georgia"}, []string{"Summit"}},
		{"a demonym before a venue word", "German jets flew from an Estonian base at Ämari Air Base on 29 August 2014.", []string{"Ämari Air Base"}, []string{"Estonian base"}},
		{"a venue's head before a name", "On Friday, the Chairman was received at Marine Corps Base Quantico, Virginia.", []string{"Marine Corps Base Quantico"}, nil},
		{"NATO headquarters in lower case", "Prime Minister Abe visited NATO headquarters on 6 May 2014.", []string{"NATO Headquarters"}, nil},
		{"a venue named with its city", "The conference opened at the Marine Establishment Amsterdam, The Netherlands.", []string{"Marine Establishment Amsterdam"}, nil},
		{"a venue's head goes on with 'to the'", "The Chairman laid a wreath at the Monument to the Unknown Soldier in Sofia.", []string{"Monument to the Unknown Soldier", "Sofia"}, nil},
		{"a French venue, its words joined by two particles", "He gave a townhall address at the Maison de la Paix, then spoke at the Palais des Nations.", []string{"Maison de la Paix", "Palais des Nations"}, nil},
		{"a country's capital by its demonym or possessive", "Ministers met in the Afghan capital. They then flew to Latvia's capital.", []string{"Kabul", "Riga"}, []string{"Afghan capital"}},
		{"an ordinal opens no sea's name", "He met the Third Sea Commander of the fleet in the Black Sea.", []string{"Black Sea"}, []string{"Third Sea"}},
		{"places.tsv: the parts of the Mediterranean NATO's operations name", "Ships of Operation Sea Guardian patrolled the Central Mediterranean and the Western Mediterranean in May 2024.", []string{"Central Mediterranean", "Western Mediterranean"}, []string{"Central"}},
		{"headWord: a small town named like a body's or a venue's head is read only where more of its name is written", "Norfolk, 3 May 2018 – The delegation then went to the Innovation Hub, an office at the University, on Friday.", nil, []string{"University"}},
		{"bracketedCode: a province's two letters in brackets after a town are no state", "SOLBIATE OLONA (VA) 19 Apr 2005. This Headquarters has received a visit from General Tom Rask.", []string{"Solbiate Olona"}, []string{"Virginia"}},
		{"bracketedCode: a state's code after a comma is the state", "Brussels, 19 April 2005 – General Tom Rask then flew to Norfolk, VA.", []string{"Norfolk", "Virginia"}, nil},
		{"places of worship", "Soldiers trained at Devic Monastery and near the Sultan Ahmed Mosque.", []string{"Devic Monastery", "Sultan Ahmed Mosque"}, nil},
		{"a first-level division where the text makes it a place", "Allied troops serve in Helmand and in Uruzgan Province. Angus met Nordland officials.", []string{"Helmand", "Uruzgān"}, []string{"Uruzgan Province", "Angus", "Nordland"}},
		{"a body's headquarters named by its city", "The exercise is directed by Allied Maritime Component Command Headquarters Naples.", nil, []string{"Allied Maritime Component Command Headquarters Naples"}},
		{"two regions the gazetteer also names joined", "NATO faces turmoil in the Middle East and North Africa. Leaders of Central and Eastern Europe met. He is Head of the Middle East and North Africa Section.", []string{"Middle East", "North Africa", "Central and Eastern Europe"}, []string{"Middle East and North Africa"}},
		{"places that are a post's field", "The Special Representative for the Caucasus and Central Asia, Mr James Appathurai, met the Minister for Europe and Foreign Affairs.", []string{"Caucasus", "Central Asia"}, []string{"Europe"}},
		{"the capital's comma form without stops", "The tour takes him to Washington, DC; Atlanta; and Austin.", []string{"Washington"}, []string{"District of Columbia"}},
		{"division, seatedDivisions: a province unknown to the gazetteer is one place, with its word or without", "Kabul, 1 July 2007 – The governor of Marzan province paid a last visit. Marzan Gov. Abdul Afzali thanked the team.", []string{"Marzan"}, []string{"Marzan province"}},
		{"a titled given name's surname is no town", "Kabul, 3 May 2008 – Lt. Col. Tom Brand, the team's commander, spoke first.", []string{"Kabul"}, []string{"Brand"}},
		{"a month is no town; a division named by a compass word is its country's only", "Mazar-e-Sharif, 8 March 2016 – The airfield services in the Northern Province were handed over. Further meetings follow in March and April.", []string{"Mazār-e Sharīf"}, []string{"Northern Province", "April"}},
		{"adjectiveUse: a sea's adjective before a noun is no sea", "Siauliai, 2 May 2019 – A symbolic key to the Baltic airspace changed hands. Ships sailed in the Adriatic on Monday. The Uruzgan governor spoke.", []string{"Adriatic Sea", "Uruzgān"}, []string{"Baltic Sea"}},
		{"adjectiveBySuffix, nounAfter: an adjective before its noun is no town", "Brussels, 3 May 2007 – The Commission met today at Ambassadorial level at NATO Headquarters. Ministers met in Taormina in February 2006.", []string{"NATO Headquarters", "Taormina"}, []string{"Ambassadorial"}},
		{"oneCase: a venue in the capitals of a dateline is the venue prose names in its own case", "KORVO AIRFIELD, Latvia, 26 September 2014: Latvia’s Korvo Airfield is now open. A ceremony was held there.", []string{"Korvo Airfield"}, []string{"KORVO AIRFIELD"}},
		{"codeNameOpened, inCodeName: a known town's name that opens an exercise's code name after \"exercise\" is a word of the code", "Lielvarde, 27 September 2017 – Journalists visited the deployment exercise Ramstein Dust-II 2017 in Latvia.", []string{"Latvia"}, []string{"Ramstein-Miesenbach"}},
		{"connectors.tsv: a small word of another language joins a place's words", "Ljubljana, 3 May 2016 – The unit deployed to Cerklje ob Krki Air Base, Slovenia.", []string{"Cerklje ob Krki Air Base"}, []string{"Krki Air Base"}},
		{"squares and alleys as venues", "He laid flowers at the Alley of Martyrs in Baku, then spoke at Piazzale della Farnesina and on Piazza Venezia.", []string{"Alley of Martyrs", "Piazzale della Farnesina", "Piazza Venezia"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) { checkPlaces(t, tt.body, tt.want, tt.not) })
	}
}

// TestPlacesByAlias checks that a town is found by another spelling of
// its name, from the aliases column of cities.tsv (GeoNames' alternate
// names), as the town the gazetteer names and within its country; and
// that an alias makes no place of a person's name or of a country.
// A state's two capitals in brackets after a town of the state's country
// are the state, named there (bracketedCode); after another country's
// town they are a province's code.
func TestBracketedCodes(t *testing.T) {
	f := testExtractor(t).Extract(&natokg.Release{Title: "Title", Source: "NATO", Body: "From 22 to 26 May 2025, Dayton (OH), hosted the Spring 2025 NATO Parliamentary Assembly. SOLBIATE OLONA (VA) hosted a visit."})
	var got []string
	for _, p := range f.Places {
		got = append(got, p.Name+"@"+p.Within+" "+strings.Join(p.Aliases, "|"))
	}
	if !slices.Contains(got, "Ohio@United States OH") || !slices.Contains(got, "Solbiate Olona@Italy SOLBIATE OLONA") {
		t.Errorf("places %q, want Ohio named OH and Solbiate Olona in Italy", got)
	}
}

func TestPlacesByAlias(t *testing.T) {
	tests := []struct {
		rule, body string
		want, not  []string // "place@within"
	}{
		{"an exonym", "The convoy arrived in Misrata on Monday.", []string{"Mişrātah@Libya"}, nil},
		{"another language's name counts only where the text makes it a place", "The German frigate FGS Mosel sailed with the group.", nil, []string{"Mosul@Iraq"}},
		{"transliterations, in a list", "Forces arrived in Sheberghan, Maymana and Khowst.", []string{"Shibirghān@Afghanistan", "Maīmanah@Afghanistan", "Khōst@Afghanistan"}, nil},
		{"two words, and a doubled letter", "The visit to Tarin Kowt followed talks in Herzliya.", []string{"Tarīn Kōṯ@Afghanistan", "Herẕliyya@Israel"}, nil},
		{"hyphens", "Troops moved from Mazar-i-Sharif to Lashkar Gah.", []string{"Mazār-e Sharīf@Afghanistan", "Lashkar Gāh@Afghanistan"}, nil},
		{"English names of Spanish, Welsh and Ukrainian towns", "Ministers met in Seville, then in Cardiff and Dnipropetrovsk.", []string{"Sevilla@Spain", "Caerdydd@United Kingdom", "Dnipro@Ukraine"}, nil},
		{"a capital's other name", "The Secretary General will be in Astana on Friday.", []string{"Nur-Sultan@Kazakhstan"}, nil},
		{"a small town's alias that is also a given name", "He met President Sauli Niinistö in Helsinki.", []string{"Helsinki@Finland"}, []string{"Šiauliai@Lithuania"}},
		{"a foreign word after a country's name is no alias", "The talks were hosted in Kuwait by the Emir.", []string{"Kuwait@"}, []string{"Kuwait City@Kuwait"}},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			f := testExtractor(t).Extract(&natokg.Release{Title: "Title", Source: "NATO", Body: tt.body})
			var got []string
			for _, p := range f.Places {
				got = append(got, p.Name+"@"+p.Within)
			}
			checkMembers(t, tt.body, "places", got, tt.want, tt.not)
		})
	}
}

// A subject stands first in its sentence, perhaps after "the" or after an
// opening phrase and its comma, the phrase perhaps after a dateline and
// holding a date's commas.
func TestSubjectAt(t *testing.T) {
	tx := Tokenize("He met her. In Helsinki, the Secretary General spoke. Later, he left. They thanked the Minister and he smiled. Pristina, 7 June 2022 – NATO Deputy Secretary General Mircea Geoană visited Kosovo. Riga, 7 May 2010 – On Friday, 7 May, Mr Lind met Ms Holm. On Friday, 7 May, Ms Berg met Mr Holm. In Oslo, Bergen, Ms Dahl spoke.", nil)
	for _, tt := range []struct {
		word string
		n    int
		want bool
	}{{"He", 0, true}, {"her", 0, false}, {"Secretary", 0, true}, {"he", 0, true}, {"he", 1, false}, {"NATO", 0, true}, {"Mr", 0, true}, {"Ms", 1, true}, {"Ms", 2, false}} {
		seen, found := 0, false
		for i, tok := range tx.Tokens {
			if tok.Text != tt.word {
				continue
			}
			if seen == tt.n {
				if got := tx.SubjectAt(i); got != tt.want {
					t.Errorf("SubjectAt(%q #%d) = %v, want %v", tt.word, tt.n, got, tt.want)
				}
				found = true
				break
			}
			seen++
		}
		if !found {
			t.Fatalf("no %q #%d in the text", tt.word, tt.n)
		}
	}
}

// One person named with and without a middle name or a patronymic.
func TestPatronymic(t *testing.T) {
	body := "The President of Azerbaijan, Ilham Heydar oglu Aliyev, visited NATO Headquarters on 15 February 2012. The Secretary General welcomed President Ilham Aliyev. He thanked President Aliyev."
	f := testExtractor(t).Extract(&natokg.Release{Title: "Title", Source: "NATO", Body: body})
	var got []string
	for _, p := range f.People {
		got = append(got, p.Name)
		for _, a := range p.Aliases {
			got = append(got, p.Name+" as "+a)
		}
	}
	checkMembers(t, body, "people", got, []string{"Ilham Heydar oglu Aliyev as Ilham Aliyev", "Ilham Heydar oglu Aliyev as President Aliyev"},
		[]string{"Ilham Aliyev", "Ilham Heydar"})
}

// A knight's style and a first name refer to the person of that name.
func TestKnight(t *testing.T) {
	body := "Oslo, 12 March 2019 – Air Chief Marshal Sir Stuart Peach visited Norway. Sir Stuart later met the Minister of Defence, Frank Bakke-Jensen, in Oslo."
	f := testExtractor(t).Extract(&natokg.Release{Title: "Title", Source: "NATO", Body: body})
	var got []string
	for _, p := range f.People {
		got = append(got, p.Name)
		for _, a := range p.Aliases {
			got = append(got, p.Name+" as "+a)
		}
	}
	checkMembers(t, body, "people", got, []string{"Stuart Peach as Sir Stuart"}, []string{"Stuart"})
}

// A contact's label and a colon after a name end the name (nameRun).
func TestContactLabelEndsName(t *testing.T) {
	body := "Brussels, 12 November 2010 – Mr Tom Rask will brief the press. Press arrangements: Ms Eva Holm Tel: + 32 2 707 1465"
	f := testExtractor(t).Extract(&natokg.Release{Title: "Title", Source: "NATO", Body: body})
	var got []string
	for _, p := range f.People {
		got = append(got, p.Name)
	}
	checkMembers(t, body, "people", got, []string{"Eva Holm"}, []string{"Eva Holm Tel"})
}

// An event takes the dates of its own phrase, not another event's.
func TestEventDates(t *testing.T) {
	tests := []struct {
		rule, body string
		want, not  []string // "kind date"
	}{
		{"a schedule's days, one with its venue, and a part of a day for a time", "Tuesday, 3 December 2019\n\nEvening – Reception at Buckingham Palace\n\nWednesday, 4 December 2019 – The Grove\n\n13:30 – Press conference by the Secretary General",
			[]string{"reception 2019-12-03", "press conference 2019-12-04"}, []string{"press conference 2019-12-03"}},
		{"dmrange: a figure dash joins a range's days as an en dash does", "Oslo, 18 May 2015 – The delegation takes part in the Spring Session, which is being held in Budapest from 15th‒18th May.",
			[]string{"session 2015-05-15"}, []string{"session 2015-05-18"}},
		{"weekdayAhead: a weekday told of ahead is the first such day from the release's date on", "Brussels, 3 May 2019 – The Secretary General will visit Latvia on Tuesday. He met the Prime Minister of Estonia on Wednesday.",
			[]string{"visit 2019-05-07", "meeting 2019-05-01"}, []string{"visit 2019-04-30"}},
		{"yearAnaphor, year-anaphors.tsv: a month \"of that year\" is of the year named last", "Islamabad, 8 May 2007 – Links have grown since 2005. In October of that year a devastating earthquake struck the north of the country.",
			[]string{"incident 2005-10"}, []string{"incident 2007-10"}},
		{"leadsDatedAgain: past the lead's other events, the next sentence's days", "1 December 2014\n\nPIRAEUS, Greece – Three ships of the group made a port visit to Piraeus during the Group’s deployment to the Aegean to support maritime security. The group was in Piraeus from 26 November to 29 November.",
			[]string{"visit 2014-11-26"}, []string{"visit 2014-12-01"}},
		{"dateLineBefore: a date on a line of its own dates the lead's event", "4 April 2008\n\nThe Council met in Bucharest.\n\nLeaders met again later.",
			[]string{"meeting 2008-04-04"}, nil},
		{"dateLineBefore: past a line of reference under the date", "05 Mar. 2018\n\nPress Release (2018) 025\n\nThe NATO Secretary General, Mr. Tom Rask, is currently visiting the Republic of Iraq.",
			[]string{"visit 2018-03-05"}, nil},
		{"leadsDatedAgain: the next sentence's own days for the lead's event dated by the line above", "Dec 1, 2014\n\nPIRAEUS, Greece – Three ships made a scheduled port visit to Piraeus, Greece. The group was in Piraeus from 26 November to 29 November.",
			[]string{"visit 2014-11-26"}, []string{"visit 2014-12-01"}},
		{"dateLineBefore, past-times.tsv: not a lead that tells of a time before", "October 21, 2013\n\nThree ships arrived in Casablanca for a port visit last weekend.",
			nil, []string{"visit 2013-10-21"}},
		{"nounDate: the date right after an event's noun is its own", "On 15 June 2023, the Secretary General said Allies will prepare for the summit in July 2023.",
			[]string{"summit 2023-07"}, []string{"summit 2023-06-15"}},
		{"a country joins on a day", "Brussels, 8 March 2024 – Czechia joined the Alliance on 12 March 1999. Minister Jan Kowalski joined the meeting on 5 March 2024.",
			[]string{"accession 1999-03-12", "meeting 2024-03-05"}, []string{"accession 2024-03-05"}},
		{"no event on a condition", "Kabul, 4 June 2014 – The Secretary General recalled that the mission can only go ahead if the agreements are signed in time.",
			nil, []string{"signing 2014-06-04"}},
		{"a title's noun opens a schedule's entry", "Media advisory\n\n26 May 2025, 15:55 (CEST) – Address by the Secretary General to the Assembly",
			[]string{"speech 2025-05-26"}, nil},
		{"weeks after", "Helsinki, 14 January 2025 – Leaders met weeks after a power cable was damaged on 25 December 2024.",
			[]string{"meeting 2025-01-14"}, []string{"meeting 2024-12-25"}},
		{"a happening's date after 'of', its place after the date", "Rabat, 7 April 2006 – The operation was launched in response to the attacks of 11 September 2001 on the United States.",
			[]string{"attack 2001-09-11"}, nil},
		{"a post's tenure", "Washington, 3 October 2014 – During the visit, General Martin Dempsey awarded him the Legion of Merit for his service as Chief of Defence of Denmark from 2009 to 2011.",
			[]string{"visit 2014-10-03"}, []string{"visit 2009"}},
		{"a seizure", "Brussels, 20 August 2021 – Following the Taliban's seizure of Kabul on 15 August, Allies halted their assistance.",
			[]string{"attack 2021-08-15"}, nil},
		{"a visit completed, of so many days", "Ulaanbaatar, 21 February 2011 – The Deputy Secretary General completed a three-day visit to Mongolia on 21 February.",
			[]string{"visit 2011-02-19"}, []string{"visit 2011-02-21"}},
		{"a month ahead across the year's turn", "Riga, 12 January 2021 – Latvia will host the NATO Foreign Ministers in Riga in December.",
			[]string{"meeting 2021-12"}, []string{"meeting 2020-12"}},
		{"the day of the event told next", "The Rector, General Ana Berg, visited the Coastal Academy in Gdynia. She met the staff on 9 June 2017.",
			[]string{"visit 2017-06-09"}, nil},
		{"this morning", "Oslo, 23 July 2011 – The North Atlantic Council met this morning following the bombings perpetrated yesterday in Oslo.",
			[]string{"meeting 2011-07-23"}, []string{"meeting 2011-07-22"}},
		{"since a date", "On 3 May 2019 a ceremony took place at Camp Ridge, where the command has stood since 1960.",
			[]string{"ceremony 2019-05-03"}, []string{"ceremony 1960"}},
		{"a date before a named event", "The Secretary General previewed the 14 June NATO Summit in a keynote address on Friday (4 June 2021).",
			[]string{"speech 2021-06-04", "summit 2021-06-14"}, []string{"speech 2021-06-14"}},
		{"a happening's own date", "Following disruptions in the Baltic Sea in December 2025, NATO launched Baltic Sentry on 14 January 2026.",
			[]string{"incident 2025-12"}, []string{"launch 2025-12"}},
		{"a date after a named event's place", "On 7 September 2010 he met the President ahead of the NATO Summit in Lisbon on 19 and 20 November.",
			[]string{"meeting 2010-09-07", "summit 2010-11-19"}, nil},
		{"the days an event opened and closed", "Funchal, 28 May 2007 – Members of parliament today concluded the Spring Session of the Assembly in Funchal. The four-day session opened on Friday, 25 May, in Funchal.",
			[]string{"session 2007-05-25"}, []string{"session 2007-05-28"}},
		{"one more place and its own day", "The Secretary General will travel to Helsinki on Monday, 17 March 2025, and to Stockholm on Tuesday, 18 March 2025.",
			[]string{"visit 2025-03-17", "visit 2025-03-18"}, nil},
		{"last December", "Brussels, 17 February 2020 – Reflecting on the leaders' meeting in London last December, the Secretary General spoke to the Assembly.", []string{"meeting 2019-12"}, nil},
		{"a visit that ended, of so many days", "Ulaanbaatar, 29 September 2011 – The Director General concluded a three-day visit to Mongolia today.",
			[]string{"visit 2011-09-27"}, []string{"visit 2011-09-29"}},
		{"days of talks that ended", "Tallinn, 23 April 2010 – NATO Foreign Ministers today concluded two days of informal talks in the Estonian capital.",
			[]string{"meeting 2010-04-22"}, []string{"meeting 2010-04-23"}},
		{"dates next to a named event", "The decisions taken at the NATO Summit in Istanbul in June 2004 and at the May 2012 Summit in Chicago were recalled.",
			[]string{"summit 2004-06", "summit 2012-05"}, nil},
		{"the day of the event before in its paragraph", "Munich, 17 February 2019 – On Saturday (16 February), the Secretary General met Chancellor Angela Merkel in Munich. He also met Vice-President Mike Pence.",
			[]string{"meeting 2019-02-16"}, []string{"meeting "}},
		{"a year before a named event, next month", "Brussels, 18 May 2021 – They recalled the decisions at the 2004 Istanbul Summit and prepared next month's NATO Summit.",
			[]string{"summit 2004", "summit 2021-06"}, nil},
		{"a date inside a quotation", "Brussels, 9 June 2006 – Mr Pavel Orlov said that “the 20th of June will change nothing”.",
			[]string{"event 2006-06-09"}, []string{"event 2006-06-20"}},
		{"what an event follows", "Brussels, 9 June 2007 – The Secretary General met the President in Brussels. The visit follows the floods in March that struck the country.",
			[]string{"meeting 2007-06-09"}, []string{"visit 2007-03"}},
		{"the day a sentence with no event sets", "Sofia – NATO Secretary General Jens Stoltenberg praised Bulgaria's contributions in Sofia on Friday (1 March 2019). He met Prime Minister Boyko Borissov.",
			[]string{"meeting 2019-03-01"}, nil},
		{"a where clause's day", "On 5 May 2019, the Deputy Secretary General will speak at a conference in Berlin and will then go to Ramstein, where he will meet the Commander, General Anna Berg.",
			[]string{"meeting 2019-05-05", "visit 2019-05-05"}, nil},
		{"a visit of so many days, without a hyphen", "Oslo, 8 May 2019 – The Deputy Secretary General, Mircea Geoană, ended a two day visit to Norway today.",
			[]string{"visit 2019-05-07"}, nil},
		{"deadline-words.tsv, end-words.tsv: a date after \"through\" is the last day, no event's first", "Tallinn, 20 May 2015 – The ships joined the operation. The operation will continue through May 29.",
			[]string{"operation 2015-05-20"}, []string{"operation 2015-05-29"}},
		{"a deadline's date", "Brussels, 27 February 2017 – The Secretary General will hold a press conference on 2 March 2017. Journalists must send a signed letter from their editor no later than Tuesday 28 February.",
			[]string{"press conference 2017-03-02"}, []string{"signing 2017-02-28"}},
		{"a happening's date with no place", "Kabul, 6 September 2010 – The Secretary General met the President ahead of the parliamentary elections on 18 September.",
			[]string{"election 2010-09-18"}, []string{"meeting 2010-09-18"}},
		{"a dateline of a date alone gives way", "31 January 2008 – The Secretary General will travel to Paris on Friday, 1 February 2008.",
			[]string{"visit 2008-02-01"}, []string{"visit 2008-01-31"}},
		{"the date of the event's own clause", "Czechia joined the Alliance on 12 March 1999, and Prague hosted a NATO Summit in 2002.",
			[]string{"summit 2002"}, nil},
		{"the second day of an event, in a date's apposition", "Istanbul, 5 February 2010 – On 5 February, the second day of their informal meeting in Istanbul, NATO Defence Ministers sat down with the partners.",
			[]string{"meeting 2010-02-04", "meeting 2010-02-05"}, nil},
		{"on the second day of a named event", "Lisbon, 20 November 2010 – On the second day of the NATO Summit in Lisbon, leaders met President Hamid Karzai.",
			[]string{"summit 2010-11-19"}, nil},
		{"a deadline past its time zone", "Brussels, 1 February 2019 – The Secretary General will meet the Prime Minister on 5 February 2019. Journalists who wish to cover the event should contact the Press Office by 17:00 (CET) on Monday, 4 February.",
			[]string{"meeting 2019-02-05"}, []string{"event 2019-02-04"}},
		{"the previous day, not after an end's date", "Munich, 6 February 2015 – The Secretary General spoke at the conference, which runs until Sunday, 8 February. He recalled that Defence Ministers, meeting in Brussels the previous day, had agreed to build a force.",
			[]string{"meeting 2015-02-05"}, []string{"meeting 2015-02-07"}},
		{"the day a clause tells of, in a date's apposition", "Brussels, 5 June 2017 – This is the first time NATO has taken in a new member since 1 April 2009, the day Albania and Croatia joined the Alliance.",
			[]string{"accession 2009-04-01"}, nil},
		{"a named event, another told after a link", "The Secretary General recalled that on 27 January 2023, NATO Headquarters would mark International Holocaust Remembrance Day in memory of those who died during World War Two.",
			[]string{"event 2023-01-27"}, nil},
		{"came to a close today", "Tallinn, 31 May 2019 – The annual conference of the Centre came to a close in Tallinn today. Held from 28 to 31 May, the conference offered 30 workshops.",
			[]string{"conference 2019-05-28"}, []string{"conference 2019-05-31"}},
		{"what an event closed with", "NATO and Bahrain held staff talks on 21 and 22 June 2007. The staff talks came to a close on 22 June with a visit to the Supreme Headquarters Allied Powers Europe (SHAPE).",
			[]string{"meeting 2007-06-21", "visit 2007-06-22"}, nil},
		{"an event with no day after a sentence that sets the scene", "On Friday, 2 April 2004, the national flags went up for the first time in front of NATO Headquarters in Brussels. Foreign ministers watched as a band played, in a ceremony celebrating the enlargement.",
			[]string{"ceremony 2004-04-02"}, nil},
		{"a named event dated by its relative clause, with no place", "On 14 July 2006, the Secretary General travelled to Riga, Latvia, ahead of the Alliance's Summit, which the Latvian capital will host on 28 and 29 November 2006.",
			[]string{"summit 2006-11-28"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			f := testExtractor(t).Extract(&natokg.Release{Title: "Title", Source: "NATO", Body: tt.body})
			var got []string
			for _, e := range f.Events {
				got = append(got, e.Kind+" "+e.Start.String())
			}
			checkMembers(t, tt.body, "events", got, tt.want, tt.not)
		})
	}
}

// Two days named by the release's date and joined by "and" are a range
// when the second is the day after the first.
func TestRelativeDayRange(t *testing.T) {
	tests := []struct {
		rule, body, want string // "kind start..end"
	}{
		{"today and tomorrow", "Oslo, 9 March 2007 – The Deputy Secretary General is visiting Norway today and tomorrow.", "visit 2007-03-09..2007-03-10"},
		{"yesterday and today", "Riga, 4 April 2008 – The Chairman of the Military Committee visited Latvia yesterday and today.", "visit 2008-04-03..2008-04-04"},
		{"not backwards", "Riga, 4 April 2008 – The Chairman of the Military Committee visited Latvia today and yesterday.", "visit 2008-04-04.."},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			f := testExtractor(t).Extract(&natokg.Release{Title: "Title", Source: "NATO", Body: tt.body})
			var got []string
			for _, e := range f.Events {
				end := ""
				if !e.End.IsZero() {
					end = e.End.String()
				}
				got = append(got, e.Kind+" "+e.Start.String()+".."+end)
			}
			checkMembers(t, tt.body, "events", got, []string{tt.want}, nil)
		})
	}
}

// A city right before a lower-case event noun after "the" is where that
// event takes place, and the date after the pair is that event's.
func TestCityBeforeEventNoun(t *testing.T) {
	tests := []struct {
		rule, body string
		want, not  []string // "kind date place"
	}{
		{"a summit named after its city, with its date", "Brussels, 12 March 2010 – He met the Foreign Minister in Madrid on 12 March to prepare for the Lisbon summit next November.",
			[]string{"meeting 2010-03-12 Madrid", "summit 2010-11 Lisbon"}, []string{"meeting 2010-11 Madrid"}},
		{"the city names the event's place", "Brussels, 12 March 2010 – The Secretary General said the Lisbon summit would adopt a new Strategic Concept.",
			[]string{"summit 2010-03-12 Lisbon"}, []string{"summit 2010-03-12 Brussels"}},
		{"not a country before the noun", "Brussels, 12 March 2010 – The Secretary General met the Foreign Minister in Madrid to discuss the Afghanistan conference.",
			[]string{"meeting 2010-03-12 Madrid"}, []string{"conference 2010-03-12 Afghanistan"}},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			f := testExtractor(t).Extract(&natokg.Release{Title: "Title", Source: "NATO", Body: tt.body})
			var got []string
			for _, e := range f.Events {
				got = append(got, e.Kind+" "+e.Start.String()+" "+e.Location)
			}
			checkMembers(t, tt.body, "events", got, tt.want, tt.not)
		})
	}
}

// A body named without its country is the one a demonym qualifies in the
// same release, unless two countries' bodies could be meant.
func TestQualifiedBodies(t *testing.T) {
	tests := []struct {
		rule, body string
		want, not  []string
	}{
		{"governmentsOf: a country's government named with the country's long name is the one named with its short", "Baghdad, 3 May 2009 – The agreement between the Government of the Republic of Iraq and NATO was signed. NATO supports the sovereign government of Iraq as it rebuilds.",
			[]string{"Government of Iraq"}, []string{"Government of the Republic of Iraq"}},
		{"placesInName: two places joined by \"and\" before a body's head are the fields of one name", "Rome, 24 November 2017 – Mr Tom Rask, Chairman of the Mediterranean and Middle East Special Group, concluded the seminar. The Europe and Central Asia Division helped.",
			[]string{"Mediterranean and Middle East Special Group", "Europe and Central Asia Division"}, []string{"Middle East Special Group", "Central Asia Division"}},
		{"placesInName: a place and a known body are two", "Stavanger, 4 April 2008 – The exercise was assigned to Allied Air Component Command Headquarters Ramstein and NATO Rapid Deployable Corps Spain.",
			[]string{"NATO Rapid Deployable Corps - Spain"}, nil},
		{"spelledOut: a body's name with a known body's short form in it is the one that writes that body in full", "Baghdad, 3 May 2011 – The Allied Command Transformation Training Team arrived. The ACT Training Team began work. The NATO Partnership for Peace Trust Fund paid for it. The PfP Trust Fund project ended.",
			[]string{"Allied Command Transformation Training Team", "NATO Partnership for Peace Trust Fund"}, []string{"ACT Training Team", "PfP Trust Fund"}},
		{"one country", "Officials of the Czech Ministry of Defence met in Prague. The Ministry of Defence said the talks went well.",
			[]string{"Czech Ministry of Defence"}, []string{"Ministry of Defence"}},
		{"two countries", "Officials of the Czech Ministry of Defence and the Polish Ministry of Defence met in Prague. The Ministry of Defence said the talks went well.",
			[]string{"Czech Ministry of Defence", "Polish Ministry of Defence", "Ministry of Defence"}, nil},
		{"seatEnds, townElsewhere, nameAfterBody: a body named with the dateline's town, before a date", "MARZAN, Afghanistan – The governor thanked the commander of Provincial Reconstruction Team Marzan July 1. The team met at Ambassadorial level in the Crisis Management Centre Ambassadorial.",
			[]string{"Provincial Reconstruction Team Marzan"}, []string{"Crisis Management Centre Ambassadorial"}},
		{"countryBodies: a body every state has, named bare, is the main country's", "Rabat, 3 May 2011 – The Deputy Secretary General visited Morocco and met the Secretary General of the Ministry of Foreign Affairs in Rabat. Morocco is a partner.",
			[]string{"Ministry of Foreign Affairs of Morocco"}, []string{"Ministry of Foreign Affairs"}},
		{"countryInFull: a body named with its country's short name and in full is one", "Carlisle, 3 October 2014 – General Tom Rask visited the United States Army War College. Visiting the US Army War College, he gave a lecture.",
			[]string{"United States Army War College"}, []string{"US Army War College"}},
		{"two bodies of one country", "He met the Afghan National Army and Afghan National Police in Kandahar.",
			[]string{"Afghan National Army", "Afghan National Police"}, []string{"Afghan National Army and Afghan National Police"}},
		{"two bodies of two countries", "The Romanian Navy and Turkish Navy sailed together.",
			[]string{"Romanian Navy", "Turkish Navy"}, []string{"Romanian Navy and Turkish Navy"}},
		{"two bodies of one head", "The Political Committee and Economics and Security Committee met.",
			[]string{"Political Committee", "Economics and Security Committee"}, []string{"Political Committee and Economics and Security Committee"}},
		{"a known body, then another", "He met key members of the State Duma and Federation Council in Moscow.",
			[]string{"State Duma", "Federation Council"}, []string{"State Duma and Federation Council"}},
		{"a possessive inside a name", "He met the Afghan Women’s Resource Centre (AWRC) and NATO's Joint Warfare Centre in Kabul.",
			[]string{"Afghan Women’s Resource Centre", "Joint Warfare Centre"}, []string{"Resource Centre", "NATO’s Joint Warfare Centre"}},
		{"an acronym the text defines", "The Centre of Excellence (COE) opened. The COE is in Rome.",
			[]string{"Centre of Excellence"}, []string{"Council of Europe"}},
		{"a meeting of a body", "NATO Foreign Ministers met on 3 December 2009 for a Meeting of the NATO-Ukraine Commission.",
			[]string{"NATO-Ukraine Commission"}, []string{"Meeting of the NATO-Ukraine Commission"}},
		{"a body's name cut short", "Rabat, 3 May 2010 – He met officials of the Ministry of Foreign Affairs of Morocco. The Ministry of Foreign Affairs said the talks went well.",
			[]string{"Ministry of Foreign Affairs of Morocco"}, []string{"Ministry of Foreign Affairs"}},
		{"a body named by its last words", "Riga, 3 May 2020 – He visited the Zorbian Strategic Communications Centre of Excellence. The Centre of Excellence hosts experts.",
			[]string{"Zorbian Strategic Communications Centre of Excellence"}, []string{"Centre of Excellence"}},
		{"a university's name cut short", "Baghdad, 3 May 2023 – Experts visited the Zorbian Defence University for Military Studies. The Zorbian Defence University thanked them.",
			[]string{"Zorbian Defence University for Military Studies"}, []string{"Zorbian Defence University"}},
		{"a body of a body named by its head", "Izmir, 3 May 2012 – Guests included the Commander of the Aegean Army of the Turkish Land Forces, General Ali Demir.",
			[]string{"Aegean Army", "Turkish Land Forces"}, []string{"Aegean Army of the Turkish Land Forces"}},
		{"an institute of a school", "London, 3 May 2023 – He spoke at the Zorbian Institute for Business and Trade of Harbour Business School.",
			[]string{"Zorbian Institute for Business and Trade", "Harbour Business School"}, []string{"Zorbian Institute for Business and Trade of Harbour Business School"}},
		{"a title's field, then its body", "Stockholm, 3 May 2022 – He met the Deputy Chief of Joint Operations of the Swedish Armed Forces, Major General Jonas Berg.",
			[]string{"Swedish Armed Forces"}, []string{"Joint Operations of the Swedish Armed Forces"}},
		{"a country's body is no body of a body", "Moscow, 3 May 2008 – He met the Security Council of the Russian Federation.",
			[]string{"Security Council of the Russian Federation"}, []string{"Russian Federation"}},
		{"a delegation to a body", "Brussels, 3 May 2020 – The ceremony was organised by the Polish Delegation to NATO.",
			[]string{"Polish Delegation to NATO"}, nil},
		{"a delegation to a body's acronym, then its head's name", "Copenhagen, 3 May 2023 – The head of the Danish Delegation to the NATO PA, Mads Berg, spoke.",
			[]string{"Danish Delegation to the NATO PA"}, []string{"Danish Delegation to the"}},
		{"a country's mission to a body", "Brussels, 3 May 2021 – He met the Chargé d'Affaires of the U.S. Mission to NATO, Mr John Berg.",
			[]string{"U.S. Mission to NATO"}, []string{"Mission to NATO"}},
		{"a known body's fund is no document", "Istanbul, 28 June 2004 – Leaders considered a Partnership for Peace Trust Fund to help Ukraine.",
			[]string{"Partnership for Peace Trust Fund"}, []string{"Partnership for Peace"}},
		{"bodies listed after a plural noun for bodies", "Brussels, 3 May 2024 – The three venture funds are Zorbian Ventures, Harbour Capital and Velta Partners.",
			[]string{"Zorbian Ventures", "Harbour Capital", "Velta Partners"}, nil},
		{"bodies listed with what describes them", "Brussels, 3 May 2024 – The companies are Zorbix Robotics, a German firm that builds robots; qBIT, a Bristol maker of chips; and Orbit Forge, a company based in Cardiff.",
			[]string{"Zorbix Robotics", "qBIT", "Orbit Forge"}, nil},
		{"possessiveNamed: a body named with its owner's possessive is the one named with 'of'", "Brussels, 3 May 2019 – Azerbaijan's Mission to NATO hosted the talks. The Mission of the Republic of Azerbaijan to NATO thanked the guests.",
			[]string{"Mission of the Republic of Azerbaijan to NATO"}, []string{"Azerbaijan's Mission to NATO"}},
		{"milestones.tsv, monthAfterTime: a capability reached is a stage, and a month after a preposition opens no body's name", "Elblag, 1 May 2018 – The Headquarters achieved Initial Capability at the end of June and Full Capability in December.",
			nil, []string{"Initial Capability", "June and Full Capability", "Full Capability"}},
		{"ownersBodyAgain: a known body and a head is the body named before with that head", "Odesa, 3 March 2021 – Standing NATO Mine Countermeasures Group Two (SNMCMG2) entered the Black Sea. Besides the training, the NATO Group will also conduct port visits.",
			[]string{"Standing NATO Mine Countermeasures Group 2"}, []string{"NATO Group"}},
		{"seatEnds, event-heads.tsv: an event's head after a body's name is no town the body sits in", "Ramstein, 8 May 2019 – NATO AWACS aircraft will guard the airspace over the European Union Summit in Sibiu on Thursday, 9 May 2019.",
			[]string{"European Union"}, []string{"European Union Summit"}},
		{"inServiceTag: a nation's and a service's letters in brackets after a name are no body", "Brussels, 9 May 2014 – The Royal Navy group is led by Commander Eirik Otterbu (NOR N) from the flagship.",
			[]string{"Royal Navy"}, []string{"NOR N", "NATO Office of Resources"}},
		{"a country's delegation after its possessive", "Oslo, 3 May 2009 – He met Norway's Delegation to the NATO Parliamentary Assembly.",
			[]string{"Norway's Delegation to the NATO Parliamentary Assembly"}, []string{"Delegation to the NATO Parliamentary Assembly"}},
		{"fold, spellings: a known body in the other spelling ('Defence' for 'Defense', 'Organisation')", "Washington, 3 May 2019 – He met officials of the United States Department of Defence and of the Organisation for Security and Co-operation in Europe.",
			[]string{"United States Department of Defense", "Organization for Security and Co-operation in Europe"}, []string{"United States Department of Defence"}},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) { checkOrgs(t, tt.body, tt.want, tt.not) })
	}
}

// An acronym the text does not define is the body named before it whose
// words, or last words, it spells, before the gazetteer's; a name followed by a
// known short form in brackets is that body.
func TestAcronymsInContext(t *testing.T) {
	tests := []struct {
		rule, body string
		want, not  []string // organisations' names
	}{
		{"bracketedCompass: a body's compass word in brackets after its head is part of its name", "Kabul, 3 May 2008 – Troops of Regional Command (East) met the Commander of Regional Command (North).",
			[]string{"Regional Command (East)", "Regional Command (North)"}, []string{"Regional Command"}},
		{"serviceThenEquipment, serviceEndsAt: a country's armed service before its aircraft is a body; the aircraft are not", "Podgorica, 3 June 2018 – Two Hellenic Air Force F-16 and two Italian Air Force Eurofighter Typhoons flew over the country.",
			[]string{"Hellenic Air Force", "Italian Air Force"}, []string{"Hellenic Air Force F-16", "Italian Air Force Eurofighter Typhoons"}},
		{"knownThenService, serviceEndsAt: a known body's name, then an air force of two words, are two bodies", "Trapani, 3 June 2024 – He thanked the crews of NAEW&C Force Italian Air Force for their support.",
			[]string{"Italian Air Force"}, []string{"NAEW&C Force Italian Air Force"}},
		{"milestone, milestones.tsv: a stage a body reaches names no body; the body after its \"of\" does", "Norfolk, 17 September 2020 – We are working to establish Full Operational Capability of the NATO Response Force. The command reached Initial Operational Capability on Thursday.",
			[]string{"NATO Response Force"}, []string{"Full Operational Capability of the NATO Response Force", "Initial Operational Capability", "Full Operational Capability"}},
		{"serviceThenEquipment: a country's service before its event is a body", "Naples, 12 May 2016 – He won the Croatian Armed Forces Best Soldier Competition.",
			[]string{"Croatian Armed Forces"}, nil},
		{"orgInPlace, fieldsOnly: \"in\" and two or more words of a field go on a body's name", "Stockholm, 3 May 2022 – He visited the Nordic Centre for Gender in Military Operations in Sweden.",
			[]string{"Nordic Centre for Gender in Military Operations"}, []string{"Nordic Centre for Gender"}},
		{"org-heads.tsv: a hub is a body", "Norfolk, 3 May 2018 – During his time at the command, Mr. Tom Rask visited the Innovation Hub, located at Old Dominion University.",
			[]string{"Innovation Hub"}, nil},
		{"knownAcronymName: capitalised words with a body's head before a known body's acronym in brackets name that body, though they do not spell it", "Pristina, 3 May 2012 – Mr Tom Rask, Head of the EU's Rule of Law Mission (EULEX), also took part in the visit.",
			[]string{"European Union Rule of Law Mission in Kosovo"}, []string{"Law Mission"}},
		{"nationalBodiesJoined: \"and\" between two bodies every state has joins two bodies, not one name", "Belgrade, 3 May 2018 – NATO will continue working with the Armed Forces and Ministry of Defence to assist them.",
			[]string{"Ministry of Defence"}, []string{"Armed Forces and Ministry of Defence"}},
		{"missionOfKnown: a known force's name then \"Mission\" is the force itself", "Kabul, 3 May 2012 – Georgia contributes to the ISAF Mission. Major General Tom Rask, Commander of the NATO-Led KFOR Mission, spoke.",
			[]string{"International Security Assistance Force", "Kosovo Force"}, []string{"ISAF Mission", "NATO-Led KFOR Mission", "KFOR Mission"}},
		{"reversedAcronyms: letters then a long form in brackets with no body's head name no body", "Pristina, 3 May 2014 – They addressed floods, EOD (Explosive Ordnance Disposal) and engineers, and the JFTC (Joint Force Training Centre).",
			[]string{"Joint Force Training Centre"}, []string{"Explosive Ordnance Disposal"}},
		{"demonymBodies: a demonym's government written with a capital is the same body as in lower case", "Kabul, 3 May 2004 – ISAF supports the Afghan government. The Afghan Government welcomed it.",
			[]string{"Government of Afghanistan"}, []string{"Afghan Government"}},
		{"addOrg: no body's name ends with a small word", "Mons, 7 March 2024 – Sweden deposited its instrument of accession with the Government of the United States in Washington DC.",
			nil, []string{"Government of the United States in"}},
		{"a centre's COE", "Madrid, 3 May 2022 – The Counter-IED Centre of Excellence (C-IED COE) hosted the meeting. The COE's sponsoring nations sent experts.",
			[]string{"Counter-Improvised Explosive Devices Centre of Excellence"}, []string{"Council of Europe", "Counter-IED Centre of Excellence"}},
		{"a CoE in mixed case", "Tallinn, 3 May 2022 – The Zorbian Cyber Centre of Excellence hosted the drill. The CoE director welcomed guests.",
			[]string{"Zorbian Cyber Centre of Excellence"}, []string{"Council of Europe"}},
		{"a country's security council", "Minsk, 3 May 2008 – He met the Secretary of the Security Council, Anton Belov.",
			[]string{"Security Council"}, []string{"United Nations Security Council"}},
		{"the UN's security council", "New York, 3 May 2008 – The United Nations welcomed the step. The Security Council adopted a resolution.",
			[]string{"United Nations Security Council"}, []string{"Security Council"}},
		{"a body's name opened by its parent's acronym", "Pristina, 3 May 2017 – The Head of the EU Rule of Law Mission in Kosovo, Leo Marr, met him.",
			[]string{"European Union Rule of Law Mission in Kosovo"}, []string{"EU Rule of Law Mission in Kosovo"}},
		{"a country's turn at the head of a body", "Warsaw, 3 May 2016 – He praised Poland's EU Presidency and thanked the OSCE Chairmanship.",
			[]string{"European Union", "Organization for Security and Co-operation in Europe"}, []string{"EU Presidency", "OSCE Chairmanship"}},
		{"a body a document's name opens with", "Pristina, 3 May 2017 – KFOR operates under UN Security Council Resolution 1244.",
			[]string{"United Nations Security Council"}, nil},
		{"onTheInName: a committee on the field it covers", "The Hague, 3 May 2014 – The Committee on the Civil Dimension of Security met. The Council on the Western Balkans was briefed.",
			[]string{"Committee on the Civil Dimension of Security"}, []string{"Council on the Western Balkans"}},
		{"headFirstNamed: a committee named by its field first", "Madeira, 3 May 2007 – The Committee on the Civil Dimension of Security met. The Civil Dimension of Security Committee held a debate.",
			[]string{"Committee on the Civil Dimension of Security"}, []string{"Civil Dimension of Security Committee"}},
		{"tailAcronyms: an acronym all of whose letters a body named before spells", "Brussels, 3 May 2005 – The NATO-Ukraine Commission met today. The next NUC meeting is on 8 December 2005.",
			[]string{"NATO-Ukraine Commission"}, []string{"NATO-Ukraine Council"}},
		{"codedShortForms: a short form of two words in capitals in brackets, and again later", "Szczecin, 3 May 2021 – The drill involved NATO Force Integration Unit Hungary (NFIU HUN). NFIU HUN staff then left.",
			[]string{"NATO Force Integration Unit Hungary"}, []string{"NFIU HUN"}},
		{"doc-heads.tsv Resolutions: a body's resolutions in the plural are no body", "Berlin, 15 April 2011 – All participants stressed the need to implement the relevant UN Security Council Resolutions.",
			[]string{"United Nations Security Council"}, []string{"UN Security Council Resolutions"}},
		{"orgs.tsv ~CoE: the Council of Europe by its short form where the text names it in full", "Strasbourg, 3 May 2022 – The Secretary General visited the Council of Europe. He met the Secretary General of the COE, Ms Anna Berg.",
			[]string{"Council of Europe"}, nil},
		{"orgs.tsv ~CoE: a short form centres of excellence share is no Council of Europe the text does not name", "Vicenza, 3 May 2022 – The directors made an appreciation of the CoE enterprise and of each COE's role.",
			nil, []string{"Council of Europe"}},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) { checkOrgs(t, tt.body, tt.want, tt.not) })
	}
}

// Words that qualify a noun after them name no body.
func TestNotBodies(t *testing.T) {
	tests := []struct {
		rule, body string
		not        []string
	}{
		{"headBefore: an exercise's name in quotation marks after its head, whatever its last word", "Tartu, 26 November 2013 – NATO launched a cyber defence exercise “Cyber Coalition 2013” to test its networks.", []string{"Cyber Coalition 2013", "Cyber Coalition"}},
		{"bodiesOfPosts: a span of time after a title's \"of the\" is an award's, no body", "Naples, 21 June 2018 – The General presented the Military Member of the Year awards to four recipients.", []string{"Year"}},
		{"forcesInGeneral, force-qualifiers.tsv: forces named by the Alliance and their service alone are no body", "Ramstein, 3 May 2017 – The conference gathered Allied Air Forces and NATO Forces from Europe, while Special Operations Forces trained.", []string{"Allied Air Forces", "NATO Forces", "Special Operations Forces"}},
		{"classify, joinedKnownBodies: two known bodies joined by a hyphen are no third", "Naples, 4 November 2019 – NATO-African Union staff talks began. NATO and the African Union signed an agreement.", []string{"NATO-African Union"}},
		{"classify, titleWordBeforeOwner: a title's word before a country's demonym is no word of the body", "Canberra, 3 May 2017 – The Chairman met Commodore Tom Rask, Acting Australian Fleet Commander.", []string{"Acting Australian Fleet"}},
		{"capRun, group-nouns.tsv: a group of people after a known building's \"of\" is no part of its name", "Brussels, 19 June 2006 – The Division organised a visit to NATO Headquarters of Members of the Parliament of Jordan who met the Secretary General.", []string{"NATO Headquarters of Members of the Parliament of Jordan"}},
		{"townHeadquarters: a town and \"Headquarters\" alone name no body", "Solbiate Olona, 3 May 2015 – The Ambassador visited the Solbiate Olona Headquarters. He met officers of the Novorossiysk HQ of the Black Sea Fleet.", []string{"Solbiate Olona Headquarters", "Novorossiysk HQ"}},
		{"headAfter: a name and its year before a lower-case \"exercise\" name an exercise", "Tallinn, 3 November 2015 – The Centre contributed storylines to the Cyber Coalition 2015 exercise. The Allies defended networks as a part of the Cyber Coalition exercise.", []string{"Cyber Coalition 2015", "Cyber Coalition"}},
		{"headBefore: a name after an exercise's head and a dash names the exercise", "Helsinki, 3 May 2017 – Finland takes part in NATO's annual cyber defence exercise – Cyber Coalition, as well as in others.", []string{"Cyber Coalition"}},
		{"capRun, abbreviations.tsv in-name: a word cut short inside a name does not end it", "Cornwall, 3 May 2001 – The headquarters trained at RAF St. Mawgan last week.", []string{"RAF St", "St"}},
		{"openingWord, subordinators.tsv: a subordinator that opens the clause after a dateline is no word of a body", "NAPLES, Italy – As U.S. Navy Admiral Tom Rask, commander of the command, said, the ships sailed on 3 May 2017.", []string{"As U.S. Navy", "As US Navy"}},
		{"event-heads.tsv: an anniversary named in capitals is an event, the body it is of a body", "Norfolk, 3 May 2018 – Staff celebrated the 15th Anniversary of Supreme Allied Command Transformation Headquarters. The Fiftieth Anniversary of the Atlantic Alliance was marked in April 1999.", []string{"15th Anniversary of Supreme Allied Command Transformation Headquarters", "Fiftieth Anniversary of the Atlantic Alliance"}},
		{"knownAfterAnd: a known body after \"and\" ends a run of two names", "Pristina, 3 May 2019 – Students of the Department of Journalism and KFOR officers met on Friday.", []string{"Department of Journalism and KFOR"}},
		{"classify: a head that opens a run is no body's where \"and\" joins the last word", "Stavanger, 3 May 2019 – The Centre trains experts in Command and Control and in Command & Control systems.", []string{"Command and Control", "Command & Control"}},
		{"modifiedKnown: a present participle before a known body's name takes it as object", "Vilnius, 3 May 2023 – Leaders agreed on Safeguarding Alliance security.", []string{"Safeguarding Alliance"}},
		{"countryIn: a host country and where it hosted name no body", "Prague, 27 February 2024 – Such meetings were hosted by Germany in Berlin in May 2022.", []string{"Germany in Berlin"}},
		{"bodiesOfPosts: the Chairman of an event names no body", "Oberammergau, 3 May 2006 – The Chairman of the Symposium, General Ivo Berg, opened it.", []string{"Symposium"}},
		{"two adjectives before a plural noun", "Kabul, 3 May 2016 – Afghan and Coalition forces met.", []string{"Afghan and Coalition"}},
		{"pluralRole: a title in the plural names no body", "Brussels, 3 May 2006 – Meetings at the level of Chiefs of Defence Staff take place twice a year.", []string{"Defence Staff"}},
		{"doc-heads.tsv: remarks of a body are no body", "Brussels, 16 May 2024 – The Opening Remarks of the 191st Military Committee in Chiefs of Defence Session were published.", []string{"Opening Remarks of the 191st Military Committee", "Opening Remarks"}},
		{"a partnership between parties", "Istanbul, 28 June 2004 – Leaders looked at how the NATO-Ukraine Distinctive Partnership helps peace.", []string{"NATO-Ukraine Distinctive Partnership"}},
		{"a preposition that opens a sentence", "Brussels, 4 April 2018 – The Council met. For the Alliance, any use of chemical weapons is a threat.", []string{"For the Alliance"}},
		{"two adjectives before elections", "Kabul, 3 May 2016 – Presidential and Provincial Council elections were held.", []string{"Presidential and Provincial Council"}},
		{"a superlative after a possessive describes", "Brussels, 4 March 2021 – The Committee, the Alliance's highest Defence Authority, met in Brussels.", []string{"Defence Authority"}},
		{"orgHeadEndsAt: a body's head and a country after 'and' are two things", "Skopje, 3 May 2021 – The two discussed the need to increase collaboration between the Academy and North Macedonia.", []string{"Academy and North Macedonia"}},
		{"command-changes.tsv: a change of command's phrase names no body", "Pristina, 3 May 2022 – The Transfer of Authority for the Polish Contingent and the Change of Command for the Lithuanian Platoon were held at Camp Novo Selo.", []string{"Authority for the Polish Contingent", "Command for the Lithuanian Platoon"}},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) { checkOrgs(t, tt.body, nil, tt.not) })
	}
}

// checkOrgs checks the names of the organisations the extractor finds in
// body: all of want, none of not.
func checkOrgs(t *testing.T, body string, want, not []string) {
	t.Helper()
	f := testExtractor(t).Extract(&natokg.Release{Title: "Title", Source: "NATO", Body: body})
	var got []string
	for _, o := range f.Orgs {
		got = append(got, o.Name)
	}
	checkMembers(t, body, "organisations", got, want, not)
}

// Two names before one plural head are two places (pairedSeas).
func TestPairedSeas(t *testing.T) {
	checkPlaces(t, "Northwood, 3 May 2023 – The group currently operates in the North and Baltic Seas.", []string{"North Sea", "Baltic Sea"}, nil)
}

// A place in a document's name is no place the release names.
func TestPlacesInDocuments(t *testing.T) {
	body := "Kyiv, 3 May 2017 – Allies called for the full implementation of the Minsk Agreements and of the Dayton accords, and for a modern Vienna Document."
	checkPlaces(t, body, []string{"Kyiv"}, []string{"Minsk", "Dayton", "Vienna"})
}

// A ship a noun of a kind of ship names is no place (namedShips).
func TestNamedShips(t *testing.T) {
	body := "Norfolk, 28 September 2012 – The ceremony took place at the centre next to the Battleship Wisconsin on the Elizabeth River."
	checkPlaces(t, body, []string{"Norfolk", "Elizabeth River"}, []string{"Wisconsin"})
}

// checkPlaces checks the names of the places the extractor finds in
// body: all of want, none of not.
func checkPlaces(t *testing.T, body string, want, not []string) {
	t.Helper()
	f := testExtractor(t).Extract(&natokg.Release{Title: "Title", Source: "NATO", Body: body})
	var got []string
	for _, p := range f.Places {
		got = append(got, p.Name)
	}
	checkMembers(t, body, "places", got, want, not)
}

// A small town's name that opens a longer name, or a season before a
// year, is no place; a town where a place is expected is.
func TestTownsInNames(t *testing.T) {
	tests := []struct {
		rule, body string
		want, not  []string
	}{
		{"season", "Brussels, 3 May 2015 – The next meeting will take place in Spring 2016.", []string{"Brussels"}, []string{"Spring"}},
		{"event's name", "Paris, 3 May 2015 – Thousands joined the Unity Rally on Sunday.", []string{"Paris"}, []string{"Unity"}},
		{"possessive name", "Riga, 3 May 2015 – A service was held at St. Michael's Church.", []string{"Riga"}, []string{"St. Michael"}},
		{"town in place", "The ministers met in Ustka, Poland, on 8 February.", []string{"Ustka"}, nil},
		{"a landform's head names a region", "Tbilisi, 3 May 2003 – The delegation will travel to the Pankisi Gorge.", []string{"Pankisi Gorge"}, []string{"Pankisi"}},
		{"townHeadquarters: a town and \"Headquarters\" alone say where a body sits", "Solbiate Olona, 3 May 2015 – The Ambassador visited the Solbiate Olona Headquarters. He met officers of the Novorossiysk Headquarters of the Black Sea Fleet.", []string{"Solbiate Olona", "Novorossiysk"}, []string{"Solbiate Olona Headquarters", "Novorossiysk Headquarters"}},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			f := testExtractor(t).Extract(&natokg.Release{Title: "Title", Source: "NATO", Body: tt.body})
			var got []string
			for _, p := range f.Places {
				got = append(got, p.Name)
			}
			checkMembers(t, tt.body, "places", got, tt.want, tt.not)
		})
	}
}

// A pronoun subject after the same person's possessive attends: "Earlier
// in his stay he had held talks with President X".
func TestPossessiveThenSubject(t *testing.T) {
	f := testExtractor(t).Extract(&natokg.Release{Title: "Title", Source: "NATO", Body: "Anders Fogh Rasmussen arrived in Moscow on 15 December 2009. Earlier in his stay he had held talks with President Dmitry Medvedev in Moscow."})
	for _, e := range f.Events {
		if e.Kind == "meeting" && slices.Contains(e.Attendees, "Dmitry Medvedev") && !slices.Contains(e.Attendees, "Anders Fogh Rasmussen") {
			t.Errorf("meeting attendees %q, want Anders Fogh Rasmussen among them", e.Attendees)
		}
	}
}

// A session that "closed" on a day it had "opened" four days before runs
// from that day.
func TestOpenedDayStarts(t *testing.T) {
	f := testExtractor(t).Extract(&natokg.Release{Title: "Title", Source: "NATO", Body: "The plenary sitting closed the four-day session, which had opened on 25 May 2012 in Tallinn."})
	var got []string
	for _, e := range f.Events {
		got = append(got, e.Kind+" "+e.Start.String()+" "+e.End.String())
	}
	if !slices.Contains(got, "session 2012-05-25 2012-05-28") {
		t.Errorf("events %q, want session 2012-05-25 2012-05-28", got)
	}
}

// An event "the second day of" dates is the event told before with those
// days, if any: "On 1 September, the second day of the visit".
func TestDayOfEventToldBefore(t *testing.T) {
	body := "Admiral Rob Bauer visited Sweden from 31 August to 1 September 2022. On 1 September, the second day of the visit, he met the Commander in Lulea."
	f := testExtractor(t).Extract(&natokg.Release{Title: "Title", Source: "NATO", Body: body})
	n := 0
	for _, e := range f.Events {
		if e.Kind == "visit" && e.Start.String() == "2022-08-31" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d visits from 2022-08-31, want 1", n)
	}
}

// A name after "bin" in another name is the father's, a person of its
// own: "the Emir, H.H. Sheikh Hamad bin Khalifa Al-Thani, and the Heir
// Apparent, H.H. Sheikh Tamim bin Hamad bin Khalifa Al-Thani".
func TestFatherNamedInSonsName(t *testing.T) {
	s := runStages(t, "He was received by the Emir of Qatar, H.H. Sheikh Hamad bin Khalifa Al-Thani, and by the Heir Apparent, H.H. Sheikh Tamim bin Hamad bin Khalifa Al-Thani.")
	var names []string
	for _, p := range s.people.List {
		names = append(names, p.Name)
	}
	for _, want := range []string{"Hamad bin Khalifa Al-Thani", "Tamim bin Hamad bin Khalifa Al-Thani"} {
		if !slices.Contains(names, want) {
			t.Errorf("people %q, want %q", names, want)
		}
	}
}

// "The country's" before a title stands for the country the release is
// about.
func TestCountrysTitle(t *testing.T) {
	f := testExtractor(t).Extract(&natokg.Release{Title: "Montenegro joins NATO", Source: "NATO", Body: "On 5 June 2017, Montenegro joined NATO. Montenegro was represented by Srđan Darmanović, the country's Minister of Foreign Affairs."})
	for _, p := range f.People {
		if p.Name == "Srđan Darmanović" && len(p.Posts) == 1 && p.Posts[0].Org == "Montenegro" {
			return
		}
	}
	t.Errorf("people %+v, want Srđan Darmanović, Minister of Foreign Affairs of Montenegro", f.People)
}

// Posts no one holds: a bare title is not given to someone without a post
// when one person holds it with a field; a delegation's head does not head
// the body the delegation is of; a title between two names is not the
// first name's.
func TestNotPosts(t *testing.T) {
	tests := []struct{ rule, body, notWant string }{
		{"withField", "Brussels, 3 May 2011 – NATO's Assistant Secretary General for Operations, Ambassador Ana Ruiz, spoke. Professor Ivo Kral followed. The Assistant Secretary General then closed the meeting.",
			"Ivo Kral: Assistant Secretary General @ North Atlantic Treaty Organization"},
		{"bodyRightBefore, namesBody: \"led by\" right after a body leads what the body sends, not the body", "London, 27 April 2017 – A delegation from the Joint Analysis and Lessons Learned Centre (JALLC) led by Colonel Tom Rask took part in a workshop.",
			"Tom Rask: Commander @ Joint Analysis and Lessons Learned Centre"},
		{"asPost, asWellAs: a title after \"as well as\" is another person's, not the one named before", "Tapa, 20 April 2017 – The event was hosted by the Estonian Minister of Defence, Tom Rask, with the Danish minister, as well as the French Ambassador to Estonia.",
			"Tom Rask: Ambassador to Estonia @ France"},
		{"namesBody: a participle of office after a name says no post", "Constanta, 3 May 2016 – Besides General Ivo Berg representing NATO, the ceremony was attended by the Base Commander, Colonel Tom Rask.",
			"Ivo Berg: Representative @ North Atlantic Treaty Organization"},
		{"nationalService: a country's service after a bare title and its comma is its holder's, before his rank", "Uedem, 3 May 2016 – He received the flag from the outgoing Commander, German Air Force Lieutenant General Tom Rask.",
			"Tom Rask: Commander @ German Air Force"},
		{"nationalService: a service after a country's letters", "Kabul, 3 May 2014 – The ceremony was presided by the Commander, U.S. Army Lt. Gen. Ivo Berg.",
			"Ivo Berg: Commander @ United States Army"},
		{"passiveSubject", "The delegation of the Qatar Armed Forces was headed by the Minister of State for Defence Affairs, Major General Ali Al-Thani.",
			"Ali Al-Thani: Head @ Qatar Armed Forces"},
		{"cataphor", "Admiral Paul Roy presided over the ceremony and handed the flag to Lieutenant General Jan Mills. Admiral Roy thanked Turkey. In his first speech as Commander, General Mills thanked the staff.",
			"Paul Roy: Commander @ "},
		{"rankedHolderAfter: a post between a name with no rank and an officer's", "Lisbon, 3 May 2018 – The Commander discussed the hub with Ambassador Tom Rask, Chief of the Portuguese Navy, Admiral Ivo Berg, and other officials.",
			"Tom Rask: Chief @ Portuguese Navy"},
		{"nameAfterPost, pastService: a post between a titled name and an officer whose service comes before his rank", "Skopje, 3 July 2017 – The Minister of Foreign Affairs, Eva Holm, Chief NATO Liaison Office, Navy Captain Jan Olsen, met today.",
			"Eva Holm: Chief @ NATO Liaison Office"},
		{"bodyBeforeVerb: a service before a rank after \"and\" is the next holder's, no second body", "Portsmouth, 3 May 2019 – Vice Admiral Tom Rask, Commander Allied Maritime Command (MARCOM) and Royal Danish Navy Commodore Ivo Berg, incoming Commander SNMG1, attended.",
			"Tom Rask: Commander @ Royal Danish Navy"},
		{"nameAfterPost", "Prime Minister Anna Berg, Romania's Minister of Foreign Affairs, Mr Ion Popa, and others met.",
			"Anna Berg: Minister of Foreign Affairs @ Romania"},
		{"nameFirstList, titledSurnameBefore: a title after a surname alone in a list of titled names is not the next name's", "Kabul, 3 May 2008 – The governor travelled with Colonel Marwick, the Task Force Helmand commander, Lieutenant Colonel Dan Royce, the PRT commander, and others.",
			"Dan Royce: Commander @ Task Force Helmand"},
		{"nameFirstList, titleAhead: a title the next name has in apposition, whatever its body", "Kabul, 3 May 2008 – The governor travelled with Colonel John Marwick, the Task Force Helmand commander, Lieutenant Colonel Dan Royce, the PRT commander, and others.",
			"Dan Royce: Commander @ Task Force Helmand"},
		{"chainedTitles: a title the name before it holds is not the next name's", "The session was led by Congressman Tom Reed, Acting President of the NATO Parliamentary Assembly, Congressman Paul Ross, head of the US delegation to the Assembly, and others.",
			"Paul Ross: Acting President @ NATO Parliamentary Assembly"},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			if got := runStages(t, tt.body).postsOf(); slices.Contains(got, tt.notWant) {
				t.Errorf("%q:\n posts %q\n do not want %q", tt.body, got, tt.notWant)
			}
		})
	}
}

// Phrasings of ministerial meetings, media advisories and partner
// meetings: a subject pronoun after an opening phrase is the last
// sentence's subject and attends (afterOpeningPhrase); "on Monday" ends
// a body's name (weekdayAfterOn); a schedule line may open with a mark
// of an approximate time and a title noun after a word of its own
// (pastApproxMark, entryOpens); a body's summit after "discuss" is
// talked about, no event of the sentence (linkBefore).
func TestMinisterialPhrasings(t *testing.T) {
	attendeesOf := func(title, body string) []string {
		f := testExtractor(t).Extract(&natokg.Release{Title: title, Source: "NATO", Body: body})
		var got []string
		for _, e := range f.Events {
			got = append(got, e.Kind+": "+strings.Join(e.Attendees, ", "))
		}
		return got
	}
	body := "On 4 March 2022, Mr Ivo Lind will visit the Joint Headquarters in Bodø, where he will meet its commander, General Per Aas. At the Ministry of Defence, in Oslo, he will meet with the Minister of Defence, Ms Kari Dahl."
	checkMembers(t, body, "events", attendeesOf("Title", body), []string{"meeting: Ivo Lind, Kari Dahl"}, []string{"meeting: Per Aas, Kari Dahl"})

	body = "NATO Deputy Secretary General Anna Berg spoke to students on Thursday (2 May 2019). Visiting Rome on Friday for talks with Prime Minister Marco Bellini and Foreign Minister Carla Rossi, she said the Alliance was united."
	got := attendeesOf("Title", body)
	if !slices.ContainsFunc(got, func(s string) bool { return strings.HasPrefix(s, "visit: ") && strings.Contains(s, "Anna Berg") }) {
		t.Errorf("%q: events %q, want Anna Berg at the visit", body, got)
	}

	body = "Brussels, 8 June 2021 – On Tuesday, 8 June 2021, the NATO Secretary General, Mr. Jens Stoltenberg will meet the Prime Minister of Norway, Ms. Erna Solberg.\nMedia Advisory\n+/- 10:30 Brief statements by the NATO Secretary General and the Prime Minister of Norway"
	checkMembers(t, body, "events", attendeesOf("Title", body), []string{"press conference: Jens Stoltenberg, Erna Solberg"}, nil)

	body = "The North Atlantic Council met members of the NATO Parliamentary Assembly on Tuesday (9 May 2006) and discussed the coming NATO Summit in Riga."
	for _, m := range runStages(t, body).res.Mentions.List {
		if m.Kind == KOrg && strings.Contains(m.Surface, "Tuesday") {
			t.Errorf("%q: body %q takes the weekday", body, m.Surface)
		}
	}
	f := testExtractor(t).Extract(&natokg.Release{Title: "North Atlantic Council and NATO Parliamentary Assembly discuss NATO Summit in Riga", Source: "NATO", Body: body})
	for _, e := range f.Events {
		if e.Kind == "summit" && e.Start.String() == "2006-05-09" {
			t.Errorf("%q: the summit talked about takes the meeting's day", body)
		}
	}
}

// Phrasings of real releases on the Secretary General's visits and
// meetings (since version 39): a lower-case head that names an event only
// in a name; a verb of several words before a named event; a named event
// its relative clause dates apart; the own name's place after "in"; a list
// of topics before "with" and a person; "the day before"; a subject
// pronoun after an opening phrase of two places; a day of its own in the
// next paragraph; a town after a site's noun; a clause after ", and said".
func TestVisitPhrasings(t *testing.T) {
	runEventCases(t, []eventCase{
		{"eventNoun", "Title", "Oslo, 3 May 2012 – Ms Anna Holm spent a long day in Bergen on 3 May 2012. She stressed her resolve to stay the course in Iraq.",
			nil, []string{"event@Bergen@2012-05-03: ", "course@Iraq@: "}},
		{"wordAt", "Title", "On 14 and 15 October 2019, the Secretary General, Mr Jens Stoltenberg, will take part in the 2019 Autumn Session of the NATO Parliamentary Assembly in London.",
			[]string{"session@London@2019-10-14: Jens Stoltenberg"}, []string{"session@London@2019: "}},
		{"datedApart", "Title", "On Monday (7 October 2019), Mr Jens Stoltenberg took part in the Annual Session of the NATO Parliamentary Assembly, which London hosted from 4 to 7 October.",
			[]string{"session@London@2019-10-04: ", "meeting@@2019-10-07: Jens Stoltenberg"}, nil},
		{"ownNameEnds", "Title", "Mr Jens Stoltenberg welcomed Prime Minister Erna Solberg to the NATO Summit in Brussels on 11 July 2018.",
			[]string{"summit@Brussels@2018-07-11: Jens Stoltenberg, Erna Solberg"}, nil},
		{"topicListComma", "Title", "Mr Jens Stoltenberg discussed Kosovo, the Western Balkans and other regional questions with President Emmanuel Macron at the Élysée Palace on 5 March 2019.",
			[]string{"meeting@Élysée Palace@2019-03-05: Jens Stoltenberg, Emmanuel Macron"}, nil},
		{"the day before", "Title", "Mr Jens Stoltenberg met President Klaus Iohannis on Friday, 4 May 2018. He had met separately the day before with Prime Minister Viorica Dancila.",
			[]string{"meeting@@2018-05-03: Jens Stoltenberg, Viorica Dancila"}, nil},
		{"afterOpeningPhrase, ownDayApart", "Title", "On 9 May 2023, Mr Ion Popa will visit Allied Land Command in Izmir, where he will meet its commander, Lieutenant General Ali Demir.\n\nAt the Ministry of Defence, in Ankara, he will meet the Minister of National Defence, Mr Kemal Aydin.\n\nOn 10 May 2023, Mr Popa will have a meeting with the Chief of the General Staff, General Musa Kaya.",
			[]string{"meeting@Ministry of Defence of Türkiye@: Ion Popa, Kemal Aydin"}, []string{"meeting@Ministry of Defence@2023-05-10: Ion Popa, Musa Kaya"}},
		{"townsOfSites", "Title", "On 28 October 2013, Ambassador Jan Smit attended the opening ceremony of the radar facility in Redzikowo.",
			[]string{"ceremony@Redzikowo@2013-10-28: Jan Smit"}, nil},
		{"InDivision", "Title", "Las Palmas, 12 October 2016 – Delegates today concluded the Autumn Seminar of the Rose-Roth Group in the Canary Islands. The three-day seminar opened on 10 October at a conference hall in Las Palmas.",
			nil, []string{"conference@Canary Islands@2016-10-12: "}},
		{"opensWithDayPart", "Title", "On 7 May 2019, Mr Jens Stoltenberg will visit Ramstein Air Base.\n\nIn the afternoon, Mr Stoltenberg will travel to Spangdahlem Air Base.",
			[]string{"visit@Spangdahlem Air Base@2019-05-07: Jens Stoltenberg"}, nil},
		{"spreadIn", "Title", "Bergen, 25 February 2010 – Admiral Carlo Rossi ended on Thursday a two-day visit to Norway (24-25 February 2010).\n\nIn Oslo on Wednesday, Admiral Rossi held talks with the Chief of Defence, General Harald Sunde.\n\nOn Thursday, he held talks in Bergen with Vice Admiral Nils Berg.",
			[]string{"visit@Norway@2010-02-24: Carlo Rossi"}, []string{"visit@Bergen@2010-02-24: Carlo Rossi"}},
		{"spreadIn: a title's town", "Secretary General to travel to Oslo and Bergen", "Mr Jens Stoltenberg will pay an official visit to Norway on 15 March 2015.\n\nIn Oslo, he will hold talks with Prime Minister Erna Solberg.\n\nOn 16 March 2015, Mr Stoltenberg will fly to Bergen, where he will hold talks with Vice Admiral Nils Berg.",
			[]string{"visit@Norway@2015-03-15: Jens Stoltenberg"}, []string{"visit@Oslo@2015-03-15: Jens Stoltenberg"}},
		{"locatesListed: a second body after a town", "Title", "On 12 May 2016, Ms Anna Berg will visit the Joint Warfare Centre in Stavanger and the Allied Maritime Command Headquarters in Northwood.",
			[]string{"visit@Joint Warfare Centre@2016-05-12: Anna Berg", "visit@Allied Maritime Command Headquarters@2016-05-12: Anna Berg"}, []string{"visit@Northwood@2016-05-12: Anna Berg"}},
		{"spreadIn: one town stays", "Title", "Bergen, 25 February 2010 – Admiral Carlo Rossi ended on Thursday a two-day visit to Norway (24-25 February 2010). In Bergen on Wednesday, Admiral Rossi held talks with the Chief of Defence, General Harald Sunde.",
			[]string{"visit@Bergen@2010-02-24: Carlo Rossi"}, []string{"visit@Norway@2010-02-24: Carlo Rossi"}},
		{"saidClause", "Title", "On 29 June 2022, Mr Jens Stoltenberg welcomed President Joe Biden to the NATO Summit in Madrid. He thanked him for the help the United States gave to Ukraine, and said he expected a decisive summit.",
			nil, []string{"summit@Ukraine@: Jens Stoltenberg, Joe Biden", "summit@Ukraine@2022-06-29: Jens Stoltenberg, Joe Biden"}},
	})
}

// A family name opened by its particle with a capital, as it is written
// with no given name before it, is the person of the full name
// (particleSurname).
func TestParticleSurname(t *testing.T) {
	tests := []struct {
		body string
		want []string // the people's names, sorted
	}{
		{"Brussels, 27 May 2008 – Mr Jaap de Hoop Scheffer spoke in Berlin. Later, Mr De Hoop Scheffer met the Chairman.", []string{"Jaap de Hoop Scheffer"}},
		{"Brussels, 1 March 2010 – President Herman van Rompuy spoke. Mr Van Rompuy then left.", []string{"Herman van Rompuy"}},
		{"Brussels, 1 March 2010 – Mr Van Rompuy spoke first. President Herman van Rompuy then left.", []string{"Herman van Rompuy"}},
		{"Brussels, 1 March 2010 – Mr Jan de Vries spoke. Mr De Graaf then left.", []string{"De Graaf", "Jan de Vries"}},
	}
	for _, tt := range tests {
		f := testExtractor(t).Extract(&natokg.Release{Title: "Title", Source: "NATO", Body: tt.body})
		var got []string
		for _, p := range f.People {
			got = append(got, p.Name)
		}
		sort.Strings(got)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: people %q, want %q", tt.body, got, tt.want)
		}
	}
}

// An aide's title before "to the" and a national office's head is a
// national office: the release's country completes it.
func TestAideOfNational(t *testing.T) {
	body := "In Washington on 13 September 2018, the Secretary General met the US Secretary of State, Mike Pompeo. He also met the Assistant to the President and National Security Advisor, Ambassador John Bolton."
	got := runStages(t, body).postsOf()
	for _, want := range []string{"John Bolton: Assistant to the President @ United States", "John Bolton: National Security Advisor @ United States"} {
		if !slices.Contains(got, want) {
			t.Errorf("%q:\n posts %q\n want %q", body, got, want)
		}
	}
}

// Releases on partners and agencies: a visit to a country told again in
// one of its towns, the press as an event's audience, and an acronym
// whose long form holds a word of capitals and digits.
func TestPartnerPhrasings(t *testing.T) {
	tests := []struct {
		rule, title, body string
		want, not         []string // "kind@place@date: attendees"
	}{
		{"visitTownAgain", "Title", "Ms Anna Berg ended a three-day visit to Moldova on Friday (8 March 2019). Ms Berg was in Chisinau with a group of Allied ambassadors.\n\nDuring her stay in Chisinau, Ms Berg held talks with President Igor Dodon.",
			[]string{"visit@Chișinău@2019-03-06: Anna Berg", "meeting@Chișinău@: Anna Berg, Igor Dodon"}, []string{"visit@Moldova@2019-03-06: Anna Berg", "visit@Chișinău@: Anna Berg"}},
		{"visitTownAgain: a stop at a venue stays apart", "Title", "Ms Anna Berg ended a three-day visit to Estonia on Friday (8 March 2019). She also visited Tapa Army Base.",
			nil, []string{"visit@Tapa Army Base@2019-03-06: Anna Berg"}},
		{"pressObject", "Title", "Speaking to no one in particular, Mr Omar Lind spent the morning of 2 May 2022 reading. Addressing the media at NATO Headquarters on Monday (2 May 2022), Mr Lind praised the new centre.",
			[]string{"speech@NATO Headquarters@2022-05-02: Omar Lind"}, nil},
		{"pressObject: a noun before another", "Title", "On 2 May 2022, Mr Omar Lind welcomed press reports on the agreement.",
			nil, []string{"meeting@@2022-05-02: Omar Lind"}},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			f := testExtractor(t).Extract(&natokg.Release{Title: tt.title, Source: "NATO", Body: tt.body})
			var got []string
			for _, e := range f.Events {
				got = append(got, e.Kind+"@"+e.Location+"@"+e.Start.String()+": "+strings.Join(e.Attendees, ", "))
			}
			checkMembers(t, tt.body, "events", got, tt.want, tt.not)
		})
	}
	for _, tt := range []struct{ body, want string }{
		{"On 4 April 2011, the Allied C4 Bureau (AC4B) opened a new office. \"It is a fine day,\" said AC4B Director Hugo Lamm.", "Hugo Lamm: Director @ Allied C4 Bureau"},
	} {
		if got := runStages(t, tt.body).postsOf(); !slices.Contains(got, tt.want) {
			t.Errorf("alnumInitials: %q:\n posts %q\n want %q", tt.body, got, tt.want)
		}
	}
}

// checkEventAttendees checks that each body's release gives the event
// its case names, written "kind@place: attendees".
func checkEventAttendees(t *testing.T, cases map[string]string) {
	t.Helper()
	for body, want := range cases {
		f := testExtractor(t).Extract(&natokg.Release{Title: "Title", Source: "NATO", Body: body})
		var got []string
		for _, e := range f.Events {
			got = append(got, e.Kind+"@"+e.Location+": "+strings.Join(e.Attendees, ", "))
		}
		checkMembers(t, body, "events", got, []string{want}, nil)
	}
}

// Recent releases: a deadline year after "by", praise of what a person
// owns, a meeting held ahead of another event, people gathering for a
// named event, and that event named again by its head noun alone.
func TestRecentPhrasings(t *testing.T) {
	runEventCases(t, []eventCase{
		{"deadlineWordIn", "Title", "Mr Omar Lind met Prime Minister Eva Holm in Riga on 2 May 2022. He praised the Prime Minister and her plan to spend more by 2027.",
			[]string{"meeting@Riga@2022-05-02: Omar Lind, Eva Holm"}, []string{"meeting@@2027: Eva Holm, Omar Lind"}},
		{"possessedThing", "Title", "Mr Omar Lind met Prime Minister Eva Holm in Riga on 2 May 2022.\n\nOn 9 May 2022, he welcomed the Prime Minister's firm leadership.",
			[]string{"meeting@Riga@2022-05-02: Omar Lind, Eva Holm"}, []string{"meeting@Riga@2022-05-09: Eva Holm, Omar Lind", "meeting@@2022-05-09: Eva Holm, Omar Lind"}},
		{"possessedThing: an owned event still counts", "Title", "On 9 May 2022, Mr Omar Lind welcomed the Prime Minister's visit to Riga.",
			[]string{"visit@Riga@2022-05-09: Omar Lind"}, nil},
		{"aheadOf", "Secretary General welcomes Minister Eva Holm to NATO ahead of Madrid Summit", "Mr Omar Lind welcomed Minister Eva Holm to NATO Headquarters on 2 May 2022 to prepare the Madrid Summit in June.",
			[]string{"meeting@NATO Headquarters@2022-05-02: Omar Lind, Eva Holm"}, []string{"meeting@Madrid@: Eva Holm, Omar Lind"}},
		{"gatheredFor, shortName", "Title", "On 3-4 May 2022, experts from many nations met in Poland for the yearly Baltic Resilience Conference.\n\nHeld in Kraków, the Conference was chaired by Mr Omar Lind.",
			[]string{"conference@Kraków@2022-05-03: Omar Lind"}, []string{"meeting@Poland@2022-05-03: Omar Lind", "conference@Kraków@: "}},
	})
}

// TestPassingPhrasings checks the phrasings that tell of an event in
// passing, as what is talked about, not as an event the release reports.
func TestPassingPhrasings(t *testing.T) {
	runEventCases(t, []eventCase{
		{"talkAbout", "Title", "Speaking about the allies' help to Moldova, Ms Anna Berg praised their efforts on 2 May 2022.",
			nil, []string{"speech@@2022-05-02: Anna Berg"}},
		{"spokeOf: a place in what was spoken of", "Title", "Doha, 15 February 2011 – Ms Anna Berg addressed a conference in Doha. She spoke of the changes in Egypt and Tunisia.",
			nil, []string{"speech@Egypt@: Anna Berg"}},
		{"talkAbout: a speech at a place stays", "Title", "Speaking at a forum in Oslo on 2 May 2022, Ms Anna Berg praised the allies.",
			[]string{"speech@Oslo@2022-05-02: Anna Berg"}, nil},
		{"contrasted", "Title", "On 3 May 2021, General Omar Lind said that it was a change of command, not a change of course.",
			nil, []string{"change of command@@2021-05-03: Omar Lind"}},
		{"topicOpening: looking ahead", "Title", "Looking ahead to the next ministers' meeting in Oslo in June 2023, Ms Anna Berg called for unity on 2 May 2023.",
			nil, []string{"meeting@Oslo@2023-05-02: Anna Berg"}},
		{"placedTopic: a named event with its own place stays an event", "Title", "Evenes, 22 May 2025 – Mr Omar Lind visited Norway on Thursday.\n\nLooking ahead to the NATO Summit in The Hague in June, Mr Omar Lind said that Allies must invest more.",
			[]string{"summit@The Hague@2025-06: "}, nil},
		{"topicOpening: reflecting", "Title", "Reflecting on the successful summit in Rome last year, Ms Anna Berg called for unity on 2 May 2023.",
			nil, []string{"summit@Rome@2023-05-02: Anna Berg"}},
		{"saidOf", "Anna Berg meets Norwegian Prime Minister to prepare Oslo Summit", "Ms Anna Berg said the Oslo Summit in June 2023 “will be a turning point for the Alliance.”\n\nVisiting Bergen on Thursday (2 May 2023) for meetings with Prime Minister Omar Lind, she said it was “fitting that the Summit should take place in Norway.”",
			[]string{"summit@Oslo@2023-06: "}, []string{"summit@Oslo@2023-06: Anna Berg, Omar Lind"}},
	})
}

// TestHappeningPlaces checks happenings told with their place: a crisis,
// a place after two prepositions joined by "and", a happening's word
// that only modifies the noun after it, an election its sentence places
// nowhere, held in the country the release is about, and a country that
// defends itself against a happening, its target.
func TestHappeningPlaces(t *testing.T) {
	runEventCases(t, []eventCase{
		{"crisis", "Title", "On 2 May 2022, Mr Omar Lind met Minister Eva Holm in Riga. They discussed the crisis in Syria.",
			[]string{"crisis@Syria@: "}, nil},
		{"coordinatedPreps", "Title", "On 2 May 2022, Mr Omar Lind met Minister Eva Holm in Riga. Their agenda covered the crisis in and around Ukraine.",
			[]string{"crisis@Ukraine@: "}, nil},
		{"compoundModifier", "Title", "On 2 May 2022, Mr Omar Lind met Minister Eva Holm in Riga. They discussed crisis management in Ukraine. They condemned war crimes in Syria.",
			[]string{"meeting@Riga@2022-05-02: Omar Lind, Eva Holm"}, []string{"crisis@Ukraine@: ", "war@Syria@: "}},
		{"compoundModifier: a risk", "Title", "On 2 May 2022, Mr Omar Lind met Minister Eva Holm in Riga. They discussed earthquake risk in the Caucasus.",
			[]string{"meeting@Riga@2022-05-02: Omar Lind, Eva Holm"}, []string{"incident@Caucasus@: "}},
		{"barePlural: happenings of a kind", "Title", "On 2 May 2023, Mr Omar Lind met Minister Eva Holm in Riga. He argued that no country is shielded, citing terrorist attacks in Europe and North America.",
			nil, []string{"attack@Europe@: ", "attack@North America@: "}},
		{"defender", "Title", "On 2 May 2023, Mr Omar Lind met Minister Eva Holm in Riga. Allies help Ukraine defend itself against Russian missile and drone attacks.",
			[]string{"attack@Ukraine@: "}, nil},
		{"defender: past a pronoun", "Title", "On 2 May 2023, Mr Omar Lind met Minister Eva Holm in Riga. Allies give Ukraine support as it resists Russia's invasion.",
			[]string{"invasion@Ukraine@: "}, nil},
		{"defender: no country defends", "Title", "On 2 May 2023, Mr Omar Lind met Minister Eva Holm in Riga. Poland said Allies must defend themselves against Russia's aggression.",
			nil, []string{"aggression@Poland@: "}},
		{"namedMissions", "Title", "On 2 May 2022, Mr Omar Lind met Minister Eva Holm in Riga. Its troops serve with the NATO-led International Security Assistance Force (ISAF) in Afghanistan and in the Resolute Support Mission in Iraq.",
			[]string{"mission@Afghanistan@: ", "mission@Iraq@: "}, nil},
		{"namedMissions: a body that is no mission", "Title", "On 2 May 2022, Mr Omar Lind met Minister Eva Holm in Riga. He thanked the Centre of Excellence in Vilnius.",
			nil, []string{"mission@Vilnius@: "}},
		{"releaseHeld", "Title", "On 2 May 2022, Mr Omar Lind met Ms Eva Holm in Kyiv. Ukraine and NATO agreed a plan for Ukraine. They discussed the presidential election due in October.",
			[]string{"election@Ukraine@2022-10: "}, nil},
		{"phraseClosed", "Title", "Brussels, 9 June 2005 – Ministers looked forward to a conference on lessons learned from recent terrorist attacks, to be held in Ljubljana, Slovenia, at the end of June.",
			[]string{"conference@Ljubljana@2005-06-09: "}, []string{"attack@Ljubljana@: "}},
		{"releaseHeld: a person's election", "Title", "On 2 May 2022, Mr Omar Lind met Ms Eva Holm in Kyiv. Ukraine and NATO agreed a plan for Ukraine. He congratulated her on her election as Chair in 2021.",
			nil, []string{"election@Ukraine@2021: "}},
	})
}

// TestDatedPlaceList checks a list of places each with its date after an
// event's place, or each after an ordinal ("the first at X and the
// second at Y"): one event at each.
func TestDatedPlaceList(t *testing.T) {
	runEventCases(t, []eventCase{
		{"datedPair", "Title", "On 2 May 2022, young leaders met in Riga. Earlier meetings were held in Rome in 2004, Sofia in 2005 and Oslo in 2007.",
			[]string{"meeting@Rome@2004: ", "meeting@Sofia@2005: ", "meeting@Oslo@2007: "}, nil},
		{"ordinalElliptic", "Title", "On 2 May 2022, Mr Omar Lind watched two drills, the first at Devic Monastery and the second at Camp Nothing Hill.",
			[]string{"visit@Devic Monastery@2022-05-02: Omar Lind", "visit@Camp Nothing Hill@2022-05-02: Omar Lind"}, nil},
		{"datedPair: a place with no date of its own", "Title", "On 2 May 2022, young leaders met in Riga. Earlier meetings were held in Rome in 2004 with guests from Sofia and Oslo.",
			[]string{"meeting@Rome@2004: "}, []string{"meeting@Sofia@2004: ", "meeting@Oslo@2004: "}},
	})
}

// TestSitsIn checks a meeting held in a body that sits at a place: the
// place after the body is the meeting's.
func TestSitsIn(t *testing.T) {
	runEventCases(t, []eventCase{
		{"sitsIn", "Title", "Warsaw, 9 July 2016 – Leaders met in Warsaw. NATO Ambassadors will meet Russia's representative in the NATO-Russia Council in Brussels on 13 July.",
			[]string{"meeting@Brussels@2016-07-13: "}, nil},
		{"sitsIn: a force's area is its own", "Title", "Warsaw, 9 July 2016 – Leaders met Mr Omar Lind in Warsaw. Croatian troops serve in the Kosovo Force in Kosovo.",
			nil, []string{"meeting@Kosovo@2016-07-09: Omar Lind"}},
	})
}

// TestLaterMeeting checks that a meeting told next after one at a venue
// is in the venue's town, not in its hall (placesOfParagraphs), and that
// its pronoun is the subject before, past an opening date (SubjectAt).
func TestLaterMeeting(t *testing.T) {
	runEventCases(t, []eventCase{
		{"placesOfParagraphs: later, in the venue's town", "Title", "Riga, 7 May 2010 – On Friday, 7 May, Mr Omar Lind met the Minister of Foreign Affairs, Eva Holm, at the Latvian Ministry of Foreign Affairs in Riga. He later met the Minister of Defence, Tom Hale.",
			[]string{"meeting@Riga@2010-05-07: Omar Lind, Tom Hale"}, []string{"meeting@Latvian Ministry of Foreign Affairs@2010-05-07: Omar Lind, Tom Hale"}},
	})
}

// TestPeopleListed checks that semicolons between the titled people a
// verb welcomes end no clause: the place and the day after the list are
// the meeting's (peopleListed).
func TestPeopleListed(t *testing.T) {
	runEventCases(t, []eventCase{
		{"peopleListed", "Title", "NATO Deputy Secretary General Anna Berg welcomed the Chairman of the Presidency of Bosnia and Herzegovina Tom Rask; the Chairman of the Council of Ministers Ivo Kaya; and Defence Minister Eva Holm to NATO Headquarters on Tuesday (20 June 2017) for an exchange of views.",
			[]string{"meeting@NATO Headquarters@2017-06-20: Anna Berg, Tom Rask, Ivo Kaya, Eva Holm"}, nil},
	})
}

// TestDefiniteAgain checks that an event's kind after "the", told again
// with no place or day of its own, is the event of that kind told before
// (definiteAgain), a noun of several words too (definiteWord).
func TestDefiniteAgain(t *testing.T) {
	runEventCases(t, []eventCase{
		{"nameAfterTitle: an event's name before a title stays the event", "Title", "On Wednesday 25 March 2015, the Ministers will take part in the NATO Transformation Seminar in Washington, organised by the Supreme Allied Commander Transformation, General Tom Rask.",
			[]string{"conference@Washington@2015-03-25: Tom Rask"}, nil},
		{"definiteAgain: the panel discussion", "Title", "Speaking at the Aspen Security Forum on Thursday (20 July 2023), Mr Tom Rask spoke. He also took part in a panel discussion on European security with Ivo Kaya and Eva Holm. The panel discussion was moderated by Anna Berg, Managing Editor at Financial Times.",
			[]string{"panel discussion@@2023-07-20: Tom Rask, Ivo Kaya, Eva Holm, Anna Berg"}, []string{"panel discussion@@2023-07-20: Anna Berg"}},
		{"definiteAgain: the meeting", "Title", "Mr Tom Rask spoke in Chișinău on Thursday (8 December 2022). He recalled that, at the NATO Ministerial meeting in Bucharest, Allies discussed support for Moldova. Moldova was represented at the meeting by Minister Ivo Kaya.",
			[]string{"meeting@Bucharest@2022-12-08: Tom Rask, Ivo Kaya"}, nil},
		{"definiteAgain: not the kind told again with days of its own", "Title", "On 25 and 26 May 2025, Mr Tom Rask will attend the Spring Session of the Assembly in Dayton. The session, which runs from 22 to 26 May, brings legislators together.",
			[]string{"session@Dayton@2025-05-25: Tom Rask", "session@@2025-05-22: "}, nil},
	})
}

// TestBodyVisited checks that a visit to a body whose name holds a
// country, with no place in its sentence, is in that country
// (countryOfBodyVisited).
func TestBodyVisited(t *testing.T) {
	runEventCases(t, []eventCase{
		{"countryOfBodyVisited", "Title", "Mr Tom Rask travelled on Thursday (1 July 2021) to the NATO-led Kosovo Force (KFOR), where he met the KFOR Commander, Major General Ivo Berg. Peace in Kosovo matters, he said.",
			[]string{"visit@Kosovo@2021-07-01: Tom Rask, Ivo Berg"}, nil},
	})
}

// TestGivenNameSex checks that "he" is not a woman whose given name the
// lists of given names hold for women only (genders, given-names.tsv).
func TestGivenNameSex(t *testing.T) {
	runEventCases(t, []eventCase{
		{"genders: a woman's given name", "Title", "Canberra, 3 May 2012 – The meeting brought together Mr Tom Rask and Prime Minister Julia Holm. Later, he visited the Australian War Memorial.",
			[]string{"visit@Australian War Memorial@2012-05-03: Tom Rask"}, []string{"visit@Australian War Memorial@2012-05-03: Julia Holm"}},
	})
}

// TestAuspices checks that the person an event is held under the
// auspices of takes part in it (presence-nouns.tsv).
func TestAuspices(t *testing.T) {
	runEventCases(t, []eventCase{
		{"presence-nouns.tsv: under the auspices of", "Title", "Madrid, 28 June 2022 – President Tom Rask of Finland and President Ivo Kaya of Türkiye met in Madrid on Tuesday under the auspices of NATO Secretary General Anna Berg.",
			[]string{"meeting@Madrid@2022-06-28: Tom Rask, Ivo Kaya, Anna Berg"}, nil},
	})
}

// TestDocNounEvents checks what was done to a document told by a
// lower-case head, and where.
func TestDocNounEvents(t *testing.T) {
	runEventCases(t, []eventCase{
		{"docNounEvents", "Title", "On 2 May 2022, Mr Omar Lind met Minister Eva Holm in Riga. The agreements reached in Minsk, he said, still hold.",
			[]string{"agreement@Minsk@2022-05-02: "}, nil},
		{"docNounEvents: a date, no place", "Title", "On 2 May 2022, Mr Omar Lind met Minister Eva Holm in Riga. The plan agreed in 2014 still holds.",
			nil, []string{"agreement@@2014: "}},
	})
}

// eventCase is a release body and the events it must and must not give,
// each written "kind@place@start: attendees".
type eventCase struct {
	rule, title, body string
	want, not         []string
}

// runEventCases runs each case as a subtest named by its rule.
func runEventCases(t *testing.T, cases []eventCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.rule, func(t *testing.T) {
			f := testExtractor(t).Extract(&natokg.Release{Title: tt.title, Source: "NATO", Body: tt.body})
			var got []string
			for _, e := range f.Events {
				got = append(got, e.Kind+"@"+e.Location+"@"+e.Start.String()+": "+strings.Join(e.Attendees, ", "))
			}
			checkMembers(t, tt.body, "events", got, tt.want, tt.not)
		})
	}
}

// Phrasings read from releases nobody tuned on: counts are no names,
// bodies of posts are no venues, a body is named again by its head.
func TestFreshPhrasings(t *testing.T) {
	t.Run("headedItemAfter, ownerAfter: a list of bodies after a known one", func(t *testing.T) {
		checkOrgs(t, "Tallinn, 13 December 2017 – General Tom Rask visited the NATO Cooperative Cyber Defence Centre of Excellence, Baltic Defence College and NATO's Battle Group in Tapa.",
			[]string{"Baltic Defence College"}, []string{"NATO Cooperative Cyber Defence Centre of Excellence, Baltic Defence College and NATO"})
	})
	t.Run("twoBodies: a unit named by its number is whole", func(t *testing.T) {
		checkOrgs(t, "Norfolk, 3 May 2008 – General Tom Rask visited the 1st Marine Division and Task Force 58.",
			[]string{"1st Marine Division", "Task Force 58"}, []string{"1st Marine Division and Task Force 58"})
	})
	t.Run("seat: a body a topic noun or a word of relation goes to is no venue", func(t *testing.T) {
		for _, body := range []string{
			"Szczecin, 3 May 2020 – General Tom Rask praised Poland's commitment to the NATO Command Structure.",
			"Athens, 3 May 2020 – General Tom Rask said that Souda Bay is important to the NATO Command Structure.",
		} {
			f := testExtractor(t).Extract(&natokg.Release{Title: "Title", Source: "NATO", Body: body})
			for _, p := range f.Places {
				if p.Name == "NATO Command Structure" {
					t.Errorf("%q: place %q, want none: a commitment to a body is not a visit there", body, p.Name)
				}
			}
		}
	})
	t.Run("countWord", func(t *testing.T) {
		checkOrgs(t, "Keflavik, Iceland, 23 October 2023 – Four US Air Force F-16 fighter jets arrived on Monday.", []string{"United States Air Force"}, []string{"Four US Air Force"})
	})
	t.Run("countedKind", func(t *testing.T) {
		checkOrgs(t, "Norfolk, 13 December 2017 – The Rome centre became the Alliance's 25th Centre of Excellence. He met the Commander of the US 2nd Fleet.", []string{"US 2nd Fleet"}, []string{"25th Centre of Excellence", "Centre of Excellence"})
	})
	t.Run("countedBodies", func(t *testing.T) {
		checkOrgs(t, "Brussels, 1 October 2018 – Officials from the two Strategic Commands met in Kuwait.", nil, []string{"Strategic Commands"})
		checkOrgs(t, "Capellen, 3 July 2022 – In 2012, the Council consolidated the 14 individual NATO Agencies operating at the time.", nil, []string{"NATO Agencies"})
	})
	t.Run("oneOfKind: a known headquarters after a word that makes it one of a kind (class-quantifiers.tsv)", func(t *testing.T) {
		checkPlaces(t, "Thessaloniki, 3 May 2020 – Officers from other NATO Headquarters in Europe took part. It is the only NATO HQ in Greece.", []string{"Europe", "Greece"}, []string{"NATO Headquarters"})
	})
	t.Run("shortened: a name with hyphens is the one that writes them as spaces", func(t *testing.T) {
		checkOrgs(t, "Pec, 3 May 2015 – The Multinational Battle Group West held a parade. The Multinational Battle Group-West has served since 2010.", []string{"Multinational Battle Group West"}, []string{"Multinational Battle Group-West"})
	})
	t.Run("capRun, hyphenedParticle: a town joined by a particle between hyphens opens a body's name", func(t *testing.T) {
		checkOrgs(t, "Moscow, 3 May 2014 – The course took place at the Rostov-on-Don Canine Training Centre.", []string{"Rostov-on-Don Canine Training Centre"}, []string{"Don Canine Training Centre"})
	})
	t.Run("countedBodies: a known body's name before a plural head, counted", func(t *testing.T) {
		checkOrgs(t, "Innsworth, 1 October 2016 – It is the most diverse of the 9 NATO Rapid Deployable Corps HQs.", []string{"North Atlantic Treaty Organization"}, []string{"NATO Rapid Deployable Corps"})
	})
	t.Run("ship prefixes NRV and CRV", func(t *testing.T) {
		checkOrgs(t, "La Spezia, 9 February 2021 – The centre operates two research vessels, NRV Alliance and CRV Leonardo.", nil, []string{"Leonardo"})
	})
	t.Run("a region by its head: Canton", func(t *testing.T) {
		checkPlaces(t, "Tuzla, 24 September 2017 – Floods threaten the people of Tuzla Canton.", []string{"Tuzla Canton"}, []string{"Canton"})
	})
	t.Run("postBody", func(t *testing.T) {
		checkPlaces(t, "Rome, 3 May 2022 – Christoph Pliet, Deputy Chief of Staff Operations at Allied Air Command, said the exercise went well. It was led by Nicola de Santis, Head of the Middle East and North Africa Section in NATO's Political Affairs and Security Policy Division.",
			nil, []string{"Allied Air Command", "Political Affairs and Security Policy Division"})
	})
	for _, tt := range []struct{ rule, body, want string }{
		{"countedLetters", "The Hague, 8 March 2012 – The NATO Consultation, Command and Control Agency (NC3A) signed a contract. The General Manager of NC3A, Georges D'hollander, thanked the staff.",
			"Georges D'hollander: General Manager @ NATO Consultation, Command and Control Agency"},
		{"knownBodyThenField", "Brussels, 11 February 2020 – Ministers will meet the High Representative of the European Union for Foreign Affairs and Security Policy, Josep Borrell.",
			"Josep Borrell: High Representative for Foreign Affairs and Security Policy @ European Union"},
		{"venueOwner", "The Hague, 8 March 2012 – Ambassador Gábor Iklódy, Assistant Secretary General for Emerging Security Challenges at NATO Headquarters, spoke.",
			"Gábor Iklódy: Assistant Secretary General for Emerging Security Challenges @ North Atlantic Treaty Organization"},
	} {
		t.Run(tt.rule, func(t *testing.T) {
			if got := runStages(t, tt.body).postsOf(); !slices.Contains(got, tt.want) {
				t.Errorf("%s: posts %q, want %q", tt.body, got, tt.want)
			}
		})
	}
	runEventCases(t, []eventCase{
		{"definiteSeats", "Title", "Kuwait City, 1 October 2018 – NATO opened the NATO-ICI Regional Centre in January 2017. On 30 September 2018, a Kuwaiti delegation met at the Centre with NATO officials.",
			[]string{"meeting@NATO-ICI Regional Centre@2018-09-30: "}, nil},
		{"venueEndsInTown", "Secretary General thanks Canada during visit to Petawawa", "Petawawa, 15 July 2019 – Mr Omar Lind on Monday paid tribute to Canada's role during a visit to Canadian Forces Base Petawawa with Prime Minister Eva Holm.",
			[]string{"visit@Canadian Forces Base Petawawa@2019-07-15: Omar Lind, Eva Holm"}, []string{"visit@Petawawa@: "}},
		{"dateAfter: from", "Title", "Brussels, 21 May 2015 – Two planning conferences prepare the exercise in Lviv: the Main Planning Conference from 19 to 21 May 2015 and the Final Planning Conference from 30 June to 2 July 2015.",
			[]string{"conference@@2015-06-30: "}, nil},
		{"pastJoinedPrep", "Title", "Sofia, 24 September 2017 – The exercise began on Sunday in and around Tuzla.",
			[]string{"exercise@Tuzla@2017-09-24: "}, []string{"exercise@Sofia@2017-09-24: "}},
	})
}

// TestScheduledIn checks a schedule's line that names a venue within the
// place of an event of its kind and day told in the body: one event, at
// the venue.
func TestScheduledIn(t *testing.T) {
	runEventCases(t, []eventCase{
		{"scheduledIn", "Title", "Mr Omar Lind will hold a press conference at NATO Headquarters on Monday, 15 November 2010.\n\n14:00 – Press conference by Mr Lind – Luns Room, NATO Headquarters, Brussels",
			[]string{"press conference@Luns Room@2010-11-15: Omar Lind"}, []string{"press conference@NATO Headquarters@2010-11-15: Omar Lind"}},
		{"scheduledIn: a room opened by its head", "Title", "Mr Omar Lind will hold a press conference at the Residence Palace on Monday, 2 April 2012.\n\n14:00 – Press conference by Mr Lind – Room Polak, Residence Palace, Brussels",
			[]string{"press conference@Room Polak@2012-04-02: Omar Lind"}, []string{"press conference@Residence Palace@2012-04-02: Omar Lind"}},
		{"scheduledIn: a venue elsewhere", "Title", "Mr Omar Lind will hold a press conference at NATO Headquarters on Monday, 15 November 2010.\n\n18:00 – Press conference by Mr Lind – Egmont Palace, Brussels",
			[]string{"press conference@NATO Headquarters@2010-11-15: Omar Lind", "press conference@Egmont Palace@2010-11-15: Omar Lind"}, nil},
	})
}

// TestApproximateAudience checks "about" before a number, which says how
// many people an event is held for, not what it is about; and a longer
// list of the people an event is held for before the body's seat.
func TestApproximateAudience(t *testing.T) {
	runEventCases(t, []eventCase{
		{"approximate", "Title", "On Monday (25 September 2023), Mr Omar Lind travelled to Hamburg, where he addressed about 250 staff officers and faculty members of the German Command and Staff College.",
			[]string{"visit@German Command and Staff College@2023-09-25: Omar Lind"}, nil},
		{"approximate: a topic", "Title", "On Monday (25 September 2023), Mr Omar Lind met Ms Eva Holm in Riga. They spoke about the history of the German Command and Staff College.",
			[]string{"meeting@Riga@2023-09-25: Omar Lind, Eva Holm"}, []string{"meeting@German Command and Staff College@2023-09-25: Omar Lind, Eva Holm"}},
	})
}

// TestProgressiveEventVerbs checks the -ing forms of verbs that report a
// meeting in a clause on a place: "from Antalya, where he is chairing the
// meeting".
func TestProgressiveEventVerbs(t *testing.T) {
	runEventCases(t, []eventCase{
		{"chairing", "Title", "On Friday, 16 May 2025, Mr Omar Lind will travel to Tirana. He travels to Tirana from Antalya, where he is chairing the informal meeting of NATO Ministers of Foreign Affairs on 14 and 15 May.",
			[]string{"meeting@Antalya@2025-05-14: Omar Lind"}, nil},
		{"holding", "Title", "On Friday, 16 May 2025, Mr Omar Lind will travel to Tirana. He travels to Tirana from Antalya, where NATO Foreign Ministers are holding an informal meeting on 14 and 15 May.",
			[]string{"meeting@Antalya@2025-05-14: "}, nil},
	})
}

// TestLinkedEvent checks an event noun after a link to another event
// ("ahead of", "before") whose phrase gives a place and a day of its own:
// an event there, besides the sentence's.
func TestLinkedEvent(t *testing.T) {
	runEventCases(t, []eventCase{
		{"linkedEvent", "Title", "Brussels, 11 February 2020 – Mr Omar Lind briefed the media at NATO Headquarters on Tuesday ahead of the meeting of NATO Defence Ministers to be held in Brussels on 12 and 13 February 2020.",
			[]string{"meeting@Brussels@2020-02-12: "}, nil},
		{"linkedEvent: no day of its own", "Title", "On 11 February 2020, Mr Omar Lind met Ms Eva Holm in Riga ahead of the meeting of Defence Ministers in Brussels in March.",
			[]string{"meeting@Riga@2020-02-11: Omar Lind, Eva Holm"}, []string{"meeting@Brussels@2020-03: "}},
		{"dateInName", "Title", "On 11 September 2021, Mr Omar Lind met Ms Eva Holm in Riga, recalling the gift handed to him during his visit to the National September 11 Memorial in New York in 2015.",
			nil, []string{"visit@New York@2021-09-11: "}},
	})
}

func TestVisitedSeatConjunct(t *testing.T) {
	runEventCases(t, []eventCase{
		{"visitedConjunct", "Title", "Athens, 3 October 2016 – General Omar Lind visited the Souda Bay naval base and the NATO Maritime Interdiction Operational Training Centre.",
			[]string{"visit@Souda Bay naval base@2016-10-03: Omar Lind", "visit@NATO Maritime Interdiction Operational Training Centre@2016-10-03: Omar Lind"}, nil},
		{"infinitiveVisit", "Title", "Athens, 3 October 2016 – General Omar Lind is to visit the Souda Bay naval base and the NATO Maritime Interdiction Operational Training Centre.",
			[]string{"visit@Souda Bay naval base@2016-10-03: Omar Lind", "visit@NATO Maritime Interdiction Operational Training Centre@2016-10-03: Omar Lind"}, nil},
		{"visitedConjunct: a country then a body is no list of stops", "Title", "Athens, 3 October 2016 – General Omar Lind visited Spain and the NATO Defence College.",
			[]string{"visit@Spain@2016-10-03: Omar Lind"}, []string{"visit@NATO Defence College@2016-10-03: Omar Lind"}},
	})
}

func TestScheduleLineLastComma(t *testing.T) {
	runEventCases(t, []eventCase{
		{"afterLastComma", "Title", "Brussels, 2 October 2020 – Mr Omar Lind will be in Ankara on Monday, 5 October.\n\nMedia advisory\n\nTuesday, 6 October\n11:45 (local time) Joint press conference by Mr Omar Lind and the Greek Prime Minister, Athens",
			[]string{"press conference@Athens@2020-10-06: Omar Lind"}, []string{"press conference@Ankara@2020-10-06: Omar Lind"}},
	})
}

func TestSameDayOpensAnotherHappening(t *testing.T) {
	runEventCases(t, []eventCase{
		{"opensOnSameDay", "Title", "Tallinn, 16 September 2022 – Admiral Omar Lind has been in Estonia since Wednesday (14 September 2022).\n\nOn Thursday, 15 September, he was received by the President of Estonia, Mr Alar Karis.\n\nThe same day, the Chair travelled to Tapa Army Base, where he met soldiers.",
			[]string{"meeting@Tallinn@2022-09-15: Omar Lind, Alar Karis", "visit@Tapa Army Base@2022-09-15: Omar Lind"}, []string{"meeting@Tapa Army Base@2022-09-15: Omar Lind, Alar Karis"}},
	})
}

func TestNextDayTown(t *testing.T) {
	runEventCases(t, []eventCase{
		{"nextDayTown: a venue in no town places nothing the next day", "Title", "Tallinn, 16 September 2022 – Admiral Omar Lind opens the Military Committee Conference in Tallinn today.\n\nOn Thursday, 15 September, he travelled to Tapa Army Base.\n\nToday, before opening the conference, Admiral Omar Lind meets members of the National Defence Committee.",
			[]string{"visit@Tapa Army Base@2022-09-15: Omar Lind"}, []string{"conference@Tapa Army Base@2022-09-16: Omar Lind"}},
	})
}

func TestBriefedBy(t *testing.T) {
	runEventCases(t, []eventCase{
		{"briefed (event-words.tsv, passive)", "Title", "Tallinn, 16 September 2022 – On Wednesday, 14 September, Admiral Omar Lind was briefed on the security situation by the Commander of the Estonian Defence Forces, Lieutenant General Martin Herem.",
			[]string{"briefing@Tallinn@2022-09-14: Omar Lind, Martin Herem"}, nil},
	})
}

func TestFollowsOnDate(t *testing.T) {
	runEventCases(t, []eventCase{
		{"followsOnDate", "Title", "Warsaw, 7 November 2018 – Live training runs until 16 November. A command post exercise follows from 26 November to 6 December.",
			[]string{"exercise@Warsaw@2018-11-26: "}, nil},
		{"followsOnDate: what a visit follows is another event", "Title", "Brussels, 7 November 2018 – Mr Omar Lind visited Riga. The visit follows the floods in March.",
			[]string{"incident@@2018-03: "}, nil},
	})
}

// TestToldTwice checks that one place and day of a sentence read twice
// (from "the summit" and from what is prepared for it) is one event.
func TestToldTwice(t *testing.T) {
	body := "Brussels, 12 June 2025 – Mr Omar Lind met Ms Eva Holm today. They discussed preparations for the summit in The Hague on 24 and 25 June."
	f := testExtractor(t).Extract(&natokg.Release{Title: "Title", Source: "NATO", Body: body})
	n := 0
	for _, e := range f.Events {
		if e.Kind == "summit" && e.Location == "The Hague" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%q: %d summits in The Hague, want 1", body, n)
	}
}

func TestWithEventStop(t *testing.T) { // withEvent, withStop
	runEventCases(t, []eventCase{
		{"withEvent", "Title", "Bucharest, 23 May 2013 – Mr Omar Lind began a two-day official visit to Romania on Thursday with talks at the Ministry of National Defence with the Minister, Mr Ion Popa.",
			[]string{"visit@Bucharest@2013-05-23: Omar Lind, Ion Popa", "meeting@Ministry of National Defence of Romania@2013-05-23: Ion Popa, Omar Lind"}, []string{"visit@Ministry of National Defence@2013-05-23: Omar Lind, Ion Popa"}},
		{"withEvent: with a person is no stop", "Title", "Bucharest, 23 May 2013 – Mr Omar Lind held talks at the Ministry of National Defence with the Minister, Mr Ion Popa.",
			[]string{"meeting@Ministry of National Defence@2013-05-23: Omar Lind, Ion Popa"}, nil},
	})
}

func TestDeliverSpeechClause(t *testing.T) {
	runEventCases(t, []eventCase{
		{"deliver (event-words.tsv, verb+event): a clause of its own", "Title", "Bucharest, 23 May 2013 – On Friday, Mr Omar Lind is to meet President Ion Popa at the Cotroceni Palace, and to deliver a speech at the National Defence University in Bucharest.",
			[]string{"meeting@Cotroceni Palace@2013-05-24: Omar Lind, Ion Popa", "speech@National Defence University@2013-05-24: Omar Lind, Ion Popa"}, nil},
	})
}

func TestTrainingAtVenue(t *testing.T) {
	runEventCases(t, []eventCase{
		{"are training (event-words.tsv, verb+stay)", "Title", "Cincu, 15 November 2018 – Some 1,800 soldiers are taking part in an exercise that runs from 5 to 16 November. The troops are training at the Joint National Training Centre in Cincu.",
			[]string{"exercise@Joint National Training Centre@2018-11-05: "}, nil},
	})
}

func TestPhraseEnd(t *testing.T) {
	runEventCases(t, []eventCase{
		{"phraseEnd: a relative clause gives the linked event its place and days", "Title", "Oslo, 30 May 2023 – Mr Omar Lind was received by Mr Jan Holm on Tuesday, on the eve of the informal meeting of NATO Ministers of Foreign Affairs, which Norway hosts in Oslo on 31 May and 1 June.",
			[]string{"meeting@Oslo@2023-05-30: Omar Lind, Jan Holm", "meeting@Oslo@2023-05-31: "}, nil},
	})
}

// TestCodeNamedExercise checks that an exercise named with and without
// its kind word, then called "the exercise", is one event, its words no
// town and no attack, and that "runs until" gives its last day
// (kindWordBefore, setDates, endWordBefore, sameCodeName, inCodeName,
// inEventName).
func TestCodeNamedExercise(t *testing.T) {
	runEventCases(t, []eventCase{
		{"kindWordBefore, endWordBefore", "Exercise Noble Jump gets under way", "Zagan, 12 May 2015 – More than 2,000 troops are taking part in exercise Noble Jump, which runs until 20 May in Poland. The exercise is hosted by the Polish Armed Forces at the Zagan training area.",
			[]string{"exercise@Zagan training area@: "}, []string{"exercise@Żagań@2015-05-20: ", "exercise@Zagan training area@2015-05-12: "}},
		{"inEventName: the Strike of a code name is no attack", "Title", "Brussels, 24 October 2022 – Exercise Neptune Strike runs from 14 to 28 October in the Mediterranean.",
			[]string{"exercise@Mediterranean Sea@2022-10-14: "}, []string{"attack@Mediterranean Sea@: "}},
	})
	t.Run("endWordBefore: the last day", func(t *testing.T) {
		body := "Zagan, 12 May 2015 – Troops are taking part in exercise Noble Jump, which runs until 20 May in Poland."
		f := testExtractor(t).Extract(&natokg.Release{Title: "Title", Source: "NATO", Body: body})
		if len(f.Events) != 1 || f.Events[0].End.String() != "2015-05-20" || !f.Events[0].Start.IsZero() {
			t.Errorf("%q: events %+v, want one ending 2015-05-20", body, f.Events)
		}
	})
	t.Run("sameCodeName", func(t *testing.T) {
		body := "Brussels, 24 October 2022 – Neptune Strike 2022 began on 14 October in the Mediterranean Sea. Ships from ten Allies take part. Exercise Neptune Strike runs until 28 October."
		f := testExtractor(t).Extract(&natokg.Release{Title: "Title", Source: "NATO", Body: body})
		n := 0
		for _, e := range f.Events {
			if e.Kind == "exercise" {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%q: %d exercises, want 1", body, n)
		}
	})
	t.Run("inCodeName", func(t *testing.T) {
		checkPlaces(t, "Brussels, 24 October 2022 – The carrier is taking part in Neptune Strike 2022, a NATO exercise.", nil, []string{"Neptune"})
	})
}

// TestBodyOfBareBody checks that a body named after a bare "of" and two
// words of no one in particular is one body (unnamedBody).
func TestBodyOfBareBody(t *testing.T) {
	checkOrgs(t, "Wroclaw, 11 June 2021 – He gave a lecture to cadets of the Military University of Land Forces.", []string{"Military University of Land Forces"}, []string{"Military University", "Land Forces"})
	checkOrgs(t, "Ankara, 11 June 2021 – He met the Commander of the Aegean Army of the Turkish Land Forces.", []string{"Aegean Army", "Turkish Land Forces"}, nil)
}

// TestVenueAgain checks that an event told again at a venue the text puts
// in no other town is the earlier event, at that venue (venueAgain,
// placeVenue), and that a visit to a venue stays a stop of its own.
func TestVenueAgain(t *testing.T) {
	runEventCases(t, []eventCase{
		{"venueAgain: the meeting was held at", "Title", "Warsaw, 9 July 2016 – The NATO-Ukraine Commission met in Warsaw on Saturday with President Petro Poroshenko. The meeting was held at the PGE Narodowy stadium.",
			[]string{"meeting@PGE Narodowy@2016-07-09: Petro Poroshenko"}, []string{"meeting@Warsaw@2016-07-09: Petro Poroshenko", "meeting@PGE Narodowy@2016-07-09: "}},
		{"venueAgain: the talks took place at", "Title", "Vilnius, 12 May 2015 – NATO Secretary General Jens Stoltenberg met President Dalia Grybauskaitė on Tuesday. The talks took place at the Presidential Palace.",
			[]string{"meeting@Presidential Palace@2015-05-12: Jens Stoltenberg, Dalia Grybauskaitė"}, []string{"meeting@Presidential Palace@2015-05-12: "}},
		{"placeVenue: the title's town holds the venue", "Leaders meet in Warsaw", "Warsaw, 9 July 2016 – The NATO-Ukraine Commission met on Saturday with President Petro Poroshenko. The meeting was held at the PGE Narodowy stadium.",
			[]string{"meeting@PGE Narodowy@2016-07-09: Petro Poroshenko"}, []string{"meeting@Warsaw@: "}},
	})
}

// TestWidespreadDateline checks that an exercise held across a country
// the text names is not placed in the town of the release's dateline
// (widespreadDateline, event-kinds.tsv's widespread).
func TestWidespreadDateline(t *testing.T) {
	runEventCases(t, []eventCase{
		{"widespreadDateline", "Title", "Oslo, 14 March 2022 – Some 30,000 troops from 27 countries started Exercise Cold Response 2022 in Norway on Monday.",
			[]string{"exercise@Norway@2022-03-14: "}, []string{"exercise@Oslo@2022-03-14: "}},
		{"widespreadDateline: a meeting takes the town", "Title", "Oslo, 14 March 2022 – The Secretary General met the Prime Minister in Norway on Monday.",
			nil, []string{"meeting@Norway@2022-03-14: "}},
	})
}

// TestListedCapitals checks that a UN member's capital that countries.tsv
// gives and cities.tsv lists under another form ("Port-Vila") is a city
// (addCapitals).
func TestListedCapitals(t *testing.T) {
	checkPlaces(t, "Brussels, 19 October 2004 – The Secretary General will be in Port Vila, where he will meet the President.", []string{"Port Vila"}, nil)
	runEventCases(t, []eventCase{
		{"addCapitals: the capital places the visit", "Title", "Brussels, 19 October 2004 – On 19 October the Secretary General will be in Port Vila.",
			[]string{"visit@Port Vila@2004-10-19: "}, nil},
	})
}

// TestSceneVenue checks that a sentence reporting no event of its own
// that puts someone at a venue places the release's main event there
// (sceneVenue), and that two venues place nothing.
func TestSceneVenue(t *testing.T) {
	runEventCases(t, []eventCase{
		{"sceneVenue", "Secretary General addresses the Assembly in Halifax", "NATO Secretary General Jens Stoltenberg spoke to the Annual Session of the NATO Parliamentary Assembly in Halifax, Canada, on Monday 19 November 2018. In his address at the Halifax Convention Centre, the Secretary General thanked the parliamentarians for their support.",
			[]string{"speech@Halifax Convention Centre@2018-11-19: Jens Stoltenberg"}, []string{"speech@Halifax@2018-11-19: Jens Stoltenberg"}},
		{"sceneVenue: two venues", "Title", "NATO Secretary General Jens Stoltenberg spoke to the Annual Session of the NATO Parliamentary Assembly in Halifax, Canada, on Monday 19 November 2018. In his address at the Halifax Convention Centre, he thanked the parliamentarians. At the Westin Hotel, he thanked the staff.",
			[]string{"speech@Halifax@2018-11-19: Jens Stoltenberg"}, nil},
	})
}

// TestVenueAgainTwoVenues checks that sessions told again at two venues
// stay in the town (venuesIn).
func TestVenueAgainTwoVenues(t *testing.T) {
	runEventCases(t, []eventCase{
		{"venuesIn", "Title", "Tallinn, 23 April 2010 – NATO Foreign Ministers met for informal talks in Tallinn today. The talks took place at the Radisson Blu Hotel and the Swissôtel in the centre of Tallinn.",
			[]string{"meeting@Tallinn@2010-04-23: "}, nil},
		{"venuesIn: no scene of two venues", "Title", "Tallinn, 23 April 2010 – NATO Foreign Ministers concluded two days of informal talks in Tallinn today. Their sessions were at the Radisson Blu Hotel and the Swissôtel in the centre of Tallinn.",
			nil, []string{"meeting@Radisson Blu Hotel@2010-04-23: "}},
	})
}

// TestPlacedBySentence checks that a meeting told in the clause of a
// visit to a venue is that visit's, and moves no earlier meeting of the
// day to the venue (placedBySentence); a visit told "in the afternoon"
// after the talks is a stop of its own.
func TestPlacedBySentence(t *testing.T) {
	runEventCases(t, []eventCase{
		{"placedBySentence", "Title", "Secretary General Anders Fogh Rasmussen spent 17 December 2009, the last day of his stay in Moscow, on political talks. His first appointment was with Mr Boris Gryzlov, Chairman of the State Duma. In the afternoon, Mr Rasmussen called at the NATO Information Office (NIO) in Moscow, where he met the staff.",
			[]string{"meeting@Moscow@2009-12-17: Anders Fogh Rasmussen, Boris Gryzlov", "visit@NATO Information Office@2009-12-17: Anders Fogh Rasmussen"},
			[]string{"meeting@NATO Information Office@2009-12-17: Anders Fogh Rasmussen, Boris Gryzlov"}},
		{"placedBySentence: a meeting of the town, then its venue", "Title", "Tallinn, 23 April 2010 – NATO Foreign Ministers met for informal talks in Tallinn today. The meeting was held at the Radisson Blu Hotel.",
			[]string{"meeting@Radisson Blu Hotel@2010-04-23: "}, nil},
	})
}

// TestWidespreadAgain checks that an exercise told again by "the
// exercise" at another site or beside another event's place is the one
// exercise told before (widespreadAgain), and that an exercise of its
// own name stays apart.
func TestWidespreadAgain(t *testing.T) {
	runEventCases(t, []eventCase{
		{"widespreadAgain: another site", "Title", "Oslo, 1 March 2022 – Exercise Cold Response 2022 began today in Norway with 30,000 troops. The exercise will also take place in Finland.",
			[]string{"exercise@Norway@2022-03-01: "}, []string{"exercise@Finland@2022-03-01: "}},
		{"widespreadAgain: another event's place", "Title", "Warsaw, 9 June 2015 – Exercise Noble Jump began today at the Żagań training area. The exercise tests the force agreed at the Wales Summit in 2014.",
			[]string{"exercise@Żagań training area@2015-06-09: "}, []string{"exercise@Wales@2015-06-09: "}},
		{"widespreadAgain: a named exercise stays apart", "Title", "Oslo, 1 March 2022 – Exercise Cold Response 2022 began today in Norway. Exercise Baltic Host 2022 began in Estonia on 2 March.",
			[]string{"exercise@Norway@2022-03-01: ", "exercise@Estonia@2022-03-02: "}, nil},
	})
}

// TestPeriodOf checks that a bare year a noun owns through "of" places
// no unknown town after it (periodOf), while a month and year still do.
func TestPeriodOf(t *testing.T) {
	checkPlaces(t, "The Committee will hold its first session of 2021 in Chiefs of Defence format on 27 January 2021.", nil, []string{"Chiefs"})
	checkPlaces(t, "The Secretary General attended a meeting in February 2006 in Taormina with the ministers.", []string{"Taormina"}, nil)
}

// TestDocumentDoneAt checks that an unplaced event is not put at a named
// event that only a document's participle places ("the package agreed at
// the NATO Summit in Madrid": documentDoneAt), while "during" still does.
func TestDocumentDoneAt(t *testing.T) {
	runEventCases(t, []eventCase{
		{"documentDoneAt", "Title", "Kyiv, 4 November 2022 – The ambassadors met Deputy Prime Minister Olha Stefanishyna in Kyiv on 3 November. In the talks, Ms Stefanishyna and the ambassadors discussed the package agreed at the NATO Summit in Madrid in June.",
			[]string{"meeting@Kyiv@2022-11-03: Olha Stefanishyna"}, []string{"meeting@Madrid@2022-11-03: Olha Stefanishyna"}},
		{"documentDoneAt: during the Summit", "Title", "Chicago, 20 May 2012 – The Secretary General met partners during the NATO Summit in Chicago.",
			[]string{"meeting@Chicago@2012-05-20: "}, nil},
	})
}

// TestPersonRelative checks that a place in a relative clause that says
// who a person is does not place the event (personRelative), while one
// in a clause with an event word still does.
func TestPersonRelative(t *testing.T) {
	runEventCases(t, []eventCase{
		{"personRelative", "Title", "Stavanger, 30 June 2016 – The Prime Minister met Admiral Jan Kaack, who earlier served in the German Navy staff in Bonn.",
			[]string{"meeting@Stavanger@2016-06-30: Jan Kaack"}, []string{"meeting@Bonn@2016-06-30: Jan Kaack"}},
		{"personRelative: a clause with an event word", "Title", "Stavanger, 30 June 2016 – The Secretary General met Prime Minister Mark Rutte, who was in Brussels for talks, on Thursday.",
			[]string{"meeting@Brussels@2016-06-30: Mark Rutte"}, nil},
	})
}

// TestVenuePart checks that a lower-case part of a venue before "of"
// places the event at the venue (venuePart), and that a part of no venue
// places nothing.
func TestVenuePart(t *testing.T) {
	runEventCases(t, []eventCase{
		{"venuePart: front lawn", "Title", "Mons, 3 May 2019 – General Tod D. Wolters today took over from General Curtis M. Scaparrotti as Supreme Allied Commander Europe, in a ceremony on the front lawn of Supreme Headquarters Allied Powers Europe.",
			[]string{"change of command@Supreme Headquarters Allied Powers Europe@2019-05-03: Tod D. Wolters, Curtis M. Scaparrotti"}, nil},
		{"venuePart: main entrance", "Title", "NATO Secretary General Jens Stoltenberg will speak to the press on Thursday 13 July 2017 at the main entrance of NATO Headquarters.",
			[]string{"speech@NATO Headquarters@2017-07-13: Jens Stoltenberg"}, nil},
		{"venuePart: no preposition of place before", "Title", "NATO Secretary General Jens Stoltenberg spoke about the entrance of Sweden into NATO on 3 May 2019 in Brussels.",
			nil, []string{"speech@Sweden@2019-05-03: Jens Stoltenberg"}},
	})
}

// TestUntimedVenue checks that a schedule's line with no time, under a
// line that holds only a date, is at the venue after its dash
// (untimedVenue), and that a sentence of the body is not.
func TestUntimedVenue(t *testing.T) {
	runEventCases(t, []eventCase{
		{"untimedVenue", "Media advisory", "Thursday, 26 February 2015\n\nJoint press point of the Secretary General and the Italian Minister of Foreign Affairs – Piazzale della Farnesina",
			[]string{"press conference@Piazzale della Farnesina@2015-02-26: "}, nil},
		{"untimedVenue: no date line before", "Media advisory", "Joint press point of the Secretary General and the Italian Minister of Foreign Affairs – Piazzale della Farnesina",
			nil, []string{"press conference@Piazzale della Farnesina@: "}},
	})
}

// TestBoardedShips checks that the name after a kind of ship, on board,
// is a venue where the event happens (boardedShips), and that a ship's
// kind with no "on board" makes no venue.
func TestBoardedShips(t *testing.T) {
	runEventCases(t, []eventCase{
		{"boardedShips", "Title", "Odesa, 30 October 2019 – Later in the day, Mr Stoltenberg and the ambassadors went on board the Ukrainian command ship Hetman Sahaidachnyi in the port of Odesa.",
			[]string{"visit@Hetman Sahaidachnyi@2019-10-30: "}, nil},
		{"boardedShips: a press conference on board", "Title", "Evenes, 22 May 2025 – Speaking to journalists with Prime Minister Jonas Gahr Støre on board the Norwegian Coast Guard vessel Svalbard, Mr Rutte praised Norway.",
			[]string{"speech@Svalbard@2025-05-22: Jonas Gahr Støre"}, nil},
	})
	checkPlaces(t, "The Norwegian vessel Svalbard Star left Bergen on 3 May 2025.", nil, []string{"Svalbard Star"})
}

// TestPlaceNear checks that a town after "near" only locates the place
// before it (placeNear): "VENUE near TOWN, where ..." happens at the venue.
func TestPlaceNear(t *testing.T) {
	runEventCases(t, []eventCase{
		{"placeNear", "Title", "Oslo, 30 October 2018 – Ms Omar Lind then flew to Værnes Air Station near Trondheim, where she held talks with Colonel Per Strand.",
			[]string{"visit@Værnes Air Station@2018-10-30: Omar Lind, Per Strand"}, []string{"meeting@Trondheim@: Omar Lind, Per Strand"}},
		{"placeNear: after a comma", "Title", "Oslo, 30 October 2018 – Ms Omar Lind then flew to Værnes Air Station, near Trondheim, where she held talks with Colonel Per Strand.",
			[]string{"visit@Værnes Air Station@2018-10-30: Omar Lind, Per Strand"}, []string{"meeting@Trondheim@: Omar Lind, Per Strand"}},
	})
}

// TestWhereAntecedent checks which place a ", where" clause speaks of
// (whereAntecedent): the place before the day of the journey, the venue a
// town after "in" only locates; and that the clause's own venue after
// "at" is its event's place, the journey staying at the place "where"
// speaks of (clauseVenue).
func TestWhereAntecedent(t *testing.T) {
	runEventCases(t, []eventCase{
		{"whereAntecedent: past the day", "Title", "Oslo, 30 October 2018 – Ms Omar Lind then flew to Bodø on Tuesday, where she addressed the cadets.",
			[]string{"speech@Bodø@2018-10-30: Omar Lind"}, nil},
		{"whereAntecedent: a venue in a town", "Title", "Warsaw, 25 April 2014 – The Secretary General, Anders Lind, travelled to the 32nd Tactical Air Base in Łask, where he addressed Polish pilots.",
			[]string{"visit@32nd Tactical Air Base@2014-04-25: Anders Lind"}, []string{"speech@Łask@2014-04-25: Anders Lind"}},
		{"clauseVenue", "Title", "Tallinn, 6 March 2025 – Secretary General Mark Lind travelled to Estonia on Thursday, where he met Prime Minister Kristen Michal at the Stenbock House.",
			[]string{"meeting@Stenbock House@2025-03-06: Mark Lind, Kristen Michal"}, []string{"visit@Stenbock House@2025-03-06: Mark Lind, Kristen Michal"}},
		{"whereAntecedent: past the day and its date in brackets", "Title", "Rome, 5 November 2024 – Secretary General Mark Lind visited Italy on Tuesday (5 November 2024), where he held talks with the Prime Minister, Giorgia Rossi, at Palazzo Chigi.",
			[]string{"meeting@Palazzo Chigi@2024-11-05: Mark Lind, Giorgia Rossi"}, nil},
		{"conjuncts: each predicate of the clause its event; whereCut: no stop of the visit there", "Title", "Rome, 5 November 2024 – Secretary General Mark Lind visited Italy on Tuesday, where he held talks with the Prime Minister, Giorgia Rossi, at Palazzo Chigi and was received by the President, Sergio Bianchi, at the Quirinale Palace.",
			[]string{"meeting@Palazzo Chigi@2024-11-05: Mark Lind, Giorgia Rossi", "meeting@Quirinale Palace@2024-11-05: Sergio Bianchi, Mark Lind"},
			[]string{"meeting@Palazzo Chigi@2024-11-05: Mark Lind, Giorgia Rossi, Sergio Bianchi", "visit@Quirinale Palace@2024-11-05: Mark Lind, Giorgia Rossi, Sergio Bianchi"}},
		{"conjuncts: one predicate with two objects", "Title", "Rome, 5 November 2024 – Secretary General Mark Lind visited Italy on Tuesday, where he held talks with the Prime Minister, Giorgia Rossi, and the President, Sergio Bianchi, at Palazzo Chigi.",
			[]string{"meeting@Palazzo Chigi@2024-11-05: Mark Lind, Giorgia Rossi, Sergio Bianchi"}, nil},
	})
}

// TestUnknownBodySeat checks that a body the gazetteer does not know,
// followed by a lower-case "headquarters" where a place is expected, has
// its seat as a venue (unknownBodySeat), and not where no place is
// expected.
func TestUnknownBodySeat(t *testing.T) {
	checkPlaces(t, "Rome, 9 November 2006 – He also met the Chief of Defence, Admiral Marco Lind, at the Defence General Staff headquarters.", []string{"Defence General Staff Headquarters"}, nil)
	checkPlaces(t, "Rome, 9 November 2006 – The Defence General Staff headquarters employs 900 people.", nil, []string{"Defence General Staff Headquarters"})
}

// TestTopicsBody checks that a place after a body that a topic noun is
// about ("contribution to ISAF in western Afghanistan") is no event's
// place (topicsBody, topic past a compass word).
func TestTopicsBody(t *testing.T) {
	runEventCases(t, []eventCase{
		{"topicsBody", "Title", "Rome, 9 November 2006 – The Deputy Secretary General, Ambassador Alessandro Lind, was in Rome on Thursday.\n\nLater in the day, the Deputy Secretary General was received at the Farnesina by the Italian Minister of Foreign Affairs, Marco Lind. Their talks covered Italy's contribution to ISAF in western Afghanistan, the situation in Lebanon and the agenda for Riga.",
			[]string{"meeting@Rome@2006-11-09: Alessandro Lind, Marco Lind"}, []string{"meeting@Afghanistan@: "}},
		{"topic past a compass word", "Title", "Rome, 9 November 2006 – He met the Minister, Marco Lind. They discussed the situation in eastern Ukraine.",
			nil, []string{"meeting@Ukraine@2006-11-09: Marco Lind"}},
	})
}

// TestSpreadOuter checks that a visit to a country with stops in two of
// its towns is in the country (spreadOuter, spreadWithin), while one town
// in it still makes the place more precise.
func TestSpreadOuter(t *testing.T) {
	runEventCases(t, []eventCase{
		{"spreadOuter", "Title", "The Military Committee, led by General Omar Lind, travelled to the United States on 15 April 2008 for briefings in Washington and Norfolk.",
			[]string{"visit@United States@2008-04-15: Omar Lind"}, []string{"visit@Norfolk@2008-04-15: Omar Lind", "visit@Washington@2008-04-15: Omar Lind"}},
		{"spreadWithin: one town", "Title", "General Omar Lind travelled to the United States on 15 April 2008 for briefings in Norfolk.",
			[]string{"visit@Norfolk@2008-04-15: Omar Lind"}, nil},
	})
}

// TestNamedAfterRanked checks that a body named after a ranked person
// keeps the person's name (namedAfterRanked, rankedNameAt) and names no
// person, while a ranked person after "of" and no body still is one.
func TestNamedAfterRanked(t *testing.T) {
	tests := []struct {
		rule, body string
		org, not   string
	}{
		{"namedAfterRanked: the rank opens the name", "Vilnius, 10 June 2010 – He spoke to officers at the General Jonas Žemaitis Military Academy of Lithuania.",
			"General Jonas Žemaitis Military Academy of Lithuania", "Jonas Žemaitis Military Academy"},
		{"rankedNameAt: the rank after the body's head and 'of'", "Bratislava, 13 March 2007 – He gave a lecture at the Armed Forces Academy of General Milan Rastislav Štefánik in Liptovský Mikuláš.",
			"Armed Forces Academy of General Milan Rastislav Štefánik", "Milan Rastislav Štefánik"},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			checkOrgs(t, tt.body, []string{tt.org}, nil)
			f := testExtractor(t).Extract(&natokg.Release{Title: "Title", Source: "NATO", Body: tt.body})
			for _, p := range f.People {
				if p.Name == tt.not {
					t.Errorf("%q: person %q found", tt.body, p.Name)
				}
			}
		})
	}
	runEventCases(t, []eventCase{
		{"a ranked person after 'of' and no body", "Title", "Kabul, 3 May 2010 – The talks of General Omar Lind with officials took place in Kabul.",
			[]string{"meeting@Kabul@2010-05-03: Omar Lind"}, nil},
	})
}

// TestNamedHead checks that a strong venue's head, like a body's, ends a
// name that honours a ranked person (namedAfterRanked), after "the", a
// possessive or a preposition of place: the venue is a place and names no
// person, while a weak head ("Hall") does not.
func TestNamedHead(t *testing.T) {
	tests := []struct {
		rule, body string
		want, not  []string
		notPerson  string
	}{
		{"a garrison named after a general", "Izmir, 9 April 2025 – The Chair visited the command at the General Vecihi Akın Garrison in Izmir.",
			[]string{"General Vecihi Akın Garrison"}, nil, "Vecihi Akın"},
		{"barracks named after a general", "Bucharest, 4 May 2016 – Troops paraded at the General Omar Lind Barracks.",
			[]string{"General Omar Lind Barracks"}, nil, "Omar Lind"},
		{"after a possessive", "Izmir, 9 April 2025 – A ceremony was held at NATO's General Vecihi Akın Garrison.",
			[]string{"General Vecihi Akın Garrison"}, nil, "Vecihi Akın Garrison"},
		{"after a preposition of place", "Bucharest, 4 May 2016 – Troops paraded at General Omar Lind Barracks.",
			[]string{"General Omar Lind Barracks"}, nil, "Omar Lind Barracks"},
		{"a weak head is no venue's end", "Oslo, 4 May 2016 – He thanked the General Omar Lind for the Hall.",
			nil, []string{"General Omar Lind Hall"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			checkPlaces(t, tt.body, tt.want, tt.not)
			f := testExtractor(t).Extract(&natokg.Release{Title: "Title", Source: "NATO", Body: tt.body})
			for _, p := range f.People {
				if tt.notPerson != "" && p.Name == tt.notPerson {
					t.Errorf("%q: person %q found", tt.body, p.Name)
				}
			}
		})
	}
}

// TestMemorialsAndTopics checks the rows of the word lists for memorials
// ("Altar", "Column" in place-heads.tsv), flowers laid at one
// (event-words.tsv) and a transition talked about (topic-nouns.tsv).
func TestMemorialsAndTopics(t *testing.T) {
	checkPlaces(t, "He laid a wreath at the Altar of the Homeland and at the Victory Column in Riga.", []string{"Altar of the Homeland", "Victory Column"}, nil)
	runEventCases(t, []eventCase{
		{"flowers (event-words.tsv)", "Title", "Tallinn, 16 May 2025 – Ms Omar Lind laid flowers at the Altar of the Homeland.",
			[]string{"ceremony@Altar of the Homeland@2025-05-16: Omar Lind"}, nil},
		{"transition (topic-nouns.tsv)", "Title", "Luxembourg, 18 March 2013 – Mr Omar Lind met the Prime Minister, Jean Dupont. Their talks covered the transition in Afghanistan.",
			[]string{"meeting@Luxembourg@2013-03-18: Omar Lind, Jean Dupont"}, []string{"meeting@Afghanistan@2013-03-18: Omar Lind, Jean Dupont"}},
	})
}

// TestBodiesOfTitlesAndRetellings covers posts and changes of command
// read from the batch 399-408: a body's bare head in a gazetteer title,
// the post a participle's change is of, a guessed Commander giving way to
// the body's own title, a clause opened by a span of years, and a change
// of command told again.
func TestBodiesOfTitlesAndRetellings(t *testing.T) {
	posts := []struct {
		rule, body string
		want, not  []string
	}{
		{"bodyWordOfTitle: the one Parliament the release names", "Tbilisi, 8 October 2019 – He met the Chairman of the Defence Committee of the Parliament of Georgia, Ivan Beridze, and the Speaker of Parliament, Nino Kapanadze.",
			[]string{"Nino Kapanadze: Speaker @ Parliament of Georgia"}, []string{"Nino Kapanadze: Speaker of Parliament @ Georgia"}},
		{"bodyWordOfTitle: no Parliament named keeps the title", "Tbilisi, 8 October 2019 – He was received by the Speaker of Parliament, Nino Kapanadze.",
			[]string{"Nino Kapanadze: Speaker of Parliament @ "}, nil},
		{"postStatedBefore, dropGuessedCommands: the body's own title, not a Commander", "The Hague, 3 July 2017 – Kevin Lund takes over from Anna Holm at the head of the NATO Support and Procurement Agency. Kevin Lund took up his duties as General Manager of the NATO Support and Procurement Agency on Saturday, succeeding Anna Holm.",
			[]string{"Kevin Lund: General Manager @ NATO Support and Procurement Agency", "Anna Holm: General Manager @ NATO Support and Procurement Agency"},
			[]string{"Kevin Lund: Commander @ NATO Support and Procurement Agency", "Anna Holm: Commander @ NATO Support and Procurement Agency"}},
		{"dropGuessedCommands: a guessed Commander stays where no title is given", "On 10 May, General Philip Breedlove succeeded Admiral James Stavridis at the head of US European Command.",
			[]string{"Philip Breedlove: Commander @ United States European Command"}, nil},
		{"afterOpeningSpan: a clause opened by a span of years", "Mr Omar Lind knows the Alliance well: from 2009 to 2012 he was Deputy General Manager of the NATO Support and Procurement Agency.",
			[]string{"Omar Lind: Deputy General Manager @ NATO Support and Procurement Agency"}, nil},
		{"afterOpeningSpan: no span, no subject", "Mr Omar Lind met Mr Jan Berg, and later he was Deputy General Manager of the NATO Support and Procurement Agency.",
			nil, []string{"Omar Lind: Deputy General Manager @ NATO Support and Procurement Agency"}},
	}
	for _, tt := range posts {
		t.Run(tt.rule, func(t *testing.T) {
			checkMembers(t, tt.body, "posts", runStages(t, tt.body).postsOf(), tt.want, tt.not)
		})
	}
	t.Run("gazetteer: the Substantial NATO-Georgia Package", func(t *testing.T) {
		checkOrgs(t, "Tbilisi, 8 October 2019 – He was briefed on the Substantial NATO-Georgia Package (SNGP).", []string{"Substantial NATO-Georgia Package"}, nil)
	})
	runEventCases(t, []eventCase{
		{"retoldChange: the change told again, with its guests, at the College", "Title", "Rome, 13 July 2023 – Lieutenant General Ole Bauer today took over as Commandant of the NATO Defense College from Lieutenant General Per Lund. Admiral Rob Hale presided over the change of command at the College. General Lund handed over command after three years.",
			[]string{"change of command@NATO Defense College@2023-07-13: Ole Bauer, Per Lund, Rob Hale"}, []string{"change of command@Rome@2023-07-13: Ole Bauer, Per Lund", "change of command@NATO Defense College@2023-07-13: Rob Hale"}},
		{"topic nouns: attention to a region is no place of the talks", "Title", "Oslo, 24 February 2010 – Admiral Rob Hale held talks with General Per Lund. The talks addressed Norway's interest in Allied attention to the High North.",
			nil, []string{"meeting@High North@: "}},
	})
}

// TestSharedAndRelativePosts covers the posts of version 79: titles
// joined by "and" that share the country given from outside their
// phrase, and a verb of office in a relative clause after a name.
func TestSharedAndRelativePosts(t *testing.T) {
	posts := []struct {
		rule, body string
		want, not  []string
	}{
		{"shareImplied: the list's country for both joined titles", "Vienna, 30 June 2011 – He held talks with the Federal President of Austria, Jan Berg, with the Vice-Chancellor and Minister of Foreign Affairs, Omar Lind, and with others.",
			[]string{"Omar Lind: Vice-Chancellor @ Austria", "Omar Lind: Minister of Foreign Affairs @ Austria"}, []string{"Omar Lind: Minister of Foreign Affairs @ "}},
		{"relativeHolder: who until then commanded", "Pristina, 8 September 2009 – General Omar Lind, who until then commanded the 1st Armoured Division, took command of the Kosovo Force.",
			[]string{"Omar Lind: Commander @ 1st Armoured Division"}, nil},
		{"relativeHolder: who also heads a Command is its Commander", "Athens, 2 October 2016 – The Supreme Allied Commander Europe, General Omar Lind, who also heads US European Command, begins a visit to Greece.",
			[]string{"Omar Lind: Commander @ United States European Command"}, []string{"Omar Lind: Head @ United States European Command"}},
		{"relativeHolder: no post where the clause goes on with 'as'", "Rome, 3 July 2023 – General Omar Lind, who had led the NATO Defense College as its Commandant, left.",
			nil, []string{"Omar Lind: Commander @ NATO Defense College"}},
		{"postWithin: a post of the body already held is not restated", "Brussels, 3 July 2021 – The Chairman of the NATO Military Committee, Air Chief Marshal Omar Lind, who has chaired the Military Committee since 2018, visited Poland.",
			[]string{"Omar Lind: Chairman @ NATO Military Committee"}, []string{"Omar Lind: Chair @ NATO Military Committee"}},
		{"relativeHolder: a body's name before 'who' holds nothing", "Brussels, 3 July 2021 – Omar Lind met Jan Berg, who chaired the meeting.",
			nil, []string{"Jan Berg: Chair @ "}},
	}
	for _, tt := range posts {
		t.Run(tt.rule, func(t *testing.T) {
			checkMembers(t, tt.body, "posts", runStages(t, tt.body).postsOf(), tt.want, tt.not)
		})
	}
}

// TestAcronymsWithin checks acronymsWithin: the publisher's acronym
// inside another name names the publisher; another body's does not.
func TestAcronymsWithin(t *testing.T) {
	for _, tt := range []struct {
		rule, source, body, org string
		mentioned               bool
	}{
		{"a body's name", "NATO", "Rome, 13 July 2023 – The Chair of the NATO Military Committee presided.", "North Atlantic Treaty Organization", true},
		{"a hyphened modifier", "NATO", "Pristina, 29 August 2008 – He took command of the NATO-led Kosovo Force.", "North Atlantic Treaty Organization", true},
		{"not the publisher's acronym", "NATO", "New York, 23 September 2024 – He attended the UN General Assembly.", "United Nations", false},
		{"not the publisher", "NATO Defense College", "Rome, 13 July 2023 – He graduated from the NATO Defense College.", "North Atlantic Treaty Organization", false},
	} {
		t.Run(tt.rule, func(t *testing.T) {
			f := testExtractor(t).Extract(&natokg.Release{Title: "Title", Source: tt.source, Body: tt.body})
			got := false
			for _, o := range f.Orgs {
				got = got || o.Name == tt.org && !o.Implied
			}
			if got != tt.mentioned {
				t.Errorf("%q: %s mentioned = %v, want %v", tt.body, tt.org, got, tt.mentioned)
			}
		})
	}
}

// TestOrdinalDay checks ordinalDay: "the second day" is that day of the
// span of days told before it, and nothing where no span was told.
func TestOrdinalDay(t *testing.T) {
	runEventCases(t, []eventCase{
		{"the second day of the span told before", "Title", "Seville, 9 February 2007 – NATO Defence Ministers met in Seville on 8 and 9 February. On the second day, ministers met with their counterparts from partner countries.",
			[]string{"meeting@Sevilla@2007-02-09: "}, nil},
		{"no span told before", "Title", "Seville, 9 February 2007 – NATO Defence Ministers met in Seville. On the second day, ministers met with their counterparts from partner countries.",
			nil, []string{"meeting@Sevilla@2007-02-10: "}},
	})
}

// TestGreetedBy checks the rows "greeted" and "greets" of
// event-words.tsv: the people who greet a visitor meet them.
func TestGreetedBy(t *testing.T) {
	runEventCases(t, []eventCase{
		{"greeted by (event-words.tsv)", "Title", "Pristina, 28 September 2010 – On arrival, the delegation of Admiral Rob Hale was greeted by Major General Omar Lind, Commander of KFOR, and by Admiral Per Berg.",
			[]string{"meeting@Pristina@2010-09-28: Rob Hale, Omar Lind, Per Berg"}, nil},
	})
}

// TestCalledOnAndAppeal checks the row "called on" of event-words.tsv
// (a call on a person is a visit) and appeal (a call on a body to act is
// none).
func TestCalledOnAndAppeal(t *testing.T) {
	runEventCases(t, []eventCase{
		{"called on a person (event-words.tsv)", "Title", "Stavanger, 8 August 2019 – Admiral Rob Hale called on the County Governor of Rogaland, Ms Anna Holm.",
			[]string{"visit@Stavanger@2019-08-08: Rob Hale, Anna Holm"}, nil},
		{"appeal: called on a body to act", "Title", "Bucharest, 5 June 2018 – Mr Omar Lind received Mr Per Berg on Tuesday. The Romanian State Secretary called on NATO to keep up active support for partners in its eastern neighbourhood and in the Western Balkans.",
			[]string{"meeting@Bucharest@2018-06-05: Omar Lind, Per Berg"}, []string{"visit@Western Balkans@2018-06-05: "}},
	})
}

// TestUnknownVenueAt checks unknownVenueAt: a name no head explains after
// "at the" that ends its phrase is a venue, not so a given name, a known
// body, a name with "of" or one a lower-case head follows.
func TestUnknownVenueAt(t *testing.T) {
	checkPlaces(t, "He opened the sitting on Tuesday morning at the Oslo Kongressenter.", []string{"Oslo Kongressenter"}, nil)
	checkPlaces(t, "He spoke at the Feira Internacional de Lisboa, where the Summit will take place.", []string{"Feira Internacional de Lisboa"}, nil)
	checkPlaces(t, "Troops trained at the Novo Selo training area in Bulgaria.", nil, []string{"Novo Selo"})
	checkPlaces(t, "He was received at the Jean Dupont in Paris.", nil, []string{"Jean Dupont"})
	runEventCases(t, []eventCase{
		{"unknownVenueAt: the venue of a speech", "Title", "Brussels, 12 December 2024 – Mr Omar Lind gave a speech at the Concert Noble in Brussels.",
			[]string{"speech@Concert Noble@2024-12-12: Omar Lind"}, []string{"speech@Brussels@2024-12-12: Omar Lind"}},
	})
}

// TestWentAboard checks wentAboard: a verb of motion before "on board" or
// "aboard" and a ship's name reports a visit to the ship; not so a verb of
// motion with no ship.
func TestWentAboard(t *testing.T) {
	runEventCases(t, []eventCase{
		{"wentAboard: on board a named ship", "Title", "Odesa, 30 October 2019 – Later in the day, Mr Omar Lind went on board the Ukrainian command ship Hetman Sahaidachnyi.",
			[]string{"visit@Hetman Sahaidachnyi@2019-10-30: Omar Lind"}, nil},
		{"wentAboard: aboard a named ship", "Title", "Split, 3 May 2021 – Mr Omar Lind went aboard the frigate Kralj Petar.",
			[]string{"visit@Kralj Petar@2021-05-03: Omar Lind"}, nil},
		{"wentAboard: no ship, no visit", "Title", "Split, 3 May 2021 – Mr Omar Lind went on board with the plan.",
			nil, []string{"visit@Split@2021-05-03: Omar Lind"}},
	})
}

// TestBodyEndsSentence checks endsSentence: a body after "at" that ends
// its sentence, perhaps past its acronym, is the venue of the sentence's
// event; not so a body after "at" that a clause follows.
func TestBodyEndsSentence(t *testing.T) {
	runEventCases(t, []eventCase{
		{"endsSentence: past its acronym", "Title", "Brussels, 4 November 2014 – Mr Omar Lind met Ms Anna Holm on Tuesday at the European External Action Service (EEAS).",
			[]string{"meeting@European External Action Service@2014-11-04: Omar Lind, Anna Holm"}, []string{"meeting@Brussels@2014-11-04: Omar Lind, Anna Holm"}},
		{"endsSentence: a clause after the body", "Title", "Brussels, 4 November 2014 – Mr Omar Lind met Ms Anna Holm at the European External Action Service to discuss Ukraine.",
			nil, []string{"meeting@European External Action Service@2014-11-04: Omar Lind, Anna Holm"}},
	})
}

// A venue named "X of Y" ends before "on", "in" or "at" and a second
// venue named by its own head (venueOnVenue).
func TestVenueOnVenue(t *testing.T) {
	tests := []struct {
		rule, body string
		want, not  []string
	}{
		{"a monument on a square", "He laid a wreath at the Monument of the Unknown Soldier on Piłsudski Square in Warsaw.", []string{"Monument of the Unknown Soldier", "Piłsudski Square", "Warsaw"}, []string{"Monument of the Unknown Soldier on Piłsudski Square"}},
		{"a palace in a town stays cut at the town", "He spoke at the Palace of Culture in Sofia.", []string{"Palace of Culture", "Sofia"}, nil},
		{"a museum's long name stays whole", "The forum met at the Polin Museum of the History of Polish Jews.", nil, []string{"Polish Jews"}},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) { checkPlaces(t, tt.body, tt.want, tt.not) })
	}
}

// A ship a prefix names after a noun of a kind of ship is a venue where
// "the" opens its phrase after a place's preposition or a venue's part
// (shipWhere), not where the ship is a sentence's subject.
func TestShipWhere(t *testing.T) {
	tests := []struct {
		rule, body string
		want, not  []string
	}{
		{"embarked on a command ship", "The headquarters is embarked on the command ship USS Mount Whitney.", []string{"USS Mount Whitney"}, nil},
		{"the deck of a frigate", "The ceremony was held on the flight deck of the Turkish frigate TCG Salihreis.", []string{"TCG Salihreis"}, nil},
		{"a ship that sails is no venue", "The exercise began when the US Navy dock landing ship USS Gunston Hall left port.", nil, []string{"USS Gunston Hall"}},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) { checkPlaces(t, tt.body, tt.want, tt.not) })
	}
}

// A title's "for" before a body named after its country's adjective
// gives the post that body; a domain or a body the title names stays in
// the title (nationalBodyAt).
func TestNationalBodyAfterFor(t *testing.T) {
	tests := []struct{ body, want string }{
		{"He welcomed Air Marshal Karl Weber, the former Chief of Staff for the Danish Air Force, to the headquarters.", "Karl Weber: Chief of Staff @ Danish Air Force"},
		{"The UK Minister for the Armed Forces, Mr James Heappey, spoke.", "James Heappey: Minister for the Armed Forces @ United Kingdom"},
	}
	for _, tt := range tests {
		got := runStages(t, tt.body).postsOf()
		if !slices.Contains(got, tt.want) {
			t.Errorf("%q:\n posts %q\n want %q", tt.body, got, tt.want)
		}
	}
}

// An unnamed event in a participle clause that opens its sentence with a
// topic word is an event of its own where its word is followed by "in"
// and a place (placedTopic); the sentence's people do not attend it.
func TestPlacedUnnamedTopic(t *testing.T) {
	runEventCases(t, []eventCase{
		{"looking ahead to a placed meeting", "Title", "Ms Anna Berg spoke in Tallinn on Tuesday (4 May 2021).\n\nLooking ahead to the next leaders' meeting in Madrid on 28-29 June, she called it a turning point.",
			[]string{"meeting@Madrid@2021-06-28: "}, []string{"meeting@Madrid@2021-06-28: Anna Berg"}},
		{"reflecting on a past placed meeting", "Title", "Ms Anna Berg spoke in Tallinn on Tuesday (4 May 2021).\n\nReflecting on the useful ministers' meeting in Rome last March, she praised the Allies.",
			[]string{"meeting@Rome@2021-03: "}, nil},
		{"an unplaced topic stays a topic", "Title", "Ms Anna Berg spoke in Tallinn on Tuesday (4 May 2021).\n\nLooking ahead to the next meeting, she called for unity.",
			nil, []string{"meeting@@: ", "meeting@Tallinn@2021-05-04: "}},
	})
}

// An event word that ends a list of what is talked about after a topic
// word ("to discuss budgets and exercises") tells of a topic, not of an
// event (coordinatedTopic).
func TestCoordinatedTopic(t *testing.T) {
	runEventCases(t, []eventCase{
		{"a list after discuss", "Title", "Ms Anna Berg spoke in Tallinn on Tuesday (4 May 2021).\n\nShe noted that the general met his counterpart last month to discuss troop levels and exercises.",
			nil, []string{"exercise@@2021-04: Anna Berg", "exercise@Tallinn@2021-05-04: Anna Berg"}},
		{"an exercise named on its own stays", "Title", "On 4 May 2021, Ms Anna Berg attended the exercise in Tapa.",
			[]string{"exercise@Tapa@2021-05-04: Anna Berg"}, nil},
	})
}

// A country right before a noun of the forces it sends (force-nouns.tsv)
// is where the forces come from, not the exercise's one place (forcesOf).
func TestForcesOfCountry(t *testing.T) {
	runEventCases(t, []eventCase{
		{"country before troops", "Title", "On 4 May 2021, some 3,000 sailors, among them US Marines, joined the exercise.",
			nil, []string{"exercise@United States@2021-05-04: "}},
		{"country after in stays", "Title", "On 4 May 2021, some 3,000 sailors joined the exercise in Norway.",
			[]string{"exercise@Norway@2021-05-04: "}, nil},
	})
}

// namedFacts returns the names of the organisations and of the places
// that a body's release names itself, leaving out those only implied
// (a town's country, a body's parent).
func namedFacts(t *testing.T, title, body string) (orgs, places []string) {
	t.Helper()
	f := testExtractor(t).Extract(&natokg.Release{Title: title, Source: "NATO", Body: body})
	for _, o := range f.Orgs {
		if !o.Implied {
			orgs = append(orgs, o.Name)
		}
	}
	for _, p := range f.Places {
		if !p.Implied {
			places = append(places, p.Name)
		}
	}
	return orgs, places
}

// A venue's head and one capitalised word make a venue, but not where
// that word heads a document or an event (venueHeadBeforeName).
func TestVenueHeadBeforeName(t *testing.T) {
	tests := []struct {
		rule, body string
		want, not  []string
	}{
		{"a naval station and its town", "The frigate called at Naval Station Rota on Monday.", []string{"Naval Station Rota"}, nil},
		{"a concept whose words hold an area", "The chiefs reviewed the Collective Defence Euro-Atlantic Area Concept in detail.", nil, []string{"Collective Defence Euro-Atlantic Area Concept", "Defence Euro-Atlantic Area Concept"}},
		{"a plan whose words hold a base", "Officials drafted the Northern Air Base Plan last year.", nil, []string{"Northern Air Base Plan"}},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			_, places := namedFacts(t, "Title", tt.body)
			checkMembers(t, tt.body, "places", places, tt.want, tt.not)
		})
	}
}

// A town after the body that opens a summit's name is a place the
// release names, as the town that opens one is (hostTownAfterBody); a
// place after other words of an event's name is not.
func TestHostTownAfterBody(t *testing.T) {
	tests := []struct {
		rule, body string
		want, not  []string
	}{
		{"a summit after its organiser", "The minister recalled the pledges of the NATO Lisbon Summit.", []string{"Lisbon"}, nil},
		{"a summit opened by its town", "The minister recalled the pledges of the Riga Summit.", []string{"Riga"}, nil},
		{"an exercise's word that is a town", "Ships took part in the NATO exercise Dynamic Manta 2020 off Sicily.", nil, []string{"Manta"}},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			_, places := namedFacts(t, "Title", tt.body)
			checkMembers(t, tt.body, "places", places, tt.want, tt.not)
		})
	}
}

// A title the gazetteer writes with a body's full name names that body
// (titledBodies); a title with no body's name does not.
func TestTitledBodies(t *testing.T) {
	tests := []struct {
		rule, body string
		want, not  []string
	}{
		{"the body before the title", "The Secretary General thanked European Council President Kaja Lind for her support.", []string{"European Council"}, nil},
		{"the body after the title", "He met the President of the European Commission, Ms Mara Kovac, on Monday.", []string{"European Commission"}, nil},
		{"a national title", "He met Foreign Minister Jonas Berg of Sweden.", nil, []string{"Ministry of Foreign Affairs"}},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			orgs, _ := namedFacts(t, "Title", tt.body)
			checkMembers(t, tt.body, "organisations", orgs, tt.want, tt.not)
		})
	}
}

// A body that opens a phrase ended by a lower-case event noun is no
// venue (opensEventPhrase); a body of members that meets in a town is no
// venue either (memberBody), unless it is a research body with a seat.
func TestBodiesAsVenues(t *testing.T) {
	tests := []struct {
		rule, title, body string
		want, not         []string
	}{
		{"a body's days of conference", "Title", "Brussels, 2 May 2016 – The envoy spoke at the OSCE Cyber Days conference on Monday.", nil, []string{"Organization for Security and Co-operation in Europe"}},
		{"a council meeting in a town", "Title", "The Deputy Secretary General gave an address at the OSCE Ministerial Council in Vienna on Thursday (7 December 2017).", []string{"Vienna"}, []string{"OSCE Ministerial Council"}},
		{"a title's council", "Envoy speaks at OSCE Ministerial Council", "The envoy gave a keynote address on Thursday (7 December 2017).", nil, []string{"OSCE Ministerial Council"}},
		{"a centre keeps its seat", "Title", "The envoy gave a lecture at the Geneva Centre for Security Policy in Geneva on Monday (4 May 2015).", []string{"Geneva Centre for Security Policy"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			_, places := namedFacts(t, tt.title, tt.body)
			checkMembers(t, tt.body, "places", places, tt.want, tt.not)
		})
	}
}

// A national title with no country takes the country of the city its
// sentence is set in, also where the release is dated in that city
// (countryBefore).
func TestSceneCityOfDateline(t *testing.T) {
	body := "London, 12 February 2004 – The Secretary General gave a speech on Thursday. While in London, the Secretary General met Prime Minister Tony Blair and Foreign Secretary Jack Straw."
	f := testExtractor(t).Extract(&natokg.Release{Title: "Title", Source: "NATO", Body: body})
	var got []string
	for _, p := range f.People {
		for _, q := range p.Posts {
			got = append(got, p.Name+": "+q.Role+" @ "+q.Org)
		}
	}
	for _, want := range []string{"Tony Blair: Prime Minister @ United Kingdom", "Jack Straw: Foreign Secretary @ United Kingdom"} {
		if !slices.Contains(got, want) {
			t.Errorf("%q:\n posts %q\n want %q", body, got, want)
		}
	}
}

// Posts read from arrangements audited on real releases: titles a slash
// joins (titleJoiner), the post a noun of handover names (handedPost),
// a participle or a verb of becoming that names a change's post
// (becomesPost, statesPost), a dateline's town someone visits
// (visitedTown), a day after "on" that ends a title (dayAt), the
// headline's country of an office (headlineCountry), an outgoing title
// handed over to a described newcomer (outgoingPost, handsOverTo,
// describedBefore), a post's acronym after "as" that another holder also
// goes by (titleByAcronym), and royal styles that are no office
// (nobleName).
func TestAuditedPostArrangements(t *testing.T) {
	x := testExtractor(t)
	run := func(body string) ([]string, []string) {
		title := "Title"
		if h, b, ok := strings.Cut(body, "\n\n"); ok {
			title, body = h, b // a case's own headline
		}
		r := &natokg.Release{Title: title, Source: "NATO", Body: body}
		tx := Tokenize(r.Text(), x.abbrev)
		dates := x.dates.Find(tx)
		res := x.resolver.Resolve(tx, x.recognizer.Candidates(tx, dates.Mentions))
		dl := dateline(tx, res.Mentions)
		posts := x.posts.Find(tx, res.Mentions, PostContext{Publisher: "North Atlantic Treaty Organization", MainCountry: x.mainCountry(tx, res.Mentions, res.Named, dl), Dateline: dl,
			HostCountry: x.hostCountry(res.Mentions, dl, "North Atlantic Treaty Organization")})
		s := stages{res: res, people: x.people.Find(tx, res.Mentions, res.Named, posts)}
		var names []string
		for _, p := range s.people.List {
			names = append(names, p.Name)
		}
		return s.postsOf(), names
	}
	tests := []struct {
		rule, body string
		want, not  []string
	}{
		{"titleJoiner: a spaced slash joins one holder's titles", "The Secretary General met the EU High Representative / Vice President of the European Commission Kaja Lind on Monday.",
			[]string{"Kaja Lind: High Representative @ European Union", "Kaja Lind: Vice President @ European Commission"}, nil},
		{"handedPost: the handover of a titled post", "The ceremony marked the handover of the post of Commander of Allied Air Command from General Anna Berg to General Piet Smit.",
			[]string{"Anna Berg: Commander @ Allied Air Command", "Piet Smit: Commander @ Allied Air Command"}, nil},
		{"handover of command of a body", "On Friday the handover of command of Allied Maritime Command from Vice Admiral Anna Berg to Vice Admiral Piet Smit took place.",
			[]string{"Anna Berg: Commander @ Allied Maritime Command", "Piet Smit: Commander @ Allied Maritime Command"}, nil},
		{"becomesPost: a participle names the command's title", "General Anna Berg assumed command of Allied Command Operations from General Piet Smit, becoming the new Supreme Allied Commander Europe.",
			[]string{"Anna Berg: Supreme Allied Commander Europe @ North Atlantic Treaty Organization", "Piet Smit: Supreme Allied Commander Europe @ North Atlantic Treaty Organization"},
			[]string{"Anna Berg: Commander @ Allied Command Operations", "Piet Smit: Commander @ Allied Command Operations"}},
		{"statesPost: became TITLE, taking over from", "General Anna Berg became Supreme Allied Commander Transformation on Friday, taking over from General Piet Smit.",
			[]string{"Piet Smit: Supreme Allied Commander Transformation @ North Atlantic Treaty Organization"}, nil},
		{"visitedTown: while in the dateline's town", "London, 3 March 2010 – The Secretary General spoke at a think tank. While in London, he met Prime Minister Tom Hale.",
			[]string{"Tom Hale: Prime Minister @ United Kingdom"}, nil},
		{"visitedTown: a visit to the dateline's town", "Oslo, 3 March 2010 – During his visit to Oslo, Mr Jan Berg also met the Minister of Defence, Kari Dahl, at her ministry.",
			[]string{"Kari Dahl: Minister of Defence @ Norway"}, nil},
		{"visitedTown: the town a visit's stop is", "Sofia, 3 May 2009 – The Secretary General visited Bulgaria. His last stop was Skopje, where he saw President Ivo Stanev. He also met Prime Minister Tom Hale.",
			[]string{"Tom Hale: Prime Minister @ North Macedonia"}, []string{"Tom Hale: Prime Minister @ Bulgaria"}},
		{"visitedTown: the dateline's town named without a visit", "Brussels, 3 March 2010 – The Secretary General met Prime Minister Tom Hale at NATO Headquarters in Brussels.",
			nil, []string{"Tom Hale: Prime Minister @ Belgium"}},
		{"dayAt: a weekday after on is no field of the title", "General Anna Berg became Supreme Allied Commander Europe on Friday.",
			[]string{"Anna Berg: Supreme Allied Commander Europe @ North Atlantic Treaty Organization"}, []string{"Anna Berg: Supreme Allied Commander Europe on Friday @ North Atlantic Treaty Organization"}},
		{"headlineCountry: the headline's country of the same office", "Secretary General meets Danish Prime Minister in Aarhus\n\nThe Secretary General was received by Prime Minister Ida Holm on Monday. They discussed Ukraine and Finland.",
			[]string{"Ida Holm: Prime Minister @ Denmark"}, nil},
		{"headlineCountry: two countries in the headline, whose is unclear", "Danish and Swedish Prime Ministers meet the Secretary General\n\nPrime Minister Ida Holm spoke first.",
			nil, []string{"Ida Holm: Prime Minister @ Denmark", "Ida Holm: Prime Minister @ Sweden"}},
		{"outgoingPost: the outgoing title in apposition, handed over to a described newcomer", "General Anna Berg, the outgoing Supreme Allied Commander Transformation, will hand over to another Air Force officer, General Piet Smit.",
			[]string{"Piet Smit: Supreme Allied Commander Transformation @ North Atlantic Treaty Organization"}, nil},
		{"handsOverTo: a newcomer's own title says what changed hands", "Mr Jan Dahl, NATO's Assistant Secretary General for Innovation, handed over to the incoming Managing Director, Professor Eva Lund.",
			nil, []string{"Eva Lund: Assistant Secretary General for Innovation @ North Atlantic Treaty Organization"}},
		{"handsOverTo: an award handed over is no change of command", "General Anna Berg, Supreme Allied Commander Transformation, handed over the medal to General Piet Smit.",
			nil, []string{"Piet Smit: Supreme Allied Commander Transformation @ North Atlantic Treaty Organization"}},
		{"titleByAcronym: a post's acronym after as, though another holder goes by it", "NATO's new Supreme Allied Commander Europe (SACEUR) General Anna Berg took up her post on Monday. The Secretary General praised General Piet Smit's three years as SACEUR.",
			[]string{"Piet Smit: Supreme Allied Commander Europe @ North Atlantic Treaty Organization", "Anna Berg: Supreme Allied Commander Europe @ North Atlantic Treaty Organization"}, nil},
		{"Governing Mayor is a title", "The dinner was hosted by the Governing Mayor of Berlin, Mr Karl Weber.",
			[]string{"Karl Weber: Governing Mayor @ Berlin"}, []string{"Karl Weber: Mayor @ Berlin"}},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			got, _ := run(tt.body)
			checkMembers(t, tt.body, "posts", got, tt.want, tt.not)
		})
	}
	names := []struct {
		rule, body string
		want, not  []string
	}{
		{"nobleName: a first name alone keeps the style", "The games were founded by Prince Harry in 2014.", []string{"Prince Harry"}, []string{"Harry"}},
		{"nobleName: a longer name goes without it", "He met H.R.H. Prince Faisal Al Tamimi in Amman.", []string{"Faisal Al Tamimi"}, nil},
	}
	for _, tt := range names {
		t.Run(tt.rule, func(t *testing.T) {
			posts, got := run(tt.body)
			checkMembers(t, tt.body, "people", got, tt.want, tt.not)
			if len(posts) > 0 {
				t.Errorf("%q: posts %q, want none: a prince holds no office", tt.body, posts)
			}
		})
	}
	if posts, _ := run("Mr Jan Berg had an audience with King Harald V."); !slices.Contains(posts, "Harald V: King @ ") && len(posts) == 0 {
		t.Errorf("a king's title is still a post: %q", posts)
	}
}

// The body after a ranked holder's name is the holder's service, not the
// body of a post the title already implies (servesIn); a country after
// an unranked holder's name still gives a national office its country.
func TestServiceAfterRankedName(t *testing.T) {
	tests := []struct{ body, want string }{
		{"The Supreme Allied Commander Europe, General Tod D. Wolters of the US Air Force, spoke.", "Tod D. Wolters: Supreme Allied Commander Europe @ North Atlantic Treaty Organization"},
		{"President Alexander Stubb of Finland spoke.", "Alexander Stubb: President @ Finland"},
	}
	for _, tt := range tests {
		got := runStages(t, tt.body).postsOf()
		if !slices.Contains(got, tt.want) {
			t.Errorf("%q:\n posts %q\n want %q", tt.body, got, tt.want)
		}
	}
}

// "Command of BODY passed from A to B" gives both the body's command, A
// as outgoing (commandPassed, command-passing.tsv); so does a change of
// command its sentence tells after such a phrase that names no people
// (passedBefore, command-nouns.tsv).
func TestCommandPassed(t *testing.T) {
	tests := []struct {
		rule, body string
		want       []string
	}{
		{"commandPassed", "Command of NATO's Joint Warfare Centre (JWC) passed today from Major General Jan Nowak of the Polish Army to Rear Admiral Karl Weber of the German Navy.",
			[]string{"Jan Nowak: Commander @ Joint Warfare Centre former=true", "Karl Weber: Commander @ Joint Warfare Centre former=false"}},
		{"passedBefore: X relieved Y", "Command of Standing NATO Maritime Group One (SNMG1) passed from Spain to Norway on Saturday, when Commodore Jan Nowak of the Royal Norwegian Navy relieved Rear Admiral Karl Weber of the Spanish Navy at a ceremony.",
			[]string{"Jan Nowak: Commander @ Standing NATO Maritime Group 1 former=false", "Karl Weber: Commander @ Standing NATO Maritime Group 1 former=true"}},
		{"passedBefore: leadership of the NATO-led force; X took over from Y", "Leadership of the NATO-led International Security Assistance Force (ISAF) passed to the Eurocorps on Monday, when Lieutenant General Jan Nowak of France took over from Lieutenant General Karl Weber of Canada.",
			[]string{"Jan Nowak: Commander @ International Security Assistance Force former=false", "Karl Weber: Commander @ International Security Assistance Force former=true"}},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			var got []string
			for _, p := range runStages(t, tt.body).people.List {
				for _, q := range p.Posts {
					got = append(got, fmt.Sprintf("%s: %s @ %s former=%v", p.Name, q.Role, q.Org, q.Former))
				}
			}
			for _, want := range tt.want {
				if !slices.Contains(got, want) {
					t.Errorf("%q:\n posts %q\n want %q", tt.body, got, want)
				}
			}
		})
	}
}

// "has until now been TITLE" gives its subject the post, as "has been"
// does (copulaWith, heWas).
func TestHasUntilNowBeen(t *testing.T) {
	body := "General Tod Walker has until now been Commander of Allied Air Command."
	got := runStages(t, body).postsOf()
	if want := "Tod Walker: Commander @ Allied Air Command"; !slices.Contains(got, want) {
		t.Errorf("%q:\n posts %q\n want %q", body, got, want)
	}
}

// The one body the gazetteer gives a common title ("Chief of Staff":
// SHAPE's) is the post's only where the release names that body (named).
func TestSoleBodyNamed(t *testing.T) {
	tests := []struct{ body, want string }{
		{"The delegation was hosted by the Chief of Staff, Lieutenant General Jan Nowak.", "Jan Nowak: Chief of Staff @ "},
		{"At SHAPE, the delegation was hosted by the Chief of Staff, Lieutenant General Jan Nowak.", "Jan Nowak: Chief of Staff @ Supreme Headquarters Allied Powers Europe"},
	}
	for _, tt := range tests {
		got := runStages(t, tt.body).postsOf()
		if !slices.Contains(got, tt.want) {
			t.Errorf("%q:\n posts %q\n want %q", tt.body, got, tt.want)
		}
	}
}

// A body's head before a place of one word or more names a body with its
// seat or area (seatEnds).
func TestSeatEnds(t *testing.T) {
	body := "Admiral Jan Nowak, Commander of Allied Naval Forces Southern Europe, presided."
	got := runStages(t, body).postsOf()
	if want := "Jan Nowak: Commander @ Allied Naval Forces Southern Europe"; !slices.Contains(got, want) {
		t.Errorf("%q:\n posts %q\n want %q", body, got, want)
	}
}

// A schedule line dated on one day of a tour of several days is at the
// place of that day's stop (dayStops, tourDay), not at the tour's first
// place; a tour of one place keeps it.
func TestDayStops(t *testing.T) {
	runEventCases(t, []eventCase{
		{"dayStops: each line at its day's town", "Envoy to tour the Baltic states",
			"From 4 to 6 May 2026, the Special Envoy, Mr Tomas Vale, will tour the Baltic states. On Monday, 4 May, he will be in Tallinn, where he will meet the Prime Minister of Estonia, Ms Liis Kask. On Tuesday, 5 May, he will travel to Riga. On Wednesday, 6 May, he will be in Vilnius.\n\nMedia advisory\n\n5 May 2026, 10:00 (CET) Joint press statements by the Special Envoy and the Latvian Defence Minister\n\n6 May 2026, 11:00 (CET) Joint press conference by the Special Envoy and the Lithuanian Foreign Minister",
			[]string{"press conference@Riga@2026-05-05: Tomas Vale", "press conference@Vilnius@2026-05-06: Tomas Vale"}, []string{"press conference@Tallinn@2026-05-05: Tomas Vale"}},
		{"dayStops: one town for all days", "Envoy to visit Estonia",
			"From 4 to 5 May 2026, the Special Envoy, Mr Tomas Vale, will visit Tallinn, Estonia. On Monday, 4 May, he will meet the Prime Minister of Estonia, Ms Liis Kask.\n\nMedia advisory\n\n5 May 2026, 10:00 (CET) Joint press statements by the Special Envoy and the Estonian Defence Minister",
			[]string{"press conference@Tallinn@2026-05-05: Tomas Vale"}, nil},
	})
}

// A place after a comma that an auxiliary or a modal follows opens a new
// clause as its subject, and is no further place of the happening listed
// before it (clauseSubject); a list of places after a happening stays one.
func TestClauseSubject(t *testing.T) {
	runEventCases(t, []eventCase{
		{"clauseSubject: a subject after the war's clause", "Title",
			"Brussels, 3 May 2026 – The minister said that since the start of Russia's war of aggression against Ukraine, Moldova has given shelter to many refugees.",
			[]string{"aggression@Ukraine@: "}, []string{"aggression@Moldova@: "}},
		{"clauseSubject: a listed place stays", "Title",
			"On 3 May 2026, the minister recalled NATO's mission in Bosnia and Herzegovina, Kosovo and Iraq.",
			[]string{"mission@Kosovo@2026-05-03: "}, nil},
	})
}

// A town after "in" that only locates the venue listed before it makes
// no event of its own, and the list of what is visited goes on past it
// (locatesListed, pastLocatingTown); an adverb after a modal keeps "will
// also visit" a verb of visit (modalAdverb).
func TestLocatingTownInVisitList(t *testing.T) {
	runEventCases(t, []eventCase{
		{"locatesListed: a second body with a seat in its town", "Title",
			"On 4 May 2026, the envoy will also visit the Baltic Defence College in Tartu and the Allied Logistics Support Headquarters in Ulm.",
			[]string{"visit@Allied Logistics Support Headquarters@2026-05-04: "}, []string{"visit@Ulm@2026-05-04: "}},
		{"modalAdverb: will also visit two bodies", "Title",
			"On 4 May 2026, the envoy will also visit the Maritime Training Centre and the Allied Logistics Support Headquarters.",
			[]string{"visit@Allied Logistics Support Headquarters@2026-05-04: "}, nil},
		{"towns listed stay towns", "Title",
			"On 4 May 2026, the envoy will also visit Tartu and Ulm.",
			[]string{"visit@Tartu@2026-05-04: ", "visit@Ulm@2026-05-04: "}, nil},
	})
}

// A plural title whose fields are joined by "and", then as many names,
// gives each name its own field in order (distributedFields); a plural
// title of one field gives none.
func TestDistributedFields(t *testing.T) {
	tests := []struct {
		rule, body string
		want, not  []string
	}{
		{"fields after 'of'", "In Oslo, he met Prime Minister Kari Lunde and the Ministers of Foreign Affairs and Defence, Ola Berg and Eva Dahl.",
			[]string{"Ola Berg: Minister of Foreign Affairs @ Norway", "Eva Dahl: Minister of Defence @ Norway"}, nil},
		{"fields before the head", "In Riga, the envoy met President Anna Ozola and the Foreign and Defence Ministers, Janis Kalns and Peteris Liepa.",
			[]string{"Janis Kalns: Foreign Minister @ Latvia", "Peteris Liepa: Defence Minister @ Latvia"}, nil},
		{"three fields, no comma before the names", "In Vilnius, he met the Foreign, Defence and Interior Ministers Jonas Kairys, Rasa Mazeika and Tomas Vaitkus.",
			[]string{"Jonas Kairys: Foreign Minister @ Lithuania", "Rasa Mazeika: Defence Minister @ Lithuania", "Tomas Vaitkus: Interior Minister @ Lithuania"}, nil},
		{"names fewer than fields", "He met the Ministers of Foreign Affairs and Defence, Ola Berg, on Monday.",
			nil, []string{"Ola Berg: Minister of Foreign Affairs @ "}},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			got := runStages(t, tt.body).postsOf()
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("%q:\n posts %q\n want %q", tt.body, got, w)
				}
			}
			for _, n := range tt.not {
				if hasPrefix(got, n) {
					t.Errorf("%q:\n posts %q\n must not hold %q", tt.body, got, n)
				}
			}
		})
	}
}

// A comma after a body's name that opens two people's names joined by
// "and" ends the body's name (namesAfterComma): both are people; a comma
// inside a body's name of fields still joins them.
func TestNamesAfterComma(t *testing.T) {
	tests := []struct {
		rule, body string
		people     []string
		orgs       []string
	}{
		{"two members after their committees", "The envoy met the Chairmen of the Foreign Affairs and Defence Committees of the Senate, Marco Neri and Paolo Bianchi.",
			[]string{"Marco Neri", "Paolo Bianchi"}, nil},
		{"a body's fields joined by a comma", "He visited the Joint Analysis, Training and Education Centre in Lisbon.",
			nil, []string{"Joint Analysis, Training and Education Centre"}},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			var got []string
			for _, p := range runStages(t, tt.body).people.List {
				got = append(got, p.Name)
			}
			for _, w := range tt.people {
				if !slices.Contains(got, w) {
					t.Errorf("%q:\n people %q\n want %q", tt.body, got, w)
				}
			}
			if tt.orgs != nil {
				orgs, _ := namedFacts(t, "Title", tt.body)
				checkMembers(t, tt.body, "organisations", orgs, tt.orgs, nil)
			}
		})
	}
}

// A sentence that opens with "When in" or "While in" and a place sets
// the scene of its own and the next sentence's national titles
// (whileInCountry); a country the release opened with does not.
func TestWhileInCountry(t *testing.T) {
	tests := []struct {
		rule, body string
		want       []string
	}{
		{"the next sentence's royal title", "In Budapest, he met President Ferenc Kis. When in the Netherlands on 8 May, he met Prime Minister Jan Boer. He also had an audience with Queen Anna.",
			[]string{"Ferenc Kis: President @ Hungary", "Jan Boer: Prime Minister @ Netherlands", "Anna: Queen @ Netherlands"}},
		{"a town after 'While in'", "In Budapest, he met President Ferenc Kis. While in Oslo, he met Foreign Minister Ola Berg.",
			[]string{"Ola Berg: Foreign Minister @ Norway"}},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			got := runStages(t, tt.body).postsOf()
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("%q:\n posts %q\n want %q", tt.body, got, w)
				}
			}
		})
	}
}

// A name after "of" and a lower-case noun of place (place-of-nouns.tsv)
// is a place's, not an untitled person's (placeOf); a name after "of"
// and a noun of no place still may be a person's.
func TestPlaceOf(t *testing.T) {
	tests := []struct {
		rule, body string
		person     string
		want       bool
	}{
		{"the district centre of", "The ministers then flew to the district centre of Musa Qala in Helmand.", "Musa Qala", false},
		{"the town of", "Troops patrolled the town of Ali Khel on Monday.", "Ali Khel", false},
		{"the speech of", "The Council heard the speech of Marco Neri with interest.", "Marco Neri", true},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			var got []string
			for _, p := range runStages(t, tt.body).people.List {
				got = append(got, p.Name)
			}
			if slices.Contains(got, tt.person) != tt.want {
				t.Errorf("%q:\n people %q; %q a person: want %v", tt.body, got, tt.person, tt.want)
			}
		})
	}
}

// A title right after a holder's service in brackets, with no comma, is
// the holder's (bracketedService).
func TestBracketedService(t *testing.T) {
	tests := []struct {
		rule, body string
		want       []string
	}{
		{"a title after the bracket", "General Jan Olsen (Royal Danish Air Force) Chairman of the NATO Military Committee will visit Oslo on 3 May 2005.",
			[]string{"Jan Olsen: Chairman @ NATO Military Committee"}},
		{"a title after the bracket, then a comma", "Admiral Per Dahl (Royal Norwegian Navy) Commander of Allied Maritime Command, opened the conference.",
			[]string{"Per Dahl: Commander @ Allied Maritime Command"}},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			got := runStages(t, tt.body).postsOf()
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("%q:\n posts %q\n want %q", tt.body, got, w)
				}
			}
		})
	}
}

// A list whose items a semicolon closes, each a town with the region it
// lies in after a comma, is a list of three places or more, none of them
// its event's place: the visit stays in the country (semicolonItems,
// pastItemRegion, itemTown).
func TestSemicolonItems(t *testing.T) {
	runEventCases(t, []eventCase{
		{"semicolonItems: town, region; town, region; and town, region", "Title",
			"The Envoy, Mr Tomas Vale, will tour Canada between 4 and 8 May 2026. His programme will include visits to Ottawa, Ontario; Halifax, Nova Scotia; and Calgary, Alberta.",
			[]string{"visit@Canada@2026-05-04: Tomas Vale"}, []string{"visit@Ottawa@2026-05-04: Tomas Vale"}},
		{"semicolonItems: one town with its region is the visit's town", "Title",
			"The Envoy, Mr Tomas Vale, will tour Canada between 4 and 8 May 2026. His programme will include a visit to Ottawa, Ontario.",
			[]string{"visit@Ottawa@2026-05-04: Tomas Vale"}, nil},
	})
}

// A body named with its town after "in" is the body the gazetteer names
// with that seat (seatNamed); a shorter name after it is the same body
// (seatTown); a body whose name takes "in PLACE" keeps the town and has
// its name without the town as a form (seatNamedAlias); a body named as
// another's headquarters is that body (headquartersNamed).
func TestSeatNamedBodies(t *testing.T) {
	tests := []struct {
		rule, body string
		want       map[string]string // a name the release must have -> one of its forms
		not        []string
	}{
		{"seatNamed", "Rome, 4 May 2026 – The envoy called on the Allied Joint Force Command in Naples. Later, she met staff at the Joint Force Command.",
			map[string]string{"Joint Force Command Naples": "Allied Joint Force Command"}, []string{"Allied Joint Force Command", "Joint Force Command"}},
		{"seatNamedAlias", "Vienna, 4 May 2026 – The envoy briefed diplomats at the NATO Liaison Office in Vienna.",
			map[string]string{"NATO Liaison Office in Vienna": "NATO Liaison Office"}, nil},
		{"seatNamedAlias: a country stays the area", "Tbilisi, 4 May 2026 – The envoy thanked the staff of the NATO Training Mission in Georgia.",
			map[string]string{"NATO Training Mission in Georgia": ""}, []string{"NATO Training Mission"}},
		{"capRun: a Roman numeral after a force numbers its rotation", "Kabul, 4 May 2005 – The staff will form the core of ISAF VIII.",
			map[string]string{"International Security Assistance Force": "ISAF"}, []string{"ISAF VIII"}},
		{"codeJoined: an acronym inside a hyphenated name is no acronym of its own", "Kabul, 4 May 2005 – General Tom Rask, the Commander of NATO Rapid Deployable Corps – Italy (NRDC-IT), arrived.",
			map[string]string{"NATO Rapid Deployable Corps - Italy": ""}, []string{"NATO Rapid Deployable Corps"}},
		{"headquartersNamed: of", "Norfolk, 4 May 2026 – The minister went to the Headquarters of Allied Command Transformation, where Allied Command Transformation briefed him.",
			map[string]string{"Allied Command Transformation": ""}, []string{"Headquarters of Allied Command Transformation"}},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			f := testExtractor(t).Extract(&natokg.Release{Title: "Title", Source: "NATO", Body: tt.body})
			forms := map[string][]string{}
			for _, o := range f.Orgs {
				forms[o.Name] = o.Aliases
			}
			for name, form := range tt.want {
				if a, ok := forms[name]; !ok || form != "" && !slices.Contains(a, form) {
					t.Errorf("%q:\n organisations %v\n want %q with form %q", tt.body, forms, name, form)
				}
			}
			for _, name := range tt.not {
				if _, ok := forms[name]; ok {
					t.Errorf("%q:\n organisations %v\n want no %q", tt.body, forms, name)
				}
			}
		})
	}
}

// A national title with no country of its own, in the sentence after one
// that says someone visited a town or a country, is that country's, even
// where the release names another country more often
// (countryTravelledTo); a visit to a venue, or a town merely named after
// "in", sets no country.
func TestCountryTravelledTo(t *testing.T) {
	tests := []struct {
		rule, body string
		want, not  []string
	}{
		{"countryTravelledTo: the town just visited", "The envoy toured Norway for three days. In Bergen, she met Norwegian officers and praised Norway's role. On Friday, she travelled to Stockholm, Sweden. There she also met Defence Minister Lars Holm.",
			[]string{"Lars Holm: Defence Minister @ Sweden"}, []string{"Lars Holm: Defence Minister @ Norway"}},
		{"countryTravelledTo: a visit to a venue sets no country", "The Minister spoke about Norway and thanked Norway for its support. The Prime Minister recalled his visit to NATO Headquarters. He also met Defence Minister Lars Holm.",
			nil, []string{"Lars Holm: Defence Minister @ Belgium"}},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			got := runStages(t, tt.body).postsOf()
			checkMembers(t, tt.body, "posts", got, tt.want, tt.not)
		})
	}
}

// "Memorial" ends a venue's name wherever it stands (place-heads.tsv,
// strong), so a memorial named after a title's "of the" is the title's
// body, not a person who holds it.
func TestMemorialBody(t *testing.T) {
	body := "The Chairman met Dr Tomas Vale, Director of the Canadian War Memorial, and Major General Anna Berg, Commander of the Canadian Defence College."
	s := runStages(t, body)
	var names []string
	for _, p := range s.people.List {
		names = append(names, p.Name)
	}
	if slices.Contains(names, "War Memorial") {
		t.Errorf("%q:\n people %q\n want no %q", body, names, "War Memorial")
	}
	checkMembers(t, body, "posts", s.postsOf(), []string{"Tomas Vale: Director @ Canadian War Memorial"}, nil)
}

// Events named in passing, each with its own date and place after it,
// are events of their own (passingPhrase, passingEvents, definitePhrase);
// a release's last word may be a town the gazetteer lacks (unknownTowns).
func TestPassingEventsPlaced(t *testing.T) {
	runEventCases(t, []eventCase{
		{"passingEvents: two meetings, each with date and place", "Title",
			"Lisbon, 4 May 2026 – Envoys met in Lisbon on Monday. The talks built on the Foreign Ministers meeting in May 2019 in Brussels and the Defence Ministers meeting in March 2021 in Sintra.",
			[]string{"meeting@Lisbon@2026-05-04: ", "meeting@Brussels@2019-05: ", "meeting@Sintra@2021-03: "}, []string{"meeting@@2019-05: "}},
		{"passingEvents: the trigger keeps its own place and no other date", "Title",
			"Lisbon, 4 May 2026 – Envoys met in Lisbon on Monday. The ministerial meeting in Lisbon marks a further step, following the Foreign Ministers meeting in May 2019 in Brussels and the Defence Ministers meeting in March 2021 in Sintra.",
			[]string{"meeting@Brussels@2019-05: ", "meeting@Sintra@2021-03: "}, []string{"meeting@Lisbon@2019-05: "}},
		{"definitePhrase: an event reported is no event in passing", "Title",
			"Envoys held an informal meeting in Bergen on 3 May 2026 at the Grieg Hall.",
			[]string{"meeting@Grieg Hall@2026-05-03: "}, []string{"meeting@Bergen@2026-05-03: "}},
		{"meetingTown: a town after an event's noun and 'in' ends its clause", "Title",
			"On 3 May 2026, defence ministers of the region discussed training at a first meeting in Marvão.",
			[]string{"meeting@Marvão@2026-05-03: "}, nil},
		{"unknownTowns: the release's last word", "Title",
			"The forum recalled the Defence Ministers meeting in March 2021 in Marvão.",
			[]string{"meeting@Marvão@2021-03: "}, nil},
		{"pastOfComplement: a group of people in lower case, then ', held at'", "Title",
			"Lisbon, 8 December 2026 – The talks took the form of a working dinner, given on Tuesday at the Ajuda Palace in Lisbon, on the sidelines of the meeting of Allied foreign ministers, held at NATO Headquarters on 8 and 9 December.",
			[]string{"dinner@Ajuda Palace@2026-12-08: ", "meeting@NATO Headquarters@2026-12-08: "}, nil},
		{"scheduledFor, purposeBetween, scheduledOther: a meeting to discuss a summit planned elsewhere", "Title",
			"Lisbon, 8 March 2026 – Mr Tom Rask met in Lisbon with Foreign Minister Eva Holm to discuss issues related to the upcoming summit scheduled for 20 - 21 May in Porto.",
			[]string{"meeting@Lisbon@2026-03-08: Tom Rask, Eva Holm", "summit@Porto@2026-05-20: "}, []string{"summit@Lisbon@2026-05-20: Eva Holm, Tom Rask"}},
		{"dateAfter: a title's named event takes no date from the date line below it", "Allies meet ahead of Porto Summit",
			"8 March 2026\n\nMr Tom Rask met Foreign Minister Eva Holm in Lisbon.",
			[]string{"meeting@Lisbon@2026-03-08: Tom Rask, Eva Holm"}, []string{"summit@Porto@2026-03-08: "}},
		{"namedEvent: a year that names a session gives way to the day after it", "Title",
			"Admiral Tom Rask opened the Military Committee in Chiefs of Defence Session of 2023 on Wednesday 18 January 2023 in Brussels.",
			[]string{"session@Brussels@2023-01-18: "}, []string{"session@Brussels@2023: "}},
		{"fullerTitle: the same title of another body says nothing of the publisher's", "Title",
			"New York, 21 September 2016 – NATO Secretary General Tom Rask met world leaders. The Secretary General also met OSCE Secretary General Ivo Berg. Later, the Secretary General met with Russian Foreign Minister Eva Holm.",
			[]string{"meeting@New York City@2016-09-21: Tom Rask, Eva Holm"}, []string{"meeting@New York City@2016-09-21: Ivo Berg, Eva Holm"}},
		{"afterLink: a named exercise after 'for' leaves the workshop the sentence's sole event", "Title",
			"The Incident Development Workshop for NATO Exercise Steady Oak 2018 took place from 16 to 20 April 2018 in Stavanger, Norway.",
			[]string{"workshop@Stavanger@2018-04-16: "}, nil},
		{"placesOfParagraphs: a summit of another month sets no scene", "Title",
			"New York, 21 September 2011 – Mr Tom Rask arrived in New York. The partnership will be on the agenda of the summit in Chicago in May 2012. Mr Rask and President Eva Holm discussed Kosovo at a bilateral meeting.",
			[]string{"meeting@New York City@2011-09-21: Tom Rask, Eva Holm"}, []string{"meeting@Chicago@2011-09-21: Tom Rask, Eva Holm"}},
		{"attendsOther: a person named again after a meeting of their own is not on the main event", "Title",
			"New York, 21 September 2011 – Mr Tom Rask met Foreign Minister Ivo Berg in New York. Kosovo was the main topic at a bilateral meeting between Mr Rask and President Eva Holm. Mr Rask assured President Holm of the Alliance's support.",
			[]string{"meeting@New York City@2011-09-21: Tom Rask, Ivo Berg"}, []string{"meeting@New York City@2011-09-21: Tom Rask, Ivo Berg, Eva Holm"}},
		{"event-links.tsv: a recent visit is another event than the sentence's", "Georgian President visits NATO HQ",
			"27 February 2007\n\nReforms were the focus of a meeting between the Secretary General and President Ivo Berg, 27 February. The Secretary General said that a recent visit by NATO experts to Georgia gave a positive review, and that he discussed it with President Berg.",
			[]string{"meeting@NATO Headquarters@2007-02-27: Ivo Berg"}, []string{"meeting@Georgia@2007-02-27: Ivo Berg"}},
		{"passivePerson: an infinitive in the passive reports no address", "Title",
			"Brussels, 3 May 2007 – Experts found issues that need to be addressed by President Ivo Berg.",
			nil, []string{"speech@Brussels@2007-05-03: Ivo Berg"}},
		{"saidClause: a second report after 'and that' has places of its own", "Title",
			"Brussels, 3 May 2007 – Mr Tom Rask said that reforms had moved on well since his trip to Georgia, and that he discussed them with President Ivo Berg.",
			[]string{"meeting@Brussels@2007-05-03: Tom Rask, Ivo Berg"}, []string{"meeting@Georgia@2007-05-03: Tom Rask, Ivo Berg"}},
		{"otherParties: two talks of one day with other people are two meetings", "Title",
			"New York, 21 September 2016 – Secretary General Tom Rask met several leaders on Wednesday in New York. In talks with Prime Minister Ivo Berg, Mr Rask welcomed the progress made. In separate talks with President Eva Holm, the Secretary General reaffirmed his support.",
			[]string{"meeting@New York City@2016-09-21: Tom Rask, Ivo Berg", "meeting@New York City@2016-09-21: Eva Holm, Tom Rask"}, nil},
		{"clauseEnd: 'and earlier' and a verb open another stop", "Title",
			"Rome, 16 April 2024 – Mr Tom Rask met with Minister of Defence Ivo Berg in Rome and earlier visited the carrier at Luni Sarzana Base.",
			[]string{"meeting@Rome@2024-04-16: Tom Rask, Ivo Berg"}, []string{"meeting@Luni Sarzana Base@2024-04-16: Tom Rask, Ivo Berg"}},
		{"headOfTitle: 'the Minister' is the one minister named before", "Title",
			"Alexander Berg, the Australian Foreign Minister, came to NATO on 18 May 2004. The Minister met Secretary General Tom Rask in Brussels on 19 May.",
			[]string{"meeting@Brussels@2004-05-19: Alexander Berg, Tom Rask"}, nil},
		{"occasionPlace: a speech at a meeting is where the meeting is", "Title",
			"Lisbon, 8 December 2026 – Mr Tom Rask spoke at the meeting of NATO defence ministers in Sintra on 8 December.",
			[]string{"speech@Sintra@2026-12-08: Tom Rask", "meeting@Sintra@2026-12-08: "}, []string{"speech@Lisbon@2026-12-08: Tom Rask"}},
	})
}

// A town the gazetteer lacks after an event's noun and "in" is a place
// only where the clause ends with it and no known body or given name
// opens it (meetingTown).
func TestMeetingTown(t *testing.T) {
	t.Run("meetingTown: a town", func(t *testing.T) {
		checkPlaces(t, "Lisbon, 3 May 2026 – Ministers met at a seminar in Marvão, where they discussed training.", []string{"Marvão"}, nil)
	})
	t.Run("meetingTown: a body is no town", func(t *testing.T) {
		checkPlaces(t, "Lisbon, 3 May 2026 – Ministers recalled the debate in Parliament.", nil, []string{"Parliament"})
	})
	t.Run("meetingTown: no event noun before 'in'", func(t *testing.T) {
		checkPlaces(t, "Lisbon, 3 May 2026 – Ministers expressed their trust in Marvão.", nil, []string{"Marvão"})
	})
}

// TestSessionSpeakersAndCeremonies checks who takes part in a session's
// sitting and in a ceremony: the people after the "by" of a passive verb
// whose subject is a named event (passiveAgents), people after a noun of
// presence and "of" (presenceOf), the speakers of a one-day sitting in
// the session of several days it belongs to (sittingSpeakers), no
// meeting or speech from a passive verb no named person takes part in
// (passivePerson), and a change of command told after its ceremony
// (changeAtCeremony).
func TestSessionSpeakersAndCeremonies(t *testing.T) {
	runEventCases(t, []eventCase{
		{"passiveAgents", "Title", "The Autumn Session of the Assembly runs in Oslo from 7 to 10 October 2016.\n\nOn 8 October, the Opening Session will be opened by Assembly President Mr Omar Lind and Prime Minister Mr Ivo Berg.",
			[]string{"session@Oslo@2016-10-08: Omar Lind, Ivo Berg"}, []string{"session@Oslo@2016-10-08: "}},
		{"presenceOf", "Title", "Norway will host the NATO Parliamentary Assembly's 61st Annual Session in Oslo from 7 to 10 October 2016.\n\nThe session will be graced by the presence of Secretary General Omar Lind and Prime Minister Eva Holm.",
			[]string{"session@Oslo@2016-10-07: Omar Lind, Eva Holm"}, nil},
		{"presenceOf: a thing's owner is no attendee", "Title", "On 4 May 2016, Mr Omar Lind laid a wreath in Oslo at the grave of King Ivo Berg.",
			nil, []string{"ceremony@Oslo@2016-05-04: Omar Lind, Ivo Berg"}},
		{"sittingSpeakers", "Title", "Norway will host the NATO Parliamentary Assembly's 61st Annual Session in Oslo from 7 to 10 October 2016.\n\nThe plenary session on Sunday 9 October will be addressed by Assembly President Omar Lind and by Prime Minister Eva Holm.",
			[]string{"session@Oslo@2016-10-07: Omar Lind, Eva Holm", "session@Oslo@2016-10-09: Omar Lind, Eva Holm"}, []string{"speech@Oslo@2016-10-09: Omar Lind, Eva Holm"}},
		{"passivePerson: unnamed guests", "Title", "On 4 May 2016, General Omar Lind handed over command of the NATO Defense College to General Ivo Berg in Rome.\n\nAll the invited diplomats were welcomed upon arrival at the College's Main Auditorium.",
			[]string{"change of command@Rome@2016-05-04: Omar Lind, Ivo Berg"}, []string{"meeting@Main Auditorium@: "}},
		{"passivePerson: a named visitor", "Title", "On 4 May 2016, Minister Eva Holm was welcomed at the General Staff in Oslo by General Omar Lind.",
			[]string{"meeting@General Staff of Norway@2016-05-04: Eva Holm, Omar Lind"}, nil},
		{"changeAtCeremony", "Title", "General Omar Lind became the commander of the Allied Land Command during a ceremony in Izmir on 4 May 2016. He succeeded General Ivo Berg. Secretary General Eva Holm presided over the change of command.",
			[]string{"change of command@Izmir@2016-05-04: Omar Lind, Eva Holm, Ivo Berg"}, []string{"change of command@Izmir@2016-05-04: Eva Holm"}},
	})
}

// TestTitleInRankedName checks that a one-word title inside a name that a
// rank opens, after a given name, is a word of the name
// (titleInRankedName), while a title right after the rank, or ending the
// name, is still a title.
func TestTitleInRankedName(t *testing.T) {
	tests := []struct {
		rule, body, person string
		post               string
	}{
		{"a title word between given name and surname", "Baghdad, 24 May 2023 – The Chief of Staff of the Iraqi Army, General Abdul Amir Rashid Yarallah, was present.",
			"Abdul Amir Rashid Yarallah", "Chief of Staff"},
		{"a title word with no given name before it", "Riyadh, 4 May 2010 – He met Emir Omar Lind of the province.",
			"Omar Lind", "Emir"},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			f := testExtractor(t).Extract(&natokg.Release{Title: "Title", Source: "NATO", Body: tt.body})
			found := false
			for _, p := range f.People {
				if p.Name != tt.person {
					continue
				}
				for _, po := range p.Posts {
					found = found || po.Role == tt.post
				}
			}
			if !found {
				t.Errorf("%q: no %s with post %s in %+v", tt.body, tt.person, tt.post, f.People)
			}
		})
	}
}

// TestLowerTitlesAndToBe checks lower-case titles in apposition after a
// comma and an article (lowerTitleAfterArticle), with "for" and a body
// that is the post's (lowerTitleForBody), a lower-case title between a
// body's name and a person's (bodysLowerTitle), and a post after "to be"
// given to the person named before it (toBeBefore, subjectsPost); and that
// "an officer of" a service, or "to be the host", gives no post.
func TestLowerTitlesAndToBe(t *testing.T) {
	tests := []struct {
		rule, body string
		want, not  []string
	}{
		{"lowerTitleAfterArticle: 'the new HEAD for BODY'", "Brussels, 4 May 2012 – He met Ms Eva Lund, the new prosecutor for the International Criminal Court, in the morning.",
			[]string{"Eva Lund: Prosecutor @ International Criminal Court"}, nil},
		{"lowerTitleAfterArticle: 'a senior HEAD at BODY'", "Riga, 4 May 2012 – The panel heard Dr Ivo Kalns, a senior fellow at the Baltic Defence College, and others.",
			[]string{"Ivo Kalns: Senior Fellow @ Baltic Defence College"}, nil},
		{"lowerTitleAfterArticle: 'an officer of' a service is no post", "Tokyo, 4 May 2012 – Admiral Jan Smit, an officer of the Royal Netherlands Navy, met the students.",
			nil, []string{"Jan Smit: Officer @ Royal Netherlands Navy"}},
		{"bodysLowerTitle: 'BODY HEAD NAME'", "Kabul, 4 May 2012 – He met former ICC prosecutor Eva Lund and UNICEF representative Karl Berg.",
			[]string{"Eva Lund: Prosecutor @ International Criminal Court", "Karl Berg: Representative @ United Nations Children's Fund"}, nil},
		{"subjectsPost: 'elected X to be the next TITLE'", "Brussels, 4 May 2012 – The Chiefs of Defence elected Admiral Marco Neri, Chief of Defence of Italy, to be the next Chair of the NATO Military Committee.",
			[]string{"Marco Neri: Chair @ NATO Military Committee"}, nil},
		{"subjectsPost: 'to be the host' is no post", "Oslo, 4 May 2012 – Mr Ivo Berg said he was proud to be the host of the meeting.",
			nil, []string{"Ivo Berg: Host @ "}},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			got := runStages(t, tt.body).postsOf()
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("%q:\n posts %q\n want %q", tt.body, got, tt.want)
				}
			}
			for _, n := range tt.not {
				if slices.Contains(got, n) || strings.HasSuffix(n, "@ ") && hasPrefix(got, n) {
					t.Errorf("%q:\n posts %q\n want none of %q", tt.body, got, tt.not)
				}
			}
		})
	}
}

// TestVisitStops checks the rules of version 125, read from visits with
// several stops: a scene opened after its day gives a bare national
// title its country (pastOpeningDay); an unknown name after a
// schedule's venue dash and before a known place is a venue
// (dashVenues); a venue named after a ranked person keeps the person's
// name (namedAfterRanked); and the rows for driving to a place, arriving
// at a place, a firing range and a clergyman's style.
func TestVisitStops(t *testing.T) {
	posts := []struct{ rule, body, want string }{
		{"pastOpeningDay: a weekday, then 'in' a town", "Tallinn, 4 May 2011 – The Chairman went on to Latvia. On Monday in Tallinn, he met Prime Minister Ruuben Saar.",
			"Ruuben Saar: Prime Minister @ Estonia"},
		{"pastOpeningDay: a date, then 'in' a town", "Tallinn, 4 May 2011 – The Chairman then toured Latvia. On 4 May in Tallinn, he held talks with Defence Minister Anu Kask.",
			"Anu Kask: Defence Minister @ Estonia"},
	}
	for _, tt := range posts {
		t.Run(tt.rule, func(t *testing.T) {
			if got := runStages(t, tt.body).postsOf(); !slices.Contains(got, tt.want) {
				t.Errorf("%q:\n posts %q\n want %q", tt.body, got, tt.want)
			}
		})
	}
	t.Run("dashVenues: an unknown name before a known town", func(t *testing.T) {
		checkPlaces(t, "Advisory\n\nTuesday, 9 May 2017\n\n11:30 – Joint press point with the Minister – Marienborg, Copenhagen", []string{"Marienborg", "Copenhagen"}, nil)
	})
	t.Run("dashVenues: no venue without a known place after the comma", func(t *testing.T) {
		checkPlaces(t, "Advisory\n\nTuesday, 9 May 2017\n\n11:30 – Joint press point with the Minister – Marienborg, Zorblat", nil, []string{"Marienborg"})
	})
	t.Run("namedAfterRanked: a venue's strong head after the person", func(t *testing.T) {
		checkPlaces(t, "Ljubljana, 16 May 2006 – The Chairman visited a brigade at the General Rudolf Barracks in Maribor.", []string{"General Rudolf Barracks", "Maribor"}, nil)
	})
	t.Run("lower-place-heads: a firing range", func(t *testing.T) {
		checkPlaces(t, "Visby, 18 March 2025 – She watched a live-fire demonstration at the Tofta firing range.", []string{"Tofta firing range"}, nil)
	})
	runEventCases(t, []eventCase{
		{"event-words: drove to a place", "Title", "Chișinău, 3 June 2014 – On Tuesday, the Deputy Secretary General, Mr Alexander Vershbow, drove to the Bulboaca training area.",
			[]string{"visit@Bulboaca training area@2014-06-03: Alexander Vershbow"}, nil},
		{"event-words: arrived at a place, not only in one", "Title", "Pristina, 23 March 2010 – Admiral James Stavridis arrived at Camp Film City on Tuesday.",
			[]string{"visit@Camp Film City@2010-03-23: James Stavridis"}, nil},
		{"honorifics: a clergyman's style", "Title", "Dečani, 24 March 2010 – Admiral James Stavridis visited the Visoki Dečani Monastery, where Father Sava Janjić welcomed him.",
			[]string{"visit@Visoki Dečani Monastery@2010-03-24: James Stavridis, Sava Janjić"}, nil},
	})
}

// TestOpeningVenue checks the venue a sentence opens with when it tells
// only of a named event placed elsewhere (openingVenue): the scene of the
// event told before it; and the town such a visit keeps for its other
// meetings placed nowhere (homePlace).
func TestOpeningVenue(t *testing.T) {
	runEventCases(t, []eventCase{
		{"openingVenue: the scene of the talks told before", "Title", "Oslo, 3 May 2022 – Mr Omar Lind was in Oslo on Tuesday for talks with Prime Minister Eva Holm. At the Government Guest House the two leaders discussed preparations for the Summit in Vilnius in July.",
			[]string{"visit@Government Guest House@2022-05-03: Omar Lind, Eva Holm", "summit@Vilnius@2022-07: "}, []string{"visit@Oslo@2022-05-03: Omar Lind, Eva Holm"}},
		{"openingVenue: an event of its own keeps the venue", "Title", "Oslo, 3 May 2022 – Mr Omar Lind was in Oslo on Tuesday for talks with Prime Minister Eva Holm. At the Government Guest House he later gave a press conference with Ms Holm.",
			[]string{"press conference@Government Guest House@2022-05-03: Omar Lind, Eva Holm", "visit@Oslo@2022-05-03: Omar Lind, Eva Holm"}, nil},
		{"homePlace: the visit's other meeting is in the town", "Title", "Oslo, 3 May 2022 – Mr Omar Lind was in Oslo on Tuesday for talks with Prime Minister Eva Holm. At the Government Guest House the two leaders discussed preparations for the Summit in Vilnius in July.\n\nMr Lind also met Foreign Minister Ivo Berg.",
			[]string{"meeting@Oslo@: Omar Lind, Ivo Berg"}, []string{"meeting@Government Guest House@: Omar Lind, Ivo Berg"}},
	})
}

// TestThankedFor checks that a place in what thanks or praise are for is
// not where the event happens (thankedFor), and that the host named after
// "as the guest of" takes part (presenceOf).
func TestThankedFor(t *testing.T) {
	runEventCases(t, []eventCase{
		{"thankedFor: hosting", "Title", "Ottawa, 5 May 2022 – Mr Omar Lind met Mayor Eva Holm to thank the city for hosting the only NATO school in North America.",
			[]string{"meeting@Ottawa@2022-05-05: Omar Lind, Eva Holm"}, []string{"meeting@North America@2022-05-05: Omar Lind, Eva Holm"}},
		{"thankedFor: praise", "Title", "Ottawa, 5 May 2022 – Mr Omar Lind held talks with Minister Eva Holm and praised her for the ships her country keeps in the Baltic Sea.",
			nil, []string{"meeting@Baltic Sea@2022-05-05: Omar Lind, Eva Holm"}},
		{"presenceOf: the guest of a host", "Title", "Ottawa, 5 May 2022 – Mr Omar Lind came to Ottawa on Thursday. He ended his visit at the City Hall as the guest of the Mayor of Ottawa, Eva Holm.",
			[]string{"visit@City Hall@2022-05-05: Omar Lind, Eva Holm"}, nil},
	})
}

// TestEventPlacesAudit11 checks event places read from real releases of
// every kind: a named event after a participle of another noun is where
// that noun's deed was done, not where the trigger's event is (deedAt);
// a body after "on the margins of" stands for its gathering, held at the
// place after it (marginsBody); a lower-case adjective before what kind
// of town follows (pastTownAdjective); a body after a titled guest of a
// verb is where the guest is received (guestAt); a "Location:" line
// gives the programme's timed lines their venue (labelledVenue); a
// document's participle past a topic after "of" and an agent after "by"
// (docParticiple, afterThe); "discussed in PLACE" is a meeting there;
// "the situations in" names a topic (topic-nouns.tsv), and so does every
// place of the list it opens (topicListed); an event noun before a topic
// noun reports no event of its own (modifiesTopic); a title's summit after
// "preparations for" is talked about (preparedFor).
func TestEventPlacesAudit11(t *testing.T) {
	runEventCases(t, []eventCase{
		{"deedAt: a participle after another noun", "Title",
			"On 4 May 2026, the envoys toured the Joint Warfare Centre in Stavanger. They were briefed on the targets to be endorsed at the Ankara Summit in July 2026.",
			[]string{"summit@Ankara@2026-07: "}, []string{"briefing@Ankara@2026-05-04: "}},
		{"deedAt: past an agent after by", "Title",
			"The generals met in Porto from 4 to 6 May 2026. The second session will weigh the choices made by Allied leaders at the Ankara Summit in July 2025.",
			[]string{"summit@Ankara@2025-07: "}, []string{"session@Ankara@: "}},
		{"marginsBody: the gathering's town", "Title",
			"On 24 September 2026, Secretary General Omar Lind held talks with Minister Eva Holm on the margins of the United Nations General Assembly in New York.",
			[]string{"meeting@New York City@2026-09-24: Omar Lind, Eva Holm"}, nil},
		{"pastTownAdjective: a town after its kind and an adjective", "Title",
			"On 6 May 2026, the ministers opened their talks in the coastal resort of Noordwijk in the Netherlands.",
			[]string{"meeting@Noordwijk@2026-05-06: "}, []string{"meeting@Netherlands@2026-05-06: "}},
		{"guestAt: a titled guest received at a body", "Title",
			"On 9 June 2026, the staff association welcomed the Luxembourgish Prime Minister Mr Ivo Berg at NSPA for a short briefing.",
			[]string{"meeting@NATO Support and Procurement Agency@2026-06-09: Ivo Berg"}, nil},
		{"labelledVenue: the programme's venue", "Title",
			"On Monday 5 October 2026, Secretary General Omar Lind will visit Norfolk, Virginia.\n\nProgramme\n\n10:00 local time – Press point by the Secretary General\n\n11:00 local time – Press conference by the Supreme Allied Commander Transformation\n\nLocation: Half Moone Cruise and Celebration Center",
			[]string{"press conference@Half Moone Cruise and Celebration Center@2026-10-05: "}, []string{"press conference@Norfolk@2026-10-05: "}},
		{"docParticiple: past a topic and an agent", "Title",
			"Chisinau, 3 May 2026 – Mr Omar Lind met Minister Eva Holm in Chisinau on Tuesday. They reviewed the new package of aid agreed by Allied ministers in Vilnius in April 2025.",
			[]string{"agreement@Vilnius@2025-04: "}, nil},
		{"discussed in PLACE", "Title",
			"The defence ministers discussed in Oslo on 12 March 2026 how to speed up the delivery of air defence.",
			[]string{"meeting@Oslo@2026-03-12: "}, nil},
		{"discussed, no place right after", "Title",
			"On 12 March 2026, Mr Omar Lind met Minister Eva Holm in Riga. They discussed in detail the situation in Moldova.",
			[]string{"meeting@Riga@2026-03-12: Omar Lind, Eva Holm"}, []string{"meeting@Moldova@2026-03-12: "}},
		{"topic: the situations in a region", "Title",
			"On 4 May 2026, Mr Omar Lind visited Riga for talks with Minister Eva Holm. The talks also allowed an exchange of views on the situations in the Middle East.",
			[]string{"visit@Riga@2026-05-04: Omar Lind, Eva Holm"}, []string{"meeting@Middle East@2026-05-04: "}},
		{"topicListed: every place of a topic's list", "Title",
			"On 4 May 2026, Mr Omar Lind visited Riga for talks with Minister Eva Holm. The talks also allowed an exchange of views on the situations in the Middle East, the Balkans (notably Kosovo) and Libya.",
			[]string{"visit@Riga@2026-05-04: Omar Lind, Eva Holm"}, []string{"meeting@Balkans@2026-05-04: ", "meeting@Libya@2026-05-04: "}},
		{"modifiesTopic: an event noun before a topic noun", "Title",
			"On 9 March 2026, Mr Omar Lind visited Ottawa to prepare for the Ankara Summit in July. He said that support to Ukraine will top the summit agenda.",
			[]string{"summit@Ankara@2026-07: "}, []string{"summit@Ottawa@: Omar Lind", "summit@Ottawa@2026-03-09: Omar Lind"}},
		{"modifiesTopic: an event noun before its place", "Title",
			"On 9 March 2026, the leaders held a summit in Ottawa.",
			[]string{"summit@Ottawa@2026-03-09: "}, nil},
		{"preparedFor: a title's summit prepared for", "Allies step up preparations for Ankara summit",
			"The defence ministers discussed in Oslo on 12 March 2026 how to get ready for the summit in July.",
			[]string{"meeting@Oslo@2026-03-12: "}, []string{"summit@Oslo@2026-03-12: "}},
		{"topicListed: a list of meeting towns", "Title",
			"On 4 May 2026, the envoys met in Riga and in Tallinn.",
			[]string{"meeting@Riga@2026-05-04: ", "meeting@Tallinn@2026-05-04: "}, nil},
	})
}

// Events told in passing with their own places and dates: a place the
// traveller goes on to (onwardPlace), an "of" complement or a "held"
// before the place (pastOfComplement, pastHeld; "leaders' meeting" is
// definite, definitePhrase), a second "that" clause
// (thatBefore), a place whose relative clause hosts a named event
// (hostedAt) and one name for two meetings apart (placedApart).
func TestPassingReports(t *testing.T) {
	runEventCases(t, []eventCase{
		{"onwardPlace", "Title", "Amman, 22 October 2008 – On Thursday, Mr Omar Lind will speak at a seminar organised by the Institute, before travelling on to Cairo.",
			[]string{"speech@Amman@2008-10-23: Omar Lind"}, []string{"speech@Cairo@2008-10-23: Omar Lind"}},
		{"onwardPlace: after 'after' the place is the event's", "Title", "Amman, 22 October 2008 – On Thursday, after travelling to Cairo, Mr Omar Lind will speak at a seminar in Cairo.",
			[]string{"speech@Cairo@2008-10-23: Omar Lind"}, nil},
		{"pastOfComplement", "Title", "Brussels, 12 April 2017 – Mr Omar Lind met Prime Minister Eva Holm on Wednesday. He looked forward to welcoming her at the meeting of NATO Heads of State and Government in Brussels on 25 May.",
			[]string{"meeting@Brussels@2017-05-25: Omar Lind"}, nil},
		{"pastOfComplement: lower-case words end the complement", "Title", "Brussels, 12 April 2017 – Mr Omar Lind met Prime Minister Eva Holm on Wednesday. They discussed the meeting of experts on cyber defence in Tallinn on 25 May.",
			nil, []string{"meeting@Tallinn@2017-05-25: "}},
		{"pastHeld", "Title", "Brussels, 17 February 2020 – Mr Omar Lind met Eva Holm on Monday. Looking back at the NATO leaders' meeting held in London in December 2019, he pointed to the Alliance's ability to adapt.",
			[]string{"meeting@London@2019-12: "}, nil},
		{"thatBefore", "Title", "Tbilisi, 7 November 2019 – Mr Omar Lind visited Georgia on Thursday. He recalled that the Council held its meeting with Georgia in Batumi in October, and that NATO leaders will next gather in London on 3 and 4 December.",
			[]string{"meeting@Batumi@2019-10: Omar Lind", "meeting@London@2019-12-03: "}, []string{"meeting@Batumi@2019-12-03: "}},
		{"hostedAt", "Title", "Tbilisi, 7 November 2019 – Mr Omar Lind visited the Joint Training and Evaluation Centre at Krtsanisi, which hosted the NATO-Georgia Exercise in March this year.",
			[]string{"exercise@Joint Training and Evaluation Centre@2019-03: "}, []string{"visit@Joint Training and Evaluation Centre@2019-03: Omar Lind"}},
		{"placedApart", "Title", "Amman, 22 October 2008 – Mr Omar Lind held talks in Amman on Wednesday. Allied leaders, meeting in Bucharest in April, deepened the Mediterranean Dialogue. He also pointed to the meeting of NATO and Mediterranean Dialogue Defence Ministers in Taormina, Italy, in February 2006.",
			[]string{"meeting@Bucharest@2008-04: ", "meeting@Taormina@2006-02: Omar Lind"}, nil},
	})
}

// A ship named where something happens (shipWhere) is where the event
// happens, before a place the ship lies at (shipVenue).
func TestShipVenue(t *testing.T) {
	runEventCases(t, []eventCase{
		{"a ceremony on a frigate's deck", "Title", "Souda Bay, 16 September 2004 – Admiral Anna Berg took command of the group in a ceremony held on the flight deck of the Turkish frigate TCG Salihreis, moored at the NATO pier in Souda Bay.",
			[]string{"change of command@TCG Salihreis@2004-09-16: Anna Berg"}, []string{"change of command@Souda Bay@2004-09-16: Anna Berg"}},
		{"a ship berthed at a named centre", "Title", "Souda Bay, 10 July 2013 – Command passed to Admiral Anna Berg at a ceremony on the flight deck of the Italian destroyer ITS Andrea Doria, berthed at the NATO Maritime Interdiction Operational Training Centre.",
			[]string{"ceremony@ITS Andrea Doria@2013-07-10: Anna Berg"}, nil},
		{"a ship that sails is no venue", "Title", "Rota, 2 May 2019 – The exercise began when the dock landing ship USS Gunston Hall left port.",
			nil, []string{"exercise@USS Gunston Hall@2019-05-02: "}},
	})
}

// A happening that is its sentence's event takes the date after its own
// phrase, not the date the sentence opens with (ownHappeningDate).
func TestOwnHappeningDate(t *testing.T) {
	runEventCases(t, []eventCase{
		{"attacks carried out on an earlier day", "Title", "On Monday, 16 November 2015, the Council condemned the terrorist attacks carried out in Paris on Friday, 13 November.",
			[]string{"attack@Paris@2015-11-13: "}, []string{"attack@Paris@2015-11-16: "}},
		{"an attack with no date of its own keeps the sentence's", "Title", "On Monday, 16 November 2015, the Council condemned the terrorist attack in Paris.",
			[]string{"attack@Paris@2015-11-16: "}, nil},
	})
}

// TestStationedAt checks that a place after a participle of stationing
// that follows a noun or a comma locates the things before it, not the
// event of the sentence (stationedAt), while a place after a passive
// "were deployed in" or after an event's own verb still may be its place.
func TestStationedAt(t *testing.T) {
	runEventCases(t, []eventCase{
		{"stationedAt: forces deployed in a region", "Title", "Capellen, 14 February 2025 – The Agency has awarded a contract for fuel to Allied forces deployed in southern Europe, Director Eva Holm announced on Friday.",
			nil, []string{"event@Europe@2025-02-14: Eva Holm"}},
		{"stationedAt: an agency based in a town", "Title", "Brussels, 5 May 2022 – Mr Omar Lind met the head of the Agency, based in Capellen, Ms Eva Holm, on Thursday.",
			[]string{"meeting@Brussels@2022-05-05: Omar Lind, Eva Holm"}, []string{"meeting@Capellen@2022-05-05: Omar Lind, Eva Holm"}},
		{"stationedAt: the event's own place stays", "Title", "Brussels, 5 May 2022 – Mr Omar Lind met Minister Eva Holm in Oslo on Thursday to discuss troops stationed in Latvia.",
			[]string{"meeting@Oslo@2022-05-05: Omar Lind, Eva Holm"}, []string{"meeting@Latvia@2022-05-05: Omar Lind, Eva Holm"}},
	})
}

// TestVenueOfDateline checks that the title's event, placed at the
// dateline's town or at the country that holds it, is the body's main
// event at a venue the text puts nowhere else (venueOfDateline), and
// stays apart where the title's place is another town.
func TestVenueOfDateline(t *testing.T) {
	runEventCases(t, []eventCase{
		{"venueOfDateline: the title's town is the dateline's", "Minister Omar Lind urges restraint in Lyon lecture",
			"Lyon, 3 March 2011 – Minister Omar Lind gave a lecture on Thursday at the Vooruit Arts Centre.",
			[]string{"speech@Vooruit Arts Centre@2011-03-03: Omar Lind"}, []string{"speech@Lyon@: Omar Lind"}},
		{"venueOfDateline: the title's country holds a town placed nowhere", "Omar Lind ends visit to Norway at Bardufoss",
			"Bardufoss, 12 May 2016 – Minister Omar Lind ended a two-day visit on Thursday at the Heggelia Training Grounds.",
			[]string{"visit@Heggelia Training Grounds@2016-05-11: Omar Lind"}, []string{"visit@Norway@: Omar Lind"}},
		{"venueOfDateline: another town in the title stays apart", "Minister Omar Lind urges restraint in Marseille lecture",
			"Lyon, 3 March 2011 – Minister Omar Lind gave a lecture on Thursday at the Vooruit Arts Centre.",
			[]string{"speech@Marseille@: Omar Lind"}, nil},
	})
}

// TestPassingDays checks that a whole day after "on" that no event of
// the release starts on dates a happening of its own (passingDays), but
// not a deadline's day, a day after "since" or the day something ends
// (passingDay).
func TestPassingDays(t *testing.T) {
	runEventCases(t, []eventCase{
		{"passingDays: a damage dated in passing", "Title", "Helsinki, 14 January 2025 – Mr Omar Lind met Minister Eva Holm in Helsinki on Tuesday. Weeks before, a pipeline under the Baltic Sea was cut on 8 October 2024.",
			[]string{"meeting@Helsinki@2025-01-14: Omar Lind, Eva Holm", "occurrence@@2024-10-08: "}, nil},
		{"passingDays: a decision taken on a day", "Title", "Brussels, 9 March 2012 – The Council met today and confirmed the decision it took on 2 March to close the training centre.",
			[]string{"occurrence@@2012-03-02: "}, nil},
		{"passingDay: a day an event already has", "Title", "Brussels, 9 March 2012 – Mr Omar Lind will visit Riga on 12 March.",
			[]string{"visit@Riga@2012-03-12: Omar Lind"}, []string{"occurrence@@2012-03-12: "}},
		{"passingDay: a deadline", "Title", "Brussels, 9 March 2012 – Mr Omar Lind met Eva Holm on Friday. Applications must be sent no later than Monday 2 April.",
			nil, []string{"occurrence@@2012-04-02: "}},
		{"passingPlace: a place after a comma right after the day", "Title", "Brussels, 29 January 2016 – Mr Omar Lind met Minister Eva Holm in Brussels on Friday. The National Defense Research University (NDRU) opened its doors on 28 January 2016, in Yerevan, Armenia.",
			[]string{"meeting@Brussels@2016-01-29: Omar Lind, Eva Holm", "occurrence@Yerevan@2016-01-28: "}, nil},
		{"dayOfRelease: a release of one day dates the events at its place", "Title", "NATO wants Serbia's reforms to go on, said the Secretary General during a visit to NATO Headquarters by President Boris Lapic, 19 July 2006.\n\nThe President visited NATO Headquarters to meet with the Secretary General. \"We are ready,\" said Lapic at a press point after the meeting.",
			[]string{"visit@NATO Headquarters@2006-07-19: Boris Lapic", "press conference@NATO Headquarters@2006-07-19: Boris Lapic"}, []string{"press conference@NATO Headquarters@: Boris Lapic"}},
		{"dayOfRelease: a venue the text puts nowhere is of the release's day", "Title", "Warsaw, 12 March 2008 – Mr Tom Rask will travel to Warsaw on Thursday, 13 March, to meet President Ivo Berg.\n\nHe will also deliver the keynote speech at a conference held at the Ostrog Hall.",
			[]string{"speech@Ostrog Hall@2008-03-13: Tom Rask"}, nil},
		{"passingDay: the day a mission ends", "Title", "Kabul, 9 March 2012 – Mr Omar Lind met Eva Holm on Friday. The training mission ends on 31 December.",
			nil, []string{"occurrence@@2012-12-31: "}},
	})
}

// TestEarlierLeads checks that an event only the dateline's sentence
// reports, with no date but the dateline's, loses that date where the
// body dates another event within the month before (earlierLeads), and
// keeps it where its sentence dates it itself or nothing is earlier.
func TestEarlierLeads(t *testing.T) {
	runEventCases(t, []eventCase{
		{"earlierLeads: the body dates what the lead tells", "Title", "Riga, 20 May 2011 – Colonel Omar Lind is the new head of the training centre. He took over on Tuesday, 17 May, at a ceremony in Riga.",
			[]string{"ceremony@Riga@2011-05-17: Omar Lind", "event@Riga@: Omar Lind"}, []string{"event@Riga@2011-05-20: Omar Lind"}},
		{"earlierLeads: a lead that dates itself keeps its day", "Title", "Riga, 20 May 2011 – Colonel Omar Lind is the new head of the training centre as of 20 May. His predecessor said farewell at a ceremony in Riga on Tuesday, 17 May.",
			[]string{"event@Riga@2011-05-20: Omar Lind"}, nil},
		{"earlierLeads: nothing earlier", "Title", "Riga, 20 May 2011 – Colonel Omar Lind is the new head of the training centre.",
			[]string{"event@Riga@2011-05-20: Omar Lind"}, nil},
	})
}

// TestPassingName checks that a happening dated in passing is named by
// the words of its own clause before "on" (passingName), not by the
// clause before it.
func TestPassingName(t *testing.T) {
	tests := []struct{ rule, body, want string }{
		{"passingName: the whole sentence before the day", "Helsinki, 14 January 2025 – Mr Omar Lind met Minister Eva Holm in Helsinki on Tuesday. Weeks before, a cable under the sea was cut on 8 October 2024.",
			"A cable under the sea was cut on 2024-10-08"},
		{"passingName: a clause after 'and'", "Brussels, 9 March 2012 – Mr Omar Lind met Eva Holm on Friday, and the two ministries signed a plan on 1 March.",
			"The two ministries signed a plan on 2012-03-01"},
		{"passingClause: a name's acronym in brackets opens no clause and counts for no word", "Brussels, 29 January 2016 – Mr Omar Lind met Minister Eva Holm in Brussels on Friday. The National Defense Research University (NDRU) opened its doors on 28 January 2016, in Yerevan, Armenia.",
			"The National Defense Research University (NDRU) opened its doors on 2016-01-28"},
		{"inCompound: eight words back start no name inside a compound", "Brussels, 9 March 2012 – Mr Omar Lind met Eva Holm on Friday. The long-term multi-year support package for the whole region was adopted on 3 March.",
			"Support package for the whole region was adopted on 2012-03-03"},
		{"passingClause: a clause's first word is no word inside a name", "Brussels, 20 May 2014 – Mr Omar Lind met Eva Holm on Tuesday. Trinidad and Tobago requested disaster assistance on 15 May.",
			"Trinidad and Tobago requested disaster assistance on 2014-05-15"},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			wantEvent(t, tt.body, "named", func(e *natokg.Event) string { return e.Name }, tt.want)
		})
	}
}

// wantEvent checks that one of the events extracted from body has the
// value want of what (the event's name, its place, ...).
func wantEvent(t *testing.T, body, what string, of func(*natokg.Event) string, want string) {
	t.Helper()
	f := testExtractor(t).Extract(&natokg.Release{Title: "Title", Source: "NATO", Body: body})
	var got []string
	for _, e := range f.Events {
		if of(e) == want {
			return
		}
		got = append(got, of(e))
	}
	t.Errorf("no event %s %q; events %s %q", what, want, what, got)
}

// TestDefiniteBody checks that a title whose body is a lower-case noun
// with "the" ("the Dean of the school", "its commander" after "the
// headquarters") is the post of the body named before by a name with
// that noun (definiteBody), and that a noun no name before carries
// leaves the post without one.
func TestDefiniteBody(t *testing.T) {
	posts := []struct {
		rule, body string
		want, not  []string
	}{
		{"definiteBody: of the school", "Oslo, 3 May 2021 – Mr Omar Lind spoke at the Nordic School of Strategy. He was welcomed by the Dean of the school, Eva Holm.",
			[]string{"Eva Holm: Dean @ Nordic School of Strategy"}, nil},
		{"definiteBody: of the headquarters", "Oslo, 3 May 2021 – A delegation visited Headquarters Allied Joint Force Command Brunssum. It was hosted by the Chief of Staff of the headquarters, General Eva Holm.",
			[]string{"Eva Holm: Chief of Staff @ Headquarters Allied Joint Force Command Brunssum"}, nil},
		{"definiteBody: its, after the noun", "Oslo, 3 May 2021 – Ministers opened Headquarters Multinational Division North in May. On Friday they visited the headquarters, where its commander, General Eva Holm of Latvia, briefed them.",
			[]string{"Eva Holm: Commander @ Headquarters Multinational Division North"}, []string{"Eva Holm: Commander @ Latvia"}},
		{"nounTitle: the brigade commander before the name", "Tapa, 3 May 2017 – He visited the Multinational Brigade North-East in Tapa, where he met the brigade commander, Colonel Eva Holm, and watched training.",
			[]string{"Eva Holm: Commander @ Multinational Brigade North-East"}, []string{"Eva Holm: Brigade commander @ "}},
		{"nounTitle: a noun title after the name", "Keflavik, 3 May 2023 – \"We are ready,\" said Major Eva Holm, the detachment commander.",
			[]string{"Eva Holm: Detachment Commander @ "}, nil},
		{"nounTitle: a title word before the head", "Rome, 3 May 2023 – Prizes were given, and the course president, Colonel Eva Holm, spoke for the graduates.",
			[]string{"Eva Holm: Course President @ "}, nil},
		{"nounTitle: a field is no noun of a title", "Rome, 3 May 2023 – He met Mr Omar Lind, the defence minister, and Colonel Eva Holm.",
			nil, []string{"Omar Lind: Defence minister @ "}},
		{"definiteBody: no body named with the noun", "Oslo, 3 May 2021 – Mr Omar Lind spoke to students. He was welcomed by the President of the university, Eva Holm.",
			[]string{"Eva Holm: President @ "}, nil},
	}
	for _, tt := range posts {
		t.Run(tt.rule, func(t *testing.T) {
			checkMembers(t, tt.body, "posts", runStages(t, tt.body).postsOf(), tt.want, tt.not)
		})
	}
}

// TestDemonymInTitle checks that a national office written with its
// country's demonym inside it is the office the gazetteer knows, of that
// country (demonymInTitle), and that a body of more words keeps its
// Chief.
func TestDemonymInTitle(t *testing.T) {
	posts := []struct {
		rule, body string
		want, not  []string
	}{
		{"demonymInTitle: the General Staff", "Ankara, 3 May 2022 – The Chair met the Chief of the Turkish General Staff, General Ali Demir, on Monday.",
			[]string{"Ali Demir: Chief of the General Staff @ Türkiye"}, []string{"Ali Demir: Chief @ Turkish General Staff"}},
		{"demonymInTitle: the Defence Staff", "Rome, 3 May 2022 – Talks were held with the Chief of the Italian Defence Staff, Admiral Marco Rossi.",
			[]string{"Marco Rossi: Chief of the Defence Staff @ Italy"}, nil},
		{"demonymInTitle: more words than the office", "Athens, 3 May 2022 – He met the Chief of the Hellenic National Defence General Staff, General Nikos Pappas.",
			nil, []string{"Nikos Pappas: Chief of the General Staff @ Greece"}},
	}
	for _, tt := range posts {
		t.Run(tt.rule, func(t *testing.T) {
			checkMembers(t, tt.body, "posts", runStages(t, tt.body).postsOf(), tt.want, tt.not)
		})
	}
}

// Bodies and places that recur across releases: a body's name ending in
// "of the" and a body the gazetteer knows names that body too, and keeps
// its full name (ownerBody, ownedName); a lower-case "NATO headquarters"
// is the building only where a place is expected; a town after "at" or
// "in" a venue only locates the venue a relative clause is about
// (venueBefore).
func TestOwnersAndVenues(t *testing.T) {
	t.Run("ownerBody: a committee of a known parliament", func(t *testing.T) {
		checkOrgs(t, "Stockholm, 3 March 2025 – Ms Eva Holm will brief members of the Committee on Foreign Affairs of the Riksdag on Tuesday.",
			[]string{"Committee on Foreign Affairs of the Riksdag", "Riksdag"}, nil)
	})
	t.Run("ownedName: the full name is kept, the short one an alias", func(t *testing.T) {
		body := "Tallinn, 3 March 2025 – Mr Omar Lind spoke to the National Defence Committee of the Riigikogu on Tuesday."
		checkOrgs(t, body, []string{"National Defence Committee of the Riigikogu", "Riigikogu"}, []string{"National Defence Committee"})
		f := testExtractor(t).Extract(&natokg.Release{Title: "Title", Source: "NATO", Body: body})
		for _, o := range f.Orgs {
			if o.Name == "National Defence Committee of the Riigikogu" && !slices.Contains(o.Aliases, "National Defence Committee") {
				t.Errorf("aliases %q, want the short name among them", o.Aliases)
			}
		}
	})
	t.Run("ownerBody: no body after 'of' is no owner", func(t *testing.T) {
		checkOrgs(t, "Rome, 3 March 2025 – The Committee on Security of the Chamber met on Friday.", nil, []string{"Chamber"})
	})
	t.Run("a NATO headquarters of a kind is no building", func(t *testing.T) {
		checkPlaces(t, "Naples, 4 May 2010 – The ceremony was chaired by Admiral Anna Berg, commander of Joint Force Command Naples, the NATO headquarters that oversees the mission.", nil, []string{"NATO Headquarters"})
		checkPlaces(t, "Brussels, 4 May 2010 – Two new NATO headquarters will open in Romania.", nil, []string{"NATO Headquarters"})
	})
	t.Run("the building where a place is expected", func(t *testing.T) {
		checkPlaces(t, "Brussels, 4 May 2010 – The ministers met at NATO headquarters on Tuesday.", []string{"NATO Headquarters"}, nil)
	})
	runEventCases(t, []eventCase{
		{"venueBefore: a relative clause on a venue that a town locates", "Title",
			"Tbilisi, 7 May 2021 – On Friday, Mr Omar Lind went to the NATO-Georgia Joint Training and Evaluation Centre (JTEC) at Krtsanisi, where he was briefed by its commander.",
			nil, []string{"briefing@Krtsanisi@2021-05-07: Omar Lind"}},
		{"venueBefore: a venue at a town that hosted an exercise", "Title",
			"Tbilisi, 7 November 2019 – Mr Omar Lind visited the Joint Training and Evaluation Centre at Krtsanisi, which hosted the NATO-Georgia Exercise in March this year.",
			[]string{"exercise@Joint Training and Evaluation Centre@2019-03: "}, []string{"exercise@Krtsanisi@2019-03: "}},
	})
}

// TestAnnouncer checks that a person who makes an event known ("The
// visit was announced by the spokesperson, X"; "X announced the visit")
// does not attend it (announcer), while one who announces something
// else in the sentence of an event still attends it.
func TestAnnouncer(t *testing.T) {
	runEventCases(t, []eventCase{
		{"announcer: passive, after the event noun", "Title", "Riga, 3 May 2022 – Mr Omar Lind will visit Latvia on 5 May 2022. The visit has been announced by the spokesperson of the Latvian Government, Ms Eva Holm, after a cabinet meeting.",
			[]string{"visit@Riga@2022-05-05: Omar Lind"}, []string{"visit@Riga@2022-05-05: Omar Lind, Eva Holm"}},
		{"announcer: active, the event noun as object", "Title", "Riga, 3 May 2022 – Mr Omar Lind will visit Latvia on 5 May 2022. The spokesperson of the Latvian Government, Ms Eva Holm, announced the visit.",
			[]string{"visit@Riga@2022-05-05: Omar Lind"}, []string{"visit@Riga@2022-05-05: Omar Lind, Eva Holm"}},
		{"announcer: announcing no event", "Title", "Riga, 3 May 2022 – Mr Omar Lind met Ms Eva Holm in Riga on 3 May 2022 and announced new funding.",
			[]string{"meeting@Riga@2022-05-03: Omar Lind, Eva Holm"}, nil},
	})
}

// TestUnattendedSentence checks that the people of a sentence whose only
// event is one nobody attends (a mission, an operation, talked about)
// take part in the release's main event (lateFrom), but not where that
// event is a person's own ("congratulated X on her election").
func TestUnattendedSentence(t *testing.T) {
	runEventCases(t, []eventCase{
		{"lateFrom: briefed on a mission", "Title", "Oslo, 3 May 2022 – Mr Omar Lind visited Allied Maritime Command in Northwood on 3 May 2022. Vice Admiral Eva Holm, Commander of Allied Maritime Command, briefed him on the counter-piracy mission in the Indian Ocean.",
			[]string{"visit@Allied Maritime Command@2022-05-03: Omar Lind, Eva Holm"}, nil},
		{"lateFrom: not a person's own election", "Title", "Oslo, 3 May 2022 – Mr Omar Lind visited Allied Maritime Command in Northwood on 3 May 2022. The Minister of Defence, Mr Per Aas, congratulated Vice Admiral Eva Holm on her election.",
			[]string{"visit@Allied Maritime Command@2022-05-03: Omar Lind"}, nil},
	})
}

// TestTombVenue checks that "Tomb" heads a venue's name
// (place-heads.tsv), so that a wreath laid at a tomb is laid there, not
// in the town the tomb stands in.
func TestTombVenue(t *testing.T) {
	tests := []struct{ rule, body, want string }{
		{"Tomb heads a venue before 'in TOWN'", "Riga, 3 May 2021 – Mr Omar Lind laid a wreath at the Tomb of the Unknown Soldier in Riga on Monday.",
			"Tomb of the Unknown Soldier"},
		{"Tomb heads a venue before 'at VENUE'", "Oslo, 3 May 2021 – On Tuesday, the delegation honoured the fallen at the Tomb of the Unknown Sailor at the Akershus Fortress.",
			"Tomb of the Unknown Sailor"},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			wantEvent(t, tt.body, "at", func(e *natokg.Event) string { return e.Location }, tt.want)
		})
	}
}

// TestBuildingHead checks that a head that makes a body only with its
// complement (org-heads.tsv, column "alone" no: "House") names a building
// where it ends a name (buildingHead), and still a body before "of".
func TestBuildingHead(t *testing.T) {
	tests := []struct {
		rule, body, name string
		org, place       bool
	}{
		{"buildingHead: a house after 'at the' is a venue", "Vilnius, 4 May 2021 – Mr Omar Lind held talks with the Prime Minister at the Government House on Tuesday.",
			"Government House", false, true},
		{"buildingHead: a named house is a venue", "Tallinn, 4 May 2021 – Mr Omar Lind met the Prime Minister at the Stenbock House on Tuesday.",
			"Stenbock House", false, true},
		{"buildingHead: a house with its complement is a body", "Nicosia, 4 May 2021 – Mr Omar Lind addressed members of the House of Representatives of Cyprus on Tuesday.",
			"House of Representatives of Cyprus", true, false},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			f := testExtractor(t).Extract(&natokg.Release{Title: "Title", Source: "NATO", Body: tt.body})
			org := slices.ContainsFunc(f.Orgs, func(o *natokg.Org) bool { return o.Name == tt.name })
			place := slices.ContainsFunc(f.Places, func(p *natokg.Place) bool { return p.Name == tt.name })
			if org != tt.org || place != tt.place {
				var orgs, places []string
				for _, o := range f.Orgs {
					orgs = append(orgs, o.Name)
				}
				for _, p := range f.Places {
					places = append(places, p.Name)
				}
				t.Errorf("%q: body %v (want %v), place %v (want %v); bodies %q, places %q", tt.name, org, tt.org, place, tt.place, orgs, places)
			}
		})
	}
}

// TestScheduleTowns checks that a schedule's line that names a venue,
// a comma and then a name the gazetteer lacks, or a small town, names
// that place (scheduleTowns), and that a person or a known body after
// the comma is no place.
func TestScheduleTowns(t *testing.T) {
	const day = "Media advisory\n\nTuesday, 4 March 2025\n\n"
	tests := []struct {
		rule, body string
		want, not  []string
	}{
		{"unknown town ends the line", day + "11:00 (CET) – Lecture by the Secretary General – Naval Academy, Vilsund\n\n12:30 (CET) – Lunch",
			[]string{"Vilsund"}, nil},
		{"small town ends the line", day + "09:15 (local time) Meeting with the Mayor – Town Hall, Kuldīga\n\n10:00 (local time) Press point",
			[]string{"Kuldīga"}, nil},
		{"site before a known town", day + "16:00 (CET) – Wreath-laying at the War Memorial, Castle Hill, Tartu\n\n17:00 (CET) – Departure",
			[]string{"Castle Hill", "Tartu"}, nil},
		{"no venue before the comma", day + "10:00 (CET) – Meeting with the Prime Minister, Vilsund\n\n11:00 (CET) – Departure",
			nil, []string{"Vilsund"}},
		{"a person after the venue", day + "12:00 (CET) – Courtesy call – Town Hall, Mayor Ilze Berzina\n\n13:00 (CET) – Lunch",
			nil, []string{"Mayor Ilze Berzina", "Ilze Berzina"}},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) { checkPlaces(t, tt.body, tt.want, tt.not) })
	}
}

// TestNationalRankForms checks that the national forms of ranks that
// Allied and partner forces use in English (gazetteer/ranks.tsv:
// "Division General", "Squadron Admiral", "Lieutenant Admiral", "Captain
// (Navy)") are read as the holder's rank, so that the title in apposition
// before them is the holder's post and the rank is no part of a name.
func TestNationalRankForms(t *testing.T) {
	tests := []struct {
		rule, body, rank string
		want             []string
	}{
		{"division general", "Pristina, 2 May 2024 – The Commander of KFOR, Division General Marco Bellini, received the visitors.",
			"Division General", []string{"Marco Bellini: Commander @ Kosovo Force"}},
		{"squadron admiral", "Rome, 2 May 2024 – The Chief of the Italian Navy, Squadron Admiral Paolo Verdi, opened the conference.",
			"Squadron Admiral", []string{"Paolo Verdi: Chief @ Italian Navy"}},
		{"lieutenant admiral", "The Hague, 2 May 2024 – The Dutch Chief of Defence, Lieutenant Admiral Jan de Wit, hosted the meeting.",
			"Lieutenant Admiral", []string{"Jan de Wit: Chief of Defence @ Netherlands"}},
		{"a naval captain in brackets", "Odesa, 2 May 2024 – Captain (Navy) Petro Kovalenko, Deputy Chief of Staff of the Ukrainian Navy, briefed them.",
			"Captain (Navy)", []string{"Petro Kovalenko: Deputy Chief of Staff @ Ukrainian Navy"}},
		{"staff rank of a partner's army", "Brussels, 2 May 2024 – The delegation was led by Staff Major General Karim Haddad, President of the Iraqi Defence University for Military Studies.",
			"Staff Major General", nil},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			s := runStages(t, tt.body)
			if len(s.people.List) != 1 || s.people.List[0].Rank != tt.rank {
				var got []string
				for _, p := range s.people.List {
					got = append(got, p.Name+" ["+p.Rank+"]")
				}
				t.Fatalf("people %v, want one of rank %q", got, tt.rank)
			}
			if got := s.postsOf(); tt.want != nil && !slices.Equal(got, tt.want) {
				t.Errorf("posts %v, want %v", got, tt.want)
			}
		})
	}
}

// TestOwnClausePlace checks that a happening's own clause places it: a
// day dated in passing takes the place its clause gives after "in" or
// "at" (passingPlace), a town that will host an event places it when no
// other place of the sentence does (hostingTown), and a host clause's
// place after "in" is more precise than its subject (hostOrWhere).
func TestOwnClausePlace(t *testing.T) {
	const open = "Brussels, 2 March 2021 – The Secretary General, Mr Omar Lind, will receive the Prime Minister of Malta, Mr Karl Vella, at NATO Headquarters on Thursday, 4 March 2021. "
	tests := []struct {
		rule, body, kind, date, want string
	}{
		{"passingPlace: a venue after the day", open + "This comes after the understanding reached on 12 February at the Egmont Palace.",
			"occurrence", "2021-02-12", "Egmont Palace"},
		{"passingPlace: a town before the day", open + "They will also discuss the gathering of ministers, which Portugal holds in Lisbon on 20 May.",
			"occurrence", "2021-05-20", "Lisbon"},
		{"passingPlace: no place in the clause", open + "They will discuss the decision that the Council took on 21 January, and its effects in Riga.",
			"occurrence", "2021-01-21", ""},
		{"passingPlace: a topic's place", open + "They will recall the statement issued on 15 January about the situation in Syria.",
			"occurrence", "2021-01-15", ""},
		{"hostingTown: a town past an auxiliary", open + "Their talks will also prepare the meeting of NATO Leaders that Lisbon will host in 2022.",
			"meeting", "2022", "Lisbon"},
		{"hostingTown: after a place of the sentence", open + "Their talks will look ahead to the meeting of defence ministers in Seville on 8 May, and to the meeting that Brussels will host on 26 May.",
			"meeting", "2021-05-08", "Sevilla"},
		{"hostOrWhere: the place after 'in' of a host clause", open + "The two leaders also discussed plans for the NATO Summit that Poland will host in Warsaw on 7 and 8 July.",
			"summit", "2021-07-07", "Warsaw"},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			f := testExtractor(t).Extract(&natokg.Release{Title: "Title", Source: "NATO", Body: tt.body})
			var got []string
			for _, e := range f.Events {
				if e.Kind == tt.kind && e.Start.String() == tt.date {
					if e.Location == tt.want {
						return
					}
				}
				got = append(got, e.Kind+" "+e.Start.String()+" "+e.Location)
			}
			t.Errorf("no %s of %s at %q; events %q", tt.kind, tt.date, tt.want, got)
		})
	}
}

// An event's place and date come from its own clause: not from a clause
// of purpose after its place, a clause of another time after "since",
// nor a list of kinds of work; no event from a bare list of plurals.
func TestEventClauseLimits(t *testing.T) {
	tests := []struct {
		rule, body string
		want, not  []string // "kind date place" lines
	}{
		{"purposeAfterPlace: the places a visit is for",
			"Riga, 6 May 2022 – Secretary General Omar Lind is visiting Estonia and Finland on Friday (6 May 2022) to show support for Allies across the Baltic region.",
			[]string{"visit 2022-05-06 Estonia", "visit 2022-05-06 Finland"}, []string{"visit 2022-05-06 Baltic region"}},
		{"clauseEnd: since a clause of another time",
			"General Anna Ray visited the Joint Warfare Centre in Stavanger on Monday, 3 June 2019. It was her first visit to the Centre since she was appointed Commander on 12 March 2019.",
			[]string{"visit 2019-06-03 Joint Warfare Centre"}, []string{"visit 2019-03-12 Joint Warfare Centre"}},
		{"enclosingPlace: a named event after since",
			"It was the first time that General Anna Ray had visited the Joint Warfare Centre since the reform of the command structure agreed at the 2010 Lisbon Summit.",
			nil, []string{"visit  Lisbon"}},
		{"discussedLand: a country in what was discussed",
			"Rome, 4 July 2003 – Secretary General Omar Lind travelled to Rome to hold talks with Italy's leaders. In his meetings, he discussed the new tasks in Afghanistan and the support to Allies in Iraq.",
			nil, []string{"meeting 2003-07-04 Iraq", "meeting 2003-07-04 Afghanistan"}},
		{"titleCountry: what a post is accredited to",
			"Brussels, 19 May 2022 – General Ken Sato, Chief of Staff of the Japan Joint Staff, visited NATO Headquarters on 19 May 2022. Japan's Ambassador to Belgium, Mr Taro Ueda, joined the visit.",
			[]string{"visit 2022-05-19 NATO Headquarters"}, []string{"visit  Belgium"}},
		{"readingHolds: a day between the verb and its person; onlyDateline: a dateline as a sentence",
			"Pristina, 02 October 2014. The Commander of KFOR, Major General Aldo Rossi, received yesterday Mr Tom Hale, NATO's Deputy Assistant Secretary General.",
			[]string{"meeting 2014-10-01 Pristina"}, []string{"event 2014-10-02 Pristina"}},
		{"event-words: to speak with someone is to meet",
			"Pristina, 2 October 2014 – General Aldo Rossi spoke with Mr Tom Hale about the situation in the north.",
			[]string{"meeting 2014-10-02 Pristina"}, []string{"speech 2014-10-02 Pristina"}},
		{"host-verbs: a seated body that celebrates is where; titleCountry: Ambassadors to a country",
			"The NATO Defense College (NDC) celebrated the graduation of its Senior Course during a ceremony held on 31 January 2025. The ceremony brought together Ambassadors to Italy and Defence Attachés.",
			[]string{"ceremony 2025-01-31 NATO Defense College"}, []string{"ceremony  Italy", "ceremony 2025-01-31 Italy"}},
		{"praisedExercise: who thanks a host takes no part in the exercise",
			"Brussels, 19 November 2018 – The Secretary General thanked Lithuania for hosting exercise Iron Wolf 2018.",
			nil, []string{"exercise  Lithuania"}},
		{"marginsPlace, otherMeeting: a meeting on the margins of a named event, beside a speech there",
			"Munich, 6 February 2015 – In a keynote speech at the Munich Security Conference, Secretary General Omar Lind spoke of the East. On the margins of the Munich Security Conference, the Secretary General met President Ivan Petrenko of Ukraine.",
			[]string{"speech 2015-02-06 Munich", "meeting 2015-02-06 Munich"}, []string{"meeting  Ukraine", "meeting 2015-02-06 Ukraine"}},
		{"dateAfter: a date in brackets after a named event is its own",
			"Reykjavik, 13 August 2014 – The Secretary General discussed preparations for the NATO Summit in Wales (4-5 September) with Prime Minister Ivar Jonsson.",
			[]string{"summit 2014-09-04 Wales", "meeting 2014-08-13 Reykjavík"}, []string{"meeting 2014-09-04 Reykjavík"}},
		{"asRole: what a body serves as is no event",
			"Reykjavik, 13 August 2014 – The Secretary General stressed NATO's role as a forum for transatlantic consultation.",
			nil, []string{"forum 2014-08-13 Reykjavík"}},
		{"genericPlurals: counted plurals are the event's; discussions are a meeting",
			"Brussels, 15 May 2008 – The chiefs of defence today concluded two days of discussions and exchanges at NATO Headquarters.",
			[]string{"meeting 2008-05-14 NATO Headquarters"}, nil},
		{"placesOfParagraphs: past a happening told in passing, the event before",
			"Canberra, 8 August 2019 – The Secretary General ended his visit.\n\nOn Tuesday (6 August 2019), the Secretary General visited Wellington, New Zealand, for talks with Prime Minister Ann Hill. He thanked New Zealand for its role in NATO's training mission in Afghanistan. He also had discussions with Foreign Minister Tom Reid.",
			[]string{"meeting 2019-08-06 Wellington"}, []string{"meeting 2019-08-06 "}},
		{"happeningPhrase: a happening's verb and its object; a deployment is placed by its own phrase",
			"Brussels, 20 March 2023 – The Secretary General thanked the Netherlands for its contribution to NATO's deployment in the Aegean Sea. He said that Russia invaded Ukraine in February 2022.",
			[]string{"deployment 2023-03-20 Aegean Sea", "invasion 2022-02 Ukraine"}, []string{"deployment  Brussels", "deployment 2023-03-20 Brussels"}},
		{"dateAfter: a relative day and its date in brackets after a named event",
			"Cyber threats were the main topics of the Secretary General's part in the Halifax International Security Forum today (22 November 2020).",
			[]string{"forum 2020-11-22 Halifax"}, nil},
		{"event-words: a battlegroup is a deployment placed by its own phrase",
			"The Hague, 3 May 2018 – General Tom Hale thanked the Netherlands for its part in the enhanced Forward Presence battlegroup in Lithuania.",
			[]string{"deployment 2018-05-03 Lithuania"}, nil},
		{"hostCountry: a country hosts a happening",
			"Brussels, 3 May 2023 – The Secretary General thanked the Prime Minister. Iceland also contributes by hosting a NATO Air Policing mission. Romania hosts a NATO battlegroup.",
			[]string{"mission  Iceland", "deployment  Romania"}, nil},
		{"townsOfOneCountry: a visit to two towns of one country is in the country",
			"The Secretary General stressed the partnership with Switzerland during a visit to Bern and Geneva on Wednesday and Thursday (1-2 March 2017). On Wednesday, he met the Foreign Minister, Mr Ivo Rast, in Bern. On Thursday, he spoke at the Maison de la Paix in Geneva.",
			[]string{"visit 2017-03-01 Switzerland"}, []string{"visit 2017-03-01 Geneva"}},
		{"scheduledFor, topicBefore: a summit planned for a date in a town, spoken of as what is prepared for",
			"On 11 October 2011, the Deputy Secretary General, Tom Hale, met a group of students. He spoke of the preparations for the next NATO Summit planned for May 2012 in Chicago.",
			[]string{"summit 2012-05 Chicago"}, []string{"speech 2012-05 "}},
		{"verbJoined, clauseEnd: a meeting and a speech joined by a verb after a comma and \"and\" are two events, each in its own place",
			"Oslo, 23 November 2016 – During his visit to Norway, the Secretary General, Omar Lind, also met with Defence Minister Ivo Berg, and delivered a keynote speech at Oslo University.",
			[]string{"meeting 2016-11-23 Oslo", "speech 2016-11-23 Oslo University"}, []string{"meeting 2016-11-23 Oslo University"}},
		{"eventWords: an event's head inside another name is no event of its own",
			"The Graduation Ceremony for the 28th Regional Course, with 35 Course Members from 20 nations, took place on Friday, 4 November 2022 at the NATO Defense College’s Main Auditorium.",
			[]string{"ceremony 2022-11-04 Main Auditorium"}, nil}, // headKind: the head before "for"
		{"opensWithPlaceLine: a dateline with a place and no date places the release's event",
			"Oeiras, Portugal – Commodore Tom Rask visited the command's headquarters on 23 May 2022.",
			[]string{"visit 2022-05-23 Oeiras"}, nil},
		{"clauseEnd, townsVisited: a stop after \", then\" and a verb; a town the gazetteer lacks before \"where\"",
			"Haifa, 19 November 2009 – Admiral Tom Rask visited the naval school in Haifa, then flew to the Ramon Air Base where he was briefed on training. Later the Admiral went to Qiryat Zorbak where he met local officials.",
			[]string{"visit 2009-11-19 Haifa", "visit 2009-11-19 Ramon Air Base", "visit 2009-11-19 Qiryat Zorbak"}, nil},
		{"reducedPassive: a participle between a comma and \"by\" gives way to the main verb",
			"Stavanger, Norway - On Monday 28 November 2016, the Council, chaired by Ms Eva Holm, visited the Joint Warfare Centre in Stavanger (Norway), as part of a combined visit to include the nearby NATO Airborne Early Warning and Control Force Headquarters, located in Geilenkirchen (Germany). On Tuesday, 29 November 2016, the Political Committee, chaired by Mr Tom Rask, heard the Minister of Foreign Affairs.",
			[]string{"visit 2016-11-28 Joint Warfare Centre", "meeting 2016-11-29 Stavanger"}, []string{"visit 2016-11-28 Geilenkirchen"}},
		{"visitedThenVenue: a visit to a country that begins at a venue of one of its towns is a visit to the town, and a stop at the venue",
			"General Tom Rask began his visit to Azerbaijan on Thursday (18 April 2019) at the Alley of Martyrs in Baku.",
			[]string{"visit 2019-04-18 Baku", "visit 2019-04-18 Alley of Martyrs"}, nil},
		{"venueAfter: a name that an apposition calls a fortress is a venue",
			"Mr Tom Rask spoke to officers at Kastellet, a fortress in Copenhagen, on 20 April 2015.",
			[]string{"speech 2015-04-20 Kastellet"}, []string{"speech 2015-04-20 Copenhagen"}},
		{"venueAfter, event-words: a name an apposition calls a centre is a body at its seat; a discussion is a meeting",
			"London, 31 March 2023 – NATO Deputy Secretary General Tom Rask addressed students at the Wheeler Institute of London Business School on Friday (31 March 2023).\n\nDuring his visit to London, Mr Rask also met the Minister of State for the Armed Forces, Ivo Berg, at the Ministry of Defence, and held a discussion with start-up founders at Kelvora, an innovation centre in east London.",
			[]string{"meeting  Ministry of Defence", "meeting  Kelvora"}, nil},
		{"genericPlurals: kinds of work are no event",
			"Under his command, the group led patrols and exercises in the North Sea and the Baltic Sea.",
			nil, []string{"exercise  North Sea"}},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			f := testExtractor(t).Extract(&natokg.Release{Title: "Title", Source: "NATO", Body: tt.body})
			got := map[string]bool{}
			var all []string
			for _, e := range f.Events {
				line := e.Kind + " " + e.Start.String() + " " + e.Location
				got[line] = true
				all = append(all, line)
			}
			for _, w := range tt.want {
				if !got[w] {
					t.Errorf("no event %q; events %q", w, all)
				}
			}
			for _, n := range tt.not {
				if got[n] {
					t.Errorf("event %q; want none", n)
				}
			}
		})
	}
}

// A family name written with a hyphen once and a space once is one
// person's (spaced).
func TestHyphenedSurname(t *testing.T) {
	s := runStages(t, "Deputy Secretary General Paolo Conte-Ravelli opened the office. Ambassador Conte Ravelli said it would help.")
	var names []string
	for _, p := range s.people.List {
		names = append(names, p.Name)
	}
	if !slices.Equal(names, []string{"Paolo Conte-Ravelli"}) {
		t.Errorf("people %q, want only Paolo Conte-Ravelli", names)
	}
}

// A title in capitals that runs a name on past its family name gives the
// name back to the person the body names (titleRuns).
func TestTitleRuns(t *testing.T) {
	f := testExtractor(t).Extract(&natokg.Release{Title: "General Weber Holds Talks With Danish Chief of Defence", Source: "NATO",
		Body: "Brunssum, 2 May 2023 – General Anna Weber, Commander of Joint Force Command Brunssum, held a call with the Danish Chief of Defence. With the talks, General Weber opened the year."})
	var names []string
	for _, p := range f.People {
		names = append(names, p.Name)
	}
	if slices.Contains(names, "Weber Holds Talks With") || !slices.Contains(names, "Anna Weber") {
		t.Errorf("people %q, want Anna Weber and no title run", names)
	}
}

// A visit told after the main event, to the town or country around its
// venue, is the journey the event is part of (journeyAround), but a verb
// of going is no visit of its own.
func TestJourneyAround(t *testing.T) {
	tests := []struct {
		rule, body, want string
		visit            bool
	}{
		{"journeyAround: a visit around a speech", "Lord Smith gave a speech at the Churchill Memorial Society in Luxembourg on 29 September 2003. He spoke of Europe. Lord Smith was visiting Luxembourg to meet government officials.", "Luxembourg", true},
		{"journeyAround: a verb of going is no visit", "General Ann Ray took command at ISAF Headquarters in Kabul on 2 March 2016. She comes to Kabul straight from Izmir.", "Kabul", false},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			f := testExtractor(t).Extract(&natokg.Release{Title: "Title", Source: "NATO", Body: tt.body})
			var got []string
			found := false
			for _, e := range f.Events {
				got = append(got, e.Kind+" "+e.Location)
				found = found || e.Kind == "visit" && e.Location == tt.want
			}
			if found != tt.visit {
				t.Errorf("visit in %s: %v, want %v; events %q", tt.want, found, tt.visit, got)
			}
		})
	}
}

// A quotation that runs over two sentences ends where its closing mark
// stands: the event told after it is no speaker's, and takes its speaker
// but no place of the quoted words (quoteOpens, quoteStep).
func TestQuoteOverSentences(t *testing.T) {
	body := "Pristina, 27 October 2017 – The Council visited KFOR on 27 October 2017.\n\n\"KFOR is a success story. It keeps stability in the Western Balkans,” said Deputy Secretary General Ann Moore at a press conference at the KFOR headquarters, where she also met Mr Ivo Kranjc."
	f := testExtractor(t).Extract(&natokg.Release{Title: "Title", Source: "NATO", Body: body})
	var got []string
	ok := false
	for _, e := range f.Events {
		got = append(got, fmt.Sprintf("%s %s %v", e.Kind, e.Location, e.Attendees))
		if e.Location == "Western Balkans" {
			t.Errorf("event %s placed in the quoted words' Western Balkans", e.Kind)
		}
		ok = ok || e.Kind == "press conference" && slices.Contains(e.Attendees, "Ann Moore")
	}
	if !ok {
		t.Errorf("no press conference of Ann Moore; events %q", got)
	}
}

// A visitor welcomed "to NATO" is at NATO Headquarters, which the release
// then holds as a place it does not name (headquartersVisited, implied);
// a body a post is accredited to, or what a clause says of a body, is no
// place.
func TestHeadquartersVisited(t *testing.T) {
	tests := []struct{ body, want string }{
		{"Secretary General Omar Lind welcomed Moldovan Prime Minister Ion Rusu to NATO on Monday (16 March 2015) for talks.", "NATO Headquarters"},
		{"Prime Minister Ion Rusu of Montenegro met the Secretary General on his first visit to NATO on 3 March 2011.", "NATO Headquarters"},
		{"On 3 March 2011, the Secretary General met Mr Ion Rusu, the Ambassador to NATO of Moldova.", ""},
		{"On 3 March 2011, the Secretary General said at a meeting that partnerships matter to NATO.", ""},
	}
	for _, tt := range tests {
		f := testExtractor(t).Extract(&natokg.Release{Title: "Title", Source: "NATO", Body: tt.body})
		var got []string
		for _, e := range f.Events {
			got = append(got, e.Location)
		}
		if tt.want == "" {
			if slices.Contains(got, "NATO Headquarters") {
				t.Errorf("%q: events at %q, want none at NATO Headquarters", tt.body, got)
			}
			continue
		}
		if !slices.Contains(got, tt.want) {
			t.Errorf("%q: events at %q, want one at %s", tt.body, got, tt.want)
		}
		implied := false
		for _, p := range f.Places {
			implied = implied || p.Key == tt.want && p.Implied && p.Kind == natokg.Venue
		}
		if !implied {
			t.Errorf("%q: no implied venue %s among the places", tt.body, tt.want)
		}
	}
}

// A name whose event head follows "of" is no event's name: "Explosive
// Remnants of War" names no war (byHead).
func TestHeadAfterOf(t *testing.T) {
	f := testExtractor(t).Extract(&natokg.Release{Title: "Title", Source: "NATO", Body: "Kyiv, 26 May 2016 – The service received equipment for the removal of Explosive Remnants of War (ERW)."})
	for _, e := range f.Events {
		if e.Kind == "war" {
			t.Errorf("event %q of kind war", e.Name)
		}
	}
}

// A month with its day after a name dates what the name names and is no
// word of it (dayAfterMonth).
func TestMonthAfterName(t *testing.T) {
	for _, body := range []string{
		"Kabul, 17 May 2010 – The command hosted a lunch for the governors at Camp Dogan May 17 with the battle group.",
		"Norfolk, 3 November 2016 – The command hosted the ambassadors at NATO's North American Headquarters on November 2nd and November 3rd.",
	} {
		f := testExtractor(t).Extract(&natokg.Release{Title: "Title", Source: "NATO", Body: body})
		for _, p := range f.Places {
			if strings.Contains(p.Name, "May") || strings.Contains(p.Name, "November") {
				t.Errorf("%q: place %q holds a month", body, p.Name)
			}
		}
		for _, o := range f.Orgs {
			if strings.Contains(o.Name, "November") {
				t.Errorf("%q: body %q holds a month", body, o.Name)
			}
		}
	}
}

// A title in capitals ends its names at its verb (headline-verbs.tsv):
// "JFC Brunssum Hosts Polish Parliamentary National Defence Committee"
// names two bodies, no body of that whole name.
func TestHeadlineVerbs(t *testing.T) {
	for _, title := range []string{"JFC Brunssum Hosts Polish Parliamentary National Defence Committee", "Germany Takes Command of Standing NATO Maritime Group Two", "United Kingdom Hands Over Command of Standing NATO Maritime Group Two to Italy", "SNMG1 Greets Chinese Task Group in North Sea"} {
		f := testExtractor(t).Extract(&natokg.Release{Title: title, Source: "NATO", Body: "Brunssum, 14 March 2023 – The command hosted the delegation."})
		for _, o := range f.Orgs {
			if strings.Contains(o.Name, "Hosts") || strings.Contains(o.Name, "Takes") || strings.Contains(o.Name, "Hands") || strings.Contains(o.Name, "Over") || strings.Contains(o.Name, "Greets") {
				t.Errorf("%q: body %q runs over the title's verb", title, o.Name)
			}
		}
	}
}

// A title that puts its subject in a town gives that town to the events
// the body places nowhere (titlePlace).
func TestTitlePlace(t *testing.T) {
	f := testExtractor(t).Extract(&natokg.Release{Title: "Secretary General in Bucharest: NATO is committed to Romania's security", Source: "NATO",
		Body: "Secretary General Omar Lind praised Romania's contributions to Allied security on Thursday (12 May 2016). Meeting with President Ion Popa, Mr Lind commended Romania."})
	for _, e := range f.Events {
		if e.Kind == "meeting" && e.Location == "Bucharest" {
			return
		}
	}
	t.Errorf("events %+v, want a meeting in Bucharest", f.Events)
}

// The people of a clause after ", and" and a new subject take no part in
// the event of that clause (peopleClauseStart); a list of people joined
// by ", and" is one clause.
func TestPeopleClauseStart(t *testing.T) {
	tests := []struct {
		body, kind string
		want       []string
	}{
		{"Paris, 28 November 2019 – Secretary General Omar Lind and President Jean Morel discussed the Alliance, and Allies will discuss it at the meeting of NATO leaders in London next week.", "meeting", nil},
		{"Newport, 5 September 2014 – General Ari Lind, Finnish Chief of Defence; General Bo Berg, Swedish Chief of Defence; and General Tom Hale each signed an agreement at the summit.", "signing", []string{"Ari Lind", "Bo Berg", "Tom Hale"}},
	}
	for _, tt := range tests {
		f := testExtractor(t).Extract(&natokg.Release{Title: "Title", Source: "NATO", Body: tt.body})
		for _, e := range f.Events {
			if e.Kind == tt.kind && e.Location != "Paris" && !slices.Equal(e.Attendees, tt.want) {
				t.Errorf("%q: %s at %s with %q, want %q", tt.body, e.Kind, e.Location, e.Attendees, tt.want)
			}
		}
	}
}

// Who is spoken of after "saying that", before a quotation, is not its
// speaker (speakerOf), and takes no part in the release's event; a
// sentence ends after a full stop and its closing quotation mark
// (sentenceEnds); welcoming a body's decision is no meeting with it
// (objectIsPerson).
func TestSpokenOf(t *testing.T) {
	body := "Brussels, 25 May 2021 – Secretary General Omar Lind welcomed Prime Minister Anna Tamm of Estonia to NATO Headquarters on Tuesday (25 May 2021). “This is unacceptable, and it attacks free media.” Mr Lind welcomed the European Union’s measures and called for an inquiry, further saying that journalist Ivan Petrov “must be immediately released.”"
	f := testExtractor(t).Extract(&natokg.Release{Title: "Title", Source: "NATO", Body: body})
	for _, q := range f.Quotes {
		if q.Speaker == "Ivan Petrov" {
			t.Errorf("quote %q given to Ivan Petrov", q.Text)
		}
	}
	for _, e := range f.Events {
		if slices.Contains(e.Attendees, "Ivan Petrov") {
			t.Errorf("%s with %q: Ivan Petrov is only spoken of", e.Kind, e.Attendees)
		}
	}
	tx := Tokenize("He said “this attacks free media.” Mr Lind welcomed the measures.", testExtractor(t).abbrev)
	if len(tx.Sentences) != 2 {
		t.Errorf("%d sentences, want 2: a sentence ends after its closing quotation mark", len(tx.Sentences))
	}
}

// A titled given name is a person's, not a town's: "Tánaiste Mary Burke"
// names no town of Mary (givenName, titledBefore).
func TestTitledGivenName(t *testing.T) {
	f := testExtractor(t).Extract(&natokg.Release{Title: "Title", Source: "NATO", Body: "Brussels, 5 September 2013 – The Secretary General met Tánaiste Mary Burke."})
	for _, p := range f.Places {
		if p.Key == "Mary" {
			t.Errorf("place %q", p.Key)
		}
	}
}

// TestBodies checks the bodies a release names and those it does not,
// rule by rule.
func TestBodies(t *testing.T) {
	tests := []struct {
		rule, body string
		want, not  []string
	}{
		{"memberNoun, group-nouns.tsv, orgWithSuffix: a member's noun or an event's head in the plural after a known body names no body",
			"Brussels, 9 June 2016 – The Secretary General called the Netherlands a committed NATO Ally. He stressed the importance of NATO Partners. He thanked the EU Nations. Tunisia observes NATO Exercises.",
			nil, []string{"NATO Ally", "NATO Partners", "EU Nations", "NATO Exercises"}},
		{"quotedParts: a quoted name after a venue's first word is the venue's, not the body's after it",
			"Pristina, 3 May 2016 – The Commander visited camp \"Villa Ulmo\" Multinational Battle Group West headquarters.",
			[]string{"Multinational Battle Group West"}, []string{"\"Villa Ulmo\" Multinational Battle Group West"}},
		{"gazetteer, modelLetters: one or two capitals a hyphen joins to a number are a model's letters, not a known body's acronym",
			"Kabul, 3 May 2016 – The Afghan Air Force fleet includes MD-530 helicopters and C-130 planes.",
			[]string{"Afghan Air Force"}, []string{"Mediterranean Dialogue"}},
		{"onTheInName: \"on the\" and a name that ends in a possessive is what a body speaks on, not the body's name",
			"Kabul, 3 May 2018 – A statement came from Resolute Support Mission on the Afghan Government's ceasefire.",
			[]string{"Resolute Support Mission", "Government of Afghanistan"}, []string{"Resolute Support Mission on the Afghan Government"}},
		{"orgs.tsv: the Red Cross and the Red Crescent are the movement's short names",
			"Pristina, 3 May 2020 – KFOR worked with local charities and the Red Cross.",
			[]string{"International Red Cross and Red Crescent Movement"}, nil},
		{"nationalBodiesJoined, headedAfter, national-bodies.tsv: a ministry every state has and a headed name after \"and\" are two bodies; a country's possessive makes the ministry its own",
			"Baghdad, 3 May 2019 – The mission advises the Iraqi Ministry of Interior and Federal Police Command. It delivered equipment to Jordan’s Ministry of Interior.",
			[]string{"Iraqi Ministry of Interior", "Federal Police Command", "Jordanian Ministry of Interior"}, []string{"Iraqi Ministry of Interior and Federal Police Command", "Ministry of Interior"}},
		{"quotedParts: an ordinal before a quoted name that opens a body's name is the name's",
			"Solbiate Olona, 3 May 2015 – The 132nd “Ulmo” Armored Brigade joined the corps.",
			[]string{"132nd “Ulmo” Armored Brigade"}, []string{"“Ulmo” Armored Brigade"}},
		{"capRun, attributiveAcronym: \"for\" and an acronym that qualifies a noun in lower case are what is asked for, no words of the body's name",
			"Reykjavik, 5 May 2008 – The request by the Government of Iceland for NATO air policing was granted.",
			[]string{"Government of Iceland"}, []string{"Government of Iceland for NATO"}},
		{"capRun, sameBodyAgain: a known body's name then its acronym, no brackets, is the body once; \"on\" after a known body's whole name is what it deals with",
			"Kyiv, 16 January 2007 – The ceremony was attended by the NATO Maintenance and Supply Agency NAMSA. The Board advises the North Atlantic Council on Consultation, Command and Control policy.",
			[]string{"NATO Maintenance and Supply Agency", "North Atlantic Council"}, []string{"NATO Maintenance and Supply Agency NAMSA", "North Atlantic Council on Consultation, Command and Control"}},
		{"namedAfterKnown: a known body, its bracketed acronym, then a head of bodies' names, is a body named after it; not where the rest is the body's headquarters or a name of its own",
			"Tbilisi, 3 May 2015 – A Partnership for Peace (PfP) Trust Fund project ended. Officers of the Allied Reaction Force (ARF) Headquarters and the NATO Response Force (NRF) Land Component Command attended.",
			[]string{"Partnership for Peace Trust Fund", "Allied Reaction Force"}, []string{"Trust Fund", "Allied Reaction Force Headquarters", "NATO Response Force Land Component Command"}},
		{"nationalUnits: the acronym of a class of national units, then a country's name, is that country's unit",
			"Bucharest, 3 May 2017 – During the evaluation NFIU Romania proved its capacity.",
			[]string{"NATO Force Integration Unit Romania"}, []string{"NATO Force Integration Units"}},
		{"org-heads.tsv: the short forms of units' kinds (Bde, Bn, Coy, Regt, Sqn) end a unit's name",
			"Cincu, 26 October 2016 – The exercise involved the 2nd INF Bde, the 1st CIMIC Bn and the DEU Recce Coy.",
			[]string{"2nd INF Bde", "1st CIMIC Bn", "DEU Recce Coy"}, nil},
		{"org-heads.tsv: a group of experts in capitals is people, no body",
			"Bucharest, 3 May 2023 – The unit will be evaluated by a team of Subject Matter Experts from Romanian Joint Force Command.",
			[]string{"Romanian Joint Force Command"}, []string{"Subject Matter Experts"}},
		{"orgs.tsv: the Tailored Forward Presence is a set of measures, no body",
			"Constanta, 3 May 2018 – NATO is increasing its presence in the Black Sea region as part of the Tailored Forward Presence (tFP) activities.",
			nil, []string{"Tailored Forward Presence"}},
		{"byHead: a mission named by what is done is a task, one named as a body stays one",
			"Brussels, 16 May 2024 – Lithuania hosts NATO’s Baltic Air Policing Mission. Austria takes part in the EULEX Mission.",
			[]string{"EULEX Mission"}, []string{"Baltic Air Policing Mission"}},
		{"acronyms: a title's short form in brackets names no body",
			"Bydgoszcz, 1 February 2017 – Talks were held between Air Marshal Sir Tom Rask, the Allied Command Transformation (ACT) Chief of Staff (COS), and the Centre's leaders. The ACT COS visited the Centre.",
			nil, []string{"Chief of Staff"}},
		{"possessedNationalBodies: a body every state has after a country's possessive is that country's, keyed by its adjective",
			"Muscat, 3 May 2005 – The panel heard officers of Oman's Air Force and of Poland's Ministry of Defence. Moldova's armed forces took part.",
			[]string{"Omani Air Force", "Polish Ministry of Defence"}, []string{"Air Force", "Ministry of Defence", "Moldovan Armed Forces"}},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			f := testExtractor(t).Extract(&natokg.Release{Title: "Title", Source: "NATO", Body: tt.body})
			var got []string
			for _, o := range f.Orgs {
				got = append(got, o.Name)
			}
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("no body %q; bodies %q", w, got)
				}
			}
			for _, n := range tt.not {
				if slices.Contains(got, n) {
					t.Errorf("body %q; want none", n)
				}
			}
		})
	}
}

// TestPublisherOfAddress checks that a release whose "Source:" line gives
// the address of a NATO page is NATO's: a title its body gives without
// a body is NATO's post.
func TestPublisherOfAddress(t *testing.T) {
	body := "Brussels, 3 May 2022 – The Deputy Secretary General, Mr Tom Rask, met the Ambassador of Peru."
	for _, src := range []string{"NATO", "https://www.nato.int/cps/en/natohq/news_12345.htm", "https://shape.nato.int/news-archive/2022/x"} {
		f := testExtractor(t).Extract(&natokg.Release{Title: "Title", Source: src, Body: body})
		var got []string
		for _, p := range f.People {
			for _, q := range p.Posts {
				got = append(got, p.Name+": "+q.Role+" @ "+q.Org)
			}
		}
		if want := "Tom Rask: Deputy Secretary General @ North Atlantic Treaty Organization"; !slices.Contains(got, want) {
			t.Errorf("Source: %s: posts %q, want %q", src, got, want)
		}
	}
}

// TestPageLines checks that the lines of a web page around a release
// date nothing of its own: a day "issued on" makes no event
// (passingDays), and a date line above the prose is the page's, not the
// day of the programme's lines below it (Find).
func TestPageLines(t *testing.T) {
	body := "Thursday, 18 May 2006\n\nIssued on 18 May 2006\n\nBrussels, 18 May 2006 – The Secretary General of NATO, Mr Tom Rask, will be in Lisbon on Friday, 19 May 2006 for a one-day visit.\n\nMedia advisory\n\n12:30 Press conference by the Secretary General at the Ministry of Foreign Affairs"
	f := testExtractor(t).Extract(&natokg.Release{Title: "Title", Source: "NATO", Body: body})
	for _, e := range f.Events {
		if e.Start.String() == "2006-05-18" {
			t.Errorf("%s %q dated 2006-05-18, the page's date", e.Kind, e.Name)
		}
	}
}

// TestMonthEndsName checks that a month before a day's number is no word
// of a name (nameRun): "Team Chaghcharan July 1" names no one.
func TestMonthEndsName(t *testing.T) {
	body := "The governor paid a final visit to the commander of Provincial Reconstruction Team Chaghcharan July 1 during a farewell ceremony."
	f := testExtractor(t).Extract(&natokg.Release{Title: "Title", Source: "NATO", Body: body})
	for _, p := range f.People {
		t.Errorf("person %q", p.Name)
	}
}

// TestForceInTown checks that a force's name does not go on with the town
// it is in (seatlessInTown), and that a country's body named by its
// possessive keeps that name (possessedNationalBodies): "Oman's Air
// Force in Muscat" is the Omani Air Force, also called Oman's Air Force.
func TestForceInTown(t *testing.T) {
	body := "On 3 May 2006 he met the commander of Oman's Air Force in Muscat."
	f := testExtractor(t).Extract(&natokg.Release{Title: "Title", Source: "NATO", Body: body})
	var names []string
	for _, o := range f.Orgs {
		names = append(names, o.Name)
		if o.Name == "Omani Air Force" && !slices.Contains(o.Aliases, "Oman's Air Force") {
			t.Errorf("the Omani Air Force's other names %q lack Oman's Air Force", o.Aliases)
		}
	}
	if !slices.Contains(names, "Omani Air Force") || slices.ContainsFunc(names, func(n string) bool { return strings.Contains(n, "Muscat") }) {
		t.Errorf("organisations %q, want the Omani Air Force and none named with Muscat", names)
	}
}

// TestBodyBeforePossessor checks that a body's name ends before "of" and
// a country that possesses the noun after it (beforePossessor), but not
// before a town that is the name's, and that a quantifier opening a
// sentence opens no name (determiners.tsv).
func TestBodyBeforePossessor(t *testing.T) {
	for body, want := range map[string][2]string{
		"He met the deputy Chief of the Joint Staff Department of China's Central Military Commission.": {"Joint Staff Department", "Joint Staff Department of China"},
		"The Symposium is organised by the University of Zurich's Europe Institute.":                    {"University of Zurich", "University"},
		"Both Headquarters will boost the ability of the NATO Force Integration Unit to plan.":          {"NATO Force Integration Units", "Both Headquarters"},
	} {
		f := testExtractor(t).Extract(&natokg.Release{Title: "Title", Source: "NATO", Body: body})
		var names []string
		for _, o := range f.Orgs {
			names = append(names, o.Name)
		}
		if !slices.Contains(names, want[0]) || slices.Contains(names, want[1]) {
			t.Errorf("%q: organisations %q, want %q and not %q", body, names, want[0], want[1])
		}
	}
}

// TestNameInsideEventName checks that an event's name told again is not
// read again inside a longer event's name (insideEvent): the ceremony for
// a course keeps its trigger and its place when the course is named
// again later.
func TestNameInsideEventName(t *testing.T) {
	body := "The Graduation Ceremony for the 28th NATO Regional Cooperation Course took place on Friday, 4 November 2022 at the NATO Defense College’s Main Auditorium.\n\nIn his speech, the Dean, Dr Tom Rask, highlighted the purpose of the NATO Regional Cooperation Course: “It builds trust.”"
	f := testExtractor(t).Extract(&natokg.Release{Title: "Title", Source: "NATO", Body: body})
	for _, e := range f.Events {
		if e.Kind == "ceremony" && e.Location == "Main Auditorium" && e.Start.String() == "2022-11-04" {
			return
		}
	}
	var got []string
	for _, e := range f.Events {
		got = append(got, e.Kind+"@"+e.Location+" "+e.Start.String())
	}
	t.Errorf("events %q, want a ceremony at the Main Auditorium on 2022-11-04", got)
}

// In a release a part of NATO publishes, a post of no body named is the
// publisher's; in NATO's own, it stays without one.
func TestPublishersOwnPosts(t *testing.T) {
	body := "Capellen, 2 March 2017 – General Manager Mr. Karl Weber inspected the new warehouse."
	for source, want := range map[string]string{"NSPA": "NATO Support and Procurement Agency", "NATO": ""} {
		f := testExtractor(t).Extract(&natokg.Release{Title: "Warehouse opens", Source: source, Body: body})
		got := "no post"
		for _, p := range f.People {
			for _, q := range p.Posts {
				got = q.Org
			}
		}
		if got != want {
			t.Errorf("Source: %s: the General Manager's body %q, want %q", source, got, want)
		}
	}
}

// A post stated as held before is marked former, "Former" opening the
// title or "former" inside the sentence; a current one is not.
func TestFormerPosts(t *testing.T) {
	f := testExtractor(t).Extract(&natokg.Release{Title: "Title", Source: "NATO", Body: "Oslo, 3 May 2019 – Former Prime Minister Anna Holm and the former Minister of Defence of Norway, Ivo Berg, met Prime Minister Tom Rask."})
	want := map[string]bool{"Anna Holm": true, "Ivo Berg": true, "Tom Rask": false}
	for _, p := range f.People {
		for _, q := range p.Posts {
			if w, ok := want[p.Name]; ok && q.Former != w {
				t.Errorf("%s: %s former %v, want %v", p.Name, q.Role, q.Former, w)
			}
			delete(want, p.Name)
		}
	}
	if len(want) > 0 {
		t.Errorf("no post for %v", want)
	}
}

// A title coordinated with one held before is held before too.
func TestFormerCoordinated(t *testing.T) {
	f := testExtractor(t).Extract(&natokg.Release{Title: "Title", Source: "NATO", Body: "Norfolk, 3 May 2019 – The speaker was General Tom Harlan, a former commander of United States European Command and Supreme Allied Commander, Transformation."})
	n := 0
	for _, p := range f.People {
		for _, q := range p.Posts {
			n++
			if !q.Former {
				t.Errorf("%s: %s @ %s is not held before", p.Name, q.Role, q.Org)
			}
		}
	}
	if n != 2 {
		t.Errorf("%d posts, want 2", n)
	}
}

// An event of one day whose sentence goes on "until" a later day lasts
// until then.
func TestEndAfterUntil(t *testing.T) {
	f := testExtractor(t).Extract(&natokg.Release{Title: "Title", Source: "NATO", Body: "Oslo, 1 May 2019 – Exercise Steel Gate 19 began on 1 May 2019 in Norway and runs until 31 May 2019."})
	for _, e := range f.Events {
		if e.Kind == "exercise" {
			if e.Start.String() != "2019-05-01" || e.End.String() != "2019-05-31" {
				t.Errorf("exercise %s to %s, want 2019-05-01 to 2019-05-31", e.Start, e.End)
			}
			return
		}
	}
	t.Errorf("no exercise in %v", f.Events)
}

// One name romanised two ways in a release is one person, the second
// form among the first's names.
func TestRomanisedTwice(t *testing.T) {
	f := testExtractor(t).Extract(&natokg.Release{Title: "Title", Source: "NATO", Body: "Moscow, 3 May 2009 – President Dmitri Sokolov of Russia met the Secretary General. Russian President Dmitry Sokolov said the talks were useful."})
	if len(f.People) != 1 || !slices.Contains(f.People[0].Aliases, "Dmitry Sokolov") {
		for _, p := range f.People {
			t.Errorf("person %q, also %q", p.Name, p.Aliases)
		}
		t.Errorf("%d people, want one with the name's other form", len(f.People))
	}
}

// TestClassName checks className: a generic head after modifiers alone
// (class-names.tsv) names a kind of body, not one; a name that goes on
// past its head, or has a word of its own, is a body.
func TestClassName(t *testing.T) {
	partners := "Brunssum, 18 December 2014 – The command hosted a seminar with International Organization, Non-Governmental Organization and Governmental Organization partners."
	for _, tt := range []struct {
		rule, body string
		want, not  []string
	}{
		{"modifiers, hyphened or not, and a generic head", partners, nil, []string{"International Organization", "Non-Governmental Organization", "Governmental Organization"}},
		{"a name that goes on past its head", "Geneva, 3 May 2016 – He met the International Organization for Migration.", []string{"International Organization for Migration"}, nil},
		{"a word of its own", "Geneva, 3 May 2016 – He met the Humanitarian Aid Organization.", []string{"Humanitarian Aid Organization"}, nil},
	} {
		t.Run(tt.rule, func(t *testing.T) {
			orgs, _ := namedFacts(t, "Title", tt.body)
			checkMembers(t, tt.body, "organisations", orgs, tt.want, tt.not)
		})
	}
}

// TestEventsTown checks that a town named as a named event's place gives
// no country to the official the sentence meets (eventsTown).
func TestEventsTown(t *testing.T) {
	checkTitledPosts(t, []titledPosts{
		{"Title", "General Ann Ray visited Lithuania on 4 June 2012. She praised the decisions of the NATO Summit in Chicago at a meeting with Defence Minister Rita Kalnina.",
			[]string{"Rita Kalnina: Defence Minister @ Lithuania"}},
		{"Title", "In Madrid on 4 June 2012, General Ann Ray met Defence Minister Pedro Alonso.",
			[]string{"Pedro Alonso: Defence Minister @ Spain"}},
	})
}

// TestOccasionLink checks that, in a sentence no verb of which reports
// an event, the event told after "during" is its event, before a recent
// one told after another link (occasion).
func TestOccasionLink(t *testing.T) {
	runEventCases(t, []eventCase{
		{"occasion", "Title", "The Secretary General welcomed the decisions of the recent NATO Summit in Chicago during a meeting with Prime Minister Karl Ozols in Riga on 3 May 2019.",
			[]string{"meeting@Riga@2019-05-03: Karl Ozols"}, []string{"summit@Chicago@2019-05-03: Karl Ozols"}},
		{"occasion: the first link's event where none is an occasion", "Title", "The Secretary General welcomed the decisions taken ahead of the NATO Summit in Chicago on 3 May 2012.",
			[]string{"summit@Chicago@2012-05-03: "}, nil},
	})
}

// TestTopicSaidAgain checks that a place after a preposition said again
// in a list of topics ("in Kosovo and in Afghanistan") is a topic too,
// and that activities in a place are talked of (topic).
func TestTopicSaidAgain(t *testing.T) {
	runEventCases(t, []eventCase{
		{"topic: the preposition said again", "Title", "Brussels, 5 October 2011 – Ministers will also hold meetings with contributing partners to the Alliance's operations in Kosovo and in Afghanistan.",
			[]string{"meeting@Brussels@2011-10-05: "}, []string{"meeting@Afghanistan@2011-10-05: "}},
		{"topic: activities", "Title", "On 13 February 2016 in Munich, the Secretary General met OSCE Secretary General Lamberto Zannier to discuss military activities in Europe.",
			[]string{"meeting@Munich@2016-02-13: Lamberto Zannier"}, []string{"meeting@Europe@2016-02-13: Lamberto Zannier"}},
		{"topic: a place listed after the meeting's own", "Title", "The Secretary General held talks in Vilnius and in Riga on 3 May 2019.",
			[]string{"meeting@Vilnius@2019-05-03: ", "meeting@Riga@2019-05-03: "}, nil},
	})
}

// TestDayAfterHome checks that a named event alone in a sentence takes
// its day and people where its name gives its place (namedEvent,
// noTrigger), and that an event of the day after the release's
// main event, placed nowhere, is in the main event's town (finish).
func TestDayAfterHome(t *testing.T) {
	runEventCases(t, []eventCase{
		{"finish: the day after", "Title", "NATO Secretary General Jens Stoltenberg joined world leaders in Munich on Friday (15 February 2019) for the Munich Security Conference. He addressed the conference on deterrence.\n\nOn Saturday (16 February), the Secretary General met Chancellor Angela Merkel to thank her for Germany's contributions.",
			[]string{"conference@Munich@2019-02-15: Jens Stoltenberg", "meeting@Munich@2019-02-16: Jens Stoltenberg, Angela Merkel"}, nil},
		{"finish: two days after", "Title", "NATO Secretary General Jens Stoltenberg joined world leaders in Munich on Friday (15 February 2019) for the Munich Security Conference.\n\nOn Sunday (17 February), the Secretary General met Chancellor Angela Merkel.",
			nil, []string{"meeting@Munich@2019-02-17: Jens Stoltenberg, Angela Merkel"}},
	})
}

// TestVisitedBody checks that a mission a visit goes to is the body
// visited, no event holding the visit's day, and that "NATO-led" sends
// no one to NATO Headquarters (visitedBody, headquartersVisited).
func TestVisitedBody(t *testing.T) {
	runEventCases(t, []eventCase{
		{"visitedBody", "Title", "NATO Deputy Secretary General Mircea Geoană paid a visit to the NATO-led KFOR mission on 7 July 2022.",
			[]string{"visit@@2022-07-07: Mircea Geoană"}, []string{"mission@@2022-07-07: ", "visit@NATO Headquarters@2022-07-07: Mircea Geoană"}},
		{"visitedBody: a mission in passing keeps its place", "Title", "The Secretary General thanked Italy for its troops in the NATO mission in Kosovo during a visit to Rome on 7 July 2022.",
			[]string{"mission@Kosovo@: "}, nil},
	})
}

// TestOpenedBody checks that opening a body or a building is an
// inauguration (verb+body), held at the venue of the ceremony told after
// it (ceremonial), and that taking part in what is no event is none
// (verb+part).
func TestOpenedBody(t *testing.T) {
	runEventCases(t, []eventCase{
		{"verb+body", "Title", "On Thursday (30 March 2023), Mircea Geoană opened the first regional office of the Accelerator at the Imperial College London Innovation Hub.",
			[]string{"inauguration@Imperial College London Innovation Hub@2023-03-30: Mircea Geoană"}, nil},
		{"verb+event still reads an event object", "Title", "On 3 May 2023, Mircea Geoană opened the conference in Riga.",
			[]string{"conference@Riga@2023-05-03: Mircea Geoană"}, nil},
		{"ceremonial", "Title", "The Accelerator opened its office in Halifax, Canada, on Friday, 17 May 2024. Mircea Geoană cut the ribbon at a ceremony at the Halifax Convention Centre.",
			[]string{"inauguration@Halifax Convention Centre@2024-05-17: Mircea Geoană"}, []string{"inauguration@Halifax@2024-05-17: ", "ceremony@Halifax Convention Centre@: Mircea Geoană"}},
		{"verb+part: no event object", "Title", "Halifax, 17 May 2024 – Start-ups from Canada are already taking part in the Accelerator's programmes in the United States.",
			nil, []string{"meeting@United States@2024-05-17: "}},
		{"verb+part: alone", "Title", "Mircea Geoană visited Riga on 3 May 2023. The Minister of Defence, Ivo Berg, also took part.",
			[]string{"meeting@Riga@2023-05-03: Ivo Berg"}, nil},
	})
}

// TestTopicOpeningsAndRanges checks that a place a sentence opens with
// "On PLACE," and a range of places after a topic noun ("operations from
// Afghanistan to Kosovo") are talked of, no event's place (topic,
// rangeOfTopic), and that an approach to a country is a topic.
func TestTopicOpeningsAndRanges(t *testing.T) {
	runEventCases(t, []eventCase{
		{"topic: On PLACE,", "Title", "Berlin, 15 June 2018 – NATO Secretary General Jens Stoltenberg held talks with Chancellor Angela Merkel. On Russia, the two leaders agreed that NATO's approach to Russia was right.",
			[]string{"meeting@Berlin@2018-06-15: Jens Stoltenberg, Angela Merkel"}, []string{"meeting@Russia@2018-06-15: Jens Stoltenberg, Angela Merkel"}},
		{"rangeOfTopic", "Title", "On 15 June 2018, speaking at a press conference in Berlin, Mr Jens Stoltenberg praised Germany's contributions to NATO operations from Afghanistan to Kosovo.",
			[]string{"press conference@Berlin@2018-06-15: Jens Stoltenberg"}, []string{"press conference@Kosovo@2018-06-15: Jens Stoltenberg"}},
		{"a journey from a town to a town", "Title", "On 15 June 2018, Mr Jens Stoltenberg travelled from Brussels to Vilnius.",
			[]string{"visit@Vilnius@2018-06-15: Jens Stoltenberg"}, nil},
	})
}

// TestOnBoardAndNear checks that a ship one is "on board of" is where
// the event happens, not the place it lies "close to" (prepBefore,
// referencePoint), and that two towns joined by "and" before a summit's
// head name one summit (townsOfEvent).
func TestOnBoardAndNear(t *testing.T) {
	runEventCases(t, []eventCase{
		{"on board of", "Title", "Norfolk, 9 September 2009 – Mr Anders Fogh Rasmussen carried out the change of command, which took place on board of the USS Dwight D. Eisenhower close to the ACT Headquarters in Norfolk, Virginia.",
			[]string{"change of command@USS Dwight D. Eisenhower@2009-09-09: Anders Fogh Rasmussen"}, []string{"change of command@ACT Headquarters@2009-09-09: Anders Fogh Rasmussen"}},
		{"townsOfEvent", "Title", "The decision was announced at the Strasbourg and Kehl Summit in April 2009.",
			[]string{"summit@Strasbourg@2009-04: "}, []string{"summit@Kehl@2009-04: "}},
	})
}

// TestVenueTown checks that an unknown word after a venue's head and
// "in" is the venue's town (venueTown), and that a monastery in lower
// case is a venue (lower-place-heads.tsv).
func TestVenueTown(t *testing.T) {
	checkPlaces(t, "On 3 November 2020, at the Military Training Area in Pabrade, General Jörg Vollmer met the Minister of Defence.", []string{"Pabrade"}, nil)
	checkPlaces(t, "In the Area in Ivo Berg's words, it was a success.", nil, []string{"Ivo"})
	checkPlaces(t, "On 16 July 2014, General Adrian Bradshaw visited the Decani monastery.", []string{"Decani monastery"}, nil)
}

// TestResidentsOf checks that a place locating a group of residents
// ("the diplomatic community in Oslo") is no event's place (residentsOf).
func TestResidentsOf(t *testing.T) {
	runEventCases(t, []eventCase{
		{"residentsOf", "Title", "Stavanger, 8 October 2021 – Officers from across NATO, the diplomatic community in Oslo and guests from Germany attended the ceremony.",
			[]string{"ceremony@Stavanger@2021-10-08: "}, []string{"ceremony@Oslo@2021-10-08: "}},
	})
}

// TestHandedPostOf checks that handing over "the post of" a title gives
// both sides the post, the outgoing side's former (handedPost).
func TestHandedPostOf(t *testing.T) {
	checkTitledPosts(t, []titledPosts{
		{"Title", "On 10 October 2022, Major General Ferenc Kajari handed over the post of KFOR Commander to Major General Angelo Ristuccia.",
			[]string{"Angelo Ristuccia: Commander @ Kosovo Force", "Ferenc Kajari: Commander @ Kosovo Force (former)"}},
	})
}

// TestMilitaryAirport checks that a military airport in lower case is a
// venue (lower-place-heads.tsv).
func TestMilitaryAirport(t *testing.T) {
	checkPlaces(t, "On 28 November 2013, General Philip Breedlove held a press conference in Slatina military airport.", []string{"Slatina military airport"}, nil)
}

// TestCityBeforeInTitle checks that a town right before a visit's noun
// in a title is where the visit is, past a topic's place (cityBefore);
// that "a Brussels forum" describes; that "effort" is a topic noun; and
// that a title's last word places no town at the body's first word
// (unknownTowns).
func TestCityBeforeInTitle(t *testing.T) {
	runEventCases(t, []eventCase{
		{"cityBefore: a title", "Secretary General calls for staying the course in Afghanistan during Copenhagen visit", "On 31 August 2010, the Secretary General met Queen Margrethe II. Discussions focused on the NATO-led effort in Afghanistan.",
			[]string{"meeting@Copenhagen@2010-08-31: Margrethe II"}, []string{"visit@Afghanistan@: ", "meeting@Afghanistan@2010-08-31: Margrethe II", "visit@On@: "}},
		{"cityBefore: not after 'a'", "Title", "Brussels, 1 March 2007 – The Secretary General gave a lecture to the Grandes Conférences, a Brussels forum whose speakers include many heads of NATO.",
			nil, []string{"forum@Brussels@: "}},
	})
}

// TestSemicolonPeopleList checks that a list of titled people split by
// semicolons, its last item after "and the", all take part in the event
// its verb reports (peopleClauseStart).
func TestSemicolonPeopleList(t *testing.T) {
	body := "Norfolk, 9 September 2009 – General Tom Rask took over command of the force. The Supreme Allied Commander Europe, Admiral Ivo Berg; the Chairman of the Joint Chiefs of Staff, Admiral Jan Holm; and the Chairman of the NATO Military Committee, Admiral Karl Dahl, also took part in the event."
	f := testExtractor(t).Extract(&natokg.Release{Title: "Title", Source: "NATO", Body: body})
	for _, e := range f.Events {
		if slices.Contains(e.Attendees, "Karl Dahl") {
			checkMembers(t, body, "attendees", e.Attendees, []string{"Ivo Berg", "Jan Holm", "Karl Dahl"}, nil)
			return
		}
	}
	t.Errorf("%q: no event of Karl Dahl's", body)
}

// TestPossessedName checks that a body an acronym's possessive names
// keeps the name with its owner before it as an alias (possessedName).
func TestPossessedName(t *testing.T) {
	f := testExtractor(t).Extract(&natokg.Release{Title: "Title", Source: "NATO", Body: "Manama, 3 May 2008 – The conference was organised by NATO's Public Diplomacy Division."})
	for _, o := range f.Orgs {
		if o.Name == "Public Diplomacy Division" {
			checkMembers(t, "NATO's Public Diplomacy Division", "aliases", o.Aliases, []string{"NATO Public Diplomacy Division"}, nil)
			return
		}
	}
	t.Error("no Public Diplomacy Division")
}

// TestGroupNouns checks that a capitalised group of people ("NATO
// Invitees") names no body (group-nouns.tsv).
func TestGroupNouns(t *testing.T) {
	checkOrgs(t, "On 3 May 2022, NATO Allies and NATO Invitees met in Tallinn.", []string{"North Atlantic Treaty Organization"}, []string{"NATO Invitees", "Invitees"})
}

// TestMeetingOfBodyIn checks that a place after a body that an event's
// "of" names is the event's place, not where the body sits
// (belongsToOrg).
func TestMeetingOfBodyIn(t *testing.T) {
	runEventCases(t, []eventCase{
		{"belongsToOrg: an event of a body", "Title", "A meeting of the NATO-Russia Council in Brussels, 14 June 2007, gave ministers their first talks with Mr Anatoly Serdyukov.",
			[]string{"meeting@Brussels@2007-06-14: Anatoly Serdyukov"}, nil},
		{"belongsToOrg: a body's office", "Title", "On 3 May 2012, the Secretary General visited the NATO Information Office in Moscow.",
			[]string{"visit@NATO Information Office in Moscow@2012-05-03: "}, nil},
	})
}

// TestSeatOf checks that the headquarters of a known body the gazetteer
// gives no seat are named by the abbreviation the text writes, else by
// the body's shortest form (seatOf).
func TestSeatOf(t *testing.T) {
	checkPlaces(t, "Oeiras, 6 October 2021 – The Commander visited Naval Striking and Support Forces NATO (STRIKFORNATO) headquarters.", []string{"STRIKFORNATO Headquarters"}, []string{"SFN Headquarters"})
	checkPlaces(t, "Oeiras, 6 October 2021 – The Commander arrived at STRIKFORNATO headquarters.", []string{"STRIKFORNATO Headquarters"}, []string{"SFN Headquarters"})
	checkPlaces(t, "London, 3 May 2004 – He attended a ceremony at the headquarters of the International Security Assistance Force.", []string{"ISAF Headquarters"}, nil)
}

// TestQuotedNamePart checks that a name's part in quotation marks is no
// quotation (Text.quotedNameEnd) and no quoted title (quotedTokens):
// the venue it names places the event, while a quoted theme's places
// still do not.
func TestQuotedNamePart(t *testing.T) {
	runEventCases(t, []eventCase{
		{"straight marks", "Title", "Pristina, 16 July 2014 – General Omar Lind visited the command at Camp \"Film City\" in Pristina.",
			[]string{"visit@Camp Film City@2014-07-16: Omar Lind"}, nil},
		{"curved marks", "Title", "Pristina, 16 July 2014 – General Omar Lind met the ambassadors at Camp “Film City” in Pristina.",
			[]string{"meeting@Camp Film City@2014-07-16: Omar Lind"}, nil},
		{"a quoted theme", "Title", "Skopje, 16 July 2014 – General Omar Lind spoke at a conference themed \"Peace in the Balkans\" in Skopje.",
			[]string{"speech@Skopje@2014-07-16: Omar Lind"}, nil},
	})
}

// TestWhereClauses checks that a relative clause on a place, with or
// without a comma before its "where", reports an event at that place
// (whereOpens, whereClauses).
func TestWhereClauses(t *testing.T) {
	runEventCases(t, []eventCase{
		{"after a comma", "Title", "Pristina, 16 July 2014 – General Omar Lind visited the camp and the Decani monastery, where he met the Abbot, Father Ivo Berg.",
			[]string{"meeting@Decani monastery@2014-07-16: Omar Lind, Ivo Berg"}, nil},
		{"no comma", "Title", "Pristina, 16 July 2014 – General Omar Lind visited the camp and the Decani monastery where he met the Abbot, Father Ivo Berg.",
			[]string{"meeting@Decani monastery@2014-07-16: Omar Lind, Ivo Berg"}, nil},
	})
}

// TestCommandNounAhead checks that "took over the position of" reports a
// change of command (commandAhead), as "took over as" does.
func TestCommandNounAhead(t *testing.T) {
	runEventCases(t, []eventCase{
		{"the position of", "Title", "Norfolk, 9 September 2009 – General Eva Berg took over the position of Supreme Allied Commander Transformation from General Tom Hale.",
			[]string{"change of command@Norfolk@2009-09-09: Eva Berg, Tom Hale"}, nil},
		{"as", "Title", "Norfolk, 9 September 2009 – General Eva Berg took over as Supreme Allied Commander Transformation from General Tom Hale.",
			[]string{"change of command@Norfolk@2009-09-09: Eva Berg, Tom Hale"}, nil},
	})
}

// TestEventOrganiserNamed checks that a summit or a meeting of a body
// named before its word is that body's, not the publisher's
// (bodyOfEventName, organisers).
func TestEventOrganiserNamed(t *testing.T) {
	body := "Osaka, 28 June 2019 – The Secretary General attended the G20 summit in Osaka. The NATO Summit in Brussels followed in July."
	f := testExtractor(t).Extract(&natokg.Release{Title: "Title", Source: "NATO", Body: body})
	var got []string
	for _, e := range f.Events {
		got = append(got, e.Kind+"@"+e.Location+": "+strings.Join(e.Organisers, ", "))
	}
	checkMembers(t, body, "events", got, []string{"summit@Ōsaka: Group of Twenty", "summit@Brussels: North Atlantic Treaty Organization"}, []string{"summit@Ōsaka: North Atlantic Treaty Organization"})
}

// TestTownAfterCountry checks the rule alone: a national post's country
// is that of the town "in" names after it, where the release names that
// country; none where the release does not, nor past a comma.
func TestTownAfterCountry(t *testing.T) {
	tests := []struct {
		body, want string
	}{
		{"Mr Tom Rask is meeting Chancellor Ann Berg in Berlin on Friday. He thanked Germany for its help.", "Germany"},
		{"Mr Tom Rask is meeting Chancellor Ann Berg in Berlin on Friday.", ""},
		{"Mr Tom Rask is meeting Chancellor Ann Berg, who leads the talks in Berlin. He thanked Germany.", ""},
	}
	x := testExtractor(t)
	for _, tt := range tests {
		tx := Tokenize((&natokg.Release{Title: "Title", Source: "NATO", Body: tt.body}).Text(), x.abbrev)
		res := x.resolver.Resolve(tx, x.recognizer.Candidates(tx, x.dates.Find(tx).Mentions))
		var got []string
		for _, p := range x.posts.Find(tx, res.Mentions, PostContext{}) {
			if p.Title == "Chancellor" {
				got = append(got, x.posts.townAfterCountry(tx, res.Mentions, p))
			}
		}
		if len(got) != 1 || got[0] != tt.want {
			t.Errorf("%q: townAfterCountry %q, want %q", tt.body, got, tt.want)
		}
	}
}

// TestServiceRank checks that a naval rank after a country's navy and
// right before a name is the person's rank, not a post in that navy
// (serviceBeforeName); a body other than a service keeps its post.
func TestServiceRank(t *testing.T) {
	body := "Kiel, 3 May 2016 – Royal Netherlands Navy Commander Tom Rask handed over to German Navy Commander Ivo Berg. The KFOR Commander Jan Holm sent greetings."
	got := runStages(t, body).postsOf()
	for _, not := range []string{"Tom Rask: Commander @ Royal Netherlands Navy", "Ivo Berg: Commander @ German Navy"} {
		if slices.Contains(got, not) {
			t.Errorf("%q: posts %q, want none %q", body, got, not)
		}
	}
	if !slices.Contains(got, "Jan Holm: Commander @ Kosovo Force") {
		t.Errorf("%q: posts %q, want the KFOR Commander's", body, got)
	}
}

// TestPostsNot checks posts the grammar must not give: each rule's
// reading stops where the sentence goes on otherwise.
func TestPostsNot(t *testing.T) {
	tests := []struct {
		rule, body, not string
	}{
		{"commandedEnds: a body a verb follows is the next clause's subject", "Mons, 3 May 2016 – Admiral Ivo Berg assumed command of KFOR and NATO thanked him.", "Ivo Berg: Commander @ North Atlantic Treaty Organization"},
	}
	for _, tt := range tests {
		if got := runStages(t, tt.body).postsOf(); slices.Contains(got, tt.not) {
			t.Errorf("%s: %q: posts %q, want none %q", tt.rule, tt.body, got, tt.not)
		}
	}
}

// TestAcronymOfWordsBeforeHead checks that a body whose bracketed
// acronym spells the words before its head is one body with the short
// form the acronym and the head make (headAfterAcronymWords).
func TestAcronymOfWordsBeforeHead(t *testing.T) {
	body := "Tbilisi, 21 September 2018 – She will join a roundtable at the Defence Institution Building School (DIB) and lecture at the university.\n\n10:15 Round Table at DIB School followed by comments for the press."
	f := testExtractor(t).Extract(&natokg.Release{Title: "Title", Source: "NATO", Body: body})
	var got []string
	for _, o := range f.Orgs {
		got = append(got, o.Name+" "+strings.Join(o.Aliases, "|"))
	}
	want := "Defence Institution Building School DIB School"
	if !slices.Equal(got, []string{want}) {
		t.Errorf("organisations %q, want %q", got, want)
	}
}

// TestHeadlineHolder checks that the post a release's title opens with,
// naming no one, goes to the person the lead opens with (headlineHolder),
// and that a title after an opening clause and a name is the subject of
// the main clause, not the name's apposition (titleAsSubject).
func TestHeadlineHolder(t *testing.T) {
	tests := []struct {
		rule, title, body string
		want, not         []string
	}{
		{"headlineHolder, titleAsSubject: the title's post is the lead's subject's", "Chairman of NATO Military Committee Visits Tunisia",
			"General Tom Rask stressed NATO’s commitment to Tunisia during his visit to Tunis (27-28 January 2016). After meeting with Mr. Ivo Berg, the Chairman commended Tunisia on its efforts.",
			[]string{"Tom Rask: Chairman @ NATO Military Committee"}, []string{"Ivo Berg: Chairman @ NATO Military Committee"}},
		{"headlineHolder: not a post someone in the body holds", "NATO Secretary General visits Ukraine",
			"Kyiv, 3 May 2023 – Ivo Berg welcomed NATO Secretary General Tom Rask to Kyiv on Wednesday.",
			[]string{"Tom Rask: Secretary General @ North Atlantic Treaty Organization"}, []string{"Ivo Berg: Secretary General @ North Atlantic Treaty Organization"}},
		{"headlineHolder: not a post whose body the title leaves to the publisher", "Secretary General visits air base",
			"TORREJON, Spain - NATO Secretary General Tom Rask visited the air base on Thursday.",
			[]string{"Tom Rask: Secretary General @ North Atlantic Treaty Organization"}, []string{"Tom Rask: Secretary General @ Allied Air Command"}},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			got := runTitled(t, tt.title, tt.body).postsOf()
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("posts %q, want %q", got, w)
				}
			}
			for _, n := range tt.not {
				if slices.Contains(got, n) {
					t.Errorf("posts %q, want no %q", got, n)
				}
			}
		})
	}
}

// TestAttributiveAcronym checks that an acronym after a body's possessive
// that qualifies a noun names no body (attributiveAcronym), where the
// owner's name and the acronym would name one.
func TestAttributiveAcronym(t *testing.T) {
	body := "Lisbon, 16 June 2004 – NATO’s AWACS radar aircraft took to the skies over Portugal."
	f := testExtractor(t).Extract(&natokg.Release{Title: "Title", Source: "NATO", Body: body})
	for _, o := range f.Orgs {
		if o.Key != "North Atlantic Treaty Organization" {
			t.Errorf("organisation %q, want NATO alone", o.Key)
		}
	}
}

// TestMilitaryPublisherPost checks that a title that names no body, in a
// release a military body publishes, is that body's post, as it is in a
// release of a body that has a parent; not in NATO's own.
func TestMilitaryPublisherPost(t *testing.T) {
	tests := []struct{ source, want string }{
		{"NATO Rapid Deployable Corps – Italy", "Commander @ NATO Rapid Deployable Corps - Italy"},
		{"NATO", "Commander @ "},
	}
	body := "SOLBIATE OLONA, 26 May 2009 – The Minister visited the barracks. The Minister met the Commander, Lieutenant General Tom Rask, for an exchange of views."
	for _, tt := range tests {
		got := factsPosts(testExtractor(t).Extract(&natokg.Release{Title: "The Minister visits the corps", Source: tt.source, Body: body}))
		if !slices.Equal(got, []string{"Tom Rask: " + tt.want}) {
			t.Errorf("source %q: posts %q, want %q", tt.source, got, tt.want)
		}
	}
}

// TestContactFor checks that a title in the label of a line of contacts
// is whom the contact speaks for, not the contact's post (contactFor).
func TestContactFor(t *testing.T) {
	body := "Brussels, 3 May 2013 – The Chiefs of Defence will meet in Warsaw.\n\nPoint of contact for the Chairman of the NATO Military Committee: Colonel Tom Rask, Public Information Advisor to the Chairman of the Military Committee."
	got := runStages(t, body).postsOf()
	want := []string{"Tom Rask: Public Information Advisor to the Chairman @ NATO Military Committee"}
	if !slices.Equal(got, want) {
		t.Errorf("posts %q, want %q", got, want)
	}
}

// TestStaffOfName checks that "Staff" closing a body's name opens no
// rank, while after a demonym it does (staffOfName).
func TestStaffOfName(t *testing.T) {
	body := "Pristina, 3 May 2013 – The Swiss Chief Armed Forces Joint Staff Major-General Tom Rask visited KFOR HQ. The Jordanian Staff Lieutenant General Ivo Berg spoke."
	f := testExtractor(t).Extract(&natokg.Release{Title: "Title", Source: "NATO", Body: body})
	got := map[string]string{}
	for _, p := range f.People {
		got[p.Name] = p.Rank
	}
	want := map[string]string{"Tom Rask": "Major General", "Ivo Berg": "Staff Lieutenant General"}
	if !maps.Equal(got, want) {
		t.Errorf("ranks %v, want %v", got, want)
	}
}

// TestAncestorsPost checks that a title the publisher's parent has a post
// of is that parent's, in the publisher's release (ancestorsPost).
func TestAncestorsPost(t *testing.T) {
	body := "Stavanger, 4 April 2009 – Standing alongside President Tom Rask of Montenegro, Secretary General Ivo Berg said it was a good day. The Director, Major General Jan Holm, spoke."
	got := factsPosts(testExtractor(t).Extract(&natokg.Release{Title: "Flag raising ceremony", Source: "Joint Warfare Centre", Body: body}))
	want := []string{"Ivo Berg: Secretary General @ North Atlantic Treaty Organization", "Jan Holm: Director @ Joint Warfare Centre", "Tom Rask: President @ Montenegro"}
	if !slices.Equal(got, want) {
		t.Errorf("posts %q, want %q", got, want)
	}
}

// TestTitleVerbAfterRank checks that a verb of a title in capitals right
// after a rank opens no name (headline-verbs.tsv): "Three-Star General
// Answers Student Questions" names no person "Answers Student Questions".
func TestTitleVerbAfterRank(t *testing.T) {
	s := runTitled(t, "Three-Star General Answers Student Questions", "Oberammergau, 26 July 2021 – Lieutenant General Tom Rask spoke to the students.")
	var got []string
	for _, p := range s.people.List {
		got = append(got, p.Name)
	}
	if !slices.Equal(got, []string{"Tom Rask"}) {
		t.Errorf("people %q, want Tom Rask alone", got)
	}
}

// factsPosts lists the posts of the people of f as "NAME: ROLE @ ORG",
// sorted.
func factsPosts(f *natokg.Facts) []string {
	var out []string
	for _, p := range f.People {
		for _, q := range p.Posts {
			out = append(out, p.Name+": "+q.Role+" @ "+q.Org)
		}
	}
	sort.Strings(out)
	return out
}

// TestPostAloneImplied checks that a title that stands for a person, its
// body only implied by a phrase near it, names the one person who holds
// that title in another body, not someone with no post (holdersOf).
func TestPostAloneImplied(t *testing.T) {
	body := "Brunssum, 3 May 2018 – Mr. Tom Rask, General Manager, and Mr. Ivo Berg visited the Allied Joint Force Command HQ in Brunssum. At the end of the visit, the General Manager concluded: “The visit confirmed the good relationship with Allied Joint Force Command.”"
	got := factsPosts(testExtractor(t).Extract(&natokg.Release{Title: "Visit to Allied Joint Force Command HQ", Source: "NATO Support and Procurement Agency", Body: body}))
	want := []string{"Tom Rask: General Manager @ NATO Support and Procurement Agency"}
	if !slices.Equal(got, want) {
		t.Errorf("posts %q, want %q", got, want)
	}
}

// TestMilitaryPublisherEnvoy checks that an envoy's title takes no body
// from the military body that publishes the release (diplomatic), and
// that a standing representation no country owns sits at the body after
// "to" (standingBodies).
func TestMilitaryPublisherEnvoy(t *testing.T) {
	got := factsPosts(testExtractor(t).Extract(&natokg.Release{Title: "The corps welcomes Ambassador Tom Rask, the Permanent Representative to NATO", Source: "NATO Rapid Deployable Corps – Italy",
		Body: "Solbiate Olona, 24 November 2023 – The Commander, Lieutenant General Ivo Berg, welcomed the Ambassador."}))
	want := []string{"Ivo Berg: Commander @ NATO Rapid Deployable Corps - Italy", "Tom Rask: Permanent Representative @ North Atlantic Treaty Organization"}
	if !slices.Equal(got, want) {
		t.Errorf("posts %q, want %q", got, want)
	}
}

// TestStateNounCountry checks that a country right after "of the
// Republic", its own "of" left out, is the post's (fieldComplement).
func TestStateNounCountry(t *testing.T) {
	for _, tc := range []struct{ body, want string }{
		{"The Minister of Defence of the Republic North Macedonia, Mrs. Ana Vesna, watched the jets.", "Ana Vesna: Minister of Defence @ North Macedonia"},
		{"The Minister of Defence of the Republic of North Macedonia, Mrs. Ana Vesna, watched the jets.", "Ana Vesna: Minister of Defence @ North Macedonia"},
	} {
		got := factsPosts(testExtractor(t).Extract(&natokg.Release{Title: "Air policing over the Balkans", Body: "Skopje, 9 December 2021 – " + tc.body}))
		if !slices.Equal(got, []string{tc.want}) {
			t.Errorf("%q: posts %q, want %q", tc.body, got, tc.want)
		}
	}
}

// TestTitleModifierNoBody checks that a title's modifier after "of the"
// ("the Joint Chief of Staff") names no body of its own
// (modifiersOfTitle), while a name there does ("the Speaker of the
// Folketing").
func TestTitleModifierNoBody(t *testing.T) {
	for _, tc := range []struct{ body, want string }{
		{"The Chairman met the Chairman of the Joint Chief of Staff of the Jordanian Armed Forces, Lt General Omar Hadid.", "Omar Hadid: Chairman of the Joint Chief of Staff @ Jordanian Armed Forces"},
		{"The Chairman met the Speaker of the Folketing, Mr Lars Holm.", "Lars Holm: Speaker @ Folketing"},
	} {
		got := factsPosts(testExtractor(t).Extract(&natokg.Release{Title: "Chairman visits the region", Body: "Amman, 7 March 2017 – " + tc.body}))
		if !slices.Contains(got, tc.want) {
			t.Errorf("%q: posts %q, want %q among them", tc.body, got, tc.want)
		}
	}
}

// factsNames returns the names of the organisations and of the places f
// holds, each list sorted.
func factsNames(f *natokg.Facts) (orgs, places []string) {
	for _, o := range f.Orgs {
		orgs = append(orgs, o.Name)
	}
	for _, p := range f.Places {
		places = append(places, p.Name)
	}
	sort.Strings(orgs)
	sort.Strings(places)
	return orgs, places
}

// TestOrganiserGroupNoun checks that the capitalised words after
// "hosted by" name no body where they open with a noun for a group of
// people (group-nouns.tsv), and still do otherwise (organisingBodies).
func TestOrganiserGroupNoun(t *testing.T) {
	for _, tc := range []struct {
		body string
		want []string
	}{
		{"It was the last of four seminars hosted by Allies on NATO’s next Strategic Concept.", []string{"North Atlantic Treaty Organization"}},
		{"It was the last of four seminars hosted by Blue Harbor Group in Prague.", []string{"Blue Harbor Group"}},
	} {
		orgs, _ := factsNames(testExtractor(t).Extract(&natokg.Release{Title: "Seminar on the Strategic Concept", Body: "Prague, 3 May 2022 – " + tc.body}))
		if !slices.Equal(orgs, tc.want) {
			t.Errorf("%q: organisations %q, want %q", tc.body, orgs, tc.want)
		}
	}
}

// TestCongressRepresentative checks that "Rep." before a name is a
// member of the House of Representatives' title (roles.tsv).
func TestCongressRepresentative(t *testing.T) {
	got := factsPosts(testExtractor(t).Extract(&natokg.Release{Title: "US Congressional Delegation visits the command", Body: "Oeiras, Portugal, 12 April 2017 – A U.S. Congressional Delegation led by Rep. Tom Rask (R-LA) visited the headquarters."}))
	want := []string{"Tom Rask: Representative @ United States"}
	if !slices.Equal(got, want) {
		t.Errorf("posts %q, want %q", got, want)
	}
}

// TestSeaHeads checks waters named by their head (place-heads.tsv) and
// a strait's other spelling (places.tsv).
func TestSeaHeads(t *testing.T) {
	_, places := factsNames(testExtractor(t).Extract(&natokg.Release{Title: "Mine countermeasures group sails north", Body: "The group sailed from the Oslo Fjord through the German Bight and the Straits of Gibraltar."}))
	for _, want := range []string{"German Bight", "Oslo Fjord", "Strait of Gibraltar"} {
		if !slices.Contains(places, want) {
			t.Errorf("places %q, want %q among them", places, want)
		}
	}
	if slices.Contains(places, "Oslo") || slices.Contains(places, "Gibraltar") {
		t.Errorf("places %q: a town or territory inside a sea's name", places)
	}
}

// TestBoardedName checks that one word right after "on board the" names a
// ship, not a town of that spelling in another language (boardedName),
// while a ship its prefix names stays where the event is.
func TestBoardedName(t *testing.T) {
	for _, tc := range []struct {
		body      string
		wantPlace string
	}{
		{"A reception was held on board the Mosel for the city's officials.", ""},
		{"A reception was held aboard the USS Mount Whitney for the city's officials.", "USS Mount Whitney"},
	} {
		f := testExtractor(t).Extract(&natokg.Release{Title: "Mine countermeasures group visits Russia", Body: "Novorossiysk, Russia, 18 July 2008 – " + tc.body})
		_, places := factsNames(f)
		if slices.Contains(places, "Mosul") || slices.Contains(places, "Mosel") {
			t.Errorf("%q: places %q, want no town Mosul nor place Mosel", tc.body, places)
		}
		if tc.wantPlace != "" && !slices.Contains(places, tc.wantPlace) {
			t.Errorf("%q: places %q, want %q among them", tc.body, places, tc.wantPlace)
		}
	}
}

// TestScheduleLinePlace checks that a place after a date and a comma that
// ends a schedule's line, perhaps with its country, is the place of the
// line's event (datedPlace), and that a place after a date's comma with
// more of the sentence after it is not read so.
func TestScheduleLinePlace(t *testing.T) {
	for _, tc := range []struct{ line, want string }{
		{"Lessons learned conference: end January 2019, Sofia, Bulgaria", "Sofia"},
		{"Lessons learned conference: end January 2019, Sofia", "Sofia"},
		{"A lessons learned conference followed in January 2019, Sofia having offered to host it.", ""},
	} {
		f := testExtractor(t).Extract(&natokg.Release{Title: "Consequence management field exercise", Body: "The exercise will be conducted from 8 to 11 October 2018 in Mladenovac, Serbia.\n\n" + tc.line})
		got := ""
		for _, e := range f.Events {
			if e.Kind == "conference" {
				got = e.Location
			}
		}
		if got != tc.want {
			t.Errorf("%q: the conference's place %q, want %q", tc.line, got, tc.want)
		}
	}
}

// TestPlaceThenFor checks that a town the gazetteer knows, then "for" and
// a body, is a town and a body, not one body (placeThenFor); a body whose
// name opens with a town stays whole.
func TestPlaceThenFor(t *testing.T) {
	for _, tc := range []struct {
		body         string
		orgs, places []string
	}{
		{"He took part in a donors’ conference in Addis Ababa for the African Union’s mission in Darfur.", []string{"African Union"}, []string{"Addis Ababa", "Darfur", "Ethiopia", "Sudan"}},
		{"He spoke at the Geneva Centre for Security Policy.", []string{"Geneva Centre for Security Policy"}, []string{"Geneva Centre for Security Policy"}},
	} {
		orgs, places := factsNames(testExtractor(t).Extract(&natokg.Release{Title: "Secretary General pledges support", Body: tc.body}))
		if !slices.Equal(orgs, tc.orgs) || !slices.Equal(places, tc.places) {
			t.Errorf("%q: organisations %q, places %q; want %q, %q", tc.body, orgs, places, tc.orgs, tc.places)
		}
	}
}

// TestMoreRoleHeads checks titles built on heads of role-heads.tsv added
// for academies, consulates and prefectures.
func TestMoreRoleHeads(t *testing.T) {
	for _, tc := range []struct{ body, want string }{
		{"Lieutenant General Tom Rask will now serve as the next Superintendent of the United States Military Academy.", "Tom Rask: Superintendent @ United States Military Academy"},
		{"He met the Consul of Italy, Mr Ivo Berg, in Mons.", "Ivo Berg: Consul @ Italy"},
	} {
		got := factsPosts(testExtractor(t).Extract(&natokg.Release{Title: "Change of command", Body: "Izmir, 29 June 2018 – " + tc.body}))
		if !slices.Contains(got, tc.want) {
			t.Errorf("%q: posts %q, want %q among them", tc.body, got, tc.want)
		}
	}
}

// TestFrenchStyleM checks "M." as the French honorific before a name,
// with a title's second field before it (domainAfterAnd), while a middle
// initial after a given name stays part of the name (middleInitial).
func TestFrenchStyleM(t *testing.T) {
	x := testExtractor(t)
	got := factsPosts(x.Extract(&natokg.Release{Title: "Chairman visits Morocco", Body: "Rabat, 13 March 2010 – The Chairman held talks with Minister for Foreign Affairs and Cooperation M. Omar Haddad and General Ali Bennis."}))
	want := []string{"Omar Haddad: Minister for Foreign Affairs and Cooperation @ Morocco"}
	if !slices.Equal(got, want) {
		t.Errorf("posts %q, want %q", got, want)
	}
	f := x.Extract(&natokg.Release{Title: "Commanders meet", Body: "Mons, 3 May 2018 – General Curtis M. Scaparrotti met Mr. John M. Smith and M. Jean Dupont."})
	var names []string
	for _, p := range f.People {
		names = append(names, p.Name)
	}
	sort.Strings(names)
	if want := []string{"Curtis M. Scaparrotti", "Jean Dupont", "John M. Smith"}; !slices.Equal(names, want) {
		t.Errorf("people %q, want %q", names, want)
	}
}

// TestTakenOffice checks that "the post of TITLE" after a phrase of
// office-taking.tsv is the subject's post (takenOffice), and that handing
// a post over gives it to the one who takes it.
func TestTakenOffice(t *testing.T) {
	for _, tc := range []struct {
		body string
		want []string
	}{
		{"Admiral Tom Rask is due to take up the post of Vice Chairman of the Joint Chiefs of Staff later this August.", []string{"Tom Rask: Vice Chairman @ Joint Chiefs of Staff"}},
		{"Admiral Tom Rask was appointed to the position of Chief of Staff of the Navy.", []string{"Tom Rask: Chief of Staff of the Navy @ "}},
		{"Admiral Tom Rask spoke about the post of Chief of Staff of the Navy.", nil},
	} {
		got := factsPosts(testExtractor(t).Extract(&natokg.Release{Title: "Farewell ceremony", Body: "Norfolk, 1 August 2005 – " + tc.body}))
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: posts %q, want %q", tc.body, got, tc.want)
		}
	}
}

// TestTownNamed checks a town the gazetteer lacks, its name joined by a
// hyphen (townEnd), placed by a phrase of vicinity after its comma
// (vicinityAfter), while such a phrase after a word that names no town
// makes none; and that a contact line's label before a telephone number
// names no town of that name (contactLabel), while the town itself still
// does elsewhere.
func TestTownNamed(t *testing.T) {
	for _, tc := range []struct {
		title, body string
		towns       []string
		want        bool
	}{
		{"SACEUR visits Iraq", "Baghdad, 5 May 2019 – He opened the college in Ar-Rustamiyah, on the outskirts of the capital.", []string{"Ar-Rustamiyah", "Rustamiyah"}, true},
		{"SACEUR visits Iraq", "Baghdad, 5 May 2019 – He opened the college in Rustamiyah, in the vicinity of the capital.", []string{"Ar-Rustamiyah", "Rustamiyah"}, true},
		{"SACEUR visits Iraq", "Baghdad, 5 May 2019 – He opened the college in Rustamiyah, on the basis of the plan.", []string{"Ar-Rustamiyah", "Rustamiyah"}, false},
		{"Secretary General to visit Afghanistan", "For more information, contact the Press Office on: +93 (0) 799 51 1155; Mobile +93 (0) 799 51 1156.", []string{"Mobile"}, false},
		{"Secretary General to visit Afghanistan", "For more information, contact the Press Office. Mobile: 0799 51 1156.", []string{"Mobile"}, false},
		{"Secretary General to visit Afghanistan", "The delegation then flew to Mobile, Alabama, on Monday.", []string{"Mobile"}, true},
	} {
		_, places := factsNames(testExtractor(t).Extract(&natokg.Release{Title: tc.title, Body: tc.body}))
		got := slices.ContainsFunc(tc.towns, func(town string) bool { return slices.Contains(places, town) })
		if got != tc.want {
			t.Errorf("%q: places %q; %q among them: %v, want %v", tc.body, places, tc.towns, got, tc.want)
		}
	}
}

// TestSeatBeforeWhere checks that a body with a seat that "where" follows,
// with or without a comma, is a venue too (seat).
func TestSeatBeforeWhere(t *testing.T) {
	for _, body := range []string{
		"The team works with the Defence University for Military Studies where SACEUR observed a lesson.",
		"The team works with the Defence University for Military Studies, where SACEUR observed a lesson.",
	} {
		_, places := factsNames(testExtractor(t).Extract(&natokg.Release{Title: "SACEUR visits Iraq", Body: "Baghdad, 5 May 2019 – " + body}))
		if !slices.Contains(places, "Defence University for Military Studies") {
			t.Errorf("%q: places %q, want the University among them", body, places)
		}
	}
}

// TestSceneTown checks a town the gazetteer lacks after the "In" that
// opens a sentence whose subject is a person (sceneTown), and that an
// adverbial in title case ("In Addition,", "In Particular,") names none.
func TestSceneTown(t *testing.T) {
	for _, tc := range []struct {
		sentence, want string
	}{
		{"In Besmaya, Mr. Tom Rask will visit the training facilities.", "Besmaya"},
		{"In Besmaya, he will visit the training facilities.", "Besmaya"},
		{"In Addition, the Secretary General met the trainers.", ""},
		{"In Particular, the Secretary General met the trainers.", ""},
		{"In Besmaya, training goes on.", ""},
	} {
		_, places := factsNames(testExtractor(t).Extract(&natokg.Release{Title: "Secretary General visits Iraq", Body: "Baghdad, 5 May 2019 – The Secretary General arrived in Iraq. " + tc.sentence}))
		var got string
		for _, p := range places {
			if p != "Baghdad" && p != "Iraq" {
				got = p
			}
		}
		if got != tc.want {
			t.Errorf("%q: places %q, want %q besides Baghdad and Iraq", tc.sentence, places, tc.want)
		}
	}
}

// TestQuotedCountryNoPost checks that a country inside a speaker's
// quotation before a national title gives the title no country
// (countryBefore): the release's own country does.
func TestQuotedCountryNoPost(t *testing.T) {
	body := "Berlin, 2 July 2014 – The Secretary General thanked Germany for its role. “You have reinforced our defence in light of the Russia-Ukraine crisis,” he said after talks with Chancellor Anna Weber."
	got := factsPosts(testExtractor(t).Extract(&natokg.Release{Title: "Secretary General thanks Germany", Source: "NATO", Body: body}))
	if want := "Anna Weber: Chancellor @ Germany"; !slices.Contains(got, want) {
		t.Errorf("posts %q, want %q among them", got, want)
	}
}

// TestContactNamedLines checks that people named on the lines of a
// contacts' list, after a label's line that a colon ends or before a
// "Tel:" line, attend no event (contactNamed), and that a title whose
// two fields "and" joins, the second opening with an adjective, is read
// whole (fieldsJoined).
func TestContactNamedLines(t *testing.T) {
	body := "Warsaw, 28 September 2018 – The Chiefs of Defence met in Warsaw for the Military Committee Conference, hosted by General Jan Nowak, Chief of the General Staff of Poland.\n\n" +
		"Points of Contact for Public Affairs for the Military Committee Conference 2018:\n\n" +
		"Col. Adam Lis, Public Affairs and Strategic Communications Officer, Polish General Staff\n\n" +
		"Tel: +48 602 431 294"
	f := testExtractor(t).Extract(&natokg.Release{Title: "Military Committee Conference in Warsaw", Source: "NATO", Body: body})
	for _, e := range f.Events {
		for _, a := range e.Attendees {
			if a == "Adam Lis" {
				t.Errorf("event %q: the press contact Adam Lis among its attendees", e.Name)
			}
		}
	}
	if want := "Adam Lis: Public Affairs and Strategic Communications Officer @ Polish General Staff"; !slices.Contains(factsPosts(f), want) {
		t.Errorf("posts %q, want %q among them", factsPosts(f), want)
	}
}

// TestNameBeforeCapitalPreposition checks that a preposition written in
// capitals before a place ends a name in a title in title case (nameRun):
// "Prime Minister Orban In Budapest" is Viktor Orbán, in Budapest.
func TestNameBeforeCapitalPreposition(t *testing.T) {
	f := testExtractor(t).Extract(&natokg.Release{Title: "Secretary General Meets Hungary’s Prime Minister Orban In Budapest", Source: "NATO",
		Body: "NATO Secretary General Jens Stoltenberg met with Hungarian Prime Minister Viktor Orbán in Budapest on Wednesday (12 June 2024)."})
	var names []string
	for _, p := range f.People {
		names = append(names, p.Name)
	}
	sort.Strings(names)
	if want := []string{"Jens Stoltenberg", "Viktor Orbán"}; !slices.Equal(names, want) {
		t.Errorf("people %q, want %q", names, want)
	}
}

// TestGovernmentInTitle checks that "the President of the Government"
// keeps its noun in the title (state-nouns.tsv, kept), another office
// than "the President of the Republic", both the release's country's.
func TestGovernmentInTitle(t *testing.T) {
	got := factsPosts(testExtractor(t).Extract(&natokg.Release{Title: "Secretary General to visit Spain", Source: "NATO",
		Body: "The NATO Secretary General will travel to Madrid on Thursday 12 June 2014. He will meet the President of the Government, Mr. Tom Rask, and the President of the Republic, Mr Ivo Berg."}))
	want := []string{"Ivo Berg: President @ Spain", "Tom Rask: President of the Government @ Spain"}
	if !slices.Equal(got, want) {
		t.Errorf("posts %q, want %q", got, want)
	}
}

// TestCrisisPlacedBefore checks that a country right before "crisis"
// places it (event-kinds.tsv, before), and that a crisis no place names
// is not assumed to be the release's country's.
func TestCrisisPlacedBefore(t *testing.T) {
	for _, tc := range []struct{ title, body, want string }{
		{"Secretary General visits Iceland", "Reykjavik, 3 May 2014 – He thanked Allies for their support in the wake of the Russia-Ukraine crisis.", "Ukraine"},
		{"Statement after consultations requested by Poland", "Brussels, 4 March 2014 – Faced with this serious crisis, the Allies stand united.", ""},
	} {
		f := testExtractor(t).Extract(&natokg.Release{Title: tc.title, Source: "NATO", Body: tc.body})
		got := "(no crisis)"
		for _, e := range f.Events {
			if e.Kind == "crisis" {
				got = e.Location
			}
		}
		if got != tc.want && !(tc.want == "" && got == "(no crisis)") {
			t.Errorf("%q: the crisis's place %q, want %q", tc.body, got, tc.want)
		}
	}
}

// TestContactLineNoEvent checks that a line of contacts whose label is
// followed by whom the contact speaks for, then a colon, reports no event
// and names no attendee (contactLine).
func TestContactLineNoEvent(t *testing.T) {
	body := "Warsaw, 8 September 2006 – The Chairman of the Military Committee, General Tom Rask, and the Polish Chief of Defence, General Ivo Berg, will hold a joint press conference on 9 September at the Warsaw Press Building.\n\n" +
		"Point of contact for the joint press conference: Mrs Anna Nowak, Public Information Advisor, Polish Ministry of Defence"
	f := testExtractor(t).Extract(&natokg.Release{Title: "Chiefs of Defence to meet in Warsaw", Source: "NATO", Body: body})
	for _, e := range f.Events {
		if slices.Contains(e.Attendees, "Anna Nowak") {
			t.Errorf("event %q: the press contact Anna Nowak among its attendees", e.Name)
		}
	}
}

// TestSlashedTitlesOneBody checks that a title joined to the one before
// by a slash is an office of the same body, not a national office of the
// country named before (Slashed), and that a body's other name inside a
// title ("EU High Representative") names that body (titledBodies).
func TestSlashedTitlesOneBody(t *testing.T) {
	f := testExtractor(t).Extract(&natokg.Release{Title: "Ministers meet", Source: "NATO",
		Body: "Brussels, 3 May 2020 – Sweden will join these discussions, as well as EU High Representative/Vice President Tom Rask."})
	want := []string{"Tom Rask: High Representative @ European Union", "Tom Rask: Vice President @ European Union"}
	if got := factsPosts(f); !slices.Equal(got, want) {
		t.Errorf("posts %q, want %q", got, want)
	}
	if orgs, _ := factsNames(f); !slices.Contains(orgs, "European Union") {
		t.Errorf("organisations %q, want the European Union among them", orgs)
	}
}

// TestNamedEventEndedAfterDays checks that a named event whose sentence
// dates its end and says how many days it lasted starts that many days
// before (sceneDay, lengthInDays).
func TestNamedEventEndedAfterDays(t *testing.T) {
	for _, tc := range []struct{ body, start string }{
		{"The NATO Summit in Brussels wrapped up on Thursday (12 July 2018), following two days of decisions.", "2018-07-11"},
		{"The NATO Summit in Brussels wrapped up on Thursday (12 July 2018).", "2018-07-12"},
	} {
		f := testExtractor(t).Extract(&natokg.Release{Title: "NATO is delivering", Source: "NATO", Body: tc.body})
		got := ""
		for _, e := range f.Events {
			if e.Kind == "summit" {
				got = e.Start.String()
			}
		}
		if got != tc.start {
			t.Errorf("%q: the summit starts %q, want %q", tc.body, got, tc.start)
		}
	}
}

// TestSignedOffNoSigning checks that "signed off on" (approved) reports
// no signing, and that "signed" a document still does (event-words.tsv).
func TestSignedOffNoSigning(t *testing.T) {
	for _, tc := range []struct {
		body string
		want bool
	}{
		{"Madrid, 30 June 2022 – NATO leaders signed off on key decisions, including an invitation to Finland and Sweden to join NATO.", false},
		{"Madrid, 30 June 2022 – The Secretary General and the President signed the agreement in Madrid.", true},
	} {
		f := testExtractor(t).Extract(&natokg.Release{Title: "Summit wraps up", Source: "NATO", Body: tc.body})
		got := false
		for _, e := range f.Events {
			got = got || e.Kind == "signing"
		}
		if got != tc.want {
			t.Errorf("%q: a signing %v, want %v", tc.body, got, tc.want)
		}
	}
}

// TestOfferedHost checks that a country's offer to host an event, or a
// country that will host it, places an event its sentence places nowhere
// else (offeredHost), and that a town named still wins.
func TestOfferedHost(t *testing.T) {
	for _, tc := range []struct{ sentence, want string }{
		{"The Secretary General welcomed Norway’s offer to host an informal meeting of NATO foreign ministers next year.", "Norway"},
		{"Norway will host an informal meeting of foreign ministers in 2023.", "Norway"},
		{"Norway will host the meeting in Oslo in 2023.", "Oslo"},
	} {
		f := testExtractor(t).Extract(&natokg.Release{Title: "Foreign ministers meet", Source: "NATO", Body: "Bucharest, 29 November 2022 – The ministers met in Bucharest. " + tc.sentence})
		got := ""
		for _, e := range f.Events {
			if e.Start.Year == 2023 {
				got = e.Location
			}
		}
		if got != tc.want {
			t.Errorf("%q: the meeting of 2023 at %q, want %q", tc.sentence, got, tc.want)
		}
	}
}

// TestChangedBody checks that a bare "Commander" in a release about the
// change of command of one body is that body's, not the publisher's
// (changedBody); that "handed over the command to" gives the incoming
// commander the outgoing one's post (handsOverTo, theCommand); and that
// between two officers of no post it gives both the command of the body
// whose change of command ceremony the release names (commandNamed).
func TestChangedBody(t *testing.T) {
	for _, tt := range []struct{ rule, title, body, org string }{
		{"changedBody, handsOverTo", "Change of Command at the Multinational Battle Group West",
			"Pec, 3 May 2015 – The Multinational Battle Group-West (MNBG-W) Change of Command ceremony took place today at Camp Villaggio Italia. On this occasion, the outgoing Commander, Colonel Ivo Berg, handed over the command to Colonel Tom Rask.",
			"Multinational Battle Group West"},
		{"changedBody, commandNamed", "Change of Command Ceremony",
			"Pristina, 3 May 2015 – The KFOR Commander marked the Change of Command ceremony of Multinational Battle Group East, in Camp Bondsteel. Colonel Ivo Berg, of the 79th Infantry Brigade, handed over the command to Colonel Tom Rask.",
			"Multinational Battle Group East"},
	} {
		got := factsPosts(testExtractor(t).Extract(&natokg.Release{Title: tt.title, Source: "KFOR", Body: tt.body}))
		want := []string{"Ivo Berg: Commander @ " + tt.org, "Tom Rask: Commander @ " + tt.org}
		if !slices.Equal(got, want) {
			t.Errorf("%s: posts %q, want %q", tt.rule, got, want)
		}
	}
}

// TestDashDatelineTown checks that the capitalised words that open the
// lead before a spaced dash, with no date, are the dateline's town, not a
// person (dashDatelineTown).
func TestDashDatelineTown(t *testing.T) {
	checkPlaces(t, "Belo Polje - The change of command ceremony took place today at Camp Villaggio Italia.", []string{"Belo Polje"}, nil)
	f := testExtractor(t).Extract(&natokg.Release{Title: "Title", Source: "NATO", Body: "Belo Polje - The change of command ceremony took place today at Camp Villaggio Italia."})
	for _, p := range f.People {
		t.Errorf("person %q, want none", p.Name)
	}
}

// TestSeatWrittenAlias checks that a body named with its seat town at
// its end keeps the form the text writes with "in" before the town.
func TestSeatWrittenAlias(t *testing.T) {
	f := testExtractor(t).Extract(&natokg.Release{Title: "Title", Source: "NATO", Body: "Pristina, 3 May 2014 – Admiral Tom Rask, Commander of Allied Joint Force Command in Naples, attended."})
	for _, o := range f.Orgs {
		if o.Name == "Joint Force Command Naples" {
			if !slices.Contains(o.Aliases, "Allied Joint Force Command in Naples") {
				t.Errorf("%s: aliases %q, want the form with its town", o.Name, o.Aliases)
			}
			return
		}
	}
	t.Errorf("no Joint Force Command Naples among %d bodies", len(f.Orgs))
}

// TestPlaceInBodyName checks that the place a body's name ends with after
// "in" is named (placeInBodyName), once where the text also names it on
// its own, but not the continent of a known body's field.
func TestPlaceInBodyName(t *testing.T) {
	checkPlaces(t, "Brussels, 3 May 2005 – The Senior Representative of the UN Mission in Kosovo will brief the Committee, as will the OSCE, the Organization for Security and Co-operation in Europe.", []string{"Kosovo"}, []string{"Europe"})
	f := testExtractor(t).Extract(&natokg.Release{Title: "Title", Source: "NATO", Body: "Brussels, 3 May 2019 – NATO recently opened a Liaison Office in Chisinau, the Moldovan capital."})
	n := 0
	for _, p := range f.Places {
		if p.Name == "Chisinau" || p.Name == "Chișinău" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d places for Chisinau, want 1", n)
	}
}

// TestEventPlaces700 checks where the events of rules 681 to 700 are
// placed: a venue a country's demonym opens lies in that country
// (nationalSeat); paying one's respects at a place is a ceremony there
// (event-words.tsv); a town named only inside an event's name places
// that event, not the visit around it (onlyInEventNames); on a tour of
// several countries, a meeting with one country's ministers stays in
// theirs (hostsStop).
func TestEventPlaces700(t *testing.T) {
	runEventCases(t, []eventCase{
		{"nationalSeat", "Title", "Stavanger: On 10 August 2004 the training team gathered at Stavanger to undertake training with General Tom Rask.\n\nThe team will then meet officers in the Iraqi Joint Headquarters to mentor staff.",
			[]string{"meeting@Stavanger@2004-08-10: Tom Rask"}, []string{"meeting@Iraqi Joint Headquarters@2004-08-10: Tom Rask"}},
		{"paid their respects", "Title", "Brussels, 1 October 2014 – Mr. Tom Rask and Ambassador Ivo Berg paid their respects at the NATO Memorial to the Fallen before entering the headquarters.",
			[]string{"ceremony@NATO Memorial to the Fallen@2014-10-01: Tom Rask, Ivo Berg"}, nil},
		{"onlyInEventNames", "NATO Secretary General in Romania", "On Monday, 28 November 2022, the NATO Secretary General, Mr. Tom Rask will meet with the President of Romania, Mr. Ivo Berg.\n\nThe Secretary General is visiting Romania between 28 and 30 November. He will also take part in the annual GMF Bucharest Forum where he will give a speech on 29 November.",
			[]string{"visit@Romania@2022-11-28: Tom Rask"}, []string{"visit@Bucharest@2022-11-28: Tom Rask"}},
		{"hostsStop", "NATO Secretary General to visit Azerbaijan, Georgia and Armenia", "From 17 to 19 March 2024, the NATO Secretary General, Mr Tom Rask, will visit Armenia, Azerbaijan and Georgia.\n\nOn Sunday, 17 March, the Secretary General will be in Baku, where he will meet with the President of Azerbaijan, Mr Ivo Berg.\n\nOn Monday, 18 March, Mr Rask will have discussions with the Minister of Foreign Affairs of Azerbaijan, Mr Jan Holm.\n\nLater on 18 March, the Secretary General will travel to Tbilisi, where he will meet the President of Georgia, Ms Ann Ray.",
			nil, []string{"meeting@Tbilisi@2024-03-18: Tom Rask, Jan Holm"}},
	})
}

// TestEventPlaces704 checks the event places of rules 704 on: what a
// visit verb has for its object is visited where it is, though the noun
// could name a topic (visitedAt); a topic noun after a verb of discussing
// still names none; a town after "in" in a title is no modifier of the
// event noun after it (cityBefore); a country or region in what a
// briefing was on is no place of it (briefedOn); nor is where the body
// of a title in apposition after a person lies (titleAtPlace); a venue
// no head names, after "at" and before "in" and its town, is the place
// (unknownVenueWord, unknownVenueAt); a name's particle joins a body's
// name as it does a venue's (venueAhead); a base named by its kind
// before "of" and its owner names no venue (headsOnly); a sea talked of
// is no place of the talks (discussedLand); a list of places after
// "to" and a word of visiting or a verb of motion is a list of visits
// (travelledTo); to meet a country's needs is no meeting
// (ownThingObject).
func TestEventPlaces704(t *testing.T) {
	runEventCases(t, []eventCase{
		{"visitedAt", "Title", "On 4 June 2018, General Tom Rask visited troops in Tapa, Estonia.",
			[]string{"visit@Tapa@2018-06-04: Tom Rask"}, nil},
		{"visitedAt, the troops", "Title", "On 4 June 2018, General Tom Rask visited the Allied troops in Adazi.",
			[]string{"visit@Ādaži@2018-06-04: Tom Rask"}, nil},
		{"cityBefore, not after in", "Officials from NATO in Brussels visit Patriot units", "On 1 March 2013 the delegation, led by Tom Rask, visited the Dutch Patriot unit in Adana.",
			[]string{"visit@Adana@2013-03-01: Tom Rask"}, []string{"visit@Brussels@: ", "visit@Brussels@: Tom Rask"}},
		{"briefedOn", "Title", "Oeiras, 7 November 2023 – Captain Tom Rask was briefed on the current exercise and on future serials planned in the Baltic Sea region.",
			[]string{"briefing@Oeiras@2023-11-07: Tom Rask"}, []string{"briefing@Baltic region@2023-11-07: Tom Rask"}},
		{"titleAtPlace, a body's seat", "Title", "Brunssum, 9 June 2020 – General Tom Rask held a virtual meeting with Vice Admiral Ivo Berg, Commander NATO's Maritime Command in Northwood, in the United Kingdom.",
			[]string{"meeting@Brunssum@2020-06-09: Tom Rask, Ivo Berg"}, []string{"meeting@United Kingdom@2020-06-09: Tom Rask, Ivo Berg", "meeting@Northwood@2020-06-09: Tom Rask, Ivo Berg"}},
		{"titleAtPlace, of a body", "Title", "Brunssum, 9 June 2020 – General Tom Rask met Admiral Ivo Berg, Commander of Maritime Command in Northwood, United Kingdom.",
			[]string{"meeting@Brunssum@2020-06-09: Tom Rask, Ivo Berg"}, []string{"meeting@Northwood@2020-06-09: Tom Rask, Ivo Berg"}},
		{"unknownVenueWord before in", "Title", "Ankara, 3 May 2016 – General Tom Rask laid a wreath at Anıtkabir in Ankara.",
			[]string{"ceremony@Anıtkabir@2016-05-03: Tom Rask"}, nil},
		{"unknownVenueAt without the", "Title", "Zagreb, 3 May 2016 – General Tom Rask met Prime Minister Ivo Berg at Banski Dvori in Zagreb.",
			[]string{"meeting@Banski Dvori@2016-05-03: Tom Rask, Ivo Berg"}, nil},
		{"a particle inside a body's name", "Title", "Chisinau, 3 May 2016 – General Tom Rask visited the Alexandru cel Bun Military Academy in Chisinau.",
			[]string{"visit@Alexandru cel Bun Military Academy@2016-05-03: Tom Rask"}, nil},
		{"headsOnly: a base named by its kind", "Title", "Vilnius, 28 August 2017 – On 30 August, General Tom Rask will attend the ceremony at the Air Base of the Lithuanian Armed Forces in Siauliai.",
			nil, []string{"ceremony@Air Base@2017-08-30: Tom Rask"}},
		{"discussedLand, a sea", "Title", "Reykjavik, 29 August 2023 – General Tom Rask met Minister Ivo Berg, where they discussed situational awareness in the North Atlantic.",
			[]string{"meeting@Reykjavík@2023-08-29: Tom Rask, Ivo Berg"}, []string{"meeting@North Atlantic@2023-08-29: Tom Rask, Ivo Berg"}},
		{"travelledTo, a list after a word of visiting", "Title", "Northwood, 5 May 2015 – On 3 May 2015, the ships of the group made port visits to Copenhagen, Gdynia and Amsterdam.",
			[]string{"visit@Copenhagen@2015-05-03: ", "visit@Gdynia@2015-05-03: ", "visit@Amsterdam@2015-05-03: "}, nil},
		{"travelledTo, a list after a verb of motion", "Title", "Riga, 5 May 2015 – On 3 May 2015, General Tom Rask travelled to Riga, Vilnius and Tallinn.",
			[]string{"visit@Riga@2015-05-03: Tom Rask", "visit@Vilnius@2015-05-03: Tom Rask", "visit@Tallinn@2015-05-03: Tom Rask"}, nil},
		{"ownThingObject, a country's", "Title", "Keflavik, 27 January 2014 – Six fighter jets touched down in Iceland on Monday (27 January) to provide capabilities to meet Iceland's peacetime preparedness needs.",
			nil, []string{"meeting@Keflavík@2014-01-27: "}},
		{"a tour of duty is no visit (event-words.tsv: none)", "Title", "Pec, 3 May 2012 – The Transfer of Authority ceremony was held at Camp Villaggio Italia. After a successful six months tour of duty, the Regiment will return to Italy.",
			nil, []string{"visit@Italy@: ", "visit@Italy@2012-05-03: "}},
		{"rankedSurname within its sentence", "A new KFOR Commander", "Pristina, 19 November 2019 – Major General Tom Rask took over command from Major General Ivo Berg.",
			[]string{"change of command@Pristina@2019-11-19: Tom Rask, Ivo Berg"}, nil},
		{"pastAdjective: an adverb joined by a hyphen", "Title", "Chaghcharan, 4 May 2008 – General Tom Rask toured the recently-opened Civil Servants Training Center, built by a donor.",
			[]string{"visit@Civil Servants Training Center@2008-05-04: Tom Rask"}, nil},
		{"seatEndingBody: a visited body named with its town", "Title", "KABUL, Afghanistan, 10 December 2008 – General Tom Rask visited the Provincial Reconstruction Team Chaghcharan on 9 December.",
			[]string{"visit@Chaghcharan@2008-12-09: Tom Rask"}, []string{"visit@Kabul@2008-12-09: Tom Rask"}},
		{"topic after discussing", "Title", "On 4 June 2018, General Tom Rask met Minister Ivo Berg in Riga to discuss troops in Afghanistan.",
			[]string{"meeting@Riga@2018-06-04: Tom Rask, Ivo Berg"}, []string{"meeting@Afghanistan@2018-06-04: Tom Rask, Ivo Berg"}},
	})
}

// TestPosts709 checks the posts of rules 709: a title in apposition
// after a name that a title before it already gave ("German Ambassador X,
// the Dean of the Council, and ...") is that person's too
// (closedApposition), not where the title opens the next clause or is
// the next name's; and "the Council" after "the North Atlantic Council"
// is that body, not the Atlantic Council whose name it holds
// (lastOrgEndingWith). Rules 712: a flotilla is a body (org-heads.tsv);
// a name of up to four words no list knows ends a title's field
// (nameStarts). Rules 719: "he has commanded A, B and C" holds each
// command (subjectRightBefore, moreBodiesListed).
func TestPosts709(t *testing.T) {
	for _, tc := range []struct {
		body string
		want []string
		not  []string
	}{
		{"The North Atlantic Council met. He was welcomed by German Ambassador Ivo Berg, the Dean of the Council, and by the Deputy Secretary General.",
			[]string{"Ivo Berg: Ambassador @ Germany", "Ivo Berg: Dean @ North Atlantic Council"}, []string{"Ivo Berg: Dean @ Atlantic Council"}},
		{"He met German Ambassador Ivo Berg, the Secretary General said on Monday.",
			[]string{"Ivo Berg: Ambassador @ Germany"}, []string{"Ivo Berg: Secretary General @ North Atlantic Treaty Organization"}},
		{"General Ivo Berg visited the Centre. As a general officer he has commanded the 1st Marine Expeditionary Brigade, Task Force 58 and the 1st Marine Division.",
			[]string{"Ivo Berg: Commander @ 1st Marine Expeditionary Brigade", "Ivo Berg: Commander @ Task Force 58", "Ivo Berg: Commander @ 1st Marine Division"}, nil},
		{"The ships were received by the 3rd Ships Flotilla's Commander, Rear Admiral Ivo Berg.",
			[]string{"Ivo Berg: Commander @ 3rd Ships Flotilla"}, nil},
		{"He met Minister for Foreign Affairs Sigvor Kolbrin Reykdal Hafnardottir of Iceland.",
			[]string{"Sigvor Kolbrin Reykdal Hafnardottir: Minister for Foreign Affairs @ Iceland"}, []string{"Kolbrin Reykdal Hafnardottir: Minister for Foreign Affairs Sigvor @ Iceland"}},
		{"After talks with German Ambassador Ivo Berg, the Chairman of the Military Committee, Admiral Tom Rask, visited the ship.",
			[]string{"Tom Rask: Chairman @ NATO Military Committee"}, []string{"Ivo Berg: Chairman @ NATO Military Committee"}},
	} {
		got := factsPosts(testExtractor(t).Extract(&natokg.Release{Title: "Title", Body: "Brussels, 1 October 2014 – " + tc.body}))
		checkMembers(t, tc.body, "posts", got, tc.want, tc.not)
	}
}

// TestHeadlineBaseForm checks that a title's verb in its base form,
// after a plural subject, ends the name before it and names no one
// (headline-verbs.tsv: "Pay").
func TestHeadlineBaseForm(t *testing.T) {
	f := testExtractor(t).Extract(&natokg.Release{Title: "Standing NATO Maritime Group and MARCOM Commander Pay Visit to Haifa", Source: "NATO", Body: "Haifa, 3 May 2013 – The ships of the group arrived in Haifa on Friday."})
	for _, p := range f.People {
		t.Errorf("person %q, want none", p.Name)
	}
}

// TestPublisherCountry checks that a national office whose country the
// text does not give is the country whose body publishes the release
// (publisherCountry), and that a release of no national body gives none.
func TestPublisherCountry(t *testing.T) {
	body := "28 August 2017 – Vice Minister of Defence Ivo Berg will take part in the ceremony at the air base."
	for _, tc := range []struct{ source, want string }{
		{"Lithuania Ministry of Defence", "Ivo Berg: Vice Minister of Defence @ Lithuania"},
		{"Finnish Defence Forces", "Ivo Berg: Vice Minister of Defence @ Finland"},
		{"Allied Air Command", "Ivo Berg: Vice Minister of Defence @ "},
	} {
		got := factsPosts(testExtractor(t).Extract(&natokg.Release{Title: "Title", Source: tc.source, Body: body}))
		if !slices.Contains(got, tc.want) {
			t.Errorf("source %q: posts %q, want %q among them", tc.source, got, tc.want)
		}
	}
}

// TestPeople721 checks the people of rules 721: a surname written in two
// words is the surname of the person named in full before (splitSurname);
// "Nato" written so is NATO, no given name before "Flag" (orgs.tsv), but
// stays a given name after "Ms" (nameRun).
func TestPeople721(t *testing.T) {
	for _, tc := range []struct {
		body      string
		want, not []string
	}{
		{"General Tom K. McRask, ISAF commander, visited the PRT. Gen. Mc Rask talked to the boys.", []string{"Tom K. McRask"}, []string{"Mc Rask"}},
		{"At the end of the ceremony, COMKFOR handed the Nato Flag to Colonel Tom Rask.", []string{"Tom Rask"}, []string{"Nato Flag"}},
		{"Ms Nato Kvaratskhelia met the Secretary General.", []string{"Nato Kvaratskhelia"}, nil},
	} {
		f := testExtractor(t).Extract(&natokg.Release{Title: "Title", Source: "NATO", Body: "Pristina, 3 May 2012 – " + tc.body})
		var got []string
		for _, p := range f.People {
			got = append(got, p.Name)
		}
		checkMembers(t, tc.body, "people", got, tc.want, tc.not)
	}
}

// TestPlenaryNoPerson checks that a plenary session's name is an event's,
// not a person's, though its first word is a given name
// (event-heads.tsv: Plenary).
func TestPlenaryNoPerson(t *testing.T) {
	f := testExtractor(t).Extract(&natokg.Release{Title: "Title", Source: "NATO", Body: "Brussels, 21 October 2021 – The CNAD Autumn Plenary met on 20 October 2021 in Brussels."})
	for _, p := range f.People {
		t.Errorf("person %q, want none", p.Name)
	}
}
