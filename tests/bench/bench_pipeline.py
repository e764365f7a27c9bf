"""Side by side: a careful hand-written script against Prevista's command line, on the same exports.

Run by hand (not part of the test suite), on a quiet machine:

    .venv/bin/python tests/bench/bench_pipeline.py [--customers 1000000] [--events 10000000] [--rounds 2]
        [--style crm|quoted|excel]

The files come from this script's own generator, not the demo's: customers with name, e-mail and phone
columns, and an event log with second-resolution timestamps, as a CRM and a web shop export them.  Two styles
of export, so that a speed is not one file's: ``crm`` writes text IDs, plain fields and 'YYYY-MM-DD hh:mm:ss';
``quoted`` writes every text field in quotes (as Salesforce, HubSpot and R's ``write.csv`` do), whole-number
IDs, ISO 8601 times with a 'Z', other headers and a record ID per event; ``excel`` writes what Excel saves
as "CSV UTF-8" in a German locale: semicolons, CRLF line ends, a byte-order mark, decimal commas, day-first
dates and German headers.  The
reference does what a competent analyst would write in an afternoon: polars reads both files, features
and a churn label at a cut-off, HistGradientBoosting, scores, AES-SIV pseudonyms, an encrypted parquet
file.  Prevista runs ``init``, ``import`` and ``train`` (quality report, model contest and segments
included) as three commands, then as the one command ``import --new --train``.  Each stage runs in its
own process so its wall time and peak RSS are its own; the rounds are interleaved so a slow moment of the
machine hits every variant.
"""

from __future__ import annotations

import argparse
import datetime
import json
import multiprocessing
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np
import polars as pl

REPO = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
FIRST = ("Anna", "Ben", "Clara", "David", "Eva", "Felix", "Greta", "Hugo", "Ida", "Jonas", "Kira", "Lukas")
LAST = ("Novak", "Schmidt", "Rossi", "Dubois", "Kowalski", "Garcia", "Jensen", "Müller", "Silva", "Horvat")
COUNTRIES = ("DE", "FR", "PL", "IT", "ES", "NL", "AT")
EVENTS = ("page_view", "add_to_cart", "purchase", "login", "support_chat")
END = datetime.datetime(2026, 9, 30, 23, 59, 59)

REFERENCE = r"""
import os, resource, sys, time, json
import numpy as np, polars as pl
from cryptography.hazmat.primitives.ciphers.aead import AESSIV, AESGCM
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import roc_auc_score
customers_csv, events_csv, out, spec = *sys.argv[1:4], json.loads(sys.argv[4])
ID, TIME, KIND, AMOUNT, SIGNUP = spec["id"], spec["time"], spec["kind"], spec["amount"], spec["signup"]
stages, t = {}, time.perf_counter()
def stage(name):
    global t
    now = time.perf_counter(); stages[name] = now - t; t = now
read = {"separator": spec.get("separator", ","), "decimal_comma": spec.get("decimal_comma", False)}
customers = pl.read_csv(customers_csv, schema_overrides={ID: pl.String}, **read).rename({ID: "customer_id"})
events = pl.read_csv(events_csv, schema_overrides={ID: pl.String}, **read).rename(
    {ID: "customer_id", TIME: "timestamp", KIND: "event_type", AMOUNT: "amount"}).with_columns(
    pl.col("timestamp").str.to_datetime(spec["time_format"]))
stage("read")
end = events["timestamp"].max()
import datetime; cutoff = end - datetime.timedelta(days=90)
def features(upto):
    seen = events.filter(pl.col("timestamp") <= upto)
    agg = seen.group_by("customer_id").agg(
        pl.len().alias("events"), pl.col("amount").sum().alias("spend"), pl.col("amount").mean().alias("avg"),
        ((upto - pl.col("timestamp").max()).dt.total_days()).alias("recency"),
        (pl.col("event_type") == spec["purchase"]).sum().alias("purchases"))
    signup = customers.select("customer_id", pl.col(SIGNUP).str.to_datetime(spec["signup_format"]).dt.date()
                              .alias("signup_date"))
    return signup.join(agg, on="customer_id", how="left").with_columns(
        (pl.lit(upto).cast(pl.Date) - pl.col("signup_date")).dt.total_days().alias("tenure")).drop("signup_date")
train = features(cutoff)
active_after = events.filter(pl.col("timestamp") > cutoff).select("customer_id").unique().with_columns(pl.lit(0).alias("churn"))
train = train.join(active_after, on="customer_id", how="left").with_columns(pl.col("churn").fill_null(1))
score_on = features(end)
stage("features")
x = train.drop("customer_id", "churn").to_numpy(); y = train["churn"].to_numpy()
rng = np.random.default_rng(0); test = rng.random(len(y)) < 0.2
model = HistGradientBoostingClassifier(max_iter=200, early_stopping=True, random_state=0).fit(x[~test], y[~test])
auc = roc_auc_score(y[test], model.predict_proba(x[test])[:, 1])
scores = model.predict_proba(score_on.drop("customer_id").to_numpy())[:, 1]
stage("fit + score")
siv = AESSIV(os.urandom(64))
pseudonyms = [siv.encrypt(c.encode(), None).hex() for c in score_on["customer_id"].to_list()]
stage("pseudonymise")
buffer = pl.DataFrame({"pseudonym": pseudonyms, "churn_risk": scores})
import io
raw = io.BytesIO(); buffer.write_parquet(raw)
nonce = os.urandom(12)
with open(out, "wb") as f:
    f.write(nonce + AESGCM(os.urandom(32)).encrypt(nonce, raw.getvalue(), None))
stage("write")
print(json.dumps({"stages": stages, "auc": auc}))
"""


