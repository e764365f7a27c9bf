"""Hostile-input benchmark: the whole corpus at full size, each file in a fresh child process.

Run by hand (not part of the test suite):

    .venv/bin/python tests/bench/bench_hostile_input.py [--only NAME ...]

Each case is imported on a fresh project in its own child, which reports the
harness's verdict (see ``tests/corpus/harness.py``), its wall time and the
peak RSS of the work: the child itself or, for workbooks, the spreadsheet
reader's grandchild, whichever is larger (Linux: the child's VmHWM; the
grandchild's ru_maxrss, which can only overstate it).  Prints a table per case
and the summary figure for the README.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from tests.corpus.make_corpus import REFUSED, build

MEMORY_LIMIT_MIB = 500
TIME_LIMIT_S = 10.0

CHILD = r"""
import json, resource, sys, time
from pathlib import Path
from tests.corpus.harness import run_case
from tests.corpus.make_corpus import Case
fields = json.loads(sys.argv[1])
case = Case(**{**fields, "path": Path(fields["path"])})
start = time.perf_counter()
outcome = run_case(case, Path(sys.argv[2]))
seconds = time.perf_counter() - start
# VmHWM is this image's own peak; ru_maxrss would include the parent's size before exec.
status = Path("/proc/self/status").read_text()
own = int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM:"))) / 1024
reader = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(json.dumps({**outcome.row(), "message": outcome.message[:160],
                  "seconds": seconds, "rss_mib": max(own, reader), "reader_rss_mib": reader}))
"""


def run_one(case: object, work: Path) -> dict[str, object]:
    fields = {k: str(v) if isinstance(v, Path) else v for k, v in dataclasses.asdict(case).items()}
    done = subprocess.run([sys.executable, "-c", CHILD, json.dumps(fields), str(work / "project")],
                          cwd=REPO, capture_output=True, text=True, timeout=600, check=False)
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        return {"case": fields["name"], "expect": fields["expect"], "got": "child died", "intended": False,
                "located": False, "changed": False, "leaked": False, "seconds": 0.0, "rss_mib": 0.0,
                "locatable": fields["locatable"], "message": "".join(done.stderr.strip().splitlines()[-1:])}
    return json.loads(lines[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", help="run only these case names")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="prevista-hostile-") as folder:
        cases = build(Path(folder) / "corpus", full=True)
        if args.only:
            cases = [case for case in cases if case.name in args.only]
        print(f"{'case':32} {'expected':24} {'got':24} {'ok':3} {'loc':3} {'s':>6} {'MiB':>6}")
        rows = []
        for index, case in enumerate(cases):
            work = Path(folder) / f"run-{index}"
            work.mkdir()
            row = run_one(case, work)
            rows.append(row)
            print(f"{case.name:32} {case.expect:24} {row['got']:24} {'yes' if row['intended'] else 'NO':3} "
                  f"{'yes' if row['located'] else '-':3} {row['seconds']:6.2f} {row['rss_mib']:6.0f}", flush=True)
            if not row["intended"]:
                print(f"    {row['message']}")
        summarise(rows)


def summarise(rows: list[dict[str, object]]) -> None:
    refusals = [r for r in rows if r["expect"] == REFUSED]
    worst_memory = max(rows, key=lambda r: r["rss_mib"])
    worst_time = max(rows, key=lambda r: r["seconds"])
    crashes = sum(r["got"] in ("crash", "child died") for r in rows)
    print()
    print(f"{len(rows)} files tried, {sum(bool(r['intended']) for r in rows)} handled as intended, "
          f"{sum(bool(r['located']) for r in refusals)} messages with locator (of {len(refusals)} refusals, "
          f"{sum(bool(r['locatable']) for r in refusals)} with a place to name), "
          f"{crashes} crashes, {sum(bool(r['changed']) for r in rows)} projects changed; "
          f"worst case {worst_memory['rss_mib']:.0f} MiB ({worst_memory['case']}) / "
          f"{worst_time['seconds']:.1f} s ({worst_time['case']})")
    over = [r["case"] for r in rows if r["rss_mib"] >= MEMORY_LIMIT_MIB or r["seconds"] >= TIME_LIMIT_S]
    print(f"targets: < {MEMORY_LIMIT_MIB} MiB and < {TIME_LIMIT_S:g} s per file: "
          + ("all met" if not over else "missed by " + ", ".join(map(str, over))))


if __name__ == "__main__":
    main()
