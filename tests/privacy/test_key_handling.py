"""Key handling: authenticated, bounded KDF parameters; one subkey per purpose; keys never leave wrapped."""

from __future__ import annotations

import base64
import hashlib
import json
import subprocess
import sys
import traceback
from collections.abc import Callable
from dataclasses import fields
from pathlib import Path
from typing import Any

import polars as pl
import pytest
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import serialization

from prevista.core.demo.run import demo_files
from prevista.core.ingest.importer import ImportOptions, run_import
from prevista.privacy import kdf
from prevista.privacy.errors import DamagedProjectError, PrevistaError, WrongPassphraseError
from prevista.privacy.keys import KeyRing, unwrap_key
from prevista.privacy.lookup import email_token
from prevista.privacy.processing_log import canonical
from prevista.privacy.pseudonym import EncryptedIds
from prevista.privacy.schema import Table
from prevista.privacy.sealed import unseal
from prevista.privacy.store import HEADER_NAME, MANIFEST_NAME, ProjectStore
from tests.cli_helpers import REPO, cli_env, prevista
from tests.conftest import PASSPHRASE

NEW_PASSPHRASE = "a second, longer passphrase"


def forge_header(root: Path, edit: Callable[[dict[str, Any]], None]) -> None:
    """What an attacker can do: edit the header and recompute its unkeyed checksum."""
    path = root / HEADER_NAME
    header = json.loads(path.read_bytes())
    edit(header)
    body = {k: v for k, v in header.items() if k != "checksum"}
    header["checksum"] = hashlib.sha256(canonical(body)).hexdigest()
    path.write_text(json.dumps(header))


def _set_kdf(**values: Any) -> Callable[[dict[str, Any]], None]:
    return lambda header: header["kdf"].update(values)


def _drop_kdf(name: str) -> Callable[[dict[str, Any]], None]:
    return lambda header: header["kdf"].pop(name)


def _set(path: tuple[str, ...], value: Any) -> Callable[[dict[str, Any]], None]:
    def edit(header: dict[str, Any]) -> None:
        target = header
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
    return edit


REFUSED_HEADERS = {
    "memory below the floor": _set_kdf(memory_kib=kdf.MIN_MEMORY_KIB - 1),
    "memory far below the floor": _set_kdf(memory_kib=8),
    "one pass": _set_kdf(iterations=1),
    "no lanes": _set_kdf(lanes=0),
    "memory above the ceiling": _set_kdf(memory_kib=kdf.MAX_MEMORY_KIB + 1),
    "64 GiB of memory": _set_kdf(memory_kib=64 * 1024 * 1024),
    "a million passes": _set_kdf(iterations=10**6),
    "64 lanes": _set_kdf(lanes=64),
    "memory as text": _set_kdf(memory_kib=str(kdf.MIN_MEMORY_KIB)),
    "passes as a fraction": _set_kdf(iterations=2.5),
    "passes as true": _set_kdf(iterations=True),
    "infinite memory": _set_kdf(memory_kib=float("inf")),
    "memory null": _set_kdf(memory_kib=None),
    "no passes": _drop_kdf("iterations"),
    "another algorithm": _set_kdf(algorithm="argon2i"),
    "short salt": _set_kdf(salt=base64.b64encode(b"salt").decode()),
    "truncated wrapped key": _set(("master_key",), base64.b64encode(b"k" * 20).decode()),
    "parameters not an object": _set(("kdf",), [1, 2, 3]),
}


@pytest.mark.parametrize("edit", REFUSED_HEADERS.values(), ids=REFUSED_HEADERS.keys())
def test_doctored_kdf_parameters_are_refused_as_header_damage_before_any_derivation(
        store: ProjectStore, monkeypatch: pytest.MonkeyPatch, edit: Callable[[dict[str, Any]], None]) -> None:
    forge_header(store.root, edit)
    monkeypatch.setattr(kdf, "Argon2id", lambda **_: pytest.fail("derived a key from a doctored header"))
    with pytest.raises(DamagedProjectError, match="project header") as raised:
        ProjectStore.open(store.root, PASSPHRASE)
    assert "passphrase" not in str(raised.value)


@pytest.mark.parametrize("edit", [
    _set_kdf(iterations=kdf.MIN_ITERATIONS + 1), _set_kdf(memory_kib=kdf.MIN_MEMORY_KIB + 1024),
    _set_kdf(salt=base64.b64encode(bytes(kdf.SALT_BYTES)).decode()), _set(("project_id",), "0" * 32),
    _set(("passphrase_log_seq",), 7),
], ids=["more passes", "more memory", "another salt", "another project id", "another log entry"])
def test_in_bounds_header_edits_are_bound_to_the_wrapped_key(store: ProjectStore, edit: Callable[[dict[str, Any]], None]) -> None:
    """The checksum is unkeyed, but the master key's wrap authenticates the header: the right passphrase no longer unlocks."""
    forge_header(store.root, edit)
    with pytest.raises(WrongPassphraseError):
        ProjectStore.open(store.root, PASSPHRASE)


