package segment

// Role says what a segment is within the document.
type Role uint8

// Segment roles.
const (
	Body      Role = iota // an ordinary sentence of running text
	Heading               // a heading or title line
	ListItem              // an item of a bulleted or numbered list
	Dateline              // a wire dateline such as "THE HAGUE —" or "WASHINGTON (Reuters) -"
	Furniture             // page junk: lines like "Follow" or "Advertisement", HTML tags, separators
	numRoles
)

var roleNames = [numRoles]string{"body", "heading", "list_item", "dateline", "furniture"}

// String returns the role's name as used in JSON output, e.g. "heading".
func (r Role) String() string {
	if r < numRoles {
		return roleNames[r]
	}
	return "unknown"
}

// Sentence is one segment of a text: the bytes src[Start:End], trimmed of
// surrounding white space. Start and End are byte offsets into the source;
// End is excluded. Para is the index of the paragraph the sentence is in;
// Tok and TokEnd are the indexes of its first token and one past its last
// in the token slice it was split from.
type Sentence struct {
	Start, End  int32
	Tok, TokEnd int32
	Para        int32
	Role        Role
}

// Text returns the sentence's bytes in src, without copying.
func (s Sentence) Text(src []byte) []byte { return src[s.Start:s.End] }
