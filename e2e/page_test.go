//go:build e2e

package e2e

import (
	"strings"
	"testing"
	"time"
	"unicode/utf16"

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