def test_derive_kek_itself_refuses_parameters_out_of_bounds(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kdf, "Argon2id", lambda **_: pytest.fail("derived with parameters out of bounds"))
    for params in (kdf.KdfParams(memory_kib=1024, iterations=2, lanes=1), kdf.KdfParams(iterations=kdf.MAX_ITERATIONS + 1)):
        with pytest.raises(DamagedProjectError):
            kdf.derive_kek(PASSPHRASE, bytes(16), params)


# ----- separate subkeys ------------------------------------------------------------------------
def _subkeys(keys: KeyRing) -> dict[str, bytes]:
    return {f.name: getattr(keys, f.name) for f in fields(KeyRing)}


def test_subkeys_are_distinct_deterministic_and_differ_between_projects() -> None:
    master, other = bytes(range(32)), bytes(range(1, 33))
    subkeys = _subkeys(KeyRing.from_master(master))
    assert len(set(subkeys.values()) | {master}) == len(subkeys) + 1
    assert subkeys == _subkeys(KeyRing.from_master(master))
    assert not set(subkeys.values()) & set(_subkeys(KeyRing.from_master(other)).values())
    assert all(len(key) >= 32 for key in subkeys.values())


def _candidates(store: ProjectStore) -> dict[str, bytes]:
    """Every 32-byte key of the project, the two halves of the 64-byte ID key included."""
    keys = {name: key for name, key in _subkeys(store.keys).items() if len(key) == 32}
    keys |= {"encrypted_ids[:32]": store.keys.encrypted_ids[:32], "encrypted_ids[32:]": store.keys.encrypted_ids[32:]}
    return {**keys, "master": store._master}


def _opens_with(candidates: dict[str, bytes], attempt: Callable[[bytes], object]) -> list[str]:
    opened = []
    for name, key in candidates.items():
        try:
            attempt(key)
        except (InvalidTag, DamagedProjectError):
            continue
        opened.append(name)
    return opened


def test_each_subkey_opens_only_what_it_is_for(store: ProjectStore) -> None:
    store.commit(put={"customers": pl.DataFrame({"x": [1, 2]}), Table.IDENTITIES: pl.DataFrame({"name": ["A"]}), "models": b"blob"})
    candidates = _candidates(store)
    for table, purpose in (("customers", "storage"), ("models", "storage"), (Table.IDENTITIES, "identity")):
        info = store.table_info(table)
        wrapped = base64.b64decode(info["wrapped_key"])
        context = ProjectStore._key_context(info["file_id"])
        assert _opens_with(candidates, lambda key, w=wrapped, c=context: unwrap_key(key, w, c)) == [purpose], table
    manifest = store._manifest
    log_key = base64.b64decode(manifest["log_signing_key"])
    log_context = ProjectStore._log_key_context(store.project_id)
    assert _opens_with(candidates, lambda key: unwrap_key(key, log_key, log_context)) == ["log"]
    sealed_manifest = (store.root / MANIFEST_NAME).read_bytes()
    context = ProjectStore._manifest_context(store.project_id)
    assert _opens_with(candidates, lambda key: unseal(sealed_manifest, key, context, "m")) == ["manifest"]
    header = ProjectStore.read_header(store.root)
    wrapped_master = base64.b64decode(header["master_key"])
    aad = canonical({k: v for k, v in header.items() if k not in ("master_key", "checksum")})
    assert _opens_with(candidates, lambda key: unwrap_key(key, wrapped_master, aad)) == []


def test_encrypted_ids_and_email_lookups_use_their_own_subkeys(store: ProjectStore) -> None:
    contacts = demo_files("hubspot")[0]
    run_import(store, [contacts], ImportOptions(operator="t"), accept_warnings=True)
    raw = pl.read_csv(contacts, infer_schema=False)
    token = store.read_table(Table.SUBJECTS)["eid"][0]
    assert EncryptedIds(store.keys.encrypted_ids).decrypt(token) in set(raw["Record ID"])
    with pytest.raises(DamagedProjectError):
        EncryptedIds(store.keys.storage + store.keys.lookup).decrypt(token)
    stored = set(store.read_table(Table.EMAIL_INDEX)["token"])
    emails = raw["Email"].to_list()
    assert {email_token(store.keys.lookup, e) for e in emails} & stored
    assert not {email_token(store.keys.storage, e) for e in emails} & stored


# ----- key material never leaves wrapped ----------------------------------------------------------
def _forms(secret: bytes) -> set[bytes]:
    """The spellings a key could leak in: raw, hex, base64 and URL-safe base64, padded or not."""
    b64, url = base64.b64encode(secret), base64.urlsafe_b64encode(secret)
    return {secret, secret.hex().encode(), secret.hex().upper().encode(), b64, b64.rstrip(b"="), url, url.rstrip(b"=")}


