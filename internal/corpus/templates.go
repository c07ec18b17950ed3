package corpus

import (
	"fmt"
	"strings"
)

// template writes one kind of release: its title (without the number that
// makes it unique) and its paragraphs.
type template struct {
	name string
	fn   func(g *gen) (title string, paras []string)
}

var templates = []template{
	{"visit", (*gen).visit},
	{"media-advisory", (*gen).advisory},
	{"ministerial", (*gen).ministerial},
	{"exercise", (*gen).exercise},
	{"change-of-command", (*gen).changeOfCommand},
	{"nac-statement", (*gen).statement},
	{"conference", (*gen).conference},
	{"summit", (*gen).summit},
	{"press-point", (*gen).pressPoint},
	{"military-committee-visit", (*gen).cmcVisit},
}

var topics = []string{
	"support to Ukraine", "deterrence and defence", "the fight against terrorism", "defence spending",
	"cyber defence", "security in the Black Sea region", "the situation in the Western Balkans",
	"climate change and security", "resilience and civil preparedness", "arms control and disarmament",
	"defence innovation", "maritime security", "energy security", "countering hybrid threats",
	"Women, Peace and Security", "defence industrial production", "the security situation in the Middle East",
	"cooperation with the European Union", "military mobility", "NATO’s partnerships", "space as an operational domain",
	"the protection of critical undersea infrastructure", "counter-terrorism cooperation", "defence capacity building",
}

var quotes = []string{
	"{C} is a valued partner and a strong contributor to our shared security",
	"Our Alliance is united, and we will continue to stand together",
	"NATO is ready and able to defend all Allies against any threat",
	"We must continue to invest in our defence, in capabilities and in readiness",
	"The security challenges we face today are more complex than ever. No nation can face them alone",
	"I thank {C} for its important contributions to NATO operations and missions",
	"Deterrence is only credible if it is backed by real capabilities, on the ground and in time",
	"Our task is clear: to deter aggression and, if necessary, to defend every inch of Allied territory",
	"Dialogue and cooperation with our partners make us all safer",
	"{C} remains committed to the principles of the North Atlantic Treaty",
	"Terrorism in all its forms can never be tolerated or justified",
	"Together we are stronger, and together we will keep our one billion people safe",
	"This is a time to invest more, to produce more and to work more closely together",
	"Innovation is key to maintaining our technological edge",
	"Resilience begins at home, with strong institutions and prepared societies",
	"We share the same values: democracy, individual liberty and the rule of law",
	"The close cooperation between NATO and {C} has never been more important",
	"Our soldiers are trained, equipped and ready for whatever comes",
	"Exercises like this one show that we can move forces quickly across the Alliance",
	"We will continue to support {C} for as long as it takes",
	"Our partnership is built on trust, shared interests and mutual respect",
	"Strong defence and meaningful dialogue go hand in hand",
	"The men and women of this command have shown great professionalism",
	"Security in our neighbourhood is security for all of us",
}

var exerciseFirst = []string{"Steadfast", "Trident", "Dynamic", "Brilliant", "Noble", "Iron", "Swift", "Saber", "Crisis", "Loyal", "Ramstein", "Agile"}
var exerciseSecond = []string{"Jupiter", "Juncture", "Mongoose", "Manta", "Jackal", "Shield", "Strike", "Sword", "Flag", "Guard", "Dart", "Falcon", "Anchor", "Horizon", "Defender"}

var asgAreas = []string{
	"Public Diplomacy", "Operations", "Defence Investment", "Emerging Security Challenges",
	"Political Affairs and Security Policy", "Defence Policy and Planning",
}

var conferenceThemes = []string{
	"the lessons of recent operations", "countering disinformation", "the security of energy supplies",
	"military medicine in large-scale operations", "the protection of civilians", "countering terrorism",
	"resilient communications", "the future of air and missile defence", "cooperation between civilian and military actors",
	"emerging and disruptive technologies", "the security of sea lines of communication", "space and security",
}

