#!/usr/bin/env bash
# Benchmark: Gatekeeper's audit gate vs. OWASP Dependency-Check 13.0.0 run alone.
#
# Usage: bench/audit/run.sh [RUNS]        (RUNS defaults to 5; KEEP=1 keeps the work directory)
#
# What it does, on this machine, against a synthetic NVD data feed (no NVD, no other host; Maven
# Central only for artifacts missing from the local repository):
#   1. builds the plugin once with `./mvnw -B -q install -DskipTests -Dinvoker.skip` from the
#      repository root. NOTE: this INSTALLS dev.gatekeeper:*:0.1.0-SNAPSHOT into ~/.m2/repository,
#      which is what a developer benchmark needs (the sample project resolves the plugin from
#      there) but does change your local repository;
#   2. writes the feeds with dev.gatekeeper.audit.IntegrationTestFeeds from the test classes
#      (fresh/ = modified now; the same feed the invoker ITs use);
#   3. generates a 4-module sample project (12 third-party dependencies, one being
#      org.apache.commons:commons-text:1.9 with CVE-2022-42889) in a temporary directory;
#   4. warms both Dependency-Check databases (one run each, not timed), then times RUNS rounds of
#        (a) mvn -q org.owasp:dependency-check-maven:13.0.0:aggregate  with Gatekeeper's offline settings
#        (b) mvn -q verify -Pmerge-ready   (only Gatekeeper's audit + verdict goals bound)
#        (c) mvn -q verify                 (the same build without the profile, for context)
#      interleaved a, b, c within each round, and prints a Markdown table (wall seconds).
#
# (b) - (c) is what the audit gate adds to an ordinary build; (a) is what Dependency-Check alone
# costs. Both scans are warm: the database is built and the feed's cache.properties is re-read on
# every run (nvdValidForHours=0), as Gatekeeper configures it.
set -euo pipefail

