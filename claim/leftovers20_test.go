package claim

import (
	"strings"
	"testing"
)

// The tests in this file check older known misses cleared in session 28.

// TestLeftovers20EstimatesBy checks that "Estimates by" a body, before
// "suggest" or "show", names the body as the source, as "An estimate by"
// and "Figures from" did, and that estimates with no maker name none.
func TestLeftovers20EstimatesBy(t *testing.T) {
	checkReview9(t, []review9Case{
		{"estimates by the OBR suggest", "Estimates by the Office for Budget Responsibility suggest the deficit will rise to £90bn.\n", "Estimates", "Office for Budget Responsibility", false, "Estimates by the Office for Budget Responsibility"},
		{"estimates by X show", "Estimates by the Harbour Institute show 2,000 homes were lost.\n", "Estimates", "Harbour Institute", false, ""},
		{"estimates from X suggest", "Estimates from the Resolution Foundation suggest 2m people lose out.\n", "Estimates", "Resolution Foundation", false, ""},
		{"an estimate by X, as before", "An estimate by the Resolution Foundation puts the cost at £3bn.\n", "An", "Resolution Foundation", false, "An estimate by the Resolution Foundation"},
		{"figures from X, as before", "Figures from the ONS show prices rose 4%.\n", "Figures", "ONS", false, ""},
		{"official estimates, no maker", "Official estimates suggest 2,000 homes were lost.\n", "Official", "", false, ""},
		{"estimates alone, no maker", "Estimates suggest 2,000 homes were lost.\n", "Estimates", "", false, ""},
		{"estimates of X", "Estimates of the death toll suggest 2,000 people died.\n", "Estimates", "", false, ""},
	})
}

// TestLeftovers20LoneCompanyBeforeIt checks that a lone capitalised name
// before "said it would" cut, close or open a business's things
// (services, jobs, stores) is an organisation, as one before "said its"
// is, even with people's first names elsewhere in the text; and that a
// surname before "said it" with no such noun, a first name, or a surname
// met after a first name stay persons.
func TestLeftovers20LoneCompanyBeforeIt(t *testing.T) {
	for _, tt := range []struct {
		text string
		kind Kind
		want string
	}{
		{"Stagecoach said it would cut 40 services.\n", Org, "Stagecoach"},
		{"Greggs said it will open 150 new shops this year.\n", Org, "Greggs"},
		{"Maria Lopez joined in March. Tesco said its profits rose 4%.\n", Org, "Tesco"},
		{"Maria Lopez joined in March. Wilko said it had shut 400 stores.\n", Org, "Wilko"},
		{"Smith said it was wrong.\n", Person, "Smith"},
		{"Lincoln said it was 40 years ago.\n", Person, "Lincoln"},
		{"Sarah said it would cut 40 jobs.\n", Person, "Sarah"},
		{"John Smith spoke. Smith said it would cut 40 jobs.\n", Org, ""},
		{"Smith said it would cut crime.\n", Person, "Smith"},
		{"Harcourt said it would help 40,000 workers.\n", Person, "Harcourt"},
	} {
		checkEntities(t, tt.text, tt.kind, tt.want)
	}
}

// TestLeftovers20ForEveryRate checks that "12 deaths for every 1,000
// births" is one rate, as "12 deaths per 1,000 births" is, and that a
// rate's base opening a sentence, a money or percent figure before "for
// every", and a share stay as they were.
func TestLeftovers20ForEveryRate(t *testing.T) {
	checkReview16(t, []review13Case{
		{"N NOUN for every N NOUN", "There were 12 deaths for every 1,000 births.", []string{"quantity: 12 deaths for every 1,000 births = 12"}},
		{"N NOUN per N NOUN, as before", "There were 12 deaths per 1,000 births.", []string{"quantity: 12 deaths per 1,000 births = 12"}},
		{"one in every N, as before", "It affects one in every 1,000 births.", []string{"quantity: one in every 1,000 = 0.001"}},
		{"For every N NOUN, as before", "For every 1,000 births, 12 babies die.", []string{"quantity: 12 babies = 12"}},
		{"money for every money, as before", "Donors gave £5 for every £1 raised.", []string{"money: £5 = 5 £", "money: £1 = 1 £"}},
		{"percent for every, as before", "Fees rise 3% for every 1,000 sold.", []string{"percent: 3% = 3", "quantity: 1,000 = 1000"}},
		{"for every one, as before", "There is a doctor for every village.", nil},
	})
}

// TestLeftovers20HrMin checks that "2 hr 15 min" is one duration, as "1
// hr 45 mins" and "2 hours 15 minutes" are, also at the end of a
// sentence, and that a race time in "min" and "sec" stays a quantity.
func TestLeftovers20HrMin(t *testing.T) {
	checkReview16(t, []review13Case{
		{"N hr N min", "The trip took 2 hr 15 min today.", []string{"date: 2 hr 15 min", "date: today"}},
		{"N hr N min.", "The trip took 2 hr 15 min.", []string{"date: 2 hr 15 min."}},
		{"N hr N min N sec", "It took 2 hr 15 min 30 sec in all.", []string{"date: 2 hr 15 min 30 sec"}},
		{"N hr N mins, as before", "The film runs 1 hr 45 mins.", []string{"date: 1 hr 45 mins"}},
		{"N hours N minutes, as before", "The trip took 2 hours 15 minutes.", []string{"date: 2 hours 15 minutes"}},
		{"N min N sec, as before", "He ran 4 min 12 sec.", []string{"quantity: 4 min 12 sec = 4"}},
		{"N hours, then a count", "He waited 2 hours as 15 people left.", []string{"date: 2 hours", "quantity: 15 people = 15"}},
	})
}

