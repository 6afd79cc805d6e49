//go:build e2e

package e2e

// What a fact-checker using the page notices (review ux20): each test
// fails on the page as it was before the fix it guards.

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// speakerRows reads the Speakers view: each group's heading and the text
// of its rows that match the selector rows ("li", "li.quote",
// "li.statement").
func (p *tab) speakerRows(rows string) map[string][]string {
	p.tb.Helper()
	var groups map[string][]string
	p.eval(`Object.fromEntries([...document.querySelectorAll('#speakers section')].map((s) =>
		[s.querySelector('h3').textContent, [...s.querySelectorAll(`+jsString(rows)+`)].map((li) => li.textContent)]))`, &groups)
	return groups
}

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

// tabOutAndBack presses Tab from row, the row last used in view, and then
// Shift+Tab: the view is one Tab stop, so Tab reaches the export buttons
// and Shift+Tab comes back to row.
func (p *tab) tabOutAndBack(t *testing.T, view, row string) {
	t.Helper()
	p.run(chromedp.KeyEvent(kb.Tab))
	if got := p.focusedInView(); got != "copy-md" {
		t.Errorf("%s view: Tab from %q goes to %q, want the export buttons (the view is one Tab stop)", view, row, got)
	}
	p.run(chromedp.KeyEvent(kb.Tab, chromedp.KeyModifiers(input.ModifierShift)))
	if got := p.focusedInView(); got != row {
		t.Errorf("%s view: Shift+Tab back into it focuses %q, want the row last used %q", view, got, row)
	}
}

// focusedInView names the focused element: its id, or "row N TEXT" for
// the Nth row of the views' lists (from 0), with its first 30 characters.
func (p *tab) focusedInView() string {
	p.tb.Helper()
	var s string
	p.eval(`(() => {
		const a = document.activeElement, rows = [...document.querySelectorAll('.view [data-start]')];
		return a.id || 'row ' + rows.indexOf(a) + ' ' + a.textContent.slice(0, 30);
	})()`, &s)
	return s
}

// The numbers view shows a price to the precision the text gives it: an
// exchange rate of $1.0812 is not $1.08, and a dividend of 12.4p is not
// £0.12.
func TestSiteNumbersMoneyPrecision(t *testing.T) {
	p := pasteInNewTab(t, "The euro fell to $1.0812 on Monday. Shares fell 3.2p to 351p, and the final dividend is 12.4p a share, the company said.")
	p.waitPainted(0)
	rows := p.numberRows()
	t.Logf("numbers view: %q", rows)
	for text, want := range map[string]string{"$1.0812": "$1.0812", "3.2p": "£0.032", "351p": "£3.51", "12.4p a share": "£0.124"} {
		if got, ok := rows[text]; !ok {
			t.Errorf("numbers view has no row for %q", text)
		} else if got != want {
			t.Errorf("numbers view: %q has the value %q, want %q", text, got, want)
		}
	}
}

// The speakers and numbers views are one Tab stop each, as the claims
// list is: ↓ and ↑ move between their rows (and show each in the text),
// and Tab goes on to the export buttons, not through every row of a
// list that can be 300 long.
func TestSiteViewsOneTabStop(t *testing.T) {
	p := openSite(t)
	p.loadSample()
	for _, view := range []string{"numbers", "speakers"} {
		p.run(chromedp.Click("#tab-"+view, chromedp.ByID))
		p.run(chromedp.KeyEvent(kb.Tab))
		first := p.focusedInView()
		var rows int
		p.eval(`document.querySelectorAll('#`+view+` [data-start]').length`, &rows)
		if rows < 3 {
			t.Fatalf("the %s view has %d rows", view, rows)
		}
		p.run(chromedp.KeyEvent(kb.ArrowDown))
		second := p.focusedInView()
		var marked bool
		p.eval(`CSS.highlights.has('cl-focus')`, &marked)
		if second == first || !marked {
			t.Errorf("%s view: ↓ from %q goes to %q (the sentence marked in the text: %v), want the next row", view, first, second, marked)
		}
		p.tabOutAndBack(t, view, second)
	}
}

// A row clicked (or tapped) in a view is the row last used, as one moved
// to with the arrow keys is: Tab leaves the view and Shift+Tab comes back
// to that row. Before, a click left the view's Tab stop on its first row:
// Shift+Tab from the clicked row went to the first row, and coming back
// into the view landed there, not on the row just read.
func TestSiteViewsClickedRowIsTabStop(t *testing.T) {
	p := openSite(t)
	p.loadSample()
	for _, view := range []string{"claims", "numbers", "speakers"} {
		p.run(chromedp.Click("#tab-"+view, chromedp.ByID))
		var rows int
		p.eval(`document.querySelectorAll('#`+view+` [data-start]').length`, &rows)
		if rows < 4 {
			t.Fatalf("the %s view has %d rows", view, rows)
		}
		// the third row of the view, clicked as a hand would
		var box []float64
		p.eval(`(() => { const r = document.querySelectorAll('#`+view+` [data-start]')[2]; r.scrollIntoView({block: 'center'}); const b = r.getBoundingClientRect(); return [b.left + 10, b.top + b.height / 2]; })()`, &box)
		p.run(chromedp.MouseClickXY(box[0], box[1]))
		var third string
		p.eval(`(() => { const r = document.querySelectorAll('#`+view+` [data-start]')[2], rows = [...document.querySelectorAll('.view [data-start]')]; return 'row ' + rows.indexOf(r) + ' ' + r.textContent.slice(0, 30); })()`, &third)
		if got := p.focusedInView(); got != third {
			t.Fatalf("%s view: the clicked row is not focused: %q, want %q", view, got, third)
		}
		p.tabOutAndBack(t, view, third)
	}
}

