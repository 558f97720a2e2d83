#!/usr/bin/env python3
"""Turns bench/runbook/run.sh's raw figures (WORK/raw.tsv, WORK/evidence-SIZE-RUN-{b,c}.json) into Markdown.

    summarize.py WORK

Per size: median, min and max over the runs of (a) the runbook by hand (each step and the sum), (p) the plain
`mvn verify`, (b) the first `mvn verify -Pmerge-ready`, (c) the second one with nothing changed, b/a, a/p, b/p
(pair by pair within a run), and from the evidence the gate time
(every result's durationMillis plus the verdict's own), Gatekeeper's own share of it, c/b of the gate times,
the overlap (the sum of the gates' durations minus the time covered by at least one gate), and how much of the
background gates' time (smoke, snapshot) ended before the last other gate ended.
"""
import csv
import project_summary
import json
import statistics
import sys
from collections import defaultdict
from datetime import datetime
from pathlib import Path

STEPS = [("a1", "certify: `mvn -o verify`"), ("a2", "snapshot: CLI over the fixture, `diff`"),
         ("a3", "audit: `dependency-check-maven:aggregate`"),
         ("a4", "smoke: `install` into a clean repository, classpath, `--help`"),
         ("a5", "sbom: `makeAggregateBom` + verify-sbom.py")]


def spread(values, unit="", digits=1):
    if not values:
        return "n/a"
    fmt = f"{{:.{digits}f}}"
    med = fmt.format(statistics.median(values))
    if len(values) == 1:
        return med + unit
    return f"{med}{unit} ({fmt.format(min(values))}–{fmt.format(max(values))})"


def evidence_figures(path):
    if not path.is_file():
        return None
    evidence = json.loads(path.read_text(encoding="utf-8"))
    results = evidence.get("results", [])
    verdict_ms = evidence.get("verdict", {}).get("durationMillis", 0)
    total = sum(max(0, r.get("durationMillis", 0)) for r in results)
    tools = sum(max(0, min(r.get("toolMillis", 0), r.get("durationMillis", 0))) for r in results)
    intervals = []
    for r in results:
        start = datetime.fromisoformat(r["startedAt"].replace("Z", "+00:00")).timestamp() * 1000
        intervals.append((start, start + max(0, r.get("durationMillis", 0))))
    covered, end = 0.0, None
    for s, e in sorted(intervals):
        if end is None or s > end:
            covered += e - s
            end = e
        elif e > end:
            covered += e - end
            end = e
    # smoke and snapshot evaluate in the background (gatekeeper.overlap); what of them ended before the last other
    # gate did was hidden behind the rest of the build, the rest the verdict waited for
    background = [(s, e) for (s, e), r in zip(intervals, results) if r["gate"].split(":")[0] in ("smoke", "snapshot")]
    foreground_end = max((e for (s, e), r in zip(intervals, results)
                          if r["gate"].split(":")[0] not in ("smoke", "snapshot")), default=0)
    background_s = sum(e - s for s, e in background) / 1000
    hidden_s = sum(max(0, min(e, foreground_end) - s) for s, e in background) / 1000
    per_gate = defaultdict(int)
    for r in results:
        per_gate[r["gate"].split(":")[0]] += r.get("durationMillis", 0)
    return {
        "gate_s": (total + verdict_ms) / 1000, "own_s": (total - tools + verdict_ms) / 1000,
        "own_pct": 100 * (total - tools + verdict_ms) / (total + verdict_ms) if total + verdict_ms else 0,
        "verdict_s": verdict_ms / 1000, "overlap_s": (total - covered) / 1000, "span_s": covered / 1000,
        "background_s": background_s, "hidden_s": hidden_s,
        "results": len(results), "reused": sum(1 for r in results if r.get("reusedFrom")),
        "blocking": sum(1 for r in results if r.get("status") in ("HOLD", "FAIL", "ERROR")),
        "outcome": evidence.get("outcome", evidence.get("verdict", {}).get("outcome", "?")),
        "per_gate": dict(per_gate),
    }


