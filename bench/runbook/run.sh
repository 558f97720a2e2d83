#!/usr/bin/env bash
# Headline benchmark (issue 10): the pre-merge runbook done by hand with the raw tools vs.
# `mvn verify -Pmerge-ready` with Gatekeeper, on the same generated reactor, in one run.
#
#   bench/runbook/run.sh [--sizes 10,50] [--runs 3] [--repo LOCAL_REPOSITORY]   (the big one: --sizes 200 --runs 1)
#   bench/runbook/run.sh --project DIR ...        a real project instead: see bench/runbook/project.sh
#
# Offline, once bench/reactor/prepare-repository.sh has filled ~/.m2 (it needs the network once); --repo names
# another local repository (prepare-repository.sh --repository DIR), used by every command and by the generator.
# WORK=<dir> chooses the work directory (default: a new /tmp/gatekeeper-runbook-bench.*), which is kept:
# it holds the raw figures (raw.tsv, evidence-*.json), the logs and each reactor.
#
# It
#   1. builds and INSTALLS the plugin into ~/.m2 (./mvnw -B -q -o install -pl gatekeeper-maven-plugin -am
#      -DskipTests -Dinvoker.skip), as bench/audit/run.sh does;
#   2. writes the synthetic NVD feed of the integration tests (IntegrationTestFeeds, 2 CVEs);
#   3. per size, generates a reactor with bench/reactor/ReactorGenerator.java (modules -> third-party
#      dependencies: 10 -> 150, 50 -> 600, 200 -> 1,500, otherwise 7.5 per module), builds both variants
#      once untimed (compiles, builds both Dependency-Check databases from the feed), then per run,
#      interleaved, each command timed with /usr/bin/time -f '%e %M' (wall s, peak RSS of the largest
#      process):
#      (a) the runbook by hand, separate commands, summed:
#          a1 certify:  mvn -o verify
#          a2 snapshot: java -cp module-001/target/classes <Main> --from <fixture> | diff - <committed snapshot>
#          a3 audit:    mvn org.owasp:dependency-check-maven:13.0.0:aggregate + Gatekeeper's offline settings
#          a4 smoke:    mvn install -DskipTests into a new, empty local repository (settings: ~/.m2 served as a
#                       file:// remote, as Gatekeeper's smoke gate does offline); the CLI's runtime classpath
#                       resolved from that repository (dependency:build-classpath); java -cp ... <Main> --help
#          a5 sbom:     mvn org.cyclonedx:cyclonedx-maven-plugin:<Gatekeeper's version>:makeAggregateBom
#                       (Gatekeeper's parameters) + bench/runbook/verify-sbom.py
#      (p) mvn -o verify, the plain build a team runs anyway (issue 19): the yardstick of a/p and b/p;
#      (b) mvn -o verify -Pmerge-ready (Dependency-Check engine, gatekeeper.smoke.offline), after removing
#          the reuse records so that it is a first run;
#      (c) the same command again at once, nothing changed (gatekeeper.reuse, on by default).
#      The two aggregate goals refuse -o (their descriptors require online mode): they run without it, and the
#      script stops if any command of (a) downloaded anything except from ~/.m2 served as file://.
#      Gate time and Gatekeeper's own share are read from target/gatekeeper/evidence.json of (b) and (c).
#   4. prints a Markdown table per size (median, min, max) and writes the raw figures to $WORK/raw.tsv.
set -euo pipefail
# --project DIR: a real project instead of the synthetic reactors (bench/runbook/project.sh)
for argument in "$@"; do
    if [[ "$argument" == --project ]]; then exec "$(dirname "${BASH_SOURCE[0]}")/project.sh" "$@"; fi
    if [[ "$argument" == -- ]]; then break; fi
done

SIZES=10,50
RUNS=3
M2="$HOME/.m2/repository"
while [[ $# -gt 0 ]]; do
    case "$1" in
        --sizes) SIZES="$2"; shift 2 ;;
        --runs) RUNS="$2"; shift 2 ;;
        --repo) M2="$(cd "$2" && pwd)"; shift 2 ;;
        *) echo "usage: $0 [--sizes 10,50] [--runs 3] [--repo LOCAL_REPOSITORY]" >&2; exit 2 ;;
    esac