// The tooltip of a highlight goes when the text scrolls under it: left
// up, it told of "€35 billion" beside whatever line had moved there.
func TestSiteTipGoesOnScroll(t *testing.T) {
	p := openSite(t)
	p.loadSample()
	var box []float64
	p.eval(`(() => {
		const r = [...CSS.highlights.get('cl-money')].find((r) => r.startContainer.data.slice(r.startOffset, r.endOffset) === '€35 billion');
		const x = document.createRange(); x.setStart(r.startContainer, r.startOffset + 1); x.setEnd(r.startContainer, r.startOffset + 4);
		const b = x.getBoundingClientRect();
		return [b.left, b.top + b.height / 2, b.width];
	})()`, &box)
	shown := p.glideForTip(box)
	if !shown {
		t.Fatalf("no tooltip over “€35 billion”")
	}
	var res struct {
		Scrolled float64
		Hidden   bool
	}
	p.eval(`(() => {
		const ed = document.getElementById('editor');
		const top = ed.scrollTop;
		ed.scrollTop += 200;
		const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
		return frame().then(frame).then(() => ({scrolled: ed.scrollTop - top, hidden: document.getElementById('tip').hidden}));
	})()`, &res)
	if res.Scrolled < 50 {
		t.Fatalf("the editor scrolled by %v pixels only", res.Scrolled)
	}
	if !res.Hidden {
		t.Errorf("the text scrolled by %v pixels under the tooltip of “€35 billion”, and the tooltip is still up", res.Scrolled)
	}
}

// The claims list's messages ("Nothing to check yet.", "No sentence
// reaches the threshold.") are not numbered as if they were claim 1.
func TestSiteClaimsMessageNotNumbered(t *testing.T) {
	p := openSite(t)
	var marker string
	p.eval(`(() => { const li = document.querySelector('#claims li.empty'); return li ? li.textContent + ': ' + getComputedStyle(li).listStyleType : 'none'; })()`, &marker)
	if marker != "Nothing to check yet.: none" {
		t.Errorf("the empty claims list shows %q, want its message without a number (list-style none)", marker)
	}
}

// The speakers view does not split one unnamed speaker into two groups
// by the case of a word: "she" in a quote's attribution and "She" at a
// sentence's start were "“she”, not named (1)" and "“She”, not named (1)".
func TestSiteSpeakersIgnoreCase(t *testing.T) {
	p := pasteInNewTab(t, "The court heard that Pell had stolen £4,000 from the charity.\n\n“It was cruel and calculated,” she said in a statement read to the court.\n\nShe said the charity had lost its only van.")
	p.waitPainted(0)
	p.run(chromedp.Click("#tab-speakers", chromedp.ByID))
	var groups []string
	p.eval(`[...document.querySelectorAll('#speakers section')].map((s) => s.textContent)`, &groups)
	var she []string
	for _, g := range groups {
		if strings.HasPrefix(strings.ToLower(g), "“she”") {
			she = append(she, g)
		}
	}
	if len(she) != 1 || !strings.Contains(she[0], "It was cruel") || !strings.Contains(she[0], "its only van") {
		t.Errorf("speakers view %q: want one group for “she” and “She”, with the quote and the van", groups)
	}
}

// The numbers view and the tooltips print a quantity's unit as the engine
// reads it (review ux20 N1-N3): the 11/4 favourite's odds were a bare
// 2.75, "11.2 percentage points" read "11.2%" (a change of 11.2 points is
// not 11.2%), "47.3C" was 47.3, "one-in-500-year" 0.002.
func TestSiteNumbersUnits(t *testing.T) {
	p := pasteInNewTab(t, "Silver Arrow was the 11/4 favourite but finished third. Labour's share rose by 11.2 percentage points. Temperatures hit 47.3C in Seville while winds reached 94mph. It was a one-in-500-year flood, and the bank cut rates by 80 basis points. About 20,000 people marched.")
	p.waitPainted(0)
	rows := p.numberRows()
	t.Logf("numbers view: %q", rows)
	for text, want := range map[string]string{"11/4 favourite": "11/4 odds", "11.2 percentage points": "11.2 points", "47.3C": "47.3 °C", "94mph": "94 mph",
		"one-in-500-year": "1 in 500", "80 basis points": "80 bps", "About 20,000 people": "20,000"} {
		if got, ok := rows[text]; !ok {
			t.Errorf("numbers view has no row for %q", text)
		} else if got != want {
			t.Errorf("numbers view: %q has the value %q, want %q", text, got, want)
		}
	}
	p.caretIn("11/4")
	p.waitFor("the tooltip at the caret in 11/4", `!document.getElementById('tip').hidden && document.getElementById('tip').textContent.includes('11/4')`)
	if tip := p.text("#tip"); !strings.Contains(tip, "Value: 11/4 odds") || strings.Contains(tip, "2.75") {
		t.Errorf("tooltip at the caret in 11/4 reads %q, want the value as 11/4 odds", tip)
	}
}

// The legend's hidden kinds (person, org, place by default) look off, not
// struck out (review ux20 L2): "~~person 15~~" read as "disabled", not
// "hidden, press to show". A hidden kind is told from a shown one by its
// border as well as its colour, and its text reaches 4.5:1 in both schemes.
func TestSiteLegendHiddenNotStruck(t *testing.T) {
	for _, scheme := range []string{"light", "dark"} {
		t.Run(scheme, func(t *testing.T) {
			p := sampleInScheme(t, scheme)
			var rows []struct {
				Kind, Pressed, Deco, Border string
				Colors                      [][2]string
			}
			p.eval(`[...document.querySelectorAll('#legend button')].map((b) => {
				const bg = (e) => { for (; e; e = e.parentElement) { const c = getComputedStyle(e).backgroundColor; if (c !== 'rgba(0, 0, 0, 0)') return c; } return getComputedStyle(document.body).backgroundColor; };
				const parts = [b, ...b.children];
				return {kind: b.dataset.kind, pressed: b.getAttribute('aria-pressed'),
					deco: parts.map((e) => getComputedStyle(e).textDecorationLine).join(' '),
					border: getComputedStyle(b).borderTopStyle,
					colors: [...b.children].map((e) => [getComputedStyle(e).color, bg(e)])};
			})`, &rows)
			shownBorder := map[string]bool{}
			hidden := 0
			for _, r := range rows {
				if r.Pressed == "true" {
					shownBorder[r.Border] = true
				}
			}
			for _, r := range rows {
				if r.Pressed != "false" {
					continue
				}
				hidden++
				if strings.Contains(r.Deco, "line-through") {
					t.Errorf("hidden kind %s is struck through (%s)", r.Kind, r.Deco)
				}
				if shownBorder[r.Border] {
					t.Errorf("hidden kind %s has the border %q of a shown kind: told apart by colour only", r.Kind, r.Border)
				}
				for _, c := range r.Colors {
					if x := contrast(c[0], c[1]); x < 4.5 {
						t.Errorf("hidden kind %s: text %s on %s has contrast %.2f", r.Kind, c[0], c[1], x)
					}
				}
			}
			if hidden != 3 {
				t.Errorf("%d kinds hidden in the legend, want 3 (person, org, place): %+v", hidden, rows)
			}
		})
	}
}