# each style's headers and formats; what the reference script is told, as an analyst reads them off the files
STYLES: dict[str, dict[str, Any]] = {
    "crm": {"id": "customer_id", "name": "full_name", "email": "email", "phone": "phone", "signup": "signup_date",
            "signup_format": "%Y-%m-%d", "country": "country", "time": "timestamp", "time_format": "%Y-%m-%d %H:%M:%S",
            "kind": "event_type", "amount": "amount", "purchase": "purchase", "quote": "necessary"},
    "quoted": {"id": "Customer Number", "name": "Name", "email": "E-mail Address", "phone": "Telephone",
               "signup": "Customer Since", "signup_format": "%Y-%m-%dT%H:%M:%SZ", "country": "Region",
               "time": "Occurred At", "time_format": "%Y-%m-%dT%H:%M:%SZ", "kind": "Event", "amount": "Revenue",
               "purchase": "purchase", "quote": "non_numeric", "record": "Event ID"},
    "excel": {"id": "Kundennummer", "name": "Name", "email": "E-Mail", "phone": "Telefon", "signup": "Kunde seit",
              "signup_format": "%d.%m.%Y", "country": "Land", "time": "Zeitpunkt", "time_format": "%d.%m.%Y %H:%M:%S",
              "kind": "Ereignis", "amount": "Umsatz", "purchase": "purchase", "quote": "necessary",
              "separator": ";", "decimal_comma": True, "crlf": True, "bom": True},
}


def generate(folder: Path, customers: int, events: int, style: str, seed: int = 7) -> tuple[Path, Path]:
    """The files, written once by a separate interpreter: a child's peak RSS (``wait4``) includes the memory
    of the process it was started from, so a parent holding 50M generated rows made every stage after it
    look 10 GB large."""
    named = "" if style == "crm" else f"{style}_"
    marker = folder / f".pipeline-{named}{customers}-{events}-{seed}"
    files = folder / f"{named}crm_customers_{customers}.csv", folder / f"{named}shop_events_{events}.csv"
    if not marker.exists():
        writer = multiprocessing.get_context("spawn").Process(target=_write,
                                                              args=(files, customers, events, seed, STYLES[style]))
        writer.start()
        writer.join()
        if writer.exitcode:
            raise SystemExit(f"generating the files failed ({writer.exitcode})")
        marker.touch()
    return files


def _write(files: tuple[Path, Path], customers: int, events: int, seed: int, style: dict[str, Any]) -> None:
    """Customers and an event log with a churn that shows in activity, all vectorised so 10M rows take
    seconds.  The same draws in every style: only how they are written differs."""
    rng = np.random.default_rng(seed)
    numbers = rng.permutation(customers) + 10_000_000
    ids = numbers if "record" in style else np.char.add("C", np.char.zfill(numbers.astype(str), 9))
    first, last = rng.integers(len(FIRST), size=customers), rng.integers(len(LAST), size=customers)
    start = (END - datetime.timedelta(days=3 * 365)).timestamp()
    signup_s = start + rng.random(customers) * (END.timestamp() - start - 120 * 86400)
    pl.DataFrame({
        style["id"]: ids,
        style["name"]: np.char.add(np.char.add(np.array(FIRST)[first], " "), np.array(LAST)[last]),
        style["email"]: np.char.add(np.char.add(np.char.lower(np.array(FIRST)[first]), np.arange(customers).astype(str)),
                                    "@example.com"),
        style["phone"]: np.char.add("+49 30 ", rng.integers(1_000_000, 9_999_999, size=customers).astype(str)),
        style["signup"]: pl.Series(signup_s * 1e6).cast(pl.Datetime("us")).dt.strftime(style["signup_format"]),
        style["country"]: np.array(COUNTRIES)[rng.integers(len(COUNTRIES), size=customers)],
    }).write_csv(files[0], **_written(style))
    activity = rng.gamma(1.2, 1.0, size=customers)
    leaves_s = signup_s + rng.exponential(600 * 86400, size=customers) * (0.5 + activity)
    who = rng.choice(customers, size=events, p=activity / activity.sum())
    stop = np.minimum(leaves_s[who], END.timestamp())
    when = signup_s[who] + rng.random(events) * np.maximum(stop - signup_s[who], 3600)
    kind = rng.choice(len(EVENTS), size=events, p=(0.55, 0.15, 0.1, 0.15, 0.05))
    amount = np.where(kind == 2, np.round(rng.lognormal(3.5, 0.8, size=events), 2), 0.0)
    pl.DataFrame({
        **({style["record"]: np.arange(1, events + 1)} if "record" in style else {}),
        style["id"]: ids[who],
        style["time"]: pl.Series(when * 1e6).cast(pl.Datetime("us")).dt.strftime(style["time_format"]),
        style["kind"]: np.array(EVENTS)[kind],
        style["amount"]: amount,
    }).write_csv(files[1], **_written(style))