// visit: an official of NATO visits a capital and meets its leaders.
func (g *gen) visit() (string, []string) {
	c := g.country()
	city := g.city(c)
	post, who := "Deputy Secretary General", g.dsg()
	if g.r.IntN(3) == 0 {
		post, who = "Secretary General", g.sg()
	}
	pm := g.national(c, "Prime Minister")
	mod := g.national(c, "Minister of Defence")
	t := g.topics(3)
	paras := []string{
		fmt.Sprintf("NATO %s %s visited %s, %s on %s, %s, where %s met the Prime Minister of %s, %s, and the Minister of Defence, %s.",
			post, who.Full(), city, c.Name, weekday(g.date), day(g.date), who.He(), c.Name, pm.Styled(), mod.Styled()),
		fmt.Sprintf("Discussions focused on %s.", list(t...)),
		fmt.Sprintf("In %s meeting with Prime Minister %s, %s welcomed %s’s contribution to Euro-Atlantic security. %s",
			who.His(), pm.Last, who.Short(), c.Name, saidBy(g.quote(c), who.Short())),
		fmt.Sprintf("%s thanked Allies for their support. “%s,” %s said.", pm.Short(), g.quote(nil), pm.He()),
	}
	if g.r.IntN(2) == 0 {
		paras = append(paras, fmt.Sprintf("Later the same day, the %s met %s to discuss %s, and addressed students and officers at the national defence academy.",
			post, mod.Short(), t[0]))
	}
	return fmt.Sprintf("NATO %s visits %s", post, c.Name), paras
}

// advisory: a media advisory for a meeting at NATO Headquarters.
func (g *gen) advisory() (string, []string) {
	c := g.country()
	role := "Prime Minister"
	if g.r.IntN(3) == 0 {
		role = "President"
	}
	sg := g.sg()
	p := g.national(c, role)
	prev := g.date.AddDate(0, 0, -1)
	if g.date.Weekday().String() == "Monday" {
		prev = g.date.AddDate(0, 0, -3)
	}
	h := 9 + g.r.IntN(7)
	m := []string{"00", "15", "30", "45"}[g.r.IntN(4)]
	z := tz(g.date)
	return fmt.Sprintf("NATO Secretary General to meet the %s of %s", role, c.Name), []string{
		fmt.Sprintf("On %s, %s, the NATO Secretary General, %s, will meet the %s of %s, %s, at NATO Headquarters in Brussels.",
			weekday(g.date), day(g.date), sg.Styled(), role, c.Name, p.Styled()),
		fmt.Sprintf("Discussions are expected to cover %s’s contributions to the Alliance, %s.", c.Name, list(g.topics(2)...)),
		"Media advisory",
		fmt.Sprintf("%d:%s (%s) Meeting between the NATO Secretary General and the %s of %s", h, m, z, role, c.Name),
		fmt.Sprintf("%d:%s (%s) Joint press point by the Secretary General and %s %s", h+1, m, z, role, p.Last),
		"Media coverage",
		fmt.Sprintf("Media representatives who have annual accreditation to NATO can attend the joint press point in person. "+
			"Media representatives without annual accreditation who wish to cover the event should contact the NATO Press Office by 17:00 (%s) on %s, %s. "+
			"The joint press point will be streamed live on the NATO website.", tz(prev), weekday(prev), dayMonth(prev)),
	}
}

