//go:build e2e

package e2e

// End-to-end tests of the browser extension: a headless Chromium loads the
// unpacked extension that cmd/build writes, opens test pages served on
// 127.0.0.1 from testdata/extension, and the extension is triggered the way
// a person triggers it: Extensions.triggerAction clicks its toolbar button
// (which opens the popup and grants activeTab), and the keyboard shortcut
// and context menu are exercised through the service worker functions their
// listeners call (toggleTab, highlightTab), since headless Chromium has no
// toolbar keyboard or menus to press.

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/extensions"
	"github.com/chromedp/cdproto/fetch"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/cdproto/target"
	"github.com/chromedp/chromedp"
)

// extRequests records every request the test server saw and every request
// the browser reported (page and service worker), to prove nothing left
// 127.0.0.1.
type extRequests struct {
	mu          sync.Mutex
	server      []string
	browser     []string // from Network events of the page and the worker
	intercepted []string // from Fetch interception on the page
}

func (r *extRequests) addIntercepted(s string) {
	r.mu.Lock()
	r.intercepted = append(r.intercepted, s)
	r.mu.Unlock()
}

func (r *extRequests) addServer(s string) {
	r.mu.Lock()
	r.server = append(r.server, s)
	r.mu.Unlock()
}

func (r *extRequests) addBrowser(s string) {
	r.mu.Lock()
	r.browser = append(r.browser, s)
	r.mu.Unlock()
}

func (r *extRequests) snapshot() (server, browser []string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Clone(r.server), slices.Clone(r.browser)
}

// extServer serves testdata/extension; csp.html is article.html again,
// served with a strict Content-Security-Policy header.
func extServer(t *testing.T, reqs *extRequests) *httptest.Server {
	files := http.FileServer(http.Dir(filepath.Join("testdata", "extension")))
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		reqs.addServer(r.URL.Path)
		if r.URL.Path == "/csp.html" {
			w.Header().Set("Content-Security-Policy", "default-src 'self'")
			r = r.Clone(r.Context())
			r.URL.Path = "/article.html"
		}
		files.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv
}

// extBrowser is a Chromium with the extension loaded.
type extBrowser struct {
	ctx   context.Context // the test page's tab
	sw    context.Context // the extension's service worker
	extID string
	reqs  *extRequests
	srv   *httptest.Server
	shots string
}

func startExtBrowser(t *testing.T) *extBrowser {
	t.Helper()
	dist := siteDist(t)
	extDir, err := filepath.Abs(filepath.Join(dist, "extension"))
	if err != nil {
		t.Fatal(err)
	}
	reqs := &extRequests{}
	srv := extServer(t, reqs)

	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromiumPath()),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("headless", "new"),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-extensions", false),
		chromedp.Flag("load-extension", extDir),
		chromedp.Flag("disable-extensions-except", extDir),
		// Lets Extensions.triggerAction press the toolbar button.
		chromedp.Flag("enable-unsafe-extension-debugging", true),
		// Nothing but the test server resolves; any other request would
		// fail (and is still recorded by the Network events below).
		chromedp.Flag("host-resolver-rules", "MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"),
		chromedp.WindowSize(1100, 1400),
	)
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancelAlloc)
	ctx, cancelCtx := chromedp.NewContext(actx, chromedp.WithErrorf(func(format string, args ...any) {
		// chromedp v0.16 does not know the AdoptedStyleSheetsModified DOM
		// event that the extension's stylesheet causes; anything else is
		// worth seeing.
		if !strings.HasPrefix(format, "unhandled node event") {
			t.Logf("chromedp: "+format, args...)
		}
	}))
	t.Cleanup(cancelCtx)
	ctx, cancelTimeout := context.WithTimeout(ctx, 80*time.Second)
	t.Cleanup(cancelTimeout)

	b := &extBrowser{ctx: ctx, reqs: reqs, srv: srv, shots: screenshotDir(t)}
	chromedp.ListenTarget(ctx, func(ev any) {
		if e, ok := ev.(*network.EventRequestWillBeSent); ok {
			reqs.addBrowser(e.Request.URL)
		}
	})
	if err := chromedp.Run(ctx, chromedp.Navigate("about:blank")); err != nil {
		t.Fatal(err)
	}
	// Every request of the page (and so of the content script, which
	// shares its network) passes through Fetch interception: local ones go
	// on, any other is failed and recorded.
	chromedp.ListenTarget(ctx, func(ev any) {
		e, ok := ev.(*fetch.EventRequestPaused)
		if !ok {
			return
		}
		go func() {
			reqs.addIntercepted(e.Request.URL)
			exec := cdp.WithExecutor(ctx, chromedp.FromContext(ctx).Target)
			if b.local(e.Request.URL) {
				fetch.ContinueRequest(e.RequestID).Do(exec)
			} else {
				fetch.FailRequest(e.RequestID, network.ErrorReasonBlockedByClient).Do(exec)
			}
		}()
	})
	if err := chromedp.Run(ctx, fetch.Enable()); err != nil {
		t.Fatal(err)
	}

	// The service worker shows up as a target a moment after start.
	var sw *target.Info
	for sw == nil {
		infos, err := chromedp.Targets(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, ti := range infos {
			if ti.Type == "service_worker" && strings.HasSuffix(ti.URL, "/background.js") {
				sw = ti
			}
		}
		if sw == nil {
			if err := extSleep(ctx, 100*time.Millisecond); err != nil {
				t.Fatalf("the extension's service worker never started: %v", err)
			}
		}
	}
	u, err := url.Parse(sw.URL)
	if err != nil {
		t.Fatal(err)
	}
	b.extID = u.Host
	b.sw, _ = chromedp.NewContext(ctx, chromedp.WithTargetID(sw.TargetID))
	chromedp.ListenTarget(b.sw, func(ev any) {
		if e, ok := ev.(*network.EventRequestWillBeSent); ok {
			reqs.addBrowser(e.Request.URL)
		}
	})
	if err := chromedp.Run(b.sw, chromedp.Evaluate(`typeof toggleTab`, new(string))); err != nil {
		t.Fatalf("attaching to the service worker: %v", err)
	}
	return b
}