done
[[ "$RUNS" =~ ^[1-9][0-9]*$ && "$SIZES" =~ ^[1-9][0-9]*(,[1-9][0-9]*)*$ ]] \
    || { echo "usage: $0 [--sizes 10,50] [--runs 3] [--repo LOCAL_REPOSITORY]" >&2; exit 2; }

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HERE="$REPO_ROOT/bench/runbook"
MVN="$REPO_ROOT/mvnw"
DC_VERSION=13.0.0
WORK="${WORK:-$(mktemp -d "${TMPDIR:-/tmp}/gatekeeper-runbook-bench.XXXXXX")}"
mkdir -p "$WORK"
export SCARF_NO_ANALYTICS=true
log() { echo "[bench $(date -u +%H:%M:%S)] $*" >&2; }
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
log "work directory: $WORK (kept)"
echo "start $(date -u +%FT%TZ) load $(loadavg)" >>"$WORK/load.txt"

# --- 1. the plugin --------------------------------------------------------------------------------
log "building and installing the plugin"
(cd "$REPO_ROOT" && "$MVN" -B -q -o -Dmaven.repo.local="$M2" install -pl gatekeeper-maven-plugin -am -DskipTests -Dinvoker.skip)
(cd "$REPO_ROOT" && "$MVN" -B -q -o -Dmaven.repo.local="$M2" -pl gatekeeper-maven-plugin \
    org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/test-classpath.txt")
PLUGIN_VERSION="$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' "$REPO_ROOT/pom.xml" | head -n 1)"
PLUGIN_SRC="$REPO_ROOT/gatekeeper-maven-plugin/src/main/java/dev/gatekeeper/mojo"
CYCLONEDX_VERSION="$(grep 'property = "gatekeeper.sbom.cyclonedxVersion"' "$PLUGIN_SRC/SbomMojo.java" \
    | sed -n 's/.*defaultValue = "\([^"]*\)".*/\1/p' | head -n 1)"
[[ -n "$CYCLONEDX_VERSION" ]] || { echo "could not read the CycloneDX version from SbomMojo" >&2; exit 1; }

# --- 2. the synthetic feed and the settings shared by (a) and (b) ----------------------------------
log "writing the synthetic NVD feed"
java -cp "$REPO_ROOT/gatekeeper-maven-plugin/target/test-classes:$(cat "$WORK/test-classpath.txt")" \
    dev.gatekeeper.audit.IntegrationTestFeeds "$WORK/feeds"
FEED_URL="file://$WORK/feeds/fresh/"
NETWORK_FEATURES="$(sed -n '/NETWORK_FEATURES = List.of(/,/);/p' "$REPO_ROOT/gatekeeper-maven-plugin/src/main/java/dev/gatekeeper/audit/maven/DependencyCheckExecution.java" \
    | grep -o '"[A-Za-z]*"' | tr -d '"')"
[[ $(wc -w <<<"$NETWORK_FEATURES") -ge 10 ]] || { echo "could not read NETWORK_FEATURES" >&2; exit 1; }
DC_ARGS=(-DnvdDatafeedUrl="$FEED_URL" -DautoUpdate=true -DnvdValidForHours=0
    -DskipTestScope=true -DskipProvidedScope=true -DskipSystemScope=true -DskipRuntimeScope=false
    -Dformat=JSON -DprettyPrint=true -DshowSummary=false -DfailBuildOnCVSS=11 -DfailOnError=true)
for feature in $NETWORK_FEATURES; do DC_ARGS+=("-D$feature=false"); done
CDX_ARGS=(-DoutputFormat=all -DoutputName=bom -DschemaVersion=1.6 -DskipAttach=true -DincludeCompileScope=true
    -DincludeRuntimeScope=true -DincludeProvidedScope=false -DincludeSystemScope=false -DincludeTestScope=false
    -DoutputReactorProjects=false)
# The clean local repository of the smoke step resolves plugins and third-party artifacts from ~/.m2,
# served read-only as a file:// remote (what someone without network does; Gatekeeper's smoke gate does the same).
cat >"$WORK/clean-settings.xml" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <mirrors><mirror><id>local-as-remote</id><mirrorOf>*</mirrorOf><url>file://$M2</url></mirror></mirrors>
  <profiles><profile><id>local-as-remote</id>
    <repositories><repository><id>central</id><url>file://$M2</url>
      <releases><enabled>true</enabled><checksumPolicy>ignore</checksumPolicy></releases><snapshots><enabled>false</enabled></snapshots></repository></repositories>
    <pluginRepositories><pluginRepository><id>central</id><url>file://$M2</url>
      <releases><enabled>true</enabled><checksumPolicy>ignore</checksumPolicy></releases><snapshots><enabled>false</enabled></snapshots></pluginRepository></pluginRepositories>
  </profile></profiles>
  <activeProfiles><activeProfile>local-as-remote</activeProfile></activeProfiles>
</settings>
EOF

dependencies_for() { case "$1" in 10) echo 150 ;; 50) echo 600 ;; 200) echo 1500 ;; *) echo $(($1 * 15 / 2)) ;; esac; }

