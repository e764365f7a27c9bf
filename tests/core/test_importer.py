"""Import end to end against the encrypted store: what is kept, what is refused, what is logged."""

from __future__ import annotations

import shutil
import threading
import time
from dataclasses import replace

import polars as pl
import pytest

from prevista.core.demo.run import demo_files
from prevista.core.ingest import pseudonyms
from prevista.core.ingest.importer import ImportOptions, execute_import, plan_import, run_import
from prevista.core.runtime.jobs import Progress
from prevista.core.services.project import ProjectService
from prevista.privacy.errors import CancelledError, ImportRefusedError, InputError, PrevistaError
from prevista.privacy.pseudonym import EncryptedIds
from prevista.privacy.schema import KEY, Role, Table
from prevista.privacy.store import ProjectStore
from tests.conftest import PASSPHRASE
from tests.core.conftest import customers_frame, orders_frame, write_csv


def snapshot(store: ProjectStore) -> dict[str, pl.DataFrame]:
    return {name: store.read_table(name) for name in store.table_names()}


def test_demo_exports_import_pseudonymized(store: ProjectStore, options: ImportOptions) -> None:
    plan, result = run_import(store, demo_files("hubspot"), options, accept_warnings=True)
    assert result is not None, plan.report.to_text()
    assert {"customers", "transactions", "interactions", "usage", Table.SUBJECTS} <= set(store.table_names())
    customers = store.read_table("customers")
    forbidden = {"First Name", "Last Name", "Email", "Phone Number", "Street Address", "Record ID", "Subject"}
    for name in ("customers", "transactions", "interactions", "usage"):
        frame = store.read_table(name)
        assert not forbidden & set(frame.columns), name
        assert frame[KEY].is_in(store.read_table(Table.SUBJECTS)[KEY].implode()).all()
    # the encrypted ID is the AES-SIV token of the raw ID, one per customer
    raw_ids = pl.read_csv(demo_files("hubspot")[0], infer_schema=False)["Record ID"]
    subjects = store.read_table(Table.SUBJECTS)
    expected = EncryptedIds(store.keys.encrypted_ids).encrypt(raw_ids[0])
    assert expected in subjects["eid"].to_list()
    assert customers.height + store.read_table(Table.OPTOUTS).height == raw_ids.n_unique()
    entry = store.log.entries()[-1]
    assert entry["action"] == "import" and entry["legal_basis"].startswith("Art. 6(1)(f)")
    assert len(entry["inputs"]) == 4 and all(len(i["sha256"]) == 64 for i in entry["inputs"])


def test_every_stored_row_is_its_own_customers(store: ProjectStore, exports, options: ImportOptions) -> None:
    """Staging keeps each row's customer as the place of its ID among the distinct IDs, and the key comes by
    that place: decrypting every stored order's customer must give the ID on that row of the export, opted-out
    customers' rows gone, no row lost or moved to a neighbour."""
    plan, result = run_import(store, [exports["customers"], exports["orders"]], options, accept_warnings=True)
    assert result is not None, plan.report.to_text()
    subjects = store.read_table(Table.SUBJECTS)
    ids = EncryptedIds(store.keys.encrypted_ids)
    raw = {key: ids.decrypt(eid) for key, eid in subjects.select(KEY, "eid").iter_rows()}
    orders = store.read_table("transactions")
    stored = sorted((raw[key], when.strftime("%d.%m.%Y"), amount) for key, when, amount
                    in orders.select(KEY, "Order Date", "Amount").iter_rows())
    opted_out = set(customers_frame().filter(pl.col("Opt Out") == "yes")["Customer ID"])
    source = sorted((who, when, float(amount.replace(",", "."))) for who, when, amount in orders_frame().iter_rows()
                    if who not in opted_out)
    assert stored == source and len(opted_out) == 2


