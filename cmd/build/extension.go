package main

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/claimlight/claimlight"
	"github.com/claimlight/claimlight/claim"
)

func init() { buildExtension = BuildExtension }

// FirefoxID is the add-on id the Firefox variant declares in
// browser_specific_settings.gecko.id.
const FirefoxID = "claimlight@claimlight.github.io"

// extensionFiles are copied from web/extension as they are.
var extensionFiles = []string{"background.js", "content.js", "popup.html", "popup.js"}

// BuildExtension writes the Manifest V3 browser extension into outDir (for
// Chrome and other Chromium browsers), a Firefox variant into
// outDir+"-firefox", and a zip of each beside them, named
// claimlight-extension.zip and claimlight-extension-firefox.zip: the folders
// load unpacked, the zips are what a store takes. wasm and wasmExec are the
// engine and the matching Go runtime shim; root is the module root, whose
// web/extension holds the extension's sources and whose web/style.css gives
// the palette.
func BuildExtension(outDir string, wasm, wasmExec []byte, root string) error {
	files, err := extensionTree(wasm, wasmExec, root)
	if err != nil {
		return err
	}
	chromeManifest, firefoxManifest, err := extensionManifests(root)
	if err != nil {
		return err
	}
	parent := filepath.Dir(outDir)
	for _, v := range []struct {
		dir, zip string
		manifest []byte
	}{
		{outDir, filepath.Join(parent, "claimlight-extension.zip"), chromeManifest},
		{outDir + "-firefox", filepath.Join(parent, "claimlight-extension-firefox.zip"), firefoxManifest},
	} {
		tree := map[string][]byte{"manifest.json": v.manifest}
		for name, b := range files {
			tree[name] = b
		}
		if err := writeTree(v.dir, tree); err != nil {
			return err
		}
		if err := writeZip(v.zip, tree); err != nil {
			return err
		}
	}
	return nil
}

// extensionTree returns every file of the extension but its manifest, by
// slash-separated path.
func extensionTree(wasm, wasmExec []byte, root string) (map[string][]byte, error) {
	src := filepath.Join(root, "web", "extension")
	tree := map[string][]byte{
		"claimlight.wasm": wasm,
		"wasm_exec.js":    wasmExec,
	}
	for _, name := range extensionFiles {
		b, err := os.ReadFile(filepath.Join(src, name))
		if err != nil {
			return nil, err
		}
		tree[name] = b
	}
	style, err := os.ReadFile(filepath.Join(root, "web", "style.css"))
	if err != nil && !os.IsNotExist(err) {
		return nil, err
	}
	pal := paletteFrom(style)
	popup, err := os.ReadFile(filepath.Join(src, "popup.css"))
	if err != nil {
		return nil, err
	}
	tree["popup.css"] = append([]byte(pal.popupCSS()), popup...)
	tree["highlight.css"] = []byte(pal.highlightCSS(string(style), false))
	tree["highlight-dark.css"] = []byte(pal.highlightCSS(string(style), true))
	for _, size := range iconSizes {
		b, err := iconPNG(size)
		if err != nil {
			return nil, err
		}
		tree[fmt.Sprintf("icons/icon-%d.png", size)] = b
	}
	return tree, nil
}

// extensionManifests reads web/extension/manifest.json, stamps the engine's
// version into it, and returns it for Chrome and, rewritten, for Firefox:
// an event page (background.scripts, which loads wasm_exec.js itself since
// Firefox's background scripts have no importScripts) instead of a service
// worker, and a gecko id.
func extensionManifests(root string) (chromeJSON, firefoxJSON []byte, err error) {
	b, err := os.ReadFile(filepath.Join(root, "web", "extension", "manifest.json"))
	if err != nil {
		return nil, nil, err
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, nil, fmt.Errorf("web/extension/manifest.json: %w", err)
	}
	m["version"] = claimlight.Version
	if chromeJSON, err = json.MarshalIndent(m, "", "  "); err != nil {
		return nil, nil, err
	}
	m["background"] = map[string]any{"scripts": []string{"wasm_exec.js", "background.js"}}
	delete(m, "minimum_chrome_version")
	m["browser_specific_settings"] = map[string]any{
		"gecko": map[string]any{
			"id": FirefoxID,
			// The CSS Custom Highlight API arrived in Firefox 140.
			"strict_min_version": "140.0",
			// addons.mozilla.org asks every new add-on to declare what it
			// collects; claimlight collects nothing.
			"data_collection_permissions": map[string]any{"required": []string{"none"}},
		},
	}
	if firefoxJSON, err = json.MarshalIndent(m, "", "  "); err != nil {
		return nil, nil, err
	}
	return chromeJSON, firefoxJSON, nil
}

