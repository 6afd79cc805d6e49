package tokenize

import (
	"fmt"
	"strings"
	"testing"
)

func TestCharRef(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"we&#8217;d go", "word:we&#8217;d space word:go"},
		{"they&rsquo;re", "word:they&rsquo;re"},
		{"paid &pound;340,000", "word:paid space currency:&pound; number:340,000"},
		{"&euro;5 and &#163;6", "currency:&euro; number:5 space word:and space currency:&#163; number:6"},
		{"&quot;412 pubs&quot; said", "open_quote:&quot; number:412 space word:pubs close_quote:&quot; space word:said"},
		{"a &#8211; b &mdash; c", "word:a space dash:&#8211; space word:b space dash:&mdash; space word:c"},
		{"&ldquo;Hi&rdquo;", "open_quote:&ldquo; word:Hi close_quote:&rdquo;"},
		{"5&nbsp;m", "number:5 space:&nbsp; word:m"},
		{"caf&#xe9; Food &amp; Drink", "word:caf&#xe9; space word:Food space punct:&amp; space word:Drink"},
		{"R&D and AT&T", "word:R punct:& word:D space word:and space word:AT punct:& word:T"},
		{"&#51;&#;&#8217x &bogus;", "symbol:&#51; punct:& punct:# punct:; punct:& punct:# number:8217x space punct:& word:bogus punct:;"},
		{"parents&#8217; homes", "word:parents close_quote:&#8217; space word:homes"},
	} {
		var b strings.Builder
		for k, tok := range Append(nil, []byte(tc.in)) {
			if k > 0 {
				b.WriteByte(' ')
			}
			if tok.Kind == Space && tc.in[tok.Start:tok.End] == " " {
				b.WriteString("space")
				continue
			}
			fmt.Fprintf(&b, "%s:%s", tok.Kind, tc.in[tok.Start:tok.End])
		}
		if got := b.String(); got != tc.want {
			t.Errorf("%q:\n got %s\nwant %s", tc.in, got, tc.want)
		}
	}
}
