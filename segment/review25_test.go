package segment

import "testing"

// TestReview25Letter checks that a capital letter that names a grade, a
// plan or a class ends its sentence before a capital, "She got an A. Her",
// "no Plan B. Officials", "Class B. Each", "Company A. It", while
// initials before a name stay in one sentence: "J. K. Rowling", "by A.
// Smith", "a J. Smith" (review 25, F35).
func TestReview25Letter(t *testing.T) {
	tests := []struct {
		name, text string
		want       string
	}{
		{"grades",
			"She got an A. Her brother got a B. They were both pleased.\n",
			"0 body      | She got an A.\n0 body      | Her brother got a B.\n0 body      | They were both pleased.\n"},
		{"a plan",
			"The council has no Plan B. Officials admitted this on Monday.\n",
			"0 body      | The council has no Plan B.\n0 body      | Officials admitted this on Monday.\n"},
		{"a class",
			"Most of the shares are Class B. Each carries ten votes.\n",
			"0 body      | Most of the shares are Class B.\n0 body      | Each carries ten votes.\n"},
		{"a company",
			"The group includes Company A. It reported sales of £2m.\n",
			"0 body      | The group includes Company A.\n0 body      | It reported sales of £2m.\n"},
		{"initials, as before",
			"He met J. K. Rowling. The book by A. Smith sold well.\n",
			"0 body      | He met J. K. Rowling.\n0 body      | The book by A. Smith sold well.\n"},
		{"a person after a, as before",
			"She voted for a J. Smith.\n",
			"0 body      | She voted for a J. Smith.\n"},
		{"a title, as before",
			"Mr. A. B. Jones spoke.\n",
			"0 body      | Mr. A. B. Jones spoke.\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkSplit(t, tt.text, tt.want) })
	}
}
