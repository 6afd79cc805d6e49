package main

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"image/png"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/claimlight/claimlight"
)

// extRoot is the module root, seen from this package's folder.
const extRoot = "../.."

func extManifest(t *testing.T, b []byte) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatalf("manifest: %v\n%s", err, b)
	}
	return m
}

func TestExtensionManifests(t *testing.T) {
	chromeJSON, firefoxJSON, err := extensionManifests(extRoot)
	if err != nil {
		t.Fatal(err)
	}
	for name, b := range map[string][]byte{"chrome": chromeJSON, "firefox": firefoxJSON} {
		t.Run(name, func(t *testing.T) {
			m := extManifest(t, b)
			if m["manifest_version"] != 3.0 {
				t.Errorf("manifest_version = %v, want 3", m["manifest_version"])
			}
			if m["version"] != claimlight.Version {
				t.Errorf("version = %v, want the engine's %s", m["version"], claimlight.Version)
			}
			var perms []string
			for _, p := range m["permissions"].([]any) {
				perms = append(perms, p.(string))
			}
			slices.Sort(perms)
			if want := []string{"activeTab", "contextMenus", "scripting", "storage"}; !slices.Equal(perms, want) {
				t.Errorf("permissions = %v, want exactly %v", perms, want)
			}
			// No standing access to any site, nothing injected unasked,
			// nothing a page can fetch from the extension.
			for _, key := range []string{"host_permissions", "optional_host_permissions", "optional_permissions", "content_scripts", "web_accessible_resources", "externally_connectable"} {
				if _, ok := m[key]; ok {
					t.Errorf("the manifest declares %s", key)
				}
			}
			csp := m["content_security_policy"].(map[string]any)["extension_pages"].(string)
			if !strings.Contains(csp, "script-src 'self' 'wasm-unsafe-eval'") {
				t.Errorf("extension_pages CSP %q does not let the engine compile", csp)
			}
			if regexp.MustCompile(`https?:|\*`).MatchString(csp) {
				t.Errorf("extension_pages CSP %q allows remote code", csp)
			}
			cmd := m["commands"].(map[string]any)["toggle-highlights"].(map[string]any)
			if key := cmd["suggested_key"].(map[string]any)["default"]; key != "Alt+Shift+C" {
				t.Errorf("shortcut = %v, want Alt+Shift+C", key)
			}
			if p := m["action"].(map[string]any)["default_popup"]; p != "popup.html" {
				t.Errorf("action popup = %v", p)
			}
			bg := m["background"].(map[string]any)
			switch name {
			case "chrome":
				if bg["service_worker"] != "background.js" || len(bg) != 1 {
					t.Errorf("background = %v, want the service worker background.js", bg)
				}
				if _, ok := m["browser_specific_settings"]; ok {
					t.Errorf("the Chrome manifest has browser_specific_settings")
				}
			case "firefox":
				scripts, _ := bg["scripts"].([]any)
				if len(bg) != 1 || len(scripts) != 2 || scripts[0] != "wasm_exec.js" || scripts[1] != "background.js" {
					t.Errorf("background = %v, want scripts [wasm_exec.js background.js]", bg)
				}
				gecko := m["browser_specific_settings"].(map[string]any)["gecko"].(map[string]any)
				if gecko["id"] != FirefoxID {
					t.Errorf("gecko id = %v", gecko["id"])
				}
			}
		})
	}
}

