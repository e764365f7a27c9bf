"""Property: whatever sequence of imports (with or without a consent column, with or without kept
identities), opt-outs (by ID or e-mail), erasures and trainings happens, no excluded person's key or
encrypted ID is left in any per-customer table, the stored segments count exactly the scored customers,
and a forecast that counted an excluded person's tickets, or a model that learnt from them, is not
presented as current."""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from prevista.core.analytics.training import TrainOptions, train
from prevista.core.demo.run import demo_files
from prevista.core.duties.dsar import erasure_request
from prevista.core.duties.optouts import Requests, record_optouts
from prevista.core.ingest.importer import ImportOptions, run_import
from prevista.core.project.settings import settings as project_settings
from prevista.core.reports.status import project_status
from prevista.privacy.errors import PrevistaError
from prevista.privacy.kdf import KdfParams
from prevista.privacy.pseudonym import EncryptedIds
from prevista.privacy.schema import KEY, PER_CUSTOMER, Meta, Table, TableKind
from prevista.privacy.store import ProjectStore
from tests.conftest import PASSPHRASE

PEOPLE = 10  # the cast of people the operations pick from
OPT_OUT = "Marketing Opt Out"


@dataclass
class Cast:
    ids: list[str]
    emails: list[str]
    flagged: list[str]  # opted out in the demo export itself
    contacts: pl.DataFrame


@pytest.fixture(scope="module")
def trained_project(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Cast]:
    root = tmp_path_factory.mktemp("erasure") / "project"
    store = ProjectStore.create(root, PASSPHRASE, kdf=KdfParams.minimum())
    run_import(store, demo_files("hubspot"), ImportOptions(operator="t", keep_identities=True), accept_warnings=True)
    train(store, TrainOptions(operator="t"))
    contacts = pl.read_csv(demo_files("hubspot")[0], infer_schema=False)
    cast = contacts.filter(pl.col(OPT_OUT) == "false").head(PEOPLE)
    flagged = contacts.filter(pl.col(OPT_OUT) == "true")["Record ID"].to_list()
    return root, Cast(cast["Record ID"].to_list(), cast["Email"].to_list(), flagged, contacts)


@dataclass
class World:
    """What the test knows happened: who is excluded, and whether the last training learnt from any of them."""

    store: ProjectStore
    folder: Path
    excluded: set[str] = field(default_factory=set)
    learnt_from_excluded: bool = False
    tickets_excluded: bool = False

    def key(self, raw_id: str) -> int | None:
        eid = EncryptedIds(self.store.keys.encrypted_ids).encrypt(raw_id)
        found = self.store.read_table(Table.SUBJECTS).filter(pl.col("eid") == eid)
        return int(found[KEY][0]) if found.height else None

    def excluding(self, raw_id: str) -> None:
        """Note what the store held of someone about to be excluded, then count them as excluded."""
        key = self.key(raw_id)
        if key is not None and raw_id not in self.excluded:
            held = [name for name in PER_CUSTOMER
                    if self.store.has_table(name) and self.store.read_table(name)[KEY].is_in([key]).any()]
            self.learnt_from_excluded |= bool(held) and self.store.meta(Meta.MODEL_CARD) is not None
            self.tickets_excluded |= TableKind.INTERACTIONS in held
        self.excluded.add(raw_id)


def do_import(world: World, cast: Cast, who: int, consent: bool, keep_identities: bool) -> None:
    files = demo_files("hubspot")
    contacts = cast.contacts
    if consent:
        world.excluding(cast.ids[who])
        contacts = contacts.with_columns(pl.when(pl.col("Record ID") == cast.ids[who]).then(pl.lit("true"))
                                         .otherwise(pl.col(OPT_OUT)).alias(OPT_OUT))
    else:
        contacts = contacts.drop(OPT_OUT)
    path = world.folder / "contacts.csv"
    contacts.write_csv(path)
    run_import(world.store, [path, *files[1:]], ImportOptions(operator="t", keep_identities=keep_identities),
               accept_warnings=True)


def step(world: World, cast: Cast, action: str, who: int, flag: bool) -> None:
    store = world.store
    if action == "import":
        do_import(world, cast, who, consent=flag, keep_identities=not flag)
    elif action == "import-kept":
        do_import(world, cast, who, consent=flag, keep_identities=flag)
    elif action == "optout":
        world.excluding(cast.ids[who])
        record_optouts(store, Requests(ids=(cast.ids[who],)) if flag else Requests(emails=(cast.emails[who],)),
                       operator="t")
    elif action == "erase":
        world.excluding(cast.ids[who])
        try:
            erasure_request(store, cast.ids[who], operator="t")
        except PrevistaError:  # nothing held of them: nothing to erase
            pass
    else:
        train(store, TrainOptions(operator="t"))
        world.learnt_from_excluded = world.tickets_excluded = False


def assert_nobody_excluded_is_held(world: World, cast: Cast) -> None:
    store = world.store
    ids = EncryptedIds(store.keys.encrypted_ids)
    gone = world.excluded | set(cast.flagged)
    eids = [ids.encrypt(raw) for raw in gone]
    keys = store.read_table(Table.SUBJECTS).filter(pl.col("eid").is_in(eids))[KEY]
    for name in PER_CUSTOMER:
        if store.has_table(name):
            table = store.read_table(name)
            assert not table[KEY].is_in(keys.implode()).any(), name
            for column in table.select(pl.col(pl.String)).columns:
                assert not table[column].is_in(eids).any(), (name, column)


def assert_segments_count_the_scored(store: ProjectStore) -> None:
    k = project_settings(store).min_segment_size
    scored = store.read_table(Table.SCORES).group_by("segment").len()
    counts = {int(row["segment"]): int(row["len"]) for row in scored.iter_rows(named=True)}
    shown = {row["segment"]: row["size"] for row in store.meta(Meta.SEGMENTS)["segments"]}
    assert shown == {segment: size for segment, size in counts.items() if size >= k}


def assert_derived_artefacts_admit_it(world: World) -> None:
    store = world.store
    if world.tickets_excluded:
        assert store.meta(Meta.FORECAST) is None
    assert project_status(store).retrain_recommended == world.learnt_from_excluded


operations = st.lists(
    st.tuples(st.sampled_from(["import", "import-kept", "optout", "optout", "erase", "erase", "train"]),
              st.integers(0, PEOPLE - 1), st.booleans()),
    min_size=1, max_size=5)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=operations)
def test_excluded_people_leave_every_table_and_derived_artefact(trained_project: tuple[Path, Cast],
                                                                steps: list[tuple[str, int, bool]]) -> None:
    source, cast = trained_project
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "project"
        shutil.copytree(source, root)
        world = World(ProjectStore.open(root, PASSPHRASE), Path(folder))
        for action, who, flag in steps:
            step(world, cast, action, who, flag)
            assert_nobody_excluded_is_held(world, cast)
            assert_segments_count_the_scored(world.store)
            assert_derived_artefacts_admit_it(world)
            assert world.store.log_problem() is None
