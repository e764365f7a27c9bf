"""Import benchmark: a 1M-customer CSV plus a 10M-event CSV → encrypted, pseudonymized project.

Run by hand (not part of the test suite):

    .venv/bin/python tests/bench/bench_import.py [--customers 1000000] [--events 10000000]

It prints seconds, rows/s, peak RSS and encrypted IDs/s of the import, next to
references measured in the same run on the same files: polars' plain
``read_csv`` and a tight AES-SIV loop.  The import runs in a child process so
its peak RSS is its own.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import polars as pl

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from cryptography.hazmat.primitives.ciphers.aead import AESSIV  # noqa: E402

from prevista.core.demo.data import generate  # noqa: E402

CHILD = r"""
import json, resource, sys, time
from pathlib import Path
from prevista.core.ingest.importer import ImportOptions, plan_import, execute_import
from prevista.core.runtime.jobs import Progress
from prevista.privacy.store import ProjectStore
marks = []
progress = Progress(lambda fraction, message: marks.append((time.perf_counter(), message)))
store = ProjectStore.create(Path(sys.argv[1]), "benchmark passphrase")
files = [Path(p) for p in sys.argv[2:]]
start = time.perf_counter()
plan = plan_import(store, files, ImportOptions(operator="bench"), progress.slice(0, 0.5))
planned = time.perf_counter()
result = execute_import(store, plan, progress.slice(0.5, 1))
done = time.perf_counter()
enc = [t for t, m in marks if m.startswith("Encrypting")], [t for t, m in marks if m == "Customer IDs encrypted"]
print(json.dumps({
    "plan_s": planned - start, "execute_s": done - planned, "total_s": done - start,
    "encrypt_s": enc[1][0] - enc[0][0], "customers": result.customers, "rows": result.tables,
    "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    "refusals": len(plan.report.refusals),
}))
"""


def ensure_data(folder: Path, customers: int, events: int) -> tuple[Path, Path]:
    marker = folder / f".generated-{customers}-{events}"
    if not marker.exists():
        print(f"generating {customers} customers / {events} events into {folder} …", flush=True)
        started = time.perf_counter()
        paths = generate(folder, customers=customers, events=events)
        print(f"  generated in {time.perf_counter() - started:.1f} s", flush=True)
        marker.write_text(json.dumps({k: str(v) for k, v in paths.items()}))
    paths = json.loads(marker.read_text())
    return Path(paths["customers"]), Path(paths["usage"])


def reference_read(files: tuple[Path, Path]) -> float:
    started = time.perf_counter()
    for path in files:
        pl.read_csv(path)
    return time.perf_counter() - started


def reference_siv(count: int = 300_000) -> float:
    """The library's AES-SIV call rate, one ID a call: what a loop over the IDs pays (the import encrypts the
    IDs of one length together, ``privacy.siv``)."""
    siv = AESSIV(bytes(64))
    values = [str(1_000_000 + i).encode() for i in range(count)]
    started = time.perf_counter()
    for value in values:
        siv.encrypt(value, None)
    return count / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--events", type=int, default=10_000_000)
    parser.add_argument("--data", type=Path, default=REPO / "bench-data")
    args = parser.parse_args()
    args.data.mkdir(parents=True, exist_ok=True)
    files = ensure_data(args.data, args.customers, args.events)
    read_s = reference_read(files)
    siv_rate = reference_siv()
    with tempfile.TemporaryDirectory(dir=args.data) as scratch:
        child = subprocess.run([sys.executable, "-c", CHILD, str(Path(scratch) / "project"), *map(str, files)],
                               capture_output=True, text=True, cwd=REPO, check=True)
    run = json.loads(child.stdout.strip().splitlines()[-1])
    rows = sum(pl.scan_csv(f).select(pl.len()).collect().item() for f in files)
    eid_rate = run["customers"] / run["encrypt_s"]
    print(f"\ninput: {files[0].name} + {files[1].name}: {rows:,} rows, {sum(f.stat().st_size for f in files) / 1e6:,.0f} MB")
    print(f"{'import + pseudonymize + store':<34} {run['total_s']:7.2f} s  ({rows / run['total_s']:,.0f} rows/s; "
          f"read+check {run['plan_s']:.2f} s, pseudonymize+write {run['execute_s']:.2f} s)")
    print(f"{'peak RSS of the import':<34} {run['peak_rss_mb']:7.0f} MB")
    print(f"{'reference: polars read_csv':<34} {read_s:7.2f} s  (import = {run['total_s'] / read_s:.1f}× the plain read)")
    print(f"{'encrypted IDs in the import':<34} {eid_rate:10,.0f} IDs/s for {run['customers']:,} distinct IDs")
    print(f"{'reference: AES-SIV tight loop':<34} {siv_rate:10,.0f} IDs/s  (import = {eid_rate / siv_rate:.2f}× the loop)")
    print(f"stored rows: {run['rows']}; refusals: {run['refusals']}")


if __name__ == "__main__":
    main()