// TestBuildExtension builds the extension from the real sources with a
// stand-in engine and checks the folders and zips a store or a browser
// would take.
func TestBuildExtension(t *testing.T) {
	dist := t.TempDir()
	wasm := []byte("\x00asm\x01\x00\x00\x00 stand-in")
	wasmExec := []byte("// stand-in wasm_exec.js\n")
	if err := BuildExtension(filepath.Join(dist, "extension"), wasm, wasmExec, extRoot); err != nil {
		t.Fatal(err)
	}
	for _, v := range []struct{ dir, zip string }{
		{"extension", "claimlight-extension.zip"},
		{"extension-firefox", "claimlight-extension-firefox.zip"},
	} {
		t.Run(v.dir, func(t *testing.T) {
			dir := filepath.Join(dist, v.dir)
			files := map[string][]byte{}
			err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
				if err != nil || d.IsDir() {
					return err
				}
				b, err := os.ReadFile(p)
				rel, _ := filepath.Rel(dir, p)
				files[filepath.ToSlash(rel)] = b
				return err
			})
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(files["claimlight.wasm"], wasm) || !bytes.Equal(files["wasm_exec.js"], wasmExec) {
				t.Errorf("the engine files were not copied as given")
			}
			// Every file the manifest and the scripts name is there.
			m := extManifest(t, files["manifest.json"])
			var named []string
			var walk func(v any)
			walk = func(v any) {
				switch v := v.(type) {
				case string:
					if regexp.MustCompile(`^[\w/-]+\.(js|html|png|css)$`).MatchString(v) {
						named = append(named, v)
					}
				case map[string]any:
					for _, x := range v {
						walk(x)
					}
				case []any:
					for _, x := range v {
						walk(x)
					}
				}
			}
			walk(m)
			for _, src := range []string{"background.js", "popup.html", "popup.js"} {
				for _, ref := range regexp.MustCompile(`["'=]([\w/-]+\.(?:js|css|wasm|png|html))["'>]`).FindAllSubmatch(files[src], -1) {
					named = append(named, string(ref[1]))
				}
			}
			for _, want := range []string{"content.js", "highlight.css", "highlight-dark.css", "claimlight.wasm", "wasm_exec.js", "popup.css"} {
				if !slices.Contains(named, want) {
					t.Errorf("nothing refers to %s", want)
				}
			}
			for _, n := range named {
				if _, ok := files[n]; !ok {
					t.Errorf("%s is referred to but not built", n)
				}
			}
			for _, size := range iconSizes {
				img, err := png.Decode(bytes.NewReader(files["icons/icon-"+strconv.Itoa(size)+".png"]))
				if err != nil {
					t.Fatalf("icon %d: %v", size, err)
				}
				if b := img.Bounds(); b.Dx() != size || b.Dy() != size {
					t.Errorf("icon %d is %v", size, b)
				}
			}

			// The zip holds the same files, manifest at its root.
			zb, err := os.ReadFile(filepath.Join(dist, v.zip))
			if err != nil {
				t.Fatal(err)
			}
			zr, err := zip.NewReader(bytes.NewReader(zb), int64(len(zb)))
			if err != nil {
				t.Fatal(err)
			}
			if len(zr.File) != len(files) {
				t.Errorf("the zip has %d files, the folder %d", len(zr.File), len(files))
			}
			for _, f := range zr.File {
				rc, err := f.Open()
				if err != nil {
					t.Fatal(err)
				}
				var buf bytes.Buffer
				buf.ReadFrom(rc)
				rc.Close()
				if !bytes.Equal(buf.Bytes(), files[f.Name]) {
					t.Errorf("zip entry %s differs from the folder", f.Name)
				}
			}
		})
	}

	// The same sources give the same zip.
	again := t.TempDir()
	if err := BuildExtension(filepath.Join(again, "extension"), wasm, wasmExec, extRoot); err != nil {
		t.Fatal(err)
	}
	a, _ := os.ReadFile(filepath.Join(dist, "claimlight-extension.zip"))
	b, _ := os.ReadFile(filepath.Join(again, "claimlight-extension.zip"))
	if !bytes.Equal(a, b) {
		t.Errorf("two builds from the same sources gave different zips")
	}
}

func TestExtensionPalette(t *testing.T) {
	style := `
:root {
  --fg: #111;
  --line: #ccc;
  --band-claim: #fff1b8;
  --k-money: #0a6b2c;
  --k-scare_quote: var(--fg);
}
@media (prefers-color-scheme: dark) {
  :root {
    --fg: #eee;
    --band-claim: #3d3410;
    --k-money: #56d364;
  }
}
::highlight(cl-band-claim) { background-color: var(--band-claim); }
::highlight(cl-money) { text-decoration: underline double var(--k-money) 3px; }
`
	p := paletteFrom([]byte(style))
	for _, c := range []struct{ got, want string }{
		{p.light["fg"], "#111"},
		{p.dark["fg"], "#eee"},
		{p.light["border"], "#ccc"},
		{p.light["claim"], "#fff1b8"},
		{p.kinds["money"], "#0a6b2c"},
		{p.kinds["scare_quote"], "#111"},            // var() resolved
		{p.kinds["quote"], defaultPalette["quote"]}, // not in the stylesheet
		{p.light["accent"], defaultPalette["accent"]},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
	light, dark := p.highlightCSS(style, false), p.highlightCSS(style, true)
	for _, c := range []struct{ css, want string }{
		{light, "::highlight(cl-band-claim) { background-color: #fff1b8; }"},
		{light, "::highlight(cl-money) { text-decoration: underline double #0a6b2c 3px; }"},
		{dark, "::highlight(cl-band-claim) { background-color: #3d3410; }"},
		{dark, "::highlight(cl-money) { text-decoration: underline double #56d364 3px; }"},
		{light, "::highlight(cl-quote) {"}, // a rule for every kind
		{light, "::highlight(cl-band-strong) {"},
	} {
		if !strings.Contains(c.css, c.want) {
			t.Errorf("highlight CSS misses %q:\n%s", c.want, c.css)
		}
	}
	if strings.Contains(light+dark, "var(") {
		t.Errorf("highlight CSS keeps var() references, which the page being read cannot resolve:\n%s", light)
	}
	if !strings.Contains(p.popupCSS(), "--cl-money: #0a6b2c;") {
		t.Errorf("popup palette misses --cl-money:\n%s", p.popupCSS())
	}
}