// The Speakers and Numbers tabs carry their count as the Claims tab does
// (review ux20 C4): "Speakers 7" (groups) and "Numbers 17" (rows), right
// after the analysis, before either view is opened.
func TestSiteTabCounts(t *testing.T) {
	p := pasteInNewTab(t, "“We will not back down,” Ms Ortiz said. The council spent $4.2 million on roads, up 12% on last year. A spokesperson said 300 jobs were at risk.")
	p.waitPainted(0)
	var before []string
	p.eval(`['claims', 'speakers', 'numbers'].map((v) => document.getElementById('tab-' + v).textContent.trim().replace(/\s+/g, ' '))`, &before)
	var groups, rows int
	p.run(chromedp.Click("#tab-speakers", chromedp.ByID))
	p.eval(`document.querySelectorAll('#speakers section').length`, &groups)
	p.run(chromedp.Click("#tab-numbers", chromedp.ByID))
	p.eval(`document.querySelectorAll('#numbers tbody tr[data-start]').length`, &rows)
	if groups < 2 || rows < 3 {
		t.Fatalf("%d speaker groups and %d number rows: want a text with both", groups, rows)
	}
	want := []string{"Speakers " + strconv.Itoa(groups), "Numbers " + strconv.Itoa(rows)}
	if !strings.HasPrefix(before[0], "Claims ") || before[1] != want[0] || before[2] != want[1] {
		t.Errorf("the tabs read %q, want %q and %q with the Claims tab's count", before, want[0], want[1])
	}
}

// Counts of a thousand and more read as the status line writes them
// ("1,500 claims"): the tabs, the legend and the lists' "and … more" wrote
// "Claims 1500", "percent 1500" and "and 1200 more" beside it.
func TestSiteCountsGrouped(t *testing.T) {
	p := pasteInNewTab(t, strings.Repeat("Prices rose 4% in May, the agency said.\n", 1500))
	p.patience = 90 * time.Second
	p.waitPainted(0)
	p.run(chromedp.Click("#tab-numbers", chromedp.ByID))
	var got struct {
		Status, Tab, Legend, MoreClaims, MoreNumbers string
	}
	p.eval(`({status: document.getElementById('status').textContent,
		tab: document.getElementById('tab-claims').textContent.trim().replace(/\s+/g, ' '),
		legend: document.querySelector('#legend button[data-kind="percent"]').textContent,
		moreClaims: document.querySelector('#claims li.empty').textContent,
		moreNumbers: document.querySelector('#numbers td.empty').textContent})`, &got)
	if !strings.Contains(got.Status, "1,500 claims") {
		t.Fatalf("the status reads %q: the test wants 1,500 claims", got.Status)
	}
	if got.Tab != "Claims 1,500" || got.Legend != "percent1,500" || !strings.HasPrefix(got.MoreClaims, "and 1,200 more") || !strings.HasPrefix(got.MoreNumbers, "and 1,200 more") {
		t.Errorf("beside the status %q the claims tab reads %q, the legend %q, the lists %q and %q; want 1,500 and 1,200 as the status writes them",
			got.Status, got.Tab, got.Legend, got.MoreClaims, got.MoreNumbers)
	}
}

// The speakers view says what its two bullets mean (review ux20 S6): a
// quote's filled disc and a reported statement's hollow circle were told
// apart by nothing on the page.
func TestSiteSpeakersBulletsExplained(t *testing.T) {
	p := pasteInNewTab(t, "“We will not back down,” Ms Ortiz said. Ortiz said the council would appeal the ruling.")
	p.waitPainted(0)
	p.run(chromedp.Click("#tab-speakers", chromedp.ByID))
	var markers []string
	p.eval(`['quote', 'statement'].map((c) => { const li = document.querySelector('#speakers li.' + c); return li ? getComputedStyle(li).listStyleType : 'none'; })`, &markers)
	if markers[0] != "disc" || markers[1] != "circle" {
		t.Fatalf("speakers view: quote and statement bullets %q, want disc and circle", markers)
	}
	hint := p.text("#view-speakers .hint")
	if !strings.Contains(hint, "Quotes (●)") || !strings.Contains(hint, "statements (○)") {
		t.Errorf("the speakers view's hint %q does not say which bullet is a quote (●) and which a statement (○)", hint)
	}
}

