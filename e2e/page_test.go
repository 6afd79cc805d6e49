//go:build e2e

package e2e

import (
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// A long paste with no line breaks is held in blocks of a few thousand
// characters, so that a key or the mouse works on one block and not on one
// text node of the whole paste. The text reads back as pasted, every
// highlight covers exactly the engine's span or sentence, and a line break
// typed inside a block that continues the line is a line break.
func TestSiteOneLinePaste(t *testing.T) {
	line := strings.Join(strings.Fields(sampleText(t)), " ")
	line = strings.Repeat(line+" ", 12) + "The end."
	p := pasteInNewTab(t, line)
	p.waitPainted(0)
	if got := p.editorText(); got != line {
		t.Fatalf("the one-line paste of %d characters reads back as %d characters (same: %v)", len(line), len(got), got == line)
	}
	var blocks, longest int
	p.eval(`document.getElementById('editor').children.length`, &blocks)
	p.eval(`Math.max(...[...document.getElementById('editor').children].map((e) => e.textContent.length))`, &longest)
	t.Logf("%d characters on one line: %d blocks, the longest %d characters", len(line), blocks, longest)
	if blocks < 10 || longest > 8000 {
		t.Errorf("a one-line paste of %d characters is in %d blocks, the longest %d characters; want blocks of a few thousand", len(line), blocks, longest)
	}
	p.screenshot("site-one-line")
	var bad []string
	p.eval(`(async () => {
		if (!window.__blobs) { window.__blobs = []; const o = URL.createObjectURL; URL.createObjectURL = (b) => { window.__blobs.push(b); return o.call(URL, b); }; }
		const n = window.__blobs.length;
		document.getElementById('dl-json').click();
		const doc = JSON.parse(await window.__blobs[n].text());
		const texts = (name) => [...(CSS.highlights.get(name) || [])].map((r) => { const x = document.createRange(); x.setStart(r.startContainer, r.startOffset); x.setEnd(r.endContainer, r.endOffset); return x.toString(); }).sort();
		const bad = [];
		const check = (name, want) => { want = want.sort(); const got = texts(name); if (JSON.stringify(want) !== JSON.stringify(got)) bad.push(name + ': ' + want.length + ' wanted, ' + got.length + ' painted; first wanted not painted: ' + want.find((w) => !got.includes(w))); };
		for (const k of ['money', 'percent', 'date', 'quote']) check('cl-' + k, doc.spans.filter((s) => s.kind === k).map((s) => s.text));
		const strong = doc.threshold + (1 - doc.threshold) / 2;
		check('cl-band-claim', doc.sentences.filter((s) => s.score >= doc.threshold && s.score < strong).map((s) => s.text));
		check('cl-band-strong', doc.sentences.filter((s) => s.score >= strong).map((s) => s.text));
		return bad;
	})()`, &bad)
	for _, b := range bad {
		t.Errorf("highlights of the one-line paste differ from the engine's: %s", b)
	}
	// A copy across the cut between two blocks has no line break there.
	var copied string
	p.run(browser.SetPermission(&browser.PermissionDescriptor{Name: "clipboard-read"}, browser.PermissionSettingGranted))
	p.eval(`(async () => {
		const ed = document.getElementById('editor');
		const a = ed.children[0].firstChild, b = ed.children[1].firstChild;
		const r = document.createRange();
		r.setStart(a, a.length - 10);
		r.setEnd(b, 10);
		ed.focus();
		getSelection().removeAllRanges();
		getSelection().addRange(r);
		document.execCommand('copy');
		return await navigator.clipboard.readText();
	})()`, &copied)
	if !strings.Contains(line, copied) || len(copied) < 20 {
		t.Errorf("copying 20 characters across the first cut gives %q, which is not in the pasted line", copied)
	}
	// The mouse over a money figure in a later block shows its tooltip.
	var pos []float64
	p.eval(`(() => {
		const ed = document.getElementById('editor');
		const r = [...CSS.highlights.get('cl-money')].find((r) => r.startContainer.parentNode !== ed.firstChild && ed.contains(r.startContainer));
		const x = document.createRange(); x.setStart(r.startContainer, r.startOffset); x.setEnd(r.endContainer, r.endOffset);
		r.startContainer.parentNode.scrollIntoView({block: 'center'});
		const b = x.getClientRects()[0];
		return [b.left + 3, b.top + b.height / 2];
	})()`, &pos)
	p.run(chromedp.MouseEvent("mouseMoved", pos[0], pos[1]))
	p.waitFor("the tooltip over money in a later block", `!document.getElementById('tip').hidden && document.getElementById('tip').textContent.startsWith('money')`)
	// Enter at the start of the third block breaks the line there.
	var at int
	p.eval(`(() => {
		const ed = document.getElementById('editor');
		const b = ed.children[2];
		let at = 0;
		for (const e of [...ed.children].slice(0, 2)) at += e.textContent.length;
		ed.focus();
		const r = document.createRange();
		r.setStart(b.firstChild, 5);
		getSelection().removeAllRanges();
		getSelection().addRange(r);
		return at + 5;
	})()`, &at)
	n := p.painted()
	start := time.Now()
	p.run(chromedp.KeyEvent(kb.Enter))
	p.waitPainted(n)
	t.Logf("Enter in the one-line paste: painted again after %v", time.Since(start))
	u := utf16.Encode([]rune(line)) // the page counts UTF-16 units
	want := string(utf16.Decode(u[:at])) + "\n" + string(utf16.Decode(u[at:]))
	if got := p.editorText(); got != want {
		i := 0
		for i < len(got) && i < len(want) && got[i] == want[i] {
			i++
		}
		t.Errorf("after Enter at character %d, the text differs from the paste with a line break there, from character %d: %q, want %q", at, i, got[max(0, i-20):min(len(got), i+20)], want[max(0, i-20):min(len(want), i+20)])
	}
}

// The legend is one Tab stop between the slider and the tabs, with arrow
// keys moving between its buttons; the claims are buttons whose reasons
// reach a screen reader (as their description).
func TestSiteKeyboardLegend(t *testing.T) {
	srv, _ := siteServer(t)
	p := newTab(t)
	p.open(srv.URL + "/")
	p.loadSample()
	focused := func() string {
		var s string
		p.eval(`(() => { const a = document.activeElement; return a.id || (a.dataset.kind ? 'legend:' + a.dataset.kind : a.nodeName); })()`, &s)
		return s
	}
	p.eval(`document.getElementById('threshold').focus()`, nil)
	p.run(chromedp.KeyEvent(kb.Tab))
	first := focused()
	if !strings.HasPrefix(first, "legend:") {
		t.Fatalf("Tab from the slider goes to %q, want the legend", first)
	}
	p.run(chromedp.KeyEvent(kb.Tab))
	if got := focused(); got != "tab-claims" {
		t.Errorf("Tab from the legend's %q goes to %q, want the Claims tab (the legend is one Tab stop)", first, got)
	}
	p.run(chromedp.KeyEvent(kb.Tab, chromedp.KeyModifiers(input.ModifierShift)))
	p.run(chromedp.KeyEvent(kb.ArrowRight))
	second := focused()
	if !strings.HasPrefix(second, "legend:") || second == first {
		t.Fatalf("Shift+Tab and → from the Claims tab: focus on %q, want the legend's second button (first %q)", second, first)
	}
	var pressed string
	p.eval(`document.activeElement.getAttribute('aria-pressed')`, &pressed)
	p.run(chromedp.KeyEvent(" "))
	var after string
	p.eval(`document.activeElement.getAttribute('aria-pressed')`, &after)
	if after == pressed || focused() != second {
		t.Errorf("Space on the legend's %q: pressed %q -> %q, focus on %q", second, pressed, after, focused())
	}
	// Tab leaves the legend and Shift+Tab comes back to the button last used.
	p.run(chromedp.KeyEvent(kb.Tab))
	p.run(chromedp.KeyEvent(kb.Tab, chromedp.KeyModifiers(input.ModifierShift)))
	if got := focused(); got != second {
		t.Errorf("back into the legend with Shift+Tab: focus on %q, want %q", got, second)
	}
	var claim struct {
		Role, Label, Why string
		Reasons          []string
	}
	p.eval(`(() => {
		const li = document.querySelector('#claims li[data-start]');
		const d = li.getAttribute('aria-describedby');
		return {role: li.getAttribute('role') || '', label: li.getAttribute('aria-label') || '',
			why: d ? d.split(' ').map((id) => (document.getElementById(id) || {}).textContent || '').join(' ') : '',
			reasons: [...li.querySelectorAll('.reasons li')].map((e) => e.textContent)};
	})()`, &claim)
	if claim.Role != "button" {
		t.Errorf("a claim's role is %q, want button", claim.Role)
	}
	if len(claim.Reasons) == 0 {
		t.Fatalf("the first claim shows no reasons")
	}
	for _, r := range claim.Reasons {
		if !strings.Contains(claim.Why, r) && !strings.Contains(claim.Label, r) {
			t.Errorf("the reason %q of the first claim is neither in its label %q nor in its description %q", r, claim.Label, claim.Why)
		}
	}
}

// The numbers view gives money its currency where the engine names one,
// cents included ("94 cents" beside "$1.37" is $0.94), and says so where it
// cannot tell ("3 cents" in a text of euros and dollars is not a bare 0.03).
func TestSiteNumbersCurrency(t *testing.T) {
	p := pasteInNewTab(t, "Shares rose to $1.37, up 94 cents, the exchange said on Monday. Bonds gained 3 cents on the dollar.")
	p.waitPainted(0)
	p.run(chromedp.Click("#tab-numbers", chromedp.ByID))
	var rows [][]string
	p.eval(`[...document.querySelectorAll('#numbers tbody tr')].map((tr) => [...tr.cells].map((c) => c.textContent))`, &rows)
	t.Logf("numbers view: %q", rows)
	want := map[string]string{"$1.37": "$1.37", "94 cents": "$0.94", "3 cents": "$0.03"}
	for _, r := range rows {
		if w, ok := want[r[0]]; ok {
			if r[2] != w {
				t.Errorf("numbers view: %q has the value %q, want %q", r[0], r[2], w)
			}
			delete(want, r[0])
		}
	}
	for k := range want {
		t.Errorf("numbers view has no row for %q: %q", k, rows)
	}
	p = pasteInNewTab(t, "The bloc lent €5 billion and Washington $2 billion. Bonds gained 3 cents on the dollar.")
	p.waitPainted(0)
	p.run(chromedp.Click("#tab-numbers", chromedp.ByID))
	p.eval(`[...document.querySelectorAll('#numbers tbody tr')].map((tr) => [...tr.cells].map((c) => c.textContent))`, &rows)
	t.Logf("numbers view: %q", rows)
	p.screenshot("site-numbers-currency")
	found := false
	for _, r := range rows {
		if r[0] == "3 cents" {
			found = true
			if !strings.Contains(r[2], "currency unclear") {
				t.Errorf("numbers view: %q in a text of euros and dollars has the value %q, want it to say the currency is unclear", r[0], r[2])
			}
		}
	}
	if !found {
		t.Errorf("numbers view has no row for %q: %q", "3 cents", rows)
	}
}
