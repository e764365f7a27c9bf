"""Shared fixtures: fast-but-valid key derivation and a fresh project."""

from __future__ import annotations

from pathlib import Path

import pytest

from prevista.privacy.kdf import KdfParams
from prevista.privacy.store import ProjectStore

PASSPHRASE = "correct horse battery staple"


@pytest.fixture(autouse=True)
def private_config_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Preferences and crash reports of a test run go to a temp folder, never the developer's own."""
    folder = tmp_path_factory.mktemp("config")
    monkeypatch.setenv("PREVISTA_CONFIG_DIR", str(folder))
    return folder


@pytest.fixture
def fast_kdf() -> KdfParams:
    """OWASP's minimum Argon2id cost: still a real KDF, ~25 ms instead of ~0.5 s."""
    return KdfParams.minimum()


@pytest.fixture
def store(tmp_path: Path, fast_kdf: KdfParams) -> ProjectStore:
    return ProjectStore.create(tmp_path / "project", PASSPHRASE, kdf=fast_kdf)
