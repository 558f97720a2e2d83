"""The table of bench/runbook/run.sh --project (project.sh): (p) the project's own `mvn verify`, (c) merge-ready
first run, (r) the CI re-run from a fresh clone with a filled shared store, c/p and r/p pair by pair, and where (c)'s
time goes, from each build's evidence: the build until the first gate started (compiling and testing, as in (p)),
the part after it until the verdict finished (the gates' tail, what the team waits for beyond the build), and per
gate its start after the first gate, its duration and its tools' share."""
import json
import statistics
from datetime import datetime
from pathlib import Path


def _spread(values, digits=1):
    if not values:
        return "n/a"
    fmt = f"{{:.{digits}f}}"
    if len(values) == 1:
        return fmt.format(values[0])
    return f"{fmt.format(statistics.median(values))} ({fmt.format(min(values))}–{fmt.format(max(values))})"


def _instant(text):
    return datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp()


def timeline(path):
    """None, or the build's phases (s) and per gate [name, start after the first gate, duration, tool s]."""
    if not path.is_file():
        return None
    evidence = json.loads(path.read_text(encoding="utf-8"))
    build = evidence.get("build", {})
    results = evidence.get("results", [])
    if not results or "startedAt" not in build or "finishedAt" not in build:
        return None
    start, end = _instant(build["startedAt"]), _instant(build["finishedAt"])
    first = min(_instant(r["startedAt"]) for r in results)
    gates, seen = [], {}
    for r in results:  # a gate with several results (smoke: per JDK and publish) is numbered in evidence order
        seen[r["gate"]] = seen.get(r["gate"], 0) + 1
        name = r["gate"] if seen[r["gate"]] == 1 else f"{r['gate']} #{seen[r['gate']]}"
        s = _instant(r["startedAt"]) - first
        gates.append([name, s, r.get("durationMillis", 0) / 1000,
                      min(r.get("toolMillis", 0), r.get("durationMillis", 0)) / 1000, bool(r.get("reusedFrom"))])
    total = sum(g[2] for g in gates)
    tools = sum(g[3] for g in gates)
    verdict = evidence.get("verdict", {}).get("durationMillis", 0) / 1000
    return {"to_first_gate": first - start, "tail": end - first, "gates": gates, "gate_s": total + verdict,
            "own_pct": 100 * (total - tools + verdict) / (total + verdict) if total + verdict else 0,
            "reused": sum(1 for g in gates if g[4]), "outcome": evidence.get("outcome", "?")}


def table(work, runs):
    work = Path(work)
    out = []
    info = work / "project.txt"
    if info.is_file():
        out.append("Project: " + "; ".join(line.strip() for line in info.read_text(encoding="utf-8").splitlines()) + "\n")
    out.append(f"### Real project ({len(runs)} runs; median (min–max))\n")
    out.append("| measurement | wall s | peak RSS MiB |")
    out.append("| --- | ---: | ---: |")
    ordered = sorted(runs)

    def col(step):
        return [runs[r][step][0] for r in ordered if step in runs[r]], \
               [runs[r][step][1] for r in ordered if step in runs[r]]
    p, p_rss = col("p")
    c, c_rss = col("c")
    r, r_rss = col("r")
    q, q_rss = col("q")
    out.append(f"| **(p) `mvn verify`, the project's own build** | **{_spread(p)}** | {_spread(p_rss, 0)} |")
    out.append(f"| **(c) `mvn verify -Pmerge-ready -Dgatekeeper.reuse=false`** | **{_spread(c)}** | {_spread(c_rss, 0)} |")
    out.append(f"| **c/p** (pair by pair) | **{_spread([runs[x]['c'][0] / runs[x]['p'][0] for x in ordered], 2)}** | |")
    if r:
        out.append(f"| (r) CI re-run: fresh clone, shared store filled | {_spread(r)} | {_spread(r_rss, 0)} |")
        out.append(f"| **r/p** | **{_spread([runs[x]['r'][0] / runs[x]['p'][0] for x in ordered if 'r' in runs[x]], 2)}** | |")
        if q:
            out.append(f"| (q) `mvn verify` in a fresh clone, right before (r) | {_spread(q)} | {_spread(q_rss, 0)} |")
            out.append(f"| **r/q** (the CI re-run against the plain CI build) | **{_spread([runs[x]['r'][0] / runs[x]['q'][0] for x in ordered if 'r' in runs[x] and 'q' in runs[x]], 2)}** | |")
        rerun = [timeline(work / f"evidence-project-{x}-r.json") for x in ordered]
        rerun = [t for t in rerun if t]
        if rerun:
            out.append(f"| (r) from the first gate to the verdict's end | {_spread([t['tail'] for t in rerun])} | |")
            out.append(f"| (r) gates reused | {_spread([t['reused'] for t in rerun], 0)} of {len(rerun[0]['gates'])} | |")
    else:
        out.append("| (r) CI re-run: fresh clone, shared store filled | not measured: no shared store in this build | |")
    lines = [timeline(work / f"evidence-project-{x}-c.json") for x in ordered]
    lines = [t for t in lines if t]
    if lines:
        out.append(f"| (c) from its start to the first gate (compile, test) | {_spread([t['to_first_gate'] for t in lines])} | |")
        out.append(f"| (c) from the first gate to the verdict's end | {_spread([t['tail'] for t in lines])} | |")
        out.append(f"| (c) gate time, sum of the gates' durations + verdict | {_spread([t['gate_s'] for t in lines])} | |")
        out.append(f"| (c) of it Gatekeeper's own code, % | {_spread([t['own_pct'] for t in lines])} | |")
        out.append("")
        out.append("Where (c)'s time goes after the first gate started (medians over the runs; s):\n")
        out.append("| gate | starts at | duration | of it tools |")
        out.append("| --- | ---: | ---: | ---: |")
        names = [g[0] for g in lines[0]["gates"]]
        for i, name in enumerate(names):
            rows = [t["gates"][i] for t in lines if len(t["gates"]) > i and t["gates"][i][0] == name]
            out.append(f"| {name} | {statistics.median(g[1] for g in rows):.1f} | "
                       f"{statistics.median(g[2] for g in rows):.1f} | {statistics.median(g[3] for g in rows):.1f} |")
        out.append("")
        out.append("Outcomes of (c): " + ", ".join(t["outcome"] for t in lines) + ".")
    out.append("Raw wall s per run: (p) " + " ".join(f"{v:.1f}" for v in p) + "; (c) " + " ".join(f"{v:.1f}" for v in c)
               + ("; (r) " + " ".join(f"{v:.1f}" for v in r) if r else "")
               + ("; (q) " + " ".join(f"{v:.1f}" for v in q) if q else "") + ".")
    failed = sorted({f"{k} (run {x}, exit {v[2]})" for x in ordered for k, v in runs[x].items() if v[2] != 0})
    if failed:
        out.append("Builds that exited non-zero: " + ", ".join(failed) + ".")
    out.append("")
    return "\n".join(out)