def main(work):
    work = Path(work)
    rows = defaultdict(lambda: defaultdict(dict))  # size -> run -> step -> (wall, rss, exit)
    with open(work / "raw.tsv", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            rows[row["size"]][int(row["run"])][row["step"]] = (
                float(row["wall_s"]), int(row["peak_rss_kib"]) / 1024, int(row["exit"]))
    out = []
    if "project" in rows:
        print(project_summary.table(work, rows.pop("project")))
    for size in sorted(rows, key=int):
        runs = rows[size]
        def step_sum(run, prefix):
            return sum(v[0] for k, v in runs[run].items() if k.startswith(prefix))
        a_total = [sum(step_sum(r, p) for p, _ in STEPS) for r in runs]
        a_rss = [max(v[1] for k, v in runs[r].items() if k.startswith("a")) for r in runs]
        b = [runs[r]["b-merge-ready"][0] for r in runs]
        c = [runs[r]["c-merge-ready-again"][0] for r in runs]
        b_rss = [runs[r]["b-merge-ready"][1] for r in runs]
        c_rss = [runs[r]["c-merge-ready-again"][1] for r in runs]
        ratio = [bb / aa for bb, aa in zip(b, a_total) if aa]
        ev_b = [evidence_figures(work / f"evidence-{size}-{r}-b.json") for r in runs]
        ev_c = [evidence_figures(work / f"evidence-{size}-{r}-c.json") for r in runs]
        failed = sorted({f"{k} (run {r}, exit {v[2]})" for r in runs for k, v in runs[r].items() if v[2] != 0})
        out.append(f"### {size} modules ({len(runs)} run{'s' if len(runs) > 1 else ''}; median (min–max))\n")
        out.append("| measurement | wall s | peak RSS MiB |")
        out.append("| --- | ---: | ---: |")
        for prefix, label in STEPS:
            walls = [step_sum(r, prefix) for r in runs]
            rss = [max(v[1] for k, v in runs[r].items() if k.startswith(prefix)) for r in runs]
            out.append(f"| (a) {label} | {spread(walls)} | {spread(rss, digits=0)} |")
        out.append(f"| **(a) the runbook by hand, sum** | **{spread(a_total)}** | {spread(a_rss, digits=0)} (largest step) |")
        out.append(f"| **(b) `mvn -o verify -Pmerge-ready`** | **{spread(b)}** | {spread(b_rss, digits=0)} |")
        out.append(f"| **b/a** | **{spread(ratio, digits=2)}** | |")
        if all("p-verify" in runs[r] for r in runs):
            p = [runs[r]["p-verify"][0] for r in runs]
            out.append(f"| **(p) `mvn -o verify`, plain, timed before (b)** | **{spread(p)}** | "
                       f"{spread([runs[r]['p-verify'][1] for r in runs], digits=0)} |")
            out.append(f"| **a/p**: the runbook by hand against the plain build | **{spread([x / y for x, y in zip(a_total, p) if y], digits=2)}** | |")
            out.append(f"| **b/p**: merge-ready, first run, against the plain build | **{spread([x / y for x, y in zip(b, p) if y], digits=2)}** | |")
        out.append(f"| (c) the same again, nothing changed | {spread(c)} | {spread(c_rss, digits=0)} |")
        out.append(f"| c/b, wall | {spread([cc / bb for cc, bb in zip(c, b) if bb], digits=2)} | |")
        if all(ev_b) and all(ev_c):
            gb, gc = [e["gate_s"] for e in ev_b], [e["gate_s"] for e in ev_c]
            out.append(f"| gate time (b), from evidence.json | {spread(gb)} | |")
            out.append(f"| of it Gatekeeper's own code (b) | {spread([e['own_s'] for e in ev_b])} = "
                       f"{spread([e['own_pct'] for e in ev_b])} % | |")
            out.append(f"| of it the verdict goal (b) | {spread([e['verdict_s'] for e in ev_b], digits=2)} | |")
            out.append(f"| overlap (b): gate time run alongside other gates | {spread([e['overlap_s'] for e in ev_b])} | |")
            out.append(f"| smoke + snapshot in the background (b) | {spread([e['background_s'] for e in ev_b])}, of it "
                       f"{spread([e['hidden_s'] for e in ev_b])} ended before the last other gate | |")
            out.append(f"| gate time (c) | {spread(gc)} | |")
            out.append(f"| of it Gatekeeper's own code (c) | {spread([e['own_s'] for e in ev_c])} = "
                       f"{spread([e['own_pct'] for e in ev_c])} % | |")
            out.append(f"| **c/b, gate time** | **{spread([x / y for x, y in zip(gc, gb) if y], digits=2)}** | |")
            out.append("")
            out.append(f"Results per build: {ev_b[0]['results']}; reused in (c): "
                       f"{', '.join(str(e['reused']) for e in ev_c)}; blocking in (b): "
                       f"{', '.join(str(e['blocking']) for e in ev_b)}, in (c): {', '.join(str(e['blocking']) for e in ev_c)}.")
            gates = sorted(ev_b[0]["per_gate"])
            out.append("Gate time per gate, seconds, (b) → (c), medians: " + "; ".join(
                f"{g} {statistics.median([e['per_gate'].get(g, 0) for e in ev_b]) / 1000:.1f} → "
                f"{statistics.median([e['per_gate'].get(g, 0) for e in ev_c]) / 1000:.1f}" for g in gates) + ".")
        else:
            out.append("\n(no evidence.json for some builds)")
        out.append("Raw wall s per run: (a) " + " ".join(f"{v:.1f}" for v in a_total) + "; (b) "
                   + " ".join(f"{v:.1f}" for v in b) + "; (c) " + " ".join(f"{v:.1f}" for v in c)
                   + ("; (p) " + " ".join(f"{runs[r]['p-verify'][0]:.1f}" for r in runs)
                      if all("p-verify" in runs[r] for r in runs) else "") + ".")
        if failed:
            out.append("Commands that exited non-zero: " + ", ".join(failed) + ".")
        out.append("")
    print("\n".join(out))


if __name__ == "__main__":
    main(sys.argv[1])