// ministerial: a meeting of ministers at NATO Headquarters on two days.
func (g *gen) ministerial() (string, []string) {
	d1 := g.midweek()
	d2 := d1.AddDate(0, 0, 1)
	kind, role := "Defence", "Minister of Defence"
	if g.r.IntN(2) == 0 {
		kind, role = "Foreign", "Minister of Foreign Affairs"
	}
	sg := g.sg()
	pc := g.partner()
	p := g.national(pc, role)
	ally := g.ally()
	am := g.national(ally, role)
	t := g.topics(3)
	return fmt.Sprintf("NATO %s Ministers meet in Brussels", kind), []string{
		fmt.Sprintf("NATO %s Ministers met at NATO Headquarters in Brussels on %s and %s (%s), to take decisions on %s and %s.",
			kind, weekday(d1), weekday(d2), dayRange(d1, d2), t[0], t[1]),
		fmt.Sprintf("The meetings were chaired by NATO Secretary General %s. %s", sg.Full(), saidBy(g.quote(nil), sg.Short())),
		fmt.Sprintf("On %s, ministers discussed %s. The %s of %s, %s, briefed Allies on %s national plans. “%s,” %s said.",
			weekday(d1), t[2], role, ally.Name, am.Styled(), am.His(), g.quote(ally), am.Short()),
		fmt.Sprintf("On %s, ministers met the %s of %s, %s, to discuss %s. %s thanked Allies for their support. “%s,” %s said.",
			weekday(d2), role, pc.Name, p.Styled(), g.pick(topics), p.Short(), g.quote(pc), p.He()),
	}
}

// exercise: a NATO exercise starts, and its commander is quoted.
func (g *gen) exercise() (string, []string) {
	c := g.ally()
	cmd := g.w.commands[g.r.IntN(len(g.w.commands))]
	name := fmt.Sprintf("%s %s %d", g.pick(exerciseFirst), g.pick(exerciseSecond), g.date.Year())
	end := g.date.AddDate(0, 0, 7+g.r.IntN(10))
	com := g.commander(cmd.Org, g.date.Year())
	chod := g.national(c, "Chief of Defence")
	led := cmd.Org
	if cmd.Acronym != "" {
		led += " (" + cmd.Acronym + ")"
	}
	return fmt.Sprintf("Exercise %s gets under way in %s", name, c.Name), []string{
		fmt.Sprintf("NATO’s exercise %s officially started on %s, %s in %s. %s, around %d personnel from Allies and partners will train to defend Allied territory against an armed attack.",
			name, weekday(g.date), day(g.date), c.Name, capitalize(fromTo(g.date, end)), (5+g.r.IntN(45))*1000),
		fmt.Sprintf("The exercise is hosted by %s and led by %s. Some %d aircraft, %d ships and up to %d vehicles take part.",
			c.Name, led, 20+g.r.IntN(200), 5+g.r.IntN(60), 500+g.r.IntN(9000)),
		fmt.Sprintf("“%s,” said the Commander of %s, %s, who is directing the exercise. %s added that the exercise would test the command’s readiness.",
			g.quote(nil), cmd.Org, com.Styled(), com.Short()),
		fmt.Sprintf("The Chief of Defence of %s, %s, said that hosting the exercise was “%s”.", c.Name, chod.Styled(), g.quote(c)),
	}
}

// changeOfCommand: a general hands a command to another.
func (g *gen) changeOfCommand() (string, []string) {
	cmd := g.w.commands[g.r.IntN(len(g.w.commands))]
	year := g.date.Year()
	nw := g.commander(cmd.Org, year)
	old := g.commander(cmd.Org, year-2)
	if old.Full() == nw.Full() {
		old = g.w.holder(g.seed, "cmd/"+cmd.Org+"/outgoing", year, 2, g.w.ranks.army)
	}
	sac := g.saceur()
	short := cmd.Org
	named := cmd.Org
	if cmd.Acronym != "" {
		short = cmd.Acronym
		named += " (" + cmd.Acronym + ")"
	}
	where := cmd.City + ", " + cmd.Country
	return fmt.Sprintf("%s takes command of %s", nw.Short(), cmd.Org), []string{
		fmt.Sprintf("On %s, %s, %s assumed command of %s from %s, during a ceremony held at the headquarters in %s.",
			weekday(g.date), day(g.date), nw.Styled(), named, old.Styled(), where),
		fmt.Sprintf("The ceremony was presided over by NATO’s Supreme Allied Commander Europe (SACEUR), %s, and was attended by military and civilian representatives from across the Alliance.",
			sac.Styled()),
		fmt.Sprintf("“%s led %s through a demanding period,” said %s. “I have every confidence that %s will build on this strong foundation.”",
			old.Short(), short, sac.Short(), nw.Short()),
		fmt.Sprintf("In %s farewell remarks, %s thanked the men and women of the headquarters. “It has been the honour of my career to serve alongside you,” %s said.",
			old.His(), old.Short(), old.He()),
		fmt.Sprintf("%s pledged to maintain the readiness of the command. “%s,” %s said.", nw.Short(), g.quote(nil), nw.He()),
	}
}

