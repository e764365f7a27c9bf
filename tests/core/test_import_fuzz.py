"""Fuzzing the import path: any bytes in, a plan or a user-facing refusal out.

Random bytes, structured-but-nasty CSV (random headers, cells, delimiters,
quoting and encodings, then cut or spliced) and JSON (nesting, duplicate keys,
truncation) are planned for import on a real project.  The only allowed
outcomes are a plan or an :class:`InputError` / :class:`ImportRefusedError`
whose message starts with the file name and contains no generated cell
value; and planning never changes a project file.  The CI run is bounded;
``tests/bench/bench_fuzz_import.py`` runs the same properties far longer.
"""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from prevista.core.ingest.importer import ImportOptions, plan_import
from prevista.privacy.errors import ImportRefusedError, InputError
from prevista.privacy.store import ProjectStore
from tests.corpus.harness import fresh_project

MARKER = "Qx9cell"
NAMES = ("fuzz.csv", "fuzz.json", "fuzz.xlsx", "fuzz.txt")
CI = settings(max_examples=120, deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

_NASTY = list(',;\t|"\'\n\r =+-@\\\x00\x1f\u200b\u00a0\ufeff\u2028aZ09.,éłŁ€ß')
_TEXT = st.text(st.sampled_from(_NASTY) | st.characters(codec="utf-8"), max_size=10)
_HEADER = _TEXT.filter(lambda text: MARKER not in text)
_CELL = st.one_of(_TEXT, _TEXT.map(lambda text: text + MARKER), st.sampled_from(
    ["", "NaN", "inf", "1e308", "99999999999999999999999", "-1,5", "31.02.2024", "2024-01-31", "=1+1", "@SUM(A1)"]))


def _field(text: str, delimiter: str, quoting: str) -> str:
    """As a spreadsheet would write it ("minimal", "all"), or raw, which breaks the table ("none")."""
    needs = quoting == "all" or (quoting == "minimal" and any(ch in text for ch in delimiter + '"\r\n'))
    return '"' + text.replace('"', '""') + '"' if needs else text


@st.composite
def csv_files(draw: st.DrawFn) -> bytes:
    """A table in random dialect and encoding, sometimes cut short or spliced with raw bytes."""
    width = draw(st.integers(1, 6))
    header = draw(st.lists(_HEADER, min_size=width, max_size=width))
    body = draw(st.lists(st.lists(_CELL, min_size=0, max_size=width + 1), max_size=12))
    delimiter = draw(st.sampled_from([",", ";", "\t", "|"]))
    quoting = draw(st.sampled_from(["minimal", "all", "none"]))
    end = draw(st.sampled_from(["\n", "\r\n"]))
    text = "".join(delimiter.join(_field(cell, delimiter, quoting) for cell in row) + end for row in [header, *body])
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1250", "latin-1"]))
    data = text.encode(encoding, errors="replace")
    if draw(st.booleans()):
        data = data[: draw(st.integers(0, len(data)))]
    if draw(st.booleans()):
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.binary(max_size=8)) + data[at:]
    return data


_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | _CELL,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_HEADER, inner, max_size=3),
    max_leaves=6,
)


@st.composite
def json_files(draw: st.DrawFn) -> bytes:
    """Records as an array, JSON Lines or a wrapper; keys may repeat; sometimes cut short."""
    records = draw(st.lists(st.lists(st.tuples(_HEADER, _VALUES), max_size=5), max_size=8))
    texts = ["{" + ",".join(f"{json.dumps(k)}: {json.dumps(v)}" for k, v in pairs) + "}" for pairs in records]
    layout = draw(st.sampled_from(["array", "lines", "wrapped"]))
    text = {"array": "[" + ",".join(texts) + "]", "lines": "\n".join(texts),
            "wrapped": '{"results": [' + ",".join(texts) + "]}"}[layout]
    data = draw(st.sampled_from([b"", codecs.BOM_UTF8])) + text.encode("utf-8", errors="surrogatepass")
    if draw(st.booleans()):
        data = data[: draw(st.integers(0, len(data)))]
    return data


FILES = st.tuples(st.sampled_from(NAMES), st.one_of(st.binary(max_size=512), csv_files(), json_files()))


def _files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def check_import_file(store: ProjectStore, folder: Path, name: str, data: bytes) -> None:
    """The property: a plan, or a refusal that names the file and echoes no cell; nothing written."""
    path = folder / name
    path.write_bytes(data)
    before = _files(store.root)
    try:
        plan = plan_import(store, [path], ImportOptions(operator="fuzz"))
    except (InputError, ImportRefusedError) as exc:
        message = str(exc)
        assert message.startswith(name), message
        assert MARKER not in message, message
    else:
        for finding in plan.report.findings:
            text = finding.text()
            assert MARKER not in text, text
            assert finding.file is None or text.startswith(name), text
    assert _files(store.root) == before


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> tuple[ProjectStore, Path]:
    folder = tmp_path_factory.mktemp("fuzz")
    return fresh_project(folder / "project"), folder


@CI
@given(FILES)
def test_any_file_gives_a_plan_or_a_located_refusal(project: tuple[ProjectStore, Path], file: tuple[str, bytes]) -> None:
    check_import_file(*project, *file)


@CI
@given(csv_files())
def test_nasty_csv_gives_a_plan_or_a_located_refusal(project: tuple[ProjectStore, Path], data: bytes) -> None:
    check_import_file(*project, "nasty.csv", data)
