#!/usr/bin/env bash
# Issue 19, item 3: what merge-ready costs on a REAL project, against the build it runs anyway.
#
#   bench/runbook/run.sh --project DIR [--commit REV] [--branch NAME] [--runs 3] [--repo LOCAL_REPOSITORY]
#                        [-- MAVEN_ARGUMENT...]
#
# DIR is a git checkout of the project; it is never built in place: it is copied to $WORK/project, checked out at
# REV (default: DIR's HEAD) on a local branch NAME (default: DIR's current branch, else main: release-plan checks
# a release-track branch such as main or master in full), the merge-ready profile of this checkout's docs/setup.md
# pasted into its root POM (paste-profile.py, as a new user would) and committed there (a throw-away commit, as a
# team commits the profile). --repo is the Maven local repository of every command (the plugin is installed into
# it first); the MAVEN_ARGUMENTs after -- go to every build of the project (e.g. the audit's offline database:
# -Dgatekeeper.audit.engines=osv -Dgatekeeper.audit.osv.database=/path/all.zip).
#
# After one untimed round (compiles, fills the caches), per round, interleaved, each timed with /usr/bin/time
# (wall s, peak RSS of the largest process), the order alternating between rounds so that a drift of the machine's
# speed does not favour one command:
#   (p) mvn -B verify                                          the project's own build
#   (c) mvn -B verify -Pmerge-ready -Dgatekeeper.reuse=false   merge-ready, first run (no reuse)
#   (r) the CI re-run: merge-ready in a fresh clone of the same commit with a shared store filled by an earlier
#       build (-Dgatekeeper.reuse.store=$WORK/store) - only when the plugin has the shared store (issue 19 item 2);
#       otherwise the table says that it was not measured.
#   (q) mvn -B verify in a fresh clone of the same commit, right before (r): the plain CI build (r) is compared
#       with, since a fresh clone compiles everything while (p) reuses the copy's target/.
# Raw figures in $WORK/raw.tsv, each (c) and (r) build's evidence and log as $WORK/evidence-project-RUN-{c,r}.json,
# the load average in $WORK/load.txt; summarize.py prints the table with c/p, r/p and where (c)'s time goes.
set -euo pipefail

usage() { echo "usage: run.sh --project DIR [--commit REV] [--branch NAME] [--runs 3] [--repo LOCAL_REPOSITORY] [-- MAVEN_ARGUMENT...]" >&2; exit 2; }
PROJECT=""
COMMIT=""
BRANCH=""
RUNS=3
LOCAL_REPOSITORY="$HOME/.m2/repository"
while [[ $# -gt 0 ]]; do
    case "$1" in
        --project) PROJECT="$2"; shift 2 ;;
        --commit) COMMIT="$2"; shift 2 ;;
        --branch) BRANCH="$2"; shift 2 ;;
        --runs) RUNS="$2"; shift 2 ;;
        --repo) LOCAL_REPOSITORY="$2"; shift 2 ;;
        --) shift; break ;;
        *) usage ;;
    esac
done
EXTRA=("$@")
[[ -n "$PROJECT" && "$RUNS" =~ ^[1-9][0-9]*$ ]] || usage
[[ -d "$PROJECT/.git" && -f "$PROJECT/pom.xml" ]] \
    || { echo "--project $PROJECT: not a git checkout with a pom.xml at its top" >&2; exit 2; }
PROJECT="$(cd "$PROJECT" && pwd)"
COMMIT="$(git -C "$PROJECT" rev-parse --verify "${COMMIT:-HEAD}^{commit}" 2>/dev/null)" \
    || { echo "--commit: no such commit in $PROJECT" >&2; exit 2; }
BRANCH="${BRANCH:-$(git -C "$PROJECT" symbolic-ref -q --short HEAD || echo main)}"
git check-ref-format --branch "$BRANCH" >/dev/null 2>&1 || { echo "--branch $BRANCH: not a branch name" >&2; exit 2; }
mkdir -p "$LOCAL_REPOSITORY"
LOCAL_REPOSITORY="$(cd "$LOCAL_REPOSITORY" && pwd)"

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HERE="$REPO_ROOT/bench/runbook"
MVN="$REPO_ROOT/mvnw"
WORK="${WORK:-$(mktemp -d "${TMPDIR:-/tmp}/gatekeeper-project-bench.XXXXXX")}"
mkdir -p "$WORK"
WORK="$(cd "$WORK" && pwd)"
export SCARF_NO_ANALYTICS=true
export GIT_AUTHOR_NAME=bench GIT_AUTHOR_EMAIL=bench@example.invalid GIT_COMMITTER_NAME=bench GIT_COMMITTER_EMAIL=bench@example.invalid
log() { echo "[bench $(date -u +%H:%M:%S)] $*" >&2; }
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
log "work directory: $WORK (kept)"
echo "start $(date -u +%FT%TZ) load $(loadavg)" >>"$WORK/load.txt"