def test_the_email_index_holds_each_address_once_however_often_it_is_imported(store: ProjectStore, exports,
                                                                             options: ImportOptions) -> None:
    """A first import's tokens are all different and kept as they are; importing the same customers again must
    not add a token that is already there (the two who opted out have none)."""
    for _ in range(2):
        plan, result = run_import(store, [exports["customers"]], options, accept_warnings=True)
        assert result is not None, plan.report.to_text()
        index = store.read_table(Table.EMAIL_INDEX)
        assert not index.is_duplicated().any() and index.height == customers_frame().height - 2


def test_european_variant_imports_with_its_own_formats(store: ProjectStore, options: ImportOptions) -> None:
    plan, result = run_import(store, demo_files("european"), options, accept_warnings=True)
    assert result is not None, plan.report.to_text()
    kinds = {t.kind.value: t for t in plan.tables}
    assert set(kinds) == {"customers", "transactions", "interactions", "usage"}
    assert kinds["customers"].report.encoding == "cp1250"
    dates = [c for t in plan.tables for c in t.mapping.columns if c.role is Role.DATE]
    assert dates and all(c.fmt.startswith("%d.%m.%Y") for c in dates)


def test_reimport_reuses_mapping_and_keys(store: ProjectStore, exports, options) -> None:
    _, first = run_import(store, [exports["customers"]], replace(options, roles={"Plan": Role.IGNORE}), accept_warnings=True)
    before = store.read_table(Table.SUBJECTS)
    plan, second = run_import(store, [exports["customers"]], options, accept_warnings=True)
    assert first and second and second.new_customers == 0
    assert plan.tables[0].mapping.source.startswith("saved")
    assert "Plan" not in store.read_table("customers").columns
    assert store.read_table(Table.SUBJECTS).equals(before)


def test_the_largest_file_is_read_first_and_the_tables_keep_the_order_given(store, options, tmp_path) -> None:
    files = demo_files("hubspot")
    given = sorted(files, key=lambda path: path.stat().st_size)  # smallest first, as a user might list them
    read: list[str] = []
    plan = plan_import(store, given, options, Progress(lambda _, message: read.append(message)))
    order = [message.removeprefix("Reading ") for message in dict.fromkeys(read) if message.startswith("Reading ")]
    assert order == [path.name for path in sorted(given, key=lambda path: -path.stat().st_size)]
    assert [table.report.file for table in plan.tables] == [path.name for path in given]
    read.clear()
    with pytest.raises(InputError, match="missing.csv"):  # what cannot be read fails before any long read
        plan_import(store, [*given, tmp_path / "missing.csv"], options, Progress(lambda _, message: read.append(message)))
    assert [message for message in dict.fromkeys(read) if message.startswith("Reading ")] == ["Reading missing.csv"]


def test_opt_outs_are_removed_now_and_on_later_imports(store: ProjectStore, exports, options) -> None:
    run_import(store, [exports["customers"]], options, accept_warnings=True)
    assert store.read_table(Table.OPTOUTS).height == 2
    assert store.read_table("customers").height == 78
    run_import(store, [exports["orders"]], options, accept_warnings=True)
    orders = store.read_table("transactions")
    opted_keys = store.read_table(Table.SUBJECTS).filter(pl.col("eid").is_in(store.read_table(Table.OPTOUTS)["eid"].implode()))[KEY]
    assert orders.height == 240 - 6 and not orders[KEY].is_in(opted_keys.implode()).any()


def test_a_plan_cancelled_while_committing_commits_as_if_never_started(tmp_path, fast_kdf, exports, options) -> None:
    """The plan drops the opted-out rows once, when it is made; the wizard starts a cancelled import again
    from the same plan, so the second commit must still register, count and exclude them."""
    files = [exports["customers"], exports["orders"]]
    once = ProjectStore.create(tmp_path / "once", PASSPHRASE, kdf=fast_kdf)
    expected = execute_import(once, plan_import(once, files, options))
    twice = ProjectStore.create(tmp_path / "twice", PASSPHRASE, kdf=fast_kdf)
    plan = plan_import(twice, files, options)
    stop = threading.Event()
    with pytest.raises(CancelledError):
        execute_import(twice, plan, Progress(lambda _, message: message.startswith("Recomputing") and stop.set(), stop))
    assert not twice.has_table("customers")
    result = execute_import(twice, plan)
    assert result.opted_out_removed == expected.opted_out_removed > 0 and result.tables == expected.tables
    for name in ("customers", "transactions"):
        assert twice.read_table(name).equals(once.read_table(name))
    assert twice.read_table(Table.OPTOUTS).height == once.read_table(Table.OPTOUTS).height == 2