// With their counts the tabs still fit a phone (390 and 320 px wide):
// no tab's label breaks over two lines ("Speakers" over "12") and the
// row does not run off the side; a row too long for the screen wraps.
func TestSiteTabsFitPhone(t *testing.T) {
	srv, _ := siteServer(t)
	for _, w := range []int64{390, 320} {
		p := newTab(t, emulation.SetDeviceMetricsOverride(w, 800, 1, true))
		p.open(srv.URL + "/")
		p.loadSample()
		var got struct {
			Scroll, Client float64
			Lines          []float64
		}
		p.eval(`(() => { const t = document.querySelector('.tabs'); return {scroll: t.scrollWidth, client: t.clientWidth,
			lines: [...t.children].map((b) => { const r = document.createRange(); r.selectNodeContents(b); return r.getBoundingClientRect().height / parseFloat(getComputedStyle(b).lineHeight); })}; })()`, &got)
		if got.Scroll > got.Client {
			t.Errorf("%d px: the tabs are %v px wide in a row of %v", w, got.Scroll, got.Client)
		}
		for i, l := range got.Lines {
			if l > 1.5 {
				t.Errorf("%d px: tab %d's label takes %.1f lines", w, i, l)
			}
		}
	}
}

// A long article's counts run to three figures ("Claims 331 Speakers 116
// Numbers 309"): on a 390 px phone the three tabs still share one row.
// Before, "Numbers" wrapped to a row of its own under the other two, at
// the top of the page wherever one scrolled.
func TestSiteTabsFitPhoneLongArticle(t *testing.T) {
	files, _ := filepath.Glob("../claim/testdata/review/rv27_*.txt")
	var long strings.Builder
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		long.Write(b)
		long.WriteString("\n\n")
	}
	p := pasteInNewTab(t, long.String(), emulation.SetDeviceMetricsOverride(390, 844, 1, true))
	p.waitPainted(0)
	var tops []float64
	var labels string
	p.eval(`[...document.querySelectorAll('.tabs [role="tab"]')].map((b) => b.offsetTop)`, &tops)
	p.eval(`document.querySelector('.tabs').textContent.replace(/\s+/g, ' ')`, &labels)
	if len(tops) != 3 || tops[1] != tops[0] || tops[2] != tops[0] {
		t.Errorf("390 px, tabs %q: their tops are %v, want one row", labels, tops)
	}
}

// On a phone (390x844) the page is the one thing that scrolls (review
// ux20 L1): the editor (up to 80vh) and the views (55vh) scrolled inside
// a scrolling page, so a thumb on the text moved the text, not the page.
// The text and the lists take their natural height, the tabs stay in
// sight while their list scrolls by, and a claim tapped in the list
// brings its sentence into the window.
func TestSitePhoneOneScroller(t *testing.T) {
	b := centralBank(t)
	p := pasteInNewTab(t, string(b), emulation.SetDeviceMetricsOverride(390, 844, 1, true))
	p.waitPainted(0)
	var got struct {
		Scrollers []string
		Page      float64
	}
	p.eval(`(() => {
		const inner = [...document.querySelectorAll('body *')].filter((e) => {
			const o = getComputedStyle(e).overflowY;
			return (o === 'auto' || o === 'scroll') && e.scrollHeight > e.clientHeight + 1;
		}).map((e) => e.id || e.className);
		return {scrollers: inner, page: document.documentElement.scrollHeight / innerHeight};
	})()`, &got)
	if len(got.Scrollers) > 0 || got.Page < 3 {
		t.Errorf("at 390x844, boxes that scroll inside the page: %q (the page is %.1f windows tall); want none", got.Scrollers, got.Page)
	}
	var tabs []float64
	p.eval(`(() => {
		const v = document.getElementById('view-claims').getBoundingClientRect();
		scrollTo(0, scrollY + v.top + v.height / 2);
		const t = document.querySelector('.tabs').getBoundingClientRect();
		return [t.top, t.bottom];
	})()`, &tabs)
	if tabs[0] < -1 || tabs[1] > 120 {
		t.Errorf("halfway down the claims list the tabs are at %v px from the window's top, want in sight at the top", tabs)
	}
	var at []float64
	p.eval(`(async () => {
		document.querySelectorAll('#claims li[data-start]')[5].click();
		await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
		const r = [...CSS.highlights.get('cl-focus')][0].getBoundingClientRect();
		return [r.top, r.bottom, innerHeight];
	})()`, &at)
	if at[0] < 0 || at[1] > at[2] {
		t.Errorf("the sixth claim tapped in the list: its sentence is at %v..%v px, outside the window of %v px", at[0], at[1], at[2])
	}
}

// The two shades tell claims apart (review ux20 L3): "strong" began at
// the middle of the scale above the threshold (0.625 at 0.25), and most
// claims of a news text score over 0.625, so nearly all of them were in
// the strong shade (19 of the central-bank story's 22). The strong shade
// starts at 0.9 (or that middle, when higher), and the legend says so;
// the slider still sets which sentences are claims.
func TestSiteBandsStrongFrom(t *testing.T) {
	b := centralBank(t)
	p := pasteInNewTab(t, string(b))
	p.waitPainted(0)
	var doc struct {
		Threshold float64
		Sentences []struct{ Score float64 }
	}
	if err := json.Unmarshal([]byte(p.download("dl-json")), &doc); err != nil {
		t.Fatal(err)
	}
	claims, high := 0, 0
	for _, s := range doc.Sentences {
		if s.Score >= doc.Threshold {
			claims++
		}
		if s.Score >= 0.9 {
			high++
		}
	}
	var n struct{ Claim, Strong int }
	p.eval(`({claim: (CSS.highlights.get('cl-band-claim') || []).size, strong: (CSS.highlights.get('cl-band-strong') || []).size})`, &n)
	t.Logf("%d claims at %.2f: %d shaded strong, %d shaded claim", claims, doc.Threshold, n.Strong, n.Claim)
	if doc.Threshold > 0.5 || n.Strong != high || n.Claim != claims-high || 3*n.Strong > 2*claims {
		t.Errorf("%d claims at %.2f, %d of them at 0.9 or more: %d shaded strong, %d shaded claim; want those %d strong, the rest claim", claims, doc.Threshold, high, n.Strong, n.Claim, high)
	}
	if legend := p.text(".bands"); !strings.Contains(legend, "0.90 and up") {
		t.Errorf("the shades' legend reads %q, want it to say where the strong shade starts", legend)
	}
	p.eval(`(() => { const r = document.getElementById('threshold'); r.value = '0.9'; r.dispatchEvent(new Event('input')); })()`, nil)
	if legend := p.text(".bands"); !strings.Contains(legend, "0.95 and up") {
		t.Errorf("at the threshold 0.90 the shades' legend reads %q, want the strong shade from 0.95", legend)
	}
}