func writeTree(dir string, tree map[string][]byte) error {
	if err := os.RemoveAll(dir); err != nil {
		return err
	}
	for name, b := range tree {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, b, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// writeZip writes tree as a zip with sorted names and a fixed time, so the
// same sources give the same bytes.
func writeZip(path string, tree map[string][]byte) error {
	names := make([]string, 0, len(tree))
	for name := range tree {
		names = append(names, name)
	}
	sort.Strings(names)
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	stamp := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, name := range names {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: stamp})
		if err != nil {
			return err
		}
		if _, err := w.Write(tree[name]); err != nil {
			return err
		}
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return os.WriteFile(path, buf.Bytes(), 0o644)
}

// palette holds the colours the extension uses, taken from the page's
// stylesheet so both look alike.
type palette struct {
	light, dark map[string]string // NAME -> CSS colour, for the popup's --cl-NAME
	kinds       map[string]string // span kind -> literal colour
	claim       string            // claim-sentence background, literal
	// The stylesheet's own custom properties, light and dark (dark holds
	// the light ones too, overridden).
	varsLight, varsDark map[string]string
}

// defaultPalette is used for any colour web/style.css does not define.
var defaultPalette = map[string]string{
	"fg": "#1d1d1f", "bg": "#fbfaf7", "muted": "#5f6368", "border": "#d9d6cf",
	"surface": "#f1eee7", "accent": "#8a5a00", "claim": "#fff1b8", "strong": "#ffd966",
	"quantity": "#2f7ed8", "money": "#1e8e3e", "percent": "#0f9d9a", "date": "#7b61c9",
	"quote": "#c2185b", "scare_quote": "#ad7fa8", "speaker": "#d35400", "cue": "#b0892f",
	"person": "#e07b39", "org": "#5c6bc0", "place": "#26a69a", "comparison": "#8e44ad",
	"prediction": "#1565c0", "causal": "#c62828", "hedge": "#757575", "rule": "#6d4c41",
}

var darkDefaults = map[string]string{
	"fg": "#ececec", "bg": "#1d1e21", "muted": "#a4a7ad", "border": "#3b3d42",
	"surface": "#2a2c30", "accent": "#e0b050", "claim": "#5a4a12", "strong": "#6b5408",
}

// paletteAliases lists, for each colour the extension needs, the custom
// property names a stylesheet might give it, best first. For a kind K they
// are tried with K as it is and with "_" as "-".
var paletteAliases = map[string][]string{
	"fg":      {"fg", "text", "ink", "color-text", "foreground"},
	"bg":      {"bg", "paper", "background", "color-bg", "page"},
	"muted":   {"muted", "fg-muted", "text-muted", "subtle", "dim", "fg2"},
	"border":  {"border", "line", "rule-color", "hairline"},
	"surface": {"surface", "panel", "card", "bg2", "raised"},
	"accent":  {"accent", "brand", "primary", "link"},
	"claim":   {"band-claim", "claim", "claim-bg", "sentence", "hl-claim", "kind-claim", "worthy"},
	"strong":  {"band-strong", "strong", "claim-strong"},
}

var (
	rootBlock  = regexp.MustCompile(`(?s):root\s*\{([^}]*)\}`)
	customProp = regexp.MustCompile(`(--[A-Za-z0-9_-]+)\s*:\s*([^;]+);?`)
	darkMedia  = regexp.MustCompile(`(?s)@media[^{]*prefers-color-scheme\s*:\s*dark[^{]*\{\s*((?:[^{}]*\{[^}]*\}\s*)*)\}`)
	varRef     = regexp.MustCompile(`var\(\s*(--[A-Za-z0-9_-]+)\s*(?:,\s*([^)]*))?\)`)
)

// customProps returns the custom properties declared in the :root rules of
// css, later declarations winning.
func customProps(css string) map[string]string {
	vars := map[string]string{}
	for _, m := range rootBlock.FindAllStringSubmatch(css, -1) {
		for _, d := range customProp.FindAllStringSubmatch(m[1], -1) {
			vars[d[1]] = strings.TrimSpace(d[2])
		}
	}
	return vars
}

// resolve replaces var() references in v from vars, a few levels deep.
func resolve(v string, vars map[string]string) string {
	for range 5 {
		if !strings.Contains(v, "var(") {
			break
		}
		v = varRef.ReplaceAllStringFunc(v, func(ref string) string {
			m := varRef.FindStringSubmatch(ref)
			if r, ok := vars[m[1]]; ok {
				return r
			}
			return strings.TrimSpace(m[2])
		})
	}
	return v
}

func lookup(vars map[string]string, names []string) (string, bool) {
	for _, n := range names {
		if v, ok := vars["--"+n]; ok && v != "" {
			return resolve(v, vars), true
		}
	}
	return "", false
}

func kindAliases(k string) []string {
	var out []string
	for _, key := range []string{k, strings.ReplaceAll(k, "_", "-")} {
		out = append(out, "kind-"+key, "k-"+key, "hl-"+key, "cl-"+key, "color-"+key, key+"-color", key)
	}
	return out
}

// paletteFrom reads the palette out of the page's stylesheet (nil: none).
func paletteFrom(style []byte) palette {
	css := string(style)
	light := customProps(darkMedia.ReplaceAllString(css, ""))
	dark := map[string]string{}
	for _, m := range darkMedia.FindAllStringSubmatch(css, -1) {
		for k, v := range customProps(m[1]) {
			dark[k] = v
		}
	}
	darkAll := map[string]string{}
	for k, v := range light {
		darkAll[k] = v
	}
	for k, v := range dark {
		darkAll[k] = v
	}
	p := palette{light: map[string]string{}, dark: map[string]string{}, kinds: map[string]string{}, varsLight: light, varsDark: darkAll}
	for name, aliases := range paletteAliases {
		v, ok := lookup(light, aliases)
		if !ok {
			v = defaultPalette[name]
		}
		p.light[name] = v
		if v, ok := lookup(dark, aliases); ok {
			p.dark[name] = resolve(v, darkAll)
		} else if _, inPage := lookup(light, aliases); !inPage {
			p.dark[name] = darkDefaults[name]
		}
	}
	p.claim = p.light["claim"]
	for k := range claim.NumKinds {
		name := k.String()
		v, ok := lookup(light, kindAliases(name))
		if !ok {
			v = defaultPalette[name]
		}
		p.kinds[name] = v
		p.light[name] = v
	}
	return p
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// popupCSS declares the palette as --cl-NAME properties and a swatch class
// per kind, for popup.css to use.
func (p palette) popupCSS() string {
	var b strings.Builder
	b.WriteString("/* Generated by cmd/build from web/style.css. DO NOT EDIT. */\n:root {\n")
	for _, k := range sortedKeys(p.light) {
		fmt.Fprintf(&b, "  --cl-%s: %s;\n", k, p.light[k])
	}
	b.WriteString("}\n")
	if len(p.dark) > 0 {
		b.WriteString("@media (prefers-color-scheme: dark) {\n  :root {\n")
		for _, k := range sortedKeys(p.dark) {
			fmt.Fprintf(&b, "    --cl-%s: %s;\n", k, p.dark[k])
		}
		b.WriteString("  }\n}\n")
	}
	b.WriteString(".swatch.k-claim { background: var(--cl-claim); }\n")
	for _, k := range sortedKeys(p.kinds) {
		fmt.Fprintf(&b, ".swatch.k-%s { background: color-mix(in srgb, var(--cl-%s) 35%%, transparent); border-color: var(--cl-%s); }\n", k, k, k)
	}
	return b.String()
}

var highlightRule = regexp.MustCompile(`(?m)^\s*::highlight\((cl-[A-Za-z0-9_-]+)\)\s*\{([^}]*)\}`)

// highlightCSS is the stylesheet the content script adopts into the page
// (for a dark page when dark is set). It is the page's own
// ::highlight(cl-NAME) rules from web/style.css with every var() replaced
// by its value, since the page being read defines none of the page's
// custom properties. Kinds the stylesheet has no rule for get one from the
// palette.
func (p palette) highlightCSS(style string, dark bool) string {
	vars := p.varsLight
	if dark {
		vars = p.varsDark
	}
	var b strings.Builder
	b.WriteString("/* Generated by cmd/build from web/style.css. DO NOT EDIT. */\n")
	have := map[string]bool{}
	for _, m := range highlightRule.FindAllStringSubmatch(darkMedia.ReplaceAllString(style, ""), -1) {
		if have[m[1]] {
			continue
		}
		have[m[1]] = true
		fmt.Fprintf(&b, "::highlight(%s) { %s }\n", m[1], strings.TrimSpace(resolve(m[2], vars)))
	}
	claimBg := p.claim
	if dark && p.dark["claim"] != "" {
		claimBg = p.dark["claim"]
	}
	if !have["cl-band-claim"] {
		fmt.Fprintf(&b, "::highlight(cl-band-claim) { background-color: %s; }\n", claimBg)
	}
	if !have["cl-band-strong"] {
		fmt.Fprintf(&b, "::highlight(cl-band-strong) { background-color: color-mix(in srgb, %s 70%%, #fc0); }\n", claimBg)
	}
	if !have["cl-focus"] {
		fmt.Fprintf(&b, "::highlight(cl-focus) { background-color: color-mix(in srgb, %s 35%%, transparent); }\n", p.light["accent"])
	}
	for _, k := range sortedKeys(p.kinds) {
		if have["cl-"+k] {
			continue
		}
		c := p.kinds[k]
		if v, ok := lookup(vars, kindAliases(k)); ok {
			c = v
		}
		fmt.Fprintf(&b, "::highlight(cl-%s) { text-decoration: underline solid %s 2px; }\n", k, c)
	}
	return b.String()
}
