//go:build e2e && firefox

package e2e

// A smoke test of the Firefox build of the extension in headless Firefox,
// driven over WebDriver BiDi (built into Firefox; no geckodriver). It is
// not part of `make test`, because CI machines have no Firefox; run it with
//
//	apt-get install firefox-esr
//	go test -tags 'e2e firefox' -run TestExtensionFirefox -v ./e2e/
//
// Headless Firefox has no toolbar button to press, BiDi cannot press one
// nor open the extension's pages, so activeTab is never granted. This test
// therefore loads a copy of dist/extension-firefox whose manifest also asks
// for the test server's host (a permission the shipped build does not
// have) and whose event page has one more script, firefoxTrigger, that
// calls the same highlightTab and clearTab the popup calls when a test
// page's URL gets "#go" or "#clear". What it shows: Firefox accepts the manifest, the event page starts the Go engine
// under the extension CSP, and the content script finds the article and
// paints it with the CSS Custom Highlight API, also on a page with a
// strict CSP, without changing the page's DOM.

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gobwas/ws"
	"github.com/gobwas/ws/wsutil"
)

// bidi is a minimal WebDriver BiDi client: commands and their answers;
// events are dropped.
type bidi struct {
	conn    net.Conn
	r       io.Reader
	mu      sync.Mutex
	next    int
	waiting map[int]chan json.RawMessage
	done    chan struct{}
}

type bidiAnswer struct {
	Type    string          `json:"type"`
	ID      int             `json:"id"`
	Result  json.RawMessage `json:"result"`
	Error   string          `json:"error"`
	Message string          `json:"message"`
}

func dialBidi(ctx context.Context, url string) (*bidi, error) {
	conn, br, _, err := ws.Dial(ctx, url)
	if err != nil {
		return nil, err
	}
	b := &bidi{conn: conn, r: conn, waiting: map[int]chan json.RawMessage{}, done: make(chan struct{})}
	if br != nil {
		b.r = io.MultiReader(br, conn)
	}
	go b.read()
	return b, nil
}

func (b *bidi) read() {
	defer close(b.done)
	rw := struct {
		io.Reader
		io.Writer
	}{b.r, b.conn}
	for {
		msg, err := wsutil.ReadServerText(rw)
		if err != nil {
			return
		}
		var a bidiAnswer
		if json.Unmarshal(msg, &a) != nil || a.Type == "event" {
			continue
		}
		b.mu.Lock()
		ch := b.waiting[a.ID]
		delete(b.waiting, a.ID)
		b.mu.Unlock()
		if ch != nil {
			ch <- msg
		}
	}
}

// call sends a command and decodes its result into out.
func (b *bidi) call(ctx context.Context, method string, params any, out any) error {
	b.mu.Lock()
	b.next++
	id := b.next
	ch := make(chan json.RawMessage, 1)
	b.waiting[id] = ch
	b.mu.Unlock()
	msg, _ := json.Marshal(map[string]any{"id": id, "method": method, "params": params})
	if err := wsutil.WriteClientText(b.conn, msg); err != nil {
		return err
	}
	select {
	case <-ctx.Done():
		return fmt.Errorf("%s: %w", method, ctx.Err())
	case <-b.done:
		return fmt.Errorf("%s: connection closed", method)
	case raw := <-ch:
		var a bidiAnswer
		if err := json.Unmarshal(raw, &a); err != nil {
			return err
		}
		if a.Type == "error" {
			return fmt.Errorf("%s: %s: %s", method, a.Error, a.Message)
		}
		if out != nil {
			return json.Unmarshal(a.Result, out)
		}
		return nil
	}
}