@pytest.mark.parametrize("given_up", [False, True])
def test_pseudonyms_computed_while_checking_are_what_the_commit_computes(tmp_path, store, exports, options,
                                                                         given_up: bool, monkeypatch) -> None:
    """The plan encrypts each file's IDs (a block at a time) and keys its e-mail addresses as soon as the file is
    checked; the commit must store exactly what it stores computing them itself, also when the plan gave up
    part way."""
    monkeypatch.setattr(pseudonyms, "BLOCK", 7)
    keyed = pseudonyms.email_tokens
    monkeypatch.setattr(pseudonyms, "email_tokens", lambda *args: time.sleep(0.3) or keyed(*args))  # still busy
    earlier = write_csv(customers_frame().head(60), tmp_path / "earlier.csv")
    assert run_import(store, [earlier], options, accept_warnings=True)[1] is not None  # some customers known before
    twin = ProjectStore.open(shutil.copytree(store.root, tmp_path / "twin"), PASSPHRASE)  # the same keys
    third = pl.col("Customer ID").rank("dense") % 3 == 0  # the larger file, read first, lacks a third of the IDs
    files = [write_csv(customers_frame().filter(~third), tmp_path / "customers.csv"),
             write_csv(orders_frame().filter(third), tmp_path / "orders.csv")]
    for target, ahead in ((store, True), (twin, False)):
        plan = plan_import(target, files, replace(options, append=True))
        assert plan.pseudonyms is not None
        if given_up:  # the next file's IDs are not begun, so they are called off
            plan.pseudonyms.close()
        execute_import(target, plan if ahead else replace(plan, pseudonyms=None))
    for name in (Table.SUBJECTS, Table.EMAIL_INDEX, Table.OPTOUTS, "customers", "transactions"):
        assert store.read_table(name).equals(twin.read_table(name)), name
    assert store.read_table(Table.EMAIL_INDEX).height > 0


def test_bad_value_is_refused_with_file_line_and_column_and_nothing_changes(tmp_path, store, exports, options) -> None:
    run_import(store, [exports["customers"]], options, accept_warnings=True)
    before = snapshot(store)
    frame = orders_frame().with_columns(
        pl.when(pl.int_range(pl.len()) == 41).then(pl.lit("31.02.2024")).otherwise(pl.col("Order Date")).alias("Order Date"))
    bad = write_csv(frame, tmp_path / "orders-bad.csv")
    plan, result = run_import(store, [bad], options, accept_warnings=True)
    assert result is None
    refusal = plan.report.refusals[0].text()
    assert "orders-bad.csv" in refusal and "Order Date" in refusal and "line 43" in refusal
    with pytest.raises(ImportRefusedError):
        execute_import(store, plan)
    reopened = ProjectStore.open(store.root, PASSPHRASE)
    assert all(reopened.read_table(n).equals(f) for n, f in before.items())
    assert reopened.log.entries()[-1]["action"] == "import-refused"


def test_special_category_needs_explicit_allowance_which_is_logged(tmp_path, store, options) -> None:
    path = write_csv(customers_frame().with_columns(pl.lit("good").alias("Health condition")), tmp_path / "c.csv")
    plan, result = run_import(store, [path], options, accept_warnings=True)
    assert result is None and plan.report.refusals[0].code == "special-category"
    plan, result = run_import(store, [path], replace(options, allow_special=frozenset({"Health condition"}),
                                                     roles={"Health condition": Role.CATEGORY}), accept_warnings=True)
    assert result is not None
    assert store.log.entries()[-1]["special_categories_with_explicit_consent"] == ["health"]


