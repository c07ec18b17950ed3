// Package schema holds the schema.org terms natokg uses.
package schema

import "github.com/cayleygraph/quad/voc"

func init() {
	voc.RegisterPrefix(Prefix, NS)
}

const (
	// NS is the schema.org namespace.
	NS = `http://schema.org/`
	// Prefix is the usual short prefix for NS.
	Prefix = `schema:`
)

// Types.
const (
	// NewsArticle is the type of a release.
	NewsArticle = NS + `NewsArticle`
	// Person is the type of a named person.
	Person = NS + `Person`
	// Organization is the type of an organisation, body, command or programme.
	Organization = NS + `Organization`
	// GovernmentOrganization is the type of a government, ministry or
	// intergovernmental body.
	GovernmentOrganization = NS + `GovernmentOrganization`
	// Place is the type of a place of no more specific kind.
	Place = NS + `Place`
	// City is the type of a city or town.
	City = NS + `City`
	// Country is the type of a country; it is also the organisation of a
	// national post ("Prime Minister of Iceland").
	Country = NS + `Country`
	// Continent is the type of a continent ("Europe").
	Continent = NS + `Continent`
	// AdministrativeArea is the type of a region, state or province.
	AdministrativeArea = NS + `AdministrativeArea`
	// BodyOfWater is the type of a sea, ocean or strait.
	BodyOfWater = NS + `BodyOfWater`
	// CivicStructure is the type of a venue: a headquarters, a base, a hall.
	CivicStructure = NS + `CivicStructure`
	// LandmarksOrHistoricalBuildings is the type of a historic venue ("Egmont Palace").
	LandmarksOrHistoricalBuildings = NS + `LandmarksOrHistoricalBuildings`
	// Event is the type of an event: a meeting, visit, summit, exercise.
	Event = NS + `Event`
	// Quotation is the type of a quoted statement.
	Quotation = NS + `Quotation`
)

// Properties.
const (
	// Name is the fullest name of an entity.
	Name = NS + `name`
	// AlternateName is any other name of an entity: an acronym, a short form.
	AlternateName = NS + `alternateName`
	// HonorificPrefix is a person's military rank or honorific ("Lieutenant General").
	HonorificPrefix = NS + `honorificPrefix`
	// Headline is the title of a release.
	Headline = NS + `headline`
	// DatePublished is the date of a release.
	DatePublished = NS + `datePublished`
	// Publisher is the organisation that published a release.
	Publisher = NS + `publisher`
	// Mentions links a release to each person, organisation and place it names.
	Mentions = NS + `mentions`
	// About links a release to each event it reports.
	About = NS + `about`
	// Text is the text of a sentence or a quotation.
	Text = NS + `text`
	// ParentOrganization links an organisation to the one it is part of.
	ParentOrganization = NS + `parentOrganization`
	// ContainedInPlace links a place to the place it lies in.
	ContainedInPlace = NS + `containedInPlace`
	// StartDate is the (first) date of an event.
	StartDate = NS + `startDate`
	// EndDate is the last date of an event that spans days.
	EndDate = NS + `endDate`
	// Location links an event to the place where it happens.
	Location = NS + `location`
	// Attendee links an event to a person who takes part.
	Attendee = NS + `attendee`
	// Organizer links an event to an organisation that holds it.
	Organizer = NS + `organizer`
	// AdditionalType is the kind of an event ("meeting", "summit").
	AdditionalType = NS + `additionalType`
	// Creator links a quotation to the person who said it.
	Creator = NS + `creator`
	// Citation links a fact's subject to the sentence node it was read from.
	Citation = NS + `citation`
	// Position is the byte offset of a sentence in its release's text.
	Position = NS + `position`
)