func extSleep(ctx context.Context, d time.Duration) error {
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-time.After(d):
		return nil
	}
}

// eval runs JavaScript in ctx (a page or the service worker), awaiting a
// promise, and decodes the result into out.
func extEval(t *testing.T, ctx context.Context, js string, out any) {
	t.Helper()
	err := chromedp.Run(ctx, chromedp.Evaluate(js, out, func(p *runtime.EvaluateParams) *runtime.EvaluateParams {
		return p.WithAwaitPromise(true)
	}))
	if err != nil {
		t.Fatalf("evaluating %.80q: %v", js, err)
	}
}

// waitFor polls the boolean expression js in ctx until it holds.
func extWaitFor(t *testing.T, ctx context.Context, what, js string) {
	t.Helper()
	for {
		var ok bool
		extEval(t, ctx, js, &ok)
		if ok {
			return
		}
		if err := extSleep(ctx, 50*time.Millisecond); err != nil {
			t.Fatalf("waiting for %s: %v", what, err)
		}
	}
}

// open navigates the tab to a test page and waits for its script to run.
func (b *extBrowser) open(t *testing.T, page string) {
	t.Helper()
	if err := chromedp.Run(b.ctx, chromedp.Navigate(b.srv.URL+"/"+page)); err != nil {
		t.Fatal(err)
	}
	extWaitFor(t, b.ctx, "the page's timer", `window.__ticks > 0`)
}

// tabTarget returns the target id of the tab showing the test page, which
// Extensions.triggerAction wants.
func (b *extBrowser) tabTarget(t *testing.T) string {
	t.Helper()
	c := chromedp.FromContext(b.ctx)
	infos, err := target.GetTargets().WithFilter(target.Filter{{Type: "tab"}}).Do(cdp.WithExecutor(b.ctx, c.Browser))
	if err != nil {
		t.Fatal(err)
	}
	for _, ti := range infos {
		if strings.HasPrefix(ti.URL, b.srv.URL) {
			return string(ti.TargetID)
		}
	}
	t.Fatalf("no tab target for %s", b.srv.URL)
	return ""
}

// click presses the extension's toolbar button on the test tab, closing
// the popup first if an earlier click left it open (a click on the button
// of an open popup would close it instead).
func (b *extBrowser) click(t *testing.T) {
	t.Helper()
	c := chromedp.FromContext(b.ctx)
	if p := b.popupTarget(t); p != nil {
		if err := target.CloseTarget(p.TargetID).Do(cdp.WithExecutor(b.ctx, c.Browser)); err != nil {
			t.Fatalf("closing the popup: %v", err)
		}
	}
	if err := extensions.TriggerAction(b.extID, b.tabTarget(t)).Do(cdp.WithExecutor(b.ctx, c.Browser)); err != nil {
		t.Fatalf("Extensions.triggerAction: %v", err)
	}
}

