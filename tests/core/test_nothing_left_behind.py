"""Nothing readable in, or left behind by, a project (issue 13, finding 8 and the smaller items of 9).

An attacker's view: save every kind of output into the project folder (directly, through a link, through
``..``, into another project), leave a file there before closing the pilot, hand ``close-pilot`` a ZIP bomb,
and look for customer IDs in the process list.
"""

from __future__ import annotations

import json
import struct
import subprocess
import time
import tracemalloc
import zlib
from collections.abc import Callable
from pathlib import Path

import polars as pl
import pytest

from prevista.core.demo.run import demo_files
from prevista.core.handover.bundle import MANIFEST, close_pilot, write_bundle
from prevista.core.project.lifecycle import create_project, open_project
from prevista.core.services.audit import export_log_file, log_files
from prevista.core.services.project import ProjectService
from prevista.core.services.reports import Report
from prevista.privacy.errors import PrevistaError
from prevista.privacy.kdf import KdfParams
from prevista.privacy.store import TABLES_DIR
from tests.cli_helpers import REPO, cli_command, cli_env
from tests.conftest import PASSPHRASE
from tests.core.test_pilot_report import project, template  # noqa: F401 - a trained project with identities

Writer = Callable[[ProjectService, Path], object]


def _customer_id() -> str:
    contacts = next(path for path in demo_files("hubspot") if path.stem == "contacts")
    return str(pl.read_csv(contacts, infer_schema=False)["Record ID"][0])


WRITERS: dict[str, Writer] = {
    "action list": lambda service, out: service.duties.prepare_action_list(segment=0, purpose="calls", out=out),
    "access report": lambda service, out: service.duties.access_request(_customer_id(), out),
    "pilot report pdf": lambda service, out: service.reports.write(Report.PILOT, out, "pdf"),
    "art30 record html": lambda service, out: service.reports.write(Report.ART30, out, "html"),
    "handover bundle": lambda service, out: service.duties.write_handover(out),
    "log export csv": lambda service, out: service.export_log("csv", out),
    "log export json, no passphrase": lambda service, out: export_log_file(log_files(project=service.root), "json", out),
    "public key": lambda service, out: service.export_log_public_key(out),
}


def _inside_places(root: Path, tmp_path: Path) -> dict[Path, Path]:
    """Every way of naming a place in a project folder (and that folder): plainly, in its tables, by ``..``,
    through a link to it, and in another project's folder."""
    link = tmp_path / "innocent-looking"
    link.symlink_to(root, target_is_directory=True)
    (tmp_path / "elsewhere").mkdir()
    other = create_project(tmp_path / "other", PASSPHRASE, operator="t", kdf=KdfParams.minimum()).root
    places = (root / "out.file", root / TABLES_DIR / "out.file", tmp_path / "elsewhere" / ".." / root.name / "out.file",
              link / "out.file")
    return {**{place: root.resolve() for place in places}, other / "out.file": other.resolve()}


@pytest.mark.parametrize("writer", WRITERS.values(), ids=WRITERS.keys())
def test_no_output_is_written_inside_a_project_folder(writer: Writer, project: Path, tmp_path: Path) -> None:
    service = ProjectService.open(project, PASSPHRASE, operator="t")
    entries = len(service.log_entries())
    for place, folder in _inside_places(project, tmp_path).items():
        with pytest.raises(PrevistaError, match="outside the project folder") as refused:
            writer(service, place)
        assert f"folder {folder}:" in str(refused.value) and "Choose a place outside it" in str(refused.value)
        assert not place.exists(), place
    assert len(service.log_entries()) == entries  # nothing written, nothing logged
    beside = tmp_path / f"{project.name}-exports"  # a neighbour whose name starts like the project's is outside
    beside.mkdir()
    writer(service, beside / "out.file")
    assert (beside / "out.file").is_file()


# ----- closing a pilot with something left in the folder ----------------------------------------
def test_close_pilot_refuses_while_stray_files_remain(project: Path, tmp_path: Path) -> None:
    store = open_project(project, PASSPHRASE)
    bundle = write_bundle(store, tmp_path / "handover.zip", operator="t").file
    (project / "call-list.csv").write_text("Kowalski,0.91\n")
    (project / "notes").mkdir()
    (project / TABLES_DIR / "copy.parquet").write_bytes(b"PAR1")
    held = store.table_names()
    with pytest.raises(PrevistaError, match="Remove them or move them") as refused:
        close_pilot(store, bundle, operator="t")
    assert "call-list.csv, notes/, tables/copy.parquet." in str(refused.value)
    assert "Kowalski" not in str(refused.value) and store.table_names() == held

    cli = subprocess.run(cli_command("close-pilot", "--project", str(project), "--bundle", str(bundle), "--yes"),
                         capture_output=True, text=True, env=cli_env(), cwd=REPO, timeout=120, stdin=subprocess.DEVNULL,
                         check=False)
    assert cli.returncode == 1 and "call-list.csv" in cli.stderr and "Traceback" not in cli.stderr
    for stray in ("call-list.csv", TABLES_DIR + "/copy.parquet"):
        (project / stray).unlink()
    (project / "notes").rmdir()
    assert close_pilot(store, bundle, operator="t").rows_erased > 0


