// Package native benchmarks the claimlight engine natively on the texts the
// browser benchmark (cmd/bench) uses, for profiling where the time goes:
//
//	go test -run '^$' -bench . -benchmem -cpuprofile cpu.prof ./cmd/bench/native
//	go tool pprof -top cpu.prof
//
// It is separate from cmd/bench so that the harness builds and tests even
// while the engine does not.
package native