// tapClaimRow taps the sixth row of the claims list as a hand would on a
// phone: scrolled into view, then clicked, a frame given to each.
const tapClaimRow = `(async () => {
		const li = document.querySelectorAll('#claims li[data-start]')[5];
		li.scrollIntoView({block: 'center'});
		await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
		li.click();
		await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100)));
	})()`

// On a phone (390x844) a claim tapped in the list scrolls the page to its
// sentence, and the list is then a long scroll back up, past the article
// (ux21's leftover). A "Back to claims" button appears after such a jump,
// a button that the keyboard reaches and presses too; it brings back the
// row, with the focus on it, and goes. At 1280x900, where the list stays
// in sight beside the text, it never shows.
func TestSitePhoneBackToList(t *testing.T) {
	b := centralBank(t)
	type seen struct {
		Shown, InWindow bool
		Label           string
	}
	back := `(() => { const b = document.getElementById('back'); const r = b && b.getBoundingClientRect();
		return {shown: !!b && !b.hidden && r.height > 0, inWindow: !!b && r.top >= 0 && r.bottom <= innerHeight, label: b ? b.textContent : ''}; })()`
	for _, w := range []int64{1280, 390} {
		h := map[int64]int64{1280: 900, 390: 844}[w]
		p := pasteInNewTab(t, string(b), emulation.SetDeviceMetricsOverride(w, h, 1, w < 900))
		p.waitPainted(0)
		p.eval(tapClaimRow, nil)
		var got seen
		p.eval(back, &got)
		if w > 900 {
			if got.Shown {
				t.Errorf("%d px: after a claim is clicked, %q shows beside a list in sight", w, got.Label)
			}
			continue
		}
		if !got.Shown || !got.InWindow || !strings.Contains(got.Label, "Back to claims") {
			t.Fatalf("%d px: after the sixth claim is tapped, the way back is %+v; want a button \"Back to claims\" in the window", w, got)
		}
		// the keyboard: Tab reaches it, Enter presses it
		p.run(chromedp.Focus("#back", chromedp.ByID), chromedp.KeyEvent(kb.Enter))
		p.eval(`new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100)))`, nil)
		var row struct {
			Top, Bottom, H  float64
			Focused, Hidden bool
		}
		p.eval(`(() => { const li = document.querySelectorAll('#claims li[data-start]')[5]; const r = li.getBoundingClientRect();
			return {top: r.top, bottom: r.bottom, h: innerHeight, focused: document.activeElement === li, hidden: document.getElementById('back').hidden}; })()`, &row)
		if row.Top < 0 || row.Bottom > row.H || !row.Focused || !row.Hidden {
			t.Errorf("%d px: after \"Back to claims\", the sixth claim is at %v..%v px of %v, focused %v, the button hidden %v; want the row in the window, focused, the button gone",
				w, row.Top, row.Bottom, row.H, row.Focused, row.Hidden)
		}
		// scrolled back by hand, the button goes too
		p.eval(tapClaimRow, nil)
		p.eval(`(async () => { document.querySelectorAll('#claims li[data-start]')[5].scrollIntoView({block: 'center'});
			await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100))); })()`, nil)
		p.eval(back, &got)
		if got.Shown {
			t.Errorf("%d px: scrolled back to the list by hand, %q still shows", w, got.Label)
		}
	}
}

// On a phone the list is below the article, so "Back to claims" points
// down, the way it takes the reader: it read "↑ Back to claims" and sent
// the eye up the article, away from the list.
func TestSitePhoneBackPointsToList(t *testing.T) {
	p := pasteInNewTab(t, string(centralBank(t)), emulation.SetDeviceMetricsOverride(390, 844, 1, true))
	p.waitPainted(0)
	var got struct {
		Label  string
		RowTop float64
	}
	p.eval(tapClaimRow, nil)
	p.eval(`(() => {
		const b = document.getElementById('back');
		return {label: b.hidden ? '' : b.textContent, rowTop: document.querySelectorAll('#claims li[data-start]')[5].getBoundingClientRect().top};
	})()`, &got)
	if got.RowTop < 844 {
		t.Fatalf("after the tap the row is at %v px, in the window of 844 px: the test wants it below", got.RowTop)
	}
	if got.Label != "↓ Back to claims" {
		t.Errorf("with the list below the window, the way back reads %q, want \"↓ Back to claims\"", got.Label)
	}
}

// On a phone, "Back to claims" goes when the reader opens another view:
// it stayed over the numbers view, and pressing it only took itself away
// (the claims list it meant to bring back was hidden).
func TestSitePhoneBackGoesWithView(t *testing.T) {
	p := pasteInNewTab(t, string(centralBank(t)), emulation.SetDeviceMetricsOverride(390, 844, 1, true))
	p.waitPainted(0)
	var label string
	p.eval(tapClaimRow, nil)
	p.eval(`(async () => {
		document.querySelector('.tabs').scrollIntoView();
		await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100)));
		const b = document.getElementById('back');
		return b.hidden ? '' : b.textContent;
	})()`, &label)
	if !strings.Contains(label, "Back to claims") {
		t.Fatalf("scrolled to the tabs after a tap on a claim, the way back reads %q; the test wants it still shown", label)
	}
	p.run(chromedp.Click("#tab-numbers", chromedp.ByID))
	var shown bool
	p.eval(`!document.getElementById('back').hidden`, &shown)
	if shown {
		t.Errorf("with the numbers view open, %q still shows", label)
	}
}