log "building and installing the plugin into $LOCAL_REPOSITORY"
(cd "$REPO_ROOT" && "$MVN" -B -q -o -Dmaven.repo.local="$LOCAL_REPOSITORY" install -pl gatekeeper-maven-plugin -am \
    -DskipTests -Dinvoker.skip)
STORE_SUPPORTED=false
if grep -rqs 'property = "gatekeeper.reuse.store"' "$REPO_ROOT/gatekeeper-maven-plugin/src/main/java"; then
    STORE_SUPPORTED=true
fi

P="$WORK/project"
log "copying $PROJECT at $COMMIT to $P"
rm -rf "$P"
cp -a "$PROJECT" "$P"
git -C "$P" checkout -q -f -B "$BRANCH" "$COMMIT"
git -C "$P" reset -q --hard
git -C "$P" clean -qfdx
python3 "$HERE/paste-profile.py" "$REPO_ROOT/docs/setup.md" "$P/pom.xml"
git -C "$P" commit -q --no-gpg-sign -am "bench: paste the merge-ready profile of docs/setup.md"
{
    echo "project $PROJECT"
    echo "commit $COMMIT on branch $BRANCH"
    echo "gatekeeper $(git -C "$REPO_ROOT" rev-parse HEAD)"
    echo "maven arguments ${EXTRA[*]:-}"
} >"$WORK/project.txt"

# timed <label> <dir> <arguments...>: /usr/bin/time around the build, log in $LOGS/<label>.log,
# "<label> <wall-s> <peak-rss-kib> <exit>" appended to $STEPS
timed() {
    local label="$1" dir="$2" status=0; shift 2
    /usr/bin/time -f '%e %M' -o "$WORK/time.txt" \
        "$MVN" -B -f "$dir/pom.xml" -Dmaven.repo.local="$LOCAL_REPOSITORY" "$@" ${EXTRA[@]+"${EXTRA[@]}"} \
        >"$LOGS/$label.log" 2>&1 || status=$?
    echo "$label $(tail -n 1 "$WORK/time.txt" | awk '{ print $(NF-1), $NF }') $status" >>"$STEPS"
    if [[ $status -ne 0 ]]; then log "$label exited with $status (log: $LOGS/$label.log)"; fi
    return 0
}
keep() { # label run dir: the build's evidence and log
    cp "$3/target/gatekeeper/evidence.json" "$WORK/evidence-project-$2-$1.json" 2>/dev/null || true
    cp "$LOGS/$1.log" "$WORK/log-project-$2-$1.log"
}
plain() { timed p "$P" verify; }
merge_ready() { timed c "$P" verify -Pmerge-ready -Dgatekeeper.reuse=false; keep c "$1" "$P"; }
CLONE="$WORK/ci-clone"
fresh_clone() { rm -rf "$CLONE" && git clone -q --no-local "$P" "$CLONE"; }
plain_ci() { fresh_clone; timed q "$CLONE" verify; }
ci_rerun() { # a fresh clone of the same commit, as CI has it; the store filled by the warm-up
    fresh_clone
    timed r "$CLONE" verify -Pmerge-ready -Dgatekeeper.reuse.store="$WORK/store"
    keep r "$1" "$CLONE"
}

LOGS="$WORK/logs"
mkdir -p "$LOGS"
log "warm-up (untimed p and c: compiles, downloads, fills the audit's caches)"
STEPS="$WORK/steps-warmup.txt"; : >"$STEPS"
plain; merge_ready warmup
if $STORE_SUPPORTED; then
    log "filling the shared store $WORK/store (merge-ready in a fresh clone)"
    ci_rerun fill
else
    log "the CI re-run (r) is not measured: this plugin has no shared store (gatekeeper.reuse.store, issue 19 item 2)"
fi
if grep -qv ' 0$' "$STEPS"; then log "a warm-up build failed:"; grep -v ' 0$' "$STEPS" >&2; fi

RAW="$WORK/raw.tsv"
[[ -f "$RAW" ]] || printf 'size\trun\tstep\twall_s\tpeak_rss_kib\texit\n' >"$RAW"
echo "before runs $(date -u +%FT%TZ) load $(loadavg)" >>"$WORK/load.txt"
for ((i = 1; i <= RUNS; i++)); do
    log "run $i/$RUNS (load $(loadavg))"
    STEPS="$WORK/steps-$i.txt"; : >"$STEPS"
    if ((i % 2)); then plain; merge_ready "$i"; else merge_ready "$i"; plain; fi
    if $STORE_SUPPORTED; then plain_ci; ci_rerun "$i"; fi
    while read -r step wall rss status; do
        printf 'project\t%s\t%s\t%s\t%s\t%s\n' "$i" "$step" "$wall" "$rss" "$status" >>"$RAW"
    done <"$STEPS"
    echo "after run $i $(date -u +%FT%TZ) load $(loadavg)" >>"$WORK/load.txt"
done

python3 "$HERE/summarize.py" "$WORK" | tee "$WORK/table.md"
log "raw figures: $RAW, evidence: $WORK/evidence-project-*.json, load: $WORK/load.txt"