// statement: a statement by the North Atlantic Council.
func (g *gen) statement() (string, []string) {
	c := g.ally()
	city := g.city(c)
	sg := g.sg()
	rep := g.national(c, "Permanent Representative")
	var title, open string
	switch g.r.IntN(3) {
	case 0:
		title = "Statement by the North Atlantic Council on the terrorist attack in " + city
		open = fmt.Sprintf("The North Atlantic Council strongly condemns the terrorist attack carried out today (%s) in %s, %s. We mourn the lives lost and extend our deepest condolences to the families of the victims and to the people of %s.",
			day(g.date), city, c.Name, c.Name)
	case 1:
		title = "Statement by the North Atlantic Council concerning malicious cyber activities against " + c.Name
		open = fmt.Sprintf("We stand in solidarity with %s following the malicious cyber campaign against its institutions, made public today (%s). We strongly condemn malicious cyber activities intended to undermine our national security and democratic institutions.",
			c.Name, day(g.date))
	default:
		title = "Statement by the North Atlantic Council on the floods in " + c.Name
		open = fmt.Sprintf("The North Atlantic Council expresses its deep sympathy to the people of %s, struck by severe floods around %s. Today (%s), Allies stand ready to help through the Euro-Atlantic Disaster Response Coordination Centre.",
			c.Name, city, day(g.date))
	}
	return title, []string{
		open,
		fmt.Sprintf("NATO Allies stand in solidarity with %s. We remain determined to protect our people and our territory, in full respect of international law.", c.Name),
		fmt.Sprintf("The Council met in an extraordinary session at NATO Headquarters on %s, %s, chaired by NATO Secretary General %s, and heard a briefing from the Permanent Representative of %s to NATO, %s.",
			weekday(g.date), day(g.date), sg.Full(), c.Name, rep.Styled()),
		fmt.Sprintf("“%s,” said the Secretary General after the meeting.", g.quote(c)),
	}
}

// conference: a body of NATO hosts its yearly conference.
func (g *gen) conference() (string, []string) {
	h := g.w.hosts[g.r.IntN(len(g.w.hosts))]
	d1 := g.midweek()
	d2 := d1.AddDate(0, 0, 1+g.r.IntN(2))
	year := d1.Year()
	nth := 1 + (year-1995+int(hash(g.seed, h.Org)%12))%60
	area := g.pick(asgAreas)
	asg := g.asg(area)
	theme := g.pick(conferenceThemes)
	named := h.Org
	if h.Acronym != "" {
		named += " (" + h.Acronym + ")"
	}
	var title, opened string
	var where string
	meeting := "Annual Conference"
	if h.City == "" { // the NATO Parliamentary Assembly meets in a member's capital
		c := g.ally()
		h.City, h.Country = c.Capital, c.Name
		where = h.City + ", " + h.Country
		meeting = "Annual Session"
		pres := g.w.holder(g.seed, "npa/president", year, 2, nil)
		title = fmt.Sprintf("%s holds its %s Annual Session in %s", h.Org, ordinal(nth), h.City)
		opened = fmt.Sprintf("The session was opened by the President of the %s, %s, who underlined that “%s”.", h.Org, pres.Styled(), g.quote(nil))
	} else {
		where = h.City + ", " + h.Country
		var ranks []string // the agencies have civilian directors
		if !strings.Contains(h.Org, "Agency") && !strings.Contains(h.Org, "Research") {
			ranks = g.w.ranks.staff
		}
		dir := g.w.holder(g.seed, "dir/"+h.Org, year, 3, ranks)
		title = fmt.Sprintf("%s hosts its %s annual conference in %s", h.Org, ordinal(nth), h.City)
		opened = fmt.Sprintf("The conference was opened by the Director of the %s, %s, who underlined that “%s”.", h.Org, dir.Styled(), g.quote(nil))
	}
	return title, []string{
		fmt.Sprintf("%s, the %s hosted its %s %s in %s, bringing together some %d experts and officials from Allied and partner countries to discuss %s.",
			capitalize(fromTo(d1, d2)), named, ordinal(nth), meeting, where, 50+g.r.IntN(300), theme),
		opened,
		fmt.Sprintf("On %s, %s, NATO’s Assistant Secretary General for %s, %s, delivered the keynote address. %s",
			weekday(d1), dayMonth(d1), area, asg.Styled(), saidBy(g.quote(nil), asg.Short())),
		fmt.Sprintf("Participants also discussed %s and %s.", g.pick(topics), g.pick(conferenceThemes)),
	}
}

