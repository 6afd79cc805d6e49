package segment

import "github.com/claimlight/claimlight/internal/wordset"

// wordSets pairs each word set of the package with its list. Filling
// them in one loop at start-up is about 30 bytes (gzip) smaller per set
// than a wordset.Of call and its copy into the variable in the package's
// generated init (0.9 KB for the 31 sets).
var wordSets = [...]struct {
	t    *wordset.Table
	list string
}{
	{&sponsorWords, sponsorWordsList},
	{&adLinks, adLinksList},
	{&engagementWords, engagementWordsList},
	{&commentHeads, commentHeadsList},
	{&timeUnits, timeUnitsList},
	{&releaseEnds, releaseEndsList},
	{&speechVerbs, speechVerbsList},
	{&scaleAbbrev, scaleAbbrevList},
	{&scaleUnits, scaleUnitsList},
	{&capsTitles, capsTitlesList},
	{&exclaimNames, exclaimNamesList},
	{&liveEvents, liveEventsList},
	{&letterNames, letterNamesList},
	{&timePrepositions, timePrepositionsList},
	{&starters, startersList},
	{&neverEnds, neverEndsList},
	{&timeAbbrev, timeAbbrevList},
	{&afterTime, afterTimeList},
	{&eraAbbrev, eraAbbrevList},
	{&unitAbbrev, unitAbbrevList},
	{&countryAbbrev, countryAbbrevList},
	{&afterCountry, afterCountryList},
	{&notPlaces, notPlacesList},
	{&zoneWords, zoneWordsList},
	{&clockWords, clockWordsList},
	{&unitScales, unitScalesList},
	{&kickers, kickersList},
	{&furnitureLines, furnitureLineList},
	{&stageWords, stageWordsList},
	{&danglingWords, danglingWordsList},
	{&titleSmallWords, titleSmallWordsList},
}

func init() {
	for _, s := range wordSets {
		*s.t = wordset.Of(s.list)
	}
}