// On a phone the speakers view, like the claims list, is one Tab stop
// after "Back to speakers": the row brought back takes the view's Tab
// stop from every group's list, not from its own group's only (a row of
// the first speaker kept it, and Tab then stopped twice in the view).
func TestSitePhoneBackToSpeakersOneTabStop(t *testing.T) {
	p := pasteInNewTab(t, string(centralBank(t)), emulation.SetDeviceMetricsOverride(390, 844, 1, true))
	p.waitPainted(0)
	p.run(chromedp.Click("#tab-speakers", chromedp.ByID))
	var label string
	p.eval(`(async () => {
		const li = document.querySelectorAll('#speakers section')[1].querySelector('li[data-start]');
		li.scrollIntoView({block: 'center'});
		await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
		li.click();
		await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100)));
		return document.getElementById('back').hidden ? '' : document.getElementById('back').textContent;
	})()`, &label)
	if !strings.Contains(label, "Back to speakers") {
		t.Fatalf("after a row of the second speaker is tapped, the way back is %q; want \"Back to speakers\"", label)
	}
	p.run(chromedp.Focus("#back", chromedp.ByID), chromedp.KeyEvent(kb.Enter))
	var stops []string
	p.eval(`[...document.querySelectorAll('#speakers [data-start]')].filter((li) => li.tabIndex === 0).map((li) => li.textContent.slice(0, 40))`, &stops)
	if len(stops) != 1 {
		t.Errorf("after \"Back to speakers\", the view has %d Tab stops %q; want one, the row brought back", len(stops), stops)
	}
}

// A figure of one word in the numbers view says nothing of what it counts
// (review of session 29's texts: a ball-by-ball report listed "112", "61",
// "68", "22" and an election "32", "36", "-4", "four", each a bare row).
// Such a row shows the words around its figure, from its sentence; a
// figure with its unit ("97 balls") stands alone; the cell's text is
// still the figure.
func TestSiteNumbersContext(t *testing.T) {
	p := pasteInNewTab(t, "Joe Root made 112 off 97 balls with 11 fours as England beat Australia by 73 runs to level the series at Edgbaston on Sunday.\n\nLabour finished with 32 of the council’s 60 seats, down from 36.")
	p.waitPainted(0)
	p.run(chromedp.Click("#tab-numbers", chromedp.ByID))
	var rows [][]string
	p.eval(`[...document.querySelectorAll('#numbers tbody tr')].map((tr) => { const c = tr.cells[0];
		const pseudo = (w) => { const v = getComputedStyle(c, w).content; return v === 'none' ? '' : JSON.parse(v); };
		return [c.textContent, pseudo('::before'), pseudo('::after')]; })`, &rows)
	got := map[string][2]string{}
	for _, r := range rows {
		got[r[0]] = [2]string{r[1], r[2]}
	}
	for fig, want := range map[string][2]string{
		"112":      {"Joe Root made ", " off 97 balls with 11…"},
		"32":       {"Labour finished with ", " of the council’s 60…"},
		"36":       {"…60 seats, down from ", "."},
		"97 balls": {"", ""},
	} {
		if g, ok := got[fig]; !ok || g != want {
			t.Errorf("numbers row %q: words around it %q, want %q (rows %q)", fig, g, want, rows)
		}
	}
}

// A negative figure in "Download CSV (numbers)" is a number: the guard
// against formulas put a quote before every cell that starts with "-", so
// the value -4 of an election table's "(-4)" came as the text '-4, which
// a spreadsheet does not sum or sort as a number. The text column, what
// the article says, keeps the guard.
func TestSiteNumbersCSVNegative(t *testing.T) {
	p := pasteInNewTab(t, "Seats after the election: Labour 32 (-4) | Conservative 18 (+2) | Reform UK 5 (+5) | Liberal Democrat 2 (-2) | Green 3 (+1) | Independent 0 (-2)\n\nThe party finished with 32 of the council’s 60 seats, down from 36.")
	p.waitPainted(0)
	var found bool
	for _, line := range strings.Split(p.download("dl-numbers"), "\r\n") {
		f := strings.Split(line, ",")
		if len(f) > 5 && strings.Contains(f[3], "-4") {
			found = true
			if f[4] != "-4" || f[3] != "'-4" {
				t.Errorf("numbers CSV row of (-4): text %q, value %q; want text '-4 (guarded) and value -4 (a number)", f[3], f[4])
			}
		}
	}
	if !found {
		t.Error("numbers CSV has no row for -4")
	}
}

// The tooltip's heading names a kind as the legend does: "Scare quote",
// not "Scare Quote" (the style sheet capitalized every word).
func TestSiteTipKindAsLegend(t *testing.T) {
	p := pasteInNewTab(t, "The trust was previously rated “good” in 2019.")
	p.waitPainted(0)
	var box []float64
	p.eval(`(() => {
		const r = [...CSS.highlights.get('cl-scare_quote')][0];
		const x = document.createRange(); x.setStart(r.startContainer, r.startOffset + 1); x.setEnd(r.startContainer, r.startOffset + 4);
		const b = x.getBoundingClientRect();
		return [b.left, b.top + b.height / 2, b.width];
	})()`, &box)
	if !p.glideForTip(box) {
		t.Fatal("no tooltip over “good”")
	}
	var head string
	p.eval(`document.querySelector('#tip b').innerText`, &head)
	if head != "Scare quote" {
		t.Errorf("the tooltip of a scare quote is headed %q, want \"Scare quote\" as in the legend", head)
	}
}