// summit: a meeting of NATO Heads of State and Government.
func (g *gen) summit() (string, []string) {
	c := g.ally()
	city := c.Capital
	d1 := g.midweek()
	d2 := d1.AddDate(0, 0, 1)
	role := "Prime Minister"
	if g.r.IntN(2) == 0 {
		role = "President"
	}
	host := g.national(c, role)
	sg := g.sg()
	pc := g.partner()
	pp := g.national(pc, "President")
	return fmt.Sprintf("Allied leaders meet at the %s Summit", city), []string{
		fmt.Sprintf("NATO Heads of State and Government met in %s, %s, on %s for a Summit hosted by the %s of %s, %s.",
			city, c.Name, twoDays(d1, d2), role, c.Name, host.Styled()),
		fmt.Sprintf("The Summit was chaired by NATO Secretary General %s. On %s, Allied leaders agreed the %s Summit Declaration and took decisions on %s. %s",
			sg.Full(), weekday(d1), city, list(g.topics(2)...), saidBy(g.quote(nil), sg.Short())),
		fmt.Sprintf("%s %s welcomed the decisions, saying that “%s”.", role, host.Last, g.quote(c)),
		fmt.Sprintf("On %s, leaders met the President of %s, %s, to discuss %s. President %s thanked Allies for their support.",
			weekday(d2), pc.Name, pp.Styled(), g.pick(topics), pp.Last),
	}
}

// pressPoint: a joint press point of the Secretary General and a leader.
func (g *gen) pressPoint() (string, []string) {
	c := g.ally()
	city := g.city(c)
	sg := g.sg()
	role := "Prime Minister"
	if g.r.IntN(3) == 0 {
		role = "President"
	}
	p := g.national(c, role)
	mod := g.national(c, "Minister of Defence")
	return fmt.Sprintf("Joint press point with NATO Secretary General %s and the %s of %s, %s", sg.Full(), role, c.Name, p.Full()), []string{
		fmt.Sprintf("NATO Secretary General %s and the %s of %s, %s, held a joint press point in %s, %s, on %s (%s), after meeting Allied troops deployed in the country.",
			sg.Full(), role, c.Name, p.Styled(), city, c.Name, weekday(g.date), day(g.date)),
		saidBy(g.quote(c), sg.Short()) + fmt.Sprintf(" %s stressed the importance of %s.", capitalize(sg.He()), g.pick(topics)),
		fmt.Sprintf("%s %s thanked Allies for their solidarity. “%s,” %s said.", role, p.Last, g.quote(c), p.Short()),
		fmt.Sprintf("Earlier in the day, the Secretary General met the Minister of Defence of %s, %s, to discuss %s.", c.Name, mod.Styled(), g.pick(topics)),
	}
}