RUNS="${1:-5}"
[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || { echo "usage: $0 [RUNS]" >&2; exit 2; }

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
MVN="$REPO_ROOT/mvnw"
DC_VERSION=13.0.0
WORK="$(mktemp -d "${TMPDIR:-/tmp}/gatekeeper-audit-bench.XXXXXX")"
cleanup() {
    if [[ "${KEEP:-0}" == 1 ]]; then echo "work directory kept: $WORK" >&2; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
# Dependency-Check's telemetry (see docs/audit-dependency-check-probe.md): off for every run.
export SCARF_NO_ANALYTICS=true

log() { echo "[bench] $*" >&2; }

# --- 1. the plugin -------------------------------------------------------------------------------
log "building and installing the plugin (./mvnw -B -q install -DskipTests -Dinvoker.skip)"
(cd "$REPO_ROOT" && "$MVN" -B -q install -DskipTests -Dinvoker.skip)
PLUGIN_VERSION="$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' "$REPO_ROOT/pom.xml" | head -n 1)"

# --- 2. the synthetic feed -----------------------------------------------------------------------
log "writing the synthetic NVD feed"
(cd "$REPO_ROOT" && "$MVN" -B -q -pl gatekeeper-maven-plugin \
    org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/test-classpath.txt")
java -cp "$REPO_ROOT/gatekeeper-maven-plugin/target/test-classes:$(cat "$WORK/test-classpath.txt")" \
    dev.gatekeeper.audit.IntegrationTestFeeds "$WORK/feeds"
FEED_URL="file://$WORK/feeds/fresh/"

# Gatekeeper's Dependency-Check settings (AuditMojo.parameters), with the network switches read
# from DependencyCheckExecution.NETWORK_FEATURES so the two cannot drift apart.
NETWORK_FEATURES="$(sed -n '/NETWORK_FEATURES = List.of(/,/);/p' \
    "$REPO_ROOT/gatekeeper-maven-plugin/src/main/java/dev/gatekeeper/audit/maven/DependencyCheckExecution.java" \
    | grep -o '"[A-Za-z]*"' | tr -d '"')"
[[ $(wc -w <<<"$NETWORK_FEATURES") -ge 10 ]] || { echo "could not read NETWORK_FEATURES" >&2; exit 1; }
DC_ARGS=(
    -DnvdDatafeedUrl="$FEED_URL" -DdataDirectory="$WORK/dc-data-alone"
    -DautoUpdate=true -DnvdValidForHours=0
    -DskipTestScope=true -DskipProvidedScope=true -DskipSystemScope=true -DskipRuntimeScope=false
    -Dformat=JSON -DprettyPrint=true -DshowSummary=false -DfailBuildOnCVSS=11 -DfailOnError=true
    -DSCARF_NO_ANALYTICS=true
)
for feature in $NETWORK_FEATURES; do DC_ARGS+=("-D$feature=false"); done

# --- 3. the sample project -----------------------------------------------------------------------
PROJECT="$WORK/sample"
log "generating the sample project in $PROJECT"
dep() { printf '    <dependency><groupId>%s</groupId><artifactId>%s</artifactId><version>%s</version></dependency>\n' "$1" "$2" "$3"; }
module() { # name, dependencies xml
    mkdir -p "$PROJECT/$1/src/main/java/com/example/$1"
    cat >"$PROJECT/$1/pom.xml" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <parent><groupId>com.example.bench</groupId><artifactId>bench-root</artifactId><version>1.0.0-SNAPSHOT</version></parent>
  <artifactId>$1</artifactId>
  <dependencies>
$2
  </dependencies>
</project>
EOF
    printf 'package com.example.%s;\n\npublic final class %s {\n    public static String name() {\n        return "%s";\n    }\n}\n' \
        "$1" "${1^}" "$1" >"$PROJECT/$1/src/main/java/com/example/$1/${1^}.java"
}
mkdir -p "$PROJECT"
cat >"$PROJECT/pom.xml" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.example.bench</groupId>
  <artifactId>bench-root</artifactId>
  <version>1.0.0-SNAPSHOT</version>
  <packaging>pom</packaging>
  <modules><module>core</module><module>model</module><module>io</module><module>web</module></modules>
  <properties>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
    <maven.compiler.release>17</maven.compiler.release>
  </properties>
  <profiles>
    <profile>
      <id>merge-ready</id>
      <build>
        <plugins>
          <plugin>
            <groupId>dev.gatekeeper</groupId>
            <artifactId>gatekeeper-maven-plugin</artifactId>
            <version>$PLUGIN_VERSION</version>
            <configuration>
              <nvdDatafeedUrl>$FEED_URL</nvdDatafeedUrl>
              <dataDirectory>$WORK/dc-data-gatekeeper</dataDirectory>
            </configuration>
            <executions>
              <execution>
                <id>merge-ready</id>
                <goals><goal>audit</goal><goal>verdict</goal></goals>
              </execution>
            </executions>
          </plugin>
        </plugins>
      </build>
    </profile>
  </profiles>
</project>
EOF
# Accepted so that (b) ends in a passing verdict like (a) and (c); it is still found and reported.
cat >"$PROJECT/gatekeeper-suppressions.json" <<'EOF'
{"suppressions": [
  {"id": "CVE-2022-42889", "package": "org.apache.commons:commons-text", "reason": "benchmark fixture", "expires": "2099-12-31"}
]}
EOF
module core "$(dep org.apache.commons commons-text 1.9; dep com.google.guava guava 33.4.0-jre; dep org.slf4j slf4j-api 2.0.16)"
module model "$(dep com.fasterxml.jackson.core jackson-databind 2.18.2; dep com.google.code.gson gson 2.11.0; dep org.yaml snakeyaml 2.2)"
module io "$(dep com.example.bench core 1.0.0-SNAPSHOT; dep commons-io commons-io 2.16.1; dep org.apache.commons commons-compress 1.26.2
             dep commons-codec commons-codec 1.17.1; dep org.apache.commons commons-collections4 4.4)"
module web "$(dep com.example.bench model 1.0.0-SNAPSHOT; dep com.example.bench io 1.0.0-SNAPSHOT
              dep org.apache.httpcomponents httpclient 4.5.14; dep org.jsoup jsoup 1.19.1)"

# --- 4. the runs ---------------------------------------------------------------------------------
run_a() { "$MVN" -B -q -f "$PROJECT/pom.xml" "org.owasp:dependency-check-maven:$DC_VERSION:aggregate" "${DC_ARGS[@]}"; }
run_b() { "$MVN" -B -q -f "$PROJECT/pom.xml" verify -Pmerge-ready; }
run_c() { "$MVN" -B -q -f "$PROJECT/pom.xml" verify; }

timed() { # variant → appends wall seconds to $WORK/times-<variant>
    local start end
    start=$(date +%s.%N)
    if ! "run_$1" >"$WORK/last-$1.log" 2>&1; then
        echo "run ($1) failed:" >&2; tail -n 40 "$WORK/last-$1.log" >&2; exit 1
    fi
    end=$(date +%s.%N)
    echo "$start $end" | awk '{ printf "%.2f\n", $2 - $1 }' >>"$WORK/times-$1"
}

log "warm-up (builds both databases from the feed; not timed)"
for v in a b c; do
    if ! "run_$v" >"$WORK/warmup-$v.log" 2>&1; then echo "warm-up ($v) failed:" >&2; tail -n 40 "$WORK/warmup-$v.log" >&2; exit 1; fi
done
# Both scans must have found the vulnerable dependency, or the comparison means nothing.
grep -q '"CVE-2022-42889"' "$PROJECT/target/dependency-check-report.json" \
    || { echo "Dependency-Check alone did not report CVE-2022-42889" >&2; exit 1; }
grep -q 'CVE-2022-42889' "$PROJECT/target/gatekeeper/audit/dependency-check-report.json" \
    || { echo "Gatekeeper's scan did not report CVE-2022-42889" >&2; exit 1; }
SCANNED=$(grep -c '"fileName"' "$PROJECT/target/dependency-check-report.json" || true)

loadavg() { cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown; }
LOAD_BEFORE="$(loadavg)"
for ((i = 1; i <= RUNS; i++)); do
    log "round $i/$RUNS"
    timed a; timed b; timed c
done

stats() { # file → "median min max"
    sort -n "$1" | awk '{ v[NR] = $1 } END {
        m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
        printf "%.2f %.2f %.2f\n", m, v[1], v[NR] }'
}
LOAD_AFTER="$(loadavg)"
read -r MA LA HA < <(stats "$WORK/times-a")
read -r MB LB HB < <(stats "$WORK/times-b")
read -r MC LC HC < <(stats "$WORK/times-c")
COST=$(awk -v b="$MB" -v c="$MC" 'BEGIN { printf "%.2f", b - c }')
RATIO=$(awk -v x="$COST" -v a="$MA" 'BEGIN { printf "%.0f", 100 * x / a }')