// eval evaluates a JavaScript expression in a browsing context, awaiting
// a promise, and decodes its JSON-serialized value into out.
func (b *bidi) eval(ctx context.Context, context, expr string, out any) error {
	var r struct {
		Type             string                          `json:"type"`
		Result           struct{ Value json.RawMessage } `json:"result"`
		ExceptionDetails *struct {
			Text string `json:"text"`
		} `json:"exceptionDetails"`
	}
	err := b.call(ctx, "script.evaluate", map[string]any{
		"expression":   "(async () => JSON.stringify(await (" + expr + ")))()",
		"target":       map[string]any{"context": context},
		"awaitPromise": true,
	}, &r)
	if err != nil {
		return err
	}
	if r.ExceptionDetails != nil {
		return fmt.Errorf("script exception: %s", r.ExceptionDetails.Text)
	}
	var s string
	if err := json.Unmarshal(r.Result.Value, &s); err != nil {
		return fmt.Errorf("result %s: %v", r.Result.Value, err)
	}
	return json.Unmarshal([]byte(s), out)
}

func (b *bidi) navigate(ctx context.Context, context, url string) error {
	return b.call(ctx, "browsingContext.navigate", map[string]any{"context": context, "url": url, "wait": "complete"}, nil)
}

// firefoxExtension copies the Firefox build and adds the test server's
// host to its manifest (see the file comment).
func firefoxExtension(t *testing.T, dist string) string {
	t.Helper()
	src := filepath.Join(dist, "extension-firefox")
	dst := filepath.Join(t.TempDir(), "extension-firefox")
	err := filepath.WalkDir(src, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	mp := filepath.Join(dst, "manifest.json")
	b, err := os.ReadFile(mp)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	m["host_permissions"] = []string{"http://127.0.0.1/*"}
	bg := m["background"].(map[string]any)
	bg["scripts"] = append(bg["scripts"].([]any), "test-trigger.js")
	if err := os.WriteFile(filepath.Join(dst, "test-trigger.js"), []byte(firefoxTrigger), 0o644); err != nil {
		t.Fatal(err)
	}
	b, _ = json.MarshalIndent(m, "", "  ")
	if err := os.WriteFile(mp, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return dst
}

// firefoxTrigger is the test copy's extra background script.
const firefoxTrigger = `"use strict";
chrome.tabs.onUpdated.addListener((tabId, change, tab) => {
  if (!tab.url || !tab.url.startsWith("http://127.0.0.1:")) return;
  if (change.url && change.url.endsWith("#clear")) {
    clearTab(tabId).catch((e) => console.error("claimlight test:", e));
  } else if (change.url && change.url.endsWith("#go")) {
    highlightTab(tabId).catch((e) => console.error("claimlight test:", e));
  }
});
`

func TestExtensionFirefox(t *testing.T) {
	ffPath, err := exec.LookPath("firefox")
	if err != nil {
		t.Fatal("this test needs Firefox (apt-get install firefox-esr)")
	}
	dist := siteDist(t)
	const uuid = "3c1d9a52-7e0b-4c55-9a59-2f1b8e6d4a10"
	ext := firefoxExtension(t, dist)
	reqs := &extRequests{}
	srv := extServer(t, reqs)

	profile := t.TempDir()
	prefs := fmt.Sprintf(`user_pref("extensions.webextensions.uuids", %q);
user_pref("browser.shell.checkDefaultBrowser", false);
user_pref("datareporting.policy.dataSubmissionEnabled", false);
user_pref("toolkit.telemetry.enabled", false);
user_pref("app.update.enabled", false);
user_pref("extensions.update.enabled", false);
`, fmt.Sprintf(`{"claimlight@claimlight.github.io":"%s"}`, uuid))
	if err := os.WriteFile(filepath.Join(profile, "user.js"), []byte(prefs), 0o644); err != nil {
		t.Fatal(err)
	}

	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	cmd := exec.Command(ffPath, "--headless", "--no-remote", "--profile", profile, "--remote-debugging-port", "0", "about:blank")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stdout = io.Discard
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() {
		cmd.Process.Kill()
		cmd.Wait()
	}()
	wsURL := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stderr)
		re := regexp.MustCompile(`WebDriver BiDi listening on (ws://\S+)`)
		for sc.Scan() {
			if m := re.FindStringSubmatch(sc.Text()); m != nil {
				wsURL <- m[1]
			}
		}
	}()
	var url string
	select {
	case url = <-wsURL:
	case <-ctx.Done():
		t.Fatal("Firefox did not start its WebDriver BiDi server")
	}
	b, err := dialBidi(ctx, url+"/session")
	if err != nil {
		t.Fatal(err)
	}
	var session struct {
		Capabilities struct {
			BrowserVersion string `json:"browserVersion"`
		} `json:"capabilities"`
	}
	if err := b.call(ctx, "session.new", map[string]any{"capabilities": map[string]any{}}, &session); err != nil {
		t.Fatal(err)
	}
	t.Logf("Firefox %s", session.Capabilities.BrowserVersion)
	var installed struct{ Extension string }
	if err := b.call(ctx, "webExtension.install", map[string]any{"extensionData": map[string]any{"type": "path", "path": ext}}, &installed); err != nil {
		t.Fatalf("Firefox refused the extension: %v", err)
	}
	t.Logf("installed %s", installed.Extension)

	var tree struct {
		Contexts []struct{ Context string } `json:"contexts"`
	}
	if err := b.call(ctx, "browsingContext.getTree", map[string]any{}, &tree); err != nil {
		t.Fatal(err)
	}
	page := tree.Contexts[0].Context
	for _, name := range []string{"article.html", "csp.html"} {
		t.Run(name, func(t *testing.T) {
			if err := b.navigate(ctx, page, srv.URL+"/"+name); err != nil {
				t.Fatal(err)
			}
			var before string
			if err := b.eval(ctx, page, `document.documentElement.outerHTML`, &before); err != nil {
				t.Fatal(err)
			}
			waitJS := func(what, js string) {
				for {
					var ok bool
					if err := b.eval(ctx, page, js, &ok); err != nil {
						t.Fatal(err)
					}
					if ok {
						return
					}
					select {
					case <-ctx.Done():
						t.Fatalf("waiting for %s: %v", what, ctx.Err())
					case <-time.After(50 * time.Millisecond):
					}
				}
			}
			if err := b.navigate(ctx, page, srv.URL+"/"+name+"#go"); err != nil {
				t.Fatal(err)
			}
			waitJS("highlights", `CSS.highlights.has("cl-money")`)
			var h map[string][]string
			if err := b.eval(ctx, page, `(() => {
				const out = {};
				for (const [name, hl] of CSS.highlights) out[name] = [...hl].map(r => r.toString());
				return out;
			})()`, &h); err != nil {
				t.Fatal(err)
			}
			t.Logf("%s: highlights %v", name, h)
			if !slices.Contains(h["cl-money"], "€35 billion") {
				t.Errorf("cl-money has no range of exactly €35 billion: %q", h["cl-money"])
			}
			if !extContains(h["cl-quote"], "We cannot wait for the next storm") {
				t.Errorf("cl-quote misses the quote: %q", h["cl-quote"])
			}
			for n, texts := range h {
				for _, s := range texts {
					if strings.Contains(s, "€80 billion") || strings.Contains(s, "3,000 homes") || strings.Contains(s, "70 percent") {
						t.Errorf("%s highlights %q from the comments or the iframe", n, s)
					}
				}
			}
			var after string
			if err := b.eval(ctx, page, `document.documentElement.outerHTML`, &after); err != nil {
				t.Fatal(err)
			}
			if after != before {
				t.Errorf("highlighting changed the page's DOM")
			}
			var shot struct{ Data []byte }
			if err := b.call(ctx, "browsingContext.captureScreenshot", map[string]any{"context": page}, &shot); err != nil {
				t.Fatal(err)
			}
			shotName := filepath.Join(screenshotDir(t), "extension-firefox-"+strings.TrimSuffix(name, ".html")+".png")
			if err := os.WriteFile(shotName, shot.Data, 0o644); err != nil {
				t.Fatal(err)
			}
			if err := b.navigate(ctx, page, srv.URL+"/"+name+"#clear"); err != nil {
				t.Fatal(err)
			}
			waitJS("the highlights to be cleared", `CSS.highlights.size === 0 && document.adoptedStyleSheets.length === 0`)
		})
	}
}
