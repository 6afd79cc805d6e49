package claim

import "testing"

// TestLeftovers18CompanyNotCollege checks that "The company", "The firm"
// and "The operator" stand for no college, council, university or
// charity named before them, while a firm named before is still found
// (review 18, H2).
func TestLeftovers18CompanyNotCollege(t *testing.T) {
	const ran = " said 62,000 passengers a day use the network.\n"
	checkReview9(t, []review9Case{
		{"the company after a college", "The Royal College of Nursing said 68% backed action.\n\nThe company" + ran, "The company", "", false, ""},
		{"the firm after a council", "Leeds City Council said 68% of buses ran.\n\nThe firm" + ran, "The firm", "", false, ""},
		{"the operator after a university", "The University of Leeds said 68% of staff backed action.\n\nThe operator" + ran, "The operator", "", false, ""},
		{"the company after a charity", "The charity Shelter and the Children's Charity said 68% backed action.\n\nThe company" + ran, "The company", "", false, ""},
		{"Northfield Rail, as before", "Northfield Rail said 40% of services ran.\n\nThe company" + ran, "The company", "Northfield Rail", false, ""},
		{"Irish Rail after a union, as before", "The National Bus and Rail Union says drivers are underpaid.\n\nAbout 40% of services ran, Irish Rail said.\n\nThe company" + ran,
			"The company", "Irish Rail", false, ""},
		{"Aurelia Space Systems, as before", "Aurelia Space Systems said the launch was delayed.\n\nThe company said 62,000 people watched.\n", "The company", "Aurelia Space Systems", false, ""},
		{"the firm after a firm, as before", "Northfield Rail said 40% of services ran.\n\nThe firm" + ran, "The firm", "Northfield Rail", false, ""},
		{"the council after a council, as before", "Leeds City Council said 68% of buses ran.\n\nThe council said 62,000 people use the network.\n", "The council", "Leeds City Council", false, ""},
	})
}