def _key_material(store: ProjectStore, passphrase: str) -> dict[str, bytes]:
    header = ProjectStore.read_header(store.root)
    secrets = {"master": store._master, **{f"subkey {n}": k for n, k in _subkeys(store.keys).items()},
               "encrypted_ids[:32]": store.keys.encrypted_ids[:32], "encrypted_ids[32:]": store.keys.encrypted_ids[32:],
               "key-encryption key": kdf.derive_kek(passphrase, base64.b64decode(header["kdf"]["salt"]),
                                                    kdf.KdfParams.from_dict(header["kdf"])),
               "log signing key": store._log_key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                                               serialization.NoEncryption())}
    for name in store.table_names():
        info = store.table_info(name)
        secrets[f"data key {name}"] = unwrap_key(store._wrapping_key(name), base64.b64decode(info["wrapped_key"]),
                                                 ProjectStore._key_context(info["file_id"]))
    return secrets


def _leaks(secrets: dict[str, bytes], haystacks: dict[str, bytes]) -> list[str]:
    return [f"{name} in {where}" for name, secret in secrets.items() for form in _forms(secret)
            for where, data in haystacks.items() if form in data]


def _files(*folders: Path) -> dict[str, bytes]:
    return {str(p): p.read_bytes() for folder in folders for p in folder.rglob("*") if p.is_file()}


def _error_text(exc: BaseException) -> bytes:
    return f"{exc}\n{exc!r}\n{''.join(traceback.format_exception(exc))}".encode()


def test_key_material_appears_in_no_file_output_error_or_repr(store: ProjectStore, tmp_path: Path) -> None:
    temp, config = tmp_path / "temp", tmp_path / "config"
    temp.mkdir()
    env = cli_env(TMPDIR=str(temp), PREVISTA_CONFIG_DIR=str(config))
    project = str(store.root)
    secrets = _key_material(store, PASSPHRASE)
    outputs: dict[str, bytes] = {}
    steps = [
        ("import", ["import", "--project", project, "--yes", *map(str, demo_files("hubspot"))], env),
        ("train", ["train", "--project", project], env),
        ("optout", ["optout", "add", "--project", project, "--id", "1000001"], env),
        ("change-passphrase", ["change-passphrase", "--project", project], {**env, "PREVISTA_NEW_PASSPHRASE": NEW_PASSPHRASE}),
    ]
    for name, args, step_env in steps:
        result = prevista(*args, env=step_env)
        assert result.returncode == 0, result.stderr
        outputs[name] = (result.stdout + result.stderr).encode()
        secrets |= {f"{key} after {name}": value for key, value in
                    _key_material(ProjectStore.open(store.root, step_env.get("PREVISTA_NEW_PASSPHRASE", PASSPHRASE)),
                                  step_env.get("PREVISTA_NEW_PASSPHRASE", PASSPHRASE)).items()}
    wrong = prevista("status", "--project", project, env={**env, "PREVISTA_PASSPHRASE": PASSPHRASE})
    assert "passphrase is not correct" in wrong.stderr
    opened = ProjectStore.open(store.root, NEW_PASSPHRASE)
    table = store.root / "tables" / opened.table_info("transactions")["file"]
    sealed = table.read_bytes()
    table.write_bytes(sealed[:-1] + bytes([sealed[-1] ^ 1]))  # a flipped bit (a zero written there was none 1 time in 256)
    damaged = prevista("train", "--project", project, env={**env, "PREVISTA_PASSPHRASE": NEW_PASSPHRASE})
    assert "damaged" in damaged.stderr
    outputs |= {"wrong passphrase": (wrong.stdout + wrong.stderr).encode(), "damaged": (damaged.stdout + damaged.stderr).encode()}
    errors: list[PrevistaError] = []
    for attempt in (lambda: ProjectStore.open(store.root, PASSPHRASE), lambda: opened.read_table("transactions")):
        with pytest.raises(PrevistaError) as raised:
            attempt()
        errors.append(raised.value)
    outputs |= {f"error {type(e).__name__}": _error_text(e) for e in errors}
    outputs["reprs"] = f"{opened!r} {opened} {opened.keys!r} {opened.keys} {opened.log!r}".encode()

    haystacks = {**_files(store.root, temp, config), **outputs}
    passphrases = {"passphrase": PASSPHRASE.encode(), "new passphrase": NEW_PASSPHRASE.encode()}
    assert len(secrets) > 30 and len(haystacks) > 15
    assert _leaks(secrets, haystacks) == []
    assert [f"{n} in {w}" for n, p in passphrases.items() for w, data in haystacks.items() if p in data] == []


def test_the_command_line_process_runs_without_core_dumps(store: ProjectStore) -> None:
    """Raise the child's soft core limit first, so only ``harden_process`` can bring it to zero."""
    probe = ("import ctypes, resource, sys\n"
             "from core.cli.main import main\n"
             "code = main(['status', '--project', sys.argv[1]])\n"
             "dumpable = ctypes.CDLL(None).prctl(3, 0, 0, 0, 0) if sys.platform.startswith('linux') else 0\n"
             "print(code, resource.getrlimit(resource.RLIMIT_CORE), dumpable)\n")

    def allow_cores() -> None:
        import resource
        hard = resource.getrlimit(resource.RLIMIT_CORE)[1]
        resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))

    result = subprocess.run([sys.executable, "-c", probe, str(store.root)], check=False, capture_output=True, text=True,
                            env=cli_env(), cwd=REPO, timeout=120, preexec_fn=allow_cores)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "0 (0, 0) 0"