# --- the commands ---------------------------------------------------------------------------------
# timed <label> <function>: runs the function in a child bash under /usr/bin/time (which runs no functions itself),
# its log in $LOGS/<label>.log, and appends "<label> <wall-s> <peak-rss-kib> <exit>" to $STEPS
timed() {
    local label="$1" function="$2"
    local status=0
    local state
    state="$(declare -p MVN R CLEAN WORK M2 HERE SIZE FEED_URL DC_VERSION CYCLONEDX_VERSION DC_ARGS CDX_ARGS; declare -f)"
    /usr/bin/time -f '%e %M' -o "$WORK/time.txt" bash -c "$state; set -eo pipefail; $function" >"$LOGS/$label.log" 2>&1 \
        || status=$?
    echo "$label $(tail -n 1 "$WORK/time.txt" | awk '{ print $(NF-1), $NF }') $status" >>"$STEPS"
    if [[ $status -ne 0 ]]; then log "$label exited with $status (log: $LOGS/$label.log)"; fi
    return 0
}
cli_snapshot() { # runbook step 2 by hand: the CLI over the committed fixture, compared with the committed snapshot
    java -cp "$R/module-001/target/classes" com.example.bench.cli.Main --from "$R/module-001/src/test/fixtures/words" \
        | diff - "$R/module-001/src/test/snapshots/weights/words.txt"
}
clean_install() {
    rm -rf "$CLEAN" && mkdir -p "$CLEAN"
    "$MVN" -B -s "$WORK/clean-settings.xml" -Dmaven.repo.local="$CLEAN" -f "$R/pom.xml" install -DskipTests
}
clean_classpath() { # the CLI's runtime classpath, resolved from the clean repository alone, as a consumer would
    "$MVN" -B -s "$WORK/clean-settings.xml" -Dmaven.repo.local="$CLEAN" -f "$R/module-001/pom.xml" \
        org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath -Dmdep.includeScope=runtime \
        -Dmdep.outputFile="$WORK/cli-classpath.txt"
}
clean_entry_point() {
    java -cp "$CLEAN/com/example/bench/module-001/1.0.0-SNAPSHOT/module-001-1.0.0-SNAPSHOT.jar:$(cat "$WORK/cli-classpath.txt")" \
        com.example.bench.cli.Main --help | grep -q '^Usage: bench-cli'
}
# Both aggregate goals refuse -o ("Goal requires online mode"), so they run without it, as someone by hand must;
# everything they need is in ~/.m2 and the script checks that nothing was downloaded (no_downloads).
cyclonedx() {
    "$MVN" -B -Dmaven.repo.local="$M2" -f "$R/pom.xml" "org.cyclonedx:cyclonedx-maven-plugin:$CYCLONEDX_VERSION:makeAggregateBom" \
        "${CDX_ARGS[@]}" -DoutputDirectory="$R/target/by-hand-sbom"
}
verify_sbom() { python3 "$HERE/verify-sbom.py" "$R/target/by-hand-sbom/bom.json" "$R/dependencies.txt" "$M2"; }
dependency_check() {
    "$MVN" -B -Dmaven.repo.local="$M2" -f "$R/pom.xml" "org.owasp:dependency-check-maven:$DC_VERSION:aggregate" "${DC_ARGS[@]}" \
        -DdataDirectory="$WORK/dc-data-by-hand-$SIZE"
}
merge_ready() {
    "$MVN" -B -o -Dmaven.repo.local="$M2" -f "$R/pom.xml" verify -Pmerge-ready -Dgatekeeper.audit.nvdDatafeedUrl="$FEED_URL" \
        -Dgatekeeper.audit.dataDirectory="$WORK/dc-data-gatekeeper-$SIZE" -Dgatekeeper.smoke.offline=true \
        -Dgatekeeper.reuse.store=none # (b) is a first run: no record from the user's shared store (issue 19)
}
certify_by_hand() { "$MVN" -B -o -Dmaven.repo.local="$M2" -f "$R/pom.xml" verify; }
plain_verify() { "$MVN" -B -o -Dmaven.repo.local="$M2" -f "$R/pom.xml" verify; } # (p): the same command as a1, timed next to (b)
forget_reuse() { find "$R" -path '*/target/gatekeeper/reuse' -prune -exec rm -rf {} +; }

