#!/usr/bin/env bash
# SBOM verification benchmark: times SbomVerifier.verify on generated SBOMs of N/2, N and 2N
# components (default N = 1500), each component a real jar whose MD5, SHA-1, SHA-256 and SHA-512
# are checked; one warm-up, then 5 timed runs per size. Offline; needs only the local repository.
#
#   bench/sbom/run.sh [N]
#
# Results are recorded by hand in docs/performance.md ("SBOM verification").
set -euo pipefail
REPO_ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
SIZE="${1:-1500}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

cd "$REPO_ROOT"
./mvnw -B -q -pl gatekeeper-maven-plugin test-compile
(cd gatekeeper-maven-plugin && ../mvnw -B -q \
    org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/test-classpath.txt")
java -cp "$REPO_ROOT/gatekeeper-maven-plugin/target/classes:$REPO_ROOT/gatekeeper-maven-plugin/target/test-classes:$(cat "$WORK/test-classpath.txt")" \
    dev.gatekeeper.sbom.SbomVerifyBenchmark "$SIZE"