// A speaker's tooltip says whose words these are, in the reader's terms
// (session 31): it read "Linked to: said", the cue, which tells a reader
// nothing. It names the speaker, shows a resolved pronoun or description
// as resolved ("she → Rhiannon Gale") and one the engine cannot name as
// not named; the cue's tooltip names the speaker it introduces, and the
// quote's still says who said it.
func TestSiteTipSpeakerNamed(t *testing.T) {
	p := pasteInNewTab(t, "Rhiannon Gale runs the trust. “We are short of 400 nurses,” she said. “It is getting worse,” said Tom Reed, the union’s regional secretary. The health minister said the figures were wrong.")
	p.waitPainted(0)
	for _, c := range []struct{ at, span, want string }{
		{"she said", "she", "Speaker: she → Rhiannon Gale"},
		{"said. “It", "said", "Speaker: she → Rhiannon Gale"},
		{"Tom Reed", "Tom Reed", "Speaker: Tom Reed"},
		{"said Tom", "said", "Speaker: Tom Reed"},
		{"he health minister", "The health minister", "Speaker: “The health minister”, not named"},
		{"We are short", "“We are short of 400 nurses,”", "Said by: Rhiannon Gale"},
	} {
		p.caretIn(c.at)
		p.waitFor("the tooltip at the caret in "+c.at, `!document.getElementById('tip').hidden && document.querySelector('#tip q').textContent === `+jsString(c.span))
		if tip := p.text("#tip"); !strings.Contains(tip, c.want) || strings.Contains(tip, "Linked to") || strings.Contains(tip, "Stands for") {
			t.Errorf("tooltip at the caret in %q reads %q, want %q", c.at, tip, c.want)
		}
	}
}

// A title before a name is not a name worked out: "Mr Kieran Doyle" in
// a court report names Kieran Doyle once, not "Mr Kieran Doyle → Kieran
// Doyle"; "Ms Colville" still says whom it stands for.
func TestSiteTipSpeakerTitle(t *testing.T) {
	p := pasteInNewTab(t, "Margaret Colville leads the union. Mr Kieran Doyle, defending, said his client had been struggling with debt. Ms Colville said the union would strike.")
	p.waitPainted(0)
	for _, c := range []struct{ at, span, want string }{
		{"Mr Kieran", "Mr Kieran Doyle", "Speaker: Kieran Doyle"},
		{"Ms Colville", "Ms Colville", "Speaker: Ms Colville → Margaret Colville"},
	} {
		p.caretIn(c.at)
		p.waitFor("the tooltip at the caret in "+c.at, `!document.getElementById('tip').hidden && document.querySelector('#tip q').textContent === `+jsString(c.span))
		if tip := p.text("#tip"); !strings.Contains(tip, c.want) {
			t.Errorf("tooltip at the caret in %q reads %q, want %q", c.at, tip, c.want)
		}
	}
}

// A transcript's label is the speaker as written in capitals: its tooltip
// names the speaker once ("Speaker: Guest"), not as if the engine had
// worked out who "GUEST" was ("GUEST → Guest").
func TestSiteTipSpeakerLabel(t *testing.T) {
	p := pasteInNewTab(t, "[00:00:16] HOST: So how much warmer are the oceans now?\n"+
		"[00:00:21] GUEST: The sea surface temperature in 2024 was about 0.97 degrees Celsius above the 1982 to 2011 average.\n")
	p.waitHighlight("cl-speaker", "GUEST")
	p.caretIn("UEST")
	p.waitFor("the tooltip at the caret in GUEST", `!document.getElementById('tip').hidden && document.querySelector('#tip q').textContent === 'GUEST'`)
	if tip := p.text("#tip"); !strings.Contains(tip, "Speaker: Guest") || strings.Contains(tip, "→") {
		t.Errorf("tooltip of the label GUEST reads %q, want “Speaker: Guest” without an arrow", tip)
	}
}

// A list item's bullet is the list's, not the claim's: the claims panel
// and the Markdown checklist show "Four-hour performance fell …", not
// "- Four-hour performance fell …" ("- [ ] - Four-hour …" in the
// checklist); the JSON and CSV keep the sentence's exact text.
func TestSiteClaimsWithoutBullets(t *testing.T) {
	p := pasteInNewTab(t, "Key figures for October:\n\n- Four-hour performance fell to 64.2%, against a 78% target.\n• The waiting list rose by 12,400 to 7.6 million.\n\nThe trust’s deficit was £18.6m in the year to March.")
	p.waitPainted(0)
	claims := p.claims()
	for _, want := range []string{"Four-hour performance fell to 64.2%, against a 78% target.", "The waiting list rose by 12,400 to 7.6 million."} {
		if !contains(claims, want) {
			t.Errorf("claims panel lacks %q: %q", want, claims)
		}
	}
	var md string
	p.eval(`(() => {
		Object.defineProperty(navigator.clipboard, 'writeText', {value: async (t) => { window.__md = t; }});
		document.getElementById('copy-md').click();
		return new Promise((r) => setTimeout(r, 100)).then(() => window.__md);
	})()`, &md)
	if !strings.Contains(md, "- [ ] Four-hour performance fell") || strings.Contains(md, "- [ ] -") || strings.Contains(md, "- [ ] •") {
		t.Errorf("checklist keeps the bullets:\n%s", md)
	}
	if !strings.Contains(p.download("dl-csv"), "- Four-hour performance fell") {
		t.Error("sentences CSV lost the list item's exact text")
	}
}

// The numbers view, cut at its 300 rows as the claims list is, says how
// many more there are, as the claims list does: the tab counted 360 and
// the table simply stopped.
func TestSiteNumbersSaysMore(t *testing.T) {
	p := pasteInNewTab(t, strings.Repeat("Sales fell 7% to €3 billion, and 1,200 jobs went.\n\n", 120))
	p.waitPainted(0)
	p.run(chromedp.Click("#tab-numbers", chromedp.ByID))
	var res struct {
		Count string
		Rows  int
		Last  string
	}
	p.eval(`(() => {
		const rows = document.querySelectorAll('#numbers tbody tr');
		return {count: document.getElementById('count-numbers').textContent, rows: document.querySelectorAll('#numbers tbody tr[data-start]').length, last: rows[rows.length - 1].textContent};
	})()`, &res)
	if res.Count != "360" || res.Rows != 300 {
		t.Fatalf("the numbers tab counts %s and shows %d rows, want 360 and 300", res.Count, res.Rows)
	}
	if res.Last != "and 60 more; export to see them all." {
		t.Errorf("the numbers view ends with %q, want the note of the 60 more", res.Last)
	}
}

