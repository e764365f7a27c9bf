"""Training benchmark: features + models + scoring + segments for 1M customers / 10M events.

Run by hand (not part of the test suite), after bench_import.py has generated the data:

    .venv/bin/python tests/bench/bench_training.py [--customers 1000000] [--events 10000000] [--tables customers,usage]

It imports the generated exports into a fresh project (timed separately, with
its own peak RSS: the issue's memory bar holds for the import too), then runs
the training job in a child process and prints seconds per stage
and peak RSS, next to a plain scikit-learn HistGradientBoosting fit + predict
on the same number of rows and features, measured in the same run.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from tests.bench.bench_import import ensure_data  # noqa: E402

IMPORT = r"""
import json, resource, sys, time
from pathlib import Path
from prevista.core.ingest.importer import ImportOptions, plan_import, execute_import
from prevista.privacy.store import ProjectStore
root, files = Path(sys.argv[1]), [Path(p) for p in sys.argv[2:]]
store = ProjectStore.create(root, "benchmark passphrase")
started = time.perf_counter()
execute_import(store, plan_import(store, files, ImportOptions(operator="bench")))
print(json.dumps({"import_s": time.perf_counter() - started,
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

CHILD = r"""
import json, resource, sys, time
from pathlib import Path
from prevista.core.runtime.jobs import Progress
from prevista.core.analytics.training import TrainOptions, train
from prevista.privacy.store import ProjectStore
store = ProjectStore.open(Path(sys.argv[1]), "benchmark passphrase")
marks = []
progress = Progress(lambda fraction, message: marks.append((time.perf_counter(), message)))
started = time.perf_counter()
result = train(store, TrainOptions(operator="bench"), progress)
total = time.perf_counter() - started
stages = [(message, later - at) for (at, message), (later, _) in zip(marks, marks[1:])]
card = result.model_card.to_dict()
print(json.dumps({
    "train_s": total, "stages": stages,
    "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    "customers_scored": card["customers_scored"], "train_rows": card["churn"]["counts"],
    "features": len(card["features"]), "model": card["churn"]["model"], "auc": card["churn"]["metrics"]["roc_auc"],
    "baseline_auc": card["churn"]["baselines"]["logistic regression"]["roc_auc"], "segments": card["segments"],
}))
"""


def reference_fit(rows: int, features: int) -> float:
    """Plain scikit-learn: HistGradientBoosting fit + predict on rows × features of noise with a signal."""
    from sklearn.ensemble import HistGradientBoostingClassifier

    rng = np.random.default_rng(0)
    X = rng.normal(size=(rows, features)).astype(np.float64)
    y = (X[:, 0] + rng.normal(size=rows) > 1.5).astype(int)
    started = time.perf_counter()
    HistGradientBoostingClassifier(max_iter=200, early_stopping=True, random_state=0).fit(X, y).predict_proba(X)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--events", type=int, default=10_000_000)
    parser.add_argument("--data", type=Path, default=REPO / "bench-data")
    parser.add_argument("--tables", default="customers,usage", help="which generated tables to import")
    args = parser.parse_args()
    args.data.mkdir(parents=True, exist_ok=True)
    ensure_data(args.data, args.customers, args.events)
    generated = json.loads(next(args.data.glob(f".generated-{args.customers}-{args.events}")).read_text())
    files = [generated[name] for name in args.tables.split(",")]
    with tempfile.TemporaryDirectory(dir=args.data) as scratch:
        project = str(Path(scratch) / "project")
        imported = subprocess.run([sys.executable, "-c", IMPORT, project, *files], capture_output=True, text=True,
                                  cwd=REPO, check=True)
        child = subprocess.run([sys.executable, "-c", CHILD, project], capture_output=True, text=True, cwd=REPO)
    if child.returncode:
        sys.exit(child.stderr[-3000:])
    run = json.loads(child.stdout.strip().splitlines()[-1])
    import_run = json.loads(imported.stdout.strip().splitlines()[-1])
    reference = reference_fit(args.customers, run["features"])
    print(f"\ntables: {args.tables}; import (not part of training) {import_run['import_s']:.1f} s   "
          f"peak RSS {import_run['peak_rss_mb']:,.0f} MB")
    print(f"{'training job, total':<48} {run['train_s']:7.2f} s   peak RSS {run['peak_rss_mb']:,.0f} MB")
    for message, seconds in run["stages"]:
        print(f"  {message:<46} {seconds:7.2f} s")
    print(f"{'reference: plain HistGradientBoosting fit+predict':<48} {reference:7.2f} s "
          f"({args.customers:,} rows × {run['features']} features)")
    print(f"scored {run['customers_scored']:,} customers; churn model {run['model']} ROC AUC {run['auc']:.3f} "
          f"(logistic {run['baseline_auc']:.3f}); rows {run['train_rows']}; {run['segments']} segments")


if __name__ == "__main__":
    main()