run_a() {
    timed a1-verify certify_by_hand
    timed a2-snapshot cli_snapshot
    timed a3-dependency-check dependency_check
    timed a4-clean-install clean_install
    timed a4-clean-classpath clean_classpath
    timed a4-entry-point clean_entry_point
    timed a5-cyclonedx cyclonedx
    timed a5-verify-sbom verify_sbom
    no_downloads || { echo "(a) used the network; the comparison would not be offline" >&2; exit 1; }
}
no_downloads() { # the logs of the commands that ran without -o: ~/.m2 served as file:// is all they may have read
    if grep -h 'Downloading from' "$LOGS"/a*.log | grep -v "file://$M2" | grep -q .; then
        log "a command of (a) downloaded from a remote repository: $(grep -h 'Downloading from' "$LOGS"/a*.log | grep -v "file://$M2" | head -n 3)"
        return 1
    fi
}
run_bc() { # $1: run label
    timed p-verify plain_verify
    forget_reuse
    timed b-merge-ready merge_ready
    cp "$R/target/gatekeeper/evidence.json" "$WORK/evidence-$SIZE-$1-b.json" 2>/dev/null || true
    cp "$LOGS/b-merge-ready.log" "$WORK/log-$SIZE-$1-b.log"
    timed c-merge-ready-again merge_ready
    cp "$R/target/gatekeeper/evidence.json" "$WORK/evidence-$SIZE-$1-c.json" 2>/dev/null || true
    cp "$LOGS/c-merge-ready-again.log" "$WORK/log-$SIZE-$1-c.log"
}

RAW="$WORK/raw.tsv"
[[ -f "$RAW" ]] || printf 'size\trun\tstep\twall_s\tpeak_rss_kib\texit\n' >"$RAW"
IFS=, read -r -a SIZE_LIST <<<"$SIZES"
for SIZE in "${SIZE_LIST[@]}"; do
    DEPS="$(dependencies_for "$SIZE")"
    R="$WORK/reactor-$SIZE"
    CLEAN="$WORK/clean-repository-$SIZE"
    LOGS="$WORK/logs-$SIZE"
    mkdir -p "$LOGS"
    if [[ ! -f "$R/pom.xml" ]]; then
        log "generating a reactor of $SIZE modules and $DEPS dependencies"
        java "$REPO_ROOT/bench/reactor/ReactorGenerator.java" --modules "$SIZE" --dependencies "$DEPS" --out "$R" \
            --gatekeeper-version "$PLUGIN_VERSION" --repository "$M2" >&2
        # The synthetic feed's CVE-2022-42889 (commons-text 1.9, in the 50- and 200-module reactors) is accepted, as in
        # bench/audit/run.sh, so that (b) ends in a passing verdict like (a) and (c) can reuse the audit; still scanned.
        cat >"$R/gatekeeper-suppressions.json" <<'JSON'
{"suppressions": [
  {"id": "CVE-2022-42889", "package": "org.apache.commons:commons-text", "reason": "benchmark fixture", "expires": "2099-12-31"}
]}
JSON
        # The docs and fixtures gates read git; a reactor is its own repository, as a project would be.
        git -C "$R" init -q -b main && git -C "$R" add -A \
            && git -C "$R" -c user.name=bench -c user.email=bench@example.com commit -q --no-gpg-sign -m "generated"
    fi
    log "size $SIZE: warm-up (untimed a1, a3 and b: compiles, builds both Dependency-Check databases)"
    STEPS="$WORK/steps-$SIZE-warmup.txt"; : >"$STEPS"
    timed a1-verify certify_by_hand; timed a3-dependency-check dependency_check; timed a5-cyclonedx cyclonedx
    forget_reuse; timed b-merge-ready merge_ready
    if grep -qv ' 0$' "$STEPS"; then
        log "size $SIZE: a warm-up command failed:"; grep -v ' 0$' "$STEPS" >&2
    fi
    echo "size $SIZE before runs $(date -u +%FT%TZ) load $(loadavg)" >>"$WORK/load.txt"
    for ((i = 1; i <= RUNS; i++)); do
        log "size $SIZE: run $i/$RUNS"
        STEPS="$WORK/steps-$SIZE-$i.txt"; : >"$STEPS"
        run_a; run_bc "$i"
        while read -r step wall rss status; do
            printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$SIZE" "$i" "$step" "$wall" "$rss" "$status" >>"$RAW"
        done <"$STEPS"
    done
    echo "size $SIZE after runs $(date -u +%FT%TZ) load $(loadavg)" >>"$WORK/load.txt"
done

python3 "$HERE/summarize.py" "$WORK" | tee "$WORK/table.md"
log "raw figures: $RAW, evidence: $WORK/evidence-*.json, load: $WORK/load.txt"