# ----- a crafted bundle -------------------------------------------------------------------------
GIB = 1024**3


def _deflated_json(size: int) -> tuple[bytes, int]:
    """A JSON manifest of ``size`` bytes, deflated to about a thousandth, and its CRC; built from one repeated
    fully flushed block, so making it costs little more than the CRC."""
    head, tail, block = b'{"format": "prevista-handover-bundle", "pad": "', b'"}', b" " * (1 << 20)
    blocks = (size - len(head) - len(tail)) // len(block)
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    start = packer.compress(head) + packer.flush(zlib.Z_FULL_FLUSH)
    middle = packer.compress(block) + packer.flush(zlib.Z_FULL_FLUSH)
    end = packer.compress(tail) + packer.flush()
    crc = zlib.crc32(head)
    for _ in range(blocks):
        crc = zlib.crc32(block, crc)
    return start + middle * blocks + end, zlib.crc32(tail, crc)


def _zip_bomb(path: Path, declared: int) -> Path:
    """A one-member ZIP (the manifest) that unpacks to 1 GiB, declaring ``declared`` bytes unpacked."""
    data, crc = _deflated_json(GIB)
    name = MANIFEST.encode()
    local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, crc, len(data), declared, len(name), 0)
    central = struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0x21, crc, len(data), declared,
                          len(name), 0, 0, 0, 0, 0, 0)
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 1, 1, len(central) + len(name),
                      len(local) + len(name) + len(data), 0)
    path.write_bytes(local + name + data + central + name + end)
    return path


@pytest.mark.parametrize("declared", [GIB, 1000], ids=["honest size", "lying size"])
def test_a_zip_bomb_bundle_is_refused_fast_without_unpacking(declared: int, project: Path, tmp_path: Path) -> None:
    store = open_project(project, PASSPHRASE)
    bomb = _zip_bomb(tmp_path / "handover.zip", declared)
    assert bomb.stat().st_size < 2 * 1024**2
    tracemalloc.start()
    started = time.perf_counter()
    try:
        with pytest.raises(PrevistaError, match="not a Prevista handover bundle"):
            close_pilot(store, bomb, operator="t")
        elapsed = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert elapsed < 0.5 and peak < 16 * 1024**2, (elapsed, peak)
    assert store.table_names()


# ----- IDs and addresses kept out of the process list -------------------------------------------
def _cli(*args: str, stdin: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cli_command(*args), capture_output=True, text=True, env=cli_env(), cwd=REPO, timeout=120,
                          input=stdin, check=False)


def test_optout_and_dsar_read_ids_from_standard_input(project: Path, tmp_path: Path) -> None:
    contacts = pl.read_csv(next(p for p in demo_files("hubspot") if p.stem == "contacts"), infer_schema=False)
    ids = contacts["Record ID"].to_list()
    added = _cli("optout", "add", "--project", str(project), "--id", "-", "--json", stdin=f"{ids[0]}\n\n{ids[1]}\n")
    assert added.returncode == 0, added.stderr
    assert json.loads(added.stdout)["customers_with_data"] == 2
    listed = tmp_path / "emails.txt"
    listed.write_text(f"{contacts['Email'][2]}\n", encoding="utf-8")
    by_file = _cli("optout", "add", "--project", str(project), "--emails-file", str(listed), "--json", stdin="")
    assert by_file.returncode == 0 and json.loads(by_file.stdout)["customers_with_data"] == 1, by_file.stderr
    report = tmp_path / "access.html"
    access = _cli("dsar", "access", "-", "--project", str(project), "--out", str(report), stdin=f"{ids[3]}\n")
    assert access.returncode == 0 and contacts["Email"][3] in report.read_text(encoding="utf-8"), access.stderr
    two = _cli("optout", "add", "--project", str(project), "--id", "-", "--email", "-", stdin="x\n")
    assert two.returncode == 1 and "Only one option can read standard input" in two.stderr
    for command in (("optout", "add"), ("optout", "remove"), ("dsar", "access"), ("dsar", "erase")):
        assert "visible to other users" in " ".join(_cli(*command, "--help", stdin="").stdout.split()), command
    store = open_project(project, PASSPHRASE)
    assert not any(value in json.dumps(store.log.entries()) for value in ids[:4])