// popupTarget returns the open popup, or nil.
func (b *extBrowser) popupTarget(t *testing.T) *target.Info {
	t.Helper()
	infos, err := chromedp.Targets(b.ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, ti := range infos {
		if strings.HasPrefix(ti.URL, "chrome-extension://"+b.extID+"/popup.html") {
			return ti
		}
	}
	return nil
}

// openPopup waits for the popup to be open and its claims list filled, and
// returns a context on it; the test fails with "the popup never <verb>" if
// the browser goes first, or names list if the list stays empty.
func (b *extBrowser) openPopup(t *testing.T, verb, list string) (context.Context, context.CancelFunc) {
	t.Helper()
	for {
		if popup := b.popupTarget(t); popup != nil {
			pctx, cancel := chromedp.NewContext(b.ctx, chromedp.WithTargetID(popup.TargetID))
			extWaitFor(t, pctx, list, `document.querySelectorAll("#claims li").length > 0`)
			return pctx, cancel
		}
		if err := extSleep(b.ctx, 100*time.Millisecond); err != nil {
			t.Fatalf("the popup never %s: %v", verb, err)
		}
	}
}

// tabID returns the extension API's id of the test tab, asked from the
// service worker.
func (b *extBrowser) tabID(t *testing.T) int {
	t.Helper()
	var id int
	extEval(t, b.sw, `chrome.tabs.query({}).then(ts => ts.find(t => !t.url || t.url.startsWith(`+extJSON(b.srv.URL)+`)).id)`, &id)
	return id
}

func extJSON(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// analyzedText returns the text the content script built from the page
// and gave the engine, read from the content script's world.
func (b *extBrowser) analyzedText(t *testing.T) string {
	t.Helper()
	var text string
	extEval(t, b.sw, fmt.Sprintf(`chrome.scripting.executeScript({target: {tabId: %d}, func: () => globalThis.__claimlight.text()}).then(r => r[0].result)`, b.tabID(t)), &text)
	return text
}

// checkText checks that the analyzed text has every string of want and
// none of unwanted.
func (b *extBrowser) checkText(t *testing.T, want, unwanted []string) {
	t.Helper()
	text := b.analyzedText(t)
	for _, w := range want {
		if !strings.Contains(text, w) {
			t.Errorf("the analyzed text misses %q:\n%s", w, text)
		}
	}
	for _, u := range unwanted {
		if strings.Contains(text, u) {
			t.Errorf("the analyzed text has %q, which is not article text:\n%s", u, text)
		}
	}
}

// highlights reads the page's highlight registry from the page's own
// (main) world: name -> text of each range.
func (b *extBrowser) highlights(t *testing.T) map[string][]string {
	t.Helper()
	var h map[string][]string
	extEval(t, b.ctx, `(() => {
		const out = {};
		for (const [name, hl] of CSS.highlights) out[name] = [...hl].map(r => r.toString());
		return out;
	})()`, &h)
	return h
}

func (b *extBrowser) outerHTML(t *testing.T) string {
	t.Helper()
	var s string
	extEval(t, b.ctx, `document.documentElement.outerHTML`, &s)
	return s
}

func (b *extBrowser) screenshot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	var buf []byte
	if err := chromedp.Run(ctx, chromedp.FullScreenshot(&buf, 100)); err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	if err := os.WriteFile(filepath.Join(b.shots, name), buf, 0o644); err != nil {
		t.Fatal(err)
	}
}

// local reports whether u is the test server, the extension's own files,
// or inline data.
func (b *extBrowser) local(u string) bool {
	return strings.HasPrefix(u, b.srv.URL+"/") || strings.HasPrefix(u, "chrome-extension://"+b.extID+"/") ||
		strings.HasPrefix(u, "data:") || u == "about:blank"
}

// checkLocal fails the test if the browser asked for anything but local
// files, as seen by Network events (page and service worker) and by Fetch
// interception (page).
func (b *extBrowser) checkLocal(t *testing.T) {
	t.Helper()
	b.reqs.mu.Lock()
	browser, intercepted := slices.Clone(b.reqs.browser), slices.Clone(b.reqs.intercepted)
	b.reqs.mu.Unlock()
	// The listeners must have seen the pages and the worker loading the
	// engine, or the check below proves nothing.
	for _, want := range []struct {
		list []string
		url  string
	}{
		{browser, b.srv.URL + "/csp.html"},
		{browser, "chrome-extension://" + b.extID + "/claimlight.wasm"},
		{intercepted, b.srv.URL + "/page.js"},
	} {
		if !slices.Contains(want.list, want.url) {
			t.Errorf("the request log misses %s: the listeners are not working", want.url)
		}
	}
	for _, u := range append(browser, intercepted...) {
		if !b.local(u) {
			t.Errorf("a request left the machine's test server: %s", u)
		}
	}
}

func extContains(list []string, sub string) bool {
	for _, s := range list {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// TestExtension drives the built extension through the pages in
// testdata/extension with one browser.
func TestExtension(t *testing.T) {
	b := startExtBrowser(t)

	for _, page := range []string{"article.html", "csp.html"} {
		t.Run(page, func(t *testing.T) { extCheckArticle(t, b, page) })
	}
	t.Run("selection", func(t *testing.T) { extCheckSelection(t, b) })
	t.Run("density", func(t *testing.T) { extCheckDensity(t, b) })
	t.Run("popup", func(t *testing.T) { extCheckPopup(t, b) })
	t.Run("popup one sentence", func(t *testing.T) { extCheckPopupOneSentence(t, b) })
	t.Run("popup thousands", func(t *testing.T) { extCheckPopupThousands(t, b) })
	t.Run("table", func(t *testing.T) { extCheckTable(t, b) })
	t.Run("not English", func(t *testing.T) {
		// A German page: the summary the popup shows says the highlights
		// are unreliable; the English article's did not.
		b.open(t, "german.html")
		var notEnglish bool
		extEval(t, b.sw, fmt.Sprintf(`highlightTab(%d).then((s) => s.notEnglish)`, b.tabID(t)), &notEnglish)
		if !notEnglish {
			t.Error("the summary of a German page does not say it is not English")
		}
	})
	t.Run("large", func(t *testing.T) {
		// The engine in the worker on about 100 KB of news text (timing is
		// logged, not judged).
		var r struct {
			Sentences, Spans int
			Ms               float64
		}
		extEval(t, b.sw, `(async () => {
			const para = "The regional council on Tuesday approved a flood defence plan worth €35 billion, the largest in the province's history. “We cannot wait,” said Ines Varga. Costs rose by 12 percent since 2024 because of steel prices.\n\n";
			const text = para.repeat(Math.ceil(100000 / para.length));
			const t0 = performance.now();
			const res = await analyze(text);
			return {Sentences: res.sentences.length, Spans: res.spans.length, Ms: performance.now() - t0};
		})()`, &r)
		if r.Sentences < 1000 || r.Spans < 1000 {
			t.Errorf("100 KB gave %d sentences and %d spans", r.Sentences, r.Spans)
		}
		t.Logf("worker engine on 100 KB: %d sentences, %d spans, %.0f ms", r.Sentences, r.Spans, r.Ms)
	})
	b.checkLocal(t)
	server, _ := b.reqs.snapshot()
	for _, p := range server {
		if !slices.Contains([]string{"/article.html", "/csp.html", "/frame.html", "/page.js", "/page.css", "/plain.html", "/german.html", "/table.html", "/favicon.ico"}, p) {
			t.Errorf("the test server was asked for %s, which no test page refers to", p)
		}
	}
}

// extCheckArticle: the toolbar button highlights the article's claims,
// leaves the DOM, the page's scripts, the comments, the iframe and the
// hidden text alone, shows a tooltip on hover, and the shortcut's toggle
// clears it all.
func extCheckArticle(t *testing.T, b *extBrowser, page string) {
	b.open(t, page)
	before := b.outerHTML(t)
	var ticks0 int
	extEval(t, b.ctx, `window.__ticks`, &ticks0)

	b.click(t)
	extWaitFor(t, b.ctx, "highlights", `CSS.highlights.size > 0`)
	h := b.highlights(t)
	t.Logf("%s: highlights %v", page, h)
	var first map[string]float64
	extEval(t, b.sw, fmt.Sprintf(`lastTimings.get(%d)`, b.tabID(t)), &first)
	t.Logf("%s: first highlight through the toolbar button, ms: %v", page, first)
	b.checkText(t, []string{
		"Harbour council approves flood plan\n\nBy Mira Olsen",
		"worth €35 billion, the largest",
		"said Ines Varga, the council's chair.\n\nOfficials said",
		"The meeting ended shortly after nine",
	}, []string{"Harbour Ledger", "News", "Weather", "Comments", "€80 billion", "3,000 homes", "€99 billion", "5,000 jobs", "ferry", "45 reporters", "70 percent", "Like"})

	// Exact ranges: across <strong><em>, and after an emoji (two UTF-16
	// units, four UTF-8 bytes) in the same paragraph.
	if !slices.Contains(h["cl-money"], "€35 billion") {
		t.Errorf("cl-money has no range of exactly €35 billion (its markup spans <strong><em>): %q", h["cl-money"])
	}
	if !slices.Contains(h["cl-quantity"], "nearly 900 people") && !slices.Contains(h["cl-quantity"], "900 people") {
		t.Errorf("cl-quantity has no range of exactly (nearly) 900 people, after the emoji: %q", h["cl-quantity"])
	}
	if !slices.Contains(h["cl-speaker"], "Ines Varga") {
		t.Errorf("cl-speaker has no range of exactly Ines Varga (across <a><em>): %q", h["cl-speaker"])
	}
	// Names are context, not claims: off until turned on, as in the page.
	for _, k := range []string{"cl-person", "cl-org", "cl-place"} {
		if len(h[k]) > 0 {
			t.Errorf("%s is painted by default: %q", k, h[k])
		}
	}
	if !extContains(h["cl-quote"], "We cannot wait for the next storm") {
		t.Errorf("cl-quote does not cover the quote: %q", h["cl-quote"])
	}
	if bands := append(h["cl-band-claim"], h["cl-band-strong"]...); !extContains(bands, "€35 billion") {
		t.Errorf("the €35 billion sentence is not shaded as a claim: %q", bands)
	}
	// The shades follow the page's rule (strong from 0.9, session 29): a
	// claim that scores between the threshold and 0.9 is a plain claim.
	// Before, the extension shaded strong from the middle of the scale
	// above the threshold (0.625 at the model's 0.25), and this sentence, at 0.79, was
	// strong in the extension and a plain claim in the page.
	var petition struct{ Score, Threshold float64 }
	extEval(t, b.sw, `(async () => {
		const text = `+extJSON(b.analyzedText(t))+`, r = await analyze(text), at = text.indexOf("nearly 900 people");
		const s = r.sentences.find((s) => s.start <= at && at < s.end);
		return {score: s.score, threshold: r.threshold};
	})()`, &petition)
	if petition.Score < petition.Threshold || petition.Score >= 0.9 {
		t.Fatalf("the petition's sentence scores %.3f (threshold %.2f): pick a sentence of the fixture between the threshold and 0.9", petition.Score, petition.Threshold)
	}
	if !extContains(h["cl-band-claim"], "nearly 900 people") || extContains(h["cl-band-strong"], "nearly 900 people") {
		t.Errorf("the petition's sentence, at %.3f (threshold %.2f, strong from 0.9), is not in the claim band alone: claim %q, strong %q",
			petition.Score, petition.Threshold, h["cl-band-claim"], h["cl-band-strong"])
	}
	if !extContains(h["cl-band-strong"], "€35 billion") {
		t.Errorf("the €35 billion sentence (0.97 in the CLI) is not in the strong band: %q", h["cl-band-strong"])
	}
	for name, texts := range h {
		for _, s := range texts {
			for _, bad := range []string{"€80 billion", "3,000 homes", "€99 billion", "€19", "45 reporters", "70 percent", "40% chance", "5,000 jobs"} {
				if strings.Contains(s, bad) {
					t.Errorf("%s highlights %q, from outside the article text (comments, ad, hidden, footer, nav or iframe)", name, s)
				}
			}
		}
	}
	// Every range lies inside the article and outside its comments.
	var stray []string
	extEval(t, b.ctx, `(() => {
		const out = [];
		const story = document.getElementById("story"), comments = document.getElementById("comments");
		for (const [name, hl] of CSS.highlights) for (const r of hl) {
			const n = r.commonAncestorContainer;
			if (!story.contains(n) || comments.contains(n)) out.push(name + ": " + r.toString());
		}
		return out;
	})()`, &stray)
	if len(stray) > 0 {
		t.Errorf("highlights outside the article or inside its comments: %q", stray)
	}
	var frameHighlights int
	extEval(t, b.ctx, `document.getElementById("frame").contentWindow.CSS.highlights.size`, &frameHighlights)
	if frameHighlights != 0 {
		t.Errorf("the iframe got %d highlights", frameHighlights)
	}

	if after := b.outerHTML(t); after != before {
		t.Errorf("highlighting changed the page's DOM:\nbefore %d bytes, after %d bytes", len(before), len(after))
	}

	// The page's own scripts still run.
	extWaitFor(t, b.ctx, "the page's timer to keep ticking", fmt.Sprintf(`window.__ticks > %d`, ticks0+5))
	if err := chromedp.Run(b.ctx, chromedp.Click("#like", chromedp.ByID)); err != nil {
		t.Fatal(err)
	}
	var clicks int
	extEval(t, b.ctx, `window.__clicks`, &clicks)
	if clicks != 1 {
		t.Errorf("the page's click handler ran %d times, want 1", clicks)
	}

	// Hovering the €35 billion shows a tooltip; moving away removes it.
	var pt struct{ X, Y float64 }
	extEval(t, b.ctx, `(() => {
		for (const r of CSS.highlights.get("cl-money")) if (r.toString().includes("€35")) {
			r.startContainer.parentElement.scrollIntoView({block: "center"});
			const q = r.getClientRects()[0];
			return {X: q.left + q.width / 2, Y: q.top + q.height / 2};
		}
	})()`, &pt)
	children := `document.documentElement.childElementCount`
	var n0 int
	extEval(t, b.ctx, children, &n0)
	if err := chromedp.Run(b.ctx, chromedp.MouseEvent("mouseMoved", pt.X, pt.Y)); err != nil {
		t.Fatal(err)
	}
	extWaitFor(t, b.ctx, "the tooltip", fmt.Sprintf(`%s === %d`, children, n0+1))
	b.screenshot(t, b.ctx, "extension-"+strings.TrimSuffix(page, ".html")+".png")
	if err := chromedp.Run(b.ctx, chromedp.MouseEvent("mouseMoved", 2, 2)); err != nil {
		t.Fatal(err)
	}
	extWaitFor(t, b.ctx, "the tooltip to go", fmt.Sprintf(`%s === %d`, children, n0))
	if err := chromedp.Run(b.ctx, chromedp.Evaluate(`window.scrollTo(0, 0)`, nil)); err != nil {
		t.Fatal(err)
	}
	if after := b.outerHTML(t); after != before {
		t.Errorf("the page's DOM differs after the tooltip went away")
	}

	// A second activation (the keyboard shortcut and the page's context
	// menu entry call toggleTab) clears everything.
	var res any
	extEval(t, b.sw, fmt.Sprintf(`toggleTab(%d)`, b.tabID(t)), &res)
	if res != nil {
		t.Errorf("toggleTab on a highlighted tab returned %v, want null (cleared)", res)
	}
	if h := b.highlights(t); len(h) != 0 {
		t.Errorf("after clearing, the page still has highlights %v", h)
	}
	var sheets int
	extEval(t, b.ctx, `document.adoptedStyleSheets.length`, &sheets)
	if sheets != 0 {
		t.Errorf("after clearing, the page still has %d adopted stylesheets", sheets)
	}
	if after := b.outerHTML(t); after != before {
		t.Errorf("the page's DOM differs after clearing")
	}
	// And the toggle highlights again.
	var again struct {
		Claims int
		Ms     map[string]float64
	}
	extEval(t, b.sw, fmt.Sprintf(`toggleTab(%d).then(s => ({Claims: s.claims.length, Ms: s.ms}))`, b.tabID(t)), &again)
	if again.Claims < 1 {
		t.Errorf("toggleTab on a clean tab found %d claims, want some", again.Claims)
	}
	t.Logf("%s: warm highlight, ms: %v", page, again.Ms)
	extEval(t, b.sw, fmt.Sprintf(`clearTab(%d)`, b.tabID(t)), &res)
}

// extHighlightPercentSelection highlights the open article, selects its
// paragraph "p-percent" and highlights the selection alone, as "Highlight
// claims in the selection" does; it returns the selection's sentences.
func extHighlightPercentSelection(t *testing.T, b *extBrowser) int {
	b.click(t) // grants activeTab, as the context menu click would
	extWaitFor(t, b.ctx, "highlights", `CSS.highlights.size > 0`)
	extEval(t, b.ctx, `(() => {
		const r = document.createRange();
		r.selectNodeContents(document.getElementById("p-percent"));
		getSelection().removeAllRanges();
		getSelection().addRange(r);
		return true;
	})()`, new(bool))
	var n int
	extEval(t, b.sw, fmt.Sprintf(`highlightTab(%d, {selection: true}).then(s => s.sentences)`, b.tabID(t)), &n)
	return n
}

// extCheckSelection: "Highlight claims in the selection" paints only what
// is selected.
func extCheckSelection(t *testing.T, b *extBrowser) {
	b.open(t, "article.html")
	before := b.outerHTML(t)
	n := extHighlightPercentSelection(t, b)
	if n < 1 {
		t.Fatalf("the selection gave %d sentences", n)
	}
	h := b.highlights(t)
	t.Logf("selection: highlights %v", h)
	if len(h) == 0 {
		t.Fatal("no highlights from the selection")
	}
	var outside []string
	extEval(t, b.ctx, `(() => {
		const p = document.getElementById("p-percent"), out = [];
		for (const [name, hl] of CSS.highlights) for (const r of hl) if (!p.contains(r.commonAncestorContainer)) out.push(name + ": " + r.toString());
		return out;
	})()`, &outside)
	if len(outside) > 0 {
		t.Errorf("selection mode highlighted outside the selection: %q", outside)
	}
	if !extContains(h["cl-percent"], "12 percent") {
		t.Errorf("cl-percent does not cover 12 percent: %q", h["cl-percent"])
	}
	if after := b.outerHTML(t); after != before {
		t.Errorf("selection highlighting changed the page's DOM")
	}
	// A selection that starts and ends inside text nodes: offsets in the
	// first node count from the selection's start.
	extEval(t, b.ctx, `(() => {
		const p = document.getElementById("p-money"), q = document.getElementById("p-quote");
		const first = p.firstChild, last = q.lastChild; // "The regional council on Tuesday approved a " and ", the council's chair."
		const r = document.createRange();
		r.setStart(first, first.data.indexOf("council"));
		r.setEnd(last, last.data.indexOf("council"));
		getSelection().removeAllRanges();
		getSelection().addRange(r);
		return true;
	})()`, new(bool))
	extEval(t, b.sw, fmt.Sprintf(`highlightTab(%d, {selection: true}).then(s => s.sentences)`, b.tabID(t)), &n)
	h = b.highlights(t)
	for kind, want := range map[string]string{"cl-date": "on Tuesday", "cl-money": "€35 billion", "cl-speaker": "Ines Varga"} {
		if !slices.Contains(h[kind], want) {
			t.Errorf("partial selection: %s has no range of exactly %q: %q", kind, want, h[kind])
		}
	}
	if text := b.analyzedText(t); !strings.HasPrefix(text, "council on Tuesday approved") || !strings.HasSuffix(text, "Ines Varga, the ") {
		t.Errorf("partial selection: analyzed text %q", text)
	}

	// A selection that runs into the comments reads them: the person asked
	// for it.
	extEval(t, b.ctx, `(() => {
		const r = document.createRange();
		r.setStartBefore(document.getElementById("p-plain"));
		r.setEndAfter(document.getElementById("c-1"));
		getSelection().removeAllRanges();
		getSelection().addRange(r);
		return true;
	})()`, new(bool))
	extEval(t, b.sw, fmt.Sprintf(`highlightTab(%d, {selection: true}).then(s => s.sentences)`, b.tabID(t)), &n)
	if h := b.highlights(t); !slices.Contains(h["cl-money"], "€80 billion") {
		t.Errorf("a selected comment was not analyzed: %v", h)
	}
	var res any
	extEval(t, b.sw, fmt.Sprintf(`clearTab(%d)`, b.tabID(t)), &res)
}

// extCheckPopup: the popup the toolbar button opens lists the claims, and
// its legend switches a kind off on the page.
func extCheckPopup(t *testing.T, b *extBrowser) {
	b.open(t, "article.html")
	b.click(t)
	extWaitFor(t, b.ctx, "highlights", `CSS.highlights.has("cl-money")`)

	pctx, cancel := b.openPopup(t, "opened", "the claims list")
	defer cancel()
	var list []string
	extEval(t, pctx, `[...document.querySelectorAll("#claims li")].map(li => li.textContent)`, &list)
	if !extContains(list, "€35 billion") {
		t.Errorf("the popup's claims list misses the €35 billion claim: %q", list)
	}
	// A claim's types are labels of their own, as on the page, not words
	// run into its reasons ("quantity · quantity: €35 billion").
	var types struct {
		Chips []string
		Line  string
	}
	extEval(t, pctx, `(() => {
		const li = [...document.querySelectorAll("#claims li")].find((li) => li.textContent.includes("€35 billion"));
		return {chips: [...li.querySelectorAll(".type")].map((e) => e.textContent), line: li.querySelector(".types").textContent};
	})()`, &types)
	if !slices.Equal(types.Chips, []string{"quantity"}) || !strings.HasPrefix(types.Line, "quantity quantity: €35 billion · ") {
		t.Errorf("the €35 billion claim's types are %q in the line %q, want the label quantity before its reasons", types.Chips, types.Line)
	}
	var status string
	extEval(t, pctx, `document.getElementById("status").textContent`, &status)
	t.Logf("popup: %s; %d claims", status, len(list))
	var shot []byte
	if err := chromedp.Run(pctx, chromedp.CaptureScreenshot(&shot)); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(b.shots, "extension-popup.png"), shot, 0o644); err != nil {
		t.Fatal(err)
	}

	// A claim in the list scrolls the page to it and flashes it.
	extEval(t, pctx, `document.querySelector("#claims li button").click(), true`, new(bool))
	extWaitFor(t, b.ctx, "the focus flash", `CSS.highlights.has("cl-focus")`)

	// Switch money off in the legend: the page loses its money highlights.
	extEval(t, pctx, `(() => { const box = document.querySelector('input[data-kind="money"]'); box.click(); return box.checked; })()`, new(bool))
	extWaitFor(t, b.ctx, "money highlights to go", `!CSS.highlights.has("cl-money") && CSS.highlights.has("cl-band-strong")`)
	// And back on, so the setting does not leak into other runs.
	extEval(t, pctx, `document.querySelector('input[data-kind="money"]').click(), true`, new(bool))
	extWaitFor(t, b.ctx, "money highlights to return", `CSS.highlights.has("cl-money")`)

	// Moving the threshold slider to 100% leaves fewer shaded sentences,
	// and the "model" button brings the model's threshold back.
	bands := `["cl-band-claim", "cl-band-strong"].reduce((n, k) => n + (CSS.highlights.has(k) ? CSS.highlights.get(k).size : 0), 0)`
	var shaded int
	extEval(t, b.ctx, bands, &shaded)
	if shaded < 2 {
		t.Fatalf("only %d sentences shaded as claims on the article", shaded)
	}
	extEval(t, pctx, `(() => { const s = document.getElementById("threshold"); s.value = 1; s.dispatchEvent(new Event("change")); return true; })()`, new(bool))
	extWaitFor(t, b.ctx, "claims under the threshold to go", fmt.Sprintf(`%s < %d`, bands, shaded))
	extEval(t, pctx, `document.getElementById("threshold-reset").click(), true`, new(bool))
	extWaitFor(t, b.ctx, "claims to return", fmt.Sprintf(`%s === %d`, bands, shaded))

	// Pressing the button again reopens the popup on the highlighted page:
	// the highlights stay, and Clear has the focus, so Enter clears.
	b.click(t)
	pctx2, cancel2 := b.openPopup(t, "reopened", "the reopened popup's list")
	defer cancel2()
	var focused string
	extEval(t, pctx2, `document.activeElement ? document.activeElement.id : ""`, &focused)
	if focused != "clear" {
		t.Errorf("the reopened popup focuses %q, want the Clear button", focused)
	}
	var n int
	extEval(t, b.ctx, `CSS.highlights.size`, &n)
	if n == 0 {
		t.Errorf("reopening the popup cleared the page")
	}
	if err := chromedp.Run(pctx2, chromedp.KeyEvent("\r")); err != nil {
		t.Fatal(err)
	}
	extWaitFor(t, b.ctx, "Enter on Clear to clear the page", `CSS.highlights.size === 0`)
}

// extCheckDensity: on a page with no article, main or role=main, the
// article is the block with the most paragraph text; the link column
// beside it stays clean. The page is dark, so the dark highlight colours
// are the ones adopted.
func extCheckDensity(t *testing.T, b *extBrowser) {
	b.open(t, "plain.html")
	before := b.outerHTML(t)
	b.click(t)
	extWaitFor(t, b.ctx, "highlights", `CSS.highlights.size > 0`)
	h := b.highlights(t)
	t.Logf("density: highlights %v", h)
	b.checkText(t, []string{"Rail fares to rise 4.9% in March\n\nRegulated rail fares", "cost £4,120, up from £3,927", "by a fifth by 2028."},
		[]string{"Night Desk", "Markets", "Opinion", "80% chance", "Like"})
	if !extContains(h["cl-money"], "£4,120") {
		t.Errorf("cl-money does not cover £4,120: %q", h["cl-money"])
	}
	if !extContains(h["cl-quote"], "Passengers are paying more") {
		t.Errorf("cl-quote does not cover the quote: %q", h["cl-quote"])
	}
	var stray []string
	extEval(t, b.ctx, `(() => {
		const main = document.querySelector(".col-main"), out = [];
		for (const [name, hl] of CSS.highlights) for (const r of hl) if (!main.contains(r.commonAncestorContainer)) out.push(name + ": " + r.toString());
		return out;
	})()`, &stray)
	if len(stray) > 0 {
		t.Errorf("highlights outside the main column: %q", stray)
	}
	dark, err := os.ReadFile(filepath.Join(siteDist(t), "extension", "highlight-dark.css"))
	if err != nil {
		t.Fatal(err)
	}
	var same bool
	extEval(t, b.ctx, `(() => {
		const want = new CSSStyleSheet();
		want.replaceSync(`+extJSON(string(dark))+`);
		const text = (s) => [...s.cssRules].map(r => r.cssText).join("\n");
		return document.adoptedStyleSheets.length === 1 && text(document.adoptedStyleSheets[0]) === text(want);
	})()`, &same)
	if !same {
		t.Errorf("the dark page did not get highlight-dark.css")
	}
	b.screenshot(t, b.ctx, "extension-dark.png")
	var res any
	extEval(t, b.sw, fmt.Sprintf(`clearTab(%d)`, b.tabID(t)), &res)
	if after := b.outerHTML(t); after != before {
		t.Errorf("the page's DOM differs after highlighting and clearing")
	}
}

// extCheckPopupOneSentence: the popup's status line on a selection of
// one sentence reads "in 1 sentence", not "in 1 sentences".
func extCheckPopupOneSentence(t *testing.T, b *extBrowser) {
	b.open(t, "article.html")
	n := extHighlightPercentSelection(t, b)
	if n != 1 {
		t.Fatalf("the selection of one sentence gave %d sentences", n)
	}
	b.click(t)
	pctx, cancel := b.openPopup(t, "opened", "the claims list")
	defer cancel()
	var status string
	extEval(t, pctx, `document.getElementById("status").textContent`, &status)
	if status != "1 check-worthy claim in 1 sentence of the selection." {
		t.Errorf("the popup on a one-sentence selection says %q, want \"1 check-worthy claim in 1 sentence of the selection.\"", status)
	}
	var res any
	extEval(t, b.sw, fmt.Sprintf(`clearTab(%d)`, b.tabID(t)), &res)
}

// extCheckPopupThousands: on a long page the popup writes its counts as
// the line under it writes the characters read ("1,200 check-worthy
// claims in 1,206 sentences", "percent 1,200"), not "1200" beside
// "71,234 characters".
func extCheckPopupThousands(t *testing.T, b *extBrowser) {
	b.open(t, "article.html")
	extEval(t, b.ctx, `(() => { const a = document.getElementById("story");
		for (let i = 0; i < 1200; i++) { const p = document.createElement("p"); p.textContent = "Prices rose 4% in May, the agency said."; a.append(p); }
		return true; })()`, new(bool))
	b.click(t)
	pctx, cancel := b.openPopup(t, "opened", "the claims list")
	defer cancel()
	var got struct{ Status, Percent string }
	extEval(t, pctx, `({status: document.getElementById("status").textContent,
		percent: document.querySelector('input[data-kind="percent"]').parentNode.querySelector(".count").textContent})`, &got)
	if !regexp.MustCompile(`^1,2\d\d check-worthy claims in 1,2\d\d sentences\.$`).MatchString(got.Status) || !regexp.MustCompile(`^1,2\d\d$`).MatchString(got.Percent) {
		t.Errorf("the popup on a page of 1,200 claims says %q and counts percent %q; want the thousands grouped (\"1,2…\")", got.Status, got.Percent)
	}
	var res any
	extEval(t, b.sw, fmt.Sprintf(`clearTab(%d)`, b.tabID(t)), &res)
}

// extCheckTable: a table's row is read as one line, its cells apart with
// a tab as the page's paste reads them, so the engine sees the row
// "Adult social care	£3.1m" and not two paragraphs "Adult social care"
// and "£3.1m", and the row is shaded as a claim whole; a list's items are
// lines too.
func extCheckTable(t *testing.T, b *extBrowser) {
	b.open(t, "table.html")
	before := b.outerHTML(t)
	b.click(t)
	extWaitFor(t, b.ctx, "highlights", `CSS.highlights.has("cl-money")`)
	text := b.analyzedText(t)
	// A cell's paragraphs (<td><p>£1.4m</p>, as word processors write
	// them) keep the row one line, apart by a space: they cut it into a
	// paragraph a cell ("Waste\n\nand recycling\n\n£1.4m").
	if want := "Savings proposed\nService\tSaving\nAdult social care\t£3.1m\nLibraries\t£0.62m\nWaste and recycling\t£1.4m\n\n"; !strings.Contains(text, want) {
		t.Errorf("the table is read as %q, want its rows as lines and its cells apart by tabs: %q", text, want)
	}
	h := b.highlights(t)
	shaded := append(h["cl-band-claim"], h["cl-band-strong"]...)
	if !slices.ContainsFunc(shaded, func(s string) bool { return strings.Contains(s, "Adult social care") && strings.Contains(s, "£3.1m") }) {
		t.Errorf("no claim shading covers the row “Adult social care £3.1m”: %q", shaded)
	}
	// A list's items are lines of one paragraph, as a browser copies
	// them: read as paragraphs of their own, "Care at home: 29%" was a
	// short heading and no claim.
	if want := "Where the money went\n\nInpatient care: 41%\nCare at home: 29%\nFundraising: 9%\n\nOnly 18%"; !strings.Contains(text, want) {
		t.Errorf("the list is read as %q, want its items as lines: %q", text, want)
	}
	if !slices.Contains(shaded, "Care at home: 29%") {
		t.Errorf("the list item “Care at home: 29%%” is not shaded as a claim: %q", shaded)
	}
	b.screenshot(t, b.ctx, "extension-table.png")
	if after := b.outerHTML(t); after != before {
		t.Errorf("highlighting the table changed the page's DOM")
	}
	var res any
	extEval(t, b.sw, fmt.Sprintf(`clearTab(%d)`, b.tabID(t)), &res)
}
