"""The command line: exit codes, one-line errors, JSON output, passphrase handling."""

from __future__ import annotations

import json
import shlex
import subprocess
from pathlib import Path

import polars as pl
import pytest

from prevista.core.demo.run import demo_files
from prevista.core.reports.text import log_entries
from prevista.privacy.store import LOG_NAME, TABLES_DIR, ProjectStore
from tests.cli_helpers import cli_command, cli_env, prevista


def assert_one_line_error(result, text: str) -> None:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1, result.stderr
    assert text in result.stderr


def test_import_status_and_verify_as_json(store: ProjectStore) -> None:
    imported = prevista("import", "--project", str(store.root), "--yes", "--json", *map(str, demo_files("hubspot")))
    assert imported.returncode == 0, imported.stderr
    data = json.loads(imported.stdout)
    assert data["imported"] and data["tables"]["usage"] > 0 and not data["report"]["refusals"]
    status = json.loads(prevista("status", "--project", str(store.root), "--json").stdout)
    assert status["log"]["verified"] and status["tables"]["customers"]["rows"] > 0
    verify = prevista("audit", "verify", "--project", str(store.root), "--json")
    assert verify.returncode == 0 and json.loads(verify.stdout)["checked_against_project"] is True


def test_bad_file_wrong_passphrase_and_missing_passphrase_are_one_line_errors(tmp_path: Path, store: ProjectStore) -> None:
    binary = tmp_path / "export.csv"
    binary.write_bytes(b"\x00\x01\x02binary" * 100)
    assert_one_line_error(prevista("import", "--project", str(store.root), "--yes", str(binary)), "export.csv")
    assert_one_line_error(prevista("status", "--project", str(store.root), env=cli_env(PREVISTA_PASSPHRASE="wrong passphrase")),
                          "passphrase is not correct")
    # the file is read while the key is derived, but a wrong passphrase is what is said
    assert_one_line_error(prevista("import", "--project", str(store.root), "--yes", str(binary),
                                   env=cli_env(PREVISTA_PASSPHRASE="wrong passphrase")), "passphrase is not correct")
    env = cli_env()
    del env["PREVISTA_PASSPHRASE"]
    assert_one_line_error(prevista("status", "--project", str(store.root), env=env), "No passphrase")


def test_passphrase_file_works_and_passphrase_argument_does_not_exist(tmp_path: Path, store: ProjectStore) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("correct horse battery staple\n")
    env = cli_env()
    del env["PREVISTA_PASSPHRASE"]
    assert prevista("status", "--project", str(store.root), "--passphrase-file", str(secret), env=env).returncode == 0
    rejected = prevista("status", "--project", str(store.root), "--passphrase", "x")
    assert rejected.returncode == 2 and "unrecognized arguments" in rejected.stderr