// TestLeftovers20MileAndFurlongs checks that "a mile and two furlongs" is
// one distance whose value is the miles, as "two miles and a furlong" is,
// and that furlongs alone stay as they were.
func TestLeftovers20MileAndFurlongs(t *testing.T) {
	checkReview16(t, []review13Case{
		{"a mile and N furlongs", "The race was run over a mile and two furlongs.", []string{"quantity: a mile and two furlongs = 1"}},
		{"N miles and a furlong, as before", "He won over two miles and a furlong.", []string{"quantity: over two miles and a furlong = 2"}},
		{"N furlongs, as before", "He led two furlongs out.", []string{"quantity: two furlongs = 2"}},
		{"a mile and a half, as before", "He walked a mile and a half.", []string{"quantity: a mile and a half = 1.5"}},
	})
}

// TestLeftovers20MixedFraction checks that a whole number and a fraction,
// "1 1/2 cups", is one quantity with its value, 1.5, as "1/2 cup" is 0.5,
// and that "24/7" after a number and two plain numbers stay as they were.
func TestLeftovers20MixedFraction(t *testing.T) {
	checkReview16(t, []review13Case{
		{"N N/N cups", "Add 1 1/2 cups of flour.", []string{"quantity: 1 1/2 cups = 1.5"}},
		{"N N/N tsp", "Add 2 1/4 teaspoons of salt.", []string{"quantity: 2 1/4 teaspoons = 2.25"}},
		{"N N/N points", "They were 3 1/2 points ahead.", []string{"quantity: 3 1/2 points = 3.5"}},
		{"N/N cup, as before", "Add 1/2 cup of flour.", []string{"quantity: 1/2 cup = 0.5"}},
		{"24/7 after a number, as before", "It has 40 24/7 stores.", nil},
	})
}

// TestLeftovers20BareRejection checks that a sentence that only reports
// a rejection or denial, "The attorney general rejected that.", scores
// below the threshold however weighty its speaker's title, while a
// rejection that goes on to state something stays a claim.
func TestLeftovers20BareRejection(t *testing.T) {
	for _, tt := range []review9ScoreCase{
		{name: "a union leader rejected that", in: "NBRU general secretary Declan Furlong rejected that.", want: []string{"news boilerplate"}, cw: "no"},
		{name: "the attorney general rejected that", in: "The attorney general rejected that.", want: []string{"news boilerplate"}, cw: "no"},
		{name: "denied it", in: "The attorney general denied it.", want: []string{"news boilerplate"}, cw: "no"},
		{name: "denied the claim", in: "A spokesman for the ministry denied the claim.", want: []string{"news boilerplate"}, cw: "no"},
		{name: "rejected that, and a figure", in: "The minister rejected that and said 40,000 homes were built.", not: []string{"news boilerplate"}, cw: "yes"},
		{name: "denied that it", in: "The company denied that it had cut 400 jobs.", not: []string{"news boilerplate"}, cw: "yes"},
		{name: "a figure, then rejected that", in: "Prices rose 4% last year, and the union's general secretary rejected that.", not: []string{"news boilerplate"}, cw: "yes"},
		{name: "a claim, then I rejected it", in: "The minister said the plan had no place in this campaign, and I rejected it.", not: []string{"news boilerplate"}},
		{name: "rejected that claim, saying", in: "The minister rejected that claim, saying exports rose 4%.", not: []string{"news boilerplate"}, cw: "yes"},
	} {
		t.Run(tt.name, tt.run)
	}
}

// TestLeftovers20GroupFarBack checks that "The group said" names the body
// introduced as "Consumer group Fair Basket" more than 2,000 bytes
// before, as it did nearer, and that with no such introduction, or a body
// only named far back, it names none.
func TestLeftovers20GroupFarBack(t *testing.T) {
	filler := strings.Repeat("Shoppers queued outside stores before dawn on Friday in many towns.\n\n", 40)
	checkReview9(t, []review9Case{
		{"the group, far back", "Consumer group Fair Basket warned that discounts are fake.\n\n" + filler + "The group said 40% were fake.\n", "The group", "Fair Basket", false, ""},
		{"the group, near, as before", "Consumer group Fair Basket warned that discounts are fake.\n\nThe group said 40% were fake.\n", "The group", "Fair Basket", false, ""},
		{"a body named alone far back", "Fair Basket warned that discounts are fake.\n\n" + filler + "The group said 40% were fake.\n", "The group", "", false, ""},
	})
}

// TestLeftovers20Coordinates checks that a latitude or longitude with
// minutes, "61°12′N", is a quantity valued in degrees, and that south and
// west are negative, while a temperature keeps its sign as written.
func TestLeftovers20Coordinates(t *testing.T) {
	checkReview16(t, []review13Case{
		{"degrees and minutes", "The lake lies at 61°12′N 9°48′W today.", []string{"quantity: 61°12′N = 61.2", "quantity: 9°48′W = -9.8", "date: today"}},
		{"at a sentence's end", "The lake lies at 9°48′W.", []string{"quantity: 9°48′W = -9.8"}},
		{"south", "The crater lies at 89.9°S 0°E.", []string{"quantity: 89.9°S = -89.9", "quantity: 0°E = 0"}},
		{"a temperature, as before", "It was 30°C and -5°C.", []string{"quantity: 30°C = 30", "quantity: -5°C = -5"}},
	})
}
