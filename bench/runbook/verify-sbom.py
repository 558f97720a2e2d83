#!/usr/bin/env python3
"""The runbook's "make sbom-verify", by hand: what a person would script in a few lines.

    verify-sbom.py BOM_JSON DEPENDENCIES_TXT LOCAL_REPOSITORY

Checks that the CycloneDX JSON parses, that every groupId:artifactId:version of DEPENDENCIES_TXT (the
reactor's declared third-party dependencies, written by the generator) is a component with the package URL
pkg:maven/<groupId>/<artifactId>@<version>, and that each such component's SHA-256 equals the SHA-256 of the
jar in LOCAL_REPOSITORY. Exits 1 and names what is wrong otherwise. No schema validation, no check for extra
components, no dependency-graph resolution: that is what Gatekeeper's sbom gate adds.
"""
import hashlib
import json
import sys
from pathlib import Path


def main(bom_path, dependencies_path, repository):
    bom = json.loads(Path(bom_path).read_text(encoding="utf-8"))
    by_purl = {}
    for component in bom.get("components", []):
        purl = component.get("purl", "").split("?", 1)[0]
        by_purl[purl] = component
    problems = []
    expected = [line.strip() for line in Path(dependencies_path).read_text().splitlines() if line.strip()]
    for gav in expected:
        group, artifact, version = gav.split(":")
        component = by_purl.get(f"pkg:maven/{group}/{artifact}@{version}")
        if component is None:
            problems.append(f"missing: {gav}")
            continue
        sha256 = next((h["content"] for h in component.get("hashes", []) if h.get("alg") == "SHA-256"), None)
        jar = Path(repository, *group.split("."), artifact, version, f"{artifact}-{version}.jar")
        actual = hashlib.sha256(jar.read_bytes()).hexdigest()
        if sha256 != actual:
            problems.append(f"SHA-256 of {gav}: SBOM {sha256}, {jar} {actual}")
    for problem in problems[:20]:
        print(problem, file=sys.stderr)
    print(f"{len(expected)} dependencies, {len(by_purl)} components, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    sys.exit(main(*sys.argv[1:]))
