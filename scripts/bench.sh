#!/usr/bin/env bash
# Runs natokg's benchmarks (internal/bench) once each and prints their
# figures as Markdown tables: extraction speed; natokg's loads into Bolt
# (the `natokg load` pipeline, and PutRelease per release on one
# goroutine) against Cayley's own loader on the same quads (the cayley
# command of natokg's module version, built once per run), per corpus
# size; and the
# latency of each library query (median, p95, slowest over parameters
# drawn from the corpus) on $NATOKG_BENCH_QUERY_SIZE releases (1000), in
# the store at $NATOKG_BENCH_STORE when set (made once, then reused).
#
#   scripts/bench.sh                                   # 1000 releases
#   NATOKG_BENCH_SIZES=1000,10000,100000 scripts/bench.sh
#   NATOKG_BENCH=LoadBolt scripts/bench.sh             # only the benchmarks matching a pattern
#
# The raw `go test -bench` output goes to standard error and to
# $NATOKG_BENCH_OUT (a temporary file by default); the tables to standard
# output. Peak RSS is VmHWM, reset before each load: it includes what the
# process holds besides the load (the extractor's gazetteer, the Go heap)
# and the pages of the Bolt file mapped in; "own memory" is the peak of
# anonymous memory alone. The PostgreSQL loads run when
# NATOKG_TEST_POSTGRES names a server (a fresh database each), with
# NATOKG_BENCH_PG_PARAMS added to the connection ("synchronous_commit=off").
set -euo pipefail
cd "$(dirname "$0")/.."

export NATOKG_BENCH_SIZES="${NATOKG_BENCH_SIZES:-1000}"
out="${NATOKG_BENCH_OUT:-$(mktemp -t natokg-bench.XXXXXX)}"

go test -run '^$' -bench "${NATOKG_BENCH:-.}" -benchtime 1x -timeout 0 ./internal/bench | tee "$out" >&2

awk -v cores="$(nproc 2>/dev/null || echo '?')" -v sizes="$NATOKG_BENCH_SIZES" '
function metric(name, unit) { return ((name SUBSEP unit) in m) ? m[name, unit] : "" }
function fmtnum(v) { return v == "" ? "–" : sprintf("%.0f", v) }
function fmtdur(ns) {
	if (ns == "") return "–"
	if (ns >= 1e9) return sprintf("%.2f s", ns / 1e9)
	if (ns >= 1e6) return sprintf("%.1f ms", ns / 1e6)
	return sprintf("%.0f µs", ns / 1e3)
}
function fmtms(ms) {
	if (ms == "") return "–"
	if (ms >= 1000) return sprintf("%.2f s", ms / 1000)
	if (ms >= 10) return sprintf("%.0f ms", ms)
	return sprintf("%.1f ms", ms)
}
function mbfmt(v) { return v == "" ? "–" : sprintf("%.0f MB", v) }
function rssfmt(name,   p, b) {
	p = metric(name, "peak-RSS-MB"); b = metric(name, "base-RSS-MB")
	if (p == "") return "–"
	if (b == "") return sprintf("%.0f MB", p)
	return sprintf("%.0f MB (+%.0f)", p, p - b)
}
function sizename(n) {
	if (n % 1000000 == 0) return (n / 1000000) "M"
	if (n % 1000 == 0) return (n / 1000) "k"
	return n
}
/^cpu:/ { sub(/^cpu: */, ""); sub(/ +$/, ""); cpu = $0 }
/^Benchmark/ {
	name = $1
	sub(/-[0-9]+$/, "", name)          # the GOMAXPROCS suffix
	sub(/^Benchmark/, "", name)
	m[name, "ns/op"] = $3
	for (i = 5; i < NF; i += 2) m[name, $(i + 1)] = $i
	if (name ~ /^Queries\//) { q = substr(name, 9); if (!(q in seen)) { seen[q] = 1; queries[++nqs] = q } }
}
END {
	printf "Machine: %s, %s cores, one run each (-benchtime 1x).\n\n", cpu, cores
	if (metric("Extract", "releases/s") != "") {
		printf "| extraction alone (1 goroutine, 1000 releases) | releases/s | MB/s |\n|---|---:|---:|\n"
		printf "| extract.Extractor.Extract | %s | %.2f |\n\n", fmtnum(metric("Extract", "releases/s")), metric("Extract", "MB/s")
	}
	print "Peak RSS is the process\047s VmHWM during the load, (+N) what it grew by; it counts the pages of the Bolt file the kernel maps in. Own memory is the peak of its anonymous memory (RssAnon: Go heap, Cayley\047s caches), sampled every 50 ms."
	print ""
	n = split(sizes, sz, ",")
	printf "| releases | store | load | releases/s | quads/s | time writing | peak RSS | own memory | natokg/Cayley quads/s |\n"
	printf "|---:|---|---|---:|---:|---:|---:|---:|---:|\n"
	nb = split("Bolt Postgres", backs, " ")
	for (i = 1; i <= n; i++) {
		s = sizename(sz[i] + 0)
		for (k = 1; k <= nb; k++) {
			be = backs[k]
			c = "CayleyLoad" be "/" s
			cq = metric(c, "quads/s")
			ways[1] = "Load" be "Pipeline"; wayname[1] = "`natokg load` (all cores, batches)"
			ways[2] = "Load" be; wayname[2] = "PutRelease per release (1 goroutine)"
			for (w = 1; w <= 2; w++) {
				a = ways[w] "/" s
				nq = metric(a, "quads/s")
				if (nq == "") continue
				ratio = (cq != "" && cq > 0) ? sprintf("%.2f", nq / cq) : "–"
				pw = metric(a, "%write")
				printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", fmtnum(sz[i]), be, wayname[w], fmtnum(metric(a, "releases/s")), fmtnum(nq),
					(pw == "" ? "–" : sprintf("%.0f%%", pw)), rssfmt(a), mbfmt(metric(a, "peak-anon-MB")), ratio
			}
			if (cq != "")
				printf "| %s | %s | Cayley\047s own loader (batches of 10,000) | %s | %s | – | %s | %s | 1 |\n", fmtnum(sz[i]), be, fmtnum(metric(c, "releases/s")), fmtnum(cq), rssfmt(c), mbfmt(metric(c, "peak-anon-MB"))
		}
	}
	if (nqs > 0) {
		qsize = ENVIRON["NATOKG_BENCH_QUERY_SIZE"] == "" ? 1000 : ENVIRON["NATOKG_BENCH_QUERY_SIZE"]
		printf "\n| library query (%s releases, Bolt) | median | p95 | slowest | calls | median results |\n|---|---:|---:|---:|---:|---:|\n", fmtnum(qsize)
		for (i = 1; i <= nqs; i++) {
			q = "Queries/" queries[i]
			slow = fmtms(metric(q, "max-ms"))
			if (metric(q, "timeouts") != "") slow = "> " slow " (" fmtnum(metric(q, "timeouts")) " stopped at the timeout)"
			printf "| %s | %s | %s | %s | %s | %s |\n", queries[i], fmtms(metric(q, "median-ms")), fmtms(metric(q, "p95-ms")), slow, fmtnum(metric(q, "calls")), fmtnum(metric(q, "results"))
		}
	}
}' "$out"