def _written(style: dict[str, Any]) -> dict[str, Any]:
    """``write_csv``'s options for a style."""
    return {"quote_style": style["quote"], "separator": style.get("separator", ","),
            "decimal_comma": style.get("decimal_comma", False), "include_bom": style.get("bom", False),
            "line_terminator": "\r\n" if style.get("crlf") else "\n"}


def timed(argv: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """Wall seconds, peak RSS (MB) and stdout of one process, from its own rusage (``wait4``)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        child = subprocess.Popen(argv, stdout=out, stderr=err, env=env, cwd=REPO)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - started
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0), err.seek(0)
        if child.returncode:
            raise SystemExit(f"{argv[2:5]} failed ({child.returncode}): {err.read().decode()[-2000:]}")
        return wall, usage.ru_maxrss / 1024, out.read().decode()


def reference(files: tuple[Path, Path], scratch: Path, env: dict[str, str], style: str) -> dict[str, object]:
    wall, peak, out = timed([PYTHON, "-c", REFERENCE, *map(str, files), str(scratch / "scores.enc"),
                             json.dumps(STYLES[style])], env)
    return {"wall": wall, "peak": peak, **json.loads(out.strip().splitlines()[-1])}


def prevista(files: tuple[Path, Path], scratch: Path, env: dict[str, str], *, one_step: bool) -> dict[str, object]:
    """``init``, ``import`` and ``train`` as three commands, or with ``one_step`` as ``import --new --train``."""
    project, passphrase = scratch / "project", scratch / "passphrase"
    passphrase.write_text("a benchmark passphrase that is long enough\n")
    cli = [PYTHON, "-m", "prevista.core.cli.main"]
    common = ["--project", str(project), "--passphrase-file", str(passphrase), "--operator", "bench"]
    imports = ["import", *common, "--yes", *map(str, files)]
    steps = ((("import --new --train", [*imports, "--new", "--train"]),) if one_step else
             (("init", ["init", *common]), ("import", imports), ("train", ["train", *common])))
    stages, peaks = {}, {}
    for name, argv in steps:
        stages[name], peaks[name], _ = timed(cli + argv, env)
    return {"wall": sum(stages.values()), "peak": max(peaks.values()), "stages": stages, "peaks": peaks}


def line(name: str, run: dict[str, object], reference: dict[str, object] | None = None) -> str:
    stages = ", ".join(f"{k} {v:.1f}" for k, v in run["stages"].items())  # type: ignore[attr-defined]
    ratio = (f" | ratio {float(run['wall']) / float(reference['wall']):.2f}×"  # type: ignore[arg-type]
             if reference else "")
    auc = f"; AUC {run['auc']:.3f}" if "auc" in run else ""
    return f"  {name:<22} {run['wall']:5.1f} s, peak {run['peak']:5.0f} MB ({stages}{auc}){ratio}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--events", type=int, default=10_000_000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--data", type=Path, default=REPO / "bench-data")
    parser.add_argument("--style", choices=sorted(STYLES), default="crm", help="how the exports are written")
    args = parser.parse_args()
    args.data.mkdir(parents=True, exist_ok=True)
    files = generate(args.data, args.customers, args.events, args.style)
    print(f"files: {files[0].name} ({files[0].stat().st_size / 1e6:.0f} MB), "
          f"{files[1].name} ({files[1].stat().st_size / 1e6:.0f} MB)", flush=True)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    for round_ in range(1, args.rounds + 1):
        with tempfile.TemporaryDirectory(dir=args.data) as scratch:
            ref = reference(files, Path(scratch), env, args.style)
        print(f"round {round_}:\n" + line("reference", ref), flush=True)
        for name, one_step in (("Prevista, 3 commands", False), ("Prevista, 1 command", True)):
            with tempfile.TemporaryDirectory(dir=args.data) as scratch:
                print(line(name, prevista(files, Path(scratch), env, one_step=one_step), ref), flush=True)

if __name__ == "__main__":
    main()