// A quotation of two sentences, which the engine marks sentence by
// sentence, is one row of the speakers view: it was two, “We are done.
// and Maybe one out.”, each with a quotation mark missing.
func TestSiteSpeakersQuoteOneRow(t *testing.T) {
	p := pasteInNewTab(t, "Castleton manager Pedro Almeida spoke to reporters this evening.\n\n"+
		"Asked whether Castleton had any more business planned, he said: “We are done. Maybe one out.”\n\n"+
		"“Ben is a player we have wanted,” Almeida said. “He makes us better.”\n")
	p.waitHighlight("cl-quote", "Maybe one out.”")
	p.run(chromedp.Click("#tab-speakers", chromedp.ByID))
	groups := p.speakerRows("li.quote")
	want := []string{"“We are done. Maybe one out.”", "“Ben is a player we have wanted,”", "“He makes us better.”"}
	if got := groups["Pedro Almeida (3)"]; strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("the speakers view lists %q, want Pedro Almeida (3) with the quotes %q", groups, want)
	}
	p.eval(`[...document.querySelectorAll('#speakers li')].find((li) => li.textContent.includes('We are done')).click()`, nil)
	p.waitFor("the whole quotation marked in the text", `CSS.highlights.has('cl-focus') && [...CSS.highlights.get('cl-focus')][0].toString() === '“We are done. Maybe one out.”'`)
}

// A short quotation inside a reported statement is listed once, in the
// statement that gives it its context: the speakers view listed
// “undemocratic” and then the sentence that holds it, for each speaker
// of an election count.
func TestSiteSpeakersQuoteInStatementOnce(t *testing.T) {
	p := pasteInNewTab(t, "Sinn Féin president Máire Ní Dhuibhir said that position was “undemocratic”.\n\n"+
		"Mr O’Sullivan said he was “humbled” to be returned for a fifth time.\n\n"+
		"“I was a bit nervous after the first count,” Mr O’Sullivan told the Kilcarra Courier.\n")
	p.waitHighlight("cl-quote", "“humbled”")
	p.run(chromedp.Click("#tab-speakers", chromedp.ByID))
	groups := p.speakerRows("li")
	t.Logf("speakers view: %q", groups)
	for who, rows := range groups {
		for _, r := range rows {
			if r == "“undemocratic”" || r == "“humbled”" {
				t.Errorf("%s: the quote %s is a row of its own as well as in the statement that holds it (%q)", who, r, rows)
			}
		}
	}
	if !contains(groups["O’Sullivan (2)"], "“I was a bit nervous after the first count,”") {
		t.Errorf("want O’Sullivan (2) with the quote outside any statement: %q", groups)
	}
}

// A speaker with more rows than the view shows (300, as the claims list)
// says how many more there are, as the claims and numbers views do: the
// group's heading counted 320 and its list stopped at 300 without a word.
func TestSiteSpeakersSaysMore(t *testing.T) {
	var b strings.Builder
	for i := range 320 {
		fmt.Fprintf(&b, "“Item %d costs more,” Ms Ortiz said. ", i+1)
	}
	p := pasteInNewTab(t, b.String())
	p.patience = 90 * time.Second
	p.waitPainted(0)
	p.run(chromedp.Click("#tab-speakers", chromedp.ByID))
	var got struct {
		Head string
		Rows int
		Last string
	}
	p.eval(`(() => { const s = document.querySelector('#speakers section'); const lis = s.querySelectorAll('li');
		return {head: s.querySelector('h3').textContent, rows: s.querySelectorAll('li[data-start]').length, last: lis[lis.length - 1].textContent}; })()`, &got)
	if got.Head != "Ortiz (320)" && got.Head != "Ms Ortiz (320)" {
		t.Fatalf("the first speaker is %q: the test wants Ms Ortiz with 320 quotes", got.Head)
	}
	if got.Rows != 300 || got.Last != "and 20 more; export to see them all." {
		t.Errorf("the group %q lists %d rows and ends %q, want 300 and \"and 20 more; export to see them all.\"", got.Head, got.Rows, got.Last)
	}
}

// The CSV files open in a spreadsheet with their pound signs and curly
// quotes intact: they start with the UTF-8 byte order mark and say
// charset=utf-8, without which Excel reads them as Windows-1252 and shows
// "Â£5,724".
func TestSiteCSVOpensAsUTF8(t *testing.T) {
	p := pasteInNewTab(t, "A season ticket will cost £5,724, up 4.6%, the minister said: “fair to passengers”.")
	p.waitPainted(0)
	for _, id := range []string{"dl-csv", "dl-numbers"} {
		text := p.download(id)
		var head struct {
			Type  string
			Bytes []int
		}
		p.eval(`(async () => { const b = window.__blobs[window.__blobs.length - 1]; return {type: b.type, bytes: [...new Uint8Array(await b.slice(0, 3).arrayBuffer())]}; })()`, &head)
		if head.Type != "text/csv;charset=utf-8" || len(head.Bytes) != 3 || head.Bytes[0] != 0xEF || head.Bytes[1] != 0xBB || head.Bytes[2] != 0xBF {
			t.Errorf("#%s gives a file of type %q starting with the bytes % X, want text/csv;charset=utf-8 starting with the byte order mark EF BB BF", id, head.Type, head.Bytes)
		}
		if !strings.Contains(text, "£5,724") {
			t.Errorf("#%s: the file has no “£5,724”: %.200q", id, text)
		}
	}
}

// centralBank returns the central-bank story of the engine's test
// articles, a news text long enough to scroll on a phone.
func centralBank(t *testing.T) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "claim", "testdata", "articles", "centralbank.txt"))
	if err != nil {
		t.Fatal(err)
	}
	return b
}