def test_tampered_table_and_log_are_reported(store: ProjectStore) -> None:
    contacts = str(demo_files("hubspot")[0])
    assert prevista("import", "--project", str(store.root), "--yes", contacts).returncode == 0
    log = store.root / LOG_NAME
    lines = log.read_text().splitlines()
    lines[1] = lines[1].replace('"customers":500', '"customers":501')
    log.write_text("\n".join(lines) + "\n")
    verify = prevista("audit", "verify", "--log", str(log))
    assert verify.returncode == 3 and "entry 1" in verify.stdout and "altered" in verify.stdout
    table = next((store.root / TABLES_DIR).iterdir())
    blob = bytearray(table.read_bytes())
    blob[len(blob) // 2] ^= 0x10
    table.write_bytes(bytes(blob))
    result = prevista("import", "--project", str(store.root), "--yes", contacts)
    assert_one_line_error(result, "tampered")


def test_refused_import_exits_2_and_lists_the_findings(tmp_path: Path, store: ProjectStore) -> None:
    few = tmp_path / "few.csv"
    few.write_text("id,plan\n" + "".join(f"{i},Pro\n" for i in range(10)))
    result = prevista("import", "--project", str(store.root), "--yes", str(few))
    assert result.returncode == 2 and "only 10 customers" in result.stdout


def test_change_passphrase_then_only_the_new_one_opens(store: ProjectStore) -> None:
    changed = prevista("change-passphrase", "--project", str(store.root),
                       env=cli_env(PREVISTA_NEW_PASSPHRASE="another long passphrase"))
    assert changed.returncode == 0, changed.stderr
    assert_one_line_error(prevista("status", "--project", str(store.root)), "passphrase is not correct")
    assert prevista("status", "--project", str(store.root),
                    env=cli_env(PREVISTA_PASSPHRASE="another long passphrase")).returncode == 0


def test_train_segments_forecast_drift_on_the_demo(store: ProjectStore) -> None:
    root = str(store.root)
    assert prevista("import", "--project", root, "--yes", *map(str, demo_files("hubspot"))).returncode == 0
    trained = prevista("train", "--project", root, "--json", "--min-segment-size", "20")
    assert trained.returncode == 0, trained.stderr
    card = json.loads(trained.stdout)["model_card"]
    assert card["churn"]["metrics"]["roc_auc"] > card["churn"]["baselines"]["prior rate"]["roc_auc"]
    segments = json.loads(prevista("segments", "--project", root, "--json").stdout)
    assert segments["segments"] and all(row["size"] >= 20 for row in segments["segments"])
    table = store.root.parent / "segments.csv"
    text = prevista("segments", "--project", root, "--out", str(table)).stdout
    assert "suggested:" in text and "Support tickets, next 8 weeks" in text and str(table) in text
    written = pl.read_csv(table)
    assert written["segment"].to_list() == [row["segment"] for row in segments["segments"]]
    assert written["suggested_action"].to_list() == [row["action"] for row in segments["segments"]]
    staffed = json.loads(prevista("forecast", "--project", root, "--weeks", "12", "--json",
                                  "--minutes-per-ticket", "12", "--hours-per-agent", "30").stdout)
    forecast, staffing = staffed["forecast"], staffed["staffing"]
    assert len(forecast["forecast"]) == len(staffing["weeks"]) == 12
    for week, staff in zip(forecast["forecast"], staffing["weeks"], strict=True):
        assert staff["agents"] == pytest.approx(week["expected"] * 12 / 60 / 30)  # hours the tickets take over an agent's
        assert staff["agents_busy"] >= staff["agents"] and staff["agents_busy"] * 30 >= week["upper"] * 12 / 60
    days = dict(staffing["per_day"])
    assert set(days) == {day for day, _ in forecast["weekday_profile"]}
    average = sum(w["agents"] for w in staffing["weeks"]) / 12
    assert sum(days.values()) / len(days) == pytest.approx(average, rel=0.03)  # the shares are released to whole percent
    assert_one_line_error(prevista("forecast", "--project", root, "--minutes-per-ticket", "12"),
                          "Staffing needs both --minutes-per-ticket and --hours-per-agent")
    drift = prevista("drift", "--project", root, "--json")
    assert drift.returncode == 0 and json.loads(drift.stdout)["retrain_recommended"] is False
    actions = [e["action"] for e in ProjectStore.open(store.root, "correct horse battery staple").log.entries()]
    assert actions[-4:] == ["train", "table-exported", "forecast", "drift-check"]
    assert_one_line_error(prevista("train", "--project", root, "--min-segment-size", "3"), "must be an int in the range [5, inf)")


def test_import_new_train_does_what_init_import_and_train_do_in_one_command(tmp_path: Path) -> None:
    files = [str(f) for f in demo_files("hubspot")]
    one, three = tmp_path / "one", tmp_path / "three"
    done = prevista("import", "--new", "--train", "--project", str(one), "--yes", "--json", *files)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    opened = ProjectStore.open(one, "correct horse battery staple")
    assert data["project"]["log_key_fingerprint"] == opened.log_key_fingerprint() and data["imported"]
    assert data["training"]["model_card"]["churn"]["metrics"]["roc_auc"] > 0.5
    for argv in (["init"], ["import", "--yes", *files], ["train"]):
        assert prevista(*argv, "--project", str(three)).returncode == 0
    logged = [[e["action"] for e in ProjectStore.open(root, "correct horse battery staple").log.entries()]
              for root in (one, three)]
    assert logged[0] == logged[1] and "train" in logged[0]
    assert_one_line_error(prevista("import", "--new", "--project", str(one), "--yes", *files), "already exists")
    assert_one_line_error(prevista("import", "history", "--train", "--project", str(one)), "neither --new nor --train")
    assert [e["action"] for e in ProjectStore.open(one, "correct horse battery staple").log.entries()] == logged[0]


def test_import_train_that_cannot_train_keeps_the_import_and_says_why(tmp_path: Path) -> None:
    plain = tmp_path / "plain.csv"
    plain.write_text("id,plan\n" + "".join(f"{i},{'Pro' if i % 3 else 'Basic'}\n" for i in range(300)))
    root = str(tmp_path / "project")
    kept = prevista("import", "--new", "--train", "--project", root, "--yes", str(plain))
    assert kept.returncode == 1 and "Imported 300 customers" in kept.stdout
    assert "Not trained (the import is kept): There is no history and no churn label" in kept.stdout
    status = json.loads(prevista("status", "--project", root, "--json").stdout)
    assert status["tables"]["customers"]["rows"] == 300


def test_dpo_verifies_and_exports_the_log_with_only_the_public_key(tmp_path: Path, store: ProjectStore) -> None:
    assert prevista("import", "--project", str(store.root), "--yes", str(demo_files("hubspot")[0])).returncode == 0
    assert prevista("audit", "pubkey", "--project", str(store.root), "--out", str(tmp_path / "key.pem")).returncode == 0
    handed = tmp_path / "dpo"
    handed.mkdir()
    (handed / "log.jsonl").write_bytes((store.root / LOG_NAME).read_bytes())
    env = cli_env()
    del env["PREVISTA_PASSPHRASE"]
    verify = prevista("audit", "verify", "--log", str(handed / "log.jsonl"), "--pubkey", str(tmp_path / "key.pem"), env=env)
    assert verify.returncode == 0 and "only as trustworthy" in verify.stdout  # a key file alone proves little
    verify = prevista("audit", "verify", "--log", str(handed / "log.jsonl"), "--pubkey", str(tmp_path / "key.pem"),
                      "--fingerprint", store.log_key_fingerprint(), env=env)
    assert verify.returncode == 0 and "signed by the project's key" in verify.stdout
    exported = prevista("audit", "export", "--log", str(handed / "log.jsonl"), "--format", "csv",
                        "--out", str(handed / "log.csv"), env=env)
    assert exported.returncode == 0 and "import" in (handed / "log.csv").read_text(encoding="utf-8-sig")
    lines = (handed / "log.jsonl").read_text().splitlines()
    (handed / "log.jsonl").write_text("\n".join(lines[:-2] + lines[-1:]) + "\n")
    truncated = prevista("audit", "verify", "--log", str(handed / "log.jsonl"), "--pubkey", str(tmp_path / "key.pem"), env=env)
    assert truncated.returncode == 3 and "FAILED" in truncated.stdout


def test_duties_from_the_command_line(tmp_path: Path, store: ProjectStore) -> None:
    root = str(store.root)
    assert prevista("import", "--project", root, "--yes", *map(str, demo_files("hubspot"))).returncode == 0
    settings = prevista("settings", "--project", root, "--set", "controller_name=Kowalski Sp. z o.o.", "--json")
    assert json.loads(settings.stdout)["controller_name"] == "Kowalski Sp. z o.o."
    policy = json.loads(prevista("retention", "set", "--project", root, "--table", "usage", "--months", "6",
                                 "--basis", "usage analytics only need recent behaviour", "--json").stdout)
    assert policy == {"table": "usage", "months": 6, "basis": "usage analytics only need recent behaviour",
                      "log_entry": policy["log_entry"]}
    assert_one_line_error(prevista("retention", "set", "--project", root, "--table", "tickets", "--months", "6",
                                   "--basis", "x"), "The 'table' parameter of set_policy must be one of")
    planned = json.loads(prevista("retention", "plan", "--project", root, "--json").stdout)
    assert planned["dry_run"] and planned["rows_removed"]["usage"] > 0
    assert set(planned) == {"dry_run", "today", "rows_removed", "customers_expired", "subjects_dropped", "months"}
    shown = json.loads(prevista("retention", "show", "--project", root, "--json").stdout)
    assert set(shown["tables"]["usage"]) == {"months", "basis", "unit", "held", "expired", "undated", "upcoming"}
    register = json.loads(prevista("optout", "list", "--project", root, "--json").stdout)
    assert set(register) == {"customers", "erased", "emails_not_yet_known"}
    assert prevista("retention", "run", "--project", root, "--yes").returncode == 0
    person = demo_files("hubspot")[0].read_text().splitlines()[5].split(",")[0]
    access = prevista("dsar", "access", "--project", root, person, "--out", str(tmp_path / "access.html"))
    assert access.returncode == 0 and (tmp_path / "access.html").stat().st_size > 0
    assert prevista("dsar", "erase", "--project", root, person, "--yes").returncode == 0
    again = json.loads(prevista("dsar", "erase", "--project", root, person, "--yes", "--json").stdout)
    assert again == {"rows_removed": {}, "rows_total": 0, "encrypted_id_removed": False,
                     "log_entry": again["log_entry"]}
    assert_one_line_error(prevista("dsar", "erase", "--project", root, "no-such-customer", "--yes"), "No data is held")
    pdf = tmp_path / "art30.pdf"
    assert prevista("report", "art30", "--project", root, "--out", str(pdf)).returncode == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    reid = json.loads(prevista("report", "reid", "--project", root, "--json").stdout)
    assert "prosecutor" in json.dumps(reid)
    actions = [e["action"] for e in ProjectStore.open(store.root, "correct horse battery staple").log.entries()]
    assert {"settings-changed", "retention-cleanup", "dsar-access", "dsar-erasure", "report-art30"} <= set(actions)


def test_a_reader_that_stops_reading_is_no_failure(store: ProjectStore) -> None:
    """`prevista status | head -2`: the closed pipe is neither reported as a disk fault nor as a crash (whose
    report would be announced on stderr).  ``true`` reads nothing, so the pipe is closed before any output."""
    command = " ".join(map(shlex.quote, cli_command("status", "--project", str(store.root))))
    piped = subprocess.run(["bash", "-c", f"{command} | true; echo ${{PIPESTATUS[0]}}"], capture_output=True,
                           text=True, env=cli_env(), timeout=120)
    assert piped.stderr == "" and piped.stdout.strip() == "141", (piped.stdout, piped.stderr)
    assert log_entries(1) == "1 entry" and log_entries(3) == "3 entries"