def test_too_few_customers_is_refused_and_warnings_need_confirmation(tmp_path, store, options) -> None:
    tiny = write_csv(customers_frame(20), tmp_path / "tiny.csv")
    plan, result = run_import(store, [tiny], options, accept_warnings=True)
    assert result is None and "too-few-customers" in [f.code for f in plan.report.refusals]
    few = write_csv(customers_frame(), tmp_path / "few.csv")
    plan, result = run_import(store, [few], options, accept_warnings=False)
    assert result is None and "few-customers" in [f.code for f in plan.report.warnings]
    assert store.log.entries()[-1]["action"] == "import-not-confirmed"


def test_identities_kept_only_on_request_under_the_identity_key(store, exports, options) -> None:
    run_import(store, [exports["customers"]], options, accept_warnings=True)
    assert not store.has_table(Table.IDENTITIES)
    run_import(store, [exports["customers"]], replace(options, keep_identities=True), accept_warnings=True)
    identities = store.read_table(Table.IDENTITIES)
    assert set(identities.columns) == {KEY, "First Name", "Email"} and identities.height == 78
    # each customer's identity, not a neighbour's: the two opted-out customers' rows left every column alike
    raw_ids = {key: EncryptedIds(store.keys.encrypted_ids).decrypt(eid)
               for key, eid in store.read_table(Table.SUBJECTS).select(KEY, "eid").iter_rows()}
    source = {row["Customer ID"]: (row["First Name"], row["Email"]) for row in customers_frame().iter_rows(named=True)}
    stored = identities.select(KEY, "First Name", "Email").iter_rows()
    assert all(source[raw_ids[key]] == (name, email) for key, name, email in stored)
    assert store.table_info(Table.IDENTITIES)["wrapped_key"] != store.table_info("customers")["wrapped_key"]


def test_unknown_role_override_is_an_error(store, exports, options) -> None:
    with pytest.raises(PrevistaError, match="no file has: Nope"):
        plan_import(store, [exports["customers"]], replace(options, roles={"Nope": Role.IGNORE}))


def test_ambiguous_dates_warn_until_the_user_sets_the_format(tmp_path, store, options) -> None:
    frame = customers_frame().with_columns(
        pl.format("{}/{}/2024", (pl.int_range(pl.len()) % 12 + 1).cast(pl.String).str.zfill(2),
                  (pl.int_range(pl.len()) % 12 + 1).cast(pl.String).str.zfill(2)).alias("Signup Date"))
    path = write_csv(frame, tmp_path / "c.csv")
    plan = plan_import(store, [path], options)
    warning = next(f for f in plan.report.warnings if f.code == "ambiguous-format")
    assert warning.column == "Signup Date" and "DD/MM/YYYY" in warning.message
    plan = plan_import(store, [path], replace(options, formats={"Signup Date": "%m/%d/%Y"}))
    assert "ambiguous-format" not in [f.code for f in plan.report.warnings]
    with pytest.raises(PrevistaError, match="neither a date pattern"):
        plan_import(store, [path], replace(options, formats={"Signup Date": "monthly"}))



def test_the_import_service_logs_its_own_operator(tmp_path, store: ProjectStore, exports) -> None:
    """A front end leaves the operator out; the service records who is working on the project, refusals too."""
    imports = ProjectService(store, operator="consultant").imports
    plan = imports.plan([exports["customers"]], ImportOptions())
    assert plan.options == ImportOptions()  # as given, so a front end can tell whether its plan is current
    result = imports.commit(plan, accept_warnings=True)
    entry = store.log.entries()[-1]
    assert result is not None and result.log_entry == entry["seq"]
    assert (entry["action"], entry["operator"]) == ("import", "consultant")
    tiny = write_csv(customers_frame(20), tmp_path / "tiny.csv")
    assert imports.commit(imports.plan([tiny], ImportOptions()), accept_warnings=True) is None
    assert store.log.entries()[-1]["action"] == "import-refused"
    assert store.log.entries()[-1]["operator"] == "consultant"
    assert imports.preview(exports["customers"], 5).height == 5
