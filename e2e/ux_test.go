//go:build e2e

package e2e

// What a fact-checker using the page notices (review ux20): each test
// fails on the page as it was before the fix it guards.

import (
	"testing"

	"github.com/chromedp/chromedp"
)

// numberRows reads the numbers view: text, kind and value per row.
func (p *tab) numberRows() map[string]string {
	p.tb.Helper()
	p.run(chromedp.Click("#tab-numbers", chromedp.ByID))
	var rows [][]string
	p.eval(`[...document.querySelectorAll('#numbers tbody tr')].map((tr) => [...tr.cells].map((c) => c.textContent))`, &rows)
	out := map[string]string{}
	for _, r := range rows {
		if len(r) == 3 {
			out[r[0]] = r[2]
		}
	}
	return out
}

// The numbers view shows a price to the precision the text gives it: an
// exchange rate of $1.0812 is not $1.08, and a dividend of 12.4p is not
// £0.12.
func TestSiteNumbersMoneyPrecision(t *testing.T) {
	p := pasteInNewTab(t, "The euro fell to $1.0812 on Monday. Shares fell 3.2p to 351p, and the final dividend is 12.4p a share, the company said.")
	p.waitPainted(0)
	rows := p.numberRows()
	t.Logf("numbers view: %q", rows)
	for text, want := range map[string]string{"$1.0812": "$1.0812", "3.2p": "£0.032", "351p": "£3.51", "12.4p": "£0.124"} {
		if got, ok := rows[text]; !ok {
			t.Errorf("numbers view has no row for %q", text)
		} else if got != want {
			t.Errorf("numbers view: %q has the value %q, want %q", text, got, want)
		}
	}
}
