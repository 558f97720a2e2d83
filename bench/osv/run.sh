#!/usr/bin/env bash
# Benchmark of the audit gate's OSV engine, and the OSV engine vs. Dependency-Check on the same reactor.
#
# Usage: bench/osv/run.sh [RUNS]      (RUNS defaults to 5; KEEP=1 keeps the work directory;
#                                      MODULES, DEPENDENCIES, ADVISORIES override 200, 1500, 20000;
#                                      E2E_RUNS overrides RUNS for the end-to-end rounds, the slow part;
#                                      E2E_RUNS=0 leaves them out; REPO_LOCAL overrides the local
#                                      repository, ~/.m2/repository)
#
# Offline, once bench/reactor/prepare-repository.sh has filled the local repository. It
#   1. builds and INSTALLS the plugin into ~/.m2 (./mvnw -B -q install -DskipTests -Dinvoker.skip),
#      as bench/audit/run.sh does, and reads the test classpath;
#   2. generates a reactor (bench/reactor/ReactorGenerator.java, MODULES x DEPENDENCIES) and an OSV
#      Maven database of ADVISORIES advisories (OsvDatabaseGenerator, in the plugin's test sources),
#      plus the same vulnerabilities as an NVD feed for Dependency-Check (CPEs derived from the g:a);
#   3. runs OsvBenchmark in process: cold index builds, warm load + scan (medians of RUNS after a
#      warm-up), heap held by the index, cache file size; then RUNS fresh JVMs that each do one warm
#      load + scan, which is what a build sees;
#   3b. the managed database (OsvBenchmark --download): the zip served on loopback by the JDK's HttpServer,
#      RUNS times downloaded into an empty directory with OsvDatabaseDownload, indexed and scanned (cold
#      download-and-index), then refreshed unchanged, with the requests, statuses and body bytes counted at
#      the server (one request, 304, no body);
#   4. end to end, offline: one untimed build of each variant (compiles, fills the OSV cache, builds
#      Dependency-Check's database from the feed), then RUNS interleaved rounds of
#        (osv)   mvn -o -q verify -Pmerge-ready -Dgatekeeper.gates=audit -Dgatekeeper.audit.engines=osv
#        (dc)    mvn -o -q verify -Pmerge-ready -Dgatekeeper.gates=audit -Dgatekeeper.audit.engines=dependency-check
#        (plain) mvn -o -q verify
#      timed with /usr/bin/time -f '%e %M' (wall seconds, peak RSS of the Maven JVM), and prints medians.
# -Dgatekeeper.audit.failOnCvss=10 (the generated scores stop at 9.8) keeps every finding a warning so each build runs to the end and passes.
set -euo pipefail

