//go:build js && wasm

// Command wasm is claimlight's bridge to JavaScript: compiled to WebAssembly,
// it installs one global object and waits for calls.
//
//	globalThis.claimlight = {
//	  version: "0.1.0",
//	  kinds: ["quantity", "money", ...],   // span kind names, by kind number
//	  types: ["quantity", "prediction", ...], // claim type names, by bit number
//	  roles: ["body", "heading", ...],     // sentence role names, by role number
//	  threshold: 0.42,                     // the model's check-worthiness threshold
//	  analyze(u8: Uint8Array, opts?: {segmentOnly?: boolean, prefix?: number}): Promise<Result>,
//	}
//
// analyze takes the UTF-8 bytes of one document and resolves to a Result of
// flat typed arrays whose offsets are UTF-16 code units into the decoded
// text, the units JavaScript strings and DOM Ranges count (see [encode]).
// With prefix n it analyzes only the text's first part of at least n bytes
// that ends a paragraph ([claimlight.PrefixEnd]); the Result's length then
// says how far it reaches.
// A wrong argument, or a panic inside the engine, rejects the promise with a
// JavaScript Error; the program keeps running either way.
package main

import (
	"syscall/js"

	"github.com/claimlight/claimlight"
)

func main() {
	register()
	select {}
}

// analyzeFunc is kept so register's callback outlives the call that made it.
var analyzeFunc js.Func

// register installs globalThis.claimlight. It does not block, so tests can
// call it and then drive the API through syscall/js.
func register() {
	api := js.Global().Get("Object").New()
	api.Set("version", version())
	api.Set("kinds", stringArray(kindNames()))
	api.Set("types", stringArray(typeNames()))
	api.Set("roles", stringArray(roleNames()))
	api.Set("threshold", threshold())
	analyzeFunc = js.FuncOf(analyzeJS)
	api.Set("analyze", analyzeFunc)
	js.Global().Set("claimlight", api)
}

// analyzeJS is the JavaScript-facing analyze: it checks its argument, runs
// the engine, and returns a settled Promise.
func analyzeJS(this js.Value, args []js.Value) (ret any) {
	promise := js.Global().Get("Promise")
	defer func() {
		if r := recover(); r != nil {
			ret = promise.Call("reject", jsError("claimlight: internal error: "+panicText(r)))
		}
	}()
	opts := js.Undefined()
	if len(args) == 2 {
		opts = args[1]
	}
	if len(args) < 1 || len(args) > 2 || !args[0].InstanceOf(js.Global().Get("Uint8Array")) || !isOptions(opts) {
		return promise.Call("reject", jsTypeError("claimlight.analyze: want one Uint8Array of UTF-8 text, and optionally {segmentOnly: true} or {prefix: bytes}"))
	}
	src := make([]byte, args[0].Length())
	js.CopyBytesToGo(src, args[0])
	run := analyzeFn
	if !opts.IsUndefined() {
		if opts.Get("segmentOnly").Truthy() {
			run = claimlight.Segment // tokens and sentences only, for cmd/bench: no spans, zero scores
		}
		if n := opts.Get("prefix"); n.Truthy() {
			src = src[:claimlight.PrefixEnd(src, n.Int())] // a prefix that is not a number rejects
		}
	}
	return promise.Call("resolve", encode(src, run(src)).toJS())
}

// isOptions reports whether v is undefined or a plain object such as
// {segmentOnly: true}.
func isOptions(v js.Value) bool {
	obj := js.Global().Get("Object")
	return v.IsUndefined() || v.Type() == js.TypeObject && obj.Call("getPrototypeOf", v).Equal(obj.Get("prototype"))
}

func jsError(msg string) js.Value     { return js.Global().Get("Error").New(msg) }
func jsTypeError(msg string) js.Value { return js.Global().Get("TypeError").New(msg) }

// panicText describes a recovered panic value without importing fmt.
func panicText(r any) string {
	switch v := r.(type) {
	case string:
		return v
	case error:
		return v.Error()
	case interface{ String() string }:
		return v.String()
	}
	return "panic"
}

func stringArray(ss []string) js.Value {
	a := js.Global().Get("Array").New(len(ss))
	for i, s := range ss {
		a.SetIndex(i, s)
	}
	return a
}
