#!/usr/bin/env bash
# One-time step that needs the network (Maven Central): puts the libraries of
# bench/reactor/extra-artifacts.txt (groupId:artifactId:version, one a line) into the local repository,
# each jar with its POM (and the parent POMs Maven needs to read it) but WITHOUT its transitive
# dependencies, in a single Maven invocation. Afterwards the reactor generator finds enough released
# jars (>= 1,600) for a 1,500-dependency reactor, and everything under bench/ runs offline (mvn -o).
#
#   bench/reactor/prepare-repository.sh [--repository DIR]     (default: ~/.m2/repository)
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
LIST="$REPO_ROOT/bench/reactor/extra-artifacts.txt"
LOCAL_REPOSITORY="$HOME/.m2/repository"
if [[ "${1:-}" == --repository ]]; then LOCAL_REPOSITORY="$2"; fi
WORK="$(mktemp -d "${TMPDIR:-/tmp}/gatekeeper-prepare-repository.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

{
    cat <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>dev.gatekeeper.bench</groupId>
  <artifactId>prepare-repository</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <dependencies>
EOF
    grep -v '^\s*\(#\|$\)' "$LIST" | while IFS=: read -r group artifact version; do
        printf '    <dependency><groupId>%s</groupId><artifactId>%s</artifactId><version>%s</version>' "$group" "$artifact" "$version"
        printf '<exclusions><exclusion><groupId>*</groupId><artifactId>*</artifactId></exclusion></exclusions></dependency>\n'
    done
    cat <<'EOF'
  </dependencies>
</project>
EOF
} >"$WORK/pom.xml"

COUNT=$(grep -c '<dependency>' "$WORK/pom.xml")
echo "[prepare] resolving $COUNT artifacts (no transitives) into $LOCAL_REPOSITORY" >&2
if ! "$REPO_ROOT/mvnw" -B -q -f "$WORK/pom.xml" -Dmaven.repo.local="$LOCAL_REPOSITORY" \
        org.apache.maven.plugins:maven-dependency-plugin:3.8.1:resolve >"$WORK/mvn.log" 2>&1; then
    grep -oE 'Could not find artifact [^ ]+|Failed to read artifact descriptor for [^ ]+|\[ERROR\] [^ ].*' "$WORK/mvn.log" \
        | grep -v -e 'Re-run Maven' -e 'Help 1' -e '^\[ERROR\] *$' | sort -u | head -n 200 >&2
    echo "[prepare] failed: fix or remove the artifacts named above in $LIST" >&2
    exit 1
fi
JARS=$(find "$LOCAL_REPOSITORY" -name '*.jar' -not -name '*-sources.jar' -not -name '*-javadoc.jar' \
    -not -name '*-tests.jar' -not -path '*SNAPSHOT*' | wc -l)
echo "[prepare] done: $JARS released jars in $LOCAL_REPOSITORY" >&2