cat <<EOF
| variant | command | median s | min s | max s |
| --- | --- | ---: | ---: | ---: |
| (a) Dependency-Check alone | \`mvn -q org.owasp:dependency-check-maven:$DC_VERSION:aggregate\` + Gatekeeper's offline settings | $MA | $LA | $HA |
| (b) Gatekeeper audit + verdict | \`mvn -q verify -Pmerge-ready\` | $MB | $LB | $HB |
| (c) plain build | \`mvn -q verify\` | $MC | $LC | $HC |
| (b) − (c) | Gatekeeper's audit cost (medians) | $COST | | |

$RUNS timed rounds (a, b, c interleaved) after one warm-up run each; wall seconds of the whole
\`mvn\` invocation (both verify variants incremental: the project was compiled by the warm-up);
4 modules, $SCANNED dependencies in Dependency-Check's report (the 12 declared third-party ones, their
transitive ones, and the reactor modules other modules depend on); warm databases, feed re-read on
every run. Gatekeeper's audit cost is ${RATIO}% of the time of Dependency-Check alone.

Load average (1/5/15 min) before the timed rounds: $LOAD_BEFORE; after: $LOAD_AFTER ($(nproc) CPUs).
Raw wall seconds per round: (a) $(paste -sd' ' "$WORK/times-a"); (b) $(paste -sd' ' "$WORK/times-b"); (c) $(paste -sd' ' "$WORK/times-c").
EOF