RUNS="${1:-5}"
[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || { echo "usage: $0 [RUNS]" >&2; exit 2; }
MODULES="${MODULES:-200}"
DEPENDENCIES="${DEPENDENCIES:-1500}"
ADVISORIES="${ADVISORIES:-20000}"
E2E_RUNS="${E2E_RUNS:-$RUNS}"
REPO_LOCAL="${REPO_LOCAL:-$HOME/.m2/repository}"

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
MVN_WRAPPER="$REPO_ROOT/mvnw"
MVN() { "$MVN_WRAPPER" -Dmaven.repo.local="$REPO_LOCAL" "$@"; }
WORK="$(mktemp -d "${TMPDIR:-/tmp}/gatekeeper-osv-bench.XXXXXX")"
cleanup() {
    if [[ "${KEEP:-0}" == 1 ]]; then echo "work directory kept: $WORK" >&2; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
export SCARF_NO_ANALYTICS=true
log() { echo "[bench] $*" >&2; }
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
LOAD_START="$(loadavg)"

# --- 1. the plugin and the test classpath ------------------------------------------------------
log "building and installing the plugin"
(cd "$REPO_ROOT" && MVN -B -q -o install -DskipTests -Dinvoker.skip)
(cd "$REPO_ROOT" && MVN -B -q -o -pl gatekeeper-maven-plugin \
    org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/test-classpath.txt")
PLUGIN="$REPO_ROOT/gatekeeper-maven-plugin/target"
CLASSPATH="$PLUGIN/classes:$PLUGIN/test-classes:$(cat "$WORK/test-classpath.txt")"
PLUGIN_VERSION="$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' "$REPO_ROOT/pom.xml" | head -n 1)"

# --- 2. the reactor, the OSV database and its NVD twin ------------------------------------------
log "generating a reactor of $MODULES modules and $DEPENDENCIES dependencies"
java "$REPO_ROOT/bench/reactor/ReactorGenerator.java" --modules "$MODULES" --dependencies "$DEPENDENCIES" \
    --out "$WORK/reactor" --repository "$REPO_LOCAL" --gatekeeper-version "$PLUGIN_VERSION" >&2
log "generating an OSV database of $ADVISORIES advisories and the NVD feed of the same CVEs"
GENERATED="$(java -cp "$CLASSPATH" dev.gatekeeper.audit.osv.OsvDatabaseGenerator "$WORK/osv-maven.zip" "$ADVISORIES" \
    "$WORK/reactor/dependencies.txt" "$WORK/nvd")"
log "$GENERATED"

# --- 3. in process ------------------------------------------------------------------------------
LOAD_BEFORE="$(loadavg)"
log "OsvBenchmark ($RUNS runs)"
java -cp "$CLASSPATH" dev.gatekeeper.audit.osv.OsvBenchmark "$WORK/osv-maven.zip" "$WORK/reactor/dependencies.txt" \
    "$WORK/in-process" "$RUNS" | tee "$WORK/in-process.txt" >&2
for ((i = 1; i <= RUNS; i++)); do
    java -cp "$CLASSPATH" dev.gatekeeper.audit.osv.OsvBenchmark --first-warm "$WORK/osv-maven.zip" \
        "$WORK/reactor/dependencies.txt" "$WORK/in-process/cold-0" >>"$WORK/first-warm.txt"
done
grep -q 'first-warm-origin: CACHE' "$WORK/first-warm.txt" || { echo "the fresh JVMs did not load from the cache" >&2; exit 1; }
log "OsvBenchmark --download ($RUNS runs)"
java -cp "$CLASSPATH" dev.gatekeeper.audit.osv.OsvBenchmark --download "$WORK/osv-maven.zip" \
    "$WORK/reactor/dependencies.txt" "$WORK/download" "$RUNS" | tee "$WORK/download.txt" >&2
LOAD_AFTER_IN_PROCESS="$(loadavg)"

# --- 4. end to end --------------------------------------------------------------------------------
if ((E2E_RUNS > 0)); then
COMMON=(-o -B -q -f "$WORK/reactor/pom.xml" -Dgatekeeper.audit.failOnCvss=10)
AUDIT=(verify -Pmerge-ready -Dgatekeeper.gates=audit)
ARGS_osv=("${COMMON[@]}" "${AUDIT[@]}" -Dgatekeeper.audit.engines=osv
    -Dgatekeeper.audit.osv.database="$WORK/osv-maven.zip" -Dgatekeeper.audit.osv.cacheDirectory="$WORK/osv-cache")
ARGS_dc=("${COMMON[@]}" "${AUDIT[@]}" -Dgatekeeper.audit.engines=dependency-check
    -Dgatekeeper.audit.nvdDatafeedUrl="file://$WORK/nvd/" -Dgatekeeper.audit.dataDirectory="$WORK/dc-data")
ARGS_plain=("${COMMON[@]}" verify)
run() { local -n args="ARGS_$1"; MVN "${args[@]}"; }

log "warm-up: one untimed build of each variant"
for v in plain osv dc; do
    if ! run "$v" >"$WORK/warmup-$v.log" 2>&1; then echo "warm-up ($v) failed:" >&2; tail -n 40 "$WORK/warmup-$v.log" >&2; exit 1; fi
done
EVIDENCE="$WORK/reactor/target/gatekeeper/evidence.json"
audit_findings() { grep -o '"code" *: *"AUDIT_[A-Z_]*"' "$EVIDENCE" | sort | uniq -c | tr -s ' ' | paste -sd';' -; }
run osv >/dev/null 2>&1 && OSV_FINDINGS="$(audit_findings)" || OSV_FINDINGS="(no evidence)"
run dc >/dev/null 2>&1 && DC_FINDINGS="$(audit_findings)" || DC_FINDINGS="(no evidence)"

timed() { # variant → appends "wall-seconds peak-rss-kib" to $WORK/times-<variant>
    local -n args="ARGS_$1"
    if ! /usr/bin/time -f '%e %M' -o "$WORK/time.txt" "$MVN_WRAPPER" -Dmaven.repo.local="$REPO_LOCAL" "${args[@]}" >"$WORK/last-$1.log" 2>&1; then
        echo "run ($1) failed:" >&2; tail -n 40 "$WORK/last-$1.log" >&2; exit 1
    fi
    tail -n 1 "$WORK/time.txt" >>"$WORK/times-$1"
}
LOAD_E2E="$(loadavg)"
for ((i = 1; i <= E2E_RUNS; i++)); do
    log "round $i/$E2E_RUNS"
    timed osv; timed dc; timed plain
done
LOAD_AFTER="$(loadavg)"
fi

median() { sort -n | awk '{ v[NR] = $1 } END { printf "%s", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
field() { grep "^$1:" "$WORK/in-process.txt" | cut -d' ' -f2-; }
wall() { cut -d' ' -f1 "$WORK/times-$1" | median; }
rss() { cut -d' ' -f2 "$WORK/times-$1" | median | awk '{ printf "%.0f", $1 / 1024 }'; }
FIRST_LOAD="$(grep '^first-warm-load-ms:' "$WORK/first-warm.txt" | cut -d' ' -f2 | median)"
FIRST_SCAN="$(grep '^first-warm-scan-ms:' "$WORK/first-warm.txt" | cut -d' ' -f2 | median)"

dl() { grep "^$1:" "$WORK/download.txt" | cut -d' ' -f2-; }
cat <<EOF
Reactor: $MODULES modules, $DEPENDENCIES third-party dependencies. $GENERATED

In process (OsvBenchmark, $RUNS runs each):

| measurement | median | all runs |
| --- | ---: | --- |
| cold index build (empty cache: read the zip, parse, index, write the cache) | $(field cold-build-ms | cut -d' ' -f2) ms | $(field cold-build-ms | sed 's/.*all //') ms |
| warm load from the cache (same JVM, after 2 warm-ups) | $(field warm-load-ms | cut -d' ' -f2) ms | $(field warm-load-ms | sed 's/.*all //') ms |
| scan of the $DEPENDENCIES coordinates (same JVM) | $(field warm-scan-ms | cut -d' ' -f2) ms | $(field warm-scan-ms | sed 's/.*all //') ms |
| first warm load in a fresh JVM (what a build sees) | $FIRST_LOAD ms | $(grep '^first-warm-load-ms:' "$WORK/first-warm.txt" | cut -d' ' -f2 | paste -sd' ' -) ms |
| first scan in a fresh JVM | $FIRST_SCAN ms | $(grep '^first-warm-scan-ms:' "$WORK/first-warm.txt" | cut -d' ' -f2 | paste -sd' ' -) ms |

Heap held by the loaded index: $(field index-heap-mib) MiB (heap used after GC with it loaded: $(field heap-used-with-index-mib) MiB);
cache file $(field cache-file-kib) KiB; database zip $(field database-kib) KiB. Advisories read $(field advisories-read),
withdrawn $(field withdrawn), packages indexed $(field packages-indexed); the scan found $(field vulnerable-dependencies)
vulnerable dependencies ($(field vulnerabilities) vulnerabilities).

The managed database (OsvBenchmark --download, the zip served on loopback, $RUNS runs into empty directories):

| measurement | median | all runs |
| --- | ---: | --- |
| download (OsvDatabaseDownload.refresh: one GET, checks, atomic move) | $(dl download-ms | cut -d' ' -f2) ms | $(dl download-ms | sed 's/.*all //') ms |
| index build from the downloaded copy | $(dl download-index-ms | cut -d' ' -f2) ms | $(dl download-index-ms | sed 's/.*all //') ms |
| scan of the $DEPENDENCIES coordinates | $(dl download-scan-ms | cut -d' ' -f2) ms | $(dl download-scan-ms | sed 's/.*all //') ms |
| cold download, index and scan together | $(dl cold-download-index-scan-ms | cut -d' ' -f2) ms | $(dl cold-download-index-scan-ms | sed 's/.*all //') ms |
| refresh of the unchanged copy | $(dl refresh-unchanged-ms | cut -d' ' -f2) ms | $(dl refresh-unchanged-ms | sed 's/.*all //') ms |

Downloaded: $(dl download-body-bytes) bytes in one 200 per run; the unchanged refresh cost $(dl refresh-answers)
(status and body bytes as the server counted them); $(dl progress-lines) progress lines in all.
EOF
if ((E2E_RUNS > 0)); then
cat <<EOF

End to end (offline, $E2E_RUNS interleaved rounds after one warm-up each; wall time and peak RSS of the mvn JVM):

| variant | command | median wall s | median peak RSS MiB | wall s, all rounds |
| --- | --- | ---: | ---: | --- |
| osv | \`mvn -o verify -Pmerge-ready -Dgatekeeper.gates=audit -Dgatekeeper.audit.engines=osv\` (warm cache) | $(wall osv) | $(rss osv) | $(cut -d' ' -f1 "$WORK/times-osv" | paste -sd' ' -) |
| dependency-check | same, \`-Dgatekeeper.audit.engines=dependency-check\` (warm database) | $(wall dc) | $(rss dc) | $(cut -d' ' -f1 "$WORK/times-dc" | paste -sd' ' -) |
| plain | \`mvn -o verify\` | $(wall plain) | $(rss plain) | $(cut -d' ' -f1 "$WORK/times-plain" | paste -sd' ' -) |

Audit findings in the evidence: osv: $OSV_FINDINGS; dependency-check: $DC_FINDINGS.
EOF
fi
cat <<EOF
Load average (1/5/15 min): at the start $LOAD_START; before the in-process runs $LOAD_BEFORE; after them
$LOAD_AFTER_IN_PROCESS; before the end-to-end rounds ${LOAD_E2E:-(none)}; after ${LOAD_AFTER:-(none)} ($(nproc) CPUs).
EOF