// cmcVisit: the Chair of the NATO Military Committee visits a country.
func (g *gen) cmcVisit() (string, []string) {
	c := g.country()
	cs := c.cities()
	d1 := g.midweek()
	d2 := d1.AddDate(0, 0, 1)
	cmc := g.cmc()
	mod := g.national(c, "Minister of Defence")
	chod := g.national(c, "Chief of Defence")
	second := cs[len(cs)-1]
	return fmt.Sprintf("Chair of the NATO Military Committee visits %s", c.Name), []string{
		fmt.Sprintf("The Chair of the NATO Military Committee, %s, visited %s on %s and %s, %s, to discuss %s.",
			cmc.Styled(), c.Name, weekday(d1), weekday(d2), twoDays(d1, d2), g.pick(topics)),
		fmt.Sprintf("In %s on %s, %s met the Minister of Defence of %s, %s. They discussed %s. %s",
			cs[0], weekday(d1), cmc.Short(), c.Name, mod.Styled(), g.pick(topics), saidBy(g.quote(c), mod.Short())),
		fmt.Sprintf("On %s, together with the Chief of Defence of %s, %s, %s travelled to %s to meet troops and local authorities. “%s,” said the Chair.",
			weekday(d2), c.Name, chod.Styled(), cmc.Short(), second, g.quote(nil)),
	}
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// background returns n paragraphs of context, as releases give after
// their news: contributions to missions, partnership programmes, the
// state of the Alliance. c is the country the release is about, or nil.
func (g *gen) background(c *country, n int) []string {
	name := "Allies"
	if c != nil {
		name = c.Name
	}
	year := g.date.Year()
	since := 1994 + g.r.IntN(max(1, year-1994))
	all := []func() string{
		func() string {
			return fmt.Sprintf("%s contributes to NATO-led operations and missions, including the %s, and takes part in the %s. Its forces regularly train alongside those of other Allies and partners, which helps them work together in a crisis.",
				name, g.pick(g.w.missions), g.pick(g.w.programs))
		},
		func() string {
			return fmt.Sprintf("Since %d, NATO has supported reforms in %s through the %s, which helps modernise armed forces, strengthen defence institutions and promote good governance. Allies reviewed the progress made and agreed priorities for the years ahead.",
				since, name, g.pick(g.w.programs))
		},
		func() string {
			t := g.topics(3)
			return fmt.Sprintf("NATO and the European Union cooperate closely on %s. The two organisations face the same threats and challenges, and their staffs meet regularly to coordinate their work.",
				list(t...))
		},
		func() string {
			return fmt.Sprintf("Discussions also covered the security situation in the %s and in the %s, where Allies remain concerned about the build-up of military forces and the risk of escalation.",
				g.pick(g.w.regions), g.pick(g.w.regions))
		},
		func() string {
			return "The Alliance continues to adapt to a more dangerous security environment, marked by terrorism, cyber attacks, hybrid threats and instability in its neighbourhood. " +
				"Allies are investing in new capabilities, raising the readiness of their forces and strengthening their resilience."
		},
		func() string {
			return fmt.Sprintf("The %s remains a cornerstone of the Alliance’s deterrence and defence posture. Allies have agreed to keep forces at high readiness and to reinforce any Ally that needs it, from the %s to the %s.",
				g.pick(g.w.missions), g.pick(g.w.regions), g.pick(g.w.regions))
		},
		func() string {
			return fmt.Sprintf("Around %d civilian and military staff work at NATO Headquarters in Brussels, where the North Atlantic Council, the Military Committee and the committees of the Alliance meet. Decisions are taken by consensus among all Allies.",
				3000+100*g.r.IntN(15))
		},
	}
	var out []string
	for _, k := range g.r.Perm(len(all))[:n] {
		out = append(out, all[k]())
	}
	return out
}

// insert puts more into paras before index at.
func insert(paras []string, at int, more ...string) []string {
	at = min(max(at, 0), len(paras))
	out := make([]string, 0, len(paras)+len(more))
	out = append(out, paras[:at]...)
	out = append(out, more...)
	return append(out, paras[at:]...)
}
